import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, fold, stem } from '../../../assets/js/search/core/analysis.js';

test('folding makes typed substitutes of æ, ø and å meet', () => {
  assert.equal(fold('bydelsmødre'), 'bydelsmodre');
  assert.equal(fold('bydelsmoedre'), 'bydelsmodre');
  assert.equal(fold('rådgivning'), 'radgivning');
  assert.equal(fold('raadgivning'), 'radgivning');
  assert.equal(fold('fædre'), 'faedre');
  assert.equal(fold('café'), 'cafe');
});

test('the Danish stemmer removes endings as Snowball does', () => {
  assert.equal(stem('lektier'), 'lekti');
  assert.equal(stem('ungdomsklubber'), 'ungdomsklub');
  assert.equal(stem('vicevaerter'), 'vicevaert');
  assert.equal(stem('hurtigst'), 'hurt');
  assert.equal(stem('by'), 'by');
});

test('the analyzer drops stop words and keeps offsets', () => {
  const analyzer = createAnalyzer(['og', 'i']);
  assert.deepEqual(analyzer.terms('Lektiecaféer og hjælp i byen'), ['lektiecafe', 'hjaelp', 'byen']);
  const [first] = analyzer.tokens('  Fædre!');
  assert.deepEqual([first.start, first.end, first.folded], [2, 7, 'faedre']);
});
