/**
 * The searches of one check, remembered: a quote's verdict and the attribution pass search the same quote text
 * (a verbatim quote's other places in the sources), and a claim judged again without its speech words may search
 * what another claim searched. Each search is run once per index version.
 *
 * A search with a smaller limit is answered from a remembered one of the same query and documents: the hits are
 * the best `limit` in one total order (score, then document id, then position; `search.ts`), so the best 10 are
 * the first 10 of the best 30. When the index changes (its `version`), everything remembered is dropped.
 *
 * Searches are known by the index's `searchKey` when it has one (the query's terms in the vocabulary, with their
 * weights, and the documents), else by their text; with a `store` that outlives the check (a draft's `ClaimCache`,
 * the drafts' `SharedVerdicts`), an edit that changes a sentence only by words the sources do not have (a word being
 * typed, a new name, punctuation) searches nothing again, and two drafts with one sentence search it once.
 */
import type { Passage, SourceDocument } from '../types';
import type { PassageIndex, SearchHit, SearchOptions } from './passageIndex';

/** Default limit of `PassageIndex.search`. */
const DEFAULT_LIMIT = 10;

export interface Remembered {
  limit: number;
  hits: SearchHit[];
}

/** Where remembered searches are kept beyond one check: valid for one index version, bounded by its owner. */
export interface SearchStore {
  get(key: string): Remembered | undefined;
  set(key: string, value: Remembered): void;
  clear(): void;
}

export class RememberedSearches implements PassageIndex {
  private readonly searches: SearchStore;
  private seenVersion: number;
  /** Searches the index ran, and searches answered from memory (tests and benchmarks read them). */
  ran = 0;
  reused = 0;

  constructor(
    private readonly index: PassageIndex,
    store?: SearchStore,
  ) {
    this.searches = store ?? new Map<string, Remembered>();
    this.seenVersion = index.version;
    if (index.idf) this.idf = index.idf.bind(index);
    if (index.documentFrequency) this.documentFrequency = index.documentFrequency.bind(index);
  }

  get version(): number {
    return this.index.version;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    if (this.index.version !== this.seenVersion) {
      this.searches.clear();
      this.seenVersion = this.index.version;
    }
    const limit = options.limit ?? DEFAULT_LIMIT;
    const key = this.index.searchKey ? this.index.searchKey(query, options) : options.documents ? `${query}\u0000${options.documents.join('\u0000')}` : query;
    const known = this.searches.get(key);
    // Enough hits remembered: asked for as many or more, or all the query matches (fewer than asked for).
    if (known && (limit <= known.limit || known.hits.length < known.limit)) {
      this.reused++;
      return known.hits.slice(0, limit);
    }
    this.ran++;
    const hits = this.index.search(query, options);
    this.searches.set(key, { limit, hits });
    return hits.slice();
  }

  document(id: string): SourceDocument | undefined {
    return this.index.document(id);
  }

  documentsByKey(key: string): SourceDocument[] {
    return this.index.documentsByKey(key);
  }

  passagesOf(documentId: string): readonly Passage[] {
    return this.index.passagesOf(documentId);
  }

  /** The index's own, when it has one. */
  readonly idf?: (term: string) => number;
  readonly documentFrequency?: (term: string) => number;
}
