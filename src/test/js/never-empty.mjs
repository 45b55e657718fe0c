// node never-empty.mjs SITE_DIR WORDS.txt: searches every line of WORDS (a word or phrase, as typed
// and finished) in the built site's index and prints the ones that find no entry; exits 1 if any.
import { readFileSync } from 'node:fs';
import { openIndex } from '../../../assets/js/search/core/engine.js';
import { BASE, folderFetch } from './file-fetch.mjs';

const [siteDir, wordsFile] = process.argv.slice(2);
const index = await openIndex(BASE, { fetch: folderFetch(siteDir) });
let checked = 0, empty = 0;
for (const line of readFileSync(wordsFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  checked++;
  const answer = await index.search(line, { prefix: false });
  if (answer.total === 0) {
    empty++;
    console.log(JSON.stringify({ query: line, words: answer.words.map((w) => `${w.text}:${w.how}`) }));
  }
}
console.log(`checked ${checked} queries, ${empty} empty`);
process.exit(empty ? 1 : 0);
