/**
 * The whole state of a source index as plain data and typed arrays (structured-clone friendly, so `v8.serialize`
 * takes it fast), and its restoration with the same documents. Used by the workspace's index cache
 * (`persist.ts`): a restored index answers exactly as the one that was saved.
 */
import { runStepsNow, TimeSlice } from '../eventLoop';
import type { Passage, SourceDocument } from '../types';
import { IndexData, NO_TERMS, type DocumentEntry } from './indexData';
import { Grow, Postings } from './postings';
import { addTitles, TermStats } from './termStats';

/** Changes whenever the indexed terms or the snapshot layout change; saved indexes of another version are refused. */
export const INDEX_FORMAT_VERSION = 'terms-2/index-4';

/** Strings by position: an array, or a column of packed strings read back (each made when asked for). */
export interface StringList {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface SourceIndexSnapshot {
  format: 'claimcheck-source-index';
  formatVersion: 3;
  /** `INDEX_FORMAT_VERSION` of the index that saved it. */
  options: string;
  /** Document ids in document-number order ('' for a removed number): an array, or a column read back. */
  documents: StringList;
  /** Per document number: first sentence, sentence count, first paragraph, paragraph count, title length. */
  documentRanges: Int32Array | number[];
  /** The vocabulary by term id: an array, or a column read back. */
  terms: StringList;
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
  /** The compressed main postings (`postings.ts`): byte offsets per term id, and the bytes. */
  offsets: Int32Array | number[];
  postingBytes: Uint8Array | number[];
  /**
   * The terms' sentence and paragraph statistics (`TermStats.saved`: frequencies and score bounds, six blocks of
   * one value per term), so that a restore need not count them from every posting.
   */
  termStats: Int32Array | number[];
  /** Postings added since the last merge, as (term, sentence, tf). */
  deltaTerms: Int32Array | number[];
  deltaSentences: Int32Array | number[];
  deltaTfs: Uint16Array | number[];
}

/** Fields of a document range in `documentRanges`. */
const RANGE_FIELDS = 5;

export function takeSnapshot(data: IndexData): SourceIndexSnapshot {
  return runStepsNow(snapshotSteps(data));
}

/** Array elements copied between two looks at the clock in `snapshotSteps`. */
const COPY_SLICE = 1 << 20;

/**
 * `takeSnapshot` in slices; the data must not change meanwhile (`SourceIndex.snapshotAsync` checks its version
 * and starts again when it did).
 */
export function* snapshotSteps(data: IndexData): Generator<void, SourceIndexSnapshot, void> {
  const slice = new TimeSlice();
  const pause = function* (): Generator<void, void, void> {
    if (slice.due()) {
      yield;
      slice.next();
    }
  };
  const copy = function* <A extends Int32Array | Uint8Array | Uint16Array>(view: A): Generator<void, A, void> {
    const out = new (view.constructor as new (n: number) => A)(view.length);
    for (let at = 0; at < view.length; at += COPY_SLICE) {
      out.set(view.subarray(at, Math.min(view.length, at + COPY_SLICE)) as never, at);
      yield* pause();
    }
    return out;
  };
  const ranges = new Int32Array(RANGE_FIELDS * data.docs.length);
  const ids: string[] = [];
  for (let d = 0; d < data.docs.length; d++) {
    const entry = data.docs[d];
    ids.push(entry ? entry.document.id : '');
    if (entry) ranges.set([entry.firstSentence, entry.sentenceCount, entry.firstParagraph, entry.paragraphCount, entry.titleTerms.length], RANGE_FIELDS * d);
    if ((d & 0x3ff) === 0x3ff) yield* pause();
  }
  const title: number[] = [];
  for (const [term, docs] of data.titleIndex) {
    title.push(term, docs.size);
    for (const d of docs) {
      const entry = data.docs[d]!;
      title.push(d, entry.titleTfs[entry.titleTerms.indexOf(term)]);
    }
    if (title.length > COPY_SLICE / 16) yield* pause();
  }
  const postings = data.postings.parts();
  // Changed in place as documents come and go: a copy (a few MB at most; one pass).
  const termStats = data.stats.saved(data.termList.length);
  yield* pause();
  return {
    format: 'claimcheck-source-index',
    formatVersion: 3,
    options: INDEX_FORMAT_VERSION,
    documents: ids,
    documentRanges: ranges,
    terms: data.termList.slice(),
    titlePostings: Int32Array.from(title),
    sentenceCount: data.sentLen.length,
    paragraphCount: data.paraLen.length,
    // Views, not copies, of the arrays whose first `length` values never change (they are appended to, or
    // replaced by a merge); a removal flags sentences dead in place, so that one is copied.
    sentenceSpans: data.sentSpans.view(),
    sentenceParagraph: data.sentPara.view(),
    sentenceLength: data.sentLen.view(),
    sentenceLive: yield* copy(data.sentLive.view()),
    paragraphSpans: data.paraSpans.view(),
    paragraphDocument: data.paraDoc.view(),
    paragraphLength: data.paraLen.view(),
    termStats,
    offsets: postings.main.offsets,
    postingBytes: postings.main.bytes,
    deltaTerms: postings.deltaTerms,
    deltaSentences: postings.deltaSentences,
    deltaTfs: postings.deltaTfs,
  };
}

/**
 * The index data of a snapshot, given the same documents (by id, in any order). Throws when the snapshot is of
 * another format or version, or does not fit the documents.
 */
export function restoreData(snapshot: SourceIndexSnapshot, documents: readonly SourceDocument[], split?: (document: SourceDocument) => Passage[]): IndexData {
  return runStepsNow(restoreSteps(snapshot, documents, split));
}

/** Documents (terms) restored between two looks at the clock in `restoreSteps`. */
const CHECK_EVERY = 1024;

/** `restoreData` in slices, between which the caller may let other work run (`SourceIndex.restoreAsync`). */
export function* restoreSteps(snapshot: SourceIndexSnapshot, documents: readonly SourceDocument[], split?: (document: SourceDocument) => Passage[]): Generator<void, IndexData, void> {
  if (!snapshot || snapshot.format !== 'claimcheck-source-index' || snapshot.formatVersion !== 3) throw new Error('Not a Claimcheck source index.');
  if (snapshot.options !== INDEX_FORMAT_VERSION) throw new Error('The saved source index was built with another tokenizer.');
  const data = new IndexData(split);
  const slice = new TimeSlice();
  // Whether to yield after item k (at most every CHECK_EVERY items, when the slice is used up). Not a generator
  // to delegate to: one per item made tens of MB of garbage over a big workspace's documents and terms.
  const due = (k: number) => k % CHECK_EVERY === CHECK_EVERY - 1 && slice.due();
  const byId = new Map<string, SourceDocument>();
  for (let k = 0; k < documents.length; k++) {
    byId.set(documents[k].id, documents[k]);
    if (due(k)) {
      yield;
      slice.next();
    }
  }
  let live = 0;
  for (let k = 0; k < snapshot.documents.length; k++) {
    const id = snapshot.documents.at(k) ?? '';
    if (id === '') continue;
    if (!byId.has(id)) throw new Error('The saved source index was built from other documents.');
    live++;
    if (due(k)) {
      yield;
      slice.next();
    }
  }
  if (live !== byId.size) throw new Error('The saved source index was built from other documents.');
  const i32 = (a: Int32Array | number[]) => (a instanceof Int32Array ? a : Int32Array.from(a));
  const u16 = (a: Uint16Array | number[]) => (a instanceof Uint16Array ? a : Uint16Array.from(a));
  const n = snapshot.sentenceCount;
  const np = snapshot.paragraphCount;
  data.sentSpans = Grow.of(i32(snapshot.sentenceSpans));
  data.sentPara = Grow.of(i32(snapshot.sentenceParagraph));
  data.sentLen = Grow.of(i32(snapshot.sentenceLength));
  data.sentLive = Grow.of(snapshot.sentenceLive instanceof Uint8Array ? snapshot.sentenceLive : Uint8Array.from(snapshot.sentenceLive));
  data.paraSpans = Grow.of(i32(snapshot.paragraphSpans));
  data.paraDoc = Grow.of(i32(snapshot.paragraphDocument));
  data.paraLen = Grow.of(i32(snapshot.paragraphLength));
  if (data.sentSpans.length !== 2 * n || data.sentPara.length !== n || data.sentLen.length !== n || data.sentLive.length !== n) throw new Error('The saved source index is damaged.');
  if (data.paraSpans.length !== 2 * np || data.paraDoc.length !== np || data.paraLen.length !== np) throw new Error('The saved source index is damaged.');
  const delta = { terms: i32(snapshot.deltaTerms), sentences: i32(snapshot.deltaSentences), tfs: u16(snapshot.deltaTfs) };
  // The terms' statistics as saved (the cache's records are authenticated; their values are checked against the
  // index's counts here). A snapshot without them is refused: saved by an older version.
  // (The steps below keep time slices of their own: each starts after a yield, so that its slice is not added
  // to what this one has used.)
  yield;
  const stats = snapshot.termStats ? TermStats.fromSaved(i32(snapshot.termStats), snapshot.terms.length, n, np) : undefined;
  if (!stats) throw new Error('The saved source index is damaged.');
  yield;
  data.postings = yield* Postings.fromPartsSteps(
    { offsets: i32(snapshot.offsets), bytes: snapshot.postingBytes instanceof Uint8Array ? snapshot.postingBytes : Uint8Array.from(snapshot.postingBytes) },
    delta,
    snapshot.terms.length,
    n,
  );
  data.stats = stats;
  yield;
  slice.next();
  for (let k = 0; k < snapshot.terms.length; k++) {
    data.addTerm(snapshot.terms.at(k) ?? '');
    if (due(k)) {
      yield;
      slice.next();
    }
  }
  const ranges = i32(snapshot.documentRanges);
  // Title terms placed so far, per document number.
  const titleLen = new Int32Array(snapshot.documents.length);
  for (let number = 0; number < snapshot.documents.length; number++) {
    if (due(number)) {
      yield;
      slice.next();
    }
    const id = snapshot.documents.at(number) ?? '';
    if (id === '') {
      data.docs.push(undefined);
      continue;
    }
    const document = byId.get(id)!;
    const r = RANGE_FIELDS * number;
    const entry: DocumentEntry = {
      document,
      number,
      firstSentence: ranges[r],
      sentenceCount: ranges[r + 1],
      firstParagraph: ranges[r + 2],
      paragraphCount: ranges[r + 3],
      // Documents without a title share one empty array (a big workspace of plain text has tens of thousands).
      titleTerms: ranges[r + 4] ? new Array<number>(ranges[r + 4]).fill(0) : NO_TERMS,
      titleTfs: ranges[r + 4] ? new Array<number>(ranges[r + 4]).fill(0) : NO_TERMS,
      // Set on first use: present from the start, so that every entry has one shape (the search reads entries in
      // its hot loops; entries of two shapes made V8 drop its optimised code again and again).
      passages: undefined,
    };
    if (entry.firstSentence + entry.sentenceCount > n || entry.firstParagraph + entry.paragraphCount > np) throw new Error('The saved source index is damaged.');
    const last = entry.sentenceCount ? data.sentSpans.data[2 * (entry.firstSentence + entry.sentenceCount - 1) + 1] : 0;
    if (last > document.text.length) throw new Error('The saved source index does not match the text of its documents.');
    data.docs.push(entry);
    // Keyed by the document's own id string (the same text): the snapshot's list of ids is then not kept.
    data.entries.set(document.id, entry);
    data.addKey(document);
    data.liveSentences += entry.sentenceCount;
    data.liveParagraphs += entry.paragraphCount;
    for (let s = entry.firstSentence; s < entry.firstSentence + entry.sentenceCount; s++) data.sumSentLen += data.sentLen.data[s];
    for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) data.sumParaLen += data.paraLen.data[p];
  }
  const title = i32(snapshot.titlePostings);
  for (let i = 0, k = 0; i < title.length; k++) {
    if (due(k)) {
      yield;
      slice.next();
    }
    const term = title[i++];
    const count = title[i++];
    const docs = new Set<number>();
    for (let k = 0; k < count; k++) {
      const d = title[i++];
      const tf = title[i++];
      const entry = data.docs[d];
      if (!entry) throw new Error('The saved source index is damaged.');
      const at = titleLen[d];
      entry.titleTerms[at] = term;
      entry.titleTfs[at] = tf;
      titleLen[d] = at + 1;
      docs.add(d);
    }
    data.titleIndex.set(term, docs);
  }
  data.titlesChanged();
  let k = 0;
  for (const entry of data.entries.values()) {
    data.sumTitleLen += entry.paragraphCount * entry.titleTerms.length;
    if (due(k++)) {
      yield;
      slice.next();
    }
  }
  data.deadSentences = n - data.liveSentences;
  yield;
  // The titles' statistics, from the restored documents' titles.
  addTitles(data.stats, data.docs);
  return data;
}
