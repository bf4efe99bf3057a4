/**
 * HTML sources, parsed with htmlparser2 (a tolerant streaming parser: broken markup never throws, and every
 * event carries its start/end index in the input, which is what maps the prose back to the file).
 *
 * Kept: the text of the body (headings, p, li, td/th, blockquote, figcaption, pre, …). Dropped: script, style,
 * noscript, template, svg, and page chrome (nav, aside, footer, form, button, …; a `<footer>` inside a blockquote or
 * a figure is kept: it says whose the quotation is; so is an `<aside>` of prose inside an article or main, such as
 * a release's "Notes to editors", though not one of links, and a `<footer>` that holds a release's notes to editors).
 * Block elements end a paragraph
 * (a blank line in the prose); a table row is one paragraph with its cells joined by " | "; `<br>` is a line
 * break. A table's header row (in `<thead>`, of `<th>` cells, or a first row of words and years) names the figures
 * below it: a cell that starts with a figure reads "Header: figure" ("Leeds Rovers | Won: 20 | Points: 65",
 * "Revenue | 2026: £4,210m | 2025: £3,870m"), the header inserted, so that a row says which column each figure is
 * (`text/tableLabels.ts`). Outside `<pre>`, whitespace runs that contain a line break (source formatting) become one space.
 * Entities are decoded and map back to their raw characters. `<title>` (else the first `<h1>`) is the title.
 *
 * Linear on any input: htmlparser2 keeps its open elements in an array it shifts and unshifts at the front, so
 * each open or close costs the depth (200,000 nested `<div>` took 24 s); `boundDepth` caps the depth at
 * `MAX_HTML_DEPTH` the way browsers cap the DOM (Blink at 512): an element opened at the cap first closes the
 * innermost one, so deeper elements become siblings and their text stays in order.
 */
import { Parser } from 'htmlparser2';
import { type OffsetMap, TextBuilder } from '../text/offsetMap';
import { isYearCell, looksLikeHeader, MAX_LABEL, startsWithFigure, tableLabel, withCornerUnit } from '../text/tableLabels';
import type { SourceLoader } from './loader';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'select', 'textarea', 'option', 'datalist', 'nav', 'aside', 'footer', 'form', 'button', 'dialog', 'menu', 'head',
]);

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  // (A page's footer is skipped; a quotation's is kept, as a block of its own; so is an article's aside of prose.)
  'footer', 'aside',
  'tr', 'ul', 'title', 'plaintext', 'xmp',
]);

const CELLS = new Set(['td', 'th']);

/** How far ahead an `<aside>`'s content is read to judge it. */
const ASIDE_READ = 20_000;
/** Letters of prose an aside needs to be kept, and the share of them that may be link text. */
const ASIDE_MIN_LETTERS = 80;
const ASIDE_MAX_LINK_SHARE = 0.5;

/**
 * Whether the `<footer>` whose content starts at `from` holds a press release's notes to editors (a heading or line
 * "Notes to editors", "Notes for editors", "About …" over prose): facts of the release, kept; a page's footer of
 * links and legal lines is not.
 */
function notesFooter(html: string, from: number): boolean {
  const end = html.slice(from, from + ASIDE_READ).search(/<\/footer\s*>/i);
  if (end < 0) return false;
  const inner = html.slice(from, from + end);
  return /(?:^|>)\s*(?:notes?\s+(?:to|for)\s+editors?|editors['’]?\s+notes?)\b/i.test(inner) && proseAside(inner.replace(/<\/footer\s*>/gi, '') + '</aside>', 0);
}

/**
 * Whether the `<aside>` whose content starts at `from` is prose (a press release's "Notes to editors", a fact box)
 * rather than chrome (related links, a share bar): enough letters outside links, read ahead to its end tag.
 */
function proseAside(html: string, from: number): boolean {
  const end = html.slice(from, from + ASIDE_READ).search(/<\/aside\s*>/i);
  if (end < 0) return false;
  const inner = html.slice(from, from + end).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const letters = (t: string) => (t.replace(/<[^>]*>/g, ' ').match(/\p{L}/gu) ?? []).length;
  const all = letters(inner);
  let linked = 0;
  for (const m of inner.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi)) linked += letters(m[1]);
  return all >= ASIDE_MIN_LETTERS && linked <= all * ASIDE_MAX_LINK_SHARE;
}

/** Entities a figure may start with ("&pound;4m", "&minus;3%"), and no-break spaces. */
const FIGURE_ENTITIES: Record<string, string> = { pound: '£', euro: '€', dollar: '$', yen: '¥', minus: '−', ndash: '–', plus: '+', nbsp: ' ' };

/**
 * Whether the text of the cell whose content starts at `from` in the HTML starts with a figure: its first characters,
 * tags left out and entities decoded, read ahead in the raw HTML (the cell's label goes before its first text, which
 * htmlparser2 may hand over in pieces: "£" and "4,210m"). `marked`: the cell is a `<th>` or in `<thead>`.
 */
function cellStartsWithFigure(html: string, from: number, marked: boolean): boolean {
  const ahead = html
    .slice(from, from + 200)
    .replace(/<[^>]*>?/g, '')
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));?/gi, (m, dec: string, hex: string, name: string) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return FIGURE_ENTITIES[name.toLowerCase()] ?? m;
    });
  if (!startsWithFigure(ahead)) return false;
  // In a row marked as a header, a year is a header's ("2026"); another figure means a body row marked as a
  // header, as Word documents converted by mammoth may have every row.
  if (!marked) return true;
  const first = /^[^<]*/.exec(html.slice(from, from + 200).replace(/^(?:\s*<(?!\/t[dh])[^>]*>)+/i, ''))![0];
  return !isYearCell(first);
}

interface TableCell {
  th: boolean;
  text: string;
  /** First column and how many it spans. */
  col: number;
  span: number;
}

/** A table being read: its header by column once one was found, the rows so far, the row open. */
interface TableState {
  header: (string | undefined)[] | undefined;
  rows: number;
  bodySeen: boolean;
  row: { cells: TableCell[]; inHead: boolean; col: number } | undefined;
  cell: TableCell | undefined;
}

/** Elements open at once; one more first closes the innermost (see the module comment). */
export const MAX_HTML_DEPTH = 256;

/** The parts of htmlparser2's `Parser` that `boundDepth` relies on (private in its types). */
interface ParserInternals {
  stack: string[];
  emitOpenTag(name: string): void;
  popElement(implied: boolean): void;
  isVoidElement(name: string): boolean;
}

/**
 * Caps the parser's open elements at `MAX_HTML_DEPTH`. htmlparser2 has no option for it, so this wraps the one
 * private method every open tag goes through; if a future version lacks it, parsing still works, unbounded (the
 * bad-input tests would then time out on deep nesting).
 */
function boundDepth(parser: Parser): void {
  const internals = parser as unknown as ParserInternals;
  if (!Array.isArray(internals.stack) || typeof internals.emitOpenTag !== 'function' || typeof internals.popElement !== 'function') return;
  const emitOpenTag = internals.emitOpenTag;
  internals.emitOpenTag = function (this: ParserInternals, name: string) {
    if (internals.stack.length >= MAX_HTML_DEPTH && !internals.isVoidElement(name)) internals.popElement(true);
    emitOpenTag.call(this, name);
  };
}

export interface HtmlProse {
  text: string;
  /** The map behind `toFileOffset` and `toFileEnd`. */
  map: OffsetMap;
  toFileOffset(offset: number): number;
  toFileEnd(offset: number): number;
  title?: string;
}

/** Extracts the prose of an HTML document. Never throws. */
export function htmlToProse(html: string): HtmlProse {
  const builder = new TextBuilder();
  /** Open elements (lower-case names), to pop on close even when the markup is broken. */
  const stack: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = 0;
  let titleText = '';
  let titleSeen = false;
  let h1Depth = 0;
  let h1Text = '';
  let firstH1: string | undefined;
  /** A break is owed before the next kept text: 0 none, 1 line, 2 paragraph, 3 table cell, 4 a term's colon. */
  let pending = 0;
  /** A description list's term (`<dt>`) closed, no text since: its description (`<dd>`) goes on its line. */
  let termClosed = false;
  let rowHasCell = false;
  /** Open tables, innermost last. */
  const tables: TableState[] = [];
  /** For each open `<aside>`, innermost last: whether it is kept (`proseAside`). */
  const asideKept: boolean[] = [];
  /** For each open `<footer>`: whether it is a release's notes to editors, kept (`notesFooter`). */
  const footerKept: boolean[] = [];
  /** The header label owed before the open cell's first text, when that text is a figure. */
  let labelOwed: string | undefined;
  /** A collapsed run of formatting whitespace owed before the next text: [raw start, raw length]. */
  let space: [number, number] | undefined;

  const owe = (kind: number) => {
    if (pending === 4) return;
    if (kind === 3) {
      if (pending === 0) pending = 3;
    } else if (kind > pending || pending === 3) pending = kind;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        // The document title: the first <title> outside svg/math (whose <title> elements are tooltips).
        if (name === 'title' && !titleSeen && !stack.includes('svg') && !stack.includes('math')) {
          inTitle++;
          titleSeen = true;
        }
        stack.push(name);
        if (name === 'aside') asideKept.push(skipDepth === 0 && (stack.includes('article') || stack.includes('main')) && proseAside(html, parser.endIndex + 1));
        if (name === 'footer') footerKept.push(skipDepth === 0 && notesFooter(html, parser.endIndex + 1));
        if (skipped(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext') preDepth++;
        if (name === 'h1') h1Depth++;
        if (name === 'tr') rowHasCell = false;
        if (name === 'table') tables.push({ header: undefined, rows: 0, bodySeen: false, row: undefined, cell: undefined });
        const table = tables[tables.length - 1];
        if (name === 'tr' && table) {
          endRow(table);
          table.row = { cells: [], inHead: stack.includes('thead'), col: 0 };
        }
        // A description list's term and its description read as one line, "Trial manager: Owen Farrant, …", as a
        // labelled line of a release does (a block apart, the term named no one).
        if (name === 'dd' && termClosed) {
          owe(2);
          pending = 4;
          termClosed = false;
          return;
        }
        if (BLOCKS.has(name)) termClosed = false;
        if (CELLS.has(name)) {
          if (rowHasCell) owe(3);
          rowHasCell = true;
          if (table) {
            table.row ??= { cells: [], inHead: stack.includes('thead'), col: 0 };
            const span = Math.min(100, Math.max(1, Number.parseInt(attribs?.colspan ?? '1', 10) || 1));
            const cell: TableCell = { th: name === 'th', text: '', col: table.row.col, span };
            table.row.col += span;
            table.row.cells.push(cell);
            table.cell = cell;
            // A body row's data cell under a header that starts with a figure: its label.
            const label = table.header ? tableLabel(table.header[cell.col]) : undefined;
            labelOwed = label !== undefined && cellStartsWithFigure(html, parser.endIndex + 1, cell.th || table.row.inHead) ? label : undefined;
          }
        } else if (BLOCKS.has(name)) owe(2);
        else if (name === 'br') owe(1);
      },
      onclosetag(name) {
        // Pop to the matching element; htmlparser2 reports implied closes for unclosed elements.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        for (let i = stack.length - 1; i >= at; i--) close(stack[i]);
        stack.length = at;
      },
      ontext(data) {
        const rawStart = parser.startIndex;
        const rawEnd = parser.endIndex + 1;
        if (inTitle > 0) {
          titleText += data;
          return;
        }
        if (skipDepth > 0) return;
        if (h1Depth > 0) h1Text += data;
        const cell = tables[tables.length - 1]?.cell;
        if (cell && cell.text.length <= MAX_LABEL * 4) cell.text += data;
        appendText(data, rawStart, rawEnd);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  boundDepth(parser);

  /**
   * Whether an element is dropped with its content: page chrome, but not a quotation's or a figure's `<footer>`,
   * which says whose words they are ("<blockquote><p>“…”</p><footer>— Dr Miriam Achterberg, Chief Quality
   * Officer</footer></blockquote>").
   */
  function skipped(name: string): boolean {
    if (name === 'aside') return !asideKept[asideKept.length - 1];
    if (name === 'footer' && footerKept[footerKept.length - 1]) return false;
    return SKIPPED.has(name) && !(name === 'footer' && skipDepth === 0 && (stack.includes('blockquote') || stack.includes('figure')));
  }

  function close(name: string) {
    if (name === 'title' && inTitle > 0) inTitle--;
    const skip = skipped(name);
    if (name === 'aside') asideKept.pop();
    if (name === 'footer') footerKept.pop();
    if (skip) {
      if (skipDepth > 0) skipDepth--;
      return;
    }
    if (skipDepth > 0) return;
    if (name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext') preDepth = Math.max(0, preDepth - 1);
    if (name === 'h1' && h1Depth > 0) {
      h1Depth--;
      if (h1Depth === 0 && firstH1 === undefined) firstH1 = collapse(h1Text) || undefined;
    }
    if (CELLS.has(name)) {
      const table = tables[tables.length - 1];
      if (table) table.cell = undefined;
      labelOwed = undefined;
    }
    if (name === 'tr' && tables.length) endRow(tables[tables.length - 1]);
    if (name === 'table') {
      const table = tables.pop();
      if (table) endRow(table);
      labelOwed = undefined;
    }
    if (BLOCKS.has(name)) owe(2);
    if (name === 'dt') termClosed = true;
  }

  /**
   * A row read to its end: the table's header when it is one (in `<thead>`, or all `<th>`, or the first row, of
   * `<td>` cells holding words and years only) and no body row came before; a body row otherwise.
   */
  function endRow(table: TableState) {
    const row = table.row;
    table.row = undefined;
    table.cell = undefined;
    if (!row || !row.cells.length) return;
    const texts = row.cells.map((c) => c.text.replace(/\s+/g, ' ').trim());
    const filled = texts.filter((t) => t).length;
    // A row marked as a header that holds figures other than years is a body row after all (mammoth may mark every
    // row of a Word table).
    const marked = (row.inHead || row.cells.every((c) => c.th)) && (!table.header || looksLikeHeader(texts));
    const unmarked = table.rows === 0 && row.cells.every((c) => !c.th) && looksLikeHeader(texts);
    table.rows++;
    if (!table.bodySeen && filled >= 2 && (marked || unmarked)) {
      // A second header row under a first names its columns within the first's: "Revenue" over "2026" and "2025"
      // labels "Revenue 2026", "Revenue 2025".
      const header: (string | undefined)[] = [];
      row.cells.forEach((c, i) => {
        for (let k = 0; k < c.span; k++) {
          const above = table.header?.[c.col + k];
          header[c.col + k] = above && texts[i] && above !== texts[i] ? `${above} ${texts[i]}` : texts[i] || above;
        }
      });
      table.header = withCornerUnit(header);
    } else if (!marked) table.bodySeen = true;
  }

  function appendText(data: string, rawStart: number, rawEnd: number) {
    const raw = html.slice(rawStart, rawEnd);
    if (raw === data) return emit(data, rawStart, raw.length, true);
    // Text inside a larger extent (an unterminated "<n" at the end of the input is reported as text "n").
    const inner = raw.charCodeAt(0) === 0x26 /* & */ ? -1 : raw.indexOf(data);
    if (inner >= 0) return emit(data, rawStart + inner, data.length, true);
    // A decoded entity: the whole piece stands for its raw extent.
    emit(data, rawStart, raw.length, false);
  }

  /** Appends a piece of text, collapsing formatting whitespace outside <pre>. */
  function emit(data: string, rawStart: number, rawLength: number, verbatim: boolean) {
    if (!verbatim) {
      if (!/\S/.test(data) && pending) return;
      flushPending(data, rawStart);
      builder.appendDecoded(data, rawStart, rawLength);
      return;
    }
    if (preDepth > 0) {
      if (pending && !/\S/.test(data)) return;
      flushPending(data, rawStart);
      builder.appendVerbatim(data, rawStart);
      return;
    }
    // Whitespace runs holding a line break are formatting: one space. (Scanned by hand: the regular expression
    // /\s*[\r\n]\s*/g retried every position of a long run of spaces without a break, quadratic.)
    let pos = 0;
    for (let i = 0; i < data.length; ) {
      if (!isWhitespace(data.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      let lineBreak = false;
      for (let c = data.charCodeAt(j); j < data.length && isWhitespace(c); c = data.charCodeAt(++j)) {
        if (c === 10 || c === 13) lineBreak = true;
      }
      if (lineBreak) {
        if (i > pos) {
          flushPending(data.slice(pos, i), rawStart + pos);
          builder.appendVerbatim(data.slice(pos, i), rawStart + pos);
        }
        // Formatting whitespace: one space, owed until more text comes in the same block.
        if (!pending && builder.textLength > 0 && !isSpaceChar(builder.lastChar()) && !space) {
          space = [rawStart + i, j - i];
        }
        pos = j;
      }
      i = j;
    }
    if (pos < data.length) {
      const rest = data.slice(pos);
      if (pending && !/\S/.test(rest)) return;
      flushPending(rest, rawStart + pos);
      const lead = pos === 0 && (builder.textLength === 0 || isSpaceChar(builder.lastChar())) ? /^\s*/.exec(rest)![0].length : 0;
      if (lead < rest.length) builder.appendVerbatim(rest.slice(lead), rawStart + pos + lead);
    }
  }

  /**
   * Appends the break or space owed before `next` (the text about to be appended, from `rawStart` in the file),
   * then a cell's label, which stands at the cell's text in the file (a passage that starts with it is located
   * there, not at the end of the row before).
   */
  function flushPending(next: string, rawStart: number) {
    if (/\S/.test(next)) termClosed = false;
    if (pending && builder.textLength > 0) {
      builder.appendInserted(pending === 4 ? ': ' : pending === 2 ? '\n\n' : pending === 1 ? '\n' : ' | ');
    } else if (space) {
      builder.appendDecoded(' ', space[0], space[1]);
    }
    pending = 0;
    space = undefined;
    if (labelOwed !== undefined && /\S/.test(next)) {
      builder.appendDecoded(`${labelOwed}: `, rawStart + (next.length - next.trimStart().length), 0);
      labelOwed = undefined;
    }
  }

  try {
    parser.write(html);
    parser.end();
  } catch {
    // htmlparser2 does not throw on malformed input; a callback bug must not lose the whole document.
  }
  const built = builder.build();
  const map = built.map;
  const title = collapse(titleText) || firstH1;
  return { text: built.text, map, toFileOffset: (o) => map.toSource(o), toFileEnd: (o) => map.toSourceEnd(o), ...(title ? { title } : {}) };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What `\s` matches in a regular expression. */
function isWhitespace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && WHITESPACE.test(String.fromCharCode(c));
}
const WHITESPACE = /\s/;

function isSpaceChar(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

export const htmlLoader: SourceLoader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  load({ file, id, key, content, lines }) {
    const prose = htmlToProse(content);
    return {
      documents: [
        {
          id,
          key,
          file,
          format: 'html',
          ...(prose.title ? { title: prose.title } : {}),
          text: prose.text,
          toFileOffset: prose.toFileOffset,
          toFileEnd: prose.toFileEnd,
          filePosition: (o) => lines.positionAt(o),
          mapping: { base: 0, map: prose.map, lines },
        },
      ],
      warnings: [],
    };
  },
};
