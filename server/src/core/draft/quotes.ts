/**
 * Quotations in draft prose.
 *
 * Rules, within one block:
 * - `“…”` and straight `"…"` are quotes. A straight `"` opens only where a quote can start (start of the block,
 *   after whitespace or an opening bracket or dash), so inch marks (`12"`) open nothing.
 * - `‘…’` and straight `'…'` are quotes only outside a double quote; the same character is also the apostrophe,
 *   so an opening mark must stand where a quote can start and be followed by a letter or digit (not `’90s`), and
 *   a closing mark must follow a non-space and not be followed by a letter or digit (so `don’t`, `Kim’s`, `’n’`
 *   inside words never close). A plural possessive (`the Workers’ Party`) inside a single-quoted quote still
 *   closes it early: a known limit of single quotes.
 * - Anything inside a double quote, single quotes included, is part of it: nested quotes are not separate.
 * - A quote may span sentences: “We will win. We always do,” he said. is one quote.
 * - An unclosed double quote runs to the end of its block: the journalistic convention for a quotation over
 *   several paragraphs opens each paragraph with “ and closes only the last. An unclosed single quote is taken
 *   for an apostrophe and ignored.
 * - Product decision: only quotes of three words or more are kept, and two-word quotes after a verb of saying in
 *   their sentence ("said Carter had shown “no remorse”", `analyze.ts`). One- and two-word "scare quotes" (a
 *   so-called “amnesty”, a “Strong and Prosperous State” aside) are common in journalism to mark a term, not
 *   to report speech, and checking them would mostly produce noise.
 */
import type { Span } from '../types';

export interface QuoteMatch {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the block when the quote is not closed. */
  close: number;
  closed: boolean;
  /** The quoted words, inside the marks, whitespace trimmed. */
  inner: Span;
}

export const MIN_QUOTE_WORDS = 3;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters after which a quote can open. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«]/u;

/** The number of words in `text`, counting no further than `max`. */
export function countWords(text: string, max = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < max && WORD.exec(text)) n++;
  return n;
}

/** All quotes of `text` within `span` (one block), kept or not, in order. */
export function findQuotes(text: string, span: Span = { start: 0, end: text.length }): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  const { start, end } = span;
  const canOpen = (i: number) => i === start || OPENING_CONTEXT.test(text[i - 1]);
  const isWordChar = (i: number) => i >= start && i < end && LETTER_OR_DIGIT.test(text[i]);
  const push = (open: number, close: number, closed: boolean) => {
    let a = open + 1;
    let b = close;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    out.push({ open, close, closed, inner: { start: a, end: b } });
  };

  /**
   * Where the last failed search for a closing `’` (and `'`) stopped, at a double quote or the end: whether a
   * mark closes does not depend on where the quote opened, so every opening mark before that point fails too.
   * Without this, a block of unpaired apostrophes cost quadratic time.
   */
  const noCloserBefore = [-1, -1];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '“' || (c === '"' && canOpen(i))) {
      // A double quote: find its closing mark, counting nested curly pairs.
      let depth = 0;
      let j = i + 1;
      let closeAt = -1;
      for (; j < end; j++) {
        const d = text[j];
        if (c === '“') {
          if (d === '“') depth++;
          else if (d === '”') {
            if (depth === 0) {
              closeAt = j;
              break;
            }
            depth--;
          }
        } else if (d === '"') {
          closeAt = j;
          break;
        }
      }
      if (closeAt >= 0) {
        push(i, closeAt, true);
        i = closeAt + 1;
      } else {
        push(i, end, false);
        i = end;
      }
      continue;
    }
    if ((c === '‘' || c === "'") && i >= noCloserBefore[c === '‘' ? 0 : 1] && canOpen(i) && isWordChar(i + 1) && !/^\d\ds?\b/.test(text.slice(i + 1, i + 5))) {
      const closer = c === '‘' ? '’' : "'";
      let closeAt = -1;
      let j = i + 2;
      for (; j < end; j++) {
        if (text[j] === '“' || text[j] === '"') break; // single quotes do not run across a double quote
        if (text[j] === closer && !/\s/.test(text[j - 1]) && !isWordChar(j + 1)) {
          closeAt = j;
          break;
        }
      }
      if (closeAt >= 0) {
        push(i, closeAt, true);
        i = closeAt + 1;
        continue;
      }
      noCloserBefore[c === '‘' ? 0 : 1] = j;
    }
    i++;
  }
  return out;
}
