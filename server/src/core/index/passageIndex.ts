/**
 * What the verdicts and `checkDraft` need from an index of source passages. `SourceIndex` implements it for
 * the workspace's own sources; another implementation (a newsroom archive on a search cluster, a composite of
 * both) only has to answer these members. docs/ARCHITECTURE.md says how a remote index would.
 */
import type { Passage, SourceDocument } from '../types';

export interface SearchHit {
  passage: Passage;
  document: SourceDocument;
  /** The index's relevance score; only comparable within one query. */
  score: number;
  /** The query terms (normalised by `processTerm`) that occur in the passage's sentence. */
  terms: string[];
}

export interface SearchOptions {
  /** Maximum number of hits; default 10. */
  limit?: number;
  /** Restrict the search to these document ids. */
  documents?: readonly string[];
}

export interface PassageIndex {
  /** Changes whenever the indexed passages or the scoring change: verdict caches are keyed by it. */
  readonly version: number;
  /** Passages matching the query, best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  document(id: string): SourceDocument | undefined;
  /** Documents whose citation key is `key`, compared case-insensitively. */
  documentsByKey(key: string): SourceDocument[];
  /** The passages of a document in order (`passage.ordinal` is the position); empty for an unknown document. */
  passagesOf(documentId: string): readonly Passage[];
  /**
   * Inverse document frequency of a normalised term over passages, for weighting a claim's terms; without it,
   * every term weighs the same.
   */
  idf?(term: string): number;
  /**
   * Number of passages whose sentence holds a normalised term. Without it, a claim's missing words are all said to
   * be in no source.
   */
  documentFrequency?(term: string): number;
  /**
   * A key of what a search's hits depend on besides its limit (for one index version): two searches of one key and
   * limit return the same hits. Without it, the query's text is the key.
   */
  searchKey?(query: string, options?: SearchOptions): string;
}
