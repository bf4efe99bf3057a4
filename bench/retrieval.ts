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
 * `--variants` also measures the alternatives recorded in bench/README.md (slower).
 * `--quick` uses the first 200 claims. `--json` prints one JSON object instead of tables.
 */
import { dataDir as sharedDataDir } from './datasets';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_SOURCE_INDEX_OPTIONS, SourceIndex, type SearchHit, type SourceIndexOptions } from '../server/src/core/index/sourceIndex';
import { processTerm, tokenize } from '../server/src/core/index/tokenize';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { loadSourceFile } from '../server/src/core/sources/load';
import { splitPassages } from '../server/src/core/sources/passages';
import { NodeFileSystem } from '../server/src/nodeFileSystem';
import type { Passage, SourceDocument } from '../server/src/core/types';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const variants = args.includes('--variants');
const dataArg = args.indexOf('--data');
/** The SciFact folder: `--data DIR`, else `scifact/` of the shared data folder (`CLAIMCHECK_DATA`, `../shared/data`). */
const dataDir = dataArg >= 0 ? args[dataArg + 1] : join(sharedDataDir(), 'scifact');

// ---------------------------------------------------------------------------------------------------------
// Data

interface Query {
  id: string;
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
  const root = join(sharedDataDir(), 'news', 'bbc');
  if (!existsSync(root)) return undefined;
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
    if (rel) out.push({ id: String(c.id), text: c.claim, relevant: rel, evidence });
  }
  return quick ? out.slice(0, 200) : out;
}

/**
 * Passages from the project's splitter; until it is implemented, a plain splitter (sentences at `.!?` followed
 * by space and a capital, digit or bracket; paragraphs at blank lines) so the benchmark can run.
 */
let splitter: { name: string; split: (d: SourceDocument) => Passage[] } | undefined;
function passageSplitter(sample: SourceDocument): { name: string; split: (d: SourceDocument) => Passage[] } {
  if (splitter) return splitter;
  try {
    splitPassages(sample);
    splitter = { name: 'splitPassages', split: splitPassages };
  } catch {
    splitter = { name: 'fallback', split: fallbackSplit };
  }
  return splitter;
}

function fallbackSplit(document: SourceDocument): Passage[] {
  const out: Passage[] = [];
  const text = document.text;
  const paragraphRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    const paragraph = { start: p.index, end: p.index + p[0].length };
    const sentenceRe = /\S[\s\S]*?(?:[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d])|$)/gu;
    const body = p[0];
    for (let s = sentenceRe.exec(body); s; s = sentenceRe.exec(body)) {
      if (!s[0]) break;
      const start = paragraph.start + s.index;
      const end = start + s[0].length;
      out.push({
        id: `${document.id}#${out.length}`,
        documentId: document.id,
        ordinal: out.length,
        span: { start, end },
        paragraph,
        range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
      });
    }
  }
  return out;
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
  const split = passageSplitter(documents[0]).split;
  const started = performance.now();
  const index = new SourceIndex({ ...options, splitPassages: split });
  index.addDocuments(documents);
  return { index, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------

interface Row extends Metrics, Partial<PassageMetrics> {
  name: string;
}

async function main(): Promise<void> {
  const { documents, loader } = await loadCorpus();
  const queries = loadQueries();
  const megabytes = documents.reduce((n, d) => n + d.text.length + (d.title?.length ?? 0), 0) / 1e6;
  const rows: Row[] = [];
  const add = (name: string, metrics: Metrics, passages?: PassageMetrics) => {
    rows.push({ name, ...metrics, ...passages });
    if (json) return;
    const e = passages ? `  ${passages.evidence1.toFixed(4)}  ${passages.evidence5.toFixed(4)}` : '';
    console.log(`${name.padEnd(58)} ${metrics.ndcg10.toFixed(4)}  ${metrics.recall3.toFixed(4)}  ${metrics.recall10.toFixed(4)}${e}`);
  };
  if (!json) {
    console.log(`SciFact train: ${documents.length} abstracts (${megabytes.toFixed(1)} MB, ${loader}), ${queries.length} claims${quick ? ' (quick)' : ''}`);
    console.log(`${'ranker'.padEnd(58)} nDCG@10 R@3     R@10    E@1     E@5`);
  }

  add('minisearch-defaults (whole abstracts, title+text)', evaluate(queries, wholeDocumentRanker(documents)));
  if (variants) {
    add(
      'minisearch whole abstracts + claimcheck tokenizer',
      evaluate(queries, wholeDocumentRanker(documents, { tokenize: (t) => tokenize(t), processTerm: (t) => processTerm(t) })),
    );
  }

  const { index, seconds } = buildIndex(documents, {});
  const main = evaluate(queries, sourceIndexRanker(index, 'max'));
  const mainPassages = evaluatePassages(queries, index, documents);
  add('sourceindex (defaults, max passage per abstract)', main, mainPassages);

  if (variants) {
    for (const how of ['sum2', 'max+0.5second'] as Aggregate[]) add(`sourceindex (defaults, ${how})`, evaluate(queries, sourceIndexRanker(index, how)));
    // Scoring options apply at search time: one index, reconfigured for each row.
    const tried: [string, SourceIndexOptions][] = [
      ['sentences only (paragraphWeight 0)', { paragraphWeight: 0 }],
      ['paragraphWeight 0.5', { paragraphWeight: 0.5 }],
      ['paragraphWeight 1', { paragraphWeight: 1 }],
      ['paragraphWeight 2', { paragraphWeight: 2 }],
      ['paragraphWeight 3', { paragraphWeight: 3 }],
      ['titleWeight 0 (no title)', { titleWeight: 0 }],
      ['titleWeight 1', { titleWeight: 1 }],
      ['paragraph bm25 b 0.9', { paragraphBm25: { k: 1.2, b: 0.9, d: 0.5 } }],
      ['paragraph bm25 k 0.9', { paragraphBm25: { k: 0.9, b: 0.75, d: 0.5 } }],
      ['paragraph bm25 d 0', { paragraphBm25: { k: 1.2, b: 0.75, d: 0 } }],
      ['sentence bm25 b 0.3', { bm25: { k: 1.2, b: 0.3, d: 0.5 } }],
      ['sentence bm25 d 0', { bm25: { k: 1.2, b: 0.7, d: 0 } }],
      ['fuzzy 0.2', { fuzzy: 0.2 }],
      ['prefix', { prefix: true }],
    ];
    for (const [name, options] of tried) {
      index.configure({ ...DEFAULT_SOURCE_INDEX_OPTIONS, ...options });
      add(`sourceindex (${name})`, evaluate(queries, sourceIndexRanker(index, 'max')), evaluatePassages(queries, index, documents));
    }
    index.configure(DEFAULT_SOURCE_INDEX_OPTIONS);
  }

  const bbc = await bbcBuild();
  const result = {
    dataset: 'scifact-train',
    quick,
    claims: queries.length,
    abstracts: documents.length,
    passages: index.passageCount,
    splitter: splitter?.name,
    reference: rows[0],
    sourceIndex: { ...main, ...mainPassages, aggregate: 'max' },
    build: { seconds: round(seconds), megabytesPerSecond: round(megabytes / seconds) },
    bbcBuild: bbc && { ...bbc, megabytesPerSecond: round(bbc.megabytes / bbc.seconds), megabytesPerCpuSecond: round(bbc.megabytes / bbc.cpuSeconds) },
    rows,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(
    `\nSourceIndex build, SciFact: ${index.passageCount} passages in ${seconds.toFixed(2)} s (${(megabytes / seconds).toFixed(1)} MB/s, splitter: ${splitter?.name})`,
  );
  if (bbc) {
    console.log(
      `SourceIndex build, BBC: ${bbc.documents} documents, ${bbc.passages} passages, ${bbc.megabytes} MB of text in ${bbc.seconds.toFixed(2)} s ` +
        `(${(bbc.megabytes / bbc.seconds).toFixed(1)} MB/s; ${bbc.cpuSeconds.toFixed(2)} s of CPU, ${(bbc.megabytes / bbc.cpuSeconds).toFixed(1)} MB per CPU second)`,
    );
  }
}

void main();
