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
    let candidates;
    if (tokens.length === 0) {
      candidates = { docs: Array.from({ length: docCount }, (_, d) => d), scores: new Float64Array(docCount) };
    } else {
      candidates = score(words, docCount);
    }

    const { active, counts, keep } = this.applyFacets(candidates.docs, filters, facetBits);
    const ranked = candidates.docs.filter((d) => keep(d));
    if (tokens.length > 0) ranked.sort((a, b) => candidates.scores[b] - candidates.scores[a] || a - b);
    const page = ranked.slice(offset, offset + limit);
    const results = await this.results(page, candidates.scores, matched);
    const facets = this.meta.facets.map((f, fi) => ({
      key: f.key, param: f.param, label: f.label,
      values: f.values.map((v, vi) => ({ code: v.code, label: v.label, count: counts[fi][vi], selected: active[fi].has(v.code) })),
    }));
    return { query, total: ranked.length, results, facets, words: words.map((w) => w.map((e) => e.term)) };
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

  applyFacets(docs, filters, bits) {
    const facets = this.meta.facets;
    const bytes = this.meta.facetBytes;
    const offsets = [];
    let bit = 0;
    for (const f of facets) { offsets.push(bit); bit += f.values.length; }
    const active = facets.map((f) => new Set((filters[f.key] ?? []).map(String)));
    const wanted = facets.map((f, fi) => f.values.map((v, vi) => (active[fi].has(v.code) ? offsets[fi] + vi : -1)).filter((b) => b >= 0));
    const has = (d, b) => (bits[d * bytes + (b >> 3)] & (1 << (b & 7))) !== 0;
    const passes = (d, fi) => wanted[fi].length === 0 || wanted[fi].some((b) => has(d, b));
    const counts = facets.map((f) => new Array(f.values.length).fill(0));
    for (const d of docs) {
      let failed = -1, failures = 0;
      for (let fi = 0; fi < facets.length; fi++) if (!passes(d, fi)) { failed = fi; failures++; }
      if (failures > 1) continue;
      // A facet's counts ignore its own selection, so choosing one value never hides the others.
      for (let fi = 0; fi < facets.length; fi++) {
        if (failures === 1 && failed !== fi) continue;
        for (let vi = 0; vi < facets[fi].values.length; vi++) if (has(d, offsets[fi] + vi)) counts[fi][vi]++;
      }
    }
    return { active, counts, keep: (d) => facets.every((_, fi) => passes(d, fi)) };
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

/**
 * Sums each word's best weight per document (a Lucene SHOULD query over the word's alternatives,
 * taking the best), then scales by the share of words matched, so documents with every word come first.
 */
function score(words, docCount) {
  const total = new Float64Array(docCount);
  const matchedWords = new Uint16Array(docCount);
  const best = new Float64Array(docCount);
  const touched = [];
  for (const alternatives of words) {
    touched.length = 0;
    for (const { postings, factor } of alternatives) {
      const { docs, weights } = postings;
      for (let p = 0; p < docs.length; p++) {
        const d = docs[p];
        const w = weights[p] * factor;
        if (best[d] === 0) touched.push(d);
        if (w > best[d]) best[d] = w;
      }
    }
    for (const d of touched) { total[d] += best[d]; matchedWords[d]++; best[d] = 0; }
  }
  const docs = [];
  const n = words.length;
  for (let d = 0; d < docCount; d++) {
    if (matchedWords[d] > 0) { docs.push(d); total[d] *= matchedWords[d] / n; }
  }
  return { docs, scores: total };
}

export { fold };
