// Paste or upload a page; the analysis is shown in the reader (it is not added to the index).
import {el, fill} from './dom.js';
import {postPage} from './api.js';
import {renderReader} from './reader.js';

export function renderAnalyze(view, status) {
  const out = el('div', {id: 'analysis'});
  const form = el('form', {class: 'analyze-form', id: 'analyze-form', onsubmit: async (ev) => {
    ev.preventDefault();
    const f = ev.target.elements;
    const file = f.file.files[0];
    const body = file ? file : f.page.value;
    if (!body || (typeof body === 'string' && !body.trim())) {
      fill(out, el('p', {class: 'error'}, 'Paste a page or choose a file first.'));
      return;
    }
    const params = new URLSearchParams({format: f.format.value});
    if (f.url.value.trim()) params.set('url', f.url.value.trim());
    if (file) params.set('name', file.name);
    status('Analysing…');
    try {
      const analysis = await postPage(body, params);
      status('');
      const reader = el('div', {class: 'reader-layout'});
      fill(out, reader);
      renderReader(reader, analysis, null);
    } catch (e) {
      status('');
      fill(out, el('p', {class: 'error', id: 'analyze-error'}, e.message));
    }
  }},
  el('label', {for: 'page'}, 'Paste a page (HTML or text):'),
  el('textarea', {id: 'page', name: 'page', rows: 8, placeholder: '<html>… or plain text'}),
  el('div', {class: 'row'},
      el('label', {}, 'or upload: ', el('input', {type: 'file', name: 'file', id: 'file', accept: '.html,.htm,.txt,text/*'})),
      el('label', {}, ' format ', el('select', {name: 'format', id: 'format'},
          el('option', {value: 'auto'}, 'auto'), el('option', {value: 'html'}, 'HTML'), el('option', {value: 'text'}, 'text'))),
      el('label', {}, ' address ', el('input', {type: 'url', name: 'url', id: 'url', placeholder: 'https://… (optional)'})),
      el('button', {type: 'submit', id: 'analyze-go'}, 'Analyse')));
  fill(view, el('section', {class: 'analyze-view'}, form, out));
}
