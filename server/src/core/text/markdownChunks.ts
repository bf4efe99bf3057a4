/**
 * What the Markdown parser is given, and in what pieces: the bounds that keep parsing a draft or a source linear.
 *
 * micromark (behind `mdast-util-from-markdown`) is exact but not linear on hostile input. Measured (CPU time,
 * with GFM):
 * - container nesting costs more than linear time per line (4,000 nested `>` on one line take 0.4 s, 5,000
 *   indented list levels or 50,000 `- ` on one line run for minutes), and the tree it builds is walked
 *   recursively by mdast utilities, so 16,000 nested block quotes overflow the stack;
 * - inline resolution is quadratic in the delimiters of one paragraph (`*`, `_`, `~`, `[`, `]`, `` ` ``): a
 *   megabyte-long paragraph of ordinary links takes 10 s, `[a](` repeated 32,000 times 13 s;
 * - every setext heading rewrites the whole event list so far: `a\n=\n\n` repeated over 80 KB takes 55 s;
 * - even where it is linear it is slow on what is not prose: 2–9 µs per markup character, 20–140 µs per line
 *   (a list item, a table row, a heading), against 0.6 µs per character of prose; and its events take about
 *   1 KB per character while they live (1 MB of `[` takes 6 s and 1.2 GB).
 *
 * So Markdown goes to the parser only in pieces that `planPieces` allows:
 * 1. Nesting: a line whose leading container markers (`>`, list markers, and one level per four columns of
 *    indentation) exceed `MAX_NESTING` makes its group plain text. No real draft nests sixteen deep; a browser
 *    flattens such trees, we stop reading them as Markdown.
 * 2. Cost: each group (consecutive chunks of at least `MIN_GROUP` characters) gets an estimate of the parser's
 *    work: its characters, plus `LINE_COST` per line and `MARKUP_COST` per markup character (fenced code
 *    aside, which the parser reads verbatim). A group estimated at more than `MAX_COST_FACTOR` times its length
 *    (plus an allowance) is read as plain text: a megabyte of links, tables or one-word list items.
 * 3. Piece bounds: the parser sees at most `MAX_PIECE_LINES` lines, `MAX_PIECE_MARKUP` markup characters and
 *    `MAX_PIECE_LENGTH` characters at once, so its quadratic steps stay small. A group over them is cut at a
 *    chunk boundary (exact), else where a blank line precedes a line at column 0, else at a line start after a
 *    sentence end, else at a line start, else after a sentence end inside a line, else at a space. Only long
 *    lists, tables and paragraphs of thousands of words are cut; a cut can split a sentence, separate a link
 *    reference from its definition, or leave emphasis that crosses it as literal text.
 *
 * Together: the parser's work is linear in the input (at most about `MAX_COST_FACTOR` times that of prose;
 * `bench/hostile.ts` measures the worst cases), its memory is bounded by the largest piece rather than the
 * text, and its trees are shallow enough for recursive walks.
 *
 * `independentChunks` cuts a draft where CommonMark itself starts afresh (the pieces parse exactly as in the
 * whole draft), so that an edit re-parses one chunk.
 */
import type { Span } from '../types';

/** Container levels (block quotes, list items, 4 columns of indentation) a line may open or continue. */
export const MAX_NESTING = 16;
/** Lines per piece handed to the parser (setext headings cost the piece's events each). */
export const MAX_PIECE_LINES = 256;
/** Inline markup characters per piece handed to the parser (delimiter resolution is quadratic in them). */
export const MAX_PIECE_MARKUP = 128;
/** Characters per piece handed to the parser (bounds its transient memory). */
export const MAX_PIECE_LENGTH = 16 * 1024;
/** Chunks are merged into groups of at least this many characters before their cost is judged. */
export const MIN_GROUP = 4096;
/** Parser cost of a line and of a markup character, in characters of prose. */
const LINE_COST = 100;
const BLANK_LINE_COST = 12;
const MARKUP_COST = 8;
/** A group may cost this many times its length in characters of prose... */
export const MAX_COST_FACTOR = 6;
/** ...plus this much. */
const COST_ALLOWANCE = 8192;

/** Why a part is read as plain text. */
export type PlainReason = 'nesting' | 'markup';

export interface GuardedPiece extends Span {
  /** Set when the piece is read as plain text instead of Markdown. */
  plain?: PlainReason;
  /** The piece starts where the text was cut at a place CommonMark does not start afresh. */
  cut?: boolean;
}

/** The lines of a text, each with its start offset and its end (before the line break). */
export function* lineSpans(text: string, from = 0, to = text.length): Generator<{ start: number; end: number; next: number }> {
  let start = from;
  while (start <= to) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > to) nl = to;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    yield { start, end, next: nl + 1 };
    if (nl >= to) return;
    start = nl + 1;
  }
}

const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/m;
/** HTML blocks that may hold blank lines (CommonMark kinds 1–5), with what ends each. */
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export interface ChunkOptions {
  /** Texts shorter than this are one chunk (default 2048). */
  minLength?: number;
  /**
   * A link or footnote definition changes how the whole text parses, so a text with one is normally one chunk.
   * Sources set this: a definition then only turns `[text][ref]` elsewhere into literal text, which does not
   * matter for indexing, and a large source must never be parsed in one piece.
   */
  ignoreDefinitions?: boolean;
}

/**
 * Cuts Markdown into chunks that parse the same alone as in the whole text. A chunk starts at a line that
 * follows a blank line and starts at column 0 with a character other than a space or a list marker: such a
 * line ends every open container (list, block quote) and paragraph. Not inside front matter, a fenced code
 * block or an HTML block that may hold blank lines (comments, `<pre>`, `<script>`…). A text with a link
 * reference or footnote definition is one chunk, since a definition changes how the whole text parses.
 */
export function independentChunks(draft: string, minLengthOrOptions: number | ChunkOptions = 2048): Span[] {
  const options = typeof minLengthOrOptions === 'number' ? { minLength: minLengthOrOptions } : minLengthOrOptions;
  const whole = [{ start: 0, end: draft.length }];
  if (draft.length < (options.minLength ?? 2048) || (!options.ignoreDefinitions && DEFINITION.test(draft))) return whole;
  const starts = [0];
  let frontmatterEnd: string | undefined;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let prevBlank = false;
  let lineNo = 0;
  for (const line of lineSpans(draft)) {
    const text = draft.slice(line.start, line.end);
    if (lineNo++ === 0 && (text.trimEnd() === '---' || text.trimEnd() === '+++')) {
      frontmatterEnd = text.trimEnd();
      continue;
    }
    if (frontmatterEnd) {
      if (text.trimEnd() === frontmatterEnd) frontmatterEnd = undefined;
      continue;
    }
    if (fence) {
      const m = FENCE.exec(text);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && !m[2].trim()) fence = undefined;
      prevBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = undefined;
      prevBlank = false;
      continue;
    }
    if (!/\S/.test(text)) {
      prevBlank = true;
      continue;
    }
    if (prevBlank && !/^\s/.test(text) && !LIST_ITEM.test(text)) starts.push(line.start);
    prevBlank = false;
    const f = FENCE.exec(text);
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
      fence = { char: f[1][0], length: f[1].length };
      continue;
    }
    for (const [open, end] of HTML_OPENERS) {
      const m = open.exec(text);
      if (m) {
        if (!end.test(text.slice(m[0].length))) htmlEnd = end;
        break;
      }
    }
  }
  if (frontmatterEnd !== undefined) return whole;
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : draft.length }));
}

// ---------------------------------------------------------------------------------------------------------
// The guard

/**
 * Weight of a character as inline markup: what opens or closes a construct micromark must resolve (emphasis,
 * strikethrough, code spans, links and images, escapes, character references, raw HTML, table cells).
 * Parentheses matter only after `]`, which is counted.
 */
function isMarkup(c: number): boolean {
  switch (c) {
    case 0x2a: // *
    case 0x5f: // _
    case 0x7e: // ~
    case 0x60: // `
    case 0x5b: // [
    case 0x5d: // ]
    case 0x5c: // \
    case 0x3c: // <
    case 0x26: // &
    case 0x21: // !
    case 0x7c: // |
      return true;
    default:
      return false;
  }
}

/**
 * Container levels a line opens or continues, counted from its leading run: each `>` and each list marker is
 * one, and every four columns of indentation one more (a list level needs at least two, so the true nesting is
 * at most twice this). Stops at the first character of content, or as soon as the count passes `MAX_NESTING`.
 */
export function lineNesting(text: string, start: number, end: number): number {
  let levels = 0;
  let columns = 0;
  let i = start;
  while (i < end && levels + (columns >> 2) <= MAX_NESTING) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      columns++;
      i++;
    } else if (c === 0x09) {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === 0x3e) {
      levels++;
      i++;
    } else if ((c === 0x2d || c === 0x2b || c === 0x2a) && (i + 1 >= end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      levels++;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const d = j < end ? text.charCodeAt(j) : 0;
      const after = j + 1 < end ? text.charCodeAt(j + 1) : 0x20;
      if ((d === 0x2e || d === 0x29) && (after === 0x20 || after === 0x09)) {
        levels++;
        i = j + 1;
      } else break;
    } else break;
  }
  return levels + (columns >> 2);
}

function indentation(text: string, start: number, end: number): number {
  let columns = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0c && c !== 0x0b) return false;
  }
  return true;
}

/**
 * The pieces in which to read `text`, already cut into independent `chunks` (in order, covering it): each a
 * Markdown piece within the parser's bounds, or a plain-text piece (see the module comment). Linear in the
 * text. `guard: false` gives the chunks themselves (for tests of chunking).
 */
export function planPieces(text: string, chunks: readonly Span[]): GuardedPiece[] {
  const out: GuardedPiece[] = [];
  let i = 0;
  while (i < chunks.length) {
    // A group: consecutive chunks up to at least MIN_GROUP characters.
    const start = chunks[i].start;
    const boundaries: number[] = [];
    let end = chunks[i].end;
    i++;
    while (i < chunks.length && end - start < MIN_GROUP) {
      boundaries.push(chunks[i].start);
      end = chunks[i].end;
      i++;
    }
    out.push(...guardGroup(text, start, end, boundaries));
  }
  return out;
}

/** One group `[start, end)` (a line start, as its chunk boundaries): plain, or Markdown pieces. */
function guardGroup(text: string, start: number, end: number, boundaries: readonly number[]): GuardedPiece[] {
  const pieces: GuardedPiece[] = [];
  let pieceStart = start;
  let pieceMarkup = 0;
  let pieceLines = 0;
  let pieceCut = false;
  let cost = 0;

  let fence: { char: string; length: number; indent: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let inHtml = false;
  let frontMatterEnd = start === 0 ? frontMatterClose(text, end) : -1;
  /** How far the characters have been counted (a recount after a cut stops there). */
  let lastCounted = start;

  for (const line of lineSpans(text, start, end)) {
    const ls = line.start;
    const le = Math.min(line.end, end);
    if (ls >= end) break;
    if (frontMatterEnd >= 0) {
      if (ls < frontMatterEnd) continue;
      frontMatterEnd = -1;
    }
    if (fence) {
      const indent = indentation(text, ls, le);
      const f = indent < 4 ? FENCE.exec(text.slice(ls, Math.min(le, ls + 3 + fence.length + 64))) : null;
      // A fence opened inside a container may end with it: stop trusting it at a line indented less.
      const closes = f && f[1][0] === fence.char && f[1].length >= fence.length && !f[2].trim();
      const left = fence.indent > 0 && indent < fence.indent && !isBlankLine(text, ls, le);
      if (!closes && !left) {
        // Code: read verbatim by the parser, cheap, and never cut.
        cost += le - ls + LINE_COST / 4;
        continue;
      }
      fence = undefined;
    }
    if (isBlankLine(text, ls, le)) {
      cost += BLANK_LINE_COST + (le - ls);
      inHtml = false;
      // Blank lines are lines to the parser too, but a piece is never cut before one.
      pieceLines++;
      continue;
    }
    if (lineNesting(text, ls, le) > MAX_NESTING) return [{ start, end, plain: 'nesting' }];
    if (pieceLines >= MAX_PIECE_LINES && ls > pieceStart) cutAt(bestCut(text, pieceStart, ls, boundaries));
    pieceLines++;
    cost += LINE_COST;
    const indent = indentation(text, ls, le);
    if (htmlEnd) {
      if (htmlEnd.test(text.slice(ls, le))) htmlEnd = undefined;
    } else if (!inHtml && indent < 4) {
      const head = text.slice(ls, Math.min(le, ls + 256));
      const f = FENCE.exec(head);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        fence = { char: f[1][0], length: f[1].length, indent };
      } else if (text.charCodeAt(ls + indent) === 0x3c) {
        // An HTML block: kinds 1–5 run to their end marker, blank lines included; the others to a blank line.
        // No fence is trusted inside one (the parser reads it as HTML, and the HTML may end where we do not see).
        inHtml = true;
        for (const [open, close] of HTML_OPENERS) {
          const m = open.exec(head);
          if (m) {
            if (!close.test(text.slice(ls + m[0].length, le))) htmlEnd = close;
            break;
          }
        }
      }
    }
    countLine(ls, le);
  }
  // Line breaks are characters too; the estimate is against the group's whole length.
  if (cost > MAX_COST_FACTOR * (end - start) + COST_ALLOWANCE) return [{ start, end, plain: 'markup' }];
  pieces.push({ start: pieceStart, end, ...(pieceCut ? { cut: true } : {}) });
  return pieces;

  function cutAt(cut: number): void {
    pieces.push({ start: pieceStart, end: cut, ...(pieceCut ? { cut: true } : {}) });
    pieceCut = !boundaries.includes(cut);
    // Recount what the new piece carries over (at most half of the old one).
    pieceMarkup = 0;
    pieceLines = 0;
    for (let k = cut; k < lastCounted; k++) {
      const c = text.charCodeAt(k);
      if (isMarkup(c)) pieceMarkup++;
      else if (c === 0x0a) pieceLines++;
    }
    pieceStart = cut;
  }

  /** Adds a line's characters to the cost and the piece, cutting the piece where it outgrows its bounds. */
  function countLine(ls: number, le: number): void {
    let j = ls;
    while (j < le) {
      const c = text.charCodeAt(j);
      if (isMarkup(c)) {
        pieceMarkup++;
        cost += MARKUP_COST;
      }
      cost++;
      j++;
      lastCounted = j;
      if (pieceMarkup > MAX_PIECE_MARKUP || j - pieceStart > MAX_PIECE_LENGTH) cutAt(bestCut(text, pieceStart, j, boundaries));
    }
    lastCounted = le;
  }
}

/** The end of front matter starting at 0 (`---` or `+++` lines), or -1 when there is none or it is unclosed. */
function frontMatterClose(text: string, end: number): number {
  let first = true;
  let marker = '';
  for (const line of lineSpans(text, 0, end)) {
    const t = text.slice(line.start, Math.min(line.end, line.start + 8)).trimEnd();
    if (first) {
      if (t !== '---' && t !== '+++') return -1;
      marker = t;
      first = false;
      continue;
    }
    if (t === marker && text.slice(line.start, line.end).trimEnd() === marker) return Math.min(end, line.next);
    if (line.start > MAX_PIECE_LENGTH) return -1;
  }
  return -1;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * Where to cut a piece `[from, hi)` that outgrew its bounds at `hi`: in its second half, at a chunk boundary
 * (exact), else after a blank line before a line at column 0, else at a line start after a sentence end, else
 * a line start, else after a sentence end followed by a capital, else at a space before a letter or digit, else
 * at `hi`. A line start indented four columns or more is never chosen (it would read as code). Never inside a
 * surrogate pair or a CRLF.
 */
function bestCut(text: string, from: number, hi: number, boundaries: readonly number[]): number {
  const lo = from + Math.max(1, (hi - from) >> 1);
  for (let k = boundaries.length - 1; k >= 0; k--) {
    if (boundaries[k] <= hi && boundaries[k] > lo) return boundaries[k];
    if (boundaries[k] <= lo) break;
  }
  let afterBlank = -1;
  let afterSentence = -1;
  let lineStart = -1;
  let sentence = -1;
  let space = -1;
  for (let p = hi; p > lo; p--) {
    const before = text.charCodeAt(p - 1);
    if (before === 0x0a) {
      if (p < text.length && !isBlankLine(text, p, Math.min(text.length, p + 1)) && indentation(text, p, Math.min(hi, p + 8)) < 4) {
        let e = p - 1;
        if (e > from && text.charCodeAt(e - 1) === 0x0d) e--;
        let prev = e;
        while (prev > from && text.charCodeAt(prev - 1) !== 0x0a) prev--;
        if (afterBlank < 0 && isBlankLine(text, prev, e) && indentation(text, p, p + 1) === 0) afterBlank = p;
        if (afterSentence < 0 && SENTENCE_END.test(text.slice(Math.max(prev, e - 8), e))) afterSentence = p;
        if (lineStart < 0) lineStart = p;
      }
      continue;
    }
    if (space < 0 || sentence < 0) {
      if (before === 0x20 || before === 0x09) {
        const c = text.charCodeAt(p);
        const upper = (c >= 0x41 && c <= 0x5a) || (c > 0x7f && /\p{Lu}/u.test(text[p]));
        const word = upper || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && /[\p{L}\p{N}]/u.test(text[p]));
        if (sentence < 0 && upper && SENTENCE_END.test(text.slice(Math.max(from, p - 7), p - 1))) sentence = p;
        if (space < 0 && word) space = p;
      }
    }
  }
  for (const candidate of [afterBlank, afterSentence, lineStart, sentence, space]) if (candidate > from) return candidate;
  let cut = hi;
  const c = text.charCodeAt(cut);
  if ((c >= 0xdc00 && c <= 0xdfff) || (c === 0x0a && text.charCodeAt(cut - 1) === 0x0d)) cut--;
  return cut > from ? cut : hi;
}
