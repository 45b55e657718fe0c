// The filter logic every list shares (home, all interventions, theme and target-group pages, the
// search page): DOM-free, so Node tests check it; filter-panel.js draws it, list-page.js and the
// search page use it. It reads the search index's facet bits (search/facets.bin) and the facets in
// search/meta.json; there is no second index.
//
// How choices combine is part of the index (meta.facets[i].match), and said on the page:
//   all      every chosen value (target groups describe one person: women AND ethnic minorities)
//   any      at least one chosen value (themes, cost, anchoring routes, outcome domains, the flag)
//   atLeast  the chosen value or a later one (evidence: "mindst niveau 3")
//   range    any age in the chosen range (a child's age, or a band such as 13–17)
// Across facets every choice must hold.
//
// State: { [facet.key]: codes[] (all, any) | code (atLeast) | { from, to } (range) }, and in the URL
// each facet's own parameter: maalgruppe=kvinder&maalgruppe=…&niveau=3&alder=13-17.

export const ALL = 'all';
export const ANY = 'any';
export const AT_LEAST = 'atLeast';
export const RANGE = 'range';

/** The URL parameter for the sort order, and its values. */
export const SORT_PARAM = 'sorter';
export const SORTS = { relevance: 'relevans', level: 'evidens', name: 'navn' };

/** What choosing several values of a facet means, said beside its controls. */
export const HINTS = {
  [ALL]: 'Vælger du flere, skal indsatsen være for dem alle på én gang – som når de beskriver én person. Listen bliver kortere.',
  [ANY]: 'Vælger du flere, vises indsatser med mindst ét af dem.',
  [AT_LEAST]: 'Viser indsatser på det valgte niveau eller højere.',
  [RANGE]: 'Viser indsatser, hvis aldersgrænse omfatter alderen. Indsatser uden oplyst alder vises ikke, når du vælger en alder.',
};

/** Said once above the facets. */
export const ACROSS = 'Valg i forskellige grupper gælder alle på én gang.';

/** How a facet's choices combine (the index says; any when it does not). */
export const matchOf = (facet) => facet.match ?? ANY;

/** The first age a range facet's last value stands for ("30 år og op"), or Infinity. */
function openFrom(facet) {
  const last = facet.values[facet.values.length - 1];
  return /og op/.test(last.label) ? Number(last.code) : Infinity;
}

/** A range facet's value index for an age (ages past an open last value fall into it), or -1. */
function ageIndex(facet, age) {
  const first = Number(facet.values[0].code);
  const last = Number(facet.values[facet.values.length - 1].code);
  if (!Number.isInteger(age) || age < first) return -1;
  if (age > last) return openFrom(facet) <= age ? facet.values.length - 1 : -1;
  return age - first;
}

/** "14" → { from: 14, to: 14 }; "13-17" → { from: 13, to: 17 }; anything else → null. */
export function parseRange(text) {
  const m = /^\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3}))?\s*$/.exec(String(text ?? ''));
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to ? { from, to } : null;
}

/** A range as the URL writes it: "14", "13-17". */
export function rangeCode(range) { return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`; }

/** The filter state from URL parameters; unknown codes and malformed values are dropped. */
export function readState(params, meta) {
  const state = {};
  for (const facet of meta.facets) {
    const codes = params.getAll(facet.param);
    if (!codes.length) continue;
    const known = (c) => facet.values.some((v) => v.code === c);
    const match = matchOf(facet);
    if (match === AT_LEAST) {
      const code = codes.find(known);
      if (code !== undefined) state[facet.key] = code;
    } else if (match === RANGE) {
      const range = parseRange(codes[0]);
      if (range && ageIndex(facet, range.from) >= 0) state[facet.key] = range;
    } else {
      const chosen = [...new Set(codes.filter(known))];
      if (chosen.length) state[facet.key] = facet.values.map((v) => v.code).filter((c) => chosen.includes(c));
    }
  }
  return state;
}

/** The state as URL parameters, in facet order (so one state has one URL). */
export function writeState(state, meta, params = new URLSearchParams()) {
  for (const facet of meta.facets) {
    const value = state[facet.key];
    if (value === undefined || value === null) continue;
    const match = matchOf(facet);
    if (match === AT_LEAST) params.append(facet.param, value);
    else if (match === RANGE) params.append(facet.param, rangeCode(value));
    else for (const code of value) params.append(facet.param, code);
  }
  return params;
}

/** How many choices are active: the number on the "Filtre (n)" button. */
export function activeCount(state, meta) {
  let n = 0;
  for (const facet of meta.facets) {
    const value = state[facet.key];
    if (value === undefined || value === null) continue;
    n += Array.isArray(value) ? value.length : 1;
  }
  return n;
}

/** A copy of state with one facet's value replaced (null or [] removes it). */
export function withValue(state, key, value) {
  const next = { ...state };
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * The filter over the facet bits: apply(docs, state) keeps the documents that meet every choice
 * and counts, for each facet value, how many documents the list would have with it:
 *   any, range: documents that meet every other facet and have the value (its own choice ignored,
 *               so choosing "Beskæftigelse" still shows how many have "Uddannelse");
 *   all:        documents that meet every choice and also have the value (what adding it leaves);
 *   atLeast:    documents that meet every other facet at this value or above.
 * rangeCounts give the same for a range facet's bands (meta.facets[i].ranges).
 * Its apply has the shape the search engine's options.facetFilter takes.
 */
export function createFacetFilter(meta, bytes) {
  const facets = meta.facets;
  let bit = 0;
  const offsets = facets.map((f) => { const o = bit; bit += f.values.length; return o; });
  const words = Math.max(1, Math.ceil(bit / 32));
  const per = meta.facetBytes;
  const bits = new Uint32Array(meta.docs * words);
  for (let d = 0; d < meta.docs; d++) {
    for (let b = 0; b < per; b++) bits[d * words + (b >> 2)] |= bytes[d * per + b] << ((b & 3) * 8);
  }
  const has = (d, fi, vi) => {
    const b = offsets[fi] + vi;
    return (bits[d * words + (b >> 5)] & (1 << (b & 31))) !== 0;
  };
  const levelFacet = facets.findIndex((f) => f.key === 'level');

  /** A mask over value indexes from..to of facet fi. */
  function mask(fi, indexes) {
    const m = new Uint32Array(words);
    for (const vi of indexes) { const b = offsets[fi] + vi; m[b >> 5] |= 1 << (b & 31); }
    return m;
  }

  /** The test each active facet puts to a document: some bit of the mask (or, for all, every bit). */
  function tests(state) {
    return facets.map((f, fi) => {
      const value = state[f.key];
      if (value === undefined || value === null) return null;
      const match = matchOf(f);
      let indexes = [];
      if (match === AT_LEAST) {
        const at = f.values.findIndex((v) => v.code === String(value));
        if (at >= 0) indexes = f.values.map((_, vi) => vi).filter((vi) => vi >= at);
      } else if (match === RANGE) {
        indexes = rangeIndexes(f, value);
      } else {
        indexes = f.values.map((v, vi) => (value.includes(v.code) ? vi : -1)).filter((vi) => vi >= 0);
      }
      if (!indexes.length) return null;
      return { every: match === ALL, mask: mask(fi, indexes) };
    });
  }

  function passes(d, t) {
    const base = d * words;
    if (t.every) {
      for (let w = 0; w < words; w++) if ((bits[base + w] & t.mask[w]) !== t.mask[w]) return false;
      return true;
    }
    for (let w = 0; w < words; w++) if ((bits[base + w] & t.mask[w]) !== 0) return true;
    return false;
  }

  function apply(docs, state = {}) {
    const active = tests(state);
    const counts = facets.map((f) => new Array(f.values.length).fill(0));
    const rangeCounts = facets.map((f) => (f.ranges ?? []).map(() => 0));
    const rangeSets = facets.map((f) => (f.ranges ?? []).map((r) => rangeIndexes(f, parseRange(r.code))));
    const kept = [];
    for (const d of docs) {
      let failed = -1, failures = 0;
      for (let fi = 0; fi < facets.length && failures < 2; fi++) {
        if (active[fi] && !passes(d, active[fi])) { failed = fi; failures++; }
      }
      if (failures > 1) continue;
      if (failures === 0) kept.push(d);
      for (let fi = 0; fi < facets.length; fi++) {
        if (failures === 1 && failed !== fi) continue;
        const match = matchOf(facets[fi]);
        if (match === ALL && failures === 1) continue; // counts for "all" are what adding a value leaves
        const c = counts[fi];
        if (match === AT_LEAST) {
          let top = -1;
          for (let vi = 0; vi < c.length; vi++) if (has(d, fi, vi)) top = vi;
          for (let vi = 0; vi <= top; vi++) c[vi]++;
        } else {
          for (let vi = 0; vi < c.length; vi++) if (has(d, fi, vi)) c[vi]++;
        }
        rangeSets[fi].forEach((indexes, ri) => { if (indexes.some((vi) => has(d, fi, vi))) rangeCounts[fi][ri]++; });
      }
    }
    const selected = facets.map((f) => selectedCodes(f, state[f.key]));
    return { kept, counts, rangeCounts, active: selected };
  }

  /** Document d's evidence level (0 when the index has no level facet). */
  const levels = new Float64Array(meta.docs);
  if (levelFacet >= 0) {
    for (let d = 0; d < meta.docs; d++) {
      facets[levelFacet].values.forEach((v, vi) => { if (has(d, levelFacet, vi)) levels[d] = Number(v.code); });
    }
  }

  return { apply, has, levels };
}

/** The value indexes a range covers. */
function rangeIndexes(facet, range) {
  if (!range) return [];
  const from = ageIndex(facet, range.from);
  if (from < 0) return [];
  let to = ageIndex(facet, range.to);
  if (to < 0) to = facet.values.length - 1;
  const out = [];
  for (let vi = from; vi <= to; vi++) out.push(vi);
  return out;
}

/** The codes a facet's state selects, as a Set (for "selected" in the engine's answer). */
function selectedCodes(facet, value) {
  if (value === undefined || value === null) return new Set();
  const match = matchOf(facet);
  if (match === AT_LEAST) return new Set([String(value)]);
  if (match === RANGE) return new Set(rangeIndexes(facet, value).map((vi) => facet.values[vi].code));
  return new Set(value);
}

/** order.bin: each document's place in alphabetical order of its name. */
export function decodeOrder(bytes, width) {
  const out = new Uint32Array(Math.floor(bytes.length / width));
  for (let d = 0; d < out.length; d++) {
    let rank = 0;
    for (let b = width - 1; b >= 0; b--) rank = rank * 256 + bytes[d * width + b];
    out[d] = rank;
  }
  return out;
}

/**
 * A comparator for documents (a, b, scores): 'relevance' (score down), 'level' (evidence level
 * down, then score, then name) or 'name' (alphabetical, by the rank given). Ties fall back to name,
 * then document number, so an order is always complete.
 */
export function comparator(sort, { levels, nameRank }) {
  const byName = (a, b) => (nameRank ? nameRank[a] - nameRank[b] : 0) || a - b;
  if (sort === 'name') return byName;
  if (sort === 'level') return (a, b, scores) => levels[b] - levels[a] || (scores ? scores[b] - scores[a] : 0) || byName(a, b);
  return (a, b, scores) => (scores ? scores[b] - scores[a] : 0) || byName(a, b);
}

/** The sort from the URL (its Danish value), or fallback. */
export function readSort(params, allowed, fallback) {
  const value = params.get(SORT_PARAM);
  const key = Object.keys(SORTS).find((k) => SORTS[k] === value);
  return key && allowed.includes(key) ? key : fallback;
}
