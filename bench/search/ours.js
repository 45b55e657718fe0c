import { openIndex } from '../js/search/core/engine.js';
import { install } from './harness.js';

const index = await openIndex(new URL('../search/', location.href).href);
index.warm();
install({
  async search(q) {
    const answer = await index.search(q, { limit: 10 });
    return answer.results.map((r) => ({ slug: r.slug, title: r.title }));
  },
});
