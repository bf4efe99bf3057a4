/**
 * Markdown drafts → prose blocks.
 *
 * Parsed with `mdast-util-from-markdown` (micromark: CommonMark-exact, with positions) plus GFM (tables,
 * autolink literals, strikethrough, footnotes) and front matter, rather than with regular expressions: nesting,
 * code spans, HTML blocks and lazy continuation lines are exactly where hand-written Markdown handling breaks.
 *
 * What is prose: the text of paragraphs, headings and table cells (in lists, block quotes and footnote
 * definitions too), including link text and emphasis. What is not: front matter, code (fenced, indented,
 * inline), HTML and comments, images, URLs (autolinks, bare links, link targets), link definitions, footnote
 * references, and struck-out text (`~~…~~`, words the writer has deleted).
 *
 * Each prose block is built with `TextBuilder` from its text nodes. A text node's value differs from its source
 * where micromark decoded something (character escapes, character references) or dropped container markup
 * (`> ` and indentation on continuation lines); `appendAligned` walks value and source together so that every
 * prose character maps back to the exact draft offset it came from.
 *
 * One exception to "the parser reads everything": a piece of nothing but plain paragraphs and ATX headings (no
 * character that could open Markdown, no indentation, no list or heading marker that could mean something else) is
 * read by `simpleChunk` in one pass, which gives exactly the parser's blocks (property tests compare the two on
 * generated and real drafts). That is what writers mostly edit, and micromark's fixed cost and 1 µs per character
 * were most of the time of an analysis after an edit.
 *
 * Pandoc citation markers (`[@key]`, `[@a; @b]`) are plain text to micromark when no link definition matches
 * them; when one does (`[@key]: url`), micromark makes a link reference, whose source is kept verbatim so the
 * citation finder sees the marker either way.
 */
import type { Nodes, Parents } from 'mdast';
import { parseMarkdown } from '../text/markdownParser';
import { TextBuilder } from '../text/offsetMap';
import type { Span } from '../types';
import { independentChunks, newGroupMemo, planPieces, type GuardedPiece, type PlainReason } from '../text/markdownChunks';
import { plainTextProse } from './plaintext';
import { mappers, type Directive, type DraftProse, type ProseBlock } from './prose';
import { findDirectives } from './suppression';
import { TextCache } from '../text/textCache';

/** A numeric or named character reference, as micromark accepts them. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

export interface MarkdownProseOptions {
  /** Parse independent chunks separately and reuse cached ones (default). `false` parses the draft in one piece. */
  chunked?: boolean;
  /** Drafts shorter than this many characters are parsed in one piece (default 2048). */
  minChunkedLength?: number;
  /**
   * Apply the parser's bounds (`guardChunk`: nesting, markup density, piece length), default true. Only tests
   * that compare chunked and whole parsing of small drafts turn them off.
   */
  guard?: boolean;
  /**
   * Read a piece that is nothing but paragraphs and headings of plain words (`simpleChunk`) without the parser,
   * which gives the same blocks (default true; tests compare the two).
   */
  simple?: boolean;
}

/** A part of a Markdown draft read as plain text, and why. */
export interface PlainRegion {
  span: Span;
  reason: PlainReason;
}

/**
 * The prose blocks and suppression comments of a Markdown draft.
 *
 * Parsing dominates the cost of draft analysis (micromark with GFM reads about 0.5 MB/s), and the editor re-runs
 * the analysis after every burst of typing. So the draft is cut into chunks that CommonMark parses independently
 * (`independentChunks`), each chunk is parsed on its own, and the result of each is cached by its text: after an
 * edit only the edited chunk is parsed again. The result is the same as parsing the whole draft (a property test
 * compares the two); where independence is not certain the draft is one chunk.
 *
 * The chunks then pass `planPieces` (see `text/markdownChunks.ts`): a part that nests too deeply or would cost
 * the parser too much is read as plain text (listed in `plain`), and a stretch too long for the parser is cut
 * into pieces, so that no draft costs more than linear time or overflows the stack.
 */
export function markdownProse(draft: string, options: MarkdownProseOptions = {}): DraftProse & { plain: PlainRegion[] } {
  const chunks = options.chunked === false ? [{ start: 0, end: draft.length }] : independentChunks(draft, options.minChunkedLength);
  const builder = new TextBuilder();
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const plain: PlainRegion[] = [];
  let awaiting: Directive[] = [];
  const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
  const pieces: GuardedPiece[] = splitAtChunks(options.guard === false ? chunks : planPieces(draft, chunks, groupMemo), chunks);
  /** The last ignore comment with a known target: a cut may have split its target. */
  let lastIgnore: Directive | undefined;
  for (const piece of pieces) {
    const text = draft.slice(piece.start, piece.end);
    let parsed: ParsedChunk;
    if (piece.plain) {
      parsed = plainChunk(text);
      plain.push({ span: { start: piece.start, end: piece.end }, reason: piece.plain });
    } else parsed = parseChunkCached(text, piece.start === 0, options.simple !== false);
    if (parsed.firstNode) {
      const first = shift(parsed.firstNode, piece.start);
      for (const d of awaiting) d.target = first;
      awaiting = [];
      // A block cut in two: an ignore comment whose target ended at the cut skips the rest of it too.
      if (piece.cut && lastIgnore?.target && lastIgnore.target.end <= piece.start && !/\S/.test(draft.slice(lastIgnore.target.end, piece.start))) {
        lastIgnore.target = { start: lastIgnore.target.start, end: first.end };
      }
    }
    if (builder.textLength > 0 && parsed.pieces.length > 0) builder.appendInserted('\n\n');
    const proseBase = builder.textLength;
    for (const p of parsed.pieces) {
      if (p.sourceStart < 0) builder.appendInserted(p.text);
      else builder.appendDecoded(p.text, p.sourceStart + piece.start, p.sourceLength);
    }
    for (const b of parsed.blocks) blocks.push({ span: shift(b.span, piece.start), prose: shift(b.prose, proseBase), heading: b.heading });
    for (const d of parsed.directives) {
      const copy: Directive = { kind: d.kind, span: shift(d.span, piece.start) };
      if (d.reason) copy.reason = d.reason;
      if (d.target) copy.target = shift(d.target, piece.start);
      directives.push(copy);
      if (d.awaitsNext) awaiting.push(copy);
      if (copy.kind === 'ignore' && (copy.target || d.awaitsNext)) lastIgnore = copy;
    }
  }
  const built = builder.build();
  // Blocks without any prose (a paragraph that is only an image) are not blocks of prose.
  const proseBlocks = blocks.filter((b) => /\S/.test(built.text.slice(b.prose.start, b.prose.end)));
  return { text: built.text, blocks: proseBlocks, directives, plain, ...mappers(draft, built.text, built.map) };
}

/**
 * The pieces to parse: each Markdown piece that starts where CommonMark starts afresh is cut again after every
 * chunk inside it of at least `MIN_SPLIT_CHUNK` characters (a paragraph of a few sentences). `planPieces` merges
 * chunks into groups of 4 KB or more to judge the parser's cost; parsing (and caching) such a chunk alone gives the
 * same blocks (the chunks are independent), and an edit then parses its own paragraph again instead of its whole
 * group. Shorter chunks (headings, one-line paragraphs) stay with the chunks after them, so that a draft of short
 * lines is not parsed line by line (each parse has a fixed cost) and fills the chunk cache with no more pieces than
 * it has groups; and since whether a cut follows a chunk depends on that chunk's text alone, an edit moves no cut
 * but those around it. A piece that starts at a cut (`cut`) is left whole: where it starts, the parser does not
 * start as in the whole draft.
 */
function splitAtChunks(pieces: readonly GuardedPiece[], chunks: readonly Span[]): GuardedPiece[] {
  if (chunks.length <= 1) return pieces as GuardedPiece[];
  const out: GuardedPiece[] = [];
  let c = 0;
  for (const piece of pieces) {
    if (piece.plain || piece.cut) {
      out.push(piece);
      continue;
    }
    let start = piece.start;
    while (c < chunks.length && chunks[c].start <= start) c++;
    for (; c < chunks.length && chunks[c].start < piece.end; c++) {
      if (chunks[c].start - chunks[c - 1].start < MIN_SPLIT_CHUNK) continue;
      out.push({ start, end: chunks[c].start });
      start = chunks[c].start;
    }
    out.push({ start, end: piece.end });
  }
  return out;
}

/** A chunk this long (in characters) is parsed apart from the chunks after it (`splitAtChunks`). */
const MIN_SPLIT_CHUNK = 512;

/** A chunk read as plain text: blocks of non-blank lines, suppression comments on lines of their own. */
function plainChunk(text: string): ParsedChunk {
  const prose = plainTextProse(text);
  const recorder = new PieceRecorder();
  const blocks: ProseBlock[] = [];
  for (const b of prose.blocks) {
    if (recorder.textLength > 0) recorder.appendInserted('\n\n');
    const start = recorder.textLength;
    recorder.appendVerbatim(text.slice(b.span.start, b.span.end), b.span.start);
    blocks.push({ span: { ...b.span }, prose: { start, end: recorder.textLength }, heading: false });
  }
  const directives: ParsedChunk['directives'] = prose.directives.map((d) => ({ ...d }));
  // An ignore comment with no block after it in this chunk skips the first node of the next one.
  for (const d of directives) if (d.kind === 'ignore' && !prose.blocks.some((b) => b.span.start >= d.span.end)) d.awaitsNext = true;
  return { pieces: recorder.pieces, blocks, directives, ...(prose.blocks.length ? { firstNode: { ...prose.blocks[0].span } } : {}) };
}

interface Piece {
  text: string;
  /** -1 for inserted text. */
  sourceStart: number;
  sourceLength: number;
}

/** A parsed chunk, with offsets relative to the chunk (prose offsets relative to the chunk's own prose). */
interface ParsedChunk {
  pieces: Piece[];
  blocks: ProseBlock[];
  directives: (Directive & { awaitsNext?: boolean })[];
  /** The first top-level node that is not HTML: what an `ignore` comment ending the previous chunk skips. */
  firstNode?: Span;
}

/** Records the pieces of a chunk's prose, to be replayed (shifted) into the draft's `TextBuilder`. */
class PieceRecorder {
  readonly pieces: Piece[] = [];
  textLength = 0;
  appendVerbatim(text: string, sourceStart: number): void {
    this.push(text, sourceStart, text.length);
  }
  appendDecoded(text: string, sourceStart: number, sourceLength: number): void {
    this.push(text, sourceStart, sourceLength);
  }
  appendInserted(text: string): void {
    this.push(text, -1, 0);
  }
  private push(text: string, sourceStart: number, sourceLength: number): void {
    if (!text) return;
    this.pieces.push({ text, sourceStart, sourceLength });
    this.textLength += text.length;
  }
}

/** At most this many parsed chunks are cached... */
const CACHE_LIMIT = 4096;
/**
 * ...holding at most this many characters of chunk text in all. A parsed chunk keeps a few times its text in
 * memory, and while a writer types in a long chunk every burst adds a new version of it: a bound by count alone
 * let 4,096 versions of a 200 KB chunk pile up.
 */
const CACHE_MAX_CHARS = 4 * 1024 * 1024;
/** Parsed chunks by text (prefixed by whether the chunk starts the draft, where front matter may be, and by how it may be read). */
const chunkCache = new TextCache<ParsedChunk>(CACHE_LIMIT, CACHE_MAX_CHARS);

function parseChunkCached(text: string, first: boolean, simple: boolean): ParsedChunk {
  // Keyed apart when the parser must read it (tests compare the two readings).
  const key = (first ? (simple ? 'F' : 'f') : simple ? 'N' : 'n') + text;
  const hit = chunkCache.get(key);
  if (hit) return hit;
  const parsed = (simple ? simpleChunk(text) : undefined) ?? parseChunk(text, first);
  chunkCache.set(key, parsed);
  return parsed;
}

/**
 * Characters and sequences that may make Markdown of a line of words: escapes, character references, code,
 * emphasis and strikethrough, links, images, footnotes and citation markers, HTML and autolinks, block quote
 * markers, tables, GFM's bare links (`www.`, `://`, e-mail addresses), and whitespace or control characters that
 * CommonMark treats apart (tabs, a carriage return that does not end a line, NUL, a byte-order mark).
 */
const MARKUP = /[\\&`*_~[\]<>|@\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]|\r(?!\n)|www\.|:\/\//i;
/**
 * A citation marker of plain keys (`[@kcna]`, `[@a; @b-2]`), not followed by what would make it a link (`(`, `[`)
 * or a definition (`:`): with no definition in the piece (its line would have to start with `[`), the parser
 * leaves it as text.
 */
const CITATION_MARKER = /\[@[A-Za-z0-9][A-Za-z0-9-]*(?:; ?@[A-Za-z0-9][A-Za-z0-9-]*)*\](?![[(:])/g;
/** A line that opens something other than a paragraph: a list item, a thematic break, a setext underline, front matter, a heading. */
const NOT_PARAGRAPH_START = /^(?:[-+=#]|\d{1,9}[.)](?: |$))/;
/** An ATX heading of plain words: its marker, then words with no `#` (no closing sequence to read). */
const SIMPLE_HEADING = /^#{1,6} +(?=[^ #])[^#]*$/;
const HEADING_MARKER = /^#{1,6} +/;

/**
 * A piece that is nothing but paragraphs and ATX headings of plain words, read without the parser: what
 * micromark would give, found in one pass. Lines end with LF or CR LF. Every line is blank (empty) or starts and ends with a character that
 * is not a space; no character of the piece can open Markdown (`MARKUP`) but those of plain citation markers
 * (`CITATION_MARKER`); no line starts a list item, a thematic
 * break, a setext underline or front matter; a line starting with `#` is a heading with no `#` in its words.
 * Then CommonMark's reading is plain: each heading line is a heading whose text is its words, each run of other
 * lines a paragraph whose text is the lines as written. Anything else (undefined) goes to the parser: this only
 * spares the parser's fixed cost and its 1 µs per character on the paragraphs writers edit most (tests compare the
 * two readings on generated and real drafts).
 */
export function simpleChunk(text: string): ParsedChunk | undefined {
  if (MARKUP.test(text.includes('[@') ? text.replace(CITATION_MARKER, 'c') : text)) return undefined;
  const builder = new PieceRecorder();
  const blocks: ProseBlock[] = [];
  /** The open paragraph's first line start and last line end, or -1. */
  let paraStart = -1;
  let paraEnd = -1;
  const add = (span: Span, proseStart: number, heading: boolean) => {
    if (builder.textLength > 0) builder.appendInserted('\n\n');
    const start = builder.textLength;
    builder.appendVerbatim(text.slice(proseStart, span.end), proseStart);
    blocks.push({ span, prose: { start, end: builder.textLength }, heading });
  };
  const closeParagraph = () => {
    if (paraStart >= 0) add({ start: paraStart, end: paraEnd }, paraStart, false);
    paraStart = -1;
  };
  let ls = 0;
  while (ls <= text.length) {
    let next = text.indexOf('\n', ls);
    if (next < 0) next = text.length;
    // A line's end, before its CR LF or LF.
    const le = next > ls && text.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
    if (le === ls) closeParagraph();
    else {
      const first = text.charCodeAt(ls);
      const last = text.charCodeAt(le - 1);
      if (first === 0x20 || last === 0x20) return undefined;
      const line = text.slice(ls, le);
      if (first === 0x23 /* # */) {
        if (!SIMPLE_HEADING.test(line)) return undefined;
        closeParagraph();
        add({ start: ls, end: le }, ls + HEADING_MARKER.exec(line)![0].length, true);
      } else {
        if (NOT_PARAGRAPH_START.test(line)) return undefined;
        if (paraStart < 0) paraStart = ls;
        paraEnd = le;
      }
    }
    ls = next + 1;
  }
  closeParagraph();
  if (!blocks.length) return undefined;
  return { pieces: builder.pieces, blocks, directives: [], firstNode: { ...blocks[0].span } };
}

/** How the groups of drafts were judged (`planPieces`): an edit changes one group, the others are looked up. */
const groupMemo = newGroupMemo();

/** Empties the chunk cache and the groups' plans (tests compare analyses with and without them). */
export function clearChunkCache(): void {
  chunkCache.clear();
  groupMemo.clear();
}

/** What the chunk cache holds now (for the memory benchmark and tests). */
export function chunkCacheSize(): { entries: number; chars: number } {
  return chunkCache.size;
}

function parseChunk(draft: string, first: boolean): ParsedChunk {
  const tree = parseMarkdown(draft, first);
  const builder = new PieceRecorder();
  const blocks: ProseBlock[] = [];
  const directives: ParsedChunk['directives'] = [];

  const spanOf = (node: Nodes): Span | undefined => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { start, end };
  };

  /** Where in the draft the reading of the current block is, and where the block ends. */
  let cursor = 0;
  let blockEnd = 0;

  /** Appends a text node's value, aligned with its source `draft[start, end)`. */
  const appendAligned = (value: string, start: number, end: number) => {
    let i = 0;
    let j = start;
    let runStart = -1;
    const flush = () => {
      if (runStart >= 0) builder.appendVerbatim(value.slice(runStart, i), j - (i - runStart));
      runStart = -1;
    };
    while (i < value.length) {
      if (j < end && draft.charCodeAt(j) === value.charCodeAt(i) && (value[i] !== '&' || !isDecodedReference(value, i, j))) {
        if (runStart < 0) runStart = i;
        i++;
        j++;
        continue;
      }
      flush();
      if (j >= end) {
        // The value outruns its source (should not happen): keep the words, mapped to the node's end.
        builder.appendInserted(value.slice(i));
        break;
      }
      if (draft[j] === '\\' && j + 1 < end && draft[j + 1] === value[i]) {
        builder.appendDecoded(value[i], j, 2);
        i++;
        j += 2;
        continue;
      }
      if (draft[j] === '&') {
        CHARACTER_REFERENCE.lastIndex = j;
        const m = CHARACTER_REFERENCE.exec(draft);
        if (m && j + m[0].length <= end && !value.startsWith(m[0], i)) {
          const after = j + m[0].length;
          // The decoded text is one or two code points; take the shortest that lets the rest line up.
          const one = value.codePointAt(i)! > 0xffff ? 2 : 1;
          const two = i + one < value.length ? one + (value.codePointAt(i + one)! > 0xffff ? 2 : 1) : one;
          const lineUp = (k: number) => i + k >= value.length || (after < end && draft[after] === value[i + k]);
          const k = lineUp(one) || !lineUp(two) ? one : two;
          builder.appendDecoded(value.slice(i, i + k), j, m[0].length);
          i += k;
          j = after;
          continue;
        }
      }
      const ch = draft[j];
      if (ch === ' ' || ch === '\t' || ch === '>') {
        // Markup micromark left out of the value: `>` markers, indentation of continuation lines.
        j++;
        continue;
      }
      // A replaced character (CommonMark turns NUL into U+FFFD): one for one.
      builder.appendDecoded(value[i], j, 1);
      i++;
      j++;
    }
    flush();
    cursor = Math.max(cursor, j);
  };

  /** True when the draft has a character reference at `j` that the value does not spell out at `i`. */
  const isDecodedReference = (value: string, i: number, j: number) => {
    CHARACTER_REFERENCE.lastIndex = j;
    const m = CHARACTER_REFERENCE.exec(draft);
    return m !== null && !value.startsWith(m[0], i);
  };

  const inline = (node: Nodes) => {
    inlineNode(node);
    const span = spanOf(node);
    if (span) cursor = Math.max(cursor, span.end);
  };

  const inlineNode = (node: Nodes) => {
    switch (node.type) {
      case 'text': {
        const span = spanOf(node);
        if (span) {
          appendAligned(node.value, span.start, span.end);
          cursor = Math.max(cursor, span.end);
        } else {
          // GFM's autolink-literal transform splits text nodes without giving the pieces positions: find the
          // piece after what was read last (NUL is U+FFFD in the value).
          let at = node.value ? draft.indexOf(node.value, cursor) : -1;
          if (at < 0 && node.value.includes('\uFFFD')) at = draft.indexOf(node.value.replace(/\uFFFD/g, '\0'), cursor);
          if (at >= 0 && at + node.value.length <= blockEnd) appendAligned(node.value, at, at + node.value.length);
          else appendAligned(node.value, cursor, blockEnd);
        }
        return;
      }
      case 'break': {
        const span = spanOf(node);
        if (!span) builder.appendInserted('\n');
        else if (/^[ \t]*\r?\n$/.test(draft.slice(span.start, span.end))) builder.appendVerbatim(draft.slice(span.start, span.end), span.start);
        else builder.appendDecoded('\n', span.start, span.end - span.start);
        return;
      }
      case 'link': {
        if (isAutolink(node)) {
          const span = spanOf(node);
          const shown = (node.children[0] as { value: string }).value;
          if (span) {
            cursor = Math.max(cursor, span.end);
            return;
          }
          const at = draft.indexOf(shown, cursor);
          // Not verbatim: the draft spells a character of it as a reference ("www.x.org&amp;…"); read past it.
          const end = at >= 0 ? at + shown.length : endOfSpelled(draft, draft.indexOf(shown[0], cursor), shown, blockEnd);
          if (end >= 0) cursor = Math.max(cursor, end);
          return;
        }
        break;
      }
      case 'linkReference': {
        const span = spanOf(node);
        if (span && node.label?.startsWith('@')) {
          builder.appendVerbatim(draft.slice(span.start, span.end), span.start);
          return;
        }
        break;
      }
      case 'html': {
        const span = spanOf(node);
        if (span) directives.push(...findDirectives(draft, span.start, span.end));
        return;
      }
      case 'emphasis':
      case 'strong':
        break;
      default:
        // inlineCode, image, imageReference, footnoteReference, delete, and anything unknown: not prose.
        return;
    }
    for (const child of (node as Parents).children) inline(child as Nodes);
  };

  const block = (node: Nodes, heading: boolean) => {
    let span = spanOf(node);
    if (!span) return;
    if (node.type === 'tableCell') {
      // A cell's node includes its pipes and padding; the block is its content.
      const children = node.children;
      const first = children.length ? spanOf(children[0]) : undefined;
      const last = children.length ? spanOf(children[children.length - 1]) : undefined;
      if (!first || !last) return;
      span = { start: first.start, end: last.end };
    }
    if (builder.textLength > 0) builder.appendInserted('\n\n');
    const start = builder.textLength;
    cursor = span.start;
    blockEnd = span.end;
    for (const child of (node as Parents).children) inline(child as Nodes);
    const end = builder.textLength;
    blocks.push({ span, prose: { start, end }, heading });
  };

  const flow = (node: Nodes, siblings: readonly Nodes[], index: number) => {
    switch (node.type) {
      case 'paragraph':
      case 'tableCell':
        block(node, false);
        return;
      case 'heading':
        block(node, true);
        return;
      case 'html': {
        const span = spanOf(node);
        if (!span) return;
        for (const d of findDirectives(draft, span.start, span.end)) {
          if (d.kind === 'ignore') {
            const next = siblings.slice(index + 1).find((s) => s.type !== 'html');
            const target = next && spanOf(next);
            if (target) d.target = target;
            // The last top-level comment of a chunk skips the first node of the next chunk.
            else if (siblings === tree.children) (d as { awaitsNext?: boolean }).awaitsNext = true;
          }
          directives.push(d);
        }
        return;
      }
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition': {
        const children = node.children as Nodes[];
        children.forEach((child, i) => flow(child, children, i));
        return;
      }
      default:
        // yaml, toml, code, thematicBreak, definition: not prose.
        return;
    }
  };

  flow(tree, [], 0);
  const firstNode = tree.children.find((n) => n.type !== 'html');
  const firstSpan = firstNode && spanOf(firstNode);
  return { pieces: builder.pieces, blocks, directives, ...(firstSpan ? { firstNode: firstSpan } : {}) };
}

export { independentChunks } from '../text/markdownChunks';

/**
 * Where `value` ends in `draft` read from `from`, each character reference of the draft (`&amp;`) standing for one
 * character of the value (two for an astral one); -1 when the draft does not spell it there (or `from` is -1).
 */
function endOfSpelled(draft: string, from: number, value: string, limit: number): number {
  if (from < 0) return -1;
  let i = 0;
  let j = from;
  while (i < value.length && j < limit) {
    CHARACTER_REFERENCE.lastIndex = j;
    const reference = draft.charCodeAt(j) === 0x26 ? CHARACTER_REFERENCE.exec(draft) : null;
    if (reference && !value.startsWith(reference[0], i)) {
      i += isHighSurrogate(value.charCodeAt(i)) ? 2 : 1;
      j += reference[0].length;
    } else if (draft[j] === value[i] || (draft[j] === '\0' && value[i] === '\uFFFD')) {
      // (NUL is U+FFFD in the value, CommonMark's rule.)
      i++;
      j++;
    } else return -1;
  }
  return i === value.length ? j : -1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Autolinks (`<https://…>`) and GFM autolink literals (`www.…`, bare URLs, e-mail addresses) show a URL, not prose. */
function isAutolink(node: Nodes & { type: 'link' }): boolean {
  if (node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}` || node.url === `https://${text}`;
}
