import { install } from './harness.js';

const data = await (await fetch('../lunr/index.json')).json();
const index = window.lunr.Index.load(data.index);
install({
  async search(q) {
    // lunr's query syntax would choke on ":", "~", "^", "+", "-" in typed text: search plain words.
    const words = q.toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
    let hits = [];
    try { hits = index.search(words.join(' ')); } catch { hits = []; }
    return hits.slice(0, 10).map((h) => ({ slug: h.ref, title: data.titles[h.ref] }));
  },
});
