/**
 * Postings of the source index: for each term id, the sentences that hold the term and how often.
 *
 * Two parts. The main part is compressed sparse rows (CSR): `offsets[t]…offsets[t + 1]` delimit term t's slice of
 * `ids` (sentence numbers) and `tfs` (frequencies). The delta part holds the postings added since the main part
 * was built, as (term, sentence, tf) triples in the order they came; a query groups them by term on first use.
 * `mergeSteps` folds both into a new main part, dropping removed sentences and renumbering the others.
 *
 * Invariant: within a term, postings are in increasing sentence order, in the main part, in the delta part,
 * and main before delta (sentences are numbered in the order they are indexed, and a merge renumbers them in
 * order). `has` relies on it.
 */

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

/** Term frequencies are kept in 16 bits; a sentence repeating a term more often counts this many. */
export const MAX_TERM_FREQUENCY = 0xffff;

/** Postings as compressed sparse rows over term ids. */
export interface PostingRows {
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

/** Postings visited between two yields of `mergeSteps` and `deltaSteps`. */
const MERGE_SLICE = 200_000;
const DELTA_SLICE_MASK = 0xfffff;

export class Postings {
  private main: PostingRows = { offsets: new Int32Array(1), ids: new Int32Array(0), tfs: new Uint16Array(0) };
  private deltaTerm: Grow<Int32Array> = growInt32();
  private deltaSentence: Grow<Int32Array> = growInt32();
  private deltaTf: Grow<Uint16Array> = new Grow(new Uint16Array(16));
  /** The delta grouped by term, made when a query needs it, dropped when a posting is added. */
  private deltaRows?: PostingRows;

  /** Postings in the main part, removed sentences included. */
  get mainSize(): number {
    return this.main.ids.length;
  }

  /** Postings added since the main part was built. */
  get deltaSize(): number {
    return this.deltaTerm.length;
  }

  add(term: number, sentence: number, tf: number): void {
    this.deltaTerm.push(term);
    this.deltaSentence.push(sentence);
    this.deltaTf.push(tf > MAX_TERM_FREQUENCY ? MAX_TERM_FREQUENCY : tf);
    this.deltaRows = undefined;
  }

  /** Postings of a term whose sentence is live, in sentence order: `f(sentence, tf)`. */
  forEach(term: number, live: Uint8Array, f: (sentence: number, tf: number) => void): void {
    const { offsets, ids, tfs } = this.main;
    if (term + 1 < offsets.length) {
      for (let i = offsets[term], end = offsets[term + 1]; i < end; i++) if (live[ids[i]]) f(ids[i], tfs[i]);
    }
    if (this.deltaSize === 0) return;
    const delta = this.delta();
    if (term + 1 < delta.offsets.length) {
      const { ids: dIds, tfs: dTfs } = delta;
      for (let i = delta.offsets[term], end = delta.offsets[term + 1]; i < end; i++) if (live[dIds[i]]) f(dIds[i], dTfs[i]);
    }
  }

  /** The term's slices of the main part and of the delta (grouped by term on first use), when it has any. */
  rows(term: number): { main?: RowSlice; delta?: RowSlice } {
    const out: { main?: RowSlice; delta?: RowSlice } = {};
    const { offsets, ids, tfs } = this.main;
    if (term + 1 < offsets.length && offsets[term + 1] > offsets[term]) out.main = { ids, tfs, start: offsets[term], end: offsets[term + 1] };
    if (this.deltaSize > 0) {
      const delta = this.delta();
      if (term + 1 < delta.offsets.length && delta.offsets[term + 1] > delta.offsets[term]) {
        out.delta = { ids: delta.ids, tfs: delta.tfs, start: delta.offsets[term], end: delta.offsets[term + 1] };
      }
    }
    return out;
  }

  /** Whether the sentence holds the term (a binary search in each part). */
  has(term: number, sentence: number): boolean {
    if (contains(this.main, term, sentence)) return true;
    return this.deltaSize > 0 && contains(this.delta(), term, sentence);
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
    const n = this.deltaTerm.length;
    const term = this.deltaTerm.data;
    let termCount = terms;
    for (let i = 0; i < n; i++) if (term[i] >= termCount) termCount = term[i] + 1;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < n; i++) {
      offsets[term[i] + 1]++;
      if ((i & DELTA_SLICE_MASK) === DELTA_SLICE_MASK) yield;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
    const fill = offsets.slice(0, termCount);
    const ids = new Int32Array(n);
    const tfs = new Uint16Array(n);
    const sentence = this.deltaSentence.data;
    const tf = this.deltaTf.data;
    for (let i = 0; i < n; i++) {
      const at = fill[term[i]]++;
      ids[at] = sentence[i];
      tfs[at] = tf[i];
      if ((i & DELTA_SLICE_MASK) === DELTA_SLICE_MASK) yield;
    }
    return (this.deltaRows = { offsets, ids, tfs });
  }

  /**
   * The work of a merge, yielding between slices: main and delta postings of live sentences, renumbered by
   * `newSentence`, as one new main part over `terms` term ids. Changes nothing; `commit` installs the result.
   */
  *mergeSteps(terms: number, live: Uint8Array, newSentence: Int32Array): Generator<void, PostingRows, void> {
    const { offsets: oldOffsets, ids: oldIds, tfs: oldTfs } = this.main;
    const oldTerms = oldOffsets.length - 1;
    const delta = yield* this.deltaSteps(terms);
    const counts = new Int32Array(terms + 1);
    let work = 0;
    for (let t = 0; t < terms; t++) {
      let c = 0;
      if (t < oldTerms) for (let i = oldOffsets[t]; i < oldOffsets[t + 1]; i++) if (live[oldIds[i]]) c++;
      if (t + 1 < delta.offsets.length) for (let i = delta.offsets[t]; i < delta.offsets[t + 1]; i++) if (live[delta.ids[i]]) c++;
      counts[t + 1] = counts[t] + c;
      work += c;
      if (work > MERGE_SLICE) {
        work = 0;
        yield;
      }
    }
    const ids = new Int32Array(counts[terms]);
    const tfs = new Uint16Array(counts[terms]);
    for (let t = 0; t < terms; t++) {
      let at = counts[t];
      if (t < oldTerms) {
        for (let i = oldOffsets[t]; i < oldOffsets[t + 1]; i++) {
          const s = oldIds[i];
          if (!live[s]) continue;
          ids[at] = newSentence[s];
          tfs[at++] = oldTfs[i];
        }
      }
      if (t + 1 < delta.offsets.length) {
        for (let i = delta.offsets[t]; i < delta.offsets[t + 1]; i++) {
          const s = delta.ids[i];
          if (!live[s]) continue;
          ids[at] = newSentence[s];
          tfs[at++] = delta.tfs[i];
        }
      }
      work += at - counts[t];
      if (work > MERGE_SLICE) {
        work = 0;
        yield;
      }
    }
    return { offsets: counts, ids, tfs };
  }

  /** Installs a merged main part and empties the delta. */
  commit(main: PostingRows): void {
    this.main = main;
    this.deltaTerm = growInt32();
    this.deltaSentence = growInt32();
    this.deltaTf = new Grow(new Uint16Array(16));
    this.deltaRows = undefined;
  }

  /** Both parts as arrays (the main part's are exact-size and replaced, never changed, by a merge: no copy). */
  parts(): { main: PostingRows; deltaTerms: Int32Array; deltaSentences: Int32Array; deltaTfs: Uint16Array } {
    return { main: this.main, deltaTerms: this.deltaTerm.view().slice(), deltaSentences: this.deltaSentence.view().slice(), deltaTfs: this.deltaTf.view().slice() };
  }

  /**
   * Postings from saved parts, checked against the vocabulary size and the sentence count; throws on data that
   * does not fit.
   */
  static fromParts(
    main: PostingRows,
    delta: { terms: Int32Array; sentences: Int32Array; tfs: Uint16Array },
    termCount: number,
    sentenceCount: number,
  ): Postings {
    const o = main.offsets;
    if (o.length < 1 || o.length > termCount + 1 || o[o.length - 1] !== main.ids.length || main.tfs.length !== main.ids.length) {
      throw new Error('The saved source index is damaged.');
    }
    const n = delta.terms.length;
    if (delta.sentences.length !== n || delta.tfs.length !== n) throw new Error('The saved source index is damaged.');
    for (let i = 0; i < n; i++) {
      if (delta.terms[i] < 0 || delta.terms[i] >= termCount || delta.sentences[i] >= sentenceCount) throw new Error('The saved source index is damaged.');
    }
    const postings = new Postings();
    postings.main = main;
    postings.deltaTerm = Grow.of(delta.terms);
    postings.deltaSentence = Grow.of(delta.sentences);
    postings.deltaTf = Grow.of(delta.tfs);
    return postings;
  }
}

/** Binary search for `sentence` in term `term`'s row. */
function contains({ offsets, ids }: PostingRows, term: number, sentence: number): boolean {
  if (term + 1 >= offsets.length) return false;
  let lo = offsets[term];
  let hi = offsets[term + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === sentence) return true;
    if (v < sentence) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
