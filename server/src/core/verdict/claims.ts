// STUB — to be implemented (helper: verdicts).
import type { Thresholds } from '../config';
import type { SourceIndex } from '../index/sourceIndex';
import type { Claim, ClaimResult } from '../types';
export interface JudgeOptions { thresholds: Thresholds; maxEvidence: number; preferDocuments?: readonly string[] }
export function judgeClaim(claim: Claim, index: SourceIndex, options: JudgeOptions): ClaimResult {
  throw new Error('not implemented');
}
