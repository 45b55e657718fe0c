import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, fold, stem } from '../../../assets/js/search/core/analysis.js';
import { createUnderstanding, meets } from '../../../assets/js/search/core/understand.js';

const terms = (phrase) => phrase.split(' ').map((w) => stem(fold(w)));
const evidence = {
  designs: [{ code: 'rct', label: 'Randomiseret kontrolleret forsøg', rubricClass: 'causal' }, { code: 'survey', label: 'Spørgeskema', rubricClass: 'outcome' }],
  phrases: [
    { terms: terms('randomiseret forsøg'), design: 'rct' },
    { terms: terms('virker ikke'), noEffect: true },
    { terms: terms('randomiseret'), design: 'rct' },
    { terms: terms('virker'), minLevel: 4 },
    { terms: terms('effektstudie'), rubricClass: 'causal' },
  ],
};
const analyzer = createAnalyzer(['ikke', 'og']);
const read = (query) => createUnderstanding(evidence).read(analyzer.tokens(query));

test('evidence phrases become conditions, longest first, stop words included; the rest stays text', () => {
  const { conditions, rest } = read('Lektier virker ikke og randomiserede forsøg');
  assert.deepEqual(conditions.map(({ start, end, ...c }) => c), [
    { noEffect: true, phrase: 'virker ikke' },
    { design: 'rct', phrase: 'randomiserede forsøg' },
  ]);
  assert.deepEqual(rest.map((t) => t.word), ['Lektier', 'og']);
});

test('one meaning is one condition however often it is said', () => {
  assert.deepEqual(read('RANDOMISERET randomiseret forsøg').conditions.map((c) => c.phrase), ['RANDOMISERET']);
});

test('without evidence phrases in meta nothing is understood', () => {
  const { conditions, rest } = createUnderstanding(undefined).read(analyzer.tokens('virker ikke'));
  assert.deepEqual([conditions.length, rest.length], [0, 2]);
});

test('a condition is met by a design, a design of the class, a level at least, or the flag', () => {
  const has = (code) => code === 'rct';
  assert.equal(meets({ design: 'rct' }, 2, false, has, evidence.designs), true);
  assert.equal(meets({ design: 'survey' }, 2, false, has, evidence.designs), false);
  assert.equal(meets({ rubricClass: 'causal' }, 2, false, has, evidence.designs), true);
  assert.equal(meets({ rubricClass: 'outcome' }, 2, false, has, evidence.designs), false);
  assert.equal(meets({ minLevel: 4 }, 4, false, has, evidence.designs), true);
  assert.equal(meets({ minLevel: 4 }, 3, false, has, evidence.designs), false);
  assert.equal(meets({ noEffect: true }, 3, true, has, evidence.designs), true);
  assert.equal(meets({ noEffect: true }, 3, false, has, evidence.designs), false);
});
