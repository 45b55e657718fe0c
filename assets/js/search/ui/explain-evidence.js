// What the engine understood of evidence words, in Danish: the conditions and what a design condition
// does and does not promise, a level no entry reaches and what is shown instead. Fetched by the search
// page only for a query with evidence words; DOM-free, so Node tests can check every sentence.
import { wordNotes } from './explain.js';

/**
 * Notes on how the query was read, each a list of segments { text, quote?, href? } (quote: a word
 * as typed or searched, shown in »«; href: a link, e.g. to the evidence scale): evidence conditions
 * and what a design condition does and does not promise, a level no entry reaches and what is shown
 * instead, then how the words were read (wordNotes). options.scaleUrl is the evidence scale page.
 */
export function notes(answer, meta, options = {}) {
  const out = [];
  const { conditions, met, level } = { level: null, ...(answer.understood ?? { conditions: [], met: true }) };
  const scaleUrl = options.scaleUrl ?? '';
  const relaxed = met && level !== null && level.shown < level.asked;
  // Level words the shown level does not meet get their own note; a lower one ("lovende" beside "stærk evidens") is met.
  const unmet = relaxed ? conditions.filter((c) => c.minLevel > level.shown) : [];
  const stated = conditions.filter((c) => !unmet.includes(c));
  if (stated.length) {
    const phrases = stated.map((c) => c.phrase);
    out.push(met
      ? [{ text: `Viser indsatser${conditionsClause(stated, meta)} (ud fra ` }, ...quoted(phrases), { text: ').' }]
      : [{ text: `Ingen af de fundne indsatser har ${join(stated.map((c) => had(c, meta)))}; `
          + `de vises uden ${stated.length === 1 ? 'den betingelse' : 'betingelserne'} (ud fra ` }, ...quoted(phrases), { text: ').' }]);
  }
  const designs = stated.filter((c) => c.design || c.rubricClass);
  if (met && designs.length) out.push(designCaveat(designs, meta, scaleUrl));
  if (relaxed) out.push(levelShown(level, unmet, meta, scaleUrl));
  out.push(...wordNotes(answer));
  return out;
}

/** The condition in words: "mindst ét studie af typen »Randomiseret kontrolleret forsøg«". */
export function condition(c, meta) {
  if (c.design || c.rubricClass) return `mindst ét studie af typen ${designLabels(c, meta)}`;
  if (c.minLevel) {
    return c.minLevel >= maxLevel(meta) ? `evidensniveau ${c.minLevel}${levelName(c.minLevel, meta, ' (', ')')}`
      : `evidensniveau ${c.minLevel}${levelName(c.minLevel, meta, ' (', ')')} eller højere`;
  }
  if (c.noEffect) return `markeringen »${flagLabel(meta)}«`;
  return '';
}

/** ", hvis kilder omfatter …, og som har …" or " med …": the conditions as a clause after "Viser indsatser". */
function conditionsClause(conditions, meta) {
  const sources = conditions.filter((c) => c.design || c.rubricClass).map((c) => condition(c, meta));
  const others = conditions.filter((c) => !c.design && !c.rubricClass).map((c) => condition(c, meta));
  if (!sources.length) return ` med ${join(others)}`;
  const clause = `, hvis kilder omfatter ${join(sources)}`;
  return others.length ? `${clause}, og som har ${join(others)}` : clause;
}

/** What an entry lacks when it does not meet the condition: "kilder, der omfatter mindst ét studie af typen …". */
function had(c, meta) {
  return c.design || c.rubricClass ? `kilder, der omfatter ${condition(c, meta)}` : condition(c, meta);
}

/** What a design condition does not promise (EvidenceFacts.of: a broader bundle's causal studies do not count, its other studies do). */
function designCaveat(conditions, meta, scaleUrl) {
  const designs = meta.evidence?.designs ?? [];
  const causal = conditions.every((c) => (c.rubricClass ?? designs.find((x) => x.code === c.design)?.rubricClass) === 'causal');
  return [
    { text: `${conditions.length === 1 ? 'Studiet' : 'Studierne'} kan handle om en beslægtet indsats${causal ? '' : ' eller en bredere samling af indsatser'}`
      + ' eller have et design, der ikke er efterprøvet. Evidensniveauet på hver indsats viser, hvor meget det tæller (se ' },
    { text: 'evidensskalaen', href: scaleUrl },
    { text: causal ? '). Et studie af en bredere samling af indsatser, som indsatsen er en del af, tæller ikke her.' : ').' },
  ];
}

/** A level the shown entries do not reach, and the level shown instead ("Ingen indsats har endnu niveau 4 eller 5 …"). */
function levelShown({ shown, highest }, unmet, meta, scaleUrl) {
  const asked = Math.min(...unmet.map((c) => c.minLevel));
  const range = (from, to) => orList(Array.from({ length: to - from + 1 }, (_, i) => String(from + i)));
  const named = { text: `${shown}${levelName(shown, meta, ' – ', '')}`, href: `${scaleUrl}#niveau-${shown}` };
  const from = [{ text: ' (ud fra ' }, ...quoted(unmet.map((c) => c.phrase)), { text: ')' }];
  const none = [{ text: `${highest < asked ? 'Ingen indsats har endnu' : 'Ingen af de indsatser, der passer på resten af søgningen, har'}`
    + ` niveau ${range(asked, maxLevel(meta))}` }, ...from];
  if (highest < asked && shown === highest) return [...none, { text: '. Viser de indsatser med det højeste niveau, kataloget har: ' }, named, { text: '.' }];
  const also = highest < asked ? `, og ingen af dem, der passer på resten af søgningen, har niveau ${range(shown + 1, highest)}` : '';
  return [...none, { text: `${also}. Viser indsatser med niveau ` }, named, { text: ' eller højere.' }];
}

function designLabels(c, meta) {
  const designs = meta.evidence?.designs ?? [];
  if (c.design) return `»${designs.find((x) => x.code === c.design)?.label ?? c.design}«`;
  return orList(designs.filter((x) => x.rubricClass === c.rubricClass).map((x) => `»${x.label}«`));
}

function levelFacet(meta) { return meta.facets.find((f) => f.key === 'level'); }

/** The scale's top level (5), from the level facet. */
function maxLevel(meta) {
  const levels = levelFacet(meta)?.values.map((v) => Number(v.code)) ?? [];
  return levels.length ? Math.max(...levels) : 5;
}

/** The level's name from the facet's label ("3 Lovende" → "Lovende"), between before and after; '' if unknown. */
function levelName(number, meta, before, after) {
  const value = levelFacet(meta)?.values.find((v) => v.code === String(number));
  return value ? `${before}${value.label.replace(/^\d+\s*/, '')}${after}` : '';
}

function flagLabel(meta) { return meta.facets.find((f) => f.key === 'noEffect')?.values[0]?.label ?? 'ingen effekt'; }

function quoted(phrases) {
  const out = [];
  phrases.forEach((p, i) => {
    if (i > 0) out.push({ text: i === phrases.length - 1 ? ' og ' : ', ' });
    out.push({ text: p, quote: true });
  });
  return out;
}


function join(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function orList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}
