import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, stem } from '../../../assets/js/search/core/analysis.js';
import { openIndex } from '../../../assets/js/search/core/engine.js';

// A three-document index in the format StaticIndexWriter writes, with a lexicon, design bits and
// evidence phrases. Doc 0: sprog + tilbud + klub, level 4, a randomised trial. Doc 1: klub + tilbud +
// frivillige, level 2, a survey. Doc 2: natteravne + basketball, level 3, the no-effect flag.
function varints(...values) {
  const out = [];
  for (let v of values) { while (v > 127) { out.push((v & 127) | 128); v >>>= 7; } out.push(v); }
  return out;
}
function shard(entries) {
  const out = [...varints(entries.length)];
  let previous = '';
  for (const [term, postings] of entries) {
    let shared = 0;
    while (shared < previous.length && previous[shared] === term[shared]) shared++;
    out.push(...varints(shared, term.length - shared), ...new TextEncoder().encode(term.slice(shared)), ...varints(postings.length));
    let doc = 0;
    for (const [d, w] of postings) { out.push(...varints(d - doc), w); doc = d; }
    previous = term;
  }
  return Uint8Array.from(out);
}
const terms = (phrase) => phrase.split(' ').map((w) => stem(fold(w)));
const meta = {
  format: 2, docs: 3, docsPerChunk: 8, entryPath: 'indsatser/{slug}/index.html', stopWords: ['og', 'ikke'],
  shards: ['basketbal'], weightMin: 1, weightMax: 10, facetBytes: 1,
  facets: [
    { key: 'level', param: 'niveau', label: 'Evidensniveau', values: ['1', '2', '3', '4', '5'].map((c) => ({ code: c, label: c })) },
    { key: 'noEffect', param: 'flag', label: 'Markering', values: [{ code: 'ingen-effekt', label: 'Ingen effekt' }] },
  ],
  lexiconWords: 5,
  evidence: {
    designBytes: 1,
    designs: [{ code: 'rct', label: 'RCT', rubricClass: 'causal' }, { code: 'survey', label: 'Spørgeskema', rubricClass: 'outcome' }],
    phrases: [
      { terms: terms('randomiseret forsøg'), design: 'rct' },
      { terms: terms('stærk evidens'), minLevel: 5 },
      { terms: terms('dokumenteret effekt'), minLevel: 4 },
      { terms: terms('lovende'), minLevel: 3 },
      { terms: terms('virker ikke'), noEffect: true },
      { terms: terms('effektstudie'), rubricClass: 'causal' },
    ],
  },
};
const files = {
  'meta.json': JSON.stringify(meta),
  't/0.bin': shard([['basketbal', [[2, 200]]], ['frivil', [[1, 50]]], ['klub', [[0, 100], [1, 255]]], ['natteravn', [[2, 255]]], ['sprog', [[0, 255]]], ['tilbud', [[0, 150], [1, 150]]]]),
  't/0.json': JSON.stringify([[0, 'a', 'Sprog', 'Sprogtilbud i klubben.', 4, false], [1, 'b', 'Klub', 'Klubtilbud.', 2, false], [2, 'c', 'Natteravne', 'Natteravne og basketball.', 3, true]]),
  'd/0.json': JSON.stringify([['a', 'Sprog', 'Sprogtilbud i klubben.', 4, false], ['b', 'Klub', 'Klubtilbud.', 2, false], ['c', 'Natteravne', 'Natteravne og basketball.', 3, true]]),
  'facets.bin': Uint8Array.from([0b001000, 0b000010, 0b100100]),
  'evidence.bin': Uint8Array.from([0b01, 0b10, 0b00]),
  'lexicon.json': JSON.stringify(['0basketball', '0klub', '0natteravne', '0sprog', '0tilbud']),
};
async function open() {
  const asked = [];
  const fetch = async (url) => {
    const path = url.replace('http://x/search/', '');
    asked.push(path);
    const body = files[path];
    if (body === undefined) return { ok: false, status: 404 };
    return { ok: true, status: 200, json: async () => JSON.parse(body), arrayBuffer: async () => (typeof body === 'string' ? new TextEncoder().encode(body) : body).buffer.slice(0) };
  };
  return { index: await openIndex('http://x/search/', { fetch }), asked };
}
const slugs = (answer) => answer.results.map((r) => r.slug);

test('a compound the index does not know is searched as its known parts; a partial match says what it lacks', async () => {
  const { index } = await open();
  const answer = await index.search('sprogtilbud ');
  assert.deepEqual(answer.words.map((w) => [w.how, w.parts]), [['compound', ['sprog', 'tilbud']]]);
  assert.deepEqual(slugs(answer), ['a', 'b']);
  assert.deepEqual(answer.results.map((r) => r.missing), [[], ['sprog']]);
  assert.deepEqual([answer.total, answer.complete], [2, 1]);
});

test('a word that cannot be split stands in by its longest known piece, as a prefix', async () => {
  const { index } = await open();
  const answer = await index.search('natbasket ');
  assert.deepEqual(answer.words.map((w) => [w.how, w.parts]), [['piece', ['basket']]]);
  assert.deepEqual(slugs(answer), ['c']);
});

test('an unknown word two edits from a known one is searched as that word, and the page may ask "Mente du"', async () => {
  const { index } = await open();
  const answer = await index.search('klub natravne ');
  assert.deepEqual(answer.words.map((w) => [w.text, w.how, w.suggestion]), [['klub', 'exact', null], ['natravne', 'suggested', 'natteravne']]);
  assert.equal(answer.suggestion, 'klub natteravne ');
  assert.deepEqual(answer.results.map((r) => [r.slug, r.missing]), [['b', ['natravne']], ['c', ['klub']], ['a', ['natravne']]]);
  assert.equal(answer.complete, 0);
});

test('a misspelt word matches its neighbours in the index, and its suggestion is the lexicon\'s word', async () => {
  const { index } = await open();
  const answer = await index.search('tilbut ');
  assert.deepEqual(answer.words.map((w) => [w.how, w.suggestion]), [['typo', 'tilbud']]);
  assert.deepEqual([slugs(answer), answer.suggestion], [['a', 'b'], 'tilbud ']);
});

test('the lexicon and the design bits are fetched only when a query needs them', async () => {
  const { index, asked } = await open();
  await index.search('klub ');
  assert.deepEqual(asked.sort(), ['facets.bin', 'meta.json', 't/0.bin', 't/0.json']);
  await index.search('randomiseret forsøg');
  assert.ok(asked.includes('evidence.bin') && !asked.includes('lexicon.json'), asked.join(' '));
});

test('evidence words are conditions on designs, classes of design, levels and the flag, not text', async () => {
  const { index } = await open();
  const rct = await index.search('randomiseret forsøg');
  assert.deepEqual([slugs(rct), rct.words, rct.understood], [['a'], [], { conditions: [{ design: 'rct', phrase: 'randomiseret forsøg' }], met: true, level: null }]);
  assert.deepEqual(slugs(await index.search('effektstudie')), ['a']);
  assert.deepEqual(slugs(await index.search('natteravne virker ikke')), ['c']);
});

test('with no text, the entries meeting the conditions come highest level first', async () => {
  const { index } = await open();
  const answer = await index.search('dokumenteret effekt');
  assert.deepEqual([slugs(answer), answer.total, answer.complete], [['a'], 1, 1]);
});

test('a level is met by that level or higher, and the answer says which level it showed', async () => {
  const { index } = await open();
  const answer = await index.search('klub lovende');
  assert.deepEqual([slugs(answer), answer.understood.level], [['a'], { asked: 3, shown: 3, highest: 4 }]);
});

test('a level no entry reaches is lowered to the highest level the catalogue has, and says so', async () => {
  const { index } = await open();
  const answer = await index.search('stærk evidens');
  assert.deepEqual([slugs(answer), answer.understood], [['a'], { conditions: [{ minLevel: 5, phrase: 'stærk evidens' }], met: true, level: { asked: 5, shown: 4, highest: 4 } }]);
});

test('a level none of the matching entries reaches is lowered to the highest among them', async () => {
  const { index } = await open();
  const night = await index.search('natteravne stærk evidens');
  assert.deepEqual([slugs(night), night.understood.level], [['c'], { asked: 5, shown: 3, highest: 4 }]);
  const documented = await index.search('natteravne dokumenteret effekt');
  assert.deepEqual([slugs(documented), documented.understood.level], [['c'], { asked: 4, shown: 3, highest: 4 }]);
});

test('the level to show is taken from the entries with every word; partial matches at that level or higher follow', async () => {
  const { index } = await open();
  const answer = await index.search('klub frivillige stærk evidens');
  assert.deepEqual(answer.results.map((r) => [r.slug, r.missing]), [['b', []], ['a', ['frivillige']]]);
  assert.deepEqual([answer.understood.level, answer.total, answer.complete], [{ asked: 5, shown: 2, highest: 4 }, 2, 1]);
});

test('the level to show is taken after the other conditions', async () => {
  const { index } = await open();
  const answer = await index.search('virker ikke stærk evidens');
  assert.deepEqual([slugs(answer), answer.understood.level], [['c'], { asked: 5, shown: 3, highest: 4 }]);
});

test('when no matching entry meets the conditions, the matches are shown without them and say so', async () => {
  const { index } = await open();
  const answer = await index.search('tilbud virker ikke');
  assert.deepEqual(answer.understood, { conditions: [{ noEffect: true, phrase: 'virker ikke' }], met: false, level: null });
  assert.deepEqual(answer.results.map((r) => [r.slug, r.missing]), [['a', ['virker ikke']], ['b', ['virker ikke']]]);
  assert.deepEqual([answer.total, answer.complete], [2, 0]);
});

test('a word with nothing near stays unmatched and is reported as such', async () => {
  const { index } = await open();
  const answer = await index.search('xqzv ');
  assert.deepEqual([answer.total, answer.words.map((w) => w.how), answer.suggestion], [0, ['none'], null]);
});
