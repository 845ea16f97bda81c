// Text reuse: the pairs an article is part of, and two articles side by side with their shared passages marked.
import {el, fill, conf} from './dom.js';
import {getJson} from './api.js';

/** The reader's panel: which articles share text with this one. Loaded after the article is shown. */
export function reusePanel(id) {
  const panel = el('section', {class: 'panel', id: 'reuse-panel'}, el('h3', {}, 'Text reuse'),
      el('p', {class: 'hint'}, 'Looking for shared passages…'));
  getJson(`/api/articles/${encodeURIComponent(id)}/reuse`).then((r) => {
    const pairs = r.pairs || [];
    fill(panel, el('h3', {}, 'Text reuse'), pairs.length ? el('ul', {}, pairs.map((p) => {
      const otherId = p.a === id ? p.b : p.a;
      const other = (p.a === id ? p.articleB : p.articleA) || {};
      return el('li', {},
          el('a', {href: `#/reuse/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, class: 'reuse-link'},
              other.title || otherId),
          ` — ${(p.passages || []).length} passage(s), similarity ${conf(p.similarity)}`,
          el('span', {class: 'hint'}, p.a === id ? ' (copies this article)' : ' (likely source)'));
    })) : el('p', {class: 'hint'}, 'No other indexed article shares text with this one.'));
  }).catch((e) => fill(panel, el('h3', {}, 'Text reuse'), el('p', {class: 'error'}, e.message)));
  return panel;
}

/** Two articles side by side; each shared passage is marked in both and pointing at one marks its counterpart. */
export async function renderReuse(view, a, b) {
  const [pairAnswer, docA, docB] = await Promise.all([
    getJson(`/api/articles/${encodeURIComponent(a)}/reuse`, new URLSearchParams({with: b})),
    getJson(`/api/articles/${encodeURIComponent(a)}`),
    getJson(`/api/articles/${encodeURIComponent(b)}`),
  ]);
  const pair = (pairAnswer.pairs || [])[0];
  if (!pair) {
    fill(view, el('p', {class: 'error'}, 'These two articles share no passage.'));
    return;
  }
  // The pair may list the two the other way round (the earlier article is its 'a').
  const flipped = pair.a !== a;
  const passages = pair.passages || [];
  const columns = [[docA, flipped ? 'b' : 'a'], [docB, flipped ? 'a' : 'b']].map(([doc, side]) =>
    column(doc, side === 'a' ? pair.a : pair.b, passages.map((p, i) => ({i, start: p[side].start, end: p[side].end, words: p.words}))));
  fill(view, el('section', {class: 'reuse-view', id: 'reuse-view'},
      el('h2', {}, 'Shared passages'),
      el('p', {class: 'meta'}, `${passages.length} passage(s), similarity ${conf(pair.similarity)},`
          + ` confidence ${conf(pair.confidence)}. ${pair.reason || ''}`),
      el('div', {class: 'side-by-side'}, columns)));
  view.querySelectorAll('.passage').forEach((node) => node.addEventListener('mouseenter', () => {
    view.querySelectorAll('.passage.active').forEach((n) => n.classList.remove('active'));
    view.querySelectorAll(`.passage[data-passage="${node.dataset.passage}"]`).forEach((n) => n.classList.add('active'));
  }));
}

function column(doc, id, marks) {
  const article = doc.article || {};
  const text = article.text || '';
  const sorted = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
      .sort((x, y) => x.start - y.start);
  const body = el('div', {class: 'article-text reuse-text'});
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // passages are disjoint; skip anything that is not
    body.appendChild(document.createTextNode(text.slice(at, m.start)));
    body.appendChild(el('mark', {class: 'passage', dataset: {passage: m.i}, title: `passage ${m.i + 1}, ${m.words} words`},
        el('sup', {class: 'passage-no'}, String(m.i + 1)), text.slice(m.start, m.end)));
    at = m.end;
  }
  body.appendChild(document.createTextNode(text.slice(at)));
  return el('div', {class: 'reuse-column'},
      el('h3', {}, el('a', {href: '#/article/' + encodeURIComponent(id)}, article.title || '(no title)')),
      el('p', {class: 'meta'}, [(doc.source && doc.source.url) || '', article.published && article.published.value]
          .filter(Boolean).join(' · ')),
      body);
}
