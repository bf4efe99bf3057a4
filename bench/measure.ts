/**
 * One measurement, in a process of its own (started by `bench/run.ts`, so that one corpus size's memory does
 * not pollute the next):
 *
 *   node --expose-gc --import tsx bench/measure.ts floor  --root DIR --sources part-00,part-01 --result FILE
 *   node --expose-gc --import tsx bench/measure.ts engine --root DIR --sources … --draft FILE --result FILE
 *        [--repeats N] [--edits N] [--hovers N] [--path server|core] [--budget-s S]
 *
 * `floor`: walks the source folders, reads every file, decodes it and runs the index's tokenizer (`terms`) over
 * it, building nothing: the least any index build has to do. Then, apart, times `loadSources` (read, decode,
 * extract documents) and `splitPassages` over its documents, for a breakdown of the build.
 *
 * `engine`: the language server's own code path. A `Project` (the server's per-workspace state, `project.ts`)
 * indexes the sources (`Project.rebuild` → `SourceWorkspace.build`); memory is read after it; then the draft is
 * checked through `Project.checkDocument` (one `ClaimCache` per open document, as in the editor), re-checked
 * after one-sentence edits (new document versions), and hovered through the server's own hover handler.
 * `--path core` does the same with `SourceWorkspace` + `checkDraft` + a `ClaimCache` directly (no hover).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { parseArgs } from 'node:util';
import type { Hover } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClaimCache, checkDraft } from '../server/src/core/check';
import { resolveConfig, type ClaimcheckConfig } from '../server/src/core/config';
import { extname, joinPath } from '../server/src/core/fs';
import { terms } from '../server/src/core/index/tokenize';
import { loadSources } from '../server/src/core/sources/load';
import { splitPassages } from '../server/src/core/sources/passages';
import { decodeSource } from '../server/src/core/text/decode';
import type { DraftReport, Span } from '../server/src/core/types';
import { SourceWorkspace, type BuildStats } from '../server/src/core/workspace';
import { pathToUri } from '../server/src/convert';
import type { ServerContext } from '../server/src/context';
import { registerHover } from '../server/src/features/hover';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { Project } from '../server/src/project';
import { applyEdits, type BenchDraft, type SentenceKind } from './draft';

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl']);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    sources: { type: 'string' },
    draft: { type: 'string' },
    result: { type: 'string' },
    repeats: { type: 'string', default: '3' },
    edits: { type: 'string', default: '5' },
    hovers: { type: 'string', default: '20' },
    path: { type: 'string', default: 'server' },
    'budget-s': { type: 'string', default: '240' },
  },
});

const root = values.root!;
const sources = values.sources!.split(',');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function benchConfig(): ClaimcheckConfig {
  const { config, problems } = resolveConfig({ sources });
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
}

function memory() {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
}
function fullGc(): void {
  gc();
  gc();
}
/** CPU time of this process (all threads, user + system) so far, in ms: steadier than wall time on a busy machine. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
/** Peak resident set size of this process so far, in bytes. */
const maxRss = () => process.resourceUsage().maxRSS * 1024;

// ---------------------------------------------------------------------------------------------------------
// floor

async function floor(): Promise<Record<string, unknown>> {
  const fs = new NodeFileSystem();
  const started = performance.now();
  const startedCpu = cpuNow();
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of await fs.readDirectory(dir)) {
      const path = joinPath(dir, name);
      const stat = await fs.stat(path);
      if (stat?.type === 'directory') await walk(path);
      else if (stat?.type === 'file' && SOURCE_EXTENSIONS.has(extname(path))) files.push(path);
    }
  };
  for (const source of sources) await walk(joinPath(root, source));
  let bytes = 0;
  let chars = 0;
  let termCount = 0;
  for (const file of files) {
    const data = await fs.readFile(file);
    bytes += data.byteLength;
    const { text } = decodeSource(data);
    chars += text.length;
    termCount += terms(text).length;
  }
  const floorMs = performance.now() - started;
  const floorCpuMs = cpuNow() - startedCpu;

  // Breakdown: the loader alone, then the passage splitter alone (the tokenizer's cache is warm by now; they do
  // not tokenize).
  const config = benchConfig();
  let t = performance.now();
  const loaded = await loadSources(fs, root, config);
  const loadMs = performance.now() - t;
  t = performance.now();
  let passages = 0;
  for (const document of loaded.documents) passages += splitPassages(document).length;
  const splitMs = performance.now() - t;
  return {
    files: files.length,
    bytes,
    chars,
    terms: termCount,
    floorMs: round(floorMs, 1),
    floorMBps: round(bytes / MB / (floorMs / 1000)),
    floorCpuMs: round(floorCpuMs, 1),
    loadMs: round(loadMs, 1),
    loadedDocuments: loaded.documents.length,
    loadWarnings: loaded.warnings.length,
    splitMs: round(splitMs, 1),
    passages,
  };
}

// ---------------------------------------------------------------------------------------------------------
// engine

interface CheckPath {
  build(onProgress: () => void): Promise<BuildStats>;
  /** Checks a version of the draft, as the editor's document `uri` at `version`. */
  check(uri: string, version: number, text: string): Promise<DraftReport>;
  /** Forgets a document (its cache). */
  forget(uri: string): void;
  /** Verdict-cache misses so far for a document, when the path can tell. */
  misses(uri: string): number | undefined;
  hover?(uri: string, version: number, text: string, offset: number): Promise<Hover | null>;
}

const NEVER = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

function serverPath(config: ClaimcheckConfig): CheckPath {
  const project = new Project(root, {
    fs: new NodeFileSystem(),
    log: () => {},
    readSettings: async () => ({ sources: config.sources }),
  });
  const documents = new Map<string, TextDocument>();
  let hoverHandler: ((params: unknown, token: unknown) => Promise<Hover | null>) | undefined;
  const context = {
    connection: { onHover: (handler: typeof hoverHandler) => (hoverHandler = handler) },
    documents: { get: (uri: string) => documents.get(uri) },
    project,
    client: {},
    log: () => {},
  } as unknown as ServerContext;
  registerHover(context);
  const open = (uri: string, version: number, text: string) => {
    const document = TextDocument.create(uri, 'markdown', version, text);
    documents.set(uri, document);
    return document;
  };
  return {
    async build(onProgress) {
      const stats = await project.rebuild(() => onProgress());
      if (!stats) throw new Error(`No build: ${project.stateMessage ?? project.state}`);
      return stats;
    },
    async check(uri, version, text) {
      const result = await project.checkDocument(open(uri, version, text), NEVER);
      if (!result) throw new Error(`The server does not check ${uri} as a draft.`);
      return result.report;
    },
    forget(uri) {
      project.forget(uri);
      documents.delete(uri);
    },
    misses(uri) {
      // Private state, read for the report only: the per-document verdict cache.
      const cache = (project as unknown as { caches?: Map<string, ClaimCache> }).caches?.get(uri);
      return cache?.misses;
    },
    async hover(uri, version, text, offset) {
      const document = documents.get(uri)?.version === version ? documents.get(uri)! : open(uri, version, text);
      return hoverHandler!({ textDocument: { uri }, position: document.positionAt(offset) }, NEVER);
    },
  };
}

function corePath(config: ClaimcheckConfig): CheckPath {
  const workspace = new SourceWorkspace(new NodeFileSystem(), root, config);
  const caches = new Map<string, ClaimCache>();
  return {
    build: (onProgress) => workspace.build(undefined, () => onProgress()),
    async check(uri, _version, text) {
      let cache = caches.get(uri);
      if (!cache) caches.set(uri, (cache = new ClaimCache()));
      return checkDraft(text, workspace.index, { config, format: 'markdown', cache });
    },
    forget: (uri) => caches.delete(uri),
    misses: (uri) => caches.get(uri)?.misses,
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

async function engine(): Promise<Record<string, unknown>> {
  const config = benchConfig();
  const repeats = Number(values.repeats);
  fullGc();
  const baseline = { ...memory(), maxRss: maxRss(), heapLimit: getHeapStatistics().heap_size_limit };

  const path = values.path === 'core' ? corePath(config) : serverPath(config);
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const started = performance.now();
  const startedCpu = cpuNow();
  const stats = await path.build(sample);
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuNow() - startedCpu;
  sample();
  const afterBuild = { ...memory(), maxRss: maxRss() };
  fullGc();
  const afterGc = memory();
  const buildResult = {
    path: values.path,
    build: {
      ms: round(buildMs, 1),
      cpuMs: round(buildCpuMs, 1),
      statsMs: stats.milliseconds,
      files: stats.files,
      documents: stats.documents,
      passages: stats.passages,
      textChars: stats.bytes,
    },
    memory: { baseline, afterBuild, afterGc, peakSampledHeap: peakHeap, peakSampledRss: peakRss },
  };
  // Saved now and after the first check, so that a run stopped by its time limit still reports what it measured.
  savePartial({ ...buildResult, complete: false });

  // The draft is read only now, so that its text is not part of the memory figures.
  const draft = JSON.parse(readFileSync(values.draft!, 'utf8')) as BenchDraft;
  const draftUri = pathToUri(joinPath(root, 'drafts', 'bench.md'));

  // Full check: the first one (cold code), then `repeats` more, each as a newly opened document (empty cache),
  // as long as the checks so far took less than the time budget (a slow engine on a big corpus would take hours).
  const budgetMs = Number(values['budget-s']) * 1000;
  savePartial({ ...buildResult, complete: false, checkStartedAt: Date.now() });
  let t = performance.now();
  const coldCpu = cpuNow();
  let report = await path.check(draftUri, 1, draft.text);
  const coldMs = performance.now() - t;
  const coldCpuMs = cpuNow() - coldCpu;
  savePartial({ ...buildResult, complete: false, check: { claims: report.claims.length, quotes: report.quotes.length, coldMs: round(coldMs), coldCpuMs: round(coldCpuMs) } });
  const fullTimes: number[] = [];
  const fullCpuTimes: number[] = [];
  let spent = coldMs;
  for (let i = 0; i < repeats && spent < budgetMs; i++) {
    const uri = pathToUri(joinPath(root, 'drafts', `bench-${i}.md`));
    t = performance.now();
    const cpu = cpuNow();
    report = await path.check(uri, 1, draft.text);
    fullTimes.push(performance.now() - t);
    fullCpuTimes.push(cpuNow() - cpu);
    spent += fullTimes[fullTimes.length - 1];
    path.forget(uri);
  }
  // Without a repeat (over budget), the first check is the figure.
  const fullMs = fullTimes.length ? median(fullTimes) : coldMs;

  // Hover on claims of the checked draft (the report is current, as when the pointer rests on a claim).
  const hoverTimes: number[] = [];
  let hoverSample: string | undefined;
  /** Claims with no card: unsupported with nothing close (the diagnostic says so; the hover adds nothing). */
  let withoutCard = 0;
  if (path.hover) {
    const claims = report.claims;
    const n = Math.min(Number(values.hovers), claims.length);
    for (let i = 0; i < n; i++) {
      const span = claims[Math.floor((i * claims.length) / n)].claim.span;
      t = performance.now();
      const hover = await path.hover(draftUri, 1, draft.text, (span.start + span.end) >> 1);
      hoverTimes.push(performance.now() - t);
      if (!hover) withoutCard++;
      if (hover) hoverSample ??= typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value.slice(0, 300) : undefined;
    }
  }

  // Re-checks: the first document (checked once, its cache warm) gets one-sentence edits, one version each.
  const versions = applyEdits(draft.text, draft.edits.slice(0, Number(values.edits)));
  const recheckTimes: number[] = [];
  const recheckCpuTimes: number[] = [];
  const recheckMisses: (number | null)[] = [];
  for (let i = 0; i < versions.length; i++) {
    const before = path.misses(draftUri);
    t = performance.now();
    const cpu = cpuNow();
    await path.check(draftUri, i + 2, versions[i]);
    recheckTimes.push(performance.now() - t);
    recheckCpuTimes.push(cpuNow() - cpu);
    const after = path.misses(draftUri);
    recheckMisses.push(before === undefined || after === undefined ? null : after - before);
  }
  const recheckMs = median(recheckTimes);

  // Which sentences of the draft the full check flagged, by how they were altered.
  const detection: Record<string, { sentences: number; flagged: number; codes: Record<string, number> }> = {};
  for (const sentence of draft.sentences) {
    const entry = (detection[sentence.kind as SentenceKind] ??= { sentences: 0, flagged: 0, codes: {} });
    entry.sentences++;
    const hits = report.findings.filter((f) => overlaps(f.span, sentence));
    if (hits.length) entry.flagged++;
    for (const code of new Set(hits.map((f) => f.code))) entry.codes[code] = (entry.codes[code] ?? 0) + 1;
  }
  const verdicts: Record<string, number> = {};
  for (const c of report.claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
  for (const q of report.quotes) verdicts[`quote-${q.verdict}`] = (verdicts[`quote-${q.verdict}`] ?? 0) + 1;

  const claims = report.claims.length;
  return {
    ...buildResult,
    complete: true,
    check: {
      words: draft.words,
      claims,
      quotes: report.quotes.length,
      findings: report.findings.length,
      verdicts,
      coldMs: round(coldMs),
      coldCpuMs: round(coldCpuMs),
      fullTimes: fullTimes.map((x) => round(x)),
      fullMs: round(fullMs),
      fullCpuMs: fullCpuTimes.length ? round(median(fullCpuTimes)) : null,
      fullFromFirst: fullTimes.length === 0,
      perClaimMs: claims ? round(fullMs / claims, 3) : null,
    },
    recheck: {
      times: recheckTimes.map((x) => round(x)),
      misses: recheckMisses,
      ms: round(recheckMs),
      cpuMs: round(median(recheckCpuTimes)),
      maxMs: round(Math.max(...recheckTimes)),
      ratio: round(recheckMs / fullMs, 4),
    },
    hover: path.hover
      ? { times: hoverTimes.map((x) => round(x, 3)), ms: round(median(hoverTimes), 3), maxMs: round(Math.max(...hoverTimes), 3), sample: hoverSample, withoutCard }
      : null,
    detection,
  };
}

// ---------------------------------------------------------------------------------------------------------

function savePartial(result: Record<string, unknown>): void {
  if (values.result) writeFileSync(values.result, JSON.stringify({ task: positionals[0], node: process.version, ...result }, null, 2));
}

async function main(): Promise<void> {
  const task = positionals[0];
  const result = task === 'floor' ? await floor() : task === 'engine' ? await engine() : undefined;
  if (!result) throw new Error(`Unknown task "${task}": floor or engine.`);
  const out = JSON.stringify({ task, node: process.version, ...result }, null, 2);
  if (values.result) writeFileSync(values.result, out);
  else process.stdout.write(`${out}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
