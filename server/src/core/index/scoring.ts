/**
 * Scoring of the source index: BM25+, the expansion of a query term to vocabulary terms (prefix and fuzzy
 * matching), and a bounded heap of the best hits. Pure functions of their arguments; `search.ts` applies them.
 *
 * The BM25+ formula, the sentence constants and the prefix and fuzzy weights are MiniSearch's (7.2,
 * `src/MiniSearch.ts`: `calcBM25Score`, `defaultSearchOptions`, `executeQuerySpec`), which this index replaced.
 */

export interface BM25Params {
  /** Term-frequency saturation. */
  k: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
  /** BM25+ lower bound added to the score of every matching term. */
  d: number;
}

/** BM25+ over sentences: MiniSearch's default `bm25` option `{ k: 1.2, b: 0.7, d: 0.5 }`. */
export const SENTENCE_BM25: Readonly<BM25Params> = Object.freeze({ k: 1.2, b: 0.7, d: 0.5 });

/**
 * BM25+ over paragraphs and titles: b = 0.75, the usual default (Robertson and Zaragoza, "The Probabilistic
 * Relevance Framework", 2009; Lucene's default); d = 1, chosen with `paragraphWeight` on the fit half of
 * SciFact's claims (bench/README.md, "Retrieval").
 */
export const PARAGRAPH_BM25: Readonly<BM25Params> = Object.freeze({ k: 1.2, b: 0.75, d: 1 });

/**
 * BM25+ of one term in one field: the IDF ln(1 + (n − df + 0.5) / (df + 0.5)) times the saturated, length
 * normalised term frequency plus `d`, as MiniSearch computes it.
 */
export function bm25Score(tf: number, df: number, n: number, length: number, average: number, params: BM25Params): number {
  return bm25(bm25Idf(df, n), tf, length, average, params);
}

/** The IDF part of `bm25Score`: ln(1 + (n − df + 0.5) / (df + 0.5)). */
export function bm25Idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * `bm25Score` with its IDF computed once per term (the same arithmetic, so the same bits: the search and the
 * reference implementation in the tests agree exactly).
 */
export function bm25(idf: number, tf: number, length: number, average: number, { k, b, d }: BM25Params): number {
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / average)));
}

/**
 * An upper bound of `bm25` over the postings of a term whose largest frequency is `maxTf` and whose shortest
 * field has `minLength` terms (the score rises with tf and falls with length); Infinity for parameters under which
 * it does not (negative k, b outside [0, 1], negative d), so that nothing is pruned.
 */
export function bm25Bound(idf: number, maxTf: number, minLength: number, average: number, params: BM25Params): number {
  const { k, b, d } = params;
  if (!(k >= 0 && b >= 0 && b <= 1 && d >= 0)) return Infinity;
  return bm25(idf, maxTf, minLength, average, params);
}

// ---------------------------------------------------------------------------------------------------------
// Expansion of a query term

/** Weight of a prefix match at distance 0 (MiniSearch's `weights.prefix`). */
export const PREFIX_WEIGHT = 0.375;
/** Weight of a fuzzy match at distance 0 (MiniSearch's `weights.fuzzy`). */
export const FUZZY_WEIGHT = 0.45;
/** How much each extra character of a prefix match lowers its weight (MiniSearch: `0.3 * distance`). */
export const PREFIX_DISTANCE_FACTOR = 0.3;
/** Upper bound on the edit distance of a fractional `fuzzy` option (MiniSearch's `maxFuzzy`). */
export const MAX_FUZZY_DISTANCE = 6;

/** One vocabulary term a query term stands for, with the weight of its matches. */
export interface Expansion {
  termId: number;
  /** The vocabulary term (for `SearchHit.terms`). */
  term: string;
  weight: number;
}

export interface ExpansionOptions {
  prefix: boolean;
  fuzzy: number | false;
}

/**
 * The vocabulary terms a (normalised) query term matches: itself with weight 1, then, in vocabulary order, the
 * longer terms it is a prefix of and the terms within the fuzzy edit distance. Terms that no live passage holds
 * (`documentFrequency` 0) are left out of the prefix and fuzzy matches.
 */
export function expandTerm(
  term: string,
  exactId: number | undefined,
  vocabulary: readonly string[],
  documentFrequency: (termId: number) => number,
  { prefix, fuzzy }: ExpansionOptions,
): Expansion[] {
  const out: Expansion[] = [];
  if (exactId !== undefined) out.push({ termId: exactId, term, weight: 1 });
  const maxDistance = fuzzy ? (fuzzy < 1 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(term.length * fuzzy)) : fuzzy) : 0;
  if (!prefix && !maxDistance) return out;
  vocabulary.forEach((candidate, id) => {
    if (candidate === term || documentFrequency(id) === 0) return;
    if (prefix && candidate.startsWith(term)) {
      const distance = candidate.length - term.length;
      out.push({ termId: id, term: candidate, weight: (PREFIX_WEIGHT * candidate.length) / (candidate.length + PREFIX_DISTANCE_FACTOR * distance) });
      return;
    }
    if (maxDistance) {
      const distance = boundedLevenshtein(term, candidate, maxDistance);
      if (distance > 0 && distance <= maxDistance) out.push({ termId: id, term: candidate, weight: (FUZZY_WEIGHT * candidate.length) / (candidate.length + distance) });
    }
  });
  return out;
}

/** Levenshtein distance of a and b, or max + 1 when it is over `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
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

// ---------------------------------------------------------------------------------------------------------
// The best k hits

/**
 * The best `limit` of a stream of (item, score) pairs under an order `before` (a strict total order: true when
 * the first pair ranks before the second) in which a higher score always ranks first. A min-heap with the worst kept pair at its top, so a pair that does
 * not make the cut costs one comparison.
 */
export class TopK {
  private readonly items: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly before: (a: number, scoreA: number, b: number, scoreB: number) => boolean,
  ) {}

  offer(item: number, score: number): void {
    const { items, scores } = this;
    if (items.length < this.limit) {
      items.push(item);
      scores.push(score);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
    } else if (items.length > 0 && score >= scores[0] && (score > scores[0] || this.before(item, score, items[0], scores[0]))) {
      items[0] = item;
      scores[0] = score;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.worse(l, m)) m = l;
        if (r < items.length && this.worse(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
  }

  /** Whether `limit` pairs are kept: from then on, a pair must rank before the worst kept one to get in. */
  get full(): boolean {
    return this.items.length >= this.limit;
  }

  /** The score of the worst kept pair (-Infinity while none is kept). */
  get worstScore(): number {
    return this.items.length ? this.scores[0] : -Infinity;
  }

  /** The kept pairs, best first. */
  sorted(): { item: number; score: number }[] {
    const out = this.items.map((item, i) => ({ item, score: this.scores[i] }));
    out.sort((a, b) => (this.before(a.item, a.score, b.item, b.score) ? -1 : 1));
    return out;
  }

  /** Whether the pair at heap position i is worse than the one at j. */
  private worse(i: number, j: number): boolean {
    return this.before(this.items[j], this.scores[j], this.items[i], this.scores[i]);
  }

  private swap(i: number, j: number): void {
    const { items, scores } = this;
    [items[i], items[j]] = [items[j], items[i]];
    [scores[i], scores[j]] = [scores[j], scores[i]];
  }
}
