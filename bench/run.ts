/**
 * `npm run bench`: speed, memory and accuracy of Claimcheck, measured side by side.
 *
 *   npm run bench                      full run: corpora of 5, 30 and 150 MB; writes bench/results/latest.json,
 *                                      docs/images/bench-scaling.svg and the tables of docs/BENCHMARKS.md
 *   npm run bench -- --quick           about a minute: the 5 MB corpus, fewer repeats, accuracy scripts --quick;
 *                                      writes bench/results/quick.json (git-ignored)
 *   npm run bench -- --sizes 5,30      chosen corpus sizes in MB (multiples of 5)
 *   npm run bench -- --no-accuracy     speed and memory only        --no-speed   accuracy only
 *   npm run bench -- --out FILE        write the JSON there instead  --json       print the JSON, not the table
 *   (a run with any of --sizes, --no-…, --path writes bench/results/custom.json; only the default run writes
 *   latest.json, the chart and the docs)
 *   npm run bench -- --path core       check with SourceWorkspace + checkDraft instead of the server's Project
 *   npm run bench -- --reuse 5,30      take these sizes from the child results of an earlier run (.cache/bench/floor-N.json,
 *                                      engine-N.json), e.g. after a run was stopped; the others are measured
 *
 * Every corpus size is measured in three fresh child processes (`bench/measure.ts`): the tokenizer floor, the index
 * build with memory, checks and hover, and the floor again (the build is set against the mean of the two floors),
 * so that one size's memory does not pollute the next. The
 * accuracy scripts `bench/retrieval.ts` and `bench/verdicts.ts`, the start-up benchmark `bench/startup.ts` and the
 * MiniSearch reference `bench/minisearch.ts` run as child processes too, with `--json`.
 *
 *   npm run bench -- --data DIR        the evaluation data (default ../shared/data from the repository root, or
 *                                      CLAIMCHECK_DATA; see bench/data.ts)
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ensureCorpus, corpusDir, PART_BYTES, HOLDOUT_EVERY } from './corpus';
import { dataRoot } from './data';
import { ALTERATIONS, buildDraft } from './draft';
import { checkTargets, renderText, TARGETS, type AccuracyResult, type BenchResults, type SizeResult } from './results';
import { writeChartAndDocs } from './chart';

const REPO = resolve(__dirname, '..');
const CACHE = join(REPO, '.cache', 'bench');
const MB = 1e6;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    accuracy: { type: 'boolean', default: true },
    'no-accuracy': { type: 'boolean', default: false },
    'no-speed': { type: 'boolean', default: false },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
    path: { type: 'string', default: 'server' },
    'timeout-min': { type: 'string', default: '30' },
    reuse: { type: 'string' },
    data: { type: 'string' },
  },
});

// One data folder for this run and its child processes (bench/data.ts).
process.env.CLAIMCHECK_DATA = dataRoot().path;

const quick = values.quick!;
const sizes = (values.sizes ?? (quick ? '5' : '5,30,150')).split(',').map((s) => Number(s.trim()));
if (sizes.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error(`--sizes: sizes in MB, e.g. 5,30,150`);
const repeats = quick ? 0 : 3;
const edits = quick ? 3 : 5;
const hovers = quick ? 10 : 20;
/** Sizes whose child results of an earlier run (in .cache/bench) are read back instead of measured again. */
const reused = new Set((values.reuse ?? '').split(',').filter(Boolean).map(Number));
const timeoutMs = Number(values['timeout-min']) * 60_000;
const defaultRun = !quick && !values.sizes && !values['no-speed'] && !values['no-accuracy'] && values.path === 'server';
const out = values.out ?? join(REPO, 'bench', 'results', quick ? 'quick.json' : defaultRun ? 'latest.json' : 'custom.json');
const isLatest = resolve(out) === join(REPO, 'bench', 'results', 'latest.json');

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ChildResult {
  ok: boolean;
  json?: Record<string, any>;
  stdout: string;
  error?: string;
  ms: number;
}

/** Runs `node [nodeArgs] script args…` in the repo; parses the JSON result file (or stdout). */
function runChild(nodeArgs: string[], script: string, args: string[], resultFile?: string): Promise<ChildResult> {
  const started = performance.now();
  if (resultFile) rmSync(resultFile, { force: true });
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs / 60_000} min`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code !== 0) {
        const tail = stderr.trim().split('\n').slice(-6).join('\n');
        // What the child saved before it stopped (measure.ts saves after each phase).
        let partial: Record<string, any> | undefined;
        try {
          if (resultFile && existsSync(resultFile)) partial = JSON.parse(readFileSync(resultFile, 'utf8'));
        } catch {
          partial = undefined;
        }
        done({ ok: false, json: partial, stdout, error: `${script} ${args[0] ?? ''} exited with ${code ?? signal}: ${tail}`, ms });
        return;
      }
      try {
        const text = resultFile ? readFileSync(resultFile, 'utf8') : stdout.slice(stdout.indexOf('{'));
        done({ ok: true, json: JSON.parse(text), stdout, ms });
      } catch (error) {
        done({ ok: false, stdout, error: `${script}: cannot read its JSON: ${(error as Error).message}`, ms });
      }
    });
  });
}

/** A child's result file from an earlier run (`--reuse`). */
function readChildResult(file: string): ChildResult {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return json.complete === false ? { ok: false, json, stdout: '', error: `${file}: incomplete (the run that wrote it stopped)`, ms: 0 } : { ok: true, json, stdout: '', ms: 0 };
  } catch (error) {
    return { ok: false, stdout: '', error: `--reuse: cannot read ${file}: ${(error as Error).message}`, ms: 0 };
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Engine modules that still throw "not implemented" (the benchmark says so rather than hiding it). */
function stubModules(): string[] {
  const list = git(['ls-files', '--cached', '--others', '--exclude-standard', 'server/src']).split('\n');
  return list.filter((file) => file.endsWith('.ts') && readFileSync(join(REPO, file), 'utf8').startsWith('// STUB'));
}

/** The engine as the children of one size import it: the commit and the uncommitted engine files (other engineers may commit during a run). */
function engineState(): { commit: string; dirty: string[] } {
  return { commit: git(['rev-parse', '--short', 'HEAD']), dirty: git(['status', '--porcelain', '--', 'server/src']).split('\n').filter(Boolean) };
}

const toMB = (bytes: number) => Math.round((bytes / MB) * 100) / 100;
const r2 = (x: number) => Math.round(x * 100) / 100;

async function measureSize(targetMB: number, draftFile: string): Promise<SizeResult> {
  const parts = Math.max(1, Math.round((targetMB * MB) / PART_BYTES));
  const manifest = ensureCorpus(CACHE, parts, log);
  const used = manifest.parts.slice(0, parts);
  const sourceBytes = used.reduce((s, p) => s + p.bytes, 0);
  const root = corpusDir(CACHE);
  const common = ['--root', root, '--sources', used.map((p) => p.name).join(',')];
  const result: SizeResult = {
    targetMB,
    parts,
    sourceBytes,
    sourceMB: toMB(sourceBytes),
    files: used.reduce((s, p) => s + p.files, 0),
    documents: null,
    passages: null,
    build: null,
    floor: null,
    buildToFloor: null,
    memory: null,
    check: null,
    recheck: null,
    hover: null,
    detection: null,
    errors: [],
    engine: engineState(),
  };

  const floorFile = join(CACHE, `floor-${targetMB}.json`);
  const reuse = reused.has(targetMB);
  if (reuse) {
    log(`${targetMB} MB: reusing ${floorFile.replace(`${REPO}/`, '')} and engine-${targetMB}.json`);
    result.engine = undefined;
    result.reused = true;
  }
  if (!reuse) log(`${targetMB} MB: tokenizer floor…`);
  const floor = reuse ? readChildResult(floorFile) : await runChild(['--expose-gc'], 'bench/measure.ts', ['floor', ...common, '--result', floorFile], floorFile);
  if (floor.ok) {
    const f = floor.json!;
    result.floor = { ms: f.floorMs, cpuMs: f.floorCpuMs ?? null, mbPerSec: f.floorMBps, terms: f.terms, loadMs: f.loadMs, splitMs: f.splitMs };
  } else result.errors.push(floor.error!);

  if (!reuse) log(`${targetMB} MB: index build, memory, checks…`);
  const engineFile = join(CACHE, `engine-${targetMB}.json`);
  const engine = reuse
    ? readChildResult(engineFile)
    : await runChild(
        ['--expose-gc'],
        'bench/measure.ts',
        ['engine', ...common, '--draft', draftFile, '--result', engineFile, '--repeats', String(repeats), '--edits', String(edits), '--hovers', String(hovers), '--path', values.path!],
        engineFile,
      );
  if (!engine.ok) result.errors.push(engine.json ? `${engine.error} (figures measured before it stopped are kept)` : engine.error!);
  // The floor again after the engine, and the build set against the mean of the two: a shared machine's speed
  // drifts between processes minutes apart (1.35-1.54x the floor for the same build code in four runs).
  if (!reuse && floor.ok && engine.json?.build) {
    log(`${targetMB} MB: tokenizer floor again…`);
    const afterFile = join(CACHE, `floor-${targetMB}-after.json`);
    const after = await runChild(['--expose-gc'], 'bench/measure.ts', ['floor', ...common, '--result', afterFile], afterFile);
    if (after.ok && result.floor) {
      const a = after.json!;
      const before = result.floor;
      result.floor = {
        ...before,
        ms: r2((before.ms + a.floorMs) / 2),
        cpuMs: before.cpuMs != null && a.floorCpuMs != null ? r2((before.cpuMs + a.floorCpuMs) / 2) : null,
        mbPerSec: r2((before.mbPerSec + a.floorMBps) / 2),
        runs: { ms: [before.ms, a.floorMs], cpuMs: [before.cpuMs, a.floorCpuMs ?? null] },
      };
    } else if (!after.ok) result.errors.push(after.error!);
  }
  if (engine.json?.build) {
    const e = engine.json;
    result.files = e.build.files;
    result.documents = e.build.documents;
    result.passages = e.build.passages;
    result.build = { ms: e.build.ms, cpuMs: e.build.cpuMs ?? null, mbPerSec: r2(sourceBytes / MB / (e.build.ms / 1000)) };
    if (result.floor) result.buildToFloor = r2(e.build.ms / result.floor.ms);
    if (result.floor?.cpuMs && e.build.cpuMs) result.buildToFloorCpu = r2(e.build.cpuMs / result.floor.cpuMs);
    const m = e.memory;
    const peakRss = Math.max(m.afterBuild.maxRss, m.peakSampledRss);
    const peakHeap = Math.max(m.peakSampledHeap, m.afterBuild.heapUsed);
    result.memory = {
      baselineRssMB: toMB(m.baseline.rss),
      baselineHeapMB: toMB(m.baseline.heapUsed),
      peakRssMB: toMB(peakRss),
      peakHeapMB: toMB(peakHeap),
      rssAfterGcMB: toMB(m.afterGc.rss),
      heapAfterGcMB: toMB(m.afterGc.heapUsed),
      peakRssPerSourceMB: r2(peakRss / sourceBytes),
      rssGrowthPerSourceMB: r2((peakRss - m.baseline.rss) / sourceBytes),
      // The JS heap and the typed arrays' buffers (held outside the heap: the postings and per-sentence tables).
      heapPerSourceMB: r2((m.afterGc.heapUsed + m.afterGc.arrayBuffers - m.baseline.heapUsed - m.baseline.arrayBuffers) / sourceBytes),
      jsHeapPerSourceMB: r2((m.afterGc.heapUsed - m.baseline.heapUsed) / sourceBytes),
    };
    if (!e.check && e.checkStartedAt) {
      // Stopped during the first check: how long it had run is a lower bound.
      const ranMs = Date.now() - e.checkStartedAt;
      result.errors.push(`the first full check had not finished after ${(ranMs / 60_000).toFixed(1)} min (so more than ${(ranMs / 135).toFixed(0)} ms per claim for the draft's ~135 claims)`);
      result.checkLowerBoundMs = ranMs;
    }
    if (e.check?.fullMs !== undefined) result.check = e.check;
    else if (e.check) {
      // Stopped after the first check: that is the figure.
      const c = e.check;
      result.check = { words: 0, claims: c.claims, quotes: c.quotes, findings: 0, verdicts: {}, coldMs: c.coldMs, coldCpuMs: c.coldCpuMs, fullMs: c.coldMs, fullTimes: [], fullFromFirst: true, perClaimMs: c.claims ? Math.round((c.coldMs / c.claims) * 1000) / 1000 : null };
    }
    result.recheck = e.recheck ?? null;
    result.hover = e.hover ?? null;
    result.detection = e.detection ?? null;
  }
  return result;
}

async function accuracy(name: 'retrieval' | 'verdicts'): Promise<AccuracyResult | null> {
  const script = `bench/${name}.ts`;
  if (!existsSync(join(REPO, script))) return null;
  log(`accuracy: ${script} --json${quick ? ' --quick' : ''}…`);
  const child = await runChild([], script, ['--json', ...(quick ? ['--quick'] : [])]);
  return { script, ms: Math.round(child.ms), output: child.ok ? child.json : null, ...(child.ok ? {} : { error: child.error }) };
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  const loadStart = os.loadavg().map(r2);
  const draft = buildDraft();
  mkdirSync(CACHE, { recursive: true });
  const draftFile = join(CACHE, 'draft.json');
  writeFileSync(draftFile, JSON.stringify(draft));
  writeFileSync(join(CACHE, 'draft.md'), draft.text);

  const sizeResults: SizeResult[] = [];
  if (!values['no-speed']) {
    for (const size of sizes) sizeResults.push(await measureSize(size, draftFile));
  }
  // Start-up with a persisted index: bench/startup.ts measures cold build, warm start and a one-file change.
  type StartupReport = { results?: { sizeMB: number; warmWallS: number; coldWallS: number; changeWallS: number }[] };
  let startupReport: StartupReport | null = null;
  if (!values['no-speed'] && existsSync(join(REPO, 'bench/startup.ts'))) {
    log(`startup: bench/startup.ts --json${quick ? ' --quick' : ''}…`);
    const child = await runChild([], 'bench/startup.ts', ['--json', ...(quick ? ['--quick'] : [])]);
    startupReport = child.ok ? (child.json as unknown as StartupReport) : null;
  }
  const largestStartup = startupReport?.results?.at(-1);
  // The reference: the same documents indexed by MiniSearch, the library the design names (bench/minisearch.ts).
  let minisearch: unknown = null;
  if (!values['no-speed'] && existsSync(join(REPO, 'bench/minisearch.ts'))) {
    log(`reference: bench/minisearch.ts --json${quick ? ' --quick' : ''}…`);
    const child = await runChild(['--expose-gc'], 'bench/minisearch.ts', ['--json', ...(quick ? ['--quick'] : [])]);
    minisearch = child.ok ? child.json : { error: child.error };
  }
  // Indexing speed per source format: the same articles as text, Markdown, HTML, VTT, PDF, Word and MHTML.
  let formats: ChildResult | null = null;
  if (!values['no-speed'] && existsSync(join(REPO, 'bench/formats.ts'))) {
    log(`formats: bench/formats.ts${quick ? ' --articles 100 --repeats 1' : ''}…`);
    const formatsFile = join(CACHE, 'formats.json');
    formats = await runChild([], 'bench/formats.ts', ['--out', formatsFile, ...(quick ? ['--articles', '100', '--repeats', '1'] : [])], formatsFile);
    if (!formats.ok) log(formats.error ?? 'bench/formats.ts failed');
  }
  const runAccuracy = values.accuracy && !values['no-accuracy'];
  const retrieval = runAccuracy ? await accuracy('retrieval') : null;
  const verdicts = runAccuracy ? await accuracy('verdicts') : null;

  const cpus = os.cpus();
  const results: BenchResults = {
    schema: 1,
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    mode: quick ? 'quick' : 'full',
    durationSeconds: Math.round((performance.now() - runStarted) / 1000),
    git: {
      commit: git(['rev-parse', '--short', 'HEAD']),
      dirtyEngineFiles: git(['status', '--porcelain', '--', 'server/src']).split('\n').filter(Boolean),
      stubModules: stubModules(),
    },
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      v8: process.versions.v8,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      loadAverage: { start: loadStart, end: os.loadavg().map(r2) },
    },
    settings: {
      sizesMB: sizes,
      partBytes: PART_BYTES,
      corpus: `news/ of the data folder: BBC articles as .txt files (1 in ${HOLDOUT_EVERY} held out), Reuters-21578 bodies as .jsonl (1,000 records a file), repeated with distinct names and ids; under .cache/bench/corpus`,
      draft: { sentences: draft.sentences.length, words: draft.words, alterations: ALTERATIONS, edits: edits },
      repeats: { fullCheck: repeats, edits, hovers },
      checkPath: values.path === 'core' ? 'SourceWorkspace + checkDraft + ClaimCache' : 'server Project.checkDocument (per-document ClaimCache) and the server hover handler',
      config: { sources: 'part folders of the corpus', claims: 'checkworthy (default)', thresholds: 'defaults' },
      node: `--expose-gc, default heap limit`,
      mb: '10^6 bytes of source files on disk',
    },
    targets: TARGETS,
    sizes: sizeResults,
    startup: largestStartup
      ? {
          persistedIndexMs: Math.round(largestStartup.warmWallS * 1000),
          note:
            `Warm start from the index cache at ${largestStartup.sizeMB} MB: ${largestStartup.warmWallS.toFixed(2)} s against a cold build of ` +
            `${largestStartup.coldWallS.toFixed(2)} s (${Math.round((100 * largestStartup.warmWallS) / largestStartup.coldWallS)}%); ` +
            `one changed file re-indexed in ${largestStartup.changeWallS.toFixed(2)} s (bench/startup.ts).`,
          report: startupReport,
        }
      : { persistedIndexMs: null, note: 'bench/startup.ts did not run (--no-speed) or failed; see its own output.' },
    minisearch,
    accuracy: { retrieval, verdicts },
    ...(formats?.ok ? { formats: formats.json } : {}),
    summary: checkTargets(sizeResults, startupReport),
  };

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  if (isLatest) writeChartAndDocs(results, REPO);
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${renderText(results)}${formats?.ok ? `\n\nIndexing speed per source format (bench/formats.ts):\n${formats.stdout.trim()}` : ''}\n\nWrote ${out.replace(`${REPO}/`, '')}${isLatest ? ', docs/images/bench-scaling.svg and docs/BENCHMARKS.md' : ''}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
