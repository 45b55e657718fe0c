// Parity check: node compound-parity.mjs LEXICON.json TABLE.json, where LEXICON is a built index's
// search/lexicon.json and TABLE is {"stems": [...], "words": {word: [parts]}} from the Java
// CompoundSplitter. Prints every word whose JS split differs, as JSON lines; exits 1 if any.
import { readFileSync } from 'node:fs';
import { createLexicon, decodeLexicon } from '../../../assets/js/search/core/lexicon.js';

const lexicon = createLexicon(decodeLexicon(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
const table = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const stems = lexicon.stems();
if (JSON.stringify(stems) !== JSON.stringify(table.stems)) {
  const js = new Set(stems);
  const java = new Set(table.stems);
  console.log(JSON.stringify({ onlyJava: table.stems.filter((s) => !js.has(s)).slice(0, 20), onlyJs: stems.filter((s) => !java.has(s)).slice(0, 20) }));
}
let checked = 0, differing = 0, split = 0;
for (const [word, expected] of Object.entries(table.words)) {
  const actual = lexicon.split(word);
  checked++;
  if (actual.length) split++;
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    differing++;
    console.log(JSON.stringify({ word, java: expected, js: actual }));
  }
}
console.log(`checked ${stems.length} stems and ${checked} words (${split} split), ${differing} differ`);
process.exit(differing || JSON.stringify(stems) !== JSON.stringify(table.stems) ? 1 : 0);
