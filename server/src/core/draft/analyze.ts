// STUB — to be implemented (helper: drafts).
import type { ClaimMode, DraftAnalysis } from '../types';
export type DraftFormat = 'markdown' | 'text';
export function analyzeDraft(text: string, options: { format: DraftFormat; claims: ClaimMode }): DraftAnalysis {
  throw new Error('not implemented');
}
