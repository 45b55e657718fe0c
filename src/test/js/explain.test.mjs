import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText } from '../../../assets/js/search/ui/explain.js';
import { condition, notes } from '../../../assets/js/search/ui/explain-evidence.js';

const meta = {
  facets: [
    { key: 'level', values: [{ code: '1', label: '1 Beskrevet' }, { code: '2', label: '2 Dokumenteret praksis' }, { code: '3', label: '3 Lovende' },
      { code: '4', label: '4 Dokumenteret effekt' }, { code: '5', label: '5 Stærkt dokumenteret effekt' }] },
    { key: 'noEffect', values: [{ code: 'ingen-effekt', label: 'Ingen effekt / mulig skade' }] },
  ],
  evidence: { designs: [
    { code: 'rct', label: 'Randomiseret kontrolleret forsøg', rubricClass: 'causal' },
    { code: 'quasi-experimental', label: 'Kvasieksperimentelt studie', rubricClass: 'causal' },
    { code: 'survey', label: 'Spørgeskemaundersøgelse', rubricClass: 'outcome' },
  ] },
};
const text = (segments) => segments.map((s) => (s.href ? `[${s.text}](${s.href})` : s.quote ? `»${s.text}«` : s.text)).join('');
const scale = { scaleUrl: '../evidensskala/index.html' };
const caveat = 'Studiet kan handle om en beslægtet indsats eller have et design, der ikke er efterprøvet.'
  + ' Evidensniveauet på hver indsats viser, hvor meget det tæller (se [evidensskalaen](../evidensskala/index.html)).'
  + ' Et studie af en bredere samling af indsatser, som indsatsen er en del af, tæller ikke her.';
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
  assert.deepEqual(notes(answer({ understood: { conditions, met: true, level: { asked: 4, shown: 4, highest: 5 } } }), meta, scale).map(text), [
    'Viser indsatser, hvis kilder omfatter mindst ét studie af typen »Randomiseret kontrolleret forsøg«,'
      + ' og som har evidensniveau 4 (Dokumenteret effekt) eller højere (ud fra »randomiseret forsøg« og »virker«).',
    caveat,
  ]);
  assert.deepEqual(notes(answer({ understood: { conditions: [{ noEffect: true, phrase: 'virker ikke' }], met: true, level: null } }), meta, scale).map(text), [
    'Viser indsatser med markeringen »Ingen effekt / mulig skade« (ud fra »virker ikke«).',
  ]);
});

test('a design condition says what it does not promise, with a link to the scale', () => {
  const rct = notes(answer({ understood: { conditions: [{ design: 'rct', phrase: 'rct' }], met: true, level: null } }), meta, scale);
  assert.deepEqual(rct.map(text), ['Viser indsatser, hvis kilder omfatter mindst ét studie af typen »Randomiseret kontrolleret forsøg« (ud fra »rct«).', caveat]);
  assert.deepEqual(rct[1].filter((s) => s.href), [{ text: 'evidensskalaen', href: '../evidensskala/index.html' }]);
  // A design that is not causal may be a broader bundle's: the note does not say it is left out.
  assert.deepEqual(notes(answer({ understood: { conditions: [{ design: 'survey', phrase: 'spørgeskema' }], met: true, level: null } }), meta, scale).map(text), [
    'Viser indsatser, hvis kilder omfatter mindst ét studie af typen »Spørgeskemaundersøgelse« (ud fra »spørgeskema«).',
    'Studiet kan handle om en beslægtet indsats eller en bredere samling af indsatser eller have et design, der ikke er efterprøvet.'
      + ' Evidensniveauet på hver indsats viser, hvor meget det tæller (se [evidensskalaen](../evidensskala/index.html)).',
  ]);
});

test('conditions no matching entry meets are said to be set aside, without the caveat', () => {
  const conditions = [{ design: 'rct', phrase: 'randomiseret' }, { noEffect: true, phrase: 'virker ikke' }];
  assert.deepEqual(notes(answer({ understood: { conditions, met: false, level: null } }), meta, scale).map(text), [
    'Ingen af de fundne indsatser har kilder, der omfatter mindst ét studie af typen »Randomiseret kontrolleret forsøg«'
      + ' og markeringen »Ingen effekt / mulig skade«; de vises uden betingelserne (ud fra »randomiseret« og »virker ikke«).',
  ]);
  assert.deepEqual(notes(answer({ understood: { conditions: [{ noEffect: true, phrase: 'virker ikke' }], met: false, level: null } }), meta, scale).map(text), [
    'Ingen af de fundne indsatser har markeringen »Ingen effekt / mulig skade«; de vises uden den betingelse (ud fra »virker ikke«).',
  ]);
});

test('a level no entry has yet is said, and so is the highest level shown instead', () => {
  const level = (asked, shown, highest, phrase = 'dokumenteret effekt') =>
    notes(answer({ understood: { conditions: [{ minLevel: asked, phrase }], met: true, level: { asked, shown, highest } } }), meta, scale).map(text);
  assert.deepEqual(level(4, 3, 3), ['Ingen indsats har endnu niveau 4 eller 5 (ud fra »dokumenteret effekt«).'
    + ' Viser de indsatser med det højeste niveau, kataloget har: [3 – Lovende](../evidensskala/index.html#niveau-3).']);
  assert.deepEqual(level(5, 4, 4, 'stærk evidens'), ['Ingen indsats har endnu niveau 5 (ud fra »stærk evidens«).'
    + ' Viser de indsatser med det højeste niveau, kataloget har: [4 – Dokumenteret effekt](../evidensskala/index.html#niveau-4).']);
  // The rest of the query finds nothing at the catalogue's highest level either.
  assert.deepEqual(level(4, 1, 3), ['Ingen indsats har endnu niveau 4 eller 5 (ud fra »dokumenteret effekt«),'
    + ' og ingen af dem, der passer på resten af søgningen, har niveau 2 eller 3.'
    + ' Viser indsatser med niveau [1 – Beskrevet](../evidensskala/index.html#niveau-1) eller højere.']);
  // The catalogue has the level; what the rest of the query finds does not.
  assert.deepEqual(level(4, 2, 5), ['Ingen af de indsatser, der passer på resten af søgningen, har niveau 4 eller 5 (ud fra »dokumenteret effekt«).'
    + ' Viser indsatser med niveau [2 – Dokumenteret praksis](../evidensskala/index.html#niveau-2) eller højere.']);
  // Once an entry reaches the level, the condition is said as it is.
  assert.deepEqual(level(4, 4, 4), ['Viser indsatser med evidensniveau 4 (Dokumenteret effekt) eller højere (ud fra »dokumenteret effekt«).']);
});

test('beside a level no entry has, the other conditions and a lower level that is met are said as they are', () => {
  const conditions = [{ minLevel: 3, phrase: 'lovende' }, { design: 'rct', phrase: 'rct' }, { minLevel: 5, phrase: 'stærk evidens' }];
  assert.deepEqual(notes(answer({ understood: { conditions, met: true, level: { asked: 5, shown: 3, highest: 3 } } }), meta, scale).map(text), [
    'Viser indsatser, hvis kilder omfatter mindst ét studie af typen »Randomiseret kontrolleret forsøg«,'
      + ' og som har evidensniveau 3 (Lovende) eller højere (ud fra »lovende« og »rct«).',
    caveat,
    'Ingen indsats har endnu niveau 5 (ud fra »stærk evidens«).'
      + ' Viser de indsatser med det højeste niveau, kataloget har: [3 – Lovende](../evidensskala/index.html#niveau-3).',
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
