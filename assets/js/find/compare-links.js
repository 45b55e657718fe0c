// "Sammenlign" on cards, search results and entry pages. Any element with data-compare-slug becomes a
// toggle button (aria-pressed) that adds the entry to, or removes it from, the compare selection;
// a tray at the end of the page's main content says what is chosen and links to the compare page.
// Without this script, an entry page's link (a.ik-compare-link) opens the compare page with that
// entry, and the cards' buttons stay hidden.
//
// Entry pages use this markup (their template places it):
//   <a class="ik-compare-link" href="{root}sammenlign/index.html?indsatser={slug}" data-compare-slug="{slug}">Sammenlign</a>
// Lists may add data-compare-name="{name}"; without it the card's title or the page's h1 names the entry.

import { MAX, STORAGE_KEY, compareHref, changeText, load, save, toggle } from './compare.js';
import { el } from '../dom.js';

const COMPARE_PAGE = new URL('../../sammenlign/index.html', import.meta.url).href;
const STYLES = new URL('../../css/find.css', import.meta.url).href;


function nameOf(node) {
  if (node.dataset.compareName) return node.dataset.compareName;
  // A card in a list is named by its title; anything else (an entry page's link) by the page's heading.
  const card = node.closest('li');
  const title = card ? card.querySelector('h2, h3') : document.querySelector('h1');
  return title?.textContent.trim() || node.dataset.compareSlug;
}

let list = load(localStorage);
const buttons = new Set();
let tray = null;

function ensureStyles() {
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === STYLES)) return;
  document.head.append(el('link', { rel: 'stylesheet', href: STYLES }));
}

/** Turns one marked element into a toggle button; a link is replaced by a button with the same class. */
export function enhance(node) {
  if (node.dataset.compareReady) return;
  const slug = node.dataset.compareSlug;
  const name = nameOf(node);
  let button = node;
  if (node.tagName !== 'BUTTON') {
    button = el('button', { type: 'button', class: node.className });
    node.replaceWith(button);
  }
  button.replaceChildren('Sammenlign', el('span', { class: 'ik-visually-hidden' }, ` ${name}`));
  button.classList.add('ik-compare-toggle');
  button.dataset.compareSlug = slug;
  button.dataset.compareName = name;
  button.dataset.compareReady = 'true';
  button.hidden = false;
  button.addEventListener('click', () => {
    const { list: next, change } = toggle(list, { slug, name });
    list = next;
    save(localStorage, list);
    refresh(changeText(change, { name }, list));
  });
  buttons.add(button);
}

function buildTray() {
  const text = el('p', { class: 'ik-compare-tray__text' });
  const go = el('a', { class: 'ik-compare-tray__go', href: COMPARE_PAGE });
  const clear = el('button', { type: 'button', class: 'ik-compare-tray__clear' }, 'Ryd');
  const live = el('p', { class: 'ik-compare-tray__live', role: 'status' });
  clear.addEventListener('click', () => {
    list = [];
    save(localStorage, list);
    refresh('Sammenligningen er tømt.');
  });
  const box = el('div', { class: 'ik-compare-tray', role: 'region', 'aria-label': 'Sammenligning' }, text, go, clear);
  const main = document.querySelector('main') ?? document.body;
  main.append(box, live);
  return { box, text, go, live };
}

/** Shows the selection on every toggle and in the tray; says what changed in the live region. */
function refresh(message = '') {
  for (const button of buttons) {
    if (!button.isConnected) { buttons.delete(button); continue; } // a search result drawn over
    button.setAttribute('aria-pressed', String(list.some((x) => x.slug === button.dataset.compareSlug)));
  }
  tray ??= buildTray();
  tray.box.hidden = list.length === 0;
  tray.text.textContent = `Til sammenligning (${list.length} af højst ${MAX}): ${list.map((x) => x.name).join(', ')}`;
  tray.go.textContent = list.length < 2 ? 'Åbn sammenligning' : `Sammenlign ${list.length} indsatser`;
  tray.go.href = compareHref(COMPARE_PAGE, list.map((x) => x.slug));
  tray.live.textContent = message;
}

/** Enhances every marked element under root (call again for results drawn later). */
export function enhanceAll(root = document) {
  const marked = root.querySelectorAll('[data-compare-slug]:not([data-compare-ready])');
  if (!marked.length) return;
  ensureStyles();
  marked.forEach(enhance);
  refresh();
}

// Another tab or page changed the selection.
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key === STORAGE_KEY) { list = load(localStorage); refresh(); }
});

enhanceAll();
