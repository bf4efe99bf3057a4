/**
 * The source index against MiniSearch, the library Claimcheck's design names, on the same documents in one run:
 * build time, memory kept and search time.
 *
 *   node --expose-gc --import tsx bench/minisearch.ts [--quick] [--json] [--data DIR]
 *
 * Two indexers, each over each corpus, each in a fresh child process (so that one's garbage is not the other's):
 *   - `SourceIndex`: Claimcheck's index (`addDocuments`): sentences, paragraphs and titles in one inverted index.
 *   - `MiniSearch`: MiniSearch 7.2 (`addAll`) as Claimcheck used it before its own index: one index of the
 *     sentences (field `text`) and one of the paragraphs (fields `text` and `title`), both with Claimcheck's
 *     tokenizer and no stored fields, which together give the same scores (bench/README.md, "Retrieval").
 * Both get the passages of the production splitter (`splitPassages`; the SourceIndex splits while it indexes,
 * MiniSearch's build time includes the split). Memory is what the index keeps: heap plus array buffers after a
 * full GC, minus the same after loading the documents (their text is shared, not counted). Search time is the
 * mean over the queries (SciFact's training claims; for BBC the first sentence of every 10th article) of one
 * search of the index, or one search of each MiniSearch index.
 *
 * Corpora: SciFact's abstracts (`scifact/corpus.jsonl`, JSON Lines) and the BBC articles (`news/bbc`, one .txt
 * each), loaded by the product's loaders from the data folder (bench/data.ts). `--quick`: BBC only.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { SourceIndex } from '../server/src/core/index/sourceIndex';
import { terms } from '../server/src/core/index/tokenize';
import { loadSourceFile } from '../server/src/core/sources/load';
import { splitPassages } from '../server/src/core/sources/passages';
import type { SourceDocument, Span } from '../server/src/core/types';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { dataPath, dataRoot, REPO_ROOT, requireData } from './data';

type Corpus = 'scifact' | 'bbc';
type Indexer = 'SourceIndex' | 'MiniSearch';

interface Measurement {
  corpus: Corpus;
  indexer: Indexer;
  documents: number;
  passages: number;
  megabytes: number;
  buildMs: number;
  buildCpuMs: number;
  /** MB kept by the index after a full GC. */
  indexMB: number;
  searchMs: number;
  queries: number;
}

const MB = 1e6;
/** Every this-many-th BBC article gives a query (its first sentence). */
const BBC_QUERY_EVERY = 10;
/** SciFact claims used as queries. */
const SCIFACT_QUERIES = 300;
/** Hits asked of each search, as the verdicts ask (`CANDIDATE_LIMIT`). */
const SEARCH_LIMIT = 20;

async function loadCorpus(corpus: Corpus): Promise<{ documents: SourceDocument[]; queries: string[] }> {
  const fs = new NodeFileSystem();
  if (corpus === 'scifact') {
    const file = requireData('SciFact abstracts', 'scifact', 'corpus.jsonl');
    const { documents } = await loadSourceFile(fs, file, dataPath('scifact'), DEFAULT_CONFIG);
    const claims = readFileSync(requireData('SciFact claims', 'scifact', 'claims_train.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, SCIFACT_QUERIES)
      .map((line) => JSON.parse(line).claim as string);
    return { documents, queries: claims };
  }
  const root = requireData('the BBC news articles', 'news', 'bbc');
  const documents: SourceDocument[] = [];
  for (const topic of readdirSync(root).sort()) {
    const dir = join(root, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) documents.push(...(await loadSourceFile(fs, join(dir, name), root, DEFAULT_CONFIG)).documents);
    }
  }
  const queries = documents.filter((_, i) => i % BBC_QUERY_EVERY === 0).map((d) => {
    const first = splitPassages(d)[0];
    return first ? d.text.slice(first.span.start, first.span.end) : d.title ?? '';
  });
  return { documents, queries };
}

function keptBytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface Item {
  id: number;
  document: SourceDocument;
  span: Span;
}

/** The two MiniSearch indexes Claimcheck used before its own index (see the file comment). */
function buildMiniSearch(documents: readonly SourceDocument[]) {
  const common = { idField: 'id', storeFields: [] as string[], tokenize: (text: string) => terms(text), processTerm: (term: string) => term };
  const sentences = new MiniSearch<Item>({
    ...common,
    fields: ['text'],
    extractField: (item, field) => (field === 'id' ? (item.id as unknown as string) : item.document.text.slice(item.span.start, item.span.end)),
    searchOptions: { bm25: { k: 1.2, b: 0.7, d: 0.5 } },
  });
  const paragraphs = new MiniSearch<Item>({
    ...common,
    fields: ['text', 'title'],
    extractField: (item, field) =>
      field === 'id' ? (item.id as unknown as string) : field === 'title' ? (item.document.title ?? '') : item.document.text.slice(item.span.start, item.span.end),
    searchOptions: { bm25: { k: 1.2, b: 0.75, d: 0.5 }, boost: { text: 1, title: 0.5 } },
  });
  const sentenceItems: Item[] = [];
  const paragraphItems: Item[] = [];
  for (const document of documents) {
    let last: Span | undefined;
    for (const passage of splitPassages(document)) {
      sentenceItems.push({ id: sentenceItems.length, document, span: passage.span });
      if (passage.paragraph !== last) paragraphItems.push({ id: paragraphItems.length, document, span: (last = passage.paragraph) });
    }
  }
  sentences.addAll(sentenceItems);
  paragraphs.addAll(paragraphItems);
  return { sentences, paragraphs, sentenceItems, paragraphItems };
}

async function child(corpus: Corpus, indexer: Indexer): Promise<Measurement> {
  const { documents, queries } = await loadCorpus(corpus);
  const megabytes = documents.reduce((n, d) => n + d.text.length, 0) / MB;
  const before = keptBytes();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let search: (query: string) => void;
  let passages: number;
  let keep: unknown;
  if (indexer === 'SourceIndex') {
    const index = new SourceIndex();
    index.addDocuments(documents);
    passages = index.passageCount;
    search = (q) => index.search(q, { limit: SEARCH_LIMIT });
    keep = index;
  } else {
    const built = buildMiniSearch(documents);
    passages = built.sentenceItems.length;
    search = (q) => {
      built.sentences.search(q).slice(0, SEARCH_LIMIT);
      built.paragraphs.search(q);
    };
    keep = built;
  }
  const buildMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const indexMB = (keptBytes() - before) / MB;
  for (const q of queries.slice(0, 10)) search(q); // warm-up
  const searchStarted = performance.now();
  for (const q of queries) search(q);
  const searchMs = (performance.now() - searchStarted) / Math.max(1, queries.length);
  if (!keep) throw new Error('unreachable');
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    corpus,
    indexer,
    documents: documents.length,
    passages,
    megabytes: round(megabytes),
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round((used.user + used.system) / 1000),
    indexMB: round(indexMB),
    searchMs: round(searchMs, 2),
    queries: queries.length,
  };
}

function table(rows: Measurement[]): string {
  const lines = ['| corpus | indexer | passages | build (wall) | build (CPU) | index memory | per search |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(
      `| ${r.corpus} (${r.megabytes} MB, ${r.documents} documents) | ${r.indexer} | ${r.passages.toLocaleString('en')} | ${(r.buildMs / 1000).toFixed(2)} s | ${(r.buildCpuMs / 1000).toFixed(2)} s | ${r.indexMB.toFixed(1)} MB | ${r.searchMs.toFixed(2)} ms |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(args[1] as Corpus, args[2] as Indexer))}\n`);
    return;
  }
  const quick = args.includes('--quick');
  const json = args.includes('--json');
  const corpora: Corpus[] = quick ? ['bbc'] : ['scifact', 'bbc'];
  const rows: Measurement[] = [];
  for (const corpus of corpora) {
    for (const indexer of ['SourceIndex', 'MiniSearch'] as const) {
      const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--child', corpus, indexer], {
        cwd: REPO_ROOT,
        env: { ...process.env, CLAIMCHECK_DATA: dataRoot().path },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (run.status !== 0) process.exit(run.status ?? 1);
      rows.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!));
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ rows }, null, 2)}\n`);
    return;
  }
  console.log(table(rows));
  for (const corpus of corpora) {
    const [s, m] = ['SourceIndex', 'MiniSearch'].map((i) => rows.find((r) => r.corpus === corpus && r.indexer === i)!);
    console.log(
      `${corpus}: MiniSearch takes ${(m.buildCpuMs / s.buildCpuMs).toFixed(1)}x the build CPU time, ${(m.indexMB / s.indexMB).toFixed(1)}x the memory, ${(m.searchMs / s.searchMs).toFixed(1)}x the search time of SourceIndex.`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
