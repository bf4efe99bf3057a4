/**
 * Draws `docs/images/bench-scaling.svg` from a benchmark result (check time and memory against corpus size) and
 * refreshes the generated part of `docs/BENCHMARKS.md` (between the `bench:begin` and `bench:end` markers).
 *
 *   npx tsx bench/chart.ts [bench/results/latest.json]
 *
 * `npm run bench` calls it after a full run. The SVG is written by hand (no plotting library): two panels with
 * logarithmic corpus-size axes, the measured series as lines with points, and the targets as dashed lines.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkTargets, renderAccuracyMarkdown, renderMarkdown, TARGETS, type BenchResults } from './results';

interface Series {
  label: string;
  color: string;
  points: [number, number][];
}

interface Guide {
  label: string;
  color: string;
  /** y as a function of x (a constant for a flat target). */
  y: (x: number) => number;
}

interface PanelOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  yLog: boolean;
  series: Series[];
  guides: Guide[];
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceLinearTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min * 0.999 && v <= max * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

function label(v: number): string {
  if (v >= 1000) return `${v / 1000}k`;
  return String(Math.round(v * 1000) / 1000);
}

function panel(o: PanelOptions): string {
  const left = o.x + 56;
  const right = o.x + o.width - 12;
  const top = o.y + 34;
  const bottom = o.y + o.height - 64;
  const xs = o.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = o.series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v > 0);
  const xMin = Math.min(...xs, 5) / 1.5;
  const xMax = Math.max(...xs, 5) * 1.5;
  const guideYs = o.guides.flatMap((g) => [g.y(xMin), g.y(xMax)]).filter((v) => v > 0);
  let yMin: number;
  let yMax: number;
  let yTicks: number[];
  if (o.yLog) {
    const all = [...ys, ...guideYs];
    yMin = 10 ** Math.floor(Math.log10(Math.min(...all, 1)));
    yMax = 10 ** Math.ceil(Math.log10(Math.max(...all, 1) * 1.05));
    yTicks = logTicks(yMin, yMax);
    // Over many decades, 1-2-5 ticks crowd: keep the powers of ten.
    if (yMax / yMin > 1e4) yTicks = yTicks.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  } else {
    yMin = 0;
    yTicks = niceLinearTicks(Math.max(...ys, 1) * 1.1);
    yMax = yTicks[yTicks.length - 1];
  }
  const px = (x: number) => left + ((Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * (right - left);
  const py = (y: number) => {
    const f = o.yLog ? (Math.log(Math.max(y, yMin)) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin)) : (y - yMin) / (yMax - yMin);
    return bottom - Math.min(1.02, Math.max(-0.02, f)) * (bottom - top);
  };
  const parts: string[] = [];
  parts.push(`<text x="${o.x + o.width / 2}" y="${o.y + 18}" text-anchor="middle" font-size="14" font-weight="600" ${FONT}>${esc(o.title)}</text>`);
  // Grid and axes.
  for (const t of yTicks) {
    const y = py(t).toFixed(1);
    parts.push(`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11" fill="#374151" ${FONT}>${label(t)}</text>`);
  }
  for (const t of logTicks(xMin, xMax)) {
    const x = px(t).toFixed(1);
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#f3f4f6"/>`);
    parts.push(`<text x="${x}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="#374151" ${FONT}>${label(t)}</text>`);
  }
  parts.push(`<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="#9ca3af"/>`);
  parts.push(`<text x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle" font-size="12" fill="#111827" ${FONT}>${esc(o.xLabel)}</text>`);
  parts.push(
    `<text transform="translate(${o.x + 14} ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="12" fill="#111827" ${FONT}>${esc(o.yLabel)}</text>`,
  );
  // Targets.
  for (const g of o.guides) {
    const steps = 24;
    const pts: string[] = [];
    for (let i = 0; i <= steps; i++) {
      const x = Math.exp(Math.log(xMin) + (i / steps) * (Math.log(xMax) - Math.log(xMin)));
      pts.push(`${px(x).toFixed(1)},${py(g.y(x)).toFixed(1)}`);
    }
    parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${g.color}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  }
  // Series.
  for (const s of o.series) {
    const pts = s.points.filter((p) => p[1] > 0 || !o.yLog);
    if (pts.length > 1) parts.push(`<polyline points="${pts.map((p) => `${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
    for (const p of pts) {
      parts.push(`<circle cx="${px(p[0]).toFixed(1)}" cy="${py(p[1]).toFixed(1)}" r="4" fill="${s.color}"><title>${esc(`${s.label}: ${label(p[1])} at ${p[0]} MB`)}</title></circle>`);
    }
  }
  // Legend, under the x label.
  const entries = [...o.series.map((s) => ({ label: s.label, color: s.color, dashed: false })), ...o.guides.map((g) => ({ label: g.label, color: g.color, dashed: true }))];
  let lx = o.x + 16;
  let ly = bottom + 50;
  for (const e of entries) {
    const w = 40 + e.label.length * 6.6;
    if (lx + w > o.x + o.width) {
      lx = o.x + 16;
      ly += 15;
    }
    parts.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 20}" y2="${ly - 4}" stroke="${e.color}" stroke-width="${e.dashed ? 1.5 : 2.5}"${e.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text x="${lx + 25}" y="${ly}" font-size="11" fill="#111827" ${FONT}>${esc(e.label)}</text>`);
    lx += w;
  }
  return parts.join('\n');
}

export function renderChart(results: BenchResults, before?: BenchResults): string {
  const sizes = results.sizes.filter((s) => s.check || s.memory);
  const pts = (f: (s: (typeof sizes)[number]) => number | null | undefined, from = sizes): [number, number][] =>
    from.filter((s) => f(s) != null).map((s) => [s.sourceMB, f(s)!]);
  // The run before issue 13's work (bench/results/before-issue13.json), in light colours.
  const old = before?.sizes.filter((s) => s.check || s.memory) ?? [];
  const was = old.length ? ` (before: ${before!.generatedAt.slice(0, 10)}, ${before!.git.commit})` : '';
  const width = 920;
  const height = 360;
  const left = panel({
    x: 0,
    y: 24,
    width: width / 2,
    height: height - 24,
    title: 'Checking a 150-sentence draft',
    xLabel: 'corpus size, MB of source files (log scale)',
    yLabel: 'milliseconds (log scale)',
    yLog: true,
    series: [
      { label: 'full check, per claim', color: '#2563eb', points: pts((s) => s.check?.perClaimMs) },
      { label: 're-check after one edit', color: '#059669', points: pts((s) => s.recheck?.ms) },
      { label: 'hover', color: '#9333ea', points: pts((s) => s.hover?.ms) },
      ...(old.length
        ? [
            { label: `full check, per claim${was}`, color: '#93c5fd', points: pts((s) => s.check?.perClaimMs, old) },
            { label: `re-check after one edit${was}`, color: '#6ee7b7', points: pts((s) => s.recheck?.ms, old) },
          ]
        : []),
    ],
    guides: [
      { label: `target ${TARGETS.perClaimMsAt30MB} ms/claim`, color: '#2563eb', y: () => TARGETS.perClaimMsAt30MB },
      { label: `target re-check ${TARGETS.recheckMs} ms`, color: '#059669', y: () => TARGETS.recheckMs },
    ],
  });
  const right = panel({
    x: width / 2,
    y: 24,
    width: width / 2,
    height: height - 24,
    title: 'Memory after indexing',
    xLabel: 'corpus size, MB of source files (log scale)',
    yLabel: 'MB',
    yLog: false,
    series: [
      { label: 'peak RSS', color: '#dc2626', points: pts((s) => s.memory?.peakRssMB) },
      { label: 'heap after GC', color: '#ea580c', points: pts((s) => s.memory?.heapAfterGcMB) },
      ...(old.length
        ? [
            { label: `peak RSS${was}`, color: '#fca5a5', points: pts((s) => s.memory?.peakRssMB, old) },
            { label: `heap after GC${was}`, color: '#fdba74', points: pts((s) => s.memory?.heapAfterGcMB, old) },
          ]
        : []),
    ],
    guides: [{ label: `target ${TARGETS.memoryPerSourceMB}× source`, color: '#6b7280', y: (x) => TARGETS.memoryPerSourceMB * x }],
  });
  // Room for the legend's second row (the series of the run before).
  const extra = old.length ? 40 : 10;
  const m = results.machine;
  const caption = `Claimcheck ${results.mode} benchmark, ${results.generatedAt.slice(0, 10)} · ${m.cpu}, ${m.cores} cores, Node ${m.node}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + extra}" viewBox="0 0 ${width} ${height + extra}" role="img" aria-label="Check time and memory against corpus size">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="11" fill="#6b7280" ${FONT}>${esc(caption)}</text>`,
    left,
    right,
    '</svg>',
    '',
  ].join('\n');
}

const BEGIN = '<!-- bench:begin (generated by bench/chart.ts from bench/results/latest.json; edit outside these markers) -->';
const END = '<!-- bench:end -->';

function generatedSection(results: BenchResults): string {
  const m = results.machine;
  const notes: string[] = [];
  for (const s of results.sizes) for (const e of s.errors) notes.push(`- ${s.targetMB} MB: ${e.split('\n')[0]}`);
  for (const s of results.sizes) {
    if (s.reused) notes.push(`- ${s.targetMB} MB: read back from an earlier run of the same command (\`--reuse\`), engine at commit \`${s.engine?.commit ?? '?'}\`.`);
    else if (s.engine && s.engine.commit !== results.git.commit) notes.push(`- ${s.targetMB} MB: measured with the engine at commit \`${s.engine.commit}\` (${s.engine.dirty.length} uncommitted engine files).`);
  }
  if (results.git.stubModules.length) notes.push(`- Engine modules still stubs when measured: ${results.git.stubModules.join(', ')}`);
  if (results.git.dirtyEngineFiles.length) notes.push(`- Measured with ${results.git.dirtyEngineFiles.length} uncommitted engine file(s) in the work tree.`);
  return [
    BEGIN,
    '',
    `Measured ${results.generatedAt} at commit \`${results.git.commit}\` on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, ${m.platform}; load average ${m.loadAverage.start.join(' / ')} at the start${results.durationSeconds ? `; the run took ${Math.round(results.durationSeconds / 60)} minutes` : ''}.`,
    '',
    renderMarkdown(results),
    '',
    ...referenceSection(results),
    '![Check time and memory against corpus size](images/bench-scaling.svg)',
    '',
    '### Accuracy (from `bench/retrieval.ts` and `bench/verdicts.ts`)',
    '',
    renderAccuracyMarkdown(results),
    '',
    `Start-up with a persisted index: ${results.startup.persistedIndexMs == null ? 'not measured.' : `${results.startup.persistedIndexMs} ms.`} ${results.startup.note}`,
    ...(notes.length ? ['', ...notes] : []),
    '',
    END,
  ].join('\n');
}

/** SourceIndex against MiniSearch on the same documents, and builds against the tokenizer floor, from the same run. */
function referenceSection(results: BenchResults): string[] {
  type Row = { corpus: string; indexer: string; megabytes: number; buildMs: number; buildCpuMs: number; indexMB: number; searchMs: number; queries: number };
  const rows = ((results.minisearch as { rows?: Row[] } | null | undefined)?.rows ?? []).filter((r) => r && typeof r.buildMs === 'number');
  const out: string[] = [];
  const corpora = [...new Set(rows.map((r) => r.corpus))];
  const pairs = corpora
    .map((c) => [rows.find((r) => r.corpus === c && r.indexer === 'SourceIndex'), rows.find((r) => r.corpus === c && r.indexer === 'MiniSearch')] as const)
    .filter((p): p is readonly [Row, Row] => !!p[0] && !!p[1]);
  if (pairs.length) {
    out.push('Against MiniSearch in the same run (`bench/minisearch.ts`: the same documents and passages, each indexer in a fresh process; MiniSearch / SourceIndex):', '');
    out.push('| corpus | MB | build, ms (SourceIndex / MiniSearch) | ratio | index memory, MB | ratio | search, ms | ratio |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [a, b] of pairs) {
      const x = (u: number, v: number) => `${(v / u).toFixed(1)}×`;
      out.push(`| ${a.corpus} | ${a.megabytes} | ${a.buildMs} / ${b.buildMs} | ${x(a.buildMs, b.buildMs)} | ${a.indexMB} / ${b.indexMB} | ${x(a.indexMB, b.indexMB)} | ${a.searchMs} / ${b.searchMs} | ${x(a.searchMs, b.searchMs)} |`);
    }
    out.push('');
  }
  const floors = results.sizes.filter((s) => s.buildToFloor != null);
  if (floors.length) {
    out.push(`Index build against the tokenizer floor (read + decode + tokenize, no index) in the same run: ${floors.map((s) => `${s.targetMB} MB ${s.buildToFloor}× wall (${s.buildToFloorCpu ?? '?'}× CPU)`).join(', ')}.`, '');
  }
  return out;
}

const TEMPLATE = `# Benchmarks

Speed, memory and accuracy of Claimcheck, measured side by side by one command, \`npm run bench\`. What each figure
means and how it is measured: [bench/README.md](../bench/README.md).

## Latest results

${BEGIN}
${END}
`;

/** Writes the SVG and the generated section of docs/BENCHMARKS.md. */
export function writeChartAndDocs(results: BenchResults, repo: string): void {
  const svg = join(repo, 'docs', 'images', 'bench-scaling.svg');
  mkdirSync(dirname(svg), { recursive: true });
  const beforeFile = join(repo, 'bench', 'results', 'before-issue13.json');
  const before = existsSync(beforeFile) ? (JSON.parse(readFileSync(beforeFile, 'utf8')) as BenchResults) : undefined;
  writeFileSync(svg, renderChart(results, before));
  const doc = join(repo, 'docs', 'BENCHMARKS.md');
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : TEMPLATE;
  const start = text.indexOf(BEGIN.slice(0, 18));
  const end = text.indexOf(END);
  if (start < 0 || end < 0) text = `${text.trimEnd()}\n\n## Latest results\n\n${BEGIN}\n${END}\n`;
  const s = text.indexOf(BEGIN.slice(0, 18));
  const e = text.indexOf(END) + END.length;
  writeFileSync(doc, text.slice(0, s) + generatedSection(results) + text.slice(e));
}

if (require.main === module) {
  const repo = resolve(__dirname, '..');
  const file = process.argv[2] ?? join(repo, 'bench', 'results', 'latest.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  // The targets judged again (a result file from before a change of the targets is judged by today's).
  results.summary = checkTargets(results.sizes, results.startup?.report);
  writeChartAndDocs(results, repo);
  process.stdout.write(`Wrote docs/images/bench-scaling.svg and docs/BENCHMARKS.md from ${file}\n`);
}
