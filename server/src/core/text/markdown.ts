/**
 * Markdown → prose blocks with a map back to the Markdown text. Parsing is done by mdast-util-from-markdown
 * (micromark, CommonMark-exact positions) with the front matter and GFM extensions; this module only walks the
 * tree and keeps the readable text.
 *
 * Kept: headings, paragraphs, list items, blockquotes, footnote definitions, table rows (cells joined by " | ",
 * a figure under a header labelled with it: "Won: 20"; `tableLabels.ts`),
 * link and emphasis text, inline code, the rows of a table typed in plain text inside a code block. Dropped: front
 * matter, other code blocks, HTML, images, link targets/URLs, definitions, thematic breaks. Each block becomes one
 * paragraph of the prose; blocks are separated by a blank line.
 */
import type { Span } from '../types';
import { independentChunks, lineSpans, planPieces, type PlainReason } from './markdownChunks';
import { parseMarkdown } from './markdownParser';
import { OffsetMap, TextBuilder } from './offsetMap';
import { captionUnit, startsWithFigure, tableLabel, withCaptionUnit, withCornerUnit } from './tableLabels';
import { textTableRows } from './textTables';

export type MarkdownBlockKind = 'heading' | 'paragraph' | 'tableRow';

export interface MarkdownBlock {
  kind: MarkdownBlockKind;
  /** Offsets of the block in the prose. */
  span: Span;
  /** Offsets of the block's node in the Markdown text. */
  source: Span;
  /** Heading depth (1–6) for headings. */
  depth?: number;
}

export interface MarkdownProse {
  /** The prose: blocks separated by a blank line. */
  text: string;
  /** Maps prose offsets to offsets in the Markdown text. */
  map: OffsetMap;
  blocks: MarkdownBlock[];
  /** The front matter `title`, else the text of the first heading. */
  title?: string;
  /** Offsets of the front matter block in the Markdown text, when there is one. */
  frontMatter?: Span;
  /** Parts read as plain text because they nest too deeply or hold too much markup (see `markdownChunks.ts`). */
  plain: { span: Span; reason: PlainReason }[];
}

// Minimal structural view of mdast nodes (the full types live in @types/mdast, a dependency of the parser).
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The text of a node's text and inline-code leaves, joined (a table cell's, to read its header or first figure). */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (DROPPED.has(node.type)) return '';
  return (node.children ?? []).map(plainText).join('');
}

const DROPPED = new Set(['code', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'thematicBreak', 'footnoteReference']);

/** Sources larger than this are cut into chunks even when they hold a link definition (see `ChunkOptions`). */
const LARGE_SOURCE = 256 * 1024;

/**
 * Extracts the prose of a Markdown text. Never throws on malformed Markdown (CommonMark has no syntax errors).
 * The text is parsed in the pieces `planPieces` allows (independent chunks within the parser's bounds, or plain
 * text), so a hostile or huge source costs linear time and bounded memory.
 */
export function markdownToProse(markdown: string): MarkdownProse {
  const builder = new TextBuilder();
  const blocks: MarkdownBlock[] = [];
  const plain: MarkdownProse['plain'] = [];
  let title: string | undefined;
  let firstHeading: string | undefined;
  let frontMatter: Span | undefined;

  const startBlock = () => {
    if (builder.textLength > 0) builder.appendInserted('\n\n');
    return builder.textLength;
  };
  const endBlock = (kind: MarkdownBlockKind, source: Span, depth: number | undefined, start: number, text: () => string) => {
    if (builder.textLength === start) return;
    blocks.push({ kind, span: { start, end: builder.textLength }, source, ...(kind === 'heading' ? { depth } : {}) });
    if (kind === 'heading' && firstHeading === undefined) firstHeading = text().trim() || undefined;
  };

  /** Walks the tree of the piece parsed from `markdown` at `base` (node offsets are relative to the piece). */
  const walk = (tree: MdNode, base: number, pieceEnd: number) => {
    const startOf = (node: MdNode) => (node.position?.start.offset === undefined ? undefined : node.position.start.offset + base);
    const endOf = (node: MdNode) => (node.position?.end.offset === undefined ? undefined : node.position.end.offset + base);
    const sourceOf = (node: MdNode): Span => ({ start: startOf(node) ?? base, end: endOf(node) ?? base });

    /** Where the last inline node ended in the Markdown, for nodes without a position (GFM autolink literals). */
    let cursor = base;
    const inline = (node: MdNode, limit: number): void => {
      if (DROPPED.has(node.type)) return;
      const start = startOf(node);
      const end = endOf(node);
      if (start !== undefined) cursor = start;
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = node.value ?? '';
        if (start !== undefined && end !== undefined) {
          // Inline code: align inside its backtick fences (a value with a line ending cannot be found whole).
          let from = start;
          let to = end;
          if (node.type === 'inlineCode') {
            while (from < to && markdown.charCodeAt(from) === 0x60 /* ` */) from++;
            while (to > from && markdown.charCodeAt(to - 1) === 0x60) to--;
          }
          appendAligned(builder, markdown, value, from, to);
          cursor = end;
        } else {
          const at = value ? markdown.indexOf(value, cursor) : -1;
          let first = value ? markdown.indexOf(value[0], cursor) : -1;
          // Its first character may be a character reference before that ("&#233;[http://x.y" holds "é[" before
          // the URL; a literal "é" after it is not where the text starts).
          const reference = value ? markdown.indexOf('&', cursor) : -1;
          if (reference >= 0 && (first < 0 || reference < first) && CHARACTER_REFERENCE.test(markdown.slice(reference, reference + 40))) first = reference;
          if (at >= 0 && at + value.length <= limit) {
            builder.appendVerbatim(value, at);
            cursor = at + value.length;
          } else if (first >= 0 && first < limit) {
            // Not verbatim in the Markdown (a character reference inside an autolink literal): align it.
            cursor = appendAligned(builder, markdown, value, first, limit);
          } else builder.appendDecoded(value, cursor, 0);
        }
      } else if (node.type === 'break') {
        builder.appendInserted('\n');
      } else if (node.children) {
        for (const child of node.children) inline(child, end ?? limit);
      }
      if (end !== undefined) cursor = end;
    };

    // The paragraph right before a table, whose words may give the unit of its figures ("Figures are in £000.").
    let paragraphBefore: string | undefined;
    const block = (node: MdNode): void => {
      const before = paragraphBefore;
      paragraphBefore = node.type === 'paragraph' ? plainText(node) : undefined;
      switch (node.type) {
        case 'yaml':
        case 'toml': {
          frontMatter = sourceOf(node);
          title ??= frontMatterTitle(node.value ?? '');
          return;
        }
        case 'heading':
        case 'paragraph': {
          const start = startBlock();
          // (A child without a position is looked for from the block's own start, not from an earlier block's:
          // "<tr>Alpha\n\nAlpha&#233;[http://x.y" has its second "Alpha" in the paragraph, not the first in the HTML.)
          cursor = startOf(node) ?? cursor;
          for (const child of node.children ?? []) inline(child, endOf(node) ?? pieceEnd);
          endBlock(node.type, sourceOf(node), node.depth, start, () => builder.textSince(start));
          return;
        }
        case 'table': {
          // The first row is the header (GFM): the figures of the rows below carry its labels (`tableLabels.ts`).
          const rows = node.children ?? [];
          const written = withCornerUnit((rows[0]?.children ?? []).map((cell) => plainText(cell)));
          // (With the unit the paragraph above gives all its figures: "Figures are in £000.", "Table 2 (£m)".)
          const unit = before === undefined ? undefined : captionUnit(before);
          const header = (unit ? withCaptionUnit(written, unit) : written).map((text) => (text === undefined ? text : tableLabel(text)));
          rows.forEach((row, i) => tableRow(row, i > 0 ? header : []));
          return;
        }
        case 'tableRow':
          tableRow(node, []);
          return;
        case 'code': {
          // A table typed in plain text inside a code block ("```" around a report's columns of figures) is read
          // as its rows (`textTables.ts`); other code is no prose.
          const value = node.value ?? '';
          const start = startOf(node);
          const at = start === undefined ? -1 : markdown.indexOf(value, start);
          if (!value || at < 0 || at + value.length > (endOf(node) ?? pieceEnd)) return;
          for (const write of textTableRows(value)) {
            const rowStart = startBlock();
            write(builder, at);
            endBlock('tableRow', sourceOf(node), undefined, rowStart, () => '');
          }
          return;
        }
        default:
          if (DROPPED.has(node.type)) return;
          // Containers: root, blockquote, list, listItem, table, footnoteDefinition, and unknown extensions.
          for (const child of node.children ?? []) block(child);
      }
    };
    const tableRow = (node: MdNode, labels: readonly (string | undefined)[]): void => {
      const start = startBlock();
      let first = true;
      (node.children ?? []).forEach((cell, k) => {
        const before = builder.textLength;
        if (!first && before > start) builder.appendInserted(' | ');
        const mark = builder.textLength;
        const label = labels[k];
        // Located at the cell's text in the file (a passage that starts with the label is located there).
        const at = startOf(cell.children?.[0] ?? cell);
        if (label !== undefined && at !== undefined && startsWithFigure(plainText(cell))) builder.appendDecoded(`${label}: `, at, 0);
        for (const child of cell.children ?? []) inline(child, endOf(cell) ?? pieceEnd);
        if (builder.textLength > mark) first = false;
      });
      endBlock('tableRow', sourceOf(node), undefined, start, () => '');
    };
    block(tree);
  };

  /** A piece read as plain text: each blank-line block is a paragraph, verbatim. */
  const plainPiece = (start: number, end: number) => {
    let blockStart = -1;
    let blockEnd = -1;
    const close = () => {
      if (blockStart < 0) return;
      const at = startBlock();
      builder.appendVerbatim(markdown.slice(blockStart, blockEnd), blockStart);
      endBlock('paragraph', { start: blockStart, end: blockEnd }, undefined, at, () => '');
      blockStart = -1;
    };
    for (const line of lineSpans(markdown, start, end)) {
      if (line.start >= end) break;
      const lineEnd = Math.min(line.end, end);
      if (!/\S/.test(markdown.slice(line.start, lineEnd))) close();
      else {
        if (blockStart < 0) blockStart = line.start;
        blockEnd = lineEnd;
      }
    }
    close();
  };

  const chunks = independentChunks(markdown, { ignoreDefinitions: markdown.length > LARGE_SOURCE });
  for (const piece of planPieces(markdown, chunks)) {
    if (piece.plain) {
      plain.push({ span: { start: piece.start, end: piece.end }, reason: piece.plain });
      plainPiece(piece.start, piece.end);
      continue;
    }
    const tree = parseMarkdown(markdown.slice(piece.start, piece.end), piece.start === 0) as unknown as MdNode;
    walk(tree, piece.start, piece.end);
  }
  const built = builder.build();
  return { text: built.text, map: built.map, blocks, title: title ?? firstHeading, frontMatter, plain };
}

/** The `title:` of YAML (`title: x`) or TOML (`title = "x"`) front matter, unquoted. */
export function frontMatterTitle(frontMatter: string): string | undefined {
  const m = /^title\s*[:=]\s*(.+?)\s*$/m.exec(frontMatter);
  if (!m) return undefined;
  let value = m[1];
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
    value = value.slice(1, -1);
  }
  return value.trim() || undefined;
}

/**
 * Appends a text node's value, aligned with its raw Markdown [start, end): equal runs map exactly; a backslash
 * escape or a character reference (`&amp;`) maps to its raw characters; container prefixes on continuation lines
 * (`> `, indentation) are skipped. Whatever cannot be aligned maps to the rest of the node.
 */
/** Appends `value`, decoded from `markdown[start, end)`, mapped character by character; returns where it ended. */
function appendAligned(builder: TextBuilder, markdown: string, value: string, start: number, end: number): number {
  if (!value) return start;
  const raw = markdown.slice(start, end);
  if (raw === value) {
    builder.appendVerbatim(value, start);
    return end;
  }
  // Inline code: the value sits inside the backticks.
  const inner = raw.indexOf(value);
  if (inner >= 0 && !value.includes('\n')) {
    builder.appendVerbatim(value, start + inner);
    return start + inner + value.length;
  }
  let i = 0; // in value
  let j = 0; // in raw
  let runStart = 0;
  let runRaw = 0;
  const flush = () => {
    if (i > runStart) builder.appendVerbatim(value.slice(runStart, i), start + runRaw);
  };
  while (i < value.length && j < raw.length) {
    const v = value.charCodeAt(i);
    const r = raw.charCodeAt(j);
    const reference = r === 0x26 /* & */ ? CHARACTER_REFERENCE.exec(raw.slice(j, j + 40)) : null;
    // A backslash before ASCII punctuation is an escape (CommonMark), even when the value has a backslash too.
    const escape = r === 0x5c && isAsciiPunctuation(raw.charCodeAt(j + 1)) && raw.charCodeAt(j + 1) === v;
    if (v === r && !escape && !(reference && reference[0].length > 1 && value.slice(i, i + reference[0].length) !== reference[0])) {
      if (i === runStart) runRaw = j;
      i++;
      j++;
      continue;
    }
    flush();
    if (escape || (r === 0x5c /* \ */ && raw.charCodeAt(j + 1) === v)) {
      builder.appendDecoded(value[i], start + j, 2);
      i++;
      j += 2;
    } else if (reference) {
      // Character references decode to one or two code units (astral characters).
      const len = reference[0].length;
      const units = isHighSurrogate(v) ? 2 : 1;
      builder.appendDecoded(value.slice(i, i + units), start + j, len);
      i += units;
      j += len;
    } else if (isPrefixChar(r)) {
      j++; // a `>` or indentation of a continuation line, or whitespace trimmed by the parser
    } else {
      break;
    }
    runStart = i;
  }
  flush();
  if (i < value.length) {
    builder.appendDecoded(value.slice(i), start + Math.min(j, raw.length), Math.max(0, raw.length - j));
    return end;
  }
  return start + j;
}

const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function isPrefixChar(c: number): boolean {
  return c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
