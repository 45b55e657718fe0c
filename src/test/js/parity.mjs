// Parity check: node parity.mjs TABLE.json, where TABLE is {"stopWords": [...], "words": {word: [terms]}}
// exported from Lucene's query analyzer. Prints every word whose JS terms differ, as JSON lines; exits 1 if any.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../../assets/js/search/core/analysis.js';

const table = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const analyzer = createAnalyzer(table.stopWords);
let checked = 0, differing = 0;
for (const [word, expected] of Object.entries(table.words)) {
  const actual = analyzer.terms(word);
  checked++;
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    differing++;
    console.log(JSON.stringify({ word, lucene: expected, js: actual }));
  }
}
console.log(`checked ${checked} words, ${differing} differ`);
process.exit(differing ? 1 : 0);
