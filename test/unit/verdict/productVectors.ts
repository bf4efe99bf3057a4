/**
 * The product's word vectors (dist/word-vectors.bin) for the tests of one `describe` block: built here from the
 * npm package when the build has not run. The vectors are process-wide and the unit suite runs in one process, so
 * the ones before are restored after the block.
 */
import { after, before } from 'node:test';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWordVectors, useWordVectors, wordVectors } from '../../../server/src/core/verdict/vectors';
import { loadWordVectors } from '../../../server/src/node/wordVectors';

/** Call inside a `describe`: its tests run with the product's word vectors. */
export function withProductWordVectors(): void {
  let previous: ReturnType<typeof wordVectors>;
  before(async () => {
    previous = wordVectors();
    loadWordVectors();
    if (wordVectors()) return;
    const { buildWordVectors, packageVectors } = await import('../../../scripts/word-vectors.mjs');
    const out = join(tmpdir(), `claimcheck-word-vectors-${process.pid}.bin`);
    buildWordVectors(packageVectors()!, out);
    useWordVectors(parseWordVectors(readFileSync(out)));
  });
  after(() => useWordVectors(previous));
}
