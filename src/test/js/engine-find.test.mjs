import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openIndex } from '../../../assets/js/search/core/engine.js';
import { comparator, createFacetFilter } from '../../../assets/js/find/filters.js';

// Three documents that all have the term "klub" (weights high, middle, low), in the format StaticIndexWriter writes.
const varints = (...values) => values.flatMap((v) => { const out = []; while (v > 127) { out.push((v & 127) | 128); v >>>= 7; } out.push(v); return out; });
const shard = Uint8Array.from([...varints(1), ...varints(0, 4), ...[...'klub'].map((c) => c.charCodeAt(0)), ...varints(3, 0), 255, ...varints(1), 128, ...varints(1), 1]);
const meta = {
  format: 2, docs: 3, docsPerChunk: 8, entryPath: 'indsatser/{slug}/index.html', stopWords: [], shards: ['klub'],
  weightMin: 1, weightMax: 10, facetBytes: 1,
  facets: [
    { key: 'targetGroup', param: 'maalgruppe', label: 'Målgruppe', match: 'all', values: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] },
    { key: 'level', param: 'niveau', label: 'Evidensniveau', match: 'atLeast', values: [{ code: '1', label: '1 Beskrevet' }, { code: '2', label: '2 Dokumenteret praksis' }] },
  ],
};
// doc 0: A, level 1; doc 1: A and B, level 2; doc 2: A and B, level 1.
const facetBytes = Uint8Array.from([0b0101, 0b1011, 0b0111]);
const files = {
  'meta.json': JSON.stringify(meta),
  't/0.bin': shard,
  'd/0.json': JSON.stringify([['c', 'Cafe', 'En klub.', 1, false], ['b', 'Bold', 'En klub.', 2, false], ['a', 'Aften', 'En klub.', 1, false]]),
  'facets.bin': facetBytes,
};
const fakeFetch = async (url) => {
  const body = files[url.replace('http://x/search/', '')];
  if (body === undefined) return { ok: false, status: 404 };
  return { ok: true, status: 200, json: async () => JSON.parse(body), arrayBuffer: async () => body.buffer.slice(0) };
};
const filter = createFacetFilter(meta, facetBytes);
const nameRank = Uint32Array.from([2, 1, 0]); // alphabetically: Aften (doc 2), Bold (doc 1), Cafe (doc 0)
const slugs = (answer) => answer.results.map((r) => r.slug);

test('with the lists\' facet filter, two target groups narrow (the engine alone would widen)', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  const filters = { targetGroup: ['a', 'b'] };
  assert.equal((await index.search('klub', { filters })).total, 3, 'the engine\'s own facets: OR');
  const answer = await index.search('klub', { filters, facetFilter: filter });
  assert.deepEqual(slugs(answer), ['b', 'a']);
  assert.deepEqual(answer.facets[0].values.map((v) => [v.count, v.selected]), [[2, true], [2, true]]);
});

test('an order replaces relevance: evidence level first, or the name', async () => {
  const index = await openIndex('http://x/search/', { fetch: fakeFetch });
  const levels = filter.levels;
  assert.deepEqual(slugs(await index.search('klub', {})), ['c', 'b', 'a'], 'relevance');
  assert.deepEqual(slugs(await index.search('klub', { order: comparator('level', { levels, nameRank }) })), ['b', 'c', 'a']);
  assert.deepEqual(slugs(await index.search('klub', { order: comparator('name', { levels, nameRank }) })), ['a', 'b', 'c']);
  assert.deepEqual(slugs(await index.search('', { filters: { level: '1' }, facetFilter: filter, order: comparator('name', { levels, nameRank }) })),
    ['a', 'b', 'c'], 'filters only, alphabetical; at least level 1 is every level');
});
