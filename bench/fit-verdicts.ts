/**
 * Fits the verdict's decision (server/src/core/verdict/model.json): a logistic regression over the features of
 * `accounting.ts`, on the *fit* split of every set of bench/verdicts.ts only, and reports fit and held-out side by
 * side (a gap over 0.03 in balanced accuracy is over-fitting).
 *
 *   npx tsx bench/fit-verdicts.ts [--quick] [--data DIR] [--dry-run]
 *
 * - Standardised features (mean and scale from the fit split), L2 penalty `LAMBDA`, full-batch gradient descent.
 * - Each set weighs the same in the loss (SciFact cited, WiCE, FRANK CNN/DM, FRANK XSum, perturbations and
 *   faithful rewordings), and within a set both classes weigh the same: the objective is balanced accuracy.
 * - The threshold on the probability of support is then chosen on the fit split for the best mean balanced
 *   accuracy of the final verdicts (contradictions included) over the sets, with the faithful rewordings counted
 *   with the perturbations as one set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { FEATURE_NAMES, supportProbability, type DecisionFeatures, type DecisionModel } from '../server/src/core/verdict/accounting';
import { decisionFeaturesOf } from '../server/src/core/verdict/claims';
import { prepareAll, printReport, report, type Item } from './verdicts';

/** L2 penalty, relative to a loss whose weights sum to 1. */
const LAMBDA = 0.002;
/** `--only a,b`: fit on these features alone (the others get weight 0), to compare smaller models. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const dryRun = process.argv.includes('--dry-run');
const MODEL_PATH = join(__dirname, '..', 'server', 'src', 'core', 'verdict', 'model.json');

/** The set a claim's loss is weighed in. */
function lossSet(item: Item): string | undefined {
  if (item.set === 'scifact-cited' || item.set === 'wice') return item.set;
  if (item.set === 'frank') return `frank-${item.group.split('/')[0]}`;
  if (item.set === 'perturbations' || item.set === 'paraphrases') return 'news';
  return undefined;
}

interface Row {
  item: Item;
  x: number[];
  y: number;
  w: number;
  contradicted: boolean;
  set: string;
}

const started = performance.now();
const prepared = prepareAll();
const options = { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 };
const rows: Row[] = [];
for (const item of prepared.items) {
  const set = lossSet(item);
  if (!set) continue;
  const { features, result } = decisionFeaturesOf(item.prepared, options);
  const x = FEATURE_NAMES.map((n) => (features && (!only || only.includes(n)) ? (features as DecisionFeatures)[n] : 0));
  // Flagged whatever the probability: a contradiction, or a figure, date or name no source states.
  const forced = result.verdict === 'contradicted' || (features?.unstatedValues ?? 0) > 0;
  rows.push({ item, x, y: item.positive ? 0 : 1, w: 1, contradicted: forced, set });
}
const fit = rows.filter((r) => r.item.split === 'fit');

// Weights: every set the same total, both classes the same within a set.
const sets = [...new Set(fit.map((r) => r.set))];
for (const set of sets) {
  for (const y of [0, 1]) {
    const group = fit.filter((r) => r.set === set && r.y === y);
    for (const r of group) r.w = 1 / (2 * sets.length * Math.max(1, group.length));
  }
}

// Standardise.
const d = FEATURE_NAMES.length;
const mean = new Array(d).fill(0);
const scale = new Array(d).fill(0);
for (const r of fit) r.x.forEach((v, j) => (mean[j] += v / fit.length));
for (const r of fit) r.x.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2 / fit.length));
for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
const z = (r: Row) => r.x.map((v, j) => (v - mean[j]) / scale[j]);
const Z = fit.map(z);

// Newton's method (iteratively reweighted least squares) on the weighted, L2-penalised log loss; the bias is
// the last coordinate and is not penalised.
function solve(A: number[][], v: number[]): number[] {
  const n = v.length;
  const M = A.map((row, i) => [...row, v[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const pivot = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / pivot;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / (row[i] || 1e-12));
}
const beta = new Array(d + 1).fill(0);
for (let it = 0; it < 30; it++) {
  const H = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j && i < d ? LAMBDA : 0)));
  const g = beta.map((v, j) => (j < d ? LAMBDA * v : 0));
  fit.forEach((r, i) => {
    const x = [...Z[i], 1];
    let s = 0;
    for (let j = 0; j <= d; j++) s += beta[j] * x[j];
    const p = 1 / (1 + Math.exp(-s));
    const a = r.w * p * (1 - p);
    for (let j = 0; j <= d; j++) {
      g[j] += r.w * (p - r.y) * x[j];
      for (let k = 0; k <= d; k++) H[j][k] += a * x[j] * x[k];
    }
  });
  const step = solve(H, g);
  let size = 0;
  for (let j = 0; j <= d; j++) {
    beta[j] -= step[j];
    size += Math.abs(step[j]);
  }
  if (size < 1e-7) break;
}
const w = beta.slice(0, d);
const b = beta[d];

const model: DecisionModel = { features: [...FEATURE_NAMES], weights: w.map((x) => Math.round(x * 1e4) / 1e4), bias: Math.round(b * 1e4) / 1e4, mean: mean.map((x) => Math.round(x * 1e4) / 1e4), scale: scale.map((x) => Math.round(x * 1e4) / 1e4), threshold: 0.5 };

// The threshold: best mean balanced accuracy of the final verdicts over the sets, on the fit split.
function balanced(list: Row[], t: number): number {
  let tp = 0, fn = 0, tn = 0, fp = 0;
  for (const r of list) {
    const f: Record<string, number> = {};
    FEATURE_NAMES.forEach((n, j) => (f[n] = r.x[j]));
    const flagged = r.contradicted || supportProbability(f as DecisionFeatures, model) < t;
    if (r.y === 0) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  return ((tp / Math.max(1, tp + fn)) + (tn / Math.max(1, tn + fp))) / 2;
}
let best = { t: 0.5, score: -1 };
for (let t = 0.2; t <= 0.8001; t += 0.01) {
  const score = sets.reduce((a, set) => a + balanced(fit.filter((r) => r.set === set), t), 0) / sets.length;
  if (score > best.score + 1e-9) best = { t: Math.round(t * 100) / 100, score };
}
model.threshold = best.t;
// Each set's own best threshold (for the record: one threshold serves all).
const own = sets.map((set) => {
  let b = { t: 0.5, score: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.02) {
    const score = balanced(fit.filter((r) => r.set === set), t);
    if (score > b.score + 1e-9) b = { t: Math.round(t * 100) / 100, score };
  }
  return `${set} ${b.t} (${b.score.toFixed(3)})`;
});

console.log(`each set's own best threshold on fit: ${own.join(', ')}`);
console.log(`fitted on ${fit.length} claims of the fit splits (${sets.join(', ')}); threshold ${best.t} (fit objective ${best.score.toFixed(3)})`);
FEATURE_NAMES.forEach((n, j) => console.log(`  ${n.padEnd(18)} ${model.weights[j] >= 0 ? ' ' : ''}${model.weights[j].toFixed(3)}`));
console.log(`  ${'bias'.padEnd(18)} ${model.bias.toFixed(3)}`);
for (const set of sets) {
  const f = balanced(rows.filter((r) => r.set === set && r.item.split === 'fit'), best.t);
  const h = balanced(rows.filter((r) => r.set === set && r.item.split === 'held-out'), best.t);
  console.log(`  ${set.padEnd(16)} balanced accuracy fit ${f.toFixed(3)} held-out ${h.toFixed(3)}${f - h > 0.03 ? '  (gap > 0.03)' : ''}`);
}
if (!dryRun) {
  writeFileSync(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
  const previous = readFileSync(join(__dirname, '..', 'server', 'src', 'core', 'config.ts'), 'utf8').match(/support: ([\d.]+),/)?.[1];
  console.log(`wrote ${MODEL_PATH}; set DEFAULT_THRESHOLDS.support (now ${previous}) to ${best.t}, and the setting's default in package.json and schemas/`);
  // The report with the new model and threshold (the module reads model.json at load; use it directly here).
  const { decide } = require('../server/src/core/verdict/claims') as typeof import('../server/src/core/verdict/claims');
  void decide;
}
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
void report;
void printReport;
