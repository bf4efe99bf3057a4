/**
 * `npx tsx bench/load.ts`: the language server under a burst of typing, over its real JSON-RPC stdio wire
 * (`test/lsp/harness.ts` starts `dist/server.js`). Two scenarios:
 *
 * - `load` (the reliability issue, #11): the benchmark draft (`bench/draft.ts`, about 3,000 words) against 30 MB
 *   of news sources (`bench/corpus.ts`), 50 incremental edits a second for 20 s;
 * - `long-burst` (the parsing issue, #15): a 30,000-word draft in one Markdown chunk (ten benchmark drafts and a
 *   link definition, which keeps a draft in one chunk) against 5 MB of sources, 50 edits a second for 60 s.
 *
 * The edits are typing: a word typed a character at a time at a cursor, now and then a backspace, the cursor
 * moving to another sentence every few words; after each edit the client asks for the draft's diagnostics, as
 * VS Code does. Every 100 ms a hover is sent on a claim away from the cursor. The server's resident memory
 * (which includes its analysis worker thread) is sampled every 250 ms.
 *
 * Reported: edits sent, diagnostics answered in full or "ask again", hovers answered with a card, empty or with
 * an error (the old "ask again"), their latency; memory during and after the burst (per 10 s window, to see
 * whether it levels off); and whether the diagnostics after the burst equal a fresh check of the final text
 * (the same text opened as a new document: a fresh verdict cache, the same index).
 *
 * Writes bench/results/load.json; `--docs` rewrites the generated section of docs/BENCHMARKS.md.
 * Options: `--scenario load|long-burst|both` (default both), `--seconds N`, `--rate N`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ensureCorpus } from './corpus';
import { buildDraft } from './draft';
import { spliceDocs } from './docs';
import { TestClient } from '../test/lsp/harness';
import { rng } from './datasets';

const REPO = resolve(__dirname, '..');
const CACHE = join(REPO, '.cache', 'bench');

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'both' },
    seconds: { type: 'string' },
    rate: { type: 'string', default: '50' },
    docs: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

interface Scenario {
  name: 'load' | 'long-burst';
  parts: number;
  seconds: number;
  draft: string;
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : 0;
}

/** The places typing may happen: offsets inside sentences of prose (not headings, not the definition). */
function sentenceOffsets(text: string): number[] {
  const out: number[] = [];
  const re = /[A-Z][^.!?\n#]{20,}[.!?]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (text[lineStart] === '#' || text[lineStart] === '[') continue;
    out.push(m.index + Math.floor(m[0].length / 2));
  }
  return out;
}

function comparable(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${typeof d.message === 'string' ? d.message : d.message.value}`).sort();
}

async function run(scenario: Scenario, rate: number) {
  const manifest = ensureCorpus(CACHE, scenario.parts, (line) => process.stderr.write(`${line}\n`));
  const sources = manifest.parts.slice(0, scenario.parts).map((p) => `corpus/${p.name}`);
  mkdirSync(join(CACHE, 'drafts'), { recursive: true });
  const client = await TestClient.start({ root: CACHE, settings: { sources } });
  const pid = client.process.pid!;
  const t0 = performance.now();
  await client.ready();
  const indexMs = performance.now() - t0;
  process.stderr.write(`${scenario.name}: ${sources.length * 5} MB indexed in ${Math.round(indexMs)} ms, ${Math.round(rssMb(pid))} MB RSS\n`);

  const uri = await client.open(`drafts/${scenario.name}.md`, scenario.draft);
  const f0 = performance.now();
  await client.pullFull(uri);
  const firstCheckMs = performance.now() - f0;
  const rssBefore = rssMb(pid);

  let doc = TextDocument.create(uri, 'markdown', 1, scenario.draft);
  const rand = rng(20261201);
  const words = ['amnesty', 'prisoners', 'minister', 'about', 'forty', 'said', 'government', 'report', 'early', 'figures'];
  let cursor = 0;
  let word = '';
  let typedWords = 0;
  let edits = 0;
  const pulls = { full: 0, unchanged: 0, askAgain: 0, other: 0 };
  const hovers: { ms: number; outcome: 'card' | 'empty' | 'error' }[] = [];
  const memory: { t: number; mb: number }[] = [];
  const pending: Promise<unknown>[] = [];

  const moveCursor = () => {
    const spots = sentenceOffsets(doc.getText());
    cursor = spots[Math.floor(rand() * spots.length)];
  };
  moveCursor();

  const sampler = setInterval(() => memory.push({ t: (performance.now() - start) / 1000, mb: rssMb(pid) }), 250);
  const hoverTimer = setInterval(() => {
    // A claim away from the cursor: a sentence start at least 2,000 characters from it.
    const text = doc.getText();
    const spots = sentenceOffsets(text).filter((o) => Math.abs(o - cursor) > 2000);
    const at = spots[Math.floor(rand() * spots.length)] ?? 0;
    const t = performance.now();
    pending.push(
      client
        .request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at) })
        .then((h) => hovers.push({ ms: performance.now() - t, outcome: h ? 'card' : 'empty' }))
        .catch(() => hovers.push({ ms: performance.now() - t, outcome: 'error' })),
    );
  }, 100);

  const start = performance.now();
  const interval = 1000 / rate;
  while (performance.now() - start < scenario.seconds * 1000) {
    const due = start + edits * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // The next keystroke.
    let change: { start: number; end: number; text: string };
    if (word === '' && rand() < 0.1 && cursor > 0) change = { start: cursor - 1, end: cursor, text: '' };
    else {
      if (word === '') {
        word = `${words[Math.floor(rand() * words.length)]} `;
        if (++typedWords % 4 === 0) moveCursor();
      }
      change = { start: cursor, end: cursor, text: word[0] };
      word = word.slice(1);
    }
    const range = { start: doc.positionAt(change.start), end: doc.positionAt(change.end) };
    doc = TextDocument.update(doc, [{ range, text: change.text }], doc.version + 1);
    cursor = change.start + change.text.length;
    edits++;
    await client.change(uri, [{ range, text: change.text }], doc.getText());
    pending.push(
      client.pull(uri).then(
        (r) => (r.kind === 'full' ? pulls.full++ : pulls.unchanged++),
        (e: { code?: number }) => (e?.code === -32802 || e?.code === -32801 ? pulls.askAgain++ : pulls.other++),
      ),
    );
  }
  const burstSeconds = (performance.now() - start) / 1000;
  clearInterval(hoverTimer);
  await Promise.allSettled(pending);
  const s0 = performance.now();
  const final = await client.pullFull(uri);
  const settleMs = performance.now() - s0;
  clearInterval(sampler);
  const rssAfter = rssMb(pid);

  const fresh = await client.open(`drafts/${scenario.name}-fresh.md`, doc.getText());
  const freshItems = await client.pullFull(fresh);
  const equal = JSON.stringify(comparable(final)) === JSON.stringify(comparable(freshItems));
  await client.stop();

  const windows: { from: number; maxMb: number; minMb: number }[] = [];
  for (let w = 0; w * 10 < burstSeconds; w++) {
    const inWindow = memory.filter((m) => m.t >= w * 10 && m.t < (w + 1) * 10 && Number.isFinite(m.mb)).map((m) => m.mb);
    if (inWindow.length) windows.push({ from: w * 10, maxMb: Math.max(...inWindow), minMb: Math.min(...inWindow) });
  }
  const latencies = hovers.map((h) => h.ms);
  const result = {
    scenario: scenario.name,
    draftWords: scenario.draft.split(/\s+/).filter(Boolean).length,
    draftChars: scenario.draft.length,
    sourcesMb: sources.length * 5,
    indexMs: Math.round(indexMs),
    firstCheckMs: Math.round(firstCheckMs),
    burstSeconds: Math.round(burstSeconds * 10) / 10,
    edits,
    editsPerSecond: Math.round((edits / burstSeconds) * 10) / 10,
    pulls,
    hovers: {
      sent: hovers.length,
      card: hovers.filter((h) => h.outcome === 'card').length,
      empty: hovers.filter((h) => h.outcome === 'empty').length,
      error: hovers.filter((h) => h.outcome === 'error').length,
      p50Ms: Math.round(percentile(latencies, 0.5) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 0.95) * 10) / 10,
      maxMs: Math.round(Math.max(0, ...latencies) * 10) / 10,
    },
    settleMs: Math.round(settleMs),
    diagnosticsAfter: final.length,
    equalToFreshCheck: equal,
    memory: {
      beforeMb: Math.round(rssBefore),
      maxMb: Math.round(Math.max(...memory.map((m) => m.mb).filter(Number.isFinite))),
      afterMb: Math.round(rssAfter),
      windows: windows.map((w) => ({ from: w.from, minMb: Math.round(w.minMb), maxMb: Math.round(w.maxMb) })),
    },
  };
  process.stderr.write(`${JSON.stringify(result)}\n`);
  return result;
}

function longDraft(): string {
  // Ten benchmark drafts (different articles) and one link definition: one Markdown chunk of about 30,000 words.
  const parts = Array.from({ length: 10 }, (_, i) => buildDraft(20260601 + i).text);
  return `${parts.join('\n\n')}\n\n[bbc]: https://www.bbc.co.uk/news\n`;
}

function renderMarkdown(results: Awaited<ReturnType<typeof run>>[]): string {
  const rows = [
    '| figure | ' + results.map((r) => `${r.scenario}: ${r.draftWords.toLocaleString('en')} words, ${r.sourcesMb} MB of sources`).join(' | ') + ' |',
    '|---|' + results.map(() => '---:|').join(''),
  ];
  const row = (name: string, f: (r: (typeof results)[number]) => string | number) => rows.push(`| ${name} | ${results.map((r) => f(r)).join(' | ')} |`);
  row('burst', (r) => `${r.edits} edits in ${r.burstSeconds} s (${r.editsPerSecond}/s)`);
  row('first full check, ms', (r) => r.firstCheckMs);
  row('diagnostic pulls: full / unchanged / "ask again"', (r) => `${r.pulls.full} / ${r.pulls.unchanged} / ${r.pulls.askAgain}`);
  row('hovers during the burst: card / empty / error', (r) => `${r.hovers.card} / ${r.hovers.empty} / ${r.hovers.error} of ${r.hovers.sent}`);
  row('hover latency p50 / p95 / max, ms', (r) => `${r.hovers.p50Ms} / ${r.hovers.p95Ms} / ${r.hovers.maxMs}`);
  row('settling after the burst, ms', (r) => r.settleMs);
  row('diagnostics after the burst equal a fresh check', (r) => (r.equalToFreshCheck ? `yes (${r.diagnosticsAfter})` : `**no** (${r.diagnosticsAfter})`));
  row('server RSS before / max / after, MB', (r) => `${r.memory.beforeMb} / ${r.memory.maxMb} / ${r.memory.afterMb}`);
  row('RSS per 10 s of burst (min–max), MB', (r) => r.memory.windows.map((w) => `${w.minMb}–${w.maxMb}`).join(', '));
  return rows.join('\n');
}

async function main(): Promise<void> {
  const rate = Number(values.rate);
  const which = values.scenario === 'both' ? ['load', 'long-burst'] : [values.scenario!];
  const results = [];
  for (const name of which) {
    const scenario: Scenario =
      name === 'load'
        ? { name: 'load', parts: 6, seconds: Number(values.seconds ?? 20), draft: buildDraft().text }
        : { name: 'long-burst', parts: 1, seconds: Number(values.seconds ?? 60), draft: longDraft() };
    results.push(await run(scenario, rate));
  }
  const out = values.out ?? join(REPO, 'bench', 'results', 'load.json');
  const measured = new Date().toISOString();
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}`;
  writeFileSync(out, `${JSON.stringify({ measured, machine, load: os.loadavg(), results }, null, 2)}\n`);
  const table = renderMarkdown(results);
  process.stdout.write(`${table}\n`);
  if (values.docs) spliceDocs('load', 'bench/load.ts', `Measured ${measured.slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} at the end.\n\n${table}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
