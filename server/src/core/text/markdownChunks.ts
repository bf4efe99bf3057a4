/**
 * What the Markdown parser is given, and in what pieces: the bounds that keep parsing a draft or a source linear.
 *
 * micromark (behind `mdast-util-from-markdown`) is exact but not linear on hostile input. Measured with GFM:
 * - container nesting costs more than linear time per line (4,000 nested `>` on one line take 0.4 s, 5,000
 *   indented list levels or 50,000 `- ` on one line run for minutes), and the tree it builds is walked
 *   recursively by mdast utilities, so 16,000 nested block quotes overflow the stack;
 * - inline resolution is quadratic in the delimiters of one paragraph (`*`, `_`, `~`, `[`, `]`, `` ` ``): a
 *   megabyte-long paragraph of ordinary links takes 10 s, `[a](` repeated 32,000 times 13 s;
 * - even where it is linear, dense markup costs 2–9 µs a character and about 1 KB of memory per character
 *   while the events are alive (1 MB of `[` takes 6 s and 1.2 GB), against 0.6 µs for plain prose.
 *
 * So every chunk of Markdown passes `guardChunk` before the parser sees it:
 * 1. Nesting: a line whose leading container markers (`>`, list markers, and indentation counted as one level
 *    per four columns) exceed `MAX_NESTING` makes its chunk plain text. No real draft nests sixteen deep; a
 *    browser flattens such trees, we stop reading them as Markdown.
 * 2. Markup density: in each run of non-blank lines, characters that open or close inline constructs are
 *    counted (fenced code excepted, where they are literal); a run with more than `MAX_MARKUP_DENSITY` of them
 *    (plus a small allowance) makes its chunk plain text.
 * 3. Length: a run is cut into pieces of at most `MAX_PIECE_MARKUP` markup characters and `MAX_PIECE_LENGTH`
 *    characters, parsed separately: at a line start after a sentence end when there is one, else at a line
 *    start, else after a sentence end inside a line, else at a space. Only runs over those bounds (paragraphs
 *    of thousands of words, or link-heavy ones of a few hundred) are cut; a cut can split a sentence or leave
 *    a link or emphasis that crosses it as literal text, which is why it is kept for such runs.
 *
 * Together the parser sees pieces with a bounded number of delimiters and container levels, which makes its
 * cost linear in the input with a bounded constant (measured in `bench/hostile.ts`), and its memory bounded by
 * the largest piece rather than by the draft.
 *
 * `independentChunks` first cuts a draft where CommonMark itself starts afresh (the pieces parse exactly as in
 * the whole draft), so that an edit re-parses one chunk.
 */
import type { Span } from '../types';

/** Container levels (block quotes, list items, 4 columns of indentation) a line may open or continue. */
export const MAX_NESTING = 16;
/** Inline markup characters per piece handed to the parser (delimiter resolution is quadratic in them). */
export const MAX_PIECE_MARKUP = 128;
/** Characters per piece handed to the parser (bounds its transient memory). */
export const MAX_PIECE_LENGTH = 16 * 1024;
/** Markup characters a run of lines may hold per character before it is read as plain text. */
export const MAX_MARKUP_DENSITY = 1 / 16;
/** Markup characters every run may hold regardless of its length. */
const MARKUP_ALLOWANCE = 32;

/** Why a chunk is read as plain text. */
export type PlainReason = 'nesting' | 'markup';

export interface GuardedPiece extends Span {
  /** Set when the piece is read as plain text instead of Markdown. */
  plain?: PlainReason;
  /** The piece starts where a run of lines was cut (not a boundary CommonMark knows). */
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
 * strikethrough, code spans, links and images, escapes, character references, raw HTML). Table pipes are
 * cheap, counted a quarter; parentheses matter only after `]`, which is counted.
 */
function markupWeight(c: number): number {
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
      return 1;
    case 0x7c: // |
      return 0.25;
    default:
      return 0;
  }
}

/**
 * Container levels a line opens or continues, counted from its leading run: each `>` and each list marker is
 * one, and every four columns of indentation one more (a list level needs at least two, so the true nesting is
 * at most twice this). Stops at the first character of content.
 */
export function lineNesting(text: string, start: number, end: number): number {
  let levels = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
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
    if (levels + (columns >> 2) > MAX_NESTING) return levels + (columns >> 2);
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
 * Checks one chunk `[start, end)` of `text` and says how to read it: one piece as plain text when it nests too
 * deeply or holds too much markup, else Markdown pieces (one, or several when a run of lines is too long).
 * `start` must be a line start. Linear in the chunk.
 */
export function guardChunk(text: string, start: number, end: number): GuardedPiece[] {
  const pieces: GuardedPiece[] = [];
  let pieceStart = start;
  let pieceMarkup = 0;
  let pieceCut = false;

  let fence: { char: string; length: number; indent: number } | undefined;
  let frontMatterEnd = start === 0 ? frontMatterClose(text, end) : -1;
  let inHtml = false;
  /** The current run of non-blank lines: its countable length and markup. */
  let runLength = 0;
  let runMarkup = 0;

  const runIsDense = () => runMarkup > MARKUP_ALLOWANCE + runLength * MAX_MARKUP_DENSITY;
  const plain = (reason: PlainReason): GuardedPiece[] => [{ start, end, plain: reason }];

  for (const line of lineSpans(text, start, end)) {
    const ls = line.start;
    const le = line.end;
    if (ls >= end) break;
    if (frontMatterEnd >= 0) {
      if (ls >= frontMatterEnd) frontMatterEnd = -1;
      else continue;
    }
    if (fence) {
      const f = FENCE.exec(text.slice(ls, Math.min(le, ls + 64 + fence.length)));
      const indent = indentation(text, ls, le);
      // A fence opened inside a container may end with it: stop trusting it at a line indented less.
      if ((f && f[1][0] === fence.char && f[1].length >= fence.length && !f[2].trim()) || (fence.indent > 0 && indent < fence.indent && !isBlankLine(text, ls, le))) {
        fence = undefined;
      } else continue;
    }
    if (isBlankLine(text, ls, le)) {
      if (runIsDense()) return plain('markup');
      runLength = 0;
      runMarkup = 0;
      inHtml = false;
      continue;
    }
    if (lineNesting(text, ls, le) > MAX_NESTING) return plain('nesting');
    const indent = indentation(text, ls, le);
    if (!inHtml && indent < 4) {
      const head = text.slice(ls, Math.min(le, ls + 256));
      const f = FENCE.exec(head);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
        fence = { char: f[1][0], length: f[1].length, indent };
        countLine(ls, le);
        continue;
      }
      // Any line that may open an HTML block: no fence is trusted inside it until a blank line.
      if (text.charCodeAt(ls + indent) === 0x3c) inHtml = true;
    }
    countLine(ls, le);
  }
  if (runIsDense()) return plain('markup');
  pieces.push({ start: pieceStart, end, ...(pieceCut ? { cut: true } : {}) });
  return pieces;

  /** Adds a line to the run and the piece, cutting the piece where it outgrows its bounds. */
  function countLine(ls: number, le: number): void {
    let i = ls;
    while (i < le) {
      // Markup and length of the line from i, until the piece would outgrow a bound.
      let j = i;
      let markup = 0;
      while (j < le) {
        markup += markupWeight(text.charCodeAt(j));
        j++;
        if (pieceMarkup + markup > MAX_PIECE_MARKUP || j - pieceStart > MAX_PIECE_LENGTH) break;
      }
      runLength += j - i;
      runMarkup += markup;
      pieceMarkup += markup;
      if (pieceMarkup <= MAX_PIECE_MARKUP && j - pieceStart <= MAX_PIECE_LENGTH) {
        i = j;
        continue;
      }
      // Over a bound at j: cut somewhere after the middle of the piece, best first.
      const cut = bestCut(text, pieceStart, j);
      pieces.push({ start: pieceStart, end: cut, ...(pieceCut ? { cut: true } : {}) });
      pieceStart = cut;
      pieceCut = true;
      // Recount the markup carried over into the new piece.
      pieceMarkup = 0;
      for (let k = cut; k < j; k++) pieceMarkup += markupWeight(text.charCodeAt(k));
      i = j;
    }
    // The line break belongs to the run too (it is a character the parser reads).
    runLength++;
  }
}

/** The end of front matter starting at 0 (`---` or `+++` lines), or -1 when there is none or it is unclosed. */
function frontMatterClose(text: string, end: number): number {
  let first = true;
  let marker = '';
  for (const line of lineSpans(text, 0, end)) {
    const t = text.slice(line.start, line.end).trimEnd();
    if (first) {
      if (t !== '---' && t !== '+++') return -1;
      marker = t;
      first = false;
      continue;
    }
    if (t === marker) return Math.min(end, line.next);
    if (line.start - 0 > MAX_PIECE_LENGTH * 4) return -1;
  }
  return -1;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * Where to cut a piece that outgrew its bounds at `hi`, between its middle and `hi`: at a line start after a
 * sentence end, else a line start (not indented four columns, which would read as code), else after a sentence
 * end followed by a capital, else at a space before a letter or digit, else at `hi`. Never inside a surrogate
 * pair or a CRLF.
 */
function bestCut(text: string, from: number, hi: number): number {
  const lo = from + Math.max(1, (hi - from) >> 1);
  let lineStart = -1;
  let sentence = -1;
  let space = -1;
  for (let p = hi; p > lo; p--) {
    const before = text.charCodeAt(p - 1);
    if (before === 0x0a) {
      if (indentation(text, p, Math.min(hi, p + 8)) < 4) {
        let e = p - 1;
        if (e > from && text.charCodeAt(e - 1) === 0x0d) e--;
        if (SENTENCE_END.test(text.slice(Math.max(from, e - 8), e))) return p;
        if (lineStart < 0) lineStart = p;
      }
      continue;
    }
    if (before === 0x20 || before === 0x09) {
      const c = text.charCodeAt(p);
      const isUpper = (c >= 0x41 && c <= 0x5a) || (c > 0x7f && /\p{Lu}/u.test(text[p]));
      const isWord = isUpper || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && /[\p{L}\p{N}]/u.test(text[p]));
      if (sentence < 0 && isUpper && p - 2 >= from && /[.!?…]["'”’)\]]*$/.test(text.slice(Math.max(from, p - 6), p - 1))) sentence = p;
      if (space < 0 && isWord) space = p;
    }
  }
  if (lineStart >= 0) return lineStart;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  let cut = hi;
  const c = text.charCodeAt(cut);
  if ((c >= 0xdc00 && c <= 0xdfff) || (c === 0x0a && text.charCodeAt(cut - 1) === 0x0d)) cut--;
  return cut > from ? cut : hi;
}
