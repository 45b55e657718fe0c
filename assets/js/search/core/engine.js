// The search engine core: DOM-free, runs in browsers and under Node 20.
//
//   const index = await openIndex('https://example.org/search/');        // fetches meta.json only
//   const answer = await index.search('lektie café', { filters: { targetGroup: ['boern'] } });
//   answer.results[0] → { slug, title, url, summary, snippet: [{ text, match }], level, noEffect, score }
//   answer.facets      → [{ key, param, label, values: [{ code, label, count, selected }] }]
//
// The index is exported from Lucene at build time (see docs/search.md): term shards hold each term's
// postings with its BM25 weight, so scoring a query is adding weights. The engine adds what a static
// index cannot know in advance: prefix matching on the word being typed and typo tolerance.

import { createAnalyzer, fold } from './analysis.js';
import { decodeShard, weightTable } from './format.js';
import { allowedEdits, editDistance } from './fuzzy.js';

const PREFIX_FACTOR = 0.8;
const PREFIX_LIMIT = 40;
const TYPO_FACTOR = [1, 0.6, 0.4];
const TYPO_LIMIT = 8;

/** Opens the index at baseUrl (a folder URL ending in "/"); options.fetch replaces the global fetch. */
export async function openIndex(baseUrl, options = {}) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = String(baseUrl).endsWith('/') ? String(baseUrl) : `${baseUrl}/`;
  const get = async (path) => {
    const response = await fetchImpl(base + path);
    if (!response.ok) throw new Error(`search index: ${path} answered ${response.status}`);
    return response;
  };
  const meta = await (await get('meta.json')).json();
  return new SearchIndex(base, meta, get);
}

class SearchIndex {
  constructor(base, meta, get) {
    this.base = base;
    this.meta = meta;
    this.get = get;
    this.analyzer = createAnalyzer(meta.stopWords);
    this.weights = weightTable(meta.weightMin, meta.weightMax);
    this.shards = new Map();
    this.chunks = new Map();
    this.facetBits = null;
    this.siteRoot = new URL('../', base).href;
  }

  /** Starts loading the facet bits, so the first query needs one round trip less. */
  warm() { this.facets(); }

  facets() {
    if (!this.facetBits) {
      this.facetBits = this.get('facets.bin').then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
    }
    return this.facetBits;
  }

  shardIndex(term) {
    const first = this.meta.shards;
    let lo = 0, hi = first.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  shard(i) {
    if (!this.shards.has(i)) {
      const p = this.get(`t/${i}.bin`).then((r) => r.arrayBuffer()).then((b) => decodeShard(b, this.weights));
      p.catch(() => this.shards.delete(i));
      this.shards.set(i, p);
    }
    return this.shards.get(i);
  }

  chunk(i) {
    if (!this.chunks.has(i)) {
      const p = this.get(`d/${i}.json`).then((r) => r.json());
      p.catch(() => this.chunks.delete(i));
      this.chunks.set(i, p);
    }
    return this.chunks.get(i);
  }

  /** The shards a word needs: its term's shard, and for a prefix every shard its range touches. */
  shardsFor(term, prefix) {
    const from = this.shardIndex(term);
    const to = prefix ? this.shardIndex(`${term}\uffff`) : from;
    const out = [];
    for (let i = from; i <= Math.min(to, from + 2); i++) out.push(i);
    return out;
  }

  /**
   * Runs a query. options: filters ({ facetKey: [codes] }; OR within a facet, AND across facets),
   * limit (default 10), offset, prefix (treat the last word as unfinished; default true).
   * Returns { query, total, results, facets, words }.
   */
  async search(query, options = {}) {
    const { filters = {}, limit = 10, offset = 0, prefix = true } = options;
    const tokens = this.analyzer.tokens(query).filter((t) => t.term !== null);
    const lastOpen = prefix && tokens.length > 0 && !/[\s\p{P}]$/u.test(query);
    const needed = new Set();
    tokens.forEach((t, i) => this.shardsFor(t.term, lastOpen && i === tokens.length - 1).forEach((s) => needed.add(s)));
    const [loaded, facetBits] = await Promise.all([
      Promise.all([...needed].map(async (s) => [s, await this.shard(s)])),
      this.facets(),
    ]);
    const shardMap = new Map(loaded);

    const docCount = this.meta.docs;
    const words = tokens.map((t, i) => this.expand(t.term, lastOpen && i === tokens.length - 1, shardMap));
    const matched = new Set(words.flatMap((w) => w.map((e) => e.term)));
    const scorer = this.scorer ??= new Scorer(docCount);
    const docs = tokens.length === 0 ? allDocs(docCount) : scorer.score(words);
    const scores = tokens.length === 0 ? new Float64Array(docCount) : scorer.total;

    const facets = this.facetIndex ??= new FacetIndex(this.meta, facetBits);
    const { active, counts, kept } = facets.apply(docs, filters);
    const page = tokens.length === 0 ? kept.slice(offset, offset + limit) : topK(kept, scores, offset + limit).slice(offset);
    const results = await this.results(page, scores, matched);
    const facetCounts = this.meta.facets.map((f, fi) => ({
      key: f.key, param: f.param, label: f.label,
      values: f.values.map((v, vi) => ({ code: v.code, label: v.label, count: counts[fi][vi], selected: active[fi].has(v.code) })),
    }));
    return { query, total: kept.length, results, facets: facetCounts, words: words.map((w) => w.map((e) => e.term)) };
  }

  /** A query term's matches: itself, terms it begins (while typed), or terms one or two edits away. */
  expand(term, open, shardMap) {
    const out = [];
    const own = shardMap.get(this.shardIndex(term));
    const exact = lookup(own, term);
    if (exact) out.push({ term, postings: exact, factor: 1 });
    if (open) {
      const found = [];
      for (const s of this.shardsFor(term, true)) {
        const shard = shardMap.get(s);
        if (!shard) continue;
        let i = lowerBound(shard.terms, term);
        for (; i < shard.terms.length && shard.terms[i].startsWith(term); i++) {
          if (shard.terms[i] !== term) found.push({ term: shard.terms[i], postings: shard.postings[i], factor: PREFIX_FACTOR });
        }
      }
      found.sort((a, b) => b.postings.docs.length - a.postings.docs.length || (a.term < b.term ? -1 : 1));
      out.push(...found.slice(0, PREFIX_LIMIT));
    }
    if (out.length === 0 && own) {
      const max = allowedEdits(term.length);
      const near = [];
      if (max > 0) {
        own.terms.forEach((candidate, i) => {
          const d = editDistance(term, candidate, max);
          if (d <= max) near.push({ term: candidate, postings: own.postings[i], factor: TYPO_FACTOR[d], d });
        });
      }
      near.sort((a, b) => a.d - b.d || b.postings.docs.length - a.postings.docs.length || (a.term < b.term ? -1 : 1));
      out.push(...near.slice(0, TYPO_LIMIT));
    }
    return out;
  }

  async results(page, scores, matched) {
    const per = this.meta.docsPerChunk;
    const chunks = await Promise.all([...new Set(page.map((d) => Math.floor(d / per)))].map(async (c) => [c, await this.chunk(c)]));
    const byChunk = new Map(chunks);
    return page.map((d) => {
      const [slug, title, summary, level, noEffect] = byChunk.get(Math.floor(d / per))[d % per];
      return {
        slug, title, summary, level, noEffect, score: scores[d],
        url: this.siteRoot + this.meta.entryPath.replace('{slug}', slug),
        titleParts: this.highlight(title, matched),
        snippet: this.highlight(summary, matched),
      };
    });
  }

  /** Text as segments [{ text, match }]: a word matches when its term was searched or contains one. */
  highlight(text, matched) {
    const parts = [];
    let at = 0;
    const long = [...matched].filter((t) => t.length >= 4);
    for (const token of this.analyzer.tokens(text)) {
      const hit = token.term !== null && (matched.has(token.term) || long.some((t) => token.folded.includes(t)));
      if (!hit) continue;
      if (token.start > at) parts.push({ text: text.slice(at, token.start), match: false });
      parts.push({ text: text.slice(token.start, token.end), match: true });
      at = token.end;
    }
    if (at < text.length) parts.push({ text: text.slice(at), match: false });
    return parts;
  }
}

function lowerBound(sorted, value) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
  return lo;
}

function lookup(shard, term) {
  if (!shard) return null;
  const i = lowerBound(shard.terms, term);
  return shard.terms[i] === term ? shard.postings[i] : null;
}

function allDocs(count) { return Array.from({ length: count }, (_, d) => d); }

/**
 * Sums each word's best weight per document (a Lucene SHOULD query over the word's alternatives,
 * taking the best), then scales by the share of words matched, so documents with every word come
 * first. Its arrays are reused from query to query, so typing does not churn memory.
 */
class Scorer {
  constructor(docCount) {
    this.total = new Float64Array(docCount);
    this.best = new Float64Array(docCount);
    this.hits = new Uint16Array(docCount);
    this.docs = [];
  }

  score(words) {
    const { total, best, hits } = this;
    for (const d of this.docs) { total[d] = 0; hits[d] = 0; }
    const docs = [];
    const touched = [];
    for (const alternatives of words) {
      touched.length = 0;
      for (const { postings, factor } of alternatives) {
        const { docs: ids, weights } = postings;
        for (let p = 0; p < ids.length; p++) {
          const d = ids[p];
          const w = weights[p] * factor;
          if (best[d] === 0) touched.push(d);
          if (w > best[d]) best[d] = w;
        }
      }
      for (const d of touched) {
        if (hits[d] === 0) docs.push(d);
        total[d] += best[d];
        hits[d]++;
        best[d] = 0;
      }
    }
    const n = words.length;
    for (const d of docs) total[d] *= hits[d] / n;
    docs.sort((a, b) => a - b);
    this.docs = docs;
    return docs;
  }
}

/** The k best documents by score (ties: catalogue order), without sorting them all. */
function topK(docs, scores, k) {
  const better = (a, b) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  if (docs.length <= k * 4) return [...docs].sort((a, b) => (better(a, b) ? -1 : 1));
  const heap = []; // worst of the best k on top
  const up = (i) => { while (i > 0) { const p = (i - 1) >> 1; if (!better(heap[p], heap[i])) break; [heap[p], heap[i]] = [heap[i], heap[p]]; i = p; } };
  const down = (i) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let w = i;
      if (l < heap.length && better(heap[w], heap[l])) w = l;
      if (r < heap.length && better(heap[w], heap[r])) w = r;
      if (w === i) return;
      [heap[w], heap[i]] = [heap[i], heap[w]];
      i = w;
    }
  };
  for (const d of docs) {
    if (heap.length < k) { heap.push(d); up(heap.length - 1); } else if (k > 0 && better(d, heap[0])) { heap[0] = d; down(0); }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

/** Facet values as bits in 32-bit words per document, for filtering and counting in one pass. */
class FacetIndex {
  constructor(meta, bytes) {
    this.meta = meta;
    let bit = 0;
    this.offsets = meta.facets.map((f) => { const o = bit; bit += f.values.length; return o; });
    this.words = Math.max(1, Math.ceil(bit / 32));
    const per = meta.facetBytes;
    this.bits = new Uint32Array(meta.docs * this.words);
    for (let d = 0; d < meta.docs; d++) {
      for (let b = 0; b < per; b++) this.bits[d * this.words + (b >> 2)] |= bytes[d * per + b] << ((b & 3) * 8);
    }
  }

  /** Applies filters (OR within a facet, AND across); counts each facet's values ignoring its own filter. */
  apply(docs, filters) {
    const { meta, offsets, words, bits } = this;
    const facets = meta.facets;
    const active = facets.map((f) => new Set((filters[f.key] ?? []).map(String)));
    const masks = facets.map((f, fi) => {
      const mask = new Uint32Array(words);
      f.values.forEach((v, vi) => { if (active[fi].has(v.code)) { const b = offsets[fi] + vi; mask[b >> 5] |= 1 << (b & 31); } });
      return mask.some((x) => x !== 0) ? mask : null;
    });
    const counts = facets.map((f) => new Uint32Array(f.values.length));
    const kept = [];
    for (const d of docs) {
      const base = d * words;
      let failed = -1, failures = 0;
      for (let fi = 0; fi < facets.length && failures < 2; fi++) {
        const mask = masks[fi];
        if (!mask) continue;
        let ok = false;
        for (let w = 0; w < words && !ok; w++) ok = (bits[base + w] & mask[w]) !== 0;
        if (!ok) { failed = fi; failures++; }
      }
      if (failures > 1) continue;
      if (failures === 0) kept.push(d);
      for (let fi = 0; fi < facets.length; fi++) {
        if (failures === 1 && failed !== fi) continue;
        const c = counts[fi];
        for (let vi = 0, b = offsets[fi]; vi < c.length; vi++, b++) if (bits[base + (b >> 5)] & (1 << (b & 31))) c[vi]++;
      }
    }
    return { active, counts: counts.map((c) => [...c]), kept };
  }
}

export { fold };
