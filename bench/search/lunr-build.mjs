// Builds the lunr + lunr-languages (Danish) index for the benchmark: node lunr-build.mjs NODE_MODULES DOCS.json OUT_DIR
// Fields and boosts as ours: name and search words 3, summary 1.5, the rest 1.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, docsFile, out] = process.argv.slice(2);
const require = createRequire(join(modules, 'x.js'));
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.da.js')(lunr);
const docs = JSON.parse(readFileSync(docsFile, 'utf8'));
const index = lunr(function build() {
  this.use(lunr.da);
  this.ref('slug');
  this.field('name', { boost: 3 });
  this.field('words', { boost: 3 });
  this.field('summary', { boost: 1.5 });
  this.field('body');
  for (const d of docs) this.add(d);
});
mkdirSync(out, { recursive: true });
const titles = Object.fromEntries(docs.map((d) => [d.slug, d.title]));
writeFileSync(join(out, 'index.json'), JSON.stringify({ index: index.toJSON(), titles }));
copyFileSync(join(modules, 'lunr/lunr.min.js'), join(out, 'lunr.min.js'));
copyFileSync(join(modules, 'lunr-languages/lunr.stemmer.support.js'), join(out, 'lunr.stemmer.support.js'));
copyFileSync(join(modules, 'lunr-languages/lunr.da.js'), join(out, 'lunr.da.js'));
