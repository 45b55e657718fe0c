import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, fold, stem } from '../../../assets/js/search/core/analysis.js';
import { conditionTest, createUnderstanding } from '../../../assets/js/search/core/understand.js';

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
  // Document 0: level 2, a randomised trial; document 1: level 4, a survey; document 2: level 3, flagged.
  const doc = {
    level: (d) => [2, 4, 3][d],
    noEffect: (d) => d === 2,
    design: (d, i) => (d === 0 && i === 0) || (d === 1 && i === 1),
  };
  const meeting = (...conditions) => [0, 1, 2].filter(conditionTest(conditions, evidence, doc));
  assert.deepEqual(meeting({ design: 'rct' }), [0]);
  assert.deepEqual(meeting({ design: 'survey' }), [1]);
  assert.deepEqual(meeting({ rubricClass: 'causal' }), [0]);
  assert.deepEqual(meeting({ rubricClass: 'outcome' }), [1]);
  assert.deepEqual(meeting({ minLevel: 3 }), [1, 2]);
  assert.deepEqual(meeting({ noEffect: true }), [2]);
  assert.deepEqual(meeting({ minLevel: 3 }, { noEffect: true }), [2]);
  assert.deepEqual(meeting(), [0, 1, 2]);
});
