// The compare selection, DOM-free: 2–4 interventions chosen from cards, search results and entry
// pages, kept in the browser's storage between pages, and the shareable address of the compare page
// (sammenlign/index.html?indsatser=a,b,c). compare-links.js and compare-page.js draw it.

export const MAX = 4;
export const PARAM = 'indsatser';
export const STORAGE_KEY = 'ik-sammenlign';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slugs of ?indsatser=a,b,c (also a&indsatser=b): valid and distinct, in order. */
export function readSlugs(params) {
  const out = [];
  for (const value of params.getAll(PARAM)) {
    for (const slug of value.split(',').map((s) => s.trim())) if (SLUG.test(slug) && !out.includes(slug)) out.push(slug);
  }
  return out;
}

/** The compare page's address for slugs, relative to pageUrl (the compare page itself). */
export function compareHref(pageUrl, slugs) {
  return slugs.length ? `${pageUrl}?${PARAM}=${slugs.join(',')}` : pageUrl;
}

/**
 * Adds or removes item ({ slug, name }) in list: { list, change } where change is 'added',
 * 'removed' or 'full' (already MAX; the list is unchanged).
 */
export function toggle(list, item) {
  if (list.some((x) => x.slug === item.slug)) return { list: list.filter((x) => x.slug !== item.slug), change: 'removed' };
  if (list.length >= MAX) return { list, change: 'full' };
  return { list: [...list, item], change: 'added' };
}

/** What the tray's live region says after a change, in Danish. */
export function changeText(change, item, list) {
  const name = `»${item.name}«`;
  if (change === 'full') return `Du kan sammenligne højst ${MAX} indsatser. Fjern en, før du tilføjer ${name}.`;
  const count = list.length === 1 ? '1 indsats valgt' : `${list.length} indsatser valgt`;
  return change === 'added' ? `${name} er tilføjet til sammenligningen. ${count}.` : `${name} er fjernet fra sammenligningen. ${count}.`;
}

/** The stored selection (never more than MAX, never malformed). */
export function load(storage) {
  try {
    const list = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter((x) => x && SLUG.test(x.slug) && typeof x.name === 'string').slice(0, MAX);
  } catch {
    return [];
  }
}

export function save(storage, list) {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(list.slice(0, MAX)));
  } catch {
    // Storage may be full or off (private windows): the selection then lasts for this page only.
  }
}

/**
 * Rows that differ: given each entry's values for a row (arrays of codes or one string), whether
 * they are all the same, and for arrays which codes not every entry has.
 */
export function difference(values) {
  const keyOf = (v) => (Array.isArray(v) ? [...v].sort().join('\u0000') : String(v ?? ''));
  const same = values.every((v) => keyOf(v) === keyOf(values[0]));
  const lists = values.filter(Array.isArray);
  const notShared = new Set();
  if (lists.length === values.length) {
    for (const list of lists) for (const code of list) if (!lists.every((l) => l.includes(code))) notShared.add(code);
  }
  return { same, notShared };
}

/** The first sentence of a text (at most about 150 characters): what one A4 page has room for. */
export function firstSentence(text, max = 150) {
  // A sentence ends after a small letter, digit or closing mark, so the initials in "A.P. Møller" do not end one.
  const m = /^(.{20,}?[a-zæøå0-9)»"][.!?])(?=\s+[A-ZÆØÅ0-9"»(])/su.exec(text);
  const first = m ? m[1] : text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)} …`;
}
