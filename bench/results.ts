/**
 * The shape of `bench/results/latest.json`, the targets, and the renderings of a result: the plain-text table
 * `npm run bench` prints and the Markdown table of `docs/BENCHMARKS.md`.
 */

export interface SizeResult {
  /** The corpus size asked for, in MB (10^6 bytes). */
  targetMB: number;
  parts: number;
  /** Bytes of the source files on disk. */
  sourceBytes: number;
  sourceMB: number;
  files: number | null;
  documents: number | null;
  passages: number | null;
  /** `cpuMs`: CPU time of the process over the same span (all threads), steadier than wall time on a busy machine. */
  build: { ms: number; cpuMs: number | null; mbPerSec: number } | null;
  /** With `runs`: the mean of a floor measured before the engine and one after it. */
  floor: { ms: number; cpuMs: number | null; mbPerSec: number; terms: number; loadMs: number; splitMs: number; runs?: { ms: number[]; cpuMs: (number | null)[] } } | null;
  /** Build time over floor time (wall clock). */
  buildToFloor: number | null;
  /** The same ratio in CPU time. */
  buildToFloorCpu?: number | null;
  memory: {
    baselineRssMB: number;
    baselineHeapMB: number;
    peakRssMB: number;
    peakHeapMB: number;
    rssAfterGcMB: number;
    heapAfterGcMB: number;
    /** Peak RSS over the source text (whole process). */
    peakRssPerSourceMB: number;
    /** (peak RSS − RSS before the build) over the source text. */
    rssGrowthPerSourceMB: number;
    /** (heap + array buffers after GC − the same before the build) over the source text: what the index and documents keep alive. */
    heapPerSourceMB: number;
    /** The same without the typed arrays' buffers (the figure before 2026-12-01). */
    jsHeapPerSourceMB?: number;
  } | null;
  check: {
    words: number;
    claims: number;
    quotes: number;
    findings: number;
    verdicts: Record<string, number>;
    coldMs: number;
    coldCpuMs?: number;
    fullMs: number;
    fullTimes: number[];
    fullCpuMs?: number | null;
    /** True when no repeat fitted in the time budget: `fullMs` is then the first check. */
    fullFromFirst?: boolean;
    perClaimMs: number | null;
  } | null;
  recheck: { ms: number; cpuMs?: number; maxMs: number; times: number[]; misses: (number | null)[]; ratio: number } | null;
  hover: { ms: number; maxMs: number; times: number[]; sample?: string; withoutCard?: number } | null;
  detection: Record<string, { sentences: number; flagged: number; codes: Record<string, number> }> | null;
  errors: string[];
  /** The engine this size was measured with: commit and uncommitted engine files when its children started. */
  engine?: { commit: string; dirty: string[] };
  /** When the run stopped during the first full check: how long that check had been running. */
  checkLowerBoundMs?: number;
  /** Read back from an earlier run's child results (`--reuse`). */
  reused?: boolean;
}

export interface AccuracyResult {
  script: string;
  ms: number;
  /** The script's own `--json` output. */
  output: unknown;
  error?: string;
}

export interface BenchResults {
  schema: 1;
  generatedAt: string;
  mode: 'full' | 'quick';
  /** Wall time of the whole run. */
  durationSeconds?: number;
  git: { commit: string; dirtyEngineFiles: string[]; stubModules: string[] };
  machine: { cpu: string; cores: number; memoryGB: number; node: string; v8: string; platform: string; loadAverage: { start: number[]; end: number[] } };
  settings: Record<string, unknown>;
  targets: typeof TARGETS;
  sizes: SizeResult[];
  startup: { persistedIndexMs: number | null; note: string; report?: unknown };
  /** SourceIndex against MiniSearch on the same documents (bench/minisearch.ts --json); absent in older results. */
  minisearch?: unknown;
  accuracy: { retrieval: AccuracyResult | null; verdicts: AccuracyResult | null };
  /** Indexing speed per source format (bench/formats.ts), when it ran. */
  formats?: unknown;
  summary: TargetCheck[];
}

/** Issue 13's targets (the first two rows of the summary are the older ones, kept for comparison). */
export const TARGETS = {
  indexMBps: 10,
  buildToFloor: 1.5,
  perClaimMsAt30MB: 2,
  perClaimMsAt150MB: 10,
  recheckMs: 10,
  memoryPerSourceMB: 3,
  maxPauseMsAt150MB: 50,
  warmOverCold: 0.1,
} as const;

export interface TargetCheck {
  figure: string;
  target: string;
  value: number | null;
  unit: string;
  /** Corpus size the value is from (MB). */
  atMB: number | null;
  met: boolean | null;
}

/** The size the targets are judged at: 30 MB when measured, else the largest measured. */
function referenceSize(sizes: SizeResult[]): SizeResult | undefined {
  return sizes.find((s) => s.targetMB === 30) ?? [...sizes].sort((a, b) => b.targetMB - a.targetMB)[0];
}

/** What `checkTargets` reads of the start-up benchmark's report (bench/startup.ts). */
type StartupFigures = { results?: { sizeMB: number; coldMaxLagMs?: number; serverColdMaxLagMs?: number; warmMaxLagMs?: number; warmOverCold?: number; coldOverFloor?: number }[] };

export function checkTargets(sizes: SizeResult[], startup?: unknown): TargetCheck[] {
  const ref = referenceSize(sizes);
  const at = ref?.targetMB ?? null;
  const row = (figure: string, target: string, value: number | null | undefined, unit: string, ok: (v: number) => boolean, atMB: number | null = at): TargetCheck => ({
    figure,
    target,
    value: value ?? null,
    unit,
    atMB,
    met: value == null ? null : ok(value),
  });
  const big = sizes.find((s) => s.targetMB === 150);
  const bigStart = (startup as StartupFigures | undefined)?.results?.find((r) => r.sizeMB === 150);
  // The language server's pauses: its cold build runs in the build worker (the `server-cold` phase; the plain
  // `cold` phase is the CLI's build on its one thread, where no request waits), its warm start on its own thread.
  const pause = bigStart ? Math.max(bigStart.serverColdMaxLagMs ?? bigStart.coldMaxLagMs ?? 0, bigStart.warmMaxLagMs ?? 0) : undefined;
  return [
    row('index build throughput', `≥ ${TARGETS.indexMBps} MB/s`, ref?.build?.mbPerSec, 'MB/s', (v) => v >= TARGETS.indexMBps),
    row('peak RSS growth / source', `≤ ${TARGETS.memoryPerSourceMB}×`, ref?.memory?.rssGrowthPerSourceMB, '×', (v) => v <= TARGETS.memoryPerSourceMB),
    row('index build / tokenizer floor (wall)', `≤ ${TARGETS.buildToFloor}×`, ref?.buildToFloor, '×', (v) => v <= TARGETS.buildToFloor),
    row('full check per claim', `≤ ${TARGETS.perClaimMsAt30MB} ms`, ref?.check?.perClaimMs, 'ms', (v) => v <= TARGETS.perClaimMsAt30MB),
    row('re-check after one edit', `≤ ${TARGETS.recheckMs} ms`, ref?.recheck?.ms, 'ms', (v) => v <= TARGETS.recheckMs),
    row('index memory (heap + array buffers kept) / source', `≤ ${TARGETS.memoryPerSourceMB}×`, ref?.memory?.heapPerSourceMB, '×', (v) => v <= TARGETS.memoryPerSourceMB),
    row('full check per claim', `≤ ${TARGETS.perClaimMsAt150MB} ms`, big?.check?.perClaimMs, 'ms', (v) => v <= TARGETS.perClaimMsAt150MB, big ? 150 : null),
    row('longest event-loop pause of the language server, cold build (build worker) or warm start (bench/startup.ts)', `≤ ${TARGETS.maxPauseMsAt150MB} ms`, pause, 'ms', (v) => v <= TARGETS.maxPauseMsAt150MB, bigStart ? 150 : null),
    row('warm start / cold build (bench/startup.ts)', `≤ ${TARGETS.warmOverCold * 100}%`, bigStart?.warmOverCold == null ? null : bigStart.warmOverCold * 100, '%', (v) => v <= TARGETS.warmOverCold * 100, bigStart ? 150 : null),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

const dash = '—';

function fmt(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return dash;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function detectionCell(size: SizeResult, kind: string): string {
  const d = size.detection?.[kind];
  return d ? `${d.flagged}/${d.sentences}` : dash;
}

/** Rows of the speed and memory table: label, one cell per size, target. */
export function speedRows(results: BenchResults): string[][] {
  const sizes = results.sizes;
  const r = (label: string, cell: (s: SizeResult) => string, target = '') => [label, ...sizes.map(cell), target];
  return [
    ['corpus', ...sizes.map((s) => `${s.targetMB} MB`), 'target'],
    r('source files, MB', (s) => fmt(s.sourceMB)),
    r('documents / passages', (s) => (s.documents == null ? dash : `${s.documents.toLocaleString('en-US')} / ${(s.passages ?? 0).toLocaleString('en-US')}`)),
    r('index build, s (CPU s)', (s) => (s.build ? `${fmt(s.build.ms / 1000, 2)} (${fmt(s.build.cpuMs == null ? null : s.build.cpuMs / 1000, 2)})` : dash)),
    r('index build, MB/s (by CPU time)', (s) => (s.build ? `${fmt(s.build.mbPerSec, 2)} (${fmt(s.build.cpuMs ? s.sourceMB / (s.build.cpuMs / 1000) : null, 2)})` : dash), `≥ ${TARGETS.indexMBps}`),
    r('floor (read+decode+terms), s (CPU s)', (s) => (s.floor ? `${fmt(s.floor.ms / 1000, 2)} (${fmt(s.floor.cpuMs == null ? null : s.floor.cpuMs / 1000, 2)})` : dash)),
    r('floor, MB/s (by CPU time)', (s) => (s.floor ? `${fmt(s.floor.mbPerSec, 2)} (${fmt(s.floor.cpuMs ? s.sourceMB / (s.floor.cpuMs / 1000) : null, 2)})` : dash)),
    r('build / floor (CPU)', (s) => (s.buildToFloor == null ? dash : `${fmt(s.buildToFloor, 2)}× (${fmt(s.buildToFloorCpu, 2)}×)`), `≤ ${TARGETS.buildToFloor}×`),
    r('  of which load / split, s', (s) => (s.floor ? `${fmt(s.floor.loadMs / 1000, 2)} / ${fmt(s.floor.splitMs / 1000, 2)}` : dash)),
    r('peak RSS, MB', (s) => fmt(s.memory?.peakRssMB, 0)),
    r('heap after GC, MB', (s) => fmt(s.memory?.heapAfterGcMB, 0)),
    r('heap + array buffers kept / source', (s) => (s.memory ? `${fmt(s.memory.heapPerSourceMB, 2)}×` : dash), `≤ ${TARGETS.memoryPerSourceMB}×`),
    r('peak RSS growth / source', (s) => (s.memory ? `${fmt(s.memory.rssGrowthPerSourceMB, 2)}×` : dash), `≤ ${TARGETS.memoryPerSourceMB}×`),
    r('draft claims / quotes', (s) => (s.check ? `${s.check.claims} / ${s.check.quotes}` : dash)),
    r('full check, ms (first)', (s) => (s.checkLowerBoundMs && !s.check ? `> ${fmt(s.checkLowerBoundMs, 0)} (stopped)` : s.check ? (s.check.fullFromFirst ? `${fmt(s.check.coldMs, 0)} (first only)` : `${fmt(s.check.fullMs, 0)} (${fmt(s.check.coldMs, 0)})`) : dash)),
    r('full check, CPU ms', (s) => fmt(s.check?.fullFromFirst ? s.check.coldCpuMs : s.check?.fullCpuMs, 0)),
    r('full check per claim, ms', (s) => fmt(s.check?.perClaimMs, 2), `≤ ${TARGETS.perClaimMsAt30MB} at 30 MB, ≤ ${TARGETS.perClaimMsAt150MB} at 150 MB`),
    r('re-check after 1 edit, ms', (s) => fmt(s.recheck?.ms, 1), `≤ ${TARGETS.recheckMs}`),
    r('re-check, CPU ms', (s) => fmt(s.recheck?.cpuMs, 1)),
    r('re-check / full check', (s) => (s.recheck ? `${fmt(s.recheck.ratio * 100, 1)}%` : dash)),
    r('hover on a claim, ms', (s) => fmt(s.hover?.ms, 2)),
    r('start-up, persisted index', () => 'n/a'),
    r('flagged: numbers changed', (s) => detectionCell(s, 'number')),
    r('flagged: names swapped', (s) => detectionCell(s, 'name')),
    r('flagged: outside the corpus', (s) => detectionCell(s, 'outside')),
    r('flagged: quotes altered', (s) => detectionCell(s, 'quote')),
    r('flagged: verbatim (false flags)', (s) => detectionCell(s, 'verbatim')),
  ];
}

/** Numeric leaves of an accuracy script's JSON, flattened to `path = value` (at most `limit`). */
export function accuracyFigures(output: unknown, limit = 24): [string, number][] {
  const out: [string, number][] = [];
  const visit = (value: unknown, path: string, depth: number) => {
    if (out.length >= limit || depth > 4) return;
    if (typeof value === 'number' && Number.isFinite(value)) out.push([path, value]);
    else if (Array.isArray(value)) {
      if (value.length <= 8) value.forEach((v, i) => visit(v, `${path}[${i}]`, depth + 1));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  visit(output, '', 0);
  return out;
}

/** The figures of the accuracy scripts shown in the tables: JSON path in the script's output, and a label. */
export const ACCURACY_FIGURES: Record<'retrieval' | 'verdicts', [string, string][]> = {
  retrieval: [
    ['reference.ndcg10', 'SciFact nDCG@10, MiniSearch defaults (reference)'],
    ['sourceIndex.ndcg10', 'SciFact nDCG@10, SourceIndex'],
    ['sourceIndex.fit.ndcg10', 'SciFact nDCG@10, SourceIndex, fit half (even ids)'],
    ['sourceIndex.heldOut.ndcg10', 'SciFact nDCG@10, SourceIndex, held-out half (odd ids)'],
    ['sourceIndex.recall3', 'SciFact recall@3, SourceIndex'],
    ['sourceIndex.recall10', 'SciFact recall@10, SourceIndex'],
    ['build.megabytesPerSecond', 'SciFact index build, MB/s'],
  ],
  verdicts: [
    ['summary.scifactCitedHeldOut', 'SciFact (cited) held-out, balanced accuracy'],
    ['summary.wiceHeldOut', 'WiCE held-out, balanced accuracy'],
    ['summary.wiceSupportedF1HeldOut', 'WiCE held-out, supported-class F1'],
    ['summary.frankMeanHeldOut', 'FRANK summaries held-out, balanced acc. (mean)'],
    ['summary.perturbationRecallMinHeldOut', 'BBC perturbations held-out, lowest recall of a type'],
    ['summary.paraphraseFalseAlarmsHeldOut', 'BBC faithful rewordings held-out, share flagged'],
    ['msPerClaimScifactCited', 'SciFact verdict time per claim, ms'],
  ],
};

function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The key figures of an accuracy script's output; every numeric leaf when none of the known paths is there. */
export function keyAccuracyFigures(name: 'retrieval' | 'verdicts', output: unknown): [string, number][] {
  const known = ACCURACY_FIGURES[name]
    .map(([path, label]) => [label, at(output, path)] as [string, unknown])
    .filter((e): e is [string, number] => typeof e[1] === 'number');
  return known.length ? known : accuracyFigures(output);
}

function accuracyLines(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const name of ['retrieval', 'verdicts'] as const) {
    const acc = results.accuracy[name];
    if (!acc) {
      lines.push(`${name}: not run`);
      continue;
    }
    if (acc.error) {
      lines.push(`${name}: failed: ${acc.error.split('\n')[0]}`);
      continue;
    }
    lines.push(`bench/${name}.ts (${fmt(acc.ms / 1000, 1)} s):`);
    for (const [label, value] of keyAccuracyFigures(name, acc.output)) lines.push(`  ${label.padEnd(52)} ${Number.isInteger(value) ? value : value.toFixed(3)}`);
  }
  return lines;
}

export function renderAccuracyMarkdown(results: BenchResults): string {
  const rows = ['| figure | value |', '|---|---:|'];
  for (const name of ['retrieval', 'verdicts'] as const) {
    const acc = results.accuracy[name];
    if (!acc || acc.error) {
      rows.push(`| \`bench/${name}.ts\` | ${acc?.error ? 'failed' : 'not run'} |`);
      continue;
    }
    for (const [label, value] of keyAccuracyFigures(name, acc.output)) rows.push(`| ${mdEscape(label)} | ${Number.isInteger(value) ? value : value.toFixed(3)} |`);
  }
  return rows.join('\n');
}

function padTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r, ri) => {
      const line = r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
      return ri === 0 ? `${line}\n${'-'.repeat([...line].length)}` : line;
    })
    .join('\n');
}

export function renderText(results: BenchResults): string {
  const m = results.machine;
  const head = `Claimcheck benchmark (${results.mode}) ${results.generatedAt} · ${m.cpu}, ${m.cores} cores, Node ${m.node} · load ${m.loadAverage.start.map((x) => x.toFixed(1)).join(' ')} · ${results.durationSeconds ?? '?'} s`;
  const lines = [head, '', padTable(speedRows(results)), ''];
  lines.push('Targets (judged at 30 MB, else the largest size measured):');
  for (const t of results.summary) {
    const mark = t.met == null ? '?' : t.met ? 'met' : 'NOT met';
    lines.push(`  ${t.figure.padEnd(36)} ${t.target.padEnd(10)} ${t.value == null ? dash : `${fmt(t.value, 2)} ${t.unit}`.padEnd(12)} ${mark}`);
  }
  lines.push('', 'Accuracy:', ...accuracyLines(results).map((l) => `  ${l}`));
  const notes = [...results.sizes.flatMap((s) => s.errors.map((e) => `${s.targetMB} MB: ${e}`))];
  if (results.git.stubModules.length) notes.push(`engine modules still stubs: ${results.git.stubModules.join(', ')}`);
  if (notes.length) lines.push('', 'Notes:', ...notes.map((n) => `  ${n}`));
  return lines.join('\n');
}

function mdEscape(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

export function renderMarkdown(results: BenchResults): string {
  const rows = speedRows(results);
  const table = [
    `| ${rows[0].map(mdEscape).join(' | ')} |`,
    `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.slice(1).map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
  ].join('\n');
  const targets = [
    '| figure | target | measured | at | met |',
    '|---|---|---:|---:|---|',
    ...results.summary.map(
      (t) => `| ${t.figure} | ${mdEscape(t.target)} | ${t.value == null ? dash : `${fmt(t.value, 2)}${t.unit === '×' ? '' : ' '}${t.unit}`} | ${t.atMB ?? dash} MB | ${t.met == null ? dash : t.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  return `${table}\n\n${targets}`;
}
