/**
 * How findings are put into words, the same way in diagnostic messages, hover cards, the CLI and the Claims view:
 *
 * - Changes always read from the draft to the source: “had no” where the source has “didn’t have any” (what the
 *   draft says, then what the source says; an arrow between them was read both ways by writers). A word the draft
 *   added is "not in the source"; a word it dropped is "left out".
 * - A name conflict names the part that differs: "Texas Judge Letitia Clark" against "Texas Judge Letitia Brown"
 *   is "Brown, not Clark", since the shared title and given name are not the disagreement.
 * - A "closest passage" is shown only when it is close: its score reaches a floor and it shares at least two
 *   content words (not stopwords) with the claim or quote. Below that, the honest answer is that nothing close was
 *   found; a 22% passage whose only shared words are "we will", "the" and "of" says nothing.
 */
import { eng as ENGLISH_STOPWORDS } from 'stopword';
import type { Conflict, Evidence, FindingCode, Span } from './types';

/** Below this match score (`Evidence.match`; else its score), an unsupported claim's best passage is not "close". */
export const CLOSE_CLAIM_FLOOR = 0.35;
/** Below this alignment score, a not-found quote's best passage is not "close". */
export const CLOSE_QUOTE_FLOOR = 0.5;
/** Content words a close passage shares with the claim or quote (among its matching words). */
export const CLOSE_MIN_CONTENT_WORDS = 2;

const STOPWORDS = new Set(ENGLISH_STOPWORDS.map((w) => w.toLowerCase()));
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The distinct content words (not stopwords), lower-cased, of some spans of a text. */
function contentWords(text: string, spans: readonly Span[]): Set<string> {
  const out = new Set<string>();
  for (const span of spans) {
    for (const m of text.slice(span.start, span.end).matchAll(WORD)) {
      const word = m[0].toLowerCase().replace(/’/g, "'");
      if (!STOPWORDS.has(word) && !STOPWORDS.has(word.replace(/'.*$/, ''))) out.add(word);
    }
  }
  return out;
}

/**
 * Whether a passage is close enough to an unsupported claim (`claim`) or a quote found in no source (`quote`) to
 * be shown as its closest passage.
 */
export function isClosePassage(evidence: Evidence | undefined, kind: 'claim' | 'quote'): evidence is Evidence {
  if (!evidence) return false;
  if ((kind === 'claim' ? (evidence.match ?? evidence.score) : evidence.score) < (kind === 'claim' ? CLOSE_CLAIM_FLOOR : CLOSE_QUOTE_FLOOR)) return false;
  const sentence = evidence.document.text.slice(evidence.passage.span.start, evidence.passage.span.end);
  return contentWords(sentence, evidence.matches ?? []).size >= CLOSE_MIN_CONTENT_WORDS;
}

/**
 * An unsupported claim's missing words (`words`, the result's or some of them) in two groups: those no source has,
 * and those some source has, though no passage with the rest of the claim (`ClaimResult.elsewhere`). Messages and
 * hover cards name the two apart: "No source states" the first would be untrue of the second.
 */
export function missingByPlace(words: readonly string[], elsewhere: readonly string[] | undefined): { inNoSource: string[]; notWithTheRest: string[] } {
  const some = new Set(elsewhere);
  return { inNoSource: words.filter((w) => !some.has(w)), notWithTheRest: words.filter((w) => some.has(w)) };
}

const FINDING_NAMES: Record<FindingCode, string> = {
  'unsupported-claim': 'Unsupported claim',
  'contradicted-claim': 'Contradicted claim',
  'altered-quote': 'Altered quote',
  'unverified-quote': 'Quote not found',
  'unknown-citation': 'Unknown citation',
  'misattributed-quote': 'Misattributed quote',
};

/** A finding's kind in a few words ("Misattributed quote"), where its message follows or is a click away. */
export function findingName(code: FindingCode): string {
  return FINDING_NAMES[code];
}

/** Splits a value into words and the text between them. */
function wordRuns(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/**
 * The part of a conflict that differs, for names: the words the two values share at their start and end are
 * dropped ("Texas Judge Letitia Clark" / "Texas Judge Letitia Brown" → "Clark" / "Brown"); an ordinal in the claim's
 * case ("First" / "second" → "first" / "second"). Other kinds, names with
 * nothing in common at the edges and parts shorter than three characters ("Kim Jong Un" / "Kim Jong Il") are
 * returned whole. `claimOffset` locates the claim's part in its value.
 */
export function conflictParts(conflict: Pick<Conflict, 'claim' | 'source' | 'kind'>): { claim: string; source: string; claimOffset: Span } {
  const whole = { claim: conflict.claim, source: conflict.source, claimOffset: { start: 0, end: conflict.claim.length } };
  // An ordinal capitalised only where the source's line starts with it ("First rescue fares …") reads in the claim's
  // case: "first, not second".
  if (conflict.kind === 'ordinal' && /^\p{Lu}\p{Ll}+$/u.test(conflict.source) && /^\p{Ll}/u.test(conflict.claim)) return { ...whole, source: conflict.source.toLowerCase() };
  if (conflict.kind !== 'name') return whole;
  const a = wordRuns(conflict.claim);
  const b = wordRuns(conflict.source);
  const same = (x: string, y: string) => x.toLowerCase().replace(/’/g, "'") === y.toLowerCase().replace(/’/g, "'");
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && same(a[head].word, b[head].word)) head++;
  let tail = 0;
  while (tail < a.length - 1 - head && tail < b.length - 1 - head && same(a[a.length - 1 - tail].word, b[b.length - 1 - tail].word)) tail++;
  if (head === 0 && tail === 0) return whole;
  const aFirst = a[head];
  const aLast = a[a.length - 1 - tail];
  const bFirst = b[head];
  const bLast = b[b.length - 1 - tail];
  const claim = conflict.claim.slice(aFirst.start, aLast.end);
  const source = conflict.source.slice(bFirst.start, bLast.end);
  // A part of one or two letters ("Kim Jong Un" / "Kim Jong Il") reads better whole.
  if (claim.length < 3 || source.length < 3) return whole;
  return { claim, source, claimOffset: { start: aFirst.start, end: aLast.end } };
}

/** "Brown, not Clark": the source's value first, as the message leads with what the source says. */
export function describeConflict(conflict: Pick<Conflict, 'claim' | 'source' | 'kind'>): string {
  const parts = conflictParts(conflict);
  return `${parts.source}, not ${parts.claim}`;
}

export interface QuoteChange {
  /** The draft's words (empty when the draft left source words out). */
  quote: string;
  /** The source's words (empty when the draft added words). */
  source: string;
}

/** One change of an altered quote, draft then source: “had no” where the source has “didn’t have any”. */
export function describeQuoteChange(change: QuoteChange): string {
  if (change.quote && change.source) return `“${change.quote}” where the source has “${change.source}”`;
  if (change.quote) return `“${change.quote}” is not in the source`;
  return `“${change.source}” is left out`;
}

/** Changes of an altered quote a diagnostic message spells out; the rest are counted ("2 more"). */
export const MAX_DIFFERENCES_IN_MESSAGE = 3;

/**
 * The changes of an altered quote as one phrase: “had no” where the source has “didn’t have any”; “the” is not in
 * the source.
 */
export function describeQuoteChanges(changes: readonly QuoteChange[], max = MAX_DIFFERENCES_IN_MESSAGE): string {
  const shown = changes.filter((c) => c.quote || c.source);
  const listed = shown.slice(0, max).map(describeQuoteChange);
  if (shown.length > max) listed.push(`${shown.length - max} more`);
  return listed.join('; ');
}
