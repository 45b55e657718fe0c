// The one filter component every list shares (home, all interventions, theme and target-group
// pages, the search page): a "Filtre (n)" button, the sort order, "Ryd filtre", and a panel of the
// index's facets, each saying how several choices combine (filters.js). Phone first: below 64rem
// the panel is closed until the button opens it, so results come first; from 64rem it sits beside
// the results. Built from search/meta.json; every text is inserted as text, never as HTML.

import { ACROSS, AT_LEAST, HINTS, RANGE, activeCount, parseRange, rangeCode, withValue } from './filters.js';
import { el } from '../dom.js';

const SORT_LABELS = { relevance: 'Relevans', level: 'Evidens (højest først)', name: 'Navn (A–Å)' };
/** Facets whose group starts closed unless something in it is chosen. */
const CLOSED = new Set(['cost', 'anchoring', 'outcomeDomain']);
const WIDE = '(min-width: 64rem)';


/**
 * Draws the component into container. options: meta; state; sort and sorts (keys of SORT_LABELS,
 * none for no sort control); hide (facet keys not offered, e.g. the theme on a theme page);
 * exclude ({ key: code } not offered, e.g. the page's own target group); onChange(state, sort);
 * onDone() (the panel's "Vis N indsatser" on a phone: focus the results); toggleLabel (default "Filtre").
 * Returns { update(result, shown), set(state, sort) }: result is the filter's apply() answer.
 */
export function createFilterPanel(container, options) {
  const { meta, sorts = [], hide = [], exclude = {}, onChange, onDone, toggleLabel = 'Filtre' } = options;
  let state = options.state;
  let sort = options.sort;
  const wide = window.matchMedia(WIDE);

  const count = el('span', { class: 'ik-filters__count' });
  const toggle = el('button', { type: 'button', class: 'ik-filters__toggle', 'aria-expanded': 'false', 'aria-controls': 'ik-filters-panel' },
    toggleLabel, count);
  // Shown only while something is chosen; hidden from the start, so it never flickers in and out.
  const clear = el('button', { type: 'button', class: 'ik-filters__clear', hidden: activeCount(state, meta) === 0 }, 'Ryd filtre');
  const bar = el('div', { class: 'ik-filters__bar' }, toggle);
  let select = null;
  if (sorts.length > 1) {
    select = el('select', { id: 'ik-filters-sort', class: 'ik-filters__sort' });
    for (const key of sorts) select.append(el('option', { value: key }, SORT_LABELS[key]));
    bar.append(el('span', { class: 'ik-filters__sorting' }, el('label', { for: 'ik-filters-sort' }, 'Sortér'), select));
    select.addEventListener('change', () => { sort = select.value; onChange(state, sort); });
  }
  bar.append(clear);

  const panel = el('div', { class: 'ik-filters__panel', id: 'ik-filters-panel', role: 'group', 'aria-labelledby': 'ik-filters-title' },
    el('h2', { class: 'ik-filters__title', id: 'ik-filters-title' }, 'Filtre'),
    el('p', { class: 'ik-filters__across' }, ACROSS));
  const done = el('button', { type: 'button', class: 'ik-filters__done' }, 'Vis resultater');
  const controls = []; // { facet, value|range|all, input, count }

  for (const facet of meta.facets) {
    if (hide.includes(facet.key)) continue;
    const match = facet.match ?? 'any';
    const hintId = `ik-filters-hint-${facet.param}`;
    // One value (the no-effect flag) needs no word on how several combine.
    const hint = facet.values.length > 1 ? el('p', { class: 'ik-filters__hint', id: hintId }, HINTS[match] ?? HINTS.any) : null;
    const fieldset = el('fieldset', { class: 'ik-filters__fieldset', 'aria-describedby': hint ? hintId : null },
      el('legend', { class: 'ik-filters__legend' }, facet.label), // the summary shows it; the legend names the group
      hint);
    const chosen = el('span', { class: 'ik-filters__chosen' });
    const group = el('details', { class: 'ik-filters__facet', 'data-facet': facet.key },
      el('summary', { class: 'ik-filters__summary' }, el('span', {}, facet.label), chosen), fieldset);
    if (!CLOSED.has(facet.key)) group.open = true;

    if (match === AT_LEAST) {
      fieldset.append(option(facet, 'radio', '', 'Alle niveauer', { all: true }));
      facet.values.slice(1).forEach((v) => {
        fieldset.append(option(facet, 'radio', v.code, `Mindst niveau ${v.code}: ${v.label.replace(/^\d+\s*/, '')}`, { value: v.code }));
      });
    } else if (match === RANGE) {
      fieldset.append(option(facet, 'radio', '', 'Alle aldre', { all: true }));
      for (const r of facet.ranges ?? []) fieldset.append(option(facet, 'radio', r.code, r.label, { range: parseRange(r.code) }));
      const id = `ik-facet-${facet.param}-n`;
      const input = el('input', { type: 'number', id, class: 'ik-filters__number', min: '0', max: '120', step: '1', inputmode: 'numeric' });
      fieldset.append(el('div', { class: 'ik-filters__option ik-filters__option--number' },
        el('label', { for: id }, 'Bestemt alder (år)'), input));
      const apply = () => {
        const n = input.value.trim() === '' ? null : parseRange(input.value);
        if (input.value.trim() !== '' && !n) return;
        state = withValue(state, facet.key, n);
        onChange(state, sort);
      };
      input.addEventListener('change', apply);
      input.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); apply(); } });
      controls.push({ facet, ageInput: true, input });
    } else {
      for (const v of facet.values) {
        if (exclude[facet.key] === v.code) continue;
        fieldset.append(option(facet, 'checkbox', v.code, v.label, { value: v.code, many: true }));
      }
    }
    controls.push({ facet, group, chosen });
    panel.append(group);
  }
  panel.append(done);
  container.append(el('div', { class: 'ik-filters' }, bar, panel));

  /** One checkbox or radio with its label and live count. */
  function option(facet, type, code, label, what) {
    const id = `ik-facet-${facet.param}-${code || 'alle'}`;
    const input = el('input', { type, id, name: facet.param, value: code, class: 'ik-filters__input' });
    const countOf = el('span', { class: 'ik-filters__number-of' });
    input.addEventListener('change', () => {
      if (what.many) {
        const codes = new Set(state[facet.key] ?? []);
        if (input.checked) codes.add(code); else codes.delete(code);
        state = withValue(state, facet.key, facet.values.map((v) => v.code).filter((c) => codes.has(c)));
      } else if (input.checked) {
        state = withValue(state, facet.key, what.all ? null : what.range ?? what.value);
      }
      onChange(state, sort);
    });
    controls.push({ facet, input, countOf, ...what });
    return el('div', { class: 'ik-filters__option' }, input, el('label', { for: id }, `${label} `, countOf));
  }

  function setOpen(open) {
    panel.classList.toggle('ik-filters__panel--open', open);
    toggle.setAttribute('aria-expanded', String(open));
  }
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) panel.querySelector('summary')?.focus();
  });
  done.addEventListener('click', () => { if (!wide.matches) setOpen(false); toggle.focus(); onDone?.(); });
  clear.addEventListener('click', () => {
    state = {};
    onChange(state, sort);
    (wide.matches || toggle.getAttribute('aria-expanded') === 'true' ? panel.querySelector('summary') : toggle)?.focus();
  });

  /** Shows the state and the counts of result (the filter's apply() answer); shown is how many the list has now. */
  function update(result, shown) {
    const n = activeCount(state, meta);
    count.textContent = n ? ` (${n})` : '';
    clear.hidden = n === 0;
    done.textContent = shown === 1 ? 'Vis 1 indsats' : `Vis ${shown} indsatser`;
    if (select) select.value = sort;
    for (const c of controls) {
      const fi = meta.facets.indexOf(c.facet);
      const value = state[c.facet.key];
      if (c.group) {
        const chosenCount = value === undefined ? 0 : Array.isArray(value) ? value.length : 1;
        c.chosen.textContent = chosenCount ? ` (${chosenCount} valgt)` : '';
        if (chosenCount) c.group.open = true;
      } else if (c.ageInput) {
        const own = value && !(c.facet.ranges ?? []).some((r) => r.code === rangeCode(value)) ? rangeCode(value) : '';
        if (document.activeElement !== c.input) c.input.value = own;
      } else if (c.all) {
        c.input.checked = value === undefined;
        c.countOf.textContent = '';
      } else if (c.range) {
        c.input.checked = value !== undefined && rangeCode(value) === rangeCode(c.range);
        const ri = c.facet.ranges.findIndex((r) => r.code === c.input.value);
        c.countOf.textContent = `(${result.rangeCounts[fi][ri]})`;
      } else {
        const vi = c.facet.values.findIndex((v) => v.code === c.value);
        c.input.checked = c.many ? (value ?? []).includes(c.value) : value === c.value;
        const k = result.counts[fi][vi];
        c.countOf.textContent = `(${k})`;
        c.input.closest('.ik-filters__option').classList.toggle('ik-filters__option--none', k === 0 && !c.input.checked);
      }
    }
  }

  function set(nextState, nextSort) {
    state = nextState;
    sort = nextSort;
  }

  wide.addEventListener('change', () => setOpen(false));
  setOpen(false);
  return { update, set, panel, toggle };
}

