// What the search page says about an answer, in Danish: the count for the live region, what the
// engine understood (evidence conditions, split compounds, stand-ins) and whether nothing matched
// every word. DOM-free, so Node tests can check every sentence; search-page.js renders it.

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

/**
 * Notes on how the query was read, each a list of segments { text, quote? } (quote: a word as
 * typed or searched, shown in »«): evidence conditions, compounds searched as their parts, words
 * stood in for by a piece or the nearest word of the catalogue.
 */
export function notes(answer, meta) {
  const out = [];
  const { conditions, met } = answer.understood ?? { conditions: [], met: true };
  if (conditions.length) {
    const said = conditions.map((c) => condition(c, meta));
    const phrases = conditions.map((c) => c.phrase);
    out.push(met
      ? [{ text: `Viser indsatser med ${join(said)} (ud fra ` }, ...quoted(phrases), { text: ').' }]
      : [{ text: `Ingen af de fundne indsatser har ${join(said)}; de vises uden den betingelse (ud fra ` }, ...quoted(phrases), { text: ').' }]);
  }
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

/** The condition in words: "mindst ét studie af typen »Randomiseret kontrolleret forsøg«". */
export function condition(c, meta) {
  const designs = meta.evidence?.designs ?? [];
  const label = (code) => designs.find((x) => x.code === code)?.label ?? code;
  if (c.design) return `mindst ét studie af typen »${label(c.design)}«`;
  if (c.rubricClass) {
    const labels = designs.filter((x) => x.rubricClass === c.rubricClass).map((x) => `»${x.label}«`);
    return `mindst ét studie af typen ${orList(labels)}`;
  }
  if (c.minLevel) {
    const level = meta.facets.find((f) => f.key === 'level')?.values.find((v) => v.code === String(c.minLevel));
    const name = level ? ` (${level.label.replace(/^\d+\s*/, '')})` : '';
    return c.minLevel >= 5 ? `evidensniveau ${c.minLevel}${name}` : `evidensniveau ${c.minLevel}${name} eller højere`;
  }
  if (c.noEffect) {
    const flag = meta.facets.find((f) => f.key === 'noEffect')?.values[0]?.label ?? 'ingen effekt';
    return `markeringen »${flag}«`;
  }
  return '';
}

function quoted(phrases) {
  const out = [];
  phrases.forEach((p, i) => {
    if (i > 0) out.push({ text: i === phrases.length - 1 ? ' og ' : ', ' });
    out.push({ text: p, quote: true });
  });
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

function join(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function orList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }
