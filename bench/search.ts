/**
 * The index's pruned search against exhaustive search, on the full SciFact corpus and on the news corpora of
 * `npm run bench`: the same hits (passage, score to the last bit, matched terms, order) for every query, and what
 * the pruning saves (postings read, paragraphs scored, CPU time per search).
 *
 *   node --expose-gc --import tsx bench/search.ts [--sizes 5,30] [--quick] [--json] [--data DIR] [--blocks]
 *
 * Queries, each searched pruned and then with `exhaustive: true` (the same scoring with nothing skipped):
 * - SciFact: the 809 training claims, top 20 (the verdicts' `CANDIDATE_LIMIT`) and top 60 (`WIDE_LIMIT`, when a
 *   claim cites documents), and top 20 restricted to the claim's cited abstracts.
 * - News (the `bench/corpus.ts` parts, BBC and Reuters): the claims of the benchmark draft (`bench/draft.ts`) and the
 *   first sentences of 300 documents spread over the corpus, top 20 and top 60.
 * `--quick`: SciFact's first 200 claims and the 5 MB corpus. `--blocks`: block bounds on every index (by default
 * only from `BLOCK_BOUNDS_FROM` passages, about 60 MB of news). Exits with status 1 when any result differs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, resolveConfig } from '../server/src/core/config';
import { analyzeDraft } from '../server/src/core/draft/analyze';
import { SourceIndex, type SearchHit } from '../server/src/core/index/sourceIndex';
import { loadSourceFile, loadSources } from '../server/src/core/sources/load';
import type { SourceDocument } from '../server/src/core/types';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { corpusDir, ensureCorpus, PART_BYTES } from './corpus';
import { dataPath, requireData } from './data';
import { buildDraft } from './draft';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,30' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    data: { type: 'string' },
    blocks: { type: 'boolean', default: false },
  },
});
const quick = values.quick!;
const sizes = quick ? [5] : values.sizes!.split(',').map(Number);
const CACHE = resolve(__dirname, '..', '.cache', 'bench');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** News queries besides the draft's claims: the first sentences of this many documents, spread over the corpus. */
const FIRST_SENTENCES = 300;

interface Query {
  text: string;
  limit: number;
  documents?: string[];
}

interface Comparison {
  corpus: string;
  documents: number;
  passages: number;
  queries: number;
  /** Queries whose pruned hits differ from the exhaustive ones (must be 0). */
  differing: number;
  example?: string;
  prunedCpuMsPerSearch: number;
  exhaustiveCpuMsPerSearch: number;
  postingsReadPruned: number;
  postingsReadExhaustive: number;
  /** Paragraphs scored exactly. */
  paragraphsScoredPruned: number;
  paragraphsScoredExhaustive: number;
  /** Share of the expansions whose postings were walked in full (the rest were only looked up). */
  termsWalkedPruned: number;
  /** Share of the pruned searches that bounded blocks, and of the walked postings they passed over. */
  blockSearches: number;
  postingsSkipped: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const show = (hits: SearchHit[]) => hits.map((h) => `${h.passage.id} ${h.score} ${h.terms.join(',')}`).join('\n');

function compare(corpus: string, index: SourceIndex, queries: Query[]): Comparison {
  // Warm up both paths (JIT), then time each over all queries, pruned first.
  for (const q of queries.slice(0, 20)) {
    index.search(q.text, q);
    index.search(q.text, { ...q, exhaustive: true });
  }
  const run = (exhaustive: boolean) => {
    gc();
    const c0 = { ...index.counters };
    const started = cpuMs();
    const out = queries.map((q) => show(index.search(q.text, { limit: q.limit, documents: q.documents, exhaustive })));
    const ms = cpuMs() - started;
    const c = index.counters;
    return {
      out,
      ms,
      read: c.postingsRead - c0.postingsRead,
      scored: c.paragraphsScored - c0.paragraphsScored,
      walked: (c.termsWalked - c0.termsWalked) / Math.max(1, c.terms - c0.terms),
      blocks: (c.blockSearches - c0.blockSearches) / Math.max(1, c.searches - c0.searches),
      skipped: c.postingsSkipped - c0.postingsSkipped,
    };
  };
  const pruned = run(false);
  const exhaustive = run(true);
  let differing = 0;
  let example: string | undefined;
  pruned.out.forEach((o, i) => {
    if (o === exhaustive.out[i]) return;
    differing++;
    example ??= `${queries[i].text} (limit ${queries[i].limit})\npruned:\n${o}\nexhaustive:\n${exhaustive.out[i]}`;
  });
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    corpus,
    documents: index.documentCount,
    passages: index.passageCount,
    queries: queries.length,
    differing,
    example,
    prunedCpuMsPerSearch: r(pruned.ms / queries.length),
    exhaustiveCpuMsPerSearch: r(exhaustive.ms / queries.length),
    postingsReadPruned: pruned.read,
    postingsReadExhaustive: exhaustive.read,
    paragraphsScoredPruned: pruned.scored,
    paragraphsScoredExhaustive: exhaustive.scored,
    termsWalkedPruned: r(pruned.walked),
    blockSearches: r(pruned.blocks),
    postingsSkipped: pruned.skipped,
  };
}

async function scifact(): Promise<Comparison> {
  const file = requireData('SciFact abstracts', 'scifact', 'corpus.jsonl');
  const { documents } = await loadSourceFile(new NodeFileSystem(), file, dataPath('scifact'), DEFAULT_CONFIG);
  const claims = readFileSync(requireData('SciFact claims', 'scifact', 'claims_train.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { claim: string; cited_doc_ids: number[] })
    .slice(0, quick ? 200 : undefined);
  const index = new SourceIndex(values.blocks ? { blockBoundsFrom: 0 } : {});
  index.addDocuments(documents);
  const queries: Query[] = [];
  for (const c of claims) {
    queries.push({ text: c.claim, limit: 20 }, { text: c.claim, limit: 60 });
    if (c.cited_doc_ids.length) queries.push({ text: c.claim, limit: 20, documents: c.cited_doc_ids.map(String) });
  }
  return compare('SciFact', index, queries);
}

async function news(mb: number): Promise<Comparison> {
  const parts = Math.max(1, Math.round((mb * 1e6) / PART_BYTES));
  const manifest = ensureCorpus(CACHE, parts);
  const root = corpusDir(CACHE);
  const { config } = resolveConfig({ sources: manifest.parts.slice(0, parts).map((p) => p.name) });
  const { documents } = await loadSources(new NodeFileSystem(), root, config);
  const index = new SourceIndex(values.blocks ? { blockBoundsFrom: 0 } : {});
  index.addDocuments(documents);
  const texts = analyzeDraft(buildDraft().text, { format: 'markdown', claims: 'checkworthy' }).claims.map((c) => c.text);
  const every = Math.max(1, Math.floor(documents.length / FIRST_SENTENCES));
  documents.forEach((d: SourceDocument, i) => {
    if (i % every !== 0) return;
    const first = index.passagesOf(d.id)[0];
    if (first) texts.push(d.text.slice(first.span.start, first.span.end));
  });
  const queries = texts.flatMap((text) => [
    { text, limit: 20 },
    { text, limit: 60 },
  ]);
  return compare(`news ${mb} MB`, index, queries);
}

async function main(): Promise<void> {
  const results: Comparison[] = [await scifact()];
  for (const mb of sizes) {
    gc();
    results.push(await news(mb));
  }
  const failed = results.some((r) => r.differing > 0);
  if (values.json) console.log(JSON.stringify({ benchmark: 'search', identical: !failed, results }, null, 2));
  else {
    console.log('corpus          passages  queries  differ  CPU ms/search pruned  exhaustive  ratio   postings read pruned / exhaustive   paragraphs scored   terms walked   block searches, postings passed over');
    for (const r of results) {
      console.log(
        `${r.corpus.padEnd(15)} ${String(r.passages).padStart(9)} ${String(r.queries).padStart(8)} ${String(r.differing).padStart(7)}  ` +
          `${r.prunedCpuMsPerSearch.toFixed(3).padStart(20)} ${r.exhaustiveCpuMsPerSearch.toFixed(3).padStart(11)} ${(r.exhaustiveCpuMsPerSearch / r.prunedCpuMsPerSearch).toFixed(1).padStart(6)}×` +
          `   ${String(r.postingsReadPruned).padStart(12)} / ${String(r.postingsReadExhaustive).padEnd(12)} (${((100 * r.postingsReadPruned) / r.postingsReadExhaustive).toFixed(1)}%)` +
          `   ${r.paragraphsScoredPruned} / ${r.paragraphsScoredExhaustive}   ${(100 * r.termsWalkedPruned).toFixed(0)}%` +
          `   ${(100 * r.blockSearches).toFixed(0)}%, ${r.postingsSkipped}`,
      );
      if (r.example) console.log(`first difference:\n${r.example}`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
