/**
 * How well one source passage supports a claim, as a transparent score in [0, 1] built from four measures:
 *
 * - coverage: the share of the claim's content terms (IDF-weighted when the index gives IDF; numbers and names
 *   weigh more) found in the passage sentence; terms found only in the neighbouring sentences count for
 *   `contextCredit` of their weight;
 * - phrases: the share of the claim's term bigrams (consecutive content terms) found as bigrams in the sentence;
 * - values: the share of the claim's typed values (numbers, dates, years, ordinals, names) that the sentence
 *   (or, at `contextCredit`, its neighbours) states; when the claim has none, this is the coverage again;
 * - retrieval: the index's score for the passage divided by the best score among the candidates.
 *
 * The score is the weighted sum `SUPPORT_WEIGHTS`, measured on SciFact and WiCE (see bench/README.md).
 */
import { processTerm, tokenize, tokenizeWithOffsets } from '../index/tokenize';
import type { PassageIndex } from '../index/passageIndex';
import type { Passage, SourceDocument, Span } from '../types';
import { datelineBefore } from '../sources/dates';
import { directionWords, type DirectionWord } from './direction';
import { VERB_AT_QUOTATION } from './speech';
import { PRIOR_PERIOD_NAME, countedList, nameToken, extractValues, namedInParts, hasRelativeDay, hasRelativeYear, statesDuration, statesRate, statesSum, hedgeWords, impliedRatios, inOneUnit, mayState, partAndWhole, percentChangeRatios, ratioAgrees, shareAgrees, roleSimilarity, statesDifference, valueAgrees, type TypedValue } from './values';

export interface SupportWeights {
  coverage: number;
  phrases: number;
  values: number;
  retrieval: number;
}

/** Weights of the four measures (they sum to 1). Chosen by grid search on SciFact + WiCE; see bench/README.md. */
export const SUPPORT_WEIGHTS: SupportWeights = { coverage: 0.35, phrases: 0.25, values: 0.15, retrieval: 0.25 };

/** Knobs of the support measure, exposed for the benchmark's studies; the defaults are the measured best. */
export interface SupportTuning {
  /** Credit for a claim term or value found only in a neighbouring sentence of the same paragraph (0 = ignore context). */
  contextCredit: number;
  /** Extra weight of a number term. */
  numberBoost: number;
  /** Extra weight of a name term (a capitalised word inside a sentence). */
  nameBoost: number;
}

export const DEFAULT_SUPPORT_TUNING: Readonly<SupportTuning> = Object.freeze({ contextCredit: 0.5, numberBoost: 1.5, nameBoost: 1.25 });

/** The analysed text of a claim or a passage sentence. */
export interface TextInfo {
  text: string;
  /** Tokens with their term (null for stopwords); for passages, computed on first access. */
  readonly tokens: { start: number; end: number; term: string | null; capital: boolean }[];
  terms: Set<string>;
  /** Pairs of consecutive terms, "a b" (computed on first access: neighbouring sentences never need them). */
  readonly bigrams: Set<string>;
  /** Typed values (computed on first access). */
  readonly values: TypedValue[];
  /** Direction words ("rose", "fell"; computed on first access). */
  readonly directions: DirectionWord[];
  /** The text lower-cased with ’ as ' (computed on first access; for `mayState`). */
  readonly lower: string;
  /** A passage of a dated document with a day relative to its date ("today"): its values include that day. */
  readonly dated?: boolean;
}

type Token = TextInfo['tokens'][number];

function tokensOf(text: string, capitals: boolean): Token[] {
  const raw = tokenizeWithOffsets(text);
  const tokens = raw.map((t, i) => ({
    start: t.start,
    end: t.end,
    term: processTerm(t.text),
    capital: capitals && i > 0 && /^\p{Lu}/u.test(t.text) && !/[.!?:]\s*["“‘']?\s*$/.test(text.slice(raw[i - 1].end, t.start)),
  }));
  if (hasFigureWords(text)) {
    const terms = figureWordTerms(text, tokens.map((t) => t.term));
    tokens.forEach((t, i) => (t.term = terms[i]));
  }
  return tokens;
}

/** Whether a text may write a figure in words that its terms should give as one ("per cent", "Thirty-five"). */
function hasFigureWords(text: string): boolean {
  return text.includes('cent') || SPELLED_TENS.test(text);
}

/** A text's terms with its figures in words as one term each: numbers from eleven up, then "per cent" as "%". */
function figureWordTerms(text: string, terms: (string | null)[]): (string | null)[] {
  if (SPELLED_TENS.test(text)) terms = numberWords(terms);
  if (text.includes('cent')) terms = percentWords(terms);
  return terms;
}

/** A number from eleven up written in words ("Thirty-five", "sixty-one", "eighteen"). */
const SPELLED_TENS = /\b(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b/i;
/** The index terms (stems) of the number words, by value. */
const TEENS: Record<string, number> = { eleven: 11, twelv: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS_TERMS: Record<string, number> = { twenti: 20, thirti: 30, forti: 40, fifti: 50, sixti: 60, seventi: 70, eighti: 80, nineti: 90 };
const UNIT_TERMS: Record<string, number> = { on: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/**
 * A number from eleven to ninety-nine in words as the term of its digits ("Thirty-five" is "35", as the source's
 * "35 volunteers" is): the words are the same figure, and no content of their own. (Not one to ten: "one of the
 * best" is no figure to match a "1".)
 */
function numberWords(terms: (string | null)[]): (string | null)[] {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    if (Object.hasOwn(TEENS, t)) terms[i] = String(TEENS[t]);
    else if (Object.hasOwn(TENS_TERMS, t)) {
      const next = terms[i + 1];
      const unit = next && Object.hasOwn(UNIT_TERMS, next) ? UNIT_TERMS[next] : 0;
      terms[i] = String(TENS_TERMS[t] + unit);
      if (unit) terms[i + 1] = null;
    }
  }
  return terms;
}

/**
 * "93 per cent" and "93 percent" as the one term "93%" that "93%" is: the sign written out is the same figure,
 * and its words ("per", "cent") are no content of their own.
 */
function percentWords(terms: (string | null)[]): (string | null)[] {
  for (let i = 0; i + 1 < terms.length; i++) {
    const t = terms[i];
    if (!t || !/^\d[\d.,]*$/.test(t)) continue;
    const words = terms[i + 1] === 'percent' || terms[i + 1] === 'pct' ? 1 : terms[i + 1] === 'per' && terms[i + 2] === 'cent' ? 2 : 0;
    if (!words) continue;
    terms[i] = `${t}%`;
    for (let k = 1; k <= words; k++) terms[i + k] = null;
  }
  return terms;
}

/**
 * Terms and bigrams of a text; tokens, values and direction words on first access. `capitals: false` (passages)
 * leaves every token's `capital` false (only a claim's capitals weigh its terms) and the tokens unmade until
 * asked for: a passage needs only its term sequence, its tokens when it is shown as evidence.
 */
export function analyzeText(text: string, capitals = true): TextInfo {
  let tokens: Token[] | undefined = capitals ? tokensOf(text, true) : undefined;
  // The terms in order (the same tokenizer and normaliser as the tokens', without their offsets).
  const sequence: string[] = [];
  if (tokens) {
    for (const t of tokens) if (t.term) sequence.push(t.term);
  } else if (hasFigureWords(text)) {
    for (const term of figureWordTerms(text, Array.from(tokenize(text), processTerm))) if (term) sequence.push(term);
  } else {
    for (const token of tokenize(text)) {
      const term = processTerm(token);
      if (term) sequence.push(term);
    }
  }
  const terms = new Set(sequence);
  let bigrams: Set<string> | undefined;
  const makeBigrams = () => {
    const out = new Set<string>();
    for (let i = 1; i < sequence.length; i++) out.add(`${sequence[i - 1]} ${sequence[i]}`);
    return out;
  };
  // Values and direction words are found on first use: most claims never need them from their passages.
  let values: TypedValue[] | undefined;
  let directions: DirectionWord[] | undefined;
  let lower: string | undefined;
  return {
    text,
    get tokens() {
      return (tokens ??= tokensOf(text, false));
    },
    terms,
    get bigrams() {
      return (bigrams ??= makeBigrams());
    },
    get values() {
      return (values ??= extractValues(text));
    },
    get directions() {
      return (directions ??= directionWords(text));
    },
    get lower() {
      return (lower ??= text.toLowerCase().replace(/’/g, "'"));
    },
  };
}

/**
 * Whether a text states a claim's value (some value of it `valueAgrees`). A cheap test of the text (`mayState`)
 * comes first, so that most texts never have their values extracted.
 */
/** After a length of months, the date its reporting period ends ("ended October 31", "to 30 September"). */
const REPORTING_PERIOD = /^\s+(?:ended|ending|to|through)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;
/** What results call a reporting period of so many months ("the quarter", "Q3", "the half-year", "H1"). */
const PERIOD_NAMES = new Map<number, RegExp>([
  [3, /\b(?:quarter|Q[1-4])\b/i],
  [6, /\b(?:half[- ]year|(?:first|second)\s+half|interim|H[12])\b/i],
  [12, /\b(?:full[- ]year|(?:financial|fiscal)\s+year)\b/i],
]);

export function statesValue(info: TextInfo, value: TypedValue): boolean {
  // Memoised by the value and the text (a verdict asks the same question two or three times over: the candidates'
  // states, the account of the evidence, the rules). Both are settled when first asked: a text's values are made
  // on first access and never changed, a claim's are marked (`current`, `reportingPeriod`) by `analyzeClaim` before
  // any question. Weak on both sides: the memo lives as long as the claim's analysis and the passage's.
  let byText = STATES_MEMO.get(value);
  if (!byText) STATES_MEMO.set(value, (byText = new WeakMap()));
  let states = byText.get(info);
  if (states === undefined) byText.set(info, (states = statesValueOf(info, value)));
  return states;
}

/** A sentence's first word, capitalised, before a word in lower case (a list's bullet before it). */
const FIRST_WORD = /^\s*(?:[-*•]\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+\p{Ll}/u;

const STATES_MEMO = new WeakMap<TypedValue, WeakMap<TextInfo, boolean>>();

/** The word "one" as a count of something: "in one case", "one resident" (not "one of the", "no one", "one another"). */
const ONE_COUNT = /(?<!\bno\s)\bone\s+(?!of\b|another\b|or\b|and\b|day\b)\p{L}+/iu;

function statesValueOf(info: TextInfo, value: TypedValue): boolean {
  // A reporting period by its name: "the third quarter of fiscal 2025, which ended on … October 31, 2024" for "the
  // three months ended October 31, 2024".
  if (value.reportingPeriod && value.value !== undefined && PERIOD_NAMES.get(value.value)?.test(info.text)) return true;
  if (!info.dated && !mayState(value, info.text, () => info.lower)) return false;
  // (Not the whole of a partitive for a figure that is no whole: "raised £3m" is not "raised £2.3m of its £3m target".)
  // (A bound of a plain number is not met by a sum: "at least 73 of them" is not "£75".)
  // (Nor an end of a range for a single figure: "five years' custody" is not "a range of 5 to 8 years"; a claim's
  // own two figures may be a range: "£1.62bn to £1.66bn" / "between £1.62 and £1.66 billion".)
  if (info.values.some((s) => valueAgrees(value, s) && !(s.inRange && !value.joined && value.bound === undefined) && !(s.whole && !value.whole && !value.possessed) && !(value.bound !== undefined && value.kind === 'number' && s.kind === 'money') && (!throughBound(value, s) || roleSimilarity(value, s) >= BOUND_ROLE_MIN))) return !(value.current && priorPeriodOnly(info, value));
  // A person "of" a body, the two given apart ("Priya Venkataraman of Kestrel Advisory" / "Priya Venkataraman, both of
  // Kestrel Advisory LLP").
  if (namedInParts(value, info.values)) return true;
  // A one-word name as the sentence's first word, which the text's own names leave out (there it may be any word):
  // "Thornbury has two previous convictions" names the Thornbury of "… and that Thornbury had two previous
  // convictions".
  if (value.kind === 'name' && value.name!.length === 1) {
    const first = FIRST_WORD.exec(info.text);
    if (first && nameToken(first[1]) === value.name![0]) return true;
  }
  // An acronym the text defines ("the Department for Environment, Food and Rural Affairs (Defra)" for "Defra").
  if (value.kind === 'name' && value.name!.length === 1 && info.text.includes(`(${value.text})`)) return true;
  // A difference the text implies: "by 382 votes" for "1,486" and "1,104".
  if (value.difference && statesDifference(value, info.values)) return true;
  // A sum the text gives in two parts: "an initial £6.5m …, with a further £1.5m" for "£8m".
  if (statesSum(value, info.text, info.values)) return true;
  // A duration the text gives as a span of times: "Between 09:12 and 13:47" for "more than four hours".
  if (statesDuration(value, info.text, info.values)) return true;
  // A rate the text gives as a sum over a period: "£50m over five years" for "£10m a year".
  if (statesRate(value, info.text, info.values)) return true;
  // A count of one the text gives in the word the values leave out as too common: "only one complaint was not upheld"
  // / "In one case we found no maladministration" (not "one of the officials").
  if (value.kind === 'number' && value.value === 1 && !value.unit && /^(?:one|a\s+single|single)$/i.test(value.text.replace(/^(?:only|just)\s+/i, '')) && ONE_COUNT.test(info.text)) return true;
  // A count the text lists: "Routes 7, 12 and 34" for "three routes".
  if (value.kind === 'number' && countedList(info.text, info.values, value)?.count === value.value) return true;
  // A share the text gives as a part of a whole: "nearly three quarters" for "17 of the 24 people".
  if ((value.unit === 'fraction' || (value.kind === 'percent' && value.unit === '%')) && value.value !== undefined) {
    const pair = partAndWhole(info.text, info.values);
    if (pair && shareAgrees(value, value.unit === 'fraction' ? value.value : value.value / 100, pair[0].value! / pair[1].value!)) return true;
  }
  // A multiple the text implies: "more than doubled" for "rose from 9,800 … to 21,400".
  if (value.unit !== 'times' || value.value === undefined) return false;
  return impliedRatios(info.text, info.values).some((r) => ratioAgrees(value, r.ratio)) || percentChangeRatios(info.text, info.values).some((r) => ratioAgrees(value, r));
}

/**
 * Another period's figures in parentheses, as results releases give them after this period's: "Revenue rose 4.2%
 * to £2.31bn (2025: £2.22bn)", "(2024/25: 6.5p)", "(FY25: 12%)", "(last year: 4.1p; 2024: 3.9p)". Group 1 is the
 * period.
 */
const PRIOR_PERIOD = new RegExp(String.raw`\(\s*(${PRIOR_PERIOD_NAME})\s*[:=]\s*[^()]*\)`, 'gi');

/**
 * The period ("2025") and the text's figure when a text states a value only as another period's (every value of the
 * text that agrees with it is one: `priorSpans`): "making 6.0p for the year (2025: 6.5p)" gives 6.5p for 2025, not
 * for the year it is about; "solved 8.1% of crimes, compared with 7.4% a year earlier" gives 7.4% for a year earlier.
 */
export function priorPeriodOnly(info: TextInfo, value: TypedValue): { period: string; figure: TypedValue } | undefined {
  const text = info.text;
  if (!text.includes('(') && !text.includes(' | ') && !EARLIER_PERIOD_WORD.test(text) && !/\b(?:from|in\s+(?:19|20)\d\d)\b/i.test(text)) return undefined;
  // (A table row's cells: "2025: 97.2% | 2026: 97.1%", "Rank: 2 | Kingsmoor | Last year: 3".)
  const spans = priorSpans(text);
  if (!spans.length) return undefined;
  let found: { period: string; figure: TypedValue } | undefined;
  for (const s of info.values) {
    if (!valueAgrees(value, s)) continue;
    const inside = spans.find((p) => s.span.start >= p.start && s.span.end <= p.end);
    if (!inside) return undefined;
    found ??= { period: inside.period, figure: s };
  }
  return found;
}

/** Words of an earlier period after a figure it is compared with: "compared with 7.4% a year earlier". */
const EARLIER_PERIOD_WORD = /\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year)\b/i;
/** The level a change left: "fall from 52 minutes to 47 minutes", "every 15 minutes, up from every 20 minutes". */
const LEVEL_LEFT = /\b(?:up|down|ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|drop(?:s|ped|ping)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?)\s+from\s+((?:[^,.;()]|\.\d){1,30}?)(?=\s+to\b|\s*[,.;)]|\s*$)/dgi;
/** Where a text gives the level a change left (`LEVEL_LEFT`). */
function levelsLeft(text: string): Span[] {
  if (!/\bfrom\b/i.test(text)) return [];
  return [...text.matchAll(LEVEL_LEFT)].map((m) => {
    const [start, end] = (m as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    return { start, end };
  });
}
/** A figure compared with this period's, with its earlier time: "compared with 7.4% a year earlier", "compared with 72 per cent in 2023". */
const EARLIER_FIGURE = /\b(?:compared\s+(?:with|to)|against|versus|from)\s+((?:[^,.;()]|\.\d){1,30}?)\s+(a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year|in\s+(?:19|20)\d\d(?:[/-]\d\d)?)\b/dgi;
/** A table row's cell labelled with a year or a period of one: "2025: 97.2%", "H1 2024/25: £96.3m", "Q3 2026: 4.1%". */
const YEAR_CELL = /(?:^|\|)\s*((?:(?:H|Q|FY)\d?\s*)?((?:19|20)\d\d)(?:[/-]\d{2}(?:\d{2})?)?)\s*:\s*([^|]*)/g;
/** A table row's cell labelled as an earlier period's: "Last year: 3", "Previous: 17". */
const EARLIER_CELL = /(?:^|\|)\s*((?:last|previous|prior)(?:\s+(?:year|season|week|month|quarter|rank|position))?)\s*(?:\([^)]*\))?\s*:\s*([^|]*)/gi;

/**
 * Where a text gives another period's figures: in parentheses after this period's ("(2025: 6.5p)"), after a
 * comparison with an earlier time ("compared with 7.4% a year earlier"), or in a table row's cells of years before
 * its latest ("A* to E (pass rate) | 2025: 97.2% | 2026: 97.1%") or of an earlier period ("Last year: 3"). Each
 * with the period, as the text gives it.
 */
function priorSpans(text: string): { start: number; end: number; period: string }[] {
  const out: { start: number; end: number; period: string }[] = [];
  if (text.includes('(')) {
    for (const m of text.matchAll(PRIOR_PERIOD)) out.push({ start: m.index! + m[0].indexOf(m[1]) + m[1].length, end: m.index! + m[0].length, period: m[1] });
  }
  for (const m of text.matchAll(EARLIER_FIGURE)) {
    const [start, end] = (m as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    out.push({ start, end, period: m[2].replace(/^in\s+/i, '') });
  }
  for (const l of levelsLeft(text)) out.push({ ...l, period: 'before the change' });
  if (text.includes(' | ')) {
    const cells = [...text.matchAll(YEAR_CELL)].map((m) => ({ year: Number(m[2]), start: m.index! + m[0].length - m[3].length, end: m.index! + m[0].length, period: m[1] }));
    const latest = Math.max(...cells.map((c) => c.year));
    for (const c of cells) if (c.year < latest) out.push(c);
    for (const m of text.matchAll(EARLIER_CELL)) out.push({ start: m.index! + m[0].length - m[2].length, end: m.index! + m[0].length, period: m[1].toLowerCase() });
  }
  return out;
}

/**
 * Whether a claim's figure is this period's: the claim names no year, date or other period ("last year", "a year
 * earlier"), and the figure is no earlier value it compares with ("cut to 6.0p from 6.5p").
 */
function currentFigure(claim: { text: string; values: readonly TypedValue[] }, value: TypedValue): boolean {
  if (value.kind === 'year' || value.kind === 'date' || value.kind === 'name' || claim.values.some((v) => v.kind === 'year' || v.kind === 'date')) return false;
  if (OTHER_PERIOD.test(claim.text)) return false;
  // The level a change left, as the claim gives it too ("fall from a peak of $120 billion to $4.6bn").
  if (levelsLeft(claim.text).some((l) => value.span.start >= l.start && value.span.end <= l.end)) return false;
  return !EARLIER_VALUE.test(claim.text.slice(Math.max(0, value.span.start - 40), value.span.start));
}

/** Words of another period in a claim. */
const OTHER_PERIOD = /\b(?:last|previous|prior|preceding)\s+(?:year|period|quarter|month|week)|\b(?:year|years|months?|quarters?)\s+(?:earlier|before|ago)\b|\bthe\s+year\s+before\b/i;
/** Words before a figure that make it the earlier value of a comparison. */
// ("six changing rooms instead of four", "rather than 12", "in place of the old 40".)
const EARLIER_VALUE = /\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|than|instead\s+of|in\s+place\s+of|replacing)\s+(?:the\s+(?:old|previous|current|existing)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$/i;

/** How near a figure (a share of the bound) states a bound whatever its role ("almost a third" / "30%"). */
const BOUND_NEAR = 0.1;

/** How alike the roles of a bound and a figure must be for the figure to state the bound (see `throughBound`). */
export const BOUND_ROLE_MIN = 0.2;

/**
 * Whether a claim's bound agrees with another figure only through the bound: "at least 9,000" holds of any
 * figure above it ("The stadium holds 32,000"), so such a figure states it only in the same role ("at least
 * 9,000 tickets" / "9,500 tickets were sold").
 */
function throughBound(claimValue: TypedValue, sourceValue: TypedValue): boolean {
  if ((claimValue.bound !== 'atLeast' && claimValue.bound !== 'atMost') || sourceValue.value === undefined || claimValue.value === undefined) return false;
  // A share against a percentage ("a third" / "30%"): both as percentages.
  const [value, source] = inOneUnit(claimValue, sourceValue);
  // Within the claim's own rounding ("almost 20%" for 19.84%), or near the bound ("almost a third" for 30%, "more
  // than 300" for 312: `valueAgrees` has checked the side), the figure is the bound's own.
  return Math.abs(source.value! - value.value!) > Math.max(value.precision ?? 0.5, Math.abs(value.value!) * BOUND_NEAR);
}

/** Analysed passages, kept as long as the passage object lives (the index owns them). */
const passageCache = new WeakMap<Passage, TextInfo>();

export function passageInfo(document: SourceDocument, passage: Passage): TextInfo {
  let info = passageCache.get(passage);
  if (!info) {
    const text = document.text.slice(passage.span.start, passage.span.end);
    info = analyzeText(text, false);
    // "today" in a dated document names a day: its values include it, and the cheap test cannot skip it. "The
    // following year" after "in 1995" is 1996.
    // (The day of the update a live page's passage is under, when a paragraph of its own dates it.)
    const date = hasRelativeDay(text) ? (datelineBefore(document.text, passage.span.start) ?? document.meta?.date?.date) : undefined;
    const day = !!date;
    const year = hasRelativeYear(text);
    if (day || year) {
      let values: TypedValue[] | undefined;
      info = withValues(info, () => (values ??= extractValues(text, day ? date : undefined, year)), day);
    }
    passageCache.set(passage, info);
  }
  return info;
}

/**
 * A text's analysis with other values (its words, tokens and bigrams shared): `values` is called on each access and
 * may memoise; `directionless` leaves its direction words out too (a question asserts neither). `dated`: the values
 * include a day relative to the document's date.
 */
export function withValues(base: TextInfo, values: () => TypedValue[], dated = false, directionless = false): TextInfo {
  return {
    text: base.text,
    terms: base.terms,
    get tokens() {
      return base.tokens;
    },
    get bigrams() {
      return base.bigrams;
    },
    get values() {
      return values();
    },
    get directions() {
      return directionless ? [] : base.directions;
    },
    get lower() {
      return base.lower;
    },
    ...(dated ? { dated: true } : {}),
  };
}

const idfCaches = new WeakMap<object, { version: unknown; values: Map<string, number> }>();
const IDF_CACHE_LIMIT = 50_000;

/** The index's IDF, memoised per index version (a draft's claims share most of their terms). */
function cachedIdf(index: PassageIndex): ((term: string) => number) | undefined {
  const idf = index.idf;
  if (!idf) return undefined;
  const version = index.version;
  let cache = idfCaches.get(index);
  if (!cache || cache.version !== version || cache.values.size > IDF_CACHE_LIMIT) idfCaches.set(index, (cache = { version, values: new Map() }));
  const values = cache.values;
  return (term) => {
    let v = values.get(term);
    if (v === undefined) values.set(term, (v = idf.call(index, term)));
    return v;
  };
}

/** The sentences before and after a passage within its paragraph. */
export function neighbours(index: PassageIndex, document: SourceDocument, passage: Passage): Passage[] {
  const all = index.passagesOf(document.id);
  let i = all[passage.ordinal]?.id === passage.id ? passage.ordinal : all.findIndex((p) => p.id === passage.id);
  if (i < 0) return [];
  const out: Passage[] = [];
  for (const j of [i - 1, i + 1]) {
    const p = all[j];
    if (p && p.paragraph.start === passage.paragraph.start && p.paragraph.end === passage.paragraph.end) out.push(p);
  }
  return out;
}

/** A claim prepared for scoring against many passages. */
export interface ClaimInfo extends TextInfo {
  /** Unique content terms with their weights. */
  weights: Map<string, number>;
  /** Terms that occur only inside the claim's typed values (numbers, dates, names). */
  valueTerms: Set<string>;
  totalWeight: number;
  /** Weight of the terms outside values. */
  topicWeight: number;
  /** What the claim is searched with: its text, and its large figures as a source may write them (`otherForms`). */
  query: string;
}

/**
 * A sum or count in millions or billions as the other way of writing it: "£38.6m" as 38600000 (the index term of
 * "£38,600,000") and "£38,600,000" as 38.6 (of "£38.6m", "38.6 million"). A search finds a passage by its words,
 * and the figure is the one word a passage with it must share.
 */
export function otherForms(terms: ReadonlySet<string>, values: readonly TypedValue[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    // A time of day in the ways a source may write it: "4.52am" is "04:52", "4:52" or "4.52"; "16:05" is "4.05".
    if (v.unit === 'clock' && v.value !== undefined && Number.isInteger(v.value) && v.value >= 0 && v.value < 24 * 60) {
      const h = Math.floor(v.value / 60);
      const mm = String(v.value % 60).padStart(2, '0');
      const hours = h > 12 ? [h, h - 12] : h === 0 ? [0, 12] : [h];
      const forms = hours.flatMap((x) => [`${x}:${mm}`, `${x}.${mm}`, ...(x < 10 ? [`0${x}:${mm}`] : [])]);
      for (const f of forms) if (!terms.has(f) && !out.includes(f)) out.push(f);
      continue;
    }
    // A percentage in words with its sign: the search reads "81.9 per cent" as "81.9", which no passage that writes
    // "81.9%" has (the words "per cent" are in many passages, the figure in few). Not the other way round: a bare
    // "32" is in many passages (measured on SciFact: a supported claim lost its passage).
    if (v.kind === 'percent' && v.value !== undefined && v.value >= 0 && v.value < 1e6 && /^[\d.,]+\s*(?:per\s*cent|percent)$/i.test(v.text)) {
      const f = `${v.value}%`;
      if (!out.includes(f)) out.push(f);
      continue;
    }
    if ((v.kind !== 'money' && v.kind !== 'number') || v.value === undefined || !Number.isInteger(v.value) || v.value < 1e6 || v.value > 1e15) continue;
    const forms = [String(v.value)];
    if (v.value % 1e3 === 0) forms.push(String(v.value / 1e6));
    if (v.value >= 1e9 && v.value % 1e6 === 0) forms.push(String(v.value / 1e9));
    for (const f of forms) if (!terms.has(f) && !out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * Terms of a claim that are not its content: "says", "say", "saying" (the index's stopwords have "said" but not
 * them). Who said it is the attribution check's (`attribution.ts`).
 */
const ATTRIBUTION_TERMS: ReadonlySet<string> = new Set(['sai']);

/** Relative pronouns the index keeps as terms, which say nothing a source must state: "a dozen of whom are teachers". */
const RELATIVE_TERMS: ReadonlySet<string> = new Set(['whom', 'whose']);

export function analyzeClaim(text: string, index: PassageIndex, tuning: SupportTuning = DEFAULT_SUPPORT_TUNING): ClaimInfo {
  const info = analyzeText(text);
  const idf = cachedIdf(index);
  const weights = new Map<string, number>();
  const inValue = new Map<string, boolean>();
  // ("He says." keeps its one term: a sentence of nothing else.)
  const attribution = info.tokens.some((t) => t.term && !ATTRIBUTION_TERMS.has(t.term)) ? ATTRIBUTION_TERMS : undefined;
  // A verb of saying beside a quotation ("He added: “I am truly sorry.”") says who spoke, which the attribution check
  // judges; a transcript that gives the words never says "added".
  const speech: Span[] = [];
  if (attribution && /["“”]/.test(info.text)) {
    for (const m of info.text.matchAll(VERB_AT_QUOTATION)) {
      const verb = (m as RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } }).indices.groups;
      const at = verb.v ?? verb.w;
      if (at) speech.push({ start: at[0], end: at[1] });
    }
  }
  for (const t of info.tokens) {
    if (!t.term || attribution?.has(t.term) || RELATIVE_TERMS.has(t.term)) continue;
    if (speech.length && speech.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    // ("According to Dame Carol", "according to provisional figures": who says it, not what; "the peace accord" is
    // content.)
    if (attribution && t.term === 'accord' && /^according\s+to\b/i.test(info.text.slice(t.start, t.end + 4))) continue;
    let w = idf ? Math.max(0.05, idf(t.term)) : 1;
    if (/^\d/.test(t.term)) w *= tuning.numberBoost;
    else if (t.capital) w *= tuning.nameBoost;
    weights.set(t.term, Math.max(weights.get(t.term) ?? 0, w));
    // A figure's hedge ("almost a third", "nearly 400") goes with the figure: stated or not with it.
    const insideValue = info.values.some((v) => v.kind !== 'name' && t.start < v.span.end && t.end > (v.bound ? v.span.start - hedgeWords(info.text, v.span.start).length - 1 : v.span.start));
    inValue.set(t.term, (inValue.get(t.term) ?? true) && insideValue);
  }
  // A figure of the period the claim is about is not stated by another period's.
  for (const v of info.values) if (currentFigure(info, v)) v.current = true;
  for (const v of info.values) if (v.kind === 'quantity' && v.unit === 'month' && REPORTING_PERIOD.test(info.text.slice(v.span.end, v.span.end + 32))) v.reportingPeriod = true;
  const valueTerms = new Set([...inValue].filter(([, v]) => v).map(([t]) => t));
  let totalWeight = 0;
  let topicWeight = 0;
  for (const [t, w] of weights) {
    totalWeight += w;
    if (!valueTerms.has(t)) topicWeight += w;
  }
  return {
    text: info.text,
    tokens: info.tokens,
    terms: info.terms,
    bigrams: info.bigrams,
    values: info.values,
    directions: info.directions,
    get lower() {
      return info.lower;
    },
    weights,
    valueTerms,
    totalWeight,
    topicWeight,
    get query() {
      const forms = otherForms(info.terms, info.values);
      return forms.length ? `${info.text} ${forms.join(' ')}` : info.text;
    },
  };
}

export interface SupportFeatures {
  coverage: number;
  phrases: number;
  values: number;
  retrieval: number;
  /** Coverage of the claim's terms outside its values (numbers, dates): is the passage about the same thing? */
  topic: number;
}

/**
 * Measures a passage against a claim. `context` holds the neighbouring sentences; `retrieval` is the passage's
 * normalised retrieval score.
 */
export function supportFeatures(
  claim: ClaimInfo,
  sentence: TextInfo,
  context: readonly TextInfo[],
  retrieval: number,
  contextCredit: number = DEFAULT_SUPPORT_TUNING.contextCredit,
): SupportFeatures {
  let covered = 0;
  let topicCovered = 0;
  for (const [t, w] of claim.weights) {
    let credit = 0;
    if (sentence.terms.has(t)) credit = 1;
    else {
      for (const c of context) {
        if (c.terms.has(t)) {
          credit = contextCredit;
          break;
        }
      }
    }
    covered += w * credit;
    if (!claim.valueTerms.has(t)) topicCovered += w * credit;
  }
  const coverage = claim.totalWeight ? covered / claim.totalWeight : 0;
  const topic = claim.topicWeight ? topicCovered / claim.topicWeight : coverage;

  let phrases = coverage;
  if (claim.bigrams.size) {
    let n = 0;
    for (const b of claim.bigrams) if (sentence.bigrams.has(b)) n++;
    phrases = n / claim.bigrams.size;
  }

  let values = coverage;
  // Every value counts, a month or weekday named alone too ("in November", "on Tuesday").
  const checkable = claim.values;
  if (checkable.length) {
    let n = 0;
    for (const v of checkable) {
      if (statesValue(sentence, v)) n += 1;
      else {
        for (const c of context) {
          if (statesValue(c, v)) {
            n += contextCredit;
            break;
          }
        }
      }
    }
    values = n / checkable.length;
  }
  return { coverage, phrases, values, retrieval, topic };
}

export function combineSupport(f: SupportFeatures, weights: SupportWeights = SUPPORT_WEIGHTS): number {
  const s = weights.coverage * f.coverage + weights.phrases * f.phrases + weights.values * f.values + weights.retrieval * f.retrieval;
  return Math.max(0, Math.min(1, s));
}

/** Offsets (within the sentence) of the sentence's words whose term is one of the claim's. */
export function matchSpans(claim: { terms: ReadonlySet<string> }, sentence: TextInfo): Span[] {
  const out: Span[] = [];
  for (const t of sentence.tokens) {
    if (!t.term || !claim.terms.has(t.term)) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
