/**
 * The source index: every passage (sentence) of every source document, searchable with BM25 through MiniSearch.
 *
 * Two MiniSearch indexes hold ids only (no `storeFields`, no text copies; the text is read from the documents
 * through the passages' offsets when a passage is indexed):
 *
 * - the passage index, one entry per sentence, field `text`;
 * - the paragraph index, one entry per paragraph, fields `text` (the paragraph) and `title` (the document title).
 *
 * A passage's score for a query is its sentence's BM25 score plus `paragraphWeight` times the BM25 score of its
 * paragraph: the sentence must match, and the context it sits in breaks ties between sentences that match
 * equally (and puts the sentence of the right article first). Indexing each paragraph once, rather than as a
 * field of each of its sentences, keeps the build linear in the size of the text.
 *
 * Updates use MiniSearch `discard` (never `remove`, which needs the original text); `version` changes on every
 * update, so caches keyed by it (verdicts, persisted indexes) know when to drop their entries.
 */
import MiniSearch, { type AsPlainObject, type Options as MiniSearchOptions } from 'minisearch';
import { splitPassages as defaultSplitPassages } from '../sources/passages';
import {
  type CancellationToken,
  type Passage,
  type SourceDocument,
  type Span,
  throwIfCancelled,
} from '../types';
import { BulkLoader, type BulkLoadOptions, termFrequency } from './bulkLoad';
import { terms } from './tokenize';

export interface SearchHit {
  passage: Passage;
  document: SourceDocument;
  /** Sentence BM25 score plus `paragraphWeight` × paragraph BM25 score; only comparable within one query. */
  score: number;
  /** The query terms (normalised by `processTerm`) that occur in the passage's sentence. */
  terms: string[];
}

export interface SearchOptions {
  /** Maximum number of hits; default 10. */
  limit?: number;
  /** Restrict the search to these document ids. */
  documents?: readonly string[];
}

export interface BM25Params {
  /** Term-frequency saturation. */
  k: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
  /** BM25+ lower bound added to the score of every matching term. */
  d: number;
}

export interface SourceIndexOptions {
  /**
   * Weight of the paragraph's score in a passage's score. Default 1 (measured on SciFact, see
   * `bench/README.md`); 0 ranks sentences alone.
   */
  paragraphWeight?: number;
  /** Weight of the document title relative to the paragraph text in the paragraph score. Default 0.5. */
  titleWeight?: number;
  /** BM25 parameters for sentences. Default `{ k: 1.2, b: 0.7, d: 0.5 }` (MiniSearch's). */
  bm25?: BM25Params;
  /** BM25 parameters for paragraphs. Default `{ k: 1.2, b: 0.75, d: 0.5 }`. */
  paragraphBm25?: BM25Params;
  /**
   * Fuzzy matching of query terms, as MiniSearch's `fuzzy` (a fraction of the term length, or false).
   * Default false: misspelt names should not count as matches when fact-checking.
   */
  fuzzy?: number | false;
  /** Prefix matching of query terms. Default false. */
  prefix?: boolean;
  /** How documents are split into passages; default `splitPassages` from `core/sources/passages`. */
  splitPassages?: (document: SourceDocument) => Passage[];
  /** Passages indexed between two yields of `addDocumentsAsync`. Default 2000. */
  chunkSize?: number;
}

type ResolvedOptions = Required<Omit<SourceIndexOptions, 'splitPassages'>>;

export const DEFAULT_SOURCE_INDEX_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  paragraphWeight: 1,
  titleWeight: 0.5,
  bm25: Object.freeze({ k: 1.2, b: 0.7, d: 0.5 }),
  paragraphBm25: Object.freeze({ k: 1.2, b: 0.75, d: 0.5 }),
  fuzzy: false as const,
  prefix: false,
  chunkSize: 2000,
});

/** One paragraph of a document: the unit of the paragraph index. */
interface ParagraphEntry {
  id: string;
  documentId: string;
  span: Span;
}

interface DocumentEntry {
  document: SourceDocument;
  passages: readonly Passage[];
  paragraphs: readonly ParagraphEntry[];
  /** Index into `passages` of the first passage of each paragraph, plus `passages.length` at the end. */
  paragraphStarts: readonly number[];
}

/**
 * What MiniSearch is given to index (transient: MiniSearch keeps only the id): a passage's sentence, or a
 * paragraph as the sentences of its passages (so that bulk loading can reuse the passages' terms).
 */
interface IndexItem {
  id: string;
  document: SourceDocument;
  spans: readonly Span[];
}

export interface SourceIndexJSON {
  format: 'claimcheck-source-index';
  formatVersion: 1;
  /** The version of the indexed terms; `fromJSON` refuses JSON of another version. */
  options: string;
  documents: string[];
  passages: AsPlainObject;
  paragraphs: AsPlainObject;
}

/** Changes whenever `terms()` would index the same text differently; saved indexes of another version are refused. */
const INDEX_TERMS_VERSION = 'terms-1';

const EMPTY_PASSAGES: readonly Passage[] = Object.freeze([]);

export class SourceIndex {
  private options: ResolvedOptions;
  private readonly split: (document: SourceDocument) => Passage[];
  private readonly entries = new Map<string, DocumentEntry>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly passagesById = new Map<string, Passage>();
  private readonly paragraphsById = new Map<string, ParagraphEntry>();
  private passageIndex: MiniSearch<IndexItem>;
  private paragraphIndex: MiniSearch<IndexItem>;
  private _version = 0;

  constructor(options: SourceIndexOptions = {}) {
    const { splitPassages, ...rest } = options;
    this.options = { ...DEFAULT_SOURCE_INDEX_OPTIONS, ...stripUndefined(rest) };
    this.split = splitPassages ?? defaultSplitPassages;
    this.passageIndex = new MiniSearch(this.passageIndexOptions());
    this.paragraphIndex = new MiniSearch(this.paragraphIndexOptions());
  }

  /** Incremented on every change to the indexed documents. */
  get version(): number {
    return this._version;
  }

  get documentCount(): number {
    return this.entries.size;
  }

  get passageCount(): number {
    return this.passagesById.size;
  }

  document(id: string): SourceDocument | undefined {
    return this.entries.get(id)?.document;
  }

  /** Documents whose citation key is `key`, compared case-insensitively. */
  documentsByKey(key: string): SourceDocument[] {
    const ids = this.byKey.get(key.toLowerCase());
    if (!ids) return [];
    const out: SourceDocument[] = [];
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry) out.push(entry.document);
    }
    return out;
  }

  *documents(): IterableIterator<SourceDocument> {
    for (const entry of this.entries.values()) yield entry.document;
  }

  /** The passages of a document in order; empty for an unknown document. */
  passagesOf(documentId: string): readonly Passage[] {
    return this.entries.get(documentId)?.passages ?? EMPTY_PASSAGES;
  }

  passage(id: string): Passage | undefined {
    return this.passagesById.get(id);
  }

  /**
   * Adds documents; a document whose id is already indexed is replaced (within one call, the last document with
   * an id wins). A batch at least as large as what is indexed rebuilds both MiniSearch indexes in one pass
   * (`BulkLoader`), which is several times faster than adding passage by passage.
   */
  addDocuments(documents: readonly SourceDocument[]): void {
    if (documents.length === 0) return;
    const prepared = this.prepareAll(documents);
    if (this.shouldRebuild(prepared)) {
      const passages = new BulkLoader(this.passageIndexOptions());
      const paragraphs = new BulkLoader(this.paragraphIndexOptions());
      for (const entry of this.entriesAfter(prepared)) addToLoaders(entry, passages, paragraphs);
      this.commitRebuild(prepared, passages.build(), paragraphs.build());
    } else {
      for (const entry of prepared) this.commitOne(entry);
    }
    this._version++;
  }

  /**
   * As `addDocuments`, yielding to the event loop every `chunkSize` passages. Throws `CancelledError` when the
   * token is cancelled; the index stays consistent and holds none, some or all of the documents of the batch
   * (each document is added whole or not at all).
   */
  async addDocumentsAsync(documents: readonly SourceDocument[], token?: CancellationToken): Promise<void> {
    const { chunkSize } = this.options;
    let sinceYield = 0;
    const pause = async (passages: number) => {
      sinceYield += passages;
      if (sinceYield < chunkSize) return;
      sinceYield = 0;
      await yieldToEventLoop();
      throwIfCancelled(token);
    };
    throwIfCancelled(token);
    const prepared: DocumentEntry[] = [];
    for (const document of lastById(documents)) {
      const entry = this.prepare(document);
      prepared.push(entry);
      await pause(entry.passages.length);
    }
    if (prepared.length === 0) return;
    const startVersion = this._version;
    if (this.shouldRebuild(prepared)) {
      const passages = new BulkLoader(this.passageIndexOptions());
      const paragraphs = new BulkLoader(this.paragraphIndexOptions());
      for (const entry of this.entriesAfter(prepared)) {
        addToLoaders(entry, passages, paragraphs);
        await pause(entry.passages.length);
      }
      const passageIndex = passages.build();
      throwIfCancelled(token);
      const paragraphIndex = paragraphs.build();
      throwIfCancelled(token);
      if (this._version === startVersion) {
        this.commitRebuild(prepared, passageIndex, paragraphIndex);
        this._version++;
        return;
      }
      // The index changed while the new one was built: add the batch to the current one instead.
    }
    for (const entry of prepared) {
      this.commitOne(entry);
      this._version++;
      await pause(entry.passages.length);
    }
  }

  /** Removes a document and its passages; does nothing for an unknown id. */
  removeDocument(id: string): void {
    if (this.removeOne(id)) this._version++;
  }

  /** Replaces the document with the same id (or adds it). */
  replaceDocument(document: SourceDocument): void {
    this.commitOne(this.prepare(document));
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
    return termFrequency(this.passageIndex, term, 'text');
  }

  /**
   * Inverse document frequency of `term` (a normalised term, as `terms()` gives) over passages, with the
   * formula MiniSearch's BM25 uses: ln(1 + (N − df + 0.5) / (df + 0.5)). An unknown term gets the highest value.
   */
  idf(term: string): number {
    const n = this.passagesById.size;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Passages matching the query, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 10;
    if (limit <= 0 || this.passagesById.size === 0) return [];
    const allowed = options.documents ? new Set(options.documents) : undefined;
    const { paragraphWeight, fuzzy, prefix } = this.options;

    const paragraphScores = new Map<string, number>();
    if (paragraphWeight > 0) {
      const results = this.paragraphIndex.search(query, {
        fuzzy,
        prefix,
        bm25: this.options.paragraphBm25,
        // MiniSearch reads a boost of 0 as 1: leave the field out instead.
        fields: this.options.titleWeight > 0 ? ['text', 'title'] : ['text'],
        boost: { text: 1, title: this.options.titleWeight },
        boostDocument: allowed ? (id: string) => (allowed.has(this.paragraphsById.get(id)?.documentId ?? '') ? 1 : 0) : undefined,
      });
      for (const result of results) paragraphScores.set(result.id, result.score);
    }

    const results = this.passageIndex.search(query, {
      fuzzy,
      prefix,
      bm25: this.options.bm25,
      boostDocument: allowed ? (id: string) => (allowed.has(this.passagesById.get(id)?.documentId ?? '') ? 1 : 0) : undefined,
    });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const passage = this.passagesById.get(result.id);
      if (!passage) continue;
      const entry = this.entries.get(passage.documentId)!;
      const paragraph = paragraphScores.get(paragraphId(passage)) ?? 0;
      hits.push({ passage, document: entry.document, score: result.score + paragraphWeight * paragraph, terms: result.terms });
    }
    hits.sort(byScoreThenPosition);
    if (hits.length > limit) hits.length = limit;
    return hits;
  }

  /** A plain object for persistence; `fromJSON` with the same documents and options restores the index. */
  toJSON(): SourceIndexJSON {
    return {
      format: 'claimcheck-source-index',
      formatVersion: 1,
      options: this.optionsKey(),
      documents: [...this.entries.keys()],
      passages: this.passageIndex.toJSON(),
      paragraphs: this.paragraphIndex.toJSON(),
    };
  }

  /**
   * Restores an index saved with `toJSON`, given the same documents (their passages are split again, which is
   * deterministic) and the same options. Throws when the JSON was built with other options or other documents.
   */
  static fromJSON(json: SourceIndexJSON | string, documents: readonly SourceDocument[], options: SourceIndexOptions = {}): SourceIndex {
    const data: SourceIndexJSON = typeof json === 'string' ? JSON.parse(json) : json;
    const index = new SourceIndex(options);
    if (data.format !== 'claimcheck-source-index' || data.formatVersion !== 1) throw new Error('Not a Claimcheck source index.');
    if (data.options !== index.optionsKey()) throw new Error('The saved source index was built with another tokenizer.');
    const byId = new Map(documents.map((d) => [d.id, d]));
    if (data.documents.length !== byId.size || data.documents.some((id) => !byId.has(id))) {
      throw new Error('The saved source index was built from other documents.');
    }
    const passageIndex = MiniSearch.loadJS(data.passages, index.passageIndexOptions());
    const paragraphIndex = MiniSearch.loadJS(data.paragraphs, index.paragraphIndexOptions());
    for (const id of data.documents) index.record(index.prepare(byId.get(id)!));
    if (passageIndex.documentCount !== index.passagesById.size || data.documents.some((id) => index.passagesOf(id).some((p) => !passageIndex.has(p.id)))) {
      throw new Error('The saved source index does not match the passages of its documents.');
    }
    index.passageIndex = passageIndex;
    index.paragraphIndex = paragraphIndex;
    index._version++;
    return index;
  }

  // -------------------------------------------------------------------------------------------------------

  /** Splits a document into passages and paragraphs, without changing the index. */
  private prepare(document: SourceDocument): DocumentEntry {
    const passages = this.split(document);
    const paragraphs: ParagraphEntry[] = [];
    const paragraphStarts: number[] = [];
    passages.forEach((passage, i) => {
      const last = paragraphs[paragraphs.length - 1];
      if (!last || last.span.start !== passage.paragraph.start || last.span.end !== passage.paragraph.end) {
        paragraphs.push({ id: paragraphId(passage), documentId: document.id, span: passage.paragraph });
        paragraphStarts.push(i);
      }
    });
    paragraphStarts.push(passages.length);
    return { document, passages, paragraphs, paragraphStarts };
  }

  /** Prepares a batch; the last document with a given id wins. */
  private prepareAll(documents: readonly SourceDocument[]): DocumentEntry[] {
    return lastById(documents).map((document) => this.prepare(document));
  }

  /** True when a batch is at least as large as what would be left of the index without the documents it replaces. */
  private shouldRebuild(prepared: readonly DocumentEntry[]): boolean {
    let incoming = 0;
    let replaced = 0;
    for (const entry of prepared) {
      incoming += entry.passages.length;
      replaced += this.entries.get(entry.document.id)?.passages.length ?? 0;
    }
    return incoming >= this.passagesById.size - replaced;
  }

  /** The entries the index will hold once `prepared` is committed: the kept ones, then the new ones. */
  private *entriesAfter(prepared: readonly DocumentEntry[]): Iterable<DocumentEntry> {
    const incoming = new Set(prepared.map((entry) => entry.document.id));
    for (const [id, entry] of this.entries) if (!incoming.has(id)) yield entry;
    yield* prepared;
  }

  /** Records the prepared documents in the maps and swaps in indexes built from `entriesAfter(prepared)`. */
  private commitRebuild(prepared: readonly DocumentEntry[], passageIndex: MiniSearch<IndexItem>, paragraphIndex: MiniSearch<IndexItem>): void {
    for (const entry of prepared) {
      this.forget(entry.document.id);
      this.record(entry);
    }
    this.passageIndex = passageIndex;
    this.paragraphIndex = paragraphIndex;
  }

  /** Adds one prepared document to the maps and to the MiniSearch indexes, replacing any with its id. */
  private commitOne(entry: DocumentEntry): void {
    this.removeOne(entry.document.id);
    this.record(entry);
    for (const passage of entry.passages) this.passageIndex.add({ id: passage.id, document: entry.document, spans: [passage.span] });
    entry.paragraphs.forEach((paragraph, i) => {
      const passages = entry.passages.slice(entry.paragraphStarts[i], entry.paragraphStarts[i + 1]);
      this.paragraphIndex.add({ id: paragraph.id, document: entry.document, spans: passages.map((p) => p.span) });
    });
  }

  private record(entry: DocumentEntry): void {
    const { document } = entry;
    this.entries.set(document.id, entry);
    for (const passage of entry.passages) this.passagesById.set(passage.id, passage);
    for (const paragraph of entry.paragraphs) this.paragraphsById.set(paragraph.id, paragraph);
    const key = document.key.toLowerCase();
    let ids = this.byKey.get(key);
    if (!ids) this.byKey.set(key, (ids = new Set()));
    ids.add(document.id);
  }

  /** Removes a document from the maps only; returns its entry. */
  private forget(id: string): DocumentEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    for (const passage of entry.passages) this.passagesById.delete(passage.id);
    for (const paragraph of entry.paragraphs) this.paragraphsById.delete(paragraph.id);
    this.entries.delete(id);
    const key = entry.document.key.toLowerCase();
    const ids = this.byKey.get(key);
    ids?.delete(id);
    if (ids?.size === 0) this.byKey.delete(key);
    return entry;
  }

  /** Removes a document from the maps and discards its entries from the MiniSearch indexes. */
  private removeOne(id: string): boolean {
    const entry = this.forget(id);
    if (!entry) return false;
    for (const passage of entry.passages) this.passageIndex.discard(passage.id);
    for (const paragraph of entry.paragraphs) this.paragraphIndex.discard(paragraph.id);
    return true;
  }

  private passageIndexOptions(): BulkLoadOptions<IndexItem> {
    return {
      fields: ['text'],
      idField: 'id',
      storeFields: [],
      tokenize: (text) => terms(text),
      processTerm: identity,
      extractField: (item, field) => (field === 'id' ? item.id : spansText(item.document.text, item.spans)),
      searchOptions: { bm25: this.options.bm25 },
    };
  }

  private paragraphIndexOptions(): BulkLoadOptions<IndexItem> {
    return {
      fields: ['text', 'title'],
      idField: 'id',
      storeFields: [],
      tokenize: (text) => terms(text),
      processTerm: identity,
      extractField: (item, field) => {
        if (field === 'id') return item.id;
        if (field === 'title') return item.document.title ?? '';
        return spansText(item.document.text, item.spans);
      },
      searchOptions: { bm25: this.options.paragraphBm25 },
    };
  }

  /**
   * Identifies what decides the indexed terms: the tokenizer's version. Scoring options are applied at search
   * time and may differ between the saved and the restored index.
   */
  private optionsKey(): string {
    return INDEX_TERMS_VERSION;
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

/** The text of some spans, one per line: tokenizes as the spans one by one do. */
function spansText(text: string, spans: readonly Span[]): string {
  return spans.length === 1 ? text.slice(spans[0].start, spans[0].end) : spans.map((s) => text.slice(s.start, s.end)).join('\n');
}

/** Feeds one document to the loaders, tokenizing each sentence once (paragraphs reuse their sentences' terms). */
function addToLoaders(entry: DocumentEntry, passages: BulkLoader<IndexItem>, paragraphs: BulkLoader<IndexItem>): void {
  const { document } = entry;
  const sentenceTerms = entry.passages.map((passage) => {
    const sentence = terms(document.text.slice(passage.span.start, passage.span.end));
    passages.addTerms(passage.id, [sentence]);
    return sentence;
  });
  const title = terms(document.title ?? '');
  entry.paragraphs.forEach((paragraph, i) => {
    const text = sentenceTerms.slice(entry.paragraphStarts[i], entry.paragraphStarts[i + 1]).flat();
    paragraphs.addTerms(paragraph.id, [text, title]);
  });
}

function paragraphId(passage: Passage): string {
  return `${passage.documentId}¶${passage.paragraph.start}`;
}

function byScoreThenPosition(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : a.passage.ordinal - b.passage.ordinal);
}

/** Terms come out of `terms()` already normalised (and `BulkLoader` requires it). */
function identity(term: string): string {
  return term;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
