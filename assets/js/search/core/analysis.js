// Query-side analysis: the same terms Lucene makes at index time (DanishAnalysis' query chain):
// runs of letters and digits, lower-cased, folded (æ → ae, ø/oe → o, å/aa → a, accents dropped),
// stop words dropped, Snowball's Danish stemmer. A parity test runs this over every word of the
// catalogue against a table Lucene exports.

const TOKEN = /[\p{L}\p{Nd}]+/gu;

const FOLD = new Map([
  ['æ', 'ae'], ['ä', 'ae'], ['ø', 'o'], ['ö', 'o'], ['ó', 'o'], ['ò', 'o'], ['ô', 'o'], ['õ', 'o'],
  ['å', 'a'], ['á', 'a'], ['à', 'a'], ['â', 'a'], ['ã', 'a'], ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'],
  ['í', 'i'], ['ì', 'i'], ['î', 'i'], ['ï', 'i'], ['ú', 'u'], ['ù', 'u'], ['û', 'u'], ['ü', 'u'],
  ['ý', 'y'], ['ÿ', 'y'], ['ñ', 'n'], ['ç', 'c'], ['ß', 'ss'],
]);

/** Folds a lower-cased word: "bydelsmødre", "bydelsmoedre" and "bydelsmodre" all give "bydelsmodre". */
export function fold(word) {
  let out = '';
  for (const c of word) {
    for (const x of FOLD.get(c) ?? c) {
      const last = out.length ? out[out.length - 1] : '';
      if ((x === 'a' && last === 'a') || (x === 'e' && last === 'o')) continue;
      out += x;
    }
  }
  return out;
}

const VOWELS = new Set('aeiouyæåø');
const CONSONANTS = new Set('bcdfghjklmnpqrstvwxz');
const S_ENDING = new Set('abcdfghjklmnoprtvyzå');
const MAIN_SUFFIXES = ['hed', 'ethed', 'ered', 'e', 'erede', 'ende', 'erende', 'ene', 'erne', 'ere', 'en', 'heden',
  'eren', 'er', 'heder', 'erer', 's', 'heds', 'es', 'endes', 'erendes', 'enes', 'ernes', 'eres', 'ens', 'hedens',
  'erens', 'ers', 'ets', 'erets', 'et', 'eret'].sort((a, b) => b.length - a.length);
const PAIRS = ['gd', 'dt', 'gt', 'kt'];
const OTHER_SUFFIXES = ['elig', 'lig', 'ig', 'els', 'løst'].sort((a, b) => b.length - a.length);

function region1(w) {
  if (w.length < 3) return w.length;
  let i = 0;
  while (i < w.length && !VOWELS.has(w[i])) i++;
  if (i >= w.length) return w.length;
  while (i < w.length && VOWELS.has(w[i])) i++;
  if (i >= w.length) return w.length;
  return Math.max(i + 1, 3);
}

function longestSuffix(w, p1, list) {
  for (const s of list) if (w.length - s.length >= p1 && w.endsWith(s)) return s;
  return null;
}

function consonantPair(w, p1) {
  if (w.length - 2 >= p1 && PAIRS.includes(w.slice(-2))) return w.slice(0, -1);
  return w;
}

/** Snowball's Danish stemmer, as Lucene's DanishStemmer runs it. */
export function stem(word) {
  let w = word;
  const p1 = region1(w);
  const main = longestSuffix(w, p1, MAIN_SUFFIXES);
  if (main === 's') {
    if (w.length >= 2 && S_ENDING.has(w[w.length - 2])) w = w.slice(0, -1);
  } else if (main) {
    w = w.slice(0, -main.length);
  }
  w = consonantPair(w, p1);
  if (w.endsWith('igst')) w = w.slice(0, -2);
  const other = longestSuffix(w, p1, OTHER_SUFFIXES);
  if (other === 'løst') w = w.slice(0, -1);
  else if (other) w = consonantPair(w.slice(0, -other.length), p1);
  if (w.length - 1 >= p1 && w.length >= 2 && CONSONANTS.has(w[w.length - 1]) && w[w.length - 1] === w[w.length - 2]) {
    w = w.slice(0, -1);
  }
  return w;
}

/** The tokens of {@code text} with their offsets, folded word and term (null for a stop word). */
export function createAnalyzer(stopWords) {
  const stops = new Set(stopWords);
  function tokens(text) {
    const out = [];
    for (const m of text.matchAll(TOKEN)) {
      const folded = fold(m[0].toLowerCase());
      out.push({ start: m.index, end: m.index + m[0].length, word: m[0], folded, term: stops.has(folded) ? null : stem(folded) });
    }
    return out;
  }
  return {
    tokens,
    /** The terms of {@code text}, in order, stop words dropped: Lucene's query analysis. */
    terms: (text) => tokens(text).filter((t) => t.term !== null).map((t) => t.term),
  };
}
