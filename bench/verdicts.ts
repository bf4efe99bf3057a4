/**
 * Accuracy of the claim verdicts on SciFact (training claims) and WiCE (dev), and their speed.
 *
 *   npx tsx bench/verdicts.ts [--quick] [--json] [--grid] [--study] [--data DIR]
 *
 * SciFact: the whole corpus (5,183 abstracts) is one index; each claim is judged twice: citing its abstracts
 * (`preferDocuments` = its `cited_doc_ids`, as a `[@key]` would) and uncited (open corpus). Gold: SUPPORT vs
 * not (CONTRADICT, NEI). A claim is *flagged* when its verdict is not `supported`; flagging is the positive
 * class. Reports precision/recall/F1 of flagging, balanced accuracy, and how often CONTRADICT claims come out
 * `contradicted` (and SUPPORT claims, falsely).
 *
 * WiCE: each claim against only the page it cites (its `evidence` sentences, one passage each, as one source
 * document). Gold: supported vs not fully supported (partially_supported + not_supported). A claim's
 * *unsupported part is a number or date* when it is not fully supported and one of its numbers (digit runs:
 * "41.3", "2016", "260,000" as 260000) occurs nowhere in the page: for those, how often the verdict is
 * `contradicted`; for supported claims, how often it is falsely so.
 *
 * `--grid` searches the support weights and thresholds (objective: the mean of the balanced accuracies of
 * SciFact-cited and WiCE); `--study` re-measures the same candidates under the alternatives recorded in
 * bench/README.md (context credit, term boosts) and grid-searches each. `--quick` uses the first 200 SciFact and 120 WiCE claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../server/src/core/config';
import { SourceIndex } from '../server/src/core/index/sourceIndex';
import type { Claim, ClaimResult, Passage, SourceDocument } from '../server/src/core/types';
import { decideClaim, prepareClaim, ROLE_MIN, type DecideTuning, type PreparedClaim } from '../server/src/core/verdict/claims';
import { dataRoot, requireData } from './data';
import { analyzeClaim, combineSupport, DEFAULT_SUPPORT_TUNING, SUPPORT_WEIGHTS, supportFeatures, type SupportTuning, type SupportWeights } from '../server/src/core/verdict/support';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const grid = args.includes('--grid');
const study = args.includes('--study');
/** Use the test stand-in index (faster, for iterating on the verdict code). */
const dataDir = dataRoot().path;
requireData('SciFact', 'scifact', 'corpus.jsonl');
requireData('WiCE', 'wice', 'dev.jsonl');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function doc(id: string, text: string, title?: string): SourceDocument {
  return { id, key: id, file: id, format: 'jsonl', title, text, toFileOffset: (o) => o, filePosition: (o) => ({ line: 0, character: o }) };
}

/** The source index over the documents; `split` only for data that comes split into sentences (WiCE). */
function buildIndex(documents: SourceDocument[], split?: (d: SourceDocument) => Passage[]): SourceIndex {
  const index = new SourceIndex({ splitPassages: split });
  index.addDocuments(documents);
  return index;
}

function claimOf(text: string): Claim {
  return { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Data

interface SciFactClaim {
  id: number;
  claim: string;
  evidence: Record<string, { sentences: number[]; label: 'SUPPORT' | 'CONTRADICT' }[]>;
  cited_doc_ids: number[];
}
type SciLabel = 'SUPPORT' | 'CONTRADICT' | 'NEI';

function sciLabel(c: SciFactClaim): SciLabel {
  const labels = Object.values(c.evidence).flat().map((e) => e.label);
  if (labels.includes('SUPPORT')) return 'SUPPORT';
  if (labels.includes('CONTRADICT')) return 'CONTRADICT';
  return 'NEI';
}

interface WiceClaim {
  label: 'supported' | 'partially_supported' | 'not_supported';
  claim: string;
  evidence: string[];
}

/** A WiCE page as one document whose passages are exactly its sentences (one paragraph). */
function wiceDocument(id: string, sentences: string[]): { document: SourceDocument; passages: Passage[] } {
  const text = sentences.join('\n');
  const document = doc(id, text);
  const passages: Passage[] = [];
  let offset = 0;
  sentences.forEach((s, i) => {
    const span = { start: offset, end: offset + s.length };
    passages.push({ id: `${id}#${i}`, documentId: id, ordinal: i, span, paragraph: { start: 0, end: text.length }, range: { start: { line: i, character: 0 }, end: { line: i, character: s.length } } });
    offset += s.length + 1;
  });
  return { document, passages };
}

function numbersOf(text: string): string[] {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,(?=\d{3}(?!\d))/g, '').replace(/\.$/, ''));
}

// ---------------------------------------------------------------------------------------------------------
// Metrics

interface Item {
  prepared: PreparedClaim;
  /** The index the claim was judged against (for re-measuring in studies). */
  index: SourceIndex;
  /** Gold: the claim is not (fully) supported, so it should be flagged. */
  positive: boolean;
  group: string;
}

interface Metrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  balancedAccuracy: number;
  /** Share of each group judged `contradicted`. */
  contradicted: Record<string, { n: number; rate: number }>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function evaluate(items: Item[], thresholds: Thresholds, tuning: Partial<DecideTuning> = {}): Metrics {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  const groups: Record<string, { n: number; c: number }> = {};
  for (const item of items) {
    const r: ClaimResult = decideClaim(item.prepared, { thresholds, maxEvidence: 3 }, tuning);
    const flagged = r.verdict !== 'supported';
    if (flagged && item.positive) tp++;
    else if (flagged) fp++;
    else if (item.positive) fn++;
    else tn++;
    const g = (groups[item.group] ??= { n: 0, c: 0 });
    g.n++;
    if (r.verdict === 'contradicted') g.c++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const tnr = tn / Math.max(1, tn + fp);
  return {
    n: items.length,
    precision: r3(precision),
    recall: r3(recall),
    f1: r3((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    accuracy: r3((tp + tn) / Math.max(1, items.length)),
    balancedAccuracy: r3((recall + tnr) / 2),
    contradicted: Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, { n: g.n, rate: r3(g.c / g.n) }])),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Preparation (retrieval and measures; independent of thresholds and weights)

interface Prepared {
  sciCited: Item[];
  sciOpen: Item[];
  wice: Item[];
  msPerClaim: number;
  /** The same without the time spent in the index's search: the verdict's own cost. */
  verdictMsPerClaim: number;
  /** The verdict's own cost when the passages were analysed before (cached). */
  warmVerdictMsPerClaim: number;
  corpusBytes: number;
  passages: number;
}

function prepareAll(tuning: SupportTuning): Prepared {
  const corpus = readJsonl<{ _id: string; title: string; text: string }>(join(dataDir, 'scifact/corpus.jsonl'));
  const documents = corpus.map((r) => doc(r._id, r.text, r.title));
  const index = buildIndex(documents);
  const corpusBytes = documents.reduce((n, d) => n + d.text.length, 0);

  let claims = readJsonl<SciFactClaim>(join(dataDir, 'scifact/claims_train.jsonl'));
  if (quick) claims = claims.slice(0, 200);
  const sciCited: Item[] = [];
  const sciOpen: Item[] = [];
  // Time spent in the index's search, to tell the verdict's own cost apart.
  let searchMs = 0;
  const search = index.search.bind(index);
  index.search = (query, options) => {
    const s = performance.now();
    try {
      return search(query, options);
    } finally {
      searchMs += performance.now() - s;
    }
  };
  const t0 = performance.now();
  for (const c of claims) {
    const label = sciLabel(c);
    const claim = claimOf(c.claim);
    const cited = c.cited_doc_ids.map(String).filter((id) => index.document(id));
    sciCited.push({ prepared: prepareClaim(claim, index, cited, tuning), index, positive: label !== 'SUPPORT', group: label });
  }
  const t1 = performance.now();
  const citedSearchMs = searchMs;
  for (const c of claims) {
    const label = sciLabel(c);
    sciOpen.push({ prepared: prepareClaim(claimOf(c.claim), index, undefined, tuning), index, positive: label !== 'SUPPORT', group: label });
  }

  let wiceRows = readJsonl<WiceClaim>(join(dataDir, 'wice/dev.jsonl'));
  if (quick) wiceRows = wiceRows.slice(0, 120);
  const wice: Item[] = wiceRows.map((row, i) => {
    const { document, passages } = wiceDocument(`wice-${i}`, row.evidence);
    const idx = buildIndex([document], () => passages);
    const pageNumbers = new Set(numbersOf(row.evidence.join(' ')));
    const missingNumber = numbersOf(row.claim).some((n) => !pageNumbers.has(n));
    const positive = row.label !== 'supported';
    const group = !positive ? 'supported' : missingNumber ? 'unsupported-number' : 'unsupported-other';
    return { prepared: prepareClaim(claimOf(row.claim), idx, [document.id], tuning), index: idx, positive, group };
  });
  // A second pass over the same claims: passages are analysed once and cached, as in an editing session.
  searchMs = 0;
  const t2 = performance.now();
  for (const c of claims) prepareClaim(claimOf(c.claim), index, c.cited_doc_ids.map(String), tuning);
  const warmMs = performance.now() - t2 - searchMs;
  return {
    sciCited,
    sciOpen,
    wice,
    msPerClaim: (t1 - t0) / claims.length,
    verdictMsPerClaim: (t1 - t0 - citedSearchMs) / claims.length,
    warmVerdictMsPerClaim: warmMs / claims.length,
    corpusBytes,
    passages: index.passageCount,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Grid search

function weightGrid(step = 0.05): SupportWeights[] {
  const out: SupportWeights[] = [];
  const n = Math.round(1 / step);
  for (let a = 0; a <= n; a++)
    for (let b = 0; a + b <= n; b++)
      for (let c = 0; a + b + c <= n; c++) {
        const d = n - a - b - c;
        out.push({ coverage: a * step, phrases: b * step, values: c * step, retrieval: d * step });
      }
  return out;
}

/** Best support threshold and weights, with contradiction detection off (it is tuned next). */
function searchSupport(p: Prepared): { weights: SupportWeights; support: number; score: number } {
  // Best score per claim for each weight vector, then a sweep of thresholds on those scores (fast).
  const items = [p.sciCited, p.wice];
  let best = { weights: SUPPORT_WEIGHTS, support: DEFAULT_THRESHOLDS.support, score: -1 };
  for (const weights of weightGrid(0.05)) {
    const scores = items.map((list) =>
      list.map((it) => ({ s: Math.max(0, ...it.prepared.candidates.map((c) => combineSupport(c.features, weights))), pos: it.positive })),
    );
    for (let t = 0.2; t <= 0.95; t += 0.01) {
      let total = 0;
      for (const list of scores) {
        let tp = 0, fp = 0, tn = 0, fn = 0;
        for (const { s, pos } of list) {
          const flagged = s < t;
          if (flagged && pos) tp++;
          else if (flagged) fp++;
          else if (pos) fn++;
          else tn++;
        }
        total += (tp / Math.max(1, tp + fn) + tn / Math.max(1, tn + fp)) / 2;
      }
      const score = total / items.length;
      if (score > best.score + 1e-9) best = { weights, support: r3(t), score: r3(score) };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------

function table(title: string, m: Metrics): string {
  const groups = Object.entries(m.contradicted)
    .map(([k, g]) => `${k} ${g.rate} (n=${g.n})`)
    .join(', ');
  return `${title.padEnd(26)} n=${String(m.n).padEnd(4)} P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)} acc=${m.accuracy.toFixed(3)} bal.acc=${m.balancedAccuracy.toFixed(3)}\n${' '.repeat(27)}contradicted: ${groups}`;
}

function report(p: Prepared, thresholds: Thresholds, tuning: Partial<DecideTuning> = {}) {
  return {
    scifactCited: evaluate(p.sciCited, thresholds, tuning),
    scifactOpen: evaluate(p.sciOpen, thresholds, tuning),
    wice: evaluate(p.wice, thresholds, tuning),
  };
}

const started = performance.now();
const prepared = prepareAll(DEFAULT_SUPPORT_TUNING);
const base = report(prepared, DEFAULT_THRESHOLDS);
const out: Record<string, unknown> = {
  index: 'SourceIndex',
  scifactCorpusChars: prepared.corpusBytes,
  scifactPassages: prepared.passages,
  msPerClaimScifactCited: r3(prepared.msPerClaim),
  verdictMsPerClaim: r3(prepared.verdictMsPerClaim),
  warmVerdictMsPerClaim: r3(prepared.warmVerdictMsPerClaim),
  thresholds: DEFAULT_THRESHOLDS,
  weights: SUPPORT_WEIGHTS,
  ...base,
};

if (!json) {
  console.log(`Verdict benchmark (${quick ? 'quick' : 'full'}), index: SourceIndex, SciFact ${prepared.passages} passages, ${(prepared.corpusBytes / 1e6).toFixed(1)} MB`);
  console.log(`thresholds ${JSON.stringify(DEFAULT_THRESHOLDS)} weights ${JSON.stringify(SUPPORT_WEIGHTS)} roleMin ${ROLE_MIN}, direction words on`);
  console.log(
    `per SciFact claim (cited): ${prepared.msPerClaim.toFixed(2)} ms with retrieval (two searches), ${prepared.verdictMsPerClaim.toFixed(2)} ms without, ${prepared.warmVerdictMsPerClaim.toFixed(2)} ms without when passages are cached`,
  );
  console.log(table('SciFact, cited', base.scifactCited));
  console.log(table('SciFact, open corpus', base.scifactOpen));
  console.log(table('WiCE dev', base.wice));
}

if (grid) {
  const best = searchSupport(prepared);
  const thresholds = { ...DEFAULT_THRESHOLDS, support: best.support };
  const contradictionSweep: { contradiction: number; roleMin: number; directions: boolean; objective: number; scifactContradict: number; scifactSupportFalse: number; wiceNumber: number; wiceSupportedFalse: number }[] = [];
  for (const contradiction of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    for (const [roleMin, directions] of [[0.1, true], [0.2, true], [0.3, true], [0.4, true], [0.3, false]] as const) {
      const t = { ...thresholds, contradiction };
      const r = report(prepared, t, { weights: best.weights, roleMin, directions });
      contradictionSweep.push({
        contradiction,
        roleMin,
        directions,
        objective: r3((r.scifactCited.balancedAccuracy + r.wice.balancedAccuracy) / 2),
        scifactContradict: r.scifactCited.contradicted.CONTRADICT?.rate ?? 0,
        scifactSupportFalse: r.scifactCited.contradicted.SUPPORT?.rate ?? 0,
        wiceNumber: r.wice.contradicted['unsupported-number']?.rate ?? 0,
        wiceSupportedFalse: r.wice.contradicted.supported?.rate ?? 0,
      });
    }
  }
  // Contradictions barely move the balanced accuracy (a contradicted claim is flagged either way), and a false
  // contradiction is an error-level finding. So among the settings within 0.005 of the best objective that call
  // at most 2% of the supported claims of either set contradicted, pick the one that finds the most: SciFact
  // CONTRADICT→c + WiCE number→c (ties: the larger roleMin, the more cautious).
  const top = Math.max(...contradictionSweep.map((x) => x.objective));
  const admissible = contradictionSweep.filter((x) => x.objective >= top - 0.005 && x.scifactSupportFalse <= 0.02 && x.wiceSupportedFalse <= 0.02);
  const chosen = (admissible.length ? admissible : contradictionSweep).sort(
    (a, b) => b.scifactContradict + b.wiceNumber - (a.scifactContradict + a.wiceNumber) || b.roleMin - a.roleMin,
  )[0];
  const chosenThresholds = { ...thresholds, contradiction: chosen.contradiction };
  const chosenReport = report(prepared, chosenThresholds, { weights: best.weights, roleMin: chosen.roleMin, directions: chosen.directions });
  out.grid = { support: best, contradictionSweep, chosen: { thresholds: chosenThresholds, weights: best.weights, roleMin: chosen.roleMin, directions: chosen.directions, ...chosenReport } };
  if (!json) {
    console.log(`\nGrid: best weights ${JSON.stringify(best.weights)}, support ${best.support}, objective ${best.score} (no contradictions)`);
    console.log('contradiction roleMin directions objective  SciFact CONTRADICT→c  SUPPORT→c  WiCE number→c  supported→c');
    for (const s of contradictionSweep)
      console.log(`${String(s.contradiction).padEnd(13)} ${String(s.roleMin).padEnd(7)} ${String(s.directions).padEnd(10)} ${String(s.objective).padEnd(10)} ${String(s.scifactContradict).padEnd(20)} ${String(s.scifactSupportFalse).padEnd(10)} ${String(s.wiceNumber).padEnd(14)} ${s.wiceSupportedFalse}`);
    console.log(`\nChosen: thresholds ${JSON.stringify(chosenThresholds)}, weights ${JSON.stringify(best.weights)}, roleMin ${chosen.roleMin}, directions ${chosen.directions}`);
    console.log(table('SciFact, cited', chosenReport.scifactCited));
    console.log(table('SciFact, open corpus', chosenReport.scifactOpen));
    console.log(table('WiCE dev', chosenReport.wice));
  }
}

/** The same candidates measured under other support knobs (no new retrieval: the candidates are kept). */
function remeasure(items: Item[], tuning: SupportTuning): Item[] {
  return items.map((item) => {
    const info = analyzeClaim(item.prepared.info.text, item.index, tuning);
    const candidates = item.prepared.candidates.map((c) => ({
      ...c,
      features: supportFeatures(info, c.sentence, c.context, c.features.retrieval, tuning.contextCredit),
    }));
    return { ...item, prepared: { ...item.prepared, info, candidates } };
  });
}

if (study) {
  const variants: [string, Partial<SupportTuning>][] = [
    ['defaults', {}],
    ['no context (credit 0)', { contextCredit: 0 }],
    ['context credit 0.25', { contextCredit: 0.25 }],
    ['context credit 1', { contextCredit: 1 }],
    ['no number/name boosts', { numberBoost: 1, nameBoost: 1 }],
    ['boosts 2 / 1.5', { numberBoost: 2, nameBoost: 1.5 }],
  ];
  const studies: Record<string, unknown> = {};
  for (const [name, change] of variants) {
    const tuning = { ...DEFAULT_SUPPORT_TUNING, ...change };
    const p: Prepared = { ...prepared, sciCited: remeasure(prepared.sciCited, tuning), sciOpen: remeasure(prepared.sciOpen, tuning), wice: remeasure(prepared.wice, tuning) };
    const best = searchSupport(p);
    const atDefaults = report(p, DEFAULT_THRESHOLDS);
    studies[name] = { best, atDefaults };
    if (!json) {
      console.log(`\nStudy: ${name}: best objective ${best.score} at support ${best.support}, weights ${JSON.stringify(best.weights)}`);
      console.log(table('  SciFact, cited (defaults)', atDefaults.scifactCited));
      console.log(table('  WiCE dev (defaults)', atDefaults.wice));
    }
  }
  out.studies = studies;
}

out.seconds = r3((performance.now() - started) / 1000);
if (json) console.log(JSON.stringify(out, null, 2));
else console.log(`\n${out.seconds} s`);
