/**
 * Accuracy of the claim verdicts on four sets, each with a fixed fit / held-out split (bench/datasets.ts), and
 * their speed.
 *
 *   npx tsx bench/verdicts.ts [--quick] [--json] [--data DIR] [--features FILE]
 *
 * - SciFact training claims against the whole corpus (5,183 abstracts, one index), judged *cited* (the claim's
 *   `cited_doc_ids` as a `[@key]` citation would give) and *open*. Gold: SUPPORT versus not.
 * - WiCE dev: each claim against the page it cites (its `evidence` sentences, one passage each). Gold: supported
 *   versus not fully supported.
 * - FRANK (news summaries of CNN/DM and XSum articles, bench/data/frank): each summary sentence against its
 *   article (the article's sentences, one passage each). Gold: the annotators' majority found no error.
 *   Sentence level where the sentence's label is known; summary level (flagged when any sentence is) for all.
 * - Perturbations of BBC articles (bench/perturb.ts): every claim against all 2,225 articles (one index, no
 *   citation). Changed facts must be flagged (recall per type); faithful rewordings must not (false alarms per type).
 *
 * A claim is *flagged* when its verdict is not `supported`; flagging is the positive class. Balanced accuracy is
 * the mean of the recall of flagged and of supported claims. `--features FILE` also writes each claim's decision
 * features (for bench/fit-verdicts.ts). `--quick` takes a third of every set.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_THRESHOLDS } from '../server/src/core/config';
import { SourceIndex } from '../server/src/core/index/sourceIndex';
import { splitPassages } from '../server/src/core/sources/passages';
import type { Claim, ClaimResult, Passage, SourceDocument } from '../server/src/core/types';
import { decideClaim, decisionFeaturesOf, prepareClaim, type PreparedClaim } from '../server/src/core/verdict/claims';
import { bbcArticles } from './corpus';
import { requireData } from './data';
import {
  frankArticles,
  frankSplit,
  summacArticles,
  summacSplit,
  loadWordVectors,
  readJsonl,
  restoreSentence,
  sciLabel,
  sciSplit,
  SPLITS,
  wiceSplit,
  type SciFactClaim,
  type Split,
  type WiceClaim,
} from './datasets';
import { PARAPHRASES, PERTURBATIONS, perturbationSet } from './perturb';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const featuresOut = args.includes('--features') ? args[args.indexOf('--features') + 1] : undefined;
const every = quick ? 3 : 1;

function doc(id: string, text: string, title?: string): SourceDocument {
  return { id, key: id, file: id, format: 'jsonl', title, text, toFileOffset: (o) => o, filePosition: (o) => ({ line: 0, character: o }) };
}

function claimOf(text: string): Claim {
  return { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
}

/** A document whose passages are exactly the given sentences, in one paragraph (WiCE pages, FRANK articles). */
function sentenceIndex(id: string, sentences: readonly string[]): { index: SourceIndex; document: SourceDocument } {
  const text = sentences.join('\n');
  const document = doc(id, text);
  const passages: Passage[] = [];
  let offset = 0;
  sentences.forEach((s, i) => {
    const span = { start: offset, end: offset + s.length };
    passages.push({ id: `${id}#${i}`, documentId: id, ordinal: i, span, paragraph: { start: 0, end: text.length }, range: { start: { line: i, character: 0 }, end: { line: i, character: s.length } } });
    offset += s.length + 1;
  });
  const index = new SourceIndex({ splitPassages: (d) => (d.id === id ? passages : splitPassages(d)) });
  index.addDocuments([document]);
  return { index, document };
}

// ---------------------------------------------------------------------------------------------------------
// Items and metrics

export interface Item {
  set: string;
  split: Split;
  prepared: PreparedClaim;
  /** Gold: the claim is not (fully) supported, so it should be flagged. */
  positive: boolean;
  /** A finer label: SciFact's SUPPORT/CONTRADICT/NEI, a perturbation type, … */
  group: string;
  /** For summary-level FRANK figures: the summary the sentence belongs to. */
  summary?: string;
  summaryPositive?: boolean;
}

interface Metrics {
  n: number;
  positives: number;
  precision: number;
  recall: number;
  f1: number;
  /** F1 of the `supported` class (WiCE's published figures use it). */
  supportedF1: number;
  balancedAccuracy: number;
  /** Share of each group flagged, and judged `contradicted`. */
  groups: Record<string, { n: number; flagged: number; contradicted: number }>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function metrics(rows: { positive: boolean; flagged: boolean; contradicted: boolean; group: string }[]): Metrics {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  const groups: Record<string, { n: number; f: number; c: number }> = {};
  for (const r of rows) {
    if (r.flagged && r.positive) tp++;
    else if (r.flagged) fp++;
    else if (r.positive) fn++;
    else tn++;
    const g = (groups[r.group] ??= { n: 0, f: 0, c: 0 });
    g.n++;
    if (r.flagged) g.f++;
    if (r.contradicted) g.c++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const sp = tn / Math.max(1, tn + fn);
  const sr = tn / Math.max(1, tn + fp);
  return {
    n: rows.length,
    positives: tp + fn,
    precision: r3(precision),
    recall: r3(recall),
    f1: r3((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    supportedF1: r3((2 * sp * sr) / Math.max(1e-9, sp + sr)),
    balancedAccuracy: r3(tp + fn && tn + fp ? (recall + sr) / 2 : tp + fn ? recall : sr),
    groups: Object.fromEntries(Object.entries(groups).sort().map(([k, g]) => [k, { n: g.n, flagged: r3(g.f / g.n), contradicted: r3(g.c / g.n) }])),
  };
}

export type Judge = (prepared: PreparedClaim) => ClaimResult;
export const defaultJudge: Judge = (p) => decideClaim(p, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });

function judged(items: Item[], judge: Judge) {
  return items.map((item) => {
    const r = judge(item.prepared);
    return { item, positive: item.positive, flagged: r.verdict !== 'supported', contradicted: r.verdict === 'contradicted', group: item.group };
  });
}

/** Summary-level rows: a summary is flagged when any of its sentences is. */
function bySummary(rows: ReturnType<typeof judged>) {
  const out = new Map<string, { positive: boolean; flagged: boolean; contradicted: boolean; group: string }>();
  for (const r of rows) {
    const key = r.item.summary!;
    const s = out.get(key) ?? { positive: !!r.item.summaryPositive, flagged: false, contradicted: false, group: r.item.group.split('/')[0] };
    s.flagged ||= r.flagged;
    s.contradicted ||= r.contradicted;
    out.set(key, s);
  }
  return [...out.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Preparation (retrieval and measures, independent of the decision)

interface Timing {
  claims: number;
  ms: number;
  searchMs: number;
}

function timeSearches(index: SourceIndex, timing: Timing): void {
  const search = index.search.bind(index);
  index.search = (query, options) => {
    const s = performance.now();
    try {
      return search(query, options);
    } finally {
      timing.searchMs += performance.now() - s;
    }
  };
}

function prepareTimed(timing: Timing, claim: Claim, index: SourceIndex, cited?: readonly string[]): PreparedClaim {
  const t = performance.now();
  const p = prepareClaim(claim, index, cited);
  timing.ms += performance.now() - t;
  timing.claims++;
  return p;
}

function sciFactItems(timing: Timing): { cited: Item[]; open: Item[]; passages: number } {
  const corpus = readJsonl<{ _id: string; title: string; text: string }>(requireData('SciFact', 'scifact', 'corpus.jsonl'));
  const index = new SourceIndex({ splitPassages });
  index.addDocuments(corpus.map((r) => doc(r._id, r.text, r.title)));
  timeSearches(index, timing);
  const claims = readJsonl<SciFactClaim>(requireData('SciFact claims', 'scifact', 'claims_train.jsonl')).filter((_, i) => i % every === 0);
  const cited: Item[] = [];
  const open: Item[] = [];
  for (const c of claims) {
    const label = sciLabel(c);
    const base = { split: sciSplit(c), positive: label !== 'SUPPORT', group: label };
    const docs = c.cited_doc_ids.map(String).filter((id) => index.document(id));
    cited.push({ set: 'scifact-cited', prepared: prepareTimed(timing, claimOf(c.claim), index, docs), ...base });
    open.push({ set: 'scifact-open', prepared: prepareClaim(claimOf(c.claim), index), ...base });
  }
  return { cited, open, passages: index.passageCount };
}

function numbersOf(text: string): string[] {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,(?=\d{3}(?!\d))/g, '').replace(/\.$/, ''));
}

function wiceItems(): Item[] {
  const rows = readJsonl<WiceClaim>(requireData('WiCE', 'wice', 'dev.jsonl')).filter((_, i) => i % every === 0);
  return rows.map((row, i) => {
    const { index, document } = sentenceIndex(`wice-${i}`, row.evidence);
    const page = new Set(numbersOf(row.evidence.join(' ')));
    const positive = row.label !== 'supported';
    const group = !positive ? 'supported' : numbersOf(row.claim).some((n) => !page.has(n)) ? 'unsupported-number' : 'unsupported-other';
    return { set: 'wice', split: wiceSplit(row), prepared: prepareClaim(claimOf(row.claim), index, [document.id]), positive, group };
  });
}

function frankItems(): Item[] {
  const out: Item[] = [];
  for (const [k, a] of frankArticles().entries()) {
    if (k % every !== 0) continue;
    const { index } = sentenceIndex(`frank-${a.hash}`, a.article);
    for (const s of a.summaries) {
      const summary = `${a.hash}/${s.model}`;
      s.sentences.forEach((sentence, i) => {
        const label = s.labels[i];
        out.push({
          set: label === null ? 'frank-unlabelled' : UNKNOWN_WORD.test(sentence) ? 'frank-unk' : 'frank',
          split: frankSplit(a),
          prepared: prepareClaim(claimOf(restoreSentence(sentence, a.article)), index),
          positive: label === 0,
          group: `${a.dataset}/${label === null ? 'mixed' : label ? 'consistent' : 'inconsistent'}`,
          summary,
          summaryPositive: s.factuality < 1,
        });
      });
    }
  }
  return out;
}

/** A model summary with the tokeniser's placeholder for an unknown word ("UNK"): no writer's draft has one. */
const UNKNOWN_WORD = /\bunk\b/i;

/**
 * FactCC (CNN/DM) and XSumFaith (XSum) summary sentences, each against its article, indexed as a writer's source
 * would be (the product's own sentence splitting).
 */
function summacItems(): Item[] {
  const out: Item[] = [];
  for (const name of ['factcc', 'xsumfaith'] as const) {
    for (const [k, a] of summacArticles(name).entries()) {
      if (k % every !== 0) continue;
      const document = doc(`${name}-${a.id}`, a.document);
      const index = new SourceIndex({ splitPassages });
      index.addDocuments([document]);
      const sentences = splitPassages(document).map((p) => a.document.slice(p.span.start, p.span.end));
      for (const c of a.claims) {
        const text = restoreSentence(c.claim, sentences);
        out.push({
          set: UNKNOWN_WORD.test(text) ? `${name}-unk` : name,
          split: summacSplit(a),
          prepared: prepareClaim(claimOf(text), index, [document.id]),
          positive: c.label === 0,
          group: `${a.origin}/${c.label ? 'consistent' : 'inconsistent'}`,
        });
      }
    }
  }
  return out;
}

function perturbationItems(timing: Timing): Item[] {
  const { included, heldOut } = bbcArticles();
  const articles = [...included, ...heldOut].sort((a, b) => a.name.localeCompare(b.name));
  const index = new SourceIndex({ splitPassages });
  index.addDocuments(articles.map((a) => doc(`bbc/${a.name}.txt`, `${a.title}\n\n${a.body}`)));
  timeSearches(index, timing);
  const set = perturbationSet(articles, quick ? 20 : 60);
  return set.map((p) => ({
    set: p.kind === 'perturbation' ? 'perturbations' : 'paraphrases',
    split: p.split,
    prepared: prepareTimed(timing, claimOf(p.claim), index),
    positive: p.kind === 'perturbation',
    group: p.type,
  }));
}

export interface Prepared {
  items: Item[];
  sciPassages: number;
  timing: { sciFact: Timing; perturbations: Timing };
  seconds: number;
}

export let vectorsUsed = '';

export function prepareAll(): Prepared {
  vectorsUsed = loadWordVectors();
  const t = performance.now();
  const sciT: Timing = { claims: 0, ms: 0, searchMs: 0 };
  const perT: Timing = { claims: 0, ms: 0, searchMs: 0 };
  const sci = sciFactItems(sciT);
  const items = [...sci.cited, ...sci.open, ...wiceItems(), ...frankItems(), ...summacItems(), ...perturbationItems(perT)];
  return { items, sciPassages: sci.passages, timing: { sciFact: sciT, perturbations: perT }, seconds: (performance.now() - t) / 1000 };
}

export function report(prepared: Prepared, judge: Judge = defaultJudge) {
  const out: Record<string, Record<string, unknown>> = {};
  const sets = ['scifact-cited', 'scifact-open', 'wice', 'frank', 'factcc', 'xsumfaith', 'perturbations', 'paraphrases'];
  for (const set of sets) {
    out[set] = {};
    for (const split of SPLITS) {
      const rows = judged(prepared.items.filter((i) => i.set === set && i.split === split), judge);
      out[set][split] = metrics(rows);
    }
  }
  // FRANK per source: CNN/DM summaries are mostly extractive and consistent, XSum's mostly invented; pooled, the
  // balanced accuracy mixes two easy halves, so the figure to judge by is the mean over the two sources.
  for (const ds of ['cnndm', 'xsum']) {
    out[`frank-${ds}`] = {};
    for (const split of SPLITS) {
      const rows = judged(prepared.items.filter((i) => i.set === 'frank' && i.split === split && i.group.startsWith(ds)), judge);
      out[`frank-${ds}`][split] = metrics(rows);
    }
  }
  out['frank-mean'] = {};
  for (const split of SPLITS) {
    const c = out['frank-cnndm'][split] as Metrics;
    const x = out['frank-xsum'][split] as Metrics;
    out['frank-mean'][split] = { balancedAccuracy: r3((c.balancedAccuracy + x.balancedAccuracy) / 2) };
  }
  // The news-summary figure: the mean over the four sentence-level sets (two of CNN/DM, two of XSum).
  out['news-summaries-mean'] = {};
  for (const split of SPLITS) {
    const parts = ['frank-cnndm', 'frank-xsum', 'factcc', 'xsumfaith'].map((k) => (out[k][split] as Metrics).balancedAccuracy);
    out['news-summaries-mean'][split] = { balancedAccuracy: r3(parts.reduce((a, b) => a + b, 0) / parts.length) };
  }
  out['frank-summaries'] = {};
  for (const split of SPLITS) {
    const rows = judged(prepared.items.filter((i) => i.set.startsWith('frank') && i.split === split), judge);
    out['frank-summaries'][split] = metrics(bySummary(rows));
  }
  return out;
}

function line(name: string, m: Metrics): string {
  return `${name.padEnd(24)} n=${String(m.n).padEnd(5)} flagged: P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}  supported F1=${m.supportedF1.toFixed(3)}  bal.acc=${m.balancedAccuracy.toFixed(3)}`;
}

export function printReport(r: ReturnType<typeof report>): void {
  for (const [set, bySplit] of Object.entries(r)) {
    if (set === 'perturbations' || set === 'paraphrases') continue;
    if (set === 'frank-mean' || set === 'news-summaries-mean') {
      const label = set === 'frank-mean' ? 'frank-mean' : 'news summaries (target)';
      console.log(`${label.padEnd(24)} bal.acc fit ${(bySplit.fit as Metrics).balancedAccuracy.toFixed(3)}, held-out ${(bySplit['held-out'] as Metrics).balancedAccuracy.toFixed(3)}`);
      continue;
    }
    for (const split of SPLITS) {
      const m = bySplit[split] as Metrics;
      console.log(line(`${set} ${split}`, m));
      console.log(`${' '.repeat(25)}${Object.entries(m.groups).map(([k, g]) => `${k} flagged ${g.flagged} contradicted ${g.contradicted} (n=${g.n})`).join('; ')}`);
    }
  }
  console.log('\nPerturbations (must be flagged): recall fit / held-out, contradicted held-out');
  for (const t of PERTURBATIONS) {
    const f = (r.perturbations.fit as Metrics).groups[t];
    const h = (r.perturbations['held-out'] as Metrics).groups[t];
    console.log(`  ${t.padEnd(14)} ${f ? f.flagged.toFixed(3) : '-'} / ${h ? h.flagged.toFixed(3) : '-'}  (n=${f?.n ?? 0}/${h?.n ?? 0})  contradicted ${h ? h.contradicted.toFixed(3) : '-'}`);
  }
  console.log('Faithful rewordings (must not be flagged): false alarms fit / held-out');
  for (const t of PARAPHRASES) {
    const f = (r.paraphrases.fit as Metrics).groups[t];
    const h = (r.paraphrases['held-out'] as Metrics).groups[t];
    console.log(`  ${t.padEnd(14)} ${f ? f.flagged.toFixed(3) : '-'} / ${h ? h.flagged.toFixed(3) : '-'}  (n=${f?.n ?? 0}/${h?.n ?? 0})`);
  }
  const all = (s: Split) => {
    const m = r.paraphrases[s] as Metrics;
    return Object.values(m.groups).reduce((a, g) => a + g.flagged * g.n, 0) / Math.max(1, m.n);
  };
  console.log(`  all            ${all('fit').toFixed(3)} / ${all('held-out').toFixed(3)}`);
}

if (require.main === module) {
  const prepared = prepareAll();
  const results = report(prepared);
  const t = prepared.timing;
  const ba = (set: string, split: Split) => ((results[set]?.[split] as Metrics | undefined)?.balancedAccuracy ?? NaN);
  const groups = (set: string, split: Split) => Object.values((results[set][split] as Metrics).groups);
  const recalls = groups('perturbations', 'held-out').map((g) => g.flagged);
  const para = results.paraphrases['held-out'] as Metrics;
  const summary = {
    scifactCitedHeldOut: ba('scifact-cited', 'held-out'),
    scifactCitedFit: ba('scifact-cited', 'fit'),
    wiceHeldOut: ba('wice', 'held-out'),
    wiceFit: ba('wice', 'fit'),
    wiceSupportedF1HeldOut: (results.wice['held-out'] as Metrics).supportedF1,
    frankMeanHeldOut: ba('frank-mean', 'held-out'),
    frankMeanFit: ba('frank-mean', 'fit'),
    frankSummariesHeldOut: ba('frank-summaries', 'held-out'),
    factccHeldOut: ba('factcc', 'held-out'),
    xsumfaithHeldOut: ba('xsumfaith', 'held-out'),
    newsSummariesMeanHeldOut: ba('news-summaries-mean', 'held-out'),
    newsSummariesMeanFit: ba('news-summaries-mean', 'fit'),
    perturbationRecallMinHeldOut: r3(Math.min(...recalls)),
    perturbationRecallMeanHeldOut: r3(recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length)),
    paraphraseFalseAlarmsHeldOut: r3(Object.values(para.groups).reduce((a, g) => a + g.flagged * g.n, 0) / Math.max(1, para.n)),
  };
  const out = {
    quick,
    summary,
    wordVectors: vectorsUsed,
    scifactPassages: prepared.sciPassages,
    msPerClaimScifactCited: r3(t.sciFact.ms / Math.max(1, t.sciFact.claims)),
    verdictMsPerClaim: r3((t.sciFact.ms - t.sciFact.searchMs) / Math.max(1, t.sciFact.claims)),
    msPerClaimNews: r3(t.perturbations.ms / Math.max(1, t.perturbations.claims)),
    verdictMsPerClaimNews: r3((t.perturbations.ms - t.perturbations.searchMs) / Math.max(1, t.perturbations.claims)),
    thresholds: DEFAULT_THRESHOLDS,
    ...results,
    seconds: r3(prepared.seconds),
  };
  if (featuresOut) {
    const options = { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 };
    const rows = prepared.items.map((i) => {
      const { features, result } = decisionFeaturesOf(i.prepared, options);
      // The claim and its verdict too, so that two runs can be compared claim by claim.
      return JSON.stringify({ set: i.set, split: i.split, positive: i.positive, group: i.group, features: features ?? null, text: result.claim.text, verdict: result.verdict });
    });
    writeFileSync(featuresOut, rows.join('\n') + '\n');
  }
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`word vectors: ${vectorsUsed}`);
    console.log(`Verdict benchmark (${quick ? 'quick' : 'full'}); SciFact ${prepared.sciPassages} passages; ${prepared.items.length} judgements in ${prepared.seconds.toFixed(0)} s`);
    console.log(`per claim: SciFact cited ${out.msPerClaimScifactCited} ms (verdict's own ${out.verdictMsPerClaim} ms), BBC ${out.msPerClaimNews} ms (verdict's own ${out.verdictMsPerClaimNews} ms)`);
    printReport(results);
  }
}
