/**
 * The fitting method of the verdict's decision, shared by bench/fit-verdicts.ts (which writes
 * server/src/core/verdict/model.json) and the experiments that compare feature sets with it
 * (bench/sentence-encoder.ts): the loss groups and their weights, the weighted logistic regression, and the
 * threshold chosen for the mean balanced accuracy over the groups. Fit on the fit split only.
 */
import type { LogisticModel } from '../server/src/core/verdict/accounting';
import type { Item } from './verdicts';

/** The group a claim's loss is weighed in. */
export function lossSet(item: Item): string | undefined {
  if (item.set === 'scifact-cited' || item.set === 'wice') return item.set;
  if (item.set === 'frank' || item.set === 'factcc' || item.set === 'xsumfaith') return item.group.startsWith('xsum') ? 'xsum' : 'cnndm';
  if (item.set === 'perturbations' || item.set === 'paraphrases') return 'news';
  return undefined;
}

/** The sets reported (finer than the loss groups). */
export function reportSet(item: Item): string {
  return item.set === 'frank' ? `frank-${item.group.split('/')[0]}` : item.set === 'perturbations' || item.set === 'paraphrases' ? 'news' : item.set;
}

export interface Row {
  item: Item;
  x: number[];
  /** 1: supported (gold), 0: should be flagged. */
  y: number;
  w: number;
  /** Flagged whatever the probability: a contradiction, or a figure, date or name no source states. */
  forced: boolean;
  set: string;
  report: string;
}

/** How much each group weighs: the news-summary sentences of CNN/DM and of XSum are one set between them. */
export const GROUP_WEIGHT: Record<string, number> = { 'scifact-cited': 1, wice: 1, cnndm: 0.5, xsum: 0.5, news: 1 };

/** Weights: every set the same total, both classes the same within a group (summing to 1 over `list`). */
export function weigh(list: Row[]): number[] {
  const groups = [...new Set(list.map((r) => r.set))];
  const total = groups.reduce((a, g) => a + (GROUP_WEIGHT[g] ?? 1), 0);
  const count = new Map<string, number>();
  for (const r of list) count.set(`${r.set}/${r.y}`, (count.get(`${r.set}/${r.y}`) ?? 0) + 1);
  return list.map((r) => (GROUP_WEIGHT[r.set] ?? 1) / (2 * total * count.get(`${r.set}/${r.y}`)!));
}

/** Balanced accuracy of the verdicts of `list` (forced rows are flagged whatever the probability). */
export function balanced(list: Row[], t: number, prob: (r: Row) => number): number {
  let tp = 0, fn = 0, tn = 0, fp = 0;
  for (const r of list) {
    const flagged = r.forced || prob(r) < t;
    if (r.y === 0) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  if (!(tp + fn) || !(tn + fp)) return NaN;
  return (tp / (tp + fn) + tn / (tn + fp)) / 2;
}

/** The weighted mean balanced accuracy over the groups of `list`: the objective of the threshold and the CV. */
export function objective(list: Row[], t: number, prob: (r: Row) => number): number {
  const groups = [...new Set(list.map((r) => r.set))];
  let sum = 0;
  let total = 0;
  for (const g of groups) {
    const w = GROUP_WEIGHT[g] ?? 1;
    sum += w * balanced(list.filter((r) => r.set === g), t, prob);
    total += w;
  }
  return sum / total;
}

/** The best threshold for the mean balanced accuracy over the groups of `list`. */
export function bestThreshold(list: Row[], prob: (r: Row) => number, from = 0.1, to = 0.9): { t: number; score: number } {
  const probs = new Map(list.map((r) => [r, prob(r)]));
  let best = { t: 0.5, score: -1 };
  for (let t = from; t <= to + 1e-9; t += 0.01) {
    const score = objective(list, t, (r) => probs.get(r)!);
    if (score > best.score + 1e-9) best = { t: Math.round(t * 100) / 100, score };
  }
  return best;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

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

/**
 * Logistic regression over the rows' `x` (named `names`, in order): standardised features, L2 penalty `lambda`,
 * Newton's method. The threshold is left at 0.5 (the caller chooses it).
 */
export function logistic(list: Row[], weights: number[], names: readonly string[], lambda: number): LogisticModel {
  const d = names.length;
  const mean = new Array(d).fill(0);
  const scale = new Array(d).fill(0);
  for (const r of list) r.x.forEach((v, j) => (mean[j] += v / list.length));
  for (const r of list) r.x.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2 / list.length));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const Z = list.map((r) => r.x.map((v, j) => (v - mean[j]) / scale[j]));
  const beta = new Array(d + 1).fill(0);
  for (let it = 0; it < 30; it++) {
    const H = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j && i < d ? lambda : 0)));
    const g = beta.map((v, j) => (j < d ? lambda * v : 0));
    list.forEach((r, i) => {
      const x = [...Z[i], 1];
      let s = 0;
      for (let j = 0; j <= d; j++) s += beta[j] * x[j];
      const p = sigmoid(s);
      const a = weights[i] * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j] += weights[i] * (p - r.y) * x[j];
        for (let k = 0; k <= d; k++) H[j][k] += a * x[j] * x[k];
      }
    });
    const step = solve(H, g);
    let size = 0;
    for (let j = 0; j <= d; j++) (beta[j] -= step[j]), (size += Math.abs(step[j]));
    if (size < 1e-7) break;
  }
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return { kind: 'logistic', features: [...names], weights: beta.slice(0, d).map(r4), bias: r4(beta[d]), mean: mean.map(r4), scale: scale.map(r4), threshold: 0.5 };
}

/** Two-fold cross-validation inside `list` (folds alternate by row): the mean of each held fold's objective at its training fold's best threshold. */
export function crossValidated(list: Row[], names: readonly string[], lambda: number, prob: (r: Row, m: LogisticModel) => number): number {
  const folds = [0, 1].map((k) => list.filter((_, i) => i % 2 === k));
  let cv = 0;
  for (let k = 0; k < 2; k++) {
    const m = logistic(folds[k], weigh(folds[k]), names, lambda);
    const p = (r: Row) => prob(r, m);
    cv += objective(folds[1 - k], bestThreshold(folds[k], p).t, p) / 2;
  }
  return cv;
}
