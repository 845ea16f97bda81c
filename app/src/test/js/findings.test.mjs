// Unit tests of the reader's span logic (node's own test runner, nothing installed):
//   node --test app/src/test/js/
// The browser test (ReaderBrowserIT) checks the same logic drawn in chromium.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findingsOf, segments, definitionsOf} from '../../main/resources/org/newslens/app/server/web/js/findings.js';

const text = 'Minister Lena Falk said the plan is a total disaster.';
const analysis = {
  article: {text},
  entities: [{id: 'e1', type: 'PERSON', name: 'Lena Falk', aliases: [], mentions: [{start: 9, end: 18}]}],
  claims: [{start: 0, end: text.length, score: 0.9, reason: 'a verdict',
    attribution: {kind: 'named', source: {start: 0, end: 18}, reason: 'said'}}],
  quotes: [{start: 24, end: 52, kind: 'indirect', source: 'named', speaker: {start: 9, end: 18, entity: 'e1'},
    cue: {start: 19, end: 23}, confidence: 0.8, reason: 'after said'}],
  techniques: [{start: 36, end: 52, technique: 'Loaded_Language', confidence: 0.7, reason: 'charged words'}],
  techniqueDefinitions: {Loaded_Language: {name: 'loaded language', definition: 'Emotional words.'}},
};

test('every layer becomes findings with kind, confidence and reason', () => {
  const f = findingsOf(analysis);
  assert.deepEqual(f.map((x) => x.layer), ['claim', 'entity', 'quote', 'technique']);
  const claim = f[0];
  assert.equal(claim.cls, 'l-claim l-claim-named');
  assert.equal(claim.confidence, 0.9);
  assert.equal(claim.reason, 'a verdict; said');
  assert.equal(claim.source, 'Minister Lena Falk');
  assert.equal(f[2].speaker, 'Lena Falk');
  assert.equal(f[3].kind, 'loaded language');
  assert.equal(f[3].text, 'a total disaster');
});

test('overlapping and nested spans cut into segments that each list what covers them', () => {
  const s = segments(0, text.length, findingsOf(analysis));
  assert.equal(s.map((x) => text.slice(x.start, x.end)).join(''), text, 'segments must tile the text');
  const at = (offset) => s.find((x) => x.start <= offset && offset < x.end).covering.map((c) => c.layer).sort();
  assert.deepEqual(at(0), ['claim']);
  assert.deepEqual(at(10), ['claim', 'entity']);
  assert.deepEqual(at(30), ['claim', 'quote']);
  assert.deepEqual(at(40), ['claim', 'quote', 'technique']);
  assert.deepEqual(at(52), ['claim']);
});

test('spans outside the text, reversed or empty are dropped, not drawn', () => {
  const bad = {article: {text: 'short'}, times: [{start: 3, end: 99}, {start: 4, end: 2}, {start: 1, end: 1},
    {start: -1, end: 2}, {start: '0', end: 2}, {start: 0, end: 5, type: 'DATE', confidence: 1, reason: 'ok'}]};
  const f = findingsOf(bad);
  assert.equal(f.length, 1);
  assert.equal(f[0].text, 'short');
});

test('a missing layer is empty and an analysis without text gives nothing', () => {
  assert.deepEqual(findingsOf({article: {text: 'x'}}), []);
  assert.deepEqual(findingsOf({}), []);
  assert.deepEqual(segments(0, 0, []), []);
});

test('definitions are read from a map, a list or the techniques themselves', () => {
  const d = definitionsOf({definitions: [{technique: 'A', name: 'a', definition: 'dA'}],
    techniques: [{technique: 'B', definition: 'dB'}], techniqueDefinitions: {C: {name: 'c', definition: 'dC'}}});
  assert.equal(d.A.definition, 'dA');
  assert.equal(d.B.definition, 'dB');
  assert.equal(d.C.name, 'c');
});
