// The compare page (sammenlign/): 2–4 interventions side by side, from ?indsatser=a,b,c (shareable)
// or the selection made on other pages. Each entry's compare data is a small JSON file the build
// writes (sammenlign/indsatser/<slug>.json). One table: a column per intervention, a row per
// question (level and what set it, target groups and ages, themes, what it takes, anchoring,
// partners, places, what is not known); rows where all are alike are marked, values not every
// intervention has are emphasised, and "Vis kun forskelle" hides the alike rows.

import { MAX, PARAM, compareHref, difference, firstSentence, load, readSlugs, save } from './compare.js';
import { badge, el } from '../dom.js';

const root = document.querySelector('[data-module="ik-compare"]');

const siteRoot = new URL(root?.dataset.root ?? '../', location.href);
const unknown = (text) => el('span', { class: 'ik-compare__unknown' }, text ?? 'Ikke oplyst i kilderne');

/** A list of terms, emphasising those not every compared entry has. */
function terms(items, notShared) {
  if (!items.length) return unknown('Ingen');
  return el('ul', { class: 'ik-compare__terms' }, ...items.map((t) => el('li', {},
    notShared.has(t.code) ? el('strong', { class: 'ik-compare__not-shared' }, t.label) : t.label)));
}

/** A text in full on screen, and its first sentence on paper (when shorter). */
function prose(text) {
  if (text === null || text === undefined) return unknown();
  const short = firstSentence(text);
  if (short === text) return text;
  return el('span', {}, el('span', { class: 'ik-compare__screen' }, text), el('span', { class: 'ik-compare__paper' }, short));
}

/** How many items of a long list one A4 page has room for. */
const ON_PAPER = 3;

function texts(items, empty) {
  if (!items?.length) return unknown(empty);
  const list = el('ul', { class: 'ik-compare__texts' },
    ...items.map((t, i) => el('li', { class: i < ON_PAPER ? null : 'ik-compare__screen' }, prose(t))));
  if (items.length > ON_PAPER) list.append(el('li', { class: 'ik-compare__paper' }, `… og ${items.length - ON_PAPER} mere på indsatsens side.`));
  return list;
}

/** Names joined by commas; on paper the first few and how many more. */
function names(items, empty) {
  if (!items.length) return unknown(empty);
  if (items.length <= ON_PAPER + 2) return items.join(', ');
  return el('span', {}, el('span', { class: 'ik-compare__screen' }, items.join(', ')),
    el('span', { class: 'ik-compare__paper' }, `${items.slice(0, ON_PAPER + 2).join(', ')} og ${items.length - ON_PAPER - 2} flere`));
}

/** Every row: a label, its cell per entry, and the value compared for "alike". */
const ROWS = [
  { label: 'Evidensniveau', key: (e) => `${e.level.number}${e.noEffect ? '!' : ''}`, cell: (e) => el('div', {}, badge(`[data-evidence-badge="${e.level.number}"]`),
    e.noEffect ? el('p', { class: 'ik-compare__flag' }, badge('[data-no-effect-flag]')) : null) },
  { label: 'Hvad satte niveauet', key: (e) => e.setBy.map((f) => f.kind + f.design).join('|'), cell: (e) => (e.setBy.length
    ? el('ul', { class: 'ik-compare__findings' }, ...e.setBy.map((f) => el('li', {},
      el('span', { class: 'ik-compare__finding-head' }, `Fund ${f.number}: ${f.kind} · ${f.domain}`), ' ',
      el('span', { class: 'ik-compare__design' }, `(${f.design})`), ' ', el('span', { class: 'ik-compare__screen ik-compare__finding' }, f.finding))))
    : unknown('Intet fund viser en positiv forandring; niveauet er 1.')) },
  { label: 'Målgrupper', codes: (e) => e.targetGroups.map((t) => t.code), cell: (e, d) => terms(e.targetGroups, d.notShared) },
  { label: 'Alder', key: (e) => e.ages ?? '', cell: (e) => (e.ages ? e.ages : unknown('Ikke oplyst')) },
  { label: 'Temaer', codes: (e) => e.themes.map((t) => t.code), cell: (e, d) => terms(e.themes, d.notShared) },
  { label: 'Hvem står for det', key: (e) => e.deliveredBy ?? '', cell: (e) => prose(e.deliveredBy) },
  { label: 'Bemanding', key: (e) => e.staffing ?? '', cell: (e) => prose(e.staffing) },
  { label: 'Varighed', key: (e) => e.duration ?? '', cell: (e) => prose(e.duration) },
  { label: 'Pris', key: (e) => e.costBand.code, cell: (e) => el('div', {}, el('strong', {}, e.costBand.label),
    e.cost ? ' ' : null, e.cost ? prose(e.cost) : null) },
  { label: 'Forankring', codes: (e) => e.anchoring.map((t) => t.code), cell: (e, d) => terms(e.anchoring, d.notShared) },
  { label: 'Samarbejdspartnere', key: (e) => e.partners.join('|'), cell: (e) => names(e.partners, 'Ingen nævnt') },
  { label: 'Hvor den bruges', key: (e) => e.places.join('|'), cell: (e) => names(e.places, 'Ingen steder nævnt') },
  { label: 'Det vides ikke', key: (e) => e.knowledgeGaps.join('|'), cell: (e) => texts(e.knowledgeGaps, 'Ingen huller nævnt') },
];

async function fetchEntry(slug) {
  const response = await fetch(new URL(`indsatser/${slug}.json`, location.href));
  if (!response.ok) return null;
  return response.json();
}

async function start() {
  const params = new URLSearchParams(location.search);
  let slugs = readSlugs(params);
  if (!params.has(PARAM)) slugs = load(localStorage).map((x) => x.slug);
  const tooMany = slugs.length > MAX;
  slugs = slugs.slice(0, MAX);

  const table = root.querySelector('[data-compare-table]');
  const scroller = root.querySelector('[data-compare-scroll]');
  const status = root.querySelector('[data-compare-status]');
  const notes = root.querySelector('[data-compare-notes]');
  const onlyDifferences = root.querySelector('[data-compare-differences]');
  const picker = root.querySelector('[data-compare-picker]');
  const select = root.querySelector('[data-compare-add]');
  root.querySelector('[data-compare-fallback]').hidden = true;
  root.querySelector('[data-compare-app]').hidden = false;

  const loaded = new Map();
  const missing = [];
  for (const [slug, entry] of await Promise.all(slugs.map(async (s) => [s, await fetchEntry(s)]))) {
    if (entry) loaded.set(slug, entry); else missing.push(slug);
  }
  let chosen = slugs.filter((s) => loaded.has(s));

  function commit(push) {
    save(localStorage, chosen.map((s) => ({ slug: s, name: loaded.get(s).name })));
    const url = compareHref(location.pathname, chosen);
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function render(focus) {
    const entries = chosen.map((s) => loaded.get(s));
    notes.replaceChildren();
    if (missing.length) notes.append(el('p', { class: 'ik-notice ik-notice--warning' }, `Findes ikke i kataloget: ${missing.map((s) => `»${s}«`).join(', ')}.`));
    if (tooMany) notes.append(el('p', { class: 'ik-notice' }, `Du kan sammenligne højst ${MAX} indsatser; de første ${MAX} vises.`));
    if (entries.length < 2) {
      notes.append(el('p', { class: 'ik-notice' }, entries.length === 0
        ? 'Du har ikke valgt nogen indsatser endnu. Vælg 2–4 med »Sammenlign« på indsatsernes kort, i søgeresultaterne eller på en indsats’ side – eller vælg herunder.'
        : 'Vælg mindst én indsats mere: brug »Sammenlign« på indsatsernes kort i listerne, i søgeresultaterne eller på en indsats’ side, eller vælg herunder.'));
    }
    status.textContent = entries.length === 1 ? 'Viser 1 indsats.' : `Sammenligner ${entries.length} indsatser.`;

    for (const option of select.options) option.disabled = option.value !== '' && chosen.includes(option.value);
    picker.querySelector('button').disabled = chosen.length >= MAX;
    select.disabled = chosen.length >= MAX;
    root.querySelector('[data-compare-full]').hidden = chosen.length < MAX;

    table.replaceChildren();
    scroller.hidden = entries.length === 0; // an empty region would still take focus
    if (!entries.length) return;
    const head = el('tr', {}, el('th', { scope: 'col', class: 'ik-compare__corner' }, 'Indsats'));
    entries.forEach((e, i) => {
      const remove = el('button', { type: 'button', class: 'ik-compare__remove', 'data-slug': e.slug },
        'Fjern', el('span', { class: 'ik-visually-hidden' }, ` ${e.name}`));
      remove.addEventListener('click', () => {
        chosen = chosen.filter((s) => s !== e.slug);
        commit(true);
        render(chosen[Math.min(i, chosen.length - 1)] ?? 'picker');
      });
      head.append(el('th', { scope: 'col', class: 'ik-compare__entry' },
        el('a', { href: new URL(e.url, siteRoot).href }, e.name), ' ', remove));
    });
    const body = el('tbody');
    for (const row of ROWS) {
      const values = entries.map((e) => (row.codes ? row.codes(e) : row.key(e)));
      const diff = difference(values);
      const same = entries.length > 1 && diff.same;
      const tr = el('tr', { class: `ik-compare__row${same ? ' ik-compare__row--same' : ''}` },
        el('th', { scope: 'row' }, row.label, same ? el('span', { class: 'ik-compare__same' }, ' Ens for alle') : null));
      for (const e of entries) tr.append(el('td', {}, row.cell(e, diff)));
      body.append(tr);
    }
    table.append(el('caption', {}, entries.length === 1 ? `${entries[0].name}` : `Sammenligning af ${entries.length} indsatser`),
      el('thead', {}, head), body);
    table.classList.toggle('ik-compare__table--differences', onlyDifferences.checked);
    table.dataset.columns = String(entries.length);
    root.querySelector('[data-compare-address]').textContent = `Sammenligningen: ${location.href} · Hele teksterne står på indsatsernes sider.`;

    if (focus === 'picker') select.focus();
    else if (focus) table.querySelector(`.ik-compare__remove[data-slug="${focus}"]`)?.focus();
  }

  picker.addEventListener('submit', async (event) => {
    event.preventDefault();
    const slug = select.value;
    if (!slug || chosen.includes(slug) || chosen.length >= MAX) return;
    if (!loaded.has(slug)) {
      const entry = await fetchEntry(slug);
      if (!entry) return;
      loaded.set(slug, entry);
    }
    chosen = [...chosen, slug];
    select.value = '';
    commit(true);
    render();
    status.focus();
  });
  onlyDifferences.addEventListener('change', () => {
    table.classList.toggle('ik-compare__table--differences', onlyDifferences.checked);
  });
  root.querySelector('[data-compare-print]').addEventListener('click', () => window.print());
  window.addEventListener('popstate', async () => {
    const again = readSlugs(new URLSearchParams(location.search)).slice(0, MAX);
    for (const slug of again) if (!loaded.has(slug)) { const entry = await fetchEntry(slug); if (entry) loaded.set(slug, entry); }
    chosen = again.filter((s) => loaded.has(s));
    save(localStorage, chosen.map((s) => ({ slug: s, name: loaded.get(s).name })));
    render();
  });

  commit(false);
  render();
}

if (root) start().catch(() => { /* the page's explanation without JavaScript stays */ });
