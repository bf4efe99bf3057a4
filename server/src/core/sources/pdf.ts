/**
 * PDF sources, read with PDF.js (the build `unpdf` ships for servers: no worker, no canvas, bundled by esbuild,
 * offline). The text items of each page are put in reading order, joined into lines and paragraphs, and
 * written as the document's **extracted text**: a page marker, then the page's lines as the PDF lays them out.
 * Positions (passage ranges, "Open source") refer to that text, which the editor shows as a read-only
 * document; the evidence names the page ("report.pdf p. 12").
 *
 * The prose that is checked is built from the extracted lines: a word hyphenated at a line end is joined
 * ("har-" + "bour" → "harbour"), lines of a paragraph are joined with a space, and lines repeated at the top or
 * bottom of most pages (running headers and footers, page numbers) are left out.
 *
 * Reading order is a recursive XY cut: a page is split at wide vertical gutters that run between two blocks of
 * text lines (columns), and at blank bands between lines; each final block is read top to bottom. Tables (short
 * cells beside each other) are not cut into columns, so a table row reads as one line.
 *
 * A PDF whose pages have no text (a scan) gives a warning and no document; an encrypted or damaged PDF gives a
 * warning. `PdfProblem` carries which.
 */
import { getDocumentProxy } from 'unpdf';
import { LineIndex } from '../text/lines';
import { type OffsetMap, TextBuilder } from '../text/offsetMap';
import { looksLikeHeader, startsWithFigure, tableLabel, withCornerUnit } from '../text/tableLabels';
import type { SourceDate, SourceDocument, SourceWarning, TextSegment } from '../types';
import { parsePdfDate } from './dates';
import type { LoaderInput, LoaderResult, SourceLoader } from './loader';
import { mappedPositions } from './mapping';

export class PdfProblem extends Error {
  constructor(
    readonly kind: 'encrypted' | 'damaged' | 'no-text',
    message: string,
  ) {
    super(message);
    this.name = 'PdfProblem';
  }
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of text items on one baseline, with no wide gap inside. */
interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

interface PageLine {
  text: string;
  /** A paragraph break comes before the line. */
  breakBefore: boolean;
  fragment: Fragment;
  /** Offsets of the cells in `text` when the line is a table row (fragments far apart on one baseline). */
  cells?: [number, number][];
}

interface PageLines {
  /** Lines in reading order. */
  lines: PageLine[];
  height: number;
}

export interface PdfText {
  /** The extracted text: page markers and the pages' lines (what "Open source" shows). */
  view: string;
  /** The checked prose, and its map into `view`. */
  text: string;
  map: OffsetMap;
  /** One segment per page that has prose. */
  segments: TextSegment[];
  pages: number;
  /** Pages with no text at all (1-based). */
  emptyPages: number[];
  title?: string;
  date?: SourceDate;
}

const MAX_XY_DEPTH = 40;

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Groups a page's text items (in content-stream order) into fragments on one baseline. */
function fragmentsOf(items: Item[]): Fragment[] {
  const out: Fragment[] = [];
  let current: Fragment | undefined;
  let space = false;
  for (const item of items) {
    if (!item.str) continue;
    // PDF.js reports the gap between words (or table cells) as a whitespace item as wide as the gap: the gap
    // itself is what tells a word space from a column, so the item only notes that a space was there.
    if (!item.str.trim()) {
      space = true;
      continue;
    }
    const size = item.size || 1;
    const gap = current ? item.x - current.x1 : 0;
    const sameLine = current && Math.abs(item.y - current.y) < 0.35 * Math.max(size, current.size) && gap > -0.5 * size && gap < 0.9 * Math.max(size, current.size);
    if (current && sameLine) {
      const needsSpace = (space || gap > 0.15 * size) && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.x1 = Math.max(current.x1, item.x + item.width);
      current.size = Math.max(current.size, size);
    } else {
      if (current) out.push(current);
      current = { text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size };
    }
    space = false;
  }
  if (current) out.push(current);
  for (const f of out) f.text = f.text.replace(/\s+/g, ' ').trim();
  return out.filter((f) => f.text);
}

/** Reading order: a recursive XY cut over fragments. Returns blocks, each a list of fragments. */
function xyCut(fragments: Fragment[], depth = 0): Fragment[][] {
  if (fragments.length <= 1 || depth > MAX_XY_DEPTH) return [fragments];
  const size = median(fragments.map((f) => f.size));
  const columns = verticalCut(fragments, size);
  if (columns) return [...xyCut(columns[0], depth + 1), ...xyCut(columns[1], depth + 1)];
  const bands = horizontalBands(fragments, size);
  if (bands.length > 1) return bands.flatMap((band) => xyCut(band, depth + 1));
  return [fragments];
}

/** A column gutter: a vertical gap no fragment crosses, between two blocks of long lines. */
function verticalCut(fragments: Fragment[], size: number): [Fragment[], Fragment[]] | undefined {
  const sorted = [...fragments].sort((a, b) => a.x0 - b.x0);
  let reach = sorted[0].x1;
  let best: { at: number; width: number } | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i].x0 - reach;
    if (gap >= Math.max(6, 0.8 * size) && (!best || gap > best.width)) {
      const left = sorted.slice(0, i);
      const right = sorted.slice(i);
      if (isColumn(left) && isColumn(right) && overlapY(left, right)) best = { at: i, width: gap };
    }
    reach = Math.max(reach, sorted[i].x1);
  }
  if (!best) return undefined;
  return [sorted.slice(0, best.at), sorted.slice(best.at)];
}

/** A block of running text: three lines or more, wide, most of them filling the block's width (not table cells). */
function isColumn(fragments: Fragment[]): boolean {
  if (fragments.length < 3) return false;
  const x0 = Math.min(...fragments.map((f) => f.x0));
  const x1 = Math.max(...fragments.map((f) => f.x1));
  const width = x1 - x0;
  // A column of running text is wide (a couple of dozen characters at least); a table's cells are not.
  if (width < 12 * median(fragments.map((f) => f.size))) return false;
  const long = fragments.filter((f) => f.x1 - f.x0 >= 0.6 * width).length;
  return long >= 0.5 * fragments.length;
}

function overlapY(a: Fragment[], b: Fragment[]): boolean {
  const top = (fs: Fragment[]) => Math.max(...fs.map((f) => f.y + f.size));
  const bottom = (fs: Fragment[]) => Math.min(...fs.map((f) => f.y - 0.25 * f.size));
  const overlap = Math.min(top(a), top(b)) - Math.max(bottom(a), bottom(b));
  return overlap > 0.5 * Math.min(top(a) - bottom(a), top(b) - bottom(b));
}

/** Splits at blank horizontal bands at least about a line high. */
function horizontalBands(fragments: Fragment[], size: number): Fragment[][] {
  const sorted = [...fragments].sort((a, b) => b.y + b.size - (a.y + a.size));
  const bands: Fragment[][] = [];
  let band: Fragment[] = [];
  let floor = Infinity;
  for (const f of sorted) {
    const top = f.y + f.size;
    if (band.length && floor - top >= 0.9 * size) {
      bands.push(band);
      band = [];
      floor = Infinity;
    }
    band.push(f);
    floor = Math.min(floor, f.y - 0.25 * f.size);
  }
  if (band.length) bands.push(band);
  return bands;
}

/** A block's fragments as lines, top to bottom (fragments on one baseline joined), with paragraph breaks. */
function blockLines(block: Fragment[], first: boolean): PageLine[] {
  const sorted = [...block].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: Fragment[] = [];
  const cells = new Map<Fragment, [number, number][]>();
  for (const f of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last.y - f.y) < 0.35 * Math.max(last.size, f.size)) {
      // Cells of one row: joined with two spaces, read left to right.
      const row = { text: `${last.text}  ${f.text}`, x0: Math.min(last.x0, f.x0), x1: Math.max(last.x1, f.x1), y: last.y, size: Math.max(last.size, f.size) };
      cells.set(row, [...(cells.get(last) ?? [[0, last.text.length]]), [last.text.length + 2, row.text.length]]);
      rows[rows.length - 1] = row;
    } else rows.push({ ...f });
  }
  const leading = median(rows.slice(1).map((r, i) => rows[i].y - r.y).filter((d) => d > 0));
  const x0 = Math.min(...rows.map((r) => r.x0));
  const x1 = Math.max(...rows.map((r) => r.x1));
  return rows.map((row, i) => {
    const rowCells = cells.get(row);
    const line: PageLine = { text: row.text, breakBefore: first, fragment: row, ...(rowCells ? { cells: rowCells } : {}) };
    if (i === 0) return line;
    const prev = rows[i - 1];
    const spacing = prev.y - row.y;
    const ended = /[.!?:;"”’)\]]$/.test(prev.text);
    const short = prev.x1 - prev.x0 < 0.6 * (x1 - x0);
    line.breakBefore =
      (leading > 0 && spacing > 1.45 * leading) ||
      Math.abs(row.size - prev.size) > 0.06 * Math.max(row.size, prev.size) ||
      // Table rows are paragraphs of their own.
      cells.has(row) ||
      cells.has(prev) ||
      (ended && row.x0 > x0 + 0.8 * row.size) ||
      (ended && prev.x1 < x1 - 0.25 * (x1 - x0)) ||
      // A heading: a short line of a few words without a sentence end, before a capitalised line.
      (!ended && short && prev.text.split(' ').length <= 8 && /^[\p{Lu}\d]/u.test(row.text) && /^[\p{Lu}\d]/u.test(prev.text));
    return line;
  });
}

/** Page numbers alone on a line: "12", "- 12 -", "Page 12", "12 of 40", "xii". */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Lines to leave out of the prose: in the top or bottom margin of a page (the first or last two lines within 12%
 * of the page's height from its edge), either a page number or a line (digits aside) found so on at least half
 * of the pages, two at least.
 */
function furniture(pages: PageLines[]): Set<string>[] {
  const marginLines = pages.map((page) => {
    const { lines, height } = page;
    const out: { index: number; key: string; number: boolean }[] = [];
    const consider = (i: number) => {
      const line = lines[i];
      if (!line || out.some((o) => o.index === i)) return;
      const y = line.fragment.y;
      if (height > 0 && y < height * 0.88 && y > height * 0.12) return;
      out.push({ index: i, key: furnitureKey(line.text), number: PAGE_NUMBER.test(line.text.trim()) });
    };
    consider(0);
    consider(1);
    consider(lines.length - 1);
    consider(lines.length - 2);
    return out;
  });
  const counts = new Map<string, number>();
  for (const lines of marginLines) for (const key of new Set(lines.map((l) => l.key))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return marginLines.map((lines) => new Set(lines.filter((l) => l.number || (counts.get(l.key) ?? 0) >= needed).map((l) => String(l.index))));
}

/** Builds the extracted text and the prose from the pages' lines. */
export function layoutPages(pages: PageLines[]): Pick<PdfText, 'view' | 'text' | 'map' | 'segments' | 'emptyPages'> {
  const dropped = furniture(pages);
  const viewParts: string[] = [];
  let viewLength = 0;
  const write = (s: string) => {
    viewParts.push(s);
    viewLength += s.length;
  };
  const prose = new TextBuilder();
  const segments: TextSegment[] = [];
  const emptyPages: number[] = [];
  /** The previous prose line: its text and where it ends in the view. */
  let open: { text: string; viewEnd: number } | undefined;
  /** A hyphen held back at the end of the previous line, put back unless the next line finishes the word. */
  let hyphen: { offset: number; char: string } | undefined;
  const flushHyphen = () => {
    if (hyphen) prose.appendVerbatim(hyphen.char, hyphen.offset);
    hyphen = undefined;
  };
  write('Text extracted from this PDF by Claimcheck (read-only). Lines repeated at the top or bottom of most pages and page numbers are not checked.\n');
  /** The header labels of the table being read (its first row, of words and years), by cell. */
  let header: (string | undefined)[] | undefined;
  pages.forEach((page, p) => {
    write(`\n──── Page ${p + 1} of ${pages.length} ────\n`);
    if (!page.lines.length) emptyPages.push(p + 1);
    let segmentStart = -1;
    page.lines.forEach((line, i) => {
      if (line.breakBefore && i > 0) write('\n');
      const at = viewLength;
      write(`${line.text}\n`);
      if (dropped[p].has(String(i))) return;
      const continues = !!open && (segmentStart < 0 ? continuesAcrossPages(open.text, line.text) : !line.breakBefore);
      if (open && continues) {
        if (hyphen && /^\p{Ll}/u.test(line.text)) hyphen = undefined; // "har-" + "bour": the hyphen goes
        else {
          flushHyphen();
          prose.appendDecoded(' ', open.viewEnd, 1);
        }
      } else {
        flushHyphen();
        if (prose.textLength > 0) prose.appendInserted('\n\n');
      }
      if (segmentStart < 0) segmentStart = prose.textLength;
      let text = line.text;
      if (/\p{L}[-\u00ad]$/u.test(text)) {
        hyphen = { offset: at + text.length - 1, char: text[text.length - 1] === '\u00ad' ? '' : '-' };
        text = text.slice(0, -1);
      }
      if (line.cells) {
        // A table row: cells joined by " | ", as the HTML and Word loaders write rows; the first row of a table, if
        // of words and years, is its header, whose labels go before the figures of the rows below with as many
        // cells (text/tableLabels.ts).
        const cells = line.cells.map(([s, e]) => line.text.slice(s, e));
        const labels = header && header.length === cells.length ? header : undefined;
        if (!header && looksLikeHeader(cells)) header = withCornerUnit(cells).map((c) => tableLabel(c));
        line.cells.forEach(([s, e], k) => {
          if (k > 0) prose.appendInserted(' | ');
          const label = labels?.[k];
          if (label !== undefined && startsWithFigure(cells[k])) prose.appendDecoded(`${label}: `, at + s, 0);
          prose.appendVerbatim(cells[k], at + s);
        });
        hyphen = undefined;
      } else {
        header = undefined;
        prose.appendVerbatim(text, at);
      }
      open = { text: line.text, viewEnd: at + line.text.length };
    });
    if (segmentStart >= 0) segments.push({ start: segmentStart, end: prose.textLength, page: p + 1 });
  });
  flushHyphen();
  if (segments.length) segments[segments.length - 1].end = prose.textLength;
  const built = prose.build();
  return { view: viewParts.join(''), text: built.text, map: built.map, segments, emptyPages };
}

/** Whether the last paragraph of a page runs on to the next one (no sentence end, next starts lower-case). */
function continuesAcrossPages(previous: string, next: string): boolean {
  return !/[.!?:;"”’)\]]$/.test(previous) && /^\p{Ll}/u.test(next);
}

// ---------------------------------------------------------------------------------------------------------
// PDF.js

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Reads a PDF: pages, lines in reading order, metadata. Throws `PdfProblem`. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  if (!isPdf(bytes)) throw new PdfProblem('damaged', 'not a PDF file (no "%PDF-" header)');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  } catch (error) {
    throw asProblem(error);
  }
  try {
    const pages: PageLines[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items as unknown[]) {
        const it = raw as { str?: string; transform?: number[]; width?: number; height?: number };
        if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
        const [a, b, c, d, e, f] = it.transform;
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 1;
        items.push({ str: it.str, x: e, y: f, width: it.width ?? 0, size });
      }
      const fragments = fragmentsOf(items);
      const blocks = xyCut(fragments);
      const lines = blocks.flatMap((block, i) => (block.length ? blockLines(block, i > 0) : []));
      pages.push({ lines, height: viewport.height / viewport.scale });
      page.cleanup();
    }
    const layout = layoutPages(pages);
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const date = parsePdfDate(info?.CreationDate) ?? parsePdfDate(info?.ModDate);
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim().slice(0, 200) : undefined;
    return { ...layout, pages: pdf.numPages, ...(title ? { title } : {}), ...(date ? { date: { date, from: 'PDF metadata' } } : {}) };
  } catch (error) {
    throw asProblem(error);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function asProblem(error: unknown): PdfProblem {
  if (error instanceof PdfProblem) return error;
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new PdfProblem('encrypted', 'the PDF is password-protected');
  return new PdfProblem('damaged', `the PDF is damaged or not a PDF (${e?.message ?? String(error)})`);
}

export const pdfLoader: SourceLoader = {
  format: 'pdf',
  extensions: ['.pdf'],
  readsBytes: true,
  async load(input: LoaderInput): Promise<LoaderResult> {
    const { id, key, file, bytes } = input;
    const warn = (code: SourceWarning['code'], message: string): LoaderResult => ({ documents: [], warnings: [{ file, code, message: `${id}: ${message}` }] });
    let pdf: PdfText;
    try {
      pdf = await readPdf(bytes);
    } catch (error) {
      const problem = asProblem(error);
      if (problem.kind === 'encrypted') return warn('encrypted', 'skipped, the PDF is password-protected. Save a copy without a password to check against it.');
      return warn('malformed', `skipped, ${problem.message}.`);
    }
    if (!/\p{L}/u.test(pdf.text)) {
      return warn('no-text', `skipped, the PDF has no text layer (${pdf.pages} page${pdf.pages === 1 ? '' : 's'} of images: a scan?). Run it through OCR (for example OCRmyPDF) and save the PDF with its text.`);
    }
    const warnings: SourceWarning[] = [];
    if (pdf.emptyPages.length && pdf.pages > 1) {
      const shown = pdf.emptyPages.slice(0, 8).join(', ') + (pdf.emptyPages.length > 8 ? ', …' : '');
      warnings.push({ file, code: 'no-text', message: `${id}: page${pdf.emptyPages.length === 1 ? '' : 's'} ${shown} of ${pdf.pages} ha${pdf.emptyPages.length === 1 ? 's' : 've'} no text (scanned?); only the other pages are checked.` });
    }
    const lines = new LineIndex(pdf.view);
    const map = pdf.map;
    const document: SourceDocument = {
      id,
      key,
      file,
      format: 'pdf',
      ...(pdf.title ? { title: pdf.title } : {}),
      text: pdf.text,
      ...mappedPositions(map, lines),
      meta: { extracted: true, pages: pdf.pages, segments: pdf.segments, ...(pdf.date ? { date: pdf.date } : {}) },
    };
    return { documents: [document], warnings, view: pdf.view };
  },
};
