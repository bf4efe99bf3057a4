// STUB — to be implemented (helper: text+sources).
import type { Span } from '../types';
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  throw new Error('not implemented');
}
