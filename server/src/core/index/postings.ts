/**
 * Postings of the source index: for each term id, the sentences that hold the term and how often.
 *
 * Two parts. The main part is compressed: term t's postings are the bytes `bytes[offsets[t]…offsets[t + 1])`, a
 * variable-byte number (7 bits a byte, the high bit set on all but the last byte) for the count, then per posting
 * one for `(gap << 1) | (tf > 1)` — the gap from the previous sentence (the first from -1) — followed, when the
 * flag is set, by one for the frequency. Most postings take one or two bytes (six uncompressed). The delta part
 * holds the postings added since the main part was built, as (term, sentence, tf) triples in the order they came,
 * grouped by term on first use. `mergeSteps` folds both into a new main part, dropping removed sentences and
 * renumbering the others.
 *
 * Reading a term's main postings decodes all of them (`decode`): a sequential pass of a few nanoseconds a posting.
 *
 * Invariant: within a term, postings are in increasing sentence order, in the main part, in the delta part,
 * and main before delta (sentences are numbered in the order they are indexed, and a merge renumbers them in
 * order).
 */

import { runStepsNow, TimeSlice } from '../eventLoop';

/** A growable typed array. */
export class Grow<A extends Int32Array | Uint16Array | Uint8Array> {
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
  static of<A extends Int32Array | Uint16Array | Uint8Array>(data: A): Grow<A> {
    const g = new Grow(data);
    g.length = data.length;
    return g;
  }
}

export const growInt32 = (capacity = 16): Grow<Int32Array> => new Grow(new Int32Array(capacity));

/** Postings per block of the delta. */
const DELTA_BLOCK = 1 << 16;

/**
 * The delta's (term, sentence, tf) triples in blocks of fixed size: appending never copies what is there (a
 * doubling array copied tens of megabytes at once near the end of a big build).
 */
class DeltaBlocks {
  terms: Int32Array[] = [];
  sentences: Int32Array[] = [];
  tfs: Uint16Array[] = [];
  /** Triples in the blocks before the last one, and in the last one. */
  private before = 0;
  private fill = 0;

  get length(): number {
    return this.before + this.fill;
  }

  push(term: number, sentence: number, tf: number): void {
    let last = this.terms.length - 1;
    if (last < 0 || this.fill === this.terms[last].length) {
      if (last >= 0) this.before += this.fill;
      this.terms.push(new Int32Array(DELTA_BLOCK));
      this.sentences.push(new Int32Array(DELTA_BLOCK));
      this.tfs.push(new Uint16Array(DELTA_BLOCK));
      this.fill = 0;
      last++;
    }
    this.terms[last][this.fill] = term;
    this.sentences[last][this.fill] = sentence;
    this.tfs[last][this.fill++] = tf;
  }

  /** Number of triples in block `b`. */
  blockLength(b: number): number {
    return b === this.terms.length - 1 ? this.fill : this.terms[b].length;
  }

  /** The triples as three arrays of their own. */
  toArrays(): { terms: Int32Array; sentences: Int32Array; tfs: Uint16Array } {
    const n = this.length;
    const out = { terms: new Int32Array(n), sentences: new Int32Array(n), tfs: new Uint16Array(n) };
    let at = 0;
    for (let b = 0; b < this.terms.length; b++) {
      const len = this.blockLength(b);
      out.terms.set(this.terms[b].subarray(0, len), at);
      out.sentences.set(this.sentences[b].subarray(0, len), at);
      out.tfs.set(this.tfs[b].subarray(0, len), at);
      at += len;
    }
    return out;
  }

  /** Triples saved as three arrays (one full block: the next push opens another). */
  static of(terms: Int32Array, sentences: Int32Array, tfs: Uint16Array): DeltaBlocks {
    const blocks = new DeltaBlocks();
    if (terms.length > 0) {
      blocks.terms.push(terms);
      blocks.sentences.push(sentences);
      blocks.tfs.push(tfs);
      blocks.fill = terms.length;
    }
    return blocks;
  }
}

/** Term frequencies are kept in 16 bits; a sentence repeating a term more often counts this many. */
export const MAX_TERM_FREQUENCY = 0xffff;

/** The compressed main part: term t's postings are `bytes[offsets[t]…offsets[t + 1])` (see the file comment). */
export interface PackedRows {
  offsets: Int32Array;
  bytes: Uint8Array;
}

/** Uncompressed rows over term ids (the delta, grouped): `offsets[t]…offsets[t + 1]` in `ids` and `tfs`. */
interface PostingRows {
  offsets: Int32Array;
  ids: Int32Array;
  tfs: Uint16Array;
}

/** One term's postings in one part: `ids[start…end)`, `tfs[start…end)`. */
export interface RowSlice {
  ids: Int32Array;
  tfs: Uint16Array;
  start: number;
  end: number;
}

/** Postings visited between two looks at the clock in `mergeSteps`, `deltaSteps` and `fromPartsSteps`. */
const CHECK_EVERY = 16_384;
const CHECK_MASK = 0x3fff;

/** Bytes copied between two looks at the clock. */
const COPY_SLICE = 1 << 20;

const EMPTY_PACKED: PackedRows = { offsets: new Int32Array(1), bytes: new Uint8Array(0) };

/** Where decoded postings go: growable arrays, filled from `fill` on. */
export class DecodeBuffer {
  ids = new Int32Array(1024);
  tfs = new Uint16Array(1024);
  fill = 0;

  reserve(n: number): void {
    if (this.fill + n <= this.ids.length) return;
    const size = Math.max(this.fill + n, this.ids.length * 2);
    const ids = new Int32Array(size);
    ids.set(this.ids.subarray(0, this.fill));
    const tfs = new Uint16Array(size);
    tfs.set(this.tfs.subarray(0, this.fill));
    this.ids = ids;
    this.tfs = tfs;
  }
}

export class Postings {
  private main: PackedRows = EMPTY_PACKED;
  private mainCount = 0;
  private deltaPostings = new DeltaBlocks();
  /** The delta grouped by term, made when a query needs it, dropped when a posting is added. */
  private deltaRows?: PostingRows;

  /** Postings in the main part, removed sentences included. */
  get mainSize(): number {
    return this.mainCount;
  }

  /** Postings added since the main part was built. */
  get deltaSize(): number {
    return this.deltaPostings.length;
  }

  /** Bytes of the main part. */
  get mainBytes(): number {
    return this.main.bytes.length;
  }

  add(term: number, sentence: number, tf: number): void {
    this.deltaPostings.push(term, sentence, tf > MAX_TERM_FREQUENCY ? MAX_TERM_FREQUENCY : tf);
    this.deltaRows = undefined;
  }

  /** Number of main postings of a term (removed sentences included): the first number of its bytes. */
  mainCountOf(term: number): number {
    const { offsets, bytes } = this.main;
    if (term + 1 >= offsets.length || offsets[term + 1] === offsets[term]) return 0;
    return readVarint(bytes, offsets[term]).value;
  }

  /**
   * A term's postings, each part as a slice: the main part decoded into `buffer` (appended from its `fill`), the
   * delta grouped by term (on first use). Removed sentences are included: the reader skips them.
   */
  rows(term: number, buffer: DecodeBuffer): { main?: RowSlice; delta?: RowSlice } {
    const out: { main?: RowSlice; delta?: RowSlice } = {};
    const { offsets, bytes } = this.main;
    if (term + 1 < offsets.length && offsets[term + 1] > offsets[term]) {
      const start = buffer.fill;
      const end = decodeRow(bytes, offsets[term], offsets[term + 1], buffer);
      out.main = { ids: buffer.ids, tfs: buffer.tfs, start, end };
    }
    if (this.deltaSize > 0) {
      const delta = this.delta();
      if (term + 1 < delta.offsets.length && delta.offsets[term + 1] > delta.offsets[term]) {
        out.delta = { ids: delta.ids, tfs: delta.tfs, start: delta.offsets[term], end: delta.offsets[term + 1] };
      }
    }
    return out;
  }

  /** The delta postings grouped by term. */
  private delta(): PostingRows {
    if (this.deltaRows) return this.deltaRows;
    const steps = this.deltaSteps(0);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The work of grouping the delta by term (a counting sort, which keeps sentence order within a term),
   * yielding every million postings. `terms` is a lower bound on the vocabulary size.
   */
  private *deltaSteps(terms: number): Generator<void, PostingRows, void> {
    if (this.deltaRows) return this.deltaRows;
    const slice = new TimeSlice();
    const delta = this.deltaPostings;
    const n = delta.length;
    const blocks = delta.terms.length;
    let termCount = terms;
    for (let b = 0; b < blocks; b++) {
      const term = delta.terms[b];
      const len = delta.blockLength(b);
      for (let i = 0; i < len; i++) if (term[i] >= termCount) termCount = term[i] + 1;
      if (slice.due()) {
        yield;
        slice.next();
      }
    }
    const offsets = new Int32Array(termCount + 1);
    for (let b = 0; b < blocks; b++) {
      const term = delta.terms[b];
      const len = delta.blockLength(b);
      for (let i = 0; i < len; i++) offsets[term[i] + 1]++;
      if (slice.due()) {
        yield;
        slice.next();
      }
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
    const fill = offsets.slice(0, termCount);
    const ids = new Int32Array(n);
    const tfs = new Uint16Array(n);
    for (let b = 0; b < blocks; b++) {
      const term = delta.terms[b];
      const sentence = delta.sentences[b];
      const tf = delta.tfs[b];
      const len = delta.blockLength(b);
      // Scattered writes to fresh memory (page faults): the clock is read more often than once a block.
      for (let from = 0; from < len; from += 8192) {
        const to = Math.min(len, from + 8192);
        for (let i = from; i < to; i++) {
          const at = fill[term[i]]++;
          ids[at] = sentence[i];
          tfs[at] = tf[i];
        }
        if (slice.due()) {
          yield;
          slice.next();
        }
      }
    }
    return (this.deltaRows = { offsets, ids, tfs });
  }

  /**
   * The work of a merge, yielding between slices: main and delta postings of live sentences, renumbered by
   * `newSentence`, as one new main part over `terms` term ids. Changes nothing; `commit` installs the result.
   */
  *mergeSteps(terms: number, live: Uint8Array, newSentence: Int32Array): Generator<void, { rows: PackedRows; count: number }, void> {
    const old = this.main;
    const oldTerms = old.offsets.length - 1;
    const delta = yield* this.deltaSteps(terms);
    const slice = new TimeSlice();
    const offsets = new Int32Array(terms + 1);
    const out = new ByteWriter(Math.max(1024, old.bytes.length + 2 * this.deltaSize));
    const buffer = new DecodeBuffer();
    let count = 0;
    let work = 0;
    for (let t = 0; t < terms; t++) {
      offsets[t] = out.length;
      buffer.fill = 0;
      let n = 0;
      const ids = buffer;
      if (t < oldTerms && old.offsets[t + 1] > old.offsets[t]) n = decodeRow(old.bytes, old.offsets[t], old.offsets[t + 1], buffer);
      // Live postings of both parts, renumbered, in place at the front of the buffer.
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = ids.ids[i];
        if (!live[s]) continue;
        ids.ids[kept] = newSentence[s];
        ids.tfs[kept++] = ids.tfs[i];
      }
      if (t + 1 < delta.offsets.length) {
        const from = delta.offsets[t];
        const to = delta.offsets[t + 1];
        buffer.fill = kept;
        buffer.reserve(to - from);
        for (let i = from; i < to; i++) {
          const s = delta.ids[i];
          if (!live[s]) continue;
          buffer.ids[kept] = newSentence[s];
          buffer.tfs[kept++] = delta.tfs[i];
        }
      }
      if (kept > 0) encodeRow(buffer.ids, buffer.tfs, kept, out);
      count += kept;
      work += n + kept + 8;
      if (work > CHECK_EVERY) {
        work = 0;
        if (slice.due()) {
          yield;
          slice.next();
        }
      }
    }
    offsets[terms] = out.length;
    return { rows: { offsets, bytes: yield* out.bytesSteps() }, count };
  }

  /** Installs a merged main part and empties the delta. */
  commit(merged: { rows: PackedRows; count: number }): void {
    this.main = merged.rows;
    this.mainCount = merged.count;
    this.deltaPostings = new DeltaBlocks();
    this.deltaRows = undefined;
  }

  /** Both parts as arrays (the main part's are exact-size and replaced, never changed, by a merge: no copy). */
  parts(): { main: PackedRows; deltaTerms: Int32Array; deltaSentences: Int32Array; deltaTfs: Uint16Array } {
    const delta = this.deltaPostings.toArrays();
    return { main: this.main, deltaTerms: delta.terms, deltaSentences: delta.sentences, deltaTfs: delta.tfs };
  }

  /**
   * Postings from saved parts, checked against the vocabulary size and the sentence count (every main row is
   * decoded: well-formed numbers, increasing sentences below the count, frequencies from 1); throws on data that
   * does not fit.
   */
  static fromParts(
    main: PackedRows,
    delta: { terms: Int32Array; sentences: Int32Array; tfs: Uint16Array },
    termCount: number,
    sentenceCount: number,
  ): Postings {
    return runStepsNow(Postings.fromPartsSteps(main, delta, termCount, sentenceCount));
  }

  /** `fromParts` in slices: yields when a slice's time is up (`TimeSlice`). */
  static *fromPartsSteps(
    main: PackedRows,
    delta: { terms: Int32Array; sentences: Int32Array; tfs: Uint16Array },
    termCount: number,
    sentenceCount: number,
  ): Generator<void, Postings, void> {
    const damaged = () => new Error('The saved source index is damaged.');
    const o = main.offsets;
    if (o.length < 1 || o.length > termCount + 1 || o[0] !== 0 || o[o.length - 1] !== main.bytes.length) throw damaged();
    const buffer = new DecodeBuffer();
    const slice = new TimeSlice();
    let count = 0;
    let work = 0;
    for (let t = 0; t + 1 < o.length; t++) {
      if (o[t + 1] < o[t]) throw damaged();
      if (o[t + 1] === o[t]) continue;
      buffer.fill = 0;
      let n: number;
      try {
        n = decodeRow(main.bytes, o[t], o[t + 1], buffer, true);
      } catch {
        throw damaged();
      }
      if (n === 0) throw damaged();
      for (let i = 0; i < n; i++) if (buffer.ids[i] < 0 || buffer.ids[i] >= sentenceCount || buffer.tfs[i] < 1 || (i > 0 && buffer.ids[i] <= buffer.ids[i - 1])) throw damaged();
      count += n;
      work += n + 8;
      if (work > CHECK_EVERY) {
        work = 0;
        if (slice.due()) {
          yield;
          slice.next();
        }
      }
    }
    const n = delta.terms.length;
    if (delta.sentences.length !== n || delta.tfs.length !== n) throw damaged();
    for (let i = 0; i < n; i++) {
      if (delta.terms[i] < 0 || delta.terms[i] >= termCount || delta.sentences[i] < 0 || delta.sentences[i] >= sentenceCount) throw damaged();
      if ((i & CHECK_MASK) === CHECK_MASK && slice.due()) {
        yield;
        slice.next();
      }
    }
    const postings = new Postings();
    postings.main = main;
    postings.mainCount = count;
    postings.deltaPostings = DeltaBlocks.of(delta.terms, delta.sentences, delta.tfs);
    return postings;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Variable-byte coding

/** A growable byte array for encoding. */
class ByteWriter {
  private data: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Uint8Array(capacity);
  }

  /** Appends an unsigned number below 2³² in 7-bit groups, low first. */
  varint(value: number): void {
    if (this.length + 5 > this.data.length) {
      const bigger = new Uint8Array(Math.max(this.data.length * 2, this.length + 5));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.data[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.data[this.length++] = v;
  }

  /** The bytes written, in an array of their own (copied in slices: a big merge writes tens of megabytes). */
  *bytesSteps(): Generator<void, Uint8Array, void> {
    const out = new Uint8Array(this.length);
    const slice = new TimeSlice();
    for (let at = 0; at < this.length; at += COPY_SLICE) {
      out.set(this.data.subarray(at, Math.min(this.length, at + COPY_SLICE)), at);
      if (slice.due()) {
        yield;
        slice.next();
      }
    }
    return out;
  }
}

/** Encodes n postings (increasing sentences) as one row: count, then `(gap << 1) | (tf > 1)` and tf when > 1. */
function encodeRow(ids: Int32Array, tfs: Uint16Array, n: number, out: ByteWriter): void {
  out.varint(n);
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const gap = ids[i] - previous;
    previous = ids[i];
    const tf = tfs[i];
    if (tf > 1) {
      out.varint(gap * 2 + 1);
      out.varint(tf);
    } else out.varint(gap * 2);
  }
}

/** Reads one number at `at`; its value and the position after it. Throws past `end` or on over-long input. */
function readVarint(bytes: Uint8Array, at: number, end = bytes.length): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= end || shift > 28) throw new Error('malformed posting row');
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return { value, next: at };
    shift += 7;
  }
}

/**
 * Decodes the row `bytes[from…to)` into `buffer` from its `fill` (which it advances); returns the new fill.
 * `strict` (rows read back from a cache) checks that the count fits the row and that the numbers end exactly at
 * its end; the caller checks the values (increasing sentences in range, frequencies from 1).
 */
export function decodeRow(bytes: Uint8Array, from: number, to: number, buffer: DecodeBuffer, strict = false): number {
  const head = readVarint(bytes, from, to);
  const n = head.value;
  if (strict && n > to - head.next) throw new Error('malformed posting row');
  buffer.reserve(n);
  const ids = buffer.ids;
  const tfs = buffer.tfs;
  let at = head.next;
  let k = buffer.fill;
  const end = k + n;
  let previous = -1;
  {
    // At most 5 bytes a number. A damaged row cannot make this read outside `bytes` harmfully (a read past its end
    // gives 0), and `strict` then checks that the row ended where its bytes do; the caller checks the values.
    for (; k < end; k++) {
      let b = bytes[at++];
      let code = b & 0x7f;
      if (b >= 0x80) {
        b = bytes[at++];
        code |= (b & 0x7f) << 7;
        if (b >= 0x80) {
          b = bytes[at++];
          code |= (b & 0x7f) << 14;
          if (b >= 0x80) {
            b = bytes[at++];
            code |= (b & 0x7f) << 21;
            if (b >= 0x80) code += (bytes[at++] & 0x7f) * 2 ** 28;
          }
        }
      }
      previous += code >>> 1;
      ids[k] = previous;
      if (code & 1) {
        b = bytes[at++];
        let tf = b & 0x7f;
        if (b >= 0x80) {
          b = bytes[at++];
          tf |= (b & 0x7f) << 7;
          if (b >= 0x80) tf |= (bytes[at++] & 0x7f) << 14;
        }
        tfs[k] = tf;
      } else tfs[k] = 1;
    }
  }
  if (strict && at !== to) throw new Error('malformed posting row');
  buffer.fill = end;
  return end;
}
