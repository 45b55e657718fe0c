import { test } from 'node:test';
import assert from 'node:assert/strict';
import { condition, notes, statusText } from '../../../assets/js/search/ui/explain.js';

const meta = {
  facets: [
    { key: 'level', values: [{ code: '3', label: '3 Lovende' }, { code: '4', label: '4 Dokumenteret effekt' }, { code: '5', label: '5 Stærkt dokumenteret effekt' }] },
    { key: 'noEffect', values: [{ code: 'ingen-effekt', label: 'Ingen effekt / mulig skade' }] },
  ],
  evidence: { designs: [
    { code: 'rct', label: 'Randomiseret kontrolleret forsøg', rubricClass: 'causal' },
    { code: 'quasi-experimental', label: 'Kvasieksperimentelt studie', rubricClass: 'causal' },
    { code: 'survey', label: 'Spørgeskemaundersøgelse', rubricClass: 'outcome' },
  ] },
};
const text = (segments) => segments.map((s) => (s.quote ? `»${s.text}«` : s.text)).join('');
const answer = (fields) => ({ total: 0, complete: 0, words: [], understood: { conditions: [], met: true }, ...fields });

test('the status line counts, says when nothing matches every word, and when nothing matches', () => {
  assert.equal(statusText(answer({ total: 3, complete: 3 }), 'unge ', false), '3 indsatser fundet for »unge«.');
  assert.equal(statusText(answer({ total: 1, complete: 1 }), 'unge', false), '1 indsats fundet for »unge«.');
  assert.equal(statusText(answer({ total: 5, complete: 0 }), 'mænd netværk', false),
    'Ingen indsatser indeholder alle ordene for »mænd netværk«. 5 indsatser passer delvist.');
  assert.equal(statusText(answer({ total: 30, complete: 1 }), 'sprogtilbud', false),
    '1 indsats fundet for »sprogtilbud«, og 29, der passer delvist.');
  assert.equal(statusText(answer({}), 'xqzv', false), 'Ingen indsatser fundet for »xqzv«. Prøv et andet ord, eller fjern et filter.');
  assert.equal(statusText(answer({}), ' ', false), 'Skriv et søgeord, eller vælg et filter.');
});

test('evidence conditions are said in words, with the words they were read from', () => {
  const conditions = [{ design: 'rct', phrase: 'randomiseret forsøg' }, { minLevel: 4, phrase: 'virker' }];
  assert.deepEqual(notes(answer({ understood: { conditions, met: true } }), meta).map(text), [
    'Viser indsatser med mindst ét studie af typen »Randomiseret kontrolleret forsøg« og evidensniveau 4 (Dokumenteret effekt) eller højere'
      + ' (ud fra »randomiseret forsøg« og »virker«).',
  ]);
  assert.deepEqual(notes(answer({ understood: { conditions: [{ noEffect: true, phrase: 'virker ikke' }], met: false } }), meta).map(text), [
    'Ingen af de fundne indsatser har markeringen »Ingen effekt / mulig skade«; de vises uden den betingelse (ud fra »virker ikke«).',
  ]);
});

test('a rubric class lists its designs; the highest level has no "or higher"', () => {
  assert.equal(condition({ rubricClass: 'causal' }, meta), 'mindst ét studie af typen »Randomiseret kontrolleret forsøg« eller »Kvasieksperimentelt studie«');
  assert.equal(condition({ minLevel: 5 }, meta), 'evidensniveau 5 (Stærkt dokumenteret effekt)');
});

test('split compounds, stand-ins and unknown words are explained', () => {
  const words = [
    { text: 'sprogtilbud', how: 'compound', parts: ['sprog', 'tilbud'] },
    { text: 'natbasket', how: 'piece', parts: ['basket'] },
    { text: 'natravne', how: 'suggested', parts: [], suggestion: 'natteravn' },
    { text: 'xqzv', how: 'none', parts: [] },
    { text: 'klub', how: 'exact', parts: [] },
  ];
  assert.deepEqual(notes(answer({ words }), meta).map(text), [
    '»sprogtilbud« er søgt som »sprog« + »tilbud«.',
    '»natbasket« står ikke i kataloget; søgt på ord, der begynder med »basket«.',
    '»natravne« står ikke i kataloget; søgt på det nærmeste ord, »natteravn«.',
    '»xqzv« står ikke i kataloget.',
  ]);
});
