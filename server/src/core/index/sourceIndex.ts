// STUB — to be implemented (helper: index).
import type { Passage, SourceDocument } from '../types';
export interface SearchHit { passage: Passage; document: SourceDocument; score: number; terms: string[] }
export interface SearchOptions { limit?: number; documents?: readonly string[] }
export class SourceIndex {
  addDocuments(documents: SourceDocument[]): void { throw new Error('not implemented'); }
  removeDocument(id: string): void { throw new Error('not implemented'); }
  document(id: string): SourceDocument | undefined { throw new Error('not implemented'); }
  documentsByKey(key: string): SourceDocument[] { throw new Error('not implemented'); }
  get documentCount(): number { throw new Error('not implemented'); }
  get passageCount(): number { throw new Error('not implemented'); }
  search(query: string, options?: SearchOptions): SearchHit[] { throw new Error('not implemented'); }
}
