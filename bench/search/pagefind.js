import { install } from './harness.js';

const pagefind = await import('../pagefind/pagefind.js');
await pagefind.init();
install({
  async search(q) {
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => ({ slug: (d.url.match(/indsatser\/([^/]+)\//) ?? [])[1], title: d.meta.title }));
  },
});
