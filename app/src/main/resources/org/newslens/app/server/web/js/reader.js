// The reader: an article with its findings highlighted, a legend with a toggle per layer, a detail panel for the
// finding under the pointer or clicked, and the sourcing and rhetoric panels.
import {el, fill, safeLink, conf} from './dom.js';
import {LAYERS, definitionsOf, findingsOf, segments, techniqueName} from './findings.js';
import {reusePanel} from './reuse.js';

const hidden = new Set(); // layers switched off, kept while moving between articles

export function renderReader(view, analysis, id) {
  const article = analysis.article || {};
  const text = article.text || '';
  const findings = findingsOf(analysis);
  const body = el('div', {class: 'article-text', id: 'article-text'});
  const detail = el('div', {class: 'detail', id: 'detail', 'aria-live': 'polite'},
      el('p', {class: 'hint'}, 'Point at or click a highlighted passage to see its findings.'));

  const draw = () => drawText(body, text, article.paragraphs, findings.filter((f) => !hidden.has(f.layer)), detail);
  draw();

  fill(view,
      el('article', {class: 'reader'},
          header(article, analysis.source || {}),
          legend(findings, draw),
          body),
      el('aside', {class: 'panels'},
          detail,
          sourcingPanel(analysis, findings),
          rhetoricPanel(analysis, findings),
          entityPanel(analysis),
          id ? reusePanel(id) : null));
}

function header(article, source) {
  const authors = (article.authors || []).map((a) => a.name).filter(Boolean);
  const published = article.published && article.published.value;
  const url = source.url || article.canonicalUrl;
  return el('header', {class: 'article-head'},
      el('h1', {id: 'article-title'}, article.title || '(no title)'),
      el('p', {class: 'meta'}, [
        authors.length ? el('span', {id: 'article-authors'}, 'By ' + authors.join(', ')) : null,
        published ? el('span', {}, published) : null,
        article.siteName ? el('span', {}, article.siteName) : null,
        (article.section || []).length ? el('span', {id: 'article-section'}, article.section.join(' / ')) : null,
      ].filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]))),
      url ? el('p', {class: 'meta', id: 'article-url'}, safeLink(url)) : null);
}

function legend(findings, redraw) {
  const count = (layer, kind) => findings.filter((f) => f.layer === layer && (!kind || f.attribution === kind)).length;
  return el('div', {class: 'legend', id: 'legend'}, LAYERS.map((layer) =>
    el('label', {class: 'legend-item'},
        el('input', {type: 'checkbox', id: `toggle-${layer.id}`, checked: !hidden.has(layer.id) ? 'checked' : null,
          onchange: (ev) => { ev.target.checked ? hidden.delete(layer.id) : hidden.add(layer.id); redraw(); }}),
        el('span', {class: `swatch l-${layer.id}`}, ' '),
        ` ${layer.label} (${count(layer.id)})`,
        layer.kinds ? el('span', {class: 'sub-legend'}, layer.kinds.map((k) =>
          el('span', {class: 'sub'}, el('span', {class: `swatch l-claim l-claim-${k}`}, ' '), ` ${k} ${count(layer.id, k)}`)))
          : null)));
}

function drawText(body, text, paragraphs, visible, detail) {
  const parts = (paragraphs && paragraphs.length ? paragraphs : [{start: 0, end: text.length}])
      .filter((p) => p.start >= 0 && p.end <= text.length && p.start <= p.end);
  fill(body, parts.map((p) => el(p.kind === 'heading' ? 'h2' : 'p', {class: 'para'},
      segments(p.start, p.end, visible).map((s) => segment(text, s, detail)))));
}

function segment(text, s, detail) {
  const content = text.slice(s.start, s.end);
  if (!s.covering.length) return document.createTextNode(content);
  const classes = new Set(['hl']);
  s.covering.forEach((f) => f.cls.split(' ').forEach((c) => classes.add(c)));
  const node = el('span', {class: [...classes].join(' '), tabindex: '0',
    dataset: {start: s.start, end: s.end, layers: [...new Set(s.covering.map((f) => f.layer))].join(' ')},
    title: s.covering.map((f) => `${f.kind} (${conf(f.confidence)}): ${f.reason || ''}`).join('\n')}, content);
  const show = () => showDetail(detail, s.covering);
  node.addEventListener('click', show);
  node.addEventListener('mouseenter', show);
  node.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') show(); });
  return node;
}

function showDetail(detail, covering) {
  fill(detail, el('h3', {}, covering.length === 1 ? 'Finding' : `${covering.length} findings here`),
      covering.map((f) => el('div', {class: `finding finding-${f.layer}`},
          el('p', {class: 'finding-kind'}, el('span', {class: `swatch ${f.cls}`}, ' '), ' ', f.layer + ': ' + f.kind),
          el('p', {class: 'finding-text'}, '“' + f.text + '”'),
          el('p', {class: 'finding-confidence'}, 'confidence ' + conf(f.confidence)),
          el('p', {class: 'finding-reason'}, f.reason || '(no reason given)'))));
}

function sourcingPanel(analysis, findings) {
  const claims = findings.filter((f) => f.layer === 'claim');
  const counts = {named: 0, vague: 0, anonymous: 0, none: 0};
  claims.forEach((c) => { counts[c.attribution] += 1; });
  const summary = analysis.summary && analysis.summary.sourcing;
  let named = summary && summary.namedSources;
  if (!named || !named.length) {
    const tally = {};
    claims.filter((c) => c.attribution === 'named' && c.source).forEach((c) => { tally[c.source] = (tally[c.source] || 0) + 1; });
    named = Object.entries(tally).map(([name, n]) => ({name, claims: n}));
  }
  return el('section', {class: 'panel', id: 'sourcing-panel'},
      el('h3', {}, 'Sourcing'),
      claims.length ? el('table', {class: 'counts'}, Object.entries(counts).map(([k, n]) =>
        el('tr', {}, el('td', {}, el('span', {class: `swatch l-claim l-claim-${k}`}, ' '), ' ' + k),
            el('td', {class: 'num'}, String(n)),
            el('td', {class: 'bar-cell'}, el('meter', {min: 0, max: claims.length, value: n}))))) :
        el('p', {class: 'hint'}, 'No claims in this analysis.'),
      named.length ? el('div', {}, el('h4', {}, 'Named sources'),
          el('ul', {}, named.map((s) => el('li', {}, `${s.name} — ${s.claims} claim(s)`)))) : null);
}

function rhetoricPanel(analysis, findings) {
  const techniques = findings.filter((f) => f.layer === 'technique');
  const byTechnique = {};
  techniques.forEach((t) => { byTechnique[t.technique] = (byTechnique[t.technique] || 0) + 1; });
  const defs = definitionsOf(analysis);
  const rows = Object.entries(byTechnique).sort((a, b) => b[1] - a[1]);
  return el('section', {class: 'panel', id: 'rhetoric-panel'},
      el('h3', {}, 'Rhetoric'),
      rows.length ? el('dl', {}, rows.map(([t, n]) => [
        el('dt', {}, `${techniqueName(defs, t)} × ${n}`),
        el('dd', {}, (defs[t] && defs[t].definition) || 'No definition in the analysis.',
            defs[t] && defs[t].example ? el('span', {class: 'example'}, ` Example: “${defs[t].example}”`) : null)]))
        : el('p', {class: 'hint'}, 'No rhetorical techniques found (or the layer is not in this analysis).'));
}

function entityPanel(analysis) {
  const entities = (analysis.entities || []).slice().sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  if (!entities.length) return null;
  return el('section', {class: 'panel', id: 'entity-panel'},
      el('h3', {}, 'Entities'),
      el('ul', {class: 'entities'}, entities.slice(0, 30).map((e) => el('li', {},
          el('a', {href: '#/search?entity=' + encodeURIComponent(e.name)}, e.name),
          ` ${e.type} · ${(e.mentions || []).length}`))));
}
