// STUB — to be implemented (helper: text+sources).
import type { Passage, SourceDocument } from '../types';
export function splitPassages(document: SourceDocument): Passage[] {
  throw new Error('not implemented');
}
