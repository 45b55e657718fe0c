// What the lists say about their filters, in Danish: each facet's choice as a phrase and the status
// line ("Viser 3 af 41 indsatser: for både »Kvinder« og …"). DOM-free, node-tested; list-page.js shows
// it. Apart from filters.js, so the search page (which words its own status) does not load it.

import { ALL, AT_LEAST, RANGE, matchOf } from './filters.js';

const quote = (text) => `»${text}«`;

/** "A", "A og B", "A, B og C" (or with "eller"). */
export function list(items, word = 'og') {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** What each facet's choice means, as a phrase that completes "Indsatser …". */
const PHRASES = {
  targetGroup: (labels) => (labels.length === 1 ? `for ${labels[0]}`
    : labels.length === 2 ? `for både ${labels[0]} og ${labels[1]}` : `for ${list(labels)} på én gang`),
  theme: (labels) => `med temaet ${list(labels, 'eller')}`,
  level: (labels, value) => `på evidensniveau ${value} (${labels[0]}) eller højere`,
  noEffect: (labels) => `med markeringen ${labels[0]}`,
  age: (labels, value) => (value.from === value.to ? `for ${value.from}-årige` : `for alderen ${value.from}–${value.to} år`),
  cost: (labels) => `med prisen ${list(labels, 'eller')}`,
  anchoring: (labels) => `der kan forankres gennem ${list(labels, 'eller')}`,
  outcomeDomain: (labels) => `med fund om ${list(labels, 'eller')}`,
};

/** Each active facet's choice in words, in facet order: ["for både »Kvinder« og »…«", "med temaet »Beskæftigelse«"]. */
export function describe(state, meta) {
  const out = [];
  for (const facet of meta.facets) {
    const value = state[facet.key];
    if (value === undefined || value === null) continue;
    const match = matchOf(facet);
    const label = (code) => facet.values.find((v) => v.code === code)?.label ?? code;
    let labels;
    if (match === AT_LEAST) labels = [quote(label(String(value)).replace(/^\d+\s*/, ''))];
    else if (match === RANGE) labels = [];
    else labels = value.map((c) => quote(label(c)));
    const phrase = PHRASES[facet.key] ?? ((ls) => `med ${facet.label.toLowerCase()} ${list(ls, match === ALL ? 'og' : 'eller')}`);
    out.push(phrase(labels, value));
  }
  return out;
}

/** "1 indsats", "3 indsatser". */
export function entries(n) { return n === 1 ? '1 indsats' : `${n} indsatser`; }

/**
 * The status line: "Viser 3 af 41 indsatser: for både »Kvinder« og »…«, med temaet »Beskæftigelse«
 * og på evidensniveau 3 (»Lovende«) eller højere." — or "Viser alle 41 indsatser." without filters.
 */
export function summary(shown, total, state, meta) {
  const phrases = describe(state, meta);
  if (!phrases.length) return total === 1 ? 'Viser 1 indsats.' : `Viser alle ${entries(total)}.`;
  const count = shown === 0 ? `Ingen af ${entries(total)} passer` : `Viser ${shown} af ${entries(total)}`;
  return `${count}: ${list(phrases)}.`;
}
