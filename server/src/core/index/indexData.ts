/**
 * The data of the source index and the operations that keep it consistent: the vocabulary, the documents, their
 * sentences (passages) and paragraphs as numbers in growable typed arrays, the title terms, and the postings.
 * Internal to `core/index/`: `SourceIndex` is the public face, `search.ts` reads this data, `snapshot.ts`
 * saves and restores it.
 *
 * Numbering: documents, paragraphs and sentences get consecutive numbers in the order they are indexed; a
 * document's sentences (and paragraphs) are one run of numbers. Removing a document flags its sentences dead;
 * a merge drops the dead ones and renumbers the rest in order.
 */
import { forEachSentence } from '../text/sentences';
import { passageCollector } from '../sources/passages';
import type { Passage, SourceDocument } from '../types';
import { TimeSlice } from '../eventLoop';
import { Grow, growInt32, MAX_TERM_FREQUENCY, Postings } from './postings';
import { recountSteps, TermStats } from './termStats';
import { processTerm, tokenize } from './tokenize';

export interface DocumentEntry {
  document: SourceDocument;
  number: number;
  firstSentence: number;
  sentenceCount: number;
  firstParagraph: number;
  paragraphCount: number;
  /** Distinct title terms and their frequencies (plain arrays: typed arrays cost a few hundred bytes each). */
  titleTerms: number[];
  titleTfs: number[];
  /** Passage objects, made on first use (or given by a `split` function). */
  passages?: Passage[];
}

/** The title terms (and frequencies) of the many documents without a title: one array, never written to. */
export const NO_TERMS: number[] = [];

/** The documents whose title holds a term, in increasing order, with the term's frequency and the title's length. */
export interface TitleRow {
  docs: Int32Array;
  tfs: Int32Array;
  lengths: Int32Array;
}

/** Raw tokens whose term id is remembered (the vocabulary itself is never forgotten). */
const TOKEN_CACHE_LIMIT = 1_000_000;

/** Sentences and paragraphs renumbered between two looks at the clock in `mergeSteps`. */
const CHECK_EVERY = 16_384;

export class IndexData {
  /**
   * Passages of a document from outside, for data that comes split into sentences (benchmarks on WiCE); by
   * default the index splits documents with the production splitter (`forEachSentence`, as `splitPassages`).
   */
  constructor(private readonly split?: (document: SourceDocument) => Passage[]) {}

  readonly entries = new Map<string, DocumentEntry>();
  /** Entries by document number; undefined for a removed number (until a merge). */
  docs: (DocumentEntry | undefined)[] = [];
  /** Citation key (lower case) → the id of its document, or the ids when several documents share it. */
  readonly byKey = new Map<string, string | Set<string>>();

  // Vocabulary.
  readonly termIds = new Map<string, number>();
  readonly termList: string[] = [];
  /** Raw token → term id, or -1 for a token that is no term (stopword). */
  private readonly tokenIds = new Map<string, number>();

  // Sentences (`sent…`) and paragraphs (`para…`): spans as (start, end) pairs, lengths in distinct terms.
  sentSpans: Grow<Int32Array> = growInt32();
  sentPara: Grow<Int32Array> = growInt32();
  sentLen: Grow<Int32Array> = growInt32();
  sentLive: Grow<Uint8Array> = new Grow(new Uint8Array(16));
  paraSpans: Grow<Int32Array> = growInt32();
  paraDoc: Grow<Int32Array> = growInt32();
  paraLen: Grow<Int32Array> = growInt32();
  liveSentences = 0;
  liveParagraphs = 0;
  sumSentLen = 0;
  sumParaLen = 0;
  /** Σ over live paragraphs of their document's title length. */
  sumTitleLen = 0;
  deadSentences = 0;

  postings = new Postings();
  /** Title term id → numbers of the documents whose title holds it (in increasing order). */
  titleIndex = new Map<number, Set<number>>();
  /** `titleRow`s made since the titles last changed. */
  private readonly titleRows = new Map<number, TitleRow>();
  /** Document frequencies and score bounds per term id. */
  stats = new TermStats();

  // Scratch of `indexDocument`: per term id, the sentence and paragraph it was last seen in, and its slot in `local`.
  private seenSent: Int32Array = new Int32Array(1024).fill(-1);
  private seenPara: Int32Array = new Int32Array(1024).fill(-1);
  private slot: Int32Array = new Int32Array(1024);
  private local: Int32Array = new Int32Array(256);
  private localTf: Int32Array = new Int32Array(256);
  /** The terms of the current paragraph and, per term id, its frequency there (valid while seenPara = paragraph). */
  private paraTerms: Grow<Int32Array> = growInt32();
  private paraTf: Int32Array = new Int32Array(1024);

  /**
   * Makes room, ahead of need, for `sentences` more sentences (and as many paragraphs) in at most one of the
   * sentence and paragraph arrays; true when one grew. They fill in step, so growing them only as they fill
   * copies all of them at once (tens of megabytes at the end of a big build): this spreads the copies out.
   */
  growAhead(sentences: number): boolean {
    const s = this.sentLen.length + sentences;
    const p = this.paraLen.length + sentences;
    const wanted: [Grow<Int32Array> | Grow<Uint8Array>, number][] = [
      [this.sentSpans, 2 * s],
      [this.sentPara, s],
      [this.sentLen, s],
      [this.sentLive, s],
      [this.paraSpans, 2 * p],
      [this.paraDoc, p],
      [this.paraLen, p],
    ];
    for (const [array, n] of wanted) {
      if (array.data.length >= n) continue;
      array.reserve(n);
      return true;
    }
    return false;
  }

  /** Indexes one document (replacing any with its id); returns its number of passages. */
  indexDocument(document: SourceDocument): number {
    this.removeDocument(document.id);
    const number = this.docs.length;
    const entry: DocumentEntry = {
      document,
      number,
      firstSentence: this.sentLen.length,
      sentenceCount: 0,
      firstParagraph: this.paraLen.length,
      paragraphCount: 0,
      titleTerms: NO_TERMS,
      titleTfs: NO_TERMS,
      // Set on first use: present from the start, so that every entry has one shape (the search reads entries in
      // its hot loops; entries of two shapes made V8 drop its optimised code again and again).
      passages: undefined,
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
      const tokens = tokenize(text.slice(start, end));
      let distinct = 0;
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
            this.paraTf[id] = 0;
            this.paraTerms.push(id);
            paragraphDistinct++;
          }
        }
      }
      for (let k = 0; k < distinct; k++) {
        const id = local[k];
        const tf = localTf[k] > MAX_TERM_FREQUENCY ? MAX_TERM_FREQUENCY : localTf[k];
        this.postings.add(id, s, tf);
        this.stats.sentence(id, tf, distinct, 1);
        this.paraTf[id] += tf;
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
    if (document.title) this.indexTitle(entry, document.title);
    this.liveSentences += entry.sentenceCount;
    this.liveParagraphs += entry.paragraphCount;
    this.sumTitleLen += entry.paragraphCount * entry.titleTerms.length;
    this.docs.push(entry);
    this.entries.set(document.id, entry);
    this.addKey(document);
    return entry.sentenceCount;
  }

  private indexTitle(entry: DocumentEntry, title: string): void {
    const ids: number[] = [];
    const tfs: number[] = [];
    for (const token of tokenize(title)) {
      const id = this.termOf(token);
      if (id < 0) continue;
      const at = ids.indexOf(id);
      if (at >= 0) tfs[at]++;
      else {
        ids.push(id);
        tfs.push(1);
      }
    }
    entry.titleTerms = ids;
    entry.titleTfs = tfs;
    ids.forEach((id, k) => this.stats.title(id, tfs[k], ids.length, entry.paragraphCount, 1));
    this.titleRows.clear();
    for (const id of ids) {
      let docs = this.titleIndex.get(id);
      if (!docs) this.titleIndex.set(id, (docs = new Set()));
      docs.add(entry.number);
    }
  }

  private closeParagraph(paragraph: number, distinct: number): void {
    this.paraLen.data[paragraph] = distinct;
    this.sumParaLen += distinct;
    const terms = this.paraTerms.data;
    for (let k = 0; k < this.paraTerms.length; k++) this.stats.paragraph(terms[k], this.paraTf[terms[k]], distinct, 1);
    this.paraTerms.length = 0;
  }

  /** The term id of a raw token (-1 for stopwords and noise), adding new terms to the vocabulary. */
  private termOf(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      const term = processTerm(token);
      id = term ? (this.termIds.get(term) ?? this.addTerm(term)) : -1;
      if (this.tokenIds.size >= TOKEN_CACHE_LIMIT) this.tokenIds.clear();
      this.tokenIds.set(token, id);
    }
    if (id >= this.seenSent.length) this.growScratch(id + 1);
    return id;
  }

  /** Forgets the raw token → term id memo (it refills as documents are indexed). */
  releaseTokenCache(): void {
    this.tokenIds.clear();
  }

  /** Adds a term to the vocabulary; returns its id. */
  addTerm(term: string): number {
    const id = this.termList.length;
    this.termList.push(term);
    this.termIds.set(term, id);
    this.stats.ensure(id + 1);
    return id;
  }

  /** Makes the per-term scratch of `indexDocument` hold at least `n` term ids (a restored vocabulary can be large). */
  private growScratch(n: number): void {
    const size = Math.max(this.seenSent.length * 2, n);
    const a = new Int32Array(size).fill(-1);
    a.set(this.seenSent);
    this.seenSent = a;
    const b = new Int32Array(size).fill(-1);
    b.set(this.seenPara);
    this.seenPara = b;
    const c = new Int32Array(size);
    c.set(this.slot);
    this.slot = c;
    const d = new Int32Array(size);
    d.set(this.paraTf);
    this.paraTf = d;
  }

  addKey(document: SourceDocument): void {
    const key = document.key.toLowerCase();
    const ids = this.byKey.get(key);
    if (ids === undefined || ids === document.id) this.byKey.set(key, document.id);
    else if (typeof ids === 'string') this.byKey.set(key, new Set([ids, document.id]));
    else ids.add(document.id);
  }

  /** Removes a document: flags its sentences dead and drops it from the statistics. False for an unknown id. */
  removeDocument(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.uncount(entry);
    this.entries.delete(id);
    this.docs[entry.number] = undefined;
    const key = entry.document.key.toLowerCase();
    const ids = this.byKey.get(key);
    if (ids === id) this.byKey.delete(key);
    else if (typeof ids === 'object') {
      ids.delete(id);
      if (ids.size === 0) this.byKey.delete(key);
    }
    for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) {
      this.sentLive.data[s] = 0;
      this.sumSentLen -= this.sentLen.data[s];
    }
    for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) this.sumParaLen -= this.paraLen.data[p];
    if (entry.titleTerms.length) this.titleRows.clear();
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
   * Takes a document's sentences, paragraphs and title out of the document frequencies (its terms read again from
   * its text, as `indexDocument` read them).
   */
  private uncount(entry: DocumentEntry): void {
    const text = entry.document.text;
    const spans = this.sentSpans.data;
    const para = this.sentPara.data;
    let paragraph = -1;
    const paragraphTerms = new Set<number>();
    const flush = () => {
      for (const t of paragraphTerms) this.stats.paragraph(t, 0, 0, -1);
      paragraphTerms.clear();
    };
    const sentenceTerms = new Set<number>();
    for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) {
      if (para[s] !== paragraph) {
        flush();
        paragraph = para[s];
      }
      sentenceTerms.clear();
      for (const token of tokenize(text.slice(spans[2 * s], spans[2 * s + 1]))) {
        const id = this.termOf(token);
        if (id >= 0) sentenceTerms.add(id);
      }
      for (const t of sentenceTerms) {
        this.stats.sentence(t, 0, 0, -1);
        paragraphTerms.add(t);
      }
    }
    flush();
    entry.titleTerms.forEach((t, k) => this.stats.title(t, entry.titleTfs[k], 0, entry.paragraphCount, -1));
  }

  // -------------------------------------------------------------------------------------------------------
  // Reading

  /** The documents whose title holds a term (see `TitleRow`); undefined when none does. */
  titleRow(term: number): TitleRow | undefined {
    let row = this.titleRows.get(term);
    if (row) return row;
    const docs = this.titleIndex.get(term);
    if (!docs || docs.size === 0) return undefined;
    const numbers = Int32Array.from(docs).sort();
    const tfs = new Int32Array(numbers.length);
    const lengths = new Int32Array(numbers.length);
    numbers.forEach((d, i) => {
      const entry = this.docs[d]!;
      tfs[i] = entry.titleTfs[entry.titleTerms.indexOf(term)];
      lengths[i] = entry.titleTerms.length;
    });
    row = { docs: numbers, tfs, lengths };
    this.titleRows.set(term, row);
    return row;
  }

  /** Forgets the title rows (after the titles were changed from outside, by a restore). */
  titlesChanged(): void {
    this.titleRows.clear();
  }

  /** Number of live sentences holding a term. */
  sentenceDf(term: number): number {
    return term < this.stats.size ? this.stats.sentenceDf.data[term] : 0;
  }

  /** The entry of a sentence's document. */
  entryOfSentence(s: number): DocumentEntry {
    return this.docs[this.paraDoc.data[this.sentPara.data[s]]]!;
  }

  passagesOfEntry(entry: DocumentEntry): Passage[] {
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

  // -------------------------------------------------------------------------------------------------------
  // Merging

  /** Whether there is anything to merge: delta postings, removed sentences or removed document numbers. */
  needsMerge(): boolean {
    return this.postings.deltaSize > 0 || this.deadSentences > 0 || this.docs.length !== this.entries.size;
  }

  /**
   * Whether a merge is due: when the delta outgrows the main postings (so merges cost at most twice the postings
   * over a build), or removed sentences are more than half the live ones; `mergeAt` is the least either must reach.
   */
  shouldMerge(mergeAt: number): boolean {
    return this.postings.deltaSize > Math.max(mergeAt, this.postings.mainSize) || this.deadSentences > Math.max(mergeAt, this.liveSentences / 2);
  }

  /**
   * Rebuilds the main postings from the main and delta parts, dropping removed sentences and renumbering the
   * live sentences, paragraphs and documents in order (so postings stay sorted by sentence). Yields every few
   * hundred thousand steps; the data changes only at the last step.
   */
  *mergeSteps(): Generator<void, void, void> {
    if (!this.needsMerge()) return;
    const removals = this.deadSentences > 0;
    const slice = new TimeSlice();
    let work = 0;
    const nS = this.sentLen.length;
    const nP = this.paraLen.length;
    const newSentence = new Int32Array(nS);
    const newParagraph = new Int32Array(nP).fill(-1);
    const newDocument = new Int32Array(this.docs.length).fill(-1);
    const sentSpans = growInt32(2 * this.liveSentences + 16);
    const sentPara = growInt32(this.liveSentences + 16);
    const sentLen = growInt32(this.liveSentences + 16);
    const paraSpans = growInt32(2 * this.liveParagraphs + 16);
    const paraDoc = growInt32(this.liveParagraphs + 16);
    const paraLen = growInt32(this.liveParagraphs + 16);
    const docs: DocumentEntry[] = [];
    const firsts: number[] = [];
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
      firsts.push(firstSentence, firstParagraph);
      work += entry.sentenceCount + entry.paragraphCount + 1;
      if (work > CHECK_EVERY) {
        work = 0;
        if (slice.due()) {
          yield;
          slice.next();
        }
      }
    }
    const main = yield* this.postings.mergeSteps(this.termList.length, this.sentLive.data, newSentence);
    // The title index renumbered (before the commit: nothing below changes the index until its last step).
    const titleIndex = new Map<number, Set<number>>();
    const renumbered = this.docs.length !== docs.length;
    if (!renumbered) slice.next();
    for (const [t, set] of this.titleIndex) {
      if (!renumbered) break;
      const next = new Set<number>();
      for (const d of set) next.add(newDocument[d]);
      titleIndex.set(t, next);
      if (++work > CHECK_EVERY / 16) {
        work = 0;
        if (slice.due()) {
          yield;
          slice.next();
        }
      }
    }
    // Commit.
    docs.forEach((entry, number) => {
      entry.number = number;
      entry.firstSentence = firsts[2 * number];
      entry.firstParagraph = firsts[2 * number + 1];
    });
    if (renumbered) this.titleIndex = titleIndex;
    this.titleRows.clear();
    this.docs = docs;
    this.sentSpans = sentSpans;
    this.sentPara = sentPara;
    this.sentLen = sentLen;
    this.sentLive = Grow.of(new Uint8Array(sentLen.length).fill(1));
    this.paraSpans = paraSpans;
    this.paraDoc = paraDoc;
    this.paraLen = paraLen;
    this.postings.commit(main);
    this.deadSentences = 0;
    this.seenSent.fill(-1);
    this.seenPara.fill(-1);
    // The document frequencies stay exact through a merge; after removals, the score bounds of terms whose longest
    // or shortest fields went are tightened by a recount (the caller may stop before it ends: the old ones hold).
    if (removals) this.stats = yield* this.recountSteps();
  }

  /** Term statistics counted afresh from the postings (see `TermStats`). */
  recountSteps(): Generator<void, TermStats, void> {
    return recountSteps({
      postings: this.postings,
      termCount: this.termList.length,
      sentenceLive: this.sentLive.data,
      sentenceLength: this.sentLen.data,
      sentenceParagraph: this.sentPara.data,
      paragraphLength: this.paraLen.data,
      documents: this.docs,
    });
  }
}
