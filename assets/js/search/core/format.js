// Decoders for the static index's binary files (format described in docs/search.md).

function reader(bytes) {
  let i = 0;
  return {
    varint() {
      let value = 0, shift = 0, b;
      do { b = bytes[i++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return value;
    },
    byte: () => bytes[i++],
    bytes(n) { const out = bytes.subarray(i, i + n); i += n; return out; },
  };
}

/** The 256 weights a posting's byte stands for (log scale between the index's least and greatest weight). */
export function weightTable(min, max) {
  const table = new Float32Array(256);
  const span = max > min ? Math.log(max / min) : 0;
  for (let q = 1; q < 256; q++) table[q] = span ? min * Math.exp(((q - 1) / 254) * span) : max;
  return table;
}

/**
 * A term shard: sorted terms, each with its postings (document numbers and weights).
 * Returns { terms: string[], postings: {docs: Int32Array, weights: Float32Array}[] }.
 */
export function decodeShard(buffer, weights) {
  const r = reader(new Uint8Array(buffer));
  const utf8 = new TextDecoder();
  const count = r.varint();
  const terms = new Array(count);
  const postings = new Array(count);
  let previous = new Uint8Array(0);
  for (let t = 0; t < count; t++) {
    const shared = r.varint();
    const suffix = r.bytes(r.varint());
    const term = new Uint8Array(shared + suffix.length);
    term.set(previous.subarray(0, shared));
    term.set(suffix, shared);
    terms[t] = utf8.decode(term);
    previous = term;
    const df = r.varint();
    const docs = new Int32Array(df);
    const w = new Float32Array(df);
    let doc = 0;
    for (let p = 0; p < df; p++) {
      doc += r.varint();
      docs[p] = doc;
      w[p] = weights[r.byte()];
    }
    postings[t] = { docs, weights: w };
  }
  return { terms, postings };
}
