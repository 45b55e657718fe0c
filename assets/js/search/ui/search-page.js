// The search page's UI: binds [data-module="ik-search"], searches as the user types, renders
// results with highlighted matches and facets with live counts, keeps the state in the URL
// (shareable; Back and Forward restore it) and announces result counts to screen readers. It says
// what the engine understood (explain.js), offers "Mente du …?", marks the words a partial match
// lacks (struck through and said in words: "Mangler: …") and, when nothing matches every word,
// links to the target-group and theme lists.
// All text is inserted as text nodes; nothing from the index goes through innerHTML.

import { openIndex } from '../core/engine.js';
import { notes, statusText } from './explain.js';

const PAGE_SIZE = 10;
const ANNOUNCE_DELAY = 500;
const HISTORY_DELAY = 800;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value; else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function marked(parts) {
  const frag = document.createDocumentFragment();
  for (const part of parts) frag.append(part.match ? el('mark', { class: 'ik-search__mark' }, part.text) : part.text);
  return frag;
}

function readState(meta) {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const facet of meta.facets) {
    const codes = params.getAll(facet.param).filter((c) => facet.values.some((v) => v.code === c));
    if (codes.length) filters[facet.key] = codes;
  }
  return { q: params.get('q') ?? '', filters };
}

function stateUrl(state, meta) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const facet of meta.facets) for (const code of state.filters[facet.key] ?? []) params.append(facet.param, code);
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
  index.warm();
  const meta = index.meta;
  root.querySelector('[data-search-fallback]').hidden = true;
  layout.hidden = false;

  let state = readState(meta);
  let limit = PAGE_SIZE;
  let sequence = 0;
  let announceTimer = 0;
  let historyTimer = 0;
  input.value = state.q;

  // Facets: one fieldset of checkboxes per facet, built once; counts and states updated in place so focus stays put.
  const boxes = new Map();
  for (const facet of meta.facets) {
    const fieldset = el('fieldset', { class: 'ik-search__facet' }, el('legend', { class: 'ik-search__facet-legend' }, facet.label));
    for (const value of facet.values) {
      const id = `ik-facet-${facet.param}-${value.code}`;
      const box = el('input', { type: 'checkbox', id, name: facet.param, value: value.code, class: 'ik-search__checkbox' });
      const count = el('span', { class: 'ik-search__count' });
      fieldset.append(el('div', { class: 'ik-search__option' }, box, el('label', { for: id }, `${value.label} `, count)));
      boxes.set(`${facet.key}:${value.code}`, { box, count, facet, value });
      box.addEventListener('change', () => {
        const codes = new Set(state.filters[facet.key] ?? []);
        if (box.checked) codes.add(value.code); else codes.delete(value.code);
        state = { ...state, filters: { ...state.filters, [facet.key]: [...codes] } };
        limit = PAGE_SIZE;
        commit(true);
      });
    }
    facetsBox.append(fieldset);
  }

  function commit(push) {
    clearTimeout(historyTimer);
    const url = stateUrl(state, meta);
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    run();
  }

  async function run() {
    const mine = ++sequence;
    const hasFilters = Object.values(state.filters).some((codes) => codes.length);
    const answer = await index.search(state.q, { filters: state.filters, limit });
    if (mine !== sequence) return; // a newer query has answered or will answer
    for (const { box, count, facet, value } of boxes.values()) {
      const shown = answer.facets.find((f) => f.key === facet.key).values.find((v) => v.code === value.code);
      box.checked = shown.selected;
      count.textContent = `(${shown.count})`;
    }
    list.replaceChildren();
    notesBox.replaceChildren();
    if (!state.q.trim() && !hasFilters) {
      more.hidden = true;
      browse.hidden = true;
      announce(statusText(answer, state.q, hasFilters));
      return;
    }
    for (const note of notes(answer, meta, { scaleUrl })) notesBox.append(sentence(note));
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
      const badges = el('p', { class: 'ik-search__badges' },
        el('span', { class: `ik-evidence-badge ik-evidence-badge--level-${r.level}` },
          el('span', { class: 'ik-evidence-badge__label' }, 'Evidensniveau '),
          el('span', { class: 'ik-evidence-badge__number' }, String(r.level))));
      if (r.noEffect) badges.append(' ', el('span', { class: 'ik-flag' }, meta.facets.find((f) => f.key === 'noEffect').values[0].label));
      const item = el('li', { class: 'ik-search__result' },
        el('h2', { class: 'ik-search__title' }, el('a', { href: r.url, class: 'ik-search__link' }, marked(r.titleParts))),
        badges,
        el('p', { class: 'ik-search__snippet' }, marked(r.snippet)));
      if (r.missing.length) {
        // Struck through as large search engines do, and said in words for those who do not see it.
        const missing = el('p', { class: 'ik-search__missing' }, 'Mangler: ');
        r.missing.forEach((word, i) => missing.append(i ? ', ' : '', el('s', {}, word)));
        item.append(missing);
      }
      list.append(item);
    }
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
      const first = list.querySelector('a');
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
  });
  // Arrow keys move between results; the input is one Up away from the first.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
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
