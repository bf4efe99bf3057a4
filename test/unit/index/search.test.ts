/**
 * `SourceIndex.search` against a reference implementation written for clarity, not speed: it recomputes every
 * statistic from the index's passages (as the production splitter made them) with maps, scores every passage by
 * the formula in `core/index/search.ts`, and sorts them all. The index must give the same hits, in the same
 * order, with the same scores and matched terms, on real text (the SciFact slice in test/fixtures), both pruned
 * (the default: MaxScore, which skips postings that cannot change the best hits) and exhaustive: plain queries,
 * queries restricted to some documents, prefix and fuzzy matching (queries that expand to well over 64
 * vocabulary terms), other weights and limits, documents repeated under other ids (ties), and after documents
 * are removed and replaced. The pruning must also skip work: fewer postings read than exhaustive search.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SOURCE_INDEX_OPTIONS, SourceIndex, type SearchHit, type SourceIndexOptions } from '../../../server/src/core/index/sourceIndex';
import { bm25Score, FUZZY_WEIGHT, MAX_FUZZY_DISTANCE, PREFIX_DISTANCE_FACTOR, PREFIX_WEIGHT } from '../../../server/src/core/index/scoring';
import { processTerm, tokenize } from '../../../server/src/core/index/tokenize';
import { passageText, type Passage, type SourceDocument } from '../../../server/src/core/types';
import { scifactSlice } from '../helpers/fixtures';

const { documents, claims } = scifactSlice();

type Counts = Map<string, number>;

function countTerms(text: string): Counts {
  const out: Counts = new Map();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.set(term, (out.get(term) ?? 0) + 1);
  }
  return out;
}

interface RefPassage {
  passage: Passage;
  document: SourceDocument;
  tf: Counts;
  paragraph: RefParagraph;
}

interface RefParagraph {
  document: SourceDocument;
  tf: Counts;
  /** Distinct terms of the paragraph's sentences. */
  length: number;
}

/** Levenshtein distance, plainly. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** The reference: every statistic recomputed from the index's passages, every passage scored, all sorted. */
class Reference {
  readonly passages: RefPassage[] = [];
  readonly paragraphs: RefParagraph[] = [];
  /** Passages holding each term. */
  private readonly dfS = new Map<string, number>();
  private readonly titles = new Map<string, Counts>();
  private readonly paragraphCount = new Map<string, number>();
  /** Vocabulary in the order the index met its terms (document by document: sentences, then the title). */
  private readonly vocabulary: string[] = [];
  private readonly known = new Set<string>();

  constructor(index: SourceIndex) {
    const meet = (terms: Iterable<string>) => {
      for (const t of terms) if (!this.known.has(t)) (this.known.add(t), this.vocabulary.push(t));
    };
    for (const document of index.documents()) {
      const paragraphs = new Map<string, RefParagraph>();
      for (const passage of index.passagesOf(document.id)) {
        const tf = countTerms(passageText(document, passage));
        meet(tokenize(passageText(document, passage)).map(processTerm).filter((t): t is string => !!t));
        const key = `${passage.paragraph.start}:${passage.paragraph.end}`;
        let paragraph = paragraphs.get(key);
        if (!paragraph) paragraphs.set(key, (paragraph = { document, tf: new Map(), length: 0 }));
        for (const [t, n] of tf) paragraph.tf.set(t, (paragraph.tf.get(t) ?? 0) + n);
        this.passages.push({ passage, document, tf, paragraph });
        for (const t of tf.keys()) this.dfS.set(t, (this.dfS.get(t) ?? 0) + 1);
      }
      for (const p of paragraphs.values()) {
        p.length = p.tf.size;
        this.paragraphs.push(p);
      }
      this.paragraphCount.set(document.id, paragraphs.size);
      const title = countTerms(document.title ?? '');
      meet(tokenize(document.title ?? '').map(processTerm).filter((t): t is string => !!t));
      this.titles.set(document.id, title);
    }
  }

  search(query: string, options: typeof DEFAULT_SOURCE_INDEX_OPTIONS, limit: number, only?: readonly string[]): { hits: SearchHit[]; expansions: number } {
    const { paragraphWeight, titleWeight, bm25, paragraphBm25, prefix, fuzzy } = options;
    const { passages, paragraphs } = this;
    const nS = passages.length;
    const nP = paragraphs.length;
    const avgS = passages.reduce((sum, p) => sum + p.tf.size, 0) / Math.max(1, nS);
    const avgP = paragraphs.reduce((sum, p) => sum + p.length, 0) / Math.max(1, nP);
    const avgT = paragraphs.reduce((sum, p) => sum + this.titles.get(p.document.id)!.size, 0) / Math.max(1, nP);
    const dfS = (t: string) => this.dfS.get(t) ?? 0;

    // Query terms with their multiplicity, then their expansions.
    const multiplicity = new Map<string, number>();
    for (const token of tokenize(query)) {
      const term = processTerm(token);
      if (term) multiplicity.set(term, (multiplicity.get(term) ?? 0) + 1);
    }
    const expansions: { query: string; term: string; weight: number }[] = [];
    for (const [q, m] of multiplicity) {
      if (this.known.has(q)) expansions.push({ query: q, term: q, weight: m });
      const maxDistance = fuzzy ? (fuzzy < 1 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(q.length * fuzzy)) : fuzzy) : 0;
      for (const candidate of this.vocabulary) {
        if (candidate === q || dfS(candidate) === 0) continue;
        if (prefix && candidate.startsWith(q)) {
          const weight = (PREFIX_WEIGHT * candidate.length) / (candidate.length + PREFIX_DISTANCE_FACTOR * (candidate.length - q.length));
          expansions.push({ query: q, term: candidate, weight: m * weight });
        } else if (maxDistance) {
          const d = distance(q, candidate);
          if (d > 0 && d <= maxDistance) expansions.push({ query: q, term: candidate, weight: (m * (FUZZY_WEIGHT * candidate.length)) / (candidate.length + d) });
        }
      }
    }
    const stats = new Map(
      expansions.map((e) => [
        e.term,
        {
          s: dfS(e.term),
          p: paragraphs.filter((p) => p.tf.has(e.term)).length,
          t: [...this.titles].filter(([, title]) => title.has(e.term)).reduce((sum, [id]) => sum + this.paragraphCount.get(id)!, 0),
        },
      ]),
    );

    const scored: { hit: SearchHit; ordinal: number }[] = [];
    for (const p of passages) {
      if (only && !only.includes(p.document.id)) continue;
      const title = this.titles.get(p.document.id)!;
      let sScore = 0;
      let pScore = 0;
      let tScore = 0;
      let matched = false;
      const terms: string[] = [];
      for (const e of expansions) {
        const df = stats.get(e.term)!;
        const tf = p.tf.get(e.term) ?? 0;
        if (tf > 0) {
          sScore += e.weight * bm25Score(tf, df.s, nS, p.tf.size, avgS, bm25);
          matched = true;
          if (!terms.includes(e.term)) terms.push(e.term);
        }
        const ptf = p.paragraph.tf.get(e.term) ?? 0;
        if (ptf > 0) {
          pScore += e.weight * bm25Score(ptf, df.p, nP, p.paragraph.length, avgP, paragraphBm25);
        }
        const ttf = title.get(e.term) ?? 0;
        if (ttf > 0 && titleWeight > 0) {
          tScore += e.weight * titleWeight * bm25Score(ttf, df.t, nP, title.size, avgT, paragraphBm25);
        }
      }
      if (!matched) continue;
      let score = sScore;
      if (paragraphWeight > 0) score += paragraphWeight * (pScore + tScore);
      scored.push({ hit: { passage: p.passage, document: p.document, score, terms }, ordinal: p.passage.ordinal });
    }
    scored.sort((a, b) => b.hit.score - a.hit.score || (a.hit.document.id < b.hit.document.id ? -1 : a.hit.document.id > b.hit.document.id ? 1 : a.ordinal - b.ordinal));
    return { hits: scored.slice(0, limit).map((s) => s.hit), expansions: expansions.length };
  }
}

const show = (hits: SearchHit[]) => hits.map((h) => `${h.passage.id} ${h.score} ${h.terms.join(',')}`);

function compare(index: SourceIndex, options: Omit<SourceIndexOptions, 'splitPassages'>, queries: readonly string[], limit: number, only?: readonly string[]): number {
  index.configure({ ...DEFAULT_SOURCE_INDEX_OPTIONS, ...options });
  const reference = new Reference(index);
  let widest = 0;
  let found = 0;
  for (const query of queries) {
    const expected = reference.search(query, { ...DEFAULT_SOURCE_INDEX_OPTIONS, ...options }, limit, only);
    widest = Math.max(widest, expected.expansions);
    const actual = index.search(query, { limit, documents: only });
    if (actual.length) found++;
    assert.deepEqual(show(actual), show(expected.hits), query);
    assert.deepEqual(show(index.search(query, { limit, documents: only, exhaustive: true })), show(expected.hits), `${query} (exhaustive)`);
  }
  assert.ok(found >= queries.length * 0.8, 'most queries find passages');
  return widest;
}

describe('SourceIndex.search equals the reference implementation (SciFact slice)', () => {
  const index = new SourceIndex();
  index.addDocuments(documents);
  const queries = claims.map((c) => c.claim);

  it('plain queries, and queries restricted to some documents', () => {
    compare(index, {}, queries, 20);
    compare(index, {}, queries, 5, documents.slice(0, 60).map((d) => d.id));
  });

  it('prefix matching, with queries of more than 64 expansions', () => {
    const widest = compare(index, { prefix: true }, queries.slice(0, 12), 10);
    assert.ok(widest > 64, `widest query: ${widest} expansions`);
  });

  it('fuzzy matching', () => {
    compare(index, { fuzzy: 0.2 }, queries.slice(0, 4), 10);
  });

  it('other weights: sentences alone, no title, a heavier paragraph', () => {
    compare(index, { paragraphWeight: 0 }, queries.slice(0, 15), 10);
    compare(index, { titleWeight: 0 }, queries.slice(0, 15), 10);
    compare(index, { paragraphWeight: 2, titleWeight: 1 }, queries.slice(0, 15), 10);
  });

  it('any limit, from 1 to more than the matching passages', () => {
    for (const limit of [1, 3, 50, 400]) compare(index, {}, queries.slice(0, 20), limit);
  });

  it('parameters the bounds do not hold for are searched without pruning, with the same results', () => {
    compare(index, { bm25: { k: 1.2, b: 1.5, d: 0.5 } }, queries.slice(0, 10), 10);
  });

  it('documents repeated under other ids: equal scores, in document-id order', () => {
    const copies = new SourceIndex();
    copies.addDocuments([...documents, ...documents.slice(0, 50).map((d) => ({ ...d, id: `${d.id}-copy` })), ...documents.slice(0, 20).map((d) => ({ ...d, id: `a-${d.id}` }))]);
    compare(copies, {}, queries.slice(0, 40), 10);
  });

  it('the pruned search reads fewer postings than the exhaustive one', () => {
    const counted = new SourceIndex();
    counted.addDocuments(documents);
    for (const query of queries) counted.search(query, { limit: 5 });
    const pruned = { ...counted.counters };
    for (const query of queries) counted.search(query, { limit: 5, exhaustive: true });
    const exhaustive = counted.counters.postingsRead - pruned.postingsRead;
    assert.ok(pruned.termsWalked < pruned.terms, `walked ${pruned.termsWalked} of ${pruned.terms} expansions`);
    assert.ok(pruned.postingsRead < exhaustive, `read ${pruned.postingsRead} postings pruned, ${exhaustive} exhaustive`);
  });

  it('a search leaves nothing behind: the next one does the same work as on a fresh index', () => {
    // The pruned search keeps its sums, marks and lists in a scratch shared by the index's searches, and clears
    // what it touched; anything left over would make the next search gather or seed more than it needs to.
    const used = new SourceIndex();
    used.addDocuments(documents);
    const work = (index: SourceIndex, query: string) => {
      const before = { ...index.counters };
      const hits = show(index.search(query, { limit: 10 }));
      const c = index.counters;
      return { hits, read: c.postingsRead - before.postingsRead, candidates: c.candidates - before.candidates, scored: c.paragraphsScored - before.paragraphsScored };
    };
    let compared = 0;
    for (let k = 0; k + 1 < 24; k += 2) {
      used.search(queries[k], { limit: 20 });
      const fresh = new SourceIndex();
      fresh.addDocuments(documents);
      const expected = work(fresh, queries[k + 1]);
      if (expected.candidates > 0) compared++;
      assert.deepEqual(work(used, queries[k + 1]), expected, queries[k + 1]);
    }
    assert.ok(compared >= 6, `${compared} searches with candidates compared`);
  });

  it('with block bounds (used from 500,000 passages; here on every search): the same hits, fewer sentences touched', () => {
    // Block bounds let the walk pass over postings whose run of whole paragraphs holds too few of the query's
    // terms to make the cut. Whatever they skip, the hits must be the reference's.
    const blocks = { blockBoundsFrom: 0 };
    compare(index, blocks, queries, 20);
    compare(index, blocks, queries, 5, documents.slice(0, 60).map((d) => d.id));
    compare(index, { ...blocks, prefix: true }, queries.slice(0, 12), 10);
    compare(index, { ...blocks, paragraphWeight: 0 }, queries.slice(0, 15), 10);
    compare(index, { ...blocks, titleWeight: 0 }, queries.slice(0, 15), 10);
    for (const limit of [1, 3, 50]) compare(index, blocks, queries, limit);
    // One paragraph per sentence: smaller blocks, more of them passed over.
    const sentences = new SourceIndex();
    sentences.addDocuments(documents.map((d) => ({ ...d, text: d.text.split(/(?<=[.!?])\s+/).join('\n\n') })));
    for (const limit of [1, 5, 20]) compare(sentences, blocks, queries, limit);
    const counted = new SourceIndex({ blockBoundsFrom: 0 });
    counted.addDocuments(documents);
    for (const query of queries) counted.search(query, { limit: 5 });
    const c = counted.counters;
    assert.equal(c.blockSearches, c.searches, 'every search bounded blocks');
    assert.ok(c.postingsSkipped > 0, `skipped ${c.postingsSkipped} of the postings walked`);
    const plain = new SourceIndex();
    plain.addDocuments(documents);
    for (const query of queries) plain.search(query, { limit: 20 });
    assert.equal(plain.counters.blockSearches, 0, 'a small index does not bound blocks by default');
    assert.equal(plain.counters.postingsSkipped, 0);
  });

  it('with block bounds, after removals and replacements, merged or not, and a search leaves its blocks clean', () => {
    for (const mergeAt of [1, 1_000_000]) {
      const updated = new SourceIndex({ mergeAt, blockBoundsFrom: 0 });
      updated.addDocuments(documents);
      for (let k = 0; k < documents.length; k += 7) updated.removeDocument(documents[k].id);
      for (let k = 3; k < documents.length; k += 11) {
        updated.replaceDocument({ ...documents[k], text: `${documents[k].text}\n\nVitamin D deficiency raises the risk of fractures.` });
      }
      compare(updated, { mergeAt, blockBoundsFrom: 0 }, [...queries.slice(0, 40), 'vitamin D deficiency fractures'], 10);
    }
    // Bounds left in a block by one search would make the next one walk postings it need not.
    const split = documents.map((d) => ({ ...d, text: d.text.split(/(?<=[.!?])\s+/).join('\n\n') }));
    const used = new SourceIndex({ blockBoundsFrom: 0 });
    used.addDocuments(split);
    const work = (index: SourceIndex, query: string) => {
      const before = { ...index.counters };
      const hits = show(index.search(query, { limit: 3 }));
      return { hits, skipped: index.counters.postingsSkipped - before.postingsSkipped, scored: index.counters.paragraphsScored - before.paragraphsScored };
    };
    let skipping = 0;
    for (let k = 0; k + 1 < 24; k += 2) {
      used.search(queries[k], { limit: 20 });
      const fresh = new SourceIndex({ blockBoundsFrom: 0 });
      fresh.addDocuments(split);
      const expected = work(fresh, queries[k + 1]);
      if (expected.skipped > 0) skipping++;
      assert.deepEqual(work(used, queries[k + 1]), expected, queries[k + 1]);
    }
    assert.ok(skipping >= 2, `${skipping} searches skipped postings`);
  });

  it('after removals and replacements, merged or not', () => {
    for (const mergeAt of [1, 1_000_000]) {
      const updated = new SourceIndex({ mergeAt });
      updated.addDocuments(documents);
      for (let k = 0; k < documents.length; k += 7) updated.removeDocument(documents[k].id);
      for (let k = 3; k < documents.length; k += 11) {
        updated.replaceDocument({ ...documents[k], text: `${documents[k].text}\n\nVitamin D deficiency raises the risk of fractures.` });
      }
      compare(updated, { mergeAt }, [...queries.slice(0, 40), 'vitamin D deficiency fractures'], 10);
    }
  });
});
