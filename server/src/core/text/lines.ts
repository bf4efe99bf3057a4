/**
 * Offsets ⇄ LSP positions for one text. Lines are 0-based; characters are UTF-16 code units; `\n`, `\r\n` and
 * `\r` end a line. Out-of-range input is clamped. Behaves like `TextDocument` of vscode-languageserver-textdocument
 * (a position inside a `\r\n` pair maps to the end of its line), without holding a document.
 *
 * The line starts are kept in one typed array (4 bytes a line), so the index stays small for very large sources,
 * made on first use (tens of thousands of sources' tables would cost time at start-up and objects to the garbage
 * collector for nothing).
 */
import type { Position, Range } from '../types';

export class LineIndex {
  private table?: Uint32Array;

  /** The line starts are found on first use: most sources' lines are never asked for. */
  constructor(readonly text: string) {}

  private get starts(): Uint32Array {
    return (this.table ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where `line` starts (clamped to the existing lines). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** 0-based line of an offset (clamped). */
  lineAt(offset: number): number {
    const starts = this.starts;
    if (!(offset > 0)) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    let o = offset > 0 ? Math.min(Math.floor(offset), text.length) : 0;
    const line = this.lineAt(o);
    const start = this.starts[line];
    // Inside a line break (between `\r` and `\n`): the end of the line.
    while (o > start && isLineBreak(text.charCodeAt(o - 1))) o--;
    return { line, character: o - start };
  }

  offsetAt(position: Position): number {
    const starts = this.starts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    if (!(position.character > 0)) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    let o = Math.min(start + Math.floor(position.character), next);
    while (o > start && isLineBreak(this.text.charCodeAt(o - 1))) o--;
    return o;
  }

  rangeAt(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function computeLineStarts(text: string): Uint32Array {
  let starts = new Uint32Array(Math.max(16, (text.length >>> 6) + 1));
  let count = 1; // starts[0] = 0
  const grow = () => {
    const bigger = new Uint32Array(starts.length * 2);
    bigger.set(starts);
    starts = bigger;
  };
  // indexOf is much faster than a per-character loop on long texts; `\r` is rare, so it is searched separately.
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (lf !== -1 || cr !== -1) {
    let at: number;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // `\r\n` counts as one break.
      if (text.charCodeAt(cr + 1) === 10) {
        at = cr + 2;
        lf = text.indexOf('\n', at);
      } else at = cr + 1;
      cr = text.indexOf('\r', at);
    } else {
      at = lf + 1;
      lf = text.indexOf('\n', at);
    }
    if (count === starts.length) grow();
    starts[count++] = at;
  }
  return starts.slice(0, count);
}

/** The span of the whole line or lines a span of a text stands on, without their `\n`s. */
export function linesAround(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const next = text.indexOf('\n', span.end);
  return { start: text.lastIndexOf('\n', span.start - 1) + 1, end: next < 0 ? text.length : next };
}
