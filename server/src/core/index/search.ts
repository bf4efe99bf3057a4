/**
 * Search of the source index: one path for every query.
 *
 * A passage (sentence s in paragraph p of document d) scores
 *
 *     Σ_e w_e · BM25+(s, e)  +  paragraphWeight · Σ_e w_e · (BM25+(p, e) + titleWeight · BM25+(title d, e))
 *
 * over the expansions e of the query terms (each query term stands for itself and, with prefix or fuzzy
 * matching, for other vocabulary terms; w_e is the expansion's weight times the query term's multiplicity). Only
 * sentences that match at least one term are ranked. A plain sum: MiniSearch (whose formula and constants the
 * index started from) also multiplies each field's sum by the number of distinct query terms it matches; on
 * SciFact that cost 0.02 nDCG@10 (bench/README.md, "Retrieval"), so the index no longer does.
 *
 * The search is document at a time with MaxScore pruning (Turtle and Flood, "Query evaluation: strategies and
 * optimizations", 1995; Lucene's `MaxScoreBulkScorer`), exact: it returns the same hits, in the same order and
 * with the same scores, as scoring every passage. Each expansion has an upper bound of what it can add to any
 * passage's score (from the largest frequency and the shortest field holding its term, `TermStats`). Expansions
 * are sorted by bound; once `limit` hits are kept and the worst of them scores θ, the expansions whose bounds add
 * up to less than θ are *non-essential*: a passage that matches nothing else cannot make the cut, so documents
 * are found only through the postings (and titles) of the essential expansions, walked together in sentence
 * order. For each such document, the essential expansions' scores plus the non-essential bounds give an upper
 * bound per paragraph; when none reaches θ the document is skipped, else the non-essential postings are looked
 * up (a galloping search: most of a common term's postings are never read) and every passage of the document is
 * scored exactly. Exact scores are summed in query order, as the plain sum would be, so that they are the same
 * numbers to the last bit; bounds carry a relative margin against rounding. A search restricted to some
 * documents visits just those.
 *
 * On big indexes (`BLOCK_BOUNDS_FROM` sentences) the search first bounds blocks of whole paragraphs (about four
 * sentences each) by the expansions with a posting in them, scores exactly the paragraphs of the blocks with the
 * largest bounds to set a floor, and then the walk passes over the postings of blocks whose bound is below the
 * floor: block-max bounds (Ding and Suel, "Faster top-k document retrieval using block-max indexes", 2011) made at
 * query time from the postings' positions alone, without the per-sentence reads the walk waits on.
 */
import type { Passage, SourceDocument } from '../types';
import type { DocumentEntry, IndexData } from './indexData';
import type { SearchHit } from './passageIndex';
import { bm25, bm25Bound, bm25Idf, expandTerm, TopK, type BM25Params, type ExpansionOptions } from './scoring';
import { DecodeBuffer, type RowSlice } from './postings';
import { processTerm, tokenize } from './tokenize';

export interface ScoringOptions extends ExpansionOptions {
  paragraphWeight: number;
  titleWeight: number;
  bm25: BM25Params;
  paragraphBm25: BM25Params;
  /**
   * Live sentences from which the pruned search bounds blocks of sentences before its walk (`Search.blockBounds`);
   * default `BLOCK_BOUNDS_FROM`. Tests set 0 to use them on a small index.
   */
  blockBoundsFrom?: number;
}

/** One expansion of a query term: the term id, the term (for `SearchHit.terms`), its weight. */
export interface WeightedTerm {
  termId: number;
  term: string;
  weight: number;
}

/**
 * The query's expansions, grouped by query term in query order (duplicates of a query term count in its weight);
 * query terms without a match in the vocabulary are left out.
 */
export function expandQuery(data: IndexData, query: string, options: ExpansionOptions): WeightedTerm[] {
  const order: string[] = [];
  const multiplicity = new Map<string, number>();
  for (const token of tokenize(query)) {
    const term = processTerm(token);
    if (!term) continue;
    const m = multiplicity.get(term);
    if (m === undefined) order.push(term);
    multiplicity.set(term, (m ?? 0) + 1);
  }
  const out: WeightedTerm[] = [];
  const df = (id: number) => data.sentenceDf(id);
  for (const term of order) {
    const expansions = expandTerm(term, data.termIds.get(term), data.termList, df, options);
    if (expansions.length === 0) continue;
    const m = multiplicity.get(term)!;
    for (const e of expansions) out.push({ termId: e.termId, term: e.term, weight: m * e.weight });
  }
  return out;
}

/**
 * Live sentences from which the pruned search uses block bounds. Measured (bench/README.md, "Block bounds"): at
 * 150 MB of news (1.2 million sentences) they take a fifth to a third off a search; at 75 MB about a tenth; at
 * 30 MB (230,000 sentences) placing every posting costs more than the walk saves.
 */
export const BLOCK_BOUNDS_FROM = 500_000;
/** Sentences per window of the blocks: 2^BLOCK_SHIFT (4). */
const BLOCK_SHIFT = 2;
/** Paragraphs scored exactly before the walk, from the blocks of the largest bounds (`Search.preseed`). */
const PRESEED = 60;
/**
 * An expansion with more postings than this share of the blocks is not placed in blocks: its bound is added to
 * every block's (placing its postings would cost about as much as walking them).
 */
const EVERYWHERE_SHARE = 1 / 8;
/**
 * Most expansions a search may place in blocks: each adds to a block's 32-bit sum at most twice (main and delta
 * postings), and 2 · 4,096 roundings stay well within `PARTIAL_MARGIN`.
 */
const MAX_BLOCK_TERMS = 4096;

/**
 * The blocks of an index's sentences: runs of whole paragraphs, each the windows of 2^BLOCK_SHIFT sentences from one
 * whose first sentence starts a paragraph to the next such. The block of window w (sentences w · 2^BLOCK_SHIFT …)
 * is `base[w >> 6] + delta[w]`: a byte a window, which mostly stays in the processor's nearer caches where 32 bits
 * a window did not (the pass over a search's postings took a third less time). `first[b]`: block b's first
 * sentence (`first[blocks]`: the number of sentences).
 */
interface Blocks {
  sentences: number;
  base: Int32Array;
  delta: Uint8Array;
  first: Int32Array;
  blocks: number;
}

const EMPTY_BASE = new Int32Array(0);

/** Blocks per sentence table (a merge or a restore makes a new one; added sentences make the blocks again). */
const blocksCache = new WeakMap<object, Blocks>();

function blocksOf(data: IndexData): Blocks {
  const key = data.sentPara;
  const sentences = key.length;
  const cached = blocksCache.get(key);
  if (cached && cached.sentences === sentences) return cached;
  const para = key.data;
  const windows = (sentences + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
  const base = new Int32Array((windows >> 6) + 1);
  const delta = new Uint8Array(windows);
  const starts = new Int32Array(windows + 1);
  let b = -1;
  for (let w = 0; w < windows; w++) {
    const s = w << BLOCK_SHIFT;
    if (s === 0 || para[s] !== para[s - 1]) starts[++b] = s;
    // At most one block more a window: below 64 within a group of 64 windows.
    if ((w & 63) === 0) base[w >> 6] = b;
    delta[w] = b - base[w >> 6];
  }
  starts[b + 1] = sentences;
  const blocks: Blocks = { sentences, base, delta, first: starts.slice(0, b + 2), blocks: b + 1 };
  blocksCache.set(key, blocks);
  return blocks;
}

/** Work counters of the searches of one index, for benchmarks. */
export interface SearchCounters {
  searches: number;
  /** Postings read: walked, scanned or probed for candidates, or read to score a paragraph exactly. */
  postingsRead: number;
  /** Walked postings passed over because their block could not hold a passage of the best (`Search.blockBounds`). */
  postingsSkipped: number;
  /** Searches that bounded blocks. */
  blockSearches: number;
  /** Expansions whose postings were walked in full, and all expansions of the searches. */
  termsWalked: number;
  terms: number;
  /** Paragraphs that were candidates after the walk, and paragraphs scored exactly. */
  candidates: number;
  paragraphsScored: number;
}

export const newCounters = (): SearchCounters => ({ searches: 0, postingsRead: 0, postingsSkipped: 0, blockSearches: 0, termsWalked: 0, terms: 0, candidates: 0, paragraphsScored: 0 });

/** Bounds made safe against rounding: exact sums are ordered otherwise than bounds. */
const MARGIN = 1 + 1e-9;
/** Upper bounds from partial sums, which are kept in 32 bits (each sum of positive parts rounds, by 2⁻²⁴ at most). */
const PARTIAL_MARGIN = 1 + 1e-3;

/**
 * The walk stops at the first expansion whose bound, summed with those of the expansions after it, is below this
 * share of the floor. Any share up to 1 keeps the search exact; a lower one walks more postings and leaves fewer
 * candidate paragraphs to look the rest up for. Measured best on the news corpora (bench/README.md, "Pruned
 * search": 0.5–0.6 there, 1 costs the most CPU).
 */
const STOP_SHARE = 0.6;

/**
 * The walk scores exactly the paragraphs of the best partial sums, raising the floor, at most `SEEDS` times per
 * search, when the walk could stop: the floor reaching the best partial sum would stop it. No seed early, after
 * the rarest expansions: on news, where a query has 10 to 20 expansions of close bounds, its paragraphs scored
 * (each expansion looked up in each) raised the floor too little to stop the walk sooner and cost more postings
 * than they saved (bench/README.md, "Pruned search").
 */
const SEEDS = 1;

/** Sentence lengths (distinct terms) whose parts `walkRow` takes from a table. */
const LENGTH_TABLE = 128;
/** Paragraph lengths whose parts `walkRow` takes from a table. */
const PARAGRAPH_TABLE = 256;
/**
 * Frequencies (1 to this) whose parts `walkRow` takes from a table. Before the tables (filled on first use) were
 * there for every expansion and these frequencies, the walk over news at 30 MB computed 63% of the paragraph parts
 * it added (`bm25`, two divisions each): 49% of frequency 1 in expansions of fewer than 4,096 postings (which had
 * no paragraph table: filled in full up front it did not pay), 11% of frequency 2; and 9% of the sentence parts.
 */
const TABLE_FREQUENCIES = 3;

/** What the search keeps per expansion. */
interface Term {
  termId: number;
  term: string;
  weight: number;
  idfS: number;
  idfP: number;
  idfT: number;
  /** Upper bound of the expansion's sentence and paragraph parts of any passage's score (not its title part). */
  bound: number;
  main?: RowSlice;
  delta?: RowSlice;
}

/** Passages matching the query, best first (see the file comment for the score and the pruning). */
export function searchIndex(
  data: IndexData,
  scratch: SearchScratch,
  query: string,
  limit: number,
  documents: readonly string[] | undefined,
  options: ScoringOptions,
  counters: SearchCounters = newCounters(),
  prune = true,
): SearchHit[] {
  if (limit <= 0 || data.liveSentences === 0) return [];
  const expansions = expandQuery(data, query, options);
  if (expansions.length === 0) return [];
  counters.searches++;
  const search = new Search(data, scratch, expansions, limit, options, counters, prune);
  try {
    if (documents) search.restricted(documents);
    else if (search.pruning) search.pruned();
    else search.exhaustive();
    return search.hits();
  } finally {
    search.clear();
  }
}

/**
 * One search. The pruned search keeps partial sums (`x.sPart`, `x.pPart`, `x.tPart`: the sentence parts of the
 * expansions walked so far per sentence, their paragraph parts per paragraph, every expansion's title parts per
 * document). A sentence's partial sum plus the bounds of the expansions not walked (`rest`) bounds its score
 * from above. The floor is the worst score among the best `limit` scored exactly so far: a passage whose upper
 * bound is below it cannot make the cut.
 */
class Search {
  /** Whether bounds apply: pruning asked for, non-negative weights, BM25 parameters in range. */
  readonly pruning: boolean;
  private readonly terms: Term[];
  private readonly n: number;
  private readonly best: TopK;
  private readonly withParagraphs: boolean;
  private readonly withTitle: boolean;
  private readonly avgS: number;
  private readonly avgP: number;
  private readonly avgT: number;
  private readonly sentLen: Int32Array;
  private readonly sentPara: Int32Array;
  private readonly paraLen: Int32Array;
  private readonly paraDoc: Int32Array;
  private readonly live: Uint8Array;
  /** Sentences in the index, live or not (the per-sentence arrays may be longer). */
  private readonly sentences: number;
  private readonly x: SearchScratch;
  /**
   * Touched sentences listed in `x.sList` (in sentence order, then those `lookUp` touched). The walk only marks
   * sentences in `x.sBits`; `listTouched` lists them.
   */
  private nTouchedS = 0;
  /** Whether `x.sBits` may mark sentences (from the first walk until `listTouched` clears them). */
  private marked = false;
  /** Whether sentences were walked since `listTouched` last listed them. */
  private walkedSinceListed = false;
  private nTouchedP = 0;
  private nTouchedT = 0;
  /** The largest partial sums of a sentence's, a paragraph's and a title's parts so far. */
  private maxS = 0;
  private maxP = 0;
  private maxT = 0;

  constructor(
    private readonly data: IndexData,
    scratch: SearchScratch,
    private readonly expansions: WeightedTerm[],
    private readonly limit: number,
    private readonly options: ScoringOptions,
    private readonly counters: SearchCounters,
    prune: boolean,
  ) {
    const { paragraphWeight, titleWeight, bm25: sentenceParams, paragraphBm25: paragraphParams } = options;
    this.withParagraphs = paragraphWeight > 0;
    this.withTitle = this.withParagraphs && titleWeight > 0;
    const nS = data.liveSentences;
    const nP = data.liveParagraphs;
    this.avgS = data.sumSentLen / Math.max(1, nS);
    this.avgP = data.sumParaLen / Math.max(1, nP);
    this.avgT = data.sumTitleLen / Math.max(1, nP);
    this.sentLen = data.sentLen.data;
    this.sentPara = data.sentPara.data;
    this.paraLen = data.paraLen.data;
    this.paraDoc = data.paraDoc.data;
    this.live = data.sentLive.data;
    this.sentences = data.sentPara.length;
    const st = data.stats;
    // Each expansion's main postings, decoded into the scratch for this search.
    const decoded = scratch.decoded;
    decoded.fill = 0;
    this.terms = expansions.map(({ termId, term, weight: w }) => {
      const dfS = st.sentenceDf.data[termId];
      const dfP = st.paragraphDf.data[termId];
      const idfS = bm25Idf(dfS, nS);
      const idfP = bm25Idf(dfP, nP);
      const idfT = bm25Idf(st.titleDf.data[termId], nP);
      let bound = dfS > 0 ? w * bm25Bound(idfS, st.sentenceMaxTf.data[termId], st.sentenceMinLength.data[termId], this.avgS, sentenceParams) : 0;
      if (this.withParagraphs && dfP > 0) {
        bound += paragraphWeight * (w * bm25Bound(idfP, st.paragraphMaxTf.data[termId], st.paragraphMinLength.data[termId], this.avgP, paragraphParams));
      }
      return { termId, term, weight: w, idfS, idfP, idfT, bound: bound * MARGIN, ...data.postings.rows(termId, decoded) };
    });
    this.n = this.terms.length;
    this.pruning = prune && paragraphWeight >= 0 && titleWeight >= 0 && this.terms.every((t) => t.weight > 0 && Number.isFinite(t.bound));
    counters.terms += this.n;
    this.x = scratch.reserve(data.sentLen.length, data.paraLen.length, data.docs.length);
    const idOf = (s: number) => data.entryOfSentence(s).document.id;
    const ordinalOf = (s: number) => s - data.entryOfSentence(s).firstSentence;
    /** Whether sentence a ranks before sentence b: higher score, then document id, then position. */
    const before = (a: number, sa: number, b: number, sb: number): boolean => {
      if (sa !== sb) return sa > sb;
      const ia = idOf(a);
      const ib = idOf(b);
      return ia !== ib ? ia < ib : ordinalOf(a) < ordinalOf(b);
    };
    this.best = new TopK(limit, before);
  }

  // -------------------------------------------------------------------------------------------------------
  // Exhaustive and restricted searches

  /**
   * Exhaustive search, what the pruned search must equal (tests and benchmarks): every expansion walked in query
   * order into sums kept in 64 bits, which are then the exact scores, and every sentence that matched offered.
   */
  exhaustive(): void {
    const e = this.x.exact(this.data.sentLen.length, this.data.paraLen.length, this.data.docs.length);
    const { live, sentLen, sentPara, paraLen, paraDoc, avgS, avgP, avgT, withParagraphs, withTitle } = this;
    const { bm25: sp, paragraphBm25: pp, paragraphWeight: pw, titleWeight: tw } = this.options;
    let nS = 0;
    let nP = 0;
    let nT = 0;
    for (const t of this.terms) {
      const w = t.weight;
      if (withTitle) {
        const row = this.data.titleRow(t.termId);
        if (row) {
          for (let i = 0; i < row.docs.length; i++) {
            const d = row.docs[i];
            if (e.tTouched[d] === 0) {
              e.tTouched[d] = 1;
              e.tList[nT++] = d;
            }
            e.t[d] += w * tw * bm25(t.idfT, row.tfs[i], row.lengths[i], avgT, pp);
          }
        }
      }
      let last = -1;
      let sum = 0;
      for (const row of [t.main, t.delta]) {
        if (!row) continue;
        this.counters.postingsRead += row.end - row.start;
        for (let i = row.start; i < row.end; i++) {
          const s = row.ids[i];
          if (!live[s]) continue;
          const tf = row.tfs[i];
          if (e.sTouched[s] === 0) {
            e.sTouched[s] = 1;
            e.sList[nS++] = s;
          }
          e.s[s] += w * bm25(t.idfS, tf, sentLen[s], avgS, sp);
          if (!withParagraphs) continue;
          const p = sentPara[s];
          if (p !== last) {
            if (last >= 0) nP = addExactParagraph(e, nP, last, w * bm25(t.idfP, sum, paraLen[last], avgP, pp));
            last = p;
            sum = 0;
          }
          sum += tf;
        }
      }
      if (last >= 0) nP = addExactParagraph(e, nP, last, w * bm25(t.idfP, sum, paraLen[last], avgP, pp));
    }
    for (let k = 0; k < nS; k++) {
      const s = e.sList[k];
      let score = e.s[s];
      if (withParagraphs) {
        const p = sentPara[s];
        score += pw * (e.p[p] + e.t[paraDoc[p]]);
      }
      this.best.offer(s, score);
    }
    e.clear(nS, nP, nT);
  }

  /** A search restricted to some documents: each of their paragraphs scored exactly. */
  restricted(documents: readonly string[]): void {
    const seen = new Set<number>();
    for (const id of documents) {
      const entry = this.data.entries.get(id);
      if (!entry || seen.has(entry.number)) continue;
      seen.add(entry.number);
      const end = entry.firstSentence + entry.sentenceCount;
      for (let s = entry.firstSentence; s < end; ) {
        const p = this.sentPara[s];
        let e = s + 1;
        while (e < end && this.sentPara[e] === p) e++;
        this.scoreParagraph(p, s, e);
        s = e;
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // The pruned search

  /**
   * Adds every expansion's title parts (few documents per term: exact from the start, so bounds need not cover
   * them), then walks the expansions term at a time, highest bound first, until the bounds of those left add up
   * to less than a share of the floor; gathers the paragraphs whose upper bound reaches the floor; looks the
   * expansions left up for those paragraphs only, dropping the ones that fall below the floor; scores the rest
   * exactly, highest upper bound first, until the next cannot beat the worst of the best found.
   */
  pruned(): void {
    const { terms, n } = this;
    if (this.withTitle) for (const t of terms) this.walkTitles(t);
    if (this.data.liveSentences >= (this.options.blockBoundsFrom ?? BLOCK_BOUNDS_FROM) && n <= MAX_BLOCK_TERMS) {
      this.blockBounds();
      this.preseed();
    }
    const order = terms.map((_, i) => i).sort((a, b) => terms[b].bound - terms[a].bound || a - b);
    /** remaining[i]: the bounds of order[i…] summed. */
    const remaining = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) remaining[i] = remaining[i + 1] + terms[order[i]].bound;
    let seeds = 0;
    let walked = 0;
    for (; walked < n; walked++) {
      // A passage that none of the walked expansions matches (in its sentence or paragraph) scores at most its
      // title part plus remaining[walked]; once that is below the floor, the walked ones and the titles name
      // every passage that can still make the cut. The floor comes from exact scores of the paragraphs with
      // the best partial sums, computed when the walk could stop (the floor is at most the best partial sum),
      // and after the walk if fewer than `limit` passages were scored.
      if (walked > 0) {
        const target = remaining[walked] / STOP_SHARE;
        if (target < this.floor) break;
        if (seeds < SEEDS && target < this.upperPartial()) {
          seeds++;
          this.listTouched(false);
          this.seed();
          if (target < this.floor) break;
        }
      }
      this.walk(order[walked]);
    }
    const rest = remaining[walked];
    this.listTouched(true);
    if (!this.best.full) this.seed();
    let count = this.gather(rest);
    this.counters.candidates += count;
    for (let i = walked; i < n && count > 0; i++) count = this.lookUp(order[i], count, remaining[i + 1]);
    this.scoreCandidates(count);
  }

  /** The index's blocks, when this search bounds them; the blocks it touched (listed in `x.bList`). */
  private blocks: Blocks | undefined;
  private nBlocks = 0;
  /** The bounds of the expansions not placed in blocks (`EVERYWHERE_SHARE`), summed: part of every block's bound. */
  private everywhere = 0;

  /**
   * Block bounds: for each block of whole paragraphs that a posting of the query falls in, the bounds of the
   * expansions with a posting there, summed (`x.bBound`; the expansions with postings in more than
   * `EVERYWHERE_SHARE` of the blocks count in every block, `everywhere`). No passage of a block scores more than
   * its bound, plus `everywhere`, plus the largest title part. Once the floor is set, the walk passes over the
   * postings of blocks whose bound falls short of it (`walkRow`): their paragraphs, whole, cannot make the cut,
   * so their partial sums are never needed. On news most of a query's postings fall in blocks that hold one or two
   * of its terms; what this costs is one pass over the query's postings, in order (bench/README.md, "Block
   * bounds").
   */
  private blockBounds(): void {
    const blocks = (this.blocks = blocksOf(this.data));
    this.counters.blockSearches++;
    const x = this.x.reserveBlocks(blocks.blocks);
    const { base, delta } = blocks;
    const { bBound, bMarks } = x;
    const most = blocks.blocks * EVERYWHERE_SHARE;
    let everywhere = 0;
    for (const t of this.terms) {
      const b = t.bound;
      if ((t.main ? t.main.end - t.main.start : 0) + (t.delta ? t.delta.end - t.delta.start : 0) > most) {
        everywhere += b;
        continue;
      }
      let last = -1;
      for (const row of [t.main, t.delta]) {
        if (!row) continue;
        const ids = row.ids;
        for (let i = row.start; i < row.end; i++) {
          const w = ids[i] >> BLOCK_SHIFT;
          const k = base[w >> 6] + delta[w];
          if (k === last) continue;
          last = k;
          bBound[k] += b;
          bMarks[k >> 5] |= 1 << (k & 31);
        }
      }
    }
    this.everywhere = everywhere;
    this.nBlocks = listMarked(bMarks, (blocks.blocks + 31) >> 5, x.bList, true);
  }

  /**
   * Scores exactly the paragraphs of the blocks with the largest bounds (`PRESEED` paragraphs), so that the walk
   * starts with a floor: passages with many of the query's terms near each other, where the best hits mostly are
   * (bench/README.md, "Block bounds": at 150 MB the floor after this is the final one for half the queries).
   */
  private preseed(): void {
    const blocks = this.blocks!;
    const { bBound, bList } = this.x;
    const { scores, ids } = this.x.heap(PRESEED);
    let size = 0;
    for (let k = 0; k < this.nBlocks; k++) size = pushBest(scores, ids, size, PRESEED, bBound[bList[k]], bList[k]);
    const order = Array.from(ids.subarray(0, size)).sort((a, b) => bBound[b] - bBound[a] || a - b);
    let scored = 0;
    for (const b of order) {
      const end = blocks.first[b + 1];
      for (let s = blocks.first[b]; s < end && scored < PRESEED; ) {
        const p = this.sentPara[s];
        const next = this.endOfParagraph(s);
        // A removed document's sentences keep their postings until a merge (documents are removed whole).
        if (this.live[s] && !this.x.pScored[p]) {
          this.scoreParagraph(p, s, next);
          scored++;
        }
        s = next;
      }
      if (scored >= PRESEED) break;
    }
  }

  /** The score to beat: the worst of the best `limit` scored so far (-Infinity until there are `limit`). */
  private get floor(): number {
    return this.best.full ? this.best.worstScore : -Infinity;
  }

  /**
   * Lists the sentences the walk touched (marked in `x.sBits`) in `x.sList`, in sentence order; `unmark` (the walk
   * is over) also clears the marks. Read in that order by `seed` and `gather`, the touched sentences' partial sums,
   * paragraphs and paragraph sums come from rising addresses, which the processor fetches ahead; in the order of
   * touching (each expansion's postings in turn) they were read at random over the whole index (bench/README.md,
   * "Pruned search": `seed` and `gather` take about half the time at 150 MB, listing included).
   */
  private listTouched(unmark: boolean): void {
    const x = this.x;
    if (this.walkedSinceListed) this.nTouchedS = listMarked(x.sBits, (this.sentences + 31) >> 5, x.sList, unmark);
    else if (unmark) for (let k = 0; k < this.nTouchedS; k++) x.sBits[x.sList[k] >> 5] = 0;
    this.walkedSinceListed = false;
    if (unmark) this.marked = false;
  }

  /** No sentence's partial sum is larger (the best sentence, paragraph and title parts added). */
  private upperPartial(): number {
    return (this.maxS + (this.withParagraphs ? this.options.paragraphWeight * (this.maxP + this.maxT) : 0)) * PARTIAL_MARGIN;
  }

  /** Adds every posting of one expansion to the partial sums. */
  private walk(e: number): void {
    const t = this.terms[e];
    this.counters.termsWalked++;
    const { x } = this;
    const sp = this.options.bm25;
    const walk: Walk = {
      live: this.data.deadSentences > 0 ? this.live : undefined,
      sentLen: this.sentLen,
      sentPara: this.withParagraphs ? this.sentPara : undefined,
      paraLen: this.paraLen,
      x,
      // The parts of a sentence and of a paragraph by frequency and length (most postings): `bm25`, once per pair.
      once: x.lengthTable(),
      paraOnce: x.paragraphTable(),
      w: t.weight,
      idfS: t.idfS,
      idfP: t.idfP,
      avgS: this.avgS,
      avgP: this.avgP,
      sp,
      pp: this.options.paragraphBm25,
      nP: this.nTouchedP,
      maxS: this.maxS,
      maxP: this.maxP,
      last: -1,
      sum: 0,
      loaded: 0,
      blockDelta: this.nBlocks > 0 ? this.blocks!.delta : undefined,
      blockBase: this.nBlocks > 0 ? this.blocks!.base : EMPTY_BASE,
      bBound: x.bBound,
      // A block whose bound, with `everywhere` and the largest title part, stays below the floor (with the margin of
      // partial sums: the blocks' sums are 32-bit too) holds no passage that can make the cut.
      cut: this.floor / PARTIAL_MARGIN - this.everywhere - (this.withParagraphs ? this.options.paragraphWeight * this.maxT * PARTIAL_MARGIN : 0),
      skipped: 0,
    };
    this.marked = true;
    this.walkedSinceListed = true;
    for (const row of [t.main, t.delta]) {
      if (!row) continue;
      walkRow(row, walk);
      this.counters.postingsRead += row.end - row.start;
    }
    if (walk.last >= 0) addParagraphPart(walk);
    this.counters.postingsSkipped += walk.skipped;
    this.nTouchedP = walk.nP;
    this.maxS = walk.maxS;
    this.maxP = walk.maxP;
  }

  /** Adds the title part of one expansion to every document whose title holds its term. */
  private walkTitles(t: Term): void {
    const row = this.data.titleRow(t.termId);
    if (!row) return;
    const { x } = this;
    const { docs, tfs, lengths } = row;
    const w = t.weight;
    const tw = this.options.titleWeight;
    const pp = this.options.paragraphBm25;
    let nT = this.nTouchedT;
    let maxT = this.maxT;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      const before = x.tPart[d];
      if (before === 0) x.tList[nT++] = d;
      const v = (x.tPart[d] = before + w * tw * bm25(t.idfT, tfs[i], lengths[i], this.avgT, pp));
      if (v > maxT) maxT = v;
    }
    this.nTouchedT = nT;
    this.maxT = maxT;
  }

  /**
   * Scores exactly the paragraphs of the `limit` sentences with the best partial sums, raising the floor with real
   * scores. A min-heap of the best partial sums over the touched sentences.
   */
  private seed(): void {
    const { x, sentPara, paraDoc, limit, withParagraphs } = this;
    const pw = this.options.paragraphWeight;
    const { scores, ids } = x.heap(limit);
    const { sList, sPart, pPart, tPart, pScored } = x;
    const touched = this.nTouchedS;
    // No title part is larger (with a margin for its rounding to 32 bits).
    const mostTitle = this.maxT * PARTIAL_MARGIN;
    let size = 0;
    for (let k = 0; k < touched; k++) {
      const s = sList[k];
      const p = sentPara[s];
      let v = sPart[s];
      if (withParagraphs) {
        // Not into the full heap even with the largest title part: skipped without looking its document's up.
        const paragraph = pPart[p];
        if (size === limit && v + pw * (paragraph + mostTitle) <= scores[0]) continue;
        v += pw * (paragraph + tPart[paraDoc[p]]);
      }
      // Paragraphs scored exactly already after the cheaper tests.
      if (size === limit && v <= scores[0]) continue;
      if (pScored[p]) continue;
      size = pushBest(scores, ids, size, limit, v, s);
    }
    for (let k = 0; k < size; k++) {
      const s = ids[k];
      const p = sentPara[s];
      if (x.pScored[p]) continue;
      this.scoreParagraph(p, this.firstOfParagraph(s), this.endOfParagraph(s));
    }
  }

  /**
   * The paragraphs that may hold a passage of the best `limit` once the expansions left (`rest`, their bounds
   * summed) are added, not yet scored. Lists them in `x.units` (paragraph, first sentence, end; upper bound in
   * `x.upper`) in sentence order; returns how many.
   */
  private gather(rest: number): number {
    const floor = this.floor;
    const { x, sentPara, paraDoc, withParagraphs } = this;
    const pw = this.options.paragraphWeight;
    let units = 0;
    // A paragraph a walked expansion touched holds a touched sentence, whose partial sum is at least any
    // untouched sentence's there (the same paragraph and title parts, and a sentence part of 0): a paragraph
    // is a candidate when one of its touched sentences is.
    // The scratch's arrays in locals: the loop calls out for each candidate, after which V8 would load them again.
    const { sList, sPart, pPart, tPart, pScored, pUnitAt } = x;
    const touched = this.nTouchedS;
    // No title part is larger (with a margin for its rounding to 32 bits).
    const mostTitle = this.maxT * PARTIAL_MARGIN;
    for (let k = 0; k < touched; k++) {
      const s = sList[k];
      const p = sentPara[s];
      let upper = sPart[s] + rest;
      if (withParagraphs) {
        // Below the floor with the largest title part: skipped without looking its document's up.
        const paragraph = pPart[p];
        if ((upper + pw * (paragraph + mostTitle)) * PARTIAL_MARGIN < floor) continue;
        upper += pw * (paragraph + tPart[paraDoc[p]]);
      }
      upper *= PARTIAL_MARGIN;
      // Paragraphs scored exactly already (by `seed`) after the bound: most sentences fail the bound first.
      if (upper < floor || pScored[p]) continue;
      const at = pUnitAt[p];
      if (at > 0) {
        // Already a candidate (its unit's index + 1): keep the higher bound.
        if (upper > x.upper[at - 1]) x.upper[at - 1] = upper;
        continue;
      }
      units = x.addUnit(units, p, this.firstOfParagraph(s), this.endOfParagraph(s), upper);
      pUnitAt[p] = units;
    }
    // The units are in sentence order (the touched sentences are), as looking up postings with a forward cursor
    // needs; those of titled paragraphs are sorted in.
    const touchedUnits = units;
    if (rest > 0 && this.withTitle) units = this.gatherTitled(units, rest, floor);
    for (let u = 0; u < units; u++) x.pUnitAt[x.units[3 * u]] = 0;
    if (units > touchedUnits) x.sortUnits(units);
    return units;
  }

  /**
   * Adds to the `units` candidates so far the paragraphs no walked expansion touched, under a title that holds
   * query terms: their sentences may match the expansions left. Returns the new count. (Apart from `gather`, whose
   * loop over the touched sentences is the hot one: code run rarely inside it made V8 drop its optimised code.)
   */
  private gatherTitled(units: number, rest: number, floor: number): number {
    const { x, sentPara } = this;
    const pw = this.options.paragraphWeight;
    for (let k = 0; k < this.nTouchedT; k++) {
      const d = x.tList[k];
      const upper = (pw * x.tPart[d] + rest) * PARTIAL_MARGIN;
      if (upper < floor) continue;
      const entry = this.data.docs[d]!;
      const docEnd = entry.firstSentence + entry.sentenceCount;
      for (let s = entry.firstSentence; s < docEnd; ) {
        const p = sentPara[s];
        let end = s + 1;
        while (end < docEnd && sentPara[end] === p) end++;
        if (x.pUnitAt[p] === 0 && !x.pScored[p]) {
          units = x.addUnit(units, p, s, end, upper);
          x.pUnitAt[p] = units;
        }
        s = end;
      }
    }
    return units;
  }

  /**
   * The first sentence of sentence s's paragraph. A paragraph's sentences are numbered one after the other, so
   * they are found next to s (a few, in the cache line s's paragraph was read from), not by looking up the
   * document's range and searching it (which waited on memory for the document's entry: 6% of a search).
   */
  private firstOfParagraph(s: number): number {
    const sentPara = this.sentPara;
    const p = sentPara[s];
    while (s > 0 && sentPara[s - 1] === p) s--;
    return s;
  }

  /** The end of sentence s's paragraph: its last sentence + 1 (see `firstOfParagraph`). */
  private endOfParagraph(s: number): number {
    const { sentPara, sentences } = this;
    const p = sentPara[s];
    let end = s + 1;
    while (end < sentences && sentPara[end] === p) end++;
    return end;
  }

  /**
   * Adds expansion e to the partial sums of the candidate paragraphs (its postings in their sentences, found by
   * scanning the list or, when the candidates are few, galloping through it), then keeps the candidates whose
   * upper bound, with `rest` for the expansions still left, reaches the floor. Returns how many are kept (at the
   * front of `x.units`).
   */
  private lookUp(e: number, count: number, rest: number): number {
    const t = this.terms[e];
    const { x, live, sentLen, paraLen, paraDoc, avgS, avgP, withParagraphs } = this;
    const w = t.weight;
    const { bm25: sp, paragraphBm25: pp, paragraphWeight: pw } = this.options;
    // The scratch's arrays, the touched counts and the postings read in locals (the loop calls `gallop`).
    const { units, sList, sPart, pList, pPart } = x;
    let nS = this.nTouchedS;
    let nP = this.nTouchedP;
    let read = 0;
    for (const row of [t.main, t.delta]) {
      if (!row) continue;
      const { ids, tfs, end } = row;
      let i = row.start;
      const gallopTo = count * 16 < end - i;
      for (let u = 0; u < count && i < end; u++) {
        const p = units[3 * u];
        const first = units[3 * u + 1];
        const last = units[3 * u + 2];
        const before = i;
        if (gallopTo) i = gallop(ids, i, end, first);
        else while (i < end && ids[i] < first) i++;
        read += gallopTo ? Math.min(i - before, 2 + 2 * Math.ceil(Math.log2(i - before + 1))) : i - before;
        let sum = 0;
        for (; i < end && ids[i] < last; i++) {
          const s = ids[i];
          read++;
          if (!live[s]) continue;
          const tf = tfs[i];
          if (sPart[s] === 0) sList[nS++] = s;
          sPart[s] += w * bm25(t.idfS, tf, sentLen[s], avgS, sp);
          sum += tf;
        }
        if (sum > 0 && withParagraphs) {
          if (pPart[p] === 0) pList[nP++] = p;
          pPart[p] += w * bm25(t.idfP, sum, paraLen[p], avgP, pp);
        }
      }
    }
    this.nTouchedS = nS;
    this.nTouchedP = nP;
    this.counters.postingsRead += read;
    // Keep the paragraphs that can still reach the floor.
    const floor = this.floor;
    let kept = 0;
    const { tPart, upper: uppers } = x;
    for (let u = 0; u < count; u++) {
      const p = units[3 * u];
      const first = units[3 * u + 1];
      const end = units[3 * u + 2];
      let bestS = -1;
      for (let s = first; s < end; s++) if (sPart[s] > bestS && sPart[s] !== 0) bestS = sPart[s];
      // No sentence matched and nothing left to match: nothing here can be ranked.
      if (bestS < 0 && rest === 0) continue;
      const upper = (Math.max(bestS, 0) + (withParagraphs ? pw * (pPart[p] + tPart[paraDoc[p]]) : 0) + rest) * PARTIAL_MARGIN;
      if (upper < floor) continue;
      units[3 * kept] = p;
      units[3 * kept + 1] = first;
      units[3 * kept + 2] = end;
      uppers[kept] = upper;
      kept++;
    }
    return kept;
  }

  /** Scores the candidate paragraphs exactly, highest upper bound first, until the next cannot make the cut. */
  private scoreCandidates(count: number): void {
    const { x, best } = this;
    const order = x.byUpper(count);
    for (let k = 0; k < count; k++) {
      const u = order[k];
      if (best.full && x.upper[u] < best.worstScore) break;
      if (x.pScored[x.units[3 * u]]) continue;
      this.scoreParagraph(x.units[3 * u], x.units[3 * u + 1], x.units[3 * u + 2]);
    }
  }

  /**
   * The exact score of every sentence of paragraph p (sentences first…end − 1) that matches the query, offered
   * to `best`: each expansion's parts summed in query order, with the same arithmetic as the exhaustive search.
   */
  private scoreParagraph(p: number, first: number, end: number): void {
    const { x, terms, n, live, sentLen, avgS, avgP, avgT, withParagraphs, withTitle } = this;
    const { bm25: sp, paragraphBm25: pp, paragraphWeight, titleWeight } = this.options;
    this.counters.paragraphsScored++;
    x.markScored(p);
    const m = end - first;
    x.reserveParagraph(m);
    const entry = this.data.docs[this.paraDoc[p]]!;
    let paragraph = 0;
    let title = 0;
    for (let e = 0; e < n; e++) {
      const t = terms[e];
      const w = t.weight;
      let sum = 0;
      for (const row of [t.main, t.delta]) {
        if (!row) continue;
        const { ids, tfs, end: rowEnd } = row;
        let i = lowerBound(ids, row.start, rowEnd, first);
        this.counters.postingsRead += Math.ceil(Math.log2(rowEnd - row.start + 1));
        for (; i < rowEnd && ids[i] < end; i++) {
          const s = ids[i];
          if (!live[s]) continue;
          this.counters.postingsRead++;
          const tf = tfs[i];
          x.docS[s - first] += w * bm25(t.idfS, tf, sentLen[s], avgS, sp);
          x.docMatched[s - first] = 1;
          sum += tf;
        }
      }
      if (withParagraphs && sum > 0) paragraph += w * bm25(t.idfP, sum, this.paraLen[p], avgP, pp);
      if (withTitle) {
        const at = entry.titleTerms.indexOf(t.termId);
        if (at >= 0) title += w * titleWeight * bm25(t.idfT, entry.titleTfs[at], entry.titleTerms.length, avgT, pp);
      }
    }
    for (let k = 0; k < m; k++) {
      if (x.docMatched[k]) {
        let score = x.docS[k];
        if (withParagraphs) score += paragraphWeight * (paragraph + title);
        this.best.offer(first + k, score);
        x.docMatched[k] = 0;
      }
      x.docS[k] = 0;
    }
  }

  hits(): SearchHit[] {
    const { data, terms } = this;
    const holds = (t: Term, s: number) =>
      [t.main, t.delta].some((row) => {
        if (!row) return false;
        const i = lowerBound(row.ids, row.start, row.end, s);
        return i < row.end && row.ids[i] === s;
      });
    return this.best.sorted().map(({ item: s, score }) => {
      const hitTerms: string[] = [];
      for (const t of terms) if (!hitTerms.includes(t.term) && holds(t, s)) hitTerms.push(t.term);
      const entry = data.entryOfSentence(s);
      const passage: Passage = data.passagesOfEntry(entry)[s - entry.firstSentence];
      const document: SourceDocument = entry.document;
      return { passage, document, score, terms: hitTerms };
    });
  }

  clear(): void {
    // A search stopped during its walk (an exception) leaves marks: listed, so that their sums are cleared too.
    if (this.marked) this.listTouched(true);
    this.x.clear(this.nTouchedS, this.nTouchedP, this.nTouchedT);
    const { bBound, bList } = this.x;
    for (let k = 0; k < this.nBlocks; k++) bBound[bList[k]] = 0;
    this.nBlocks = 0;
  }
}


/**
 * Lists the sentences marked in `bits` (the first `words` words) in `out`, in increasing order; returns how many.
 * `unmark`: clears the marks.
 */
function listMarked(bits: Int32Array, words: number, out: Int32Array, unmark: boolean): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    let b = bits[w];
    if (b === 0) continue;
    if (unmark) bits[w] = 0;
    const base = w << 5;
    do {
      const low = b & -b;
      out[n++] = base + 31 - Math.clz32(low);
      b ^= low;
    } while (b !== 0);
  }
  return n;
}

/**
 * Offers (v, id) to a min-heap of the best `cap` values in `scores` / `ids` holding `size`; returns the new size.
 */
function pushBest(scores: Float64Array, ids: Int32Array, size: number, cap: number, v: number, id: number): number {
  if (size < cap) {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (scores[parent] <= v) break;
      scores[i] = scores[parent];
      ids[i] = ids[parent];
      i = parent;
    }
    scores[i] = v;
    ids[i] = id;
  } else if (v > scores[0]) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && scores[l + 1] < scores[l] ? l + 1 : l;
      if (scores[c] >= v) break;
      scores[i] = scores[c];
      ids[i] = ids[c];
      i = c;
    }
    scores[i] = v;
    ids[i] = id;
  }
  return size;
}

/** Postings `walkRow` reads ahead at a time (64 to 256 measured alike; see there). */
const BATCH = 128;

/** The state of walking one expansion's postings (see `walkRow`). */
interface Walk {
  /** Undefined when no sentence was removed since the last merge (nothing to skip). */
  live: Uint8Array | undefined;
  sentLen: Int32Array;
  /** Undefined without paragraph scores. */
  sentPara: Int32Array | undefined;
  paraLen: Int32Array;
  x: SearchScratch;
  /**
   * The sentence part by frequency f (1 to `TABLE_FREQUENCIES`) and sentence length l (below `LENGTH_TABLE`), at
   * (f − 1) · `LENGTH_TABLE` + l; NaN until first used (`lengthTable`).
   */
  once: Float64Array;
  /** The paragraph part by frequency and paragraph length, as `once` (`PARAGRAPH_TABLE` lengths). */
  paraOnce: Float64Array;
  w: number;
  idfS: number;
  idfP: number;
  avgS: number;
  avgP: number;
  sp: BM25Params;
  pp: BM25Params;
  /** Touched paragraphs so far; the largest sentence and paragraph partial sums. */
  nP: number;
  maxS: number;
  maxP: number;
  /** The paragraph being summed and its frequency so far. */
  last: number;
  sum: number;
  /** A sum of what `walkRow` read ahead (unused). */
  loaded: number;
  /** The block of each window (`Blocks`' delta and base), when the search bounded them (else undefined); each block's bound. */
  blockDelta: Uint8Array | undefined;
  blockBase: Int32Array;
  bBound: Float32Array;
  /** Postings in blocks whose bound is below this are passed over (see `Search.blockBounds`). */
  cut: number;
  /** Postings passed over. */
  skipped: number;
}

/**
 * Adds one part of an expansion's postings to the partial sums: the hot loop of a search, reading only locals and
 * the arrays it indexes by sentence and paragraph (a sentence or paragraph is touched when its partial sum is not 0:
 * every part is positive). Each paragraph's part is added when the walk leaves it, in locals (through the `walk`
 * object and a call per paragraph, the loop took 13% longer).
 *
 * The postings go in batches of `BATCH`: a first loop only reads what the batch's postings index (sentence length,
 * partial sums, paragraph and its length), then the second adds the parts. Nearly every posting of a query is a
 * sentence no expansion walked before touched, so after a pause (the arrays evicted from the caches) each costs
 * cache misses in four or five arrays; the first loop, loads without stores or branches, lets the processor wait
 * on many of them at once, where the second one's longer body waited on a few at a time (bench/README.md,
 * "Search latency").
 */
function walkRow(row: RowSlice, walk: Walk): void {
  const { ids, tfs, start, end } = row;
  const { live, sentLen, sentPara, paraLen, x, once, paraOnce, w, idfS, idfP, avgS, avgP, sp, pp, blockDelta, blockBase, bBound, cut } = walk;
  const sBits = x.sBits;
  const sPart = x.sPart;
  const pList = x.pList;
  const pPart = x.pPart;
  const table = LENGTH_TABLE;
  const paraTable = PARAGRAPH_TABLE;
  let nP = walk.nP;
  let maxS = walk.maxS;
  let maxP = walk.maxP;
  let last = walk.last;
  let sum = walk.sum;
  let loaded = 0;
  let skipped = 0;
  for (let from = start; from < end; from += BATCH) {
    const to = Math.min(from + BATCH, end);
    if (sentPara !== undefined) {
      for (let i = from; i < to; i++) {
        const s = ids[i];
        if (blockDelta !== undefined && bBound[blockBase[s >> (BLOCK_SHIFT + 6)] + blockDelta[s >> BLOCK_SHIFT]] < cut) continue;
        const p = sentPara[s];
        loaded += sentLen[s] + sPart[s] + pPart[p] + paraLen[p];
      }
    } else for (let i = from; i < to; i++) loaded += sentLen[ids[i]] + sPart[ids[i]];
    for (let i = from; i < to; i++) {
      const s = ids[i];
      if (live !== undefined && live[s] === 0) continue;
      // A block cannot make the cut: whole paragraphs, so the paragraph sum below is never left half done.
      if (blockDelta !== undefined && bBound[blockBase[s >> (BLOCK_SHIFT + 6)] + blockDelta[s >> BLOCK_SHIFT]] < cut) {
        skipped++;
        continue;
      }
      const tf = tfs[i];
      const length = sentLen[s];
      const before = sPart[s];
      if (before === 0) sBits[s >> 5] |= 1 << (s & 31);
      let part: number;
      if (tf <= TABLE_FREQUENCIES && length < table) {
        // The same arithmetic as below, done once per frequency and length.
        const at = (tf - 1) * table + length;
        part = once[at];
        if (part !== part) part = once[at] = w * bm25(idfS, tf, length, avgS, sp);
      } else part = w * bm25(idfS, tf, length, avgS, sp);
      const v = (sPart[s] = before + part);
      if (v > maxS) maxS = v;
      if (sentPara !== undefined) {
        const p = sentPara[s];
        if (p !== last) {
          if (last >= 0) {
            // The paragraph part of the paragraph just summed, as `addParagraphPart` adds it (kept in locals here).
            const had = pPart[last];
            if (had === 0) pList[nP++] = last;
            const length = paraLen[last];
            let part: number;
            if (sum <= TABLE_FREQUENCIES && length < paraTable) {
              const at = (sum - 1) * paraTable + length;
              part = paraOnce[at];
              if (part !== part) part = paraOnce[at] = w * bm25(idfP, sum, length, avgP, pp);
            } else part = w * bm25(idfP, sum, length, avgP, pp);
            const u = (pPart[last] = had + part);
            if (u > maxP) maxP = u;
          }
          last = p;
          sum = 0;
        }
        sum += tf;
      }
    }
  }
  // Kept, so that the first loop's loads are not dropped as unused.
  walk.loaded += loaded;
  walk.skipped += skipped;
  walk.nP = nP;
  walk.maxS = maxS;
  walk.maxP = maxP;
  walk.last = last;
  walk.sum = sum;
}

/** Adds the paragraph part of the paragraph being summed (`walk.last`, frequency `walk.sum`). */
function addParagraphPart(walk: Walk): void {
  const { x, last: p, sum, w, idfP, paraLen, avgP, pp } = walk;
  const before = x.pPart[p];
  if (before === 0) x.pList[walk.nP++] = p;
  const v = (x.pPart[p] = before + w * bm25(idfP, sum, paraLen[p], avgP, pp));
  if (v > walk.maxP) walk.maxP = v;
}

function addExactParagraph(e: ExactScratch, n: number, p: number, value: number): number {
  if (e.pTouched[p] === 0) {
    e.pTouched[p] = 1;
    e.pList[n++] = p;
  }
  e.p[p] += value;
  return n;
}

/** The first index in ids[from…to) whose value is `target` or more (ids ascending). */
function lowerBound(ids: Int32Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** As `lowerBound`, searching forward from `from` in growing steps (cheap when the answer is near). */
function gallop(ids: Int32Array, from: number, to: number, target: number): number {
  if (from >= to || ids[from] >= target) return from;
  let lo = from + 1;
  let step = 1;
  let hi = lo;
  while (hi < to && ids[hi] < target) {
    lo = hi + 1;
    hi = lo + step;
    step *= 2;
  }
  return lowerBound(ids, lo, Math.min(hi, to), target);
}

/** Sums of the exhaustive search, in 64 bits, per sentence, paragraph and document, with touched flags and lists. */
class ExactScratch {
  s: Float64Array;
  sTouched: Uint8Array;
  sList: Int32Array;
  p: Float64Array;
  pTouched: Uint8Array;
  pList: Int32Array;
  t: Float64Array;
  tTouched: Uint8Array;
  tList: Int32Array;

  constructor(sentences: number, paragraphs: number, documents: number) {
    this.s = new Float64Array(sentences);
    this.sTouched = new Uint8Array(sentences);
    this.sList = new Int32Array(sentences);
    this.p = new Float64Array(paragraphs);
    this.pTouched = new Uint8Array(paragraphs);
    this.pList = new Int32Array(paragraphs);
    this.t = new Float64Array(documents);
    this.tTouched = new Uint8Array(documents);
    this.tList = new Int32Array(documents);
  }

  fits(sentences: number, paragraphs: number, documents: number): boolean {
    return this.s.length >= sentences && this.p.length >= paragraphs && this.t.length >= documents;
  }

  clear(sentences: number, paragraphs: number, documents: number): void {
    for (let k = 0; k < sentences; k++) {
      this.s[this.sList[k]] = 0;
      this.sTouched[this.sList[k]] = 0;
    }
    for (let k = 0; k < paragraphs; k++) {
      this.p[this.pList[k]] = 0;
      this.pTouched[this.pList[k]] = 0;
    }
    for (let k = 0; k < documents; k++) {
      this.t[this.tList[k]] = 0;
      this.tTouched[this.tList[k]] = 0;
    }
  }
}

/**
 * Scratch of the search, reused from search to search and left zeroed: partial sums in 32 bits per sentence
 * (`s…`), paragraph (`p…`) and title (`t…`, by document), each with the list of those touched (non-zero); per
 * paragraph, whether it was scored exactly and its candidate unit; the candidate paragraphs (`units`: paragraph,
 * first sentence and end, and `upper`, their upper bounds); one paragraph's exact sums (`doc…`).
 */
export class SearchScratch {
  sList = new Int32Array(0);
  /** The sentences the walk touched, one bit each (see `Search.listTouched`). */
  sBits = new Int32Array(0);
  sPart = new Float32Array(0);
  pList = new Int32Array(0);
  pPart = new Float32Array(0);
  tList = new Int32Array(0);
  tPart = new Float32Array(0);
  pScored = new Uint8Array(0);
  /** Per candidate paragraph: its unit's index + 1 (while `gather` runs). */
  pUnitAt = new Int32Array(0);
  units = new Int32Array(0);
  upper = new Float64Array(0);
  docS = new Float64Array(0);
  docMatched = new Uint8Array(0);
  private scoredList = new Int32Array(0);
  private nScored = 0;
  private table = new Float64Array(TABLE_FREQUENCIES * LENGTH_TABLE);
  private paraTable = new Float64Array(TABLE_FREQUENCIES * PARAGRAPH_TABLE);
  private heapScores = new Float64Array(0);
  private heapIds = new Int32Array(0);
  private exactScratch?: ExactScratch;
  /** The main postings of the current search's expansions, decoded. */
  readonly decoded = new DecodeBuffer();
  /** Per block: the bound of the current search's expansions in it (`Search.blockBounds`), 0 when untouched. */
  bBound = new Float32Array(0);
  /** Touched blocks, one bit each (cleared when listed), and their list. */
  bMarks = new Int32Array(0);
  bList = new Int32Array(0);

  /** Makes room for the given number of blocks; returns this. */
  reserveBlocks(blocks: number): this {
    if (this.bBound.length < blocks) {
      this.bBound = new Float32Array(blocks);
      this.bMarks = new Int32Array((blocks + 31) >> 5);
      this.bList = new Int32Array(blocks);
    }
    return this;
  }

  /** Makes room for the given numbers of sentences, paragraphs and documents; returns this. */
  reserve(sentences: number, paragraphs: number, documents: number): this {
    if (this.sPart.length < sentences) {
      this.sList = new Int32Array(sentences);
      this.sBits = new Int32Array((sentences + 31) >> 5);
      this.sPart = new Float32Array(sentences);
    }
    if (this.pPart.length < paragraphs) {
      this.pList = new Int32Array(paragraphs);
      this.pPart = new Float32Array(paragraphs);
      this.pScored = new Uint8Array(paragraphs);
      this.pUnitAt = new Int32Array(paragraphs);
      this.scoredList = new Int32Array(paragraphs);
    }
    if (this.tPart.length < documents) {
      this.tList = new Int32Array(documents);
      this.tPart = new Float32Array(documents);
    }
    return this;
  }

  /** The exhaustive search's sums (made on first use: only tests and benchmarks search exhaustively). */
  exact(sentences: number, paragraphs: number, documents: number): ExactScratch {
    if (!this.exactScratch?.fits(sentences, paragraphs, documents)) this.exactScratch = new ExactScratch(sentences, paragraphs, documents);
    return this.exactScratch;
  }

  /**
   * The table of an expansion's sentence parts by frequency and length (`Walk.once`), emptied (NaN: filled on
   * first use, so that a short list costs no more than it uses). Valid until the next call.
   */
  lengthTable(): Float64Array {
    return this.table.fill(NaN);
  }

  /** As `lengthTable`, for the paragraph parts (`Walk.paraOnce`). */
  paragraphTable(): Float64Array {
    return this.paraTable.fill(NaN);
  }

  /** Room for a heap of n scores and ids. */
  heap(n: number): { scores: Float64Array; ids: Int32Array } {
    if (this.heapScores.length < n) {
      this.heapScores = new Float64Array(n);
      this.heapIds = new Int32Array(n);
    }
    return { scores: this.heapScores, ids: this.heapIds };
  }

  markScored(p: number): void {
    this.pScored[p] = 1;
    this.scoredList[this.nScored++] = p;
  }

  /** Sets unit u (paragraph p, its sentences first…end − 1, its upper bound); returns u + 1. */
  addUnit(u: number, p: number, first: number, end: number, upper: number): number {
    if (3 * (u + 1) > this.units.length) {
      const size = Math.max(2 * (u + 1), 256);
      const units = new Int32Array(3 * size);
      units.set(this.units);
      this.units = units;
      const bounds = new Float64Array(size);
      bounds.set(this.upper);
      this.upper = bounds;
    }
    this.units[3 * u] = p;
    this.units[3 * u + 1] = first;
    this.units[3 * u + 2] = end;
    this.upper[u] = upper;
    return u + 1;
  }

  reserveParagraph(sentences: number): void {
    if (this.docS.length < sentences) {
      this.docS = new Float64Array(sentences);
      this.docMatched = new Uint8Array(sentences);
    }
  }

  /** Sorts the first n units (and their upper bounds) by first sentence. */
  sortUnits(n: number): void {
    if (n < 2) return;
    const keys = new Float64Array(n);
    for (let u = 0; u < n; u++) keys[u] = this.units[3 * u + 1] * n + u;
    keys.sort();
    const units = this.units.slice(0, 3 * n);
    const upper = this.upper.slice(0, n);
    for (let k = 0; k < n; k++) {
      const from = keys[k] % n;
      this.units[3 * k] = units[3 * from];
      this.units[3 * k + 1] = units[3 * from + 1];
      this.units[3 * k + 2] = units[3 * from + 2];
      this.upper[k] = upper[from];
    }
  }

  /** The first n units' indices, highest upper bound first (ties: sentence order). */
  byUpper(n: number): Int32Array {
    const order = new Int32Array(n);
    for (let u = 0; u < n; u++) order[u] = u;
    const upper = this.upper;
    return order.sort((a, b) => upper[b] - upper[a] || a - b);
  }

  /** Zeroes what a search touched (the first n entries of each list). */
  clear(sentences: number, paragraphs: number, documents: number): void {
    for (let k = 0; k < sentences; k++) this.sPart[this.sList[k]] = 0;
    for (let k = 0; k < paragraphs; k++) this.pPart[this.pList[k]] = 0;
    for (let k = 0; k < documents; k++) this.tPart[this.tList[k]] = 0;
    for (let k = 0; k < this.nScored; k++) this.pScored[this.scoredList[k]] = 0;
    this.nScored = 0;
  }
}
