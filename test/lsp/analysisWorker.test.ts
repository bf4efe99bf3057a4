/**
 * The server's draft-analysis worker thread (`dist/analysisWorker.js`, built by `npm run test:lsp`): every analysis,
 * the first included, is made in the worker (not on the server's thread), and equals the analysis made in
 * process, edit after edit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../../server/src/core/draft/analyze';
import type { DraftAnalysis } from '../../server/src/core/types';
import { WorkerAnalyzer } from '../../server/src/node/analysisWorker';

const REPO = join(__dirname, '..', '..');
const OPTIONS = { format: 'markdown' as const, claims: 'checkworthy' as const };

/** Made in the worker: the worker's answers carry their paragraph spans packed, unpacked on first use. */
function fromWorker(analysis: DraftAnalysis): boolean {
  return typeof Object.getOwnPropertyDescriptor(analysis, 'paragraphs')?.get === 'function';
}

test('every analysis, the first too, is made in the worker and equals the one made in process', async () => {
  const logs: string[] = [];
  const analyzer = new WorkerAnalyzer((message) => logs.push(message), join(REPO, 'dist', 'analysisWorker.js'));
  try {
    let text = readFileSync(join(REPO, 'test', 'fixtures', 'drafts', 'amnesty.md'), 'utf8');
    for (const edit of ['', 'reportedly ', 'not ', '\n\nKCNA said 300 prisoners were freed.\n\n']) {
      const at = text.indexOf('The amnesty was planned');
      text = text.slice(0, at) + edit + text.slice(at);
      const analysis = await analyzer.analyze('draft', text, OPTIONS);
      assert.ok(fromWorker(analysis), `analysed in the worker (edit ${JSON.stringify(edit)})`);
      assert.deepEqual({ ...analysis, paragraphs: [...analysis.paragraphs] }, analyzeDraft(text, OPTIONS));
    }
    assert.deepEqual(logs, []);
  } finally {
    analyzer.dispose();
  }
});
