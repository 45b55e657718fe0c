// The search engine core: DOM-free, runs in browsers and under Node 20.
//
//   const index = await openIndex('https://example.org/search/');        // fetches meta.json only
//   const answer = await index.search('lektie café', { filters: { targetGroup: ['boern'] } });
//   answer.results[0] → { slug, title, url, summary, snippet: [{ text, match }], level, noEffect, score, missing }
//   answer.facets      → [{ key, param, label, values: [{ code, label, count, selected }] }]
//
// The index is exported from Lucene at build time (see docs/search.md): term shards hold each term's
// postings with its BM25 weight, so scoring a query is adding weights. The engine adds what a static
// index cannot know in advance: prefix matching on the word being typed, typo tolerance, splitting
// a compound the catalogue never uses into its known parts, "Mente du …?" from the catalogue's own
// words, the longest known head or tail of a word it can neither split nor correct, and evidence
// words read as conditions on the evidence ("randomiseret forsøg").

import { createAnalyzer, fold, stem } from './analysis.js';
import { decodeShard, weightTable } from './format.js';
import { allowedEdits, editDistance } from './fuzzy.js';
import { createLexicon, decodeLexicon } from './lexicon.js';
import { conditionTest, createUnderstanding } from './understand.js';

const PREFIX_FACTOR = 0.8;
const PREFIX_LIMIT = 40;
const TYPO_FACTOR = [1, 0.6, 0.4];
const TYPO_LIMIT = 8;
/** A known head or tail of a word that could not be split stands in for the word, weakly. */
const PIECE_FACTOR = 0.5;

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

/**
 * One word of a query and how it matched: how is 'exact', 'prefix' (being typed), 'typo',
 * 'compound' (split into known parts), 'piece' (a known head or tail stands in), 'suggested' (the
 * closest word of the catalogue stands in) or 'none'. Each part has its alternatives: index terms
 * with postings and a factor.
 */
class Word {
  constructor(token, open) {
    this.text = token.word;
    this.folded = token.folded;
    this.term = token.term;
    this.start = token.start;
    this.end = token.end;
    this.open = open;
    this.how = 'none';
    this.parts = [{ text: token.word, term: token.term, alternatives: [] }];
    this.suggestion = null;
  }
}

class SearchIndex {
  constructor(base, meta, get) {
    this.base = base;
    this.meta = meta;
    this.get = get;
    this.analyzer = createAnalyzer(meta.stopWords);
    this.understanding = createUnderstanding(meta.evidence);
    this.weights = weightTable(meta.weightMin, meta.weightMax);
    this.shards = new Map();
    this.chunks = new Map();
    this.known = new Map(); // doc → [slug, title, summary, level, noEffect], from shards' companions
    this.facetBits = null;
    this.designBits = null;
    this.lexiconLoad = null;
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

  /** The design bits (evidence.bin), fetched the first time a query speaks of a study design. */
  designs() {
    if (!this.designBits) {
      this.designBits = this.get('evidence.bin').then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
      this.designBits.catch(() => { this.designBits = null; });
    }
    return this.designBits;
  }

  /** The catalogue's own words (lexicon.json), fetched the first time a query has a word the index does not know. */
  lexicon() {
    if (!this.lexiconLoad) {
      this.lexiconLoad = this.get('lexicon.json').then((r) => r.json()).then((coded) => createLexicon(decodeLexicon(coded)));
      this.lexiconLoad.catch(() => { this.lexiconLoad = null; });
    }
    return this.lexiconLoad;
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

  /**
   * Shard i, and alongside it (same round trip, when withTop) its companion t/i.json: the documents
   * among each term's best, so a one-word query's first page needs no document-store request. The
   * companion only saves time: when it is missing, results come from the document store. Shards
   * fetched for a word's parts or stand-ins come without it (the first round's companion has
   * brought the likely documents already).
   */
  shard(i, withTop = true) {
    if (!this.shards.has(i)) {
      const top = withTop ? this.get(`t/${i}.json`).then((r) => r.json()).then((docs) => {
        for (const [d, ...doc] of docs) this.known.set(d, doc);
      }, () => {}) : null;
      const p = Promise.all([
        this.get(`t/${i}.bin`).then((r) => r.arrayBuffer()).then((b) => decodeShard(b, this.weights)),
        top,
      ]).then(([shard]) => shard);
      p.catch(() => this.shards.delete(i));
      this.shards.set(i, p);
    }
    return this.shards.get(i);
  }

  async shardMap(indexes, withTop, into = new Map()) {
    const loaded = await Promise.all([...indexes].filter((s) => !into.has(s)).map(async (s) => [s, await this.shard(s, withTop)]));
    for (const [s, shard] of loaded) into.set(s, shard);
    return into;
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
   * limit (default 10), offset, prefix (treat the last word as unfinished; default true);
   * facetFilter (an object whose apply(docs, filters) returns { active, counts, kept } as
   * FacetIndex.apply does, e.g. the lists' shared filter in js/find/filters.js, which reads each
   * facet's match) and order (a comparator (a, b, scores) for the kept documents, replacing
   * relevance order).
   * Returns { query, total, complete, results, facets, words, understood, suggestion }: complete is
   * how many entries match every word (and every evidence condition); understood is
   * { conditions, met, level } (met false when no matching entry meets them, so they were set aside;
   * level, for a level condition, { asked, shown, highest }: shown is lower than asked when no
   * entry reaches the level asked for, and highest is the catalogue's highest level);
   * suggestion is the query with unknown or misspelt words replaced by the catalogue's closest words ("Mente du …?").
   */
  async search(query, options = {}) {
    const { filters = {}, limit = 10, offset = 0, prefix = true, facetFilter = null, order = null } = options;
    const all = this.analyzer.tokens(query);
    const lastOpen = prefix && all.length > 0 && !/[\s\p{P}]$/u.test(query);
    const { conditions, rest } = this.understanding.read(all);
    const last = all[all.length - 1];
    const words = rest.filter((t) => t.term !== null).map((t) => new Word(t, lastOpen && t === last));

    const needed = new Set();
    for (const w of words) {
      needed.add(this.shardIndex(w.term));
      if (w.open) this.shardsFor(w.folded, true).forEach((s) => needed.add(s));
    }
    const needsDesigns = conditions.some((c) => c.design || c.rubricClass);
    const [shards, facetBits, designBits] = await Promise.all([
      this.shardMap(needed, true), this.facets(), needsDesigns ? this.designs() : null,
    ]);
    for (const w of words) this.matchDirect(w, shards);
    if (words.some((w) => w.how === 'none' || w.how === 'typo')) await this.matchUnknown(words, shards);

    const docCount = this.meta.docs;
    const facets = this.facetIndex ??= new FacetIndex(this.meta, facetBits);
    const scorer = this.scorer ??= new Scorer(docCount);
    const designBytes = this.meta.evidence?.designBytes ?? 1;
    // A level is met by that level or higher; the other conditions (designs, the flag) filter first.
    const asked = Math.max(0, ...conditions.map((c) => c.minLevel ?? 0));
    const meetsOthers = conditionTest(conditions.filter((c) => !c.minLevel), this.meta.evidence, {
      level: (d) => facets.levels[d],
      noEffect: (d) => facets.flags[d] === 1,
      design: (d, i) => designBits !== null && (designBits[d * designBytes + (i >> 3)] & (1 << (i & 7))) !== 0,
    });
    let docs;
    let scores;
    let met = true;
    let level = null;
    if (words.length === 0) {
      // No text: every entry, or those meeting the evidence conditions, higher levels first.
      docs = conditions.length === 0 ? allDocs(docCount) : allDocs(docCount).filter(meetsOthers);
      scores = conditions.length === 0 ? new Float64Array(docCount) : facets.levels;
      if (asked) ({ docs, level } = atLevel(docs, docs, asked, facets));
    } else {
      docs = scorer.score(words);
      scores = scorer.total;
      if (conditions.length) {
        const meeting = docs.filter(meetsOthers);
        if (meeting.length || docs.length === 0) {
          docs = meeting;
          if (asked) {
            const complete = meeting.filter((d) => scorer.full[d] === words.length);
            ({ docs, level } = atLevel(meeting, complete.length ? complete : meeting, asked, facets));
          }
        } else {
          met = false;
        }
      }
    }

    const { active, counts, kept } = (facetFilter ?? facets).apply(docs, filters);
    const page = order ? [...kept].sort((a, b) => order(a, b, scores)).slice(offset, offset + limit)
      : words.length === 0 && conditions.length === 0 ? kept.slice(offset, offset + limit) : topK(kept, scores, offset + limit).slice(offset);
    const matched = new Set(words.flatMap((w) => w.parts.flatMap((p) => p.alternatives.map((a) => a.term))));
    const results = await this.results(page, scores, matched, words, met ? [] : conditions);
    const facetCounts = this.meta.facets.map((f, fi) => ({
      key: f.key, param: f.param, label: f.label,
      values: f.values.map((v, vi) => ({ code: v.code, label: v.label, count: counts[fi][vi], selected: active[fi].has(v.code) })),
    }));
    const complete = !met ? 0 : words.length === 0 ? kept.length : kept.filter((d) => scorer.full[d] === words.length).length;
    return {
      query, total: kept.length, complete, results, facets: facetCounts,
      words: words.map((w) => ({
        text: w.text, how: w.how, suggestion: w.suggestion,
        parts: w.how === 'compound' || w.how === 'piece' ? w.parts.map((p) => p.text) : [],
        terms: [...new Set(w.parts.flatMap((p) => p.alternatives.map((a) => a.term)))],
      })),
      understood: { conditions: conditions.map(({ start, end, ...c }) => c), met, level },
      suggestion: suggestion(query, words),
    };
  }

  /** A word's matches from its own shards: itself, terms it begins (while typed), or terms one or two edits away. */
  matchDirect(w, shards) {
    const own = shards.get(this.shardIndex(w.term));
    const alternatives = [];
    const exact = lookup(own, w.term);
    if (exact) alternatives.push({ term: w.term, postings: exact, factor: 1 });
    // A word being typed continues what was typed ("vaner" is not "van…" though its stem is "van").
    if (w.open) alternatives.push(...this.prefixes(w.folded, shards, PREFIX_FACTOR).filter((a) => a.term !== w.term));
    if (alternatives.length) {
      w.how = exact ? 'exact' : 'prefix';
    } else {
      alternatives.push(...this.typos(w.term, own));
      w.how = alternatives.length ? 'typo' : 'none';
    }
    w.parts[0].alternatives = alternatives;
  }

  /**
   * Words with no exact or prefix match, with the catalogue's own words: a misspelt word gets its
   * suggestion; a word with no match at all is split into known parts, else stood in for by the
   * closest word of the catalogue or by its longest known head or tail. Fetches the lexicon and
   * the shards the parts and stand-ins need.
   */
  async matchUnknown(words, shards) {
    let lexicon;
    try { lexicon = await this.lexicon(); } catch { return; } // without it, unknown words stay unmatched
    const more = new Set();
    for (const w of words) {
      if (w.how === 'typo') {
        w.suggestion = lexicon.written(w.parts[0].alternatives[0].term);
        continue;
      }
      if (w.how !== 'none') continue;
      const parts = lexicon.split(w.folded);
      if (parts.length) {
        w.how = 'compound';
        w.parts = parts.map((p) => {
          const term = stem(p);
          return { text: lexicon.written(term) ?? p, term, open: !lexicon.has(term), factor: 1, alternatives: [] };
        });
      } else {
        // The word as the beginning of known words is plain prefix matching; else a word one edit
        // from a known word is a typo ("ghetto" → ghettoer), a word with a known piece is a new
        // compound ("natbasket" → basket…), and a word two edits from a known one a typo again ("natravne" → natteravn).
        // When nothing is near, the nearest word at a few more edits still beats an empty page.
        const piece = lexicon.piece(w.folded);
        const near = piece === w.folded ? null : lexicon.suggest(w.folded) ?? (piece ? null : lexicon.suggest(w.folded, true));
        if (near && (near.distance === 1 || !piece)) {
          w.how = 'suggested';
          w.suggestion = near.word;
          w.parts = [{ text: w.text, term: near.stem, open: false, factor: TYPO_FACTOR[near.distance] ?? TYPO_FACTOR[2], alternatives: [] }];
        } else if (piece) {
          w.how = 'piece';
          w.parts = [{ text: piece, term: stem(piece), open: true, factor: PIECE_FACTOR, alternatives: [] }];
        } else {
          continue;
        }
      }
      for (const p of w.parts) this.shardsFor(p.term, p.open).forEach((s) => more.add(s));
    }
    await this.shardMap(more, false, shards);
    for (const w of words) {
      if (w.how !== 'compound' && w.how !== 'piece' && w.how !== 'suggested') continue;
      for (const p of w.parts) {
        const own = shards.get(this.shardIndex(p.term));
        const exact = lookup(own, p.term);
        if (exact) p.alternatives.push({ term: p.term, postings: exact, factor: p.factor });
        if (p.open) p.alternatives.push(...this.prefixes(p.term, shards, PREFIX_FACTOR * p.factor));
        if (p.alternatives.length === 0) p.alternatives.push(...this.typos(p.term, own));
      }
      if (w.parts.every((p) => p.alternatives.length === 0)) w.how = 'none';
    }
  }

  /** Terms that begin with term (not term itself), most documents first, at most PREFIX_LIMIT. */
  prefixes(term, shards, factor) {
    const found = [];
    for (const s of this.shardsFor(term, true)) {
      const shard = shards.get(s);
      if (!shard) continue;
      for (let i = lowerBound(shard.terms, term); i < shard.terms.length && shard.terms[i].startsWith(term); i++) {
        if (shard.terms[i] !== term) found.push({ term: shard.terms[i], postings: shard.postings[i], factor });
      }
    }
    found.sort((a, b) => b.postings.docs.length - a.postings.docs.length || (a.term < b.term ? -1 : 1));
    return found.slice(0, PREFIX_LIMIT);
  }

  /** Terms of the same shard one or two edits away (by length), nearest and most used first. */
  typos(term, shard) {
    const max = allowedEdits(term.length);
    if (!shard || max === 0) return [];
    const near = [];
    shard.terms.forEach((candidate, i) => {
      const d = editDistance(term, candidate, max);
      if (d <= max) near.push({ term: candidate, postings: shard.postings[i], factor: TYPO_FACTOR[d], d });
    });
    near.sort((a, b) => a.d - b.d || b.postings.docs.length - a.postings.docs.length || (a.term < b.term ? -1 : 1));
    return near.slice(0, TYPO_LIMIT);
  }

  async results(page, scores, matched, words, unmet) {
    const per = this.meta.docsPerChunk;
    const missing = page.filter((d) => !this.known.has(d));
    const chunks = await Promise.all([...new Set(missing.map((d) => Math.floor(d / per)))].map(async (c) => [c, await this.chunk(c)]));
    const byChunk = new Map(chunks);
    return page.map((d) => {
      const [slug, title, summary, level, noEffect] = this.known.get(d) ?? byChunk.get(Math.floor(d / per))[d % per];
      return {
        slug, title, summary, level, noEffect, score: scores[d],
        url: this.siteRoot + this.meta.entryPath.replace('{slug}', slug),
        titleParts: this.highlight(title, matched),
        snippet: this.highlight(summary, matched),
        missing: [...missingWords(d, words), ...unmet.map((c) => c.phrase)],
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

/** The words (or, of a compound, the parts) document d does not match, as the visitor typed them. */
function missingWords(d, words) {
  const out = [];
  for (const w of words) {
    const absent = w.parts.filter((p) => !p.alternatives.some((a) => contains(a.postings.docs, d)));
    if (absent.length === w.parts.length || w.how !== 'compound') {
      if (absent.length) out.push(w.text);
    } else {
      out.push(...absent.map((p) => p.text));
    }
  }
  return out;
}

/** The query with each misspelt or unknown word replaced by the catalogue's closest word, or null when none is. */
function suggestion(query, words) {
  const changed = words.filter((w) => w.suggestion && fold(w.suggestion) !== w.folded);
  if (!changed.length) return null;
  let out = '';
  let at = 0;
  for (const w of changed) {
    out += query.slice(at, w.start) + w.suggestion;
    at = w.end;
  }
  return out + query.slice(at);
}

function contains(sorted, value) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
  return lo < sorted.length && sorted[lo] === value;
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
 * The documents at the level asked for or higher. When none of the best answers (those matching
 * every word and the other conditions) reaches it, the level is lowered to the highest among them,
 * never silently: level is { asked, shown, highest } (highest: the catalogue's highest level), so
 * the page can say "no entry has level 4 yet; showing those with the highest level there is".
 */
function atLevel(docs, best, asked, facets) {
  let top = 0;
  for (const d of best) top = Math.max(top, facets.levels[d]);
  const shown = best.length ? Math.min(asked, top) : asked;
  return { docs: docs.filter((d) => facets.levels[d] >= shown), level: { asked, shown, highest: facets.highest } };
}

/**
 * Sums each word's best weight per document (a Lucene SHOULD query over the word's alternatives,
 * taking the best; a compound's parts add up), then scales by the share of words matched (a
 * compound counts by the share of its parts), so documents with every word come first. full[d]
 * counts the words document d matches entirely. Its arrays are reused from query to query, so
 * typing does not churn memory.
 */
class Scorer {
  constructor(docCount) {
    this.total = new Float64Array(docCount);
    this.best = new Float64Array(docCount);
    this.word = new Float64Array(docCount);
    this.hits = new Float64Array(docCount);
    this.partHits = new Uint16Array(docCount);
    this.full = new Uint16Array(docCount);
    this.docs = [];
  }

  score(words) {
    const { total, best, word, hits, partHits, full } = this;
    for (const d of this.docs) { total[d] = 0; hits[d] = 0; full[d] = 0; }
    const docs = [];
    const touched = [];
    const inWord = [];
    for (const w of words) {
      inWord.length = 0;
      for (const part of w.parts) {
        touched.length = 0;
        for (const { postings, factor } of part.alternatives) {
          const { docs: ids, weights } = postings;
          for (let p = 0; p < ids.length; p++) {
            const d = ids[p];
            const x = weights[p] * factor;
            if (best[d] === 0) touched.push(d);
            if (x > best[d]) best[d] = x;
          }
        }
        for (const d of touched) {
          if (partHits[d] === 0) inWord.push(d);
          word[d] += best[d];
          partHits[d]++;
          best[d] = 0;
        }
      }
      for (const d of inWord) {
        if (hits[d] === 0) docs.push(d);
        total[d] += word[d];
        hits[d] += partHits[d] / w.parts.length;
        if (partHits[d] === w.parts.length) full[d]++;
        word[d] = 0;
        partHits[d] = 0;
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
    // Each document's evidence level and no-effect flag, read by evidence conditions over every document.
    this.levels = new Float64Array(meta.docs);
    this.flags = new Uint8Array(meta.docs);
    const levelFacet = meta.facets.findIndex((f) => f.key === 'level');
    const flagFacet = meta.facets.findIndex((f) => f.key === 'noEffect');
    for (let d = 0; d < meta.docs; d++) {
      if (levelFacet >= 0) meta.facets[levelFacet].values.forEach((v, vi) => { if (this.has(d, levelFacet, vi)) this.levels[d] = Number(v.code); });
      if (flagFacet >= 0 && this.has(d, flagFacet, 0)) this.flags[d] = 1;
    }
    this.highest = this.levels.reduce((a, b) => Math.max(a, b), 0);
  }

  /** Whether document d has the value-th value of facet fi. */
  has(d, fi, value) {
    const b = this.offsets[fi] + value;
    return (this.bits[d * this.words + (b >> 5)] & (1 << (b & 31))) !== 0;
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

