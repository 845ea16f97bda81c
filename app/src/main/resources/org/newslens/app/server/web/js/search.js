// Corpus search: a query, facet filters (click a value to filter, click the chip to drop it), a page of hits,
// and a chart of matching articles over time (uPlot, served from its WebJar).
import {el, fill} from './dom.js';
import {getJson} from './api.js';

const DIMENSIONS = ['site', 'section', 'language', 'author', 'entity', 'technique', 'attribution', 'speaker'];
const PAGE = 20;

/** params: URLSearchParams from the address (q, one per facet filter, offset, interval). */
export async function renderSearch(view, params) {
  const q = params.get('q') || '';
  const form = el('form', {class: 'search-form', id: 'search-form', onsubmit: (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams(params);
    next.set('q', ev.target.elements.q.value);
    next.delete('offset');
    go(next);
  }}, el('input', {type: 'search', name: 'q', id: 'search-q', value: q, placeholder: 'ferry AND title:harbour',
    'aria-label': 'query'}), el('button', {type: 'submit', id: 'search-go'}, 'Search'));
  const chips = el('div', {class: 'chips', id: 'filters'});
  for (const d of DIMENSIONS) {
    for (const v of params.getAll(d)) {
      chips.appendChild(el('button', {type: 'button', class: 'chip', title: 'remove this filter', onclick: () => {
        const next = new URLSearchParams(params);
        const keep = next.getAll(d).filter((x) => x !== v);
        next.delete(d);
        keep.forEach((x) => next.append(d, x));
        next.delete('offset');
        go(next);
      }}, `${d}: ${v} ×`));
    }
  }
  const results = el('div', {class: 'results', id: 'results'}, el('p', {class: 'hint'}, 'Searching…'));
  const facets = el('div', {class: 'facets', id: 'facets'});
  const chart = el('div', {class: 'chart', id: 'timeline-chart'});
  fill(view, el('section', {class: 'search-view'}, form, chips,
      el('div', {class: 'search-grid'}, facets, el('div', {}, results, chartSection(params, chart)))));

  const request = new URLSearchParams(params);
  request.delete('interval');
  request.set('facets', '8');
  request.set('limit', String(PAGE));
  try {
    const r = await getJson('/api/search', request);
    fill(results, hitList(r, params));
    fill(facets, facetList(r.facets || {}, params));
  } catch (e) {
    fill(results, el('p', {class: 'error', id: 'search-error'}, e.message));
    return;
  }
  await drawTimeline(chart, params);
}

function go(params) {
  location.hash = '#/search?' + params.toString();
}

function hitList(r, params) {
  const offset = r.offset || 0;
  const hits = r.hits || [];
  const pager = [];
  if (offset > 0) pager.push(pageButton('« previous', params, Math.max(0, offset - PAGE)));
  if (offset + hits.length < r.total) pager.push(pageButton('next »', params, offset + PAGE));
  return [
    el('p', {class: 'meta', id: 'search-total'}, `${r.total} article(s)` + (hits.length ? `, ${offset + 1}–${offset + hits.length}` : '')),
    el('ol', {class: 'hits', start: offset + 1}, hits.map((h) => el('li', {class: 'hit'},
        el('a', {href: '#/article/' + encodeURIComponent(h.id), class: 'hit-title'}, h.title || h.url || h.id),
        el('p', {class: 'meta'}, [h.site, h.published, (h.authors || []).join(', ')].filter(Boolean).join(' · ')),
        h.lead ? el('p', {class: 'lead'}, h.lead) : null))),
    el('div', {class: 'pager'}, pager),
  ];
}

function pageButton(label, params, offset) {
  return el('button', {type: 'button', onclick: () => {
    const next = new URLSearchParams(params);
    next.set('offset', String(offset));
    go(next);
  }}, label);
}

function facetList(facets, params) {
  return DIMENSIONS.filter((d) => (facets[d] || []).length).map((d) => el('div', {class: 'facet', dataset: {dimension: d}},
      el('h4', {}, d),
      el('ul', {}, facets[d].map((f) => {
        const active = params.getAll(d).includes(f.value);
        return el('li', {}, el('button', {type: 'button', class: active ? 'facet-value active' : 'facet-value',
          dataset: {dimension: d, value: f.value}, onclick: () => {
            if (active) return;
            const next = new URLSearchParams(params);
            next.append(d, f.value);
            next.delete('offset');
            go(next);
          }}, `${f.value} (${f.count})`));
      }))));
}

function chartSection(params, chart) {
  const interval = params.get('interval') || 'week';
  const subject = params.get('q') || params.getAll('entity').join(', ') || 'every article';
  return el('section', {class: 'panel'},
      el('h3', {}, 'Over time: ', subject),
      el('label', {}, 'per ', el('select', {id: 'timeline-interval', onchange: (ev) => {
        const next = new URLSearchParams(params);
        next.set('interval', ev.target.value);
        go(next);
      }}, ['day', 'week', 'month'].map((i) => el('option', {value: i, selected: i === interval ? 'selected' : null}, i)))),
      chart);
}

async function drawTimeline(chart, params) {
  const request = new URLSearchParams(params);
  request.delete('offset');
  request.set('interval', params.get('interval') || 'week');
  let t;
  try {
    t = await getJson('/api/timeline', request);
  } catch (e) {
    fill(chart, el('p', {class: 'error'}, e.message));
    return;
  }
  // The index fills empty buckets up to today; the chart shows the span that has articles.
  let buckets = t.buckets || [];
  const first = buckets.findIndex((b) => b.count > 0);
  const last = buckets.length - 1 - [...buckets].reverse().findIndex((b) => b.count > 0);
  buckets = first < 0 ? [] : buckets.slice(Math.max(0, first - 1), Math.min(buckets.length, last + 2));
  if (!buckets.length) {
    fill(chart, el('p', {class: 'hint'}, 'No dated article matches.'));
    return;
  }
  const xs = buckets.map((b) => Date.parse(b.start + 'T00:00:00Z') / 1000);
  const ys = buckets.map((b) => b.count);
  fill(chart);
  const step = {day: 1, week: 7, month: 31}[request.get('interval')] * 86400 || 7 * 86400;
  const uPlot = window.uPlot;
  if (!uPlot) {
    fill(chart, el('p', {class: 'error'}, 'The chart library did not load.'));
    return;
  }
  const bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({size: [0.8, 40]}) : undefined;
  new uPlot({
    width: Math.max(320, chart.clientWidth || 600), height: 220,
    // One bucket's width of margin on each side; left to itself uPlot spreads a single bucket over years.
    scales: {x: {time: true, auto: false, range: [xs[0] - step, xs[xs.length - 1] + step]}, y: {range: (u, min, max) => [0, Math.max(1, max)]}},
    axes: [{}, {label: 'articles'}],
    series: [{}, {label: 'articles', stroke: '#2563eb', fill: 'rgba(37,99,235,0.35)', paths: bars, points: {show: false}}],
    legend: {show: true},
  }, [xs, ys], chart);
  chart.appendChild(el('p', {class: 'meta', id: 'timeline-total'},
      `${t.total} matching article(s)` + (t.undated ? `, ${t.undated} without a date` : '')));
}
