/**
 * The edits behind quick fixes, decided here so that they are tested on their own; the language server only
 * turns them into LSP edits.
 */
import type { Span } from './types';

const LEADING = /^[^\p{L}\p{N}]*/u;
const TRAILING = /[^\p{L}\p{N}]*$/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * Puts a source's exact wording in place of an altered quote. The quote's span runs between the quotation marks
 * and may hold the sentence's own punctuation at its edges (“…in the prisons.”, "…occur in Russia."), which
 * the verdict ignores and the source wording does not have: that punctuation, and an ellipsis or bracket at the
 * start, stays. When the quote starts with the source's first word in another case ("the released…" inside a
 * sentence, "The released…" in the source), the draft's case stays too.
 */
export function alteredQuoteEdit(draft: string, quote: Span, wording: string): { span: Span; newText: string } {
  // A hard-wrapped source's line breaks are spaces in the draft's one line.
  const sourceWording = wording.replace(/\s*\n\s*/g, ' ');
  const slice = draft.slice(quote.start, quote.end);
  const lead = LEADING.exec(slice)![0];
  let trail = TRAILING.exec(slice.slice(lead.length))![0];
  // Keep only what the source wording does not end with already.
  if (trail && sourceWording.endsWith(trail.trimEnd())) trail = '';
  let newText = sourceWording;
  const draftFirst = FIRST_WORD.exec(slice.slice(lead.length))?.[0];
  const sourceFirst = FIRST_WORD.exec(sourceWording)?.[0];
  if (draftFirst && sourceFirst && draftFirst !== sourceFirst && draftFirst.toLowerCase() === sourceFirst.toLowerCase()) {
    newText = draftFirst + sourceWording.slice(sourceFirst.length);
  }
  return { span: { start: quote.start + lead.length, end: quote.end - trail.length }, newText };
}
