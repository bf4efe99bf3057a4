/**
 * Per-term statistics of the source index, by term id, kept up to date as documents come and go:
 *
 * - the document frequencies the scores need, exact for the live passages: sentences holding the term (`sentenceDf`),
 *   paragraphs holding it (`paragraphDf`), and the paragraphs of the documents whose title holds it (`titleDf`,
 *   a title counting once per paragraph of its document, as the paragraph scores see it);
 * - for each field (sentence, paragraph, title), the largest frequency of the term and the fewest distinct terms of
 *   a field holding it: the inputs of an upper bound of the term's score (`bm25Bound`), which lets the search
 *   skip postings that cannot change its best hits. Adding a field can only raise the one and lower the other;
 *   removing one leaves them (a bound that is too high stays a bound); a merge recomputes them exactly. They are
 *   saved with the index (`saved`) and checked when it is restored (`fromSaved`).
 */
import { TimeSlice } from '../eventLoop';
import { DecodeBuffer, Grow, growInt32, type Postings, type RowSlice } from './postings';

/** Postings counted between two looks at the clock in `recountSteps`. */
const CHECK_EVERY = 16_384;

/** What `recountSteps` reads: the postings, which sentences are live, the field lengths and the documents' titles. */
export interface CountSource {
  postings: Postings;
  termCount: number;
  sentenceLive: Uint8Array;
  sentenceLength: Int32Array;
  sentenceParagraph: Int32Array;
  paragraphLength: Int32Array;
  documents: Iterable<{ paragraphCount: number; titleTerms: readonly number[]; titleTfs: readonly number[] } | undefined>;
}

export class TermStats {
  sentenceDf: Grow<Int32Array> = growInt32();
  paragraphDf: Grow<Int32Array> = growInt32();
  titleDf: Grow<Int32Array> = growInt32();
  sentenceMaxTf: Grow<Int32Array> = growInt32();
  sentenceMinLength: Grow<Int32Array> = growInt32();
  paragraphMaxTf: Grow<Int32Array> = growInt32();
  paragraphMinLength: Grow<Int32Array> = growInt32();
  titleMaxTf: Grow<Int32Array> = growInt32();
  titleMinLength: Grow<Int32Array> = growInt32();

  /** Number of term ids covered. */
  get size(): number {
    return this.sentenceDf.length;
  }

  /** Makes room for term ids below `n` (new terms: no field yet, so no frequency and an infinite shortest field). */
  ensure(n: number): void {
    if (n <= this.sentenceDf.length) return;
    for (const g of [this.sentenceDf, this.paragraphDf, this.titleDf, this.sentenceMaxTf, this.paragraphMaxTf, this.titleMaxTf]) fill(g, n, 0);
    for (const g of [this.sentenceMinLength, this.paragraphMinLength, this.titleMinLength]) fill(g, n, 0x7fffffff);
  }

  /** One sentence of `length` distinct terms holds `term` `tf` times (`sign` -1: a removed sentence). */
  sentence(term: number, tf: number, length: number, sign: 1 | -1): void {
    this.sentenceDf.data[term] += sign;
    if (sign < 0) return;
    if (tf > this.sentenceMaxTf.data[term]) this.sentenceMaxTf.data[term] = tf;
    if (length < this.sentenceMinLength.data[term]) this.sentenceMinLength.data[term] = length;
  }

  paragraph(term: number, tf: number, length: number, sign: 1 | -1): void {
    this.paragraphDf.data[term] += sign;
    if (sign < 0) return;
    if (tf > this.paragraphMaxTf.data[term]) this.paragraphMaxTf.data[term] = tf;
    if (length < this.paragraphMinLength.data[term]) this.paragraphMinLength.data[term] = length;
  }

  /** A title of `length` distinct terms, of a document of `paragraphs` paragraphs, holds `term` `tf` times. */
  title(term: number, tf: number, length: number, paragraphs: number, sign: 1 | -1): void {
    this.titleDf.data[term] += sign * paragraphs;
    if (sign < 0) return;
    if (tf > this.titleMaxTf.data[term]) this.titleMaxTf.data[term] = tf;
    if (length < this.titleMinLength.data[term]) this.titleMinLength.data[term] = length;
  }

  /** Empty statistics for `n` term ids (before a recount). */
  static empty(n: number): TermStats {
    const stats = new TermStats();
    stats.ensure(n);
    return stats;
  }

  /**
   * The sentence and paragraph statistics of the first `n` term ids as one array (`SAVED_FIELDS` blocks of `n`),
   * for the index cache: a warm start takes them instead of counting them again from every posting (the largest
   * part of its work). Titles are not in it: they are counted from the documents' titles on restore (`addTitles`).
   */
  saved(n: number): Int32Array {
    const out = new Int32Array(SAVED_FIELDS * n);
    this.savedFields().forEach((g, k) => out.set(g.data.subarray(0, n), k * n));
    return out;
  }

  /**
   * Statistics from their saved form (`saved`), for `n` term ids of an index of `sentences` sentences and
   * `paragraphs` paragraphs, with no title counted yet; undefined when the array cannot be the statistics of such
   * an index (wrong length, a frequency out of range, a field length below 1 or a largest frequency below 1 for a
   * term that occurs, or an occurrence of a term that does not).
   */
  static fromSaved(saved: Int32Array, n: number, sentences: number, paragraphs: number): TermStats | undefined {
    if (saved.length !== SAVED_FIELDS * n) return undefined;
    for (const [dfAt, limit] of [[0, sentences], [3 * n, paragraphs]]) {
      for (let t = 0; t < n; t++) {
        const df = saved[dfAt + t];
        const maxTf = saved[dfAt + n + t];
        const minLength = saved[dfAt + 2 * n + t];
        if (!(df >= 0 && df <= limit)) return undefined;
        // A term that no live field holds may keep the bounds of fields since removed (a bound too high stays one).
        if (df > 0 && (maxTf < 1 || minLength < 1)) return undefined;
        if (maxTf < 0 || minLength < 0) return undefined;
      }
    }
    const stats = TermStats.empty(n);
    stats.savedFields().forEach((g, k) => g.data.set(saved.subarray(k * n, (k + 1) * n)));
    return stats;
  }

  /** The fields `saved` holds, in its order. */
  private savedFields(): Grow<Int32Array>[] {
    return [this.sentenceDf, this.sentenceMaxTf, this.sentenceMinLength, this.paragraphDf, this.paragraphMaxTf, this.paragraphMinLength];
  }
}

/** Fields of the saved statistics (`TermStats.saved`): sentence and paragraph frequency, largest frequency, shortest field. */
export const SAVED_FIELDS = 6;

/** Adds the documents' titles to statistics that have none yet; they are then complete. */
export function addTitles(stats: TermStats, documents: CountSource['documents']): TermStats {
  const termCount = stats.size;
  for (const entry of documents) {
    if (!entry) continue;
    const n = entry.titleTerms.length;
    for (let k = 0; k < n; k++) {
      if (entry.titleTerms[k] < termCount) stats.title(entry.titleTerms[k], entry.titleTfs[k], n, entry.paragraphCount, 1);
    }
  }
  return stats;
}

/** The statistics of every term counted afresh from the postings (exact bounds), yielding between slices. */
export function* recountSteps(source: CountSource): Generator<void, TermStats, void> {
  const { postings, termCount } = source;
  const counter = new TermCounter(source);
  const buffer = new DecodeBuffer();
  const slice = new TimeSlice();
  let work = 0;
  for (let t = 0; t < termCount; t++) {
    buffer.fill = 0;
    const { main, delta } = postings.rows(t, buffer);
    work += counter.count(t, main, delta) + 1;
    if (work > CHECK_EVERY) {
      work = 0;
      if (slice.due()) {
        yield;
        slice.next();
      }
    }
  }
  return counter.finish(source.documents);
}

/**
 * Term statistics counted from each term's postings, term by term (`recountSteps`, after a merge; a restore takes
 * them from the cache instead).
 */
export class TermCounter {
  readonly stats: TermStats;
  private readonly live: Uint8Array;
  private readonly sentenceLength: Int32Array;
  private readonly sentenceParagraph: Int32Array;
  private readonly paragraphLength: Int32Array;

  constructor(source: Omit<CountSource, 'postings' | 'documents'>) {
    this.stats = TermStats.empty(source.termCount);
    this.live = source.sentenceLive;
    this.sentenceLength = source.sentenceLength;
    this.sentenceParagraph = source.sentenceParagraph;
    this.paragraphLength = source.paragraphLength;
  }

  /** Counts term `t`'s postings (main part, then delta; in sentence order); returns how many were read. */
  count(t: number, main?: RowSlice, delta?: RowSlice): number {
    const { live, sentenceLength, sentenceParagraph, paragraphLength } = this;
    let last = -1;
    let sum = 0;
    let df = 0;
    let maxTf = 0;
    let minLength = 0x7fffffff;
    let pDf = 0;
    let pMaxTf = 0;
    let pMinLength = 0x7fffffff;
    let read = 0;
    for (let r = 0; r < 2; r++) {
      const row = r === 0 ? main : delta;
      if (!row) continue;
      const { ids, tfs, start, end } = row;
      for (let i = start; i < end; i++) {
        const s = ids[i];
        if (!live[s]) continue;
        const tf = tfs[i];
        df++;
        if (tf > maxTf) maxTf = tf;
        const length = sentenceLength[s];
        if (length < minLength) minLength = length;
        const p = sentenceParagraph[s];
        if (p !== last) {
          if (last >= 0) {
            pDf++;
            if (sum > pMaxTf) pMaxTf = sum;
            if (paragraphLength[last] < pMinLength) pMinLength = paragraphLength[last];
          }
          last = p;
          sum = 0;
        }
        sum += tf;
      }
      read += end - start;
    }
    if (last >= 0) {
      pDf++;
      if (sum > pMaxTf) pMaxTf = sum;
      if (paragraphLength[last] < pMinLength) pMinLength = paragraphLength[last];
    }
    const stats = this.stats;
    stats.sentenceDf.data[t] = df;
    stats.sentenceMaxTf.data[t] = maxTf;
    stats.sentenceMinLength.data[t] = minLength;
    stats.paragraphDf.data[t] = pDf;
    stats.paragraphMaxTf.data[t] = pMaxTf;
    stats.paragraphMinLength.data[t] = pMinLength;
    return read;
  }

  /** Adds the documents' titles; the statistics are then complete. */
  finish(documents: CountSource['documents']): TermStats {
    return addTitles(this.stats, documents);
  }
}

function fill(g: Grow<Int32Array>, n: number, value: number): void {
  const from = g.length;
  g.reserve(n);
  g.data.fill(value, from, n);
  g.length = n;
}
