/**
 * Retrieval quality of the source index on SciFact (training claims), and its build speed.
 *
 *   npx tsx bench/retrieval.ts [--quick] [--json] [--variants] [--data DIR]
 *
 * For each claim, the abstracts it cites are the relevant documents (qrels_train.tsv). Reports nDCG@10,
 * recall@3 and recall@10 for:
 *   - `minisearch-defaults`: MiniSearch 7.2 with default options over whole abstracts (fields title and text),
 *     the reference, measured in the same run;
 *   - `sourceindex`: Claimcheck's SourceIndex over passages, passage hits aggregated to documents.
 * Every figure is given on all claims and on two fixed halves by claim id (`splitOf`): *fit* (even ids), the only
 * claims the ranking's options were chosen on, and *held-out* (odd ids), never used to choose anything. It is the
 * split of the verdict benchmark, so a claim held out there is held out here too.
 *
 * `--tune` searches the ranking options (`TUNING_GRID`) on the fit half and prints the held-out figure beside
 * each row (the choice is made on fit only). `--variants` also measures the alternatives recorded in
 * bench/README.md (slower). `--quick` uses the first 200 claims. `--json` prints one JSON object instead of tables.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_SOURCE_INDEX_OPTIONS, SourceIndex, type SearchHit, type SourceIndexOptions } from '../server/src/core/index/sourceIndex';
import { processTerm, tokenize } from '../server/src/core/index/tokenize';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { loadSourceFile } from '../server/src/core/sources/load';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { dataPath, hasData, requireData } from './data';
import type { SourceDocument } from '../server/src/core/types';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const variants = args.includes('--variants');
const tune = args.includes('--tune');
const dataDir = requireData('SciFact', 'scifact');

// ---------------------------------------------------------------------------------------------------------
// Data

/** Which half of the claims a claim belongs to: even ids fit the ranking's options, odd ids are held out. */
export type Split = 'fit' | 'held-out';
export const splitOf = (claimId: number): Split => (claimId % 2 === 0 ? 'fit' : 'held-out');

interface Query {
  id: string;
  split: Split;
  text: string;
  relevant: Set<string>;
  /** Rationale sentences (SUPPORT or CONTRADICT) as document id → sentence indices in corpus-sentences.jsonl. */
  evidence: Map<string, number[]>;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** A SourceDocument for one JSONL record, as the JSONL loader makes it: the record's text, its title apart. */
function jsonlDocument(file: string, record: { _id: string; title: string; text: string }): SourceDocument {
  return {
    id: record._id,
    key: record._id,
    file,
    format: 'jsonl',
    title: record.title,
    text: record.text,
    toFileOffset: (offset) => offset,
    filePosition: (offset) => ({ line: 0, character: offset }),
  };
}

/** The corpus through Claimcheck's JSONL loader (Node-backed file system); plain records if that fails. */
async function loadCorpus(): Promise<{ documents: SourceDocument[]; loader: string }> {
  const file = join(dataDir, 'corpus.jsonl');
  try {
    const loaded = await loadSourceFile(new NodeFileSystem(), file, dataDir, DEFAULT_CONFIG);
    if (loaded.documents.length > 0) return { documents: loaded.documents, loader: 'loadSourceFile' };
  } catch {
    // fall through
  }
  return { documents: readJsonl<{ _id: string; title: string; text: string }>(file).map((r) => jsonlDocument(file, r)), loader: 'plain' };
}

/** addDocuments on the BBC corpus (one text file per article), read through the project's loader. */
async function bbcBuild(): Promise<{ documents: number; passages: number; megabytes: number; seconds: number; cpuSeconds: number } | undefined> {
  if (!hasData('news', 'bbc')) return undefined;
  const root = dataPath('news', 'bbc');
  const fs = new NodeFileSystem();
  const documents: SourceDocument[] = [];
  for (const topic of readdirSync(root)) {
    const dir = join(root, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.txt')) documents.push(...(await loadSourceFile(fs, join(dir, name), root, DEFAULT_CONFIG)).documents);
    }
  }
  const megabytes = documents.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const index = new SourceIndex();
  const started = performance.now();
  const cpu = process.cpuUsage();
  index.addDocuments(documents);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { documents: documents.length, passages: index.passageCount, megabytes: round(megabytes), seconds: round(seconds), cpuSeconds: round(cpuSeconds) };
}

function loadQueries(): Query[] {
  const claims = readJsonl<{ id: number; claim: string; evidence: Record<string, { sentences: number[] }[]> }>(
    join(dataDir, 'claims_train.jsonl'),
  );
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dataDir, 'qrels_train.tsv'), 'utf8').split('\n').slice(1)) {
    const [q, d, score] = line.split('\t');
    if (!q || Number(score) <= 0) continue;
    if (!relevant.has(q)) relevant.set(q, new Set());
    relevant.get(q)!.add(d);
  }
  const out: Query[] = [];
  for (const c of claims) {
    const rel = relevant.get(String(c.id));
    const evidence = new Map<string, number[]>();
    for (const [docId, sets] of Object.entries(c.evidence)) evidence.set(docId, sets.flatMap((set) => set.sentences));
    if (rel) out.push({ id: String(c.id), split: splitOf(c.id), text: c.claim, relevant: rel, evidence });
  }
  return quick ? out.slice(0, 200) : out;
}

// ---------------------------------------------------------------------------------------------------------
// Metrics

interface Metrics {
  ndcg10: number;
  recall3: number;
  recall10: number;
}

function evaluate(queries: Query[], rank: (q: Query) => string[]): Metrics {
  let ndcg = 0;
  let r3 = 0;
  let r10 = 0;
  for (const q of queries) {
    const ranked = rank(q).slice(0, 10);
    let dcg = 0;
    ranked.forEach((id, i) => {
      if (q.relevant.has(id)) dcg += 1 / Math.log2(i + 2);
    });
    let ideal = 0;
    for (let i = 0; i < Math.min(10, q.relevant.size); i++) ideal += 1 / Math.log2(i + 2);
    ndcg += dcg / ideal;
    r3 += ranked.slice(0, 3).filter((id) => q.relevant.has(id)).length / q.relevant.size;
    r10 += ranked.filter((id) => q.relevant.has(id)).length / q.relevant.size;
  }
  const n = queries.length;
  return { ndcg10: round(ndcg / n), recall3: round(r3 / n), recall10: round(r10 / n) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Passage-level quality, what the verdicts depend on: for the claims with rationale sentences, the share whose
 * top 1 / top 5 passages (over the whole corpus) include a rationale sentence, a passage counting when it
 * overlaps one. Rationale sentences are located in the document text through corpus-sentences.jsonl.
 */
interface PassageMetrics {
  evidenceClaims: number;
  evidence1: number;
  evidence5: number;
}

let rationaleSpans: Map<string, { start: number; end: number }[]> | undefined;
function rationales(documents: SourceDocument[]): Map<string, { start: number; end: number }[]> {
  if (rationaleSpans) return rationaleSpans;
  const byId = new Map(documents.map((d) => [d.id, d]));
  rationaleSpans = new Map();
  for (const record of readJsonl<{ doc_id: number; abstract: string[] }>(join(dataDir, 'corpus-sentences.jsonl'))) {
    const document = byId.get(String(record.doc_id));
    if (!document) continue;
    let from = 0;
    const spans = record.abstract.map((sentence) => {
      const start = document.text.indexOf(sentence.trim(), from);
      if (start < 0) return { start: -1, end: -1 };
      from = start + sentence.trim().length;
      return { start, end: from };
    });
    rationaleSpans.set(document.id, spans);
  }
  return rationaleSpans;
}

function evaluatePassages(queries: Query[], index: SourceIndex, documents: SourceDocument[]): PassageMetrics {
  const spans = rationales(documents);
  let claims = 0;
  let at1 = 0;
  let at5 = 0;
  for (const q of queries) {
    if (q.evidence.size === 0) continue;
    claims++;
    const hits = index.search(q.text, { limit: 5 });
    const isEvidence = (hit: SearchHit) =>
      (q.evidence.get(hit.document.id) ?? []).some((i) => {
        const span = spans.get(hit.document.id)?.[i];
        return !!span && span.start >= 0 && span.start < hit.passage.span.end && hit.passage.span.start < span.end;
      });
    if (hits.length && isEvidence(hits[0])) at1++;
    if (hits.some(isEvidence)) at5++;
  }
  return { evidenceClaims: claims, evidence1: round(at1 / claims), evidence5: round(at5 / claims) };
}

// ---------------------------------------------------------------------------------------------------------
// Rankers

/** Whole-abstract MiniSearch, default options unless given. */
function wholeDocumentRanker(documents: SourceDocument[], options: Partial<ConstructorParameters<typeof MiniSearch>[0]> = {}) {
  const ms = new MiniSearch<SourceDocument>({ fields: ['title', 'text'], ...options });
  ms.addAll(documents);
  return (q: Query) => ms.search(q.text).slice(0, 10).map((r) => String(r.id));
}

type Aggregate = 'max' | 'sum2' | 'sum3' | 'max+0.5second';

/** Passage hits to document ranking. */
function aggregate(hits: SearchHit[], how: Aggregate): string[] {
  const perDocument = new Map<string, number[]>();
  for (const hit of hits) {
    const scores = perDocument.get(hit.document.id);
    if (scores) scores.push(hit.score);
    else perDocument.set(hit.document.id, [hit.score]);
  }
  const scored: [string, number][] = [];
  for (const [id, scores] of perDocument) {
    // Hits come best first, so each list is sorted descending.
    let score: number;
    switch (how) {
      case 'max':
        score = scores[0];
        break;
      case 'sum2':
        score = scores[0] + (scores[1] ?? 0);
        break;
      case 'sum3':
        score = scores[0] + (scores[1] ?? 0) + (scores[2] ?? 0);
        break;
      case 'max+0.5second':
        score = scores[0] + 0.5 * (scores[1] ?? 0);
        break;
    }
    scored.push([id, score]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, 10).map(([id]) => id);
}

function sourceIndexRanker(index: SourceIndex, how: Aggregate, passageLimit = 300) {
  return (q: Query) => aggregate(index.search(q.text, { limit: passageLimit }), how);
}

function buildIndex(documents: SourceDocument[], options: SourceIndexOptions): { index: SourceIndex; seconds: number } {
  const started = performance.now();
  const index = new SourceIndex(options);
  index.addDocuments(documents);
  return { index, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------

/** Figures on all claims, with the same figures on the fit and held-out halves. */
type Figures = Metrics & Partial<PassageMetrics> & { fit: Metrics & Partial<PassageMetrics>; heldOut: Metrics & Partial<PassageMetrics> };

interface Row extends Figures {
  name: string;
}

/** Ranking options searched by `--tune` (on the fit half only); the defaults are its best row. */
const TUNING_GRID: { paragraphWeight: number[]; titleWeight: number[]; paragraphD: number[] } = {
  paragraphWeight: [0.5, 1, 1.5, 2, 3, 4, 6],
  titleWeight: [0.25, 0.5, 1],
  paragraphD: [0.5, 1],
};

async function main(): Promise<void> {
  const { documents, loader } = await loadCorpus();
  const queries = loadQueries();
  const halves = { fit: queries.filter((q) => q.split === 'fit'), heldOut: queries.filter((q) => q.split === 'held-out') };
  const megabytes = documents.reduce((n, d) => n + d.text.length + (d.title?.length ?? 0), 0) / 1e6;
  const rows: Row[] = [];
  const figures = (rank: (q: Query) => string[], index?: SourceIndex): Figures => {
    const of = (qs: Query[]) => ({ ...evaluate(qs, rank), ...(index ? evaluatePassages(qs, index, documents) : {}) });
    return { ...of(queries), fit: of(halves.fit), heldOut: of(halves.heldOut) };
  };
  const add = (name: string, f: Figures): Figures => {
    rows.push({ name, ...f });
    if (json) return f;
    const e = f.evidence1 !== undefined ? `  ${f.evidence1.toFixed(4)}  ${f.evidence5!.toFixed(4)}` : '';
    console.log(
      `${name.padEnd(58)} ${f.ndcg10.toFixed(4)}  ${f.fit.ndcg10.toFixed(4)}  ${f.heldOut.ndcg10.toFixed(4)}    ${f.recall3.toFixed(4)}  ${f.recall10.toFixed(4)}${e}`,
    );
    return f;
  };
  if (!json) {
    console.log(
      `SciFact train: ${documents.length} abstracts (${megabytes.toFixed(1)} MB, ${loader}), ${queries.length} claims` +
        ` (fit ${halves.fit.length}, held-out ${halves.heldOut.length})${quick ? ' (quick)' : ''}`,
    );
    console.log(`${''.padEnd(58)} nDCG@10 (all, fit, held-out)     R@3     R@10    E@1     E@5`);
  }

  const reference = add('minisearch-defaults (whole abstracts, title+text)', figures(wholeDocumentRanker(documents)));
  if (variants) {
    add(
      'minisearch whole abstracts + claimcheck tokenizer',
      figures(wholeDocumentRanker(documents, { tokenize: (t) => tokenize(t), processTerm: (t) => processTerm(t) })),
    );
  }

  const { index, seconds } = buildIndex(documents, {});
  const main = add('sourceindex (defaults, max passage per abstract)', figures(sourceIndexRanker(index, 'max'), index));

  if (variants) {
    for (const how of ['sum2', 'max+0.5second'] as Aggregate[]) add(`sourceindex (defaults, ${how})`, figures(sourceIndexRanker(index, how)));
    // Scoring options apply at search time: one index, reconfigured for each row.
    const tried: [string, SourceIndexOptions][] = [
      ['sentences only (paragraphWeight 0)', { paragraphWeight: 0 }],
      ['paragraphWeight 1', { paragraphWeight: 1 }],
      ['paragraphWeight 2', { paragraphWeight: 2 }],
      ['titleWeight 0 (no title)', { titleWeight: 0 }],
      ['titleWeight 1', { titleWeight: 1 }],
      ['paragraph bm25 b 0.9', { paragraphBm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.paragraphBm25, b: 0.9 } }],
      ['paragraph bm25 k 0.9', { paragraphBm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.paragraphBm25, k: 0.9 } }],
      ['paragraph bm25 d 0', { paragraphBm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.paragraphBm25, d: 0 } }],
      ['sentence bm25 b 0.3', { bm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.bm25, b: 0.3 } }],
      ['sentence bm25 d 0', { bm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.bm25, d: 0 } }],
      ['fuzzy 0.2', { fuzzy: 0.2 }],
      ['prefix', { prefix: true }],
    ];
    for (const [name, options] of tried) {
      index.configure({ ...DEFAULT_SOURCE_INDEX_OPTIONS, ...options });
      add(`sourceindex (${name})`, figures(sourceIndexRanker(index, 'max'), index));
    }
    index.configure(DEFAULT_SOURCE_INDEX_OPTIONS);
  }

  let tuned: { options: SourceIndexOptions; fit: number; heldOut: number } | undefined;
  if (tune) {
    if (!json) console.log(`\n--tune: chosen on fit nDCG@10 only; held-out beside it`);
    for (const paragraphWeight of TUNING_GRID.paragraphWeight) {
      for (const titleWeight of TUNING_GRID.titleWeight) {
        for (const d of TUNING_GRID.paragraphD) {
          const options: SourceIndexOptions = { paragraphWeight, titleWeight, paragraphBm25: { ...DEFAULT_SOURCE_INDEX_OPTIONS.paragraphBm25, d } };
          index.configure({ ...DEFAULT_SOURCE_INDEX_OPTIONS, ...options });
          const rank = sourceIndexRanker(index, 'max');
          const fit = evaluate(halves.fit, rank).ndcg10;
          const heldOut = evaluate(halves.heldOut, rank).ndcg10;
          if (!json) console.log(`  paragraphWeight ${paragraphWeight}, titleWeight ${titleWeight}, paragraph d ${d}: fit ${fit.toFixed(4)}  held-out ${heldOut.toFixed(4)}`);
          if (!tuned || fit > tuned.fit) tuned = { options, fit, heldOut };
        }
      }
    }
    if (!json) console.log(`best on fit: ${JSON.stringify(tuned!.options)}: fit ${tuned!.fit.toFixed(4)}, held-out ${tuned!.heldOut.toFixed(4)}`);
    index.configure(DEFAULT_SOURCE_INDEX_OPTIONS);
  }

  const bbc = await bbcBuild();
  const result = {
    dataset: 'scifact-train',
    quick,
    claims: queries.length,
    abstracts: documents.length,
    passages: index.passageCount,
    splitter: 'splitPassages',
    split: 'claim id: even = fit, odd = held-out',
    reference,
    sourceIndex: { ...main, aggregate: 'max' },
    tuned,
    build: { seconds: round(seconds), megabytesPerSecond: round(megabytes / seconds) },
    bbcBuild: bbc && { ...bbc, megabytesPerSecond: round(bbc.megabytes / bbc.seconds), megabytesPerCpuSecond: round(bbc.megabytes / bbc.cpuSeconds) },
    rows,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(
    `\nSourceIndex build, SciFact: ${index.passageCount} passages in ${seconds.toFixed(2)} s (${(megabytes / seconds).toFixed(1)} MB/s)`,
  );
  if (bbc) {
    console.log(
      `SourceIndex build, BBC: ${bbc.documents} documents, ${bbc.passages} passages, ${bbc.megabytes} MB of text in ${bbc.seconds.toFixed(2)} s ` +
        `(${(bbc.megabytes / bbc.seconds).toFixed(1)} MB/s; ${bbc.cpuSeconds.toFixed(2)} s of CPU, ${(bbc.megabytes / bbc.cpuSeconds).toFixed(1)} MB per CPU second)`,
    );
  }
}

void main();
