import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeCount, comparator, createFacetFilter, decodeOrder, parseRange, readSort, readState, withValue, writeState,
} from '../../../assets/js/find/filters.js';
import { describe, summary } from '../../../assets/js/find/summary.js';

// A small index in the shape StaticIndexWriter writes: facets in bit order, bits per document.
const meta = {
  docs: 6,
  facets: [
    { key: 'targetGroup', param: 'maalgruppe', label: 'Målgruppe', match: 'all',
      values: [{ code: 'kvinder', label: 'Kvinder' }, { code: 'minoriteter', label: 'Etniske minoriteter' }, { code: 'unge', label: 'Unge' }] },
    { key: 'theme', param: 'tema', label: 'Tema', match: 'any',
      values: [{ code: 'job', label: 'Beskæftigelse' }, { code: 'skole', label: 'Uddannelse' }] },
    { key: 'level', param: 'niveau', label: 'Evidensniveau', match: 'atLeast',
      values: [1, 2, 3, 4, 5].map((n) => ({ code: String(n), label: `${n} ${['Beskrevet', 'Dokumenteret praksis', 'Lovende', 'Dokumenteret effekt', 'Stærkt dokumenteret effekt'][n - 1]}` })) },
    { key: 'noEffect', param: 'flag', label: 'Markering', values: [{ code: 'ingen-effekt', label: 'Ingen effekt / mulig skade' }] },
    { key: 'age', param: 'alder', label: 'Alder', match: 'range',
      values: [0, 1, 2, 3, 4].map((n) => ({ code: String(n), label: n === 4 ? '4 år og op' : `${n} år` })),
      ranges: [{ code: '0-1', label: '0–1 år' }, { code: '2-3', label: '2–3 år' }, { code: '4', label: '4 år og op' }] },
  ],
};
// Documents 0–5: target groups, themes, level, flag, ages (inclusive; null: no age given).
const docs = [
  { targetGroup: ['kvinder'], theme: ['job'], level: 3, ages: [0, 1] },
  { targetGroup: ['kvinder', 'minoriteter'], theme: ['job'], level: 2, ages: null },
  { targetGroup: ['kvinder', 'minoriteter'], theme: ['skole'], level: 3, ages: [2, 9] },
  { targetGroup: ['minoriteter'], theme: ['job', 'skole'], level: 1, ages: [3, 3], flag: true },
  { targetGroup: ['unge'], theme: ['skole'], level: 3, ages: [1, 3] },
  { targetGroup: ['kvinder', 'minoriteter', 'unge'], theme: ['job'], level: 3, ages: null },
];

function facetBytes() {
  const width = meta.facets.reduce((n, f) => n + f.values.length, 0);
  const per = Math.ceil(width / 8);
  const out = new Uint8Array(per * docs.length);
  docs.forEach((doc, d) => {
    let offset = 0;
    const set = (bit) => { out[d * per + ((offset + bit) >> 3)] |= 1 << ((offset + bit) & 7); };
    for (const facet of meta.facets) {
      facet.values.forEach((v, vi) => {
        const on = facet.key === 'targetGroup' ? doc.targetGroup.includes(v.code)
          : facet.key === 'theme' ? doc.theme.includes(v.code)
            : facet.key === 'level' ? Number(v.code) === doc.level
              : facet.key === 'noEffect' ? Boolean(doc.flag)
                : doc.ages !== null && (vi === 4 ? doc.ages[1] >= 4 : doc.ages[0] <= vi && vi <= doc.ages[1]);
        if (on) set(vi);
      });
      offset += facet.values.length;
    }
  });
  meta.facetBytes = per;
  return out;
}
const filter = createFacetFilter(meta, facetBytes());
const every = [0, 1, 2, 3, 4, 5];
const kept = (state) => filter.apply(every, state).kept;
const counts = (state, key) => filter.apply(every, state).counts[meta.facets.findIndex((f) => f.key === key)];

test('choosing several target groups narrows: an entry must be for every one of them', () => {
  assert.deepEqual(kept({ targetGroup: ['kvinder'] }), [0, 1, 2, 5]);
  assert.deepEqual(kept({ targetGroup: ['minoriteter'] }), [1, 2, 3, 5]);
  assert.deepEqual(kept({ targetGroup: ['kvinder', 'minoriteter'] }), [1, 2, 5]);
  assert.deepEqual(kept({ targetGroup: ['kvinder', 'minoriteter', 'unge'] }), [5]);
});

test('choosing several themes widens: an entry needs one of them', () => {
  assert.deepEqual(kept({ theme: ['job'] }), [0, 1, 3, 5]);
  assert.deepEqual(kept({ theme: ['job', 'skole'] }), every);
});

test('evidence is "at least level N"', () => {
  assert.deepEqual(kept({ level: '3' }), [0, 2, 4, 5]);
  assert.deepEqual(kept({ level: '2' }), [0, 1, 2, 4, 5]);
  assert.deepEqual(kept({ level: '5' }), []);
});

test('an age keeps the entries whose age range covers it; a band keeps those that overlap it; no age given is not kept', () => {
  assert.deepEqual(kept({ age: { from: 3, to: 3 } }), [2, 3, 4]);
  assert.deepEqual(kept({ age: { from: 0, to: 1 } }), [0, 4]);
  assert.deepEqual(kept({ age: { from: 4, to: 4 } }), [2], 'the open last value: 4 and up');
  assert.deepEqual(kept({ age: { from: 12, to: 12 } }), [2], 'an age past the last value falls into the open one');
});

test('facets combine with AND: the consultant narrows to women, minorities, one theme and at least level 3', () => {
  assert.deepEqual(kept({ targetGroup: ['kvinder', 'minoriteter'], theme: ['job'], level: '3' }), [5]);
});

test('counts: any ignores its own choice, all says what adding a value leaves, atLeast counts that level or higher', () => {
  const state = { targetGroup: ['kvinder'], theme: ['job'] };
  assert.deepEqual(counts(state, 'theme'), [3, 1], 'of the women\'s entries, 3 have employment and 1 education');
  assert.deepEqual(counts(state, 'targetGroup'), [3, 2, 1], 'of the 3 kept, 2 also for minorities, 1 also for young people');
  assert.deepEqual(counts({ targetGroup: ['kvinder'] }, 'level'), [4, 4, 3, 0, 0]);
  const ages = filter.apply(every, { theme: ['skole'] });
  assert.deepEqual(ages.rangeCounts[4], [1, 3, 1], 'bands 0–1, 2–3, 4+ among school entries');
});

test('the state reads from and writes to the URL in facet order; unknown codes and malformed ages are dropped', () => {
  const params = new URLSearchParams('tema=skole&maalgruppe=minoriteter&maalgruppe=nobody&maalgruppe=kvinder&niveau=9&niveau=3&alder=2-3&flag=ingen-effekt');
  const state = readState(params, meta);
  assert.deepEqual(state, { targetGroup: ['kvinder', 'minoriteter'], theme: ['skole'], level: '3', noEffect: ['ingen-effekt'], age: { from: 2, to: 3 } });
  assert.equal(writeState(state, meta).toString(), 'maalgruppe=kvinder&maalgruppe=minoriteter&tema=skole&niveau=3&flag=ingen-effekt&alder=2-3');
  assert.deepEqual(readState(new URLSearchParams('alder=abc&niveau=x'), meta), {});
  assert.deepEqual(readState(new URLSearchParams('alder=9-3'), meta), {}, 'a range must run upwards');
  assert.equal(activeCount(state, meta), 6);
  assert.deepEqual(withValue(state, 'theme', []), { targetGroup: ['kvinder', 'minoriteter'], level: '3', noEffect: ['ingen-effekt'], age: { from: 2, to: 3 } });
  assert.deepEqual(parseRange(' 13 – 17 '), { from: 13, to: 17 });
});

test('the page says what the filters mean, in Danish', () => {
  const state = { targetGroup: ['kvinder', 'minoriteter'], theme: ['job', 'skole'], level: '3', age: { from: 13, to: 17 } };
  assert.deepEqual(describe(state, meta), [
    'for både »Kvinder« og »Etniske minoriteter«',
    'med temaet »Beskæftigelse« eller »Uddannelse«',
    'på evidensniveau 3 (»Lovende«) eller højere',
    'for alderen 13–17 år',
  ]);
  assert.equal(summary(1, 6, { targetGroup: ['kvinder', 'minoriteter', 'unge'], age: { from: 14, to: 14 } }, meta),
    'Viser 1 af 6 indsatser: for »Kvinder«, »Etniske minoriteter« og »Unge« på én gang og for 14-årige.');
  assert.equal(summary(0, 6, { theme: ['job'] }, meta), 'Ingen af 6 indsatser passer: med temaet »Beskæftigelse«.');
  assert.equal(summary(6, 6, {}, meta), 'Viser alle 6 indsatser.');
});

test('sorting: by evidence level, highest first, then name; by name; by relevance with the scores', () => {
  const nameRank = decodeOrder(Uint8Array.from([5, 0, 4, 0, 3, 0, 2, 0, 1, 0, 0, 0]), 2);
  assert.deepEqual([...nameRank], [5, 4, 3, 2, 1, 0]);
  assert.deepEqual([...every].sort(comparator('level', { levels: filter.levels, nameRank })), [5, 4, 2, 0, 1, 3]);
  assert.deepEqual([...every].sort(comparator('name', { levels: filter.levels, nameRank })), [5, 4, 3, 2, 1, 0]);
  const scores = Float64Array.from([0.5, 3, 0, 0, 1, 0]);
  assert.deepEqual([...every].sort((a, b) => comparator('relevance', { levels: filter.levels, nameRank })(a, b, scores)), [1, 4, 0, 5, 3, 2]);
  assert.equal(readSort(new URLSearchParams('sorter=evidens'), ['name', 'level'], 'name'), 'level');
  assert.equal(readSort(new URLSearchParams('sorter=relevans'), ['name', 'level'], 'name'), 'name', 'not offered on this list');
});
