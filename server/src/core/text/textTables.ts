/**
 * Tables drawn with pipes in plain text, as reports and releases type them (and lists of labels and figures joined by
 * leaders of dots, `leaderTables`):
 *
 *     +------+------------+-----------+        No. | Allegation             | Finding
 *     | Year | Passenger  | Average   |        ----+------------------------+-----------
 *     |      | journeys   | per trip  |         4  | Told a bystander to    | Not proven
 *     +------+------------+-----------+            | "get lost"             |
 *     | 2019 |   86,400   |   11.7    |
 *
 * Each body row becomes one line of its cells joined by " | ", a figure under a header labelled with it ("Passenger
 * journeys: 86,400"), as the Markdown, HTML and Word loaders write a table's rows (`tableLabels.ts`); the header is
 * one such line of its columns' words. A cell may take several lines: a line whose first cell is empty goes on the
 * row above (the header's lines before the rule are one header). Border lines are dropped. The table is a paragraph
 * of its own; the rest of the text is kept as it is, and the result maps back to the file.
 */
import { lineSpans } from './markdownChunks';
import { OffsetMap, TextBuilder } from './offsetMap';
import { captionUnit, looksLikeHeader, startsWithFigure, tableLabel, withCaptionUnit } from './tableLabels';

/** A line of cells between pipes: "| 2019 |   86,400   |" (two cells or more). */
const PIPE_ROW = /^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$/;
/** A line of cells with pipes between them only: " 4  | Discreditable Conduct | Not proven" (three cells or more). */
const INNER_ROW = /^[^|\n]*(?:\|[^|\n]*){2,}$/;
/** A border or a header rule: "+------+-----+", "|------|-----|", "|:---|---:|", "----+-----+---" (no words). */
const BORDER = /^[ \t]*[-+|](?=[^\n]*-{3})(?=[^\n]*[+|])[-=+|: \t]*$/;
/** Most lines of one table read (a longer run is read as it is). */
const MAX_TABLE_LINES = 2000;

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Cell {
  /** The cell's text, trimmed, one piece a line it takes. */
  parts: { text: string; start: number }[];
}

/** The text with its tables read as rows, and its map to the file; undefined when it has no such table. */
export function withTextTables(content: string): { text: string; map: OffsetMap } | undefined {
  const found = textTables(content);
  if (!found) return undefined;
  const { lines, tables } = found;
  const builder = new TextBuilder();
  let copied = 0;
  for (const { from, to, rows } of tables) {
    builder.appendVerbatim(content.slice(copied, lines[from].start), copied);
    // The table is a paragraph of its own: a blank line from a caption above it and from a note below it
    // ("Source: …"), so that neither is read into a row.
    if (from > 0 && lines[from - 1].text.trim()) builder.appendInserted('\n');
    for (const row of rows) {
      appendTableRow(builder, row, 0);
      builder.appendInserted('\n');
    }
    if (to < lines.length && lines[to].text.trim()) builder.appendInserted('\n');
    // The text goes on after the table's last line and its line break.
    copied = to < lines.length ? lines[to].start : content.length;
  }
  builder.appendVerbatim(content.slice(copied), copied);
  return builder.build();
}

/** The tables of a text, in order, with its lines; undefined when it has none. */
function textTables(content: string): { lines: Line[]; tables: FoundTable[] } | undefined {
  const pipes = content.includes('|');
  const leaders = LEADERS.test(content);
  const aligned = ALIGNED_FIGURES.test(content);
  if (!pipes && !leaders && !aligned) return undefined;
  const lines = [...lineSpans(content)].map((l): Line => ({ start: l.start, end: l.end, text: content.slice(l.start, l.end) }));
  const tables = [...(pipes ? pipeTables(lines) : []), ...(leaders ? leaderTables(lines) : []), ...(aligned ? alignedTables(lines) : [])].sort((a, b) => a.from - b.from);
  // (A block both kinds claim is read as the first found.)
  for (let k = 1; k < tables.length; k++) if (tables[k].from < tables[k - 1].to) tables.splice(k--, 1);
  return tables.length ? { lines, tables } : undefined;
}

/**
 * Writes one row of a table: its cells joined by " | ", a figure under a header labelled with it; `base` is where the
 * text the table was read from starts in the file.
 */
function appendTableRow(builder: TextBuilder, row: readonly Piece[], base: number): void {
  row.forEach((piece, k) => {
    if (k > 0) builder.appendInserted(' | ');
    const first = piece.cell.parts[0];
    if (piece.label) builder.appendDecoded(`${piece.label}: `, base + first.start, 0);
    piece.cell.parts.forEach((part, p) => {
      if (p > 0) builder.appendInserted(' ');
      builder.appendVerbatim(part.text, base + part.start);
    });
  });
}

/**
 * The rows of the tables of a text that is not prose, such as a Markdown code block that holds a table typed in plain
 * text: each row a writer of `builder` may put in a block of its own (`write`), at `base` in the file.
 */
export function textTableRows(content: string): ((builder: TextBuilder, base: number) => void)[] {
  const found = textTables(content);
  if (!found) return [];
  return found.tables.flatMap((t) => t.rows.map((row) => (builder: TextBuilder, base: number) => appendTableRow(builder, row, base)));
}

/** A table found in a text's lines: its first line, the line after its last, its rows. */
interface FoundTable {
  from: number;
  to: number;
  rows: Piece[][];
}

/** The tables drawn with pipes: runs of row and rule lines that `tableOf` reads as tables. */
function pipeTables(lines: readonly Line[]): FoundTable[] {
  const out: FoundTable[] = [];
  const inTable = (line: Line) => PIPE_ROW.test(line.text) || INNER_ROW.test(line.text) || BORDER.test(line.text);
  for (let i = 0; i < lines.length; ) {
    if (!inTable(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && j - i < MAX_TABLE_LINES && inTable(lines[j])) j++;
    const rows = tableOf(lines.slice(i, j));
    if (rows) out.push({ from: i, to: j, rows });
    i = j;
  }
  return out;
}

/** A line of a label, a leader of dots and a figure: "  Officers and staff deployed ........ 58". */
const LEADER_ROW = /^([ \t]*)(\S(?:[^\n]*?\S)?)[ \t]*\.{4,}[ \t]*(\S(?:[^\n]*\S)?)[ \t]*$/;
/** Whether a text may have such lines (a run of dots between words). */
const LEADERS = /\S[ \t]*\.{4,}[ \t]*\S/;

/**
 * Lists of labels and figures joined by leaders of dots, as releases type their "in numbers" boxes ("Officers and
 * staff deployed ..... 58", "Hours of CCTV reviewed ..... 412"): two lines or more in a row, each a row of its label
 * and its figure, so that one line's figure is not read with the next line's words ("58 Hours").
 */
function leaderTables(lines: readonly Line[]): FoundTable[] {
  const out: FoundTable[] = [];
  const cell = (line: Line, m: RegExpExecArray, k: 2 | 3): Cell => ({ parts: [{ text: m[k], start: line.start + (k === 2 ? m[1].length : line.text.lastIndexOf(m[3])) }] });
  for (let i = 0; i < lines.length; ) {
    let j = i;
    const rows: Piece[][] = [];
    for (let m: RegExpExecArray | null; j < lines.length && j - i < MAX_TABLE_LINES && lines[j].text.length <= MAX_ROW_LINE && (m = LEADER_ROW.exec(lines[j].text)); j++) rows.push([{ cell: cell(lines[j], m, 2) }, { cell: cell(lines[j], m, 3) }]);
    if (rows.length >= 2) out.push({ from: i, to: j, rows });
    i = j > i ? j : i + 1;
  }
  return out;
}

/** Whether a text may have columns set apart by spaces: a figure after a run of two spaces or more. */
const ALIGNED_FIGURES = /\S[ \t]{2,}[-+−–£$€]?\d/;
/** The longest line read as a row of a table set apart by spaces or of a dotted list (a longer one is prose or data). */
const MAX_ROW_LINE = 400;
/** A rule of dashes or equals signs alone on its line, under a header or above a total, maybe one a column ("-----  ----"). */
const PLAIN_RULE = /^[ \t]*(?:[-=]{8,}|[-=]{3,}(?:[ \t]+[-=]{2,})+)[ \t]*$/;
/** Most lines of a header above a table's rule. */
const MAX_HEADER_LINES = 4;

/** A line's cells set apart by two spaces or more (or a tab), with their columns in the line. */
function spacedCells(line: Line): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], from: m.index!, to: m.index! + m[0].length });
  return out;
}

/**
 * Tables whose columns are set apart by spaces, as reports type them in plain text:
 *
 *     Category                         Approved   Forecast at   Change    Change
 *                                      budget     completion
 *                                      2019 (£m)  (£m)          (£m)      (%)
 *     -----------------------------------------------------------------------
 *     Trams (8 vehicles)                  38.4        44.1       +5.7    +14.8
 *
 * A run of two lines or more (rules between them allowed) of three cells or more (two under a header of two and its
 * rule), as many on each line, the cells after the first mostly figures; the header is the lines right above the rule
 * over the run, each word given to the column it lies over, or a first row of words and years alone. Each row is then
 * read as a pipe table's.
 */
function alignedTables(lines: readonly Line[]): FoundTable[] {
  const out: FoundTable[] = [];
  const rowCells = (line: Line, least = 3) => {
    if (line.text.length > MAX_ROW_LINE) return undefined;
    const cells = spacedCells(line);
    if (cells.length < least) return undefined;
    const figures = cells.slice(1).filter((c) => startsWithFigure(c.text)).length;
    return figures * 2 >= cells.length - 1 ? cells : undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    // Two columns only under a header and its rule ("Head of award      Amount" over "-------   ------"): a label and
    // a figure on a line with no header is as likely a line of prose or of a list.
    const least = i > 1 && PLAIN_RULE.test(lines[i - 1].text) && spacedCells(lines[i - 2]).length === 2 && looksLikeHeader(spacedCells(lines[i - 2]).map((c) => c.text)) ? 2 : 3;
    const first = rowCells(lines[i], least);
    if (!first) continue;
    const width = first.length;
    // The run of rows, and rule lines between them.
    const body: { line: Line; cells: ReturnType<typeof spacedCells> }[] = [];
    let j = i;
    for (; j < lines.length && j - i < MAX_TABLE_LINES; j++) {
      if (PLAIN_RULE.test(lines[j].text) && j + 1 < lines.length && rowCells(lines[j + 1], least)?.length === width) continue;
      const cells = rowCells(lines[j], least);
      if (!cells || cells.length !== width) break;
      body.push({ line: lines[j], cells });
    }
    if (body.length < 2) continue;
    // The header: the non-blank lines right above a rule over the run.
    let from = i;
    const headerLines: Line[] = [];
    if (i > 0 && PLAIN_RULE.test(lines[i - 1].text)) {
      from = i - 1;
      for (let k = i - 2; k >= 0 && headerLines.length < MAX_HEADER_LINES && lines[k].text.trim() && !PLAIN_RULE.test(lines[k].text); k--) headerLines.unshift(lines[k]);
      from -= headerLines.length;
    } else {
      // Or a line of as many words as columns right above the rows, or a blank line above them ("   Year    Pedestrians
      // Vehicles   Total" over a blank line and "   2019        1            2          3").
      const k = i > 0 && !lines[i - 1].text.trim() ? i - 2 : i - 1;
      const cells = k >= 0 && lines[k].text.length <= MAX_ROW_LINE ? spacedCells(lines[k]) : [];
      if (cells.length === width && looksLikeHeader(cells.map((c) => c.text))) {
        headerLines.push(lines[k]);
        from = k;
      }
    }
    // Each column's extent over the rows, to which a header word belongs by overlap (else by nearness).
    const extent = Array.from({ length: width }, (_, k) => ({ from: Math.min(...body.map((r) => r.cells[k].from)), to: Math.max(...body.map((r) => r.cells[k].to)) }));
    const columnOf = (c: { from: number; to: number }) => {
      let best = 0;
      let score = -Infinity;
      extent.forEach((e, k) => {
        const overlap = Math.min(c.to, e.to) - Math.max(c.from, e.from);
        const v = overlap > 0 ? overlap : -Math.min(Math.abs(c.from - e.to), Math.abs(e.from - c.to));
        if (v > score) {
          score = v;
          best = k;
        }
      });
      return best;
    };
    const toCell = (line: Line, c: { text: string; from: number }): Cell => ({ parts: [{ text: c.text, start: line.start + c.from }] });
    let header: Cell[] = Array.from({ length: width }, () => ({ parts: [] }));
    for (const line of headerLines) for (const c of spacedCells(line)) header[columnOf(c)].parts.push(toCell(line, c).parts[0]);
    const rows = body.map((r) => r.cells.map((c) => toCell(r.line, c)));
    if (!headerLines.length) header = looksLikeHeader(rows[0].map(textOf)) ? rows.shift()! : [];
    if (!rows.length) continue;
    const pieces = labelledRows(header, rows, captionAbove(lines, from));
    if (pieces.length) out.push({ from, to: j, rows: pieces });
    i = j - 1;
  }
  return out;
}

/** The cells of a row line, trimmed, at their offsets in the file (outer pipes, when the table has them, dropped). */
function cellsOf(line: Line, outer: boolean): Cell[] {
  const from = outer ? line.text.indexOf('|') + 1 : 0;
  const to = outer ? line.text.lastIndexOf('|') : line.text.length;
  const cells: Cell[] = [];
  let at = from;
  for (const raw of line.text.slice(from, to).split('|')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ parts: text ? [{ text, start: line.start + at + lead }] : [] });
    at += raw.length + 1;
  }
  return cells;
}

/** A cell's words, its lines joined. */
const textOf = (cell: Cell) => cell.parts.map((p) => p.text).join(' ');

interface Piece {
  cell: Cell;
  label?: string;
}

/**
 * The rows of a block of row and rule lines, or undefined when it is no table: two rows or more of one number of
 * cells, and a rule line when the rows have no outer pipes. A line whose first cell is empty goes on the row above.
 * The header is the lines before the first rule that follows a row, else a first row of words and years alone.
 */
function tableOf(block: readonly Line[]): Piece[][] | undefined {
  // Outer pipes when the table's first line has them ("| Year | …"); a line of a table without them may still start
  // with a pipe, its first cell empty ("    | Behaviour breached | …").
  const first = block.find((line) => !BORDER.test(line.text));
  const outer = first !== undefined && /^[ \t]*\|/.test(first.text) && PIPE_ROW.test(first.text);
  const lines: { cells: Cell[]; index: number }[] = [];
  block.forEach((line, index) => {
    if (!BORDER.test(line.text)) lines.push({ cells: cellsOf(line, outer && PIPE_ROW.test(line.text)), index });
  });
  const width = lines[0]?.cells.length ?? 0;
  if (lines.length < 2 || width < 2 || lines.some((r) => r.cells.length !== width)) return undefined;
  const ruled = block.some((line) => BORDER.test(line.text));
  if (!ruled && (!outer || block.some((line) => !PIPE_ROW.test(line.text)))) return undefined;
  // A rule after the first line (a header of one line or several) ends the header.
  const rule = block.findIndex((line, index) => BORDER.test(line.text) && index > lines[0].index);
  const headerLines = rule >= 0 && lines.some((r) => r.index > rule) ? lines.filter((r) => r.index < rule) : [];
  // The body's rows, a line with an empty first cell going on the row above.
  const rows: Cell[][] = [];
  for (const line of lines.filter((r) => !headerLines.includes(r))) {
    const last = rows[rows.length - 1];
    if (last && !line.cells[0].parts.length && line.cells.some((c) => c.parts.length)) line.cells.forEach((c, k) => last[k].parts.push(...c.parts));
    else rows.push(line.cells.map((c) => ({ parts: [...c.parts] })));
  }
  let header: Cell[] = [];
  if (headerLines.length) header = Array.from({ length: width }, (_, k) => ({ parts: headerLines.flatMap((r) => r.cells[k].parts) }));
  else if (looksLikeHeader(rows[0].map(textOf))) header = rows.shift()!;
  const out = labelledRows(header, rows);
  return out.length ? out : undefined;
}

/**
 * The unit of the caption right above a table (the line before it, or before a blank line): "3.2 Cost by phase (GBP
 * million):" over a table whose columns say "Budget", "Forecast".
 */
function captionAbove(lines: readonly Line[], from: number): string | undefined {
  const k = from > 0 && !lines[from - 1].text.trim() ? from - 2 : from - 1;
  return k >= 0 && lines[k].text.length <= MAX_ROW_LINE ? captionUnit(lines[k].text) : undefined;
}

/**
 * A header's line (its cells' words) and the body's rows, each figure under a header labelled with it (with the unit
 * of the table's caption, `unit`, where the header gives none).
 */
function labelledRows(header: readonly Cell[], rows: readonly Cell[][], unit?: string): Piece[][] {
  const written = header.map((c) => textOf(c));
  const labels = (unit ? withCaptionUnit(written, unit) : written).map((text) => (text ? tableLabel(text) : undefined));
  const out: Piece[][] = [];
  if (header.some((c) => c.parts.length)) out.push(header.flatMap((cell) => (cell.parts.length ? [{ cell }] : [])));
  for (const row of rows) {
    const pieces = row.flatMap((cell, k): Piece[] => (cell.parts.length ? [{ cell, ...(labels[k] && startsWithFigure(textOf(cell)) ? { label: labels[k] } : {}) }] : []));
    if (pieces.length) out.push(pieces);
  }
  return out;
}
