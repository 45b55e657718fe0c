// Runs every query of a relevance file through the engine over a built site folder and prints
// one JSON line per query: {"query": ..., "slugs": [top 10]}. node rank.mjs SITE_DIR QUERIES.tsv
import { readFileSync } from 'node:fs';
import { openIndex } from '../../../assets/js/search/core/engine.js';
import { BASE, folderFetch } from './file-fetch.mjs';

const [siteDir, queriesFile] = process.argv.slice(2);
const index = await openIndex(BASE, { fetch: folderFetch(siteDir) });
for (const line of readFileSync(queriesFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const query = line.split('\t')[0];
  const answer = await index.search(query, { limit: 10 });
  console.log(JSON.stringify({ query, slugs: answer.results.map((r) => r.slug) }));
}
