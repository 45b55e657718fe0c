// The catalogue's own words (search/lexicon.json, fetched only when a query has a word the index
// does not know): one written word per stem of the index's compound dictionary. With them the
// browser splits an unknown compound by exactly the rules and dictionary of the index's
// CompoundSplitter (Java; a parity test holds the two together), finds the longest known head or
// tail of a word it cannot split, and says "Mente du …?" in real words.

import { fold, stem } from './analysis.js';
import { allowedEdits, editDistance } from './fuzzy.js';

export const MIN_PART = 4;
export const MIN_WORD = 2 * MIN_PART;
export const MAX_PARTS = 4;
/** An unknown last part after a linking "s" must be at least this long. */
export const MIN_TAIL = 5;

/** lexicon.json holds front-coded words: each starts with one character, '0' + the length it shares with the previous word. */
export function decodeLexicon(coded) {
  const words = new Array(coded.length);
  let previous = '';
  for (let i = 0; i < coded.length; i++) {
    const shared = coded[i].charCodeAt(0) - 48;
    previous = previous.slice(0, shared) + coded[i].slice(1);
    words[i] = previous;
  }
  return words;
}

/** A lexicon of written words: stems for splitting, the words themselves for suggestions. */
export function createLexicon(words) {
  const byStem = new Map(); // stem → written word
  const entries = []; // { folded, stem, word } for suggestions
  for (const word of words) {
    const folded = fold(word);
    const s = stem(folded);
    byStem.set(s, word);
    entries.push({ folded, stem: s, word });
  }
  const sortedStems = [...byStem.keys()].sort();
  const cache = new Map();
  const cached = (key, compute) => {
    if (!cache.has(key)) {
      if (cache.size > 2000) cache.clear();
      cache.set(key, compute());
    }
    return cache.get(key);
  };

  /** Whether any stem of the dictionary begins with prefix. */
  function begins(prefix) {
    let lo = 0, hi = sortedStems.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sortedStems[mid] < prefix) lo = mid + 1; else hi = mid; }
    return lo < sortedStems.length && sortedStems[lo].startsWith(prefix);
  }

  /**
   * The parts of a folded word, or [] when it is not a compound of known words: CompoundSplitter's
   * rules. Parts of at least MIN_PART letters whose stem is in the dictionary (linking "s"/"e" are
   * absorbed by stemming); fewest parts wins, the longest last part among equals; else a known
   * head ending in the linking "s" followed by an unknown tail of at least MIN_TAIL letters.
   */
  function split(word) {
    const n = word.length;
    if (n < MIN_WORD || byStem.size === 0) return [];
    const count = new Array(n + 1).fill(Infinity);
    const from = new Array(n + 1).fill(0);
    count[0] = 0;
    for (let end = MIN_PART; end <= n; end++) {
      for (let start = 0; start <= end - MIN_PART; start++) {
        if (count[start] === Infinity || count[start] + 1 >= count[end]) continue;
        if (start === 0 && end === n) continue; // the word itself is not a split
        if (byStem.has(stem(word.slice(start, end)))) {
          count[end] = count[start] + 1;
          from[end] = start;
        }
      }
    }
    if (count[n] === Infinity) {
      for (let start = MIN_PART + 1; start <= n - MIN_TAIL; start++) {
        if (word[start - 1] === 's' && count[start] < MAX_PARTS) {
          count[n] = count[start] + 1;
          from[n] = start;
          break;
        }
      }
    }
    if (count[n] === Infinity || count[n] > MAX_PARTS) return [];
    const parts = [];
    for (let end = n; end > 0; end = from[end]) parts.unshift(word.slice(from[end], end));
    return parts;
  }

  /**
   * For a word that cannot be split: the word itself when it begins a known stem (prefix
   * matching), else, for a word long enough to be a compound, its longest head or tail of at least
   * MIN_PART letters whose stem is a known stem or begins one, tails first (a Danish compound's last
   * part says what it is: "strikkeklub" is a club). Returns the piece (folded) or null.
   */
  function piece(word) {
    const n = word.length;
    if (n >= MIN_PART && begins(stem(word))) return word;
    if (n < MIN_WORD) return null;
    for (let len = n - 1; len >= MIN_PART; len--) {
      for (const candidate of [word.slice(n - len), word.slice(0, len)]) {
        if (begins(stem(candidate))) return candidate;
      }
    }
    return null;
  }

  /**
   * The closest word of the lexicon to a folded word, or null: stems compared by edit distance, as
   * many edits as typo matching allows for the word's length (loose: a third of its letters, at
   * least two); nearest, then same first letter, then closest in length, then alphabetical.
   */
  function suggest(word, loose = false) {
    const max = loose ? Math.max(2, Math.ceil(word.length / 3)) : Math.max(1, allowedEdits(word.length));
    const target = stem(word);
    let best = null;
    for (const e of entries) {
      if (Math.abs(e.stem.length - target.length) > max) continue;
      const d = editDistance(target, e.stem, max);
      if (d > max || d === 0) continue;
      const rank = [d, e.stem[0] === target[0] ? 0 : 1, Math.abs(e.stem.length - target.length), e.stem];
      if (!best || less(rank, best.rank)) best = { rank, word: e.word, stem: e.stem, distance: d };
    }
    return best && { word: best.word, stem: best.stem, distance: best.distance };
  }

  return {
    size: byStem.size,
    has: (s) => byStem.has(s),
    /** The written word for a stem, or null. */
    written: (s) => byStem.get(s) ?? null,
    begins,
    split: (word) => cached(`s:${word}`, () => split(word)),
    piece: (word) => cached(`p:${word}`, () => piece(word)),
    suggest: (word, loose = false) => cached(`g${loose ? 'l' : ''}:${word}`, () => suggest(word, loose)),
    /** The dictionary's stems, sorted (for the parity test). */
    stems: () => sortedStems,
  };
}

function less(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
