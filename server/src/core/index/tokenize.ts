/**
 * The prose tokenizer shared by the index and the verdicts.
 *
 * - Numbers are kept whole: "4,500", "18%", "1990s", "21st", "$4.5", "3.14", "9/11". As terms, thousands
 *   separators and a leading currency sign are dropped ("4,500" and "$4500" are both `4500`); percent, decade
 *   and ordinal suffixes are kept (`18%`, `1990s`, `21st`).
 * - Dotted abbreviations are one token: "U.S." and "e.g." become the terms `us` and `eg` (never dropped as
 *   stopwords, never stemmed), so "U.S." and "US" match.
 * - Words keep internal apostrophes ("don't", "O’Brien"); hyphens split words ("well-known" is "well" and
 *   "known"; "COVID-19" is "COVID" and "19"), so the hyphenated and the spaced spellings match.
 * - Word terms are lower-cased, typographic apostrophes straightened, accents folded ("café" is `cafe`), a final
 *   possessive "'s" removed, English stopwords (the `stopword` package's list) and one-letter words dropped, and
 *   the rest stemmed with the Porter stemmer. A few news-wire abbreviations ("mln", "dlrs", "pct") are read as
 *   the words they stand for.
 *
 * Everything here is pure; `processTerm` memoises its results in a bounded cache, which makes indexing several
 * times faster (stemming dominates the cost otherwise).
 */
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';

export const STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/**
 * Alternatives, in order: a number (optional currency sign, digit groups joined by `.,:/`, optional percent,
 * decade or ordinal suffix); a dotted abbreviation of single letters ("U.S.", "e.g."); a word (letters, marks
 * and digits, with internal apostrophes).
 */
const TOKEN =
  /[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|s\b|st\b|nd\b|rd\b|th\b)?|(?<![\p{L}\p{M}\p{N}])(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

const NUMBER_START = /^[$€£¥]?\d/;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

export interface Token {
  text: string;
  /** Offset of the token's first UTF-16 code unit. */
  start: number;
  /** Offset just past the token. */
  end: number;
}

/** The word and number tokens of a text with their offsets, in order. */
export function tokenizeWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The word and number tokens of a text, in order, as written. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** True for a number token ("4,500", "$4.5", "18%", "1990s", "21st"); false for words, even with digits ("H1N1"). */
export function isNumberToken(token: string): boolean {
  return NUMBER_START.test(token);
}

/**
 * News-wire abbreviations, read as the words they stand for ("310 mln dlrs" is "310 million dollars", "45 pct" is
 * "45 percent"), so that a draft in plain words finds and matches the agency copy it comes from.
 */
const WIRE_WORDS = new Map(Object.entries({ mln: 'million', bln: 'billion', dlr: 'dollar', dlrs: 'dollars', pct: 'percent', qtr: 'quarter', shr: 'share', shrs: 'shares' }));

const CACHE_LIMIT = 200_000;
let cache = new Map<string, string | null>();

/** Empties the memo of `processTerm` (after a large build; it refills as needed). */
export function clearTermCache(): void {
  cache = new Map();
}

/** Normalises one token to an index term; null for stopwords and noise. Memoised. */
export function processTerm(token: string): string | null {
  let term = cache.get(token);
  if (term !== undefined) return term;
  term = normalizeToken(token);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(token, term);
  return term;
}

function normalizeToken(token: string): string | null {
  if (isNumberToken(token)) {
    // "4,500" and "4500" are the same number; keep %, decade and ordinal suffixes.
    return token.toLowerCase().replace(/^[$€£¥]/, '').replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  }
  let term = token.toLowerCase();
  if (NON_ASCII.test(term)) term = term.normalize('NFD').replace(MARKS, '').replace(/’/g, "'").normalize('NFC');
  if (ABBREVIATION.test(token)) return term.replace(/\./g, '');
  if (term.endsWith("'s")) term = term.slice(0, -2);
  term = WIRE_WORDS.get(term) ?? term;
  if (term.length < 2 || STOPWORDS.has(term)) return null;
  return stemmer(term);
}

/** Tokenize and normalise: the terms of a text, in order, duplicates kept. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}
