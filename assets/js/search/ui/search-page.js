// The search page's UI: binds [data-module="ik-search"], searches as the user types, renders
// results with highlighted matches and facets with live counts, keeps the state in the URL
// (shareable; Back and Forward restore it) and announces result counts to screen readers. It says
// what the engine understood (explain.js), offers "Mente du …?", marks the words a partial match
// lacks (struck through and said in words: "Mangler: …") and, when nothing matches every word,
// links to the target-group and theme lists. The filters and sort order are the lists' shared
// component (js/find/filter-panel.js, filters.js); each result can be added to the comparison
// (js/find/compare-links.js, loaded at the first "Sammenlign" or when something is already chosen,
// so a first search does not fetch it).
// All text is inserted as text nodes; nothing from the index goes through innerHTML.

import { openIndex } from '../core/engine.js';
import { hasConditions, statusText, wordNotes } from './explain.js';
import { SORT_PARAM, SORTS, activeCount, comparator, createFacetFilter, decodeOrder, readSort, readState as readFilters, writeState } from '../../find/filters.js';
import { createFilterPanel } from '../../find/filter-panel.js';
import { badge, el } from '../../dom.js';

const PAGE_SIZE = 10;
const ANNOUNCE_DELAY = 500;
const HISTORY_DELAY = 800;

function marked(parts) {
  const frag = document.createDocumentFragment();
  for (const part of parts) frag.append(part.match ? el('mark', { class: 'ik-search__mark' }, part.text) : part.text);
  return frag;
}

const SEARCH_SORTS = ['relevance', 'level', 'name'];

function readState(meta) {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q') ?? '', filters: readFilters(params, meta), sort: readSort(params, SEARCH_SORTS, 'relevance') };
}

function stateUrl(state, meta) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  writeState(state.filters, meta, params);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, SORTS[state.sort]);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** A note's segments as nodes: quoted words in »« as text, links (to the evidence scale) as links. */
function sentence(segments) {
  const p = el('p', { class: 'ik-search__note' });
  for (const part of segments) p.append(part.href ? el('a', { href: part.href }, part.text) : part.quote ? `»${part.text}«` : part.text);
  return p;
}

async function start(root) {
  const form = root.querySelector('[data-search-form]');
  const input = root.querySelector('[data-search-input]');
  const layout = root.querySelector('[data-search-layout]');
  const facetsBox = root.querySelector('[data-search-facets]');
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  const more = root.querySelector('[data-search-more]');
  const notesBox = root.querySelector('[data-search-notes]');
  const browse = root.querySelector('[data-search-browse]');

  const index = await openIndex(new URL(root.dataset.index, document.baseURI).href);
  const scaleUrl = root.dataset.scale;
  const meta = index.meta;
  const [facetBytes, nameRank] = await Promise.all([index.facets(),
    index.get('order.bin').then((r) => r.arrayBuffer()).then((b) => decodeOrder(new Uint8Array(b), meta.orderBytes ?? 2)).catch(() => null)]);
  const filter = createFacetFilter(meta, facetBytes);
  let filtered = null; // the filter's last answer, with the counts the panel shows
  const facetFilter = { apply: (docs, filters) => (filtered = filter.apply(docs, filters)) };
  let compare = null;
  const loadCompare = () => (compare ??= import('../../find/compare-links.js'));
  // compare.js's STORAGE_KEY, read here so a first search without a selection never loads compare.js.
  if ((localStorage.getItem('ik-sammenlign') ?? '[]') !== '[]') loadCompare();
  let evidenceNotes = null;
  // Without it (offline, say) the page still shows the results and the words' notes.
  const loadEvidenceNotes = () => (evidenceNotes ??= import('./explain-evidence.js').catch(() => { evidenceNotes = null; return null; }));
  list.addEventListener('click', (event) => {
    const button = event.target.closest('[data-compare-slug]:not([data-compare-ready])');
    if (!button) return;
    loadCompare().then((module) => { module.enhanceAll(list); button.click(); });
  });
  root.querySelector('[data-search-fallback]').hidden = true;
  layout.hidden = false;

  let state = readState(meta);
  let limit = PAGE_SIZE;
  let sequence = 0;
  let announceTimer = 0;
  let historyTimer = 0;
  input.value = state.q;

  // The shared filter component; its controls are built once and updated in place, so focus stays put.
  const panel = createFilterPanel(facetsBox, {
    meta, state: state.filters, sort: state.sort, sorts: SEARCH_SORTS,
    onChange: (filters, sort) => {
      state = { ...state, filters, sort };
      limit = PAGE_SIZE;
      commit(true);
    },
    onDone: () => status.focus(),
  });

  function commit(push) {
    clearTimeout(historyTimer);
    const url = stateUrl(state, meta);
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    run();
  }

  async function run() {
    const mine = ++sequence;
    const hasFilters = activeCount(state.filters, meta) > 0;
    // Relevance with words is the engine's own ranking (ties in index order, as its shards' top documents
    // assume); filters alone list by name, and the other orders sort every match.
    const order = state.sort === 'relevance' && state.q.trim() ? null : comparator(state.sort, { levels: filter.levels, nameRank });
    const answer = await index.search(state.q, { filters: state.filters, limit, facetFilter, order });
    if (mine !== sequence) return; // a newer query has answered or will answer
    // The sentences for evidence words come the first time a query has them; without them, the words' notes.
    const evidence = hasConditions(answer) ? await loadEvidenceNotes() : null;
    if (mine !== sequence) return;
    panel.set(state.filters, state.sort);
    panel.update(filtered, answer.total);
    list.replaceChildren();
    notesBox.replaceChildren();
    if (!state.q.trim() && !hasFilters) {
      more.hidden = true;
      browse.hidden = true;
      announce(statusText(answer, state.q, hasFilters));
      return;
    }
    for (const note of evidence ? evidence.notes(answer, meta, { scaleUrl }) : wordNotes(answer)) notesBox.append(sentence(note));
    if (answer.suggestion) {
      const link = el('a', { href: stateUrl({ ...state, q: answer.suggestion }, meta), class: 'ik-search__suggestion-link' }, `»${answer.suggestion}«`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = answer.suggestion;
        state = { ...state, q: answer.suggestion };
        limit = PAGE_SIZE;
        commit(true);
        input.focus();
      });
      notesBox.append(el('p', { class: 'ik-search__note ik-search__suggestion' }, 'Mente du ', link, '?'));
    }
    for (const r of answer.results) {
      const badges = el('p', { class: 'ik-search__badges' }, badge(`[data-evidence-badge="${r.level}"]`));
      if (r.noEffect) badges.append(' ', badge('[data-no-effect-flag]'));
      const item = el('li', { class: 'ik-search__result' },
        el('h2', { class: 'ik-search__title' }, el('a', { href: r.url, class: 'ik-search__link' }, marked(r.titleParts))),
        badges,
        el('p', { class: 'ik-search__snippet' }, marked(r.snippet)),
        el('button', { type: 'button', class: 'ik-compare-toggle', 'data-compare-slug': r.slug, 'data-compare-name': r.title,
          'aria-pressed': 'false' }, 'Sammenlign', el('span', { class: 'ik-visually-hidden' }, ` ${r.title}`)));
      if (r.missing.length) {
        // Struck through as large search engines do, and said in words for those who do not see it.
        const missing = el('p', { class: 'ik-search__missing' }, 'Mangler: ');
        r.missing.forEach((word, i) => missing.append(i ? ', ' : '', el('s', {}, word)));
        item.append(missing);
      }
      list.append(item);
    }
    compare?.then((module) => module.enhanceAll(list));
    more.hidden = answer.total <= answer.results.length;
    browse.hidden = answer.complete > 0;
    announce(statusText(answer, state.q, hasFilters));
  }

  // Screen readers hear the count once typing pauses, not at every keystroke.
  function announce(text) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { status.textContent = text; }, ANNOUNCE_DELAY);
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    limit = PAGE_SIZE;
    history.replaceState(null, '', stateUrl(state, meta));
    clearTimeout(historyTimer);
    historyTimer = setTimeout(() => history.pushState(null, '', stateUrl(state, meta)), HISTORY_DELAY);
    run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector('.ik-search__link');
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
  });
  // Arrow keys move between results' titles (Tab also reaches their badges); the input is one Up away from the first.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('.ik-search__link')];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus(); else if (next < links.length) links[next].focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value };
    commit(true);
  });
  more.addEventListener('click', () => {
    const shown = list.children.length;
    limit += PAGE_SIZE;
    run().then(() => list.children[shown]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    state = readState(meta);
    input.value = state.q;
    limit = PAGE_SIZE;
    run();
  });
  run();
}

const root = document.querySelector('[data-module="ik-search"]');
if (root) start(root).catch(() => { /* the static listings stay visible */ });
