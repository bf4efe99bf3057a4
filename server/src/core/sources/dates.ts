/**
 * Source dates: when a document was published, recorded or written, read from what the format keeps for it
 * (front matter, HTML meta, PDF metadata, Word document properties, a transcript's header, a web archive's
 * header). Dates are calendar days, `yyyy-mm-dd`; a time of day is dropped (no time zones are guessed).
 */
import { Parser } from 'htmlparser2';
import type { SourceDate } from '../types';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` of a day that exists, else undefined (31 April, a year outside 1000-9999). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined; // 31 April
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/**
 * The first full date in a piece of text: ISO (`2024-03-12`, also with a time), `12 March 2024`,
 * `March 12, 2024` (a weekday before it is allowed). Dates without a year are not taken.
 */
export function parseDateText(text: string): string | undefined {
  const candidates: { at: number; date: string }[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const date = isoDate(+iso[1], +iso[2], +iso[3]);
    if (date) candidates.push({ at: iso.index, date });
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[dmy[2].toLowerCase()];
    const date = month ? isoDate(+dmy[3], month, +dmy[1]) : undefined;
    if (date) candidates.push({ at: dmy.index, date });
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = MONTHS[mdy[1].toLowerCase()];
    const date = month ? isoDate(+mdy[3], month, +mdy[2]) : undefined;
    if (date) candidates.push({ at: mdy.index, date });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.date;
}

/**
 * A paragraph that is a date alone, perhaps with a time: the heading of an update on a live page ("Tuesday 12 August
 * 2025, 18:45", "March 12, 2025 at 9.30am").
 */
const DATELINE_PARAGRAPH =
  /(?:^|\n)[^\S\n]*((?:[A-Za-z]{6,9},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?)[^\S\n]*(?=\n)/g;
/** How far before a passage a dated heading is looked for. */
const DATELINE_REACH = 2000;

/**
 * The day of the nearest paragraph before `offset` that is a date alone (`yyyy-mm-dd`), within `DATELINE_REACH`
 * characters: the day of the update a passage of a live page belongs to, whose "this evening" is that day's and
 * not the page's first publication's.
 */
export function datelineBefore(text: string, offset: number): string | undefined {
  const from = Math.max(0, offset - DATELINE_REACH);
  let last: string | undefined;
  for (const m of text.slice(from, offset).matchAll(DATELINE_PARAGRAPH)) last = m[1];
  return last ? parseDateText(last) : undefined;
}

/**
 * A line at a document's top that says when it was issued: "News release · Thursday 10 July 2025", "Date: 4 March
 * 2025", "**Issued:** Tuesday 4 March 2025", "For immediate release — 12 March 2025", "Published Tuesday 4 March
 * 2025", a meeting paper's "**Meeting:** Cabinet, Thursday 14 November 2024" or "**Meeting held:** Tuesday 14 January
 * 2025", a judgment's "**Friday 19 April 2024**" alone on its line. Not the date of what it is about: "Date of hearing:
 * …", "Inspection dates: …".
 */
const DATELINE_LABEL = /^[\s*_#>|]*(?:(?:news|press|media)\s+release|published|issued|date|dated|release\s+date|for\s+immediate\s+release|meeting(?:\s+(?:held|date))?(?=[*_]*:)|date\s+of\s+(?:the\s+)?meeting(?=[*_]*:))(?![\p{L}\p{N}])(?!\s+(?:of|opened|closed)\b)/iu;
/** A line of a full date alone, maybe in bold: a judgment's or a speech's "**Friday 19 April 2024**". */
const DATE_ALONE = /^[\s*_#>]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}[\s*_]*$/i;
/** How many of a document's first lines, and characters, are looked at for its dateline. */
const DATELINE_LINES = 8;
const DATELINE_HEAD = 1200;
/** Longer lines are prose, not a dateline. */
const DATELINE_LINE_MAX = 120;

/**
 * The date a document's dateline gives (`yyyy-mm-dd`): a press release's, a letter's or a report's "Issued" line
 * within its first lines, for formats that keep no date elsewhere. Its "today" is that day.
 */
export function datelineDate(text: string): SourceDate | undefined {
  const lines = text.slice(0, DATELINE_HEAD).split('\n').filter((l) => l.trim()).slice(0, DATELINE_LINES);
  for (const line of lines) {
    if (line.length > DATELINE_LINE_MAX || !(DATELINE_LABEL.test(line) || DATE_ALONE.test(line))) continue;
    const date = parseDateText(line);
    if (date) return { date, from: 'dateline' };
  }
  return undefined;
}

/** A PDF date string (`D:20240312093000+01'00'`, PDF 32000-1 §7.9.4): its calendar day as written. */
export function parsePdfDate(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(text.trim());
  if (!m) return undefined;
  return isoDate(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
}

/** Weekday (0 = Sunday) of a `yyyy-mm-dd` date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** `Tuesday 12 March 2024`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** Whether a value read back from a cache is a valid source date. */
export function isSourceDate(value: unknown): value is SourceDate {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.date === 'string' && isoDate(+v.date.slice(0, 4), +v.date.slice(5, 7), +v.date.slice(8, 10)) === v.date && DATE_ORIGINS.has(v.from as string);
}

const DATE_ORIGINS = new Set<string>(['front matter', 'HTML meta', 'PDF metadata', 'transcript header', 'document properties', 'archive header', 'dateline']);

/** The `date:` (or `published:`, `created:`) of YAML or TOML front matter. */
export function frontMatterDate(frontMatter: string | undefined): SourceDate | undefined {
  if (!frontMatter) return undefined;
  for (const key of ['date', 'published', 'publishDate', 'pubDate', 'created', 'recorded']) {
    const m = new RegExp(`^${key}\\s*[:=]\\s*["']?(.+?)["']?\\s*$`, 'mi').exec(frontMatter);
    const date = m && parseDateText(m[1]);
    if (date) return { date, from: 'front matter' };
  }
  return undefined;
}

/** `<meta>` names and properties that hold a publication date, best first. */
const META_DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'citation_publication_date',
  'citation_date',
  'pubdate',
  'publish-date',
  'date',
  'og:published_time',
  'article:modified_time',
  'datemodified',
];

/**
 * The publication date of an HTML page from its `<meta>` elements (Open Graph, Dublin Core, schema.org
 * `itemprop`, Highwire `citation_*`), else the first `<time datetime>`. Only the head and the first `<time>`
 * are looked at (within the first 256 KB).
 */
export function htmlDate(html: string): SourceDate | undefined {
  const found = new Map<string, string>();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'meta') return;
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        const content = attrs.content ?? attrs.datetime;
        if (key && content && !found.has(key)) found.set(key, content);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Bounded: only the head is parsed (meta elements in the body are rare and count less than a <time>).
  const head = html.slice(0, Math.min(html.length, 256 * 1024));
  const bodyAt = head.search(/<body[\s>]/i);
  parser.write(bodyAt >= 0 ? head.slice(0, bodyAt) : head);
  parser.end();
  for (const key of META_DATE_KEYS) {
    const value = found.get(key);
    const date = value ? parseDateText(value) : undefined;
    if (date) return { date, from: 'HTML meta' };
  }
  const time = /<time\b[^>]*?\bdatetime\s*=\s*["']?([^"'\s>]+)/i.exec(head);
  const date = time ? parseDateText(time[1]) : undefined;
  return date ? { date, from: 'HTML meta' } : undefined;
}
