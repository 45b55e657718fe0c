// Evidence words: the phrases of content/search-words.yml's evidence section (in meta.json as
// folded, stemmed terms, longest first) that a query means as a condition on the evidence instead of
// as text: "randomiseret forsøg" → at least one randomised trial; "virker ikke" → the no-effect flag.

import { stem } from './analysis.js';

/**
 * Reads evidence phrases out of analysed tokens (stop words included, since "virker ikke" needs
 * "ikke"). Returns { conditions, rest }: each condition is
 * { phrase, design | rubricClass | minLevel | noEffect }, one per meaning; rest are the tokens left for text search.
 */
export function createUnderstanding(evidence) {
  const phrases = evidence?.phrases ?? [];
  return {
    read(tokens) {
      const terms = tokens.map((t) => stem(t.folded));
      const conditions = [];
      const seen = new Set();
      const rest = [];
      for (let i = 0; i < tokens.length;) {
        const found = phrases.find((p) => p.terms.length <= terms.length - i && p.terms.every((x, k) => terms[i + k] === x));
        if (!found) { rest.push(tokens[i]); i++; continue; }
        const phrase = tokens.slice(i, i + found.terms.length);
        const { terms: _, ...meaning } = found;
        const key = JSON.stringify(meaning);
        if (!seen.has(key)) {
          seen.add(key);
          conditions.push({ ...meaning, phrase: phrase.map((t) => t.word).join(' '), start: phrase[0].start, end: phrase[phrase.length - 1].end });
        }
        i += found.terms.length;
      }
      return { conditions, rest };
    },
  };
}

/**
 * A test of documents against conditions, prepared once per query (it runs over every document):
 * doc.level(d), doc.noEffect(d) and doc.design(d, i) (the i-th design of evidence.designs) read the index.
 * A rubric class is met by any design of that class; a level by that level or higher.
 */
export function conditionTest(conditions, evidence, doc) {
  const designs = evidence?.designs ?? [];
  const tests = conditions.map((c) => {
    if (c.design || c.rubricClass) {
      const wanted = designs.flatMap((x, i) => ((c.design ? x.code === c.design : x.rubricClass === c.rubricClass) ? [i] : []));
      return (d) => wanted.some((i) => doc.design(d, i));
    }
    if (c.minLevel) return (d) => doc.level(d) >= c.minLevel;
    if (c.noEffect) return (d) => doc.noEffect(d);
    return () => true;
  });
  return (d) => tests.every((t) => t(d));
}
