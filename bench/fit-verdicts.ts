/**
 * Fits the verdict's decision (server/src/core/verdict/model.json) on the *fit* split of every set of
 * bench/verdicts.ts only, and reports fit and held-out side by side (a gap over 0.03 in balanced accuracy is
 * over-fitting).
 *
 *   npx tsx bench/fit-verdicts.ts [--dry-run] [--model trees|logistic] [--rounds N] [--depth D] [--only f1,f2]
 *                                 [--no-vectors] [--data DIR]
 *
 * - Each group of sets weighs the same in the loss — SciFact (cited), WiCE, CNN/DM summary sentences (FRANK and
 *   FactCC), XSum summary sentences (FRANK and XSumFaith), BBC perturbations with their faithful rewordings — and
 *   within a group both classes weigh the same: the objective is balanced accuracy, the same for every domain.
 * - `trees` (the default): gradient-boosted regression trees on the log loss (Newton leaves, shrinkage `RATE`,
 *   depth `--depth`), with monotone constraints (`MONOTONE`: more of the claim stated never lowers the probability
 *   of support, more of it missing never raises it), so the model cannot learn a quirk of one set that reverses a
 *   rule. The number of trees is chosen by two-fold cross-validation *inside* the fit split.
 * - `logistic`: the first round's logistic regression (standardised features, L2 penalty, Newton's method).
 * - The threshold on the probability of support is then chosen on the fit split for the best mean balanced
 *   accuracy of the final verdicts (contradictions and unstated figures included) over the groups.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { FEATURE_NAMES, supportProbability, type DecisionFeatures, type DecisionModel, type LogisticModel, type TreeModel } from '../server/src/core/verdict/accounting';
import { decisionFeaturesOf } from '../server/src/core/verdict/claims';
import { balanced, bestThreshold, crossValidated, lossSet, logistic, objective, reportSet, sigmoid, weigh, type Row } from './fitting';
import { prepareAll } from './verdicts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
/** `--only a,b`: fit on these features alone (the others are constant 0), to compare smaller models. */
const only = arg('--only')?.split(',');
const dryRun = process.argv.includes('--dry-run');
const kind = (arg('--model') ?? 'trees') as 'trees' | 'logistic';
const DEPTH = Number(arg('--depth') ?? 2);
const MAX_ROUNDS = Number(arg('--rounds') ?? 300);
/** Shrinkage of each tree. */
const RATE = 0.1;
/** L2 penalty on leaf values, and the minimum hessian weight of a leaf, relative to a loss whose weights sum to 1. */
const LEAF_L2 = 0.002;
const MIN_LEAF = 0.01;
/** Candidate split points per feature (quantiles of the fit split). */
const BINS = 24;
/** L2 penalty of the logistic model. */
const LAMBDA = Number(arg('--l2') ?? 0.002);
const MODEL_PATH = join(__dirname, '..', 'server', 'src', 'core', 'verdict', 'model.json');

/** +1: more of it never lowers the probability of support; −1: never raises it; 0: free. */
const MONOTONE: Record<string, number> = process.env.FREE ? {} : {
  covSentence: 1, covWindow: 1, covPair: 1, covSoft: 1, retrieval: 1, valuesStated: 1, topic: 1, supportMax: 1,
  namesMissing: -1, numbersMissing: -1, maxMissing: -1, missingLog: -1, negationMismatch: -1, unstatedValues: -1, substitutions: -1,
};

const started = performance.now();
const prepared = prepareAll();
const options = { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 };
const rows: Row[] = [];
for (const item of prepared.items) {
  const set = lossSet(item);
  if (!set) continue;
  const { features, result } = decisionFeaturesOf(item.prepared, options);
  const x = FEATURE_NAMES.map((n) => (features && (!only || only.includes(n)) ? (features as DecisionFeatures)[n] : 0));
  const forced = result.verdict === 'contradicted' || (features?.unstatedValues ?? 0) > 0 || !features;
  rows.push({ item, x, y: item.positive ? 0 : 1, w: 1, forced, set, report: reportSet(item) });
}
const fit = rows.filter((r) => r.item.split === 'fit');
const sets = [...new Set(fit.map((r) => r.set))];

const d = FEATURE_NAMES.length;

// ---------------------------------------------------------------------------------------------------------
// Gradient-boosted trees with monotone constraints

type Node = number[];

function cutPoints(list: Row[]): number[][] {
  return FEATURE_NAMES.map((_, j) => {
    const values = [...new Set(list.map((r) => r.x[j]))].sort((a, b) => a - b);
    if (values.length <= 1) return [];
    const cuts = new Set<number>();
    for (let b = 1; b < BINS; b++) {
      const i = Math.floor((b * values.length) / BINS);
      if (i > 0 && i < values.length) cuts.add((values[i - 1] + values[i]) / 2);
    }
    return [...cuts].sort((a, b) => a - b);
  });
}

function boost(list: Row[], weights: number[], rounds: number, onRound?: (trees: Node[][], bias: number) => void): { bias: number; trees: Node[][] } {
  const cuts = cutPoints(list);
  let wy = 0;
  let wsum = 0;
  list.forEach((r, i) => ((wy += weights[i] * r.y), (wsum += weights[i])));
  const bias = Math.log(wy / (wsum - wy));
  const z = list.map(() => bias);
  const trees: Node[][] = [];
  for (let round = 0; round < rounds; round++) {
    const g = list.map((r, i) => weights[i] * (sigmoid(z[i]) - r.y));
    const h = list.map((_, i) => {
      const p = sigmoid(z[i]);
      return Math.max(1e-12, weights[i] * p * (1 - p));
    });
    const nodes: Node[] = [];
    const grow = (idx: number[], depth: number, lo: number, hi: number): number => {
      let G = 0;
      let H = 0;
      for (const i of idx) (G += g[i]), (H += h[i]);
      const leafValue = Math.min(hi, Math.max(lo, (-G / (H + LEAF_L2)) * RATE));
      const at = nodes.length;
      nodes.push([-1, leafValue]);
      if (depth === 0) return at;
      const parent = (G * G) / (H + LEAF_L2);
      let best = { gain: 1e-9, j: -1, t: 0, vl: 0, vr: 0 };
      for (let j = 0; j < d; j++) {
        if (!cuts[j].length) continue;
        // Sums of g and h below each cut point.
        const sorted = idx.slice().sort((a, b) => list[a].x[j] - list[b].x[j]);
        let k = 0;
        let GL = 0;
        let HL = 0;
        for (const t of cuts[j]) {
          while (k < sorted.length && list[sorted[k]].x[j] < t) (GL += g[sorted[k]]), (HL += h[sorted[k]]), k++;
          const GR = G - GL;
          const HR = H - HL;
          if (HL < MIN_LEAF * 0.25 || HR < MIN_LEAF * 0.25 || k < 5 || sorted.length - k < 5) continue;
          const vl = -GL / (HL + LEAF_L2);
          const vr = -GR / (HR + LEAF_L2);
          const m = MONOTONE[FEATURE_NAMES[j]] ?? 0;
          if ((m > 0 && vl > vr) || (m < 0 && vl < vr)) continue;
          const gain = (GL * GL) / (HL + LEAF_L2) + (GR * GR) / (HR + LEAF_L2) - parent;
          if (gain > best.gain) best = { gain, j, t, vl, vr };
        }
      }
      if (best.j < 0) return at;
      const m = MONOTONE[FEATURE_NAMES[best.j]] ?? 0;
      const mid = ((best.vl + best.vr) / 2) * RATE;
      const left = idx.filter((i) => list[i].x[best.j] < best.t);
      const right = idx.filter((i) => list[i].x[best.j] >= best.t);
      // Monotone: the children's leaf values stay on their side of the midpoint of the split's two values.
      const l = grow(left, depth - 1, m < 0 ? Math.max(lo, mid) : lo, m > 0 ? Math.min(hi, mid) : hi);
      const r = grow(right, depth - 1, m > 0 ? Math.max(lo, mid) : lo, m < 0 ? Math.min(hi, mid) : hi);
      nodes[at] = [best.j, Math.round(best.t * 1e6) / 1e6, l, r];
      return at;
    };
    grow(list.map((_, i) => i), DEPTH, -Infinity, Infinity);
    for (const n of nodes) if (n[0] < 0) n[1] = Math.round(n[1] * 1e5) / 1e5;
    trees.push(nodes);
    list.forEach((r, i) => (z[i] += evalTree(nodes, r.x)));
    onRound?.(trees, bias);
  }
  return { bias, trees };
}

function evalTree(nodes: Node[], x: number[]): number {
  let n = nodes[0];
  while (n[0] >= 0) n = nodes[x[n[0]] < n[1] ? n[2] : n[3]];
  return n[1];
}

// ---------------------------------------------------------------------------------------------------------
// Logistic regression (the first round's model)

// ---------------------------------------------------------------------------------------------------------
// Evaluation

function features(r: Row): DecisionFeatures {
  const f: Record<string, number> = {};
  FEATURE_NAMES.forEach((n, j) => (f[n] = r.x[j]));
  return f as DecisionFeatures;
}

let model: DecisionModel;
if (kind === 'logistic') {
  // Two-fold cross-validation inside the fit split, for comparing models (as for the trees below).
  const cv = crossValidated(fit, FEATURE_NAMES, LAMBDA, (r, m) => supportProbability(features(r), m));
  console.log(`cross-validated mean balanced accuracy: ${cv.toFixed(3)}`);
  model = logistic(fit, weigh(fit), FEATURE_NAMES, LAMBDA);
} else {
  // The number of trees: two-fold cross-validation inside the fit split (folds by claim, alternating per group),
  // scored by the mean balanced accuracy over the groups at each fold's own best threshold.
  const folds = [0, 1].map((k) => fit.filter((_, i) => i % 2 === k));
  const score = new Array(MAX_ROUNDS).fill(0);
  for (let k = 0; k < 2; k++) {
    const train = folds[k];
    const test = folds[1 - k];
    boost(train, weigh(train), MAX_ROUNDS, (trees, bias) => {
      if (trees.length % 10 !== 0) return;
      const prob = (r: Row) => sigmoid(bias + trees.reduce((a, t) => a + evalTree(t, r.x), 0));
      const t = bestThreshold(train, prob).t;
      score[trees.length - 1] += objective(test, t, prob) / 2;
    });
  }
  let rounds = 10;
  for (let n = 10; n <= MAX_ROUNDS; n += 10) if (score[n - 1] > score[rounds - 1] + 0.002) rounds = n;
  console.log(`cross-validated mean balanced accuracy by trees: ${[10, 20, 50, 100, 150, 200, 300].filter((n) => n <= MAX_ROUNDS).map((n) => `${n}: ${score[n - 1].toFixed(3)}`).join(', ')}; chosen ${rounds}`);
  const { bias, trees } = boost(fit, weigh(fit), rounds);
  model = { kind: 'trees', features: [...FEATURE_NAMES], bias: Math.round(bias * 1e5) / 1e5, trees, threshold: 0.5 } satisfies TreeModel;
}

const prob = (r: Row) => supportProbability(features(r), model);
const best = bestThreshold(fit, prob);
model.threshold = best.t;
const own = sets.map((set) => `${set} ${bestThreshold(fit.filter((r) => r.set === set), prob).t}`);
console.log(`each group's own best threshold on fit: ${own.join(', ')}`);
console.log(`fitted ${kind} on ${fit.length} claims of the fit splits (${sets.join(', ')}); threshold ${best.t} (fit objective ${best.score.toFixed(3)})`);
if (model.kind !== 'trees') FEATURE_NAMES.forEach((n, j) => console.log(`  ${n.padEnd(18)} ${(model as LogisticModel).weights[j].toFixed(3)}`));
else {
  const used = new Map<string, number>();
  for (const t of model.trees) for (const n of t) if (n[0] >= 0) used.set(FEATURE_NAMES[n[0]], (used.get(FEATURE_NAMES[n[0]]) ?? 0) + 1);
  console.log(`  ${model.trees.length} trees of depth ≤ ${DEPTH}; splits per feature: ${[...used].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
const reports = [...new Set(rows.map((r) => r.report))];
for (const set of reports) {
  const f = balanced(rows.filter((r) => r.report === set && r.item.split === 'fit'), best.t, prob);
  const h = balanced(rows.filter((r) => r.report === set && r.item.split === 'held-out'), best.t, prob);
  console.log(`  ${set.padEnd(16)} balanced accuracy fit ${f.toFixed(3)} held-out ${h.toFixed(3)}${f - h > 0.03 ? '  (gap > 0.03)' : ''}`);
}
if (!dryRun) {
  // With `--only`, the model names only the features it uses.
  if (only && model.kind !== 'trees') {
    const keep = model.features.map((n, j) => (only.includes(n) ? j : -1)).filter((j) => j >= 0);
    const pick = <T>(list: readonly T[]) => keep.map((j) => list[j]);
    model = { ...model, features: pick(model.features), weights: pick(model.weights), mean: pick(model.mean), scale: pick(model.scale) };
  }
  writeFileSync(MODEL_PATH, JSON.stringify(model, (k, v) => (k === 'trees' ? v.map((t: Node[]) => t.map((n) => JSON.stringify(n))) : v), 2).replace(/"(\[[^"]*\])"/g, '$1') + '\n');
  console.log(`wrote ${MODEL_PATH}; set DEFAULT_THRESHOLDS.support to ${best.t}, and the setting's default in package.json and schemas/`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
