/**
 * The source index: every passage (sentence) of every source document, searchable with BM25.
 *
 * One inverted index over sentences, with integer term ids and postings in typed arrays, ranks both sentences and
 * paragraphs: a paragraph's term frequency is the sum of its sentences' (its sentences are consecutive ids, so
 * a query sums them while it walks the postings), and its length is kept per paragraph. A passage scores
 *
 *     sentence BM25+ · q_s  +  paragraphWeight · (paragraph-text BM25+ + titleWeight · title BM25+) · q_p
 *
 * where q_s (q_p) is the number of distinct query terms the sentence (paragraph or its title) matches: the formula
 * MiniSearch applies to a sentence index and to a paragraph index with fields `text` and `title` (which this index
 * replaced: it gave the same scores at 5–10× the build time and 20× the text in memory). The sentence must match;
 * the paragraph breaks ties and puts the sentence of the right article first. The title is kept once per document
 * (each paragraph counts it, as a field of every paragraph would).
 *
 * Storage: per sentence and per paragraph a few numbers in growable typed arrays (span, paragraph, document,
 * length, live flag); `Passage` objects are made lazily per document when asked for. Postings live in a
 * compressed main part (CSR: one offsets array over term ids, one array of sentence ids, one of frequencies) and
 * a small delta part for documents added since; removed documents are flagged dead and skipped. When the delta or
 * the dead part grows past a fraction of the main part, both are merged into a new main part (renumbering
 * sentences), which costs a pass over the postings and no tokenizing.
 *
 * `version` changes on every update, so caches keyed by it (verdicts, persisted indexes) know when to drop
 * their entries. `snapshot()`/`restore()` give and take the whole state as typed arrays (for the cache).
 */
import { forEachSentence } from '../text/sentences';
import { passageCollector } from '../sources/passages';
import {
  type CancellationToken,
  type Passage,
  type SourceDocument,
  type Span,
  throwIfCancelled,
} from '../types';
import { processTerm, tokenize } from './tokenize';

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
   * Default false: misspelt names should not count as matches when fact-checking. (A scan of the vocabulary:
   * slow on big indexes.)
   */
  fuzzy?: number | false;
  /** Prefix matching of query terms. Default false. */
  prefix?: boolean;
  /** How documents are split into passages; default: the sentences of `core/text/sentences`. */
  splitPassages?: (document: SourceDocument) => Passage[];
  /** Passages indexed between two yields of `addDocumentsAsync`. Default 2000. */
  chunkSize?: number;
  /**
   * Postings (and removed passages) the index lets pile up before it merges them into its compact main part.
   * Default 50,000; tests set it low to exercise merging.
   */
  mergeAt?: number;
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
  mergeAt: 50_000,
});

/** Changes whenever the indexed terms or the snapshot layout change; saved indexes of another version are refused. */
export const INDEX_FORMAT_VERSION = 'terms-1/index-2';

/** The whole state of an index, as plain data and typed arrays (structured-clone friendly). */
export interface SourceIndexSnapshot {
  format: 'claimcheck-source-index';
  formatVersion: 2;
  /** `INDEX_FORMAT_VERSION` of the index that saved it. */
  options: string;
  /** Document ids in document-number order ('' for a removed number). */
  documents: string[];
  /** Per document number: first sentence, sentence count, first paragraph, paragraph count, title length. */
  documentRanges: Int32Array | number[];
  terms: string[];
  /** Per title term: document numbers and frequencies, as [term id, count, (doc, tf)*]* . */
  titlePostings: Int32Array | number[];
  sentenceCount: number;
  paragraphCount: number;
  sentenceSpans: Int32Array | number[];
  sentenceParagraph: Int32Array | number[];
  sentenceLength: Int32Array | number[];
  sentenceLive: Uint8Array | number[];
  paragraphSpans: Int32Array | number[];
  paragraphDocument: Int32Array | number[];
  paragraphLength: Int32Array | number[];
  offsets: Int32Array | number[];
  postingIds: Int32Array | number[];
  postingTfs: Uint16Array | number[];
  /** Postings added since the last merge, as (term, sentence, tf). */
  deltaTerms: Int32Array | number[];
  deltaSentences: Int32Array | number[];
  deltaTfs: Uint16Array | number[];
}

/** Kept for callers of the earlier name. */
export type SourceIndexJSON = SourceIndexSnapshot;

interface DocumentEntry {
  document: SourceDocument;
  number: number;
  firstSentence: number;
  sentenceCount: number;
  firstParagraph: number;
  paragraphCount: number;
  /** Distinct title terms and their frequencies. */
  titleTerms: Int32Array;
  titleTfs: Int32Array;
  /** Passage objects, made on first use (or given by a custom splitter). */
  passages?: Passage[];
}

const EMPTY_PASSAGES: readonly Passage[] = Object.freeze([]);

/** A growable typed array. */
class Grow<A extends Int32Array | Uint16Array | Uint8Array | Float64Array> {
  length = 0;
  constructor(public data: A) {}
  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const bigger = new (this.data.constructor as new (n: number) => A)(Math.max(n, this.data.length * 2, 16));
    bigger.set(this.data as never);
    this.data = bigger;
  }
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }
  static of<A extends Int32Array | Uint16Array | Uint8Array | Float64Array>(data: A): Grow<A> {
    const g = new Grow(data);
    g.length = data.length;
    return g;
  }
}

const i32 = () => new Grow(new Int32Array(16));

export class SourceIndex {
  private options: ResolvedOptions;
  private readonly split?: (document: SourceDocument) => Passage[];
  private readonly entries = new Map<string, DocumentEntry>();
  private docs: (DocumentEntry | undefined)[] = [];
  private readonly byKey = new Map<string, Set<string>>();
  private _version = 0;

  // Vocabulary.
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  /** Raw token → term id, or -1 for a token that is no term (stopword). */
  private readonly tokenIds = new Map<string, number>();

  // Sentences and paragraphs.
  private sentSpans: Grow<Int32Array> = i32();
  private sentPara: Grow<Int32Array> = i32();
  private sentLen: Grow<Int32Array> = i32();
  private sentLive: Grow<Uint8Array> = new Grow(new Uint8Array(16));
  private paraSpans: Grow<Int32Array> = i32();
  private paraDoc: Grow<Int32Array> = i32();
  private paraLen: Grow<Int32Array> = i32();
  private liveSentences = 0;
  private liveParagraphs = 0;
  private sumSentLen = 0;
  private sumParaLen = 0;
  /** Σ over live paragraphs of their document's title length. */
  private sumTitleLen = 0;

  // Postings: main part (CSR over term ids) and delta part (per term, since the main part was built).
  private offsets: Int32Array = new Int32Array(1);
  private postIds: Int32Array = new Int32Array(0);
  private postTfs: Uint16Array = new Uint16Array(0);
  /** Delta postings as (term, sentence, tf) in sentence order, and their CSR, built when a query needs it. */
  private deltaTerm: Grow<Int32Array> = i32();
  private deltaSent: Grow<Int32Array> = i32();
  private deltaTf: Grow<Uint16Array> = new Grow(new Uint16Array(16));
  private deltaCsr?: { offsets: Int32Array; ids: Int32Array; tfs: Uint16Array };
  private deltaSize = 0;
  private deadSentences = 0;
  private titleIndex = new Map<number, Set<number>>();
  private dfCache = new Map<number, number>();
  private dfCacheVersion = -1;

  // Scratch of `indexDocument`.
  private seenSent: Int32Array = new Int32Array(1024).fill(-1);
  private seenPara: Int32Array = new Int32Array(1024).fill(-1);
  private slot: Int32Array = new Int32Array(1024);
  private local: Int32Array = new Int32Array(256);
  private localTf: Int32Array = new Int32Array(256);

  constructor(options: SourceIndexOptions = {}) {
    const { splitPassages, ...rest } = options;
    this.options = { ...DEFAULT_SOURCE_INDEX_OPTIONS, ...stripUndefined(rest) };
    this.split = splitPassages;
  }

  /** Incremented on every change to the indexed documents. */
  get version(): number {
    return this._version;
  }

  get documentCount(): number {
    return this.entries.size;
  }

  get passageCount(): number {
    return this.liveSentences;
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
    const entry = this.entries.get(documentId);
    return entry ? this.passagesOfEntry(entry) : EMPTY_PASSAGES;
  }

  passage(id: string): Passage | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0 || hash === id.length - 1) return undefined;
    const entry = this.entries.get(id.slice(0, hash));
    const ordinal = Number(id.slice(hash + 1));
    if (!entry || !Number.isInteger(ordinal) || ordinal < 0 || ordinal >= entry.sentenceCount) return undefined;
    return this.passagesOfEntry(entry)[ordinal];
  }

  /**
   * Adds documents; a document whose id is already indexed is replaced (within one call, the last document with
   * an id wins).
   */
  addDocuments(documents: readonly SourceDocument[]): void {
    if (documents.length === 0) return;
    for (const document of lastById(documents)) this.indexDocument(document);
    this.maybeMerge();
    this._version++;
  }

  /**
   * As `addDocuments`, yielding to the event loop every `chunkSize` passages. Throws `CancelledError` when the
   * token is cancelled; the index stays consistent and holds none, some or all of the documents of the batch
   * (each document is added whole or not at all). `onProgress` gets the number of documents done.
   */
  async addDocumentsAsync(
    documents: readonly SourceDocument[],
    token?: CancellationToken,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    throwIfCancelled(token);
    const batch = lastById(documents);
    let sinceYield = 0;
    let done = 0;
    for (const document of batch) {
      sinceYield += this.indexDocument(document);
      this._version++;
      done++;
      if (sinceYield >= this.options.chunkSize) {
        sinceYield = 0;
        onProgress?.(done, batch.length);
        await yieldToEventLoop();
        throwIfCancelled(token);
      }
    }
    if (this.shouldMerge()) await this.mergeAsync(token);
    onProgress?.(done, batch.length);
  }

  /** Removes a document and its passages; does nothing for an unknown id. */
  removeDocument(id: string): void {
    if (this.removeOne(id)) {
      this.maybeMerge();
      this._version++;
    }
  }

  /** Replaces the document with the same id (or adds it). */
  replaceDocument(document: SourceDocument): void {
    this.indexDocument(document);
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
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.sentenceDf(id);
  }

  /**
   * Inverse document frequency of `term` (a normalised term, as `terms()` gives) over passages:
   * ln(1 + (N − df + 0.5) / (df + 0.5)), as in BM25. An unknown term gets the highest value.
   */
  idf(term: string): number {
    const n = this.liveSentences;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Passages matching the query, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 10;
    if (limit <= 0 || this.liveSentences === 0) return [];
    let allowed: Uint8Array | undefined;
    if (options.documents) {
      allowed = new Uint8Array(this.docs.length);
      for (const id of options.documents) {
        const entry = this.entries.get(id);
        if (entry) allowed[entry.number] = 1;
      }
    }
    const { paragraphWeight, titleWeight, bm25, paragraphBm25 } = this.options;
    const withParagraphs = paragraphWeight > 0;
    const withTitle = withParagraphs && titleWeight > 0;

    // Query terms in order, duplicates counted (a repeated term counts twice in the score, once in the quality).
    const queryTerms: string[] = [];
    const multiplicity = new Map<string, number>();
    for (const token of tokenize(query)) {
      const term = processTerm(token);
      if (!term) continue;
      const m = multiplicity.get(term);
      if (m === undefined) queryTerms.push(term);
      multiplicity.set(term, (m ?? 0) + 1);
    }
    if (queryTerms.length === 0) return [];

    const fast = this.searchFast(queryTerms, multiplicity, allowed, limit);
    if (fast) return fast;

    const sentences = new Map<number, SentenceAcc>();
    const paragraphs = new Map<number, ParagraphAcc>();
    const titles = new Map<number, ParagraphAcc>();
    const nS = this.liveSentences;
    const nP = this.liveParagraphs;
    const avgS = this.sumSentLen / Math.max(1, nS);
    const avgP = this.sumParaLen / Math.max(1, nP);
    const avgT = this.sumTitleLen / Math.max(1, nP);
    const sentLen = this.sentLen.data;
    const sentPara = this.sentPara.data;
    const paraLen = this.paraLen.data;
    const paraDoc = this.paraDoc.data;

    queryTerms.forEach((queryTerm, q) => {
      const m = multiplicity.get(queryTerm)!;
      for (const [termId, derived, weight] of this.expand(queryTerm)) {
        const w = m * weight;
        const { count: dfS, paragraphs: dfP } = this.frequencies(termId);
        this.forEachPosting(termId, (s, tf, p) => {
          const doc = paraDoc[p];
          if (allowed && !allowed[doc]) return;
          const score = w * bm25Score(tf, dfS, nS, sentLen[s], avgS, bm25);
          let acc = sentences.get(s);
          if (!acc) sentences.set(s, (acc = { score: 0, quality: 0, lastQuery: -1, terms: [] }));
          acc.score += score;
          if (acc.lastQuery !== q) {
            acc.lastQuery = q;
            acc.quality++;
          }
          if (!acc.terms.includes(derived)) acc.terms.push(derived);
        }, withParagraphs ? (p, tf) => {
          if (allowed && !allowed[paraDoc[p]]) return;
          let acc = paragraphs.get(p);
          if (!acc) paragraphs.set(p, (acc = { score: 0, queries: [] }));
          acc.score += w * bm25Score(tf, dfP, nP, paraLen[p], avgP, paragraphBm25);
          if (!acc.queries.includes(q)) acc.queries.push(q);
        } : undefined);
        if (withTitle) {
          const docs = this.titleIndex.get(termId);
          if (!docs) continue;
          let dfT = 0;
          for (const d of docs) dfT += this.docs[d]!.paragraphCount;
          for (const d of docs) {
            if (allowed && !allowed[d]) continue;
            const entry = this.docs[d]!;
            const at = entry.titleTerms.indexOf(termId);
            const score = w * titleWeight * bm25Score(entry.titleTfs[at], dfT, nP, entry.titleTerms.length, avgT, paragraphBm25);
            let acc = titles.get(d);
            if (!acc) titles.set(d, (acc = { score: 0, queries: [] }));
            acc.score += score;
            if (!acc.queries.includes(q)) acc.queries.push(q);
          }
        }
      }
    });

    const paragraphScore = new Map<number, number>();
    const hits: { s: number; score: number; terms: string[] }[] = [];
    for (const [s, acc] of sentences) {
      let score = acc.score * acc.quality;
      if (withParagraphs) {
        const p = sentPara[s];
        let ps = paragraphScore.get(p);
        if (ps === undefined) {
          const text = paragraphs.get(p);
          const title = titles.get(paraDoc[p]);
          let quality = text ? text.queries.length : 0;
          if (title) for (const q of title.queries) if (!text || !text.queries.includes(q)) quality++;
          ps = ((text?.score ?? 0) + (title?.score ?? 0)) * quality;
          paragraphScore.set(p, ps);
        }
        score += paragraphWeight * ps;
      }
      hits.push({ s, score, terms: acc.terms });
    }
    const ordinalOf = (s: number) => s - this.docs[paraDoc[sentPara[s]]]!.firstSentence;
    const idOf = (s: number) => this.docs[paraDoc[sentPara[s]]]!.document.id;
    hits.sort((a, b) => {
      if (b.score !== a.score) return b.score - a.score;
      const ia = idOf(a.s);
      const ib = idOf(b.s);
      return ia < ib ? -1 : ia > ib ? 1 : ordinalOf(a.s) - ordinalOf(b.s);
    });
    if (hits.length > limit) hits.length = limit;
    return hits.map(({ s, score, terms }) => {
      const entry = this.docs[paraDoc[sentPara[s]]]!;
      return { passage: this.passagesOfEntry(entry)[s - entry.firstSentence], document: entry.document, score, terms };
    });
  }

  /**
   * `search` without per-hit objects: scores accumulate in typed arrays reused from call to call, matched query
   * terms are bit masks, and only the best `limit` sentences are ranked (a bounded heap, not a sort of every
   * match). Same scores, same order as the general path, which still serves queries that expand to more than 64
   * vocabulary terms (long queries, fuzzy or prefix matching). Returns undefined in that case.
   */
  private searchFast(
    queryTerms: readonly string[],
    multiplicity: ReadonlyMap<string, number>,
    allowed: Uint8Array | undefined,
    limit: number,
  ): SearchHit[] | undefined {
    const expansions: { q: number; termId: number; derived: string; weight: number }[] = [];
    let active = 0;
    for (const queryTerm of queryTerms) {
      const list = this.expand(queryTerm);
      if (!list.length) continue;
      for (const [termId, derived, weight] of list) expansions.push({ q: active, termId, derived, weight: multiplicity.get(queryTerm)! * weight });
      active++;
    }
    if (expansions.length === 0) return [];
    if (expansions.length > 64) return undefined;

    const { paragraphWeight, titleWeight, bm25, paragraphBm25 } = this.options;
    const withParagraphs = paragraphWeight > 0;
    const withTitle = withParagraphs && titleWeight > 0;
    const nS = this.liveSentences;
    const nP = this.liveParagraphs;
    const avgS = this.sumSentLen / Math.max(1, nS);
    const avgP = this.sumParaLen / Math.max(1, nP);
    const avgT = this.sumTitleLen / Math.max(1, nP);
    const sentLen = this.sentLen.data;
    const sentPara = this.sentPara.data;
    const paraLen = this.paraLen.data;
    const paraDoc = this.paraDoc.data;
    const x = this.scratchFor(sentLen.length, paraLen.length, this.docs.length);

    let nTouchedS = 0;
    let nTouchedP = 0;
    let nTouchedT = 0;
    for (let e = 0; e < expansions.length; e++) {
      const { q, termId, weight: w } = expansions[e];
      const qLo = q < 32 ? (1 << q) >>> 0 : 0;
      const qHi = q < 32 ? 0 : (1 << (q - 32)) >>> 0;
      const eLo = e < 32 ? (1 << e) >>> 0 : 0;
      const eHi = e < 32 ? 0 : (1 << (e - 32)) >>> 0;
      const { count: dfS, paragraphs: dfP } = this.frequencies(termId);
      this.forEachPosting(
        termId,
        (s, tf, p) => {
          if (allowed && !allowed[paraDoc[p]]) return;
          if (x.sTouched[s] === 0) {
            x.sTouched[s] = 1;
            x.sList[nTouchedS++] = s;
          }
          x.sScore[s] += w * bm25Score(tf, dfS, nS, sentLen[s], avgS, bm25);
          if (x.sLastQ[s] !== q + 1) {
            x.sLastQ[s] = q + 1;
            x.sQuality[s]++;
          }
          x.sTermsLo[s] |= eLo;
          x.sTermsHi[s] |= eHi;
        },
        withParagraphs
          ? (p, tf) => {
              if (allowed && !allowed[paraDoc[p]]) return;
              if (x.pTouched[p] === 0) {
                x.pTouched[p] = 1;
                x.pList[nTouchedP++] = p;
              }
              x.pScore[p] += w * bm25Score(tf, dfP, nP, paraLen[p], avgP, paragraphBm25);
              x.pQLo[p] |= qLo;
              x.pQHi[p] |= qHi;
            }
          : undefined,
      );
      if (withTitle) {
        const docs = this.titleIndex.get(termId);
        if (!docs) continue;
        let dfT = 0;
        for (const d of docs) dfT += this.docs[d]!.paragraphCount;
        for (const d of docs) {
          if (allowed && !allowed[d]) continue;
          const entry = this.docs[d]!;
          const at = entry.titleTerms.indexOf(termId);
          if (x.tTouched[d] === 0) {
            x.tTouched[d] = 1;
            x.tList[nTouchedT++] = d;
          }
          x.tScore[d] += w * titleWeight * bm25Score(entry.titleTfs[at], dfT, nP, entry.titleTerms.length, avgT, paragraphBm25);
          x.tQLo[d] |= qLo;
          x.tQHi[d] |= qHi;
        }
      }
    }

    // Paragraph scores (text and title), then each touched sentence's final score; keep the best `limit`.
    const paragraphScore = (p: number): number => {
      const d = paraDoc[p];
      const lo = (x.pQLo[p] | x.tQLo[d]) >>> 0;
      const hi = (x.pQHi[p] | x.tQHi[d]) >>> 0;
      return (x.pScore[p] + x.tScore[d]) * (popcount(lo) + popcount(hi));
    };
    const ordinalOf = (s: number) => s - this.docs[paraDoc[sentPara[s]]]!.firstSentence;
    const idOf = (s: number) => this.docs[paraDoc[sentPara[s]]]!.document.id;
    /** Whether sentence a ranks before sentence b (higher score, then document id, then position). */
    const before = (a: number, sa: number, b: number, sb: number): boolean => {
      if (sa !== sb) return sa > sb;
      const ia = idOf(a);
      const ib = idOf(b);
      return ia !== ib ? ia < ib : ordinalOf(a) < ordinalOf(b);
    };
    // A min-heap (worst at the top) of at most `limit` sentences.
    const heapS: number[] = [];
    const heapScore: number[] = [];
    const swap = (i: number, j: number) => {
      [heapS[i], heapS[j]] = [heapS[j], heapS[i]];
      [heapScore[i], heapScore[j]] = [heapScore[j], heapScore[i]];
    };
    const worse = (i: number, j: number) => before(heapS[j], heapScore[j], heapS[i], heapScore[i]);
    for (let k = 0; k < nTouchedS; k++) {
      const s = x.sList[k];
      let score = x.sScore[s] * x.sQuality[s];
      if (withParagraphs) score += paragraphWeight * paragraphScore(sentPara[s]);
      if (heapS.length < limit) {
        heapS.push(s);
        heapScore.push(score);
        for (let i = heapS.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!worse(i, parent)) break;
          swap(i, parent);
          i = parent;
        }
      } else if (before(s, score, heapS[0], heapScore[0])) {
        heapS[0] = s;
        heapScore[0] = score;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heapS.length && worse(l, m)) m = l;
          if (r < heapS.length && worse(r, m)) m = r;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
    }
    const order = heapS.map((s, i) => ({ s, score: heapScore[i] }));
    order.sort((a, b) => (before(a.s, a.score, b.s, b.score) ? -1 : 1));
    const hits = order.map(({ s, score }) => {
      const terms: string[] = [];
      const lo = x.sTermsLo[s];
      const hi = x.sTermsHi[s];
      for (let e = 0; e < expansions.length; e++) {
        const bit = e < 32 ? (lo >>> e) & 1 : (hi >>> (e - 32)) & 1;
        if (bit && !terms.includes(expansions[e].derived)) terms.push(expansions[e].derived);
      }
      const entry = this.docs[paraDoc[sentPara[s]]]!;
      return { passage: this.passagesOfEntry(entry)[s - entry.firstSentence], document: entry.document, score, terms };
    });

    // Leave the scratch arrays clean for the next search.
    for (let k = 0; k < nTouchedS; k++) {
      const s = x.sList[k];
      x.sTouched[s] = 0;
      x.sScore[s] = 0;
      x.sQuality[s] = 0;
      x.sLastQ[s] = 0;
      x.sTermsLo[s] = 0;
      x.sTermsHi[s] = 0;
    }
    for (let k = 0; k < nTouchedP; k++) {
      const p = x.pList[k];
      x.pTouched[p] = 0;
      x.pScore[p] = 0;
      x.pQLo[p] = 0;
      x.pQHi[p] = 0;
    }
    for (let k = 0; k < nTouchedT; k++) {
      const d = x.tList[k];
      x.tTouched[d] = 0;
      x.tScore[d] = 0;
      x.tQLo[d] = 0;
      x.tQHi[d] = 0;
    }
    return hits;
  }

  private scratch: SearchScratch | undefined;

  private scratchFor(sentences: number, paragraphs: number, documents: number): SearchScratch {
    const x = this.scratch;
    if (x && x.sScore.length >= sentences && x.pScore.length >= paragraphs && x.tScore.length >= documents) return x;
    const ns = Math.max(sentences, x?.sScore.length ?? 0);
    const np = Math.max(paragraphs, x?.pScore.length ?? 0);
    const nd = Math.max(documents, x?.tScore.length ?? 0);
    this.scratch = {
      sTouched: new Uint8Array(ns),
      sList: new Int32Array(ns),
      sScore: new Float64Array(ns),
      sQuality: new Uint16Array(ns),
      sLastQ: new Uint16Array(ns),
      sTermsLo: new Uint32Array(ns),
      sTermsHi: new Uint32Array(ns),
      pTouched: new Uint8Array(np),
      pList: new Int32Array(np),
      pScore: new Float64Array(np),
      pQLo: new Uint32Array(np),
      pQHi: new Uint32Array(np),
      tTouched: new Uint8Array(nd),
      tList: new Int32Array(nd),
      tScore: new Float64Array(nd),
      tQLo: new Uint32Array(nd),
      tQHi: new Uint32Array(nd),
    };
    return this.scratch;
  }

  /** The whole state as typed arrays, for `restore` (structured-clone friendly: `v8.serialize` takes it fast). */
  snapshot(): SourceIndexSnapshot {
    const ranges: number[] = [];
    const ids: string[] = [];
    for (const entry of this.docs) {
      ids.push(entry ? entry.document.id : '');
      ranges.push(entry?.firstSentence ?? 0, entry?.sentenceCount ?? 0, entry?.firstParagraph ?? 0, entry?.paragraphCount ?? 0, entry?.titleTerms.length ?? 0);
    }
    const title: number[] = [];
    for (const [term, docs] of this.titleIndex) {
      title.push(term, docs.size);
      for (const d of docs) {
        const entry = this.docs[d]!;
        title.push(d, entry.titleTfs[entry.titleTerms.indexOf(term)]);
      }
    }
    return {
      format: 'claimcheck-source-index',
      formatVersion: 2,
      options: INDEX_FORMAT_VERSION,
      documents: ids,
      documentRanges: Int32Array.from(ranges),
      terms: this.termList.slice(),
      titlePostings: Int32Array.from(title),
      sentenceCount: this.sentLen.length,
      paragraphCount: this.paraLen.length,
      sentenceSpans: this.sentSpans.view().slice(),
      sentenceParagraph: this.sentPara.view().slice(),
      sentenceLength: this.sentLen.view().slice(),
      sentenceLive: this.sentLive.view().slice(),
      paragraphSpans: this.paraSpans.view().slice(),
      paragraphDocument: this.paraDoc.view().slice(),
      paragraphLength: this.paraLen.view().slice(),
      // Exact-size arrays that a merge replaces rather than changes: no copy needed.
      offsets: this.offsets,
      postingIds: this.postIds,
      postingTfs: this.postTfs,
      deltaTerms: this.deltaTerm.view().slice(),
      deltaSentences: this.deltaSent.view().slice(),
      deltaTfs: this.deltaTf.view().slice(),
    };
  }

  /** A plain JSON-able object for persistence; `fromJSON` with the same documents restores the index. */
  toJSON(): SourceIndexSnapshot {
    const snapshot = this.snapshot();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(snapshot)) out[k] = ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v;
    return out as unknown as SourceIndexSnapshot;
  }

  /**
   * Restores an index saved with `snapshot`/`toJSON`, given the same documents (by id, in any order) and any
   * scoring options. Throws when the data is of another format or version, or does not fit the documents.
   */
  static fromJSON(json: SourceIndexSnapshot | string, documents: readonly SourceDocument[], options: SourceIndexOptions = {}): SourceIndex {
    const data: SourceIndexSnapshot = typeof json === 'string' ? JSON.parse(json) : json;
    return SourceIndex.restore(data, documents, options);
  }

  static restore(data: SourceIndexSnapshot, documents: readonly SourceDocument[], options: SourceIndexOptions = {}): SourceIndex {
    if (!data || data.format !== 'claimcheck-source-index' || data.formatVersion !== 2) throw new Error('Not a Claimcheck source index.');
    if (data.options !== INDEX_FORMAT_VERSION) throw new Error('The saved source index was built with another tokenizer.');
    const index = new SourceIndex(options);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const live = data.documents.filter((id) => id !== '');
    if (live.length !== byId.size || live.some((id) => !byId.has(id))) throw new Error('The saved source index was built from other documents.');
    const i32a = (a: Int32Array | number[]) => (a instanceof Int32Array ? a : Int32Array.from(a));
    index.sentSpans = Grow.of(i32a(data.sentenceSpans));
    index.sentPara = Grow.of(i32a(data.sentenceParagraph));
    index.sentLen = Grow.of(i32a(data.sentenceLength));
    index.sentLive = Grow.of(data.sentenceLive instanceof Uint8Array ? data.sentenceLive : Uint8Array.from(data.sentenceLive));
    index.paraSpans = Grow.of(i32a(data.paragraphSpans));
    index.paraDoc = Grow.of(i32a(data.paragraphDocument));
    index.paraLen = Grow.of(i32a(data.paragraphLength));
    index.offsets = i32a(data.offsets);
    index.postIds = i32a(data.postingIds);
    index.postTfs = data.postingTfs instanceof Uint16Array ? data.postingTfs : Uint16Array.from(data.postingTfs);
    index.deltaTerm = Grow.of(i32a(data.deltaTerms));
    index.deltaSent = Grow.of(i32a(data.deltaSentences));
    index.deltaTf = Grow.of(data.deltaTfs instanceof Uint16Array ? data.deltaTfs : Uint16Array.from(data.deltaTfs));
    index.deltaSize = index.deltaTerm.length;
    if (index.deltaSent.length !== index.deltaSize || index.deltaTf.length !== index.deltaSize) throw new Error('The saved source index is damaged.');
    for (let i = 0; i < index.deltaSize; i++) {
      if (index.deltaTerm.data[i] < 0 || index.deltaTerm.data[i] >= data.terms.length || index.deltaSent.data[i] >= data.sentenceCount) throw new Error('The saved source index is damaged.');
    }
    const n = data.sentenceCount;
    const np = data.paragraphCount;
    if (index.sentSpans.length !== 2 * n || index.sentPara.length !== n || index.sentLen.length !== n || index.sentLive.length !== n) throw new Error('The saved source index is damaged.');
    if (index.paraSpans.length !== 2 * np || index.paraDoc.length !== np || index.paraLen.length !== np) throw new Error('The saved source index is damaged.');
    const o = index.offsets;
    if (o.length < 1 || o.length > data.terms.length + 1 || o[o.length - 1] !== index.postIds.length || index.postTfs.length !== index.postIds.length) {
      throw new Error('The saved source index is damaged.');
    }
    data.terms.forEach((term, i) => {
      index.termList.push(term);
      index.termIds.set(term, i);
    });
    const ranges = i32a(data.documentRanges);
    const titleLen = new Map<number, number>();
    data.documents.forEach((id, number) => {
      if (id === '') {
        index.docs.push(undefined);
        return;
      }
      const document = byId.get(id)!;
      const r = 5 * number;
      const entry: DocumentEntry = {
        document,
        number,
        firstSentence: ranges[r],
        sentenceCount: ranges[r + 1],
        firstParagraph: ranges[r + 2],
        paragraphCount: ranges[r + 3],
        titleTerms: new Int32Array(ranges[r + 4]),
        titleTfs: new Int32Array(ranges[r + 4]),
      };
      if (entry.firstSentence + entry.sentenceCount > n || entry.firstParagraph + entry.paragraphCount > np) throw new Error('The saved source index is damaged.');
      const last = entry.sentenceCount ? index.sentSpans.data[2 * (entry.firstSentence + entry.sentenceCount - 1) + 1] : 0;
      if (last > document.text.length) throw new Error('The saved source index does not match the text of its documents.');
      titleLen.set(number, 0);
      index.docs.push(entry);
      index.entries.set(id, entry);
      index.addKey(document);
      index.liveSentences += entry.sentenceCount;
      index.liveParagraphs += entry.paragraphCount;
      for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) index.sumSentLen += index.sentLen.data[s];
      for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) index.sumParaLen += index.paraLen.data[p];
    });
    const title = i32a(data.titlePostings);
    for (let i = 0; i < title.length; ) {
      const term = title[i++];
      const count = title[i++];
      const docs = new Set<number>();
      for (let k = 0; k < count; k++) {
        const d = title[i++];
        const tf = title[i++];
        const entry = index.docs[d];
        if (!entry) throw new Error('The saved source index is damaged.');
        const at = titleLen.get(d)!;
        entry.titleTerms[at] = term;
        entry.titleTfs[at] = tf;
        titleLen.set(d, at + 1);
        docs.add(d);
      }
      index.titleIndex.set(term, docs);
    }
    for (const entry of index.entries.values()) index.sumTitleLen += entry.paragraphCount * entry.titleTerms.length;
    index.deadSentences = n - index.liveSentences;
    index._version++;
    return index;
  }

  // -------------------------------------------------------------------------------------------------------

  /** Indexes one document (replacing any with its id); returns its number of passages. */
  private indexDocument(document: SourceDocument): number {
    this.removeOne(document.id);
    const number = this.docs.length;
    const firstSentence = this.sentLen.length;
    const firstParagraph = this.paraLen.length;
    const entry: DocumentEntry = {
      document,
      number,
      firstSentence,
      sentenceCount: 0,
      firstParagraph,
      paragraphCount: 0,
      titleTerms: EMPTY_I32,
      titleTfs: EMPTY_I32,
    };
    const text = document.text;
    let paragraphStart = -1;
    let paragraph = -1;
    let paragraphDistinct = 0;
    const onSentence = (start: number, end: number, ps: number, pe: number) => {
      if (ps !== paragraphStart || paragraph < 0) {
        if (paragraph >= 0) this.closeParagraph(paragraph, paragraphDistinct);
        paragraphStart = ps;
        paragraph = this.paraLen.length;
        this.paraSpans.push(ps);
        this.paraSpans.push(pe);
        this.paraDoc.push(number);
        this.paraLen.push(0);
        paragraphDistinct = 0;
        entry.paragraphCount++;
      }
      const s = this.sentLen.length;
      this.sentSpans.push(start);
      this.sentSpans.push(end);
      this.sentPara.push(paragraph);
      this.sentLive.push(1);
      entry.sentenceCount++;
      // Term frequencies of the sentence: `slot` holds a term's position in `local`, valid while seenSent = s.
      const tokens = text.slice(start, end).match(TOKEN_RE);
      let distinct = 0;
      if (tokens) {
        if (tokens.length > this.local.length) {
          this.local = new Int32Array(tokens.length * 2);
          this.localTf = new Int32Array(tokens.length * 2);
        }
        const local = this.local;
        const localTf = this.localTf;
        for (let k = 0; k < tokens.length; k++) {
          const id = this.termOf(tokens[k]);
          if (id < 0) continue;
          const seen = this.seenSent;
          if (seen[id] === s) localTf[this.slot[id]]++;
          else {
            seen[id] = s;
            this.slot[id] = distinct;
            local[distinct] = id;
            localTf[distinct++] = 1;
            if (this.seenPara[id] !== paragraph) {
              this.seenPara[id] = paragraph;
              paragraphDistinct++;
            }
          }
        }
        for (let k = 0; k < distinct; k++) this.addPosting(local[k], s, localTf[k]);
      }
      this.sentLen.push(distinct);
      this.sumSentLen += distinct;
    };
    if (this.split) {
      const passages = this.split(document);
      for (const p of passages) onSentence(p.span.start, p.span.end, p.paragraph.start, p.paragraph.end);
      entry.passages = passages;
    } else {
      forEachSentence(text, undefined, onSentence);
    }
    if (paragraph >= 0) this.closeParagraph(paragraph, paragraphDistinct);
    // Title terms.
    if (document.title) {
      const ids: number[] = [];
      const tfs: number[] = [];
      for (const token of tokenize(document.title)) {
        const id = this.termOf(token);
        if (id < 0) continue;
        const at = ids.indexOf(id);
        if (at >= 0) tfs[at]++;
        else {
          ids.push(id);
          tfs.push(1);
        }
      }
      entry.titleTerms = Int32Array.from(ids);
      entry.titleTfs = Int32Array.from(tfs);
      for (const id of ids) {
        let docs = this.titleIndex.get(id);
        if (!docs) this.titleIndex.set(id, (docs = new Set()));
        docs.add(number);
      }
    }
    this.liveSentences += entry.sentenceCount;
    this.liveParagraphs += entry.paragraphCount;
    this.sumTitleLen += entry.paragraphCount * entry.titleTerms.length;
    this.docs.push(entry);
    this.entries.set(document.id, entry);
    this.addKey(document);
    return entry.sentenceCount;
  }

  private closeParagraph(paragraph: number, distinct: number): void {
    this.paraLen.data[paragraph] = distinct;
    this.sumParaLen += distinct;
  }

  /** The term id of a raw token (-1 for stopwords and noise), adding new terms to the vocabulary. */
  private termOf(token: string): number {
    let id = this.tokenIds.get(token);
    if (id !== undefined) return id;
    const term = processTerm(token);
    if (!term) id = -1;
    else {
      id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termList.length;
        this.termList.push(term);
        this.termIds.set(term, id);
        if (id >= this.seenSent.length) {
          const size = this.seenSent.length * 2;
          const a = new Int32Array(size).fill(-1);
          a.set(this.seenSent);
          this.seenSent = a;
          const b = new Int32Array(size).fill(-1);
          b.set(this.seenPara);
          this.seenPara = b;
          const c = new Int32Array(size);
          c.set(this.slot);
          this.slot = c;
        }
      }
    }
    if (this.tokenIds.size >= TOKEN_CACHE_LIMIT) this.tokenIds.clear();
    this.tokenIds.set(token, id);
    return id;
  }

  private addPosting(term: number, sentence: number, tf: number): void {
    this.deltaTerm.push(term);
    this.deltaSent.push(sentence);
    this.deltaTf.push(tf > 65535 ? 65535 : tf);
    this.deltaSize++;
    this.deltaCsr = undefined;
  }

  private addKey(document: SourceDocument): void {
    const key = document.key.toLowerCase();
    let ids = this.byKey.get(key);
    if (!ids) this.byKey.set(key, (ids = new Set()));
    ids.add(document.id);
  }

  private removeOne(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.docs[entry.number] = undefined;
    const key = entry.document.key.toLowerCase();
    const ids = this.byKey.get(key);
    ids?.delete(id);
    if (ids?.size === 0) this.byKey.delete(key);
    for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) {
      this.sentLive.data[s] = 0;
      this.sumSentLen -= this.sentLen.data[s];
    }
    for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) this.sumParaLen -= this.paraLen.data[p];
    for (const term of entry.titleTerms) {
      const docs = this.titleIndex.get(term);
      docs?.delete(entry.number);
      if (docs?.size === 0) this.titleIndex.delete(term);
    }
    this.liveSentences -= entry.sentenceCount;
    this.liveParagraphs -= entry.paragraphCount;
    this.sumTitleLen -= entry.paragraphCount * entry.titleTerms.length;
    this.deadSentences += entry.sentenceCount;
    return true;
  }

  /**
   * Merges the delta into the main postings when it outgrows them (so merges cost at most twice the postings
   * over a build), or when removed sentences are more than half the live ones.
   */
  private maybeMerge(): void {
    if (this.shouldMerge()) this.merge();
  }

  private shouldMerge(): boolean {
    const { mergeAt } = this.options;
    return this.deltaSize > Math.max(mergeAt, this.postIds.length) || this.deadSentences > Math.max(mergeAt, this.liveSentences / 2);
  }

  /**
   * Rebuilds the main postings from the main and delta parts, dropping removed sentences and renumbering the
   * live sentences, paragraphs and documents in order (so postings stay sorted by sentence).
   */
  private merge(): void {
    const steps = this.mergeSteps();
    while (!steps.next().done);
  }

  /**
   * As `merge`, in slices between which the event loop runs. Abandoned (the index unchanged) when the index
   * changes meanwhile; throws `CancelledError` when the token is cancelled.
   */
  private async mergeAsync(token?: CancellationToken): Promise<void> {
    const version = this._version;
    const steps = this.mergeSteps();
    while (!steps.next().done) {
      await yieldToEventLoop();
      throwIfCancelled(token);
      if (this._version !== version) return;
    }
  }

  /** Merges the delta and drops removed passages, in the background (between other work). */
  async compact(token?: CancellationToken): Promise<void> {
    for (let attempt = 0; attempt < 3 && this.needsMerge(); attempt++) await this.mergeAsync(token);
  }

  private needsMerge(): boolean {
    return this.deltaSize > 0 || this.deadSentences > 0 || this.docs.length !== this.entries.size;
  }

  /** The work of `merge`, yielding every few hundred thousand steps; the index changes only at the last step. */
  private *mergeSteps(): Generator<void, void, void> {
    if (!this.needsMerge()) return;
    const SLICE = 200_000;
    let work = 0;
    const nS = this.sentLen.length;
    const nP = this.paraLen.length;
    const newSentence = new Int32Array(nS);
    const newParagraph = new Int32Array(nP).fill(-1);
    const newDocument = new Int32Array(this.docs.length).fill(-1);
    const sentSpans = new Grow(new Int32Array(2 * this.liveSentences + 16));
    const sentPara = new Grow(new Int32Array(this.liveSentences + 16));
    const sentLen = new Grow(new Int32Array(this.liveSentences + 16));
    const paraSpans = new Grow(new Int32Array(2 * this.liveParagraphs + 16));
    const paraDoc = new Grow(new Int32Array(this.liveParagraphs + 16));
    const paraLen = new Grow(new Int32Array(this.liveParagraphs + 16));
    const docs: DocumentEntry[] = [];
    const firsts: [number, number][] = [];
    for (const entry of this.docs) {
      if (!entry) continue;
      const number = docs.length;
      newDocument[entry.number] = number;
      docs.push(entry);
      const firstParagraph = paraLen.length;
      for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) {
        newParagraph[p] = paraLen.length;
        paraSpans.push(this.paraSpans.data[2 * p]);
        paraSpans.push(this.paraSpans.data[2 * p + 1]);
        paraDoc.push(number);
        paraLen.push(this.paraLen.data[p]);
      }
      const firstSentence = sentLen.length;
      for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) {
        newSentence[s] = sentLen.length;
        sentSpans.push(this.sentSpans.data[2 * s]);
        sentSpans.push(this.sentSpans.data[2 * s + 1]);
        sentPara.push(newParagraph[this.sentPara.data[s]]);
        sentLen.push(this.sentLen.data[s]);
      }
      firsts.push([firstSentence, firstParagraph]);
      work += entry.sentenceCount + entry.paragraphCount;
      if (work > SLICE) {
        work = 0;
        yield;
      }
    }
    const live = this.sentLive.data;
    const terms = this.termList.length;
    const counts = new Int32Array(terms + 1);
    const oldOffsets = this.offsets;
    const oldIds = this.postIds;
    const oldTfs = this.postTfs;
    const oldTerms = oldOffsets.length - 1;
    const delta = yield* this.deltaSteps();
    for (let t = 0; t < terms; t++) {
      let c = 0;
      if (t < oldTerms) for (let i = oldOffsets[t]; i < oldOffsets[t + 1]; i++) if (live[oldIds[i]]) c++;
      if (t + 1 < delta.offsets.length) for (let i = delta.offsets[t]; i < delta.offsets[t + 1]; i++) if (live[delta.ids[i]]) c++;
      counts[t + 1] = counts[t] + c;
      work += c;
      if (work > SLICE) {
        work = 0;
        yield;
      }
    }
    const postIds = new Int32Array(counts[terms]);
    const postTfs = new Uint16Array(counts[terms]);
    for (let t = 0; t < terms; t++) {
      let at = counts[t];
      if (t < oldTerms) {
        for (let i = oldOffsets[t]; i < oldOffsets[t + 1]; i++) {
          const s = oldIds[i];
          if (!live[s]) continue;
          postIds[at] = newSentence[s];
          postTfs[at++] = oldTfs[i];
        }
      }
      if (t + 1 < delta.offsets.length) {
        for (let i = delta.offsets[t]; i < delta.offsets[t + 1]; i++) {
          const s = delta.ids[i];
          if (!live[s]) continue;
          postIds[at] = newSentence[s];
          postTfs[at++] = delta.tfs[i];
        }
      }
      work += at - counts[t];
      if (work > SLICE) {
        work = 0;
        yield;
      }
    }
    // Commit.
    docs.forEach((entry, number) => {
      entry.number = number;
      entry.firstSentence = firsts[number][0];
      entry.firstParagraph = firsts[number][1];
    });
    const titleIndex = new Map<number, Set<number>>();
    for (const [t, set] of this.titleIndex) titleIndex.set(t, new Set([...set].map((d) => newDocument[d])));
    this.titleIndex = titleIndex;
    this.docs = docs;
    this.sentSpans = sentSpans;
    this.sentPara = sentPara;
    this.sentLen = sentLen;
    this.sentLive = Grow.of(new Uint8Array(sentLen.length).fill(1));
    this.paraSpans = paraSpans;
    this.paraDoc = paraDoc;
    this.paraLen = paraLen;
    this.offsets = counts;
    this.postIds = postIds;
    this.postTfs = postTfs;
    this.deltaTerm = i32();
    this.deltaSent = i32();
    this.deltaTf = new Grow(new Uint16Array(16));
    this.deltaCsr = undefined;
    this.deltaSize = 0;
    this.deadSentences = 0;
    this.seenSent.fill(-1);
    this.seenPara.fill(-1);
  }


  /** The delta postings grouped by term (a counting sort; sentence order is kept within a term). */
  private ensureDelta(): { offsets: Int32Array; ids: Int32Array; tfs: Uint16Array } {
    if (this.deltaCsr) return this.deltaCsr;
    const steps = this.deltaSteps();
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /** The work of `ensureDelta`, yielding every million postings. */
  private *deltaSteps(): Generator<void, { offsets: Int32Array; ids: Int32Array; tfs: Uint16Array }, void> {
    if (this.deltaCsr) return this.deltaCsr;
    const n = this.deltaTerm.length;
    const terms = this.termList.length;
    const offsets = new Int32Array(terms + 1);
    const term = this.deltaTerm.data;
    for (let i = 0; i < n; i++) {
      offsets[term[i] + 1]++;
      if ((i & 0xfffff) === 0xfffff) yield;
    }
    for (let t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
    const fill = offsets.slice(0, terms);
    const ids = new Int32Array(n);
    const tfs = new Uint16Array(n);
    const sent = this.deltaSent.data;
    const tf = this.deltaTf.data;
    for (let i = 0; i < n; i++) {
      const at = fill[term[i]]++;
      ids[at] = sent[i];
      tfs[at] = tf[i];
      if ((i & 0xfffff) === 0xfffff) yield;
    }
    return (this.deltaCsr = { offsets, ids, tfs });
  }

  /** Live sentence and paragraph document frequencies of a term. */
  private frequencies(term: number): { count: number; paragraphs: number } {
    let count = 0;
    let paragraphs = 0;
    let last = -1;
    const para = this.sentPara.data;
    this.forEachRawPosting(term, (s) => {
      count++;
      const p = para[s];
      if (p !== last) {
        paragraphs++;
        last = p;
      }
    });
    return { count, paragraphs };
  }

  private sentenceDf(term: number): number {
    if (this.dfCacheVersion !== this._version) {
      this.dfCache.clear();
      this.dfCacheVersion = this._version;
    }
    let df = this.dfCache.get(term);
    if (df === undefined) {
      df = this.frequencies(term).count;
      this.dfCache.set(term, df);
    }
    return df;
  }

  /** Live postings of a term in sentence order: (sentence, tf). */
  private forEachRawPosting(term: number, f: (s: number, tf: number) => void): void {
    const live = this.sentLive.data;
    if (term + 1 < this.offsets.length) {
      const ids = this.postIds;
      const tfs = this.postTfs;
      for (let i = this.offsets[term], end = this.offsets[term + 1]; i < end; i++) if (live[ids[i]]) f(ids[i], tfs[i]);
    }
    if (this.deltaSize === 0) return;
    const delta = this.ensureDelta();
    if (term + 1 < delta.offsets.length) {
      const ids = delta.ids;
      const tfs = delta.tfs;
      for (let i = delta.offsets[term], end = delta.offsets[term + 1]; i < end; i++) if (live[ids[i]]) f(ids[i], tfs[i]);
    }
  }

  /**
   * Live postings of a term: `onSentence(s, tf, paragraph)` for each, and `onParagraph(p, tf)` once per paragraph
   * with the sum of its sentences' frequencies.
   */
  private forEachPosting(term: number, onSentence: (s: number, tf: number, p: number) => void, onParagraph?: (p: number, tf: number) => void): void {
    const para = this.sentPara.data;
    let last = -1;
    let sum = 0;
    this.forEachRawPosting(term, (s, tf) => {
      const p = para[s];
      onSentence(s, tf, p);
      if (!onParagraph) return;
      if (p !== last) {
        if (last >= 0) onParagraph(last, sum);
        last = p;
        sum = 0;
      }
      sum += tf;
    });
    if (onParagraph && last >= 0) onParagraph(last, sum);
  }

  /** The vocabulary terms a query term matches, with their weights: itself, prefix and fuzzy matches. */
  private expand(term: string): [number, string, number][] {
    const out: [number, string, number][] = [];
    const exact = this.termIds.get(term);
    if (exact !== undefined) out.push([exact, term, 1]);
    const { prefix, fuzzy } = this.options;
    const maxDistance = fuzzy ? (fuzzy < 1 ? Math.min(6, Math.round(term.length * fuzzy)) : fuzzy) : 0;
    if (!prefix && !maxDistance) return out;
    this.termList.forEach((candidate, id) => {
      if (candidate === term || this.sentenceDf(id) === 0) return;
      if (prefix && candidate.startsWith(term)) {
        const distance = candidate.length - term.length;
        out.push([id, candidate, (0.375 * candidate.length) / (candidate.length + 0.3 * distance)]);
        return;
      }
      if (maxDistance) {
        const distance = boundedLevenshtein(term, candidate, maxDistance);
        if (distance > 0 && distance <= maxDistance) out.push([id, candidate, (0.45 * candidate.length) / (candidate.length + distance)]);
      }
    });
    return out;
  }

  private passagesOfEntry(entry: DocumentEntry): Passage[] {
    if (entry.passages) return entry.passages;
    const passages = passageCollector(entry.document);
    const spans = this.sentSpans.data;
    const paraSpans = this.paraSpans.data;
    const para = this.sentPara.data;
    for (let k = 0; k < entry.sentenceCount; k++) {
      const s = entry.firstSentence + k;
      const p = para[s];
      passages.add(spans[2 * s], spans[2 * s + 1], paraSpans[2 * p], paraSpans[2 * p + 1]);
    }
    entry.passages = passages.list;
    return passages.list;
  }
}

/** Per-search accumulators of `searchFast`, indexed by sentence, paragraph and document number. */
interface SearchScratch {
  sTouched: Uint8Array;
  sList: Int32Array;
  sScore: Float64Array;
  sQuality: Uint16Array;
  sLastQ: Uint16Array;
  sTermsLo: Uint32Array;
  sTermsHi: Uint32Array;
  pTouched: Uint8Array;
  pList: Int32Array;
  pScore: Float64Array;
  pQLo: Uint32Array;
  pQHi: Uint32Array;
  tTouched: Uint8Array;
  tList: Int32Array;
  tScore: Float64Array;
  tQLo: Uint32Array;
  tQHi: Uint32Array;
}

function popcount(v: number): number {
  let n = v >>> 0;
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface SentenceAcc {
  score: number;
  quality: number;
  lastQuery: number;
  terms: string[];
}

interface ParagraphAcc {
  score: number;
  queries: number[];
}

const EMPTY_I32 = new Int32Array(0);

/** Raw tokens whose term id is remembered (the vocabulary itself is never forgotten). */
const TOKEN_CACHE_LIMIT = 1_000_000;

/** The token pattern of `tokenize()` (sticky-free, global). */
const TOKEN_RE = new RegExp(
  /[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|s\b|st\b|nd\b|rd\b|th\b)?|(?<![\p{L}\p{M}\p{N}])(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu,
);

/** BM25+ as MiniSearch computes it. */
function bm25Score(tf: number, df: number, n: number, length: number, average: number, { k, b, d }: BM25Params): number {
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / average)));
}

/** Levenshtein distance of a and b, or max + 1 when it is over `max`. */
function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
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

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
