// STUB — to be implemented (helper: verdicts).
import type { SourceIndex } from '../index/sourceIndex';
import type { Quote, QuoteResult } from '../types';
import type { JudgeOptions } from './claims';
export function judgeQuote(quote: Quote, index: SourceIndex, options: JudgeOptions): QuoteResult {
  throw new Error('not implemented');
}
