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
 *    work, in characters of prose: its characters, plus a cost per line, list item, delimiter, `<`, `@` and
 *    URL-like dot (`COST`, fitted to measurements; fenced code, read verbatim, costs little). A group estimated
 *    at more than `MAX_COST_FACTOR` times its length is read as plain text (a megabyte of links, one-word list
 *    items, setext headings); and if the whole text averages more than `MAX_AVERAGE_COST`, its costliest groups
 *    are read as plain text until it does not. A news draft averages about 1.3.
 * 3. Piece bounds: the parser sees at most `MAX_PIECE_LINES` lines, `MAX_PIECE_MARKUP` markup characters and
 *    `MAX_PIECE_LENGTH` characters at once, so its quadratic steps stay small. A group over them is cut at a
 *    chunk boundary (exact), else where a blank line precedes a line at column 0, else at a line start after a
 *    sentence end, else at a line start, else after a sentence end inside a line, else at a space. Only long
 *    lists, tables and paragraphs of thousands of words are cut; a cut can split a sentence, separate a link
 *    reference from its definition, or leave emphasis that crosses it as literal text.
 *
 * Together: the parser's work is linear in the input (at most about `MAX_AVERAGE_COST` times that of prose
 * over a whole text; `bench/hostile.ts` measures the worst cases), its memory is bounded by the largest piece
 * rather than the text, and its trees are shallow enough for recursive walks.
 *
 * `independentChunks` cuts a draft where CommonMark itself starts afresh (the pieces parse exactly as in the
 * whole draft), so that an edit re-parses one chunk.
 */
import type { Span } from '../types';
import { TextCache } from './textCache';

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
/**
 * The parser's cost, in characters of prose (about 1 µs each with GFM, measured by `bench/hostile.ts`), of what
 * costs more than a character: a line (a list item much more: it opens a container and a paragraph), a blank
 * line, an inline delimiter, a `<` (raw HTML or an autolink), an `@` (e-mail autolink literal), a dot or colon
 * inside a word (a URL that GFM links), a table pipe.
 */
const COST = { line: 30, listItem: 110, blankLine: 6, fencedLine: 8, delimiter: 12, angle: 16, at: 14, urlDot: 8, pipe: 1 };
/** A group may be estimated at this many times its length (a list of one-line facts is about 4)... */
export const MAX_COST_FACTOR = 4;
/** ...plus this much. */
const COST_ALLOWANCE = 4096;
/** The whole text may average this many times its length (plus `TEXT_ALLOWANCE`); the costliest groups above it are read as plain text. */
export const MAX_AVERAGE_COST = 2.5;
const TEXT_ALLOWANCE = 16384;

/** Why a part is read as plain text. */
export type PlainReason = 'nesting' | 'markup';

/** Why a part was read as plain text, in words (for the draft's warning and the source's). */
export function plainReasonText(reason: PlainReason): string {
  return reason === 'nesting'
    ? `lists or block quotes nested more than ${MAX_NESTING} levels deep`
    : 'more Markdown structure (markup, short lines, list items) than can be parsed in bounded time';
}

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
 * Inline delimiters: what opens or closes a construct micromark must resolve against the others of its
 * paragraph (emphasis, strikethrough, code spans, links and images, escapes, character references, raw HTML).
 * A piece holds at most `MAX_PIECE_MARKUP` of them.
 */
function isDelimiter(c: number): boolean {
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
      return true;
    default:
      return false;
  }
}

/** The estimated parser cost of character `i` beyond its own (see `COST`). */
function charCost(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3c) return COST.angle;
  if (isDelimiter(c)) return COST.delimiter;
  if (c === 0x40) return COST.at;
  if (c === 0x7c) return COST.pipe;
  if ((c === 0x2e || c === 0x3a) && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if ((d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x2f) return COST.urlDot;
  }
  return 0;
}

const LIST_ITEM_LINE = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

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
export function planPieces(text: string, chunks: readonly Span[], memo?: GroupMemo): GuardedPiece[] {
  const groups: { pieces: GuardedPiece[]; cost: number; start: number; end: number }[] = [];
  let total = 0;
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
    const group = memo ? guardGroupRemembered(memo, text, start, end, boundaries) : guardGroup(text, start, end, boundaries);
    groups.push(group);
    total += group.cost;
  }
  // The whole text's budget: the costliest groups (per character) become plain text until it is met.
  const budget = MAX_AVERAGE_COST * text.length + TEXT_ALLOWANCE;
  if (total > budget) {
    const byCost = groups.filter((g) => !g.pieces[0]?.plain).sort((a, b) => b.cost / (b.end - b.start) - a.cost / (a.end - a.start));
    for (const g of byCost) {
      if (total <= budget) break;
      total -= g.cost - plainCost(g.end - g.start);
      g.pieces = [{ start: g.start, end: g.end, plain: 'markup' }];
    }
  }
  return groups.flatMap((g) => g.pieces);
}

/**
 * Groups judged before, by what `guardGroup`'s answer depends on: the group's text and the character after it
 * (where a cut may look), whether it starts the text (front matter) or ends it, and its chunk boundaries; the
 * pieces are kept relative to the group's start. A draft is planned again after every burst of typing, and an
 * edit changes one group; a pass over each character of the others (their markup, lines and cuts) is not needed.
 */
export type GroupMemo = TextCache<{ pieces: GuardedPiece[]; cost: number }>;

export function newGroupMemo(): GroupMemo {
  return new TextCache(1024, 4 * 1024 * 1024);
}

function guardGroupRemembered(memo: GroupMemo, text: string, start: number, end: number, boundaries: readonly number[]): { pieces: GuardedPiece[]; cost: number; start: number; end: number } {
  const key = `${start === 0 ? 'F' : 'N'}${end === text.length ? 'E' : text[end]}${boundaries.map((b) => b - start).join(',')}\u0000${text.slice(start, end)}`;
  let found = memo.get(key);
  if (!found) {
    const group = guardGroup(text, start, end, boundaries);
    found = { pieces: group.pieces.map((p) => ({ ...p, start: p.start - start, end: p.end - start })), cost: group.cost };
    memo.set(key, found);
  }
  return { pieces: found.pieces.map((p) => ({ ...p, start: p.start + start, end: p.end + start })), cost: found.cost, start, end };
}

/**
 * The parser's estimated cost of a whole text, in characters of prose, before any part is read as plain text
 * (for the benchmark that fits `COST` to measurements).
 */
export function estimateParseCost(text: string): number {
  let total = 0;
  for (const chunk of independentChunks(text, 0)) {
    const group = guardGroup(text, chunk.start, chunk.end, []);
    total += group.pieces[0]?.plain ? Number.NaN : group.cost;
  }
  return total;
}

/** What a group read as plain text costs, in the same units (the plain-text reader is far cheaper). */
function plainCost(length: number): number {
  return length / 4;
}

/** One group `[start, end)` (a line start, as its chunk boundaries): plain, or Markdown pieces; and its cost. */
function guardGroup(text: string, start: number, end: number, boundaries: readonly number[]): { pieces: GuardedPiece[]; cost: number; start: number; end: number } {
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
  let nestedCut = false;

  for (const line of commonMarkLines(text, start, end)) {
    const ls = line.start;
    const le = line.end;
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
        cost += le - ls + COST.fencedLine;
        continue;
      }
      fence = undefined;
      // The closing line is the fence's, not a line of its own: read as one, it opened another fence, and the
      // lines after it went unbounded ("```\n```\r- - - - …", found by the property test with a random seed).
      if (closes && !left) {
        cost += le - ls + COST.fencedLine;
        continue;
      }
    }
    if (isBlankLine(text, ls, le)) {
      cost += COST.blankLine + (le - ls) + 1;
      inHtml = false;
      // Blank lines are lines to the parser too, but a piece is never cut before one.
      pieceLines++;
      continue;
    }
    if (lineNesting(text, ls, le) > MAX_NESTING) return { pieces: [{ start, end, plain: 'nesting' }], cost: plainCost(end - start), start, end };
    if (pieceLines >= MAX_PIECE_LINES && ls > pieceStart) cutAt(bestCut(text, pieceStart, ls, boundaries));
    pieceLines++;
    cost += 1 + (LIST_ITEM_LINE.test(text.slice(ls, Math.min(le, ls + 64))) ? COST.listItem : COST.line);
    const indent = indentation(text, ls, le);
    if (htmlEnd) {
      if (htmlEnd.test(text.slice(ls, le))) htmlEnd = undefined;
    } else if (!inHtml && indent < 4) {
      const head = text.slice(ls, Math.min(le, ls + 256));
      const f = FENCE.exec(head);
      // The fence's whole run, past the head ("`" × 261 is one fence, not a fence and a backtick after it: found by
      // the property test with a random seed).
      let run = f ? ls + indent + f[1].length : -1;
      if (f) while (run < le && text.charCodeAt(run) === f[1].charCodeAt(0)) run++;
      // A backtick fence's info string may hold no backtick, anywhere on the line (not only in its head).
      const tick = f && f[1][0] === '`' ? text.indexOf('`', run) : -1;
      if (f && !(tick >= 0 && tick < le)) {
        fence = { char: f[1][0], length: run - (ls + indent), indent };
        // The opening line is never cut (its info string is literal, and a cut would hide the fence).
        cost += le - ls;
        lastCounted = le;
        continue;
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
  if (nestedCut) return { pieces: [{ start, end, plain: 'nesting' }], cost: plainCost(end - start), start, end };
  if (cost > MAX_COST_FACTOR * (end - start) + COST_ALLOWANCE) return { pieces: [{ start, end, plain: 'markup' }], cost: plainCost(end - start), start, end };
  // Blank lines are never measured against the bounds above (a piece is cut only before a line that counts), so a
  // run of them at the end would stay in the last piece however long. Cut off, in pieces within the length bound:
  // blank lines mean nothing to the parser, and nothing follows them for a cut to change.
  if (end - pieceStart > MAX_PIECE_LENGTH) {
    const tail = Math.max(pieceStart, lastCounted);
    if (!/[^ \t\r\n]/.test(text.slice(tail, end))) {
      if (tail > pieceStart) {
        pieces.push({ start: pieceStart, end: tail, ...(pieceCut ? { cut: true } : {}) });
        pieceCut = false;
        pieceStart = tail;
      }
      while (end - pieceStart > MAX_PIECE_LENGTH) {
        let cut = pieceStart + MAX_PIECE_LENGTH;
        if (text.charCodeAt(cut - 1) === 0x0d && text.charCodeAt(cut) === 0x0a) cut--;
        pieces.push({ start: pieceStart, end: cut });
        pieceStart = cut;
      }
    }
  }
  if (pieceStart < end || pieces.length === 0) pieces.push({ start: pieceStart, end, ...(pieceCut ? { cut: true } : {}) });
  return { pieces, cost, start, end };

  function cutAt(cut: number): void {
    // A cut inside a line makes a new line start: it must not open more containers than a line may.
    const c = text.charCodeAt(cut - 1);
    if (c !== 0x0a && c !== 0x0d && lineNesting(text, cut, end) > MAX_NESTING) nestedCut = true;
    pieces.push({ start: pieceStart, end: cut, ...(pieceCut ? { cut: true } : {}) });
    pieceCut = !boundaries.includes(cut);
    // Recount what the new piece carries over (at most half of the old one).
    pieceMarkup = 0;
    pieceLines = 0;
    for (let k = cut; k < lastCounted; k++) {
      const c = text.charCodeAt(k);
      if (isDelimiter(c)) pieceMarkup++;
      else if (c === 0x0a) pieceLines++;
    }
    pieceStart = cut;
  }

  /** Adds a line's characters to the cost and the piece, cutting the piece where it outgrows its bounds. */
  function countLine(ls: number, le: number): void {
    let j = ls;
    while (j < le) {
      if (isDelimiter(text.charCodeAt(j))) pieceMarkup++;
      cost += 1 + charCost(text, j, le);
      j++;
      lastCounted = j;
      while (pieceMarkup > MAX_PIECE_MARKUP || j - pieceStart > MAX_PIECE_LENGTH) cutAt(bestCut(text, pieceStart, j, boundaries));
    }
    lastCounted = le;
  }
}

/**
 * The lines of `text[start, end)` as CommonMark sees them: ended by `\n`, `\r\n` or a lone `\r` (which
 * `lineSpans`, made for chunking, does not split on: a lone CR must not hide a deeply nested line).
 */
function* commonMarkLines(text: string, start: number, end: number): Generator<{ start: number; end: number }> {
  let ls = start;
  while (ls < end) {
    let i = ls;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      i++;
    }
    yield { start: ls, end: i };
    if (i >= end) return;
    ls = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
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
