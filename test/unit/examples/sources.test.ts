/**
 * The example's PDF report, Word release and WebVTT panel are made by scripts/make-example-sources.mjs and
 * committed. The script must still make exactly those bytes, and each file must load into the document the
 * example draft is checked against.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { loadSourceFile } from '../../../server/src/core/sources/load';
// @ts-expect-error: a plain ES module script, without types
import { makeExampleSources } from '../../../scripts/make-example-sources.mjs';

const root = join(__dirname, '..', '..', '..');

test('scripts/make-example-sources.mjs reproduces the committed example sources byte for byte', async () => {
  const made = (await makeExampleSources()) as Record<string, Uint8Array>;
  assert.deepEqual(Object.keys(made).sort(), [
    'examples/newsroom/sources/council-release.docx',
    'examples/newsroom/sources/harbour-panel.vtt',
    'examples/newsroom/sources/harbour-report.pdf',
    'test/fixtures/e2e-workspace/sources/harbour-report.pdf',
  ]);
  for (const [path, bytes] of Object.entries(made)) {
    const committed = new Uint8Array(readFileSync(join(root, path)));
    assert.ok(Buffer.from(bytes).equals(committed), `${path} differs from what the script makes: run node scripts/make-example-sources.mjs`);
  }
});

test('each example source loads, with its date and its pages, paragraphs or speakers', async () => {
  const files: Record<string, Uint8Array> = {};
  for (const name of ['harbour-report.pdf', 'council-release.docx', 'harbour-panel.vtt']) files[`/ws/sources/${name}`] = readFileSync(join(root, 'examples', 'newsroom', 'sources', name));
  const fs = new MemoryFileSystem(files);
  const load = async (name: string) => {
    const r = await loadSourceFile(fs, `/ws/sources/${name}`, '/ws', DEFAULT_CONFIG);
    assert.deepEqual(r.warnings, [], name);
    assert.equal(r.documents.length, 1, name);
    return r.documents[0];
  };
  const report = await load('harbour-report.pdf');
  assert.equal(report.meta?.pages, 3);
  assert.equal(report.meta?.date?.date, '2024-03-04');
  assert.ok(!report.text.includes('Page 1 of 3') && !report.text.includes('Eastport Port Authority · Harbour'), 'header and footer dropped');
  assert.ok(report.text.includes('recovering, although one dry summer'), 'hyphenation joined');
  // Page 2 is set in two columns: the left column (nitrogen, oysters) is read before the right (sediment).
  assert.ok(report.text.indexOf('Divers counted') < report.text.indexOf('Cores from the inner basin'));
  const release = await load('council-release.docx');
  assert.equal(release.meta?.date?.date, '2024-03-05');
  assert.ok(!release.text.includes('£10 million') && !release.text.includes('Finance to confirm') && !release.text.includes('on Friday'));
  // A figure under a header carries its label (text/tableLabels.ts).
  assert.ok(release.text.includes('National Water Fund | Amount: £2 million'), release.text);
  const panel = await load('harbour-panel.vtt');
  assert.equal(panel.meta?.date?.date, '2024-03-06');
  assert.deepEqual(panel.meta?.speakers?.map((s) => [s.label, s.role]), [['Sam Reid', 'reporter'], ['Amara Okafor', 'marine biologist'], ['Tom Brennan', 'harbour master']]);
});
