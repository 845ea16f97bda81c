// The layers of a newslens/1 analysis as one flat list of findings, each a span of article.text with a layer,
// a kind, a confidence and a reason. Layers the analysis lacks are simply empty, so quotes and techniques show as
// soon as the JSON carries them.

/** One colour per layer (claims: one per attribution kind); the legend and the CSS classes come from here. */
export const LAYERS = [
  {id: 'entity', label: 'Entities'},
  {id: 'time', label: 'Times'},
  {id: 'quote', label: 'Quotes'},
  {id: 'claim', label: 'Claims', kinds: ['named', 'vague', 'anonymous', 'none']},
  {id: 'technique', label: 'Techniques'},
];

const CLAIM_KIND_WORDS = {
  named: 'attributed to a named source',
  vague: 'attributed to a vague source',
  anonymous: 'attributed to an anonymous source',
  none: 'not attributed: the article asserts it',
};

function valid(item, length) {
  return item && Number.isInteger(item.start) && Number.isInteger(item.end)
      && item.start >= 0 && item.end <= length && item.start < item.end;
}

function spanText(text, span) {
  return span && valid(span, text.length) ? text.slice(span.start, span.end) : null;
}

/**
 * The technique definitions, wherever the rhetoric layer puts them (a map keyed by technique, or a list of
 * {technique|id, name|label, definition|description, example}), as one map; a technique's own 'definition'
 * field fills any gap.
 */
export function definitionsOf(analysis) {
  const out = {};
  const sources = [analysis.techniqueDefinitions, analysis.definitions, analysis.rhetoric && analysis.rhetoric.definitions,
    analysis.summary && analysis.summary.rhetoric && analysis.summary.rhetoric.definitions];
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    const entries = Array.isArray(source)
      ? source.map((d) => [d && (d.technique || d.id || d.key), d])
      : Object.entries(source);
    for (const [key, d] of entries) {
      if (!key || out[key]) continue;
      const def = typeof d === 'string' ? {definition: d} : (d || {});
      out[key] = {name: def.name || def.label, definition: def.definition || def.description, example: def.example};
    }
  }
  for (const t of analysis.techniques || []) {
    if (t && t.technique && !out[t.technique] && (t.definition || t.name)) {
      out[t.technique] = {name: t.name, definition: t.definition, example: t.example};
    }
  }
  return out;
}

export function techniqueName(definitions, technique) {
  const d = definitions && definitions[technique];
  return (d && d.name) || String(technique || 'technique').replace(/_/g, ' ');
}

/** Every finding of the analysis, in text order. */
export function findingsOf(analysis) {
  const text = (analysis.article && analysis.article.text) || '';
  const out = [];
  const add = (f) => { if (valid(f, text.length)) out.push(f); };
  const entityNames = {};
  for (const e of analysis.entities || []) {
    entityNames[e.id] = e.name;
    for (const m of e.mentions || []) {
      add({layer: 'entity', cls: 'l-entity', start: m.start, end: m.end, kind: String(e.type || 'entity'),
        label: e.name, confidence: m.confidence ?? e.confidence,
        reason: m.reason || e.reason || `a mention of ${e.name} (${e.type}); ${(e.mentions || []).length} mention(s)`
          + ((e.aliases || []).length ? `, also called ${e.aliases.join(', ')}` : '')});
    }
  }
  for (const t of analysis.times || []) {
    add({layer: 'time', cls: 'l-time', start: t.start, end: t.end, kind: `${t.type || 'time'}`
      + (t.value ? ` = ${t.value}` : ''), label: t.text, confidence: t.confidence, reason: t.reason});
  }
  for (const q of analysis.quotes || []) {
    const speaker = spanText(text, q.speaker);
    const who = speaker ? ` by ${speaker}` : '';
    add({layer: 'quote', cls: 'l-quote', start: q.start, end: q.end,
      kind: `${q.kind || 'quote'} quote${who}; source ${q.source || 'unknown'}`
        + (spanText(text, q.cue) ? `; cue '${spanText(text, q.cue)}'` : ''),
      confidence: q.confidence, reason: q.reason, source: q.source, speaker});
  }
  for (const c of analysis.claims || []) {
    const a = c.attribution || {};
    const kind = CLAIM_KIND_WORDS[a.kind] ? a.kind : 'none';
    const source = spanText(text, a.source);
    add({layer: 'claim', cls: `l-claim l-claim-${kind}`, start: c.start, end: c.end, attribution: kind,
      kind: `claim, ${CLAIM_KIND_WORDS[kind]}` + (source ? ` (${source})` : ''), confidence: c.score ?? c.confidence,
      reason: [c.reason, a.reason].filter(Boolean).join('; '), source});
  }
  const definitions = definitionsOf(analysis);
  for (const t of analysis.techniques || []) {
    add({layer: 'technique', cls: 'l-technique', start: t.start, end: t.end, technique: t.technique,
      kind: techniqueName(definitions, t.technique), confidence: t.confidence ?? t.score,
      reason: t.reason});
  }
  out.forEach((f, i) => { f.index = i; f.text = text.slice(f.start, f.end); });
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  return out;
}

/**
 * Cuts [from, to) into segments at every start and end of a visible finding, each with the findings covering it:
 * overlapping and nested spans of several layers become runs of segments whose classes add up, so every overlap
 * shows (backgrounds, borders and underlines of different layers combine; see style.css).
 */
export function segments(from, to, findings) {
  const inside = findings.filter((f) => f.start < to && f.end > from);
  const cuts = new Set([from, to]);
  for (const f of inside) {
    cuts.add(Math.max(from, f.start));
    cuts.add(Math.min(to, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    out.push({start: s, end: e, covering: inside.filter((f) => f.start <= s && f.end >= e)});
  }
  return out;
}
