import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openIndex } from '../../../assets/js/search/core/engine.js';
import { editDistance, allowedEdits } from '../../../assets/js/search/core/fuzzy.js';
import { decodeShard, weightTable } from '../../../assets/js/search/core/format.js';

// A two-document index built by hand in the format StaticIndexWriter writes.
function varints(...values) {
  const out = [];
  for (let v of values) { while (v > 127) { out.push((v & 127) | 128); v >>>= 7; } out.push(v); }
  return out;
}
const enc = (s) => [...new TextEncoder().encode(s)];
// Terms "klub" (docs 0 and 1) and "klubb" shares 4 bytes; "lekti" (doc 1).
const shard = Uint8Array.from([
  ...varints(3),
  ...varints(0, 4), ...enc('klub'), ...varints(2, 0), 255, ...varints(1), 1,
  ...varints(4, 3), ...enc('ber'), ...varints(1, 1), 128,
  ...varints(0, 5), ...enc('lekti'), ...varints(1, 1), 255,
]);
const meta = {
  format: 1, docs: 2, docsPerChunk: 8, entryPath: 'indsatser/{slug}/index.html', stopWords: ['og'],
  shards: ['klub'], weightMin: 1, weightMax: 10, facetBytes: 1,
  facets: [{ key: 'level', param: 'niveau', label: 'Evidensniveau', values: [{ code: '1', label: '1' }, { code: '2', label: '2' }] }],
};
const files = {
  'meta.json': JSON.stringify(meta),
  't/0.bin': shard,
  'd/0.json': JSON.stringify([['a', 'Klub A', 'En klub for unge.', 1, false], ['b', 'Lektiecafé', 'Lektier og klub.', 2, true]]),
  'facets.bin': Uint8Array.from([0b01, 0b10]),
};
const requested = [];
const fakeFetch = async (url) => {
  const path = url.replace('http://x/search/', '');
  requested.push(path);
  const body = files[path];
  if (body === undefined) return { ok: false, status: 404 };
  return { ok: true, status: 200, json: async () => JSON.parse(body), arrayBuffer: async () => body.buffer.slice(0) };
};

test('shards decode with front-coded terms and log-scale weights', () => {
  const decoded = decodeShard(shard.buffer, weightTable(1, 10));
  assert.deepEqual(decoded.terms, ['klub', 'klubber', 'lekti']);
  assert.deepEqual([...decoded.postings[0].docs], [0, 1]);
  assert.ok(Math.abs(decoded.postings[0].weights[0] - 10) < 1e-5);
  assert.ok(Math.abs(decoded.postings[0].weights[1] - 1) < 1e-5);
});

test('a search ranks by weight, highlights and counts facets', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  const answer = await index.search('klub ');
  assert.deepEqual(answer.results.map((r) => r.slug), ['a', 'b']);
  assert.equal(answer.results[0].url, 'http://x/indsatser/a/index.html');
  assert.deepEqual(answer.results[0].snippet, [{ text: 'En ', match: false }, { text: 'klub', match: true }, { text: ' for unge.', match: false }]);
  assert.deepEqual(answer.facets[0].values.map((v) => v.count), [1, 1]);
});

test('a filter keeps its own facet counts and narrows the results', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  const answer = await index.search('klub ', { filters: { level: ['2'] } });
  assert.deepEqual(answer.results.map((r) => r.slug), ['b']);
  assert.deepEqual(answer.facets[0].values.map((v) => [v.count, v.selected]), [[1, false], [1, true]]);
});

test('the word being typed matches as a prefix; a finished word does not', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  assert.deepEqual((await index.search('lek')).results.map((r) => r.slug), ['b']);
  assert.deepEqual((await index.search('lek ')).results.map((r) => r.slug), []);
});

test('a misspelt word finds terms one edit away', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  assert.deepEqual((await index.search('lekri ')).results.map((r) => r.slug), ['b']);
});

test('edit distance counts a swap as one edit and gives up past the limit', () => {
  assert.equal(editDistance('klub', 'kulb', 2), 1);
  assert.equal(editDistance('lektiecafe', 'lektiecfae', 2), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
  assert.deepEqual([2, 3, 7, 8].map(allowedEdits), [0, 1, 1, 2]);
});
