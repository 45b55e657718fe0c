import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon, decodeLexicon } from '../../../assets/js/search/core/lexicon.js';

const lexicon = createLexicon(['basketball', 'klub', 'natteravne', 'sprog', 'tilbud', 'tryghed', 'ungdom']);

test('lexicon.json is front-coded: one character for the prefix shared with the previous word', () => {
  assert.deepEqual(decodeLexicon(['0klub', '4ben', '4ler', '0ung']), ['klub', 'klubben', 'klubler', 'ung']);
});

test('an unknown compound splits into known parts, fewest parts first; linking s and e go with the part before', () => {
  assert.deepEqual(lexicon.split('sprogtilbud'), ['sprog', 'tilbud']);
  assert.deepEqual(lexicon.split('ungdomsklub'), ['ungdoms', 'klub']);
  assert.deepEqual(lexicon.split('ungdomsklubtilbud'), ['ungdoms', 'klub', 'tilbud']);
  assert.deepEqual(lexicon.split('klubetilbud'), ['klube', 'tilbud']);
});

test('a known head with a linking s may end in an unknown tail of five letters or more', () => {
  assert.deepEqual(lexicon.split('tryghedsvandring'), ['trygheds', 'vandring']);
  assert.deepEqual(lexicon.split('tryghedsvand'), []);
});

test('short words, known words and words with unknown parts do not split', () => {
  assert.deepEqual(lexicon.split('klubklu'), []);
  assert.deepEqual(lexicon.split('ungdom'), []);
  assert.deepEqual(lexicon.split('sprogxyztilbud'), []);
});

test('a word that cannot be split stands in by itself as a prefix, else by its longest known tail or head', () => {
  assert.equal(lexicon.piece('basket'), 'basket');
  assert.equal(lexicon.piece('natbasket'), 'basket');
  assert.equal(lexicon.piece('strikkeklub'), 'klub');
  assert.equal(lexicon.piece('sprogzzzzz'), 'sprog');
  assert.equal(lexicon.piece('sprogxtilbu'), 'tilbu', 'a tail before a head of the same length');
  assert.equal(lexicon.piece('kantine'), null);
});

test('the nearest word of the lexicon is suggested by its stem, loosely only when asked', () => {
  assert.deepEqual(lexicon.suggest('natravne'), { word: 'natteravne', stem: 'natteravn', distance: 2 });
  assert.deepEqual(lexicon.suggest('tilbut'), { word: 'tilbud', stem: 'tilbud', distance: 1 });
  assert.equal(lexicon.suggest('sprog'), null);
  assert.equal(lexicon.suggest('spraag'), null);
  assert.deepEqual(lexicon.suggest('spraag', true), { word: 'sprog', stem: 'sprog', distance: 2 });
});
