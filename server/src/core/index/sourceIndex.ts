/**
 * The source index: every passage (sentence) of every source document, searchable with BM25+. The public face of
 * `core/index/`; it implements `PassageIndex`, the interface the verdicts use.
 *
 * One inverted index over sentences ranks both sentences and paragraphs: a paragraph's term frequency is the
 * sum of its sentences' (its sentences are consecutive numbers, so a query sums them while it walks the
 * postings), and the document title is kept once per document. `search.ts` gives the formula: BM25+ of the
 * sentence plus, weighted, of its paragraph and title, as MiniSearch scored a sentence index and a paragraph
 * index with fields `text` and `title` (which this index replaced; README, "Why not MiniSearch") but without its
 * coordination factor (bench/README.md, "Retrieval").
 *
 * The parts:
 * - `indexData.ts`: documents, sentences, paragraphs and the vocabulary in typed arrays; adding, removing, merging;
 * - `postings.ts`: the postings of each term, a compact main part and a delta part since the last merge;
 * - `scoring.ts`: BM25+, prefix and fuzzy expansion of query terms, the top-k heap;
 * - `search.ts`: the one search path;
 * - `snapshot.ts`: the state as typed arrays, for the index cache, and back.
 *
 * `version` changes on every update, so caches keyed by it (verdicts, persisted indexes) know when to drop
 * their entries.
 */
import { TimeSlice, yieldToEventLoop } from '../eventLoop';
import { type CancellationToken, type Passage, type SourceDocument, throwIfCancelled } from '../types';
import { IndexData, type DocumentEntry } from './indexData';
import type { PassageIndex, SearchHit, SearchOptions } from './passageIndex';
import { PARAGRAPH_BM25, SENTENCE_BM25, type BM25Params } from './scoring';
import { BLOCK_BOUNDS_FROM, expandQuery, newCounters, searchIndex, SearchScratch, type SearchCounters } from './search';
import { restoreData, restoreSteps, snapshotSteps, takeSnapshot, type SourceIndexSnapshot } from './snapshot';
import { clearTermCache } from './tokenize';

export type { PassageIndex, SearchHit, SearchOptions } from './passageIndex';
export type { SearchCounters } from './search';
export type { BM25Params } from './scoring';
export { INDEX_FORMAT_VERSION, type SourceIndexSnapshot } from './snapshot';

export interface SourceIndexOptions {
  /**
   * Weight of the paragraph's score in a passage's score. Default 3 (chosen on the fit half of SciFact's claims,
   * `bench/retrieval.ts --tune`, see `bench/README.md`); 0 ranks sentences alone.
   */
  paragraphWeight?: number;
  /** Weight of the document title relative to the paragraph text in the paragraph score. Default 0.5. */
  titleWeight?: number;
  /** BM25 parameters for sentences. Default `{ k: 1.2, b: 0.7, d: 0.5 }` (MiniSearch's). */
  bm25?: BM25Params;
  /** BM25 parameters for paragraphs. Default `{ k: 1.2, b: 0.75, d: 1 }`. */
  paragraphBm25?: BM25Params;
  /**
   * Fuzzy matching of query terms, as MiniSearch's `fuzzy` (a fraction of the term length, or false).
   * Default false: misspelt names should not count as matches when fact-checking. (A scan of the vocabulary:
   * slow on big indexes.)
   */
  fuzzy?: number | false;
  /** Prefix matching of query terms. Default false. */
  prefix?: boolean;
  /**
   * Live passages from which searches bound blocks of passages before walking the postings (the same hits, less
   * work on big indexes). Default `BLOCK_BOUNDS_FROM` (500,000, about 60 MB of news); tests set 0.
   */
  blockBoundsFrom?: number;
  /**
   * How documents are split into passages. Default: the production splitter (`splitPassages`, sentences of
   * `core/text/sentences`). Only for data that comes split into sentences (the WiCE benchmark).
   */
  splitPassages?: (document: SourceDocument) => Passage[];
  /**
   * Passages indexed between two yields of `addDocumentsAsync`, at most. Default 2000; it also yields whenever a
   * slice of work has taken `SLICE_MS` (`eventLoop.ts`), whichever comes first.
   */
  chunkSize?: number;
  /**
   * Postings (and removed passages) the index lets pile up before it merges them into its compact main part.
   * Default 50,000; tests set it low to exercise merging.
   */
  mergeAt?: number;
}

export interface SourceSearchOptions extends SearchOptions {
  /**
   * Score every matching passage instead of skipping the postings that cannot change the best hits. The results
   * are the same; tests and benchmarks use it to show so.
   */
  exhaustive?: boolean;
}

type ResolvedOptions = Required<Omit<SourceIndexOptions, 'splitPassages'>>;

export const DEFAULT_SOURCE_INDEX_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  paragraphWeight: 3,
  titleWeight: 0.5,
  bm25: SENTENCE_BM25,
  paragraphBm25: PARAGRAPH_BM25,
  fuzzy: false as const,
  prefix: false,
  blockBoundsFrom: BLOCK_BOUNDS_FROM,
  chunkSize: 2000,
  mergeAt: 50_000,
});

const EMPTY_PASSAGES: readonly Passage[] = Object.freeze([]);

/** Sentences `addDocumentsAsync` keeps room for ahead of need (see `IndexData.growAhead`). */
const GROW_AHEAD = 8192;

/** Merge attempts of `compact` (each is abandoned when the index changes meanwhile). */
const COMPACT_ATTEMPTS = 3;

export class SourceIndex implements PassageIndex {
  private options: ResolvedOptions;
  private data: IndexData;
  private readonly scratch = new SearchScratch();
  private _version = 0;
  /** What the searches of this index have read and scored so far (benchmarks report it). */
  readonly counters: SearchCounters = newCounters();

  constructor(options: SourceIndexOptions = {}, data?: IndexData) {
    const { splitPassages, ...rest } = options;
    this.options = { ...DEFAULT_SOURCE_INDEX_OPTIONS, ...stripUndefined(rest) };
    this.data = data ?? new IndexData(splitPassages);
  }

  /** Incremented on every change to the indexed documents or the scoring options. */
  get version(): number {
    return this._version;
  }

  get documentCount(): number {
    return this.data.entries.size;
  }

  get passageCount(): number {
    return this.data.liveSentences;
  }

  document(id: string): SourceDocument | undefined {
    return this.data.entries.get(id)?.document;
  }

  /** Documents whose citation key is `key`, compared case-insensitively. */
  documentsByKey(key: string): SourceDocument[] {
    const found = this.data.byKey.get(key.toLowerCase());
    if (found === undefined) return [];
    const ids = typeof found === 'string' ? [found] : found;
    const out: SourceDocument[] = [];
    for (const id of ids) {
      const entry = this.data.entries.get(id);
      if (entry) out.push(entry.document);
    }
    return out;
  }

  *documents(): IterableIterator<SourceDocument> {
    for (const entry of this.data.entries.values()) yield entry.document;
  }

  /** The passages of a document in order; empty for an unknown document. */
  passagesOf(documentId: string): readonly Passage[] {
    const entry = this.data.entries.get(documentId);
    return entry ? this.data.passagesOfEntry(entry) : EMPTY_PASSAGES;
  }

  passage(id: string): Passage | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0 || hash === id.length - 1) return undefined;
    const entry: DocumentEntry | undefined = this.data.entries.get(id.slice(0, hash));
    const ordinal = Number(id.slice(hash + 1));
    if (!entry || !Number.isInteger(ordinal) || ordinal < 0 || ordinal >= entry.sentenceCount) return undefined;
    return this.data.passagesOfEntry(entry)[ordinal];
  }

  /**
   * Adds documents; a document whose id is already indexed is replaced (within one call, the last document with
   * an id wins).
   */
  addDocuments(documents: readonly SourceDocument[]): void {
    if (documents.length === 0) return;
    for (const document of lastById(documents)) this.data.indexDocument(document);
    this.maybeMerge();
    this._version++;
  }

  /**
   * As `addDocuments`, yielding to the event loop every `chunkSize` passages. Throws `CancelledError` when the
   * token is cancelled; the index stays consistent and holds none, some or all of the documents of the batch
   * (each document is added whole or not at all). `onProgress` gets the number of documents done. `merge: false`
   * leaves every new posting in the delta, for a build that calls `compact` when done (one merge instead of one
   * each time the delta outgrows the main part; an index nobody searches meanwhile needs none).
   */
  async addDocumentsAsync(
    documents: readonly SourceDocument[],
    token?: CancellationToken,
    onProgress?: (done: number, total: number) => void,
    options: { merge?: boolean } = {},
  ): Promise<void> {
    throwIfCancelled(token);
    const batch = lastById(documents);
    const slice = new TimeSlice();
    let sinceYield = 0;
    let done = 0;
    for (const document of batch) {
      sinceYield += this.data.indexDocument(document);
      this._version++;
      done++;
      if (sinceYield >= this.options.chunkSize || slice.due() || this.data.growAhead(GROW_AHEAD)) {
        sinceYield = 0;
        onProgress?.(done, batch.length);
        await yieldToEventLoop();
        throwIfCancelled(token);
        slice.next();
      }
    }
    if (options.merge !== false && this.data.shouldMerge(this.options.mergeAt)) await this.mergeAsync(token);
    onProgress?.(done, batch.length);
  }

  /** Removes a document and its passages; does nothing for an unknown id. */
  removeDocument(id: string): void {
    if (this.data.removeDocument(id)) {
      this.maybeMerge();
      this._version++;
    }
  }

  /** Replaces the document with the same id (or adds it). */
  replaceDocument(document: SourceDocument): void {
    this.data.indexDocument(document);
    this.maybeMerge();
    this._version++;
  }

  /**
   * Changes the scoring options (weights, BM25 parameters, fuzzy and prefix matching) without re-indexing.
   * Counts as a change: `version` moves on, since search results may differ.
   */
  configure(options: Omit<SourceIndexOptions, 'splitPassages'>): void {
    this.options = { ...this.options, ...stripUndefined(options) };
    this._version++;
  }

  /** Number of passages whose sentence contains `term` (a normalised term, as `terms()` gives). */
  documentFrequency(term: string): number {
    const id = this.data.termIds.get(term);
    return id === undefined ? 0 : this.data.sentenceDf(id);
  }

  /**
   * Inverse document frequency of `term` (a normalised term, as `terms()` gives) over passages:
   * ln(1 + (N − df + 0.5) / (df + 0.5)), as in BM25. An unknown term gets the highest value.
   */
  idf(term: string): number {
    const n = this.data.liveSentences;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Passages matching the query, best first (the score and the pruning are described in `search.ts`). */
  search(query: string, options: SourceSearchOptions = {}): SearchHit[] {
    return searchIndex(this.data, this.scratch, query, options.limit ?? 10, options.documents, this.options, this.counters, !options.exhaustive);
  }

  /**
   * What a search's hits depend on besides the limit, the index version and the options: the query's expansions
   * (its terms in the vocabulary, with their weights) and the documents searched. A sentence edited by words the
   * sources do not have (a word being typed, a new name, punctuation, a stopword) has the key it had.
   */
  searchKey(query: string, options: SourceSearchOptions = {}): string {
    let key = options.exhaustive ? 'x\u0000' : '\u0000';
    if (options.documents) key += options.documents.join('\u0001');
    key += '\u0000';
    for (const e of expandQuery(this.data, query, this.options)) key += `${e.termId}:${e.weight} `;
    return key;
  }

  /** The whole state as typed arrays, for `restore` (structured-clone friendly: `v8.serialize` takes it fast). */
  snapshot(): SourceIndexSnapshot {
    return takeSnapshot(this.data);
  }

  /**
   * `snapshot` in slices between which the event loop runs (copying a big index's arrays took tens of
   * milliseconds). Undefined when the index kept changing meanwhile (a save after the change follows).
   */
  async snapshotAsync(token?: CancellationToken): Promise<SourceIndexSnapshot | undefined> {
    for (let attempt = 0; attempt < COMPACT_ATTEMPTS; attempt++) {
      const version = this._version;
      const steps = snapshotSteps(this.data);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          if (this._version === version) return step.value;
          break;
        }
        await yieldToEventLoop();
        throwIfCancelled(token);
        if (this._version !== version) break;
      }
    }
    return undefined;
  }

  /**
   * Restores an index saved with `snapshot`, given the same documents (by id, in any order) and any scoring
   * options. Throws when the data is of another format or version, or does not fit the documents.
   */
  static restore(snapshot: SourceIndexSnapshot, documents: readonly SourceDocument[], options: SourceIndexOptions = {}): SourceIndex {
    const index = new SourceIndex(options, restoreData(snapshot, documents, options.splitPassages));
    index._version++;
    return index;
  }

  /**
   * `restore` in slices between which the event loop runs (checking a big cache's postings and counting their
   * statistics took over half a second in one go at 150 MB); throws `CancelledError` when the token is cancelled.
   */
  static async restoreAsync(snapshot: SourceIndexSnapshot, documents: readonly SourceDocument[], options: SourceIndexOptions = {}, token?: CancellationToken): Promise<SourceIndex> {
    throwIfCancelled(token);
    const steps = restoreSteps(snapshot, documents, options.splitPassages);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const index = new SourceIndex(options, step.value);
        index._version++;
        return index;
      }
      await yieldToEventLoop();
      throwIfCancelled(token);
    }
  }

  /**
   * Drops what only speeds up indexing (raw token → term id; the tokenizer's memo of normalised terms), after a
   * large build: both refill as needed.
   */
  releaseIndexingCaches(): void {
    this.data.releaseTokenCache();
    clearTermCache();
  }

  /** Merges the delta and drops removed passages, in the background (between other work). */
  async compact(token?: CancellationToken): Promise<void> {
    for (let attempt = 0; attempt < COMPACT_ATTEMPTS && this.data.needsMerge(); attempt++) await this.mergeAsync(token);
  }

  private maybeMerge(): void {
    if (!this.data.shouldMerge(this.options.mergeAt)) return;
    const steps = this.data.mergeSteps();
    while (!steps.next().done);
  }

  /**
   * A merge in slices between which the event loop runs. Abandoned (the index unchanged) when the index changes
   * meanwhile; throws `CancelledError` when the token is cancelled.
   */
  private async mergeAsync(token?: CancellationToken): Promise<void> {
    const version = this._version;
    const steps = this.data.mergeSteps();
    while (!steps.next().done) {
      await yieldToEventLoop();
      throwIfCancelled(token);
      if (this._version !== version) return;
    }
  }
}

/** The documents in order, keeping only the last of those that share an id. */
function lastById(documents: readonly SourceDocument[]): SourceDocument[] {
  const last = new Map<string, SourceDocument>();
  for (const document of documents) {
    last.delete(document.id);
    last.set(document.id, document);
  }
  return [...last.values()];
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

