/**
 * Header labels of table cells, as the HTML, Word and Markdown loaders write them: a table row is one paragraph
 * of cells joined by " | ", and a cell that starts with a figure, under a header, reads "Header: figure" ("Leeds
 * Rovers | Won: 20 | Points: 65", "Revenue | 2026: £4,210m | 2025: £3,870m"). The header is inserted text (not in
 * the file); it says which column a figure is, which the row's words alone do not (the verdict's column rule,
 * `verdict/claims.ts`).
 */

/** A passage that is a row of a table of three cells or more, as the loaders write one ("cell | cell | cell"). */
export const TABLE_ROW = /\S \| \S[^|]*\| \S/;

/** Longest header text used as a label. */
export const MAX_LABEL = 40;

/** A cell that starts with a figure: a sign, a currency, a digit ("65", "£4,210m", "+8.8%", "-8.5%", ".5"). */
const FIGURE_START = /^[-+−–]?\s?[£$€¥]?\s?\.?\d/u;

/** A year or a season as a header writes it ("2026", "2026/27", "2025-2026"). */
const YEAR = String.raw`(?:1[89]|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?`;

/** A cell of a first row that may be a header though not marked as one: words and years, no other figures. */
const HEADER_WORDS = new RegExp(`^(?:[^\\d]|(?<!\\d)${YEAR}(?!\\d))*$`, 'u');
const YEAR_ONLY = new RegExp(`^\\s*${YEAR}\\s*$`);

/** Whether a cell's text is a year or a season alone ("2026", "2026/27"): a header's, not a figure. */
export function isYearCell(text: string): boolean {
  return YEAR_ONLY.test(text);
}

/**
 * The label of a header cell's column, or undefined: its text, whitespace collapsed and a trailing colon dropped,
 * when it holds a letter or a year and is short ("Won", "2026", "Passenger journeys"), or is a percent sign alone
 * ("%"); not "£", "" or a paragraph.
 */
export function tableLabel(header: string | undefined): string | undefined {
  const label = header?.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
  if (!label || label.length > MAX_LABEL || label.includes('|')) return undefined;
  // ("%" alone heads a column of percentages: "Response | % " gives "%: 48.5", read as 48.5%.)
  return /\p{L}|(?:1[89]|20)\d\d/u.test(label) || /^\(?%\)?$/.test(label) ? label : undefined;
}

/** Whether a cell's text starts with a figure (leading spaces and a space after a sign allowed). */
export function startsWithFigure(text: string): boolean {
  return FIGURE_START.test(text.replace(/^[\s\u00a0]+/u, '').replace(/^([-+−–])[\s\u00a0]+/u, '$1'));
}

/** Whether the cells of a table's first row, not marked as a header, read as one: words and years only. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.filter((c) => c.trim()).length >= 2 && cells.every((c) => HEADER_WORDS.test(c));
}

/** A cell of a row as the loaders write it, "Label: figure": the label, where the cell and its figure start, its end. */
export interface LabelledCellSpan {
  label: string;
  start: number;
  valueStart: number;
  end: number;
}

/** "Label: " at the start of a cell, before a figure. */
const LABELLED_CELL = /^([^:|]{1,40}): (?=\S)/u;

/** The labelled cells of a table row's text ("Hull Athletic | Won: 17 | Points: 59"); none for other text. */
export function labelledCellSpans(row: string): LabelledCellSpan[] {
  const out: LabelledCellSpan[] = [];
  if (!row.includes(' | ')) return out;
  let at = 0;
  for (const piece of row.split(' | ')) {
    const m = LABELLED_CELL.exec(piece);
    if (m && startsWithFigure(piece.slice(m[0].length))) out.push({ label: m[1].trim(), start: at, valueStart: at + m[0].length, end: at + piece.length });
    at += piece.length + 3;
  }
  return out;
}

/** The unit a column's header gives its figures. */
export type HeaderUnit =
  | { kind: 'percent'; points?: boolean }
  | { kind: 'ordinal' }
  | { kind: 'money'; sign: string; scale: number }
  | { kind: 'number'; scale: number }
  | { kind: 'measure'; unit: string };

/**
 * A unit of measure in brackets at a header's end: "Max temp (°C)", "Rainfall (mm)", "Length (km)", "Actual leakage
 * (million litres a day)" (as written).
 */
const HEADER_MEASURE = /\(\s*([^()\d\s][^()]{0,23}?)\s*\)\s*$/u;

/** A column of places in a standing: "Pos", "Position", "Rank", "Place". */
const HEADER_PLACE = /^(?:pos\.?|position|rank|ranking|place|placing)$/i;

/** Percentage points: "Change on quarter (pp)", "Change, percentage points". */
const HEADER_POINTS = /\(pp\)|\bpercentage\s+points?\b|\bppts?\b/i;
const HEADER_PERCENT = /%|\bper\s?cent\b|\bpercentage\b/i;
const HEADER_MONEY = /(?:^|[\s(])(US\$|[£$€¥]|GBP|USD|EUR)\s?(bn|mn|m|k|000s?|millions?|billions?|thousands?)?(?=$|[\s),.;])/i;
const HEADER_SCALE = /\((?:in\s+)?(000s?|thousands|millions|m|bn|billions)\)/i;
/** A header's word of length or height, before which "(m)" is metres, not millions. */
const HEADER_EXTENT = /\b(?:heights?|lengths?|distances?|depths?|widths?|diameters?|elevation|altitude|span|radius|breadth|deep|wide|high|long|tall|level|clearance|separation|setback|buffer|reach|draught|draft|range|rise)\b/i;
const SCALE_WORDS: Record<string, number> = { k: 1e3, '000': 1e3, '000s': 1e3, thousand: 1e3, thousands: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, bn: 1e9, billion: 1e9, billions: 1e9 };

/**
 * The unit of a column from its header: a percentage ("Share (%)", "Change, per cent"), a place ("Pos": "3" is third), money with its scale
 * ("2026/27 budget (£m)", "Revenue ($bn)", "£000"), or a scale alone ("Passengers (000s)"); undefined otherwise.
 */
export function headerUnit(label: string): HeaderUnit | undefined {
  if (HEADER_POINTS.test(label)) return { kind: 'percent', points: true };
  if (HEADER_PERCENT.test(label)) return { kind: 'percent' };
  if (HEADER_PLACE.test(label.trim())) return { kind: 'ordinal' };
  const money = HEADER_MONEY.exec(label);
  // The sign as written ("£", "US$"): the verdicts read it as they read a figure's (`values.ts`).
  if (money) return { kind: 'money', sign: money[1], scale: money[2] ? SCALE_WORDS[money[2].toLowerCase()] : 1 };
  const scale = HEADER_SCALE.exec(label);
  // ("(m)" after a word of extent is metres: "Tip height (m)", "Distance (m)".)
  if (scale && scale[1].toLowerCase() === 'm' && HEADER_EXTENT.test(label)) return { kind: 'measure', unit: 'm' };
  if (scale) return { kind: 'number', scale: SCALE_WORDS[scale[1].toLowerCase()] };
  const measure = HEADER_MEASURE.exec(label);
  if (measure) return { kind: 'measure', unit: measure[1] };
  return undefined;
}

/** The one year or season a header names ("2026", "FY2026", "2026/27 budget (£m)"); undefined for none or several. */
export function headerYear(label: string): { year: number; through?: number } | undefined {
  const years = [...label.matchAll(/(?<!\d)((?:19|20)\d\d)(?:[/–-](\d\d(?:\d\d)?))?(?!\d)/g)];
  if (years.length !== 1) return undefined;
  const year = Number(years[0][1]);
  const end = years[0][2];
  if (!end) return { year };
  const through = end.length === 2 ? Math.floor(year / 100) * 100 + Number(end) : Number(end);
  return through > year && through - year <= 2 ? { year, through } : undefined;
}

/** A header cell that is only a unit, as results tables put in their top-left corner: "£m", "(£m)", "$bn", "%". */
const UNIT_ONLY = /^\(?\s*(?:(?:US\$|[£$€¥])\s?(?:bn|mn|m|k|000s?)?|%|000s?|m|bn)\s*\)?$/i;

/**
 * The unit a table's caption gives all its figures, in brackets at its end: "3.2 Cost by phase (GBP million):",
 * "Table 4: Spending by department (£m)", "Passengers (000s)"; undefined for a caption without one.
 */
export function captionUnit(caption: string): string | undefined {
  // (Or a sentence that says it: "Figures are in £000.", "All figures in £m", one of the paragraph's: "All figures
  // in £ million. Financial years run from 1 April to 31 March.")
  const text = caption.trim();
  const m =
    /\(\s*(?:in\s+)?([^()]{1,16}?)\s*\)\s*:?\s*$/.exec(text) ??
    FIGURES_IN.exec(text) ??
    text
      .split(/(?<=\.)\s+(?=\p{Lu})/u)
      .map((sentence) => FIGURES_IN.exec(sentence))
      .find((x) => x !== null);
  if (!m) return undefined;
  const unit = headerUnit(`(${m[1]})`);
  return unit && (unit.kind === 'money' || unit.kind === 'number') ? m[1] : undefined;
}

/** A sentence that gives a table's unit: "Figures are in £000.", "All figures in £m", "Amounts shown in £ thousands". */
const FIGURES_IN = /^(?:all\s+)?(?:figures|amounts|sums|costs|values)\s+(?:are\s+)?(?:(?:given|shown|stated|expressed)\s+)?in\s+([^()\s.]{1,6}(?:\s?(?:thousands?|millions?|billions?))?)\s*\.?$/i;

/** The header labels with a caption's unit given to the columns after the first that have none of their own. */
export function withCaptionUnit(header: readonly (string | undefined)[], unit: string): (string | undefined)[] {
  return header.map((label, i) => (i > 0 && label && !headerUnit(label) && !NO_CAPTION_UNIT.test(label) ? `${label} (${unit})` : label));
}

/** Columns no unit is given to: shares, changes in per cent, places, counts by name. */
const NO_CAPTION_UNIT = /%|\bper\s?cent\b|\b(?:pos|position|rank|place|no\.?|number|count)\b/i;

/**
 * The header labels with every "(m)" read as metres where one is a length's ("Design depth (m)" beside "January
 * 2024 survey (m)"): one table gives one "m".
 */
export function withMetres(header: readonly (string | undefined)[]): (string | undefined)[] {
  const metres = header.some((label) => !!label && /\(\s*m\s*\)/.test(label) && headerUnit(label)?.kind === 'measure');
  return metres ? header.map((label) => (label && /\(\s*m\s*\)/.test(label) && headerUnit(label)?.kind !== 'measure' ? label.replace(/\(\s*m\s*\)/, '(metres)') : label)) : [...header];
}

/**
 * The header labels with the unit of a table's corner given to the columns that have none ("£m | 2026 | 2025" labels
 * "2026 (£m)", "2025 (£m)"), so that `headerUnit` reads it.
 */
export function withCornerUnit(header: readonly (string | undefined)[]): (string | undefined)[] {
  header = withMetres(header);
  const corner = header[0]?.trim();
  if (!corner || !UNIT_ONLY.test(corner)) return [...header];
  const unit = corner.replace(/^\(\s*|\s*\)$/g, '');
  return header.map((label, i) => (i > 0 && label && !headerUnit(label) ? `${label} (${unit})` : label));
}
