// Filters on the static lists. Every list page works without JavaScript (all its cards are in the
// HTML); this script adds the shared filter component and sorting:
//   [data-module="ik-find-list"]  a list of cards ([data-find-results] > li[data-doc]): cards are
//                                 shown, hidden and reordered in place; state in the URL; Back works.
//   [data-module="ik-find-home"]  the home page's filters: live counts and a link to the full list
//                                 with the same filters ([data-find-go]); counts on the quick links
//                                 ([data-find-chip]).
// Cards carry the search index's document numbers, so the filter reads the index's facet bits.

import { SORT_PARAM, SORTS, comparator, createFacetFilter, readSort, readState, withValue, writeState } from './filters.js';
import { entries, summary } from './summary.js';
import { createFilterPanel } from './filter-panel.js';

const LIST_SORTS = ['name', 'level'];

/** The index's meta file and facet bits: all a list needs of the search index (not its engine). */
async function open(root) {
  const base = new URL(root.dataset.index.replace(/\/?$/, '/'), document.baseURI);
  const get = async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`search index: ${path} answered ${response.status}`);
    return response;
  };
  const [meta, bytes] = await Promise.all([get('meta.json').then((r) => r.json()),
    get('facets.bin').then((r) => r.arrayBuffer())]);
  return { meta, filter: createFacetFilter(meta, new Uint8Array(bytes)) };
}

/** The page's own facet value (a theme page's theme), which the list already has. */
function fixedOf(root, meta) {
  const facet = meta.facets.find((f) => f.key === root.dataset.fixedFacet);
  return facet ? { facet, code: root.dataset.fixedCode } : null;
}

function urlOf(state, sort, meta, defaultSort) {
  const params = writeState(state, meta);
  if (sort !== defaultSort) params.set(SORT_PARAM, SORTS[sort]);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

async function startList(root) {
  const { meta, filter } = await open(root);
  const list = root.querySelector('[data-find-results]');
  const status = root.querySelector('[data-find-status]');
  const none = root.querySelector('[data-find-none]');
  const items = [...list.querySelectorAll(':scope > [data-doc]')];
  const docs = items.map((li) => Number(li.dataset.doc));
  const byDoc = new Map(items.map((li, i) => [docs[i], li]));
  // The cards come in alphabetical order (Danish collation, from the build): that is the name order.
  const nameRank = new Uint32Array(meta.docs);
  docs.forEach((d, i) => { nameRank[d] = i; });
  const fixed = fixedOf(root, meta);
  const ownValue = fixed && (fixed.facet.match === 'all' || (fixed.facet.match ?? 'any') === 'any');

  const read = () => {
    const params = new URLSearchParams(location.search);
    let state = readState(params, meta);
    if (fixed && fixed.facet.match !== 'all') state = withValue(state, fixed.facet.key, null);
    if (fixed && fixed.facet.match === 'all') {
      state = withValue(state, fixed.facet.key, (state[fixed.facet.key] ?? []).filter((c) => c !== fixed.code));
    }
    return { state, sort: readSort(params, LIST_SORTS, 'name') };
  };
  let { state, sort } = read();

  const panel = createFilterPanel(root.querySelector('[data-find-filters]'), {
    meta, state, sort, sorts: LIST_SORTS,
    hide: fixed && fixed.facet.match !== 'all' ? [fixed.facet.key] : [],
    exclude: fixed && fixed.facet.match === 'all' ? { [fixed.facet.key]: fixed.code } : {},
    onChange: (nextState, nextSort) => {
      state = nextState;
      sort = nextSort;
      history.pushState(null, '', urlOf(state, sort, meta, 'name'));
      render();
    },
    onDone: () => status.focus(),
  });
  root.querySelector('[data-find-clear]')?.addEventListener('click', () => {
    state = {};
    panel.set(state, sort);
    history.pushState(null, '', urlOf(state, sort, meta, 'name'));
    render();
    status.focus();
  });

  function render() {
    const result = filter.apply(docs, state);
    const kept = new Set(result.kept);
    const order = [...result.kept].sort(comparator(sort, { levels: filter.levels, nameRank }));
    for (const d of order) { const li = byDoc.get(d); li.hidden = false; list.append(li); }
    for (const d of docs) if (!kept.has(d)) { const li = byDoc.get(d); li.hidden = true; list.append(li); }
    none.hidden = result.kept.length > 0;
    panel.update(result, result.kept.length);
    // The page's own value is part of what the list means, once something else narrows it.
    let said = state;
    if (ownValue && Object.keys(state).length) {
      said = withValue(state, fixed.facet.key, [fixed.code, ...(state[fixed.facet.key] ?? [])]);
    }
    status.textContent = summary(result.kept.length, docs.length, said, meta);
  }

  window.addEventListener('popstate', () => {
    ({ state, sort } = read());
    panel.set(state, sort);
    render();
  });
  root.classList.add('ik-find--ready');
  render();
}

async function startHome(root) {
  const { meta, filter } = await open(root);
  const all = Array.from({ length: meta.docs }, (_, d) => d);
  const go = root.querySelector('[data-find-go]');
  const target = go.getAttribute('href');
  let state = {};
  const panel = createFilterPanel(root.querySelector('[data-find-filters]'), {
    meta, state, sorts: [], toggleLabel: 'Flere filtre',
    onChange: (nextState) => { state = nextState; render(); },
    onDone: () => { location.assign(go.href); },
  });
  for (const chip of root.querySelectorAll('[data-find-chip]')) {
    const chipState = readState(new URL(chip.href).searchParams, meta);
    chip.querySelector('[data-find-chip-count]').textContent = `(${filter.apply(all, chipState).kept.length})`;
  }
  function render() {
    const result = filter.apply(all, state);
    panel.update(result, result.kept.length);
    const query = writeState(state, meta).toString();
    go.setAttribute('href', query ? `${target}?${query}` : target);
    go.textContent = Object.keys(state).length ? `Vis ${entries(result.kept.length)}` : 'Se alle indsatser';
  }
  root.classList.add('ik-find--ready');
  render();
}

for (const root of document.querySelectorAll('[data-module="ik-find-list"]')) {
  startList(root).catch(() => { /* the static list stays as it is */ });
}
for (const root of document.querySelectorAll('[data-module="ik-find-home"]')) {
  startHome(root).catch(() => { /* the quick links and the full list still work */ });
}
