// Shared by the benchmark pages: renders titles, times queries, runs the query in the URL.
export function install(engine) {
  const list = document.querySelector('#results');
  async function search(q) {
    const hits = await engine.search(q);
    list.replaceChildren(...hits.map((h) => Object.assign(document.createElement('li'), { textContent: h.title })));
    return hits.map((h) => h.slug);
  }
  async function latency(queries) {
    for (const q of queries) await engine.search(q);  // warm: every part these queries need is loaded
    const times = [];
    for (const q of queries) {
      const t = performance.now();
      await engine.search(q);
      times.push(performance.now() - t);
    }
    return times;
  }
  async function rank(queries) {
    const out = [];
    for (const q of queries) out.push((await engine.search(q)).map((h) => h.slug));
    return out;
  }
  window.bench = { search, latency, rank };
  const q = new URLSearchParams(location.search).get('q');
  if (q) search(q).then(() => { window.benchFirst = performance.now(); });
}
