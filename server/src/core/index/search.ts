/**
 * Search of the source index: one path for every query.
 *
 * A passage (sentence s in paragraph p of document d) scores
 *
 *     Σ_e w_e · BM25+(s, e) · q_s  +  paragraphWeight · Σ_e w_e · (BM25+(p, e) + titleWeight · BM25+(title d, e)) · q_p
 *
 * over the expansions e of the query terms (each query term stands for itself and, with prefix or fuzzy
 * matching, for other vocabulary terms; w_e is the expansion's weight times the query term's multiplicity),
 * where q_s is the number of distinct query terms the sentence matches and q_p the number its paragraph text
 * or its document's title matches. This is what MiniSearch computes for a sentence index and for a paragraph
 * index with fields `text` and `title`. Only sentences that match at least one term are ranked.
 *
 * The work is one walk over the postings of each expansion, accumulating into typed arrays indexed by sentence,
 * paragraph and document number, reused from search to search (and left zeroed); then a bounded heap keeps the
 * best `limit` sentences. Per query term (all its expansions together), titles are walked before paragraph text,
 * so that a paragraph knows whether its document's title already matched that term: q_p = text matches +
 * title matches − both. The matched terms of a hit are looked up in the postings for the few hits returned.
 */
import type { Passage, SourceDocument } from '../types';
import type { IndexData } from './indexData';
import type { SearchHit } from './passageIndex';
import { bm25Score, expandTerm, TopK, type BM25Params, type ExpansionOptions } from './scoring';
import { processTerm, tokenize } from './tokenize';

export interface ScoringOptions extends ExpansionOptions {
  paragraphWeight: number;
  titleWeight: number;
  bm25: BM25Params;
  paragraphBm25: BM25Params;
}

/** One expansion of a query term: the term id, the term (for `SearchHit.terms`), its weight, its query term. */
interface WeightedTerm {
  query: number;
  termId: number;
  term: string;
  weight: number;
}

/**
 * The query's expansions, grouped by query term in query order (duplicates of a query term count in its weight,
 * once in the quality); query terms without a match in the vocabulary are left out.
 */
function expandQuery(data: IndexData, query: string, options: ExpansionOptions): WeightedTerm[] {
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
  let active = 0;
  const df = (id: number) => data.sentenceDf(id);
  for (const term of order) {
    const expansions = expandTerm(term, data.termIds.get(term), data.termList, df, options);
    if (expansions.length === 0) continue;
    const m = multiplicity.get(term)!;
    for (const e of expansions) out.push({ query: active, termId: e.termId, term: e.term, weight: m * e.weight });
    active++;
  }
  return out;
}

/** Passages matching the query, best first (see the file comment for the score). */
export function searchIndex(
  data: IndexData,
  scratch: SearchScratch,
  query: string,
  limit: number,
  documents: readonly string[] | undefined,
  options: ScoringOptions,
): SearchHit[] {
  if (limit <= 0 || data.liveSentences === 0) return [];
  const expansions = expandQuery(data, query, options);
  if (expansions.length === 0) return [];
  let allowed: Uint8Array | undefined;
  if (documents) {
    allowed = new Uint8Array(data.docs.length);
    for (const id of documents) {
      const entry = data.entries.get(id);
      if (entry) allowed[entry.number] = 1;
    }
  }

  const { paragraphWeight, titleWeight, bm25, paragraphBm25 } = options;
  const withParagraphs = paragraphWeight > 0;
  const withTitle = withParagraphs && titleWeight > 0;
  const nS = data.liveSentences;
  const nP = data.liveParagraphs;
  const avgS = data.sumSentLen / Math.max(1, nS);
  const avgP = data.sumParaLen / Math.max(1, nP);
  const avgT = data.sumTitleLen / Math.max(1, nP);
  const sentLen = data.sentLen.data;
  const sentPara = data.sentPara.data;
  const paraLen = data.paraLen.data;
  const paraDoc = data.paraDoc.data;
  const x = scratch.reserve(sentLen.length, paraLen.length, data.docs.length);

  let nTouchedS = 0;
  let nTouchedP = 0;
  let nTouchedT = 0;
  try {
    for (let first = 0; first < expansions.length; ) {
      const q = expansions[first].query;
      let end = first;
      while (end < expansions.length && expansions[end].query === q) end++;
      const mark = q + 1;
      // Titles first: a paragraph then sees whether its document's title matched this query term.
      if (withTitle) {
        for (let e = first; e < end; e++) {
          const { termId, weight: w } = expansions[e];
          const docs = data.titleIndex.get(termId);
          if (!docs) continue;
          let dfT = 0;
          for (const d of docs) dfT += data.docs[d]!.paragraphCount;
          for (const d of docs) {
            if (allowed && !allowed[d]) continue;
            const entry = data.docs[d]!;
            const at = entry.titleTerms.indexOf(termId);
            if (x.tTouched[d] === 0) {
              x.tTouched[d] = 1;
              x.tList[nTouchedT++] = d;
            }
            x.tScore[d] += w * titleWeight * bm25Score(entry.titleTfs[at], dfT, nP, entry.titleTerms.length, avgT, paragraphBm25);
            if (x.tLastQ[d] !== mark) {
              x.tLastQ[d] = mark;
              x.tQuality[d]++;
            }
          }
        }
      }
      for (let e = first; e < end; e++) {
        const { termId, weight: w } = expansions[e];
        const { count: dfS, paragraphs: dfP } = data.frequencies(termId);
        data.forEachPosting(
          termId,
          (s, tf, p) => {
            if (allowed && !allowed[paraDoc[p]]) return;
            if (x.sTouched[s] === 0) {
              x.sTouched[s] = 1;
              x.sList[nTouchedS++] = s;
            }
            x.sScore[s] += w * bm25Score(tf, dfS, nS, sentLen[s], avgS, bm25);
            if (x.sLastQ[s] !== mark) {
              x.sLastQ[s] = mark;
              x.sQuality[s]++;
            }
          },
          withParagraphs
            ? (p, tf) => {
                const d = paraDoc[p];
                if (allowed && !allowed[d]) return;
                if (x.pTouched[p] === 0) {
                  x.pTouched[p] = 1;
                  x.pList[nTouchedP++] = p;
                }
                x.pScore[p] += w * bm25Score(tf, dfP, nP, paraLen[p], avgP, paragraphBm25);
                if (x.pLastQ[p] !== mark) {
                  x.pLastQ[p] = mark;
                  x.pQuality[p]++;
                  if (x.tLastQ[d] === mark) x.pBoth[p]++;
                }
              }
            : undefined,
        );
      }
      first = end;
    }

    // Each touched sentence's final score; keep the best `limit`.
    const ordinalOf = (s: number) => s - data.entryOfSentence(s).firstSentence;
    const idOf = (s: number) => data.entryOfSentence(s).document.id;
    /** Whether sentence a ranks before sentence b: higher score, then document id, then position. */
    const before = (a: number, sa: number, b: number, sb: number): boolean => {
      if (sa !== sb) return sa > sb;
      const ia = idOf(a);
      const ib = idOf(b);
      return ia !== ib ? ia < ib : ordinalOf(a) < ordinalOf(b);
    };
    const best = new TopK(limit, before);
    for (let k = 0; k < nTouchedS; k++) {
      const s = x.sList[k];
      let score = x.sScore[s] * x.sQuality[s];
      if (withParagraphs) {
        const p = sentPara[s];
        const d = paraDoc[p];
        const quality = x.pQuality[p] + x.tQuality[d] - x.pBoth[p];
        score += paragraphWeight * ((x.pScore[p] + x.tScore[d]) * quality);
      }
      best.offer(s, score);
    }
    return best.sorted().map(({ item: s, score }) => {
      const terms: string[] = [];
      for (const e of expansions) if (!terms.includes(e.term) && data.postings.has(e.termId, s)) terms.push(e.term);
      const entry = data.entryOfSentence(s);
      const passage: Passage = data.passagesOfEntry(entry)[s - entry.firstSentence];
      const document: SourceDocument = entry.document;
      return { passage, document, score, terms };
    });
  } finally {
    x.clear(nTouchedS, nTouchedP, nTouchedT);
  }
}

/** Per-search accumulators indexed by sentence (`s…`), paragraph (`p…`) and document (`t…`, title) number. */
export class SearchScratch {
  sTouched = new Uint8Array(0);
  sList = new Int32Array(0);
  sScore = new Float64Array(0);
  /** Distinct query terms matched, and the last query term counted (its index + 1). */
  sQuality = new Int32Array(0);
  sLastQ = new Int32Array(0);
  pTouched = new Uint8Array(0);
  pList = new Int32Array(0);
  pScore = new Float64Array(0);
  pQuality = new Int32Array(0);
  pLastQ = new Int32Array(0);
  /** Query terms matched by both the paragraph's text and its document's title. */
  pBoth = new Int32Array(0);
  tTouched = new Uint8Array(0);
  tList = new Int32Array(0);
  tScore = new Float64Array(0);
  tQuality = new Int32Array(0);
  tLastQ = new Int32Array(0);

  /** Makes room for the given numbers of sentences, paragraphs and documents; returns this. */
  reserve(sentences: number, paragraphs: number, documents: number): this {
    if (this.sScore.length < sentences) {
      this.sTouched = new Uint8Array(sentences);
      this.sList = new Int32Array(sentences);
      this.sScore = new Float64Array(sentences);
      this.sQuality = new Int32Array(sentences);
      this.sLastQ = new Int32Array(sentences);
    }
    if (this.pScore.length < paragraphs) {
      this.pTouched = new Uint8Array(paragraphs);
      this.pList = new Int32Array(paragraphs);
      this.pScore = new Float64Array(paragraphs);
      this.pQuality = new Int32Array(paragraphs);
      this.pLastQ = new Int32Array(paragraphs);
      this.pBoth = new Int32Array(paragraphs);
    }
    if (this.tScore.length < documents) {
      this.tTouched = new Uint8Array(documents);
      this.tList = new Int32Array(documents);
      this.tScore = new Float64Array(documents);
      this.tQuality = new Int32Array(documents);
      this.tLastQ = new Int32Array(documents);
    }
    return this;
  }

  /** Zeroes what a search touched (the first n entries of each list). */
  clear(sentences: number, paragraphs: number, documents: number): void {
    for (let k = 0; k < sentences; k++) {
      const s = this.sList[k];
      this.sTouched[s] = 0;
      this.sScore[s] = 0;
      this.sQuality[s] = 0;
      this.sLastQ[s] = 0;
    }
    for (let k = 0; k < paragraphs; k++) {
      const p = this.pList[k];
      this.pTouched[p] = 0;
      this.pScore[p] = 0;
      this.pQuality[p] = 0;
      this.pLastQ[p] = 0;
      this.pBoth[p] = 0;
    }
    for (let k = 0; k < documents; k++) {
      const d = this.tList[k];
      this.tTouched[d] = 0;
      this.tScore[d] = 0;
      this.tQuality[d] = 0;
      this.tLastQ[d] = 0;
    }
  }
}
