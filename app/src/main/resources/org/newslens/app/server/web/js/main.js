// Routes on the address's fragment: #/analyze, #/search?…, #/article/ID, #/reuse/A/B.
import {el, fill} from './dom.js';
import {getJson} from './api.js';
import {renderReader} from './reader.js';
import {renderSearch} from './search.js';
import {renderReuse} from './reuse.js';
import {renderAnalyze} from './analyze.js';

const view = document.getElementById('view');
const statusLine = document.getElementById('status');
const status = (message) => { statusLine.textContent = message; };

async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const parts = path.split('/').map(decodeURIComponent);
  document.body.dataset.view = parts[0] || 'search';
  document.body.dataset.ready = 'false';
  try {
    if (parts[0] === 'analyze') {
      renderAnalyze(view, status);
    } else if (parts[0] === 'article' && parts[1]) {
      const analysis = await getJson(`/api/articles/${encodeURIComponent(parts[1])}`);
      const layout = el('div', {class: 'reader-layout'});
      fill(view, layout);
      renderReader(layout, analysis, parts[1]);
    } else if (parts[0] === 'reuse' && parts[1] && parts[2]) {
      await renderReuse(view, parts[1], parts[2]);
    } else {
      await renderSearch(view, new URLSearchParams(query || ''));
    }
  } catch (e) {
    fill(view, el('p', {class: 'error', id: 'view-error'}, e.message));
  }
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', route);
route();
