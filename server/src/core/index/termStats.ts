/**
 * Per-term statistics of the source index, by term id, kept up to date as documents come and go:
 *
 * - the document frequencies the scores need, exact for the live passages: sentences holding the term (`sentenceDf`),
 *   paragraphs holding it (`paragraphDf`), and the paragraphs of the documents whose title holds it (`titleDf`,
 *   a title counting once per paragraph of its document, as the paragraph scores see it);
 * - for each field (sentence, paragraph, title), the largest frequency of the term and the fewest distinct terms of
 *   a field holding it: the inputs of an upper bound of the term's score (`bm25Bound`), which lets the search
 *   skip postings that cannot change its best hits. Adding a field can only raise the one and lower the other;
 *   removing one leaves them (a bound that is too high stays a bound); a merge recomputes them exactly.
 */
import { TimeSlice } from '../eventLoop';
import { DecodeBuffer, Grow, growInt32, type Postings } from './postings';

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
}

/** The statistics of every term counted afresh from the postings (exact bounds), yielding between slices. */
export function* recountSteps(source: CountSource): Generator<void, TermStats, void> {
  const { postings, termCount, sentenceLive: live, sentenceLength, sentenceParagraph, paragraphLength } = source;
  const stats = TermStats.empty(termCount);
  const sentenceDf = stats.sentenceDf.data;
  const sentenceMaxTf = stats.sentenceMaxTf.data;
  const sentenceMinLength = stats.sentenceMinLength.data;
  const paragraphDf = stats.paragraphDf.data;
  const paragraphMaxTf = stats.paragraphMaxTf.data;
  const paragraphMinLength = stats.paragraphMinLength.data;
  const buffer = new DecodeBuffer();
  const slice = new TimeSlice();
  let work = 0;
  for (let t = 0; t < termCount; t++) {
    buffer.fill = 0;
    const { main, delta } = postings.rows(t, buffer);
    let last = -1;
    let sum = 0;
    let df = 0;
    let maxTf = 0;
    let minLength = 0x7fffffff;
    let pDf = 0;
    let pMaxTf = 0;
    let pMinLength = 0x7fffffff;
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
      work += end - start;
    }
    if (last >= 0) {
      pDf++;
      if (sum > pMaxTf) pMaxTf = sum;
      if (paragraphLength[last] < pMinLength) pMinLength = paragraphLength[last];
    }
    sentenceDf[t] = df;
    sentenceMaxTf[t] = maxTf;
    sentenceMinLength[t] = minLength;
    paragraphDf[t] = pDf;
    paragraphMaxTf[t] = pMaxTf;
    paragraphMinLength[t] = pMinLength;
    if (++work > CHECK_EVERY) {
      work = 0;
      if (slice.due()) {
        yield;
        slice.next();
      }
    }
  }
  for (const entry of source.documents) {
    if (!entry) continue;
    const n = entry.titleTerms.length;
    for (let k = 0; k < n; k++) {
      if (entry.titleTerms[k] < termCount) stats.title(entry.titleTerms[k], entry.titleTfs[k], n, entry.paragraphCount, 1);
    }
  }
  return stats;
}

function fill(g: Grow<Int32Array>, n: number, value: number): void {
  const from = g.length;
  g.reserve(n);
  g.data.fill(value, from, n);
  g.length = n;
}
