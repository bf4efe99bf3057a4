/**
 * Typed values in a sentence — numbers (with scale words, units, currencies and percent signs), dates, years,
 * ordinals and names — with their offsets, normalised so that a claim's value can be compared with a source's:
 * "4.5 million" and "4,500,000" are the same number, "Jan. 15" and "15 January" the same date.
 *
 * Every value also carries its *role*: the content terms around it, nearest first, which tell what the value
 * is about ("100th birthday", "announced on January 10"). Contradiction checks pair a claim's value with the
 * source value whose role is most alike.
 */
import { processTerm, tokenizeWithOffsets } from '../index/tokenize';
import { isoDate, weekdayOf } from '../sources/dates';
import { groupAge } from './ages';
import { headerUnit, labelledCellSpans, MAX_LABEL, startsWithFigure } from '../text/tableLabels';
import type { Conflict, Span } from '../types';

export type ValueKind = Conflict['kind'];

export interface DateParts {
  year?: number;
  /** 1–12 */
  month?: number;
  day?: number;
  /** 0 (Sunday) – 6 */
  weekday?: number;
  /** The last month of a span of months from `month` ("the third quarter of 2027": 7 through 9). */
  throughMonth?: number;
}

export interface TypedValue {
  kind: ValueKind;
  /** The value as written. */
  text: string;
  /** Offsets in the text the value was extracted from. */
  span: Span;
  /** Numeric value: numbers, quantities, percentages, money, ordinals and years. */
  value?: number;
  /** Half the unit of the last written digit, scaled ("4.5 million": 50,000): the rounding a writer allows. */
  precision?: number;
  /** Quantity unit or currency, normalised ("km", "usd"). */
  unit?: string;
  /** An end of a range the text gives ("a range of 5 to 8 years", "between 200 and 300"): no single figure. */
  inRange?: boolean;
  /** One of two figures joined as a range may be, whatever opens them ("£1.62bn to £1.66bn", "three to four weeks"). */
  joined?: boolean;
  /** A hedge before a number: "about 40", "more than 40", "fewer than 40". */
  bound?: 'about' | 'atLeast' | 'atMost';
  /** A time of day "just after" or "shortly before" its figure ("just after 3am"). */
  shortly?: 'after' | 'before';
  /** "Shortly" or "soon" before or after a whole hour ("shortly before midday"): within half an hour, not a quarter. */
  shortlyLoose?: boolean;
  date?: DateParts;
  /** A decade ("1990s"): `value` is its first year. */
  decade?: boolean;
  /** A span of years or a season ("2010-11"): its last year (`value` is its first). */
  through?: number;
  /** Lower-cased tokens of a name. */
  name?: string[];
  /**
   * A figure that is a difference between two others: "by 382 votes", "up £104", "gain 210 places", "45 minutes
   * longer", "six points clear" (a text may state it by giving the two: `statesDifference`).
   */
  difference?: boolean;
  /**
   * A claim's figure of the period the claim is about (it names no other: `currentFigure`), which another period's
   * figures in parentheses do not state ("6.5p for the year" / "6.0p for the year (2025: 6.5p)").
   */
  current?: boolean;
  /**
   * A claim's length of months that names a reporting period ending on a date ("in the three months ended October
   * 31", "the six months to 30 September"): a source may call it a quarter or a half-year (`support.ts`).
   */
  reportingPeriod?: boolean;
  /** A bound close to its figure: "nearly 400", "almost a third", "just over 300" (not "less than 400"). */
  near?: boolean;
  /** A limit set as a figure: "up to £120 per person" (a cap is its figure: "up to £150" is another cap). */
  cap?: boolean;
  /** A bare figure of what something can hold or carry: "can carry 190 passengers", "a capacity of 450" (the most). */
  capacity?: boolean;
  /** A rate: "£10m a year", "2,000 per month" (the period). */
  per?: string;
  /** The age that bounds a group of people, after them: "plot holders over 65" (`groupAge`). */
  ageBound?: boolean;
  /** A number that names something ("Berth 7", "Route 12", "Terminal 5"): a rival only of another such. */
  label?: boolean;
  /** The whole of a partitive: "two of its 16 libraries", "£2.3m of its £3m target" (16, £3m). */
  whole?: boolean;
  /** A figure after a possessive or a verb of having: "its 16 libraries", "has 16 libraries", "its £3m target". */
  possessed?: boolean;
  /** Content terms around the value with weights (nearest weighs most). */
  role: Map<string, number>;
}

/** A lookup table without `Object.prototype`: words of a text such as "constructor" are not in it. */
function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const MONTHS: Record<string, number> = lookupTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});
const WEEKDAYS: Record<string, number> = lookupTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});
/** Weekdays shortened before a date, as a table writes them: "Wed 3 Sept" (never a name's word alone: "The Sun"). */
const SHORT_WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
const SMALL_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100,
  thousand: 1000,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY_SIGNS: Record<string, string> = {
  $: 'usd', 'us$': 'usd', 'a$': 'aud', 'c$': 'cad', 'nz$': 'nzd', 'hk$': 'hkd', 's$': 'sgd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₩': 'krw',
  // ISO codes before the figure ("GBP 2.1 million", "EUR 40m"): after the signs, which `currencySign` gives first.
  gbp: 'gbp', usd: 'usd', eur: 'eur', jpy: 'jpy', aud: 'aud', cad: 'cad', nzd: 'nzd', hkd: 'hkd', sgd: 'sgd', chf: 'chf', cny: 'cny', inr: 'inr',
};
/** The sign a currency is written with ("gbp": "£"), or "" for one without. */
export function currencySign(unit: string | undefined): string {
  return Object.entries(CURRENCY_SIGNS).find(([, u]) => u === unit)?.[0] ?? '';
}
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp', yen: 'jpy', won: 'krw',
  yuan: 'cny', rupees: 'inr', rupee: 'inr',
  // News-wire abbreviations ("310 mln dlrs", "10 mln stg").
  dlr: 'usd', dlrs: 'usd', stg: 'gbp',
};
/** Units after a number that make it a quantity; the value is the unit family it is compared within. */
const UNITS: Record<string, string> = lookupTable({
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'mi', miles: 'mi',
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm', ft: 'ft', feet: 'ft', foot: 'ft', yard: 'yd', yards: 'yd', yd: 'yd', yds: 'yd', inch: 'in',
  inches: 'in', cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm', mm: 'mm', millimetre: 'mm',
  millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg',
  g: 'g', gram: 'g', grams: 'g', mg: 'mg', milligram: 'mg', milligrams: 'mg', tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'lb', lbs: 'lb',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha', second: 's', seconds: 's', minute: 'min',
  minutes: 'min', hour: 'h', hours: 'h', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month',
  months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade', century: 'century',
  centuries: 'century', mph: 'mph', kph: 'kph', percent: '%', 'mw': 'mw', 'gw': 'gw', 'kw': 'kw', 'mb': 'mb',
  megawatt: 'mw', megawatts: 'mw', gigawatt: 'gw', gigawatts: 'gw', kilowatt: 'kw', kilowatts: 'kw',
  // Energy, not power: "80 MWh".
  'mwh': 'mwh', 'gwh': 'gwh', 'kwh': 'kwh', 'twh': 'twh',
  'gb': 'gb', 'tb': 'tb', megabyte: 'mb', megabytes: 'mb', gigabyte: 'gb', gigabytes: 'gb', terabyte: 'tb', terabytes: 'tb',
  // Nautical miles ("62 nm", "62 nautical miles"), knots; basis points ("3 basis points", "25bps").
  nm: 'nmi', nmi: 'nmi', nautical: 'nmi', knot: 'kn', knots: 'kn', kt: 'kn', kts: 'kn', basis: 'bp', bp: 'bp', bps: 'bp',
  'ml': 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml', l: 'l', litre: 'l', litres: 'l', liter: 'l', liters: 'l', barrels: 'bbl',
  // A water company's megalitres ("Capacity (Ml)"): "Ml" as written, not millilitres.
  Ml: 'megalitre', megalitre: 'megalitre', megalitres: 'megalitre', megaliter: 'megalitre', megaliters: 'megalitre',
  gallon: 'gal', gallons: 'gal', pint: 'pint', pints: 'pint', ounce: 'oz', ounces: 'oz', oz: 'oz',
  barrel: 'bbl', calories: 'kcal', kcal: 'kcal', degrees: 'deg',
  // Sound levels ("61 dB LAeq", "27 decibels above background").
  db: 'db', decibel: 'db', decibels: 'db',
  // Line speeds ("3.2 megabits", "4.8 megabits per second", "30Mbps", "1 gigabit").
  megabit: 'mbps', megabits: 'mbps', mbps: 'mbps', mbit: 'mbps', gigabit: 'gbps', gigabits: 'gbps', gbps: 'gbps', people: 'people', persons: 'people',
  prisoners: 'prisoners', inhabitants: 'people', residents: 'people', children: 'children', patients: 'patients',
  students: 'students', members: 'members', employees: 'employees', workers: 'workers', soldiers: 'soldiers',
  troops: 'soldiers', votes: 'votes', copies: 'copies', volumes: 'volumes', games: 'games', goals: 'goals',
  episodes: 'episodes', albums: 'albums', songs: 'songs', times: 'times', occasion: 'occasion', occasions: 'occasion',
  pages: 'pages', households: 'households',
  // A ban or a run in matches ("a three-match suspension", "a two-game ban"); penalties.
  match: 'games', matches: 'games', game: 'games', penalty: 'penalties', penalties: 'penalties',
});
/** Counts in words for hours and minutes of a duration ("an hour and ten minutes"). */
const SMALL_COUNTS: Record<string, number> = lookupTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50,
});
const HOURS_WORD = /\bh(?:ours?|rs?)\b|\d\s?h\b/i;
const HOURS_MINUTES = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:hours?|hrs?|h)\s*,?\s+(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)\s*(?:minutes?|mins?)(?:\s*,?\s+(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:seconds?|secs?))?\b/gi;
/** A race time in hours, minutes and seconds with marks: "4h 21' 07\"" (seconds optional). */
const HOURS_MARKS = /\b(\d{1,2})h\s*(\d{1,2})['’′](?:\s*(\d{1,2})(?:["”″]|''))?/g;
const YEARS_WORD = /\b(?:years?|yrs?)\b/i;
/** A duration in minutes and seconds ("3 minutes 40 seconds", "3 min 40 s"): one figure, in minutes. */
const MINUTES_SECONDS = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:minutes?|mins?)\s*,?\s+(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)\s*(?:seconds?|secs?|s)\b/gi;
/** A duration in years and months ("seven years and six months", "3 years 9 months"): one figure, in months. */
const YEARS_MONTHS = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(?:years?|yrs?)\s*,?\s+(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?:months?|mths?)\b/gi;
/** A time to the second with a leading zero, as a log writes it ("01:45:05"): a race's time or a clock's. */
const LOGGED_TIME = /^0\d:[0-5]\d:[0-5]\d$/;
const isClock = (v: TypedValue) => v.unit === 'clock' || v.unit === 'clock12';
/** A race or a run's time in hours, minutes and seconds: "2:05:37" (a clock's time has no seconds in news text). */
const RACE_TIME = /(?<![\p{N}:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\p{N}:]|\.\d)/gu;
/** Hedges of a bound that put the figure close to it ("nearly 400" is not 312; "less than 400" is). */
const NEAR_HEDGE = /^(?:nearly|almost|just under|just short of|just over)$/i;
/** How many percentage points an "about" share may be from the source's. */
const ABOUT_POINTS = 2.5;
/** How far a cap may be rounded up ("up to 50,000" for "up to 45,000"; not "up to £150" for "up to £120"). */
const CAP_ROUNDING = 0.12;
/** How far from its bound (a share of the bound) a "nearly" or "just over" figure may be. */
const NEAR_SHARE = 0.15;
const HEDGES: [RegExp, TypedValue['bound']][] = [
  [/\b(?:nearly|almost|just under|just short of)\s*$/i, 'atMost'],
  [/\b(?:about|around|approximately|approx\.?|roughly|some|circa|c\.|an estimated|estimated|close to)\s*$/i, 'about'],
  // (A limit on what is above a measure: "cannot take anything heavier than 7.5 tonnes" / "vehicles over 7.5 tonnes".)
  [/\b(?:anything|nothing|any|vehicles?|lorries|loads?)\s+(?:[\p{L}-]+\s+)?(?:heavier|larger|longer|wider|taller|bigger)\s+than\s*$/iu, 'atLeast'],
  // (An age's bound: "under the age of 25" is "under 25".)
  [/\b(?:more than|over|at least|above|exceeding|in excess of|upwards of|no fewer than|no less than|not fewer than|not less than|just over|(?:over|above)\s+the\s+age\s+of)\s*$/i, 'atLeast'],
  // (A limit set: "will be limited to £1,000" is "up to £1,000", "a budget capped at £15,000"; not a level reached, "the round, which is up to 64
  // households", "now up to 64".)
  [/\b(?:less than|fewer than|under|below|at most|no more than|not more than|not exceeding|maximum\s+(?:fine|penalty|sentence|charge|fee|payment|award|grant|sum|amount|compensation)\s+of|not in excess of|not over|not above|no higher than|(?<!\b(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|climbs?|climbed|climbing|jumps?|jumped|shot|moves?|moved|ramps?|ramped|now|which\s+is|which\s+was|is\s+now|was\s+now)\s+)up to|as many as|as much as|as high as|as long as|as far as|(?:under|below)\s+the\s+age\s+of|(?<=\b(?:be|is|are|was|were|been|being)\s+)(?:limited|capped|restricted)\s+(?:to|at)|(?<=\p{L}\s+)capped\s+at)\s*$/iu, 'atMost'],
];

const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY_RE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A weekday before a date, in full or shortened ("Wed 3 Sept", "Thurs 4 March"). */
const DATE_WEEKDAY_RE = `${WEEKDAY_RE}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/**
 * A range of two days of one month: "between 14 and 17 July", "16–17 July 2024" (the first day, the month after the
 * second) and "between July 14 and 17", "July 16 to 17" (the month before the first): each day is a date of the
 * month, so that the two ways of writing a range read alike.
 */
const DAY_RANGE_DM = new RegExp(`${B}(?:(${WEEKDAY_RE})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|-|–|—)\\s*(?:(?:${WEEKDAY_RE})\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_RE})${E}(?:,?\\s+(\\d{4})${E})?`, 'gu');
const DAY_RANGE_MD = new RegExp(`${B}(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(\\s*(?:and|to|until|-|–|—)\\s*)(\\d{1,2})(?:st|nd|rd|th)?${E}(?!\\s*(?:%|per\\b|[$€£]|,\\d))(?:,?\\s+(\\d{4})${E})?`, 'gu');

/** Patterns in priority order: an earlier kind claims its characters first. */
const DATE_MDY = new RegExp(`${B}(?:(${DATE_WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4})${E})?`, 'gu');
// (A register's "11-Sep-1951" is a date too: the hyphens between its parts.)
// (The month a whole word: not the "Dec" of "07:15  Decision to evacuate", the "Jun" of "12 Junior doctors".)
const DATE_DMY = new RegExp(`${B}(?:(${DATE_WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-(?=\\p{L}{3,9}-\\d{4}))(${MONTH_RE})(?!\\p{L})(?:(?:,?\\s+|-)(\\d{4})${E})?`, 'gu');
/** A day of the month in words with its month: "Saturday the eleventh of October", "the twenty-first of May 2025". */
const DATE_DAY_WORDS = new RegExp(
  `${B}(?:(${WEEKDAY_RE}),?\\s+)?the\\s+(?:(twenty|thirty)[-\\s])?(${Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w] <= 30).join('|')})\\s+of\\s+(${MONTH_RE})(?:,?\\s+(\\d{4})${E})?`,
  'giu',
);
const TENS_OF_DAYS: Record<string, number> = { twenty: 20, thirty: 30 };
/** A weekday with its day of the month and no month, as people say it: "Thursday the 17th", "on the Wednesday, the 15th", "Friday, the seventh". */
const WEEKDAY_THE_DAY = new RegExp(
  `${B}(${WEEKDAY_RE}),?\\s+the\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(?:(twenty|thirty)[-\\s])?(${Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w] <= 30).join('|')}))${E}(?!\\s+of\\s)`,
  'giu',
);
const DATE_MY = new RegExp(`${B}(${MONTH_RE})(?:\\s+of)?,?\\s+(\\d{4})${E}`, 'gu');
/** A street's name right after a number, which makes it a house's: "14 Harrowfield Road", "3 Mill Lane". */
const HOUSE_NUMBER_AFTER = /^[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way|Place|Square|Terrace|Crescent|Gardens|Row|Walk|Grove|Parade|Mews)\b/u;

/**
 * The nouns that name a place or a part by its number in lower case too: "has worked plot 71 since 1979", "bed 14",
 * "platform 3", "section 106". (Not "year", "week" or "day": "day 3" may count.)
 */
const LOWER_LABELS = 'plot|berth|platform|gate|pitch|bay|ward|room|flat|bed|junction|exit|route|lock|hole|page|clause|section|paragraph|item|appendix|chapter|question|stall|locker';
/** Capitalised words at a sentence's start that name nothing before a figure ("Only 94 pupils", "About 40 homes"). */
const NOT_A_LABEL = '(?:Only|Just|About|Around|Nearly|Almost|Some|Over|Under|More|Fewer|Less|Exactly|Roughly|Approximately|Another|All|And|But|With|From|Of|By|In|At|On|For|To|Since|After|Before|Until|Then|While|When|Up|Down|Every|Each|Those|These|The|Its|Their|His|Her|Our|Barely|Well|Still|Even)'
/**
 * A capitalised noun (or one of `LOWER_LABELS`) right before a number that it names with ("Berth 7", "Route 12"); not
 * a month ("March 7"). A chart's "number" names its places whatever its case ("at number three" / "to Number 5").
 */
const LABEL_BEFORE = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?!(?:${MONTH_RE.replace(/\\\.\?/g, '')})\\b)(?!${NOT_A_LABEL}\\s)\\p{Lu}\\p{Ll}{2,}|\\bnumber|\\bNo\\.?|\\b(?:${LOWER_LABELS}))\\s+$`, 'u');
/**
 * Whether text[start, end) is an emergency or help line's number, which names a service and counts nothing: "999
 * calls", "dialled 999", "the 111 service" (999, 911, 112, 111, 101, before a word of calls or after one of dialling).
 */
function emergencyNumber(text: string, start: number, end: number): boolean {
  if (!/^(?:999|911|112|111|101)$/.test(text.slice(start, end))) return false;
  // (Or after "NHS": "patients will be directed to NHS 111".)
  if (/\bNHS[ \t]+$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  return /^[ \t]+(?:emergency[ \t]+)?(?:calls?[ \t-]handl\w*|calls?|service|line|number|operators?|control|centre|center)\b/i.test(text.slice(end, end + 24)) || /\b(?:dial(?:led|ed|ling|ing|s)?|ring(?:ing|s)?|rang|phon(?:ed|ing|e)|call(?:ed|ing|s)?)[ \t]+$/i.test(text.slice(Math.max(0, start - 16), start));
}

/** A capitalised word that a number names one of: "Category 2", "Year 7", "Route 12", "Phase 3". */
const NAMING_LABEL_BEFORE = /(?<![\p{L}\p{N}])(?:Category|Year|Route|Ward|Phase|Stage|Platform|Gate|Junction|Grade|Level|Band|Tier|Zone|Division|Lot|Block|Unit|Item|Section|Chapter|Service|Flight|Line|Room|Floor|Plot|Pitch|Terminal|Exit|Option|Scenario|Sector|Cohort|Wave|Round)\s+$/u;
/** A count in words and a school year's word right before its number: "Seventeen Year " of "Seventeen Year 7 pupils". */
const COUNT_WORD_YEAR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${Object.keys(SMALL_NUMBERS).join('|')})\\s+(?:new\\s+)?Year\\s+$`, 'iu');
/** Such a word and its number after a count in words: "Seventeen Year 7 pupils". */
const LABEL_AFTER = /^\s+(?:Category|Year|Route|Ward|Phase|Stage|Platform|Gate|Grade|Level|Band|Tier|Zone|Division|Block|Unit|Service|Flight|Line|Room|Floor|Option|Scenario|Sector|Cohort|Wave)\s+\d/u;
/** The period of a rate after a figure: "a year", "per month", "each week", "annually". */
const RATE_AFTER = /^\s*(?:(?:a|an|per|each|for\s+each|for\s+every)\s+(year|month|week|day|hour)|(annually|yearly|monthly|weekly|daily|hourly))\b/i;
const RATE_WORDS: Record<string, string> = { annually: 'year', yearly: 'year', annual: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour' };
/**
 * The period of a sum's rate named before it: "the basic hourly rate to £12.60", "an annual salary of £48,000" (a
 * rate's word, at most two words and a linking word before the figure, and a hedge: "an annual revenue cost of
 * approximately £148,000").
 */
const RATE_BEFORE = /\b(hourly|daily|weekly|monthly|annual|yearly)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:rate|wage|wages|pay|salary|fee|fees|rent|charge|cost|costs|price|allowance|payment|bill)\s+(?:(?:of|to|at|is|was|will\s+be|rises\s+to|rose\s+to|stood\s+at|stands\s+at|came\s+to|comes\s+to|totalled|totals|reached)\s+)?(?:(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated|estimated|up\s+to|more\s+than|just\s+over|over|under)\s+)?$/iu;
function rateAfter(text: string, end: number, start?: number): { per?: string } {
  const m = RATE_AFTER.exec(text.slice(end, end + 16));
  if (m) return { per: m[1] ? m[1].toLowerCase() : RATE_WORDS[m[2].toLowerCase()] };
  const before = start === undefined ? null : RATE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return before ? { per: RATE_WORDS[before[1].toLowerCase()] } : {};
}

/**
 * The period of a flow or a pace after a measure: "118 litres per second", "118 litres of sewage a minute", "40
 * tonnes a day" (only of a length, a mass, a volume or an area: "three hours a day" is a share of a day).
 */
const MEASURE_RATE_AFTER = /^\s*(?:of\s+[\p{Ll}-]+\s+)?(?:(?:a|an|per|each|every)\s+|\/\s*)(second|minute|hour|day|week|month|year)(?![\p{L}\p{N}])(?!\s+(?:time|half|term|round|place|stage|phase|year|day|week|month)\b)/iu;
function measureRate(text: string, unit: string, end: number): { per?: string; period?: Span } {
  if (!(Object.hasOwn(LENGTH_IN_M, unit) || Object.hasOwn(MASS_IN_KG, unit) || VOLUMES.has(unit) || unit.startsWith('square-') || unit === 'acre' || unit === 'ha')) return {};
  const m = MEASURE_RATE_AFTER.exec(text.slice(end, end + 40));
  return m ? { per: m[1].toLowerCase(), period: { start: end + m[0].length - m[1].length, end: end + m[0].length } } : {};
}

/** A figure with its rate's words ("£10m a year", "£10m annually"): the words are the figure's, stated with it. */
function withRate<T extends { text: string; span: Span; per?: string }>(text: string, v: T): T {
  const m = v.per ? RATE_AFTER.exec(text.slice(v.span.end, v.span.end + 16)) : null;
  // (A period named before the figure is not part of its words.)
  if (!m) return v;
  const end = v.span.end + m[0].length;
  return { ...v, text: text.slice(v.span.start, end), span: { start: v.span.start, end } };
}

/**
 * Whether a text states a claim's rate as a sum spread over a period: "£50m over five years" for "£10m a year"
 * (within the claim figure's rounding).
 */
export function statesRate(claim: TypedValue, text: string, values: readonly TypedValue[]): boolean {
  if (!claim.per || claim.value === undefined) return false;
  for (let i = 0; i + 1 < values.length; i++) {
    const [sum, period] = [values[i], values[i + 1]];
    if (sum.per || sum.kind !== claim.kind || sum.unit !== claim.unit || sum.value === undefined || period.kind !== 'quantity' || !SPREAD_UNITS.has(period.unit ?? '') || !period.value) continue;
    if (!/^\s+(?:\p{L}+\s+)?over\s+(?:the\s+(?:next|coming|past|last)\s+)?$/iu.test(text.slice(sum.span.end, period.span.start))) continue;
    const periods = (period.value * MONTHS_PER[period.unit!]) / MONTHS_PER[claim.per];
    const rate: TypedValue = { ...sum, value: sum.value / periods, precision: (sum.precision ?? 0.5) / periods, bound: undefined, role: new Map() };
    if (numberAgrees({ ...claim, per: undefined }, rate)) return true;
  }
  return false;
}

/** Whether a text spreads a figure over a period right after it: "£50m over five years". */
export function spreadOver(text: string, v: TypedValue): boolean {
  return SPREAD_AFTER.test(text.slice(v.span.end, v.span.end + 48));
}
const SPREAD_AFTER = /^\s+(?:\p{L}+\s+)?over\s+(?:the\s+(?:next|coming|past|last)\s+)?(?:\d[\d,.]*|\p{L}+)\s+(?:years?|months?|weeks?|days?|decades?)\b/iu;

/**
 * Periods a sum may be spread over, and a figure (with its noun, not a verb: "3,000 died over 30 years" may be a
 * bound) right before "over" ("£50m over five years", "2,000 jobs over three years").
 */
const SPREAD_UNITS = new Set(['year', 'month', 'week', 'day', 'decade']);
/** Words of weight before a figure, which make "pounds" a mass ("weighs about 1,180 pounds"). */
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weight\s+of|tipped\s+the\s+scales\s+at)\s+(?:(?:about|around|nearly|almost|some|roughly|just\s+(?:over|under))\s+)?$/i;
/** A count of things, then "over" before another count ("11 specimens over three expeditions"). */
const COUNT_OVER = /\b\d[\d,]*\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+s\s+over\s+$/u;
const SPREAD_BEFORE = /\d(?:[\d,.]*\d)?\s?(?:m|bn|k|million|billion|thousand|%)?\s+(?:(?!\p{L}+ed\s)\p{L}+\s+)?over\s+$/iu;
/** Minutes said after or before noon or midnight: "ten minutes after midnight", "five minutes before noon". */
const MINUTES_FROM_NOON = /\b((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|\d{1,2})\s+minutes?\s+(after|before|past)\s+(midnight|noon|midday))\b/gi;
/** Noon and midnight after a word of time ("began at noon", "until midnight"). */
/**
 * "at noon", "by midnight", the end of a range ("between 10am and noon"); "12 noon" wherever it stands ("Rally: Friday
 * 24 January, 12 noon").
 */
const NOON = /(?:\b(?:at|by|from|until|till|before|after|around|about|to|since|past|(?<=\d\s*(?:am|pm|a\.m\.|p\.m\.)\s+)and)\s+((?:12\s+)?(?:noon|midday|midnight))|(?<![\d.:])(12\s+(?:noon|midday|midnight)))\b/gi;
const NOON_WORD = /noon|midday|midnight/i;
/** An hour in words or digits before a part of the day: "ten in the morning", "6 o'clock in the evening", "eleven at night". */
// (British "half five" is half past five.)
const HOUR_OF_DAY = /\b(?:(a\s+quarter|quarter|half|twenty|ten|five)\s+(past|to)\s+|(half)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+o['’]clock)?\s+(?:in\s+the|at)\s+(morning|afternoon|evening|night)\b/gi;
/** An hour and its minutes in digits before a part of the day: "7.05 in the morning", "6.30 in the evening". */
const CLOCK_OF_DAY = /\b(\d{1,2})[.:](\d{2})\s+(?:in\s+the|at)\s+(morning|afternoon|evening|night)\b/gi;
/** An hour and its minutes in words after a word of time: "is at three-fifteen", "until six thirty". */
const HOUR_MINUTES_WORDS = /\b(?:at|until|till|by|from|before|after|around|about|since)\s+((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s](fifteen|thirty|forty-five))\b/gi;
const MINUTE_WORDS: Record<string, number> = { fifteen: 15, thirty: 30, 'forty-five': 45 };
const PAST_MINUTES: Record<string, number> = { 'a quarter': 15, quarter: 15, half: 30, 'twenty-five': 25, twenty: 20, ten: 10, five: 5 };
/**
 * Minutes past or to an hour, after a word of time: "at one minute past midnight", "by ten past six", "until five to
 * twelve" (not after "from": "from five to seven" is a range; minutes in figures only with the word: "5 minutes to 7").
 */
/** A time said as minutes past or to an hour, after a word of time ("at ten to four"); not a range of a measure ("at three to four weeks"). */
const PAST_HOUR = /\b(?:at|by|until|till|before|after|around|about|since|shortly|(?<=\bbetween\s[^.;:]{1,40}\s)and)\s+((a\s+quarter|quarter|half|twenty-five|twenty|ten|five|one|two|three|four|\d{1,2}(?=\s+minutes?\b))(?:\s+minutes?)?\s+(past|to)\s+(midnight|noon|midday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))\b(?!\s*(?:am|pm|a\.m|p\.m|o['’]clock|in\s+the|at\s+night)\b)(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|per\s*cent|percent|times|metres|meters|miles|feet|kilometres|kilometers)\b)/gi;
const PART_OF_DAY = /\b(?:in\s+the|at)\s+(?:morning|afternoon|evening|night)\b/i;
/** An hour "o'clock" with no part of the day: "not before eight o'clock", morning or evening. */
const HOUR_O_CLOCK = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o['’]clock\b(?!\s+in\s+the\s)/gi;
/** Holidays on a fixed day of the year, [month, day]; keys lower-case without apostrophes. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], 'boxing day': [12, 26], 'new years eve': [12, 31], 'new years day': [1, 1],
  hogmanay: [12, 31], halloween: [10, 31], 'valentines day': [2, 14], 'st patricks day': [3, 17], 'bonfire night': [11, 5],
};
const HOLIDAY = /\b(?:Christmas (?:Eve|Day)|Boxing Day|New Year['’]?s (?:Eve|Day)|Hogmanay|Hallowe'?en|Valentine['’]?s Day|St\.? Patrick['’]?s Day|Bonfire Night)\b/g;
const HOLIDAY_WORD = /Christmas|Boxing|New Year|Hogmanay|Hallow|Valentine|Patrick|Bonfire/;
const CALENDAR_WORD = new RegExp(`${B}(?:${MONTH_RE.replace(/\\\.\?/g, '')}|${WEEKDAY_RE})`, 'u');
/** A weekday, or weekdays ("on Mondays": the day the week through). */
/** The kinds of trade or service a day's name names ("Sunday charging", "Sunday trading"), after the day. */
export const DAY_OF_A_KIND = /^\s+(?:charging|charges|trading|opening|shopping|parking|working|fares?|tariffs?|rates?|timetables?)\b/i;
const WEEKDAY_ONLY = new RegExp(`${B}(${WEEKDAY_RE})s?${E}`, 'gu');
const QUARTER_WORD = /quarter|half|\b[QH][1-4]\b/i;
/** A quarter or half of a year, with its year: "the third quarter of 2027", "Q3 2027", "the first half of 2026", "H2 2026". */
const QUARTER = new RegExp(`${B}(?:(?:the\\s+)?(first|second|third|fourth|final|last)\\s+(?:quarter|half)\\s+of\\s+(\\d{4})|[QqHh]([1-4])\\s*(\\d{4})|(?:the\\s+)?(first|second|third|fourth|final|last)\\s+(?:quarter|half)\\s+(\\d{4}))${E}`, 'giu');
const MONEY_SIGN = new RegExp(`(?<![\\p{L}\\p{N}.,])(US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|\\$|€|£|¥|₩|(?:GBP|USD|EUR|JPY|AUD|CAD|NZD|HKD|SGD|CHF|CNY|INR)(?=[\\s\\u00a0]?\\d))\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(thousand|million|billion|trillion|bn|mn|mln|bln|tn|[mbk])${E})?`, 'giu');
/**
 * Pence: "6.2p a share", "a 50p coin", "4.1 pence". A bare "p" only where the text speaks of money (`PENCE_CONTEXT`):
 * "17p" and "miR-142-5p" are a chromosome arm and a microRNA.
 */
const PENCE = new RegExp(`(?<![\\p{L}\\p{N}.,£$€/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(p|\\s?pence)${E}`, 'gu');
/** Cents: "87 cents", "4.5 cents". */
const CENTS = new RegExp(`(?<![\\p{L}\\p{N}.,£$€/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?cents?${E}`, 'gu');
const PENCE_CONTEXT = /£|\b(?:pence|penny|shares?|prices?|costs?|fares?|litre|dividends?|coins?|stamps?|pound|fees?|tickets?|cheaper|dearer|expensive|paid|pays?|spent|spends?|savings?)\b/i;
const PERCENT = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?(%|percent${E}|per\\s+cent${E}|pct${E}|percentage\\s+points?${E})`, 'giu');
/** Two percentages with one sign: "76-85%", "5 to 7 per cent", "1.5-2 percentage points" (both are percentages). */
const PERCENT_RANGE = new RegExp(`(?<![\\p{L}\\p{N}.,])((\\d+)(\\.\\d+)?)\\s?(?:[-–]|to\\s)\\s?((\\d+)(\\.\\d+)?\\s?(%|percent${E}|per\\s+cent${E}|pct${E}|percentage\\s+points?${E}))`, 'giu');
/**
 * A time of day: "10:30", "10:30am", "9.45 p.m.", "3pm" (not "3.5" or a score "2:1"). As a quantity in minutes
 * after midnight (unit `clock`), or after midnight or noon when neither "am" nor "pm" says which (`clock12`).
 */
const TIME = new RegExp(`(?<![\\p{L}\\p{N}.,:])(?:([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])(?:\\s?(am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}]))?|(1[0-2]|0?[1-9])(?:\\.([0-5]\\d))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}]))`, 'giu');
/** "at 2.49", "at 11.05": a time with a dot and no unit after it (`extractValues`). */
const DOTTED_TIME = /\b(?:at|by|until|till)\s+((1[0-2]|0?[1-9])\.([0-5]\d))(?![\d.,]\d|\s*(?:%|per\s*cent|percent|[a-z]))/gi;
/** A verb of an event in the clause before a time ("rang Fire Control at 2.49"). */
const EVENT_VERB_BEFORE = /\b(?:rang|rung|called|phoned|dialled|arrived|reached|left|began|started|ended|finished|went\s+off|sounded|raised|received|logged|mobilised|dispatched|landed|departed|stopped|happened|broke\s+out|was\s+reported|alerted)\b[^.;:!?]{0,30}$/i;
/**
 * Temperatures: "40C", "40°C", "-5 °F", "104 degrees Fahrenheit" (a lower-case "c" after digits is cents; a capital
 * letter after a space is not a unit: "the 5 C's").
 */
const TEMPERATURE = new RegExp(`(?<![\\p{L}\\p{N}.,])(-|minus\\s)?(\\d+)(\\.\\d+)?(?:\\s?°\\s?([CF])|([CF])|\\s?degrees?\\s+(Celsius|Fahrenheit|centigrade|C|F))(?![\\p{L}\\p{N}])`, 'gu');
/** An earthquake's magnitude: "magnitude 6.1", "a magnitude-6.1 quake", "a 6.1-magnitude", "a magnitude of 6.8". */
const MAGNITUDE = new RegExp(`${B}magnitude(?:\\s+of)?\\s*[-–]?\\s*(\\d{1,2})(\\.\\d+)?(?![\\p{N}])|(?<![\\p{L}\\p{N}.,])(\\d{1,2})(\\.\\d+)?[-–\\s]magnitude${E}`, 'giu');
const ORDINAL_DIGITS = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+)(st|nd|rd|th)${E}`, 'giu');
/**
 * A change by a factor, said with a verb: "would double", "doubled", "tripling", "halved", "to treble". One value in
 * times (as "ten times"); not an adjective ("a double room", "double-digit", "a triple jump") nor "doubles as".
 */
const MULTIPLIER = new RegExp(`${B}(?:(doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing)|(?<=\\b(?:to|will|would|could|can|may|might|should|must|shall)\\s+)(doubl|tripl|trebl|quadrupl|halv)e)${E}(?!-|\\s+as\\b)`, 'giu');
const MULTIPLIER_WORD = /\b(?:doubl|tripl|trebl|quadrupl|halv)(?:e|ed|es|ing)\b/i;
const MULTIPLIER_VALUE: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };
/**
 * A figure as a multiple of an earlier one: "double the previous year's figure of 2,600", "twice last year's total";
 * not a count of times in a period ("late for handover twice last month").
 */
const MULTIPLE_OF_EARLIER = /\b(double|twice|treble|triple|three\s+times|four\s+times|half)\s+(?=(?:the\s+)?(?:previous|last|prior)\b(?!\s+(?:day|night|week|weekend|month|quarter|year|season|summer|winter|spring|autumn|time)\b(?!['’]))|that\s+of\s+(?:the\s+previous|last)\b)/giu;
const MULTIPLE_OF_VALUE: Record<string, number> = { double: 2, twice: 2, treble: 3, triple: 3, 'three times': 3, 'four times': 4, half: 0.5 };
/**
 * A figure as a multiple of another the sentence gives: "38 falls …, more than double the 21 recorded before", "twice
 * the £4,000 it paid". Only after a figure earlier in the clause (`ownRatioPair` pairs the two).
 */
const MULTIPLE_OF_FIGURE = /\b(double|twice|treble|triple)\s+(?=(?:the|its|their|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:US)?[$€£]?\d)/giu;
/**
 * A count of periods in a row is no place: "for the third year running", "a fifth consecutive season", "the 23rd
 * year in a row". Such an ordinal has the unit 'in-a-row' and is compared only with another.
 */
const IN_A_ROW = /^\s+(?:(?:consecutive|straight|successive)\s+)?(?:year|season|time|month|week|day|quarter|game|match|term)s?\s+(?:running|in\s+a\s+row)\b|^\s+(?:consecutive|straight|successive)\s+(?:year|season|time|month|week|day|quarter|game|match|term|win|defeat|victory|title)s?\b/i;
/**
 * The parts of a match or contest an ordinal may number ("second-half tries", "the third quarter", "the first leg"):
 * such an ordinal has the part as its unit and is compared only with another of it, not with a minute or a place.
 */
const MATCH_PART = /^[\s-]+(half|quarter|period|set|leg|innings|round)(?:s)?\b/i;
function ordinalUnit(text: string, end: number): { unit?: string } {
  const after = text.slice(end, end + 40);
  if (IN_A_ROW.test(after)) return { unit: 'in-a-row' };
  const part = MATCH_PART.exec(after);
  if (part) return { unit: part[1].toLowerCase() };
  // (A compound of a year of study, a hand or a class is no place: "a second-year apprentice", "first-hand".)
  const compound = /^-(year|hand|class|rate|tier|generation|degree|time)\b/i.exec(after);
  return compound ? { unit: `-${compound[1].toLowerCase()}` } : {};
}
/** A verb after "first" that makes it an adverb: a past form in -ed, or a common irregular one. */
const FIRST_ADVERB = /^\s+(?:\p{Ll}+ed|met|came|saw|took|went|became|began|made|held|ran|won|wrote|told|heard|found|spoke|sang|played)\b/u;
/** An ordinal word, after a ten for a compound one ("twenty-sixth", "forty first"). */
const ORDINAL_WORD = new RegExp(`${B}(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s])?(${Object.keys(ORDINAL_WORDS).join('|')})${E}`, 'giu');
const YEAR = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥-])(1[5-9]\\d\\d|20\\d\\d)(s)?(?![\\p{L}\\p{N}%]|[.,]\\d)`, 'gu');
/**
 * A span of years or a season: "2010-11", "2004/05", "1999-2000", "2003–2005" (not a date such as "2010-11-03"):
 * one year value from the first to the second (which may be written with its last two digits).
 */
/**
 * A score or a vote: "2-1", "6-4", "5-4", "2:1". One value, the higher figure first ("lost 1-2" is the score of
 * "won 2-1"); not a range of something ("10-15 days", "aged 25-30"), which stays two figures.
 */
const SCORE = new RegExp(`(?<![\\p{L}\\p{N}.,:$€£¥/-])(\\d{1,3})\\s?[-–:]\\s?(\\d{1,3})(?![\\p{L}\\p{N}%]|[.,:/]\\d|\\s?[-–]\\s?\\d)`, 'gu');
/** The cheap test before `SCORE`: two figures joined by a dash or a colon somewhere in the text. */
const SCORE_SHAPE = /\d\s?[-–:]\s?\d/;
/**
 * A vote in words: "by a vote of eight to one", "voted five to four", "by six votes to three", "a five-four vote",
 * "voted 7 to 2". A score as "8-1" is (the higher figure first). Only after a word of voting, or before one for the
 * hyphened form: elsewhere "from eight to one" is a change.
 */
const VOTE_COUNT = '(\\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/** The count against, which may be none: "voted eleven to nothing against it". */
const VOTE_COUNT_OR_NONE = VOTE_COUNT.replace(/\)$/, '|nothing|none|nil)');
const VOTE_IN_WORDS = new RegExp(
  `(?:\\b(?:vote|votes|voted|voting|split|majority)\\s+(?:of\\s+|was\\s+|by\\s+)?|\\bby\\s+(?=\\S+\\s+votes?\\b)|(?<![\\p{L}\\p{N}-])(?=\\S+\\s+votes\\s+to\\s))${VOTE_COUNT}(?:\\s+votes?)?\\s+to\\s+${VOTE_COUNT_OR_NONE}(?:\\s+votes?)?${E}(?!\\s*(?:%|per\\s*cent|percent|points?)\\b)|${B}${VOTE_COUNT}[-–]${VOTE_COUNT}(?=\\s+(?:vote|votes|split|majority|decision)\\b)`,
  'giud',
);
/** A school year group after a count, and the noun after it: " Year 11 students", " new Year 7 students". */
const SCHOOL_YEAR_AFTER = /^(\s+(?:\p{Ll}+\s+)?Year\s+\d{1,2})\s+(\p{L}+)/u;
/** A date in figures, day and month either way round and a four-digit year: "14/01/2025", "14.01.2025", "1-3-2025". */
const NUMERIC_DATE = /(?<![\p{N}./-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\p{N}]|[./-]\d)/gu;
const NUMERIC_DATE_SHAPE = /\d[/.-]\d{1,2}[/.-](?:19|20)\d\d/;
/** The cheap test before `VOTE_IN_WORDS`. */
const VOTE_SHAPE = /\bvot|\bsplit\b|\bmajority\b|\bagainst\s*[:,]|\bin\s+favou?r\b/i;
/**
 * A tally as minutes set it out: "For: 5 — Against: 2 — Abstentions: 0", "In favour: 7, Against: 3", "For 6;
 * Against 4"; or as a chair reads it out: "The result: for the amendment, 24; against, 30; abstentions, 2". Not a
 * count's word after its figure: "176 for, 19 against, 9 abstentions" is no tally of 19 for and 9 against, nor "Seven in
 * favour, five against, one abstention" one of five for and one against.
 */
const VOTE_TALLY = new RegExp(`(?<!\\d\\s*|\\d\\s+votes?\\s+|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\\s+(?:votes?\\s+)?)\\b(?:For|In\\s+favour)(?:\\s+(?:of\\s+)?the\\s+(?:amendment|motion|resolution|proposal|recommendation))?\\s*[:,]?\\s*${VOTE_COUNT}\\s*(?:[,;—–-]|\\s)\\s*(?:[—–-]\\s*)?Against\\s*[:,]?\\s*${VOTE_COUNT}(?![\\p{L}\\p{N}])`, 'giud');

/** A tally as a count for and a count against: "8 votes for, 2 against", "58 in favour, 1 against". */
const VOTES_FOR_AGAINST = new RegExp(`(?<![\\p{L}\\p{N}.,])${VOTE_COUNT}(?:\\s+votes?)?\\s+(?:for|in\\s+favour|in\\s+favor)\\s*[,;]?\\s*(?:and\\s+|with\\s+)?${VOTE_COUNT}(?:\\s+votes?)?\\s+against(?![\\p{L}\\p{N}])`, 'giu');

/** A vote's count in digits or words ("28", "six", "none"); undefined for other words. */
export function voteCount(word: string): number | undefined {
  // ("thirty-four": its tens and its units.)
  const compound = /^([a-z]+)-([a-z]+)$/i.exec(word);
  if (compound) {
    const [tens, units] = [voteCount(compound[1]), voteCount(compound[2])];
    return tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10 ? tens + units : undefined;
  }
  return /^\d/.test(word) ? Number(word) : /^(?:nothing|none|nil|nobody|zero)$/i.test(word) ? 0 : Object.hasOwn(WORD_VALUE, word.toLowerCase()) ? WORD_VALUE[word.toLowerCase()] : undefined;
}

/** The votes of a text given in words or as "N to M" (`VOTE_IN_WORDS`): each vote's span and its two counts. */
function votesInWords(text: string): { span: Span; counts: [number, number] }[] {
  if (!VOTE_SHAPE.test(text)) return [];
  const count = (w: string) => voteCount(w) as number;
  const out: { span: Span; counts: [number, number] }[] = [];
  for (const m of text.matchAll(VOTE_IN_WORDS)) {
    const [i, j] = m[1] !== undefined ? [1, 2] : [3, 4];
    out.push({ span: { start: m.indices![i]![0], end: m[1] !== undefined ? m.index! + m[0].length : m.indices![j]![1] }, counts: [count(m[i]), count(m[j])] });
  }
  for (const m of text.matchAll(VOTE_TALLY)) out.push({ span: { start: m.index!, end: m.index! + m[0].length }, counts: [count(m[1]), count(m[2])] });
  // (A vote with none against too, which a writer gives as "by seven votes to none": "7 in favour, 0 against".)
  for (const m of text.matchAll(VOTES_FOR_AGAINST)) out.push({ span: { start: m.index!, end: m.index! + m[0].length }, counts: [count(m[1]), count(m[2])] });
  return out;
}

const NOT_A_SCORE_BEFORE = /\b(?:aged|ages?|between|from|pages?|pp|chapters?|verses?|grades?|years?|sections?|nos?|numbers?|rooms?|platforms?|articles?|rules?|clauses?|paragraphs?|bands?|units?|stages?|levels?|phases?|tiers?|zones?|weeks?|days?|months?|items?|steps?|questions?|options?)\.?\s*$/i;
const YEAR_RANGE = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥-])(1[5-9]\\d\\d|20\\d\\d)\\s?[-–/]\\s?(1[5-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\p{L}\\p{N}%]|[.,]\\d|\\s?[-–/]\\s?\\d)`, 'gu');
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,]|\\p{L}(?<!\\bto)-)(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:, 000)+(?!\\d)|\\d+)(\\.\\d+)?(?:\\s*(thousand|million|billion|trillion|bn|mn|mln|bln)${E})?`, 'giu');
/** "a million", "half a million", "one billion": a scale word with an article. */
const SCALE_WORD = new RegExp(`${B}(half\\s+a|a|an|one)\\s+(million|billion|trillion|thousand|hundred)${E}`, 'giu');
/**
 * A fraction of something ("half the workforce", "a quarter of the market", "by a third", "two thirds of", "about half
 * will go to margin", "almost a third more than"): not "the second half of", "one and a half", "a third party", or a compound's second part ("a
 * 22-year-old centre-half"). A plural is a fraction wherever it stands ("two-thirds sold their work"). After "and", only two or three
 * of a kind of something ("and two thirds of those were rejected"), not the "a half" of "two and a half".
 */
const FRACTION = new RegExp(
  `(?<!(?:first|second|the|other|latter|former|a)\\s+)(?:(?<!\\band\\s+)|(?=(?:two|three)[\\s-]+(?:third|quarter|fifth|tenth)s?\\s+of\\b))(?<!-)${B}(?:(half)|(a|an|one|two|three)[\\s-]+(third|quarter|fifth|tenth)s?)(?=\\s+(?:of|the|those|these|its|their|his|her|our|all|them)\\b|\\s*[,.;:)]|\\s+(?:from|in|on|by|to|since|last|this|more|less|fewer|higher|lower|bigger|smaller|larger|cheaper|above|below|with)\\b|\\s+(?:will|would|was|were|is|are|has|have|had|could|can|may|might|went|goes)\\b|$|(?<=(?:third|quarter|fifth|tenth)s))`,
  'giu',
);
const FRACTIONS: Record<string, number> = { third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };
const FRACTION_WORD = /half|third|quarter|fifth|tenth/i;
/** A percentage right after a fraction, in apposition: "half of respondents, 48.5 per cent,", "a third (32%)". */
const FRACTION_RESTATED = /^(?:\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s*[,(–—]\s*(?:about|around|nearly|almost|some|just\s+(?:over|under))?\s*(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)(?![\p{L}\p{N}])/iu;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
/** "a year" after a hedge ("more than a year"): a duration of one unit. */
/** A fraction of one unit in words: "half a metre", "half an hour", "a quarter of a mile", "three-quarters of an hour". */
const FRACTION_UNIT = new RegExp(`${B}(half\\s+an?|a\\s+quarter\\s+of\\s+an?|three[\\s-]quarters\\s+of\\s+an?)\\s+(hour|minute|second|day|week|month|year|mile|metre|meter|kilometre|kilometer|inch|foot|tonne|ton|kilo|kilogram|acre|hectare|litre|liter|pint|gallon)${E}`, 'giu');
const FRACTION_UNIT_WORD = /\b(?:half|quarters?)\s/i;
const ONE_UNIT = new RegExp(`${B}(a|an|one)\\s+(year|month|week|day|decade|century|hour)${E}`, 'giu');
/** The noun after "year" of a school's year group ("two year groups"). */
const YEAR_GROUP = /^\s+groups?\b/i;
/** One unit as a compound before its noun: "a one-year extension", "a one-day strike" (not "a one-year-old"). */
const ONE_UNIT_COMPOUND = new RegExp(`${B}one[-‑](year|month|week|day|decade|century|hour)(?![-‑]old)${E}`, 'giu');
/** A month named alone ("in December", "last November", "mid-March"): "May" and "March" only after a preposition. */
/** Words before a month alone, lower-case or opening a sentence ("In March the coroner …"). */
const BEFORE_MONTH = ['in', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'through', 'last', 'next', 'early', 'late', 'mid', 'this', 'of', 'before', 'after', 'between', 'and']
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
/** The first or last day of a month, named so: "the last day of March", "the first day of April 2025". */
const EDGE_OF_MONTH = /\bthe\s+(first|last|final)\s+day\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/gi;
const MONTH_ALONE = new RegExp(`${B}(?:(${BEFORE_MONTH})(?:\\s+|(?<=mid)-\\s*))?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?![\\p{L}\\p{N}])`, 'gu');
/** A lower-case word joined to a number by a hyphen ("two-footed", "four-star"; not "-old" of an age, nor "-of-"). */
const HYPHEN_WORD = /^-(?!old\b|of\b|and\b|or\b|to\b|year-old)(\p{Ll}{3,})(?![\p{L}-])/u;
/** "hundred" without a number or an article, after "first", "next" or "last" ("in our first hundred days"). */
const FIRST_HUNDRED = /\b(?:first|next|last)\s+(hundred)(?=\s+\p{L})/giu;
/** "one" after a word that makes it a count: "only one penalty", "just one goal", "exactly one vote". */
const ONLY_ONE = /\b(?:only|just|exactly)\s+(one)(?=\s+\p{L})/giu;
/** "One" before a word for a person: a count of people ("One man died", "one pedestrian was injured"). */
const ONE_PERSON = /\b(one)\s+(?=(?:man|woman|person|child|boy|girl|baby|pedestrian|driver|passenger|cyclist|motorcyclist|teenager|patient|worker|officer|victim|resident|pupil|student|soldier|firefighter|climber|walker|swimmer)\b)/gi;

/** Number words as one run ("two hundred and fifty thousand", "twenty-five"), read by `readSpelled`. */
const SPELLED_RUN_WORD = `(?:${[...Object.keys(SMALL_NUMBERS), 'one', 'million', 'billion', 'trillion'].join('|')})`;
// (A comma after a scale before a number of hundreds, as a transcript writes a figure said aloud: "forty-two
// thousand, six hundred pounds" is £42,600.)
const SPELLED = new RegExp(`${B}(?:(a|an|one)\\s+)?${SPELLED_RUN_WORD}(?:(?:[\\s-]+|\\s+and\\s+|(?<=thousand|million|billion),\\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred\\b))${SPELLED_RUN_WORD})*${E}`, 'giu');
const SPELLED_TOKEN = /[a-z]+/giu;
/** The digits of a decimal said in words ("point one five"). */
const DIGIT_WORDS: Record<string, number> = { zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DIGIT_WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)';
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** Pence in words after pounds ("fifty", "ninety-five", "twelve"): tens with or without a unit word, or ten to nineteen. */
const PENCE_IN_WORDS = new RegExp(`^\\s+(${TENS_WORD}(?:[-\\s]${DIGIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\\s+pence)?(?![\\p{L}\\p{N}]|[-\\s]+(?:${TENS_WORD}|${DIGIT_WORD}|hundred|thousand|million|billion|per\\s+cent|percent))`, 'iu');

/** The pence `PENCE_IN_WORDS` gives at the start of `after`, and the length of their words, or undefined. */
function penceInWords(after: string): { pence: number; length: number } | undefined {
  const m = PENCE_IN_WORDS.exec(after);
  if (!m) return undefined;
  const [tens, unit] = m[1].toLowerCase().split(/[-\s]/);
  return { pence: SMALL_NUMBERS[tens] + (unit ? DIGIT_WORDS[unit] : 0), length: m[0].length };
}

/** A decimal in words: a whole number below 100, "point", one to four digit words, and a scale ("two point one million"). */
const SPOKEN_DECIMAL = new RegExp(
  `${B}((?:${TENS_WORD}(?:-${DIGIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${DIGIT_WORD}))\\s+point\\s+(${DIGIT_WORD}(?:\\s+${DIGIT_WORD}){0,3})(?:\\s+(thousand|million|billion|trillion))?${E}`,
  'giu',
);
/** A unit's ordinal right after a number word ("twenty-sixth"). */
const UNIT_ORDINAL_AFTER = /^[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\p{L}\p{N}])/iu;
/** "per cent" and the like right after a number. */
const PERCENT_AFTER = /^\s*(?:-\s*)?(per\s*cent|percent|percentage points?)(?![\p{L}])/iu;
/** Number words for a whole number before a fraction ("two and a half", "two million and a half"). */
const WHOLE_WORDS = Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w] < 100 && w !== 'dozen').join('|');
/** A temperature in words with its scale: "minus three degrees Celsius" (the scale named: "three degrees" may be an angle). */
const TEMPERATURE_WORD_SCALE = /\bdegrees?\s+(?:Celsius|Fahrenheit|centigrade)\b/i;
const TEMPERATURE_WORDS = new RegExp(`(?<![\\p{L}\\p{N}-])(minus\\s)?(${WHOLE_WORDS}|one|zero)(?:-(one|two|three|four|five|six|seven|eight|nine))?\\s+degrees?\\s+(Celsius|Fahrenheit|centigrade)(?![\\p{L}\\p{N}])`, 'giu');
/**
 * A whole number and a fraction in words, with a scale: "two and a half million", "one-and-a-half", "3 and a quarter
 * billion", "four and three-quarter hours", "one and two-thirds".
 */
const MIXED = new RegExp(
  `(?<![\\p{L}\\p{N}-])((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-])?(?:one|${WHOLE_WORDS})|\\d{1,3})[\\s-]+and[\\s-]+(a|three|two)[\\s-]+(half|quarter|third)(?:(?<=quarter|third)s)?(?:[\\s-]+(hundred|thousand|million|billion|trillion))?${E}`,
  'giu',
);
/** A scale and a fraction after it: "a million and a half", "a dozen and a half", "two billion and a quarter". */
const SCALE_AND_FRACTION = new RegExp(
  `${B}(a|an|one|${WHOLE_WORDS}|\\d{1,3})\\s+(dozen|thousand|million|billion|trillion)\\s+and\\s+a\\s+(half|quarter)${E}`,
  'giu',
);
/** A fraction of a scale: "a quarter of a million", "three quarters of a billion", "a third of a million". */
const FRACTION_OF_SCALE = new RegExp(`${B}(a|an|one|two|three)[\\s-]+(quarter|third|fifth|tenth)s?\\s+of\\s+a\\s+(thousand|million|billion|trillion)${E}`, 'giu');
const MIXED_FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3 };
/** The rounding a whole number and a fraction allow: the fraction's step, as "2.5" or "2.25" would be given. */
const fractionStep = (fraction: number) => (fraction === 0.5 ? 0.05 : 0.005);
/** A share as a ratio: "one in five", "1 in 4", "nine out of ten", "three in every ten" (not "one in ten thousand"). */
const RATIO_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\\s+hundred';
const RATIO = new RegExp(
  `${B}(${RATIO_WORDS}|\\d{1,3})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${RATIO_WORDS}|\\d{1,3}(?:,\\d{3})*)${E}(?!\\s+(?:hundred|thousand|million|billion)${E})`,
  'giu',
);
/**
 * What comes before a sentence's first word: nothing, or the end of a sentence, a colon, a quotation mark, a bracket
 * or a dash, or a dateline's closing bracket ("(CNN)Three people were killed").
 */
const SENTENCE_START = /(?:^|[.!?:;"“‘'()[\]—–-]|\n)\s*$/u;
/** The word after a number that may be its unit; a count's "more", "fewer", "extra" or "new" before it ("two more goals"). */
const UNIT_AFTER = /^\s*(?:-\s*)?(?:(?:more|fewer|extra|additional|new|further|other|consecutive|successive|straight|full|whole|long|separate)\s+(?=\p{Ll}))?([\p{L}]+)/u;
/** A numbered paragraph's or heading's number at a text's start: "3.5 The crewman …", "4.1.2 Where …", "5. Findings". */
const CLAUSE_NUMBER = /^\s*\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|\.)\s+(?!(?:Million|Billion|Thousand|Hundred|Percent|Per)\b)(?=\p{Lu}[\p{Ll}\p{Lu}]|A\s)/u;
/** "One" as a pronoun after "the (only)", before what it did or was: "the only one against", "the one who". */
const PRONOUN_ONE = /\bthe\s+(?:only\s+)?one(?=\s+(?:against|who|whom|whose|where|that|which|opposed|to\s+(?:vote|oppose|object|speak|dissent))\b|\s*[,.;:!?]|\s*$)/gi;
/** What follows "N times" when it multiplies: a comparative, "as", "the", "that", "what", "more", "over", "higher". */
const MULTIPLE_AFTER = /^\s+(?:as|the|that|what|this|more|less|fewer|over|higher|lower|greater|larger|bigger|smaller|faster|slower|longer|shorter|stronger|heavier|cheaper|[\p{Ll}]+er\b|the\s+size|their|its|his|her|our)\b/u;
/** A lower-case word and a unit after a number ("two rapid centuries"). */
const ADJECTIVE_UNIT = /^\s+(\p{Ll}+)\s+(\p{L}+)(?![\p{L}\p{N}])/u;
/** Words between a number and a noun that do not describe the noun ("five of the hours", "three in hours"). */
const NOT_DESCRIBING = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'the', 'a', 'an', 'and', 'or', 'per', 'than', 'more', 'less', 'fewer', 'over', 'under', 'after', 'before', 'into', 'with', 'as', 'is', 'are', 'was', 'were', 'had', 'has', 'have', 'each', 'every', 'last', 'next', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such', 'some', 'all', 'any', 'no', 'up', 'down', 'out', 'off', 'ago', 'earlier', 'later', 'times']);
/** What follows a spaced "m" that makes it metres: a clause's end, or a word of extent or depth. */
const SPACED_METRES = /^(?:\s*(?:[.,;:)|]|$)|\s+(?:of|deep|high|tall|long|wide|away|below|above|down|up|drop|wave|waves|tower|high-|long-)\b)/u;
/** What follows a spaced "g" or "l" that makes it grams or litres: "of" or "per" ("50 g of losartan", "2 l of water"). */
const SPACED_MASS = /^\s+(?:of|per)\b/u;
const CURRENCY_AFTER = /^\s*(dollars?|euros?|pounds?|yen|won|yuan|rupees?|dlrs?|stg)(?![\p{L}])/iu;
/** A capitalised word (or an all-caps acronym); names are runs of these, joined by a few lower-case particles. */
const NAME_WORD = /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
const NAME_PARTICLES = new Set(['of', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du']);
/** Capitalised words that start sentences or headings but are not names on their own. */
const NOT_NAMES = new Set([
  'i', "i've", "i'm", "i'd", "i'll", 'i’ve', 'i’m', 'i’d', 'i’ll',
  'however', 'meanwhile', 'although', 'while', 'also', 'but', 'and', 'yet', 'still', 'thus', 'then', 'today',
  'yesterday', 'tomorrow', 'according', 'previous', 'previously', 'instead', 'there', 'this', 'these', 'those',
  'many', 'some', 'several', 'most', 'more', 'other', 'others', 'such', 'after', 'before', 'since', 'during',
  'despite', 'because', 'when', 'where', 'what', 'which', 'who', 'whose', 'why', 'how', 'it', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'we', 'they', 'he', 'she', 'you', 'a', 'an', 'the', 'in', 'on', 'at', 'for',
  'from', 'with', 'by', 'as', 'of', 'to', 'if', 'though', 'even', 'now', 'here', 'once', 'each', 'every', 'both',
  'all', 'any', 'no', 'not', 'one', 'two', 'first', 'last', 'new', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st',
  // Restrictions before a name at the start of a sentence ("Only Tesco sold it").
  'only', 'solely', 'exclusively',
  // Prepositions that open a sentence ("Between June and August, …").
  'between', 'until', 'throughout', 'within', 'across', 'among', 'amid', 'without', 'towards', 'toward', 'beyond',
]);

/**
 * Members of a parliament or assembly in the plural ("MPs", "MEPs", "MSPs"): a common noun written in capitals, not a
 * name ("Conservative and Unionist MPs" is the party's members; "told MPs" is the House).
 */
const MEMBERS = /^(?:MPs|MEPs|MSPs|MLAs|MPPs|MHKs|TDs|AMs|MSs)$/;

interface Claimed {
  taken: Uint8Array;
}
function free(c: Claimed, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (c.taken[i]) return false;
  return true;
}
function take(c: Claimed, start: number, end: number): void {
  c.taken.fill(1, start, end);
}

function parseNumber(intPart: string, frac: string | undefined): { value: number; precision: number } {
  const digits = intPart.replace(/,\s?/g, '');
  const value = Number(digits + (frac ?? ''));
  let precision: number;
  if (frac) precision = 0.5 * 10 ** -(frac.length - 1);
  else {
    // "260,000" is given to the nearest 10,000; "2012" (no trailing zeros) to the unit.
    const zeros = /0*$/.exec(digits)![0].length;
    precision = digits.length > 1 && /,/.test(intPart) ? 0.5 * 10 ** Math.min(zeros, digits.length - 1) : 0.5;
    // "260,000" may be rounded, but a bare "2000" or "5,000" could be exact: at most the last group's zeros.
    if (/,/.test(intPart)) precision = Math.min(precision, 0.5 * 10 ** Math.min(zeros, 3));
  }
  return { value, precision };
}

/** The hedge words right before a value ("more than"), for messages; empty when there are none. */
export function hedgeWords(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re] of HEDGES) {
    const m = re.exec(before);
    // (With the "not" before it: "not exceeding", not the "exceeding" in it.)
    if (m) return /\bnot\s+$/i.test(before.slice(0, m.index)) && /^\s*exceeding/i.test(m[0]) ? `not ${m[0].trim()}` : m[0].trim();
  }
  return '';
}

/** Words of a cap, besides "up to": "at a cost not exceeding forty-five thousand pounds", "capped at £500", "a maximum fine of £1,000". */
const CAP_BEFORE = /\b(?:not\s+exceeding|not\s+in\s+excess\s+of|(?:capped|limited)\s+(?:to|at)|maximum\s+(?:fine|penalty|sentence|charge|fee|payment|award|grant|sum|amount|compensation)\s+of)\s*$/i;

/** "Over" after a verb of an event's course is "across", no bound: "an inquiry held over 11 sitting days". */
const OVER_ACROSS = /\b(?:held|spread|staged|sat|conducted|heard|stretched|carried\s+out|took\s+place|phased)\s+over\s*$/i;

/**
 * A denied verb a few words before "more than": "will not be able to occupy more than ". (Not "over" or "above", which
 * may bound the noun before them, the denial a limit on what is above: "cannot take vehicles over 7.5 tonnes".)
 */
const DENIED_MORE = /\b(?:not|n['’]t|cannot|never)\s+(?!only\b)(?:[\p{L}'’-]+\s+){1,5}(?:more\s+than|in\s+excess\s+of)\s*$/iu;

function hedgeBefore(text: string, start: number): TypedValue['bound'] {
  const before = text.slice(Math.max(0, start - 24), start);
  if (OVER_ACROSS.test(before)) return undefined;
  // The longest hedge that ends there: "no more than" over "more than".
  let best: { at: number; bound: TypedValue['bound'] } | undefined;
  for (const [re, bound] of HEDGES) {
    const m = re.exec(before);
    if (m && (!best || m.index < best.at)) best = { at: m.index, bound };
  }
  // (A verb denied before "more than" caps it: "will not be able to occupy more than 130 of the homes" / "No more than
  // 130 homes may be occupied".)
  if (best?.bound === 'atLeast' && DENIED_MORE.test(text.slice(Math.max(0, start - 70), start))) return 'atMost';
  return best?.bound;
}

/**
 * Concentrations, as a monitoring table and a reporter write them: "88 µg/m³" / "88 micrograms per cubic metre",
 * "260 ppb" / "260 parts per billion", "ppm", "mg/l" / "milligrams per litre".
 */
const CONCENTRATIONS: readonly [RegExp, string][] = [
  [/^\s*(?:µg|μg|ug|micrograms?)\s*(?:\/\s*|per\s+(?:cubic\s+)?)(?:m³|m3|metres?|meters?)(?![\p{L}\d])(?:\s+cubed\b)?/iu, 'ugm3'],
  [/^\s*(?:mg|milligrams?)\s*(?:\/\s*|per\s+)(?:l|litres?|liters?)(?![\p{L}\d])/iu, 'mgl'],
  [/^\s*(?:ppb|parts\s+per\s+billion)(?![\p{L}\d])/iu, 'ppb'],
  [/^\s*(?:ppm|parts\s+per\s+million)(?![\p{L}\d])/iu, 'ppm'],
];

function unitAfter(text: string, end: number): { unit?: string; end: number } {
  const after = text.slice(end, end + 40);
  for (const [re, unit] of CONCENTRATIONS) {
    const c = re.exec(after);
    if (c) return { unit, end: end + c[0].length };
  }
  // A school year group between a count and its noun ("214 Year 11 students", "80 Year 6 pupils"): the count is of
  // the noun, and the group's number no figure of its own.
  const group = SCHOOL_YEAR_AFTER.exec(text.slice(end, end + 40));
  if (group) {
    const unit = UNITS[group[2].toLowerCase()];
    return unit ? { unit, end: end + group[0].length } : { end: end + group[1].length };
  }
  // An area or a volume by its power's sign: "14 m³/day", "450 m²", "2 km²".
  const signed = /^\s?(m|km|cm|mm|ft)([²³])(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 8));
  if (signed) return { unit: `${signed[2] === '³' ? 'cubic' : 'square'}-${UNITS[signed[1]]}`, end: end + signed[0].length };
  const m = UNIT_AFTER.exec(text.slice(end, end + 24));
  if (!m) return { end };
  const word = m[1];
  // An area or a volume: "155 square kilometers", "3 sq miles", "40 cubic metres" (another unit than the length).
  // (Hyphenated too, as an adjective: "a 450-square-metre rooftop garden".)
  const power = /^(?:square|sq|cubic)$/i.test(word) ? /^\.?[\s-]+([\p{L}]+)/u.exec(text.slice(end + m[0].length, end + m[0].length + 16)) : null;
  if (power) {
    const base = UNITS[power[1].toLowerCase()];
    if (base && power[1].length > 1) return { unit: `${/^c/i.test(word) ? 'cubic' : 'square'}-${base}`, end: end + m[0].length + power[0].length };
    return { end };
  }
  const unit = UNITS[word] ?? UNITS[word.toLowerCase()];
  // (A school's year groups are counted, not years: "cannot accommodate two year groups".)
  if (unit === 'year' && YEAR_GROUP.test(text.slice(end + m[0].length, end + m[0].length + 10))) return { end };
  // "N times" is a multiple only before what it multiplies ("three times faster", "four times the size", "twice
  // as many"); elsewhere it counts occasions ("spotted at least 70 times since October", "arrested three times",
  // "on 70 occasions").
  if (unit === 'times' && !MULTIPLE_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 24))) return { unit: 'occasion', end: end + m[0].length };
  // Two-word units: "nautical miles", "basis points".
  if ((unit === 'nmi' || unit === 'bp') && /^(?:nautical|basis)$/i.test(word)) {
    const rest = /^\s+(?:miles?|points?)\b/i.exec(text.slice(end + m[0].length, end + m[0].length + 12));
    return { unit, end: end + m[0].length + (rest ? rest[0].length : 0) };
  }
  // A measure after one describing word: "two rapid centuries", "three tense hours" (not "five of the hours").
  if (!unit) {
    const two = ADJECTIVE_UNIT.exec(text.slice(end, end + 32));
    // (Nor a number of its own: "down from 161 million five years ago" is 161 million, then five years.)
    const measure = two && !NOT_DESCRIBING.has(two[1]) && !(two[1] in SMALL_NUMBERS) && two[1] !== 'one' ? UNITS[two[2].toLowerCase()] : undefined;
    if (two && measure && two[2].length > 2 && MEASURES.has(measure)) return { unit: measure, end: end + two[0].length };
  }
  // Single-letter units only right after the digits ("5m", "5 m" is too ambiguous with a following word), but for
  // metres at a clause's end or before a word of extent ("in a depth of about 55 m.", "a 20 m drop", "15 m high").
  if (!unit || (word.length === 1 && m[0].length > 1 && !(word === 'm' && SPACED_METRES.test(text.slice(end + m[0].length, end + m[0].length + 12))) && !(/^[gl]$/.test(word) && SPACED_MASS.test(text.slice(end + m[0].length, end + m[0].length + 8))))) return { end };
  return { unit, end: end + m[0].length };
}

/** Days relative to a document's date: what "today" in a dated press release or transcript states. */
const RELATIVE_DAY = /(?<![\p{L}\p{N}])(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))(?![\p{L}\p{N}])/giu;
const DAY_OFFSET: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

/** Whether a text has a word for a day relative to its document's date ("today", "yesterday"). */
/** A year told from another in the same text: "She retired in 1995 and was appointed OBE the following year". */
const RELATIVE_YEAR = /\bthe\s+(?:(following|next|previous|preceding)\s+year|year\s+(after|before))\b/giu;
const RELATIVE_YEAR_TEST = new RegExp(RELATIVE_YEAR.source, 'iu');

/** Whether a text may tell a year from another (`extractValues` with `relativeYears`). */
export function hasRelativeYear(text: string): boolean {
  return RELATIVE_YEAR_TEST.test(text);
}

export function hasRelativeDay(text: string): boolean {
  return RELATIVE_DAY_TEST.test(text);
}
const RELATIVE_DAY_TEST = new RegExp(RELATIVE_DAY.source, 'iu');

/** `yyyy-mm-dd` plus some days. */
function addDays(date: string, days: number): { year: number; month: number; day: number; weekday: number } {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), weekday: t.getUTCDay() };
}

const WEEKDAY_WORDS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const BIG_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD_VALUE: Record<string, number> = { ...SMALL_NUMBERS, one: 1 };

/**
 * Reads a run of number words ("a hundred and fifty", "two hundred and fifty thousand", "twenty-five", "a dozen")
 * as far as it makes one number; its value and where it starts and ends in the run. Undefined for what is no
 * number on its own: "one" ("one of them"), a bare "hundred", "thousand" or "dozen" (they need a number or an
 * article: "a hundred", "two dozen"). An article is part of the number only before a hundred, thousand, million
 * or dozen ("a two-day visit": "two").
 */
function readSpelled(run: string): { value: number; start: number; end: number; article: boolean } | undefined {
  const words = [...run.matchAll(SPELLED_TOKEN)].map((w) => ({ word: w[0].toLowerCase(), start: w.index!, end: w.index! + w[0].length }));
  let i = 0;
  let article = false;
  if (words[0]?.word === 'a' || words[0]?.word === 'an' || (words[0]?.word === 'one' && words.length > 1 && !(words[1].word in WORD_VALUE && WORD_VALUE[words[1].word] < 100))) {
    article = true;
    i = 1;
  }
  const first = i;
  let total = 0;
  let current = 0;
  /** The kind of the last word read: a unit (1–9), a teen, a ten, "hundred", a scale or nothing yet. */
  let last: 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'dozen' = 'none';
  let lastScale = Infinity;
  let end = -1;
  let usedArticle = false;
  for (; i < words.length; i++) {
    const w = words[i].word;
    if (w === 'and') {
      // "a hundred and fifty", "a thousand and one": only after a hundred or a scale, before a number below 100.
      const next = words[i + 1]?.word;
      if ((last !== 'hundred' && last !== 'scale') || next === undefined || !(next in WORD_VALUE) || WORD_VALUE[next] >= 100) break;
      // (Not a second figure of the same scale: "between eight hundred and twelve hundred pounds" is two.)
      const after = words[i + 2]?.word;
      if (last === 'hundred' && after === 'hundred') break;
      continue;
    }
    const v = WORD_VALUE[w];
    // "hundred", "dozen" and the scales multiply the number before them; first in the run, the article stands for one.
    if ((w === 'hundred' || w === 'dozen' || w in BIG_SCALES) && current === 0) {
      if (!(article && i === first)) break;
      current = 1;
      usedArticle = true;
    }
    if (w === 'hundred') {
      if (last === 'hundred' || last === 'dozen' || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (w === 'dozen') {
      if (last === 'hundred' || last === 'dozen') break;
      current *= 12;
      last = 'dozen';
    } else if (w in BIG_SCALES) {
      const scale = BIG_SCALES[w];
      if (scale >= lastScale) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    } else if (v !== undefined) {
      const small = v < 10;
      // "twenty-five" (a ten, then a unit); not "two three" or "twenty thirty".
      if (last === 'unit' || last === 'teen' || last === 'dozen' || (last === 'ten' && !small)) break;
      if (current % 100 !== 0 && last !== 'ten') break;
      current += v;
      last = small ? 'unit' : TENS.has(w) ? 'ten' : 'teen';
    } else break;
    end = words[i].end;
  }
  if (end < 0) return undefined;
  const value = total + current;
  // "one" alone is no number ("one of the officials"); "a"/"one" before a number below 100 is not part of it.
  const startWord = usedArticle ? 0 : first;
  if (value === 1 && !usedArticle) return undefined;
  return { value, start: words[startWord].start, end, article: usedArticle };
}

/** A UK telephone number: a 0 and ten digits more or less, in groups ("01632 960418", "020 7946 0018", "0800 123 4567"). */
const PHONE = /(?<![\p{L}\p{N}.,£$€-])0\d{2,4}(?:[ -]?\d{3,4}){1,2}(?<=(?:\d\D?){10,11})(?![\p{N}.,]\d|\p{L})/gu;

/**
 * Extracts the typed values of a sentence (or a claim), in text order. With the date of the sentence's document
 * (`yyyy-mm-dd`), a day named relative to it ("today", "yesterday") is a date too: "today" in a press release of
 * Tuesday 5 March 2024 states "on Tuesday" and "on 5 March".
 */
export function extractValues(text: string, documentDate?: string, relativeYears = false): TypedValue[] {
  const c: Claimed = { taken: new Uint8Array(text.length) };
  const out: Omit<TypedValue, 'role'>[] = [];
  const add = (v: Omit<TypedValue, 'role'>) => {
    if (!free(c, v.span.start, v.span.end)) return false;
    take(c, v.span.start, v.span.end);
    // A figure too large for a double (more than 308 digits reads as Infinity, which would "equal" any other such
    // figure) is no value: its digits are taken, so no shorter reading of them is made either.
    if ((v.value !== undefined && !Number.isFinite(v.value)) || (v.precision !== undefined && !Number.isFinite(v.precision))) return false;
    out.push(v);
    return true;
  };
  // A numbered paragraph's number ("3.5 The crewman in the water, …", "2.2 The skipper, …") counts nothing.
  const clause = CLAUSE_NUMBER.exec(text);
  if (clause) take(c, 0, clause[0].length);
  // So does a text that is a section's or an item's number alone: "5." split from a heading's "5. Findings and actions".
  if (text.length <= 16 && ITEM_NUMBER.test(`${text} `)) return [];
  // Nor does a telephone number: "on 01632 960418", "0800 123 4567".
  if (/\b0\d/.test(text)) for (const m of text.matchAll(PHONE)) take(c, m.index!, m.index! + m[0].length);
  // Nor does "one" as a pronoun: "with Owen Pryce the only one against", "the one who", "the only one,".
  if (/\bone\b/i.test(text)) for (const m of text.matchAll(PRONOUN_ONE)) take(c, m.index! + m[0].length - 3, m.index! + m[0].length);
  const month = (s: string) => MONTHS[s.replace(/\.$/, '').toLowerCase()];
  const weekday = (s: string | undefined) => (s ? (WEEKDAYS[s.toLowerCase()] ?? SHORT_WEEKDAYS[s.toLowerCase().replace(/\.$/, '')]) : undefined);
  const day = (s: string) => {
    const d = Number(s);
    return d >= 1 && d <= 31 ? d : undefined;
  };

  // Cheap tests first: most sentences have no digits and no month or weekday names.
  const digits = /\d/.test(text);
  const calendar = CALENDAR_WORD.test(text);
  // "The last day of March" is 31 March; "the first day of April", 1 April.
  if (calendar) for (const m of text.matchAll(EDGE_OF_MONTH)) {
    const mo = month(m[2]);
    const year = m[3] ? Number(m[3]) : undefined;
    const d = /^first$/i.test(m[1]) ? 1 : new Date(Date.UTC(year ?? 2001, mo, 0)).getUTCDate();
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { month: mo, day: d, year } });
  }
  if (digits && calendar) {
    // ("14 and 15 January", "Tuesday 14 and Wednesday 15 January 2025": the first day, with its weekday.)
    for (const m of text.matchAll(DAY_RANGE_DM)) {
      // (A first day no month has, "runs from 40-20 February", is still the range's first day: a date the source's
      // "10-20 February" gives otherwise, not a figure of something else.)
      const d = day(m[2]) ?? (Number(m[2]) > 31 ? Number(m[2]) : undefined);
      const end = m.index! + m[0].indexOf(m[2], m[1] ? m[1].length : 0) + m[2].length;
      if (d !== undefined) add({ kind: 'date', text: text.slice(m.index!, end), span: { start: m.index!, end }, date: { weekday: weekday(m[1]), month: month(m[3]), day: d, year: m[4] ? Number(m[4]) : undefined } });
    }
    for (const m of text.matchAll(DAY_RANGE_MD)) {
      const first = day(m[2]);
      const second = day(m[4]);
      if (first === undefined || second === undefined || second <= first) continue;
      const year = m[5] ? Number(m[5]) : undefined;
      const firstEnd = m.index! + m[0].indexOf(m[3], m[1].length + 1);
      add({ kind: 'date', text: text.slice(m.index!, firstEnd), span: { start: m.index!, end: firstEnd }, date: { month: month(m[1]), day: first, year } });
      const at = firstEnd + m[3].length;
      add({ kind: 'date', text: m[4], span: { start: at, end: at + m[4].length }, date: { month: month(m[1]), day: second, year } });
    }
  }
  if (digits && calendar) for (const m of text.matchAll(DATE_MDY)) {
    const d = day(m[3]);
    if (d === undefined) continue;
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { weekday: weekday(m[1]), month: month(m[2]), day: d, year: m[4] ? Number(m[4]) : undefined } });
  }
  if (digits && calendar) for (const m of text.matchAll(DATE_DMY)) {
    const d = day(m[2]);
    if (d === undefined) continue;
    // Skip a leading "the" in the span so that "the 15 January" reports "15 January".
    const offset = m[0].search(/\d|[A-Z]/);
    add({ kind: 'date', text: m[0].slice(offset), span: { start: m.index! + offset, end: m.index! + m[0].length }, date: { weekday: weekday(m[1]), month: month(m[3]), day: d, year: m[4] ? Number(m[4]) : undefined } });
  }
  // A date in figures ("14/01/2025", "14.01.2025"): day first when the day says so (over 12), month first when the
  // month does; else (both 12 or less: "03/01/2025" is 3 January or March 1) no date, and its figures no figures.
  if (digits && NUMERIC_DATE_SHAPE.test(text)) for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(c, start, end)) continue;
    const [d, mo] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [undefined, undefined];
    if (d === undefined || mo === undefined || d > 31 || mo < 1) {
      take(c, start, end);
      continue;
    }
    add({ kind: 'date', text: m[0], span: { start, end }, date: { month: mo, day: d, year } });
  }
  // A day in words: "Saturday the eleventh of October", "the twenty-first of May 2025".
  if (calendar && /\bthe\s+\p{L}+(?:[-\s]\p{L}+)?\s+of\s+\p{Lu}/u.test(text)) for (const m of text.matchAll(DATE_DAY_WORDS)) {
    const d = (m[2] ? TENS_OF_DAYS[m[2].toLowerCase()] : 0) + ORDINAL_WORDS[m[3].toLowerCase()];
    if (!(d >= 1 && d <= 31)) continue;
    // (Without a weekday, from the ordinal: "the twenty-first of May" reports "twenty-first of May".)
    const offset = m[1] ? 0 : m[0].length - m[0].replace(/^the\s+/i, '').length;
    add({ kind: 'date', text: m[0].slice(offset), span: { start: m.index! + offset, end: m.index! + m[0].length }, date: { weekday: weekday(m[1]), month: month(m[4]), day: d, year: m[5] ? Number(m[5]) : undefined } });
  }
  if (digits && QUARTER_WORD.test(text)) for (const m of text.matchAll(QUARTER)) {
    // "the third quarter of 2027", "Q3 2027", "the first half of 2027", "H2 2026": a span of months of a year.
    const ordinal = (m[1] ?? m[5])?.toLowerCase();
    const half = /half/i.test(m[0]) || /^h/i.test(m[0]);
    const n = m[3] ? Number(m[3]) : ordinal === 'final' || ordinal === 'last' ? (half ? 2 : 4) : (ORDINAL_WORDS[ordinal!] ?? 0);
    const year = Number(m[2] ?? m[4] ?? m[6]);
    if (!n || (half && n > 2) || !year) continue;
    const from = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { month: from, throughMonth: from + (half ? 5 : 2), year } });
  }
  if (digits && calendar) for (const m of text.matchAll(DATE_MY)) {
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { month: month(m[1]), year: Number(m[2]) } });
  }
  // A weekday and its day without the month: "Thursday the 17th", "Friday, the seventh".
  if (calendar && /\bthe\s/i.test(text)) for (const m of text.matchAll(WEEKDAY_THE_DAY)) {
    const d = m[2] ? Number(m[2]) : (m[3] ? TENS_OF_DAYS[m[3].toLowerCase()] : 0) + ORDINAL_WORDS[m[4].toLowerCase()];
    if (!(d >= 1 && d <= 31)) continue;
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { weekday: weekday(m[1]), day: d } });
  }
  if (calendar) for (const m of text.matchAll(WEEKDAY_ONLY)) {
    // Weekdays only after "on", "and", "or" or a comma ("on Mondays, Wednesdays and Fridays"): not a band, "Happy Mondays".
    // (Looked for across a hard-wrapped line's indent: "not at all on\n    Sundays".)
    // (Or at a range's end: "on Mondays to Saturdays".)
    if (m[0].endsWith('s') && !/(?:\b(?:on|and|or|to|through|until)\s+|,\s*|[-–]\s*)$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
    // (Nor a day's name for a kind of trade or service, no day of the week's: "scrapping Sunday charging", "Sunday
    // trading laws".)
    if (DAY_OF_A_KIND.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
    add({ kind: 'date', text: m[0], span: { start: m.index!, end: m.index! + m[0].length }, date: { weekday: weekday(m[1]) } });
  }
  if (digits) for (const m of text.matchAll(MONEY_SIGN)) {
    const { value, precision } = parseNumber(m[2], m[3]);
    const scaleWord = m[4]?.toLowerCase();
    const scale = scaleWord ? SCALES[scaleWord] ?? 1 : 1;
    const start = m.index!;
    add(withRate(text, { kind: 'money', text: m[0], span: { start, end: start + m[0].length }, value: value * scale, precision: precision * scale, unit: CURRENCY_SIGNS[m[1].toLowerCase()] ?? 'usd', bound: hedgeBefore(text, start), ...rateAfter(text, start + m[0].length, start) }));
  }
  if (digits && /\dp|pence/.test(text)) for (const m of text.matchAll(PENCE)) {
    if (m[3] === 'p' && !PENCE_CONTEXT.test(text)) continue;
    const { value, precision } = parseNumber(m[1], m[2]);
    const start = m.index!;
    add({ kind: 'money', text: m[0], span: { start, end: start + m[0].length }, value: value / 100, precision: precision / 100, unit: 'gbp', bound: hedgeBefore(text, start) });
  }
  // Cents of a dollar or euro: "87 cents a share" is "$0.87 per diluted share".
  if (digits && /\bcents?\b/i.test(text)) for (const m of text.matchAll(CENTS)) {
    const { value, precision } = parseNumber(m[1], m[2]);
    const start = m.index!;
    add(withRate(text, { kind: 'money', text: m[0], span: { start, end: start + m[0].length }, value: value / 100, precision: precision / 100, unit: /euro/i.test(text) ? 'eur' : 'usd', bound: hedgeBefore(text, start), ...rateAfter(text, start + m[0].length, start) }));
  }
  // A duration in hours and minutes is one figure ("2 hours 40 minutes", "an hour and 10 minutes", a log's "8 h 37 min"),
  // in minutes.
  if (HOURS_WORD.test(text)) for (const m of text.matchAll(HOURS_MINUTES)) {
    const hours = /^\d/.test(m[1]) ? Number(m[1]) : SMALL_COUNTS[m[1].toLowerCase()];
    const minutes = /^\d/.test(m[2]) ? Number(m[2]) : SMALL_COUNTS[m[2].toLowerCase()];
    const seconds = m[3] === undefined ? undefined : /^\d/.test(m[3]) ? Number(m[3]) : SMALL_COUNTS[m[3].toLowerCase()];
    if (hours === undefined || minutes === undefined || minutes >= 60 || (seconds !== undefined && seconds >= 60)) continue;
    const start = m.index!;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: hours * 60 + minutes + (seconds ?? 0) / 60, precision: seconds === undefined ? 0.5 : 0.5 / 60, unit: 'min', bound: hedgeBefore(text, start) });
  }
  if (digits && /\dh\s*\d/.test(text)) for (const m of text.matchAll(HOURS_MARKS)) {
    const minutes = Number(m[2]);
    const seconds = m[3] === undefined ? undefined : Number(m[3]);
    if (minutes >= 60 || (seconds !== undefined && seconds >= 60)) continue;
    const start = m.index!;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: Number(m[1]) * 60 + minutes + (seconds ?? 0) / 60, precision: seconds === undefined ? 0.5 : 0.5 / 60, unit: 'min', bound: hedgeBefore(text, start) });
  }
  // So is one in minutes and seconds ("3 minutes 40 seconds"), unless hours come first (above).
  if (/\bmin/i.test(text)) for (const m of text.matchAll(MINUTES_SECONDS)) {
    const minutes = /^\d/.test(m[1]) ? Number(m[1]) : SMALL_COUNTS[m[1].toLowerCase()];
    // (Seconds in words too: "five minutes two seconds".)
    const seconds = /^\d/.test(m[2]) ? Number(m[2]) : SMALL_COUNTS[m[2].toLowerCase()];
    if (minutes === undefined || seconds === undefined || seconds >= 60) continue;
    const start = m.index!;
    if (/\b(?:hours?|hrs?|h)\s*,?\s+(?:and\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: minutes + seconds / 60, precision: 0.5 / 60, unit: 'min', bound: hedgeBefore(text, start) });
  }
  // So is one in years and months ("sentenced to seven years and six months" / "seven and a half years"), in months.
  if (YEARS_WORD.test(text)) for (const m of text.matchAll(YEARS_MONTHS)) {
    const years = /^\d/.test(m[1]) ? Number(m[1]) : SMALL_COUNTS[m[1].toLowerCase()];
    const months = /^\d/.test(m[2]) ? Number(m[2]) : SMALL_COUNTS[m[2].toLowerCase()];
    if (years === undefined || months === undefined || months >= 12) continue;
    const start = m.index!;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: years * 12 + months, precision: 0.5, unit: 'month', bound: hedgeBefore(text, start) });
  }
  if (digits && text.includes(':')) for (const m of text.matchAll(RACE_TIME)) {
    const start = m.index!;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60, precision: 0.5 / 60, unit: 'min' });
  }
  // A text on the 24-hour clock: a time written "07:30" or "18:30" (a leading zero, or an hour after 12).
  const dayClock = digits && /(?<![\d.:])(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?![\d:])/.test(text);
  if (digits) for (const m of text.matchAll(TIME)) {
    const start = m.index!;
    const meridiem = (m[3] ?? m[6])?.[0].toLowerCase();
    const hour = Number(m[1] ?? m[4]);
    const minutes = Number(m[2] ?? m[5] ?? 0);
    const value = (meridiem ? (hour % 12) + (meridiem === 'p' ? 12 : 0) : hour) * 60 + minutes;
    // Without "am" or "pm" a time up to 12:59 may be either, unless the text keeps the 24-hour clock ("between 07:30
    // and 19:30").
    const unit = !meridiem && hour <= 12 && !(dayClock && m[0].includes(':')) ? 'clock12' : 'clock';
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: unit === 'clock12' ? value % 720 : value, precision: 0.5, unit, bound: hedgeBefore(text, start) });
  }
  // "rang Fire Control at 2.49": an hour and its minutes with a dot, after "at" and a verb of an event, as a
  // transcript writes a time said aloud (either half of the day).
  if (digits && /\d\.[0-5]\d/.test(text)) for (const m of text.matchAll(DOTTED_TIME)) {
    const start = m.index! + m[0].length - m[1].length;
    if (!EVENT_VERB_BEFORE.test(text.slice(Math.max(0, m.index! - 48), m.index!))) continue;
    add({ kind: 'quantity', text: m[1], span: { start, end: start + m[1].length }, value: (Number(m[2]) % 12) * 60 + Number(m[3]), precision: 0.5, unit: 'clock12', bound: hedgeBefore(text, start) });
  }
  // "at three-fifteen", "until six thirty": an hour and its minutes in words, after a word of time (either half of
  // the day).
  if (/(?:fifteen|thirty|forty-five)\b/i.test(text)) for (const m of text.matchAll(HOUR_MINUTES_WORDS)) {
    const start = m.index! + m[0].length - m[1].length;
    const hour = SMALL_COUNTS[m[2].toLowerCase()];
    if (!(hour >= 1 && hour <= 12)) continue;
    add({ kind: 'quantity', text: m[1], span: { start, end: start + m[1].length }, value: (hour % 12) * 60 + MINUTE_WORDS[m[3].toLowerCase()], precision: 0.5, unit: 'clock12', bound: hedgeBefore(text, start) });
  }
  // "7.05 in the morning", "6.30 in the evening": an hour and its minutes before a part of the day.
  if (PART_OF_DAY.test(text)) for (const m of text.matchAll(CLOCK_OF_DAY)) {
    const start = m.index!;
    const hour = Number(m[1]);
    const minutes = Number(m[2]);
    if (!(hour >= 1 && hour <= 12) || minutes > 59) continue;
    const later = /^(?:afternoon|evening)$/i.test(m[3]) || (/^night$/i.test(m[3]) && hour >= 6);
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: ((hour % 12) + (later ? 12 : 0)) * 60 + minutes, precision: 0.5, unit: 'clock', bound: hedgeBefore(text, start) });
  }
  // "ten in the morning", "six o'clock in the evening": an hour of the clock in words.
  if (PART_OF_DAY.test(text)) for (const m of text.matchAll(HOUR_OF_DAY)) {
    const start = m.index!;
    const hour = /^\d/.test(m[4]) ? Number(m[4]) : SMALL_COUNTS[m[4].toLowerCase()];
    if (!(hour >= 1 && hour <= 12)) continue;
    const later = /^(?:afternoon|evening)$/i.test(m[5]) || (/^night$/i.test(m[5]) && hour >= 6);
    // "a quarter past five", "half past ten", "twenty to six", "half five".
    const minutes = m[1] ? (m[2].toLowerCase() === 'past' ? 1 : -1) * PAST_MINUTES[m[1].toLowerCase().replace(/\s+/g, ' ')] : m[3] ? 30 : 0;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: ((hour % 12) + (later ? 12 : 0)) * 60 + minutes, precision: 0.5, unit: 'clock', bound: hedgeBefore(text, start) });
  }
  // "eight o'clock" with no part of the day: either (`clock12`).
  if (/o['’]clock/i.test(text)) for (const m of text.matchAll(HOUR_O_CLOCK)) {
    const start = m.index!;
    const hour = /^\d/.test(m[1]) ? Number(m[1]) : SMALL_COUNTS[m[1].toLowerCase()];
    if (!(hour >= 1 && hour <= 12)) continue;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: (hour % 12) * 60, precision: 0.5, unit: 'clock12', bound: hedgeBefore(text, start) });
  }
  // "one minute past midnight", "ten past six", "five to twelve": a time said as minutes past or to an hour, after a
  // word of time (an hour without "am", "pm" or a part of the day may be either: `clock12`).
  if (/\s(?:past|to)\s/i.test(text)) for (const m of text.matchAll(PAST_HOUR)) {
    const start = m.index! + m[0].length - m[1].length;
    const said = m[2].toLowerCase().replace(/\s+/g, ' ');
    const minutes = /^\d/.test(said) ? Number(said) : (PAST_MINUTES[said] ?? SMALL_COUNTS[said]);
    const to = m[4].toLowerCase();
    const hour = /^\d/.test(to) ? Number(to) : to === 'midnight' ? 0 : to === 'noon' || to === 'midday' ? 12 : SMALL_COUNTS[to];
    if (minutes === undefined || !(minutes >= 1 && minutes <= 59) || hour === undefined || hour > 12) continue;
    // (Not a vote's tally: "voted by four to two", "carried by five to three".)
    if (/^by\b/i.test(m[0]) && /\b(?:vot(?:e|ed|es|ing)|carried|defeated|passed|approved|rejected|backed|agreed|supported|opposed|endorsed|adopted|won|lost)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const clock = to === 'midnight' || to === 'noon' || to === 'midday';
    const value = (((hour * 60 + (m[3].toLowerCase() === 'past' ? minutes : -minutes)) % 1440) + 1440) % 1440;
    add({ kind: 'quantity', text: m[1], span: { start, end: start + m[1].length }, value: clock ? value : value % 720, precision: 0.5, unit: clock ? 'clock' : 'clock12', bound: hedgeBefore(text, start) });
  }
  // "ten minutes after midnight" is 00:10, "five minutes before noon" 11:55: minutes said before noon or midnight,
  // with or without a word of time before them.
  if (NOON_WORD.test(text) && /\bminutes?\s+(?:after|before|past)\s/i.test(text)) for (const m of text.matchAll(MINUTES_FROM_NOON)) {
    const said = m[2].toLowerCase();
    const minutes = /^\d/.test(said) ? Number(said) : (SMALL_COUNTS[said] ?? MINUTE_WORDS[said]);
    if (minutes === undefined || !(minutes >= 1 && minutes <= 59)) continue;
    const base = /midn/i.test(m[4]) ? 0 : 720;
    const value = (((base + (m[3].toLowerCase() === 'before' ? -minutes : minutes)) % 1440) + 1440) % 1440;
    add({ kind: 'quantity', text: m[1], span: { start: m.index!, end: m.index! + m[1].length }, value, precision: 0.5, unit: 'clock', bound: hedgeBefore(text, m.index!) });
  }
  // "at noon" (or "at 12 noon") is 12pm, "by midnight" 12am: times of day in words, after a word of time.
  if (NOON_WORD.test(text)) for (const m of text.matchAll(NOON)) {
    const said = m[1] ?? m[2];
    const start = m.index! + m[0].length - said.length;
    add({ kind: 'quantity', text: said, span: { start, end: start + said.length }, value: /midn/i.test(said) ? 0 : 720, precision: 0.5, unit: 'clock', bound: hedgeBefore(text, start) });
  }
  if (digits) for (const m of text.matchAll(TEMPERATURE)) {
    const start = m.index!;
    const scale = (m[4] ?? m[5] ?? m[6])[0].toUpperCase() === 'F' ? 'degF' : 'degC';
    const { value, precision } = parseNumber(m[2], m[3]);
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: m[1] ? -value : value, precision, unit: scale, bound: hedgeBefore(text, start) });
  }
  // "minus three degrees Celsius", "twenty-five degrees Fahrenheit".
  if (TEMPERATURE_WORD_SCALE.test(text)) for (const m of text.matchAll(TEMPERATURE_WORDS)) {
    const start = m.index!;
    const value = (m[2].toLowerCase() === 'one' ? 1 : m[2].toLowerCase() === 'zero' ? 0 : SMALL_NUMBERS[m[2].toLowerCase()]) + (m[3] ? (m[3].toLowerCase() === 'one' ? 1 : SMALL_NUMBERS[m[3].toLowerCase()]) : 0);
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: m[1] ? -value : value, precision: 0.5, unit: /^f/i.test(m[4]) ? 'degF' : 'degC', bound: hedgeBefore(text, start) });
  }
  if (digits) for (const m of text.matchAll(MAGNITUDE)) {
    const start = m.index!;
    const { value, precision } = parseNumber(m[1] ?? m[3], m[2] ?? m[4]);
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value, precision, unit: 'magnitude', bound: hedgeBefore(text, start) });
  }
  if (digits) for (const m of text.matchAll(PERCENT_RANGE)) {
    const start = m.index!;
    const first = parseNumber(m[2], m[3]);
    const second = parseNumber(m[5], m[6]);
    const unit = /point/i.test(m[7]) ? 'pp' : '%';
    const secondStart = start + m[0].length - m[4].length;
    add({ kind: 'percent', text: m[1], span: { start, end: start + m[1].length }, value: first.value, precision: first.precision, unit, bound: hedgeBefore(text, start) });
    add({ kind: 'percent', text: m[4], span: { start: secondStart, end: start + m[0].length }, value: second.value, precision: second.precision, unit });
  }
  if (digits) for (const m of text.matchAll(PERCENT)) {
    const { value, precision } = parseNumber(m[1], m[2]);
    const start = m.index!;
    add({ kind: 'percent', text: m[0], span: { start, end: start + m[0].length }, value, precision, unit: /point/i.test(m[3]) ? 'pp' : '%', bound: hedgeBefore(text, start) });
  }
  if (digits) for (const m of text.matchAll(ORDINAL_DIGITS)) {
    const start = m.index!;
    add({ kind: 'ordinal', text: m[0], span: { start, end: start + m[0].length }, value: Number(m[1]), precision: 0.5, ...ordinalUnit(text, start + m[0].length) });
  }
  if (digits) for (const m of text.matchAll(YEAR_RANGE)) {
    const first = Number(m[1]);
    let second = Number(m[2]);
    if (m[2].length === 2) {
      second += first - (first % 100);
      if (second < first) second += 100;
    }
    // A later year, and within a decade when written with two digits ("2010-05" may be a month).
    if (!(second > first) || (m[2].length === 2 && second - first > 10)) continue;
    const start = m.index!;
    add({ kind: 'year', text: m[0], span: { start, end: start + m[0].length }, value: first, through: second, precision: 0.5 });
  }
  if (digits) for (const m of text.matchAll(YEAR)) {
    const start = m.index!;
    const after = text.slice(start + m[0].length, start + m[0].length + 16);
    // "2000 people" is a count, not a year.
    const unit = UNIT_AFTER.exec(after);
    if (!m[2] && unit && UNITS[unit[1].toLowerCase()] && !/^(?:year|years|month|months|day|days)$/i.test(unit[1])) continue;
    add({ kind: 'year', text: m[0], span: { start, end: start + m[0].length }, value: Number(m[1]), precision: 0.5, decade: !!m[2] });
  }
  if (digits && SCORE_SHAPE.test(text)) for (const m of text.matchAll(SCORE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_A_SCORE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || unitAfter(text, end).unit) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    add({ kind: 'quantity', text: m[0], span: { start, end }, value: Math.max(a, b) * 1000 + Math.min(a, b), precision: 0, unit: 'score' });
  }
  for (const vote of votesInWords(text)) {
    const [a, b] = vote.counts;
    add({ kind: 'quantity', text: text.slice(vote.span.start, vote.span.end), span: vote.span, value: Math.max(a, b) * 1000 + Math.min(a, b), precision: 0, unit: 'score' });
  }
  // An amount (in digits or words): money when a currency word follows, a quantity when a unit does.
  const amount = (start: number, end: number, value: number, precision: number) => {
    const currency = CURRENCY_AFTER.exec(text.slice(end, end + 16));
    const bound = hedgeBefore(text, start);
    // Pounds of weight: "weighs about 1,180 pounds" (a mass, not sterling).
    if (currency && /^pounds?$/i.test(currency[1]) && WEIGHT_BEFORE.test(text.slice(Math.max(0, start - 32), start))) {
      add({ kind: 'quantity', text: text.slice(start, end + currency[0].length), span: { start, end: end + currency[0].length }, value, precision, unit: 'lb', bound });
      return;
    }
    if (currency) {
      end += currency[0].length;
      // "4 pounds 80", as a transcript writes "£4.80": the pence after the pounds.
      const pence = Number.isInteger(value) && /^pounds?$/i.test(currency[1]) ? /^\s+(\d{2})(?!\d|[.,]\d|\s*(?:pence|p\b|per\s+cent|percent|%|pounds?\b))/i.exec(text.slice(end, end + 12)) : null;
      // (Or in words: "seven pounds fifty", "nineteen pounds ninety-five", as a transcript writes "£7.50", "£19.95".)
      const inWords = !pence && Number.isInteger(value) && /^pounds?$/i.test(currency[1]) ? penceInWords(text.slice(end, end + 24)) : undefined;
      const pennies = pence ? { pence: Number(pence[1]), length: pence[0].length } : inWords;
      // (Not a count with its own unit after it: "paid 20 pounds 15 years ago".)
      if (pennies && !unitAfter(text, end + pennies.length).unit) {
        value += pennies.pence / 100;
        precision = 0.005;
        end += pennies.length;
      }
      add(withRate(text, { kind: 'money', text: text.slice(start, end), span: { start, end }, value, precision, unit: CURRENCY_WORDS[currency[1].toLowerCase()], bound, ...rateAfter(text, end, start) }));
      return;
    }
    let u = unitAfter(text, end);
    // A number that names a thing counts nothing after it: "Category 2 patients", "Year 7 pupils" (of Category 2, of
    // Year 7).
    if (u.unit && NAMING_LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start))) u = { end };
    // A number joined to a word it qualifies ("a late, two-footed challenge", "a four-star hotel"): a count of that
    // word's, no count of anything else.
    if (!u.unit) {
      const joined = HYPHEN_WORD.exec(text.slice(end, end + 24));
      if (joined) u = { unit: `-${joined[1].toLowerCase()}`, end: end + joined[0].length };
    }
    // "£50m over five years" spreads a sum over a period: no bound ("took over three years" is one); so does "11
    // specimens over three expeditions" (a count of things across others).
    const spread =
      bound === 'atLeast' &&
      ((u.unit !== undefined && SPREAD_UNITS.has(u.unit) && SPREAD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) ||
        (u.unit === undefined && COUNT_OVER.test(text.slice(Math.max(0, start - 40), start))));
    // (A figure run into a placeholder's letters is part of a code, not a count: "Grid area: SE 0xx 8xx".)
    if (!u.unit && /^[xX]{2,}(?![\p{L}\p{N}])/u.test(text.slice(end, end + 5))) return;
    // (A measure's period is no ordinal: "118 litres a second".)
    let { period, ...rate }: { per?: string; period?: Span } = u.unit ? measureRate(text, u.unit, u.end) : rateAfter(text, u.end);
    if (period && free(c, period.start, period.end)) take(c, period.start, period.end);
    // A speed in words is the speed: "21 miles an hour" is 21mph, "30 kilometres per hour" 30kph.
    if (rate.per === 'hour' && (u.unit === 'mi' || u.unit === 'km')) {
      u = { unit: u.unit === 'mi' ? 'mph' : 'kph', end: u.end };
      rate = {};
    }
    // A line speed in bits is per second whether or not it says so: "3.2 megabits" is "3.2 megabits per second".
    if (rate.per === 'second' && (u.unit === 'mbps' || u.unit === 'gbps')) rate = {};
    // (The age that bounds a group is its own figure, no bound on a count: "plot holders over 75" is not stated by "77"
    // plot holders.)
    const read: Omit<TypedValue, 'role'> = { kind: u.unit ? 'quantity' : 'number', text: text.slice(start, u.end), span: { start, end: u.end }, value, precision, unit: u.unit, bound: spread ? undefined : bound, ...(!u.unit && bound && groupAge(text, start) ? { ageBound: true } : {}), ...rate, ...(!u.unit && !bound && (LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || HOUSE_NUMBER_AFTER.test(text.slice(u.end, u.end + 60)) || emergencyNumber(text, start, u.end)) ? { label: true } : {}) };
    // (A measure's period stays out of its words: "68 million litres" of "68 million litres a day" is what a change
    // "from" or "to" moves.)
    add(u.unit ? read : withRate(text, read));
  };
  // A figure in words with "per cent" after it is a percentage ("three point five per cent", "six and a half per cent");
  // else an amount.
  const amountOrPercent = (start: number, end: number, value: number, precision: number) => {
    const percent = PERCENT_AFTER.exec(text.slice(end, end + 24));
    if (!percent) return amount(start, end, value, precision);
    end += percent[0].length;
    add({ kind: 'percent', text: text.slice(start, end), span: { start, end }, value, precision, unit: /point/i.test(percent[1]) ? 'pp' : '%', bound: hedgeBefore(text, start) });
  };
  for (const m of text.matchAll(RATIO)) {
    const term = (w: string) => (/^\d/.test(w) ? Number(w.replace(/,/g, '')) : /hundred/i.test(w) ? 100 : SMALL_NUMBERS[w.toLowerCase()] ?? 1);
    const a = term(m[1]);
    const b = term(m[2]);
    if (!(b > a) || a <= 0) continue;
    const start = m.index!;
    add({ kind: 'number', text: m[0], span: { start, end: start + m[0].length }, value: a / b, precision: 0.005, unit: 'fraction', bound: hedgeBefore(text, start) });
  }
  for (const m of text.matchAll(MIXED)) {
    const whole = m[1].toLowerCase();
    const parts = m[2].toLowerCase();
    const part = m[3].toLowerCase();
    // (Three quarters, two thirds: not "three halves", "two quarters".)
    if ((parts === 'three' && part !== 'quarter') || (parts === 'two' && part !== 'third')) continue;
    const fraction = MIXED_FRACTIONS[part] * (parts === 'a' ? 1 : COUNTS[parts]);
    const scale = m[4] ? (SCALES[m[4].toLowerCase()] ?? 100) : 1;
    // (A compound's tens first: "ninety-two and a half thousand pounds" is £92,500.)
    const tens = /^(\p{L}+)[\s-](\p{L}+)$/u.exec(whole);
    const base = /^\d/.test(whole) ? Number(whole) : tens ? WORD_VALUE[tens[1]] + WORD_VALUE[tens[2]] : WORD_VALUE[whole];
    amountOrPercent(m.index!, m.index! + m[0].length, (base + fraction) * scale, fractionStep(fraction) * scale);
  }
  for (const m of text.matchAll(SCALE_AND_FRACTION)) {
    const whole = m[1].toLowerCase();
    const base = /^\d/.test(whole) ? Number(whole) : COUNTS[whole] ?? WORD_VALUE[whole];
    const scale = m[2].toLowerCase() === 'dozen' ? 12 : SCALES[m[2].toLowerCase()];
    const fraction = MIXED_FRACTIONS[m[3].toLowerCase()];
    amount(m.index!, m.index! + m[0].length, (base + fraction) * scale, fractionStep(fraction) * scale);
  }
  if (FRACTION_UNIT_WORD.test(text)) for (const m of text.matchAll(FRACTION_UNIT)) {
    const start = m.index!;
    const unit = UNITS[m[2].toLowerCase()];
    if (!unit) continue;
    const value = /^half/i.test(m[1]) ? 0.5 : /^three/i.test(m[1]) ? 0.75 : 0.25;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value, precision: value * 0.05, unit, bound: hedgeBefore(text, start) });
  }
  for (const m of text.matchAll(FRACTION_OF_SCALE)) {
    const value = COUNTS[m[1].toLowerCase()] * FRACTIONS[m[2].toLowerCase()] * SCALES[m[3].toLowerCase()];
    amount(m.index!, m.index! + m[0].length, value, value * 0.05);
  }
  if (digits) for (const m of text.matchAll(NUMBER)) {
    // (Not a school year's number after a count in words, which the count reads with its noun: "Seventeen Year 7
    // pupils" counts 17 pupils, as "17 Year 7 pupils" does.)
    if (COUNT_WORD_YEAR_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    // (Nor the number of a list's item, at the start of its line: "2. guarantee the club a date for a gala".)
    if (!m[2] && !m[3] && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', m.index! - 1) + 1, m.index!)) && /^[.)][ \t]+\p{Ll}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    const { value, precision } = parseNumber(m[1], m[2]);
    const scaleWord = m[3]?.toLowerCase();
    const scale = scaleWord ? SCALES[scaleWord] ?? 1 : 1;
    amount(m.index!, m.index! + m[0].length, value * scale, precision * scale);
  }
  for (const m of text.matchAll(FRACTION)) {
    const start = m.index!;
    const value = m[1] ? 0.5 : COUNTS[m[2].toLowerCase()] * FRACTIONS[m[3].toLowerCase()];
    // "Almost half of respondents, 48.5 per cent, said": the percentage after it says the fraction exactly, and is
    // the figure checked; the fraction is no second one a source's other percentage could rival.
    const restated = FRACTION_RESTATED.exec(text.slice(start + m[0].length, start + m[0].length + 60));
    // (Its words are taken: "two" of "Almost two thirds, 64 per cent," is no count of two.)
    if (restated && Math.abs(Number(restated[1]) / 100 - value) <= 0.1) {
      take(c, start, start + m[0].length);
      continue;
    }
    add({ kind: 'number', text: m[0], span: { start, end: start + m[0].length }, value, precision: 0.005, unit: 'fraction', bound: hedgeBefore(text, start) });
  }
  // "One" before a person is a count of people, as "two" is ("One man died" / "Two people died"); elsewhere it is
  // too common to be a figure ("one of the officials", "one day").
  for (const m of text.matchAll(ONE_PERSON)) {
    const start = m.index!;
    add({ kind: 'number', text: m[1], span: { start, end: start + m[1].length }, value: 1, precision: 0.5 });
  }
  // "our first hundred days": a hundred.
  if (/\bhundred\b/i.test(text)) for (const m of text.matchAll(FIRST_HUNDRED)) {
    const start = m.index! + m[0].length - m[1].length;
    amount(start, start + m[1].length, 100, 0.5);
  }
  // "only one penalty", "just one goal": a count, with the unit after it.
  if (/\bone\b/i.test(text)) for (const m of text.matchAll(ONLY_ONE)) {
    const start = m.index! + m[0].length - m[1].length;
    amount(start, start + m[1].length, 1, 0.5);
  }
  // A decimal said in words, as a transcript writes speech: "two point one million pounds" (£2.1m), "three point
  // five per cent" (3.5%).
  if (/\spoint\s/i.test(text)) for (const m of text.matchAll(SPOKEN_DECIMAL)) {
    const start = m.index!;
    const whole = m[1].toLowerCase().split('-').reduce((a, w) => a + (w === 'zero' ? 0 : WORD_VALUE[w]), 0);
    const digits = m[2].toLowerCase().split(/\s+/).map((w) => DIGIT_WORDS[w]);
    const scale = m[3] ? BIG_SCALES[m[3].toLowerCase()] : 1;
    const value = (whole + Number(`0.${digits.join('')}`)) * scale;
    const precision = 0.5 * 10 ** -digits.length * scale;
    amountOrPercent(start, start + m[0].length, value, precision);
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const read = readSpelled(m[0]);
    // The rest of a run that is not one number ("two and three hours") is read again.
    if (read && read.end < m[0].length) SPELLED.lastIndex = m.index + read.end;
    if (!read) {
      // No number from its first word on ("thousand two hundred"): from its second.
      SPELLED.lastIndex = m.index + /^[a-z]+/i.exec(m[0])![0].length;
      continue;
    }
    const start = m.index + read.start;
    // The ten of a compound ordinal ("twenty-sixth") is the ordinal's.
    if (UNIT_ORDINAL_AFTER.test(text.slice(m.index + read.end, m.index + read.end + 10)) && TENS.has(m[0].slice(0, read.end).toLowerCase().split(/[\s-]+/).pop()!)) continue;
    // A number word capitalised inside a sentence is part of a name ("the Six Nations", "the Big Four", "Formula
    // One"); at the start of a sentence it may be either, and is read as a number.
    // (So is one after a numbered paragraph's number: "4.2 Three rest centres had been opened".)
    if (/^\p{Lu}/u.test(text.slice(start, start + 1)) && !SENTENCE_START.test(text.slice(Math.max(0, start - 4), start)) && !(start <= 12 && ITEM_NUMBER.test(text.slice(0, start)))) continue;
    // "half a million" is read whole below (SCALE_WORD).
    if (read.article && /\bhalf\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    const end = m.index + read.end;
    // (Nor the number of a spoken list's item: "the committee: one, asks the trust …; and two, asks the Chair".)
    if (read.value <= 10 && /^,\s+\p{Ll}/u.test(text.slice(end, end + 3)) && /(?:[:;]|\band)\s*$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    const value = read.value;
    // "a mother-of-three", "the father-of-two": a count that describes someone, compared only with another such.
    const compound = /\p{L}+-of-$/u.exec(text.slice(Math.max(0, start - 20), start));
    if (compound) {
      const from = start - compound[0].length;
      add({ kind: 'quantity', text: text.slice(from, end), span: { start: from, end }, value, precision: 0.5, unit: 'of-count' });
      continue;
    }
    amountOrPercent(start, end, value, 0.5);
  }
  for (const m of text.matchAll(SCALE_WORD)) {
    const start = m.index!;
    const base = /^half/i.test(m[1]) ? 0.5 : 1;
    const value = base * (SCALES[m[2].toLowerCase()] ?? 100);
    let end = start + m[0].length;
    const u = unitAfter(text, end);
    end = u.end;
    add({ kind: u.unit ? 'quantity' : 'number', text: text.slice(start, end), span: { start, end }, value, precision: value * 0.05, unit: u.unit, bound: hedgeBefore(text, start) });
  }
  for (const m of text.matchAll(ONE_UNIT)) {
    const start = m.index!;
    const bound = hedgeBefore(text, start);
    // A period with a bound ("more than a year") or after a preposition of time ("the worst cuts in a decade", "for
    // a year"); not a rate ("$1bn a year", "once a week").
    if (!bound && !/\b(?:in|for|over)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // (Nor a school's year group: "can take only one year group".)
    if (YEAR_GROUP.test(text.slice(start + m[0].length, start + m[0].length + 10))) continue;
    // Nor a time a comparison goes back to ("6% more than a year earlier", "up on a year ago").
    if (/^\s+(?:earlier|before|ago|previously)\b/i.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    const unit = UNITS[m[2].toLowerCase()];
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: 1, precision: 0.5, unit, bound });
  }
  if (/\bone[-‑]/i.test(text)) for (const m of text.matchAll(ONE_UNIT_COMPOUND)) {
    const start = m.index!;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: 1, precision: 0.5, unit: UNITS[m[1].toLowerCase()], bound: hedgeBefore(text, start) });
  }
  // Days of the year named for a holiday: "Christmas Eve" is 24 December.
  if (HOLIDAY_WORD.test(text)) for (const m of text.matchAll(HOLIDAY)) {
    const start = m.index!;
    const day = HOLIDAYS[m[0].toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ')];
    if (!day || out.some((v) => v.kind === 'date' && v.span.start < start + m[0].length && v.span.end > start)) continue;
    add({ kind: 'date', text: m[0], span: { start, end: start + m[0].length }, date: { month: day[0], day: day[1] } });
  }
  if (calendar) for (const m of text.matchAll(MONTH_ALONE)) {
    const name = m[2];
    // ("May" and "March" alone are words too; a month after an article and an adjective: "a dry March", "the
    // wettest May".)
    if ((name === 'May' || name === 'March') && !m[1] && !/\b(?:a|the)\s+\p{Ll}{3,}\s+$/u.test(text.slice(Math.max(0, m.index! - 24), m.index! + m[0].length - name.length))) continue;
    const start = m.index! + m[0].length - name.length;
    add({ kind: 'date', text: name, span: { start, end: start + name.length }, date: { month: month(name) } });
  }
  if (MULTIPLIER_WORD.test(text)) for (const m of text.matchAll(MULTIPLIER)) {
    const start = m.index!;
    // ("More than doubled" is a bound: 2.5 times is no contradiction of it.)
    const bound = hedgeBefore(text, start);
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: MULTIPLIER_VALUE[(m[1] ?? m[2]).toLowerCase()], precision: 0.05, unit: 'times', ...(bound ? { bound } : {}) });
  }
  for (const m of text.matchAll(MULTIPLE_OF_EARLIER)) {
    const start = m.index!;
    // ("More than double last year's" is a bound, as "more than double the 2024 figure" is.)
    const bound = hedgeBefore(text, start);
    add({ kind: 'quantity', text: m[1], span: { start, end: start + m[1].length }, value: MULTIPLE_OF_VALUE[m[1].toLowerCase().replace(/\s+/g, ' ')], precision: 0.05, unit: 'times', ...(bound ? { bound } : {}) });
  }
  for (const m of text.matchAll(MULTIPLE_OF_FIGURE)) {
    const start = m.index!;
    // (A figure before it in the clause: not "plans to double the 1,200 places it has now".)
    if (!/\d[^.;:!?]{0,100}$/u.test(text.slice(Math.max(0, start - 100), start))) continue;
    const bound = hedgeBefore(text, start);
    add({ kind: 'quantity', text: m[1], span: { start, end: start + m[1].length }, value: MULTIPLE_OF_VALUE[m[1].toLowerCase()], precision: 0.05, unit: 'times', ...(bound ? { bound } : {}) });
  }
  // "Twice" that multiplies nothing counts occasions, as "three times" does ("advertised the posts twice last year" /
  // "three times last year"; "late for handover twice").
  if (/\b(?:twice|thrice)\b/i.test(text)) for (const m of text.matchAll(/\b(twice|thrice)\b/giu)) {
    const start = m.index!;
    if (MULTIPLE_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 24))) continue;
    add({ kind: 'quantity', text: m[0], span: { start, end: start + m[0].length }, value: /^twice$/i.test(m[1]) ? 2 : 3, precision: 0.5, unit: 'occasion', bound: hedgeBefore(text, start) });
  }
  for (const m of text.matchAll(ORDINAL_WORD)) {
    // "First" as an adverb before a verb ("Wierzbicki first conducted the HPO", "first raised concerns") numbers
    // nothing, nor does "at first"; "the first … to" and "first place" do.
    if (!m[1] && /^first$/i.test(m[2]) && /\bat\s+$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    // "per second" is a rate's period, no place.
    if (!m[1] && /^second$/i.test(m[2]) && /\bper\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    if (!m[1] && /^first$/i.test(m[2]) && FIRST_ADVERB.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)) && !/\b(?:the|a|its|his|her|their|our)\s+$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const unit = ORDINAL_WORDS[m[2].toLowerCase()];
    // A ten only before a unit's ordinal ("twenty-sixth"; "twenty tenth" is two words).
    const ten = m[1] && unit < 10 ? SMALL_NUMBERS[m[1].toLowerCase()] : 0;
    const start = ten ? m.index! : m.index! + m[0].length - m[2].length;
    add({ kind: 'ordinal', text: text.slice(start, m.index! + m[0].length), span: { start, end: m.index! + m[0].length }, value: ten + unit, precision: 0.5, ...ordinalUnit(text, m.index! + m[0].length) });
  }
  for (const name of extractNames(text)) add(name);
  if (documentDate && /^\d{4}-\d{2}-\d{2}$/.test(documentDate)) {
    for (const m of text.matchAll(RELATIVE_DAY)) {
      const word = m[1].toLowerCase();
      const date = addDays(documentDate, DAY_OFFSET[word] ?? 0);
      const start = m.index!;
      const shown = `${m[1]} (${WEEKDAY_WORDS[date.weekday]} ${date.day} ${MONTH_WORDS[date.month - 1]} ${date.year})`;
      add({ kind: 'date', text: shown, span: { start, end: start + m[0].length }, date });
    }
  }

  // "the following year" after "in 1995" is 1996 (a source's; a claim's own words are compared as written).
  if (relativeYears && digits) {
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const start = m.index!;
      let anchor: Omit<TypedValue, 'role'> | undefined;
      for (const v of out) if (v.kind === 'year' && v.through === undefined && !v.decade && v.span.end <= start && (!anchor || v.span.end > anchor.span.end)) anchor = v;
      if (!anchor) continue;
      const later = /following|next|after/i.test(m[1] ?? m[2]);
      add({ kind: 'year', text: m[0], span: { start, end: start + m[0].length }, value: anchor.value! + (later ? 1 : -1), precision: 0.5 });
    }
  }
  if (digits && text.includes(' | ')) withHeaderUnits(text, out);
  markDifferences(text, out);
  out.sort((a, b) => a.span.start - b.span.start);
  // (Nor the parts of a reference, "RC/23/1693" and "CM-25-014", nor of a postcode, "EL4 7QT": no year and no count.)
  if (digits) {
    const postcodes = [...text.matchAll(POSTCODE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    for (let k = out.length - 1; k >= 0; k--) {
      const v = out[k];
      if (v.kind !== 'number' && v.kind !== 'year') continue;
      if ((REFERENCE_BEFORE.test(text.slice(Math.max(0, v.span.start - 24), v.span.start)) && !/^[\p{L}\d]/u.test(text.slice(v.span.end, v.span.end + 1))) || postcodes.some((p) => v.span.start >= p.start && v.span.end <= p.end)) out.splice(k, 1);
    }
  }
  // (A range in words shares its unit too: "three to four weeks".)
  if (digits || (out.length > 1 && RANGE_IN_WORDS.test(text))) sharedScales(text, out);
  markRanges(text, out);
  if (digits) unitOfSubject(text, out);
  if (digits) unitOfList(text, out);
  // (A change in words too: "from three months to six".)
  if (digits || (out.length > 1 && /\bfrom\s[^.;]*\sto\s/i.test(text))) unitOfChange(text, out);
  if (digits) agesInApposition(text, out);
  if (digits) sharedCaps(text, out);
  return withRoles(text, out);
}

/**
 * A cap shared by the figures of a list: "up to £1,500 for homes and £4,500 for rural businesses" caps both (the
 * second figure after "for …, and" or "for … and", of the first's kind and unit); so does a comparison of the capped
 * figure with another right after it ("up to £4,500, compared with £2,500").
 */
function sharedCaps(text: string, values: Omit<TypedValue, 'role'>[]): void {
  const sorted = [...values].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) {
    const [first, next] = [sorted[i - 1], sorted[i]];
    if (first.bound !== 'atMost' || next.bound !== undefined || first.kind !== next.kind || first.unit !== next.unit) continue;
    if (!/^up to$/i.test(hedgeWords(text, first.span.start))) continue;
    // (Or a figure the first is compared with: "grants of up to £4,500, compared with £2,500 under the current scheme".)
    if (/^\s+(?:for|to|on|in|per)\s+[^,.;:()]{1,40}?,?\s+and\s+$/i.test(text.slice(first.span.end, next.span.start)) || /^,?\s+(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|instead\s+of|rather\s+than)\s+(?:the\s+)?$/i.test(text.slice(first.span.end, next.span.start))) Object.assign(next, { bound: 'atMost', cap: true });
  }
}

/**
 * A bare number in apposition right after a person's name ("Graham Pike, 58, a retired teacher") or after "aged"
 * is the person's age: a number of years, as "58-year-old" reads, and no count ("father of three").
 */
function agesInApposition(text: string, values: Omit<TypedValue, 'role'>[]): void {
  values.forEach((v, i) => {
    if (v.kind !== 'number' || v.unit || v.value === undefined || !Number.isInteger(v.value) || v.value < 1 || v.value > 120 || !/^\d+$/.test(v.text)) return;
    const after = text.slice(v.span.end, v.span.end + 2);
    const named = i > 0 && values[i - 1].kind === 'name' && /^,\s*$/.test(text.slice(values[i - 1].span.end, v.span.start)) && /^(?:,|\)|\s*$)/.test(after);
    // (Not the first of a range: "aged 25-30".)
    const aged = /\baged\s+$/i.test(text.slice(Math.max(0, v.span.start - 8), v.span.start)) && !/^\s*(?:[-–]|to\s)/.test(text.slice(v.span.end, v.span.end + 4));
    if (named || aged) values[i] = { ...v, kind: 'quantity', unit: 'year' };
  });
}

const DIFFERENCE_BEFORE = /\b(?:by|up|down|gain(?:s|ed|ing)?|add(?:s|ed|ing)?|an?\s+(?:extra|additional|further))\s+(?:(?:about|around|nearly|almost|some|just|only|a\s+mere|over|under|roughly|more\s+than|less\s+than|fewer\s+than|another)\s+)?$/i;
const LEAD_POINTS = /^\s*points?\s+(?:clear|ahead|behind|adrift)\b/i;
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}%]+\s+)?(?:more|fewer|less|higher|lower|longer|shorter|bigger|smaller|larger|older|younger|extra|ahead|clear|behind|adrift)\b|^\s+(?:later|earlier)\b(?!\s+than\b)/iu;

/**
 * Marks the figures that are differences ("by 382 votes", "up £104", "gain 210 places", "an extra 40 beds", "45
 * minutes longer", "six points clear").
 */
/** A noun of change and "of" right before its figure: "a fall of 0.5 per cent", "an increase of about 12%". */
// (Or the noun as a subject with its figure after "was": "the fall was less than 1 per cent".)
export const CHANGE_OF = /\b(?:(?:a|an)\s+(?:\p{L}+\s+)?(?:fall|rise|drop|increase|decrease|decline|reduction|jump|growth|cut)\s+of|the\s+(?:fall|rise|drop|increase|decrease|decline|reduction|jump|growth|cut)\s+(?:was|is|had\s+been|has\s+been)(?:\s+(?:less|more)\s+than|\s+just\s+(?:over|under))?)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+)?[£$€]?$/iu;

/** What follows a length of time that is the gap between two events: "before the music ended", "after the crash". */
const TIME_BETWEEN_AFTER = /^\s+(?:before|after)\s+(?:the|a|an|its|his|her|their)\s/i;

function markDifferences(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (const v of values) {
    // Not a time of day ("by 10am"), nor a vote ("by six votes to three").
    if ((v.kind !== 'number' && v.kind !== 'quantity' && v.kind !== 'percent' && v.kind !== 'money') || v.unit === 'clock' || v.unit === 'clock12' || v.unit === 'score') continue;
    if (DIFFERENCE_BEFORE.test(text.slice(Math.max(0, v.span.start - 24), v.span.start)) || DIFFERENCE_AFTER.test(text.slice(v.span.end, v.span.end + 16))) v.difference = true;
    // (A noun of change after the two figures it lies between: "will cost £1.60 instead of £1.20, a rise of 40p".)
    else if (v.kind !== 'percent' && CHANGE_OF.test(text.slice(Math.max(0, v.span.start - 40), v.span.start)) && values.filter((x) => x.kind === v.kind && x.unit === v.unit && x.span.end <= v.span.start).length >= 2) v.difference = true;
    // (A time between two events, as a gap: "staffed only until 22:00, 90 minutes before the music ended".)
    else if (v.kind === 'quantity' && (v.unit === 'min' || v.unit === 'h') && TIME_BETWEEN_AFTER.test(text.slice(v.span.end, v.span.end + 16))) v.difference = true;
    // A lead in points ("12 points clear", "six points behind"): a difference of two scores, or of two shares of a
    // poll (`differenceFigures`).
    if (v.difference && v.kind === 'number' && LEAD_POINTS.test(text.slice(v.span.end, v.span.end + 24))) {
      v.kind = 'quantity';
      v.unit = 'points';
      delete v.label;
    }
  }
}

/** Units of measure, of `UNITS` and others; the rest of its units count things ("votes", "games", "people"). */
const MEASURES = new Set(['ugm3', 'mgl', 'ppb', 'ppm', 'km', 'mi', 'nmi', 'kn', 'bp', 'm', 'ft', 'yd', 'in', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'lb', 'acre', 'ha', 's', 'min', 'h', 'day', 'week', 'month', 'year', 'decade', 'century', 'mph', 'kph', '%', 'mw', 'gw', 'kw', 'mwh', 'gwh', 'kwh', 'twh', 'mb', 'gb', 'tb', 'ml', 'megalitre', 'l', 'bbl', 'kcal', 'deg', 'degC', 'degF', 'clock', 'clock12', 'magnitude', 'times', 'fraction', 'score', 'pp', 'db', 'mbps', 'gbps']);
/** Whether a quantity's unit counts things ("702 votes", "eight games"), which a bare number of a table may give. */
export const countUnit = (unit: string | undefined): boolean => unit !== undefined && !MEASURES.has(unit);

/** Most values of a text whose pairs `statesDifference` tries. */
const DIFFERENCE_VALUES = 24;

/** The figures of a text a claim's difference may lie between: of its kind and unit, not differences themselves. */
function differenceFigures(claim: TypedValue, values: readonly TypedValue[], clocks = false): TypedValue[] {
  // A time between two times of day ("launched 11 minutes later" / "at 9.47pm … launched at 9.58pm"): the times in
  // the claim's unit, a time of the 12-hour clock either side of noon or midnight as the nearer.
  if (clocks && claim.kind === 'quantity' && (claim.unit === 'min' || claim.unit === 'h')) {
    const times = values.filter((x) => x.value !== undefined && (x.unit === 'clock' || x.unit === 'clock12'));
    if (times.length >= 2) return times.slice(0, DIFFERENCE_VALUES).map((x) => ({ ...x, unit: claim.unit, value: x.value! / (claim.unit === 'h' ? 60 : 1), precision: x.unit === 'clock12' ? CLOCK12 : 0.5 }));
  }
  const alike = (x: TypedValue) => {
    if (x.value === undefined || x.difference) return false;
    if (claim.kind === 'percent') return x.kind === 'percent' && x.unit === '%' && (claim.unit === '%' || claim.unit === 'pp');
    if (claim.kind === 'money') return x.kind === 'money' && x.unit === claim.unit;
    if (claim.kind === 'quantity') return (x.kind === 'quantity' && x.unit === claim.unit) || (x.kind === 'number' && countUnit(claim.unit)) || (claim.unit === 'points' && x.kind === 'percent' && x.unit === '%');
    return x.kind === 'number' || (x.kind === 'quantity' && countUnit(x.unit));
  };
  return values.filter(alike).slice(0, DIFFERENCE_VALUES);
}

/** Whether a difference d of two figures (the rounding of the least precise of the three: `tolerance`) is the claim's. */
function differenceAgrees(claim: TypedValue, d: number, tolerance: number): boolean {
  const v = claim.value!;
  if (claim.bound === 'atLeast') return d >= v - tolerance;
  if (claim.bound === 'atMost') return d <= v + tolerance;
  if (claim.bound === 'about') return Math.abs(d - v) <= Math.max(tolerance, 0.1 * v);
  return Math.abs(d - v) <= tolerance;
}

/** The precision `differenceFigures` gives a time of the 12-hour clock, to know it apart (an impossible rounding). */
const CLOCK12 = -12;

/**
 * The list a text gives right after a claim's counted noun (the term after its count): "Routes 7, 12 and 34" for
 * "three routes", "the suspects, Smith and Jones" for "two suspects". Values of one kind joined by commas and a
 * final "and" (or "or"); the number of items and the list's text and span.
 */
export function countedList(text: string, values: readonly TypedValue[], claim: TypedValue): { count: number; text: string; span: Span } | undefined {
  const n = claim.value;
  if (claim.kind !== 'number' || claim.unit !== undefined || n === undefined || !Number.isInteger(n) || n < 2 || n > 12) return undefined;
  const noun = [...claim.role].find(([key, w]) => key.startsWith('>') && w === 1)?.[0].slice(1);
  if (!noun) return undefined;
  const sorted = [...values].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    if (first.kind !== 'number' && first.kind !== 'name') continue;
    let k = i;
    let closed = false;
    while (k + 1 < sorted.length && sorted[k + 1].kind === first.kind) {
      const gap = text.slice(sorted[k].span.end, sorted[k + 1].span.start);
      if (/^\s*,\s*$/.test(gap)) k++;
      else if (/^\s*,?\s+(?:and|or)\s+$/i.test(gap)) {
        k++;
        closed = true;
        break;
      } else break;
    }
    if (!closed) continue;
    // The counted noun right before the list ("Routes 7, 12 and 34", "the suspects, Smith and Jones").
    const before = /([\p{L}]+)[\s,:]*(?:the\s+)?$/iu.exec(text.slice(Math.max(0, first.span.start - 30), first.span.start));
    if (!before || processTerm(before[1]) !== noun) continue;
    const span = { start: first.span.start, end: sorted[k].span.end };
    return { count: k - i + 1, text: text.slice(span.start, span.end), span };
  }
  return undefined;
}

/**
 * Whether two figures of a text differ by a claim's difference ("by 382 votes" / "1,486" and "1,104"; "fell by
 * £0.7m" / "£3.9m" and "£3.2m"; "rose by 4.1 points" / "26.5%" and "30.6%"; "more than two days longer" / "9.4
 * days, compared with 7.1 days"): two of its kind and unit, within the rounding of the least precise of the three
 * (a bound holds as bounds do).
 */
/** Words that open a range of two figures: "a range of 5 to 8 years", "between 200 and 300". */
const RANGE_OPENING = /\b(?:range\s+of|between)\s+\S{0,2}$/i;
/** Words between the two figures of a range: "between £1.62 and £1.66 billion", "5 to 10 million", "£3-4bn", "two- or three-day". */
// (Or in a compound: "the three-to-six-mile band".)
const RANGE_JOIN = /^-?\s*(?:and|to|or|-|–)\s*(?:(?<=to)-)?$/;

/**
 * Marks figures joined as a range may be (`joined`: "£1.62bn to £1.66bn", "three to four weeks") and the ends of a
 * range the text opens as one (`inRange`: "a range of five to eight years", "between 200 and 300"). `values` in text
 * order.
 */
function markRanges(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (let k = 0; k + 1 < values.length; k++) {
    const [a, b] = [values[k], values[k + 1]];
    if (!isNumeric(a as TypedValue) || !isNumeric(b as TypedValue) || !RANGE_JOIN.test(text.slice(a.span.end, b.span.start))) continue;
    a.joined = b.joined = true;
    if (RANGE_OPENING.test(text.slice(Math.max(0, a.span.start - 16), a.span.start))) a.inRange = b.inRange = true;
  }
}

/**
 * The first figure of a range takes the scale (and unit) written after the second: "between £1.62 and £1.66
 * billion" is £1.62bn to £1.66bn, "5 to 10 million tonnes" 5 million tonnes to 10 million. `values` in text order.
 */
/** Two figures in words joined as a range ("three to four weeks", "between six and eight", "eight hundred and twelve hundred"). */
const RANGE_IN_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)(?:-?\s+(?:to|and|or)\s+|-to-)\p{L}/iu;
/** Orders of magnitude between two ends of a range beyond which the first end does not take the second's scale. */
const RANGE_SPREAD_MAX = 2;

function sharedScales(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (let k = 0; k + 1 < values.length; k++) {
    const a = values[k];
    const b = values[k + 1];
    if (!isNumeric(a as TypedValue) || !isNumeric(b as TypedValue) || a.value === undefined || b.value === undefined) continue;
    if (!RANGE_JOIN.test(text.slice(a.span.end, b.span.start))) continue;
    // "between 3 and 4 per cent": both percentages.
    if (a.kind === 'number' && b.kind === 'percent' && a.unit === undefined) {
      a.kind = 'percent';
      a.unit = b.unit;
      continue;
    }
    // "between eight hundred and twelve hundred pounds", "between 800 and 1,200 pounds": both sums, when the two are
    // of one order of magnitude or so.
    if (a.kind === 'number' && a.unit === undefined && !a.label && !a.per && b.kind === 'money' && a.value > 0 && b.value > 0 && Math.abs(Math.log10(a.value / b.value)) < 1) {
      a.kind = 'money';
      a.unit = b.unit;
      continue;
    }
    const written = (v: Omit<TypedValue, 'role'>) => Number(/\d[\d,]*(?:\.\d+)?/.exec(v.text)?.[0].replace(/,/g, '') ?? NaN);
    // "from 32 to 24 hours", "5-7 metres", "three to four weeks": both measures in the unit written after the second.
    if (a.kind === 'number' && a.unit === undefined && !a.per && !a.label && b.kind === 'quantity' && b.unit !== undefined && MEASURES.has(b.unit) && (a.value === written(a) || !/\d/.test(a.text))) {
      a.kind = 'quantity';
      a.unit = b.unit;
      continue;
    }
    const scale = b.value / written(b);
    if (!(scale >= 1000) || Math.abs(a.value - written(a)) > 1e-9 * Math.max(1, a.value)) continue;
    // (Not a figure the scale would put two orders of magnitude or more beyond the second: "rose by £40,000 to £2.73
    // million" is no £40bn.)
    if (Math.abs(Math.log10((a.value * scale) / b.value)) >= RANGE_SPREAD_MAX) continue;
    // "£3-4bn": the currency of the first is the second's too.
    if (a.kind === 'money' && b.kind === 'number') {
      b.kind = 'money';
      b.unit = a.unit;
    }
    if (a.kind !== b.kind && a.kind !== 'number') continue;
    a.value *= scale;
    if (a.precision !== undefined) a.precision *= scale;
    if (a.kind === 'number' && b.kind !== 'number') {
      a.kind = b.kind;
      a.unit = b.unit;
    }
  }
}

/** A UK postcode: "EL4 7QT", "SW1A 1AA". */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
/** Letters of a reference's code and its parts before a figure: "RC/23/", "CM-25-". */
const REFERENCE_BEFORE = /(?<![\p{L}\d])\p{Lu}{1,5}[/-](?:\d+[/-])*$/u;

/** A measure named as what changes, before "from N to M" with no unit: "opening hours … would fall from 32 to 24 a week". */
const SUBJECT_UNIT = /\b(hours|minutes|miles|kilometres|kilometers|metres|meters|days|weeks)\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:(?:will|would|could|to|has|have|had|was|were|is|are|be|been)\s+)*(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|cut|cuts|reduced?|reduces|increased?|increases|go|goes|went|gone|drop|drops|dropped|change|changes|changed|extended|extends?|shrinks?|shrank|grows?|grew|grown|up|down)\s+from\s+$/iu;

/** A measure named as the object of the change, before "from N to M": "had cut its hours from 20 to eight a week". */
const OBJECT_UNIT = /\b(?:cut|cuts|cutting|reduced?|reduces|reducing|increased?|increases|increasing|extended|extends?|extending|raised?|raises|raising|lengthened|shortened|changed?)\s+(?:its|their|his|her|the|our|opening|weekly|daily)\s+(?:opening\s+|weekly\s+|daily\s+)?(hours|minutes|miles|kilometres|kilometers|metres|meters|days|weeks)\s+from\s+$/iu;

/**
 * Figures of a change "from N to M" without a unit, where the words before name the measure that changes ("hours at
 * Ashby Fen Library would fall from 32 to 24 a week"): both in that unit.
 */
function unitOfSubject(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (let k = 0; k + 1 < values.length; k++) {
    const a = values[k];
    const b = values[k + 1];
    if (a.kind !== 'number' || b.kind !== 'number' || a.unit !== undefined || b.unit !== undefined || a.label || b.label) continue;
    if (!/^\s+to\s+$/i.test(text.slice(a.span.end, b.span.start))) continue;
    const m = SUBJECT_UNIT.exec(text.slice(Math.max(0, a.span.start - 120), a.span.start)) ?? OBJECT_UNIT.exec(text.slice(Math.max(0, a.span.start - 60), a.span.start));
    if (!m || /[,;:.]/.test(m[0])) continue;
    const unit = UNITS[m[1].toLowerCase()];
    if (!unit) continue;
    for (const v of [a, b]) {
      v.kind = 'quantity';
      v.unit = unit;
    }
  }
}

/** Whether a figure has a content word of its own right after it (its role's nearest term after it). */
function countsAWord(v: TypedValue): boolean {
  for (const [k, w] of v.role) if (k.charCodeAt(0) === 62 && w === 1) return true;
  return false;
}

/** What joins a bare figure to the measure before it in a list: ", ", " and ", " but ", " while ". */
const LIST_JOIN = /(?:,\s*|\s+(?:and|but|while|with)\s+)$/;
/** What may follow a bare figure whose unit the list gives: a preposition or the clause's end, not a noun of its own. */
const AFTER_BARE = /^(?:\s+(?:from|in|on|at|for|to|by|into|inside|outside|under|over|each|apiece)\b|\s*[,.;:)]|\s*$)/;

/**
 * A bare figure after a measure in a list, its unit left to be read from the one before ("33 litres from the right
 * tank and 28 from the left", "5 km on the first day, 8 on the second"): in that unit.
 */
function unitOfList(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (let k = 1; k < values.length; k++) {
    const a = values[k - 1];
    const b = values[k];
    if (b.kind !== 'number' || b.unit !== undefined || b.label || b.bound || !/^\d[\d,]*(?:\.\d+)?$/.test(b.text)) continue;
    if (a.kind !== 'quantity' || !a.unit || !MEASURES.has(a.unit) || a.unit === 'clock' || a.unit === 'clock12' || a.unit === 'times' || a.unit === 'score' || a.unit === 'fraction') continue;
    const gap = text.slice(a.span.end, b.span.start);
    if (gap.length > 60 || /[.;:!?()]/.test(gap) || !LIST_JOIN.test(gap) || !AFTER_BARE.test(text.slice(b.span.end, b.span.end + 12))) continue;
    if (parallelsABareCount(text, values, k)) continue;
    b.kind = 'quantity';
    b.unit = a.unit;
  }
}

/**
 * Whether a bare figure is followed by the same two words as a bare count before it in the text, and so is a count
 * like that one ("12 had moved to homes within five miles, 6 to homes between five and 15 miles away and 3 to homes
 * more than 15 miles away": the 3 is a count of homes, as the 6 is, not a distance).
 */
function parallelsABareCount(text: string, values: Omit<TypedValue, 'role'>[], k: number): boolean {
  const after = (v: Omit<TypedValue, 'role'>) => /^\s+(\p{L}+\s+\p{L}+)\b/u.exec(text.slice(v.span.end, v.span.end + 40))?.[1].toLowerCase();
  const words = after(values[k]);
  if (!words) return false;
  for (let j = 0; j < k - 1; j++) {
    const c = values[j];
    if (c.kind === 'number' && c.unit === undefined && !c.label && after(c) === words) return true;
  }
  return false;
}

/** Between a change's first figure and a bare second one: "to", after a time or place of the first ("in 2022 to"). */
// (Or after a rate of the first: "from five days a week to three".)
const CHANGE_GAP = /^(?:\s+(?:a|per|each)\s+(?:day|week|month|year|fortnight))?(?:\s+(?:in|on|at|during|by)\s+[^,;:.!?()]{1,24}?)?\s+to\s+(?:(?:about|around|just|only)\s+)?$/;

/**
 * A bare figure a change goes to, its unit left to be read from the one it goes from ("would shrink from 19 subjects
 * to 12", "fallen from 96 students in 2022 to 58 in 2024"): in that unit.
 */
function unitOfChange(text: string, values: Omit<TypedValue, 'role'>[]): void {
  for (let k = 1; k < values.length; k++) {
    const b = values[k];
    // (In digits or words: "from five days a week to three", "… to one thousand one hundred and forty-five".)
    if (b.kind !== 'number' || b.unit !== undefined || b.label || !/^(?:\d[\d,]*(?:\.\d+)?|\p{L}+(?:[\s-]\p{L}+)*)$/u.test(b.text)) continue;
    // The first figure: the one before, or the one before a year or a date between them.
    let j = k - 1;
    if (j > 0 && (values[j].kind === 'year' || values[j].kind === 'date')) j--;
    const a = values[j];
    // (A count of a plural noun the units do not list is a count of it: "19 subjects".)
    const noun = a.kind === 'number' && a.unit === undefined && !a.label ? /^\s+(\p{Ll}{3,}s)(?![\p{L}\p{N}])/u.exec(text.slice(a.span.end, a.span.end + 24))?.[1] : undefined;
    // (Or a sum's currency and period: "from one thousand and seventy-five pounds a week to one thousand one hundred and
    // forty-five".)
    const unit = noun ?? (a.kind === 'quantity' || a.kind === 'money' ? a.unit : undefined);
    if (!unit || unit === 'clock' || unit === 'clock12' || unit === 'times' || unit === 'score' || unit === 'fraction' || unit.startsWith('-')) continue;
    const end = noun ? a.span.end + text.slice(a.span.end).indexOf(noun) + noun.length : a.span.end;
    if (!/\bfrom\s+(?:(?:about|around|just|some)\s+)?$/i.test(text.slice(Math.max(0, a.span.start - 16), a.span.start))) continue;
    if (!CHANGE_GAP.test(text.slice(end, b.span.start)) || !AFTER_BARE.test(text.slice(b.span.end, b.span.end + 12))) continue;
    b.kind = a.kind === 'money' ? 'money' : 'quantity';
    b.unit = unit;
    if (a.kind === 'money' && a.per) b.per = a.per;
  }
}

/** A figure added to another: "with a further £1.5m in add-ons", "another 200 jobs", "plus £40m". */
const FURTHER_WORD = /\b(?:further|another|additional|plus|extra)\b/i;
const FURTHER_BEFORE = /\b(?:a\s+further|another|an\s+additional|additional|plus|an\s+extra|extra)\s+(?:up\s+to\s+|about\s+|around\s+)?$/i;

/**
 * Whether a text states a claim's duration as a span between two of its values: two times of day ("Between 09:12
 * and 13:47" for "more than four hours", "from 9pm to 1am" for "four hours") or two days of the year ("from 6
 * January to 14 February" for "about six weeks").
 */
export function statesDuration(claim: TypedValue, text: string, values: readonly TypedValue[]): boolean {
  if (claim.kind !== 'quantity') return false;
  const byDays = claim.unit === 'day' || claim.unit === 'week' || claim.unit === 'month';
  if (!byDays && claim.unit !== 'h' && claim.unit !== 'min') return false;
  let previous: TypedValue | undefined;
  for (const v of values) {
    if (!(byDays ? v.kind === 'date' && v.date?.day !== undefined && v.date.month !== undefined : v.unit === 'clock' || v.unit === 'clock12')) continue;
    const a = previous;
    previous = v;
    if (!a || !/^\s*(?:and|to|until|till|-|–)\s*$/i.test(text.slice(a.span.end, v.span.start))) continue;
    const length = byDays ? daysBetween(a.date!, v.date!) : minutesBetween(a, v);
    if (length <= 0) continue;
    const span: TypedValue = { kind: 'quantity', text: text.slice(a.span.start, v.span.end), span: { start: a.span.start, end: v.span.end }, value: length, precision: 0.5, unit: byDays ? 'day' : 'min', role: new Map() };
    if (valueAgrees(claim, span)) return true;
  }
  return false;
}

/** Minutes from one time of day to the next: past noon on a 12-hour clock, or past midnight. */
function minutesBetween(a: TypedValue, b: TypedValue): number {
  const minutes = b.value! - a.value!;
  return minutes > 0 ? minutes : minutes + (a.unit === 'clock12' || b.unit === 'clock12' ? 720 : 1440);
}

/** Days from one day of the year to the next ("from 20 December to 3 January" runs into the next year). */
function daysBetween(a: DateParts, b: DateParts): number {
  const year = b.year ?? a.year ?? 2001;
  const from = Date.UTC(a.year ?? year, a.month! - 1, a.day!);
  let to = Date.UTC(year, b.month! - 1, b.day!);
  if (to < from && b.year === undefined) to = Date.UTC(year + 1, b.month! - 1, b.day!);
  return (to - from) / 86_400_000;
}

/**
 * Whether a text states a claim's figure as the sum of two of its own, the second added to the first ("could rise
 * to £8m with add-ons" / "an initial £6.5m …, with a further £1.5m in add-ons"). Figures of one kind and unit.
 */
export function statesSum(claim: TypedValue, text: string, values: readonly TypedValue[]): boolean {
  if (!isNumeric(claim) || claim.value === undefined || claim.bound || !FURTHER_WORD.test(text)) return false;
  for (const b of values) {
    if (!isNumeric(b) || b.value === undefined || b.bound || !FURTHER_BEFORE.test(text.slice(Math.max(0, b.span.start - 30), b.span.start))) continue;
    for (const a of values) {
      if (a === b || a.span.start > b.span.start || a.kind !== b.kind || a.unit !== b.unit || a.value === undefined || a.bound || a.difference) continue;
      const sum: TypedValue = { kind: a.kind, text: `${a.text} + ${b.text}`, span: a.span, value: a.value + b.value, precision: Math.max(a.precision ?? 0, b.precision ?? 0), unit: a.unit, role: new Map() };
      if (valueAgrees(claim, sum)) return true;
    }
  }
  return false;
}

export function statesDifference(claim: TypedValue, values: readonly TypedValue[]): boolean {
  if (!claim.difference || claim.value === undefined || claim.value <= 0) return false;
  if (daysApart(claim, values)) return true;
  const figures = differenceFigures(claim, values, true);
  // (Times of the day: a gap runs across midnight the shorter way, "from 10.30pm … declared at 2.47am" is 4h17m.)
  const timed = claim.kind === 'quantity' && (claim.unit === 'min' || claim.unit === 'h') && values.filter((x) => x.value !== undefined && (x.unit === 'clock' || x.unit === 'clock12')).length >= 2;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      let d = Math.abs(a.value! - b.value!);
      // (Half a day apart on a 12-hour clock is the same time: "11:50" and "00:15" are 25 minutes apart.)
      if (a.precision === CLOCK12 || b.precision === CLOCK12) {
        const half = claim.unit === 'h' ? 12 : 720;
        d %= half;
        d = Math.min(d, half - d);
      } else if (timed) {
        const day = claim.unit === 'h' ? 24 : 1440;
        d = Math.min(d, day - d);
      }
      const tolerance = Math.max(claim.precision ?? 0.5, a.precision === CLOCK12 ? 0.5 : (a.precision ?? 0.5), b.precision === CLOCK12 ? 0.5 : (b.precision ?? 0.5));
      if (a.value !== b.value && differenceAgrees(claim, d, tolerance)) return true;
    }
  }
  return false;
}

/**
 * Whether a claim's days or weeks ("stood down four days later") are the time between two dates of the text, by day
 * and month ("Friday 3 January" and "Tuesday 7 January"), in one year when neither gives another.
 */
function daysApart(claim: TypedValue, values: readonly TypedValue[]): boolean {
  if (claim.kind !== 'quantity' || (claim.unit !== 'day' && claim.unit !== 'week') || claim.bound) return false;
  const days = claim.value! * (claim.unit === 'week' ? 7 : 1);
  const dates = values.filter((v) => v.kind === 'date' && v.date?.day !== undefined && v.date.month !== undefined && !v.date.throughMonth);
  const at = (d: DateParts, year: number) => Date.UTC(d.year ?? year, d.month! - 1, d.day!) / 86_400_000;
  for (const a of dates) {
    for (const b of dates) {
      if (a === b) continue;
      const year = a.date!.year ?? b.date!.year ?? 2001;
      if (Math.abs(at(b.date!, year) - at(a.date!, year)) === days) return true;
    }
  }
  return false;
}

/**
 * The two figures of a text that a claim's difference contradicts: the text's only two of its kind and unit, when
 * they differ by something else ("2.8 days longer" / "9.4 days, compared with 7.1 days").
 */
export function differenceRival(claim: TypedValue, values: readonly TypedValue[]): { a: TypedValue; b: TypedValue; difference: number } | undefined {
  if (!claim.difference || claim.value === undefined || claim.value <= 0) return undefined;
  const figures = differenceFigures(claim, values);
  if (figures.length !== 2) return undefined;
  const [a, b] = figures;
  const tolerance = Math.max(claim.precision ?? 0.5, a.precision ?? 0.5, b.precision ?? 0.5);
  const difference = Math.abs(a.value! - b.value!);
  return a.value !== b.value && !differenceAgrees(claim, difference, tolerance) ? { a, b, difference } : undefined;
}

/**
 * A table cell's bare figure in the unit its column's header gives (text/tableLabels.ts): "Share (%): 41.2" is
 * 41.2%, "2026/27 budget (£m): 48.2" is £48.2m, "Passengers (000s): 198" is 198,000, "Max temp (°C): 40.2" is
 * 40.2°C, "Share price (pence): 292.0" is 292p; or, in a table whose columns
 * are the things compared, the unit its row's label gives ("Possession (%) | Kelmouth: 58 | Harbridge: 42").
 */
/** A standing's column of an earlier period's places: "Last year", "Previous", "Last season", "LW". */
const EARLIER_PLACE = /^(?:(?:last|previous|prior)(?:\s+(?:year|season|week|month|time))?|prev\.?|ly|lw)$/i;

/** The period after a header's unit: " a day" of "(million litres a day)", " per hour". */
const HEADER_PERIOD = /^\s+(?:a|an|per|each)\s+\p{L}+$/u;

function withHeaderUnits(text: string, values: Omit<TypedValue, 'role'>[]): void {
  const cells = labelledCellSpans(text);
  const first = text.indexOf(' | ');
  const rowUnit = cells.length && cells[0].start > first ? headerUnit(text.slice(0, first)) : undefined;
  // In a standing ("Rank: 12 | Northbridge | Last year: 17"), an earlier period's column holds places too.
  const standing = cells.some((c) => headerUnit(c.label)?.kind === 'ordinal');
  for (const cell of cells) {
    const unit = headerUnit(cell.label) ?? (standing && EARLIER_PLACE.test(cell.label.trim()) ? { kind: 'ordinal' as const } : undefined) ?? rowUnit;
    if (!unit) continue;
    const i = values.findIndex((v) => v.span.start >= cell.valueStart && v.span.start <= cell.valueStart + 2 && v.span.end <= cell.end);
    const v = values[i];
    if (!v || v.kind !== 'number' || v.unit !== undefined || v.value === undefined) continue;
    if (unit.kind === 'percent') values[i] = { ...v, kind: 'percent', unit: unit.points ? 'pp' : '%' };
    else if (unit.kind === 'ordinal') values[i] = { ...v, kind: 'ordinal', precision: 0.5 };
    else if (unit.kind === 'measure') {
      // (Read as the figure and its unit would be in a sentence: "40.2 °C", "142 million litres a day", with its
      // period; a unit the values do not know is left.)
      const written = `${v.text} ${unit.unit}`;
      const q = extractValues(written).find((x) => (x.kind === 'quantity' || x.kind === 'money') && x.span.start === 0 && (x.span.end === written.length || (!!x.per && HEADER_PERIOD.test(written.slice(x.span.end)))));
      if (q) values[i] = { ...v, kind: q.kind, unit: q.unit, value: q.value, precision: q.precision, ...(q.per ? { per: q.per } : {}) };
    } else if (unit.kind === 'money') values[i] = { ...v, kind: 'money', unit: CURRENCY_SIGNS[unit.sign.toLowerCase()] ?? 'usd', value: v.value * unit.scale, precision: (v.precision ?? 0.5) * unit.scale };
    else values[i] = { ...v, value: v.value * unit.scale, precision: (v.precision ?? 0.5) * unit.scale };
  }
}

/**
 * A numbered paragraph's or list item's number and nothing else: "4.2 ", "12. ", "(b) ", "iii) " (not a bare count:
 * "12 Tesco stores").
 */
const ITEM_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.|\(?[a-z]{1,4}\)|\(\d{1,3}\))\s+$/;

function isSentenceStart(text: string, offset: number): boolean {
  // (After a paragraph's or a list item's number opening the text: "4.2 Three rest centres had been opened", "(b) The".)
  if (offset <= 12 && ITEM_NUMBER.test(text.slice(0, offset))) return true;
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (/\s/.test(ch) || ch === '“' || ch === '"' || ch === '‘' || ch === "'" || ch === '(' || ch === '[' || ch === '*' || ch === '_' || ch === '#') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '\n' || ch === '—' || ch === '–';
  }
  return true;
}

export function nameToken(word: string): string {
  // The plural of an acronym is the acronym ("NGOs", "VSMCs").
  if (/^\p{Lu}{2,}s$/u.test(word)) word = word.slice(0, -1);
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\.$/, '');
}

/**
 * A word without its accents ("vlădescu" → "vladescu"; a transcript's speaker labels are often written in capitals
 * without them); words without any are returned as they are.
 */
export function foldAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC') : word;
}

/**
 * Whether `text[start, end)` is an acronym in parentheses whose letters are, in order, the initials of the words
 * just before it ("chronic kidney disease (CKD)", "Organisation for Economic Co-operation and Development (OECD)").
 */
function definedAcronym(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== '(' || text.charAt(end) !== ')') return false;
  const letters = text.slice(start, end).replace(/(?<=\p{Lu})s$/u, '').toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 2 || letters.length > 8) return false;
  // The words before it, up to twice as many as it has letters: one of them starts with its first letter, and
  // its other letters follow in order ("immunosuppressive (IS)", "metalloproteases (MMPs)").
  const before = text.slice(Math.max(0, start - 1 - 120), start - 1).trimEnd();
  const words = before.split(/[\s-]+/).filter(Boolean).slice(-2 * letters.length);
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i].charAt(0).toLowerCase() !== letters[0]) continue;
    const rest = words.slice(i).join(' ').toLowerCase();
    let k = 1;
    for (let j = 1; j < rest.length && k < letters.length; j++) if (rest[j] === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

/**
 * Whether text[start, end) is in the header label a loader put before a table cell's figure (" | Won: 20",
 * " | Operating profit: £312m"): the cell starts with a label of at most `MAX_LABEL` characters, ": " and a figure.
 */
function tableCellLabel(text: string, start: number, end: number): boolean {
  const bar = text.lastIndexOf(' | ', start);
  if (bar < 0 && !text.includes(' | ')) return false;
  const cell = bar < 0 ? 0 : bar + 3;
  const colon = text.indexOf(': ', end);
  return colon >= end && colon - cell <= MAX_LABEL && !text.slice(cell, colon).includes(' | ') && startsWithFigure(text.slice(colon + 2, colon + 12));
}

function extractNames(text: string): Omit<TypedValue, 'role'>[] {
  const words: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(NAME_WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Only whole words: "EB" of "10EB", "PSCderived" of "iPSCderived" and "SREBP" of "SREBP2" are pieces of a
    // token, not names the sources must state as such.
    if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /\p{N}/u.test(text.charAt(end))) continue;
    // Nor a piece of a hyphenated term whose other part is lower-case or a figure ("NF-kB", "anti-CTLA-4",
    // "Wingless-Int-1"); "Rolls-Royce" and "Anglo-French" stay names.
    if (/^-[\p{Ll}\p{N}]/u.test(text.slice(end, end + 2)) || /(?:^|[^\p{L}\p{N}])[\p{Ll}\p{N}][\p{L}\p{N}]*-$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
    // An acronym the claim itself defines ("chronic kidney disease (CKD)") restates the words before it.
    if (definedAcronym(text, start, end)) continue;
    words.push({ start, end, text: m[0] });
  }
  const out: Omit<TypedValue, 'role'>[] = [];
  let i = 0;
  while (i < words.length) {
    // Grow a run: next capitalised word separated by one space, or by particles.
    let j = i;
    while (j + 1 < words.length) {
      const gap = text.slice(words[j].end, words[j + 1].start);
      // (A firm's "&" joins its name: "Mercia & Pennine Infrastructure", "Marks & Spencer", "AT&T".)
      if (/^[ \u00a0]$/.test(gap) || /^-$/.test(gap) || /^ ?& ?$/.test(gap)) j++;
      else if (/^ (?:[a-z]+ ){1,2}$/.test(gap) && gap.trim().split(' ').every((w) => NAME_PARTICLES.has(w))) j++;
      else break;
    }
    // A table cell's header label ("Won: 20", "Operating Profit: £312m"; text/tableLabels.ts) names a column, not a thing.
    if (tableCellLabel(text, words[i].start, words[j].end)) {
      i = j + 1;
      continue;
    }
    let first = i;
    // Drop sentence-initial common words ("The", "However") and months, weekdays.
    while (first <= j) {
      const w = words[first];
      const lower = nameToken(w.text);
      // (Nor a number in words opening a sentence: "Seventeen Year 7 pupils".)
      const common = NOT_NAMES.has(lower) || MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined || MEMBERS.test(w.text) || (first === i && Object.hasOwn(WORD_VALUE, lower) && LABEL_AFTER.test(text.slice(w.end, w.end + 24)));
      // (A word with a capital inside is a name wherever it stands: "CalMac", "PayPal", "McAllister".)
      if (common || (first === i && isSentenceStart(text, w.start) && first === j && !/^\p{Lu}{2,}$/u.test(w.text) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text))) first++;
      else break;
    }
    // (Nor people of a place, opening a sentence: "Residents of Mill Lane told the meeting" names Mill Lane.)
    if (first < j && GROUP_OF.has(nameToken(words[first].text)) && isSentenceStart(text, words[first].start) && /^ of $/.test(text.slice(words[first].end, words[first + 1].start))) first++;
    // Trim trailing particles / common words.
    let last = j;
    while (last >= first && (MONTHS[nameToken(words[last].text)] !== undefined || WEEKDAYS[nameToken(words[last].text)] !== undefined || MEMBERS.test(words[last].text))) last--;
    // (Nor "No" before the number it labels: "Bruckner's Symphony No. 8".)
    if (last >= first && words[last].text === 'No' && /^\.?\s*\d/.test(text.slice(words[last].end, words[last].end + 4))) last--;
    // (Nor a group's word alone before its number after a count: "Seventeen Year 7 pupils".)
    if (first === last && first > i && LABEL_AFTER.test(` ${text.slice(words[first].start, words[first].start + 24)}`)) first++;
    if (first <= last) {
      const start = words[first].start;
      const end = words[last].end;
      const written = text.slice(start, end).replace(/['’]s$/, '');
      const tokens = written.split(/[\s\u00a0&-]+/).map(nameToken).filter((t) => t && !NAME_PARTICLES.has(t));
      if (tokens.length) out.push({ kind: 'name', text: written, span: { start, end: start + written.length }, name: tokens });
    }
    i = j + 1;
  }
  return surnameFirst(text, out);
}

/**
 * A list's "SURNAME, Forenames" at a line's start ("FENWICK, Alan Stuart   Reform UK   431", a declaration of
 * results, a court list): one person, "Alan Stuart Fenwick" ("Alan Fenwick" is its short form).
 */
function surnameFirst(text: string, names: Omit<TypedValue, 'role'>[]): Omit<TypedValue, 'role'>[] {
  if (!SURNAME_COMMA.test(text)) return names;
  const out: Omit<TypedValue, 'role'>[] = [];
  for (let k = 0; k < names.length; k++) {
    const a = names[k];
    const b = names[k + 1];
    if (b && a.name!.length === 1 && /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(a.text) && /^,[ \t]*$/.test(text.slice(a.span.end, b.span.start)) && /(?:^|\n)[ \t|]*$/.test(text.slice(Math.max(0, a.span.start - 40), a.span.start)) && b.name!.length <= 3 && /^\p{Lu}\p{Ll}/u.test(b.text) && !/\p{Lu}{2}/u.test(b.text)) {
      out.push({ kind: 'name', text: text.slice(a.span.start, b.span.end), span: { start: a.span.start, end: b.span.end }, name: [...b.name!, ...a.name!] });
      k++;
    } else out.push(a);
  }
  return out;
}
/** People of a place or a body, who are no name of their own: "Residents of Mill Lane", "Parents of pupils". */
const GROUP_OF: ReadonlySet<string> = new Set(['residents', 'parents', 'members', 'tenants', 'traders', 'pupils', 'students', 'patients', 'families', 'staff', 'workers', 'councillors', 'officers', 'volunteers', 'campaigners', 'supporters', 'fans', 'neighbours', 'owners', 'users', 'drivers', 'passengers', 'visitors', 'shoppers', 'villagers', 'objectors', 'people']);
const SURNAME_COMMA = /(?:^|\n)[ \t|]*\p{Lu}[\p{Lu}'’-]{2,},[ \t]*\p{Lu}\p{Ll}/u;

const ROLE_WINDOW = 4;
/** An age, and a home, in commas after a person's name: ", 34, of Ashby Road,", ", aged 29,". */
const PERSON_APPOSITION = /^,\s*(?:aged\s+)?\d{1,3},(?:\s*(?:of|from)\s+[^,.;]{1,60},)?/;
const CLAUSE_MARK = /[,;:()\[\]—–]/;
/**
 * A part and its whole ("close two of its 16 libraries", "won three of their five games", "five of the 12 victims"):
 * the part is the figure the verb is about and counts the noun after the whole.
 */
// (A ten with its unit too: "Sixty-one of the prison's 310".)
const NUMBER_WORD = `(?:(?:[£$€]\\s?)?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(SMALL_NUMBERS).join('|')})`;
const PARTITIVE_AFTER = new RegExp(`^\\s+of\\s+(?:its|the|their|our|his|her|these|those|your|my)\\s+${NUMBER_WORD}(?![\\p{L}\\p{N}])`, 'iu');
// (Or an owner's in the possessive: "25 of the council's 48 seats".)
// (A possessive of two words too: "30 of the town centre's 211 ground-floor shop units".)
const PARTITIVE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER_WORD}\\s+of\\s+(?:its|the|their|our|his|her|these|those|your|my)\\s+(?:(?:\\p{Ll}[\\p{L}-]*\\s+)?[\\p{L}-]+['’]s?\\s+)?$`, 'iu');

/** A numbered paragraph's number and "Of the" at the start of a line ("2.2 Of the "). */
const ITEM_OF_BEFORE = /(?:^|\n)[ \t]*\d{1,3}(?:\.\d{1,3}){1,3}\.?[ \t]+Of\s+(?:its|the|their|our|his|her|these|those|your|my)\s+(?:[\p{L}-]+['’]s?\s+)?$/u;

/** "Just after", "shortly before" right before a time of day. */
const SHORTLY = /\b(just|shortly|soon|a little|a few minutes)\s+(after|before)\s+$/i;

/** The words of a bound written after a value ("and over" of "aged 21 and over"), with the space before them. */
export function boundAfter(text: string, v: TypedValue): string | undefined {
  return v.bound && (v.kind === 'number' || v.kind === 'quantity' || v.kind === 'money') ? BOUND_AFTER.exec(text.slice(v.span.end, v.span.end + 24))?.[0] : undefined;
}

/**
 * A bound written after a figure: "and over", "or more", "and under", "or younger" (group 1 its word); not a word of
 * the next noun ("425 pounds and under-18s at 150 pounds").
 */
const BOUND_AFTER = /^(?:\s+\p{L}+)?\s+(?:and|or)\s+(over|above|older|more|upwards|under|below|younger|less|fewer)\b(?!\s+(?:than|the|a|an)\b|\s+\d|[-‐–])/iu;

/**
 * Words of what something can hold right before a bare figure ("which can carry 190", "able to seat", "a capacity of",
 * "room for"): the figure is the most, as "up to 190" is.
 */
/** Units of a rating a thing is built to, which its "up to" gives: "a 49.9-megawatt solar farm". */
const RATED_UNITS = new Set(['mw', 'gw', 'kw', 'mwh', 'gwh', 'kwh']);
const CAPACITY_BEFORE = /\b(?:(?:can|could|is\s+able\s+to|are\s+able\s+to|able\s+to)\s+(?:\p{Ll}+\s+)?(?:carry|hold|seat|take|accommodate|house|sleep|fit|berth|handle)|capacity\s+(?:of|for)|room\s+for|space\s+for)\s+$/u;

/**
 * Gives each value the content terms around it, on first access (up to four each side, nearest weighing 1, then 1/2, 1/3, 1/4),
 * keyed by side: `<term` before the value, `>term` after it. A name in the window counts as one term
 * (`>kim il sung`), so "the 100th birthday of Kim Il Sung" and "the 70th birthday of Kim Jong Il" differ.
 */
function withRoles(text: string, values: Omit<TypedValue, 'role'>[]): TypedValue[] {
  // Roles are read only when a value is paired with a rival: found on first access, the slots once per text.
  let slots: RoleSlot[] | undefined;
  return values.map((v) => {
    let role: Map<string, number> | undefined;
    // "Just after 3am", "shortly before midnight".
    const near = v.kind === 'quantity' && (v.unit === 'clock' || v.unit === 'clock12') ? SHORTLY.exec(text.slice(Math.max(0, v.span.start - 24), v.span.start)) : null;
    const shortly = near?.[2].toLowerCase();
    // (Of a whole hour, "shortly" and "soon" allow half an hour: "shortly before midday" for 11.40am.)
    const loose = !!near && /^(?:shortly|soon)$/i.test(near[1]) && v.value !== undefined && v.value % 60 === 0;
    // A bound after the figure: "aged 21 and over", "250 or more staff", "65 and older".
    const after = !v.bound && (v.kind === 'number' || v.kind === 'quantity' || v.kind === 'money') ? BOUND_AFTER.exec(text.slice(v.span.end, v.span.end + 24)) : null;
    return {
      ...v,
      ...(shortly ? { shortly: shortly as 'after' | 'before', ...(loose ? { shortlyLoose: true } : {}) } : {}),
      ...(after ? { bound: /^(?:over|above|older|more|upwards)$/i.test(after[1]) ? ('atLeast' as const) : ('atMost' as const) } : {}),
      ...(v.bound === 'atMost' || v.bound === 'atLeast' ? (NEAR_HEDGE.test(hedgeWords(text, v.span.start)) ? { near: true } : /^up to$/i.test(hedgeWords(text, v.span.start)) || CAP_BEFORE.test(text.slice(Math.max(0, v.span.start - 24), v.span.start)) ? { cap: true } : {}) : {}),
      // (Or a size written as an adjective, of a measure: "the 49.9-megawatt development" / "a capacity of up to 49.9
      // megawatts".)
      ...(!v.bound && !after && (v.kind === 'number' || v.kind === 'quantity') && (CAPACITY_BEFORE.test(text.slice(Math.max(0, v.span.start - 40), v.span.start)) || (v.kind === 'quantity' && RATED_UNITS.has(v.unit ?? '') && /^\d[\d.,]*-\p{L}/u.test(v.text))) ? { capacity: true } : {}),
      ...(v.kind === 'number' || v.kind === 'quantity' || v.kind === 'money' ? wholeness(text.slice(Math.max(0, v.span.start - 40), v.span.start)) : {}),
      get role() {
        return (role ??= roleOf(text, v, (slots ??= roleSlots(text, values))));
      },
    };
  });
}

interface RoleSlot {
  term: string;
  start: number;
  end: number;
}

/** The context units of a text: content terms outside values, and each name as one unit. */
function roleSlots(text: string, values: Omit<TypedValue, 'role'>[]): RoleSlot[] {
  const tokens = tokenizeWithOffsets(text);
  // Words of numbers and dates are not context ("two hundred", "$4.5 million"); a name is one unit.
  const slots: RoleSlot[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const owner = values.find((v) => t.start < v.span.end && t.end > v.span.start);
    if (owner) {
      if (owner.kind === 'name' && (k === 0 || !(tokens[k - 1].start < owner.span.end && tokens[k - 1].end > owner.span.start))) {
        slots.push({ term: owner.name!.join(' '), start: owner.span.start, end: owner.span.end });
      }
      continue;
    }
    const term = processTerm(t.text);
    if (term && !/^\d/.test(term)) slots.push({ term, start: t.start, end: t.end });
  }
  return slots;
}

/**
 * Whether a figure is the whole of a partitive ("two of its 16 libraries": 16) or follows a possessive or a verb of
 * having ("its 16 libraries", "has 16 libraries"): a total, not what happens to some of it.
 */
export function isWhole(v: TypedValue): boolean {
  return !!v.whole || !!v.possessed;
}

/** A description in apposition right before a name, and the name's capitalised first words: "their new release, Some ". */
const DESCRIPTION_BEFORE = /(?<![\p{L}])(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

const POSSESSED = /(?<![\p{L}])(?:(?:its|their|our|his|her|your|my)|(?:has|have|had|runs|employs|owns|operates)(?:\s+an?)?)\s+$/iu;

/** `whole` and `possessed` of a figure from the words before it. */
function wholeness(before: string): { whole?: true; possessed?: true } {
  // (Not a paragraph's number before "Of the": "2.2 Of the 260 homes completed so far".)
  if (PARTITIVE_BEFORE.test(before) && !ITEM_OF_BEFORE.test(before)) return { whole: true };
  return POSSESSED.test(before) ? { possessed: true } : {};
}

function roleOf(text: string, v: Omit<TypedValue, 'role'>, slots: RoleSlot[]): Map<string, number> {
  const role = new Map<string, number>();
  // A name after its description in apposition ("a reprimand to the company's IT contractor, Norlink Services, for
  // failing"; "with their new release, Some Cities"): the words before the description are the name's, as they are
  // the claim's in "a reprimand to Castlegate Cyber for failing"; the description's are not.
  const described = v.kind === 'name' ? DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, v.span.start - 80), v.span.start)) : null;
  const from = described ? v.span.start - described[0].length : v.span.start;
  let first = slots.findIndex((sl) => sl.end > from);
  if (first < 0) first = slots.length;
  let after = first;
  while (after < slots.length && slots[after].start < v.span.end) after++;
  const put = (key: string, w: number) => {
    if ((role.get(key) ?? 0) < w) role.set(key, w);
  };
  // Weights halve at each clause mark crossed (",;:()—"): "Kim Il Sung, the 70th birthday" is about the 70th.
  let decay = 1;
  let edge = from;
  // The whole of a partitive ("two of its 16 libraries") is not what the words before the part say: they weigh a
  // quarter.
  const numeric = v.kind === 'number' || v.kind === 'quantity';
  const partitive = numeric ? PARTITIVE_BEFORE.exec(text.slice(Math.max(0, v.span.start - 40), v.span.start)) : null;
  const partStart = partitive ? v.span.start - partitive[0].length : -1;
  for (let k = first - 1, d = 1; k >= 0 && d <= ROLE_WINDOW; k--, d++) {
    if (CLAUSE_MARK.test(text.slice(slots[k].end, edge))) decay /= 2;
    if (slots[k].end <= partStart && edge > partStart) decay /= 4;
    put(`<${slots[k].term}`, decay / d);
    edge = slots[k].start;
  }
  decay = 1;
  edge = v.span.end;
  // A person's age and home between commas are no clause of their own: "Daniel Price, 34, of Ashby Road, was jailed"
  // is Price's jailing.
  if (v.kind === 'name') {
    const apposition = PERSON_APPOSITION.exec(text.slice(v.span.end, v.span.end + 90));
    if (apposition) {
      edge = v.span.end + apposition[0].length;
      while (after < slots.length && slots[after].start < edge) after++;
    }
  }
  // The part of a partitive counts the noun after its whole: "two of its 16 libraries" are two libraries.
  const whole = numeric ? PARTITIVE_AFTER.exec(text.slice(v.span.end, v.span.end + 40)) : null;
  if (whole) {
    edge = v.span.end + whole[0].length;
    while (after < slots.length && slots[after].start < edge) after++;
  }
  for (let k = after, d = 1; k < slots.length && d <= ROLE_WINDOW; k++, d++) {
    if (CLAUSE_MARK.test(text.slice(edge, slots[k].start))) decay /= 2;
    put(`>${slots[k].term}`, decay / d);
    edge = slots[k].end;
  }
  return role;
}

// ---------------------------------------------------------------------------------------------------------
// Comparison

const NUMERIC: ReadonlySet<ValueKind> = new Set(['number', 'quantity', 'percent', 'money']);

export function isNumeric(v: TypedValue): boolean {
  return NUMERIC.has(v.kind);
}

/** Another period as results releases name it before its figure in parentheses: "2025", "2024/25", "FY25", "last year". */
export const PRIOR_PERIOD_NAME = String.raw`(?:FY\s?|H[12]\s)?(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?|FY\s?\d\d|(?:the\s)?(?:last|prior|previous)\s(?:year|period|quarter)`;
/** Words of a rise or a fall right before a percentage: "rising by 112 per cent", "down 55%". */
const PERCENT_RISE = /\b(?:up|rose|risen|rising|rises|increased|increasing|grew|grown|growing|climbed|jumped)\s+(?:by\s+)?$/i;
const PERCENT_FALL = /\b(?:down|fell|fallen|falling|falls|decreased|decreasing|dropped|declined|declining)\s+(?:by\s+)?$/i;
/** An accounts' prior-year figure in parentheses after this year's: "£6.9m (2023: £2.3m)", "(prior year: 412)". */
const PRIOR_YEAR_BETWEEN = new RegExp(String.raw`^\s*\(\s*(?:${PRIOR_PERIOD_NAME})\s*[:=]\s*$`, 'i');

/**
 * The ratios a text's changes in per cent imply: "+112%" (a table's change column), "rising by 112 per cent" (2.12),
 * "down 55%" (0.45). What a writer's "more than doubled" or "halved" is stated by; not used against one (a passage's
 * other changes are no ratio of the claim's).
 */
export function percentChangeRatios(text: string, values: readonly TypedValue[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (v.kind !== 'percent' || v.unit !== '%' || v.value === undefined || v.bound !== undefined) continue;
    const before = text.slice(Math.max(0, v.span.start - 24), v.span.start);
    const sign = /[+]\s?$/.test(before) || PERCENT_RISE.test(before) ? 1 : /[-−–]\s?$/.test(before) || PERCENT_FALL.test(before) ? -1 : 0;
    if (sign && (sign > 0 || v.value < 100)) out.push(1 + (sign * v.value) / 100);
  }
  return out;
}

/**
 * The ratios a text implies between two figures of one kind and unit: "rose from 9,800 in 2025 to 21,400 in 2026"
 * (new over old: 2.18), "6,200 patients, compared with 2,100 the year before", "1,140 …, up from 1,055". What a
 * writer's "more than doubled" or "almost tripled" is checked against; years are no such figures.
 */
export function impliedRatios(text: string, values: readonly TypedValue[]): { ratio: number; text: string; span: Span }[] {
  const out: { ratio: number; text: string; span: Span }[] = [];
  const figures = values.filter((v) => isNumeric(v) && v.unit !== 'times' && v.unit !== 'fraction' && v.value !== undefined && v.value > 0 && v.bound === undefined);
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      // One kind and unit, or a bare number after a figure with its unit ("6,200 patients, compared with 2,100").
      if ((a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '')) && !(b.kind === 'number' && b.unit === undefined && (a.kind === 'quantity' || a.kind === 'number'))) continue;
      const between = text.slice(a.span.end, b.span.start);
      if (between.length > 80 || /[.;]/.test(between)) continue;
      // "from A … to B": A is the old figure.
      if (/\bfrom\s+$/i.test(text.slice(Math.max(0, a.span.start - 6), a.span.start)) && /\bto\s+$/i.test(between)) {
        out.push({ ratio: b.value! / a.value!, text: `${a.text} to ${b.text}`, span: { start: a.span.start, end: b.span.end } });
      } else if (/^[^,]{0,60},?\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|from)\s+$/i.test(between) || PRIOR_YEAR_BETWEEN.test(between)) {
        // "B, compared with A": A is the old figure.
        out.push({ ratio: a.value! / b.value!, text: `${b.text} to ${a.text}`, span: { start: a.span.start, end: b.span.end } });
      }
    }
  }
  return out;
}

/** A noun or verb of change right before a share: "a reduction of nearly", "a rise of", "rose by more than", "down". */
const CHANGE_BEFORE_SHARE = /\b(?:(rise|increase|fall|drop|reduction|cut|decrease|decline|growth|jump|saving|loss)\s+of|(rose|risen|rising|increased|increasing|grew|grown|fell|fallen|falling|dropped|decreased|declined|cut|reduced|up|down)(?:\s+by)?)\s+(?:(?:about|around|nearly|almost|roughly|some|just\s+(?:over|under)|more\s+than|less\s+than|over|under)\s+)?$/i;
/** The words of `CHANGE_BEFORE_SHARE` that go up. */
const RISE_WORDS = new Set(['rise', 'increase', 'growth', 'jump', 'rose', 'risen', 'rising', 'increased', 'increasing', 'grew', 'grown', 'up']);

/**
 * The two figures of a change a text gives, whose change its share `share` describes or not, with that change (a
 * share of the old figure) and whether the word before the share says it rose: "weekly opening hours will fall from 352 to 287, a reduction of nearly a fifth" (18.5%),
 * "the cost rose by more than 70 per cent, from £7,200 to £12,480". The old figure first; pairs before the share or
 * right after it.
 */
export function ownChangePairs(text: string, values: readonly TypedValue[], share: TypedValue): { pair: [TypedValue, TypedValue]; change: number; rises: boolean }[] {
  const out: { pair: [TypedValue, TypedValue]; change: number; rises: boolean }[] = [];
  if (share.value === undefined || !(share.unit === 'fraction' || (share.kind === 'percent' && share.unit === '%'))) return out;
  const word = CHANGE_BEFORE_SHARE.exec(text.slice(Math.max(0, share.span.start - 40), share.span.start));
  if (!word) return out;
  const rises = RISE_WORDS.has((word[1] ?? word[2]).toLowerCase());
  for (const r of impliedRatios(text, values)) {
    const before = r.span.end <= share.span.start && share.span.start - r.span.end <= 60;
    // (After it: ", from £7,200 to £12,480", nothing but the share's own words between.)
    const after = r.span.start >= share.span.end && /^\s*,?\s*(?:from\s+)?$/i.test(text.slice(share.span.end, r.span.start));
    if (!before && !after) continue;
    const [a, b] = [values.find((v) => v.span.start === r.span.start), values.find((v) => v.span.end === r.span.end)];
    if (a && b) out.push({ pair: [a, b], change: Math.abs(r.ratio - 1), rises });
  }
  return out;
}

/**
 * The two figures of a change a text gives whose change its share `share` describes (`ownChangePairs`, the share
 * agreeing): a writer's own arithmetic on figures a source may give apart. The old figure first.
 */
export function ownChangeShare(text: string, values: readonly TypedValue[], share: TypedValue): [TypedValue, TypedValue] | undefined {
  const part = share.unit === 'fraction' ? share.value! : share.value! / 100;
  return ownChangePairs(text, values, share).find((found) => shareAgrees(share, part, found.change))?.pair;
}

/**
 * The two figures of a text whose ratio its multiple `multiple` describes ("has quadrupled, from £0.3m to £1.2m"; "took
 * 19 weeks, more than three times the six weeks planned"): a writer's own arithmetic on figures a source may give
 * apart (two cells of a row). The old figure first.
 */
export function ownRatioFigures(text: string, values: readonly TypedValue[], multiple: TypedValue): [TypedValue, TypedValue] | undefined {
  if (multiple.unit !== 'times' || multiple.value === undefined) return undefined;
  const near = (span: Span) => Math.min(Math.abs(span.start - multiple.span.end), Math.abs(multiple.span.start - span.end)) <= 40;
  for (const r of impliedRatios(text, values)) {
    if (!near(r.span) || !ratioAgrees(multiple, r.ratio)) continue;
    const [a, b] = [values.find((v) => v.span.start === r.span.start), values.find((v) => v.span.end === r.span.end)];
    if (a && b) return r.ratio >= 1 === (b.value! >= a.value!) ? [a, b] : [b, a];
  }
  const pair = ownRatioPair(text, values, multiple);
  return pair && ratioAgrees(multiple, pair[1].value! / pair[0].value!) ? pair : undefined;
}

/**
 * The two figures a writer's "A, more than three times the B" sets side by side, whatever their ratio: B, the figure
 * right after the multiple ("the £1.9 million"), and A, the last of B's kind and unit before it in the clause ("spent
 * £4.3 million on temporary accommodation in 2023/24, more than three times the £1.9 million"). B first.
 */
export function ownRatioPair(text: string, values: readonly TypedValue[], multiple: TypedValue): [TypedValue, TypedValue] | undefined {
  if (multiple.unit !== 'times' || multiple.value === undefined) return undefined;
  // (Or a noun of it between: "more than twice the peak of 71 recorded the previous winter".)
  const after = /^\s+(?:(?:the|its|their|that\s+of(?:\s+the)?)\s+(?:[\p{L}-]+\s+of\s+)?)?$/iu;
  const figures = values.filter((v) => isNumeric(v) && v.unit !== 'times' && v.value !== undefined && v.value > 0 && v.kind !== 'year' && v.kind !== 'date');
  const b = figures.find((v) => v.span.start >= multiple.span.end && after.test(text.slice(multiple.span.end, v.span.start)));
  const a = b && [...figures].reverse().find((v) => v.span.end <= multiple.span.start && v.kind === b.kind && (v.unit ?? '') === (b.unit ?? '') && v.span.start >= multiple.span.start - 100 && !/[.;:!?]/.test(text.slice(v.span.end, multiple.span.start)));
  return a && b ? [b, a] : undefined;
}

/** The one part and its whole a sentence gives as counts ("17 of the 24 people"): the part first. */
export function partAndWhole(text: string, values: readonly TypedValue[]): [TypedValue, TypedValue] | undefined {
  const counts = values.filter((v) => (v.kind === 'number' || (v.kind === 'quantity' && countUnit(v.unit))) && !v.bound && v.value !== undefined && v.value > 0 && Number.isInteger(v.value));
  const pairs: [TypedValue, TypedValue][] = [];
  for (const [k, a] of counts.entries()) {
    const b = counts[k + 1];
    if (b && a.value! < b.value! && /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(text.slice(a.span.end, b.span.start))) pairs.push([a, b]);
  }
  return pairs.length === 1 ? pairs[0] : undefined;
}

/**
 * Whether a writer's share ("more than three quarters", "nearly 70%", "a third") holds of a part's ratio to its whole:
 * above the bound for "more than", from a tenth below it up to it for "nearly", within five points otherwise (a
 * share in per cent as written, to its rounding).
 */
export function shareAgrees(v: TypedValue, share: number, ratio: number): boolean {
  if (v.bound === 'atLeast') return ratio > share - 0.001;
  if (v.bound === 'atMost') return ratio <= share + 0.001 && (!v.near || ratio >= share - 0.1);
  if (v.kind === 'percent') return Math.abs(ratio - share) <= (v.bound === 'about' ? 0.03 : 0.01);
  return Math.abs(ratio - share) <= 0.05;
}

/**
 * Whether a writer's share of a change ("a decline of more than half", "a rise of 12 per cent") is plainly not the
 * change its two figures make, beyond any rounding or hedge a writer allows: below the bound for "more than", above
 * it or far below for "nearly", more than a tenth (two points at least) off a bare figure, three twentieths off "about".
 */
export function shareMisses(v: TypedValue, share: number, ratio: number): boolean {
  if (v.bound === 'atLeast') return ratio < share - Math.max(0.02, share * 0.05);
  // ("Almost" a percentage in digits is close below it: "almost 23 per cent" is not 20.3; a share in words may be looser.)
  if (v.bound === 'atMost') return ratio > share + 0.01 || (v.near === true && ratio < share - (v.kind === 'percent' && /\d/.test(v.text) ? Math.max(0.02, share * 0.1) : Math.max(0.1, share * 0.25)));
  if (v.bound === 'about') return Math.abs(ratio - share) > Math.max(0.04, share * 0.15);
  return Math.abs(ratio - share) > Math.max(v.unit === 'fraction' ? 0.05 : 0.02, share * (v.unit === 'fraction' ? 0.15 : 0.1));
}

/**
 * Whether a writer's multiple ("doubled", "more than doubled", "almost tripled", "halved") describes a ratio: within
 * a tenth of it; above it for "more than"; from 85% of it up to it for "almost" (the other way for a fall).
 */
export function ratioAgrees(claim: TypedValue, ratio: number): boolean {
  const m = claim.value!;
  // (A fall by a factor nears it from above: "almost halved" leaves a little more than half, £41.6m to £22.3m, and
  // "more than halved" less than half.)
  if (m < 1 && claim.bound === 'atLeast') return ratio < m * 1.001;
  if (m < 1 && claim.bound === 'atMost') return ratio >= m * 0.999 && ratio <= m / 0.85;
  if (claim.bound === 'atLeast') return ratio > m * 0.999;
  if (claim.bound === 'atMost') return ratio <= m * 1.001 && ratio >= m * 0.85;
  return Math.abs(ratio - m) <= m * 0.1;
}

/** How far "about 7.40pm" may be from the time a source gives. */
const CLOCK_ABOUT_MINUTES = 15;
/** How far "shortly" or "soon" before or after a whole hour reaches. */
const CLOCK_SHORTLY_MINUTES = 30;

/** How far (a share of the bound) an exact figure may fall short of a writer's "more than" or "at least". */
const BOUND_SLACK = 0.02;

/** How far apart (a share of the claim's figure) "about" figures may be when the source says "about" too. */
const ABOUT_BOTH = 0.05;

/** A figure's digits with each two neighbours swapped ("251p": "521", "215"); none when they are the same. */
export function swappedDigits(text: string): string[] {
  const x = text.replace(/\D/g, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < x.length; i++) if (x[i] !== x[i + 1]) out.push(x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2));
  return out;
}

/**
 * Whether two figures of one kind and unit differ by two neighbouring digits swapped ("£83m" / "£38m", "3421" /
 * "3412"). A rate's period may be left to the words around one of them ("£86 a year" / "down £68", of a yearly bill).
 */
export function transposed(a: TypedValue, b: TypedValue): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit || !isNumeric(a) || a.value === undefined || b.value === undefined) return false;
  const shape = (v: TypedValue) => (v.per && !(a.per && b.per) ? v.text.replace(/(\d)\D*$/, '$1') : v.text).replace(/\d/g, '');
  return shape(a) === shape(b) && swappedDigits(a.text).includes(b.text.replace(/\D/g, ''));
}

/** True when the source's number is what the claim says, allowing for the claim's rounding and hedges. */
export function numberAgrees(claim: TypedValue, source: TypedValue): boolean {
  const a = claim.value!;
  const b = source.value!;
  // A bound is part of the fact: "more than a year" is not "less than a year", and "400,000" claims more than
  // "more than 400,000" says.
  const opposite = (claim.bound === 'atLeast' && source.bound === 'atMost') || (claim.bound === 'atMost' && source.bound === 'atLeast');
  if (opposite) return false;
  // (What something can hold is its most: "which can carry 190 passengers" / "which carries up to 190 passengers".)
  if (!claim.bound && (source.bound === 'atLeast' || source.bound === 'atMost') && !(claim.capacity && source.cap)) return false;
  if (a === b) return true;
  // A time of day is no magnitude: "7.45pm" is not "7.40pm", and "about 8.40pm" is not 7.40pm (within a quarter
  // of an hour, not a tenth of the minutes since midnight).
  if ((claim.unit === 'clock' || claim.unit === 'clock12') && (claim.bound === undefined || claim.bound === 'about') && (source.bound === undefined || source.bound === 'about')) {
    // "Just after 3am" is 03:07; "shortly before 6pm" is 17:50.
    const shortly = claim.shortly;
    const within = claim.shortlyLoose ? CLOCK_SHORTLY_MINUTES : CLOCK_ABOUT_MINUTES;
    if (shortly && source.bound === undefined) return shortly === 'after' ? b > a && b - a <= within : b < a && a - b <= within;
    // So is the source's: "03:55" is "just before 4am".
    if (!shortly && source.shortly && claim.bound === undefined) return source.shortly === 'after' ? a > b && a - b <= CLOCK_ABOUT_MINUTES : a < b && b - a <= CLOCK_ABOUT_MINUTES;
    return Math.abs(a - b) <= (claim.bound === 'about' || source.bound === 'about' ? CLOCK_ABOUT_MINUTES : 0);
  }
  // The claim's own rounding ("260,000" for 264,512), but the source's only within 5% of its value: "£1,000"
  // may be rounded to the nearest 100, not stand for anything from £500 to £1,500. A figure written in full has
  // no more ("log 3421" is not "log 3412").
  const tolerance = Math.max(claim.precision ?? 0.5, Math.min(source.precision ?? 0.5, Math.abs(b) * 0.05));
  // Half a unit exactly is no rounding a writer does: "two years" is not 18 months, "3 million" not 2.5 million.
  // (Not below a writer's "more than" by more than a rounding of it: `boundAgrees`.)
  const belowBound = claim.bound === 'atLeast' && source.bound === undefined && b < a - Math.abs(a) * BOUND_SLACK;
  if (!belowBound && (Math.abs(a - b) < tolerance || (Math.abs(a - b) === tolerance && tolerance !== (claim.precision ?? 0.5)))) return true;
  // A bound's window is for rounding, not for a slip of the keyboard: "up to 54,000" is not "up to 45,000".
  return boundAgrees(claim, source, a, b, tolerance) && !(claim.bound && transposed(claim, source));
}

/** How many significant digits a figure is written with: 650,000 two, 1.45 three, 2,000 one. */
function significantDigits(x: number): number {
  const digits = Math.abs(x).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** `numberAgrees` past the exact and rounded cases: a bound's or an "about"'s window. */
function boundAgrees(claim: TypedValue, source: TypedValue, a: number, b: number, tolerance: number): boolean {
  switch (claim.bound) {
    // Two round figures each hedged are each the writer's own: "about £115m" is not "about £105m".
    case 'about': {
      // (Hedged on both sides, the claim's may only be rounder: "about 600,000" for "around 620,000", never "about
      // 650,000".)
      if (source.bound === 'about' && significantDigits(a) >= significantDigits(b)) return false;
      // A share "about" a figure is within a few points of it ("about 93 per cent" is not 97 per cent).
      const near = Math.abs(a) * (source.bound === 'about' ? ABOUT_BOTH : 0.1);
      // A figure that is no round one is the writer's to its last digit, give or take two of it ("roughly £668
      // million" is not "approximately £688 million"; "about £690 million" may be).
      const unit = 2 * (claim.precision ?? 0.5);
      const last = Math.round(Math.abs(a) / unit) % 10;
      const window = last !== 0 && last !== 5 ? Math.min(near, 2 * unit) : near;
      return Math.abs(a - b) <= Math.max(tolerance, claim.kind === 'percent' && claim.unit === '%' ? Math.min(window, ABOUT_POINTS) : window);
    }
    // "more than 200" holds of an exact 268; of another bound only when the two are close ("more than 24,000" is
    // not "more than 12,000", nor "up to £6" "up to £1"), and never when the claim's bound says more than the
    // source's ("at least 9,000" is not "at least 8,000"; "at least 7,500" is close enough to it).
    // "Nearly 400" and "just over 300" put the figure close to the bound: not 312, nor 400.
    // (An exact figure below "more than" is below it, whatever the rounding of the bound's own figure: "more than seven
    // hours" is not 6 hours and 40 minutes.)
    case 'atLeast':
      return source.bound === 'atLeast' || source.bound === 'about' ? Math.abs(a - b) <= Math.abs(a) * 0.2 && (source.bound === 'about' || a <= b) : b >= a - Math.min(tolerance, Math.abs(a) * BOUND_SLACK) && (!claim.near || b - a <= Math.abs(a) * NEAR_SHARE);
    case 'atMost':
      // (Two caps are two figures: "up to £150 per person" is not "up to £120 per person"; "up to 50,000" may round
      // "up to 45,000".)
      if (claim.cap && source.cap) return a >= b && Math.abs(a - b) <= Math.max(claim.precision ?? 0.5, Math.abs(a) * CAP_ROUNDING);
      // (A cap is a figure reached, not any figure below it: "up to 40 metres deep" is not "at 3 locations".)
      if (claim.cap && source.bound === undefined) return b <= a + tolerance && a - b <= Math.max(tolerance, Math.abs(a) * CAP_ROUNDING);
      // (Two multiples each nearly reached are two: "nearly five times" is not "nearly four times".)
      if (claim.near && source.near && claim.unit === 'times' && source.unit === 'times') return a === b;
      return source.bound === 'atMost' || source.bound === 'about' ? Math.abs(a - b) <= Math.abs(a) * 0.2 && (source.bound === 'about' || a >= b) : b <= a + tolerance && (!claim.near || a - b <= Math.abs(a) * NEAR_SHARE);
  }
  if (source.bound === 'about') return Math.abs(a - b) <= Math.abs(b) * 0.1;
  return false;
}

/** Whether two months, or spans of months, are one: the same month, or one inside the other ("July" in Q3). */
function monthsAgree(a: DateParts, b: DateParts): boolean {
  const [a0, a1] = [a.month!, a.throughMonth ?? a.month!];
  const [b0, b1] = [b.month!, b.throughMonth ?? b.month!];
  return (a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1);
}

function datePartsAgree(a: DateParts, b: DateParts): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && !monthsAgree(a, b)) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
  return true;
}

/** How many date parts two dates both give. */
function sharedDateParts(a: DateParts, b: DateParts): number {
  let n = 0;
  if (a.year !== undefined && b.year !== undefined) n++;
  if (a.month !== undefined && b.month !== undefined) n++;
  if (a.day !== undefined && b.day !== undefined) n++;
  if (a.weekday !== undefined && b.weekday !== undefined) n++;
  return n;
}

/** The longest span of years that states each year within it (a season, a fiscal year, a decade's run). */
const LONGEST_SPAN_YEARS = 10;

function yearAgrees(claim: TypedValue, source: TypedValue): boolean | undefined {
  const year = (v: TypedValue) => (v.kind === 'year' ? v.value : v.kind === 'date' ? v.date?.year : undefined);
  const a = year(claim);
  const b = year(source);
  if (a === undefined || b === undefined) return undefined;
  if (claim.decade) return b >= a && b < a + 10;
  if (source.decade) return a >= b && a < b + 10;
  // A span of years: the same span, or a year within it ("in 2011" of the 2010-11 season).
  const claimThrough = claim.kind === 'year' ? claim.through : undefined;
  const sourceThrough = source.kind === 'year' ? source.through : undefined;
  if (claimThrough !== undefined && sourceThrough !== undefined) return a === b && claimThrough === sourceThrough;
  // (Not a long one: "(1911–1987)" after a name is a life, not the year of each thing in it; its ends are its years:
  // "since 1994" / a table's "Change 1994-2024".)
  if (sourceThrough !== undefined) return a === b || a === sourceThrough || (a >= b && a <= sourceThrough && sourceThrough - b <= LONGEST_SPAN_YEARS);
  if (claimThrough !== undefined) return b >= a && b <= claimThrough;
  return a === b;
}

/**
 * Whether a name joined by "of" names a person and a body the values give apart: "Priya Venkataraman of Kestrel
 * Advisory" for "Marcus Ellery and Priya Venkataraman, both of Kestrel Advisory LLP". The part before "of" must have
 * two words at least (a person's names; "Bank of England" is one name).
 */
export function namedInParts(v: TypedValue, values: readonly TypedValue[]): boolean {
  if (v.kind !== 'name') return false;
  const parts = v.text.split(/\s+of\s+/);
  if (parts.length !== 2) return false;
  const words = parts.map((p) => p.split(/[\s\u00a0-]+/).map(nameToken).filter((t) => t && !NAME_PARTICLES.has(t)));
  if (words[0].length < 2 || !words[1].length) return false;
  return words.every((w) => values.some((s) => s.kind === 'name' && containsSequence(s.name!, w)));
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether a name is the other's written without its accents or with them ("Hélène Marchetti" / "HELENE MARCHETTI"). */
function withoutAccents(haystack: readonly string[], needle: readonly string[]): boolean {
  if (!haystack.some((w) => /[^\x00-\x7f]/.test(w)) && !needle.some((w) => /[^\x00-\x7f]/.test(w))) return false;
  return containsSequence(haystack.map(foldAccents), needle.map(foldAccents));
}

/** Small words an acronym leaves out ("MP" of "Member of Parliament"). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for']);
/**
 * The acronyms of offices that a name may write for their words ("Conservative MP" / "Conservative Member of
 * Parliament"). Only these: initials in general are not a name (see `NAME_ALIASES`).
 */
const OFFICE_ACRONYMS = new Set(['mp', 'mep', 'msp', 'mla', 'ceo', 'cfo', 'coo']);

/**
 * A name's words with each office acronym it writes in capitals ("Conservative MP") put as the words of the other
 * name that it abbreviates ("conservative member of parliament"): their initials, small words left out.
 */
function expandedAcronyms(value: TypedValue, other: readonly string[]): readonly string[] {
  const name = value.name!;
  if (!name.some((w) => OFFICE_ACRONYMS.has(w))) return name;
  const out: string[] = [];
  for (const w of name) {
    let run: string[] | undefined;
    if (OFFICE_ACRONYMS.has(w) && new RegExp(`\\b${w.toUpperCase()}\\b`, 'u').test(value.text)) {
      for (let i = 0; i < other.length && !run; i++) {
        let k = 0;
        let j = i;
        for (; j < other.length && k < w.length; j++) {
          if (ACRONYM_SKIPS.has(other[j]) && j > i) continue;
          if (other[j][0] !== w[k]) break;
          k++;
        }
        if (k === w.length && j - i > 1) run = other.slice(i, j);
      }
    }
    out.push(...(run ?? [w]));
  }
  return out;
}

/** The words of a name after its owner's ("alan fenwick" of "Reform UK's Alan Fenwick"), or none. */
function ownedName(v: TypedValue): readonly string[] {
  const at = v.text.search(/['’]s\s+\p{Lu}/u);
  if (at < 0) return [];
  const tail = v.text.slice(at).replace(/^['’]s\s+/, '').split(/[\s\u00a0&-]+/).filter(Boolean).length;
  return tail < v.name!.length ? v.name!.slice(-tail) : [];
}

/**
 * Whether a name is a shorter form of another with its first and last words: "Sergeant Price" of "Sergeant Helen
 * Price", "John Smith" of "John Paul Smith" (words left out from the middle, none changed).
 */
function shortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let k = 1;
  for (let i = 1; i < full.length - 1 && k < short.length - 1; i++) if (full[i] === short[k]) k++;
  return k === short.length - 1;
}

/** Titles a writer puts before a surname that a source may give without (not ranks: "Sergeant" is not "Inspector"). */
const PLAIN_TITLES = new Set(['councillor', 'councilor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** Abbreviated titles, as a name's lower-cased words write them ("sgt" of "Det Sgt Whitlock"). */
const TITLE_ABBREVIATIONS: Record<string, string> = { cllr: 'councillor', clr: 'councillor', sgt: 'sergeant', det: 'detective', insp: 'inspector', supt: 'superintendent', ch: 'chief', pc: 'constable', prof: 'professor', gen: 'general', col: 'colonel', capt: 'captain', lt: 'lieutenant', rev: 'reverend', revd: 'reverend', gov: 'governor', sen: 'senator' };
/** Police ranks written as initials ("DC Whitfield" / "Detective Constable Rachel Whitfield"). */
const RANK_INITIALS: Record<string, readonly string[]> = {
  dc: ['detective', 'constable'],
  ds: ['detective', 'sergeant'],
  di: ['detective', 'inspector'],
  dci: ['detective', 'chief', 'inspector'],
  dsi: ['detective', 'superintendent'],
  dcs: ['detective', 'chief', 'superintendent'],
};
/** A title written out, without the stop of its abbreviation ("Cllr." and "Cllr" are "councillor"); any other word bare. */
function titleWrittenOut(w: string): string {
  const bare = w.replace(/\.$/, '');
  return Object.hasOwn(TITLE_ABBREVIATIONS, bare) ? TITLE_ABBREVIATIONS[bare] : bare;
}

/** A name's lower-cased words with the titles before its last word written out ("dc whitfield": "detective constable whitfield"). */
function titlesWrittenOut(name: readonly string[]): string[] {
  return name.flatMap((w, i) => {
    const bare = w.replace(/\.$/, '');
    if (i === name.length - 1) return [w];
    if (Object.hasOwn(RANK_INITIALS, bare)) return RANK_INITIALS[bare];
    return [Object.hasOwn(TITLE_ABBREVIATIONS, bare) ? TITLE_ABBREVIATIONS[bare] : w];
  });
}
/** Titles of an office or rank written before a name ("Judge Thornbury", "Inspector Price"). */
const OFFICE_TITLES = new Set(['judge', 'professor', 'prof', 'inspector', 'sergeant', 'constable', 'superintendent', 'detective', 'captain', 'colonel', 'general', 'major', 'lieutenant', 'president', 'senator', 'governor', 'mayor', 'bishop', 'archbishop', 'rabbi', 'imam', 'father', 'reverend', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'chancellor', 'minister', 'coach', 'manager', 'chief']);

/** Words of rank before a name besides `OFFICE_TITLES` ("Battalion Chief", "Deputy Incident Commander"). */
const RANK_WORDS = new Set(['battalion', 'deputy', 'assistant', 'acting', 'interim', 'senior', 'commander', 'incident', 'chair', 'director', 'crown', 'prosecutor']);

/**
 * A person's own names of a name's lower-cased words: the words after its last title or rank word ("renata",
 * "okafor" of "Battalion Chief Renata Okafor"); the words as they are when there is none.
 */
export function personalNameWords(name: readonly string[]): readonly string[] {
  // After the last title or rank word but the last word ("Senior Crown Prosecutor Rebecca Thorne": "rebecca thorne").
  let k = 0;
  for (let i = 0; i < name.length - 1; i++) {
    const w = name[i].replace(/\.$/, '');
    const full = TITLE_ABBREVIATIONS[w] ?? w;
    if (PLAIN_TITLES.has(full) || OFFICE_TITLES.has(full) || RANK_WORDS.has(full)) k = i + 1;
  }
  return name.slice(k);
}

/**
 * Whether a claim's titled name is a source's name without a title, or after the title of a list ("Councillor
 * Lindqvist" / "Lindqvist" of "Councillors Hale, Lindqvist and Wren"); never against another title ("Mr Smith" /
 * "Mrs Smith").
 */
function titledForm(claim: readonly string[], source: readonly string[]): boolean {
  if (claim.length < 2) return false;
  // A title of office before the surname, where the source has it before the full name ("Judge Thornbury" /
  // "Employment Judge Rebecca Thornbury", "Professor Achebe" / "Professor Helen Achebe").
  // Titles may be abbreviated on either side ("Det Sgt Whitlock" / "Detective Sergeant Claire Whitlock").
  const words = titlesWrittenOut(claim);
  let k = 0;
  while (k < words.length - 1 && OFFICE_TITLES.has(words[k])) k++;
  if (k > 0) {
    const titles = words.slice(0, k);
    const rest = words.slice(k);
    const theirs = titlesWrittenOut(source);
    for (let at = 0; at + k <= theirs.length; at++) {
      if (!titles.every((t, j) => theirs[at + j] === t)) continue;
      // The surname within two first names of the title ("Sergeant Mark Ellis of Leicestershire Police").
      const after = theirs.slice(at + k);
      for (let j = 0; j <= 2; j++) if (rest.every((w, i) => after[j + i] === w)) return true;
      return false;
    }
    return false;
  }
  // (Abbreviated or written out: "Cllr Rowe" / "Councillor Anita Rowe".)
  const title = TITLE_ABBREVIATIONS[claim[0].replace(/\.$/, '')] ?? claim[0];
  if (!PLAIN_TITLES.has(title)) return false;
  const bare = source[0] === `${title}s` || (title === 'councillor' && source[0] === title) ? source.slice(1) : source;
  return bare.length > 0 && !PLAIN_TITLES.has(bare[0]) && containsSequence(bare, claim.slice(1));
}

/**
 * Whether a source's title and surname are a claim's titled full name ("Councillor Greaves" of "Councillor Simon
 * Greaves", "Inspector Oduya" of "Inspector Karen Oduya"): minutes and reports name people so after the first time.
 */
function titledSurnameOf(claim: readonly string[], source: readonly string[]): boolean {
  // (Titles abbreviated too: "Cllr Aled Morgan" / "Cllr Morgan".)
  const full = titleWrittenOut;
  if (claim.length >= 3 && source.length === 2 && full(source[0]) === full(claim[0]) && (PLAIN_TITLES.has(full(claim[0])) || OFFICE_TITLES.has(full(claim[0]))) && source[1] === claim[claim.length - 1]) return true;
  // Titles written out or abbreviated ("Detective Superintendent Marcus Lyle" / "Det Supt Lyle").
  if (source.length < 3 || claim.length <= source.length) return false;
  const titles = source.slice(0, -1).map(full);
  return titles.every((t, i) => (OFFICE_TITLES.has(t) || PLAIN_TITLES.has(t)) && full(claim[i]) === t) && source[source.length - 1] === claim[claim.length - 1];
}

/**
 * Whether a source names the claim's person by title and surname only ("Councillor Hammond" / "Derek Hammond", "DC
 * Whitfield" / "Rachel Whitfield"): the claim's name is no title, the source's words before the surname all are.
 */
function surnameWithTitle(claim: readonly string[], source: readonly string[]): boolean {
  if (claim.length < 2 || source.length < 2 || claim[claim.length - 1] !== source[source.length - 1]) return false;
  const titles = titlesWrittenOut(source).slice(0, -1);
  const isTitle = (w: string) => PLAIN_TITLES.has(w) || OFFICE_TITLES.has(w) || RANK_WORDS.has(w);
  return titles.every(isTitle) && !isTitle(titlesWrittenOut(claim)[0]);
}

const ANY_DIGIT = /\d/;
const SPELLED_WORD = new RegExp(`${B}(?:${Object.keys(SMALL_NUMBERS).join('|')}|one|million|billion|trillion)${E}`, 'iu');
/** "a year", "an hour": what states a duration of one unit written without a number. */
/** A time of day in words with no figure: "shortly after midnight". */
const CLOCK_WORD = /\b(?:midnight|noon|midday)\b/i;
const ONE_UNIT_WORD = new RegExp(`${B}(?:a|an|one)\\s+(?:year|month|week|day|decade|century|hour)${E}`, 'iu');
const ORDINAL_WORD_ANY = new RegExp(`${B}(?:${Object.keys(ORDINAL_WORDS).join('|')})${E}`, 'iu');
const ASCII = /^[\x00-\x7f]*$/;

/**
 * A cheap necessary condition for `extractValues(text)` to hold a value that `valueAgrees` with `claim`, read from
 * the text alone: when false, no extraction is needed to know that the text does not state the value. Numbers need
 * a digit or a spelled number word, dates a month or weekday name, years digits, ordinals a digit or an ordinal
 * word, names each of their (lower-cased) words as a substring of `lower` (the text lower-cased, ’ as ').
 */
export function mayState(claim: TypedValue, text: string, lower: () => string): boolean {
  switch (claim.kind) {
    case 'number':
    case 'quantity':
    case 'percent':
    case 'money':
      return ANY_DIGIT.test(text) || SPELLED_WORD.test(text) || (claim.kind === 'quantity' && ONE_UNIT_WORD.test(text)) || (isClock(claim) && CLOCK_WORD.test(text)) || (claim.unit === 'fraction' && FRACTION_WORD.test(text)) || (claim.unit === 'times' && MULTIPLIER_WORD.test(text)) || (claim.unit === 'occasion' && /\b(?:twice|thrice)\b/i.test(text));
    case 'date':
      return CALENDAR_WORD.test(text) || HOLIDAY_WORD.test(text) || (claim.date?.month !== undefined && QUARTER_WORD.test(text));
    case 'year':
      return ANY_DIGIT.test(text);
    case 'ordinal':
      return ANY_DIGIT.test(text) || ORDINAL_WORD_ANY.test(text);
    case 'name': {
      const name = claim.name!;
      // Lower-casing is not always length-preserving outside ASCII: no shortcut there.
      if (!name.every((t) => ASCII.test(t))) return true;
      const l = lower();
      // (A place for the word of its people, "Russian" / "Russia's", "North Korean" / "North Korea": the shared
      // start of the two.)
      if (name.every((t, i) => holdsNameWord(l, t) || (i === 0 && name.length > 1 && PLAIN_TITLES.has(t)))) return true;
      // The title and the surname of a titled full name (`titledSurnameOf`).
      // (Abbreviated or not: "Cllr Aled Morgan" / "Cllr Morgan", "Councillor Morgan".)
      const title = titleWrittenOut(name[0]);
      if (name.length >= 3 && (PLAIN_TITLES.has(title) || OFFICE_TITLES.has(title)) && (holdsNameWord(l, name[0]) || holdsNameWord(l, title)) && holdsNameWord(l, name[name.length - 1])) return true;
      // Another name for the same country ("US" / "United States", "Britain" / "UK").
      const alias = aliasOf(claim);
      return alias !== undefined && (ALIASES_OF[alias].some((a) => l.includes(a.split(' ')[0])) || (CODES_OF[alias]?.some((c) => l.includes(c)) ?? false));
    }
  }
  return true;
}

/** Whether lower-cased text holds a name's word, or the start it shares with its people's word (`mayState`). */
function holdsNameWord(lower: string, word: string): boolean {
  const title = TITLE_ABBREVIATIONS[word];
  return lower.includes(word) || (title !== undefined && lower.includes(title)) || (word.length >= 5 && lower.includes(word.slice(0, Math.max(4, word.length - 3))));
}

/**
 * Names of countries, unions and parties that a draft and a source write differently ("United States", "US",
 * "U.S.", "America"; "Tory", "Conservative"); each maps to one key. Only these: initials in general are not a
 * name ("Pension Benefit Guaranty Corporation" is not stated by every "PBGC" of an article that defines it).
 */
const NAME_ALIASES: Record<string, string> = lookupTable({
  us: 'us', usa: 'us', america: 'us', 'united states': 'us', 'united states america': 'us',
  uk: 'uk', britain: 'uk', 'great britain': 'uk', 'united kingdom': 'uk',
  eu: 'eu', 'european union': 'eu', un: 'un', 'united nations': 'un',
  uae: 'uae', 'united arab emirates': 'uae', ussr: 'ussr', 'soviet union': 'ussr',
  nato: 'nato', 'north atlantic treaty organization': 'nato', 'north atlantic treaty organisation': 'nato',
  // Parties by their nicknames ("the Tory leader" / "the Conservative leader").
  tory: 'conservative', tories: 'conservative', conservative: 'conservative', conservatives: 'conservative', 'conservative party': 'conservative',
  'lib dem': 'libdem', 'lib dems': 'libdem', 'liberal democrat': 'libdem', 'liberal democrats': 'libdem',
  gop: 'republican', republican: 'republican', republicans: 'republican', 'republican party': 'republican',
});
/**
 * Countries by the three-letter codes of sports results and tables (IOC codes, where most differ from ISO's: "NED",
 * "GER", "SUI", "POR"), only as written in capitals ("NED", not "Ned").
 */
const COUNTRY_CODES: Record<string, string> = lookupTable({
  ned: 'netherlands', ger: 'germany', fra: 'france', ita: 'italy', esp: 'spain', por: 'portugal', gbr: 'uk', irl: 'ireland',
  swe: 'sweden', nor: 'norway', fin: 'finland', den: 'denmark', sui: 'switzerland', aut: 'austria', bel: 'belgium',
  cze: 'czechia', pol: 'poland', ukr: 'ukraine', rou: 'romania', bul: 'bulgaria', gre: 'greece', tur: 'turkey', hun: 'hungary',
  cro: 'croatia', srb: 'serbia', svk: 'slovakia', slo: 'slovenia', est: 'estonia', lat: 'latvia', ltu: 'lithuania',
  isl: 'iceland', lux: 'luxembourg', can: 'canada', aus: 'australia', nzl: 'new zealand', jpn: 'japan', chn: 'china',
  kor: 'south korea', ind: 'india', ken: 'kenya', eth: 'ethiopia', uga: 'uganda', jam: 'jamaica', rsa: 'south africa',
  ngr: 'nigeria', bra: 'brazil', arg: 'argentina', mex: 'mexico', chi: 'chile', col: 'colombia', egy: 'egypt', mar: 'morocco',
  isr: 'israel', qat: 'qatar', bah: 'bahamas', usa: 'us',
});
for (const [code, country] of Object.entries(COUNTRY_CODES)) if (code !== country) NAME_ALIASES[country] ??= country;
NAME_ALIASES['czech republic'] = 'czechia';
NAME_ALIASES.holland = 'netherlands';
/** Each country's codes (`COUNTRY_CODES`). */
const CODES_OF: Record<string, string[]> = lookupTable({});
for (const [code, country] of Object.entries(COUNTRY_CODES)) (CODES_OF[country] ??= []).push(code);
const ALIAS_FIRST_WORDS = new Set(Object.keys(NAME_ALIASES).map((a) => a.split(' ')[0]));
const ALIASES_OF: Record<string, string[]> = {};
for (const [alias, key] of Object.entries(NAME_ALIASES)) (ALIASES_OF[key] ??= []).push(alias);

/** A name's alias key (`NAME_ALIASES`), dots of an acronym dropped ("U.S." is "us"). */
function aliasOf(v: TypedValue): string | undefined {
  if (v.name!.length === 1 && /^\p{Lu}{3}$/u.test(v.text) && COUNTRY_CODES[v.name![0]] !== undefined) return COUNTRY_CODES[v.name![0]];
  // Most names are no country: their first word says so without joining them.
  if (!ALIAS_FIRST_WORDS.has(v.name![0].replace(/\./g, ''))) return undefined;
  const joined = v.name!.map((t) => t.replace(/\./g, '')).join(' ');
  const key = NAME_ALIASES[joined];
  // A short acronym only as one ("US", "U.S.", not "Us Weekly" or a capitalised "Us"); "Nato" is NATO.
  return key === joined && joined.length <= 3 && !/^(?:\p{Lu}\.?)+$/u.test(v.text) ? undefined : key;
}

/** Whether two names are one country, union or party written two ways: "United States" / "US" / "U.S." / "America". */
function sameEntity(claim: TypedValue, source: TypedValue): boolean {
  const a = aliasOf(claim);
  return a !== undefined && a === aliasOf(source);
}

/** Lengths of time in months, for comparing periods given in different units ("18 months", "a year and a half"). */
const MONTHS_PER: Record<string, number> = { s: 1 / 2_629_800, min: 1 / 43_830, h: 1 / 730.5, hour: 1 / 730.5, day: 12 / 365.25, week: 84 / 365.25, month: 1, year: 12, decade: 120, century: 1200 };

const SHORT_TIME: ReadonlySet<string> = new Set(['s', 'min', 'h']);
const LONG_TIME: ReadonlySet<string> = new Set(['month', 'year', 'decade', 'century']);

/** The units one quantity may be compared across (`inOneUnit`): periods of time, times of day, temperatures. */
export function unitFamily(unit: string | undefined): string {
  if (unit === undefined) return '';
  if (Object.hasOwn(MONTHS_PER, unit)) return 'period';
  if (unit === 'clock' || unit === 'clock12') return 'clock';
  if (unit === 'degC' || unit === 'degF') return 'temperature';
  return unit;
}

/**
 * Two values in one unit where they are given in two: quantities of time in months (value and precision), a share
 * and a percentage as percentages, a time with and without "am"/"pm" on a 12-hour clock, temperatures in Celsius;
 * otherwise the two as they are.
 */
export function inOneUnit(claim: TypedValue, source: TypedValue): [TypedValue, TypedValue] {
  // A share and a percentage ("one in five", "a third" against "20%"): both as percentages.
  if (claim.unit === 'fraction' && source.kind === 'percent' && source.unit === '%') return [asPercent(claim, true), source];
  if (source.unit === 'fraction' && claim.kind === 'percent' && claim.unit === '%') return [claim, asPercent(source)];
  if (claim.kind !== 'quantity' || source.kind !== 'quantity' || claim.unit === source.unit) return [claim, source];
  // A time without "am" or "pm" against one with it: both on a 12-hour clock.
  if ((claim.unit === 'clock12' && source.unit === 'clock') || (claim.unit === 'clock' && source.unit === 'clock12')) return [twelve(claim), twelve(source)];
  // Fahrenheit and Celsius: both in Celsius.
  if ((claim.unit === 'degF' && source.unit === 'degC') || (claim.unit === 'degC' && source.unit === 'degF')) return [celsius(claim), celsius(source)];
  const a = MONTHS_PER[claim.unit ?? ''];
  const b = MONTHS_PER[source.unit ?? ''];
  // Hours and minutes are no measure of what takes months or years (an age, "Eleanor Marsh, 32," against a
  // finishing time, "2:23:55").
  if (a !== undefined && b !== undefined && (SHORT_TIME.has(claim.unit!) ? LONG_TIME.has(source.unit!) : SHORT_TIME.has(source.unit!) && LONG_TIME.has(claim.unit!))) return [claim, source];
  // (A whole month or year against a figure in a smaller unit is rounded to a quarter of itself, not half, unless a hedge
  // other than a cap widens it: "for up to a year" is not "for up to six months", nor "two months" six weeks; "about two
  // years" may be 18 months.)
  if (a !== undefined && b !== undefined) return [inMonths(claim, a, a >= 1 && a > b), inMonths(source, b, b >= 1 && b > a)];
  // People counted as people and as what they are ("Eleven people were admitted" / "Eleven patients were
  // admitted"): both as people.
  if ((claim.unit === 'people' && PERSON_UNITS.has(source.unit ?? '')) || (source.unit === 'people' && PERSON_UNITS.has(claim.unit ?? ''))) return [{ ...claim, unit: 'people' }, { ...source, unit: 'people' }];
  // Masses, lengths and powers in their base unit ("2.34 tonnes" / "2,340 kg", "312 million miles" / "312 million
  // km", "1.2 gigawatts" / "1,200 MW").
  for (const [table, base] of [[MASS_IN_KG, 'kg'], [LENGTH_IN_M, 'm'], [POWER_IN_W, 'w']] as const) {
    const x = table[claim.unit ?? ''];
    const y = table[source.unit ?? ''];
    if (x !== undefined && y !== undefined) return [inBase(claim, x, base), inBase(source, y, base)];
  }
  return [claim, source];
}

/** Units that count people of some kind. */
const PERSON_UNITS: ReadonlySet<string> = new Set(['prisoners', 'children', 'patients', 'students', 'members', 'employees', 'workers', 'soldiers']);

/** Units of mass in kilograms, of length in metres. */
const MASS_IN_KG: Record<string, number> = lookupTable({ mg: 1e-6, g: 1e-3, kg: 1, t: 1000, lb: 0.45359237 });
const LENGTH_IN_M: Record<string, number> = lookupTable({ mm: 0.001, cm: 0.01, m: 1, km: 1000, mi: 1609.344, ft: 0.3048, yd: 0.9144, in: 0.0254 });
/** Units of power in watts. */
const POWER_IN_W: Record<string, number> = lookupTable({ kw: 1e3, mw: 1e6, gw: 1e9 });
const inBase = (v: TypedValue, f: number, base: string): TypedValue => ({ ...v, unit: base, value: v.value! * f, precision: (v.precision ?? 0.5) * f });

// `inOneUnit`'s conversions (functions of their own: made once, not for each comparison).
/**
 * A share as a percentage. A claim's share in words is a rounding of the source's percentage, to the point either way
 * ("two-thirds" for 66% or 67%, "a quarter" for 24% to 26%); a source's share states a percentage only to its own
 * half point ("one in five" is not "21%").
 */
const asPercent = (v: TypedValue, rounded = false): TypedValue => ({ ...v, kind: 'percent', unit: '%', value: v.value! * 100, precision: rounded ? Math.max(1, (v.precision ?? 0.005) * 100) : (v.precision ?? 0.005) * 100 });
const twelve = (v: TypedValue): TypedValue => (v.unit === 'clock' ? { ...v, unit: 'clock12', value: v.value! % 720 } : v);
const celsius = (v: TypedValue): TypedValue => (v.unit === 'degF' ? { ...v, unit: 'degC', value: ((v.value! - 32) * 5) / 9, precision: ((v.precision ?? 0.5) * 5) / 9 } : v);
const inMonths = (v: TypedValue, f: number, quarter = false): TypedValue => ({ ...v, unit: 'month', value: v.value! * f, precision: Math.min((v.precision ?? 0.5) * f, quarter && (!v.bound || v.cap) ? f / 4 : Infinity) });

/**
 * Endings that make a place's adjective or demonym from its name: Georgia-n, Kenya-n, Ital(y)-ian, Israel-i,
 * Japan-ese; and a party's or a people's plural: Conservative-s, Democrat-s.
 */
const NAME_FORM_ENDINGS = ['n', 'an', 'ian', 'i', 'ese', 's'];

/**
 * A name's words, each that is another form of a word of the other name put as that word ("north american" against
 * "north america": "north america").
 */
function asPlaceWords(name: readonly string[], other: readonly string[]): readonly string[] {
  if (!name.some((t) => t.length >= 4 && !other.includes(t))) return name;
  return name.map((t) => (other.includes(t) ? t : (other.find((u) => nameWordForms(t, u)) ?? t)));
}

/**
 * A measure joined to its noun that names the band a cap of its figure sets: "the standard one-hour charge of £1.50" /
 * "up to 1 hour £1.50" (a tariff's band, not a stay of exactly an hour).
 */
function bandOfCap(claim: TypedValue, source: TypedValue): boolean {
  return claim.kind === 'quantity' && !claim.bound && source.kind === 'quantity' && source.bound === 'atMost' && claim.unit === source.unit && claim.value === source.value && /^[\p{L}\d.,]+[-‑]\p{L}+$/u.test(claim.text);
}

/**
 * Whether two capitalised words are one name's noun and adjective ("Georgia" / "Georgian", "Italy" / "Italian",
 * "Ukraine" / "Ukrainian"): the longer is the shorter (less a final vowel or "y") with an ending of `NAME_FORM_ENDINGS`.
 */
export function nameForms(a: string, b: string): boolean {
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  return nameWordForms(a.toLowerCase(), b.toLowerCase());
}

/** A people's adjective and its country where no ending of `NAME_FORM_ENDINGS` makes one of the other. */
const IRREGULAR_NAME_FORMS: ReadonlyMap<string, string> = new Map([
  ['english', 'england'], ['scottish', 'scotland'], ['welsh', 'wales'], ['british', 'britain'], ['irish', 'ireland'], ['french', 'france'],
  ['german', 'germany'], ['spanish', 'spain'], ['dutch', 'netherlands'], ['swiss', 'switzerland'], ['swedish', 'sweden'], ['danish', 'denmark'],
  ['finnish', 'finland'], ['polish', 'poland'], ['turkish', 'turkey'], ['greek', 'greece'], ['portuguese', 'portugal'], ['norwegian', 'norway'],
]);

/** A people's noun and its adjective, where the noun is no adjective's form ("Briton" / "British", "Dane" / "Danish"). */
const NATIONALITY_NOUNS: ReadonlyMap<string, string> = new Map([
  ['briton', 'british'], ['britons', 'british'], ['scot', 'scottish'], ['scots', 'scottish'], ['dane', 'danish'], ['danes', 'danish'],
  ['swede', 'swedish'], ['swedes', 'swedish'], ['finn', 'finnish'], ['finns', 'finnish'], ['pole', 'polish'], ['poles', 'polish'],
  ['turk', 'turkish'], ['turks', 'turkish'], ['spaniard', 'spanish'], ['spaniards', 'spanish'], ['frenchman', 'french'], ['frenchwoman', 'french'],
  ['englishman', 'english'], ['englishwoman', 'english'], ['welshman', 'welsh'], ['welshwoman', 'welsh'], ['irishman', 'irish'],
  ['irishwoman', 'irish'], ['dutchman', 'dutch'], ['dutchwoman', 'dutch'],
]);

/** `nameForms` of two lower-case name words ("russia" / "russian", "north korea" of "north korean"). */
export function nameWordForms(a: string, b: string): boolean {
  if (IRREGULAR_NAME_FORMS.get(a) === b || IRREGULAR_NAME_FORMS.get(b) === a) return true;
  // (Or its country's other name: "British" / "UK", "the United Kingdom".)
  const country = (w: string) => NAME_ALIASES[w] ?? w;
  const [adjective, other] = IRREGULAR_NAME_FORMS.has(a) ? [a, b] : [b, a];
  const land = IRREGULAR_NAME_FORMS.get(adjective);
  if (land && Object.hasOwn(NAME_ALIASES, other) && country(land) === country(other)) return true;
  // A courtesy title and its abbreviation ("Cllr Ellison" / "Councillor Ellison").
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  if ((Object.hasOwn(TITLE_ABBREVIATIONS, x) && TITLE_ABBREVIATIONS[x] === y) || (Object.hasOwn(TITLE_ABBREVIATIONS, y) && TITLE_ABBREVIATIONS[y] === x)) return true;
  // A people's noun: its adjective, or the adjective's country ("Briton" / "British", "Britain").
  const noun = NATIONALITY_NOUNS.get(a) ?? NATIONALITY_NOUNS.get(b);
  if (noun) {
    const other = NATIONALITY_NOUNS.has(a) ? b : a;
    if (other === noun || IRREGULAR_NAME_FORMS.get(noun) === other) return true;
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || short === long) return false;
  for (const stem of [short, short.replace(/[aeiouy]$/, '')]) {
    if (long.startsWith(stem) && NAME_FORM_ENDINGS.includes(long.slice(stem.length))) return true;
  }
  return false;
}

/**
 * Whether one name is the other with an acronym for some of its words: "EU" / "European Union", "Non-EU" /
 * "Non-European Union" (the initials of the words the two do not share), "TB" / "Tuberculosis" (one word: the
 * acronym's letters in order, from its first). The same thing named two ways, never a swap.
 */
export function abbreviates(short: string, long: string): boolean {
  const words = (t: string) => t.split(/[\s\u00a0-]+/).filter(Boolean);
  const s = words(short);
  const l = words(long);
  const acronyms = s.filter((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (acronyms.length !== 1) return false;
  const lower = new Set(l.map((w) => w.toLowerCase()));
  // The short name's other words are the long name's own ("Non").
  if (s.some((w) => w !== acronyms[0] && !lower.has(w.toLowerCase()))) return false;
  const shared = new Set(s.map((w) => w.toLowerCase()));
  const rest = l.filter((w) => !shared.has(w.toLowerCase()));
  const letters = acronyms[0].toLowerCase();
  if (!rest.length || !rest.every((w) => /^\p{Lu}/u.test(w))) return false;
  // (Or of the long name's last words, its body's kind after its place: "ICB" / "NHS Severnmoor Integrated Care
  // Board", which the source writes "NHS Severnmoor ICB".)
  if (rest.length > 1) return rest.map((w) => w[0].toLowerCase()).join('') === letters || (letters.length >= 2 && rest.length > letters.length && rest.slice(-letters.length).map((w) => w[0].toLowerCase()).join('') === letters && !/-$/.test(long.slice(0, long.lastIndexOf(rest[rest.length - letters.length])).trimEnd()));
  // A long word only: "TB" is no "Tibet", "UN" no "Uganda".
  const word = rest[0].toLowerCase();
  if (word.length < 4 * letters.length || word[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of word) if (ch === letters[i]) i++;
  return i === letters.length;
}

/** Temperatures on a scale, which degrees without one may stand for. */
const TEMPERATURE_UNITS = new Set(['degC', 'degF']);

/** A figure in millions or more, as its words give it: "161 million", "2.4bn". */
const IN_MILLIONS = /(?:million|billion|trillion|bn|mn)$/i;

/**
 * Whether a source value states the claim's value: the same number (within rounding), a compatible date, the
 * same year or ordinal, or a name that contains the claim's name.
 */
export function valueAgrees(claim: TypedValue, source: TypedValue): boolean {
  // The same figure in another unit of length or mass is a slip of the unit, however close the two ("within 1 mile" /
  // "within 1 kilometre"), not the same distance rounded.
  if (unitSlip(claim, source)) return false;
  [claim, source] = inOneUnit(claim, source);
  if (bandOfCap(claim, source)) return true;
  // Degrees without a scale are the claim's scale's: "about 29C" / "about 29 degrees" (a temperature is said so).
  if (claim.kind === 'quantity' && source.kind === 'quantity' && ((claim.unit === 'deg' && TEMPERATURE_UNITS.has(source.unit ?? '')) || (source.unit === 'deg' && TEMPERATURE_UNITS.has(claim.unit ?? '')))) {
    source = { ...source, unit: claim.unit };
  }
  // A time in minutes and seconds is stated by a table's "38:14" in those figures, which reads like a score.
  if (claim.unit === 'min' && source.unit === 'score' && claim.value !== undefined && /^\d{1,3}:[0-5]\d$/.test(source.text)) {
    const [m, sec] = source.text.split(':').map(Number);
    return Math.abs(m + sec / 60 - claim.value) < 1e-6;
  }
  // A score is stated only by the same score: no rounding ("4-2" is not "4-1").
  if (claim.unit === 'score' || source.unit === 'score') return claim.unit === source.unit && claim.value === source.value;
  // A time of day against a log's time to the second, read as a length ("called police at 1.45am" / "| 01:45:05 |"):
  // the same minute.
  if (isClock(claim) && source.unit === 'min' && LOGGED_TIME.test(source.text) && source.value !== undefined && claim.value !== undefined) {
    const minute = Math.floor(source.value + 1e-9);
    return claim.unit === 'clock12' ? minute % 720 === claim.value % 720 : minute === claim.value;
  }
  // A lead in points is stated by a lead or a count of points ("12 points ahead", "a 13-point lead", "their lead to
  // 13 points"), not by a share or a sum; the two scores or shares it lies between state it too (`statesDifference`).
  if (claim.unit === 'points') return (source.unit === 'points' || source.unit === '-point' || (source.kind === 'number' && source.unit === undefined && !source.label)) && source.value === claim.value;
  // A bounded multiple is stated by a multiple, not by any count above it: "more than three times the £1.9 million" is
  // not "up from 112".
  if (claim.unit === 'times' && claim.bound !== undefined && source.unit !== 'times') return false;
  // The age that bounds a group is stated by that age, not by a count above it: "plot holders over 75" is not "77"
  // plot holders.
  if (claim.ageBound && !source.ageBound && claim.value !== source.value) return false;
  // A share is stated by a share, not by a count: "more than three quarters" is no "24 care plans", nor "a third" 33.
  if (claim.kind === 'number' && source.kind === 'number' && (claim.unit === 'fraction') !== (source.unit === 'fraction')) return false;
  if (isNumeric(claim)) {
    if (!isNumeric(source) && !(source.kind === 'year' && claim.kind === 'number')) return false;
    if (claim.kind === 'percent' && source.kind !== 'percent') return false;
    // Nor is a count a share ("saw eleven starlings" / "rose by 11%"); points may be percentage points ("fell by 4.1
    // points" / "4.1 percentage points").
    if (claim.kind === 'number' && source.kind === 'percent' && source.unit === '%') return false;
    if (claim.kind === 'money' && source.kind === 'money' && claim.unit !== source.unit) return false;
    // A quantity is stated only in its own unit ("five years" is not "$27bn" nor "26,000 people").
    if (claim.kind === 'quantity' && (source.kind === 'money' || source.kind === 'percent' || (source.kind === 'quantity' && source.unit !== claim.unit))) return false;
    if (claim.kind === 'money' && source.kind === 'quantity') return false;
    // A count is no measure ("from twelve countries" / "a test firing of twelve seconds"); years may be an age
    // ("Khanal, 27," / "the 27-year-old").
    // (A figure with decimals is a measure's, not a count: "put the magnitude slightly lower, at 7.0" / "a magnitude
    // of 7.0".)
    // (A figure in millions is the measure's, its unit left out: "down from 161 million five years ago" / "down from
    // 161 million litres a day".)
    if (claim.kind === 'number' && claim.unit === undefined && source.kind === 'quantity' && source.unit !== 'year' && MEASURES.has(source.unit ?? '') && !/\d\.\d/.test(claim.text) && !IN_MILLIONS.test(claim.text)) return false;
    // Nor is a measure a bare count ("more than five hours" / "Five boarded the liferaft"); a duration in years may be an
    // age or a term ("a 27-year-old" / "Khanal, 27"); figures in digits are often a measure's shorthand ("9.94
    // seconds" / "Time: 9.94", "300 metres" / "so I went at 300"), a number in words a count.
    if (claim.kind === 'quantity' && claim.unit !== 'year' && MEASURES.has(claim.unit ?? '') && source.kind === 'number' && source.unit === undefined && !source.label && !/\d/.test(source.text)) return false;
    // (Nor, for a measure written as a compound, "a 12-day inquiry", a whole number in digits with a word of its own
    // right after it, which it counts: "12 permanent full-time … posts".)
    if (claim.kind === 'quantity' && claim.unit !== 'year' && MEASURES.has(claim.unit ?? '') && /^\d[\d,.]*[-‑]\p{L}/u.test(claim.text) && source.kind === 'number' && source.unit === undefined && !source.label && /^\d[\d,]*$/.test(source.text) && countsAWord(source)) return false;
    // A rate is stated only for its period ("£1,400 a week" is not "£1,400 a year").
    if (claim.per && source.per && claim.per !== source.per) return false;
    // A number that names something states no measure ("Article 2.1" is not "two years").
    if (source.label && !claim.label && claim.kind === 'quantity') return false;
    return numberAgrees(claim, source);
  }
  switch (claim.kind) {
    case 'date':
      // (A weekday alone does not state a day of the month: "on Saturday morning" is not "Saturday 26 January"; nor
      // does a month: "in January 2025" is not "on Monday 27 January".)
      if (source.kind === 'date' && claim.date!.day !== undefined && source.date!.day === undefined) return false;
      // (Nor a day of a month without its year a month of a year: "designated in May 2023" is not "runs from 15 May to
      // 30 September each year".)
      if (source.kind === 'date' && claim.date!.day === undefined && claim.date!.month !== undefined && claim.date!.year !== undefined && source.date!.day !== undefined && source.date!.year === undefined) return false;
      // A weekday alone is stated by the whole date that falls on it ("closed at 398p on Monday" / "close, 9 March
      // 2026"); a weekday with its day is not stated by a whole date that falls on another ("Saturday 10 August" /
      // "10 August 2025").
      if (source.kind === 'date' && claim.date!.weekday !== undefined && (claim.date!.month === undefined || claim.date!.day !== undefined)) {
        const { day, month, year, weekday } = source.date!;
        const iso = weekday === undefined && day !== undefined && month !== undefined && year !== undefined ? isoDate(year, month, day) : undefined;
        if (iso !== undefined) {
          const falls = weekdayOf(iso) === claim.date!.weekday;
          if (claim.date!.day === undefined && claim.date!.year === undefined) return falls;
          if (!falls) return false;
        }
      }
      if (source.kind === 'date') return sharedDateParts(claim.date!, source.date!) > 0 && datePartsAgree(claim.date!, source.date!);
      return false;
    case 'year':
      if (source.kind === 'number' && source.value === claim.value) return true;
      return yearAgrees(claim, source) === true;
    case 'ordinal':
      // A place by its number ("in tenth place" / "at number 10", "No. 2"); a part left unsaid after one named ("from
      // two in the third quarter to eleven in the fourth" / "in the fourth quarter").
      if (source.kind === 'ordinal' && source.value === claim.value && (source.unit === claim.unit || (claim.unit === undefined && source.unit !== undefined && source.unit !== 'in-a-row'))) return true;
      return source.kind === 'number' && source.label === true && claim.unit === undefined && source.value === claim.value;
    case 'name':
      if (source.kind !== 'name') return false;
      // (An abbreviated title is its title: "Cllr Priya Haldane" / "Councillor Priya Haldane".)
      if (claim.name!.length > 1 && source.name!.length > 1 && Object.hasOwn(TITLE_ABBREVIATIONS, claim.name![0]) !== Object.hasOwn(TITLE_ABBREVIATIONS, source.name![0])) {
        const full = (w: string) => (Object.hasOwn(TITLE_ABBREVIATIONS, w) ? TITLE_ABBREVIATIONS[w] : w);
        if (containsSequence(source.name!.map(full), claim.name!.map(full))) return true;
      }
      return containsSequence(source.name!, claim.name!) || containsSequence(expandedAcronyms(source, claim.name!), expandedAcronyms(claim, source.name!)) || withoutAccents(source.name!, claim.name!) || (claim.name!.length > 1 && containsSequence(source.name!, asPlaceWords(claim.name!, source.name!))) || shortFormOf(claim.name!, source.name!) || shortFormOf(ownedName(claim), source.name!) || titledForm(claim.name!, source.name!) || titledSurnameOf(claim.name!, source.name!) || surnameWithTitle(claim.name!, source.name!) || (claim.name!.length === 1 && source.name!.length === 1 && nameWordForms(claim.name![0], source.name![0])) || sameEntity(claim, source) || partyForms(claim.name!, source.name!) || partyForms(source.name!, claim.name!);
  }
  return false;
}

/**
 * Whether one name is a party's "Party" name and the other its members' ("Progressive Democratic Party" /
 * "Progressive Democrats", "Conservative Party" / "Conservatives", "Green Party" / "Greens").
 */
function partyForms(party: readonly string[], members: readonly string[]): boolean {
  if (party.length < 2 || party[party.length - 1] !== 'party' || members.length !== party.length - 1) return false;
  const last = party[party.length - 2];
  const theirs = members[members.length - 1];
  if (theirs !== `${last}s` && theirs !== `${last.replace(/ic$/, '')}s`) return false;
  return members.slice(0, -1).every((w, i) => w === party[i]);
}

/** Whether two quantities give the same figure in two units of length or of mass ("1 mile" / "1 kilometre"). */
export function unitSlip(claim: TypedValue, source: TypedValue): boolean {
  if (claim.kind !== 'quantity' || source.kind !== 'quantity' || claim.unit === source.unit || claim.value !== source.value) return false;
  const family = (u: string | undefined) =>
    u && Object.hasOwn(LENGTH_IN_M, u) ? 'length' : u && Object.hasOwn(MASS_IN_KG, u) ? 'mass' : u && VOLUMES.has(u) ? 'volume' : u && (u.startsWith('square-') || u === 'acre' || u === 'ha') ? 'area' : undefined;
  return family(claim.unit) !== undefined && family(claim.unit) === family(source.unit);
}

/** Units of volume ("6,800 litres" is not "6,800 cubic metres"). */
const VOLUMES: ReadonlySet<string> = new Set(['l', 'ml', 'megalitre', 'gal', 'pint', 'bbl', 'cubic-m', 'cubic-cm', 'cubic-mm', 'cubic-km', 'cubic-ft', 'cubic-yd', 'cubic-in']);

/** Units a bare number never stands for. */
const NEVER_BARE = new Set(['of-count', 'clock', 'clock12', 'degC', 'degF', 'score', 'times']);

/** How far inside "almost", "nearly" or "just over" a figure a bare figure may be: a twentieth of it. */
const NEAR_WINDOW = 0.05;

/** Months in a year, days in a week: the larger unit of time a source's figure is in, in the claim's smaller one. */
const TIME_UNIT_SIZE: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.4375, year: 365.25 };

/**
 * A quarter of the source's unit of time, in the unit the two are compared in, when the source's is the larger of
 * the two ("22 months" / "just under two years"): how far inside a bound in whole years a figure in months may be.
 */
function coarserTime(claim: TypedValue, source: TypedValue): number | undefined {
  const a = TIME_UNIT_SIZE[claim.unit ?? ''];
  const b = TIME_UNIT_SIZE[source.unit ?? ''];
  if (claim.kind !== 'quantity' || source.kind !== 'quantity' || !a || !b || b <= a) return undefined;
  return (b / a) * 0.25;
}

/**
 * Whether a source value is a different value of the same kind — the precondition for a contradiction (whether
 * it is about the same thing is decided by roles and topic, elsewhere).
 */
export function valueDiffers(claim: TypedValue, source: TypedValue): boolean {
  if (unitSlip(claim, source)) return true;
  const original = { claim, source };
  [claim, source] = inOneUnit(claim, source);
  if (bandOfCap(claim, source)) return false;
  if (claim.unit === 'score' || source.unit === 'score') return claim.unit === source.unit && claim.value !== source.value;
  if (isNumeric(claim)) {
    if (source.kind !== claim.kind) {
      // A bare number may be stated as a quantity or the other way round when the unit is implicit; not a time, a
      // temperature or a count that describes someone ("69" is no rival of "mother-of-three").
      const pair = new Set([claim.kind, source.kind]);
      if (!(pair.has('number') && pair.has('quantity'))) return false;
      if (NEVER_BARE.has((claim.kind === 'quantity' ? claim : source).unit ?? '')) return false;
      // Nor a share ("about one in five requests" is no rival of "nine minutes").
      if ((claim.kind === 'number' ? claim : source).unit === 'fraction') return false;
    }
    if (claim.kind === 'quantity' && source.kind === 'quantity' && claim.unit !== source.unit) return false;
    if ((claim.kind === 'money' || claim.kind === 'percent') && claim.unit !== source.unit) return false;
    // A number that names something is no measure of anything ("Berth 7" against "three months").
    if (!!claim.label !== !!source.label) return false;
    // The same sum for another period is another rate.
    if (claim.per && source.per && claim.per !== source.per) return true;
    // A bare figure inside a source's open bound says more than it, and nothing against it: "drew 4,318 responses" /
    // "more than four thousand responses" (not a bound close to its figure, "nearly 400", nor a cap, "up to 190").
    if (!claim.bound && !source.near && !source.cap && claim.value !== undefined && source.value !== undefined) {
      if (source.bound === 'atLeast' && claim.value > source.value) return false;
      // (Nor the figure of the bound itself: "the 10-year minimum" / "the minimum of at least 10 years".)
      // (Not a multiple's: "double" is not "more than double".)
      if ((source.bound === 'atLeast' || source.bound === 'atMost') && claim.value === source.value && claim.unit !== 'times' && claim.unit !== 'fraction') return false;
      if (source.bound === 'atMost' && claim.value < source.value && claim.value > 0) return false;
    }
    // (Nor a bare figure just inside a bound close to its figure: "launched 59 times" / "launched almost 60 times".)
    // (In a smaller unit of time, within a quarter of the larger unit: "expected to take 22 months" / "expected to take
    // just under two years".)
    if (!claim.bound && source.near && claim.value !== undefined && source.value !== undefined && source.value > 0) {
      const window = Math.max(source.value * NEAR_WINDOW, coarserTime(original.claim, original.source) ?? 0);
      if (source.bound === 'atMost' && claim.value < source.value && claim.value >= source.value - window) return false;
      if (source.bound === 'atLeast' && claim.value > source.value && claim.value <= source.value + window) return false;
    }
    // (Nor two open bounds that leave room for one figure: "more than 38 tonnes" / "nearly 40 tonnes", near the
    // source's figure when its bound is close to it.)
    if (claim.value !== undefined && source.value !== undefined && source.value > 0 && ((claim.bound === 'atLeast' && source.bound === 'atMost' && claim.value < source.value) || (claim.bound === 'atMost' && source.bound === 'atLeast' && claim.value > source.value))) {
      const window = Math.max(source.value * NEAR_WINDOW, coarserTime(original.claim, original.source) ?? 0);
      // (A claim's bound close to its figure is close to the source's too: "almost half" is no "more than a third".)
      if ((!source.near || Math.abs(claim.value - source.value) <= window) && (!claim.near || Math.abs(claim.value - source.value) <= claim.value * NEAR_WINDOW)) return false;
    }
    // (Nor a figure that a source's "around" rounds: "an estimated £412,000 a year" / "the saving of around £400,000
    // a year", another source giving the £412,000.)
    if (source.bound === 'about' && claim.value !== undefined && source.value !== undefined && significantDigits(claim.value) > significantDigits(source.value) && Math.abs(claim.value - source.value) <= Math.abs(source.value) * 0.05) return false;
    return !numberAgrees(claim, source);
  }
  switch (claim.kind) {
    case 'date':
      if (source.kind === 'date') return sharedDateParts(claim.date!, source.date!) > 0 && !datePartsAgree(claim.date!, source.date!);
      if (source.kind === 'year') return yearAgrees(claim, source) === false;
      return false;
    case 'year':
      if (source.kind === 'year' || source.kind === 'date') return yearAgrees(claim, source) === false;
      return false;
    case 'ordinal':
      return source.kind === 'ordinal' && source.value !== claim.value && source.unit === claim.unit;
    case 'name': {
      if (source.kind !== 'name') return false;
      const a = asPlaceWords(claim.name!, source.name!);
      const b = source.name!;
      const oneName = (x: readonly string[], y: readonly string[]) => containsSequence(x, y) || containsSequence(y, x) || shortFormOf(x, y) || shortFormOf(y, x);
      if (oneName(a, b)) return false;
      // (A possessive inside a name joins two names, the owner first: "Brackenford Rugby Club's Millbrook Lane Ground"
      // names the club of "Brackenford Rugby Football Club". Only the owner, two words at least, against a name with no
      // possessive: "Martin Japan's Gangs Of New York" is not "Martin Scorsese's Gangs Of New York".)
      const [withOwner, other] = POSSESSIVE_INSIDE.test(claim.text) ? [claim, source] : [source, claim];
      if (POSSESSIVE_INSIDE.test(withOwner.text) && !POSSESSIVE_INSIDE.test(other.text)) {
        const owner = withOwner.text.split(POSSESSIVE_INSIDE)[0].toLowerCase().split(/[\s.]+/).filter(Boolean);
        if (owner.length >= 2 && oneName(owner, other.name!)) return false;
      }
      // (A body meeting whole is that body: "Full Council backed the plan" is Wexley Vale District Council's vote.)
      if (FULL_MEETING.test(claim.text) || FULL_MEETING.test(source.text)) return false;
      // Names conflict only when they share a part and differ in another: "Kim Jong Un" and "Kim Jong Il".
      const shared = a.filter((t) => b.includes(t)).length;
      return shared > 0 && shared < Math.max(a.length, b.length) && a.length > 1 && b.length > 1;
    }
  }
  return false;
}

/** The possessive between two names run together ("Kelsford City Council's Market Hall"). */
const POSSESSIVE_INSIDE = /['’]s\s+(?=\p{Lu})/u;

/** A body's meeting of all its members, by its name: "Full Council", "full Cabinet". */
const FULL_MEETING = /^(?:the\s+)?full\s+(?:council|cabinet|board|committee|assembly|senate|court)$/i;

/** Weighted overlap of two term maps: the sum of the smaller weights over the larger of the two totals. */
function overlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let ta = 0;
  let tb = 0;
  for (const [t, w] of a) {
    ta += w;
    const u = b.get(t);
    if (u !== undefined) shared += Math.min(w, u);
  }
  for (const w of b.values()) tb += w;
  return shared ? shared / Math.max(ta, tb) : 0;
}

function undirected(role: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, w] of role) {
    const t = k.slice(1);
    if ((out.get(t) ?? 0) < w) out.set(t, w);
  }
  return out;
}

/** Weight of the side-aware similarity in `roleSimilarity`; the rest ignores sides ("on May 5 X said" / "X said on May 5"). */
export const ROLE_DIRECTED = 0.7;

/**
 * Similarity of two values' roles in [0, 1]: weighted overlap of their context terms, side-aware for
 * `ROLE_DIRECTED` of it and side-blind for the rest.
 */
export function roleSimilarity(a: TypedValue, b: TypedValue): number {
  return ROLE_DIRECTED * overlap(...sharedSides(a.role, b.role)) + (1 - ROLE_DIRECTED) * overlap(undirected(a.role), undirected(b.role));
}

/**
 * Two roles with only the sides that both have words on: a value at one end of its sentence says nothing of that
 * side ("Sofia Marchetti won the 2024 prize" / "… delighted to announce that Mara Ellison has won the 2024 prize":
 * the words before the source's name weigh nothing against the claim's, which has none).
 */
function sharedSides(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): [ReadonlyMap<string, number>, ReadonlyMap<string, number>] {
  const sides = (m: ReadonlyMap<string, number>) => {
    let before = false;
    let after = false;
    for (const k of m.keys()) {
      if (k.charCodeAt(0) === 60) before = true;
      else after = true;
      if (before && after) break;
    }
    return (before ? 1 : 0) | (after ? 2 : 0);
  };
  const both = sides(a) & sides(b);
  if (both === 0 || both === 3) return [a, b];
  const keep = both === 1 ? '<' : '>';
  const only = (m: ReadonlyMap<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, w] of m) if (k[0] === keep) out.set(k, w);
    return out;
  };
  return [only(a), only(b)];
}
