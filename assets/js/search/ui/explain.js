// What the search page says about an answer, in Danish: the count for the live region, how the words
// were read (split compounds, stand-ins) and whether nothing matched every word. What evidence words
// were understood as is in explain-evidence.js, fetched only for a query that has them. DOM-free, so
// Node tests can check every sentence; search-page.js renders it.

/** "1 indsats", "3 indsatser". */
export function entryCount(n) { return n === 1 ? '1 indsats' : `${n} indsatser`; }

/** The sentence for the live region (and the status line). */
export function statusText(answer, query, hasFilters) {
  const what = query.trim() ? ` for »${query.trim()}«` : '';
  if (!query.trim() && !hasFilters) return 'Skriv et søgeord, eller vælg et filter.';
  if (answer.total === 0) return `Ingen indsatser fundet${what}. Prøv et andet ord, eller fjern et filter.`;
  if (answer.complete === 0) return `Ingen indsatser indeholder alle ordene${what}. ${capital(entryCount(answer.total))} passer delvist.`;
  if (answer.complete < answer.total) return `${entryCount(answer.complete)} fundet${what}, og ${answer.total - answer.complete}, der passer delvist.`;
  return `${entryCount(answer.total)} fundet${what}.`;
}

/** Whether the answer has evidence conditions to explain (explain-evidence.js says them). */
export function hasConditions(answer) { return (answer.understood?.conditions ?? []).length > 0; }

/**
 * Notes on how the words were read, each a list of segments { text, quote? } (quote: a word as typed
 * or searched, shown in »«): compounds searched as their parts, words stood in for by a piece or the
 * nearest word of the catalogue, words the catalogue does not have.
 */
export function wordNotes(answer) {
  const out = [];
  for (const w of answer.words ?? []) {
    if (w.how === 'compound') {
      out.push([{ text: w.text, quote: true }, { text: ' er søgt som ' }, ...joinedParts(w.parts), { text: '.' }]);
    } else if (w.how === 'piece') {
      out.push([{ text: w.text, quote: true }, { text: ' står ikke i kataloget; søgt på ord, der begynder med ' },
        { text: w.parts[0], quote: true }, { text: '.' }]);
    } else if (w.how === 'suggested') {
      out.push([{ text: w.text, quote: true }, { text: ' står ikke i kataloget; søgt på det nærmeste ord, ' },
        { text: w.suggestion, quote: true }, { text: '.' }]);
    } else if (w.how === 'none') {
      out.push([{ text: w.text, quote: true }, { text: ' står ikke i kataloget.' }]);
    }
  }
  return out;
}

function joinedParts(parts) {
  const out = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ text: ' + ' });
    out.push({ text: p, quote: true });
  });
  return out;
}

function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }
