/**
 * Header labels of table cells, as the HTML, Word and Markdown loaders write them: a table row is one paragraph
 * of cells joined by " | ", and a cell that starts with a figure, under a header, reads "Header: figure" ("Leeds
 * Rovers | Won: 20 | Points: 65", "Revenue | 2026: £4,210m | 2025: £3,870m"). The header is inserted text (not in
 * the file); it says which column a figure is, which the row's words alone do not (the verdict's column rule,
 * `verdict/claims.ts`).
 */

/** Longest header text used as a label. */
export const MAX_LABEL = 40;

/** A cell that starts with a figure: a sign, a currency, a digit ("65", "£4,210m", "+8.8%", "-8.5%", ".5"). */
const FIGURE_START = /^[-+−–]?\s?[£$€¥]?\s?\.?\d/u;

/** A cell of a first row that may be a header though not marked as one: words and years, no other figures. */
const HEADER_WORDS = /^(?:[^\d]|(?<!\d)(?:1[89]|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?(?!\d))*$/u;

/**
 * The label of a header cell's column, or undefined: its text, whitespace collapsed and a trailing colon dropped,
 * when it holds a letter or a year and is short ("Won", "2026", "Passenger journeys"; not "%", "" or a paragraph).
 */
export function tableLabel(header: string | undefined): string | undefined {
  const label = header?.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
  if (!label || label.length > MAX_LABEL || label.includes('|')) return undefined;
  return /\p{L}|(?:1[89]|20)\d\d/u.test(label) ? label : undefined;
}

/** Whether a cell's text starts with a figure (leading spaces and a space after a sign allowed). */
export function startsWithFigure(text: string): boolean {
  return FIGURE_START.test(text.replace(/^[\s\u00a0]+/u, '').replace(/^([-+−–])[\s\u00a0]+/u, '$1'));
}

/** Whether the cells of a table's first row, not marked as a header, read as one: words and years only. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.filter((c) => c.trim()).length >= 2 && cells.every((c) => HEADER_WORDS.test(c));
}
