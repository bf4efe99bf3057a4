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
 * Pandoc citation markers (`[@key]`, `[@a; @b]`) are plain text to micromark when no link definition matches
 * them; when one does (`[@key]: url`), micromark makes a link reference, whose source is kept verbatim so the
 * citation finder sees the marker either way.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';
import { TextBuilder } from '../text/offsetMap';
import type { Span } from '../types';
import { lines, mappers, type Directive, type DraftProse, type ProseBlock } from './prose';
import { findDirectives } from './suppression';

const FRONTMATTER = ['yaml', 'toml'] as const;

/** A numeric or named character reference, as micromark accepts them. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

export interface MarkdownProseOptions {
  /** Parse independent chunks separately and reuse cached ones (default). `false` parses the draft in one piece. */
  chunked?: boolean;
  /** Drafts shorter than this many characters are parsed in one piece (default 2048). */
  minChunkedLength?: number;
}

/**
 * The prose blocks and suppression comments of a Markdown draft.
 *
 * Parsing dominates the cost of draft analysis (micromark with GFM reads about 0.5 MB/s), and the editor re-runs
 * the analysis after every burst of typing. So the draft is cut into chunks that CommonMark parses independently
 * (`independentChunks`), each chunk is parsed on its own, and the result of each is cached by its text: after an
 * edit only the edited chunk is parsed again. The result is the same as parsing the whole draft (a property test
 * compares the two); where independence is not certain the draft is one chunk.
 */
export function markdownProse(draft: string, options: MarkdownProseOptions = {}): DraftProse {
  const chunks = options.chunked === false ? [{ start: 0, end: draft.length }] : independentChunks(draft, options.minChunkedLength);
  const builder = new TextBuilder();
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  let awaiting: Directive[] = [];
  const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
  for (const chunk of chunks) {
    const parsed = parseChunkCached(draft.slice(chunk.start, chunk.end), chunk.start === 0);
    if (parsed.firstNode && awaiting.length) {
      for (const d of awaiting) d.target = shift(parsed.firstNode, chunk.start);
      awaiting = [];
    }
    if (builder.textLength > 0 && parsed.pieces.length > 0) builder.appendInserted('\n\n');
    const proseBase = builder.textLength;
    for (const p of parsed.pieces) {
      if (p.sourceStart < 0) builder.appendInserted(p.text);
      else builder.appendDecoded(p.text, p.sourceStart + chunk.start, p.sourceLength);
    }
    for (const b of parsed.blocks) blocks.push({ span: shift(b.span, chunk.start), prose: shift(b.prose, proseBase), heading: b.heading });
    for (const d of parsed.directives) {
      const copy: Directive = { kind: d.kind, span: shift(d.span, chunk.start) };
      if (d.reason) copy.reason = d.reason;
      if (d.target) copy.target = shift(d.target, chunk.start);
      directives.push(copy);
      if (d.awaitsNext) awaiting.push(copy);
    }
  }
  const built = builder.build();
  // Blocks without any prose (a paragraph that is only an image) are not blocks of prose.
  const proseBlocks = blocks.filter((b) => /\S/.test(built.text.slice(b.prose.start, b.prose.end)));
  return { text: built.text, blocks: proseBlocks, directives, ...mappers(draft, built.text, built.map) };
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

const CACHE_LIMIT = 4096;
/** Parsed chunks by text (prefixed by whether the chunk starts the draft, where front matter may be). */
const chunkCache = new Map<string, ParsedChunk>();

function parseChunkCached(text: string, first: boolean): ParsedChunk {
  const key = (first ? 'F' : 'N') + text;
  const hit = chunkCache.get(key);
  if (hit) {
    chunkCache.delete(key);
    chunkCache.set(key, hit);
    return hit;
  }
  const parsed = parseChunk(text, first);
  chunkCache.set(key, parsed);
  if (chunkCache.size > CACHE_LIMIT) chunkCache.delete(chunkCache.keys().next().value!);
  return parsed;
}

function parseChunk(draft: string, first: boolean): ParsedChunk {
  const tree = fromMarkdown(draft, {
    extensions: first ? [frontmatter([...FRONTMATTER]), gfm()] : [gfm()],
    mdastExtensions: first ? [frontmatterFromMarkdown([...FRONTMATTER]), gfmFromMarkdown()] : [gfmFromMarkdown()],
  });
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
          const at = span ? span.start : draft.indexOf(shown, cursor);
          if (at >= 0) cursor = Math.max(cursor, span ? span.end : at + shown.length);
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

/**
 * Cuts a Markdown draft into chunks that parse the same alone as in the whole draft. A chunk starts at a line
 * that follows a blank line and starts at column 0 with a character other than a space or a list marker: such a
 * line ends every open container (list, block quote) and paragraph. Not inside front matter, a fenced code block
 * or an HTML block that may hold blank lines (comments, `<pre>`, `<script>`…). A draft with a link reference or
 * footnote definition is one chunk, since a definition changes how the whole draft parses.
 */
export function independentChunks(draft: string, minLength = 2048): Span[] {
  const whole = [{ start: 0, end: draft.length }];
  if (draft.length < minLength || DEFINITION.test(draft)) return whole;
  const starts = [0];
  let frontmatterEnd: string | undefined;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let prevBlank = false;
  let lineNo = 0;
  for (const line of lines(draft)) {
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

/** Autolinks (`<https://…>`) and GFM autolink literals (`www.…`, bare URLs, e-mail addresses) show a URL, not prose. */
function isAutolink(node: Nodes & { type: 'link' }): boolean {
  if (node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}` || node.url === `https://${text}`;
}
