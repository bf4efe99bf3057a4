/**
 * The prose tokenizer shared by the index and the verdicts: numbers are kept whole ("4,500", "18%", "1990s",
 * "$4.5"), words are lower-cased, English stopwords dropped and the rest stemmed with the Porter stemmer.
 */
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';

export const STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/**
 * Word and number tokens. A number token keeps its internal separators, currency sign, percent sign and decade
 * suffix; a word token keeps internal apostrophes and hyphens.
 */
const TOKEN = /[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|s\b|st\b|nd\b|rd\b|th\b)?|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenizeWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isNumberToken(token: string): boolean {
  return /\d/.test(token);
}

/** Normalises one token to an index term; null for stopwords and noise. */
export function processTerm(token: string): string | null {
  let term = token.toLowerCase().replace(/’/g, "'");
  if (isNumberToken(term)) {
    // "4,500" and "4500" are the same number; keep %, decade and ordinal suffixes.
    return term.replace(/^[$€£¥]/, '').replace(/(\d),(?=\d{3}\b)/g, '$1');
  }
  term = term.replace(/'s$/, '');
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
