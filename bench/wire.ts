/**
 * `npx tsx bench/wire.ts [--mb 30] [--hovers 20]`: edit and hover latency over the language server's
 * real JSON-RPC stdio wire (`test/lsp/harness.ts` starts `dist/server.js`; run `npm run build` first), as an
 * editor sees it, at a writer's pace (bench/load.ts does bursts of typing).
 *
 * The benchmark draft (`bench/draft.ts`) against the news corpus of `--mb` MB (`bench/corpus.ts`): the draft is
 * opened and its diagnostics pulled once (the first full check); then its five one-sentence edits in order (a
 * word or a number changed: new claims no check has judged), each after a pause of 400 ms (the
 * server starts a draft's checks at most every 250 ms), each timed from the `didChange` notification to the full
 * diagnostic report of the new version (pulled at once; an "ask again" answer is pulled again and counted); then
 * `--hovers` hovers on claims of the checked draft, one after another. Times are at the client: they include the
 * wire, the server's JSON work and the analysis worker thread. Prints one JSON line.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-protocol';
import { ensureCorpus } from './corpus';
import { applyEdits, buildDraft } from './draft';
import { TestClient } from '../test/lsp/harness';

const CACHE = join(resolve(__dirname, '..'), '.cache', 'bench');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '30' }, hovers: { type: 'string', default: '20' } } });

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const parts = Math.max(1, Math.round(Number(values.mb) / 5));
  const manifest = ensureCorpus(CACHE, parts, (line) => process.stderr.write(`${line}\n`));
  const sources = manifest.parts.slice(0, parts).map((p) => `corpus/${p.name}`);
  const client = await TestClient.start({ root: CACHE, settings: { sources } });
  try {
    await client.ready();
    const draft = buildDraft();
    const uri = await client.open('drafts/wire.md', draft.text);
    let t = performance.now();
    await client.pullFull(uri);
    const firstCheckMs = performance.now() - t;

    // Each edit turns the previous version into the next (the edits in order).
    const versions = applyEdits(draft.text, draft.edits);
    const edits = versions.length;
    const editMs: number[] = [];
    let askAgain = 0;
    let doc = TextDocument.create(uri, 'markdown', 1, draft.text);
    for (let i = 0; i < edits; i++) {
      const next = versions[i];
      await new Promise((r) => setTimeout(r, 400));
      // The whole text as one change (the server applies it like any other; the edit is one sentence).
      const range = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
      doc = TextDocument.update(doc, [{ range, text: next }], doc.version + 1);
      t = performance.now();
      await client.change(uri, [{ range, text: next }], next);
      for (;;) {
        try {
          const report = await client.pull(uri);
          if (report.kind === 'full') break;
        } catch {
          askAgain++;
        }
      }
      editMs.push(performance.now() - t);
    }

    // Hovers on claims spread over the draft (the last version is checked).
    const text = doc.getText();
    const starts = [...text.matchAll(/(?:^|[.!?]\s+)([A-Z])/gm)].map((m) => m.index! + m[0].length - 1);
    const hoverMs: number[] = [];
    let cards = 0;
    const n = Number(values.hovers);
    for (let i = 0; i < n; i++) {
      const at = starts[Math.floor((i * starts.length) / n)] + 3;
      t = performance.now();
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at) });
      hoverMs.push(performance.now() - t);
      if (hover) cards++;
    }
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'wire',
        sourcesMb: parts * 5,
        firstCheckMs: Math.round(firstCheckMs),
        edits: { n: edits, medianMs: r1(percentile(editMs, 0.5)), maxMs: r1(Math.max(...editMs)), times: editMs.map(r1), askAgain },
        hovers: { n, cards, medianMs: r1(percentile(hoverMs, 0.5)), p95Ms: r1(percentile(hoverMs, 0.95)), maxMs: r1(Math.max(...hoverMs)) },
      })}\n`,
    );
  } finally {
    await client.stop();
  }
}

void main();
