/**
 * Claim verdicts: is a claim supported by some source passage, contradicted by one (a different number, date,
 * year, ordinal or name in the same role, or an opposite direction word, in a passage about the same thing), or
 * unsupported? Measured in bench/verdicts.ts; the figures and the choices are in bench/README.md ("Verdicts").
 *
 * 1. Candidates: the index's best passages for the claim (`CANDIDATE_LIMIT`), first in the documents the claim
 *    cites, then everywhere (one search when the wider search of everything, `WIDE_LIMIT`, holds the former). Each is measured by `supportFeatures` (coverage, phrases, values,
 *    retrieval) with its neighbouring sentences as context, and scored by `combineSupport`.
 * 2. Contradictions: a passage is *about the same thing* when the claim's terms outside its values cover at least
 *    `thresholds.contradiction` of it (the `topic` feature). A claim value is *stated* when any such passage (or
 *    its neighbours) gives the same value. A value that no related passage states conflicts with a related
 *    passage's different value of the same kind when their roles agree (the words around them,
 *    `roleSimilarity` ≥ `ROLE_MIN`), or when each is the only value of its kind in its sentence. Opposite
 *    direction words in a related sentence ("rose" / "fell", see `direction.ts`) conflict too.
 * 3. Verdict: `contradicted` when a conflict was found in one of the `CONFLICT_CANDIDATES` best related
 *    passages; else `supported` when the best score reaches `thresholds.support`; else `unsupported`.
 */
import { escapeRegExp } from '../text/regexp';
import type { Thresholds } from '../config';
import type { PassageIndex, SearchHit } from '../index/passageIndex';
import { isNumberToken, processTerm, STOPWORDS, tokenize, tokenizeWithOffsets } from '../index/tokenize';
import { passagePlace, speakerName } from '../sources/meta';
import { linesAround } from '../text/lines';
import { headerYear, labelledCellSpans, TABLE_ROW, type LabelledCellSpan } from '../text/tableLabels';
import type { Claim, ClaimResult, Conflict, Evidence, Passage, SourceDocument, Span } from '../types';
import {
  analyzeClaim,
  analyzeText,
  DEFAULT_SUPPORT_TUNING,
  combineSupport,
  matchSpans,
  neighbours,
  priorPeriodOnly,
  passageInfo,
  statesValue,
  supportFeatures,
  SUPPORT_WEIGHTS,
  type ClaimInfo,
  type SupportFeatures,
  type SupportTuning,
  type SupportWeights,
  type TextInfo,
  withValues,
} from './support';
import { isoDate, weekdayOf, WEEKDAY_NAMES } from '../sources/dates';
import { officeHead, officeHolders, OFFICE_HEAD, onePost, otherOffice, sameOffice, TITLE as COURTESY_TITLE } from './offices';
import { RESIDENCE_HINT, residencesOf, samePerson, samePlace } from './residences';
import { AGE_HINT, agesOf, groupAge, samePersonAged } from './ages';
import { accountFor, CALENDAR, deniedClauseTerms, INSTRUCTION_VERB, deniedWords, isNegated, eventKindOf, eventKindOfLemma, lemma, onlyDenied, MEASURE_VERBS, NEIGHBOUR_MIN, OTHER_MAX, UNIT_WORDS, decisionFeatures, lemmaCoverage, negationCount, negationCoverage, negationBearsOn, NO_LONGER, deniesAlike, deniesNothingOf, supportProbability, type Account, type AccountCandidate, type DecisionFeatures, type Substitution, saidAs } from './accounting';
import { bothWays, CAN_BEAR_AFTER, contestSaid, otherCompassPoint, moveAgainstFigures, comparisonAgainstFigures, benchmarkAgainstFigures, directedFigure, figureMoveConflict, hasRelation, levelAgainstChange, oppositeComparison, swappedRelation, oppositeDirection, oppositeMove, oppositeBySubject, oppositeInPhrase, oppositeInPlace, oppositeOfFigure, outcomeOpposite, otherLevels, otherRank, PREFERENCE_CUE, swappedPreference, movePolarity, sameWay, wordsOfOtherQuantities } from './direction';
import { wordSimilarity } from './vectors';
import { bodyInAnothersPlace } from './bodies';
import { isPostTitle, namedRoles, otherRole, sameRole, NATIONALITY } from './roles';
import { OWN_VOTE, mergedSides, sidesOf, splitVote, tallyDiffers, tallyOf, tallyStated, unanimous, voteOf, type TallyCount, type VoteSide } from './votes';
import { abbreviates, boundAfter, CHANGE_OF, ownChangePairs, partAndWhole, shareAgrees, shareMisses, countedList, countUnit, currencySign, differenceRival, extractValues, hedgeWords, impliedRatios, inOneUnit, isNumeric, isWhole, ownRatioPair, nameWordForms, ratioAgrees, spreadOver, swappedDigits, transposed, unitFamily, unitSlip, nameForms, roleSimilarity, valueAgrees, valueDiffers, type TypedValue } from './values';

export interface JudgeOptions {
  thresholds: Thresholds;
  maxEvidence: number;
  /** Documents the claim cites (`[@key]`): searched first and preferred among equals. */
  preferDocuments?: readonly string[];
  /**
   * Whether the search of all documents is widened (`WIDE_LIMIT`) so that it may hold the cited documents' best
   * passages (default); without, they are searched apart when the plain search (often already run) lacks them. The
   * candidates are the same either way; a claim judged again with its paragraph's source saves the wide search.
   */
  widen?: boolean;
}

/** Passages retrieved per claim (per search: cited documents, then all). */
export const CANDIDATE_LIMIT = 20;
/**
 * Passages retrieved by the search of all documents when the claim cites some: when this wider list holds enough
 * passages of the cited documents (or is not cut), the search restricted to them is not needed.
 */
export const WIDE_LIMIT = 3 * CANDIDATE_LIMIT;
/** Characters of the claim either side of a figure searched on its own (`prepareClaim`), and the passages kept. */
const FIGURE_CONTEXT = 40;
const FIGURE_SEARCH_LIMIT = 3;
/** How many of a document's first passages may be its header (title, byline), each a line of its own. */
export const HEADER_PASSAGES = 3;
/** The longest header line, in words. */
export const HEADER_WORDS = 15;
/** Ranking bonus of a passage from a cited document (the verdict uses the raw score). */
export const CITED_BONUS = 0.05;
/** Minimum role similarity for a claim value and a source value to be about the same thing. */
export const ROLE_MIN = 0.2;
/**
 * Minimum role similarity for two names that share no word ("Japan" / "China") to conflict: stricter than
 * `ROLE_MIN`, since a passage often names other people and places in other roles.
 */
export const DISTINCT_NAME_ROLE_MIN = 0.5;
/** The role from which the first passage's figure is named beside a missing one (`ClaimResult.near`). */
const NEAR_ROLE_MIN = 0.5;
/** The role from which a figure other than a date is named so (`ClaimResult.near`). */
const NEAR_FIGURE_ROLE_MIN = 0.8;
/** How many of the best related passages are checked for conflicts. */
export const CONFLICT_CANDIDATES = 3;

/** One retrieved passage, measured against the claim. */
export interface Candidate {
  hit: SearchHit;
  sentence: TextInfo;
  context: TextInfo[];
  /** The document's header lines (`headerOf`; also in `context`): a title, a dateline, a meeting's venue. */
  head: TextInfo[];
  /** Who says the sentence, in a transcript (`speakerContext`; also last in `context`). */
  speaker?: TextInfo;
  /** The question the sentence answers, in a transcript (`questionContext`; also in `context`). */
  question?: TextInfo;
  /**
   * Who "It", "He", "She" or "They" at the start of the sentence is: the subject of the sentence before it in its
   * paragraph (`pronounAntecedent`; computed on first access).
   */
  readonly antecedent: TextInfo | undefined;
  features: SupportFeatures;
  cited: boolean;
  /** Per claim value: whether this sentence or its neighbours state it (computed on first access). */
  readonly states: boolean[];
  /**
   * Per claim value: the sentence's best-paired different value, if any, with how alike their roles are
   * (computed on first access: only the best related candidates need it).
   */
  readonly conflicts: (RivalValue | undefined)[];
  /** The rows of the table the sentence is a row of, itself included (`tableOf`); none for other sentences. */
  readonly table: TextInfo[];
}

/** How many rows either side of a row `tableOf` reads. */
const TABLE_ROWS_MAX = 200;

/** The rows of the table a row passage is in: the passages around it, each a table row, up to `TABLE_ROWS_MAX` each way. */
function tableOf(index: PassageIndex, document: SourceDocument, passage: Passage): TextInfo[] {
  const all = index.passagesOf(document.id);
  const at = all[passage.ordinal]?.id === passage.id ? passage.ordinal : all.findIndex((p) => p.id === passage.id);
  if (at < 0) return [];
  const row = (p: Passage | undefined) => !!p && TABLE_ROW.test(document.text.slice(p.span.start, p.span.end));
  let first = at;
  while (first > 0 && at - first < TABLE_ROWS_MAX && row(all[first - 1])) first--;
  let last = at;
  while (last + 1 < all.length && last - at < TABLE_ROWS_MAX && row(all[last + 1])) last++;
  return all.slice(first, last + 1).map((p) => passageInfo(document, p));
}

export interface RivalValue {
  conflict: Conflict;
  /** `roleSimilarity` of the two values. */
  role: number;
  /** Each is the only value of its kind in its sentence. */
  sole: boolean;
  /** The source's figure is the claim's with two neighbouring digits swapped (`transposed`). */
  slip?: boolean;
}

export interface PreparedClaim {
  claim: Claim;
  info: ClaimInfo;
  candidates: Candidate[];
}

function group(v: TypedValue): string {
  // "up to a month" and "up to a week" are one kind of value: periods compare across their units.
  if (isNumeric(v)) return v.kind === 'quantity' ? `quantity:${unitFamily(v.unit)}` : `${v.kind}:${v.unit ?? ''}`;
  if (v.kind === 'year' || v.kind === 'date') return 'time';
  return v.kind;
}

/** A time of day, on the 24-hour or the 12-hour clock. */
const clockTime = (v: TypedValue) => v.unit === 'clock' || v.unit === 'clock12';

/** Whether a value lies in a table cell's figure part. */
const inCell = (x: TypedValue, c: LabelledCellSpan) => x.span.start >= c.valueStart && x.span.end <= c.end;

/** Whether two values agree either way round (a name and its short form, a figure and its rounding). */
const agreesEitherWay = (a: TypedValue, b: TypedValue) => valueAgrees(a, b) || valueAgrees(b, a);

/** Offsets in the draft of a span of the claim's text, when the text is the draft's own (no markup removed). */
function draftSpan(claim: Claim, span: Span): Span | undefined {
  if (claim.span.end - claim.span.start !== claim.text.length) return undefined;
  return { start: claim.span.start + span.start, end: claim.span.start + span.end };
}

/**
 * Whether a source name only modifies the noun after it, where the claim names someone in place of the whole
 * description ("the Tottenham forward posted" / "Emmanuel Adebayor posted", "The Premier League champions have
 * written" / "Manchester City have written"): a determiner before it, a lower-case word after it that does not
 * follow the claim's name. Not a rival: the description may well be the claim's name ("the Liverpool striker" /
 * "the Arsenal striker" is still one).
 */
function describes(name: TypedValue, sentence: string, claimValue: TypedValue, claimText: string): boolean {
  if (!/\b(?:the|a|an|this|that|its|his|her|their)\s+$/i.test(sentence.slice(Math.max(0, name.span.start - 8), name.span.start))) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(name.span.end, name.span.end + 40));
  // A function word after it is no noun the name modifies: "that" opens a clause there ("announce that Mara
  // Ellison has won").
  if (!next || STOPWORDS.has(next[1])) return false;
  const claimNext = /^\s+([\p{L}-]+)/u.exec(claimText.slice(claimValue.span.end, claimValue.span.end + 40));
  return claimNext?.[1].toLowerCase() !== next[1];
}

/** Nationality nouns that do not end like an adjective ("the Briton", "the Scot"). */
const DEMONYM_NOUNS = new Set([
  'briton', 'scot', 'dane', 'swede', 'finn', 'pole', 'turk', 'greek', 'thai', 'swiss', 'spaniard', 'frenchman', 'englishman', 'welshman', 'irishman', 'dutchman', 'frenchwoman', 'englishwoman',
  'israeli', 'iraqi', 'pakistani', 'somali', 'saudi', 'kuwaiti', 'yemeni', 'omani', 'qatari', 'bangladeshi', 'nepali', 'azeri',
]);

/**
 * Whether a source name is a person described by nationality ("the Ethiopian is the defending champion", "the
 * Moroccan, who has not raced"), where the claim names the person ("Kenenisa Bekele is the defending champion"):
 * "the" and one capitalised word of a demonym's ending (-an, -ian, -ese) or a nationality noun ("the Briton", "the
 * Israeli"; not "the Illuminati").
 */
function describesByNationality(name: TypedValue, sentence: string, claimValue: TypedValue): boolean {
  if (name.name!.length !== 1 || claimValue.name!.length < 2) return false;
  if (!/\bthe\s+$/i.test(sentence.slice(Math.max(0, name.span.start - 5), name.span.start))) return false;
  const word = name.text.toLowerCase();
  return /^\p{Ll}{3,}(?:an|ese)$/u.test(word) || DEMONYM_NOUNS.has(word);
}

/**
 * A figure that is a margin in a standing: "six points clear", "two goals ahead", "three points adrift" (a change,
 * "5% higher", is compared with changes by the direction rules, and stays a rival of "rose 7%").
 */
const MARGIN_AFTER = /^\s*(?:[\p{L}%]+\s+)?(?:clear|ahead|behind|adrift|short\s+of)\b/iu;
function isMargin(text: string, span: Span): boolean {
  // (A tally after "a majority of" is no margin: "voted by a majority of 6–3".)
  return MARGIN_AFTER.test(text.slice(span.end, span.end + 30)) || (MARGIN_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) && !/\d\s*[-–]\s*\d|\bto\b/.test(text.slice(span.start, span.end)));
}

/** Words before a figure that make it a margin: "a majority of 731", "a lead of 12". */
const MARGIN_BEFORE = /\b(?:majority|margin|lead)\s+of\s+(?:just\s+|only\s+)?$/i;

/**
 * A value as a message shows it: with the "-old" of an age ("27-year-old") and the "s" of a decade of age ("in her
 * 60s"), which the value's span leaves out.
 */
function asWritten(text: string, value: TypedValue): string {
  const after = /^(?:-old\b|s\b)/.exec(text.slice(value.span.end, value.span.end + 4))?.[0];
  if (after && (after === 's' ? value.kind === 'number' && /0$/.test(value.text) : value.unit === 'year')) return `${value.text}${after}`;
  // A measure's rate read past other words ("118 litres of sewage a minute"): with its period.
  return value.kind === 'quantity' && value.per && !value.text.endsWith(value.per) ? `${value.text} per ${value.per}` : value.text;
}

/**
 * Whether a claim's values account for a source value: one agrees with it. A score is counted: a set score and its
 * reverse are one value ("3-6" and "6-3" both as 6-3), and a sentence with "3-6" and "6-3" has a set the claim's one
 * "3-6" does not account for ("6-4, 3-6, 7-6 (7-3), 6-7 (5-7), 6-2" / "… 6-7 (5-7), 6-3").
 */
function accountsFor(claimValues: readonly TypedValue[], s: TypedValue, sentenceValues: readonly TypedValue[]): boolean {
  // (A day of a month only by a day: the year of "2025/26" does not account for "Wednesday 9 April 2025", the rival of
  // the claim's "Wednesday 9 May".)
  const day = s.kind === 'date' && s.date?.day !== undefined && s.date.month !== undefined;
  // (A measure accounts for the sentence's own measure, not for a bare count beside it: "two years ago" for "two years
  // ago", not for "two handmade wedding bands".)
  const measuredThere = (c: TypedValue) => c.kind === 'quantity' && s.kind === 'number' && !s.unit && sentenceValues.some((x) => x !== s && x.kind === 'quantity' && x.unit === c.unit && valueAgrees(c, x));
  if (s.unit !== 'score') return claimValues.some((c) => valueAgrees(c, s) && (!day || (c.kind === 'date' && c.date?.day !== undefined)) && !measuredThere(c));
  const inClaim = claimValues.filter((c) => valueAgrees(c, s)).length;
  return inClaim > 0 && inClaim >= sentenceValues.filter((v) => v.unit === 'score' && v.value === s.value).length;
}

/**
 * The name a figure is given to: the first name after it, with only lower-case words between ("170 jobs at
 * Redditch", "470 roles will be lost at the Redditch plant"), in the figure's clause.
 */
function nameAfter(text: string, values: readonly TypedValue[], figure: TypedValue, reach: number): TypedValue | undefined {
  const name = values.find((v) => v.kind === 'name' && v.span.start >= figure.span.end && v.span.start - figure.span.end <= reach);
  if (!name) return undefined;
  return /^[\p{Ll}\s'’-]*$/u.test(text.slice(figure.span.end, name.span.start)) ? name : undefined;
}

/**
 * Two of a claim's figures, each given to a name, that the sentence gives to each other's name: the claim's figure
 * and the sentence's for its name.
 */
function figuresOfOtherNames(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue } | undefined {
  const pairs = info.values.flatMap((f) => {
    if (!isNumeric(f)) return [];
    const n = nameAfter(info.text, info.values, f, 30);
    return n ? [{ f, n }] : [];
  });
  if (pairs.length < 2) return undefined;
  const theirs = sentence.values.flatMap((f) => {
    if (!isNumeric(f)) return [];
    const n = nameAfter(sentence.text, sentence.values, f, 60);
    return n ? [{ f, n }] : [];
  });
  for (const a of pairs) {
    for (const b of pairs) {
      if (a === b || valueAgrees(a.f, b.f) || valueAgrees(a.n, b.n)) continue;
      // The sentence gives a's figure to b's name and b's figure to a's name.
      const ab = theirs.find((t) => valueAgrees(a.f, t.f) && valueAgrees(b.n, t.n));
      const ba = theirs.find((t) => valueAgrees(b.f, t.f) && valueAgrees(a.n, t.n));
      if (ab && ba) return { claim: a.f, source: ba.f };
    }
  }
  return undefined;
}

/**
 * The content terms of the `limit` words after a value, up to the next value that `ends` says stops them: what a
 * figure counts or belongs to ("31 were confirmed cases", "19.8% of patients on cardavimab"), what befell a person
 * ("Darnell Fisk, 24, was found guilty of murder"). `figures`: whether terms of digits count.
 */
function termsAfter(t: TextInfo, value: TypedValue, ends: (v: TypedValue) => boolean, limit: number, figures: boolean): string[] {
  const out: string[] = [];
  let words = 0;
  for (const tok of t.tokens) {
    if (tok.start < value.span.end) continue;
    if (t.values.some((v) => v !== value && ends(v) && tok.start >= v.span.start && tok.start < v.span.end)) break;
    if (++words > limit) break;
    if (tok.term && !STOPWORDS.has(tok.term) && (figures || !/^\d/.test(tok.term))) out.push(tok.term);
  }
  return out;
}
/** Words after a figure that may say what it is of, up to the next figure. */
const figureTerms = (t: TextInfo, f: TypedValue) => termsAfter(t, f, isNumeric, FIGURE_WORDS, true);
const FIGURE_WORDS = 5;
/** Words after a person's name that may say what befell them, up to the next name. */
const personTerms = (t: TextInfo, n: TypedValue) => termsAfter(t, n, (v) => v.kind === 'name', NAME_WORDS, false);
const NAME_WORDS = 7;

/**
 * Two figures of a sentence given the other way round between the words that say what each is of ("Sixteen of the
 * cases were confirmed …, while 31 were probable" / "31 were confirmed cases, … and 16 were probable cases"; "19.8% of
 * patients on cardavimab and 14.2% of those on placebo" / "342 (14.2%) patients in the cardavimab group and 476
 * (19.8%) patients in the placebo group"): each figure's word is the other figure's in the sentence, right after it,
 * and the word is in the sentence once.
 */
/**
 * A comparison word between two figures, the second after it and a few words ("above the national standard of 85%");
 * not "over a" or "under a" stretch or a period ("dropped by up to 340mm over a 62-metre stretch").
 */
const COMPARED = /^[^.;:]{0,120}?\b(above|below|higher\s+than|lower\s+than|greater\s+than|ahead\s+of|short\s+of(?!\s+(?:an?\s+)?(?:strike|walkout)\b)|under(?!\s+an?\s)|over(?!\s+an?\s))\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?$/iu;
const HIGHER = /^(?:above|higher|greater|ahead|over)/i;
/** The word for the other way round. */
const OTHER_WAY: Record<string, string> = { above: 'below', below: 'above', higher: 'lower', lower: 'higher', greater: 'smaller', ahead: 'behind', short: 'above', under: 'above', over: 'below' };

/**
 * Two figures of one kind and unit that the claim compares with a word the figures belie ("71.4%, above the national
 * standard of 85%"): the word, its span, and the word for the other way.
 */
function reversedComparison(info: ClaimInfo): { a: TypedValue; b: TypedValue; word: string; right: string; span: Span } | undefined {
  // (Not a number that names a thing, "the six main beams under Span 3", by a capitalised word not the sentence's first.)
  const names = (v: TypedValue) => v.kind === 'number' && (NUMBERED_THING.test(info.text.slice(Math.max(0, v.span.start - 12), v.span.start)) || /[\p{L},]\s+\p{Lu}\p{Ll}+\s$/u.test(info.text.slice(Math.max(0, v.span.start - 24), v.span.start)));
  const figures = info.values.filter((v) => isNumeric(v) && v.kind !== 'date' && v.kind !== 'year' && v.value !== undefined && !v.bound && !v.difference && !names(v));
  for (const a of figures) {
    // (The next figure of its kind and unit: "71.4% … within 62 days …, above the national standard of 85%".)
    const b = figures.find((x) => x.span.start >= a.span.end && x.kind === a.kind && (x.unit ?? '') === (a.unit ?? ''));
    if (!b || a.value === b.value) continue;
    // (Not two counts of other things: "On nine of the 36 days …, the home ran below its own minimum of six care
    // staff" compares no days with staff.)
    if (a.kind === 'number' && b.kind === 'number') {
      const after = (x: TypedValue) => (info.text.slice(x.span.end, x.span.end + 40).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(0, 3).map((w) => lemma(w));
      // (A part counts what its whole does: "nine of the 36 days".)
      const noun = (x: TypedValue): string | undefined => {
        const whole = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?$/.test(info.text.slice(x.span.end, x.span.end + 12).replace(/\d.*$/s, '')) ? info.values.find((w) => w.span.start > x.span.end && w.span.start <= x.span.end + 12) : undefined;
        if (whole?.kind === 'quantity') return whole.unit;
        return countedNoun(info.text, whole ?? x)?.noun;
      };
      const na = noun(a);
      const nb = noun(b);
      const names = (x: TypedValue, n: string) => after(x).some((w) => w === lemma(n) || w.replace(/s$/, '') === n.replace(/s$/, ''));
      if ((na && !names(b, na)) || (nb && !names(a, nb))) continue;
    }
    const between = info.text.slice(a.span.end, b.span.start);
    const m = COMPARED.exec(between);
    // (Not a margin: "49p an hour above the statutory National Living Wage of £12.21".)
    if (!m || /^\s*(?:(?:an?|per|each)\s+\p{L}+\s*)?$/u.test(between.slice(0, m[0].lastIndexOf(m[1])))) continue;
    // (Nor a level left, "from", with the comparison joined by "and" to the figure before it: "84% … met the expected
    // standard, up from 71% in 2023 and above the national figure of 80%" compares the 84%.)
    let compared = a;
    if (/\bfrom\s+(?:about\s+|around\s+)?$/i.test(info.text.slice(Math.max(0, a.span.start - 14), a.span.start)) && /\band\s+(?:[\p{L}]+\s+)?$/u.test(between.slice(0, m.index + m[0].lastIndexOf(m[1])))) {
      const before = figures.filter((x) => x.span.end <= a.span.start && x.kind === a.kind && (x.unit ?? '') === (a.unit ?? ''));
      if (!before.length) continue;
      compared = before[before.length - 1];
    }
    const higher = HIGHER.test(m[1]);
    if (compared.value === b.value || higher === compared.value! > b.value!) continue;
    const first = m[1].toLowerCase().split(/\s+/)[0];
    const start = a.span.end + m.index + m[0].lastIndexOf(m[1]);
    // (Nor the particle of a verb: "did not hand the woman over until 7.52pm".)
    if (/^(?:over|under)$/i.test(m[1]) && PARTICLE_VERB.test(info.text.slice(Math.max(0, start - 40), start))) continue;
    return { a: compared, b, word: m[1], right: OTHER_WAY[first] ?? first, span: { start, end: start + m[1].length } };
  }
  return undefined;
}

/** A line that opens a quote with its speaker ("…, said:"). */
const SAID_COLON_LINE = /\b(?:said|says|added|told\s+\p{L}+)\s*:\s*$/u;

/** What joins a part to its whole: "46 of the network's 280", "12 out of 15". */
const PART_OF_WHOLE = /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|all|these|those)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

function figuresOfOtherWords(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue } | undefined {
  const figures = info.values.filter(isNumeric);
  if (figures.length < 2) return undefined;
  const count = (t: TextInfo, term: string) => t.tokens.reduce((n, k) => n + (k.term === term ? 1 : 0), 0);
  const once = (term: string) => count(sentence, term) === 1 && count(info, term) === 1;
  const theirs = sentence.values.filter(isNumeric).map((f) => ({ f, words: new Set(figureTerms(sentence, f)) }));
  const wordOf = (a: TypedValue, b: TypedValue): boolean => {
    // A word after the claim's figure `a` that the sentence has after `b`'s figure, not after `a`'s.
    const ofA = theirs.filter((x) => valueAgrees(a, x.f));
    const ofB = theirs.filter((x) => valueAgrees(b, x.f));
    if (ofA.length !== 1 || ofB.length !== 1) return false;
    return figureTerms(info, a).some((w) => once(w) && ofB[0].words.has(w) && !ofA[0].words.has(w));
  };
  for (const a of figures) {
    for (const b of figures) {
      // (Two figures of one kind: not an age and a jury's majority, "Callum Reddy, 22, … by a 10-2 majority".)
      // (Nor a count and a number that names a thing, "Year 7", which is a rival only of another such.)
      if (a === b || a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '') || !!a.label !== !!b.label || agreesEitherWay(a, b)) continue;
      // (Nor a part and its whole, whose words are both's: "46 of the network's 280 stations set new highs" / "Of the
      // 280 stations in the network …, 46 set new all-time station records"; a part larger than its whole is still
      // the two swapped.)
      const part = (x: TypedValue, y: TypedValue) => x.value! < y.value! && PART_OF_WHOLE.test(info.text.slice(x.span.end, y.span.start));
      if (part(a, b) || part(b, a)) continue;
      // (Nor two figures each after its own label as the sentence gives it, whatever comes after them: "annual income
      // of £16,500 against running costs of £16,233" / "running costs of £16,233, against annual income of £16,500".)
      // (A label is a noun and its "of": not "scored sixty per cent on quality and forty" for "60 per cent on price and
      // 40".)
      const label = (t: string, at: number) => /\b((?!(?:and|but|the|for|with|than)\b)\p{L}{3,}\s+of)\s*$/iu.exec(t.slice(Math.max(0, at - 30), at))?.[1].toLowerCase();
      const labelled = (x: TypedValue) => {
        const mine = label(info.text, x.span.start);
        return !!mine && theirs.some((y) => valueAgrees(x, y.f) && label(sentence.text, y.f.span.start) === mine);
      };
      if (labelled(a) && labelled(b)) continue;
      // (Nor the old thing and the new one each as the sentence has them, whatever either is called: "replace its
      // 25-hectolitre brewhouse with a 60-hectolitre kit" / "install a new 60-hectolitre brewhouse, replacing its
      // current 25-hectolitre kit".)
      const age = (t: string, at: number) => (OLD_BEFORE.test(t.slice(Math.max(0, at - 40), at)) ? 'old' : NEW_BEFORE.test(t.slice(Math.max(0, at - 16), at)) ? 'new' : undefined);
      const aged = (x: TypedValue) => {
        const mine = age(info.text, x.span.start);
        return !!mine && theirs.some((y) => valueAgrees(x, y.f) && age(sentence.text, y.f.span.start) === mine);
      };
      if (aged(a) && aged(b)) continue;
      // (And the two the other way round, the old thing's figure given to the new one: "replace its 60-hectolitre
      // brewhouse with a 25-hectolitre kit".)
      const unaged = (x: TypedValue) => {
        const mine = age(info.text, x.span.start);
        const found = theirs.filter((y) => valueAgrees(x, y.f));
        return !!mine && found.length === 1 && age(sentence.text, found[0].f.span.start) !== undefined && age(sentence.text, found[0].f.span.start) !== mine;
      };
      if (a.span.start < b.span.start && unaged(a) && unaged(b)) return { claim: a, source: theirs.find((x) => valueAgrees(b, x.f))!.f };
      if (wordOf(a, b) && wordOf(b, a)) return { claim: a, source: theirs.find((x) => valueAgrees(b, x.f))!.f };
    }
  }
  return undefined;
}

/**
 * Whether a claim's word is inside a quotation of the claim whose words the evidence (a sentence and its neighbours)
 * has as they are (`"I am sorry," said Hannah Cole` / `"I am sorry. Our customers … let them down," said Hannah
 * Cole`): the quote is checked as a quote, and its last word is no word swapped for the one before the sentence's
 * closing mark.
 */
function inVerbatimQuote(text: string, span: Span, evidence: string): boolean {
  const quoted = enclosingQuote(text, span);
  if (quoted === undefined) return false;
  const inner = quoteWords(quoted);
  return inner.length >= 3 && hasWordForWord(evidence, inner);
}

/** The words between the quotation marks around a span of a text, or undefined when no marks enclose it. */
function enclosingQuote(text: string, span: Span): string | undefined {
  const open = Math.max(text.lastIndexOf('“', span.start), text.lastIndexOf('"', span.start - 1));
  const closes = [text.indexOf('”', span.end), text.indexOf('"', span.end)].filter((i) => i >= 0);
  return open < 0 || !closes.length ? undefined : text.slice(open + 1, Math.min(...closes));
}

/** What marks the thing replaced right before its figure: "replacing its current ", "its existing ", "the old ". */
const OLD_BEFORE = /\b(?:(?:replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|upgrad(?:e|es|ed|ing))\s+(?:its|their|the|our|his|her)\s+(?:current\s+|existing\s+|old\s+|present\s+)?|(?:current|existing|old|present|former)\s+)$/i;
/** What marks the new thing right before its figure: "a new ", "with a ". */
const NEW_BEFORE = /\b(?:new|with\s+an?|by\s+an?)\s+$/i;

/** Words of a thing's making or beginning before its year: "was planted in about 1928", "built in", "founded in". */
const ORIGIN_BEFORE = /\b(?:planted|built|founded|established|erected|opened|laid|dug|installed|constructed|born|formed)\s+(?:in\s+)?(?:about\s+|around\s+|c\.\s*|circa\s+)?$/i;

/** A meeting's day: "at a meeting on", "at its meeting of". */
const MEETING_ON = /\b(?:meeting|hearing|session|sitting)\s+(?:on|of)\s+$/i;
/** A day something runs from or until: "from Monday 7 April 2025". */
const RUNS_FROM = /\b(?:from|until|till|since)\s+$/i;

/** A length of time "later" or "earlier" and the day it reaches: "three days later, on Tuesday 14 March". */
const LATER_ON = /^\s+(?:later|earlier|afterwards|before|after)\s*,?\s+(?:on\s+)?$/i;

/**
 * Whether a claim's length of time and a sentence's rival each run "later" to a day, the two days not one: the
 * lengths are of two events.
 */
function laterToAnotherDay(info: TextInfo, v: TypedValue, sentence: TextInfo, rival: Span): boolean {
  if (v.kind !== 'quantity' || !DURATION_UNITS.has(v.unit ?? '')) return false;
  const dayAfter = (t: string, values: readonly TypedValue[], end: number) => values.find((x) => x.kind === 'date' && x.span.start > end && LATER_ON.test(t.slice(end, x.span.start)));
  const mine = dayAfter(info.text, info.values, v.span.end);
  const theirs = dayAfter(sentence.text, sentence.values, rival.end);
  return !!mine && !!theirs && !valueAgrees(mine, theirs) && !valueAgrees(theirs, mine);
}

/**
 * Whether a sentence has every word of a name, whatever their case: "Save Ashcombe Green School" is in "Parents
 * fighting to save Ashcombe Green Primary School", which names no other campaign.
 */
function wordsOfName(v: TypedValue, text: string): boolean {
  const words = new Set(tokenize(text).map((w) => w.toLowerCase()));
  return !!v.name && v.name.length >= 2 && v.name.every((w) => words.has(w.toLowerCase()));
}

/** A verb of avoiding right before a word, which denies it: "to avoid washing up", "without paying", "spared having to". */
// (Or missed: "her mother had missed breakfast" / "She hadn't had breakfast".)
/** A verb of refusing before a word, which denies it: "ruled out routinely sending", "refused to pay". */
const RULED_OUT_BEFORE = /\b(?:rul(?:ed|es|ing)\s+out|refus(?:ed|es|ing)\s+to|declin(?:ed|es|ing)\s+to)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const AVOIDED_BEFORE = /\b(?:avoid|avoids|avoided|avoiding|without|spare|spared|sparing|miss|missed|misses|skip|skipped|skips|skipping)\s+(?:\p{L}+\s+)?$/iu;

/** A claim that gives its figures as someone's own: "By her estimate", "in his words", "she reckoned". */
const OWN_ACCOUNT = /\b(?:by|in)\s+(?:her|his|their)\s+(?:own\s+)?(?:estimate|estimation|reckoning|account|count|recollection|words)\b|\b(?:she|he|they)\s+(?:estimated|reckoned|guessed|recalled)\b/i;

/** A word for any post: "took up her post", "in the role". */
const ANY_POST = /^(?:post|role|job|position|appointment)$/i;

/** A verb of change and "by" or "to" before a bound and its figure: "rose by more than 6 per cent to nearly £4.7 million". */
const MOVE_TO_BOUND = /\b(?:(?:rose|risen|rises|rising|fell|fallen|falls|falling|increased|decreased|grew|grown|dropped|declined|climbed|jumped|reduced)\s+by|to)\s+(?:more\s+than|less\s+than|nearly|almost|just\s+over|just\s+under|over|under)\s+[£$€]?$/i;

/** A noun of an act: "retention", "recruitment", "maintenance", "dismissal". */
const ACT_NOUN = /^\p{L}{3,}(?:tion|sion|ment|ance|ence|al)$/iu;
/**
 * Those who do a thing now and "never" did it "before": "who never would have before", "that had never been used
 * before", "a level of protection they have never had before".
 */
const NEVER_BEFORE = /\b(?:who|which|that|they|we|you)\s+(?:had\s+|have\s+|has\s+)?never\s+(?:[\p{L}'’]+\s+){0,3}before\b/iu;
/** A "no" said or voted to a thing: "said no to the plans", "voted no to the merger". */
const SAID_NO_TO = /\b(?:said|say|says|saying|voted|vote|votes|voting)\s+no\s+to\b/i;
/** A denial right before words a claim quotes: "don't think he's", "less than", "not". */
const DENIED_BEFORE = /(?:\b(?:not|no|never|less\s+than|hardly|barely)\b|n't)(?:\s+\S+){0,3}\s*$/;
/** A quotation's words without the stops and commas that end them inside the marks. */
const quoteWords = (inner: string) => inner.replace(/[\s,.;:!?]+$/u, '');
/** Whether the evidence has the words as they are, whatever their case, apostrophes and spacing. */
function hasWordForWord(evidence: string, words: string): boolean {
  return wordForWord(evidence).includes(wordForWord(words));
}
/** A text as words are compared word for word: lower case, one kind of apostrophe, single spaces. */
const wordForWord = (t: string) => t.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');


/** Courtesy titles before a name ("Dr ", "Cllr "), any number of them. */
const TITLES_BEFORE_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+)*`;
/** A possessive's post and a comma before the next name: "'s chair, Professor " (a body's post its holder holds). */
const POST_OF_NEXT = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+,\s*${TITLES_BEFORE_NAME}$`, 'u');
/** The same in lower-case words only, after a name that owns the post: "'s acting head, " (Ashby Lane's). */
const OWN_POST_OF_NEXT = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+,\s*${TITLES_BEFORE_NAME}$`, 'u');
/**
 * Two people given what befell each other ("Callum Reddy was found guilty of murder, while Darnell Fisk was
 * convicted of manslaughter" / "Darnell Fisk, 24, was found guilty of murder … A second defendant, Callum Reddy, 22,
 * was convicted of manslaughter."): a word right after each person's name in the claim is right after the other's in
 * the evidence, never after their own. The claim's name and the evidence's other one.
 */
function namesOfOtherWords(info: ClaimInfo, texts: readonly TextInfo[]): { claim: TypedValue; source: TypedValue; text: TextInfo } | undefined {
  // (People: not a name after "the", a place's or a body's: "into the Wex Brook, involving … the Environment Agency".)
  // (Nor a place's after a preposition of place: "Cllr Graham Sutcliffe, who rents grazing land at Priory Farm,
  // declared an interest" / "Cllr Graham Sutcliffe declared a pecuniary interest in any item relating to Priory Farm".)
  const people = info.values.filter((v) => v.kind === 'name' && v.name!.length >= 2 && !/\b(?:the|at|in|near|inside|outside|into)\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 8), v.span.start)));
  if (people.length < 2) return undefined;
  const mentioned = new Map(
    people.map((person) => [person, texts.flatMap((t) => t.values.filter((v) => v.kind === 'name' && agreesEitherWay(person, v)).map((v) => ({ t, v, words: new Set(personTerms(t, v)) })))]),
  );
  // The words after b's name that are a's by a passive ("against Preston North End, the team will be picked by Steve
  // Rudd"): the next name is a's, right after "by".
  const agentAfter = (m: { t: TextInfo; v: TypedValue }, a: TypedValue) => {
    const next = m.t.values.find((v) => v.kind === 'name' && v.span.start >= m.v.span.end);
    return !!next && agreesEitherWay(a, next) && /\bby\s+$/i.test(m.t.text.slice(m.v.span.end, next.span.start));
  };
  // Nor the words of b's post that a holds ("the Northern Isles Transport Board's chair, Professor Elaine Carrick, …"
  // for "Professor Elaine Carrick, chair of the Northern Isles Transport Board, …").
  const ownerOf = (m: { t: TextInfo; v: TypedValue }, a: TypedValue) => {
    const next = m.t.values.find((v) => v.kind === 'name' && v.span.start >= m.v.span.end);
    return !!next && agreesEitherWay(a, next) && POST_OF_NEXT.test(m.t.text.slice(m.v.span.end, next.span.start));
  };
  const wordOf = (a: TypedValue, b: TypedValue) => {
    const ofA = mentioned.get(a)!;
    const ofB = mentioned.get(b)!.filter((m) => !agentAfter(m, a) && !ownerOf(m, a));
    if (!ofA.length || !ofB.length) return undefined;
    const w = personTerms(info, a).find((x) => ofB.some((m) => m.words.has(x)) && !ofA.some((m) => m.words.has(x)));
    return w === undefined ? undefined : ofB.find((m) => m.words.has(w));
  };
  // (Not a name that describes the next one: "Hallworth Greene partners Fiona Ashcombe and Daniel Okonjo were
  // appointed" / "Fiona Ashcombe and Daniel Okonjo, both partners at Hallworth Greene LLP, were appointed".)
  // (Or owns the post of the next one in apposition: "with Ashby Lane's acting head, Rohan Batley, as her deputy".)
  const describes = (v: TypedValue) => people.some((p) => p.span.start > v.span.end && (/^\s+(?:[\p{Ll}'’-]+\s+){1,2}$/u.test(info.text.slice(v.span.end, p.span.start)) || OWN_POST_OF_NEXT.test(info.text.slice(v.span.end, p.span.start))));
  for (const a of people) {
    if (describes(a)) continue;
    for (const b of people) {
      if (a === b || agreesEitherWay(a, b) || describes(b)) continue;
      const theirs = wordOf(a, b);
      if (theirs && wordOf(b, a)) return { claim: a, source: theirs.v, text: theirs.t };
    }
  }
  return undefined;
}

/**
 * Whether most of a claim is a quotation that the evidence has word for word (four words or more, and more than the
 * claim's other words).
 */
function quotesVerbatim(text: string, evidence: string): boolean {
  const all = text.split(/\s+/).length;
  for (const m of text.matchAll(/[“"]([^”"]+)[”"]/gu)) {
    const inner = quoteWords(m[1]);
    const words = inner.split(/\s+/).length;
    if (words >= 4 && words * 2 > all && hasWordForWord(evidence, inner)) return true;
  }
  return false;
}

/** A weekday alone ("on Monday", "on Mondays"). */
function weekdayOnly(v: TypedValue): boolean {
  return v.kind === 'date' && v.date?.weekday !== undefined && v.date.day === undefined && v.date.month === undefined && v.date.year === undefined;
}

/** A date with its day and month ("Sunday 26 January", "3 March 2025"). */
function fullDate(v: TypedValue): boolean {
  return v.kind === 'date' && v.date?.day !== undefined && v.date.month !== undefined;
}

/** Ranks before a superlative ("second-longest", "third most"). */
const RANK_WORDS = ['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th', '6th'];
/** Words that end like a superlative and are none. */
const NOT_SUPERLATIVES = new Set(['test', 'interest', 'west', 'contest', 'request', 'protest', 'arrest', 'harvest', 'guest', 'nest', 'rest', 'chest', 'quest', 'forest', 'crest', 'honest', 'modest', 'earnest', 'digest', 'manifest', 'suggest', 'invest', 'behest', 'priest', 'conquest', 'unrest', 'inquest', 'pest', 'vest', 'zest', 'jest']);
const SUPERLATIVE = String.raw`(?:(?:most|least)\s+\p{L}+|\p{L}{2,}est|best|worst)`;
const RANKED_SUPERLATIVE = new RegExp(String.raw`\b(?:(${RANK_WORDS.join('|')})[-\s]+)?(${SUPERLATIVE})\b`, 'giu');

/**
 * A superlative the claim and the sentence both have, ranked in one of them and not, or otherwise, in the other
 * ("longest" / "second-longest"): the spans, rank included.
 */
function rankedSuperlative(claimText: string, sentenceText: string): { claim: Span; source: Span } | undefined {
  if (!/est\b|\b(?:most|least|best|worst)\b/i.test(claimText)) return undefined;
  const read = (text: string) => [...text.matchAll(RANKED_SUPERLATIVE)].filter((m) => !NOT_SUPERLATIVES.has(m[2].toLowerCase())).map((m) => ({ rank: m[1]?.toLowerCase(), word: m[2].toLowerCase().replace(/\s+/g, ' '), span: { start: m.index!, end: m.index! + m[0].length } }));
  const mine = read(claimText);
  if (!mine.length) return undefined;
  const theirs = read(sentenceText);
  if (!theirs.some((t) => t.rank) && !mine.some((m) => m.rank)) return undefined;
  for (const m of mine) {
    const same = theirs.filter((t) => t.word === m.word);
    // Every place the sentence has the word ranks it otherwise.
    if (same.length && same.every((t) => t.rank !== m.rank)) return { claim: m.span, source: same[0].span };
  }
  return undefined;
}

/** The word or figure before `at`, lower-cased, past spaces and punctuation ("(5-7), 6-2": "5-7"). */
function wordBefore(text: string, at: number): string | undefined {
  return /([\p{L}\d][\p{L}\d.,'’-]*)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1].toLowerCase();
}

/** Whether two dates agree in two parts at least (weekday, day, month, year) and differ in exactly one they both give. */
function dateButOne(a: TypedValue, b: TypedValue): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return false;
  let same = 0;
  let other = 0;
  for (const k of ['weekday', 'day', 'month', 'year'] as const) {
    const x = a.date![k];
    const y = b.date![k];
    if (x === undefined || y === undefined) continue;
    if (x === y) same++;
    else other++;
  }
  return same >= 2 && other === 1;
}

/** Whether a one-word name is the field of an office before it ("Wastewater" of "Director of Environment and Wastewater"). */
function officeField(text: string, name: TypedValue): boolean {
  return name.name!.length === 1 && OFFICE_FIELD_BEFORE.test(text.slice(Math.max(0, name.span.start - 60), name.span.start));
}
const OFFICE_FIELD_BEFORE = /\b(?:Director|Minister|Secretary|Head|Chief|Officer|Manager|Commissioner|Chair|President|Editor|Professor)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:and\s+)?$/u;

/**
 * Whether the words right after a claim figure follow another figure in the sentence than the rival found for it
 * ("Thirty-five of the 86 people who worked on the site" against "More than 40% of the 86 people who worked on the
 * site …, and about 2,300 visitors"): the figure's place is that other one's, and the rival is no figure of the claim's.
 */
function slotTaken(info: ClaimInfo, v: TypedValue, sentence: TextInfo, rival: RivalValue): boolean {
  // (Figures only: a name's words run on past an apposition, "Daniel Price, 34, of Ashby Road, was jailed".)
  if (!isNumeric(v)) return false;
  const after = /^\s+((?:[\p{L}\d,.'’-]+\s+){1,3}[\p{L}\d,.'’-]+)/u.exec(info.text.slice(v.span.end, v.span.end + 40));
  if (!after) return false;
  const lower = sentence.text.toLowerCase();
  // (Not when the rival has the claim figure's words before it: "route 45 carried 12,800 passengers" / "Route 31
  // carried 38,500 passengers …, and route 45 carried 9,800".)
  const before = /((?:[\p{L}\d,.'’-]+\s+){1,2}[\p{L}\d,.'’-]+)\s+$/u.exec(info.text.slice(Math.max(0, v.span.start - 40), v.span.start));
  const rivalAt = rival.conflict.sourceSpan?.start;
  if (before && rivalAt !== undefined && lower.slice(0, rivalAt).trimEnd().endsWith(before[1].toLowerCase())) return false;
  // Every place the sentence has those words: taken when one follows another figure and none follows the rival.
  const needle = ` ${after[1].toLowerCase()}`;
  let taken = false;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const x = sentence.values.find((s) => s.span.end <= at && at - s.span.end <= 2);
    if (!x) continue;
    if (x.span.start === rival.conflict.sourceSpan?.start) return false;
    taken = true;
  }
  return taken;
}

/** A possessive right after a name ("Nimbusline's"). */
const POSSESSIVE_AFTER = /^['’]s?/;
/** What joins a place to the town it is in: ", " or " in ". */
const QUALIFIER_GAP = /^(?:,\s+|\s+in\s+)$/;

/** A verb a particle goes with, and its object of a few words: "hand the woman", "handed her", "took it". */
const PARTICLE_VERB = /\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|pass|passes|passed|passing|hold|holds|held|holding|sign|signs|signed|signing)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** A street's name: "Brackley Lane", "Marsh Road", "14 Market Street". */
const STREET_NAME = /\b(?:Lane|Road|Street|Avenue|Way|Close|Drive|Crescent|Terrace|Row|Gardens|Square|Walk|Mews|Grove|Parade)$/;

/**
 * A name of the claim with another name right after it (", Kellbridge", " in Haverbrook") where a text has the same
 * name with a third after it ("Ferris Lane, Dunmore"), the claim's second name nowhere in that text.
 */
function otherQualifier(info: ClaimInfo, texts: readonly TextInfo[]): { claim: TypedValue; source: TypedValue; text: TextInfo } | undefined {
  const names = info.values.filter((v) => v.kind === 'name');
  for (let i = 0; i + 1 < names.length; i++) {
    const [place, town] = [names[i], names[i + 1]];
    if (!QUALIFIER_GAP.test(info.text.slice(place.span.end, town.span.start)) || place.name!.length < 2) continue;
    // (A place, not a person's post or firm: "Rafael Duarte, Nimbusline's vice president", "Vice President of
    // Engineering".)
    if (POSSESSIVE_AFTER.test(info.text.slice(town.span.end, town.span.end + 2)) || isPostTitle(town.text)) continue;
    // (Nor a person with a post in apposition, the subject of the next clause: "about the 38 homes being built at
    // Millfield Close, Joanne Friel, the council's head of school place planning, said".)
    if (POST_APPOSED.test(info.text.slice(town.span.end, town.span.end + 80))) continue;
    // (Nor when a text gives the place with the claim's town too: "Mitton Manor Primary School in Gloucestershire" /
    // "… in Tewkesbury, Gloucestershire" beside "… in Tewkesbury, pictured".)
    if (texts.some((t) => statesValue(t, place) && statesValue(t, town))) continue;
    for (const t of texts) {
      if (statesValue(t, town)) continue;
      const theirs = t.values.filter((v) => v.kind === 'name');
      for (let k = 0; k + 1 < theirs.length; k++) {
        if (!valueAgrees(place, theirs[k]) || !QUALIFIER_GAP.test(t.text.slice(theirs[k].span.end, theirs[k + 1].span.start))) continue;
        const other = theirs[k + 1];
        if (agreesEitherWay(town, other) || isPostTitle(other.text) || POSSESSIVE_AFTER.test(t.text.slice(other.span.end, other.span.end + 2))) continue;
        // (Nor a street for a town, two lines of one address: "Lower Pennick Farm, Brackley Lane" / "Lower Pennick
        // Farm, Wendlesham", of "Lower Pennick Farm, Brackley Lane, Wendlesham".)
        if (STREET_NAME.test(town.text) !== STREET_NAME.test(other.text)) continue;
        // (Nor a school's years or a numbered thing, which is no place: "Brackenfield Academy in Years 10 and 11".)
        if (/^\s*\d/.test(t.text.slice(other.span.end, other.span.end + 3))) continue;
        return { claim: town, source: other, text: t };
      }
    }
  }
  return undefined;
}

/**
 * `figuresSwappedAcross`: the claim's figure, the figure the sentence of what the claim gives it has, and that
 * sentence. Each figure in one sentence only; the claim's words around each figure
 * (`labelTerms`) are words only the other's sentence has, and none only its own has.
 */
function figuresSwappedAcross(info: ClaimInfo, texts: readonly TextInfo[]): { claim: TypedValue; source: TypedValue; text: TextInfo } | undefined {
  // (Not a target or a limit, a figure of another role than a measure's: "That was 29 minutes after the decision,
  // inside the 30-minute target" / "Thirty minutes from decision to delivery. That was 29 minutes".)
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && v.kind !== 'date' && v.kind !== 'year' && v.kind !== 'ordinal' && !STANDARD_AFTER.test(info.text.slice(v.span.end, v.span.end + 24)));
  if (figures.length < 2) return undefined;
  const unique = [...new Set(texts)];
  const ofKind = (t: TextInfo, v: TypedValue) => t.values.filter((x) => isNumeric(x) && x.kind === v.kind && (x.unit ?? '') === (v.unit ?? ''));
  const holder = (v: TypedValue) => {
    const holders = unique.filter((t) => ofKind(t, v).some((x) => valueAgrees(v, x) && valueAgrees(x, v)));
    return holders.length === 1 ? holders[0] : undefined;
  };
  const termsOf = (text: string) => new Set(tokenize(text).flatMap((w) => processTerm(w) ?? []).filter((t) => !STOPWORDS.has(t) && !/^\d/.test(t)).map(lemma));
  const all = (l: { before: Set<string>; after: Set<string> }) => new Set([...l.before, ...l.after]);
  for (const v of figures) {
    for (const w of figures) {
      if (v === w || v.kind !== w.kind || (v.unit ?? '') !== (w.unit ?? '') || valueAgrees(v, w) || valueAgrees(w, v)) continue;
      const [mine, theirs] = [holder(v), holder(w)];
      if (!mine || !theirs || mine === theirs) continue;
      const [a, b] = [termsOf(mine.text), termsOf(theirs.text)];
      const [onlyMine, onlyTheirs] = [[...a].filter((t) => !b.has(t)), [...b].filter((t) => !a.has(t))];
      const [lv, lw] = [all(labelTerms(info.text, info.values, v)), all(labelTerms(info.text, info.values, w))];
      const hits = (l: Set<string>, only: string[]) => only.filter((t) => l.has(t)).length;
      if (hits(lv, onlyTheirs) > 0 && hits(lv, onlyMine) === 0 && hits(lw, onlyMine) > 0 && hits(lw, onlyTheirs) === 0) return { claim: v, source: ofKind(theirs, v).find((x) => valueAgrees(w, x) && valueAgrees(x, w))!, text: theirs };
    }
  }
  return undefined;
}

/** A sentence of the state before a change ("Previously, SWEP was activated …"), and a claim of the new one. */
const PREVIOUSLY = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:previously|formerly|until\s+now|up\s+to\s+now|in\s+the\s+past|under\s+the\s+(?:old|current|previous|existing)\s+\p{L}+)\b/iu;
const NEW_STATE = /\b(?:now|new|changed|changes|will\s+(?:now\s+)?(?:be|come|rise|fall|start|begin))\b/i;

/** A standard's noun right after a figure: "30-minute target", "£10,000 limit", "18-week standard". */
const STANDARD_AFTER = /^[\s-]*(?:[\p{L}-]+\s+)?(?:target|targets|limit|limits|standard|standards|deadline|threshold|cap|ceiling|maximum|minimum)\b/iu;

/** A post in apposition after a name: ", the council's head of school place planning", ", a senior officer". */
const POST_APPOSED = /^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:head|director|manager|chair|chairman|chairwoman|chief|officer|leader|member|secretary|clerk|spokesman|spokeswoman|spokesperson|councillor|inspector|headteacher|teacher|nurse|doctor|consultant|engineer|surveyor|warden|owner|founder|treasurer|president|mayor|minister)\b/iu;

/** A judge's name or title, and the court or tribunal they sit in. */
const JUDGE_NAME = /\b(?:Judge|Justice|Coroner|Recorder|Magistrates?)\b/u;
const COURT_NAME = /^(?:the\s+)?(?:(?:Employment|Crown|County|Magistrates['’]?|High|Coroner['’]?s)\s+)?(?:Tribunal|Court|Bench|Panel|Inquest)$/iu;

/** The words of a bound right before a figure: "no more than ", "more than ", "up to ". */
const BOUND_PHRASE = /\b(?:(?:no|not)\s+(?:more|less|fewer)\s+than|(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to|nearly|almost|just\s+(?:over|under)|over|under|below|above|about|around)\s+$/i;

/**
 * A rival whose figure reads as the claim's ("130" / "130"), the two differing in their bounds only: each with the
 * words of its bound, so that the message says what differs ("no more than 130, not more than 130").
 */
function withBounds(claim: Claim, info: ClaimInfo, value: TypedValue, sentence: TextInfo, r: RivalValue | undefined): RivalValue | undefined {
  const at = r?.conflict.sourceSpan;
  if (!r || !at || r.conflict.claim !== r.conflict.source || !isNumeric(value)) return r;
  const mine = BOUND_PHRASE.exec(info.text.slice(Math.max(0, value.span.start - 16), value.span.start))?.[0] ?? '';
  const theirs = BOUND_PHRASE.exec(sentence.text.slice(Math.max(0, at.start - 16), at.start))?.[0] ?? '';
  if (mine.toLowerCase() === theirs.toLowerCase()) return r;
  const claimSpan = { start: value.span.start - mine.length, end: value.span.end };
  return { ...r, conflict: { ...r.conflict, claim: `${mine}${r.conflict.claim}`, source: `${theirs}${r.conflict.source}`, claimSpan: draftSpan(claim, claimSpan), sourceSpan: { start: at.start - theirs.length, end: at.end }, replacement: null } };
}

function findRival(claim: Claim, info: ClaimInfo, value: TypedValue, sentence: TextInfo): RivalValue | undefined {
  const r = withBounds(claim, info, value, sentence, rivalOf(claim, info, value, sentence));
  // (Nor the same figure under a cap the claim gives once for its figures: "Up to 22 of the … posts would be at risk
  // of redundancy, with four moving to the Department of Drama" / "Up to 4.0 FTE would transfer to the Department of
  // Drama".)
  if (r && isNumeric(value) && !value.bound && /^up\s+to\s/i.test(r.conflict.source) && Number(/[\d.]+/.exec(r.conflict.source.replace(/,/g, ''))?.[0]) === value.value && info.values.some((w) => w !== value && w.span.end <= value.span.start && /\bup\s+to\s+$/i.test(info.text.slice(Math.max(0, w.span.start - 8), w.span.start)))) return undefined;
  if (!r || value.kind !== 'name') return r;
  // (A judge speaks for the court: "Employment Judge Rachel Danvers accepted that …" / "The Tribunal accepted that …".)
  if (JUDGE_NAME.test(value.text) && COURT_NAME.test(r.conflict.source)) return undefined;
  // (Nor initials that may be the claim's person's, as minutes write those present: "RP said" / "Ms Pryce said",
  // "Rosalind Pryce"; the quotation's own check reads them against the document's list, `attribution.ts`.)
  if (initialsOf(value, r.conflict.source)) return undefined;
  // (Nor a place a distance is measured from: "on Fenwick Road, 4.3 miles from Kellsbridge" / "on Fenwick Road, Ormsby".)
  if (distanceFrom(info, value)) return undefined;
  // (Nor an office by its short name: "the Health Secretary" / "the Secretary of State for Health and Social Care".)
  if (r.conflict.sourceSpan && shortOfficeName(value.text, sentence.text, r.conflict.sourceSpan)) return undefined;
  // (Nor is a name the sentence gives in apposition to a noun of the claim's a rival: "organisers diverted the course" /
  // "Because Marlow Bridge was closed …, the organiser, Kelsford Running Festival Ltd, diverted the course", against
  // the claim's "Kelsford City Council had closed Marlow Bridge".)
  const at = r.conflict.sourceSpan?.start;
  const noun = at === undefined ? undefined : /\b(?:the|its|their|our)\s+([\p{L}-]+),\s*$/iu.exec(sentence.text.slice(Math.max(0, at - 40), at))?.[1];
  const term = noun ? processTerm(noun) : null;
  if (!term || !info.terms.has(term)) return r;
  // (Unless the claim gives its name that noun too: "the organiser, Kelsford City Council, diverted the course".)
  const near = info.tokens.some((k) => k.term === term && (Math.abs(k.end - value.span.start) <= 25 || Math.abs(k.start - value.span.end) <= 25));
  return near ? r : undefined;
}

/** Words that rule out the noun of change after them: "without further cuts", "no more rises", "avoiding any increases". */
const WITHOUT_CHANGE = /\b(?:without|no|avoid(?:ing|s|ed)?|prevent(?:ing|s|ed)?)\s+(?:(?:any|further|more|new|additional|significant|major)\s+){0,2}$/i;

/** A distance from a place, before its name: "4.3 miles from", "a ten-minute drive from", "two miles away from the". */
const DISTANCE_FROM = /\b(?:miles?|kilometres?|kilometers?|km|metres?|meters?|yards?|minutes?|hours?|walk|drive|ride)\s+(?:away\s+)?from\s+(?:the\s+)?$/i;
function distanceFrom(info: ClaimInfo, v: TypedValue): boolean {
  return DISTANCE_FROM.test(info.text.slice(Math.max(0, v.span.start - 40), v.span.start));
}

/**
 * A "that" clause of a denial after a verb of saying: "… in writing on Tuesday 14 October 2025 that asbestos removal
 * was excluded".
 */
const CONFIRMED_DENIAL = /^[^.;]{0,60}?\bthat\b[^.;]{0,60}?\b(?:excluded|not|no|never|refused|declined|rejected|won['’]t|wouldn['’]t|cannot|can['’]t|ruled\s+out)\b/i;

/** Words that stand for a thing named before them: "when it was off", "which", "they". */
const PRONOUN_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'which', 'who', 'whom', 'whose', 'while', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'there', 'then', 'he', 'she', 'him', 'her', 'we', 'us', 'you']);

/** A place a clause puts a thing at, after its word: "… at Polwenna", "in Brenhaven". */
const PLACE_AFTER = /^[^.;:]{0,60}?\b(?:at|in)\s+(\p{Lu}[\p{L}'’-]+)/u;

/**
 * Whether the claim says its word (`said`) of a place the sentence names too, where the sentence denies the word of
 * another place: "to land their catches … at Polwenna" / "unable to land their catch at Brenhaven … forced to divert
 * to Polwenna".
 */
function deniedAtAnotherPlace(claim: string, said: { start: number; end: number }, sentence: string): boolean {
  const mine = PLACE_AFTER.exec(claim.slice(said.end))?.[1];
  if (!mine || !sentence.includes(mine)) return false;
  const denied = denialOf(claim.slice(said.start, said.end), sentence);
  if (!denied) return false;
  const theirs = PLACE_AFTER.exec(sentence.slice(denied.index + denied[0].length))?.[1];
  return !!theirs && theirs !== mine;
}

/**
 * Where a sentence denies a word, in any of its forms, a denial up to two words before it: "unable to land", "will not
 * apply", "do not coordinate".
 */
function denialOf(word: string, sentence: string): RegExpExecArray | null {
  const root = word.toLowerCase().slice(0, Math.max(3, word.length - 2));
  return new RegExp(String.raw`\b(?:not|no|never|unable\s+to|cannot|can['’]t|couldn['’]t|could\s+not|won['’]t)\s+(?:[\p{L}'’-]+\s+){0,2}?${escapeRegExp(root)}\p{L}*`, 'iu').exec(sentence);
}

/** Verbs of what a rule or an offer reaches, "to" a thing after them: "apply to", "extend to", "available to". */
const TO_A_THING = /^(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|relat(?:e|es|ed|ing)|belong(?:s|ed|ing)?|available|open|offered|given|sent|paid)$/;

/**
 * Whether the sentence denies the claim's word of another thing of the same kind: the words after it (a preposition,
 * an article, then up to four words) have a word of its own the claim lacks, and the claim's a word the sentence
 * lacks ("apply to the blue-lidded bins used for dry recycling" / "will not apply to communal bins serving flats").
 */
function deniedOfOtherThing(claim: string, said: { start: number; end: number }, sentence: string): boolean {
  const word = claim.slice(said.start, said.end).toLowerCase();
  const denied = denialOf(word, sentence);
  if (!denied) return false;
  const thing = (text: string): { object?: string; terms: string[] } => {
    // (Or its object and a place: "coordinates volunteers at three of the branches" / "do not coordinate volunteers at
    // Millthorpe".)
    const m = /^\s+(?:([\p{L}'’-]+)\s+)?(to|for|on|in|at|of|from|with)\s+(?:the|a|an|its|their|all|any)?\s*((?:[\p{L}\d'’-]+\s*){1,4})/u.exec(text);
    // (Not "to" a verb: "expect demand to ease" / "do not expect demand to fall"; "to" a thing only after a verb of
    // what a rule reaches, "apply to communal bins".)
    if (!m || (m[2] === 'to' && (m[1] || !TO_A_THING.test(word)))) return { terms: [] };
    return { object: m[1]?.toLowerCase(), terms: [...analyzeText(m[3], false).terms] };
  };
  const mine = thing(claim.slice(said.end, said.end + 60));
  const theirs = thing(sentence.slice(denied.index + denied[0].length, denied.index + denied[0].length + 60));
  if (!mine.terms.length || !theirs.terms.length) return false;
  // (A word the other side has in no form: not "applying" for "an application", by their first four letters.)
  const prefixes = (text: string) => new Set([...analyzeText(text, false).terms].map((t) => t.slice(0, 4)));
  const claimWords = prefixes(claim);
  const sentenceWords = prefixes(sentence);
  // (Things of one kind: a word in common, or the same object before them, "volunteers".)
  const oneKind = mine.terms.some((t) => theirs.terms.includes(t)) || (mine.object !== undefined && mine.object === theirs.object);
  return theirs.terms.some((t) => !/^\d/.test(t) && !claimWords.has(t.slice(0, 4))) && mine.terms.some((t) => !sentenceWords.has(t.slice(0, 4))) && oneKind;
}

/** An occasion by its order: "The second time", "on a third occasion", "for a first offence". */
const OCCASION_ORDINAL = /\b(first|second|third|fourth|fifth)\s+(?:time|occasion|offence|breach|visit|warning|stage)s?\b|\b(?:at|in)\s+stage\s+(one|two|three|four|[1-4])\b/gi;

/**
 * Whether the sentence denies the claim's word on another occasion than the claim's, by their orders: "will first
 * have it emptied" / "The second time, the bin will not be emptied".
 */
function deniedOnOtherOccasion(claim: string, sentence: string): boolean {
  const order = (m: RegExpMatchArray) => (m[1] ?? m[2]).toLowerCase().replace(/^(?:one|1)$/, 'first').replace(/^(?:two|2)$/, 'second').replace(/^(?:three|3)$/, 'third').replace(/^(?:four|4)$/, 'fourth');
  const theirs = new Set([...sentence.matchAll(OCCASION_ORDINAL)].map(order));
  if (!theirs.size) return false;
  const mine = new Set([...claim.matchAll(OCCASION_ORDINAL)].map(order));
  // (The claim's order as an adverb: "will first have it emptied", "is first warned".)
  if (/\b(?:will|would|is|are|be|was|were)\s+first\b|\bat\s+first\b|\bfirstly\b/i.test(claim)) mine.add('first');
  return mine.size > 0 && ![...mine].some((o) => theirs.has(o));
}

/** Small words that bind a name to nothing of its own ("at the", "from a"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'at', 'in', 'on', 'of', 'from', 'by', 'for', 'to', 'with', 'and', 'or', 'into', 'onto', 'near', 'its', 'their', 'his', 'her', 'our']);

/** Titles before a name, which give no initial ("Ms", "Cllr", "Dr"): the offices' courtesy titles, and a cleric's. */
const NAME_TITLE = new RegExp(String.raw`^(?:${COURTESY_TITLE}|Rev|Revd)\.?$`, 'iu');

/**
 * Whether a source's name is initials, in capitals, that fit a claim's name: the surname's initial last, and the
 * first name's first when the claim gives one ("RP" for "Pryce", "Rosalind Pryce"; not for "Qureshi").
 */
function initialsOf(value: TypedValue, source: string): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(source)) return false;
  const words = value.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !NAME_TITLE.test(w));
  if (!words.length || words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
  const surname = words[words.length - 1];
  return source[source.length - 1] === surname[0] && (words.length === 1 || source[0] === words[0][0]);
}

/**
 * Whether "old" and "current" are one thing, seen from after and from before a change the claim says will come: "will
 * go up from £30.00 to £36.00, although passes bought … will still be sold at the old price" / "at the current price
 * of £30.00".
 */
function oldIsCurrent(a: string, b: string, claim: string): boolean {
  const pair = new Set([a.toLowerCase(), b.toLowerCase()]);
  return (pair.has('old') || pair.has('previous')) && (pair.has('current') || pair.has('present') || pair.has('existing')) && WILL_CHANGE.test(claim);
}
/** A change to come: "will go up", "will rise", "is to increase", "will be cut". */
const WILL_CHANGE = /\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:(?:be|go|have)\s+)?(?:up|down|rise|fall|increase|decrease|cut|raised|reduced|increased|change|go\s+up|go\s+down)\b/i;

/** A text with the points and commas inside figures left out ("1.3" → "13", "£241,000" → "£241000"), once per text. */
const digitsMemo = new Map<string, string>();
function digitsOf(text: string): string {
  let out = digitsMemo.get(text);
  if (out === undefined) {
    if (digitsMemo.size > 2000) digitsMemo.clear();
    digitsMemo.set(text, (out = text.replace(/(?<=\d)[.,](?=\d)/g, '')));
  }
  return out;
}

/** The word before a date's preposition, what happened then: "reopened" of "reopened on Wednesday 26 June". */
function eventBefore(text: string, start: number): string | undefined {
  return /(\p{L}+)\s+(?:on|in|at|by|from|until|since)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1].toLowerCase();
}

/** Characters before a date within which a sentence names the event it dates (`eventDated`). */
const EVENT_REACH = 60;

/** What a document records on its own day: a meeting, a statement, a decision ("at its meeting on …", "said on …"). */
const DAY_OF_RECORD = /^(?:meeting|meetings|said|says|announced|published|issued|approved|agreed|decided|voted|met|confirmed|statement|hearing|sitting|session|sentenced|sentencing)$/;

/** Units of a length of time. */
const DURATION_UNITS = new Set(['s', 'min', 'h', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** A column of people's ages: "Age", "Age at sentence". */
const AGE_LABEL = /^\s*age\b/i;

/** Whether a claim's figure is a person's age as the claim gives it ("Jermaine Atkins, 26,", "the 47-year-old"). */
function isAge(info: ClaimInfo, v: TypedValue): boolean {
  return agesOf(info.text).some((a) => a.ageSpan.start === v.span.start);
}

/** The first or last few of a period, right before their length: "the first three years", "the last two months". */
const PART_OF_PERIOD = /\b(?:first|last|final|opening|closing|remaining)\s+$/i;

/** "ago" after a length of time, which makes it a time: "three years ago". */
const AGO_AFTER = /^\s+ago\b/i;

function rivalOf(claim: Claim, info: ClaimInfo, value: TypedValue, sentence: TextInfo): RivalValue | undefined {
  // The size of a group in words has no rival in a table's row, which is one of the group: "Colderwick was the lowest
  // of the four at 47%" / "Colderwick | Capacity (million litres): 6,500 | …".
  if (value.kind === 'number' && /^\p{L}+$/u.test(value.text) && GROUP_OF_BEFORE.test(info.text.slice(Math.max(0, value.span.start - 16), value.span.start)) && TABLE_ROW.test(sentence.text)) return undefined;
  // A count against the list of the counted things ("Four routes" / "Routes 7, 12 and 34"): the list, not its items.
  const list = countedList(sentence.text, sentence.values, value);
  if (list && list.count !== value.value) {
    return { conflict: { claim: value.text, source: list.text, kind: 'number', claimSpan: draftSpan(claim, value.span), sourceSpan: { ...list.span }, replacement: null }, role: 1, sole: true };
  }
  // Source values the claim itself accounts for are not rivals ("2002, 2005 and 2010" vs "2002, 2005 and 2011"); nor
  // a margin for a level ("six points clear" / "63 points"), nor a level for a margin.
  const margin = isMargin(info.text, value.span);
  let rivals = sentence.values.filter((s) => valueDiffers(value, s) && !accountsFor(info.values, s, sentence.values) && isMargin(sentence.text, s.span) === margin);
  // A count or sum that is a difference ("gain 210 places", "by 382 votes") is the rival of differences only, not of
  // the levels it lies between (a percentage change may be written either way: "rose by 21%" / "an increase of 12%").
  if (value.difference && value.kind !== 'percent') rivals = rivals.filter((s) => s.difference || s.kind === 'name');
  // Nor a winning margin the rival of a level ("won with 1,487 votes" / "wins the seat by 273 votes"), nor a figure
  // compared with another ("Of the 64 pitches in Corn Square" / "58 pitches, six fewer than Corn Square").
  else if (isNumeric(value) && value.kind !== 'percent')
    rivals = rivals.filter((s) => !(s.difference && s.kind !== 'percent' && (WON_BY.test(sentence.text.slice(Math.max(0, s.span.start - 100), s.span.start)) || COMPARED_AFTER.test(sentence.text.slice(s.span.end, s.span.end + 24)))));
  // A table row whose columns the claim names ("Harbridge had nine shots" / "Shots on target | Kelmouth: 6 |
  // Harbridge: 3"; "Leeds have 63 points" / "… | Won: 20 | Points: 65"): rivals only in those columns.
  // A place is the rival of places whichever column the claim's other words name ("The blackbird was fourth, with
  // an average of 2.0 per garden" / "Rank: 5 | Blackbird | Average per garden: 2.0").
  const named = namedColumns(info, sentence, value);
  let inColumn = false;
  if (named.length) {
    // (And the claim's figure in another unit of its kind, whichever column: "Route 40 covers 14.2 kilometres" /
    // "Route: 40 | … | Length (miles): 14.2", where "Route" names the route's column.)
    const inNamed = rivals.filter((s) => s.kind === 'name' || named.some((c) => inCell(s, c)) || unitSlip(value, s));
    rivals = value.kind === 'ordinal' && !inNamed.some((s) => s.kind === 'ordinal') ? rivals : inNamed;
    // One figure in the one column the claim names is its rival whatever the words around it ("Eleanor Marsh, 34," /
    // "Eleanor Marsh | … | Age: 32").
    inColumn = named.length === 1 && rivals.length === 1 && rivals[0].kind !== 'name' && inCell(rivals[0], named[0]);
  }
  rivals = rivals.filter((s) => !fractionOfCount(value, s));
  // (Nor the figure the claim's own multiple compares its figure with: "an average of 4.2 altered answers per script,
  // roughly seven times the rate found in scripts sampled from 12 other … schools" / "… showed an average of 0.6".)
  const times = info.values.find((x) => x.unit === 'times' && x.value !== undefined && x !== value);
  if (times && isNumeric(value) && value.value) rivals = rivals.filter((s) => !(isNumeric(s) && s.value && ratioAgrees(times, value.value! / s.value)));
  // (Nor a number joined to the word it qualifies the rival of a count: "of which 874 supported the plans" / "during
  // the 21-day consultation period".)
  if (value.unit === undefined && value.kind === 'number') rivals = rivals.filter((s) => !(s.kind === 'quantity' && /^\d[\d,.]*[-‑]\p{L}/u.test(s.text)));
  // (Nor a bare figure of a sentence the rival of a length of time: "has fallen by 44 per cent in five years" / "has
  // fallen from 52 in 2019 to 29 in 2024"; a table's cell may be, under its unit. An age is a bare figure's rival:
  // "The 28-year-old" / "Okonkwo, 27,".)
  const yearsOld = /^[-‑\s]*old\b/.test(info.text.slice(value.span.end, value.span.end + 6)) || /old$/.test(value.text);
  if (value.kind === 'quantity' && DURATION_UNITS.has(value.unit ?? '') && !yearsOld && !TABLE_ROW.test(sentence.text)) rivals = rivals.filter((s) => !(s.kind === 'number' && s.unit === undefined));
  // (Nor a person's age the rival of how long something has gone on: "who has run a cheese stall … for 23 years" /
  // "Dennis Harrop, 61, owner of Harrop's Cheeses".)
  if (value.kind === 'quantity' && value.unit === 'year' && !yearsOld && !isAge(info, value) && /\b(?:for|over|in|after)\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$/i.test(info.text.slice(Math.max(0, value.span.start - 20), value.span.start))) {
    const ages = new Set(agesOf(sentence.text).map((a) => a.ageSpan.start));
    rivals = rivals.filter((s) => !ages.has(s.span.start));
  }
  // (Nor, the other way, a length of time the rival of a count of things: "64 volunteers" / "Recording length: 31
  // minutes".)
  if (value.kind === 'number' && value.unit === undefined && countedNoun(info.text, value)) rivals = rivals.filter((s) => !(s.kind === 'quantity' && DURATION_UNITS.has(s.unit ?? '')));
  // (Nor, the other way, a bare count the rival of a measure joined to its noun: "a ten-minute drive" / "two officers
  // from Tamarsh County Council".)
  if (value.kind === 'quantity' && !yearsOld && /^[\p{L}\d][\p{L}\d,.]*[-‑]\p{L}/u.test(value.text)) rivals = rivals.filter((s) => !(s.kind === 'number' && s.unit === undefined));
  // (Nor a row's age the rival of anything but an age: "of two counts of conspiracy" / "Jermaine Atkins | Age: 26 |
  // …"; nor an age the rival of another column's figure, "Jermaine Atkins, 26, was sentenced" / "… | Sentence: 14
  // years".)
  if (TABLE_ROW.test(sentence.text) && isNumeric(value)) {
    const age = isAge(info, value);
    const cells = labelledCells(sentence);
    const ageCells = cells.filter((c) => AGE_LABEL.test(c.label));
    rivals = rivals.filter((s) => s.kind === 'name' || ageCells.some((c) => inCell(s, c)) === age);
    // (Nor a length of time in a column of words the claim has none of: "after a trial lasting six weeks" / "… |
    // Sentence: 14 years".)
    if (value.kind === 'quantity' && DURATION_UNITS.has(value.unit ?? '')) rivals = rivals.filter((s) => !cells.some((c) => inCell(s, c) && c.terms.size > 0 && ![...c.terms].some((t) => info.terms.has(t))));
  }
  // (Nor a length of time the rival of a time ago, or the other way: "the Greens' 12 per cent share in the ward three
  // years ago" / "has lived in the ward for eleven years".)
  if (value.kind === 'quantity') rivals = rivals.filter((s) => s.kind !== 'quantity' || AGO_AFTER.test(sentence.text.slice(s.span.end, s.span.end + 8)) === AGO_AFTER.test(info.text.slice(value.span.end, value.span.end + 8)));
  // (Nor the first or last few of a period, for the period: "in the four years covered by the report" / "in each of the
  // first three years covered by this report".)
  if (value.kind === 'quantity' && DURATION_UNITS.has(value.unit ?? '') && !PART_OF_PERIOD.test(info.text.slice(Math.max(0, value.span.start - 12), value.span.start))) rivals = rivals.filter((s) => !PART_OF_PERIOD.test(sentence.text.slice(Math.max(0, s.span.start - 12), s.span.start)));
  // (Nor the rest of a whole, "The other nine pupils were taken by road ambulance", for the whole: "Eleven pupils were
  // taken to hospital".)
  if (isNumeric(value) && !REMAINDER_BEFORE.test(info.text.slice(Math.max(0, value.span.start - 16), value.span.start))) rivals = rivals.filter((s) => !REMAINDER_BEFORE.test(sentence.text.slice(Math.max(0, s.span.start - 16), s.span.start)));
  // (Nor a count of a part named by a word before the claim's noun: "1,284 charity runners" for "the 5,230 runners
  // who started the race", "142 full-time staff" for "186 staff".)
  if (isNumeric(value)) rivals = rivals.filter((s) => !subgroupOf(info.text, value, sentence.text, s));
  // (Nor a combined total for one of its parts: "A man … has been jailed for seven and a half years" / "Two men … have
  // been jailed for a combined total of more than 12 years".)
  if (isNumeric(value) && !COMBINED_BEFORE.test(info.text.slice(Math.max(0, value.span.start - 48), value.span.start))) rivals = rivals.filter((s) => !COMBINED_BEFORE.test(sentence.text.slice(Math.max(0, s.span.start - 48), s.span.start)));
  // (Nor a count of other things: "more than 14,000 packs of soft cheese" / "five batches of four soft cheese".)
  if (value.kind === 'number') rivals = rivals.filter((s) => !countsOtherThings(info.text, value, sentence.text, s));
  // A share ("two-thirds of patients") is the rival of shares and percentages, not of a count ("3,175 (66%)
  // patients": the count is how many the share is).
  if (value.unit === 'fraction') rivals = rivals.filter((s) => s.kind === 'name' || s.kind === 'percent' || s.unit === 'fraction');
  // Nor a description of the claim's name, or its words for the claim's acronym ("Tuberculosis" / "TB").
  // Nor a post's title for a name that is none ("Nimbusline's vice president" / "Vice President of Engineering").
  if (value.kind === 'name' && !isPostTitle(value.text)) rivals = rivals.filter((s) => s.kind !== 'name' || !isPostTitle(s.text));
  if (value.kind === 'name') rivals = rivals.filter((s) => s.kind !== 'name' || !(describes(s, sentence.text, value, info.text) || describesByNationality(s, sentence.text, value) || abbreviates(value.text, s.text) || abbreviates(s.text, value.text)));
  // Nor the first of two places joined in the name the claim's acronym stands for ("ICB" / "the Marlcombe and Thorne
  // Integrated Care Board", which the values read as "Marlcombe" and "Thorne Integrated Care Board").
  const joinedToAbbreviated = (s: TypedValue) =>
    value.kind === 'name' && sentence.values.some((t) => t.kind === 'name' && t.span.start > s.span.end && /^\s+(?:and|&)\s+$/.test(sentence.text.slice(s.span.end, t.span.start)) && abbreviates(value.text, t.text));
  if (value.kind === 'name') rivals = rivals.filter((s) => !joinedToAbbreviated(s));
  // Nor an acronym that ends in the claim's name's initials, the body's full name cut short ("the Arts Council" /
  // "WAC", of "Wessmere Arts Council (WAC)").
  const initials = value.kind === 'name' ? value.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') : '';
  const acronymOfFuller = (s: TypedValue) => initials.length >= 2 && s.kind === 'name' && /^\p{Lu}{3,6}$/u.test(s.text) && s.text.length > initials.length && s.text.endsWith(initials);
  rivals = rivals.filter((s) => !acronymOfFuller(s));
  // Nor, for a person's name, a word of an office's field ("Andrew Pryce" / "Wastewater" of "Claire Fenwick, Director of
  // Environment and Wastewater,").
  if (value.kind === 'name' && value.name!.length >= 2) rivals = rivals.filter((s) => s.kind !== 'name' || !officeField(sentence.text, s));
  // A sum spread over a period is no rival of a rate ("£20m a year" / "£50m over five years": `statesRate` compares
  // the two).
  if (value.per) rivals = rivals.filter((s) => s.per || !spreadOver(sentence.text, s));
  // The whole of a partitive ("close two of its 16 libraries") is no rival of a claim's count of what happens to
  // some ("Three libraries will close"), unless the claim's figure is a whole too ("its 18 libraries").
  if (rivals.length > 1 && !isWhole(value)) {
    const parts = rivals.filter((s) => !isWhole(s));
    if (parts.length) rivals = parts;
  }
  let roleMin = -1;
  if (!rivals.length && value.kind === 'name') {
    // Entirely different names ("from Japan" / "from China") conflict only in a closely matching role.
    rivals = sentence.values.filter(
      // (Nor one place as a noun and as an adjective: "Georgia" / "Georgian".)
      (s) =>
        s.kind === 'name' &&
        !s.name!.some((t) => value.name!.includes(t) || value.name!.some((u) => nameWordForms(t, u))) &&
        !nameForms(value.text, s.text) &&
        !abbreviates(value.text, s.text) &&
        !abbreviates(s.text, value.text) &&
        !joinedToAbbreviated(s) &&
        !acronymOfFuller(s) &&
        !info.values.some((c) => valueAgrees(c, s)) &&
        !describes(s, sentence.text, value, info.text) &&
        !describesByNationality(s, sentence.text, value) &&
        !(value.name!.length >= 2 && officeField(sentence.text, s)) &&
        (isPostTitle(value.text) || !isPostTitle(s.text)) &&
        inPlaceOf(info.text, value.span, sentence.text, s.span),
    );
    roleMin = DISTINCT_NAME_ROLE_MIN;
  }
  if (!rivals.length) return undefined;
  // A table row with many figures of the kind ("2 | Hull Athletic | 30 | 17 | 8 | 5 | 59"): which column the claim's
  // figure is cannot be told from the row's words. (Two, as a results table's this year and last year, go by role.)
  // (Unless one is the claim's figure in another unit of its kind: "Route 40 covers 14.2 kilometres" / "Route: 40 |
  // Length (miles): 14.2 | Avg weekday passengers: 612".)
  const otherUnit = rivals.find((s) => unitSlip(value, s));
  if (rivals.length > 2 && TABLE_ROW.test(sentence.text) && !otherUnit) return undefined;
  let best = rivals[0];
  let bestRole = -1;
  for (const s of rivals) {
    const r = roleSimilarity(value, s);
    if (r > bestRole) {
      bestRole = r;
      best = s;
    }
  }
  // Of rivals the words around tell apart little, the one after the claim figure's own words right before it ("will
  // rise to £52,440" / "rise from £49,084 to £51,440"; "route 45 carried 12,800" / "Route 31 carried 38,500 …, and
  // route 45 carried 9,800"): the words before each, nearest first, as far as they match.
  const lead = (text: string, at: number) => text.slice(Math.max(0, at - 40), at).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).reverse().slice(0, 3);
  const mine = lead(info.text, value.span.start);
  const matching = (x: TypedValue) => {
    const theirs = lead(sentence.text, x.span.start);
    let k = 0;
    while (k < mine.length && k < theirs.length && mine[k] === theirs[k]) k++;
    return k;
  };
  if (rivals.length > 1 && mine.length) {
    const closest = rivals.reduce((a, b) => (matching(b) > matching(a) ? b : a));
    // (Only among figures written alike: not a year for "the following year", which its role picked.)
    if (matching(closest) > matching(best) && closest.kind === best.kind && /\d/.test(closest.text) === /\d/.test(best.text)) best = closest;
  }
  // Two neighbouring digits swapped are a slip of the keyboard, whatever the words around them: "£83m" for the
  // source's "£38m of costs".
  const slip = rivals.find((s) => transposed(value, s)) ?? otherUnit;
  if (slip) best = slip;
  // So is a date that is the claim's but for one part ("Thursday 13 January 2026" / "Tuesday 13 January 2026").
  const nearDate = value.kind === 'date' ? rivals.find((s) => dateButOne(value, s)) : undefined;
  if (nearDate && !slip) {
    best = nearDate;
    bestRole = 1;
  }
  if (bestRole < roleMin) return undefined;
  const g = group(value);
  // The one value of its kind on each side; or, once the values the two share are set aside, the one left of the
  // same kind ("a single on 21 February and an album in April" / "a single on 21 February … an album … in March";
  // not a date for a year: "appointed on 29 April 2014" / "the 2015 European Games and the Rio 2016 Olympics").
  const count = (values: readonly TypedValue[], others: readonly TypedValue[], shared: boolean) =>
    values.filter((v) => group(v) === g && (shared || !others.some((o) => agreesEitherWay(v, o)))).length;
  const sole =
    !!slip ||
    !!nearDate ||
    inColumn ||
    (roleMin < 0 &&
    group(best) === g &&
    ((count(info.values, sentence.values, true) === 1 && count(sentence.values, info.values, true) === 1) ||
      (best.kind === value.kind && count(info.values, sentence.values, false) === 1 && count(sentence.values, info.values, false) === 1)));
  // A bound is part of the value ("more than a year"): shown when the two differ in it.
  // (Only a figure's: "decide about Monday" is no bound of a day.)
  const claimHedge = isNumeric(value) ? hedgeWords(claim.text, value.span.start) : undefined;
  const sourceHedge = isNumeric(best) ? hedgeWords(sentence.text, best.span.start) : undefined;
  // (Or after it: "21 and over".)
  const after = sourceHedge ? undefined : boundAfter(sentence.text, best);
  const withHedges = (claimHedge ?? '').toLowerCase() !== (sourceHedge ?? '').toLowerCase() || !!after;
  // A table cell's figure is shown with its column ("Kelmouth: 6").
  const cell = withHedges ? undefined : labelledCells(sentence).find((c) => inCell(best, c));
  // (With the bracket it opens closed: "Placebo: 182 (19.8%)".)
  const cellEnd = cell && /\([^)]*$/.test(sentence.text.slice(cell.start, best.span.end)) && sentence.text[best.span.end] === ')' ? best.span.end + 1 : best.span.end;
  const claimText = asWritten(info.text, value);
  const sourceText = asWritten(sentence.text, best) + (after ?? '');
  const conflict: Conflict = {
    claim: withHedges && claimHedge ? `${claimHedge} ${claimText}` : claimText,
    source: cell ? sentence.text.slice(cell.start, cellEnd) : withHedges && sourceHedge ? `${sourceHedge} ${sourceText}` : sourceText,
    kind: value.kind === 'year' && best.kind === 'date' ? 'date' : value.kind,
    claimSpan: draftSpan(claim, withHedges && claimHedge ? { start: value.span.start - claimHedge.length - 1, end: value.span.end } : value.span),
    sourceSpan: cell ? { start: cell.start, end: cellEnd } : withHedges && sourceHedge ? { start: best.span.start - sourceHedge.length - 1, end: best.span.end } : { start: best.span.start, end: best.span.end + (after?.length ?? 0) },
    // The fix replaces the value's own span: "24-year" of "24-year-old" by "27-year", not by "27-year-old".
    ...(cell ? { replacement: cellReplacement(value, best) } : !withHedges && (claimText !== value.text || sourceText !== best.text) ? { replacement: best.text } : {}),
  };
  const found = { conflict, role: bestRole, sole, ...(slip ? { slip: true } : {}) };
  if (slotTaken(info, value, sentence, found)) return undefined;
  // The day someone spoke against a day their words name ("said in an interview on Thursday that her phone had not
  // stopped since the paper came out" / "My phone has not stopped since yesterday morning"): the day of speaking is
  // the speech date's rule's (`attribution.ts`), compared with the recording's date.
  if (value.kind === 'date' && RELATIVE_RIVAL.test(conflict.source) && SPEECH_DAY.test(info.text.slice(Math.max(0, value.span.start - 40), value.span.end))) return undefined;
  // A time between two events ("to £640,000 two years later") against a length that is no such time ("a reserves
  // policy of three months' expenditure").
  if (value.kind === 'quantity' && OFFSET_AFTER.test(info.text.slice(value.span.end, value.span.end + 16)) && conflict.sourceSpan && !OFFSET_AFTER.test(sentence.text.slice(conflict.sourceSpan.end, conflict.sourceSpan.end + 16))) return undefined;
  return found;
}

/**
 * The best `limit` passages of the cited documents, as `index.search(query, { limit, documents })` gives them,
 * taken from `all` (the search of all documents with the limit `wideLimit`) when it has them: a passage's score
 * does not depend on which documents the search is restricted to, and both lists are in the same order. When
 * `all` was cut and holds fewer than `limit` cited passages, the restricted search is run.
 */
export function citedHits(index: PassageIndex, query: string, all: readonly SearchHit[], cited: ReadonlySet<string>, limit: number, wideLimit: number): SearchHit[] {
  const out: SearchHit[] = [];
  for (const h of all) {
    if (!cited.has(h.document.id)) continue;
    out.push(h);
    if (out.length === limit) return out;
  }
  if (all.length < wideLimit) return out;
  return index.search(query, { limit, documents: [...cited] });
}

/**
 * A document's title and byline: its first lines, each short, without a full stop, and a paragraph of its own or
 * of short lines only (`HEADER_PASSAGES`, `HEADER_WORDS`). They are context for all its sentences ("according to
 * the port authority's report" when the report's byline names the Eastport Port Authority). Kept per document
 * object (a changed source is a new document).
 */
const headerCache = new WeakMap<SourceDocument, { passage: Passage; info: TextInfo }[]>();
function headerOf(index: PassageIndex, document: SourceDocument): { passage: Passage; info: TextInfo }[] {
  let head = headerCache.get(document);
  if (!head) {
    head = [];
    const all = index.passagesOf(document.id);
    const short = (q: Passage) => {
      const text = document.text.slice(q.span.start, q.span.end).trim();
      return !/[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length <= HEADER_WORDS;
    };
    for (const p of all.slice(0, HEADER_PASSAGES)) {
      // (A letterhead's lines may share a paragraph when every one of them is short: "MARSHFIELD BIRD TRUST" over
      // "Registered charity no. 1048832", then "BREEDING FARMLAND BIRD CENSUS 2024".)
      const paragraph = all.filter((q) => q.paragraph.start === p.paragraph.start);
      if (!short(p) || (paragraph.length > 1 && !paragraph.every(short))) break;
      head.push({ passage: p, info: passageInfo(document, p) });
    }
    headerCache.set(document, head);
  }
  return head;
}

/** The lines read for a document's fields, and the longest. */
const FIELD_LINES = 60;
const FIELD_LINE_MAX = 300;
/** A field's line: "**Previous inspection:** Tuesday 12 September 2023", "Date of meeting: 4 March". */
const FIELD_LINE = /^[ \t]*(?:[-*#>]+[ \t]+)?[*_]*([\p{L}][\p{L}' ’()-]{1,50}?)[*_]*[ \t]*:[*_]*[ \t]+(\S[^\n]*)$/u;
const fieldCache = new WeakMap<SourceDocument, { terms: Set<string>; values: TypedValue[] }[]>();

/**
 * The fields a document's opening lines give ("**Previous inspection:** Tuesday 12 September 2023"): each label's
 * terms and its value's values. Kept per document object.
 */
function documentFields(document: SourceDocument): { terms: Set<string>; values: TypedValue[] }[] {
  let fields = fieldCache.get(document);
  if (!fields) {
    fields = [];
    for (const line of document.text.split('\n', FIELD_LINES)) {
      const m = line.length <= FIELD_LINE_MAX ? FIELD_LINE.exec(line) : null;
      if (!m) continue;
      const terms = new Set(tokenize(m[1]).flatMap((w) => processTerm(w) ?? []));
      fields.push({ terms, values: extractValues(m[2]) });
    }
    fieldCache.set(document, fields);
  }
  return fields;
}

/**
 * Who says a transcript passage, as a line of context: "Dr Helen Marsh, medical director" for a turn of MARSH. A
 * transcript names its speakers in labels and its header, not in their words; "Dr Marsh said no midwife would lose
 * their job" names the speaker of "No midwife will lose their job." (whether that is the right speaker is the
 * attribution check's to say). Kept per document object and label.
 */
const speakerCache = new WeakMap<SourceDocument, Map<string, TextInfo>>();
function speakerContext(document: SourceDocument, passage: Passage): TextInfo | undefined {
  if (!document.meta?.speakers?.length) return undefined;
  const speaker = passagePlace(document, passage).speaker;
  if (!speaker) return undefined;
  let byLabel = speakerCache.get(document);
  if (!byLabel) speakerCache.set(document, (byLabel = new Map()));
  let info = byLabel.get(speaker.label);
  if (!info) byLabel.set(speaker.label, (info = analyzeText([speakerName(speaker), speaker.role].filter(Boolean).join(', '), false)));
  return info;
}

/**
 * The question a transcript answer replies to, as context of the answer's first two sentences: "Do families pay to
 * get relatives on the list?" / "Yes. Bribes are the normal way." Only its words: a question asserts no figure,
 * date, name or direction ("Did 3,000 people come?" / "No, about 1,900." states no 3,000). The previous turn's last
 * sentence, by another speaker, ending in a question mark.
 */
const questionCache = new WeakMap<Passage, TextInfo | null>();
function questionContext(index: PassageIndex, document: SourceDocument, passage: Passage): TextInfo | undefined {
  if (!document.meta?.speakers?.length) return undefined;
  const cached = questionCache.get(passage);
  if (cached !== undefined) return cached ?? undefined;
  let info: TextInfo | null = null;
  const all = index.passagesOf(document.id);
  const i = all[passage.ordinal]?.id === passage.id ? passage.ordinal : all.findIndex((p) => p.id === passage.id);
  let first = i;
  while (first > 0 && all[first - 1].paragraph.start === passage.paragraph.start) first--;
  const previous = i >= 0 && i - first <= 1 ? all[first - 1] : undefined;
  if (previous && /\?["”’']?\s*$/.test(document.text.slice(previous.span.start, previous.span.end))) {
    const asker = passagePlace(document, previous).speaker?.label;
    const answerer = passagePlace(document, passage).speaker?.label;
    if (asker !== undefined && answerer !== undefined && asker !== answerer) {
      // (A question of why takes its premise as given, and the answer with it: "Why is the estimate nearly four times
      // the 2021 figure?" / "Partly construction inflation …". Its figures stand.)
      const text = document.text.slice(previous.span.start, previous.span.end);
      info = /^(?:[^:\n]{0,40}:\s*)?(?:why|how\s+come)\b/i.test(text) ? passageInfo(document, previous) : withValues(passageInfo(document, previous), () => [], false, true);
    }
  }
  questionCache.set(passage, info);
  return info ?? undefined;
}

/** A claim's analysis (its terms, weights and values), its citation markers left out. */
function analyzeClaimText(claim: Claim, index: PassageIndex, tuning: SupportTuning): ClaimInfo {
  return analyzeClaim(claim.text.replace(/\[@[^\]]*\]/g, (m) => ' '.repeat(m.length)), index, tuning);
}

/**
 * The first part of `prepareClaim`: the claim analysed and its search run through `index` (a `RememberedSearches`
 * keeps the hits for `prepareClaim`, given the analysis back). A check runs this for several claims in a row
 * before judging them: searches back to back run faster than searches between verdicts, which take the search's
 * data out of the processor's caches (and the verdicts' the other way round).
 */
export function searchClaim(claim: Claim, index: PassageIndex, preferDocuments?: readonly string[], tuning: SupportTuning = DEFAULT_SUPPORT_TUNING): ClaimInfo {
  const info = analyzeClaimText(claim, index, tuning);
  if (info.weights.size > 0) index.search(info.query, { limit: preferDocuments?.length ? WIDE_LIMIT : CANDIDATE_LIMIT });
  return info;
}

/** The verb of change the other way, in the claim's tense ("rose" / "fell"): what a claim moving against its figures should say. */
const MOVED_WORDS: Record<string, string> = {
  rose: 'fell', fell: 'rose', risen: 'fallen', fallen: 'risen', rises: 'falls', falls: 'rises', rise: 'fall', fall: 'rise',
  increased: 'decreased', decreased: 'increased', grew: 'shrank', shrank: 'grew', climbed: 'fell', dropped: 'rose',
  jumped: 'fell', declined: 'rose', surged: 'fell', plunged: 'rose', slumped: 'rose', tumbled: 'rose', soared: 'fell',
  up: 'down', down: 'up',
};

/** A comparison with a time or thing, not a figure ("fewer than at the same point during Storm Arwen"). */
const COMPARED_CLAIM = /\b(fewer|less|lower|smaller|more|greater|higher|larger|bigger)\s+than\s+(?!(?:\d|a\b|an\b|half\b|one\b|two\b|three\b|four\b|five\b|ten\b|expected\b|forecast\b|predicted\b))((?:[\p{L}\d'’-]+\s+){0,6}[\p{L}\d'’-]+)/iu;
/** A claim's comparison with the period before: "than in the previous year", "than last year", "than a year earlier". */
const PRIOR_PERIOD = /^(?:in\s+|during\s+)?(?:(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|twelve\s+months|12\s+months)|last\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b/iu;
/** A figure's year or the year before, right after it: "1,105 in 2023", "1,105 last year", "… a year earlier". */
const EARLIER_YEAR = /^\s*(?:\p{L}+\s+){0,2}?(?:in\s+(?:19|20)\d\d\b|last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before|ago))/iu;
/** A figure set against another in a sentence: "23 trees …, compared with 9 at the same point during Storm Arwen". */
const COMPARED_SOURCE = /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+(?:about\s+|around\s+|some\s+)?/giu;
/**
 * A claim's change on the period before, in apposition: "71.8% of pupils achieved a standard pass, a slight fall on
 * last year" (1 the change, 2 the period).
 */
const COMPARED_CHANGE = /,\s+(?:a|an)\s+(?:(?:slight|small|modest|marginal|sharp|steep|big|large|significant)\s+)?(fall|drop|decrease|decline|dip|rise|increase|improvement)\s+(?:on|from|compared\s+(?:with|to))\s+((?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b/iu;
/** A claim's figure set against another that it gives: "150 …, down from 90 at the same point last year". */
const COMPARED_FROM = /\b(up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?(?=[$€£]?\d)/iu;

/**
 * A comparison the claim makes that the sentence's own figures make the other way: "23 trees had blocked lines …,
 * fewer than at the same point during Storm Arwen" against "23 trees …, compared with 9 at the same point during Storm
 * Arwen" (the claim's figure and the one it is set against, with the words of what the other is).
 */
function comparedFigures(info: ClaimInfo, sentence: TextInfo): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  // (Counts and amounts; not a time of day: "since midnight".)
  // (Nor an index's base: "stood at 64 in 2024 (1994 = 100), down from 66", "where 1994 equals 100".)
  const base = (text: string, v: TypedValue) => /(?:=|\bequals?|\bequalling)\s*$/i.test(text.slice(Math.max(0, v.span.start - 10), v.span.start));
  const counted = (v: TypedValue) => isNumeric(v) && !clockTime(v);
  const m = COMPARED_CLAIM.exec(info.text) ?? COMPARED_FROM.exec(info.text) ?? COMPARED_CHANGE.exec(info.text);
  if (!m) return undefined;
  const up = /^(?:more|greater|higher|larger|bigger|up|rise|increase|improvement)$/i.test(m[1]);
  const termsOf = (text: string) => new Set(tokenize(text).flatMap((w) => processTerm(w) ?? []).filter((t) => !STOPWORDS.has(t)));
  // What the figure is set against: the words after "than", or the figure after "from".
  const against = m[2] === undefined ? info.values.find((v) => counted(v) && v.span.start === m.index + m[0].length) : undefined;
  const object = m[2] === undefined ? new Set<string>() : termsOf(m[2]);
  const figures = info.values.filter((v) => counted(v) && !base(info.text, v) && v.span.end <= m.index && (!against || group(v) === group(against)));
  if (!figures.length || (!object.size && !against)) return undefined;
  for (const c of sentence.text.matchAll(COMPARED_SOURCE)) {
    const after = c.index! + c[0].length;
    const other = sentence.values.find((v) => counted(v) && v.span.start === after);
    if (!other || other.value === undefined) continue;
    if (against && !valueAgrees(against, other)) continue;
    const theirs = termsOf(sentence.text.slice(other.span.end, other.span.end + 80));
    // (A period before the claim's against the sentence's figure for an earlier year: "fewer than in the previous
    // year" / "1,240 hours in 2024, up from 1,105 in 2023".)
    const earlier = m[2] !== undefined && PRIOR_PERIOD.test(m[2]) && EARLIER_YEAR.test(sentence.text.slice(other.span.end, other.span.end + 24));
    if (!against && !earlier && [...object].filter((t) => theirs.has(t)).length < Math.min(2, object.size)) continue;
    // (A figure of the other's kind: "44,718 waits of more than 12 hours …, up from 41,296" sets 44,718 against it.)
    // (A bare number after "from" is of the figure's kind: "1,240 hours in 2024, up from 1,105 in 2023".)
    const ofKind = (v: TypedValue) => group(v) === group(other) || (other.kind === 'number' && v.kind === 'quantity' && /^\s+in\s+(?:19|20)\d\d,\s+(?:up|down)\s+from\s+$/i.test(sentence.text.slice(v.span.end, other.span.start)));
    // (Of several, the one nearest the other in size: "612 school groups visited the trust's two sites during the
    // year, up from 540" sets 612 against 540, not two.)
    const candidates = sentence.values.filter((v) => counted(v) && !base(sentence.text, v) && v.span.end <= c.index! && ofKind(v) && figures.some((f) => valueAgrees(f, v)));
    const apart = (v: TypedValue) => (v.value! > 0 && other.value! > 0 ? Math.abs(Math.log(v.value! / other.value!)) : Infinity);
    const mine = candidates.length > 1 && candidates.every((v) => v.value !== undefined) ? [...candidates].sort((a, b) => apart(a) - apart(b) || b.span.start - a.span.start)[0] : candidates.pop();
    if (!mine || mine.value === undefined || mine.value === other.value || (mine.value > other.value) === up) continue;
    return { claim: { text: m[1], span: { start: m.index, end: m.index + m[1].length } }, source: { text: sentence.text.slice(c.index!, other.span.end), span: { start: c.index!, end: other.span.end } } };
  }
  return undefined;
}

/** Words that set one figure above or below another, up (1) or down (-1). */
const FIGURE_DIRECTION: ReadonlyMap<string, 1 | -1> = new Map([
  ...['higher', 'more', 'greater', 'larger', 'bigger', 'longer', 'heavier', 'deeper', 'rose', 'risen', 'climbed', 'increased', 'grew', 'jumped', 'up'].map((w): [string, 1] => [w, 1]),
  ...['lower', 'less', 'fewer', 'smaller', 'shorter', 'lighter', 'shallower', 'fell', 'fallen', 'dropped', 'slipped', 'declined', 'decreased', 'shrank', 'down'].map((w): [string, -1] => [w, -1]),
]);
const FIGURE_DIRECTION_WORD = `(${[...FIGURE_DIRECTION.keys()].join('|')})`;
/**
 * "£7,940 was lower than the county primary average of £5,620": a figure, a comparative, "than" and words, another
 * figure (not a bound: "over 600 soldiers, more than 3,000 civilians").
 */
const THAN_FIGURE = new RegExp(String.raw`(?<!,\s*)\b${FIGURE_DIRECTION_WORD}\s+than\s+(?:the|a|an|its|their|his|her|last|that|at|in|on|for)\b[^.;]{0,60}?$`, 'iu');
/**
 * The same after a comma, right before the other figure (two words at most between): "cut its costs by £3.1 million,
 * more than the £5.4 million saving". (Farther, the comma's comparative is a bound on something else: "212 officers,
 * more than a quarter had …".)
 */
const THAN_FIGURE_AFTER_COMMA = new RegExp(String.raw`,\s*${FIGURE_DIRECTION_WORD}\s+than\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}$`, 'iu');
/** "slipped to 78.2% from 76.5%": a verb of change, its new level and its old one. */
const TO_FROM = new RegExp(String.raw`\b${FIGURE_DIRECTION_WORD}\s+(?:\w+\s+)?to\s+$`, 'iu');

/**
 * Two figures of the claim that it sets the one above the other the wrong way round, where the evidence gives
 * both ("Ashworth Vale's cost per pupil of £7,940 was lower than the county primary average of £5,620"; "Non-GAAP
 * gross margin slipped to 78.2% from 76.5%"): the claim's word.
 */
function figuresTheWrongWay(info: ClaimInfo, texts: readonly TextInfo[]): { text: string; span: Span; source: TypedValue; against: TypedValue; evidence: TextInfo } | undefined {
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v));
  for (const [i, a] of figures.entries()) {
    for (const b of figures.slice(i + 1)) {
      if (group(a) !== group(b) || a.value === b.value) continue;
      // (A difference is no level compared: "the £64,000 a year is £132,000 less than the tendered bus contract and
      // £54,400 less than the current one".)
      if (/^\s*(?:a\s+year\s+)?(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger|cheaper|dearer)\s+than\b/i.test(info.text.slice(b.span.end, b.span.end + 32))) continue;
      const between = info.text.slice(a.span.end, b.span.start);
      // "A … lower than … B" (A below B) or "to A from B" (A the new level, B the old).
      // (Not a difference: "£87.81 more than the £1,759.80" gives by how much, the comparative right after the figure.)
      const than = /^\s*(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger)\s+than\b/iu.test(between) ? null : (THAN_FIGURE.exec(between) ?? THAN_FIGURE_AFTER_COMMA.exec(between));
      const toFrom = /^\s+from\s+(?:about\s+|around\s+)?$/i.test(between) ? TO_FROM.exec(info.text.slice(Math.max(0, a.span.start - 40), a.span.start)) : null;
      const m = than ?? toFrom;
      if (!m) continue;
      // (Nor a bound on another figure, with a clause after it: "212 … officers, more than a quarter had less than a
      // year's experience, and 41 officer posts were vacant".)
      if (than && (info.values.some((v) => v !== a && v !== b && v.span.start >= a.span.end + m.index && v.span.end <= b.span.start) || /,\s*(?:and|but|while)\s+$/i.test(between))) continue;
      // (Nor more than the second could take: "was more than the society's £2,340 reserves could carry for long".)
      if (than && CAN_BEAR_AFTER.test(info.text.slice(b.span.end, b.span.end + 40))) continue;
      const direction = FIGURE_DIRECTION.get(m[1].toLowerCase())!;
      if ((a.value! > b.value!) === (direction > 0)) continue;
      // (Both in the evidence's window, one sentence each at most: "… including 17,112 on the first day. The
      // fifth-day crowd of 12,930 was 78 per cent of …".)
      const text = texts.find((t) => statesValue(t, a) && statesValue(t, b)) ?? (texts.some((t) => statesValue(t, b)) ? texts.find((t) => statesValue(t, a)) : undefined);
      if (!text) continue;
      const start = (than ? a.span.end + m.index : Math.max(0, a.span.start - 40) + m.index) + m[0].indexOf(m[1]);
      const source = text.values.find((x) => valueAgrees(a, x))!;
      const against = texts.flatMap((t) => t.values).find((x) => valueAgrees(b, x))!;
      return { text: m[1], span: { start, end: start + m[1].length }, source, against, evidence: text };
    }
  }
  return undefined;
}

/** A claim that puts a row first of its table: "more operations than any other specialty", "the most", "the highest". */
const TOP_OF_TABLE = /\b(?:(more|fewer|less)\s+(?:[\p{L}-]+\s+){0,8}?than\s+(?:(?:for|in|at|by|from|on)\s+)?any\s+other|the\s+(?:(second|third|fourth|fifth)[\s-]+)?(most|highest|largest|biggest|greatest|fewest|lowest|smallest|least|cheapest|dearest|hottest|warmest|coldest|busiest|quietest|longest|shortest|heaviest|lightest|wettest|driest|fastest|slowest|steepest|sharpest))\b/iu;
const TOP_OF_TABLES = new RegExp(TOP_OF_TABLE.source, 'giu');
/** The kind of unit a row's label opens with: "Faculty of Arts and Humanities", "School of Chemistry". */
const UNIT_KIND = /^\s*(Faculty|School|Department|College|Division|Directorate|Institute|Centre|Center)\s+of\b/u;
/** A passage that is a table's row of two cells or more ("Total rejected (recount) | Number: 29"); `TABLE_ROW` asks for three. */
const ROW_OF_CELLS = /\S \| \S/;
/** A word before a number that names a thing by it: "route 41", "Platform 3", "Ward 12", "flight 207", "Phase 2". */
const NUMBERED_THING = /\b(?:route|routes|number|no\.?|platform|gate|bus|line|flight|ward|block|unit|junction|exit|bay|berth|pier|stand|phase|stage|lot|item|span|plot|pitch)\s+$/i;

/** Words after a superlative that make it a record of the thing's own past, not a place in a table. */
const OWN_RECORD = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in\s+(?:its|their|his|her|our|the\s+[\p{L}'’-]+['’]s?)\s+(?:\d+-year\s+)?history|ever\b|on\s+record|since\s+(?:records|\d{4}))/iu;

/** Superlatives of size, and the columns that give a size. */
const SIZE_CUE = /^(?:largest|biggest|smallest)$/;
// (Or a body's current number of people: "Current academic FTE", "Total staff", "Headcount".)
const SIZE_COLUMN = /\b(?:capacity|size|area|headcount|population|membership|enrol+ment|workforce)\b|\b(?:current|total)\b[^|:]*\b(?:FTE|staff|posts|pupils|students|members|employees)\b/i;

/** Whether the phrase around a span (to the commas, semicolons or brackets on either side) holds a figure of the claim's. */
function phraseHasFigure(info: ClaimInfo, start: number, end: number): boolean {
  const from = Math.max(...[',', ';', '(', '—', '–'].map((p) => info.text.lastIndexOf(p, start))) + 1;
  const stops = [',', ';', ')', '—', '–'].map((p) => info.text.indexOf(p, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) : info.text.length;
  return info.values.some((v) => isNumeric(v) && v.span.start >= from && v.span.end <= to && !/\bof\s+(?:the|its|their|our)\s+$/i.test(info.text.slice(from, v.span.start)));
}

/** The place an ordinal before a superlative gives ("the second most valuable"). */
const PLACES: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
const TOP_DOWNWARD = new Set(['fewer', 'less', 'fewest', 'lowest', 'smallest', 'least', 'cheapest', 'coldest', 'quietest', 'shortest', 'lightest', 'driest', 'slowest']);

/** Whether the clause of a claim's ranking cue denies it ("no other specialty cancelled more"); true without a cue. */
function rankingDenied(text: string): boolean {
  const cue = TOP_OF_TABLE.exec(text);
  return !cue || deniedInClause(text, { start: cue.index, end: cue.index + cue[0].length });
}

/** A judgement after "the most" or "the least", which no figure ranks: "serious", "significant", "important". */
const JUDGEMENT_AFTER = /^\s+(?:serious|severe|significant|important|notable|memorable|controversial|ambitious|complex|difficult|urgent|dramatic|striking|unusual|prominent|senior|experienced|influential|vulnerable)\b/i;
/** A noun of change right after a superlative (two words may come between): "largest single rise", "biggest fall". */
const CHANGE_AFTER_CUE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:rise|rises|increase|increases|growth|jump|gain|gains|improvement|improvements|fall|falls|drop|drops|decrease|decreases|reduction|reductions|cut|cuts|saving|savings|overrun|overspend)\b/iu;

/** A noun of falling right after a superlative: "the biggest quarterly fall", "the largest reduction". */
const FALL_AFTER_CUE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:fall|falls|drop|drops|decrease|decreases|reduction|reductions|cut|cuts|saving|savings)\b/iu;

/** A noun of rising right after a superlative: "the biggest percentage rise", "the largest increase". */
const RISE_AFTER_CUE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:rise|rises|increase|increases|growth|jump|jumps|gain|gains|improvement|improvements)\b/iu;

/** A change in proportion right after a superlative: "the sharpest proportional growth", "the biggest percentage rise". */
const PROPORTIONAL_AFTER_CUE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:proportional|proportionate|percentage|relative)\b/iu;

/** A column of changes: "Variance", "Change (%)", "Increase". */
const CHANGE_COLUMN = /\b(?:variance|change|increase|decrease|rise|fall|difference|overrun)\b/i;

/** A column of places or of names by number, not amounts: "Rank: 2", "Position", "No.", "Route: 41". */
const RANK_COLUMN = /^(?:rank(?:ing)?|position|pos\.?|place|no\.?|#|route|ref(?:erence)?|code|id|phase|stage|lot|item)\b/i;

/** A row that ranks among others: not a row of totals, nor of the rest together ("Nine other sites", "Others"). */
function rankedRow(row: TextInfo, table?: readonly TextInfo[]): boolean {
  // (Nor a row of totals by its figures, whatever its label: "Net revenue budget | 18,420 | 19,105 | +685" below the
  // services whose figures it adds up.)
  if (table && totalOfRows(row, table)) return false;
  const label = rowLabel(row)?.text ?? '';
  // (Nor a row of several together: "Three further papers (2014-2020) | various | 52 | 0".)
  const first = row.text.slice(0, rowCells(row.text)[0].end);
  // (Nor a row of the balance of the others: "In-year surplus / (deficit)", "Subtotal".)
  // (A first cell of totals with a year is no label, and no row ranked either: "Total 2024 | … | Total: 187".)
  return !TOTAL_LABEL.test(label) && !TOTAL_LABEL.test(first.replace(/\s+\d{4}(?:[-–/]\d{2,4})?\s*$/u, '')) && !/\bothers?\b|\bthe\s+rest\b|^various$|\bsub-?total\b|\bsurplus\b|\bdeficit\b/i.test(label) && !/^\s*(?:\p{L}+\s+)?(?:further|other|remaining)\s+\p{L}+s\b/iu.test(first);
}

const totalsCache = new WeakMap<TextInfo, boolean>();

/**
 * Whether a table's row gives, in two of its labelled columns or more, the sum of the other rows' figures: the
 * table's total, named or not. Two other rows at least, each with a figure in the column.
 */
function totalOfRows(row: TextInfo, table: readonly TextInfo[]): boolean {
  let total = totalsCache.get(row);
  if (total !== undefined) return total;
  const others = table.filter((r) => r !== row && labelledCellSpans(r.text).length > 0);
  let summed = 0;
  if (others.length >= 2) {
    for (const k of labelledCellSpans(row.text)) {
      const mine = cellFigure(row, k.label)?.x.value;
      if (mine === undefined || mine === 0) continue;
      const figures = others.map((r) => cellFigure(r, k.label)?.x.value);
      if (figures.some((f) => f === undefined)) continue;
      const sum = figures.reduce((a, b) => a! + b!, 0)!;
      if (Math.abs(sum - mine) <= Math.max(1, Math.abs(mine) * 0.001)) summed++;
    }
  }
  total = summed >= 2;
  totalsCache.set(row, total);
  return total;
}

/** A row's cells with their spans, in order (a row's text is its cells joined by " | "). */
function rowCells(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(' | ', start);
    out.push({ start, end: at < 0 ? text.length : at });
    if (at < 0) return out;
    start = at + 3;
  }
}

/**
 * A name of the claim that the claim's row of a table does not give, where another row gives it in a column in which
 * the claim's row gives another name: the claim's name, the row's name in that column, and the other row's label.
 * The claim's row is one whose label (`rowLabel`) the claim names; the other row's label is none of the claim's.
 */
function nameOfAnotherRow(info: ClaimInfo, row: TextInfo, rows: readonly TextInfo[]): { claim: { text: string; span: Span }; source: TypedValue; other: string } | undefined {
  const cells = rowCells(row.text);
  if (cells.length < 3 || !rowLabel(row)?.terms.some((t) => info.terms.has(t))) return undefined;
  // (A name's words: the claim may join two, "Freya Lindqvist of Eastmoor Striders".)
  const words = new Set(info.values.flatMap((v) => (v.kind === 'name' ? v.name! : [])));
  const inRow = new Set(row.values.flatMap((v) => (v.kind === 'name' ? v.name! : [])));
  for (const r of rows) {
    if (r === row) continue;
    const theirs = rowCells(r.text);
    // (Not a row the claim names too, whose name it may be: "Labour's Priya Raman took 14,862 votes, against 11,047
    // for Mr Hargreaves".)
    const label = rowLabel(r);
    if (theirs.length !== cells.length || !label || label.terms.some((t) => info.terms.has(t))) continue;
    for (const x of r.values) {
      if (x.kind !== 'name' || !x.name!.every((w) => words.has(w)) || x.name!.some((w) => inRow.has(w))) continue;
      const k = theirs.findIndex((c) => x.span.start >= c.start && x.span.end <= c.end);
      if (k <= 0 || x.span.start !== theirs[k].start) continue;
      const mine = row.values.find((y) => y.kind === 'name' && y.span.start === cells[k].start && y.span.end <= cells[k].end && !y.name!.some((w) => words.has(w)));
      const at = info.text.toLowerCase().indexOf(x.text.toLowerCase());
      if (mine && at >= 0) return { claim: { text: info.text.slice(at, at + x.text.length), span: { start: at, end: at + x.text.length } }, source: mine, other: label.text };
    }
  }
  return undefined;
}

/**
 * A row the claim puts first of its table by a column that another row leads: "General surgery cancelled more
 * operations than any other specialty, with 58 procedures called off" / "General surgery | Elective procedures
 * cancelled: 58" below "Trauma and orthopaedics | Elective procedures cancelled: 74". The row is one the claim names
 * by its label, the column the one whose cell gives the claim's figure nearest the cue (not a column of ranks); rows
 * of totals or of the others together are no rivals. The claim's words, the row that leads the column and its cell.
 */
function notTopOfTable(info: ClaimInfo, rows: readonly Candidate[]): { text: string; span: Span; row: TextInfo; cell: Span; mine: TextInfo; shown?: string } | undefined {
  // Each ranking of the claim in turn: "Calder Housing Association proposed the fewest homes but would have kept the
  // smallest area of green space, 1.8 hectares" ranks the homes and the green space.
  // (A later one by its own clause's row and figures only: "Northgate has the largest backlog, with 1,104
  // outstanding potholes, while Riverside has the smallest" ranks Riverside by no figure.)
  let first = true;
  for (const cue of info.text.matchAll(TOP_OF_TABLES)) {
    const at = cue.index!;
    const from = first ? 0 : Math.max(0, ...[...info.text.slice(0, at).matchAll(/;|\s(?:and|but|while|whereas)\s/g)].map((m) => m.index! + m[0].length));
    const to = first ? info.text.length : at + (/;|\s(?:and|but|while|whereas)\s/.exec(info.text.slice(at))?.index ?? info.text.length - at);
    const found = notTopOfTableAt(info, rows, cue as RegExpExecArray, first ? undefined : { start: from, end: to });
    if (found) return found;
    first = false;
  }
  return undefined;
}

/** `notTopOfTable` for one ranking cue of the claim's. */
function notTopOfTableAt(info: ClaimInfo, rows: readonly Candidate[], cue: RegExpExecArray, clause?: Span): { text: string; span: Span; row: TextInfo; cell: Span; mine: TextInfo; shown?: string } | undefined {
  const inClause = (v: TypedValue) => !clause || (v.span.start >= clause.start && v.span.end <= clause.end);
  const clauseTerms = clause && analyzeText(info.text.slice(clause.start, clause.end), false).terms;
  // (Not a record of the thing's own past: "the largest single gift in their history", "the busiest year ever".)
  if (OWN_RECORD.test(info.text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 60))) return undefined;
  // (Nor a ranking among some of the rows, which the table does not mark: "the busiest of the sites earmarked for
  // closure", "the lowest rate of any parish where work has begun".)
  if (/^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:the|any|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:where|that|which|who|earmarked|proposed|due|marked|set|facing|selected|chosen|identified|listed|still|now|being|to\s+be|under)\b/iu.test(info.text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 80))) return undefined;
  // (Nor one of the top few: "History recorded one of the biggest gains".)
  if (/\bone\s+of\s+$/i.test(info.text.slice(Math.max(0, cue.index - 8), cue.index))) return undefined;
  // (Nor a place the ranking names, the lie of the land: "Plover Close, at the lowest point of the estate"; not "more
  // red-rated planks than any other part of the school".)
  if (cue[3] !== undefined && /^\s+(?:point|part|end|corner|spot|ground|stretch|section)\b/i.test(info.text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 12))) return undefined;
  // (Nor a judgement that ranks no column: "The most serious incident came on 14 July 2021, when … for around 26
  // hours", not the longest of the "Duration" column.)
  if (/^(?:most|least)$/i.test(cue[3] ?? '') && JUDGEMENT_AFTER.test(info.text.slice(cue.index + cue[0].length))) return undefined;
  const down = TOP_DOWNWARD.has((cue[1] ?? cue[3]).toLowerCase());
  const place = cue[2] ? PLACES[cue[2].toLowerCase()] : 1;
  // The claim's figures nearest the cue first: "the largest of the five reservoirs with a capacity of 18,400
  // megalitres, is at 54 per cent" ranks the capacity.
  const distance = (v: TypedValue) => (v.span.start >= cue.index ? v.span.start - cue.index : cue.index - v.span.end);
  // (The figure "at" or "with" the ranking's phrase gives first: "the most expensive of the council's four sites at
  // £1.67 a visit", not the £39,200 before.)
  const atAfterCue = (v: TypedValue) => v.span.start >= cue.index + cue[0].length && /^\s+(?:[\p{L}'’-]+\s+){0,7}?(?:at|with)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/iu.test(info.text.slice(cue.index + cue[0].length, v.span.start));
  // (A word of price ranks money, one of heat a temperature: "which carries 61 pupils, is now the cheapest of the
  // replacement routes at £890 a day".)
  const cueWord = (cue[1] ?? cue[3]).toLowerCase();
  // (A word of busyness ranks no money: "Millbrook, the busiest of the three, cost £186,000 to run".)
  // (So does "most expensive": "making it the most expensive of the council's four sites at £1.67 a visit", not
  // the "used 23,500 times" before it.)
  const priced = /^(?:cheapest|dearest)$/.test(cueWord) || (/^(?:most|least)$/.test(cueWord) && /^\s+(?:expensive|costly)\b/i.test(info.text.slice(cue.index + cue[0].length)));
  // (Nor a length of time: "Fernleigh Leisure Centre, the busiest site, will lose seven hours a week" ranks its visits,
  // not the hours it loses.)
  const kindOf = (v: TypedValue) => (priced ? v.kind === 'money' : /^(?:hottest|warmest|coldest)$/.test(cueWord) ? /^deg/.test(v.unit ?? '') : /^(?:busiest|quietest)$/.test(cueWord) ? v.kind !== 'money' && !DURATION_UNITS.has(v.unit ?? '') : true);
  // (Not the count of the rows ranked: "the largest of the four reservoirs", "the fewest problem panels of the five".)
  const ofRanked = (v: TypedValue) => v.span.start >= cue.index && /^\s+(?:[\p{L}-]+\s+){0,3}?of\s+(?:the|its|their|our)\s+$/iu.test(info.text.slice(cue.index + cue[0].length, v.span.start));
  // (Nor a number that names a thing: "The busiest of the five, the hourly route 41 …, carries an average of 212
  // passengers" ranks the 212.)
  const named = (v: TypedValue) => v.kind === 'number' && NUMBERED_THING.test(info.text.slice(Math.max(0, v.span.start - 12), v.span.start));
  // (Nor, for a ranking of changes, the levels a change ran between: "The largest single rise is at … Marsh Lane,
  // where the forecast cost … has grown from £6.2 million to £9.8 million" ranks the rise, not the budget.)
  const ofChange = CHANGE_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length));
  const proportionalCue = PROPORTIONAL_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length));
  const endOfChange = (v: TypedValue) => ofChange && /\b(?:from|to)\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 6), v.span.start));
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v) && v.kind !== 'date' && v.kind !== 'year' && kindOf(v) && !ofRanked(v) && !named(v) && !endOfChange(v) && inClause(v)).sort((a, b) => (atAfterCue(b) ? 1 : 0) - (atAfterCue(a) ? 1 : 0) || distance(a) - distance(b));
  // The count the claim ranks among, if it gives one: a table with more rows ranks more than the claim does ("the
  // busiest of the three" libraries to close, in a table of all the borough's).
  const among = info.values.find((v) => ofRanked(v) && v.value !== undefined)?.value;
  const word = new RegExp(String.raw`\b${(cue[1] ?? cue[3]).toLowerCase()}\b`, 'i');
  // A ranking of what is around a place: "the largest neighbouring flock".
  const around = /^\s+(?:neighbouring|neighboring|nearby|surrounding|other|remaining)\b/i.test(info.text.slice(cue.index + cue[0].length));
  // The rows the claim names by their labels; by half a label's words or more when it names none by all ("Science and
  // Engineering will lose the fewest posts" / "Faculty of Science and Engineering | … | Proposed reduction: 35").
  // (Rows of cells, not a table's header, which "of any phase" names by its "Phase".)
  const data = rows.filter((c) => labelledCellSpans(c.sentence.text).length > 0);
  // (The rows the clause names, if it names any: "but would have kept the smallest area of green space" ranks the
  // row the claim names before.)
  const namedInClause = (c: Candidate) => !!clauseTerms && !!rowLabel(c.sentence)?.terms.some((t) => clauseTerms.has(t));
  const clauseNames = rows.some(namedInClause);
  // (A ranking in apposition ranks the row named right before it: "Sallowmere, the largest of the four reservoirs,
  // was 57.4 per cent full, and Cray Hollow … was the lowest" ranks Sallowmere by its size, not Cray Hollow.)
  // (Past an adverb: "the rent at Fenwick Gardens, already the dearest site, rises".)
  const head = /(?:^|[,;:(]\s*|\s(?:and|but|while|whereas)\s)([^,;:()]{1,60}),\s*(?:already\s+|now\s+|still\s+|also\s+|easily\s+|by\s+far\s+)?(?:the\s+|its\s+)?$/iu.exec(info.text.slice(Math.max(0, cue.index - 80), cue.index))?.[1];
  const headTerms = head ? analyzeText(head, false).terms : undefined;
  const namedInHead = (c: Candidate) => !!headTerms && !!rowLabel(c.sentence)?.terms.some((t) => headTerms.has(t));
  const headNames = rows.some(namedInHead);
  const ofClause = (c: Candidate) => (!clauseNames || namedInClause(c)) && (!headNames || namedInHead(c));
  const strict = data.filter((c) => namesLabel(info, rowLabel(c.sentence), false) && ofClause(c));
  // (Of the rows named, those that give all the claim's figures, when some do: "an adult single between Brinscombe and
  // Kettlewick, now £2.00, will cost £3.40" is the row "Adult single, Zones A–C (e.g. Brinscombe–Kettlewick) | £2.00 |
  // £3.40", not "Adult single, Zone A (Brinscombe town) | £2.00 | £2.60".)
  const candidatesNamed = strict.length ? strict : data.filter((c) => namesLabel(info, rowLabel(c.sentence), true) && ofClause(c));
  const levels = info.values.filter((v) => isNumeric(v) && v.kind !== 'date' && v.kind !== 'year');
  const givingAll = levels.length >= 2 ? candidatesNamed.filter((c) => levels.every((v) => statesValue(c.sentence, v))) : [];
  for (const c of givingAll.length ? givingAll : candidatesNamed) {
    const label = rowLabel(c.sentence);
    if (!rankedRow(c.sentence, c.table)) continue;
    if (among !== undefined && c.table.filter((r) => rankedRow(r, c.table) && labelledCellSpans(r.text).length > 0).length !== among) continue;
    // (Not a row whose label says the ranking itself: "The most common side effect was mild nausea, reported by 11%"
    // / "Most common side effect (nausea) | 11% | 4%", below "Patients with at least 50% fewer migraine days | 58%".)
    if (label && word.test(label.text)) continue;
    // (Nor a row that gives none of the claim's figures where another row gives them all: "The biggest quarterly fall
    // came in the summer, when vehicle entries between July and September dropped from 23,800 to 19,100" is about
    // the row "Q2 (July–September) | 23,800 | 19,100", not the year's "Vehicle entries (ANPR)" of another table.)
    const given = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v) && v.kind !== 'date' && v.kind !== 'year');
    if (given.length >= 2 && !given.some((v) => statesValue(c.sentence, v)) && rows.some((r) => r !== c && given.every((v) => statesValue(r.sentence, v)))) continue;
    const cells = labelledCellSpans(c.sentence.text).filter((k) => !RANK_COLUMN.test(k.label));
    const valueIn = (k: LabelledCellSpan, row: TextInfo = c.sentence) => row.values.find((x) => isNumeric(x) && x.value !== undefined && x.span.start >= k.valueStart && x.span.end <= k.end);
    // (A ranking of changes ranks the column of changes where the row has one, not the levels the claim gives: "The
    // biggest rise falls on longer journeys: an adult single …, now £2.00, will cost £3.40" / "Change: +70%".)
    // (Unless the claim's figure is the change: "the steepest percentage increase of any phase, at 46 per cent".)
    // (A proportional ranking ranks a column of changes in per cent only: "The biggest proportional cut falls on the
    // Quarry End, … from 1,200 to 640" is no ranking of "Change: −710".)
    const inProportion = (k: LabelledCellSpan) => !proportionalCue || /%|\bper\s*cent\b|\bpercentage\b/i.test(k.label);
    const changeCells = ofChange ? cells.filter((k) => CHANGE_COLUMN.test(k.label) && valueIn(k) && inProportion(k)) : [];
    const v = changeCells.length && figures[0] && !cells.some((k) => c.sentence.values.some((x) => x.span.start >= k.valueStart && x.span.end <= k.end && valueAgrees(figures[0], x)) && changeCells.includes(k)) ? undefined : figures[0];
    // Without a figure, the one column of figures whose header has a word of the claim's that the row's label lacks:
    // "More claims were made for car hire and mileage than for any other category" / "Number of claims".
    const rowWords = new Set(label?.terms ?? []);
    // (The word right after the cue first, as written: "More claims" is "Number of claims", not "Total claimed".)
    const noun = /^\s+([\p{L}-]+)/u.exec(info.text.slice(cue.index + (cue[1] ?? cue[3]).length + (cue[1] ? 0 : cue[0].length - cue[3].length)))?.[1].toLowerCase();
    // (A ranking of changes ranks a column of changes only: "Variance", not the "Current forecast" the claim names.)
    const shared = v
      ? []
      : ofChange
        ? cells.filter((k) => valueIn(k) && CHANGE_COLUMN.test(k.label) && inProportion(k))
        : cells.filter((k) => valueIn(k) && [...analyzeText(k.label, false).terms].some((t) => info.terms.has(t) && !rowWords.has(t) && !info.valueTerms.has(t)));
    const exact = noun ? shared.filter((k) => k.label.toLowerCase().split(/[^\p{L}-]+/u).includes(noun)) : [];
    // A word of size in an apposition with no figure ranks the one column of size: "Ashby Vale, the largest of the
    // four reservoirs, was … at 66%" ranks "Capacity (million litres)", not the level.
    const sized = v && SIZE_CUE.test(cueWord) && /,\s*$/.test(info.text.slice(0, cue.index)) && !phraseHasFigure(info, cue.index, cue.index + cue[0].length) ? cells.filter((k) => SIZE_COLUMN.test(k.label) && valueIn(k)) : [];
    // So does the noun right after "the most" that is the one column's word, in a phrase with no figure: "Millbrook,
    // which has the most lights in the scheme, saw the biggest percentage rise of any ward, 8 per cent" ranks
    // "Lights affected", not the change.
    // (Only where the row gives the figure in another column: "Brackenford has recorded the most cases, nine" ranks
    // the cases by the nine, and "followed by Elmsworth with six" ranks no row that does not give it.)
    // (The noun as written: "the most cancellations" is no "Cancellation rate".)
    const nounCells = v && !sized.length && noun && !phraseHasFigure(info, cue.index, cue.index + cue[0].length) ? cells.filter((k) => valueIn(k) && k.label.toLowerCase().split(/[^\p{L}-]+/u).includes(noun)) : [];
    const nounNamed = nounCells.length === 1 && cells.some((k) => k !== nounCells[0] && c.sentence.values.some((x) => x.span.start >= k.valueStart && x.span.end <= k.end && valueAgrees(v!, x))) ? nounCells : [];
    const byWord = sized.length === 1 ? sized : nounNamed.length === 1 ? nounNamed : exact.length === 1 ? exact : shared;
    const figure = sized.length === 1 || nounNamed.length === 1 ? undefined : v;
    // A ranking of changes with no column of changes, where the claim gives the row's move between two of its
    // columns: the rows ranked by their own move between those columns ("Maths showed the biggest gain, rising from
    // 46 per cent to 58 per cent" / "Mathematics (%) | … | 2023: 46 | 2024: 58", against Reading's 59 to 66).
    if (!figure && !byWord.length && ofChange && !changeCells.length) {
      const moved = movedBetweenColumns(info, c, cells, endOfChange, inClause, down, cue, place);
      if (moved) return moved;
      continue;
    }
    if (figure || byWord.length === 1) {
      const cell = figure ? cells.find((k) => c.sentence.values.some((x) => x.span.start >= k.valueStart && x.span.end <= k.end && valueAgrees(figure, x))) : byWord[0];
      if (!cell) continue;
      // (A ranking of changes ranks no column of a year's or a state's levels: "The biggest single saving comes from
      // cancelling the fireworks display, which cost £8,500 last year" / "Fireworks display | 2024 actual (£): 8,500 |
      // 2025 budget (£): 0"; a column of savings or cuts is one of changes, "the largest single saving, of £1.8
      // million", and so is one of what a cut takes, "the largest academic cut, with 42 posts at risk".)
      if (ofChange && !changeCells.length && !CHANGE_COLUMN.test(cell.label) && !/\b(?:saving|savings|reduction|reductions|cut|cuts|loss|losses|growth|drop)\b/i.test(cell.label) && /\b(?:19|20)\d\d\b|\b(?:actual|budget|current|proposed|previous|old|new|before|after)\b/i.test(cell.label)) continue;
      const mine = figure ? c.sentence.values.find((x) => x.span.start >= cell.valueStart && x.span.end <= cell.end && valueAgrees(figure, x))! : valueIn(cell)!;
      // The rows that come before it in the column, best first.
      // (In one unit: "41 hours" is longer than "18 hours 30 minutes", which is 1,110 minutes.)
      // (A column of changes with signs, for a ranking of changes, by the signed change: "−16%" is no rise, and the
      // biggest fall is the most negative.)
      const signOf = (row: TextInfo, x: TypedValue) => (/(?:^|[\s:(])[-−]$/.test(row.text.slice(Math.max(0, x.span.start - 2), x.span.start)) ? -1 : 1);
      const signedIn = (row: TextInfo, k: Span) => row.values.some((x) => x.span.start >= k.start && x.span.end <= k.end && /(?:^|[\s:(])[-−+]$/.test(row.text.slice(Math.max(0, x.span.start - 2), x.span.start)));
      const signedColumn = ofChange && CHANGE_COLUMN.test(cell.label) && c.table.some((r) => {
        const k = labelledCellSpans(r.text).find((y) => y.label === cell.label);
        return !!k && signedIn(r, k);
      });
      // (The change the cue names first: "The biggest rise falls on longer journeys" ranks rises.)
      const afterCue = info.text.slice(cue.index + cue[0].length);
      const fallAt = FALL_AFTER_CUE.exec(afterCue)?.index;
      const riseAt = RISE_AFTER_CUE.exec(afterCue)?.index;
      const fall = signedColumn && fallAt !== undefined && (riseAt === undefined || fallAt < riseAt);
      // (Only for a rise or a fall: a column's sign for an overspend may be either way.)
      const signed = signedColumn && (fall || RISE_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length)));
      const rowOf = new Map<TypedValue, TextInfo>([[mine, c.sentence]]);
      const beats = (a: TypedValue, b: TypedValue) => {
        let [x, y] = inOneUnit(a, b);
        if (signed) {
          const flip = fall ? -1 : 1;
          x = { ...x, value: x.value! * signOf(rowOf.get(a)!, a) * flip };
          y = { ...y, value: y.value! * signOf(rowOf.get(b)!, b) * flip };
        }
        return down ? x.value! < y.value! : x.value! > y.value!;
      };
      const others: { row: TextInfo; x: TypedValue; cell: Span }[] = [];
      // (Only rows of the claim's row's kind, where its label names one that others share: "The Faculty of Arts and
      // Humanities faces the largest reduction" ranks the faculties, not "Professional services".)
      const kind = (t: TextInfo) => UNIT_KIND.exec(rowLabel(t)?.text ?? '')?.[1].toLowerCase();
      const mineKind = kind(c.sentence);
      const ofKind = mineKind !== undefined && c.table.filter((r) => kind(r) === mineKind).length >= 3 ? mineKind : undefined;
      // (Nor a row of another kind the claim's qualifier leaves out: "the steepest fall of any static library" ranks
      // no "Mobile library".)
      const qualified = /^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:any|all(?:\s+the)?|the)\s+(\p{Ll}{3,})\s+(\p{Ll}{3,}?)s?\b/u.exec(info.text.slice(cue.index + cue[0].length));
      const leftOut = (t: TextInfo) => {
        const m = qualified && new RegExp(String.raw`^(\p{L}+)\s+${escapeRegExp(qualified[2])}s?$`, 'iu').exec(rowLabel(t)?.text ?? '');
        return !!m && m[1].toLowerCase() !== qualified![1];
      };
      for (const r of c.table) {
        if (r === c.sentence || !rankedRow(r, c.table)) continue;
        if (ofKind && kind(r) !== ofKind) continue;
        if (leftOut(r)) continue;
        // (Not the place the others are around, for "the largest neighbouring flock": "Marsh End Farm (infected
        // premises) | … | Distance from infected premises: 0 km".)
        if (around && (/\b(?:infected|index|origin|original)\b/i.test(rowLabel(r)?.text ?? '') || labelledCellSpans(r.text).some((k) => /\bdistance\b/i.test(k.label) && /^\s*0(?:\.0+)?\s*(?:km|m|miles?)?\s*$/i.test(r.text.slice(k.valueStart, k.end))))) continue;
        const theirs = labelledCellSpans(r.text).find((k) => k.label === cell.label);
        const x = theirs && valueIn(theirs, r);
        if (!x || group(x) !== group(mine) || valueAgrees(mine, x)) continue;
        others.push({ row: r, x, cell: { start: theirs.start, end: theirs.end } });
        rowOf.set(x, r);
      }
      const ahead = others.filter((o) => beats(o.x, mine)).sort((a, b) => (beats(a.x, b.x) ? -1 : beats(b.x, a.x) ? 1 : 0));
      // The row in the claim's place: the leader for a first; for a second or third ("the second most valuable
      // object … the reliquary casket, insured for £71,500" / the coins' £96,000 and the torc's £185,000 above it),
      // the row at that place when the claim's row is at another.
      if (ahead.length === place - 1) continue;
      const ranked = [...others.filter((o) => !beats(o.x, mine))].sort((a, b) => (beats(a.x, b.x) ? -1 : beats(b.x, a.x) ? 1 : 0));
      const there = place === 1 ? ahead[0] : ahead.length > place - 1 ? ahead[place - 1] : ranked[place - 2 - ahead.length];
      if (there) return { text: cue[1] && cue[0].length > 40 ? `${cue[1]} … than any other` : cue[0], span: { start: cue.index, end: cue.index + cue[0].length }, row: there.row, cell: there.cell, mine: c.sentence };
    }
  }
  return undefined;
}

/** A table row's cell under a label and the figure in it. */
function cellFigure(row: TextInfo, label: string): { k: LabelledCellSpan; x: TypedValue } | undefined {
  const k = labelledCellSpans(row.text).find((y) => y.label === label);
  const x = k && row.values.find((y) => isNumeric(y) && y.value !== undefined && y.span.start >= k.valueStart && y.span.end <= k.end);
  return k && x ? { k, x } : undefined;
}

/**
 * `notTopOfTableAt` for a ranking of changes the table gives as two columns of levels: the claim's "from" and "to"
 * figures pick the row's two cells, and every ranked row of the table is put by its own move between the same two
 * columns. The row in the claim's place where it is not the claim's, with the move as the cell's text.
 */
function movedBetweenColumns(info: ClaimInfo, c: Candidate, cells: readonly LabelledCellSpan[], endOfChange: (v: TypedValue) => boolean, inClause: (v: TypedValue) => boolean, down: boolean, cue: RegExpExecArray, place: number): { text: string; span: Span; row: TextInfo; cell: Span; mine: TextInfo; shown?: string } | undefined {
  const ends = info.values.filter((v) => isNumeric(v) && v.value !== undefined && endOfChange(v) && inClause(v));
  const from = ends.find((v) => /\bfrom\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 6), v.span.start)));
  const to = ends.find((v) => v !== from && /\bto\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 4), v.span.start)) && v.span.start > (from?.span.start ?? Infinity));
  if (!from || !to) return undefined;
  const cellOf = (v: TypedValue) => cells.filter((k) => c.sentence.values.some((x) => x.span.start >= k.valueStart && x.span.end <= k.end && valueAgrees(v, x)));
  const [a, b] = [cellOf(from), cellOf(to)];
  // (One cell each, two columns of one kind: the years' levels, not a level and its national figure.)
  if (a.length !== 1 || b.length !== 1 || a[0].label === b[0].label) return undefined;
  const fall = FALL_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length)) && !RISE_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length));
  // (In proportion for a proportional or percentage change: "the sharpest proportional growth, from 28 pups to 45" is
  // 61%, above 196 to 238.)
  const proportional = PROPORTIONAL_AFTER_CUE.test(info.text.slice(cue.index + cue[0].length));
  // (Rows of shares only, where the claim's is one: not "Pupils in the cohort" among "Reading (%)" and "Writing (%)".)
  const share = (r: TextInfo) => /%|\bper\s*cent\b/i.test(rowLabel(r)?.text ?? '');
  const rows = c.table.filter((r) => rankedRow(r, c.table) && cellFigure(r, a[0].label) && cellFigure(r, b[0].label) && (!proportional || cellFigure(r, a[0].label)!.x.value! > 0) && (!share(c.sentence) || share(r)));
  if (rows.length < 3 || !rows.includes(c.sentence)) return undefined;
  const moveOf = (r: TextInfo) => {
    const [x, y] = [cellFigure(r, a[0].label)!.x.value!, cellFigure(r, b[0].label)!.x.value!];
    return proportional ? (y - x) / x : y - x;
  };
  // (The claim's own move must go its way: a rise ranked among rises.)
  const mine = moveOf(c.sentence);
  if (fall ? mine >= 0 : mine <= 0) return undefined;
  const key = (r: TextInfo) => (fall ? -moveOf(r) : moveOf(r)) * (down ? -1 : 1);
  const ranked = [...rows].sort((x, y) => key(y) - key(x));
  const there = ranked[place - 1];
  if (!there || there === c.sentence || key(there) === key(c.sentence)) return undefined;
  const [p, q] = [cellFigure(there, a[0].label)!, cellFigure(there, b[0].label)!];
  const shown = `${there.text.slice(p.k.start, p.k.end).trim()} to ${there.text.slice(q.k.start, q.k.end).trim()}`;
  // (The ranking with its noun of change: "the biggest gain".)
  const noun = CHANGE_AFTER_CUE.exec(info.text.slice(cue.index + cue[0].length))![0];
  return { text: cue[0] + noun, span: { start: cue.index, end: cue.index + cue[0].length + noun.length }, row: there, cell: { start: p.k.start, end: q.k.end }, mine: c.sentence, shown };
}

/**
 * Whether a sentence is about the rest of a whole, by a count the claim does not give ("The remaining 14 involved no
 * recorded injury", "The other 210 were not affected"), while the claim gives figures of its own.
 */
function remainderDenied(info: ClaimInfo, t: TextInfo): boolean {
  const m = /^\s*(?:[\d.]+\s+)?(?:The|the)\s+(?:remaining|other)\s+(?=\S)/u.exec(t.text);
  if (!m) return false;
  const count = t.values.find((x) => x.span.start === m[0].length && isNumeric(x) && x.value !== undefined);
  return !!count && info.values.some(isNumeric) && !info.values.some((v) => isNumeric(v) && v.value === count.value);
}

/**
 * Whether the claim names a transcript turn's speaker other than as the one who says it: "will report directly to
 * Ms Ormsby-Kean", against her "not to me" (not "Dr Pettigrew said dividends were a matter for the board").
 */
function speakerAsObject(info: ClaimInfo, speaker: TextInfo | undefined): boolean {
  const surnames = new Set((speaker?.values ?? []).filter((x) => x.kind === 'name' && x.name?.length).map((x) => x.name![x.name!.length - 1]));
  return info.values.some((v) => v.kind === 'name' && !!v.name?.length && surnames.has(v.name[v.name.length - 1]) && !/^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|explained|insisted|argued|stressed|admitted)\b/u.test(info.text.slice(v.span.end, v.span.end + 30)));
}

/** A speaker's contrast of another with themself: "a decision for the board, not for me". */
const NOT_FOR_ME = /,\s*not\s+(?:for\s+|to\s+|by\s+|up\s+to\s+)?(?:me|us|mine|ours|myself|ourselves)\b/i;
/** A denial of the manner of a thing done, which says it was done: "We didn't leave Calloway Meadow lightly". */
const NOT_LIGHTLY = /(?:\bnot|n['’]t|\bnever)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:lightly|easily|casually|on\s+a\s+whim)(?=\s*[,.;:!?]|\s*$)/iu;

/** A denial of what ought to be, which says nothing of what was: "Nobody should wait 19 weeks". */
const NOBODY_SHOULD = /\b(?:nobody|no[\s-]one|no\s+(?:\p{L}+\s+)?(?:family|person|tenant|resident|patient|child|one))\s+(?:should|ought\s+to|deserves\s+to|has\s+to)\b/iu;

/** Whether a sentence's denials are all of one kind (`WITHOUT_WHOM`, `NOT_LIGHTLY`), one at least. */
function onlyDenialIs(text: string, kind: RegExp): boolean {
  return kind.test(text) && negationCount(text.replace(new RegExp(kind.source, `${kind.flags}g`), ' ')) === 0;
}

/** Words that leave a thing out of a sum, as "without" does: "Excluding that payment", "apart from the grant". */
const EXCLUDING = /\b(?:excluding|exclusive\s+of|except(?:\s+for)?|apart\s+from|other\s+than|leaving\s+(?:aside|out)|setting\s+aside|discounting|net\s+of|minus)\b/i;

/** Words of a thing's absence, which "without" says too: "has been off", "cut off", "lost", "interrupted". */
const ABSENT_WORDS = /\b(?:off|lost|lacking|interrupted|missing|absent|cut\s+off|gone|disconnected)\b/i;

/** Whether one of the two words before `at` in a text shares its first five letters with `word`, not being it ("vacant" / "vacancies"). */
export function adjectiveBefore(word: string, text: string, at: number): boolean {
  const stemOf = word.toLowerCase().slice(0, 5);
  if (stemOf.length < 5) return false;
  return text
    .slice(Math.max(0, at - 40), at)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-2)
    .some((w) => w.toLowerCase() !== word.toLowerCase() && w.toLowerCase().startsWith(stemOf));
}

/** Words of a sum of several's figures right before it: "a combined total of more than", "between them". */
const COMBINED_BEFORE = /\b(?:combined|between\s+them|together)\s+(?:(?:total|sum)\s+of\s+)?(?:(?:more|less|fewer)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i;

/** An option named by a denial, its label before a colon: "Option 1, no change:", "Option A – do nothing:". */
const OPTION_LABEL = /\b[Oo]ption\s+(?:\d+|[A-Z])\b[,:–—-]?\s+(?:no|do\s+nothing|not\s+to)\b[^.;:]{0,40}:/;

/** A denial of what would be without someone or something: "without whom the shop simply could not open". */
const WITHOUT_WHOM = /\bwithout\s+(?:whom|which|them|it|him|her|us|you|this|that|these|those)\b[^.;:]{0,40}?(?:\b(?:could|would|can|will)(?:\s+not\b|n['’]t\b)|\bcannot\b|\bcan['’]t\b|\bwon['’]t\b)/i;

/** Words of a part of a whole's causes or means ("partly by"), and of some items of a list ("including"). */
const PART_WORDS = /^(?:partly|partially|part)$/i;
const SOME_OF_WORDS = /^(?:including|includes|included|include|among|amongst)$/i;

/** A comparison with no figure after "than": "at 24 per cent, was lower than the average for comparable prisons". */
const THAN_WORDS = new RegExp(String.raw`\b${FIGURE_DIRECTION_WORD}\s+than\s+((?:the|a|an|its|their|his|her|that|at|in|on|for)\s+[^,.;:()]{3,60})`, 'giu');

/**
 * A claim's figure compared with what a table's other column gives, the wrong way round: "The share … victimised by
 * staff, at 24 per cent, was lower than the average for comparable prisons" / "Have been victimised by staff |
 * Ashcombe Moor 2025: 24% | Comparator: 21%". The figure is the claim's last before the comparative (within 80
 * characters), the other column the one whose label shares a word with the words after "than" (and the figure's own
 * column's label shares none). The claim's comparative, the row and the two cells.
 */
/**
 * The claim's comparisons with no figure after "than" (`figuresTheWrongWay` compares two of the claim's), each with
 * the claim's last figure before it (within 80 characters): the comparative, where it stands, the words after "than"
 * and which way it goes. (`namesAfter`: names may stand after "than", "that of Wenmouth".)
 */
function* thanComparisons(info: ClaimInfo, namesAfter: boolean): Generator<{ m: RegExpMatchArray; at: number; phrase: TextInfo; a: TypedValue; direction: 1 | -1 }> {
  for (const m of info.text.matchAll(THAN_WORDS)) {
    const at = m.index!;
    if (info.values.some((v) => (!namesAfter || isNumeric(v)) && v.span.start >= at && v.span.start < at + m[0].length)) continue;
    const a = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v) && v.span.end <= at && at - v.span.end <= 80).pop();
    if (!a) continue;
    yield { m, at, phrase: analyzeText(m[2], false), a, direction: FIGURE_DIRECTION.get(m[1].toLowerCase())! };
  }
}

function comparedWithColumn(info: ClaimInfo, texts: readonly TextInfo[]): { text: string; span: Span; evidence: TextInfo; source: Span } | undefined {
  for (const { m, at, phrase, a, direction } of thanComparisons(info, false)) {
    for (const t of texts) {
      if (!TABLE_ROW.test(t.text)) continue;
      const cells = labelledCellSpans(t.text);
      const valueIn = (c: LabelledCellSpan) => t.values.find((v) => isNumeric(v) && v.value !== undefined && v.span.start >= c.valueStart && v.span.end <= c.end);
      const shares = (c: LabelledCellSpan) => [...analyzeText(c.label, false).terms].some((x) => phrase.terms.has(x));
      const own = cells.find((c) => {
        const v = valueIn(c);
        return !!v && valueAgrees(a, v);
      });
      if (!own || shares(own)) continue;
      const others = cells.filter((c) => c !== own && shares(c));
      const b = others.length === 1 ? valueIn(others[0]) : undefined;
      if (!b || group(a) !== group(b) || b.value === a.value || valueAgrees(a, b)) continue;
      if ((a.value! > b.value!) === direction > 0) continue;
      const first = Math.min(own.start, others[0].start);
      const last = Math.max(own.end, others[0].end);
      return { text: m[1], span: { start: at, end: at + m[1].length }, evidence: t, source: { start: first, end: last } };
    }
  }
  return undefined;
}

/**
 * A claim's figure compared with another row of its table the wrong way round ("Brackenford's residual waste per
 * household, at 487kg, is already lower than that of Wenmouth" / "Brackenford DC | … | (latest): 487 kg" and
 * "Wenmouth DC | … | (latest): 462 kg"): the row that gives the claim's figure, the row the words after "than" name
 * (and the first row's label does not), and the cell of the same column there. The comparative, the other row and its
 * cell.
 */
function comparedWithRow(info: ClaimInfo, rows: readonly Candidate[]): { text: string; span: Span; evidence: TextInfo; source: Span; sourceText?: string } | undefined {
  for (const { m, at, phrase, a, direction } of thanComparisons(info, true)) {
    for (const c of rows) {
      const cells = labelledCellSpans(c.sentence.text);
      const valueIn = (k: LabelledCellSpan, row: TextInfo) => row.values.find((v) => isNumeric(v) && v.value !== undefined && v.span.start >= k.valueStart && v.span.end <= k.end);
      const own = cells.find((k) => {
        const v = valueIn(k, c.sentence);
        return !!v && valueAgrees(a, v);
      });
      const mine = rowLabel(c.sentence);
      if (!own || !mine || mine.terms.some((t) => phrase.terms.has(t))) continue;
      const other = c.table.find((r) => r !== c.sentence && !!rowLabel(r)?.terms.some((t) => phrase.terms.has(t)));
      if (!other) continue;
      const theirs = labelledCellSpans(other.text).find((k) => k.label === own.label);
      const b = theirs && valueIn(theirs, other);
      if (!theirs || !b || group(a) !== group(b) || b.value === a.value || valueAgrees(a, b)) continue;
      if ((a.value! > b.value!) === direction > 0) continue;
      return { text: m[1], span: { start: at, end: at + m[1].length }, evidence: other, source: { start: theirs.start, end: theirs.end }, sourceText: `${rowLabel(other)!.text} | ${other.text.slice(theirs.start, theirs.end).trim()}` };
    }
  }
  return undefined;
}

/**
 * A claim's new and old levels ("fell to 15.1 per cent from 17.6 per cent in 2023", "from 17.6 to 15.1") that a text
 * gives the other way round ("Labour's candidate polled 17.6 per cent, compared with 15.1 per cent in 2023"): the
 * claim's two figures and the text's, with their spans, and the text.
 */
function levelsSwapped(info: ClaimInfo, texts: readonly TextInfo[]): { claim: { text: string; span: Span }; source: { text: string; span: Span }; text: TextInfo } | undefined {
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v) && !v.bound);
  for (const [i, a] of figures.entries()) {
    const b = figures[i + 1];
    if (!b || group(a) !== group(b) || a.value === b.value) continue;
    const between = info.text.slice(a.span.end, b.span.start);
    const before = info.text.slice(Math.max(0, a.span.start - 16), a.span.start);
    const level = /^\s+from\s+(?:about\s+|around\s+)?$/i.test(between) && /\bto\s+(?:about\s+|around\s+)?$/i.test(before) ? { now: a, old: b } : /^\s+to\s+(?:about\s+|around\s+)?$/i.test(between) && /\bfrom\s+(?:about\s+|around\s+)?$/i.test(before) ? { now: b, old: a } : undefined;
    if (!level) continue;
    for (const t of texts) {
      // (Or a change the other way between the same two: "extended from twenty minutes to thirty" / "cut from thirty
      // minutes to twenty".)
      const numeric = t.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v));
      for (const [k, p] of numeric.entries()) {
        const q = numeric[k + 1];
        if (!q || !/^\s+to\s+(?:about\s+|around\s+)?$/i.test(t.text.slice(p.span.end, q.span.start)) || !/\bfrom\s+(?:about\s+|around\s+)?$/i.test(t.text.slice(Math.max(0, p.span.start - 16), p.span.start))) continue;
        if (!valueAgrees(level.now, p) || !valueAgrees(level.old, q) || valueAgrees(level.now, q)) continue;
        const span = { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) };
        return { claim: { text: info.text.slice(span.start, span.end), span }, source: { text: t.text.slice(p.span.start, q.span.end), span: { start: p.span.start, end: q.span.end } }, text: t };
      }
      for (const c of t.text.matchAll(COMPARED_SOURCE)) {
        const other = t.values.find((v) => isNumeric(v) && v.span.start === c.index! + c[0].length);
        if (!other || !valueAgrees(level.now, other)) continue;
        const mine = t.values.filter((v) => isNumeric(v) && v.span.end <= c.index! && group(v) === group(other)).pop();
        if (!mine || !valueAgrees(level.old, mine) || valueAgrees(level.now, mine)) continue;
        const span = { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) };
        const source = { start: mine.span.start, end: other.span.end };
        return { claim: { text: info.text.slice(span.start, span.end), span }, source: { text: t.text.slice(source.start, source.end), span: source }, text: t };
      }
    }
  }
  return undefined;
}

/**
 * A claim's old level given the new one's time: "his patch had shrunk from about 640 homes when he started in 2019 to
 * around 400 today" against "About 640 across the Kestrel and Heron estates. When I started in 2019 it was closer to
 * 400." The claim goes "from" one figure, a year between, "to" another of its kind; a text of the evidence gives
 * the year with the claim's second figure and without its first, and another text the first. Returns the claim's
 * first figure and the text's year and figure.
 */
function datedLevelSwapped(info: ClaimInfo, texts: readonly TextInfo[]): { claim: { text: string; span: Span }; source: { text: string; span: Span }; text: TextInfo } | undefined {
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && !clockTime(v) && v.kind !== 'year');
  for (const [i, a] of figures.entries()) {
    const b = figures[i + 1];
    if (!b || group(a) !== group(b) || a.value === b.value) continue;
    if (!/\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i.test(info.text.slice(Math.max(0, a.span.start - 16), a.span.start))) continue;
    const between = info.text.slice(a.span.end, b.span.start);
    if (!/\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i.test(between) || /[;:]/.test(between)) continue;
    const year = info.values.find((v) => v.kind === 'year' && v.span.start > a.span.end && v.span.end < b.span.start);
    if (!year) continue;
    if (!texts.some((t) => t.values.some((x) => valueAgrees(a, x)))) continue;
    for (const t of texts) {
      const then = t.values.find((x) => x.kind === 'year' && valueAgrees(year, x));
      const other = then && t.values.find((x) => isNumeric(x) && x.kind !== 'year' && group(x) === group(b) && valueAgrees(b, x));
      if (!then || !other || t.values.some((x) => valueAgrees(a, x))) continue;
      const source = { start: Math.min(then.span.start, other.span.start), end: Math.max(then.span.end, other.span.end) };
      return { claim: { text: a.text, span: a.span }, source: { text: t.text.slice(source.start, source.end), span: source }, text: t };
    }
  }
  return undefined;
}

/**
 * Whether a claim's office is the short name of the sentence's "Secretary of State for …" or "Minister for …": "the
 * Health Secretary" / "the Secretary of State for Health and Social Care".
 */
function shortOfficeName(claim: string, sentence: string, span: Span): boolean {
  const short = /^(\p{Lu}[\p{L}-]+)\s+(Secretary|Minister)$/u.exec(claim.trim());
  if (!short) return false;
  const full = /^\s*(?:of\s+State\s+)?for\s+((?:\p{Lu}[\p{L}-]*|and|the)(?:\s+(?:\p{Lu}[\p{L}-]*|and|the)){0,6})/u.exec(sentence.slice(span.end, span.end + 80));
  const office = sentence.slice(span.start, span.end);
  return !!full && new RegExp(`^(?:the\\s+)?${short[2]}`, 'i').test(office) && full[1].split(/\s+/).some((w) => w.toLowerCase() === short[1].toLowerCase());
}

/**
 * Whether a text's only denials are of a reason or a degree ("not because", "not only", "not just", "not least") and
 * a word's lemma stands only before them: the denial bears on what follows it.
 */
function deniesReasonOnly(text: string, word: string): boolean {
  const cues = [...text.matchAll(/\b(?:not|n['’]t|never|no|nobody|nothing|none|neither|nor|without)\b/giu)];
  const reasons = cues.filter((m) => /^not\s+(?:because|only|just|least|that)\b/i.test(text.slice(m.index!, m.index! + 16)));
  if (!reasons.length || reasons.length !== cues.length) return false;
  const first = reasons[0].index!;
  return !analyzeText(text.slice(first), false).tokens.some((k) => !!k.term && lemma(k.term) === word);
}

/**
 * Whether a word of one text, with the two words before it and the two after (figures too), is in another as it is:
 * "asked to pay more for less" in "… asked to pay more for less three times".
 */
function inSharedPhrase(text: string, span: Span, other: string): boolean {
  const word = text.slice(span.start, span.end);
  if (!/^\p{L}+$/u.test(word)) return false;
  const before = (text.slice(Math.max(0, span.start - 40), span.start).match(/[\p{L}\d'’.-]+/gu) ?? []).slice(-2);
  const after = (text.slice(span.end, span.end + 40).match(/[\p{L}\d'’-]+/gu) ?? []).slice(0, 2);
  if (before.length < 2 || after.length < 2) return false;
  const flat = ` ${other.toLowerCase().replace(/[^\p{L}\d'’-]+/gu, ' ')} `;
  return flat.includes(` ${[...before, word, ...after].join(' ').toLowerCase().replace(/[^\p{L}\d'’ -]+/gu, ' ')} `);
}

/**
 * Whether a claim's bare count names what it counts after it ("seven council-supported routes") and a rival cell's
 * label ("Weekday journeys: 1,840") has not that noun.
 */
function cellOfOtherNoun(info: ClaimInfo, v: TypedValue, source: string): boolean {
  const cell = /^([^:|]{2,40}):\s*\S/.exec(source);
  if (!cell) return false;
  const words = (info.text.slice(v.span.end, v.span.end + 40).match(/[\p{L}-]+/gu) ?? []).slice(0, 3);
  const plural = words.find((w) => /\p{L}{3,}s$/u.test(w));
  if (!plural) return false;
  const label = new Set([...analyzeText(cell[1], false).terms].map(lemma));
  const term = processTerm(plural.toLowerCase());
  return !!term && !label.has(lemma(term));
}

/** Words of what is asked for, and of what is granted, in a claim or a column's label. */
const ASKED_WORDS = /\b(?:propos(?:al|als|ed|es|ing)|request(?:s|ed)?|sought|seeking|asked|asking|applied|applying|application|bid|wanted|claimed)\b/i;
const GRANTED_WORDS = /\b(?:permitted|approved|granted|allowed|agreed|decision|final|awarded|consented)\b/i;

/**
 * The cell of a row that gives what was granted, where the row gives a claim's figure only in a column of what was
 * asked for (`ASKED_WORDS`), and the granted column (`GRANTED_WORDS`) another figure of its kind.
 */
function grantedInstead(row: TextInfo, v: TypedValue): LabelledCellSpan | undefined {
  const cells = labelledCellSpans(row.text);
  if (cells.length < 2) return undefined;
  const valueIn = (k: LabelledCellSpan) => row.values.find((x) => isNumeric(x) && x.span.start >= k.valueStart && x.span.end <= k.end);
  const holders = cells.filter((k) => {
    const x = valueIn(k);
    return !!x && valueAgrees(v, x);
  });
  if (!holders.length || !holders.every((k) => ASKED_WORDS.test(k.label) && !GRANTED_WORDS.test(k.label))) return undefined;
  const granted = cells.filter((k) => GRANTED_WORDS.test(k.label) && !ASKED_WORDS.test(k.label));
  if (granted.length !== 1) return undefined;
  const x = valueIn(granted[0]);
  const mine = valueIn(holders[0])!;
  return x && group(x) === group(mine) && !valueAgrees(v, x) ? granted[0] : undefined;
}

/** A question that asks yes or no: "Were you aware of …?", "Did the council …?" (after a speaker's label). */
const YES_NO_QUESTION = /^(?:[^:\n]{0,40}:\s*)?(?:were|was|did|do|does|had|have|has|is|are|could|would|will|can)\s+(?:you|he|she|they|we|it|the|your)\b[^?]*\?\s*$/i;
/** An answer that opens by saying no: "I was not", "No.", "We didn't", "Not that I know of", "Never". */
const DENYING_ANSWER = /^\s*(?:no\b|never\b|not\s+that\s+I\b|(?:I|we|they|he|she)\s+(?:was|were|am|are|did|do|had|have)(?:\s+not\b|n['’]t\b))/i;

/** A denial of now ("is not switched on yet", "has not yet been named"). */
const NOT_YET = /\b(?:not|n['’]t|no)\b[^.;]{0,40}\byet\b|\bnot\s+yet\b/i;
/** A claim of what will be ("will be switched on", "is due to open", "expects to"). */
const FUTURE = /\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|expects?\s+to|plans?\s+to|is\s+expected\s+to)\b/i;

/**
 * Whether the sentence's word is joined by "and" or "or" to the word that follows the claim's right after it: "It
 * also weighed cancelling" / "… salaried posts and cancelling the autumn tour", where the claim's word governs it.
 */
function joinedToNext(claim: string, claimSpan: Span, sentence: string, sourceSpan: Span): boolean {
  const mine = /^\s+([\p{L}'’-]+)/u.exec(claim.slice(claimSpan.end, claimSpan.end + 40))?.[1].toLowerCase();
  const theirs = /^\s+(?:and|or)\s+([\p{L}'’-]+)/iu.exec(sentence.slice(sourceSpan.end, sourceSpan.end + 40))?.[1].toLowerCase();
  return mine !== undefined && mine === theirs && !/^\s+(?:and|or)\s/i.test(claim.slice(claimSpan.end, claimSpan.end + 6));
}

/**
 * Whether "not … since" on one side says what "last … in" says on the other, of the same verb: "has not been fully
 * resurfaced since 1998" / "was last fully resurfaced in 1998"; "has not met since March" / "last met in March".
 */
function notSinceLast(a: string, b: string): boolean {
  const one = (denied: string, other: string) => {
    const m = /\b(?:not|n['’]t|never)\s+(?:(?:been|had|yet)\s+)?(?:[\p{L}-]+ly\s+)?([\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}?since\b/iu.exec(denied);
    if (!m) return false;
    const verb = processTerm(m[1].toLowerCase());
    // ("The first change … since April 2019" / "have not been changed since April 2019", the verb's noun too.)
    const first = /\bfirst\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:[^.;:]{0,60}?\s)?since\b/iu.exec(other);
    if (first && verb && (processTerm(first[1].toLowerCase()) === verb || lemma(processTerm(first[1].toLowerCase()) ?? '') === lemma(verb))) return true;
    return [...other.matchAll(/\blast\s+(?:[\p{L}-]+ly\s+)?([\p{L}-]+)/giu)].some((x) => processTerm(x[1].toLowerCase()) === verb);
  };
  return one(a, b) || one(b, a);
}

/** A sentence's end that asks: "?" and any closing quotation marks or brackets. */
const QUESTION_END = /\?["”’)\]]*\s*$/;
/** A figure, maybe its unit, a side and what it is measured against: "2.4 tonnes below its maximum landing weight". */
const FIGURE_SIDE = /(\d[\d.,]*(?:\s?%|\s+[\p{L}]+)?)\s+(above|below|over|under)\s+(?:the|its|their|his|her|our)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;
const FIGURE_SIDE_TEST = new RegExp(FIGURE_SIDE.source, 'iu');
const OTHER_SIDE: Record<string, string[]> = { above: ['below', 'under'], over: ['below', 'under'], below: ['above', 'over'], under: ['above', 'over'] };

/**
 * A claim's figure on one side of a mark that a text of the evidence puts on the other side of the same mark, with
 * the same figure: the claim's side word, the text's, and the text.
 */
function figureOnOtherSide(info: ClaimInfo, texts: readonly TextInfo[]): { claim: { text: string; span: Span }; source: { text: string; span: Span }; text: TextInfo } | undefined {
  const termsOf = (words: string) => tokenize(words).flatMap((w) => processTerm(w) ?? []).map(lemma);
  for (const m of info.text.matchAll(FIGURE_SIDE)) {
    const figure = info.values.find((v) => isNumeric(v) && v.span.start === m.index);
    if (!figure) continue;
    const mark = termsOf(m[3]);
    for (const t of texts) {
      for (const n of t.text.matchAll(FIGURE_SIDE)) {
        if (!OTHER_SIDE[m[2].toLowerCase()].includes(n[2].toLowerCase())) continue;
        const theirs = t.values.find((v) => isNumeric(v) && v.span.start === n.index);
        if (!theirs || !valueAgrees(figure, theirs)) continue;
        const other = new Set(termsOf(n[3]));
        if (!mark.length || !mark.every((w) => other.has(w))) continue;
        const at = m.index! + m[0].indexOf(m[2], m[1].length);
        const from = n.index! + n[0].indexOf(n[2], n[1].length);
        return { claim: { text: m[2], span: { start: at, end: at + m[2].length } }, source: { text: n[2], span: { start: from, end: from + n[2].length } }, text: t };
      }
    }
  }
  return undefined;
}

/** Words after a length that make it the time between two events ("two years later", "a week earlier"). */
const OFFSET_AFTER = /^['’]?\s+(?:later|earlier|afterwards|before|after|on)\b/i;
/** Words between a figure and its noun that make another figure of the same things, not a part of them. */
const NOT_A_PART = new Set(['more', 'fewer', 'less', 'extra', 'additional', 'further', 'new', 'other', 'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'per', 'million', 'billion', 'thousand', 'hundred']);

/** Words after a figure that are verbs, not what it counts ("4,912 finished", "Two people died"). */
const NOT_A_NOUN = /^(?:\p{Ll}+ed|was|were|are|is|had|have|has|will|would|could|can|may|might|did|does|said|says|went|came|took|made|got|left|ran|won|lost|fell|rose|died)$/u;

/**
 * Whether a source figure counts a part of what the claim's figure counts: the claim's noun right after its figure
 * ("5,230 runners") comes after the source's with one word of its own between ("1,284 charity runners"), a word the
 * claim does not have.
 */
function subgroupOf(claimText: string, value: TypedValue, sourceText: string, rival: TypedValue): boolean {
  // (The noun the value holds, "Two people", else the word after it; not a verb: "Two people died" / "One man died".)
  const noun = /\s(\p{Ll}{3,})$/u.exec(value.text) ?? /^\s+(\p{Ll}{3,})\b/u.exec(claimText.slice(value.span.end, value.span.end + 30));
  if (!noun || NOT_A_NOUN.test(noun[1])) return false;
  const theirs = /^\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}{3,})\b/u.exec(sourceText.slice(rival.span.end, rival.span.end + 40));
  if (!theirs || theirs[2] !== noun[1] || NOT_A_PART.has(theirs[1])) return false;
  return !new RegExp(`\\b${theirs[1]}\\b`, 'i').test(claimText);
}

/**
 * The plural noun after a bare count ("14,000 packs"), two words of its own at most between ("six remaining framework
 * providers"), and the three words after the count.
 */
function countedNoun(text: string, value: TypedValue): { noun: string; next: string[] } | undefined {
  const next = (text.slice(value.span.end, value.span.end + 40).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(0, 3);
  const m = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}{3,}s)\b/u.exec(text.slice(value.span.end, value.span.end + 50));
  if (!m || NOT_A_NOUN.test(m[2]) || /(?:ous|ss)$/.test(m[2])) return undefined;
  if (m[1].split(/\s+/).some((w) => w && (NOT_A_NOUN.test(w) || COUNT_LINKS.test(w)))) return undefined;
  return { noun: m[2], next };
}
/** Words that cannot stand between a count and its noun: "four of the", "six were", "12 to the". */
const COUNT_LINKS = /^(?:of|to|in|on|at|for|by|with|from|and|or|but|the|a|an|this|that|these|those|their|its|his|her|our|your|my|per|than|as|who|which)$/;

/**
 * Whether two bare counts count other things: each is followed by a plural noun that is none of the three words after
 * the other ("14,000 packs of soft cheese" / "five batches of four"; not "12 officers" / "14 police officers").
 */
function countsOtherThings(claimText: string, value: TypedValue, sourceText: string, rival: TypedValue): boolean {
  if (rival.kind !== 'number') return false;
  const mine = countedNoun(claimText, value);
  const theirs = countedNoun(sourceText, rival);
  if (!mine || !theirs) return false;
  const same = (a: string, b: string) => a === b || lemma(a) === lemma(b);
  return !theirs.next.some((w) => same(w, mine.noun)) && !mine.next.some((w) => same(w, theirs.noun));
}

/** A quantity right before a comparative and its "than" ("two minutes later than"). */
const COMPARED_MARGIN = /^\s+(?:later|earlier|sooner|longer|shorter|more|less|fewer|higher|lower|faster|slower|bigger|smaller|larger|heavier|lighter|cheaper|dearer)\s+than\b/i;

/** Whether the claim and the sentence give one margin to a comparison ("two minutes later than" / "two minutes earlier than"). */
function sameMargin(info: ClaimInfo, sentence: TextInfo): boolean {
  const margins = (t: TextInfo) => t.values.filter((v) => v.kind === 'quantity' && COMPARED_MARGIN.test(t.text.slice(v.span.end, v.span.end + 24)));
  const theirs = margins(sentence);
  return theirs.length > 0 && margins(info).some((v) => theirs.some((x) => valueAgrees(v, x)));
}

/** Words before a count of the rest of a whole: "the other nine", "the remaining 27". */
const REMAINDER_BEFORE = /\b(?:other|remaining|rest\s+of\s+the)\s+$/i;
/** A rival day a passage gives relative to its document's date ("yesterday (Wednesday 12 March 2025)"). */
const RELATIVE_RIVAL = /^(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b/i;
/** A weekday that dates a speech: "said on Thursday", "in an interview on Thursday", "told reporters on Monday". */
const SPEECH_DAY = /\b(?:said|says|told|added|interview|statement|briefing|speaking|spoke)\b[^.;:!?]{0,30}?\bon\s+\p{Lu}\p{Ll}+day$/u;
/** A verb that reports what someone said. */
const SAYS = /\b(?:said|says|told|added|urged|warned|explained|insisted|wrote|described|called)\b/i;
/** "until" after a word, before the end of its clause. */
const UNTIL_AFTER = /^[^.;:!?]*?\b(?:until|till)\b/i;
/** A participle that opens a clause of result after a comma (", leaving it with 212"). */
const RESULT_CLAUSE = /^,\s(?:leaving|bringing|making|taking|giving|pushing|lifting|putting)$/i;
/** The words of a clause of something not yet done, up to a word: "before testing was", "until the work is". */
const PENDING_CLAUSE = /\b(?:before|until|till|pending|prior\s+to|without)\s+[^,;:.!?]*$/i;
/** A thing another is preferred to, with a relative clause about it: "instead of the bookable minibus that …". */
const PREFERRED_TO = /\b(?:instead\s+of|rather\s+than)\s+(?:the|a|an|its|their|this|that)\s+((?:[\p{L}'’-]+\s+){1,4}?)(?:that|which)\s/iu;
/**
 * Whether a year describes a thing ("the 1978 building", "its 1960s tower block") that a sentence does not name: the
 * sentence's dates are then its own events', not the thing's year.
 */
function yearOfThing(info: ClaimInfo, v: TypedValue, sentence: string): boolean {
  if (v.kind !== 'year' || !/\b(?:the|a|an|its|their|this|that|his|her|our)\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 8), v.span.start))) return false;
  const noun = /^(?:'?s)?\s+([\p{Ll}-]{3,})\b(?!\s+\d)/u.exec(info.text.slice(v.span.end))?.[1];
  const term = noun ? processTerm(noun) : null;
  if (!term || CALENDAR.test(noun!) || STOPWORDS.has(term)) return false;
  // (A capital's word is a name's: "Fairlight Building Consultancy" names no building.)
  return !tokenizeWithOffsets(sentence).some((w) => /^\p{Ll}/u.test(w.text) && processTerm(w.text) === term);
}

/** Whether a text gives a post as one to come, in brackets: "(Business Manager designate, …)", "(chair elect)". */
function postToCome(text: string, post: string): boolean {
  return new RegExp(String.raw`\([^()]*\b${escapeRegExp(post)}\s+(?:designate|elect)\b[^()]*\)`, 'i').test(text);
}

/** Words for one's time in a post: "under her leadership", "during his tenure". */
const TIME_IN_POST = /^(?:leadership|tenure|stewardship|watch|headship|chairmanship|chairship|premiership|presidency)$/i;
/** Units of a period a figure is counted over: "in the ten months to January". */
const PERIOD_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);
/** A thing's removal or closing a few words after it: "the livestock sections were dropped", "is scrapped", "counter will close". */
const REMOVED_NEAR = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:will|would|to|has|have|had)\s+)?(?:(?:were|was|are|is|be|been|being|got)\s+)?(?:dropped|removed|scrapped|cut|withdrawn|excluded|taken\s+out|left\s+out|cancelled|canceled|close|closes|closed|closing|shut|shuts)\b/iu;
/** An answer of "none" alone after what it is about: "Of the crew, none at all.", "For the staff, none whatsoever." */
const ELLIPTICAL_NONE = /^\s*(?:of|for|about|towards?)\s+[^,.;:!?]{1,40},\s*none(?:\s+at\s+all|\s+whatsoever)?\s*[.!]?\s*$/i;
/** A bid up to its verb ("a bid to", "an attempt to refer") and its failure later in the clause ("… failed"). */
const FAILED_BID = {
  before: /\b(?:bid|attempt|move|motion|call|proposal|effort|push|request)s?\s+to\s+(?:[\p{L}'’-]+\s+){0,2}$/iu,
  after: /^[^.;!?]*?\b(?:failed|fell|collapsed|(?:was|were)\s+(?:rejected|defeated|refused|lost|voted\s+down|thrown\s+out))\b/i,
};
/** A noun of want up to a word, which denies the word as "no" does: "the lack of homes to", "a shortage of". */
const WANT_OF = /\b(?:lack|shortage|absence|scarcity|dearth)\s+of\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/**
 * A verb of ending or banning right before a word (two words between at most), which denies the word from then on as
 * "no" does: "must end all outdoor music" / "said no outdoor music at all"; "banned any further building" (not a noun's
 * preposition: "a ban on gay people" is no "no gay people").
 */
const ENDED_BEFORE = /\b(?:end|ends|ended|ending|stop|stops|stopped|stopping|halt|halts|halted|cease|ceases|ceased|scrap|scraps|scrapped|ban|bans|banned|banning|axe|axes|axed)\s+(?!(?:on|of|for|to|in|at|by|with)\b)(?:(?:all|any|the|its|their|further)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * A ban's noun and "on" before an act, which denies the act as a "no" does: "She welcomed the ban on Saturday
 * blasting" / "there is no blasting on Saturdays" (an act, "-ing": not "a ban on gay people").
 */
const BAN_ON_BEFORE = /\b(?:ban|bans|prohibition|moratorium)\s+on\s+(?:(?:all|any)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** An instruction not to do what comes next: "urging other clubs not to ". */
const URGED_NOT_TO = new RegExp(String.raw`\b${INSTRUCTION_VERB}\s+(?:[A-Za-z'’-]+\s+){0,3}not\s+to\s+$`, 'i');

/** A passive verb of ending or banning after a word, a word or two between: "music has been banned". */
const ENDED_AFTER = /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:has|have|had|is|are|was|were|will\s+be|would\s+be)\s+(?:been\s+)?(?:banned|ended|scrapped|stopped|axed|halted|prohibited|outlawed)\b/iu;

/** Content terms a sentence with no check-worthy reason needs before it is compared with the sources. */
export const CANDIDATE_MIN_TERMS = 3;

/**
 * Whether a source passage is about a sentence the check-worthiness rules dropped (no name, number or date: "The
 * adult hindgut is generated by anterior stem cells"): the words of one of its candidate passages cover the
 * sentence's topic as much as a passage must for a difference to contradict it (`thresholds.contradiction`), so a
 * verdict on it has something to go on. A writer's own comment ("This is a remarkable finding.") shares a word or
 * two with the sources at most. Returns the sentence prepared for its verdict when a passage is about it.
 */
export function aboutSources(claim: Claim, index: PassageIndex, thresholds: Thresholds): PreparedClaim | undefined {
  const info = analyzeClaimText(claim, index, DEFAULT_SUPPORT_TUNING);
  if (info.weights.size < CANDIDATE_MIN_TERMS) return undefined;
  const prepared = prepareClaim(claim, index, undefined, DEFAULT_SUPPORT_TUNING, info);
  // The measured passages serve the verdict too (`decideClaim`).
  return prepared.candidates.some((c) => c.features.topic >= thresholds.contradiction) ? prepared : undefined;
}

/**
 * Retrieves and measures the candidate passages of a claim (independent of the thresholds). `analysed`: the
 * claim's analysis from `searchClaim`, when it ran first.
 */
export function prepareClaim(
  claim: Claim,
  index: PassageIndex,
  preferDocuments?: readonly string[],
  tuning: SupportTuning = DEFAULT_SUPPORT_TUNING,
  analysed?: ClaimInfo,
  widen = true,
): PreparedClaim {
  const info = analysed ?? analyzeClaimText(claim, index, tuning);
  if (info.weights.size === 0) return { claim, info, candidates: [] };
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const cited = new Set(preferDocuments ?? []);
  const add = (list: SearchHit[]) => {
    for (const h of list) {
      if (seen.has(h.passage.id)) continue;
      seen.add(h.passage.id);
      hits.push(h);
    }
  };
  const wide = cited.size && widen ? WIDE_LIMIT : CANDIDATE_LIMIT;
  const all = index.search(info.query, { limit: wide });
  if (cited.size) add(citedHits(index, info.query, all, cited, CANDIDATE_LIMIT, wide));
  add(all.length > CANDIDATE_LIMIT ? all.slice(0, CANDIDATE_LIMIT) : all);
  // A figure no passage gives by chance (`SPECIFIC_DIGITS`) that no hit's sentence holds is searched with the claim's
  // words around it: a claim that joins passages may take it from one the plain search ranks below its limit ("raised
  // £9,415 in a single weekend of second-hand book sales, weeks after Westmarsh District Council voted to cut the
  // library's grant by 40 per cent", where the council's passages fill the twenty and the newsletter's "raised
  // £9,415" is not among them).
  for (const v of info.values) {
    if (!isNumeric(v) || v.kind === 'date' || v.kind === 'year' || significantDigits(v) < SPECIFIC_DIGITS) continue;
    const term = tokenize(v.text).filter(isNumberToken).map(processTerm)[0];
    if (!term || hits.some((h) => h.terms.includes(term))) continue;
    const around = `${info.text.slice(Math.max(0, v.span.start - FIGURE_CONTEXT), v.span.start)} ${v.text} ${info.text.slice(v.span.end, v.span.end + FIGURE_CONTEXT)}`;
    add(index.search(around, { limit: FIGURE_SEARCH_LIMIT }).filter((h) => h.terms.includes(term)));
  }
  const top = Math.max(0, ...hits.map((h) => h.score));
  const candidates = hits.map((hit): Candidate => {
    const sentence = passageInfo(hit.document, hit.passage);
    const near = neighbours(index, hit.document, hit.passage);
    const head = headerOf(index, hit.document).filter((h) => h.passage.id !== hit.passage.id && !near.some((n) => n.id === h.passage.id));
    const speaker = speakerContext(hit.document, hit.passage);
    const question = questionContext(index, hit.document, hit.passage);
    // (In an interview, a neighbouring question states nothing: "Did you feel him coming back?" is no evidence that
    // he did; an answer is read with its question, `questionContext`. An article's question may be its own rhetoric:
    // "Will one of the best players in the world be happy …?" kept, measured on FRANK.)
    const interview = hit.document.meta?.segments?.some((x) => x.speaker !== undefined) ?? false;
    const stating = interview ? near.filter((p) => !QUESTION_END.test(hit.document.text.slice(Math.max(p.span.start, p.span.end - 4), p.span.end))) : near;
    const context = [...stating.map((p) => passageInfo(hit.document, p)), ...(question ? [question] : []), ...head.map((h) => h.info), ...(speaker ? [speaker] : [])];
    const features = supportFeatures(info, sentence, context, top > 0 ? hit.score / top : 0, tuning.contextCredit);
    // States and rivals are needed only for passages about the same thing (`topic`), found on first use.
    let states: boolean[] | undefined;
    let conflicts: (RivalValue | undefined)[] | undefined;
    let antecedent: TextInfo | undefined | null;
    let table: TextInfo[] | undefined;
    return {
      hit,
      sentence,
      context,
      head: head.map((h) => h.info),
      ...(speaker ? { speaker } : {}),
      ...(question ? { question } : {}),
      features,
      cited: cited.has(hit.document.id),
      get antecedent() {
        if (antecedent === undefined) antecedent = pronounAntecedent(hit.document, hit.passage, near) ?? null;
        return antecedent ?? undefined;
      },
      get states() {
        // A number that names a place ("number three") only a neighbouring sentence gives, where this sentence gives
        // one in its place (the only one, or one in a like role), is the neighbour's ("Lanterns … drops two places to Number 5" after "Falling one place to Number 3
        // is "Cold Engine"": no Number 3 for Lanterns).
        // So too a name a neighbour gives, where this sentence says all the rest of the claim with another name in
        // its place ("CalMac has cancelled all Tuesday sailings between Aberdeen, Kirkwall and Lerwick" / "NorthLink
        // Ferries has already cancelled all Tuesday sailings between Aberdeen, Kirkwall and Lerwick. CalMac said
        // …").
        const own = (v: TypedValue) => {
          if (v.kind === 'name') return nameInPlaceOf(claim, info, v, sentence, NAME_SWAP_COPY_MIN) !== undefined;
          const r = v.label ? findRival(claim, info, v, sentence) : undefined;
          return !!r && (r.sole || r.role >= DISTINCT_NAME_ROLE_MIN);
        };
        // A bound met only by a figure the claim gives as another of its own is not met ("4,215 were on the
        // register, and at least 73 of them were threatened" / "4,215 were on Brightwater's Priority Services
        // Register").
        const byOwn = (t: TextInfo, v: TypedValue) => !!v.bound && t.values.every((x) => !valueAgrees(v, x) || info.values.some((o) => o !== v && !o.bound && valueAgrees(o, x)));
        const says = (t: TextInfo, v: TypedValue) => statesValue(t, v) && !byOwn(t, v);
        // (A tally a recorded vote gives a line to each side: "by 28 votes to 17" / "For: 28", "Against: 17".)
        const tallied = (v: TypedValue) => {
          if (v.unit !== 'score') return false;
          const line = lineOf({ hit, sentence });
          return tallyStated(info.text, info.values, v, [sentence, ...context, ...(line ? [line] : [])]);
        };
        return (states ??= info.values.map((v) => says(sentence, v) || (context.some((t) => says(t, v)) && !own(v)) || tallied(v)));
      },
      get conflicts() {
        const stated = this.states;
        return (conflicts ??= info.values.map((v, i) => (stated[i] ? undefined : findRival(claim, info, v, sentence))));
      },
      get table() {
        return (table ??= TABLE_ROW.test(sentence.text) ? tableOf(index, hit.document, hit.passage) : []);
      },
    };
  });
  return { claim, info, candidates };
}

/**
 * Words English clips, by their clipped form: a clipped word is the full one ("course reps" / "course
 * representatives"). A list, not any prefix: "car" is no "carpet".
 */
const CLIPPINGS: Record<string, readonly string[]> = {
  rep: ['representative'],
  exec: ['executive'],
  admin: ['administration', 'administrator'],
  info: ['information'],
  dept: ['department'],
  uni: ['university'],
  lab: ['laboratory'],
  stat: ['statistic'],
  memo: ['memorandum'],
  ad: ['advertisement'],
  advert: ['advertisement'],
  ref: ['referee', 'reference'],
  sub: ['substitute'],
  vet: ['veterinarian', 'veteran'],
  gov: ['government'],
  govt: ['government'],
  mgmt: ['management'],
  max: ['maximum'],
  approx: ['approximately'],
};

/** Whether one word is the other clipped (`CLIPPINGS`), either in the plural: "reps" / "representatives". */
function clippedForm(a: string, b: string): boolean {
  const singular = (w: string) => w.toLowerCase().replace(/s$/, '');
  const [x, y] = [singular(a), singular(b)];
  return (CLIPPINGS[x]?.includes(y) ?? false) || (CLIPPINGS[y]?.includes(x) ?? false);
}

/** "In charge" for a post held: "after 14 years in charge" / "after 14 years as chairman". */
function inChargeAs(claimText: string, claimSpan: Span, sourceText: string, sourceSpan: Span): boolean {
  if (claimText.slice(claimSpan.start, claimSpan.end).toLowerCase() !== 'charge' || !/\bin\s+$/i.test(claimText.slice(Math.max(0, claimSpan.start - 4), claimSpan.start))) return false;
  return /\bas\s+(?:(?:the|its|their|his|her|club|team)\s+)?$/i.test(sourceText.slice(Math.max(0, sourceSpan.start - 24), sourceSpan.start)) && OFFICE_HEAD.test(sourceText.slice(sourceSpan.start, sourceSpan.end));
}

/** Whether the clause of a word, up to it, has a negation cue ("found no evidence that the fire was started deliberately"). */
function deniedInClause(text: string, word: Span): boolean {
  const before = text.slice(0, word.start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), 0);
  return isNegated(before.slice(from));
}

/** The part of a whole a claim names: "including the call to …", "among them", "such as". */
const INCLUDING = /\b(?:including|among\s+them|such\s+as)\b/i;

/** Whether a text denies its outcome word: the word is the first after one of its denials (`deniedWords`: "did not accept"). */
function deniesOutcome(text: TextInfo, at: Span): boolean {
  const word = tokenize(text.text.slice(at.start, at.end)).flatMap((w) => processTerm(w) ?? [])[0];
  return word !== undefined && deniedWords(text).includes(lemma(word));
}

/** A sentence that starts with a pronoun for its subject ("It had pleaded guilty at an earlier hearing.", "However, it dismissed"). */
const PRONOUN_START = /^\s*(?:(?:However|But|Yet|Still|Instead|Then|Later|So),?\s+(?:it|he|she|they)|It|He|She|They)\s/;
/** Words that open a subject and are not part of it. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** The longest subject read (words). */
const SUBJECT_WORDS = 5;

/**
 * The subject of the sentence before a sentence that starts with a pronoun, in the same paragraph ("The company"
 * of "The company must also pay £186,000 in costs. It had pleaded guilty …"): its words from the start up to the
 * first function word or word ending in "-ed", at most `SUBJECT_WORDS`; or the speaker of a quotation the sentence
 * before opened (`QUOTE_OPENED`). Used where a rule asks whether a sentence says nearly all of a claim's words
 * ("The company pleaded not guilty" / "It had pleaded guilty").
 */
function pronounAntecedent(document: SourceDocument, passage: Passage, near: readonly Passage[]): TextInfo | undefined {
  const previous = near.find((p) => p.ordinal === passage.ordinal - 1 && p.paragraph.start === passage.paragraph.start);
  if (!previous) return undefined;
  // The same for every claim: once per passage.
  const known = antecedents.get(passage);
  if (known !== undefined) return known ?? undefined;
  const before = document.text.slice(previous.span.start, previous.span.end);
  let found: TextInfo | undefined;
  if (PRONOUN_START.test(document.text.slice(passage.span.start, Math.min(passage.span.end, passage.span.start + 24)))) found = subjectOf(before);
  else {
    // A quotation a sentence before in the paragraph opened after its speaker and did not close ("Governor Andrew
    // Bailey said: "Inflation is falling. … But we need to be careful not to cut rates too quickly.""; "Gwen
    // Ashcroft, chair of judges, said: "… . … . We argued for four hours, but …""): the speaker's words.
    const from = Math.max(passage.paragraph.start, passage.span.start - QUOTE_LOOKBACK);
    const paragraph = document.text.slice(from, passage.span.start);
    let opened: RegExpExecArray | undefined;
    for (const m of paragraph.matchAll(QUOTE_OPENED)) opened = m;
    if (opened && !/["”]/.test(paragraph.slice(opened.index + opened[0].length))) found = analyzeText(opened[1]);
    // A quotation given to a pronoun after it ("“… without significant job losses,” she said.") after a sentence
    // whose subject is a person ("Baroness Philippa Stroud, Chair of the Low Pay Commission, said …").
    else if (TRAILING_PRONOUN.test(document.text.slice(passage.span.start, passage.span.end)) && /^\s*\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(before)) found = subjectOf(before);
  }
  antecedents.set(passage, found ?? null);
  return found;
}
/**
 * A speaker's name (at most five words), maybe a description between commas ("Gwen Ashcroft, chair of judges,"), and
 * a verb of saying before an opening quotation mark.
 */
const QUOTE_OPENED = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)(?:,[^,"“”\n]{1,60},)?\s+(?:said|says|added|told\s+[\p{L} ]{1,40}?)[:,]?\s*["“]/gu;
/** A quotation's end and a pronoun that said it: `,” she said.`, `," he added.` */
const TRAILING_PRONOUN = /[,.!?]["”]\s+(?:he|she)\s+(?:said|says|added|adds|told\s+[\p{L} ]{1,40}?|explained|warned|insisted)\b[^"“”]{0,40}$/u;
/** How far before a sentence its paragraph is searched for an open quotation (characters). */
const QUOTE_LOOKBACK = 1500;
const antecedents = new WeakMap<Passage, TextInfo | null>();

/** A sentence's subject (`pronounAntecedent`): its words from the start to the first function word or "-ed" word. */
function subjectOf(text: string): TextInfo | undefined {
  const words: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu)) {
    const lower = m[0].toLowerCase();
    if (words.length === 0 && SUBJECT_OPENERS.has(lower)) continue;
    if (STOPWORDS.has(lower) || (words.length > 0 && /ed$/.test(lower)) || words.length >= SUBJECT_WORDS) break;
    words.push(m[0]);
  }
  return words.length ? analyzeText(words.join(' ')) : undefined;
}

/** Content terms a claim's subject must have for a denial of its verb to bear on the claim whatever its object. */
const DENIED_SUBJECT_TERMS = 2;

/**
 * Whether a sentence denies the claim's verb, as a noun after "no", of the claim's whole subject: every content word
 * of the claim before the verb is the sentence's ("Wessland County Council, the highway authority, objected to the
 * scheme on highway safety grounds" / "The highway authority, Wessland County Council, raised no objection subject to
 * the reduction of the speed limit …"), whatever the object each gives.
 */
function deniedOfSubject(info: ClaimInfo, sentence: TextInfo, word: string): boolean {
  const at = info.tokens.findIndex((k) => k.term && lemma(k.term) === word);
  if (at < 0) return false;
  const subject = info.tokens.slice(0, at).filter((k) => k.term && !STOPWORDS.has(lemma(k.term)));
  if (subject.length < DENIED_SUBJECT_TERMS) return false;
  const have = new Set([...sentence.terms].map(lemma));
  if (!subject.every((k) => have.has(lemma(k.term!)))) return false;
  return sentence.tokens.some((k) => k.term && lemma(k.term) === word && /\bno\s+$/i.test(sentence.text.slice(Math.max(0, k.start - 4), k.start)));
}

/** Content terms a claim's object must have for its outcome to be read against a sentence without the claim's subject. */
const OUTCOME_OBJECT_TERMS = 3;

/**
 * Whether a sentence gives the outcome of the claim's object the other way without saying who decided it: the
 * sentence has nearly all of the claim's words after its outcome word (at least `OUTCOME_OBJECT_TERMS`) before its own
 * opposite word, with no agent after it ("District Judge Carrow granted bail applications made by Aaron Blakemore and
 * Jamal Okafor-Reid" / "Bail applications by Aaron Blakemore and Jamal Okafor-Reid were refused", the judge named in
 * the paragraph before). Not where the sentence names who did it ("was rejected by the residents"): the claim's
 * subject may have decided otherwise.
 */
function outcomeOfObject(info: ClaimInfo, [mine, theirs]: [Span, Span], sentence: TextInfo): boolean {
  if (/^\s+by\s/i.test(sentence.text.slice(theirs.end, theirs.end + 4))) return false;
  const object = new Set(info.tokens.filter((t) => t.term && t.start >= mine.end).map((t) => t.term!));
  if (object.size < OUTCOME_OBJECT_TERMS) return false;
  const before = analyzeText(sentence.text.slice(0, theirs.start));
  const rest = new Set([...info.weights.keys()].filter((t) => !object.has(t)));
  return lemmaCoverage(info, before, undefined, rest) >= NEGATION_MIN;
}

/** A difference of two figures written as the claim's figure is ("2.3 days", "382 votes", "£0.7m", "2.4 points"). */
function formatDifference(claim: TypedValue, d: number): string {
  const round = (x: number) => String(Number(x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)));
  if (claim.kind === 'money') {
    const sign = currencySign(claim.unit);
    const [scale, suffix] = d >= 1e9 ? [1e9, 'bn'] : d >= 1e6 ? [1e6, 'm'] : [1, ''];
    // (Pounds and pence as the claim writes them: "£8.30", not "£8.3".)
    if (scale === 1 && /\.\d\d\b/.test(claim.text) && d < 1000) return `${sign}${d.toFixed(2)}`;
    return `${sign}${round(d / scale)}${suffix}`;
  }
  if (claim.kind === 'percent') return `${round(d)} ${claim.unit === 'pp' ? 'percentage points' : 'points'}`;
  // The claim's unit word as written ("days" of "2.8 days").
  const unit = claim.kind === 'quantity' ? /[\p{L}]+$/u.exec(claim.text)?.[0] : undefined;
  return unit ? `${round(d)} ${unit}` : round(d);
}

/** Words of a total the claim makes of two things: "Together with the rent increase", "on top of", "including". */
const ADDED_TO = /\b(?:together\s+with|on\s+top\s+of|plus|combined|in\s+all|altogether|in\s+total|including)\b/i;

/** Knobs of the decision, exposed for the benchmark's studies; the defaults are the measured best. */
export interface DecideTuning {
  weights: SupportWeights;
  roleMin: number;
  /** Whether opposite direction words ("rose" / "fell") count as conflicts. */
  directions: boolean;
}

export const DEFAULT_DECIDE_TUNING: Readonly<DecideTuning> = Object.freeze({ weights: SUPPORT_WEIGHTS, roleMin: ROLE_MIN, directions: true });

/** The topic a sentence needs for a figure of it with two digits swapped to be the claim's, mistyped. */
const SLIP_TOPIC_MIN = 0.3;
/** Share of a claim's topic a sentence must have for another candidate's words to make up the rest (`aboutWithAnother`). */
const PAIRED_TOPIC_MIN = 0.45;
/** A claim that something is proven: "proved that", "showed that", "confirms that". */
const CERTAIN = /\b(?:proved|proves|proven|prove|showed|shows|shown|demonstrated|demonstrates|established|establishes|confirmed|confirms)\s+that\b/iu;
/** A source that says it cannot tell: "we cannot say for certain that", "does not prove that", "could not establish whether". */
const UNCERTAIN = /\b(?:cannot|can['’]?t|could\s+not|couldn['’]?t|do(?:es)?\s+not|doesn['’]?t|did\s+not|didn['’]?t|(?:is|are|was|were)\s+not\s+able\s+to|(?:is|was)\s+too\s+early\s+to)\s+(?:yet\s+)?(?:say|conclude|prove|show|establish|tell|confirm|demonstrate)(?:\s+(?:for\s+(?:certain|sure)|definitively|conclusively|yet))?\s+(?:that|whether|if)\b/iu;
/** Share of the claim's words after "that" the source's words after its "that" must have. */
const CERTAINTY_CLAUSE_MIN = 0.6;

/**
 * A claim that something was proven against a source that says it cannot be told, about the same thing (the words
 * after each "that"): the claim's certainty word, the source's denial, and the source text that has it.
 */
function deniedCertainty(info: ClaimInfo, texts: readonly TextInfo[]): { claim: { text: string; span: Span }; source: { text: string; span: Span }; text: TextInfo } | undefined {
  const m = CERTAIN.exec(info.text);
  if (!m) return undefined;
  const clause = (text: string) => new Set(tokenizeWithOffsets(text).map((t) => processTerm(t.text)).filter((t): t is string => !!t).map(lemma));
  const mine = clause(info.text.slice(m.index + m[0].length));
  if (mine.size < 2) return undefined;
  for (const t of texts) {
    const n = UNCERTAIN.exec(t.text);
    if (!n) continue;
    const theirs = clause(t.text.slice(n.index + n[0].length));
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    if (shared / mine.size < CERTAINTY_CLAUSE_MIN) continue;
    const word = m[0].replace(/\s+that$/i, '');
    return { claim: { text: word, span: { start: m.index, end: m.index + word.length } }, source: { text: n[0], span: { start: n.index, end: n.index + n[0].length } }, text: t };
  }
  return undefined;
}

/** A modal of ability or intent and the words it governs: "could give an absolute guarantee", "will meet the cost". */
const ABLE_TO = /\b(?:can|could|will|would|(?:is|are|was|were)\s+able\s+to)\s+(?!not\b|never\b|no\b|hardly\b|only\b)([\p{L}'’-]+)((?:\s+[\p{L}'’-]+){2,3})/giu;
/** The same denied: "cannot give an absolute guarantee", "won't meet the cost", "was unable to". */
const UNABLE_TO = /\b(?:cannot|can['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t|(?:is|are|was|were)\s+(?:not\s+able|unable)\s+to)\s+([\p{L}'’-]+)((?:\s+[\p{L}'’-]+){2,3})/giu;

/**
 * An ability or promise the claim gives that a source denies in its own words, whatever else either denies: "she
 * could give an absolute guarantee that there would be no compulsory redundancies" / "I cannot give an absolute
 * guarantee today". The verb and the words after it the same as far as both go, three at most and two at least
 * ("would be recorded as not available" is no "wouldn't be recorded as a fail"), one of them a word of worth.
 */
function deniedAbility(info: ClaimInfo, texts: readonly TextInfo[]): { claim: { text: string; span: Span }; source: { text: string; span: Span }; text: TextInfo } | undefined {
  const words = (m: RegExpExecArray) => [m[1], ...m[2].trim().split(/\s+/).slice(0, 3)].map((w) => w.toLowerCase());
  for (const m of info.text.matchAll(ABLE_TO)) {
    const mine = words(m);
    if (!mine.some((w) => w.length >= 4 && processTerm(w))) continue;
    for (const t of texts) {
      for (const n of t.text.matchAll(UNABLE_TO)) {
        // (As far as both go, the verb and two words at least: "won't clear the backlog." for "would clear the backlog and".)
        const theirs = words(n);
        const length = Math.min(mine.length, theirs.length);
        if (mine.slice(0, length).join(' ') !== theirs.slice(0, length).join(' ')) continue;
        return { claim: { text: m[0], span: { start: m.index!, end: m.index! + m[0].length } }, source: { text: n[0], span: { start: n.index!, end: n.index! + n[0].length } }, text: t };
      }
    }
  }
  return undefined;
}

/** A name on a line of its own, as a letter or notice is signed: "**Dr Helen Ashcombe**". */
const SIGNED_NAME = /^[*_\s]*((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Revd?)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?!(?:MP|MSP|MS|AM|OBE|MBE|CBE|KC|QC|JP)\b)\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+(?:MP|MSP|MS|AM|OBE|MBE|CBE|KC|QC|JP)\b)*[*_\s]*$/u;
/** A post and body on the line under it: "Head of Marine Licensing, Southern Coast Marine Licensing Authority". */
const SIGNED_POST = /^[*_\s]*(\p{Lu}[\p{L}'’-]*(?:,?\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|the|to|at|in|on|&)){0,13})[*_\s]*$/u;

/** A word of a post: "Chief Executive", "Head of Planning", "River Keeper". */
const POST_WORD = /\b(?:Chief|Executive|Director|Head|Manager|Officer|Chair|Chairman|Chairwoman|Secretary|Clerk|Leader|President|Treasurer|Editor|Commissioner|Inspector|Superintendent|Principal|Headteacher|Mayor|Coordinator|Keeper|Warden|Adviser|Advisor|Consultant|Partner|Founder|Governor|Minister)\b/;

/**
 * A signature's name and the post on the line under it, read as one sentence ("Dr Helen Ashcombe, Head of Marine
 * Licensing, Southern Coast Marine Licensing Authority."): a passage that is a name alone, and a neighbour whose
 * first line is a post.
 */
function signature(sentence: TextInfo, context: readonly TextInfo[]): { text: string; values: TypedValue[] } | undefined {
  const name = SIGNED_NAME.exec(sentence.text);
  if (!name) return undefined;
  for (const t of context) {
    const line = t.text.split('\n')[0];
    const post = SIGNED_POST.exec(line);
    // (Not another name, nor the same signature again: a line of capitals alone is a post by its words, "Chief Executive".)
    if (!post || !/\s/.test(post[1]) || (SIGNED_NAME.test(line) && !POST_WORD.test(line))) continue;
    const text = `${name[1]}, ${post[1]}.`;
    return { text, values: extractValues(text) };
  }
  return undefined;
}

/** A speaker who will not say either way: "I can't promise they won't", "I cannot guarantee it", "I can't rule it out". */
const WONT_SAY = /\bI\s+(?:can(?:no|['’])t|could(?:n['’]t|\s+not)|am\s+not\s+(?:able|going)\s+to)\s+(?:promise|guarantee|rule\s+(?:(?:it|that|this|them)\s+)?out|commit\s+to)\b[^.!?]*/i;
/** A claim's speaker who says how something will be: "said harbour dues would not rise", "said fares will go up". */
const SAID_WILL = /\b(?:said|says|told|insisted|promised|assured)\b[^.;]{0,80}?\b((?:would|will)(?:\s+not|n['’]t)?|won['’]t)\s+(?!be\s+able\b)([\p{L}'’-]+)/iu;
/** Words of a claim that already leaves the matter open. */
const LEFT_OPEN = /\b(?:may|might|could|possibly|perhaps|promise|guarantee|rule|likely|unlikely|probably|expects?|hopes?|sure|certain|whether)\b/i;

/**
 * A claim that a speaker said how something would be, where the speaker's turn will not say ("Captain Margery said
 * harbour dues would not rise" / "ALAN BUSSELL: And the harbour dues going up? CAPT. MARGERY: I can't promise they
 * won't."): about the claim, by the turn's question or its own words. The claim's words and the source's.
 */
function saidWhereUnsaid(info: ClaimInfo, chosen: Candidate): { claim: { text: string; span: Span }; source: string } | undefined {
  const said = SAID_WILL.exec(info.text);
  if (!said || LEFT_OPEN.test(info.text)) return undefined;
  const shared = (x: TextInfo) => [...x.terms].some((w) => info.terms.has(w) && !info.valueTerms.has(w) && !STOPWORDS.has(w));
  for (const t of [chosen.sentence, ...chosen.context]) {
    const m = WONT_SAY.exec(t.text);
    // (Not one that goes on to say what they can: "I can't promise you the answer tonight, but I can promise you that
    // you'll get one in writing".)
    if (!m || /\bbut\b/i.test(m[0])) continue;
    // (About the claim: the question put, or the turn, has a word of the claim's besides its names.)
    if (![chosen.question, t].some((x) => x && shared(x))) continue;
    // (Nor when the rest of the turn says it, with two words of the claim's: "I cannot rule out compulsory
    // redundancies. But there will be no compulsory redundancy notices before the first of July.")
    const doc = chosen.hit.document.text;
    const from = doc.indexOf(t.text);
    const rest = from < 0 ? '' : doc.slice(from + t.text.length, from + t.text.length + 400).split(/\n\s*\n/)[0];
    if ([...analyzeText(rest, false).terms].filter((w) => info.terms.has(w) && !info.valueTerms.has(w) && !STOPWORDS.has(w)).length >= 2) continue;
    const at = said.index + said[0].lastIndexOf(said[1]);
    return { claim: { text: info.text.slice(at, said.index + said[0].length), span: { start: at, end: said.index + said[0].length } }, source: m[0].trim() };
  }
  return undefined;
}

/** Titles before a name, as index terms. */
const TITLE_TERMS = ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady'].map((w) => processTerm(w) ?? w);

/** A preposition right before a name (and "the"). */
const PREPOSITION_BEFORE = /\b(to|from|of|in|at|by|for|with|on|into|against|under)\s+(?:the\s+)?$/i;

/**
 * Whether a source's name can stand where the claim has its own: not one after a preposition the claim's name is
 * without ("Louis van Gaal confirmed" / "Van Gaal confirmed to MUTV", "Rand Paul shared" / "the lawmaker from
 * Kentucky shared"), nor a proper name where the claim has a team's or a group's nickname ("The Seasiders' main
 * reception" / "Blackpool's main reception").
 */
function inPlaceOf(claimText: string, claimSpan: Span, sentenceText: string, sourceSpan: Span | undefined): boolean {
  if (!sourceSpan) return true;
  const before = (text: string, at: number) => PREPOSITION_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1].toLowerCase();
  const preposition = before(sentenceText, sourceSpan.start);
  if (preposition && preposition !== before(claimText, claimSpan.start)) return false;
  const nickname = /\bthe\s+$/i.test(claimText.slice(Math.max(0, claimSpan.start - 4), claimSpan.start)) && /s$/.test(claimText.slice(claimSpan.start, claimSpan.end));
  return !nickname || /\bthe\s+$/i.test(sentenceText.slice(Math.max(0, sourceSpan.start - 4), sourceSpan.start));
}

/** "to" right before a figure, the end of a change ("reduced the penalty by 20%, to £2.4 million"). */
const MOVED_TO = /\bto\s+(?:about\s+|around\s+|some\s+)?$/i;
/** Verbs of being, having and saying, which tell no one's act apart. */
const NOT_SUBJECT_VERBS = new Set(['is', 'was', 'has', 'does', 'says', 'tells', 'adds', 'insists', 'claims', 'denies', 'admits', 'argues', 'explains', 'warns', 'notes', 'stated', 'added', 'insisted', 'claimed', 'denied', 'admitted', 'argued', 'explained', 'warned', 'noted', 'confirmed', 'confirms', 'announced', 'announces', 'reported', 'reports', 'described', 'describes', 'revealed', 'reveals', 'suggested', 'suggests', 'believed', 'believes', 'thinks', 'seemed', 'seems', 'appeared', 'appears', 'remained', 'remains', 'needs', 'needed', 'wants', 'wanted']);
/** Courtesy titles before a name. */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor', 'judge']);
/** Capitalised words that open sentences and are no one's name. */
const NOT_SUBJECT_NAMES = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'then', 'police', 'officials', 'ministers', 'critics', 'residents', 'analysts', 'researchers', 'scientists', 'officers', 'inspectors', 'councillors', 'staff', 'members', 'workers', 'others', 'both', 'all', 'some', 'many', 'most', 'each']);

/**
 * A name that opens a sentence as its subject, right before a verb in the past or present ("Davis won", "Bouchard
 * beats"), and the verb; a possessive or a name that runs on ("Davis's", "Davis Cup") is none. Its words in lower
 * case.
 */
function subjectName(text: string): { words: string[]; text: string; span: Span; verb: string } | undefined {
  const m = /^([\s"“'‘]*)(\p{Lu}[\p{L}’'-]*\p{L}(?:\s+\p{Lu}[\p{L}’'-]*\p{L}){0,2})\s+(\p{Ll}+(?:ed|s)|won|lost|beat|took|made|gave|sold|bought|paid|led|left|met|ran|rose|fell|saw|found|held|kept|sent|spent|brought|built|broke|chose|drove|wrote|stole)\b/u.exec(text);
  // (Not a verb of being or saying: "X said" against "Y said" is the attribution pass's.)
  if (!m || /['’]s$/.test(m[2]) || NOT_SUBJECT_VERBS.has(m[3])) return undefined;
  const words = m[2].toLowerCase().split(/\s+/).filter((w) => !TITLE_WORDS.has(w.replace(/\.$/, '')));
  if (!words.length) return undefined;
  if (words.some((w) => NOT_SUBJECT_NAMES.has(w))) return undefined;
  return { words, text: m[2], span: { start: m[1].length, end: m[1].length + m[2].length }, verb: m[3] };
}

/** How alike the roles of a claim's name and a source's must be for the name to stand in the other's place. */
const SWAP_ROLE_MIN = 0.7;
/** Role similarity with which another passage's figure states the claim's against a rival (`statedInRole`). */
const STATED_ROLE_MIN = 0.2;
const STATED_ROLE_MARGIN = 0.15;
/**
 * A figure in the very role of the claim's (`roleRival`): in a passage of this much of the claim's topic, of this
 * role similarity, when no passage gives the claim's figure with role similarity `ROLE_RIVAL_STATED_MIN`.
 */
const ROLE_RIVAL_TOPIC_MIN = 0.5;
const ROLE_RIVAL_MIN = 0.75;
const ROLE_RIVAL_STATED_MIN = 0.5;
/**
 * A figure given only in roles this far from the claim's (`roleSimilarity`) is no help against a rival in the best
 * evidence's window in a role this like the claim's.
 */
const STATED_ELSEWHERE_MAX = 0.15;
const WINDOW_RIVAL_MIN = 0.5;
/** The most values of a claim whose figures the window's rivals are weighed against one by one. */
const ROLE_FIGURES_MAX = 12;
/** The rival must be in another role altogether (`statedInRole`). */
const STATED_RIVAL_ROLE_MAX = 0.1;
/** The same for a date with its day (`statedInRole`). */
const STATED_RIVAL_DATE_ROLE_MAX = 0.3;
/** Significant digits of a figure no passage gives by chance (`statedInRole`): "61,400", "£7,312.50", not "40" or "2,000". */
const SPECIFIC_DIGITS = 3;
/** Significant digits of a figure another passage of the rival's source gives exactly that it states whatever its role (`statedExactly`). */
const EXACT_DIGITS = 4;

/** A figure's significant digits as written: "61,400" 3, "£7,312.50" 5, "2,000" 1. */
function significantDigits(v: TypedValue): number {
  const digits = /\d[\d,.]*/.exec(v.text)?.[0].replace(/[,.]/g, '') ?? '';
  return digits.replace(/^0+/, '').replace(/0+$/, '').length;
}
const WEEKDAY_WORD = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?`;
/** A weekday at either end of a range of weekdays: "Thursday to Sunday", "Monday–Friday", "Mondays to Saturdays". */
const WEEKDAY_RANGE = new RegExp(String.raw`\b${WEEKDAY_WORD}\s*(?:to|until|till|through|[-–—])\s*${WEEKDAY_WORD}\b`, 'g');

/** Whether a value is a weekday alone at an end of a range of weekdays (a week's pattern, no day's). */
function weekdayOfRange(text: string, v: TypedValue): boolean {
  if (v.kind !== 'date' || v.date?.weekday === undefined || v.date.day !== undefined) return false;
  for (const m of text.matchAll(WEEKDAY_RANGE)) if (v.span.start >= m.index! && v.span.end <= m.index! + m[0].length) return true;
  return false;
}

/** A rise or a fall "from" a figure, right before it ("has risen from", "fell from"). */
const RISE_FROM = /\b(?:rise[ns]?|rose|increased|grown|grew|gone\s+up|went\s+up|up|climbed|doubled|trebled)\s+from\s+$/i;
const FALL_FROM = /\b(?:fall(?:en|s)?|fell|decreased|dropped|cut|reduced|gone\s+down|went\s+down|down|shrunk|shrank)\s+from\s+$/i;

/**
 * Whether a source's figure is the start of a move whose end the sentence does not give, and the claim's figure lies
 * past it in the move's way: no rival level ("is now putting in £3.1 million" / "… contribution has risen from £2.0m").
 */
function pastStartOfMove(info: ClaimInfo, v: TypedValue, sentence: TextInfo, span: Span): boolean {
  const x = sentence.values.find((y) => y.span.start === span.start);
  if (!x || x.value === undefined || v.value === undefined || x.kind !== v.kind || (x.unit ?? '') !== (v.unit ?? '')) return false;
  const before = sentence.text.slice(Math.max(0, x.span.start - 24), x.span.start);
  const up = RISE_FROM.test(before);
  if (!up && !FALL_FROM.test(before)) return false;
  // (The end given, "from £2.0m to £2.6m", is the level to compare; nor a claim's figure a move starts from itself.)
  const end = sentence.values.find((y) => y.span.start > x.span.end && y.span.start <= x.span.end + 40 && isNumeric(y));
  if (end && /^\s+(?:\p{L}+\s+){0,4}?to\s+(?:about\s+|around\s+)?$/u.test(sentence.text.slice(x.span.end, end.span.start))) return false;
  if (/\bfrom\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 6), v.span.start))) return false;
  return up ? v.value > x.value : v.value < x.value;
}

/** The other end of a move "from" a claim's figure "to" another, or from another to it ("from 142 to 118"). */
function otherEndOfMove(info: ClaimInfo, v: TypedValue): TypedValue | undefined {
  // (The first figure's date between: "from 1,412 in 2020/21 to 1,187 in 2023/24".)
  return info.values.find((w) => w !== v && isNumeric(w) && /^\s*(?:(?:in|for)\s+(?:[\p{L}\d/'’-]+\s+){1,3})?(?:to|-|–)\s*$/u.test(v.span.end <= w.span.start ? info.text.slice(v.span.end, w.span.start) : info.text.slice(w.span.end, v.span.start)) && /\bfrom\s+$/i.test(info.text.slice(Math.max(0, Math.min(v.span.start, w.span.start) - 6), Math.min(v.span.start, w.span.start))));
}

/** "than" after a figure's word of comparison, and what follows it to the clause's end. */
const THAN_AFTER = /^[^.;:()]{0,40}?\b(?:more|fewer|less|higher|lower|larger|smaller|greater|bigger|longer|shorter)\s+than\s+([^,.;:()]{3,80})/i;

/**
 * Whether the sentence names a thing the claim names only in what it compares its figure with, after "than", and
 * none the claim names before ("The new site would have 24 plots, five more than are currently let at Cinder Lane" /
 * "the Cinder Lane site … comprises 22 plots").
 */
function ofComparedThing(info: ClaimInfo, v: TypedValue, sentence: TextInfo): boolean {
  const m = THAN_AFTER.exec(info.text.slice(v.span.end));
  // (Not a bound's "more than four hours after the count began at Kelmsford Leisure Centre".)
  if (!m || /^(?:(?:about|around|nearly|almost|just)\s+)?(?:[£$€]?\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|twice|double|treble)\b)/i.test(m[1])) return false;
  const from = v.span.end + m.index! + m[0].length - m[1].length;
  const to = v.span.end + m.index! + m[0].length;
  const names = info.values.filter((w) => w.kind === 'name');
  const after = names.filter((w) => w.span.start >= from && w.span.end <= to);
  const before = names.filter((w) => w.span.end <= v.span.start);
  return after.some((w) => statesValue(sentence, w)) && !before.some((w) => statesValue(sentence, w));
}

/**
 * Whether a claim's whole count is the sum of two neighbouring counts of a sentence's list, nothing of the kind between
 * them ("18" / "12 had moved to homes within five miles …, 6 to homes between five and 15 miles away").
 */
function sumInList(v: TypedValue, sentence: TextInfo): boolean {
  if (v.value === undefined || v.bound || !Number.isInteger(v.value) || v.value <= 0 || (v.kind !== 'number' && !(v.kind === 'quantity' && countUnit(v.unit)))) return false;
  const counts = sentence.values.filter((x) => x.kind === v.kind && x.unit === v.unit && !x.bound && x.value !== undefined && Number.isInteger(x.value) && x.value > 0);
  for (let k = 0; k + 1 < counts.length; k++) {
    const [a, b] = [counts[k], counts[k + 1]];
    if (a.value! + b.value! !== v.value || a.value === v.value || b.value === v.value) continue;
    // (Items of one list: a comma or "and" between them, no full stop.)
    if (/^[^.;:!?]{0,120}$/.test(sentence.text.slice(a.span.end, b.span.start)) && /,|\band\b/.test(sentence.text.slice(a.span.end, b.span.start))) return true;
  }
  return false;
}

const GRADE = /\b(grade|band|category|level|class|tier|stage|phase)\s+(\d+[a-z]?|[A-Z]\b|[ivx]+\b)/giu;

/** Whether a sentence denies only grades (bands, classes …) of a kind the claim gives another of: "Grade 1 or Grade 2" / "Grade 3a". */
function otherGradeDenied(claim: string, sentence: string): boolean {
  const grades = (text: string) => [...text.matchAll(GRADE)].map((m) => [m[1].toLowerCase(), m[2].toLowerCase()] as const);
  const mine = grades(claim);
  if (!mine.length) return false;
  const cue = NEGATION_CUE.exec(sentence);
  const theirs = cue ? grades(sentence.slice(cue.index, cue.index + 120)) : [];
  return theirs.length > 0 && theirs.every(([k, g]) => mine.some(([m, h]) => m === k && h !== g) && !mine.some(([m, h]) => m === k && h === g));
}

/** A sentence whose only denial is of a prevention, which affirms: "No student … will be prevented from completing". */
function deniesPrevention(text: string): boolean {
  return negationCount(text) === 2 && /\b(?:no|not|never|nobody|none)\b[^.;:]{0,60}\b(?:prevent|stop|bar|ban|exclud|block)\w*\s+(?:\p{L}+\s+){0,2}?from\b/iu.test(text);
}

/** Whether a time frame points back to a period named before ("over those four months"): no figure of its own. */
function pointsBack(text: string, v: TypedValue): boolean {
  return timeFrame(text, v) && /\b(?:those|these)\s+$/i.test(text.slice(Math.max(0, v.span.start - 8), v.span.start));
}

/** Role similarity under which a length of time is no rival of a claim's time frame (`timeFrame`). */
const TIME_FRAME_ROLE_MIN = 0.2;

/**
 * Whether a figure is a length of time that frames the claim, back or forward from now or the period named before: "in
 * the last three years", "over the next five months", "over those four months".
 */
function timeFrame(text: string, v: TypedValue): boolean {
  return v.kind === 'quantity' && (v.unit === 'year' || v.unit === 'month' || v.unit === 'week' || v.unit === 'day' || v.unit === 'decade') && /\b(?:last|past|previous|next|coming|first|final|those|these)\s+$/i.test(text.slice(Math.max(0, v.span.start - 12), v.span.start));
}

/** Minimum role similarity of a name in another's place in a sentence that copies all the rest of the claim. */
const COPIED_NAME_ROLE_MIN = 0.5;
/** Share of a claim's other words a sentence must say for a name in the place of the claim's to be a swap. */
const NAME_SWAP_COPY_MIN = 0.9;
/**
 * A second passage that gives a claim's name and at most this much of the rest of it gives the name alone (a venue's
 * line); a sentence with another name in its place then need copy only `PAIR_NAME_COPY_MIN` of the claim.
 */
const PAIR_NAME_ONLY_MAX = 0.1;
const PAIR_NAME_COPY_MIN = 0.6;

/**
 * The sentence's name in the place of the claim's name `v`, when the sentence says at least `copied` of the claim's
 * other words (`lemmaCoverage` without the name's): a swap of names in a sentence the claim copies.
 */
function nameInPlaceOf(claim: Claim, info: ClaimInfo, v: TypedValue, sentence: TextInfo, copied: number): RivalValue | undefined {
  const r = findRival(claim, info, v, sentence);
  if (!r || r.role < SWAP_ROLE_MIN) return undefined;
  return lemmaCoverage(info, sentence, undefined, new Set(v.name!.flatMap((w) => processTerm(w) ?? []))) >= copied ? r : undefined;
}

/** Minimum topic and sentence coverage for a difference in polarity to be a contradiction (nearly the same words). */
export const NEGATION_MIN = 0.8;
/**
 * How much of a denying claim the neighbour of a best sentence that says little of it (`BEST_SAYS_LITTLE`) must say:
 * most, all but a word or two ("still", "new", "the end of February" for "28 February").
 */
const NEIGHBOUR_NEGATION_MIN = 0.6;
const BEST_SAYS_LITTLE = 0.3;
/** How much of the rest of a claim an outcome's sentence says itself when its neighbours say the rest. */
const OUTCOME_OWN_MIN = 0.4;
/** How much of a claim a sentence must say for its compass direction before the claim's word to be the claim's (the day of a live page's update is its heading's). */
const COMPASS_COPY_MIN = 0.6;
/** Minimum coverage of a claim's words outside its values by a sentence for the claim to copy it (`copyCoverage`). */
export const COPY_TOPIC = 0.9;
/** Auxiliary verbs: in the place of another word they change the wording, not the fact ("will be out" / "sidelined"). */
const AUXILIARIES = new Set(['will', 'shall', 'would', 'could', 'should', 'must', 'might', 'may', 'can', 'been', 'being', 'have', 'has', 'had', 'does', 'did', 'was', 'were', 'are', 'gets', 'got']);
/**
 * Nouns a writer puts for a more exact one ("The drug reduced the risk" / "A daily low-dose tablet reduced the risk",
 * "the firm" / "the haulier"): in the place of an unrelated word they are the same thing said generally, not a swap
 * (word vectors read some exact words in another sense: "tablet" is near "computer", not "drug").
 */
/**
 * Whether the source sentence, right after the word aligned with the claim's, has "I" or "we" doing what the claim's
 * next word says its word did: "The inspector noted the offer" / "… per year, which I note but give no weight to".
 */
function firstPersonDoer(claimText: string, claimSpan: Span, sourceText: string, sourceSpan: Span): boolean {
  const verb = /^\s+(\p{L}+)/u.exec(claimText.slice(claimSpan.end))?.[1];
  const term = verb && processTerm(verb);
  const m = /^[^.;:]{0,30}?\b(?:I|we|We)\s+(?:\p{L}+\s+)??(\p{L}+)/u.exec(sourceText.slice(sourceSpan.end));
  return !!term && !!m && processTerm(m[1]) === term;
}

/** Words of a bound right before a figure: "just under", "more than", "about". */
const BOUND_WORDS_BEFORE = /(?:(?:just|well|slightly|a\s+little)\s+)?(?:under|over|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|nearly|almost|around|about|roughly|approximately|some)\s+$/i;

/**
 * A conflict of two figures written alike, which differ by their bounds ("just under £9,000" / "just over £9,000"),
 * with the bound words of each before it; others as they are.
 */
function boundsShown(c: Conflict, claimText: string, sourceText: string): Conflict {
  if (c.kind === 'name' || c.kind === 'word' || c.kind === 'direction' || c.kind === 'negation' || c.claim.toLowerCase() !== c.source.toLowerCase() || !c.sourceSpan) return c;
  const at = claimText.indexOf(c.claim);
  if (at < 0 || sourceText.slice(c.sourceSpan.start, c.sourceSpan.end) !== c.source) return c;
  const mine = BOUND_WORDS_BEFORE.exec(claimText.slice(Math.max(0, at - 30), at))?.[0] ?? '';
  const theirs = BOUND_WORDS_BEFORE.exec(sourceText.slice(Math.max(0, c.sourceSpan.start - 30), c.sourceSpan.start))?.[0] ?? '';
  if (mine.toLowerCase().replace(/\s+/g, ' ') === theirs.toLowerCase().replace(/\s+/g, ' ')) return c;
  return {
    ...c,
    claim: `${mine}${c.claim}`,
    source: `${theirs}${c.source}`,
    ...(c.claimSpan ? { claimSpan: { start: c.claimSpan.start - mine.length, end: c.claimSpan.end } } : {}),
    sourceSpan: { start: c.sourceSpan.start - theirs.length, end: c.sourceSpan.end },
  };
}

/**
 * Whether a claim's name is a possessive and what it owns ("Mbereta's Special Envoy"), where the rival names the
 * possessor ("Republic of Mbereta") and the text gives what it owns ("Special Envoy").
 */
function possessorOfRival(v: TypedValue, rival: string, text: string): boolean {
  const m = v.kind === 'name' ? /^(\p{Lu}[\p{L}-]+)['’]s\s+(\p{Lu}.+)$/u.exec(v.text) : null;
  if (!m) return false;
  const word = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u');
  // (Not a name that owns itself: "New Japan's New Japan".)
  return word(m[1]).test(rival) && !word(m[1]).test(m[2]) && word(m[2]).test(text);
}

/** Whether a claim's figure counts a part of a group ("12 of those play areas") and a source's figure is larger: the whole's. */
function partOfLarger(info: ClaimInfo, v: TypedValue, source: string, after = ''): boolean {
  const PART = /^\s+of\s+(?:those|these|them|the|its|their)\b/i;
  // (Not a part the source counts too: "on two of them" / "on three of the four".)
  if (!isNumeric(v) || v.value === undefined || !PART.test(info.text.slice(v.span.end, v.span.end + 20)) || PART.test(after)) return false;
  const x = extractValues(source).find(isNumeric);
  return x?.value !== undefined && x.kind === v.kind && x.value > v.value;
}

/** Days or weeks between two events: "came two days after", "three weeks before". */
const DAYS_APART = /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|hours?)\s+(?:after|before|later|earlier)\b/i;

/** Whether a source's date, a rival of a claim's, is of another event that its sentence puts days from the claim's
 * ("on Tuesday 29 July, came two days after the longest spill"), the claim saying no such thing. */
function dayOfOtherEvent(info: ClaimInfo, v: TypedValue, sentence: string, rival: Conflict): boolean {
  return v.kind === 'date' && !!rival.sourceSpan && DAYS_APART.test(sentence.slice(rival.sourceSpan.end, rival.sourceSpan.end + 60)) && !DAYS_APART.test(info.text);
}

/**
 * Whether the claim names a row (by its label's words) only after a comparison that follows its figure: "compared
 * with", "than", or "against" another figure ("costs 37p per visit, against 22p at the Westcombe Esplanade toilets").
 */
function rowNamedAfterComparison(info: ClaimInfo, v: TypedValue, label: { terms: readonly string[] } | undefined): boolean {
  if (!label?.terms.length) return false;
  const cue = /\b(?:compared\s+with|compared\s+to|versus|than|against(?=\s+(?:just\s+|only\s+)?[£$€]?\d))\b/i.exec(info.text.slice(v.span.end));
  if (!cue) return false;
  const from = v.span.end + cue.index;
  const named = info.tokens.filter((k) => !!k.term && label.terms.includes(k.term));
  return named.length > 0 && named.every((k) => k.start >= from);
}

/** The figures of a document's rows of totals (its first 5,000 lines), read once per document. */
const totalRows = new WeakMap<SourceDocument, TypedValue[]>();

/** Whether a table's row of totals in a document gives a figure the claim's (a sum, in its unit) agrees with. */
function totalRowGives(document: SourceDocument, v: TypedValue): boolean {
  let figures = totalRows.get(document);
  if (!figures) {
    figures = [];
    for (const line of document.text.split('\n', 5000)) {
      if (!line.includes('|') || line.length > 400) continue;
      const label = line.replace(/^\s*\|/, '').split('|')[0].replace(/[*_]/g, '').trim();
      if (TOTAL_LABEL.test(label)) figures.push(...extractValues(line.replace(/[*_|]/g, ' ')));
    }
    totalRows.set(document, figures);
  }
  return figures.some((x) => x.kind === v.kind && (x.unit ?? '') === (v.unit ?? '') && valueAgrees(v, x));
}

/** Words of a bound a writer may put before the noun of a figure ("below the threshold of 40"). */
const BOUND_WORD = String.raw`(below|under|above|over|beyond|less\s+than|more\s+than|fewer\s+than|within|exceed(?:s|ed|ing)?)`;

/**
 * Whether a rival is the claim's figure with a bound that the claim says too, a few words before the figure: "below
 * the threshold of 40" / "a score below 40".
 */
function boundSaidBefore(claimText: string, v: TypedValue, sentence: string, at: Span): boolean {
  const rival = sentence.slice(at.start, at.end);
  const theirs = new RegExp(String.raw`^${BOUND_WORD}\s`, 'i').exec(rival) ?? new RegExp(String.raw`\b${BOUND_WORD}\s+$`, 'i').exec(sentence.slice(Math.max(0, at.start - 16), at.start));
  if (!theirs || v.bound || !isNumeric(v) || !new RegExp(String.raw`(?<![\p{N}.,])${escapeRegExp(v.text.replace(/^[^\d]*/, ''))}`, 'u').test(rival)) return false;
  const mine = new RegExp(String.raw`\b${BOUND_WORD}\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,3}(?:of\s+)?$`, 'iu').exec(claimText.slice(Math.max(0, v.span.start - 50), v.span.start));
  return !!mine && mine[1].toLowerCase().replace(/\s+/g, ' ').slice(0, 4) === theirs[1].toLowerCase().replace(/\s+/g, ' ').slice(0, 4);
}

/**
 * Whether a rival date belongs to a verb the claim puts in a clause after its own date's, behind "after", "before",
 * "when" or the like: the claim dates its main clause, not that verb ("are set to lose their surgery at the end of May
 * after the practice applied to close it" / "applied on 6 January 2025 to close its branch").
 */
function dateOfLaterClause(info: ClaimInfo, v: TypedValue, sentence: string, rival: Conflict): boolean {
  if (v.kind !== 'date' || !rival.sourceSpan) return false;
  const verb = /(\p{L}{3,})\s+(?:on|in|from|by)\s+$/u.exec(sentence.slice(Math.max(0, rival.sourceSpan.start - 30), rival.sourceSpan.start))?.[1];
  if (!verb || STOPWORDS.has(verb.toLowerCase())) return false;
  const later = /^[^.;:]*?\b(?:after|before|when|once|since|until|because)\b([^;:]*)/i.exec(info.text.slice(v.span.end))?.[1];
  if (!later) return false;
  const stem = processTerm(verb.toLowerCase());
  return !!stem && later.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length > 2 && processTerm(w) === stem);
}

/**
 * A call or a demand a few words before a word, the word in a clause of its own after "to" or "that": "calling for the
 * parking to be ", "demanding that the council " (not "had asked for their money back").
 */
const DEMANDED = /\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|campaign(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|petition(?:s|ed|ing)?\s+for)\b[^.;:!?]{0,30}\b(?:to|that)\b[^.;:!?]{0,20}$/i;

/** Whether a document joins a claim's name of a body and a rival's one word ("Board of Commissioners"): one body. */
function oneBody(name: string, rival: string, text: string): boolean {
  const first = /^\p{Lu}\p{L}+/u.exec(name)?.[0];
  if (!first || !/^\p{Lu}\p{L}+$/u.test(rival) || first === rival) return false;
  const [a, b] = [escapeRegExp(first), escapeRegExp(rival)];
  return new RegExp(String.raw`\b(?:${b}\s+of\s+(?:the\s+)?${a}|${a}\s+of\s+(?:the\s+)?${b}|${a}['’]?\s+${b})\b`, 'u').test(text);
}

/** A figure as a share of one when it is a percentage ("24.1 per cent" is 0.241, "a quarter" 0.25), else its value. */
const shareOf = (x: TypedValue) => (x.kind === 'percent' && x.unit === '%' ? x.value! / 100 : x.value);
const isShare = (x: TypedValue) => (x.kind === 'percent' && x.unit === '%') || x.unit === 'fraction';
/** Two figures of one kind and unit, or two shares ("a quarter", "24.1 per cent"). */
const alikeFigures = (x: TypedValue, y: TypedValue) => (isShare(x) && isShare(y)) || (x.kind === y.kind && (x.unit ?? '') === (y.unit ?? ''));

/** How much of the claim a sentence must have for its frequency to be the claim's (`frequencies`). */
const FREQUENCY_COPY_MIN = 0.6;
/** Words of how often: "weekly", "every month", "once a fortnight" (not "three-weekly", nor a sum's "£50 a week"). */
const FREQUENCY = /(?<![\p{L}-])(?:(hourly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly)|(?:every|each)\s+(hour|day|week|fortnight|month|quarter|year)|(?:once|twice)\s+a\s+(day|week|fortnight|month|quarter|year))(?![\p{L}-])/giu;
const FREQUENCY_PERIOD: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year' };

/** The frequencies a text gives, each with its period ("week" for "weekly", "every week" and "once a week"). */
function frequencies(text: string): { text: string; period: string; span: Span }[] {
  return [...text.matchAll(FREQUENCY)].map((m) => {
    const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    return { text: m[0], period: FREQUENCY_PERIOD[word] ?? word, span: { start: m.index!, end: m.index! + m[0].length } };
  });
}

/**
 * Whether a text defines an acronym as the initials of a name that has every word of the claim's name ("Kelsford Royal
 * Infirmary (KRI)" for "Kelsford"), the small words of the name left out ("Bank of England (BoE)").
 */
function definesAcronymOf(name: string, acronym: string, text: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(acronym)) return false;
  const mine = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!mine.length) return false;
  const marker = `(${acronym})`;
  const initials = acronym.replace(/\p{Ll}/gu, '');
  if (initials.length < 2) return false;
  let at = text.indexOf(marker);
  for (let seen = 0; at > 0 && seen < ACRONYM_DEFINITIONS_MAX; seen++, at = text.indexOf(marker, at + marker.length)) {
    const words = text.slice(Math.max(0, at - 120), at).trim().split(/\s+/);
    const named: string[] = [];
    for (let k = words.length - 1; k >= 0 && named.length < initials.length; k--) {
      if (/^\p{Lu}/u.test(words[k])) named.unshift(words[k].replace(/[^\p{L}\p{N}'’-]+$/u, ''));
      else if (!/^(?:of|and|for|the|&)$/i.test(words[k])) break;
    }
    if (named.length === initials.length && named.map((w) => w[0].toUpperCase()).join('') === initials && mine.every((w) => named.includes(w))) return true;
  }
  return false;
}
/** How many of a text's "(KRI)" markers are read for the name before them. */
const ACRONYM_DEFINITIONS_MAX = 4;

/** A source's span of time counted from now ("in ten years' time", "five years from now") against a claim's span that is
 * not. */
function timeFromNow(info: ClaimInfo, v: TypedValue, after = ''): boolean {
  const FROM_NOW = /^(?:['’]s?\s+time\b|\s+from\s+now\b)/i;
  return v.kind === 'quantity' && FROM_NOW.test(after) && !FROM_NOW.test(info.text.slice(v.span.end, v.span.end + 20));
}

/** Adverbs that link a sentence to the one before, which say nothing of its fact. */
/** Verbs that cite a cause or a fact before "to": "pointed to", "referred to", "alluded to". */
const CITING_VERBS = /^(?:point(?:s|ed|ing)?|refer(?:s|red|ring)?|allud(?:e|es|ed|ing)|look(?:s|ed|ing)?|turn(?:s|ed|ing)?)$/i;
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['therefore', 'thus', 'hence', 'however', 'meanwhile', 'nevertheless', 'nonetheless', 'consequently', 'accordingly', 'moreover', 'furthermore', 'also', 'instead', 'indeed']);

/** Pronouns that leave open who: a claim may name them ("for anyone waiting" / "for pupils waiting"). */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'whoever']);

const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'drug', 'drugs', 'medicine', 'medicines', 'treatment', 'treatments', 'company', 'companies', 'firm', 'firms', 'business', 'businesses',
  'group', 'organisation', 'organization', 'body', 'man', 'woman', 'men', 'women', 'person', 'people', 'child', 'children',
  // ("Families with questions can call" / "Parents with questions can call".)
  'family', 'families', 'household', 'households',
  'vehicle', 'vehicles', 'building', 'buildings', 'site', 'area', 'place', 'device', 'devices', 'product', 'products',
  'scheme', 'plan', 'project', 'event', 'team', 'side', 'club', 'party', 'country', 'city', 'town', 'region',
  // ("The work was completed two days ahead of schedule" / "The £8.6 million resurfacing project covered … the runway
  // and was completed … two days ahead of schedule")
  'work', 'works', 'programme', 'program', 'operation', 'development', 'facility', 'venue',
]);
/**
 * Broad nouns a kind of the thing may stand for, on either side, in a list too ("who directs the show and plays Dame
 * Trott" / "who directs the pantomime and plays Dame Trott"; "where the pothole had not been reported" / "where the
 * defect had not been reported").
 */
const BROAD_NOUNS: ReadonlySet<string> = new Set(['show', 'shows', 'production', 'productions', 'performance', 'performances', 'defect', 'defects', 'fault', 'faults', 'problem', 'problems', 'issue', 'issues']);
/** A percentage right after a word ("91%", "about 40 per cent"). */
const BEFORE_PERCENT = /^\s+(?:(?:about|around|some|nearly|almost|over|just|roughly|more\s+than|less\s+than)\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;
/** Words for an occasion, which stand for any event of the evidence ("made last time" / "made at the last inspection"). */
const OCCASION_WORDS: ReadonlySet<string> = new Set(['time', 'times', 'occasion', 'occasions']);
/**
 * Verbs that carry little meaning of their own ("give the reference" / "quoting reference", "take part" / "joined"):
 * the word in their place is no unrelated swap.
 */
/**
 * Words that relate the claim's parts, no content of their own ("342 patients on cardavimab versus 476 on placebo" /
 * "342 patients in the cardavimab group and 476 patients in the placebo group"): in a swapped word's place they say
 * how figures or things stand to each other, not a thing of their own.
 */
const RELATION_WORDS: ReadonlySet<string> = new Set(['versus', 'against', 'compared', 'than', 'between', 'among', 'amongst', 'per', 'via', 'whereas', 'while', 'respectively', 'each', 'both', 'either', 'neither']);
const LIGHT_VERBS: ReadonlySet<string> = new Set(['leave', 'leaves', 'leaving', 'left', 'move', 'moves', 'moved', 'moving', 'give', 'gives', 'gave', 'given', 'giving', 'take', 'takes', 'took', 'taken', 'taking', 'make', 'makes', 'made', 'making', 'get', 'gets', 'getting', 'put', 'puts', 'putting', 'go', 'goes', 'went', 'going', 'keep', 'keeps', 'kept', 'let', 'lets', 'set', 'sets', 'do', 'does', 'did', 'doing', 'done']);
/** A party's part in an application or an appeal, and the kinds of party that may take it. */
const APPLICANTS: ReadonlySet<string> = new Set(['applicant', 'applicants', 'appellant', 'appellants']);
const PARTY_KINDS: ReadonlySet<string> = new Set(['developer', 'developers', 'housebuilder', 'housebuilders', 'builder', 'builders', 'company', 'firm', 'landowner', 'owner', 'owners', 'operator']);
/** Documents that say what their authors say ("His report recorded …"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'statement', 'statements', 'letter', 'letters', 'study', 'survey', 'review', 'paper', 'findings', 'submission', 'analysis', 'assessment']);
/** Cosine below which two words are unrelated ("poetry" / "became"): a swap of them in a copied sentence contradicts. */
export const UNRELATED_MAX = 0.3;
/** How related a source's word before "of" must be to the claim's word to be its word for the part ("outset" / "start"). */
const PART_RELATED_MIN = 0.4;
/** Minimum coverage of a claim by its evidence sentence for a changed bound of a figure to be a contradiction. */
export const BOUND_COPY_MIN = 0.7;
/** How much less of a claim than the best evidence a passage that gives a figure bare may copy, below `BOUND_COPY_MIN`. */
const BARE_COPY_SLACK = 0.1;
/** Share of a claim's words a sentence must say for a figure's label there to be read against the claim's. */
const LABEL_COPY_MIN = 0.5;
/** Topic a passage needs for a value it states to count as the claim's in the account of its evidence. */
const STATED_TOPIC_MIN = 0.2;
/** Topic of a sentence the claim is taken from (most of its words): its figure is the claim's, whatever a table says. */
const COPIED_TOPIC_MIN = 0.6;
/** Topic a passage needs to be about a claim through its figures (all but one of them given). */
export const FIGURES_TOPIC_MIN = 0.4;
/** The least topic of a passage that gives all the claim's figures but one, and that one's unit once (`inOwnUnit`). */
const FIGURES_UNIT_TOPIC_MIN = 0.3;
/** Units of a length of time or of space, whose figure a sentence gives for one thing at most. */
const MEASURES_OF_TIME_AND_SPACE = new Set(['min', 'h', 's', 'day', 'week', 'month', 'km', 'mi', 'm', 'ft', 'cm', 'mm', 'mph', 'kph']);

/**
 * A table row that names the owner of a claim figure (`ownerOf`: "against 33.6% for Mr Hargreaves", "Hargreaves took
 * 33.6%") and gives another figure of its kind: the rival of that figure, whatever other rows say. Only a row with
 * one figure of the kind and unit: in "Revenue | £4,210m | £3,870m" the writer's "£4.5bn" may be either year's.
 */
function tableRowRival(claim: Claim, info: ClaimInfo, rows: readonly Candidate[], candidates: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  if (!rows.length) return undefined;
  for (const v of info.values) {
    if (!isNumeric(v) || v.label) continue;
    const owner = ownerOf(info, v);
    if (!owner) continue;
    // Nor when a sentence of the owner alone gives the figure: "Thornbury had two previous convictions" / "Thornbury
    // has two previous convictions …", whatever his row gives ("Liam Thornbury | Age: 34"). (Not one that names
    // others: "Kestrel Ridge Ventures led with £18 million, with the Carrowmere Innovation Fund …" gives the figure to
    // another.)
    // (The owner's party or body, which the claim and the owner's row give too, is still the owner's: "1,408 for Grace
    // Okafor of the Vale Green Party" / "Grace Okafor (Vale Green Party) 1,408.", beside the row "Grace Okafor | Vale
    // Green Party | First count: 1,409".)
    const ownersToo = (x: TypedValue) => info.values.some((w) => w.kind === 'name' && agreesEitherWay(w, x)) && rows.some((r) => statesValue(r.sentence, owner) && statesValue(r.sentence, x));
    const alone = (t: TextInfo) => t.values.every((x) => x.kind !== 'name' || agreesEitherWay(owner, x) || ownersToo(x));
    if (candidates.some((c) => !rows.includes(c) && statesValue(c.sentence, owner) && statesValue(c.sentence, v) && alone(c.sentence))) continue;
    // Nor when a row of the owner gives it: "businesses on Millgate Road, with 47 of the 58 …" / "Businesses on
    // Millgate Road | Total: 58 | Yes: 9 | No: 47 (81.0%)", whatever "Traffic congestion on Millgate Road | Number:
    // 1,188" gives.
    if (rows.some((c) => statesValue(c.sentence, owner) && statesValue(c.sentence, v))) continue;
    // Nor when a sentence that is no row gives the figure to another owner and the owner another of its kind, which
    // the rule of owners decides: "Pennock & Sons Coaches now carries 137 pupils" / "Pennock & Sons Coaches 174 pupils
    // …, Greyling Minibuses Ltd 137 pupils", beside the route rows "WX06 | … | 58 | … | Pennock & Sons Coaches".
    // (Nor when one gives the figure to the owner so: "Pennock & Sons Coaches now carries 174 pupils".)
    if (candidates.some((c) => !rows.includes(c) && (figureOfAnotherOwner(info, c.sentence) || givenTo(c.sentence, owner, (x) => isNumeric(x) && x.kind === v.kind && x.value === v.value)))) continue;
    for (const c of rows) {
      // Another row's figure is no help: "Raman took 11,047 votes" is wrong though Hargreaves's row gives 11,047.
      if (!statesValue(c.sentence, owner) || statesValue(c.sentence, v)) continue;
      const conflict = onlyOfItsKind(claim, v, c.sentence, () => true);
      if (conflict) return { candidate: c, conflict };
    }
  }
  return undefined;
}

/** A comparison between a claim's figure and a name after it: "£2.18m is higher than Larkfield Court's". */
const THAN_NAME = /^(?:\s+(?:a\s+year|a\s+week|per\s+\p{L}+|each\s+year))?,?\s+(?:is|was|are|were|remains?|remained|stood|stands)\s+(?:(?:just|well|far|slightly|much|still|even)\s+)?(higher|lower|more|less|greater|bigger|larger|smaller|fewer)\s+than\s+(?:that\s+(?:of|at)\s+|at\s+|for\s+|in\s+)?(?:the\s+)?$/iu;
const THAN_WAY: Record<string, { way: 1 | -1; other: string }> = {
  higher: { way: 1, other: 'lower' }, more: { way: 1, other: 'less' }, greater: { way: 1, other: 'smaller' }, bigger: { way: 1, other: 'smaller' },
  larger: { way: 1, other: 'smaller' }, lower: { way: -1, other: 'higher' }, less: { way: -1, other: 'more' }, smaller: { way: -1, other: 'larger' }, fewer: { way: -1, other: 'more' },
};

/**
 * A comparison of a claim's figure with another row's, by name, that the table's column goes against: "Elmcroft's
 * annual running cost of £2.18m is higher than Larkfield Court's" / "Elmcroft House, Kettlesby | … | Annual running
 * cost: £2.18m" and "Larkfield Court, Drayford | … | Annual running cost: £2.57m". The row that gives the figure, the
 * other row named, and its cell in the same column.
 */
function rowComparisonAgainst(claim: Claim, info: ClaimInfo, rows: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  if (rows.length < 2 || !/\bthan\b/i.test(info.text)) return undefined;
  for (const v of info.values) {
    if (!isNumeric(v) || v.bound || v.value === undefined || v.kind === 'year' || v.kind === 'date') continue;
    const name = info.values.find((n) => n.kind === 'name' && n.span.start >= v.span.end && THAN_NAME.test(info.text.slice(v.span.end, n.span.start)));
    // (The other's figure is the table's: no figure after the name, "than Larkfield Court's", "than at Larkfield".)
    if (!name || /^(?:['’]s?)?\s*(?:of\s+|at\s+)?(?:about\s+)?[£$€]?\d/u.test(info.text.slice(name.span.end, name.span.end + 16))) continue;
    const word = THAN_NAME.exec(info.text.slice(v.span.end, name.span.start))![1];
    const { way, other } = THAN_WAY[word.toLowerCase()];
    for (const r1 of rows) {
      const mine = r1.sentence.values.find((x) => isNumeric(x) && valueAgrees(v, x));
      const cell = mine && labelledCells(r1.sentence).find((c) => c.valueStart <= mine.span.start && mine.span.end <= c.end);
      if (!mine || !cell) continue;
      for (const r2 of rows) {
        if (r2 === r1 || r2.hit.document.id !== r1.hit.document.id) continue;
        const label = rowLabel(r2.sentence);
        if (!label || !r2.sentence.values.some((x) => x.kind === 'name' && x.span.start < r2.sentence.text.indexOf(' | ') && agreesEitherWay(name, x))) continue;
        const theirs = labelledCells(r2.sentence).find((c) => c.label === cell.label);
        const w = theirs && r2.sentence.values.find((x) => isNumeric(x) && x.kind === mine.kind && (x.unit ?? '') === (mine.unit ?? '') && x.span.start >= theirs.valueStart && x.span.end <= theirs.end);
        if (!w || w.value === undefined || w.value === mine.value) continue;
        if ((mine.value! > w.value ? 1 : -1) === way) return undefined;
        const at = v.span.end + THAN_NAME.exec(info.text.slice(v.span.end, name.span.start))!.index + THAN_NAME.exec(info.text.slice(v.span.end, name.span.start))![0].toLowerCase().lastIndexOf(word.toLowerCase());
        return {
          candidate: r2,
          conflict: { claim: word, source: other, kind: 'direction', claimSpan: draftSpan(claim, { start: at, end: at + word.length }), note: `it gives ${w.text} for ${label.text}`, replacement: other },
        };
      }
    }
  }
  return undefined;
}

/**
 * A row's first cell that is a year, alone or labelled, with its months in brackets or not: "Reporting year: 2024-25",
 * "2023", "2019/20 (April–March)".
 */
const YEAR_KEY_CELL = /^\s*(?:[\p{L}][\p{L} ]{0,29}:\s*)?((?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?)(?:\s*\([\p{L}\s–-]{3,30}\))?\s*$/u;

/**
 * A row keyed by the year the claim gives ("Reporting year: 2024-25 | …" for "in 2024-25"): the year as its label,
 * with no words; undefined for another row.
 */
function yearKey(info: ClaimInfo, row: TextInfo): { text: string; terms: string[] } | undefined {
  const m = YEAR_KEY_CELL.exec(row.text.split(' | ')[0]);
  const year = m ? headerYear(m[1]) : undefined;
  if (!m || !year) return undefined;
  return info.values.some((v) => v.kind === 'year' && v.value === year.year && v.through === year.through) ? { text: m[1], terms: [] } : undefined;
}

/** A table row's label: its first cell of words ("Operating profit", "Passenger journeys", a league table's team). */
const labelCache = new WeakMap<TextInfo, { text: string; terms: string[] } | null>();
/** A cell of a place's name and where it lies from another: "Mill Bridge, 400 m downstream", "Cobb's Weir, 1.6 km upstream". */
const PLACE_AND_WHERE = /^(\p{Lu}[^|,\d]{1,40}),\s+[\d.,]+\s*(?:m|km|metres?|meters?|miles?|yards?)\s+(?:(?:up|down)stream|north|south|east|west|from|away)\b[^|]*$/u;
/** A cell that marks a row's status, not what the row is about: a chart's "NEW" or "RE", "n/a". */
const STATUS_CELL = /^(?:NEW|RE|RE-?ENTRY|NE|N\/A|n\/a|[–—-])$/u;

/**
 * A row's label of words with a figure of a compound inside ("Repairs outside 28-day target"): a word first, two words
 * of three letters or more, every figure joined to a word by a hyphen (not "Aster 7 Pro"), no "Label: figure" colon.
 */
// (Or an age after "aged", "over" or "under": "Drivers aged 60 or over".)
const WORDS_WITH_FIGURE = /^(?=(?:[^|]*?\p{L}{3,}){2})(?!.*(?<!\b(?:aged|over|under)\s+\d*)\d(?!\d|-\p{L}))\p{L}[^|:]{1,59}$/iu;

/** Whether a claim has two of a row label's words, or all of a shorter label's ("standard residential" of "Residential care (standard)"). */
function namesMostOf(info: ClaimInfo, label: { terms: string[] } | undefined): boolean {
  return !!label && label.terms.length > 0 && label.terms.filter((t) => info.terms.has(t)).length >= Math.min(2, label.terms.length);
}

function rowLabel(row: TextInfo): { text: string; terms: string[] } | undefined {
  let label = labelCache.get(row);
  if (label === undefined) {
    // The first cell of words (a league table's first cell is the position; a chart's second may be "NEW").
    const cell = row.text
      .split(' | ')
      .slice(0, 3)
      .map((c) => c.trim())
      // (A place and, after a comma, where it lies: "Mill Bridge, 400 m downstream" is the row of Mill Bridge.)
      .map((c) => PLACE_AND_WHERE.exec(c)?.[1] ?? c)
      .find((c) => (/^[^\d|]{2,60}$/u.test(c) || WORDS_WITH_FIGURE.test(c)) && /\p{L}/u.test(c) && !STATUS_CELL.test(c));
    const terms = cell ? analyzeText(cell, false).terms : undefined;
    label = cell && terms?.size ? { text: cell, terms: [...terms] } : null;
    labelCache.set(row, label);
  }
  return label ?? undefined;
}

/**
 * Whether a claim's bare count counts another noun than a column's header ends with: "two inpatient wards" /
 * "Inpatient beds" (not "12 officers" / "Police officers", nor a header without a plural noun at its end).
 */
function countsOtherThanColumn(claimText: string, value: TypedValue, label: string): boolean {
  if (value.kind !== 'number' || value.unit) return false;
  const mine = countedNoun(claimText, value);
  const last = /(\p{Ll}{3,}s)\s*(?:\([^()]*\))?\s*$/u.exec(label.toLowerCase())?.[1];
  if (!mine || !last || NOT_A_NOUN.test(last) || /(?:ous|ss)$/.test(last)) return false;
  const term = (w: string) => lemma(processTerm(w) ?? w);
  return term(mine.noun) !== term(last) && !label.toLowerCase().split(/[^\p{L}]+/u).some((w) => w && term(w) === term(mine.noun));
}

/** A comparative and "than" after a figure, which make it a difference: "six fewer than", "£87.81 more than". */
const COMPARED_AFTER = /^\s*(?:[\p{L}%]+\s+)?(?:more|fewer|less|higher|lower|longer|shorter|bigger|smaller|larger|older|younger)\s+than\b/iu;
/** A winning margin's words before its figure: "wins the St Anselm's ward seat … by", "beat Hargreaves by". */
const WON_BY = /\b(?:won|wins|win|winning|beat|beats|beaten|defeated|defeats|held|holds|hold|retained|retains|gained|gains|took|takes)\b[^.;:!?]{0,80}\bby\s+(?:(?:about|around|nearly|almost|just|some|only|a\s+mere)\s+)?$/i;

/** A cell of a row with its column's label and a figure ("| Tarvoxilan: 131 (14.2%)"). */
const LABELLED_FIGURE_CELL = /\|\s*[^|:\n]{1,60}:\s*[^|\n]*\d/u;

/** The clause of a figure: from the comma, semicolon, colon or "and", "but", "while", "whereas" before it to the next. */
function figureClause(text: string, span: Span): string {
  const clause = figureClauseSpan(text, span, '[,;:]');
  return text.slice(clause.start, clause.end);
}

/** `figureClause` as a span, its marks (a character class) besides "and", "but", "while" and "whereas". */
function figureClauseSpan(text: string, span: Span, marks: string): Span {
  const mark = String.raw`${marks}|\s(?:and|but|while|whereas)\s`;
  const start = Math.max(0, ...[...text.slice(0, span.start).matchAll(new RegExp(mark, 'g'))].map((m) => m.index! + m[0].length));
  const end = span.end + (new RegExp(mark).exec(text.slice(span.end))?.index ?? text.length - span.end);
  return { start, end };
}

/** The labels of a row of those for or against, and the words a claim says either with. */
// (A survey's row may join two: "Strongly agree or agree", "Disagree or strongly disagree".)
const STANCES = [
  { label: /^(?:support(?:ed|s)?|for|in\s+favou?r|yes|(?:strongly\s+)?agreed?(?:\s+or\s+(?:strongly\s+)?agreed?)?|approved?)$/i, words: /\b(?:in\s+favou?r|in\s+support|support(?:ed|ing)?|backed|backing|approved|agreed|for\s+(?:it|the\s+\p{L}+))\b/iu },
  { label: /^(?:oppose[ds]?|against|no|(?:strongly\s+)?disagreed?(?:\s+or\s+(?:strongly\s+)?disagreed?)?|object(?:ed|ions?)?)$/i, words: /\b(?:against|opposed|opposing|objected|objecting|disagreed)\b/i },
];

/**
 * Whether the claim names a row only by words after "of those", "of all" or "of the" that follow a share: the whole
 * the share is of ("85 per cent of those voting" names "Votes cast" as the whole, not as the figure's row).
 */
function namedAsWhole(info: ClaimInfo, label: { terms: string[] }): boolean {
  const wholes = [...info.text.matchAll(/(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?)\s+of\s+(?:those|all|the|its|their)\s+((?:[\p{L}'’-]+\s*){1,4})/giu)];
  if (!wholes.length || !label.terms.length) return false;
  const inWhole = new Set(wholes.flatMap((m) => [...analyzeText(m[1], false).terms]));
  const named = label.terms.filter((t) => info.terms.has(t) || [...info.terms].some((x) => lemma(x) === lemma(t)));
  return named.length > 0 && named.every((t) => inWhole.has(t) || [...inWhole].some((x) => lemma(x) === lemma(t)));
}

/** A table's row of totals ("Total", "All", "Overall", "Combined"). */
const TOTAL_LABEL = /^[*_\s]*(?:grand\s+)?(?:total|all|overall|combined|year\s+to\s+date)\b|^[*_\s]*[\p{L}-]+(?:\s+[\p{L}-]+)?\s+totals?[*_\s]*$/iu;

/** A word that opens a clause before a figure ("… while wages rose to £1.87 million"). */
const CLAUSE_WORD = /\b(?:while|whereas|but)\b/gi;

/** The row whose label has the claim's word nearest before a figure, in the figure's clause (after its last comma, semicolon, colon, "while", "whereas" or "but"). */
function nearestLabelRow(info: ClaimInfo, v: TypedValue, rows: readonly Candidate[], labels: ReadonlyMap<Candidate, { terms: string[] } | undefined>): Candidate | undefined {
  const before = info.text.slice(0, v.span.start);
  const clauseStart = (text: string) => {
    let at = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1;
    for (const m of text.matchAll(CLAUSE_WORD)) at = Math.max(at, m.index! + m[0].length);
    return at;
  };
  let from = clauseStart(before);
  // (A relative clause's figure is its antecedent's: "met from council borrowing, which has risen from £7.4 million"
  // / "Wrexfordshire County Council prudential borrowing | 7.40".)
  if (/^\s*(?:which|that)\b/i.test(before.slice(from)) && from > 0) from = clauseStart(before.slice(0, from - 1));
  for (let k = info.tokens.length - 1; k >= 0; k--) {
    const t = info.tokens[k];
    if (t.end > v.span.start) continue;
    if (t.start < from) break;
    if (!t.term) continue;
    // (A word of several rows' labels tells none apart: "EU" of "EU" and "International (non-EU)".)
    const having = rows.filter((c) => labels.get(c)?.terms.includes(t.term!));
    if (having.length) return having.length === 1 ? having[0] : undefined;
  }
  // (Or, with none before it, a label word among the few right after it, before any other figure: "ten fire engines
  // and 58 firefighters" / "Fire appliances | 10" and "Firefighters | 58".)
  let words = 0;
  let end = v.span.end;
  for (const t of info.tokens) {
    if (t.start < v.span.end) continue;
    if (/[,;:.!?()]/.test(info.text.slice(end, t.start)) || info.values.some((x) => x !== v && t.start < x.span.end && t.end > x.span.start) || ++words > 3) break;
    end = t.end;
    if (!t.term) continue;
    const having = rows.filter((c) => labels.get(c)?.terms.includes(t.term!));
    if (having.length) return having.length === 1 ? having[0] : undefined;
  }
  return undefined;
}

/**
 * A claim figure that only rows other than the one the claim names give: the claim names one row's label (all its
 * words) and not the label of any row that states the figure.
 */
/** The longest line a vote's sides are read out on. */
const TALLY_LINE_MAX = 600;

/**
 * The line of a passage's document it stands on, when the line has more than the passage and is short, with its
 * values: a chair's vote put and answered in one turn ("Those in favour? Four. Those against? Two. Abstentions? One."),
 * which the sentences split.
 */
function lineOf(c: { hit: SearchHit; sentence: TextInfo }): { text: string; values: TypedValue[] } | undefined {
  const text = c.hit.document.text;
  const { start: from, end: to } = linesAround(text, c.hit.passage.span);
  if (to - from > TALLY_LINE_MAX || to - from <= c.sentence.text.length + 1) return undefined;
  const line = text.slice(from, to);
  return { text: line, values: extractValues(line) };
}

/** Whether a claim's figure is the gap between two figures of a row (`v` taken as a difference, whatever its words). */
function rowDifference(v: TypedValue, values: readonly TypedValue[]): boolean {
  // (Pence too: "will rise by £1.50 to £7.00" / "Kingsgate multi-storey | … | All day (now): £5.50 | All day (new): £7.00".)
  if (v.value === undefined || !(Number.isInteger(v.value) || v.kind === 'money') || v.value <= 0) return false;
  const figures = values.filter((x) => isNumeric(x) && x.value !== undefined && (x.unit === undefined || x.unit === v.unit));
  return figures.some((a) => figures.some((b) => a !== b && Math.abs(a.value! - b.value! - v.value!) < 1e-9));
}

function rowLabelSwap(claim: Claim, info: ClaimInfo, candidates: readonly Candidate[], rows: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  if (rows.length < 2) return undefined;
  const labels = new Map(rows.map((c) => [c, rowLabel(c.sentence)] as const));
  const named = (c: Candidate) => {
    return namesLabel(info, labels.get(c), false);
  };
  // (Or a country's row by its people's adjective, in the figure's clause: "while the number of new Chinese students
  // dropped by 27 per cent" names the row "China".)
  const byAdjective = (c: Candidate, v: TypedValue) => {
    const label = labels.get(c)?.text;
    if (!label || !/^\p{Lu}\p{Ll}+$/u.test(label)) return false;
    return [...figureClause(info.text, v.span).matchAll(/\p{Lu}\p{Ll}+/gu)].some((m) => nameWordForms(m[0].toLowerCase(), label.toLowerCase()));
  };
  for (const v of info.values) {
    // (Not a multiple, which the claim works out and no row gives: "more than six times the 47 lost in November 2019"
    // is no row's count of 39 bays.)
    // (Nor a length of time that frames the claim: "in the first three months of the year" is no row's period.)
    if (!isNumeric(v) || v.unit === 'times' || timeFrame(info.text, v)) continue;
    // (A sum only from a row that has it as a sum: not "£1,279" for a row's "1,280 pixels".)
    const holders = rows.filter((c) => statesValue(c.sentence, v) && (v.kind !== 'money' || c.sentence.values.some((x) => x.kind === 'money' && sameFigure(x, v))));
    // (A holder the claim names by the part of its label before a dash or a bracket will do: "The €25,000 Silver
    // Heron" for the row "Silver Heron – Grand Jury Prize"; "144 of the 196 sailings scheduled" for "Sailings scheduled
    // (normal timetable)".)
    const namedInPart = (c: Candidate) => {
      const label = labels.get(c)?.text;
      const dashed = label?.split(/\s[–—-]\s/u)[0];
      if (dashed && dashed !== label && [...analyzeText(dashed, false).terms].every((t) => info.terms.has(t))) return true;
      // (Before a bracket, two words or more: not "Writing (teacher assessment)" for "reading, writing and maths".)
      const bracketed = label?.split(/\s*\(/u)[0];
      const terms = bracketed && bracketed !== label ? [...analyzeText(bracketed, false).terms] : [];
      return terms.length >= 2 && terms.every((t) => info.terms.has(t));
    };
    // (Or by the first words of another cell of words, where the label is a status: "brought the music curfew forward
    // … to 22:30" / "2 | Music curfew brought forward from 23:00 to 22:30 | Immediate".)
    const namedByCell = (c: Candidate) =>
      c.sentence.text.split(' | ').some((cell) => {
        if (cell.trim() === labels.get(c)?.text || /^[^:|]{1,60}:\s/u.test(cell)) return false;
        // (Words, not the figure among them: "Deletion of 85 vacant posts" is named by "deleting 85 vacant posts".)
        const first = tokenize(cell).flatMap((w) => processTerm(w) ?? []).filter((t) => !STOPWORDS.has(t) && !/^\d/.test(t)).slice(0, 2);
        return first.length === 2 && first.every((t) => info.terms.has(t) && !info.valueTerms.has(t));
      });
    // (Or by a person's name in its label, with a title, that the claim names: "Cllr Pennock's mileage claims of
    // £2,614.50" / the row "Highest individual claim (Cllr G. Pennock)".)
    const byPerson = (c: Candidate) => {
      const label = labels.get(c)?.text;
      if (!label) return false;
      const capitals = [...label.matchAll(/\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?:\p{Lu}\.?\s+)*(\p{Lu}\p{Ll}{2,})/gu)].map((m) => m[1].toLowerCase());
      return info.values.some((n) => n.kind === 'name' && n.name!.length >= 2 && capitals.includes(n.name![n.name!.length - 1]));
    };
    // (Or by a word of the same stance in the figure's clause, for a row of those for or against: "58 per cent opposed
    // and 35 per cent in favour" / "Supported | 682 | 35%".)
    const byStance = (c: Candidate) => {
      const label = labels.get(c)?.text.replace(/[*_]/g, '').trim();
      const stance = label && STANCES.find((x) => x.label.test(label));
      if (!stance) return false;
      return stance.words.test(figureClause(info.text, v.span));
    };
    if (!holders.length || holders.some((c) => named(c) || namedInPart(c) || namedByCell(c) || byAdjective(c, v) || byPerson(c) || byStance(c))) continue;
    // (Nor a figure the claim works out from two figures of a row it names: "Halverton will lose 12 hours a week,
    // dropping to 30" / "Halverton | 42 | 30", beside "Faxby | 20 | 12".)
    if (rows.some((c) => named(c) && !holders.includes(c) && rowDifference(v, c.sentence.values))) continue;
    // (Nor when the label word nearest before the figure in its clause is a holder's: "turnover falling … while wages
    // rose to £1.87 million" / "Wages and salaries | £1,870,000".)
    const nearest = nearestLabelRow(info, v, rows, labels);
    if (nearest && holders.includes(nearest)) continue;
    // A figure some passage other than a row gives is that passage's ("six points clear" in the match report, not the
    // six draws of a row), unless the passage names the row that gives it, which the claim does not ("Roofing repairs
    // have the longest average wait, at 156 days" / "Kitchens and bathrooms have the longest average wait, at 156
    // days" beside "Kitchens and bathrooms | … | 156"); not one that names the claim's row too ("47 pupils on roll …
    // with capacity for 105").
    const namedIn = (c: Candidate, r: Candidate) => {
      const label = labels.get(r);
      return !!label && label.terms.length > 0 && label.terms.every((t) => c.sentence.terms.has(t));
    };
    const ofHolder = (c: Candidate) =>
      holders.some((h) => namedIn(c, h) && !namesLabel(info, labels.get(h), true)) && !rows.some((r) => !holders.includes(r) && namesLabel(info, labels.get(r), true) && namedIn(c, r));
    if (candidates.some((c) => !rows.includes(c) && statesValue(c.sentence, v) && !ofHolder(c))) continue;
    const holder = holders.find((c) => labels.get(c));
    // (Not the table's heading row, which gives no figures under its column labels: "Endpoint | Tarvoxilan | Placebo"
    // over "Primary composite kidney endpoint, patients with event | Tarvoxilan: 131 (14.2%) | …".)
    const heading = (c: Candidate) => !!holder && LABELLED_FIGURE_CELL.test(holder.sentence.text) && !LABELLED_FIGURE_CELL.test(c.sentence.text);
    // (Or, when no row that gives the figure shares a word with the claim, a row the claim names by half its label's
    // words: "Customers on the Priority Services Register will get an extra £50 each" / "Additional payment,
    // Priority Services Register customers | … | Per customer: £75", where "Goodwill payment, persistent estimates"
    // gives £50.)
    // (No word of the row's label, nor a name of the row, a capitalised word outside its columns' labels, is a word of
    // the claim: not "Brennan | 36.92% | Fenwick | 5.08%" for "Fenwick kept his deposit with 5.08 per cent"; nor is
    // it a row of totals.)
    const unrelated = holders.every((c) => {
      const label = labels.get(c);
      if (label && (TOTAL_LABEL.test(label.text) || label.terms.some((t) => info.terms.has(t)))) return false;
      const cells = labelledCellSpans(c.sentence.text);
      const text = c.sentence.text;
      return !c.sentence.tokens.some((k) => !!k.term && /^\p{Lu}/u.test(text.slice(k.start, k.end)) && info.terms.has(k.term) && !info.valueTerms.has(k.term) && !cells.some((x) => k.start >= x.start && k.end <= x.valueStart));
    });
    const other = rows.find((c) => !holders.includes(c) && named(c) && !heading(c)) ?? (unrelated ? rows.find((c) => !holders.includes(c) && namesLabel(info, labels.get(c), true) && !heading(c)) : undefined);
    if (!other || !holder) continue;
    // (Nor a total's figure where the claim names the other row in another clause only: "in 105 of the flooded
    // properties, and reached a peak depth of 1.1 metres on Mill Lane" / "Total | … | Of which: water above floor
    // level: 105".)
    if (TOTAL_LABEL.test(labels.get(holder)?.text ?? '') && !inClauseOf(info, v, labels.get(other)!.terms)) continue;
    // (Nor a row the claim names only by the words of the holder's columns: "Of the first 1,500 homes checked, 212 had
    // no working alarm" / "Total | Homes checked: 1,500 | Homes with no working alarm: 212", not the row "All other
    // homes".)
    const columnWords = new Set(labelledCellSpans(holder.sentence.text).flatMap((k) => [...analyzeText(k.label, false).terms]));
    if (labels.get(other)!.terms.every((t) => columnWords.has(t))) continue;
    // (Nor when the claim names the holder too, by half its label's words or more, and the other row outside the
    // figure's clause: "Eighty-three per cent said they would back a full ban on night departures, while only 22 per
    // cent said they had been told about the insulation scheme" / "Would support a full ban on night departures | Yes:
    // 83%" and "Were told about the insulation scheme | Yes: 22%".)
    // (By the words of the other's label the holder's lacks: "while the proportion of callers who hung up before being
    // answered rose from 1.6 per cent" names "Calls abandoned before answer", not "Average time to answer", whose
    // "answer" both have.)
    const otherOwn = labels.get(other)!.terms.filter((t) => !labels.get(holder)!.terms.includes(t));
    if (holders.some((c) => namesLabel(info, labels.get(c), true)) && !inClauseOf(info, v, otherOwn.length ? otherOwn : labels.get(other)!.terms)) continue;
    // (A total's figure for a claim that names the rows it adds up: "Between January and April, the zoo welcomed
    // 134,063 visitors" / "Total | 2023: 106,860 | 2024: 134,063".)
    if (TOTAL_LABEL.test(labels.get(holder)!.text) && rows.filter((c) => !holders.includes(c) && named(c)).length >= 2) continue;
    const otherLabel = labels.get(other)!;
    const holderLabel = labels.get(holder)!;
    // (Nor a row of all the things, "All routes", that the claim names only by one of them, in the singular: "Passenger
    // numbers on the main route fell by 14.5%" / "Ardlochan – Portnaver | Passengers | … | −14.5%".)
    if (TOTAL_LABEL.test(otherLabel.text) && oneOfAll(info, otherLabel.text)) continue;
    // (Nor a row the claim names only after a comparison that follows the figure, for the figures compared: "She can
    // carry 96 passengers and 12 cars, compared with 290 passengers and 44 cars on the Gannet Star"; "4,870 missed
    // bins that month, more than four times the 1,140 recorded in June".)
    if (rowNamedAfterComparison(info, v, otherLabel)) continue;
    // (Nor a row the claim names only as the whole a share is of: "Some 214 members, or 85 per cent of those voting,
    // backed strike action" / "Votes cast | 253" beside "Yes | 214 | 84.6%".)
    if (namedAsWhole(info, otherLabel)) continue;
    // (Nor when the words right after the figure name the holder and not the other: "£310,000 will go to protecting
    // player salaries and £120,000 to the schools programme" / "Music in Every Classroom schools programme | …:
    // £120,000".)
    const after = analyzeText(info.text.slice(v.span.end).split(/[,;.:]|\s(?:and|but|while)\s/)[0], false).terms;
    if (holderLabel.terms.some((t) => after.has(t) && !otherLabel.terms.includes(t)) && !otherLabel.terms.some((t) => after.has(t))) continue;
    // Where the label stands in the row: a league table's first cell is the position.
    const at = Math.max(0, holder.sentence.text.indexOf(holderLabel.text));
    const first = info.tokens.find((t) => t.term === otherLabel.terms[0]);
    const span = first ? { start: first.start, end: first.end } : v.span;
    return {
      candidate: holder,
      conflict: { claim: `${v.text} for ${otherLabel.text}`, source: `${v.text} for ${holderLabel.text}`, kind: 'word', claimSpan: draftSpan(claim, span), sourceSpan: { start: at, end: at + holderLabel.text.length }, replacement: null },
    };
  }
  return undefined;
}

/**
 * Whether the claim names a row of all things ("All routes", "Total schools") only by the singular of its noun ("the
 * main route"): one of them, not all.
 */
function oneOfAll(info: ClaimInfo, label: string): boolean {
  const plurals = [...label.matchAll(/\b(\p{L}{3,})s\b/gu)].map((m) => m[1].toLowerCase());
  if (!plurals.length) return false;
  return plurals.every((p) => new RegExp(String.raw`\b${escapeRegExp(p)}\b(?!s)`, 'iu').test(info.text) && !new RegExp(String.raw`\b${escapeRegExp(p)}s\b`, 'iu').test(info.text));
}

/**
 * A claim's verb of change between two years it names, without figures of its own ("rose between 2022/23 and
 * 2023/24"), against the row it names that gives the two years' figures the other way: the row and the conflict.
 */
function rowMoveBetweenYears(claim: Claim, info: ClaimInfo, rows: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  if (!rows.length || info.values.some(isNumeric)) return undefined;
  const years = info.values.filter((v) => v.kind === 'year' && !v.decade);
  if (years.length !== 2 || !/^\s*(?:and|to|-|–)\s*$/i.test(info.text.slice(years[0].span.end, years[1].span.start))) return undefined;
  const move = info.directions.find((w) => movePolarity(w.stem) !== undefined);
  if (!move) return undefined;
  for (const row of rows) {
    if (!namesLabel(info, rowLabel(row.sentence), true)) continue;
    const cells = labelledCells(row.sentence);
    const cellOf = (y: TypedValue) => cells.find((c) => c.year?.year === y.value && c.year?.through === y.through);
    const figureIn = (c: LabelledCell | undefined) => c && row.sentence.values.find((x) => isNumeric(x) && x.value !== undefined && inCell(x, c));
    const [a, b] = [cellOf(years[0]), cellOf(years[1])];
    const [from, to] = [figureIn(a), figureIn(b)];
    if (!a || !b || !from || !to || from.value === to.value) continue;
    if ((to.value! > from.value! ? 1 : -1) === movePolarity(move.stem)) return undefined;
    return {
      candidate: row,
      conflict: { claim: move.text, source: `${from.text} in ${a.label}, ${to.text} in ${b.label}`, kind: 'direction', claimSpan: draftSpan(claim, move.span), sourceSpan: { start: a.start, end: b.end }, replacement: null },
    };
  }
  return undefined;
}

/**
 * When a header's column is, in months, as the values read its date or year ("Position now (June 2025)", "30 Sep 2024",
 * "2022–23"): undefined for a header without one.
 */
function labelTime(label: string): number | undefined {
  const v = extractValues(label).find((x) => (x.kind === 'date' && x.date?.year !== undefined) || (x.kind === 'year' && x.value !== undefined));
  if (!v) return undefined;
  return v.kind === 'year' ? v.value! * 12 : v.date!.year! * 12 + (v.date!.month ?? 1) - 1;
}

/**
 * A move of the claim's figure that a table's row of two times gives the other way: "His housing allowance … fell to
 * £18,200" / "Housing allowance | 2022–23: £13,940 | 2023–24: £18,200"; "the number of drivers aged 60 or over fell
 * from 114 to 97" / "Drivers aged 60 or over | 30 Sep 2023: 97 | 30 Sep 2024: 114". The row is one the claim names, its
 * two columns of figures dated by their headers, the earlier first; the claim has one word of a move, and a figure of
 * it is one of the row's two.
 */
function rowMoveAgainstFigures(claim: Claim, info: ClaimInfo, rows: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  const moves = info.directions.filter((w) => movePolarity(w.stem) !== undefined);
  if (!rows.length || !moves.length) return undefined;
  // (Not a change by a share: "fell by 5%".)
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && v.kind !== 'year' && v.kind !== 'date' && !v.difference && !(v.kind === 'percent' && /\b(?:by|of)\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 4), v.span.start))));
  if (!figures.length) return undefined;
  // The word that moves a figure: the claim's only one, or of several the nearest before it with no figure between
  // ("Box office income rose to £742,000, and fundraising and donations also grew, to £187,000").
  const allFigures = info.values.filter(isNumeric);
  const moveOf = (v: TypedValue) => (moves.length === 1 ? moves[0] : moves.filter((w) => w.span.end <= v.span.start && !allFigures.some((u) => u !== v && u.span.start >= w.span.end && u.span.start < v.span.start)).at(-1));
  for (const row of rows) {
    if (!namesLabel(info, rowLabel(row.sentence), true)) continue;
    const all = labelledCells(row.sentence)
      .map((c) => ({ c, time: labelTime(c.label), x: row.sentence.values.find((x) => isNumeric(x) && x.value !== undefined && inCell(x, c)) }))
      .filter((d) => d.time !== undefined && d.x !== undefined);
    // (Of a row of several measures by time, the columns of the measure of the claim's figure: "Attended within target
    // 2022 | Attended within target 2023", not the incidents' or the attendance times' columns.)
    const measure = (label: string) => label.replace(/(?<!\d)(?:19|20)\d\d(?:[/–-]\d{2,4})?(?!\d)/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    const measures = [...new Set(all.filter((d) => figures.some((v) => valueAgrees(v, d.x!))).map((d) => measure(d.c.label)))];
    // (Columns whose labels are only their times, "Original application (2023)" and "Appeal scheme (2024)", are one.)
    const groups = measures.map((m) => all.filter((d) => measure(d.c.label) === m));
    for (const dated of groups.length && groups.every((g) => g.length >= 2) ? groups : [all]) {
      if (dated.length < 2 || dated.some((d, k) => k > 0 && dated[k - 1].time! >= d.time!)) continue;
      // (A row of more times: the cells of the claim's two figures, or of its one and the time before it, every earlier
      // time on the far side of it: "Income from the hospice lottery rose slightly over the same period, to £290,000" /
      // "Hospice lottery | 2021/22: 0.31 | 2022/23: 0.30 | 2023/24: 0.29" (£ million).)
      const hits = dated.flatMap((d, k) => (figures.some((v) => valueAgrees(v, d.x!)) ? [k] : []));
      let [early, late] = dated;
      if (dated.length > 2) {
        if (hits.length >= 2) [early, late] = [dated[hits[0]], dated[hits[hits.length - 1]]];
        else if (hits.length === 1 && hits[0] > 0) {
          [early, late] = [dated[hits[0] - 1], dated[hits[0]]];
          const way = Math.sign(late.x!.value! - early.x!.value!);
          if (dated.slice(0, hits[0]).some((d) => Math.sign(late.x!.value! - d.x!.value!) !== way)) continue;
        } else continue;
      }
      if (group(early.x!) !== group(late.x!) || early.x!.value === late.x!.value) continue;
      const mine = figures.find((v) => valueAgrees(v, late.x!)) ?? figures.find((v) => valueAgrees(v, early.x!));
      const move = mine && moveOf(mine);
      if (!move) continue;
      // (Not when the move is of other figures of the claim's, none of them the row's: "298 … drivers in post …, leaving
      // 42 vacancies, up from 31" moves the vacancies, not the row "Drivers in post (FTE) | 309 | 298".)
      const moved = figures.filter((v) => directedFigure(info.text, v.span));
      if (moved.length && !moved.some((v) => valueAgrees(v, early.x!) || valueAgrees(v, late.x!))) continue;
      // (A row that agrees settles a claim of one move; of several, another row or measure may be another move's.)
      if ((late.x!.value! > early.x!.value! ? 1 : -1) === movePolarity(move.stem)) {
        if (moves.length === 1) return undefined;
        continue;
      }
      return {
        candidate: row,
        conflict: { claim: move.text, source: `${early.x!.text} in ${early.c.label}, ${late.x!.text} in ${late.c.label}`, kind: 'direction', claimSpan: draftSpan(claim, move.span), sourceSpan: { start: early.c.start, end: late.c.end }, replacement: null },
      };
    }
  }
  return undefined;
}

/** How many rows above a month's row the row of the month before may be. */
const MONTH_ROWS = 24;

/** The month a row's first cell names, alone or with its year ("September", "September 2024"), 1–12. */
function monthOf(label: string): number | undefined {
  const date = /^\p{Lu}\p{Ll}+(?:\s+(?:19|20)\d\d)?$/u.test(label) ? extractValues(label).find((x) => x.kind === 'date') : undefined;
  return date?.date?.month !== undefined && date.date.day === undefined ? date.date.month : undefined;
}

/**
 * A move in a month that a table of months gives the other way, from the row before: "The number of calls also rose
 * in September, to 41,356" / "August | Calls received: 44,687 | …" and "September | Calls received: 41,356 | …". The
 * row of the claim's month gives its figure; the row of the month before, above it in the table, gives the column's
 * figure then.
 */
function monthRowMoveAgainst(claim: Claim, info: ClaimInfo, rows: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  const moves = info.directions.filter((w) => movePolarity(w.stem) !== undefined);
  // (One month and one figure: a claim that gives what it moved from says which month it set against, "up from 4.1
  // weeks in September".)
  const months = info.values.filter((v) => v.kind === 'date' && v.date?.month !== undefined && v.date.day === undefined);
  const figures = info.values.filter((v) => isNumeric(v) && v.value !== undefined && v.kind !== 'year' && v.kind !== 'date' && !v.difference && !v.bound);
  if (moves.length !== 1 || months.length !== 1 || figures.length !== 1) return undefined;
  const month = months[0].date!.month!;
  const previous = month === 1 ? 12 : month - 1;
  for (const row of rows) {
    const label = row.sentence.text.split(' | ')[0].trim();
    if (monthOf(label) !== month) continue;
    const x = row.sentence.values.find((y) => isNumeric(y) && figures.some((v) => valueAgrees(v, y)));
    const cell = x && labelledCells(row.sentence).find((c) => inCell(x, c));
    if (!x || !cell) continue;
    // (The lines above it in its document, as far as the table runs.)
    const above = row.hit.document.text.slice(0, row.hit.passage.span.start).split('\n').reverse().filter((l) => l.trim()).slice(0, MONTH_ROWS);
    const end = above.findIndex((line) => !line.includes(' | '));
    const line = (end < 0 ? above : above.slice(0, end)).find((l) => monthOf(l.split(' | ')[0].trim()) === previous);
    const theirs = line ? labelledCellSpans(line).find((c) => c.label === cell.label) : undefined;
    const w = theirs && extractValues(line!).find((y) => isNumeric(y) && y.value !== undefined && y.span.start >= theirs.valueStart && y.span.end <= theirs.end && y.kind === x.kind && (y.unit ?? '') === (x.unit ?? ''));
    if (!w || w.value === x.value) continue;
    if ((x.value! > w.value! ? 1 : -1) === movePolarity(moves[0].stem)) return undefined;
    return {
      candidate: row,
      conflict: { claim: moves[0].text, source: `${w.text} in ${line!.split(' | ')[0].trim()}, ${x.text} in ${label}`, kind: 'direction', claimSpan: draftSpan(claim, moves[0].span), replacement: null },
    };
  }
  return undefined;
}

/** A cell of a table row under a header: its label ("Won", "2026") and where its figure starts and the cell ends. */
interface LabelledCell extends LabelledCellSpan {
  terms: Set<string>;
  /** The year or season the label names ("2026", "FY2026", "2026/27 budget (£m)"). */
  year?: { year: number; through?: number };
}

/**
 * A league table's abbreviated headers, as index terms and lemmas ("Pld", "Pts"); W, D and L only in a row that
 * has all three.
 */
const HEADER_ABBREVIATIONS: Record<string, string> = { pld: 'plai', p: 'plai', pt: 'point', gf: 'goal', ga: 'goal', gd: 'goal', w: 'win', d: 'draw', l: 'lose' };
/** Forms of the verbs of a results table's columns, with the irregular ones of `lemma` (drew, drawn: draw). */
const COLUMN_FORMS: Record<string, string> = { drew: 'draw', drawn: 'draw', scor: 'score' };
const columnTerm = (term: string) => (Object.hasOwn(COLUMN_FORMS, term) ? COLUMN_FORMS[term] : lemma(term));
/** A header's short forms of words a claim writes out ("Max temp (°C)" for "a maximum of 38.8C"). */
const LABEL_WORDS: Record<string, string> = { max: 'maximum', min: 'minimum', avg: 'average', av: 'average', temp: 'temperature', pop: 'population', approx: 'approximately', est: 'estimated' };
const labelTerm = (term: string) => (Object.hasOwn(LABEL_WORDS, term) ? columnTerm(processTerm(LABEL_WORDS[term]) ?? term) : columnTerm(term));

const cellsCache = new WeakMap<TextInfo, LabelledCell[]>();
/** The labelled cells of a table row (none for other passages). */
function labelledCells(row: TextInfo, twoCell = false): LabelledCell[] {
  // (A two-column row of a label and a count only for the rule that asks for it: `columnRival`'s noun of a label.)
  if (!TABLE_ROW.test(row.text) && !(twoCell && TWO_CELL_ROW.test(row.text))) return [];
  let cells = cellsCache.get(row);
  if (cells) return cells;
  const spans = labelledCellSpans(row.text);
  const letters = new Set(spans.map((c) => c.label.toLowerCase()));
  const wdl = letters.has('w') && letters.has('d') && letters.has('l');
  cells = spans.map((span) => {
    const terms = new Set<string>();
    for (const t of analyzeText(span.label, false).terms) terms.add(Object.hasOwn(HEADER_ABBREVIATIONS, t) && (t.length > 1 || wdl) ? HEADER_ABBREVIATIONS[t] : labelTerm(t));
    const letter = span.label.toLowerCase();
    if (letter.length === 1 && wdl && Object.hasOwn(HEADER_ABBREVIATIONS, letter)) terms.add(HEADER_ABBREVIATIONS[letter]);
    const year = headerYear(span.label);
    return { ...span, terms, ...(year ? { year } : {}) };
  });
  cellsCache.set(row, cells);
  return cells;
}

/** The labelled cells of a row whose label's words the claim has, all of them ("Harbridge", "Points"; not years). */
function namedColumns(info: ClaimInfo, row: TextInfo, value?: TypedValue): LabelledCell[] {
  const cells = labelledCells(row);
  if (!cells.length) return cells;
  const terms = new Set([...info.terms].map(columnTerm));
  // An age names the age column ("Eleanor Marsh, 34," / "Age: 32").
  if (value?.kind === 'quantity' && value.unit === 'year' && AGE_WRITTEN.test(info.text.slice(Math.max(0, value.span.start - 8), value.span.end + 1))) terms.add(columnTerm('age'));
  // By its words: "Places 2027" is named by "places".
  return cells.filter((c) => {
    const words = [...c.terms].filter((t) => !/^\d/.test(t));
    return words.length > 0 && words.every((t) => terms.has(t));
  });
}

/** An age as a claim writes it: ", 34," after a name, or "aged 34". */
const AGE_WRITTEN = /(?:,\s*\d{1,3}[,)]|\baged\s+\d{1,3})/i;

/**
 * The year a claim gives for a figure: a year of the claim whose nearest figure of the figure's kind is this one,
 * and this figure's nearest year ("£4.21bn in 2026 from £3.87bn": 2026 is the £4.21bn's, not the £3.87bn's).
 */
function yearOfFigure(info: ClaimInfo, v: TypedValue): { year: number; through?: number } | undefined {
  const years = claimYears(info);
  if (!years.length) return undefined;
  const distance = (a: TypedValue, b: TypedValue) => (a.span.start < b.span.start ? b.span.start - a.span.end : a.span.start - b.span.end);
  const nearest = <T extends TypedValue>(of: TypedValue, among: readonly T[]) => among.reduce((best, x) => (distance(of, x) < distance(of, best) ? x : best));
  const own = ownYear(info, v, years);
  const year = own ?? nearest(v, years);
  const figures = info.values.filter((f) => isNumeric(f) && group(f) === group(v));
  if (!own && nearest(year, figures) !== v) return undefined;
  // (Not the year a comparison after the figure sets it against: "20 times during this year's bathing season, almost
  // twice as many as in 2023".)
  if (!own && comparedYear(info, v, year)) return undefined;
  if (year.kind === 'date') return { year: year.date!.year! };
  return year.through !== undefined ? { year: year.value!, through: year.through } : { year: year.value! };
}

/** Whether a claim's year after its figure is one a comparison sets the figure against: "almost twice as many as in 2023". */
function comparedYear(info: ClaimInfo, v: TypedValue, year: TypedValue): boolean {
  return year.span.start > v.span.end && /\b(?:than|as|compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+)?$/i.test(info.text.slice(Math.max(0, year.span.start - 24), year.span.start));
}

/** A claim's years: years that are no decade, and dates of a year alone. */
function claimYears(info: ClaimInfo): TypedValue[] {
  return info.values.filter((y) => (y.kind === 'year' && !y.decade) || (y.kind === 'date' && y.date?.year !== undefined && y.date.month === undefined));
}

/**
 * The year a figure's own words give it, "in" or "for" right after its unit ("from 23 days in 2022/23 to 71 days in
 * 2023/24", where 2022/23 is as near the 71 as 2023/24 is).
 */
function ownYear(info: ClaimInfo, v: TypedValue, years = claimYears(info)): TypedValue | undefined {
  return years.find((y) => y.span.start >= v.span.end && /^\s*(?:[\p{L}'’-]+\s+){0,2}(?:in|for|during)\s+$/u.test(info.text.slice(v.span.end, y.span.start)));
}

/**
 * The column of a table row that a claim figure names: the cell of the figure's year ("£3.87bn in 2026" / "2026:
 * £4,210m"), else the one cell whose label is a word next to the figure in the claim ("lost eight games" / "Lost:
 * 5", "56 points" / "Points: 59"; the nearest words weigh most, `TypedValue.role`).
 */
function columnOf(info: ClaimInfo, v: TypedValue, cells: readonly LabelledCell[]): LabelledCell | undefined {
  const year = yearOfFigure(info, v);
  if (year !== undefined && cells.some((c) => c.year !== undefined)) {
    const ofYear = cells.filter((c) => c.year?.year === year.year && c.year.through === year.through);
    // Several columns of the year ("Revenue 2026", "Profit 2026"): the one the claim's words name.
    return ofYear.length > 1 ? byCues(info, v, ofYear) : ofYear[0];
  }
  // (Not the column a comparison after the figure sets it against: "at 24 per cent, was lower than the average for
  // comparable prisons" is not the "Comparator" column's figure.)
  const against = new Set([...info.text.matchAll(THAN_WORDS)].filter((m) => m.index! >= v.span.end).flatMap((m) => [...analyzeText(m[2], false).terms].map(columnTerm)));
  // (Nor the column of a year the claim compares it with: "20 times during this year's bathing season, almost twice as
  // many as in 2023" is no "2023 season" figure.)
  const compared = claimYears(info).filter((y) => comparedYear(info, v, y)).map((y) => (y.kind === 'date' ? y.date!.year! : y.value!));
  const own = cells.filter((c) => (!against.size || ![...c.terms].some((t) => against.has(t))) && !(c.year && compared.includes(c.year.year)));
  return byCues(info, v, own) ?? namedWhole(info, v, own);
}

/**
 * The one cell whose label the claim names with all its words, one of them a word ("The standard Aster 7 comes
 * with 16 GB of RAM" for "Memory (RAM) | Aster 7: 12 GB | Aster 7 Pro: 16 GB"), when no word next to the figure
 * names a column; not a label of the figure's own words.
 */
function namedWhole(info: ClaimInfo, v: TypedValue, cells: readonly LabelledCell[]): LabelledCell | undefined {
  const terms = new Set([...info.terms].map(columnTerm));
  const own = new Set([...analyzeText(v.text, false).terms].map(columnTerm));
  // (Nor a label with a word next to a share the claim gives and not next to this figure: "weekly opening hours will
  // fall from 352 to 287, a reduction of nearly a fifth" names no "Reduction (hours)" for the 352; the share's word
  // names the change, not the level. Not a count's noun: "40 cases" still names "Cases" for "in 31 of them".)
  const mine = figureCues(info, v);
  // (Or a multiple, whose word names what it is compared with: "more than eight times the guide value for excellent
  // bathing water" names no "Guide value (excellent)" for the reading.)
  const share = (x: TypedValue) => x.unit === 'fraction' || x.unit === 'times' || x.kind === 'percent';
  const others = new Set(info.values.filter((x) => x !== v && share(x) && !share(v)).flatMap((x) => [...figureCues(info, x).keys()]));
  const whole = cells.filter((c) => c.terms.size > 0 && [...c.terms].some((t) => !/^\d/.test(t)) && [...c.terms].every((t) => terms.has(t) && !own.has(t)) && ![...c.terms].some((t) => others.has(t) && !mine.has(t)));
  return whole.length === 1 ? whole[0] : undefined;
}

/** The one cell whose label is a word next to a claim figure (`figureCues`), if one is named more than the others. */
/** Column terms of words of estimate, which name a column only with its other words ("Estimated lost takings"). */
const HEDGE_CUES: ReadonlySet<string> = new Set(['estim', 'approxim', 'project', 'forecast']);

function byCues(info: ClaimInfo, v: TypedValue, cells: readonly LabelledCell[]): LabelledCell | undefined {
  const cues = figureCues(info, v);
  let best: LabelledCell | undefined;
  let bestWeight = 0;
  let tied = false;
  for (const cell of cells) {
    let weight = 0;
    // (A word of estimate names no column by itself when the column's other words are none of the claim's: "estimated
    // at £486,000" for a repair bill is no "Estimated lost takings".)
    const own = [...cell.terms].some((t) => !HEDGE_CUES.has(t) && info.terms.has(t));
    for (const [term, w] of cues) if (w > weight && cell.terms.has(term) && (own || !HEDGE_CUES.has(term) || cell.terms.size === 1)) weight = w;
    if (weight > bestWeight) {
      best = cell;
      bestWeight = weight;
      tied = false;
    } else if (weight > 0 && weight === bestWeight) tied = true;
  }
  return best && !tied && bestWeight >= COLUMN_ROLE_MIN ? best : undefined;
}

/** The content terms of a text within three words of a figure, either side, as column terms (`figureCues`' kind). */
function nearTerms(text: TextInfo, span: { start: number; end: number }): string[] {
  const before = text.tokens.filter((t) => t.term && t.end <= span.start && !/^\d/.test(t.term)).slice(-3);
  const after = text.tokens.filter((t) => t.term && t.start >= span.end && !/^\d/.test(t.term)).slice(0, 3);
  return [...before, ...after].map((t) => columnTerm(t.term!));
}

/**
 * The words next to a claim figure that may name its column, as column terms, weighing 1 in it (its unit: "702
 * votes") or next to it, 1/2 one word away, 1/3 two words away; not across another figure or a clause mark ("won 20
 * of their 30 games": "won" is the 20's, "games" the 30's).
 */
function figureCues(info: ClaimInfo, v: TypedValue): Map<string, number> {
  const cues = new Map<string, number>();
  const figures = info.values.filter((x) => x !== v && x.kind !== 'name');
  const inFigure = (t: { start: number; end: number }) => figures.some((x) => t.start < x.span.end && t.end > x.span.start);
  const tokens = info.tokens;
  const put = (term: string, w: number) => {
    const key = columnTerm(term);
    if ((cues.get(key) ?? 0) < w) cues.set(key, w);
  };
  let first = tokens.findIndex((t) => t.end > v.span.start);
  if (first < 0) first = tokens.length;
  let after = first;
  // The figure's own unit word ("702 votes", "eight games").
  for (; after < tokens.length && tokens[after].start < v.span.end; after++) if (tokens[after].term && !/^\d/.test(tokens[after].term!)) put(tokens[after].term!, 1);
  for (let k = first - 1, d = 1, edge = v.span.start; k >= 0 && d <= 3; k--) {
    const t = tokens[k];
    if (inFigure(t) || /[,;:()—–]/.test(info.text.slice(t.end, edge))) break;
    edge = t.start;
    if (!t.term) continue;
    put(t.term, 1 / d++);
  }
  for (let k = after, d = 1, edge = v.span.end; k < tokens.length && d <= 3; k++) {
    const t = tokens[k];
    if (inFigure(t) || /[,;:()—–]/.test(info.text.slice(edge, t.start))) break;
    edge = t.end;
    if (!t.term) continue;
    put(t.term, 1 / d++);
  }
  return cues;
}

/** A row of two cells, a label and a labelled figure: "Bottled water stations | Quantity: 4". */
const TWO_CELL_ROW = /^[^|\n]{2,80} \| [^|:\n]{1,40}: [^|\n]*\d[^|\n]*$/u;

/** A column that only counts or sums what its row's label names: "Quantity", "Number", "Total", "Count". */
const COUNT_COLUMN = /^(?:quantity|qty|number|no\.?|count|total|figure|amount|value|n)$/i;

/**
 * The one cell of a row whose label is the claim figure's noun, when that cell's column only counts: "opened five
 * bottled water stations" / "Bottled water stations | Quantity: 4".
 */
function labelAsNoun(info: ClaimInfo, v: TypedValue, label: { terms: readonly string[] }, cells: readonly LabelledCell[]): LabelledCell | undefined {
  if (cells.length !== 1 || !COUNT_COLUMN.test(cells[0].label.trim()) || !label.terms.length || (v.kind !== 'number' && !(v.kind === 'quantity' && countUnit(v.unit)))) return undefined;
  // (Its words right after the figure, at most one other word among them: "five bottled water stations".)
  const after = info.tokens.filter((k) => k.start >= v.span.end && k.start - v.span.end <= 60).slice(0, label.terms.length + 1).flatMap((k) => (k.term ? [k.term] : []));
  return label.terms.every((t) => after.includes(t)) ? cells[0] : undefined;
}

/** Whether a claim figure comes after "than", the column's words before it: "a total larger than … around 700". */
function figureAfterThan(text: string, v: TypedValue, label: string): boolean {
  const before = text.slice(Math.max(0, v.span.start - 160), v.span.start);
  const than = /\bthan\b[^.;:]{0,60}$/i.exec(before);
  if (!than) return false;
  const terms = [...analyzeText(label, false).terms].filter((t) => /^\p{L}/u.test(t));
  const lead = analyzeText(before.slice(0, than.index), false).terms;
  const after = analyzeText(before.slice(than.index), false).terms;
  return terms.length > 0 && terms.some((t) => lead.has(t)) && !terms.some((t) => after.has(t));
}

/** A column of changes or margins ("Change", "Change (%)", "+/-", "Majority", "Difference"). */
const CHANGE_LABEL = /\b(?:change|difference|diff|margin|majority|swing|increase|decrease|rise|fall)\b|[+±][/-]/i;

/**
 * Whether a claim gives its figure `v` to the column `cell` and another of its figures to another column of the row,
 * by the words next to each, where the row has each figure in the other's column: a swap of two cells.
 */
function columnsSwapped(info: ClaimInfo, row: TextInfo, cells: readonly LabelledCell[], v: TypedValue, cell: LabelledCell): boolean {
  const holds = (k: LabelledCell, w: TypedValue) => row.values.some((x) => inCell(x, k) && valueAgrees(w, x));
  if (holds(cell, v) || !byCues(info, v, [cell])) return false;
  return info.values.some((w) => {
    if (w === v || !isNumeric(w) || w.label || !holds(cell, w)) return false;
    const other = byCues(info, w, cells);
    return other !== undefined && other !== cell && holds(other, v) && !holds(other, w);
  });
}

/** Weight of the nearest word of a claim figure that names a column (`columnOf`): next to it, or one word away. */
const COLUMN_ROLE_MIN = 0.5;

/**
 * A claim figure that the column it names, in the row of the claim's name, gives otherwise: "Hull Athletic have lost
 * eight games" against "Hull Athletic | … | Drawn: 8 | Lost: 5", "Revenue was £3.87bn in 2026" against "Revenue |
 * 2026: £4,210m | 2025: £3,870m". Not when a passage other than a row states the figure with the row's name.
 */
function columnRival(claim: Claim, info: ClaimInfo, candidates: readonly Candidate[], tableRows: readonly Candidate[], twoCell: readonly Candidate[] = []): { candidate: Candidate; conflict: Conflict } | undefined {
  // (A two-cell row only where its label is the noun of a claim figure, in a column that only counts.)
  const rows = [...tableRows, ...twoCell.filter((c) => info.values.some((v) => labelAsNoun(info, v, rowLabel(c.sentence) ?? { terms: [] }, labelledCells(c.sentence, true))))];
  const labelled = rows.filter((c) => labelledCells(c.sentence, true).length > 0);
  // Rows named by all their label's words, else by half of them ("St Anne's Primary", not also "Northgate Primary").
  const byAllWords = labelled.filter((c) => namesLabel(info, rowLabel(c.sentence), false));
  // (A row the claim names by every word of its label before one it names by a name at the label's start only:
  // "businesses on Millgate Road" is the row "Businesses on Millgate Road", not "Millgate Road residents".)
  const whole = byAllWords.filter((c) => rowLabel(c.sentence)!.terms.every((t) => info.terms.has(t)));
  const strict = whole.length ? whole : byAllWords;
  const byLabel = strict.length ? strict : labelled.filter((c) => namesLabel(info, rowLabel(c.sentence), true));
  // (Or, when the claim names no row, the one row of totals that gives another of its figures in a labelled cell:
  // "12 near misses …, eight of them involving pedestrians" / "Total | Pedestrians: 7 | Vehicles: 5 | Total: 12".)
  const figureRows = byLabel.length ? [] : labelled.filter((c) => TOTAL_LABEL.test(rowLabel(c.sentence)?.text ?? '') && info.values.some((w) => isNumeric(w) && w.kind !== 'year' && w.kind !== 'date' && !w.label && labelledCells(c.sentence, true).some((cell) => c.sentence.values.some((x) => inCell(x, cell) && valueAgrees(w, x)))));
  // (Or, when it names none and gives a year, the one row keyed by that year: "leakage was 142 million litres a day in
  // 2024-25, 10% above its target" / "Reporting year: 2024-25 | Leakage target (…): 132 | … | Above target by: 8%".)
  const yearRows = byLabel.length || figureRows.length ? [] : labelled.filter((c) => yearKey(info, c.sentence) !== undefined);
  // (Several rows keyed by the claim's years: each figure is its own year's row's, "the total remains well below the
  // 57,200 carried in 2019/20" / "2019/20 (April–March) | 52,700", beside "2023/24 (April–March) | 38,900".)
  const byYears = !byLabel.length && !figureRows.length && yearRows.length > 1;
  const named = byLabel.length ? byLabel : figureRows.length === 1 ? figureRows : yearRows.length === 1 || byYears ? yearRows : [];
  const keyOf = (row: TextInfo) => rowLabel(row) ?? yearKey(info, row)!;
  // With two rows named ("Raman beat Hargreaves by 3,815 votes"), a figure is a row's only when the claim gives it
  // to that row's name ("Raman took 14,862 votes").
  const rowNames = new Set(named.map((c) => keyOf(c.sentence).text));
  // (Not a row when another of the same name gives every figure of the claim: "Non-GAAP operating margin | Q3 FY2025:
  // 21.0% | Q3 FY2024: 17.9%" for "widened to 21.0% from 17.9%", beside the guidance table's row of that name.)
  // (A gap the claim works out, or an ordinal, is no figure a passage need give: "rang Fire Control at 2.49am, two
  // minutes after the first emergency call" / "Our security officer rang Fire Control at 2.49".)
  const given = info.values.filter((v) => isNumeric(v) && !v.difference && v.kind !== 'ordinal');
  const statesAll = (o: Candidate) => given.length > 0 && given.every((v) => statesValue(o.sentence, v));
  // (Nor any row when a passage other than a row gives the claim's figures, two or more, all of them: "cutting up to
  // 212 … jobs and closing 14 courses across five academic schools and its professional services" / "… by up to 212
  // full-time equivalent posts and to close 14 undergraduate and postgraduate courses", not the row "Professional
  // services | Posts at risk (FTE): 50 | Courses proposed for closure: 0".)
  if (info.values.filter(isNumeric).length >= 2 && candidates.some((o) => !rows.includes(o) && !TABLE_ROW.test(o.sentence.text) && statesAll(o))) return undefined;
  // (Nor, for one figure, when such a passage says more of the claim than every row named: "In Millbrook, the Friends
  // of Millbrook Library has 26 volunteers signed up for a rota" / "At the moment we've got 26 volunteers signed up for
  // a rota", not the row "Millbrook | … | Council minimum (volunteer-run): 15".)
  // (With the claim's words of the rows' columns: not "Student satisfaction at Northbridge rose to 84.2%" for "Graduate
  // prospects at Northbridge are 84.2%", against "Northbridge | … | Graduate prospects (%): 83.1".)
  // (Read only when a passage gets that far: most claims never ask.)
  let columnWords: string[] | undefined;
  const hasColumnWords = (o: Candidate) => (columnWords ??= named.flatMap((c) => labelledCells(c.sentence, true).flatMap((k) => [...analyzeText(k.label, false).terms].filter((t) => info.terms.has(t))))).every((t) => o.sentence.terms.has(t));
  if (named.length && candidates.some((o) => !rows.includes(o) && !TABLE_ROW.test(o.sentence.text) && statesAll(o) && named.every((c) => o.features.coverage >= c.features.coverage) && hasColumnWords(o))) return undefined;
  // The claim's figures that a row's cells may hold: not a number that names something ("Aster 7"), nor a year or date.
  const rowFigures = info.values.filter((v) => isNumeric(v) && !v.label && v.kind !== 'year' && v.kind !== 'date');
  // (The rows named, under a name the loop's own `named` does not hide.)
  const keyedRows = named;
  for (const c of named) {
    if (named.some((o) => o !== c && keyOf(o.sentence).text === keyOf(c.sentence).text && statesAll(o))) continue;
    const cells = labelledCells(c.sentence, true);
    const label = keyOf(c.sentence);
    for (const v of info.values) {
      // (Nor a number that names something, "a Level 3 apprenticeship", against a count of "A-level entries".)
      if (!isNumeric(v) || v.kind === 'ordinal' || v.label) continue;
      if (byYears) {
        const mine = ownYear(info, v);
        const year = headerYear(label.text);
        if (!mine || !year || mine.value !== year.year || mine.through !== year.through) continue;
      } else if (rowNames.size > 1) {
        const owner = ownerOf(info, v);
        if (!owner || !owner.name!.every((w) => label.text.toLowerCase().split(/\s+/).includes(w))) continue;
      }
      // (Nor a figure of another clause than the row's name that a passage of the row's source gives otherwise: "In a
      // sample of 40 cases reviewed by the Ombudsman, repairs were completed outside the 28-day target in 31 of them"
      // gives the row "Repairs outside 28-day target" 31; "The Ombudsman reviewed a sample of 40 of those cases".)
      // (Or any source's, of three significant digits or more: "The changes affect 3,530 season-ticket holders,
      // including 1,940 in the East Stand upper tier" / the club's "The changes affect 3,530 season-ticket holders", not
      // the minutes' row "East Stand — upper tier | … | Change: −2,400".)
      if (rowNames.size === 1 && !inClauseOf(info, v, label.terms) && candidates.some((o) => !rows.includes(o) && (o.hit.document.id === c.hit.document.id || significantDigits(v) >= SPECIFIC_DIGITS) && statesValue(o.sentence, v))) continue;
      // (Or another row of the table: "Water rose above floor level in 105 of the flooded properties, and reached a peak
      // depth of 1.1 metres on Mill Lane" / the row of totals' "Of which: water above floor level: 105".)
      if (rowNames.size === 1 && !inClauseOf(info, v, label.terms) && c.table.some((r) => r !== c.sentence && statesValue(r, v))) continue;
      // (Or a row of another table of the source keyed by the claim's year: "The market made a surplus of £15,200 in
      // 2023" / "2023 | … | Surplus: £15,200", not the row "Marketing | 2023: £52,400".)
      if (rowNames.size === 1 && candidates.some((o) => o !== c && rows.includes(o) && o.hit.document.id === c.hit.document.id && statesValue(o.sentence, v) && yearKey(info, o.sentence) !== undefined)) continue;
      // (Or a row of another table that gives it, whose label the claim names too: "The council's usual rate for a
      // standard residential place will rise from £842 to £889 a week" / "Residential care (standard) | 2024/25: £842
      // | 2025/26: £889", not the home's "Single room with en-suite | … | Increase (£ per week): £155".)
      if (candidates.some((o) => o !== c && o.hit.document.id !== c.hit.document.id && TABLE_ROW.test(o.sentence.text) && statesValue(o.sentence, v) && namesMostOf(info, rowLabel(o.sentence)))) continue;
      // (Nor, for a row the claim names by half its label only, a figure another passage states: "owing about £4.84
      // million" / the row "Other football clubs (transfer instalments) | … | Amount owed (£): 395,000", beside the
      // total's row and "The club owes around £4.84 million".)
      if (!strict.length && candidates.some((o) => o !== c && statesValue(o.sentence, v))) continue;
      // A margin or a difference ("by 3,815 votes", "six points clear") is no level of a column, but of a column of
      // changes.
      // (Rows keyed by the claim's years: the column where another year's row gives another of the claim's figures of
      // the kind, "38,900 journeys were made" in "2023/24 | Passenger journeys: 38,900".)
      const cell = columnOf(info, v, cells) ?? labelAsNoun(info, v, label, cells) ?? (byYears ? cells.find((k) => keyedRows.some((o) => o !== c && labelledCells(o.sentence, true).some((m) => m.label === k.label && o.sentence.values.some((x) => inCell(x, m) && info.values.some((w) => w !== v && w.kind === v.kind && valueAgrees(w, x)))))) : undefined);
      if (!cell || ((isMargin(info.text, v.span) || v.difference) && !CHANGE_LABEL.test(cell.label))) continue;
      // (Nor the figure a comparison sets the column's figure against: "a total larger than the village's population of
      // around 700" gives no total of 700.)
      if (figureAfterThan(info.text, v, cell.label)) continue;
      // (Nor a column whose figure the claim gives itself, to another word: "took an average of 58 working days …,
      // almost three times the 20-working-day target" / "Target: 20 working days".)
      // (The other figure labelled by the column's words in the claim: not "rose from 23 days in 2022/23 to 71 days in
      // 2023/24", whose 71 is the 2022/23 column's and is given to another year.)
      const byColumnWords = (w: TypedValue) => {
        const own = labelTerms(info.text, info.values, w);
        return [...analyzeText(cell.label, false).terms].some((t) => /^\p{L}/u.test(t) && (own.before.has(lemma(t)) || own.after.has(lemma(t))));
      };
      if (info.values.some((w) => w !== v && isNumeric(w) && byColumnWords(w) && c.sentence.values.some((x) => inCell(x, cell) && (valueAgrees(w, x) || (w.kind === 'number' && !w.unit && w.value === x.value))))) continue;
      // (Nor a column of other things than the claim counts: "one of its two inpatient wards" / "Inpatient beds: 22".)
      if (countsOtherThanColumn(info.text, v, cell.label)) continue;
      // (Nor a count of occasions against a column that counts none: "advertised three times since May 2022" / "GP
      // whole-time equivalent (WTE): 0.8".)
      if (v.unit === 'occasion' && !/\b(?:times|occasions)\b/i.test(cell.label)) continue;
      // (An age is an age column's only: "Jermaine Atkins, 26, was sentenced" is no "Sentence: 14 years".)
      // (Nor the age that bounds a group: "plot holders over 65" is no "Plot holders | … | Upper field: 64".)
      if ((isAge(info, v) || (v.kind === 'number' && v.unit === undefined && groupAge(info.text, v.span.start))) !== AGE_LABEL.test(cell.label)) continue;
      // (Nor, for a column the claim names by part of its header only, when the row gives the figure in another of its
      // cells and a sentence of its source gives it too: "734 people arriving at emergency departments" / "ED
      // attendances: 734 | Emergency admissions: 192", beside "the busiest day in the Trust's history, with 734
      // attendances".)
      // (Nor when the other cell's header is named in full: "848 items, were kitchen and domestic knives" / "Total |
      // Kitchen and domestic knives: 848 | … | Other bladed items: 304".)
      const fullyNamed = (k: LabelledCellSpan | typeof cell) => [...analyzeText(k.label, false).terms].every((t) => info.terms.has(t));
      const inOther = cells.filter((k) => k !== cell && c.sentence.values.some((x) => inCell(x, k) && valueAgrees(v, x)));
      if (!fullyNamed(cell) && inOther.length > 0 && (inOther.some(fullyNamed) || candidates.some((o) => !rows.includes(o) && !ROW_OF_CELLS.test(o.sentence.text) && o.hit.document.id === c.hit.document.id && statesValue(o.sentence, v)))) continue;
      // A passage other than a row that gives the figure for the row's name and the column's words: the table may be
      // the older word (not "Student satisfaction at Northbridge rose to 84.2%" for its graduate prospects).
      const columnTerms = [...analyzeText(cell.label, false).terms];
      // (Nor a figure of three significant digits or more, with no word of the column's next to it, that a sentence of
      // the row's source gives in its unit: "tarvoxilan had met the primary goal of a late-stage trial involving 1,842
      // patients" / "enrolled 1,842 patients at 214 sites", not the row's "Tarvoxilan: 131".)
      if (significantDigits(v) >= SPECIFIC_DIGITS && !byCues(info, v, [cell]) && candidates.some((o) => !rows.includes(o) && o.hit.document.id === c.hit.document.id && o.sentence.values.some((x) => x.unit === v.unit && valueAgrees(v, x)))) continue;
      // (Nor one that a sentence about the claim gives, of another source: "In a snap survey of 318 NFF poultry members,
      // 64 per cent said …" against the zones' table's "Protection Zone | … | Registered poultry premises inside: 14".)
      if (significantDigits(v) >= SPECIFIC_DIGITS && candidates.some((o) => !rows.includes(o) && o.hit.document.id !== c.hit.document.id && o.features.topic >= COPIED_TOPIC_MIN && statesValue(o.sentence, v))) continue;
      // (Nor when another row of the table with the row's name gives the figure: "The largest single fine, £1.45
      // million, was for a pump failure at Mill Lane" / "3 | Mill Lane pumping station | … | Fine: £1,450,000" above
      // "4 | Mill Lane pumping station | … | Fine: £300,000".)
      if (c.table.some((r) => r !== c.sentence && label.terms.every((t) => r.terms.has(t)) && statesValue(r, v))) continue;
      // (Nor one of fewer digits that such a sentence gives before the claim's own word: "has 26 volunteers signed up
      // for a rota" / "we've got 26 volunteers signed up for a rota", not the row "Millbrook | … | Council minimum
      // (volunteer-run): 15".)
      const after = wordAfter(info.text, v.span.end);
      const telling = after !== undefined && !!processTerm(after) && !STOPWORDS.has(processTerm(after)!);
      if (after && telling && candidates.some((o) => !rows.includes(o) && o.features.topic >= COPIED_TOPIC_MIN && o.sentence.values.some((x) => valueAgrees(v, x) && wordAfter(o.sentence.text, x.span.end) === after))) continue;
      // (Nor, outside the clause of the row's name, one any passage gives before the claim's word or in its unit: "the parish council
      // had voted nine to none to object, and that 71 per cent of the 540 households who replied" / "71 per cent of the
      // 540 households who replied", not the row "Parish councils | Objections: 3".)
      // (The same unit will do for the word: "540 households".)
      const sameNext = (o: Candidate, x: TypedValue) => (v.kind === 'quantity' && v.unit !== undefined && x.unit === v.unit) || (after !== undefined && telling && wordAfter(o.sentence.text, x.span.end) === after);
      if (!inClauseOf(info, v, label.terms) && candidates.some((o) => !rows.includes(o) && o.sentence.values.some((x) => valueAgrees(v, x) && sameNext(o, x)))) continue;
      // (The row's name by its last word will do: "Grant also set the fastest lap of the race, a 1:21.903 on lap 58"
      // for the row "Oliver Grant | … | Laps: 66".)
      const named = (o: Candidate) => label.terms.every((t) => o.sentence.terms.has(t)) || (label.terms.length > 1 && o.sentence.terms.has(label.terms[label.terms.length - 1]));
      // (When the claim names the row by half its label only, a passage that gives the figure with the column's words
      // will do: "63 people had been killed and 412 injured, while 11 were still missing in Caravelí province" for
      // "COEN has confirmed 63 deaths and 412 injured" beside the row "Arequipa — Caravelí | … | Injured: 236".)
      if (candidates.some((o) => !rows.includes(o) && statesValue(o.sentence, v) && (named(o) || !strict.length) && columnTerms.every((t) => o.sentence.terms.has(t)))) continue;
      // (A row named by its year alone, which gives the figure in another column, gives it in the column the claim
      // means: "Night movements rose from 1,640 in 2022" / "Period: 2022 | … | Air transport movements: 33,900 | Night
      // movements (23:30–06:00): 1,640". So does a row that gives all the claim's figures, two or more: "Of the 521
      // members … who returned ballot papers, 455 backed strike action, a yes vote of 87.3 per cent" / "Total |
      // Members entitled to vote: 660 | Votes cast: 521 | Yes: 455 | … | Yes share: 87.3%".)
      // (Not a row of years' columns, whose year is the claim's figure's: "rose from 23 days in 2022/23 to 71 days in
      // 2023/24" / "… | 2022/23: 71 | 2023/24: 23".)
      // (Unless the claim's words give two of them each to the other's column: "toluene measured 238 micrograms per
      // litre and xylenes 412" / "Toluene (µg/l): 412 | Total xylenes (µg/l): 238".)
      const swapped = columnsSwapped(info, c.sentence, cells, v, cell);
      if ((yearRows.includes(c) || (rowFigures.length >= 2 && cells.every((x) => !x.year) && rowFigures.every((w) => statesValue(c.sentence, w)))) && statesValue(c.sentence, v) && !swapped) continue;
      const figures = c.sentence.values.filter((x) => isNumeric(x) && inCell(x, cell));
      // A column of the claim's figure, or of another figure the claim gives ("won 20 of their 30 games": the 30 is
      // not the Won column's).
      // (Unless the claim gives the figure the column's year: "rose from 23 days in 2022/23 to 71 days in 2023/24" /
      // "2022/23: 71 | 2023/24: 23".)
      const mine = ownYear(info, v);
      const ofYear = cell.year !== undefined && mine !== undefined && (mine.kind === 'year' ? mine.value === cell.year.year && mine.through === cell.year.through : mine.date?.year === cell.year.year);
      if (!figures.length || (!ofYear && !swapped && figures.some((x) => info.values.some((y) => isNumeric(y) && valueAgrees(y, x))))) continue;
      // A count in words of the column's ("lost eight games" / "Lost: 5").
      // (Not a share in words: "Almost half of the sailings" is no count of the "Scheduled sailings: 208" column.)
      const counts = (x: TypedValue) => x.kind === 'number' && ((v.kind === 'number' && v.unit !== 'fraction') || (v.kind === 'quantity' && countUnit(v.unit)));
      // (Or a bare figure of a row whose label names the claim's unit: "23 days" / "Average days from report to
      // inspection | 2022/23: 71".)
      // (The unit's plural, as a measure's label writes it: not the "28-day" of "Repairs outside 28-day target".)
      const inLabelUnit = (x: TypedValue) => x.kind === 'number' && v.kind === 'quantity' && !!v.unit && /^\p{L}+$/u.test(v.unit) && new RegExp(String.raw`\b${escapeRegExp(v.unit)}s\b`, 'i').test(label.text);
      const rival = figures.find((x) => !fractionOfCount(v, x) && ((group(x) === group(v) && valueDiffers(v, x)) || ((counts(x) || inLabelUnit(x)) && x.value !== undefined && v.value !== undefined && Math.abs(x.value - v.value) > (v.precision ?? 0))));
      if (!rival) continue;
      const source = c.sentence.text.slice(cell.start, rival.span.end);
      return { candidate: c, conflict: { claim: v.text, source, kind: v.kind, claimSpan: draftSpan(claim, v.span), sourceSpan: { start: cell.start, end: rival.span.end }, replacement: cellReplacement(v, rival) } };
    }
  }
  return undefined;
}

/** What comes before a group's size in words: "the lowest of the four", "one of its three", "among all five". */
const GROUP_OF_BEFORE = /\b(?:of|among)\s+(?:the|its|their|all)\s+$/i;

/**
 * The figure of a table cell as a quick fix puts it in place of a claim's, written as the claim writes it: the cell's
 * text when it has its own sign or unit ("£4,210m"), else the claim's text with the cell's digits ("3.4%" → "3.1%"
 * for "Unemployment rate (%): 3.1", "£31.7m" → "£33.0m" for "(£m): 33.0", "eight games" → "5 games" for "Lost:
 * 5"), when that reads as the cell's figure; null otherwise ("219,000" against "(000s): 291").
 */
function cellReplacement(claimValue: TypedValue, cellValue: TypedValue): string | null {
  if (!/^[\d.,]+$/.test(cellValue.text)) return cellValue.kind === claimValue.kind ? cellValue.text : null;
  const number = /\d[\d,]*(?:\.\d+)?/;
  const unit = /\s+\p{L}+$/u.exec(claimValue.text)?.[0] ?? '';
  const swapped = number.test(claimValue.text) ? claimValue.text.replace(number, cellValue.text) : `${cellValue.text}${claimValue.kind === 'quantity' ? unit : ''}`;
  const read = extractValues(swapped).find(isNumeric);
  return read?.value !== undefined && cellValue.value !== undefined && Math.abs(read.value - cellValue.value) <= (cellValue.precision ?? 0.5) * 1e-6 + 1e-9 ? swapped : null;
}

/** Whether a claim has one of the terms in the clause of a figure (between the marks of a clause around it). */
function inClauseOf(info: ClaimInfo, v: TypedValue, terms: readonly string[]): boolean {
  const clause = clauseAround(info.text, v.span);
  return info.tokens.some((t) => t.term && t.start >= clause.start && t.end <= clause.end && terms.includes(t.term));
}

/** "No journeys after 7pm", "no services after 10pm", "not … after midnight". */
const NONE_AFTER = /\b(?:no|not)\b[^.;:!?]{0,40}\bafter\s+(?:\d|midnight|noon)/i;
/** A claim that something ends or stops at a time ("will end at 7pm", "stop running at 10pm", "finish by 6pm"). */
const ENDS_AT = /\b(?:end|ends|ending|ended|stop|stops|stopping|stopped|finish|finishes|finished|cease|ceases|ceased)\b(?:\s+\p{L}+)?\s+(?:at|by|before)\s+(?:\d|midnight|noon)/iu;

/** A title before a surname. */
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?/;

/**
 * Whether a claim names a table row by its label: all the label's words ("Operating profit"), a name the label
 * starts with ("Leeds" for "Leeds Rovers"; at the start of the claim, where names are not told from other words,
 * the label's first word: "Leeds have won …"), or a surname with a title ("Mr Hargreaves" for "Tom Hargreaves");
 * `loose`, also half the words of a longer label ("Passenger journeys" / "198 million passengers").
 */
function namesLabel(info: ClaimInfo, label: { text: string; terms: string[] } | undefined, loose: boolean): boolean {
  if (!label) return false;
  // (A row of the rest, "Other income", only by "other": "match-day income" is no row of it.)
  if (/^(?:all\s+)?other\b/i.test(label.text.trim()) && !/\b(?:other|others|remaining|rest)\b/i.test(info.text)) return false;
  // (Nor the row of totals by the whole a share is of: "486,000 litres, nearly half the total".)
  const totals = [...info.text.matchAll(/\btotal\b/gi)];
  if (TOTAL_LABEL.test(label.text) && totals.length > 0 && totals.every((m) => /\b(?:half|third|thirds|quarter|quarters|fifth|tenth|per\s*cent|%|share|proportion)\s+(?:of\s+)?(?:the|its|their)\s+$/i.test(info.text.slice(Math.max(0, m.index! - 24), m.index!)))) return false;
  // (A label of the words of the claim's figures alone is not named by them: "within three years" is no row "Year";
  // a day or a name is: "Sunday services" names the row "Sunday".)
  const figureWords = () => label.terms.every((t) => info.valueTerms.has(t)) && !info.values.some((v) => (v.kind === 'date' || v.kind === 'name') && hasPhrase(v.text, label.text));
  if (label.terms.every((t) => info.terms.has(t))) return !onlyExcluded(info.text, label.text) && !figureWords();
  // (A one-word label by its clipped form, capitalised: "Maths results fell" for the row "Mathematics".)
  if (label.terms.length === 1 && info.tokens.some((k) => !!k.term && k.term.length >= 4 && k.term !== label.terms[0] && label.terms[0].startsWith(k.term) && /^\p{Lu}/u.test(info.text.slice(k.start, k.end)) && !info.valueTerms.has(k.term))) return true;
  const words = label.text.toLowerCase().split(/\s+/);
  // (Not a route's or a fixture's ends, "Brackenford – Kesterbridge (express)": one end is no name of the row.)
  if (/^\p{Lu}/u.test(label.text) && words.length <= 4 && !/\s[–—-]\s/u.test(label.text)) {
    const names = info.values.filter((v) => v.kind === 'name').map((v) => v.name!);
    if (names.some((n) => n.length < words.length && n.every((w, k) => words[k] === w))) return true;
    // A person by surname with a title ("Mr Hargreaves" for "Tom Hargreaves").
    const surname = names.find((n) => n.length < words.length && n.every((w, k) => words[words.length - n.length + k] === w));
    if (surname && new RegExp(`${TITLE.source}\\s+${surname.map(escapeRegExp).join('\\s+')}\\b`, 'iu').test(info.text)) return true;
    if (info.terms.has(label.terms[0]) && info.text.replace(/^\W+/u, '').toLowerCase().startsWith(`${words[0]} `)) return true;
  }
  // (Loosely, by half its words, not counting a word the claim has only in a name of other words: "Eastfield
  // Community Centre" does not name the row "Linnet Way, Eastfield".)
  const names = info.values.filter((v) => v.kind === 'name' && v.name && v.name.length > 1);
  const inOtherName = (t: string) =>
    info.tokens.filter((k) => k.term === t).every((k) => names.some((v) => v.span.start <= k.start && v.span.end >= k.end && v.name!.some((w) => { const u = processTerm(w); return !!u && !label.terms.includes(u); })));
  return loose && label.terms.length >= 2 && label.terms.filter((t) => info.terms.has(t) && !inOtherName(t)).length * 2 >= label.terms.length;
}

/**
 * The clause of a text around a span: from the last comma, semicolon or colon before it to the next after it (or the
 * sentence's end), a mark followed by a space only: the comma of "11,380" parts no clause.
 */
function clauseAround(text: string, span: Span): Span {
  const before = /[,;:]\s(?![^,;:]*[,;:]\s)[^]*$/u.exec(text.slice(0, span.start));
  const after = /[,;:.!?](?:\s|$)/u.exec(text.slice(span.end));
  return { start: before ? before.index + 1 : 0, end: after ? span.end + after.index : text.length };
}

/** Words that name a group by what it leaves out: "outside the EU", "non-EU", "excluding London". */
const EXCLUDING_BEFORE = /(?:\b(?:outside|excluding|except|beyond)\s+(?:the\s+)?|\bnon-?\s*)$/i;

/** Whether a text mentions a label only as what it leaves out ("students from outside the EU" of the row "EU"). */
function onlyExcluded(text: string, label: string): boolean {
  const lower = text.toLowerCase();
  const word = label.toLowerCase();
  let seen = false;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(lower[at + word.length] ?? '')) continue;
    if (!EXCLUDING_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return false;
    seen = true;
  }
  return seen;
}

/**
 * The table rows that state a claim's figures, each with the figure's owner ("14,862 votes … for Ms Raman" and the
 * row "Priya Raman | Labour | 14,862 | 41.2%"), and the passages that state its figures of no one ("a majority of
 * 3,815"), when every figure has one, one at least is a row's, and every name of the claim is stated; else undefined.
 */
function rowsStating(info: ClaimInfo, candidates: readonly Candidate[], rows: readonly Candidate[], statedAnywhere: (i: number) => boolean): Candidate[] | undefined {
  const figures = info.values.filter(isNumeric);
  if (!figures.length || !rows.length || info.values.some((v, i) => v.kind === 'name' && !statedAnywhere(i))) return undefined;
  const used: Candidate[] = [];
  let owned = 0;
  for (const v of figures) {
    const owner = ownerOf(info, v);
    // A figure of no one ("a majority of 3,815") must be stated by some passage, as any figure must.
    if (!owner) {
      const other = candidates.find((c) => statesValue(c.sentence, v));
      if (!other) return undefined;
      if (!used.includes(other)) used.push(other);
      continue;
    }
    const row = rows.find((c) => statesValue(c.sentence, v) && statesValue(c.sentence, owner));
    if (!row) return undefined;
    owned++;
    if (!used.includes(row)) used.unshift(row);
  }
  // At least one figure of a name's row: figures of no one alone could come from any rows ("Revenue fell 8.5% to
  // £312m" from the operating profit's row).
  return owned > 0 ? used : undefined;
}

/**
 * The name a figure belongs to, by the words between them: "Raman took 14,862", "Labour's 41.2%", "Raman, on
 * 41.2%", "Labour with 41.2%", or after it, "11,047 for Mr Hargreaves". Not a name the figure is measured against
 * ("beat Hargreaves by 3,815", "ahead of Labour on 30%").
 */
// (A name in brackets after it, and "it" for it: "in Thornley (Thornley Vale District Council) it is £1.30"; a
// possessive and its noun: "Kettlewick's sixth form has 210 students".)
const OWNER_BEFORE = /^(?:['’]s(?:\s+\p{Ll}[\p{L}-]*){0,2}?)?\)?,?\s+(?:(?:which|who|it)\s+)?(?:(?:now|currently|also|still)\s+)?(?:(?:is|are|was|were|took|won|got|gets|received|polled|had|has|scored|secured|gained|recorded|posted|reported|earned|gave|gives|donated|contributed|committed|invested|pledged|carries|carried|employs|employed|owns|owned|holds|held|on|with|at)\s+(?:(?:now|currently|also|still)\s+)?){1,2}(?:(?:a|an|the|total|share|of|about|around|nearly|almost|some)\s+){0,3}$/iu;
/** A list that leaves its verb out after the first: "Tollard Travel carries 214 pupils, Pennock & Sons Coaches 174 pupils and Greyling 137". */
const GAPPED_BEFORE = /(?:,|\band)\s*$/;
// (A place's figure after it: "compared with 58 minutes at Kelsworth General Hospital".)
// (A stake's holder after "by": "owned 51 per cent by Harrowfield Borough Council".)
const OWNER_AFTER = /^\s+(?:(?:(?:votes?|seats?|points?|of\s+the\s+vote)\s+)?for\s+(?:(?:the|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?|at\s+(?:the\s+)?|by\s+(?:the\s+)?)$/iu;
/** A holder named right after a share ("49% held by Corvale Air", "owned 51% by Wealdshire County Council"). */
const HELD_BY_AFTER = /^\s+(?:held\s+|owned\s+)?by\s+(?:the\s+)?$/iu;
/** Whether a text gives a figure that `matches` to the owner (`ownerOf`): "Pennock & Sons Coaches now carries 174 pupils". */
function givenTo(t: { text: string; values: readonly TypedValue[] }, owner: TypedValue, matches: (x: TypedValue) => boolean): boolean {
  return t.values.some((x) => {
    const theirs = matches(x) ? ownerOf(t, x) : undefined;
    return theirs !== undefined && agreesEitherWay(owner, theirs);
  });
}

function ownerOf(info: { text: string; values: readonly TypedValue[] }, figure: TypedValue): TypedValue | undefined {
  for (const n of info.values) {
    if (n.kind !== 'name') continue;
    // (Not the name a comparison is with: "£2,350 higher than Ashcombe's, at £43,600 a year against £41,250" gives the
    // figures to the subject.)
    if (n.span.end <= figure.span.start && OWNER_BEFORE.test(info.text.slice(n.span.end, figure.span.start)) && !/\bthan\s+(?:the\s+)?$/i.test(info.text.slice(Math.max(0, n.span.start - 10), n.span.start))) return n;
    // (The name right before the figure, after a comma or "and" that goes on with a list of the verb's: a figure of
    // the kind before it, no label, "Greyling Minibuses Ltd 174" however like "Route 12" it looks.)
    if (
      n.span.end <= figure.span.start &&
      /^(?:['’]s)?\s+$/.test(info.text.slice(n.span.end, figure.span.start)) &&
      GAPPED_BEFORE.test(info.text.slice(Math.max(0, n.span.start - 6), n.span.start)) &&
      figure.kind !== 'year' &&
      figure.kind !== 'date' &&
      info.values.some((x) => x.span.end <= n.span.start && x.kind === figure.kind && (x.unit ?? '') === (figure.unit ?? '') && !x.label)
    )
      return n;
    if (n.span.start >= figure.span.end && OWNER_AFTER.test(info.text.slice(figure.span.end, n.span.start))) return n;
  }
  // A figure in apposition to an owned one: "Raman took 14,862 votes, 41.2% of the total".
  const before = info.values.filter((v) => isNumeric(v) && v.span.end <= figure.span.start).pop();
  if (before && /^\s*(?:votes?|seats?|points?)?\s*[,(]\s*(?:or\s+)?$/iu.test(info.text.slice(before.span.end, figure.span.start))) return ownerOf(info, before);
  return undefined;
}

/** A run of capitalised words (a name) in a text, with the words that bind it to its sentence on either side. */
interface NameRun {
  start: number;
  end: number;
  /** The run's terms, joined. */
  key: string;
  /** The nearest lower-case term before the run with the small words between ("academi at"), if nothing breaks the clause. */
  before?: string;
  /** The small words after the run and the next lower-case term ("is pai"), if nothing breaks the clause. */
  after?: string;
}

/** What breaks a clause between a name and a word beside it. */
const CLAUSE_BREAK = /[,;:()\[\]"“”–—]/;
/** A figure's term, no word that binds a name to its place ("Two Conservative MPs" / "Two Members of the Conservative …"). */
const FIGURE_TERM = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|twenti|thirti|forti|fifti|hundr|thousand|million|billion|dozen)$)/;

/**
 * The names of a text as runs of capitalised words (`capital`: whether token i starts a capitalised word that is
 * no sentence's first), each with the lower-case term on either side and the small words between.
 */
function nameRuns(text: string, tokens: TextInfo['tokens'], capital: (i: number) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i) || !tokens[i].term) continue;
    let j = i;
    while (j + 1 < tokens.length && capital(j + 1) && /^\s+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
    const terms = tokens.slice(i, j + 1).flatMap((t) => t.term ?? []);
    let before: string | undefined;
    for (let k = i - 1; k >= 0 && !CLAUSE_BREAK.test(text.slice(tokens[k].end, tokens[i].start)); k--) {
      if (!tokens[k].term) continue;
      // (Another name there: "~" and the small words, "Millhaven City from Harbury Town" giving "~ from".)
      if (!FIGURE_TERM.test(tokens[k].term!)) before = `${capital(k) ? '~' : tokens[k].term} ${text.slice(tokens[k].end, tokens[i].start).toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()}`.trim();
      break;
    }
    let after: string | undefined;
    for (let k = j + 1; k < tokens.length && !CLAUSE_BREAK.test(text.slice(tokens[j].end, tokens[k].start)); k++) {
      if (!tokens[k].term) continue;
      if (!FIGURE_TERM.test(tokens[k].term!)) after = `${text.slice(tokens[j].end, tokens[k].start).toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()} ${capital(k) ? '~' : tokens[k].term}`.trim();
      break;
    }
    runs.push({ start: tokens[i].start, end: tokens[j].end, key: terms.join(' '), before, after });
    i = j;
  }
  return runs;
}

/**
 * A source's heading lines, which name the body or place it is by or about (`bodyInAnothersPlace`): its first lines
 * up to `HEADER_PASSAGES`, each of at most `HEADER_WORDS` words ("Harbour Water Quality Report 2023", "Eastport Port
 * Authority · Published 4 March 2024"), up to the first longer one.
 */
function headingLines(document: SourceDocument): string {
  const lines: string[] = [];
  for (const line of document.text.slice(0, 2000).split('\n')) {
    if (!line.trim()) continue;
    if (lines.length >= HEADER_PASSAGES || line.trim().split(/\s+/).length > HEADER_WORDS) break;
    lines.push(line);
  }
  return lines.join('\n');
}

/** Minimum coverage of a claim's words by a sentence for `displacedName` (the claim retells the sentence). */
const DISPLACED_NAME_MIN = 0.6;

/**
 * A name the claim puts in another name's place in the sentence it retells: its words on either side are those of
 * the other name there, and the sentence has the claim's name elsewhere, with other words beside it ("began his
 * career in the academy at Harbury Town" / "began his career in the academy at Trenton Vale before moving to
 * Millhaven City from Harbury Town"; "The British Renal Research Trust is paying … for the patient nurses" / "The
 * British Renal Research Trust again, with £5.1 million, and the Kidney Care Alliance is paying for the patient
 * nurses"). Not two names the sentence joins ("Harbury and Trenton are paying").
 */
function displacedName(info: ClaimInfo, sentence: TextInfo): { claim: NameRun; source: NameRun } | undefined {
  const claimRuns = nameRuns(info.text, info.tokens, (i) => info.tokens[i].capital);
  if (claimRuns.length === 0) return undefined;
  const st = sentence.tokens;
  const sentenceRuns = nameRuns(sentence.text, st, (i) => i > 0 && /^\p{Lu}/u.test(sentence.text.slice(st[i].start, st[i].end)) && !/[.!?:]\s*["“‘']?\s*$/.test(sentence.text.slice(st[i - 1].end, st[i].start)));
  const claimKeys = new Set(claimRuns.map((r) => r.key));
  // Words that bind a name to its place: a lower-case term, not another name's mark.
  const binds = (side: string | undefined) => side !== undefined && !/^~|~$/.test(side);
  // The small words of a side ("at" of "academi at", "is" of "is pai").
  const small = (side: string, isBefore: boolean) => (isBefore ? side.split(' ').slice(1).join(' ') : side.split(' ').slice(0, -1).join(' '));
  // A name bound elsewhere on a side: other words there, not none, not the claim's, nor the claim's small words.
  const elsewhere = (mine: string | undefined, theirs: string | undefined, isBefore: boolean) => mine === undefined || (theirs !== undefined && theirs !== mine && (small(mine, isBefore) === '' || small(mine, isBefore) !== small(theirs, isBefore)));
  for (const r of claimRuns) {
    const before = binds(r.before) ? r.before : undefined;
    const after = binds(r.after) ? r.after : undefined;
    if (before === undefined && after === undefined) continue;
    // (Not a word that names a thing by its number, "joined Year 7" / "the number of Year 7 pupils joining Kellsbridge
    // High School": the number is the name, which the figures compare.)
    if (/^\s+\d/.test(info.text.slice(r.end, r.end + 3))) continue;
    const own = sentenceRuns.filter((x) => x.key === r.key);
    // The claim's name is in the sentence, and every time with other words beside it on the side that binds it in the
    // claim: not with none (a list or an apposition: "in Deir ez-Zor, Syria"), nor the claim's, nor the claim's
    // small words (a name after the same preposition has the claim's role: "sold in England" / "sold in Tesco …
    // stores in England").
    if (!own.length || !own.every((x) => elsewhere(before, x.before, true) && elsewhere(after, x.after, false))) continue;
    const other = sentenceRuns.find(
      (x) =>
        !claimKeys.has(x.key) &&
        !x.key.split(' ').some((t) => r.key.split(' ').includes(t)) &&
        (before === undefined || x.before === before) &&
        (after === undefined || x.after === after),
    );
    if (!other) continue;
    // (Nor a name bound on one side only, where the sentence has it first and the other name after it, in one sentence:
    // the claim leaves out the words between, "donated £25,000 to the Orrin Rivers Trust and will fund" / "… to the Orrin
    // Rivers Trust to support the restocking of Sallow Brook and will fund".)
    // (The claim's words before its name are the sentence's before it, and those after it the sentence's after the other
    // name; not "on Monday, but the stock slipped back" / "on Friday, but the stock slipped back 7% during Monday
    // morning".)
    const words = (t: string, at: number, side: -1 | 1) => (side < 0 ? t.slice(Math.max(0, at - 40), at).toLowerCase().match(/[\p{L}\d£$%]+/gu)?.slice(-2) : t.slice(at, at + 40).toLowerCase().match(/[\p{L}\d£$%]+/gu)?.slice(0, 2))?.join(' ') ?? '';
    const leftOut = (first: NameRun, last: NameRun) => words(info.text, r.start, -1) === words(sentence.text, first.start, -1) && words(info.text, r.end, 1) === words(sentence.text, last.end, 1);
    if (before === undefined && own.some((x) => x.end < other.start && !/[.;!?]/.test(sentence.text.slice(x.end, other.start)) && leftOut(x, other))) continue;
    if (after === undefined && own.some((x) => x.start > other.end && !/[.;!?]/.test(sentence.text.slice(other.end, x.start)) && leftOut(other, x))) continue;
    // (Not names the sentence joins, "the Trust and the Alliance are paying", nor one that describes the other,
    // "Spanish compatriot Nicolas Almagro", "the Williams pair Felipe Massa".)
    const between = (x: NameRun) => sentence.text.slice(Math.min(x.end, other.end), Math.max(x.start, other.start));
    if (own.some((x) => /^[\s,]*(?:and|or|&)?[\s]*(?:the\s+)?$/i.test(between(x)) || (!CLAUSE_BREAK.test(between(x)) && between(x).trim().split(/\s+/).length <= 2))) continue;
    if (lemmaCoverage(info, sentence) < DISPLACED_NAME_MIN) return undefined;
    return { claim: r, source: other };
  }
  return undefined;
}

/**
 * A claim's figure that the sentence gives as another name's, where it gives the claim's name another figure of the
 * kind ("The Art Fund gave £150,000" / "the Art Fund, which gave £200,000, and the National Heritage Memorial Fund,
 * which gave £150,000"): the claim's figure, the sentence's figure for the claim's name, and the other name.
 */
function figureOfAnotherOwner(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue; other: TypedValue } | undefined {
  for (const v of info.values) {
    if (!isNumeric(v)) continue;
    const mine = ownerOf(info, v);
    if (!mine) continue;
    const same = (n: TypedValue | undefined) => !!n && agreesEitherWay(mine, n);
    let other: TypedValue | undefined;
    // (The same figure, whether or not one reads as a label after its name: "Greyling Minibuses Ltd 137".)
    const given = sentence.values.find((x) => isNumeric(x) && (valueAgrees(v, x) || (x.kind === v.kind && x.value === v.value && (x.unit ?? '') === (v.unit ?? ''))) && (other = ownerOf(sentence, x)) !== undefined && !same(other));
    if (!given || !other) continue;
    const theirs = sentence.values.find((x) => x !== given && isNumeric(x) && x.kind === v.kind && x.unit === v.unit && valueDiffers(v, x) && same(ownerOf(sentence, x)));
    if (theirs) return { claim: v, source: theirs, other: other as TypedValue };
  }
  return undefined;
}

/**
 * A claim's share that the sentence gives as another holder's, where the sentence names not the claim's holder at all
 * ("the remaining 49% held by Corvale Air" / "owned 51% by Wealdshire County Council and 49% by Harlund
 * Infrastructure Partners"): the claim's holder and the sentence's.
 */
function ownerOfFigureSwapped(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue } | undefined {
  const holderOf = (t: { text: string; values: readonly TypedValue[] }, figure: TypedValue) =>
    figure.kind === 'percent' ? t.values.find((n) => n.kind === 'name' && n.span.start >= figure.span.end && HELD_BY_AFTER.test(t.text.slice(figure.span.end, n.span.start))) : undefined;
  for (const v of info.values) {
    if (!isNumeric(v)) continue;
    const mine = holderOf(info, v);
    if (!mine) continue;
    const named = (n: TypedValue) => n.kind === 'name' && agreesEitherWay(mine, n);
    if (sentence.values.some(named)) continue;
    for (const x of sentence.values) {
      if (!isNumeric(x) || !valueAgrees(v, x)) continue;
      const other = holderOf(sentence, x);
      if (other) return { claim: mine, source: other };
    }
  }
  return undefined;
}

/**
 * A claim's year that the sentence gives in parentheses after another name, where it gives the claim's name another
 * year so ("The 2023 prize went to Anita Desrosiers" / "Previous winners include Tobias Grey (2023) for … and Anita
 * Desrosiers (2022) for …"): the claim's year, the sentence's year for the claim's name, and the other name.
 */
function yearOfAnotherName(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue; other: TypedValue } | undefined {
  if (!sentence.text.includes('(')) return undefined;
  // The name right before each year in parentheses: "Tobias Grey (2023)".
  const yearOf = new Map<TypedValue, TypedValue>();
  for (const x of sentence.values) {
    if (x.kind !== 'year' || !/^\s*\)/.test(sentence.text.slice(x.span.end, x.span.end + 3))) continue;
    const name = sentence.values.find((n) => n.kind === 'name' && /^\s*\(\s*$/.test(sentence.text.slice(n.span.end, x.span.start)));
    if (name) yearOf.set(name, x);
  }
  if (yearOf.size < 2) return undefined;
  for (const v of info.values) {
    if (v.kind !== 'year') continue;
    for (const n of info.values) {
      if (n.kind !== 'name') continue;
      const mine = [...yearOf].find(([name]) => agreesEitherWay(n, name));
      if (!mine || valueAgrees(v, mine[1])) continue;
      const other = [...yearOf].find(([name, year]) => !agreesEitherWay(n, name) && valueAgrees(v, year));
      if (other) return { claim: v, source: mine[1], other: other[0] };
    }
  }
  return undefined;
}

/**
 * A source's value is the rival of one claim value at most, the one whose role is most like its own: "Turnout was
 * 38.9%, up from 31.2% at the 2024 general election" against "Turnout fell from 61.2% at the general election" is
 * wrong about the 31.2%, not about the 38.9% too.
 */
function oneClaimPerSourceValue(rivals: RivalValue[]): RivalValue[] {
  if (rivals.length < 2) return rivals;
  const keyOf = (r: RivalValue) => (r.conflict.sourceSpan ? `${r.conflict.sourceSpan.start}:${r.conflict.sourceSpan.end}` : r.conflict.source);
  const best = new Map<string, RivalValue>();
  for (const r of rivals) {
    const had = best.get(keyOf(r));
    if (!had || r.role > had.role) best.set(keyOf(r), r);
  }
  return rivals.filter((r) => best.get(keyOf(r)) === r);
}

/**
 * The rival of a claim's one unstated figure in a passage whose source gives the claim's other figures: the
 * passage's only figure of its kind and unit, when it differs ("260p closing price" / "closing price of 250 pence").
 */
function figureRivals(claim: Claim, info: ClaimInfo, unstated: readonly number[], sentence: TextInfo): Conflict[] {
  if (unstated.length !== 1) return [];
  const v = info.values[unstated[0]];
  // Not a difference ("45 minutes longer than in 2025"), whose rival is no level the source gives; not a time of
  // hours and minutes against a sentence that may write it in two figures ("2 hours 40 minutes").
  if (/^\s*(?:longer|shorter|more|fewer|less|higher|lower|earlier|later)\b/i.test(info.text.slice(v.span.end, v.span.end + 12))) return [];
  // (A sentence with one such length in the claim's unit, and none in another, gives it in one: "the end-to-end
  // journey takes 48 minutes".)
  const clock = new Set(['h', 'min', 's']);
  if (clock.has(v.unit ?? '') && sentence.values.some((x) => x.kind === 'quantity' && clock.has(x.unit ?? '') && x.unit !== v.unit)) return [];
  // Not a figure the claim gives elsewhere ("330 pence in cash" is the offer, not the closing price; a measure is no
  // count of things, "two years ago" / "two handmade wedding bands"), nor a count of other things ("the four areas" /
  // "the six remaining framework providers").
  const givenElsewhere = (x: TypedValue) => info.values.some((y) => y !== v && valueAgrees(y, x) && !(y.kind === 'quantity' && x.kind === 'number' && !x.unit && countedNoun(sentence.text, x)));
  // (Nor a person's age, for a length of time that is none: "who has run a cheese stall … for 23 years" / "Dennis
  // Harrop, 61, owner of Harrop's Cheeses".)
  const ages = v.kind === 'quantity' && v.unit === 'year' && !isAge(info, v) ? new Set(agesOf(sentence.text).map((a) => a.ageSpan.start)) : undefined;
  const conflict = onlyOfItsKind(claim, v, sentence, (x) => !givenElsewhere(x) && !countsOtherThings(info.text, v, sentence.text, x) && !timeFromNow(info, v, sentence.text.slice(x.span.end, x.span.end + 20)) && !ages?.has(x.span.start));
  return conflict ? [conflict] : [];
}

/** An office held before ("former chief executive", "ex-chairman", "the then minister"). */
const FORMER = /\b(?:former|ex-?|then|previous|past|outgoing|retired)\s*$/i;

/**
 * Whether a source figure has a fraction where the claim's is a whole count: some other measure, not a count of
 * the claim's things ("she saw seven starlings" / "Starling | … | Average per garden: 2.87").
 */
function fractionOfCount(claim: TypedValue, source: TypedValue): boolean {
  return claim.kind === 'number' && !claim.unit && claim.value !== undefined && Number.isInteger(claim.value) && source.kind === 'number' && source.value !== undefined && !Number.isInteger(source.value);
}

/**
 * The conflict of a claim figure with a sentence's only figure of its kind and unit (among those `counts` keeps),
 * when that one differs from it.
 */
function onlyOfItsKind(claim: Claim, v: TypedValue, sentence: TextInfo, counts: (x: TypedValue) => boolean): Conflict | undefined {
  const same = sentence.values.filter((x) => x.kind === v.kind && (x.unit ?? '') === (v.unit ?? '') && x.value !== undefined && counts(x) && !fractionOfCount(v, x));
  if (same.length !== 1 || !valueDiffers(v, same[0])) return undefined;
  return { claim: v.text, source: same[0].text, kind: v.kind, claimSpan: draftSpan(claim, v.span), sourceSpan: { ...same[0].span } };
}

/**
 * The same figure, not just an agreeing one: of one kind and unit, equal within the rounding of either ("nearly
 * 20lbs" agrees with any smaller weight, but its direction is that of the 20lbs).
 */
/** Whether a number worked out (a sum, a difference) is a figure's, within its precision or half a per cent of it. */
function nearFigure(v: TypedValue, x: number): boolean {
  return Math.abs(x - v.value!) <= Math.max(v.precision ?? 0, Math.abs(v.value!) * 0.005);
}

function sameFigure(a: TypedValue, b: TypedValue): boolean {
  if (a.value === undefined || b.value === undefined) return false;
  // A bare number may be the other's figure without its unit ("4.1 points" / "4.1 percentage points").
  if (a.kind !== b.kind && a.kind !== 'number' && b.kind !== 'number') return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return Math.abs(a.value - b.value) <= Math.max(a.precision ?? 0, b.precision ?? 0, Math.abs(a.value) * 1e-9);
}

/** Verbs of a match's result, which say no more than its score does ("Harbridge won 3-2" / "beat Kelmouth 3-1"). */
const RESULT_VERBS: ReadonlySet<string> = new Set(['win', 'won', 'beat', 'beaten', 'defeat', 'lost', 'lose', 'drew', 'draw', 'thrash', 'edg'].map((w) => processTerm(w) ?? w));

/**
 * Whether a passage is about a claim with a figure once the claim's measure verbs the passage lacks are left out of
 * its topic: "takes" is not a thing the passage must say for "about twenty-five minutes" to answer "about 45 minutes";
 * nor "won" for a score ("Harbridge won 3-2" / "Harbridge … beat Kelmouth United 3-1").
 */
function aboutButForMeasureVerb(info: ClaimInfo, c: Pick<Candidate, 'sentence' | 'context' | 'features'>, threshold: number): boolean {
  if (!info.values.some(isNumeric)) return false;
  let weight = 0;
  const score = info.values.some((v) => v.unit === 'score');
  for (const [t, w] of info.weights) {
    if (!(MEASURE_VERBS.has(t) || (score && RESULT_VERBS.has(t))) || info.valueTerms.has(t) || c.sentence.terms.has(t) || c.context.some((x) => x.terms.has(t))) continue;
    weight += w;
  }
  return weight > 0 && weight < info.topicWeight && (c.features.topic * info.topicWeight) / (info.topicWeight - weight) >= threshold;
}

/** Words that add nothing a sentence must say beside a change: "It rose again to 934". */
const MOVE_FILLERS: ReadonlySet<string> = new Set(['again', 'also', 'still', 'further', 'now', 'then'].map((w) => processTerm(w) ?? w));

/**
 * Whether a sentence is about a claim of figures and a change alone ("It rose again to 934 in February"): it gives
 * every value of the claim and a change of its own ("It fell to 934 in February 2024"), and the claim has no other
 * words than its change and fillers, so that its topic is its values.
 */
function aboutButForMove(info: ClaimInfo, sentence: TextInfo): boolean {
  if (!info.directions.length || !sentence.directions.length || !info.values.some(isNumeric)) return false;
  const moves = new Set(info.directions.flatMap((d) => tokenize(d.text).flatMap((w) => processTerm(w) ?? [])));
  for (const t of info.weights.keys()) if (!info.valueTerms.has(t) && !moves.has(t) && !MOVE_FILLERS.has(t)) return false;
  return info.values.every((v) => statesValue(sentence, v));
}

/** Terms of the period a figure is for ("during the year", "in the quarter"), which a sentence giving it may leave out. */
const PERIOD_TERMS = ['during', 'throughout', 'year', 'month', 'week', 'quarter', 'period', 'half', 'previous', 'last', 'prior', 'earlier', 'latest'].map((w) => processTerm(w)!).filter(Boolean);

/** The years values date things to (years, and dates with a year). */
function yearsOf(values: readonly TypedValue[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (v.kind === 'year' && v.value !== undefined) out.push(v.value);
    else if (v.kind === 'date' && v.date?.year !== undefined) out.push(v.date.year);
  }
  return out;
}

/**
 * A claim's date and figure in one clause, where the sentence gives the figure with another date of the same parts
 * (month and year, or year) in the figure's clause and the claim's date with another figure: the two dates.
 */
function figureOfOtherDate(info: ClaimInfo, sentence: TextInfo): { claim: TypedValue; source: TypedValue } | undefined {
  const dated = (v: TypedValue) => (v.kind === 'date' && v.date?.year !== undefined) || v.kind === 'year';
  const claimDates = info.values.filter(dated);
  if (!claimDates.length) return undefined;
  const figures = info.values.filter(isNumeric);
  // (The figure nearest the date is the one it goes with: "fallen by 94% since 1999 and was found on just 61 squares
  // last year" dates the 94%, not the 61.)
  // (A figure right before "in" the date is bound to it over one after: "from £2.6 million in 2024/25 to £2.1
  // million in 2025/26".)
  const gap = (a: Span, b: Span) => (a.end <= b.start && /^\s+(?:in|for|during)\s+$/i.test(info.text.slice(a.end, b.start)) ? 0 : Math.max(a.start - b.end, b.start - a.end));
  for (const d of claimDates) {
    // (Not the date a figure is compared with: "162 pups higher than in 2021" / "The 2024 total is 162 pups … higher
    // than in 2021".)
    if (/\b(?:than|compared\s+(?:with|to))\s+(?:in\s+|during\s+)?$/i.test(info.text.slice(Math.max(0, d.span.start - 24), d.span.start))) continue;
    for (const f of figures) {
      if (!sameClause(info.text, d.span, f.span) || figures.some((g) => g !== f && sameClause(info.text, d.span, g.span) && gap(g.span, d.span) < gap(f.span, d.span))) continue;
      // (Nor a figure another date of the claim is nearer: "had lost 41 per cent of its … funding since 2010 and must
      // find £9.8m by 2027" dates the £9.8m by 2027, not 2010.)
      if (claimDates.some((e) => e !== d && gap(f.span, e.span) < gap(f.span, d.span))) continue;
      const stated = sentence.values.find((x) => isNumeric(x) && valueAgrees(f, x));
      if (!stated) continue;
      // (The sentence's date of that figure as the claim's is read: nearest it, or right after it and "in"; not "from
      // 1,187 in 2023/24 to 1,412", whose 2023/24 is the 1,187's.)
      const sourceGap = (a: Span, b: Span) => (a.end <= b.start && /^\s+(?:in|for|during)\s+$/i.test(sentence.text.slice(a.end, b.start)) ? 0 : Math.max(a.start - b.end, b.start - a.end));
      const nearer = (x: TypedValue) => sentence.values.some((g) => g !== stated && isNumeric(g) && !dated(g) && sameClause(sentence.text, x.span, g.span) && sourceGap(g.span, x.span) < sourceGap(stated.span, x.span));
      const own = sentence.values.filter((x) => dated(x) && x.kind === d.kind && sameClause(sentence.text, x.span, stated.span) && !nearer(x));
      if (own.length !== 1 || valueAgrees(d, own[0])) continue;
      // (Nor a date the claim gives too, of another of its words: "The 2022 business case assumed that vacancy would
      // fall to 10 per cent by 2025" / "The 2022 business case assumed that vacancy would fall to 10 per cent (two or
      // three units) by 2025", whose brackets leave only 2022 in the figure's clause.)
      // (Only a date that qualifies a noun, "The 2022 business case": "had fallen from 1,126 in 2022-23 to 842 in 2023-24"
      // still gives 1,126 the wrong year.)
      const qualifies = (x: TypedValue) => /\b(?:the|its|their|a|an|this|that)\s+$/i.test(info.text.slice(Math.max(0, x.span.start - 8), x.span.start)) && /^\s+\p{Ll}/u.test(info.text.slice(x.span.end, x.span.end + 3));
      if (info.values.some((x) => x !== d && dated(x) && valueAgrees(x, own[0]) && qualifies(x))) continue;
      // The claim's date is the sentence's too, with another figure in its clause.
      const elsewhere = sentence.values.find((x) => dated(x) && x !== own[0] && valueAgrees(d, x));
      if (!elsewhere || !sentence.values.some((y) => isNumeric(y) && y !== stated && sameClause(sentence.text, elsewhere.span, y.span))) continue;
      return { claim: d, source: own[0] };
    }
  }
  return undefined;
}

/**
 * Where a figure's label stops: a clause mark, a conjunction that starts the next item of a list, or the edge of the
 * text (`labelTerms`); a line break before an indented line too, a log's or a plain-text table's next row ("approx.
 * 1,150 tonnes" / "Bay 4  paper and cardboard  approx. 300 tonnes" on the line below).
 */
const LABEL_STOP = /[,;:()|—–]|\n[ \t]{2,}|\s(?:and|but|while|whereas|against|compared\s+with|rising\s+to|falling\s+to|up\s+from|down\s+from)\s/iu;
const LABEL_STOPS = new RegExp(LABEL_STOP.source, 'giu');
/** Terms that label no figure ("not", "now", "also"), besides stopwords and auxiliaries. */
const LABEL_FILLERS: ReadonlySet<string> = new Set(
  [
    'not', 'now', 'also', 'just', 'only', 'nearly', 'almost', 'about', 'around', 'some', 'less',
    // Verbs of a share ("Charitable activities accounted for 87 per cent; fundraising costs made up 9 per cent").
    'accounted', 'accounts', 'account', 'made', 'make', 'makes', 'represented', 'represents', 'comprised', 'comprises',
    // Words of a list's order ("General surgery followed with 244, then urology with 167").
    'followed', 'follows', 'follow', 'then', 'next',
  ].flatMap((w) => processTerm(w) ?? []),
);
/** Content terms of a label read, nearest the figure first. */
const LABEL_TERMS = 4;

/**
 * The words that label a figure in its list item: the content terms on each side of it up to a clause mark, a
 * conjunction or another figure of its kind ("a basic award of £9,120, …": basic, award before it; "£4.1bn in its
 * first year": first, year after it), at most `LABEL_TERMS` a side, as lemmas.
 */
function labelTerms(text: string, values: readonly TypedValue[], figure: TypedValue): { before: Set<string>; after: Set<string> } {
  let from = Math.max(0, figure.span.start - 80);
  let to = Math.min(text.length, figure.span.end + 80);
  // Another figure of the kind ends the item; other values (a dose, a date) are words of its label.
  for (const v of values) {
    if (v === figure || v.kind !== figure.kind) continue;
    if (v.span.end <= figure.span.start) from = Math.max(from, v.span.end);
    else if (v.span.start >= figure.span.end) to = Math.min(to, v.span.start);
  }
  const before = text.slice(from, figure.span.start);
  let cut = -1;
  for (const m of before.matchAll(LABEL_STOPS)) cut = m.index! + m[0].length;
  // (A figure that ends a line of a label and a colon has no words after it: the next line is another item's
  // label, "Grant from the Foundation: £2.35 million" over "Contribution from the fabric reserves: £410,000".)
  const lineStart = text.lastIndexOf('\n', figure.span.start - 1) + 1;
  const endsItem = /:\s*[^\s:]{0,3}$/.test(text.slice(lineStart, figure.span.start)) && /^[ \t]*\n/.test(text.slice(figure.span.end, to));
  const after = endsItem ? '' : text.slice(figure.span.end, to);
  const stop = LABEL_STOP.exec(after);
  const termsOf = (words: string[]) => {
    const out = new Set<string>();
    for (const w of words) {
      const t = processTerm(w);
      if (!t || STOPWORDS.has(t) || AUXILIARIES.has(w.toLowerCase()) || LABEL_FILLERS.has(t)) continue;
      out.add(lemma(t));
      if (out.size >= LABEL_TERMS) break;
    }
    return out;
  };
  // (A percentage's words as its sign, so "91 per cent" of the claim is the source's "91%".)
  const percent = (s: string) => s.replace(/(\d)\s*(?:per\s*cent|percent)(?![\p{L}])/giu, '$1%');
  return { before: termsOf(tokenize(percent(cut >= 0 ? before.slice(cut) : before)).reverse()), after: termsOf(tokenize(percent(stop ? after.slice(0, stop.index) : after))) };
}

/** The word of letters right before a figure, in lower case ("in 2:05:37": "in"; "then urology with 167": "with"). */
function letterWordBefore(text: string, x: TypedValue): string | undefined {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, x.span.start - 12), x.span.start))?.[1].toLowerCase();
}

/** The word right after a figure, in lower case ("26 volunteers": "volunteers"). */
function wordAfter(text: string, end: number): string | undefined {
  return /^\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40))?.[1].toLowerCase();
}

/**
 * Whether a name and its rival differ only in a first word that each has by opening its sentence or line ("Residents
 * of Block C were moved out" / "08:40   Evacuation of Block C begun"): the same thing, a common word before it.
 */
function openingWordOnly(info: ClaimInfo, i: number, sentence: TextInfo, r: RivalValue): boolean {
  const v = info.values[i];
  const x = r.conflict.sourceSpan && sentence.values.find((y) => y.span.start === r.conflict.sourceSpan!.start && y.span.end === r.conflict.sourceSpan!.end);
  if (v.kind !== 'name' || !x || x.kind !== 'name' || v.name!.length < 3 || v.name!.length !== x.name!.length) return false;
  if (v.name!.slice(1).join(' ') !== x.name!.slice(1).join(' ')) return false;
  return opensLine(info.text, v.span.start) && opensLine(sentence.text, x.span.start);
}

/**
 * Whether two words each open their sentence or line before the same "of" and words ("Residents of Block C" /
 * "08:40   Evacuation of Block C"): capitals of position, before one name.
 */
function openingBeforeSameOf(a: string, x: Span, b: string, y: Span): boolean {
  const rest = (text: string, end: number) => /^\s+of\s+(?:the\s+)?(\S+(?:\s+\S+)?)/i.exec(text.slice(end, end + 40))?.[1].toLowerCase();
  const tail = rest(a, x.end);
  return opensLine(a, x.start) && opensLine(b, y.start) && tail !== undefined && tail === rest(b, y.end);
}

/** Whether a word opens its line or sentence, after nothing but a time, a number or a list's mark ("08:40   "). */
function opensLine(text: string, at: number): boolean {
  return /^[\s\d:.|*#>-]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** A denial of leave ("haven't been allowed to", "is not permitted"), and a word of prohibition ("banned", "barred"). */
const NOT_ALLOWED = /(?:\bnot|n['’]t|\bnever)\s+(?:been\s+|be\s+)?(?:allowed|permitted)\b/i;
const PROHIBITED = /\b(?:bann(?:ed|ing)|bans?|prohibit(?:s|ed|ing)?|forbid(?:s|den)?|forbade|barred|outlaw(?:s|ed)?)\b/i;

/** Two words of five letters or more that begin alike for five ("midwives", "midwifery"). */
function sameStem(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5);
}

/** The words after a total that break it down into its parts: ", comprising", ", made up of", ", including". */
const PARTS_AFTER = /^,?\s*(?:comprising|made\s+up\s+of|consisting\s+of|including|of\s+which)\b/i;

/** The words after a figure by which one thing is above or below another ("£8.5 million, or 46 per cent, above"). */
const ABOVE_BY = /^(?:\s*,\s*or\s+[^,;]{1,24},)?\s+(?:above|below|over|under|more\s+than|less\s+than|higher\s+than|lower\s+than|short\s+of)\s+(?:the|its|their|a|an|what)\b/i;

/**
 * A claim's figure that the sentence gives under another label, where the claim's label is that of another figure
 * of the kind in the sentence ("The basic award was £26,830" / "a basic award of £9,120, a compensatory award of
 * £26,830"; "will cost £5.3bn in its first year" / "£4.1bn in its first year, rising to £5.3bn by 2029-30"): the
 * claim's figure and the sentence's figure under the claim's label. Labels are read on one side at a time, where
 * both figures of the sentence have one (words after the last item of a list may be the whole list's: "beaten 6-3,
 * 6-1 by American Lauren Davis"). Words the two labels share decide nothing; of the claim's others, at least one
 * must be the other figure's and none the stated one's; the rival with most of them is named. With `listOnly`, only
 * a rival that is the next item of a list, after the same word as the stated figure and the claim's ("with 244 …,
 * then urology with 167").
 */
function figureOfOtherLabel(info: ClaimInfo, sentence: TextInfo, listOnly = false): { claim: TypedValue; source: TypedValue } | undefined {
  const figure = (v: TypedValue) => isNumeric(v) || v.kind === 'ordinal';
  const figures = sentence.values.filter(figure);
  if (figures.length < 2) return undefined;
  for (const v of info.values) {
    if (!figure(v)) continue;
    // Not a number that names something with the name before it ("BRCA 1", "Berth 7"): no figure of a list.
    if (v.kind === 'number' && !v.unit && (v.label || info.values.some((n) => n.kind === 'name' && /^\s*$/.test(info.text.slice(n.span.end, v.span.start))))) continue;
    const stated = figures.find((x) => valueAgrees(v, x));
    if (!stated) continue;
    // (Not a figure by which something is above another: "The new estimate is £8.5 million, or 46 per cent, above the
    // approved budget" is the increase, whatever the sentence calls the estimate.)
    if (ABOVE_BY.test(info.text.slice(v.span.end, v.span.end + 48))) continue;
    // (Another figure, not the same one with another bound: "250 or more staff" / "at least 250 staff". Of the sort
    // of the stated one too, when that is the claim's figure with a unit: "to 42.3" / "to 42.3 years … between two
    // censuses"; not when it only agrees by value: "rose to plus 7" / "for seven years - and rose to plus 11".)
    const withUnit = (stated.kind !== v.kind || stated.unit !== v.unit) && stated.text.replace(/,/g, '').startsWith(v.text.replace(/,/g, ''));
    // (A list's later figure leaves the unit to the first, after the same word as it and the claim's: "General
    // surgery followed with 244 cancellations, then urology with 167" for "followed by urology with 244".)
    const listed = (y: TypedValue) => letterWordBefore(sentence.text, y) !== undefined && letterWordBefore(sentence.text, y) === letterWordBefore(sentence.text, stated) && letterWordBefore(sentence.text, y) === letterWordBefore(info.text, v);
    // (Nor a figure the sentence gives with the claim's next figure right after it, as the claim pairs them: "had
    // raised £1,126,400 by Monday 17 March, 75% of the total" / "which is raising £1.5 million … has now reached
    // £1,126,400 — 75% of its target".)
    const nextOwn = info.values.find((w) => w.span.start > v.span.end && isNumeric(w) && w.kind !== 'date' && w.kind !== 'year');
    if (nextOwn && figures.some((x) => x.span.start > stated.span.end && x.span.start - stated.span.end <= 6 && valueAgrees(nextOwn, x))) continue;
    // (Nor a number that names a bus or a train by its route: "needs two buses (the X14 to Marlow Cross bus station and
    // the 6 to the hospital)".)
    const route = (y: TypedValue) => y.kind === 'number' && !y.unit && /\bthe\s+$/i.test(sentence.text.slice(Math.max(0, y.span.start - 5), y.span.start)) && /^\s+(?:to|from|via|bus|service|route)\b/i.test(sentence.text.slice(y.span.end, y.span.end + 10));
    // (Nor a level of a move the claim's difference is the size of: "risen by 11 metres, to 79 metres" / "rise from 68
    // metres … to 79 metres AOD, an increase of 11 metres".)
    const endOfDifference = (y: TypedValue) => !!v.difference && figures.some((w) => w !== y && w.kind === y.kind && w.unit === y.unit && nearFigure(v, Math.abs(w.value! - y.value!)));
    // (Nor a difference the claim's own two levels make, which the sentence states: "would fall by 446, from 1,650 to
    // 1,204" / "446 fewer pupils … and the number of contracted routes would fall from 36 to 28".)
    if (v.difference && info.values.some((a) => a !== v && isNumeric(a) && a.kind === v.kind && info.values.some((b) => b !== v && b !== a && isNumeric(b) && b.kind === a.kind && b.unit === a.unit && nearFigure(v, Math.abs(a.value! - b.value!))))) continue;
    // (Nor the other level of a difference the claim gives: "rose to 214 in the period, 51 more than a year earlier" /
    // "214 approaches … in the period, up from 163".)
    const otherLevel = (y: TypedValue) => y.value !== undefined && info.values.some((w) => w !== v && !!w.difference && w.value !== undefined && nearFigure(w, Math.abs(v.value! - y.value!)));
    // (Nor the further ones that brought the claim's total to it: "had received 65 letters of objection" / "we have
    // received two further objections, bringing the total to 65".)
    const further = (y: TypedValue) => /^\s+(?:further|more|additional|extra|new|late)\b/i.test(sentence.text.slice(y.span.end, y.span.end + 12)) && /\b(?:bringing|taking|making)\b[^.;]{0,30}$|\btotal\s+(?:to|of)\s+$/i.test(sentence.text.slice(Math.max(0, stated.span.start - 40), stated.span.start));
    const rivals = figures.filter((y) => y !== stated && y.kind === v.kind && y.unit === v.unit && !route(y) && !endOfDifference(y) && !otherLevel(y) && !further(y) && (listOnly ? listed(y) : !withUnit || (y.kind === stated.kind && y.unit === stated.unit) || listed(y)) && (y.per ?? '') === (v.per ?? '') && valueDiffers(v, y) && !valueAgrees(v, y) && !sameFigure(v, y));
    if (!rivals.length) continue;
    const mine = labelTerms(info.text, info.values, v);
    const theirs = labelTerms(sentence.text, sentence.values, stated);
    // The words right after the stated figure up to a clause mark, a spaced hyphen or the next figure, across "and"
    // ("112 department and homeware stores": the claim's "112 stores" is the stated figure's, not that of "3,960 work
    // in stores").
    let near: Set<string> | undefined;
    // (Across a comma after a word or two: "at 14:24 UTC, shut down the engine" is the claim's "At 14:24 UTC the crew
    // shut down the engine", not "At 14:22 UTC the crew retarded …"; not into a list's next item: "244 cancellations,
    // then urology with 167".)
    const nearStated = () =>
      (near ??= new Set(tokenize(sentence.text.slice(stated.span.end, stated.span.end + 48).replace(/^(\s*[\p{L}.]+(?:\s+[\p{L}.]+)?),(?!\s*(?:then|followed|ahead|behind|while|whereas)\b)/u, '$1').split(/[,;:()|—–\d]|\s-\s/)[0]).slice(0, 5).flatMap((w) => processTerm(w) ?? []).map(lemma)));
    // The rival whose label has most of the claim's telling words ("Will Muir scored in the 74th minute": the 63rd of
    // "wing Will Muir scored in the 63rd", not the 55th of "… crossed in the 55th minute").
    let best: TypedValue | undefined;
    let most = 0;
    for (const y of rivals) {
      // Not a claim that gives the rival too ("rose from 310 to 420").
      if (info.values.some((c) => c !== v && valueAgrees(c, y))) continue;
      // Nor the level a move the sentence tells went from, to the stated figure: "reduced from five days a week to
      // three in March 2023" for "has opened only three days a week since … March 2023".
      if (y.span.end <= stated.span.start && /\bfrom\s+$/i.test(sentence.text.slice(Math.max(0, y.span.start - 6), y.span.start)) && /^[^.;:]{0,30}?\bto\s+$/.test(sentence.text.slice(y.span.end, stated.span.start))) continue;
      // Nor a part of the stated figure, which the sentence breaks down after it: "stall fees and sponsorship were
      // expected to bring in £40,000" / "projected income … was £40,000, comprising stall fees of £35,000 and
      // sponsorship of £5,000".
      if (y.span.start > stated.span.end && PARTS_AFTER.test(sentence.text.slice(stated.span.end, stated.span.end + 24))) continue;
      // (Or before it, the stated figure their total: "would pay £70.50 including water" / "£58.50 for rent plus £12
      // for water from April – a total of £70.50".)
      if (y.span.end <= stated.span.start && /\b(?:a\s+|the\s+)?total\s+(?:of\s+)?$/i.test(sentence.text.slice(Math.max(0, stated.span.start - 16), stated.span.start))) continue;
      // Not a figure "of" a thing where the claim's and the stated one are what something was done "in" ("broke the
      // course record in 2:05:37" / "won … in 2:05:37, breaking the course record of 2:06:12").
      if (letterWordBefore(sentence.text, y) === 'of' && letterWordBefore(info.text, v) === 'in' && letterWordBefore(sentence.text, stated) === 'in') continue;
      const other = labelTerms(sentence.text, sentence.values, y);
      // None of the claim's words, on either side, in the stated figure's label unless the rival's has it too ("A year
      // earlier the force solved 7.4%" / "8.1%, compared with 7.4% a year earlier").
      // (The stated figure's words after it count only when the rival has words after it too: "87 per cent of
      // spending; fundraising costs made up 9 per cent and …" says "of spending" once, for the whole list.)
      const all = (l: typeof mine) => new Set([...l.before, ...l.after]);
      const [mineAll, theirsAll, otherAll] = [all(mine), other.after.size ? all(theirs) : theirs.before, all(other)];
      if ([...mineAll].some((t) => theirsAll.has(t) && !otherAll.has(t))) continue;
      for (const side of ['before', 'after'] as const) {
        if (!mine[side].size || !theirs[side].size || !other[side].size) continue;
        const telling = [...mine[side]].filter((t) => !(theirs[side].has(t) && other[side].has(t)));
        // (A word of one family counts: "extra midwives" / "additional midwifery … posts".)
        const near = [...theirs[side], ...nearStated()];
        if (telling.some((t) => theirs[side].has(t) || nearStated().has(t) || near.some((x) => sameStem(t, x)))) continue;
        const shared = telling.filter((t) => other[side].has(t)).length;
        if (shared > most) {
          most = shared;
          best = y;
        }
      }
    }
    if (best) return { claim: v, source: best };
  }
  return undefined;
}

/**
 * Whether the claim reports an event (arrest, charge, conviction, death, injury, release, resignation, dismissal:
 * `eventKindOfLemma`) that no candidate passage reports (`all`), where the best evidence (`texts`) reports an event
 * of another kind.
 */
function otherEvent(info: ClaimInfo, texts: readonly TextInfo[], all: readonly TextInfo[]): boolean {
  const mine = eventKinds(info);
  if (!mine.size || !texts.some((t) => eventKinds(t).size)) return false;
  return [...mine].some((k) => !all.some((t) => eventKinds(t).has(k)));
}

/** The kinds of event a text's terms report (`eventKindOfLemma`), once per text. */
const eventKindsOf = new WeakMap<TextInfo, ReadonlySet<number>>();
const NO_KINDS: ReadonlySet<number> = new Set();
function eventKinds(info: TextInfo): ReadonlySet<number> {
  let out = eventKindsOf.get(info);
  if (out) return out;
  let kinds: Set<number> | undefined;
  for (const t of info.terms) {
    const k = eventKindOfLemma(lemma(t));
    if (k !== undefined) (kinds ??= new Set()).add(k);
  }
  eventKindsOf.set(info, (out = kinds ?? NO_KINDS));
  return out;
}

/** Whether two spans of a text are in one clause: no clause mark (nor a table row's cell border) between them, and near. */
function sameClause(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return between.length <= 80 && !/[,;:()—–|]/.test(between);
}

/**
 * A figure of a claim that names no year, stated only by sentences that date it to a year ("a magnitude 6.8 quake
 * in January 2020"), against a candidate sentence dated to none of those years that gives another figure of the
 * same measure (a quantity in the same unit other than a count, a count of the same kind of event, or a figure in
 * the same role): the candidate and the conflict, with a note of where the claim's figure comes from.
 */
/** A time of reported speech: "that morning", "that day", "the same evening". */
const THAT_TIME = /\b(?:that|the\s+same)\s+(?:morning|afternoon|evening|night|day|week)\b/i;

function otherTimeRival(claim: Claim, info: ClaimInfo, candidates: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  if (info.values.some((v) => v.kind === 'year' || v.kind === 'date')) return undefined;
  // (Nor one that dates its figure in reported speech, as the source's "this morning" does: "She said her download
  // speed that morning had been 3.2 megabits per second".)
  if (THAT_TIME.test(info.text)) return undefined;
  for (const v of info.values) {
    // Only a figure of the claim's own time: not one it gives for another ("up from 27.8% last year").
    if (!isNumeric(v) || !v.current) continue;
    const stating = candidates.filter((c) => statesValue(c.sentence, v));
    if (!stating.length) continue;
    // (Not when a sentence gives every figure of the claim, two or more, with its years: the claim leaves them out of
    // that very sentence, "whose budget will rise from £1.4m to £2.5m" / "increasing its budget from £1.4m in 2024/25
    // to £2.5m in 2025/26", not the rent's "from £98.40 to £105.98".)
    const figures = info.values.filter(isNumeric);
    if (figures.length >= 2 && stating.some((c) => figures.every((w) => statesValue(c.sentence, w)))) continue;
    // The years that date the figure: in its clause ("a magnitude 6.8 quake in January 2020"), not another's ("will
    // go on sale … on 14 January 2027, priced from £1,299 for the 256GB model").
    // (Not a year the things were made or begun in, which dates no count of them: "Its avenue of 10 horse chestnuts … was
    // planted in about 1928".)
    const origin = (c: Candidate, x: TypedValue) => ORIGIN_BEFORE.test(c.sentence.text.slice(Math.max(0, x.span.start - 32), x.span.start));
    // (Nor a day's possessive of another figure: "the increase on today's £85.50 would be £20" dates the £85.50.)
    const ofOther = (c: Candidate, x: TypedValue, y: TypedValue) => /^['’]s\s/.test(c.sentence.text.slice(x.span.end, x.span.end + 3)) && !/^['’]s\s+$/.test(c.sentence.text.slice(x.span.end, y.span.start));
    const years = stating.map((c) => yearsOf(c.sentence.values.filter((x) => yearsOf([x]).length && !origin(c, x) && c.sentence.values.some((y) => valueAgrees(v, y) && sameClause(c.sentence.text, x.span, y.span) && !ofOther(c, x, y)))));
    if (years.some((y) => !y.length)) continue;
    const dated = new Set(years.flat());
    for (const c of candidates) {
      if (stating.includes(c) || yearsOf(c.sentence.values).some((y) => dated.has(y))) continue;
      // (Nor the state before a change, for a claim of the new one: "which will now come into force on any single night
      // forecast to be at or below 1C" / "Previously, SWEP was activated when temperatures were forecast to be at or
      // below 0°C".)
      if (PREVIOUSLY.test(c.sentence.text) && NEW_STATE.test(info.text)) continue;
      const rival = c.sentence.values.find(
        (x) =>
          x.kind === v.kind &&
          // (Not a figure the claim gives too: "other 11 blades, though two showed minor leading-edge erosion" /
          // "Two blades … showed minor leading-edge erosion".)
          !info.values.some((w) => w !== v && valueAgrees(w, x)) &&
          x.unit === v.unit &&
          valueDiffers(v, x) &&
          // (Nor a part of a whole the sentence counts, or that whole, for a figure that is neither: "thirty-one of the
          // thirty-four staff have signed" / "There are 3,210 staff permits on issue".)
          !(!!partAndWhole(c.sentence.text, c.sentence.values)?.includes(x) && !partAndWhole(info.text, info.values)?.includes(v)) &&
          ((v.kind === 'quantity' && MEASURE_UNITS.has(v.unit ?? '')) || roleSimilarity(v, x) >= OTHER_TIME_ROLE_MIN || sameEvent(info.text, v, c.sentence.text, x)),
      );
      if (!rival) continue;
      const when = stating[0].sentence.values.find((x) => yearsOf([x]).length);
      const given = stating[0].sentence.values.find((x) => valueAgrees(v, x));
      // The source's hedge goes with its figure ("at least 42 people"), in the message and in the fix.
      const hedge = hedgeWords(c.sentence.text, rival.span.start);
      const figure = figureOf(v.text) && figureOf(rival.text) ? v.text.replace(FIGURE, figureOf(rival.text)!) : undefined;
      return {
        candidate: c,
        conflict: {
          claim: v.text,
          source: hedge ? `${hedge} ${rival.text}` : rival.text,
          kind: v.kind,
          claimSpan: draftSpan(claim, v.span),
          sourceSpan: hedge ? { start: rival.span.start - hedge.length - 1, end: rival.span.end } : { ...rival.span },
          // The claim's words with the source's figure ("magnitude of 6.8" → "magnitude of 6.1").
          ...(figure ? { replacement: hedge && !hedgeWords(claim.text, v.span.start) ? `${hedge} ${figure}` : figure } : {}),
          note: `it gives ${given?.text ?? v.text} for ${when?.text ?? 'another time'}`,
        },
      };
    }
  }
  return undefined;
}

/** A day given in words after a time: " the next morning", " that night", " the following day". */
const DAY_IN_WORDS = /^,?\s+(?:on\s+)?(?:the\s+(?:next|following|previous)\s+(?:morning|afternoon|evening|night|day)|that\s+(?:morning|afternoon|evening|night|day)|the\s+(?:day|morning|night)\s+(?:after|before)|later\s+that\s+(?:day|night)|overnight)\b/i;

/**
 * A figure of a claim that names a day ("voted 6-3 at its meeting ending on Wednesday 5 November") which the sources
 * give only in sentences of other days (a table row "7 Aug 2025 | Cut 0.25 pt | 4.75% | 6-3"), where a sentence that
 * gives the claim's day gives another figure of the same measure (a vote, a temperature, a magnitude, or one in a
 * like role): the candidate and the conflict, noting the day the claim's figure belongs to.
 */
function figureOfAnotherDay(claim: Claim, info: ClaimInfo, candidates: readonly Candidate[]): { candidate: Candidate; conflict: Conflict } | undefined {
  const fullDay = (x: TypedValue) => x.kind === 'date' && x.date?.day !== undefined && x.date.month !== undefined;
  // (The claim's may be a month: "In June … by a vote of seven to two" / "19 Jun 2025 | Hold | 5.00% | 8-1".)
  const days = info.values.filter((x) => x.kind === 'date' && x.date?.month !== undefined);
  if (!days.length) return undefined;
  const onDay = (t: TextInfo) => t.values.some((x) => fullDay(x) && days.some((d) => valueAgrees(d, x)));
  for (const v of info.values) {
    if (!isNumeric(v)) continue;
    const stating = candidates.filter((c) => statesValue(c.sentence, v));
    // Only where every sentence that gives the figure gives another day, and none the claim's.
    if (!stating.length || stating.some((c) => onDay(c.sentence) || !c.sentence.values.some(fullDay))) continue;
    // (Nor a figure the claim gives a day of its own in words, the claim's date another figure's, the one nearest it:
    // "The fire was surrounded at 02:10 the next morning, but … the stop message was not sent until 11:40 on Friday 16
    // August" dates 11:40, not 02:10.)
    const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start - b.end);
    const figures = info.values.filter((w) => w !== v && w.kind === v.kind && (w.unit === v.unit || (clockTime(w) && clockTime(v))));
    if (DAY_IN_WORDS.test(info.text.slice(v.span.end, v.span.end + 40)) && days.every((d) => figures.some((w) => gap(w.span, d.span) < gap(v.span, d.span)))) continue;
    // (Nor where the claim names the figure's day as well, by its weekday: "at 14:37 on Saturday 12 April, and the
    // blaze was not declared extinguished until 4pm on Tuesday" / "… extinguished at 16:00 on Tuesday 15 April".)
    if (info.values.some((d) => d.kind === 'date' && d.date?.month === undefined && d.date?.weekday !== undefined && stating.some((c) => c.sentence.values.some((x) => fullDay(x) && valueAgrees(d, x))))) continue;
    for (const c of candidates) {
      if (stating.includes(c) || !onDay(c.sentence)) continue;
      const rival = c.sentence.values.find(
        (x) =>
          x.kind === v.kind &&
          // (Nor, as for another time's above, a figure the claim gives too.)
          !info.values.some((w) => w !== v && valueAgrees(w, x)) &&
          (x.unit === v.unit || (clockTime(x) && clockTime(v))) &&
          valueDiffers(v, x) &&
          // (A time of the day: "a rally … at 1pm on Friday 24 January" / "Rally: Friday 24 January, 12 noon", where
          // only "Wednesday 29 January 2025, 1pm" gives 1pm.)
          (v.unit === 'score' || clockTime(v) || (v.kind === 'quantity' && MEASURE_UNITS.has(v.unit ?? '')) || roleSimilarity(v, x) >= OTHER_TIME_ROLE_MIN),
      );
      if (!rival) continue;
      const when = stating[0].sentence.values.find(fullDay);
      const given = stating[0].sentence.values.find((x) => valueAgrees(v, x));
      return {
        candidate: c,
        conflict: {
          claim: v.text,
          source: rival.text,
          kind: v.kind,
          claimSpan: draftSpan(claim, v.span),
          sourceSpan: { ...rival.span },
          ...(figureOf(v.text) && figureOf(rival.text) ? { replacement: v.text.replace(FIGURE, figureOf(rival.text)!) } : {}),
          note: `it gives ${given?.text ?? v.text} for ${when?.text ?? 'another day'}`,
        },
      };
    }
  }
  return undefined;
}

/** A side's count as a message names it: "six against" for the "six" of "23 to six", "Against: 17" as it is. */
function withSide(count: string, side: VoteSide): string {
  if (/\b(?:for|favou?r|against|abst\w*)\b/i.test(count)) return count;
  return `${count} ${side === 'for' ? 'in favour' : side === 'against' ? 'against' : 'abstentions'}`;
}

/**
 * Whether a claim's length of time before or after ("ten minutes before", "two hours after") lies between one of its
 * times of day and a time of day some text gives.
 */
function betweenClockTimes(info: ClaimInfo, v: TypedValue, texts: readonly TextInfo[]): boolean {
  if (v.kind !== 'quantity' || (v.unit !== 'min' && v.unit !== 'h') || v.value === undefined) return false;
  if (!/^\s+(?:before|after|earlier|later|ahead\s+of|behind)\b/i.test(info.text.slice(v.span.end, v.span.end + 12))) return false;
  const minutes = v.unit === 'h' ? v.value * 60 : v.value;
  const mine = info.values.filter((c) => clockTime(c) && c.value !== undefined);
  return mine.length > 0 && texts.some((t) => t.values.some((x) => clockTime(x) && x.value !== undefined && mine.some((c) => { const d = Math.abs(c.value! - x.value!); return Math.abs(d - minutes) < 1 || Math.abs((d % 720) - minutes) < 1; })));
}

/**
 * A vote the sources give the other way: a named member's side, or a split vote for a unanimous one. The member's
 * vote is looked for in any candidate that names them; the split in the chosen evidence or, for a claim that names
 * no other vote, any candidate that gives one.
 */
/** The part in a motion a verb gives: "seconded" for "second", "Seconded"; "moved" for "move", "proposed". */
const motionPart = (verb: string): 'moved' | 'seconded' => (/^second/i.test(verb) ? 'seconded' : 'moved');

/** A speaker's own part in a motion: "I'll second that.", "I therefore move an amendment", "Seconded." */
const FIRST_PERSON_PART = /\bI(?:['’]ll|\s+will|\s+would\s+like\s+to|\s+therefore|\s+formally)?\s+(second|move|propose)\b|^\s*(Seconded)\.?\s*$/i;

/**
 * Who moved and who seconded a motion, by the verbs around their names: "moved by Councillor Garrow", "Councillor
 * Garrow has moved", "seconded by Councillor Mendham", "Cllr Drayfield seconded". Each with the verb's span.
 */
function motionParts(text: string, values: readonly TypedValue[]): { part: 'moved' | 'seconded'; name: TypedValue; verb: Span }[] {
  if (!/\b(?:moved|proposed|seconded)\b/i.test(text)) return [];
  const out: { part: 'moved' | 'seconded'; name: TypedValue; verb: Span }[] = [];
  for (const v of values) {
    if (v.kind !== 'name' || !v.name?.length) continue;
    const from = Math.max(0, v.span.start - 20);
    const before = /\b(moved|proposed|seconded)\s+by\s+$/i.exec(text.slice(from, v.span.start));
    const after = /^\s+(?:has\s+|had\s+)?(?:then\s+|also\s+|formally\s+|later\s+)?(moved|proposed|seconded)\b/i.exec(text.slice(v.span.end, v.span.end + 28));
    const m = before ?? after;
    if (!m) continue;
    const at = before ? from + before.index : v.span.end + after!.index + after![0].length - after![1].length;
    out.push({ part: motionPart(m[1]), name: v, verb: { start: at, end: at + m[1].length } });
  }
  return out;
}

function voteConflict(claim: Claim, info: ClaimInfo, candidates: readonly Candidate[], chosen: Candidate): { candidate: Candidate; conflict: Conflict } | undefined {
  for (const v of info.values) {
    if (v.kind !== 'name') continue;
    const said = voteOf(info.text, v.span);
    if (!said) continue;
    const surname = v.name![v.name!.length - 1];
    const sides = candidates.map((c) => {
      const named = c.sentence.values.find((x) => x.kind === 'name' && (valueAgrees(v, x) || x.name![x.name!.length - 1] === surname));
      if (named) return { c, given: voteOf(c.sentence.text, named.span) };
      // (Or the member's own words in a transcript: "PROFESSOR LORNA BEDDOWES: … I will vote for the amendment".)
      const speaks = c.speaker?.values.some((x) => x.kind === 'name' && x.name![x.name!.length - 1] === surname);
      const own = speaks ? [...c.sentence.text.matchAll(OWN_VOTE)][0] : undefined;
      return { c, given: own && voteOf(c.sentence.text, { start: own.index!, end: own.index! + 1 }) };
    });
    // (Not when a passage gives the member the claim's side: a meeting of two votes, "Against: 30 (… Independent 1 -
    // Cllr Mark Oduya)" on the amendment, "For: 30 (…)" on the budget.)
    if (sides.some((x) => x.given?.side === said.side)) continue;
    // Or a side whose every member a passage names, without the claim's: "with Cllr Jenny Marsh, the vice-chair, voting
    // against" / "four voted in favour and one against (Cllr Tallis)".
    for (const c of candidates) {
      const members = c.sentence.values.filter((x) => x.kind === 'name' && (x.name?.length ?? 0) >= 1 && voteOf(c.sentence.text, x.span)?.side === said.side);
      if (!members.length || members.some((x) => x.name![x.name!.length - 1] === surname)) continue;
      const count = said.side === 'absent' ? undefined : sidesOf(c.sentence.text, c.sentence.values).counts[said.side]?.n;
      if (count !== members.length) continue;
      return {
        candidate: c,
        conflict: { claim: v.text, source: members.map((x) => x.text).join(', '), kind: 'name', claimSpan: draftSpan(claim, v.span), sourceSpan: { ...members[0].span } },
      };
    }
    for (const { c, given } of sides) {
      if (!given || given.side === said.side) continue;
      return {
        candidate: c,
        conflict: {
          claim: info.text.slice(said.span.start, said.span.end),
          source: c.sentence.text.slice(given.span.start, given.span.end),
          kind: 'word',
          claimSpan: draftSpan(claim, said.span),
          sourceSpan: { ...given.span },
        },
      };
    }
  }
  // A motion's mover given as its seconder, or the other way round ("moved by Councillor Priya Mendham … and seconded by
  // Councillor Garrow" / "Councillor Garrow has moved a recommendation, seconded by Councillor Mendham"), where no
  // passage gives the person the claim's part.
  const parts = motionParts(info.text, info.values);
  if (parts.length) {
    // (And a transcript's speaker's own: "MS LALWANI: I'll second that.", "MRS VALAND: … I therefore move an
    // amendment".)
    const own = (c: Candidate) => {
      const m = c.speaker && FIRST_PERSON_PART.exec(c.sentence.text);
      const name = m && c.speaker!.values.find((x) => x.kind === 'name' && (x.name?.length ?? 0) >= 1);
      if (!m || !name) return [];
      const word = m[1] ?? m[2];
      const at = m.index + m[0].length - word.length;
      return [{ part: motionPart(word), name, verb: { start: at, end: at + word.length } }];
    };
    const given = candidates.map((c) => ({ c, parts: [...motionParts(c.sentence.text, c.sentence.values), ...own(c)] }));
    for (const mine of parts) {
      const surname = mine.name.name![mine.name.name!.length - 1];
      const same = (x: TypedValue) => x.name![x.name!.length - 1] === surname;
      if (given.some((g) => g.parts.some((p) => p.part === mine.part && same(p.name)))) continue;
      const other = given.find((g) => g.parts.some((p) => p.part !== mine.part && same(p.name)));
      // (Or the best evidence, the motion's own words, giving the claim's part to another: "Priya Lalwani then moved an
      // amendment to keep plain trousers" / "MRS VALAND: … I therefore move an amendment: that trousers and skirts
      // remain plain".)
      const chosenParts = given.find((g) => g.c === chosen)?.parts ?? [];
      const instead = !other ? chosenParts.find((p) => p.part === mine.part && !same(p.name)) : undefined;
      if (instead) {
        return {
          candidate: chosen,
          conflict: { claim: mine.name.text, source: instead.name.text, kind: 'name', claimSpan: draftSpan(claim, mine.name.span), ...(chosen.sentence.values.includes(instead.name) ? { sourceSpan: { ...instead.name.span } } : {}) },
        };
      }
      if (!other) continue;
      const theirs = other.parts.find((p) => p.part !== mine.part && same(p.name))!;
      return {
        candidate: other.c,
        conflict: {
          claim: info.text.slice(mine.verb.start, mine.verb.end),
          source: other.c.sentence.text.slice(theirs.verb.start, theirs.verb.end),
          kind: 'word',
          claimSpan: draftSpan(claim, mine.verb),
          sourceSpan: { ...theirs.verb },
        },
      };
    }
  }
  // A tally's side given another count ("by 118 votes to 9, with 6 abstentions" / "118 in favour, 6 against, 9
  // abstentions"), in the chosen evidence first.
  const counts = tallyOf(info.text, info.values);
  if (counts) {
    // (Read with its neighbours, as a recorded vote gives a line to each side: "For: 19", "Against: 27"; and with its
    // line, as a chair asks and answers: "Those in favour? Four. Those against? Two.")
    const read = [chosen, ...candidates.filter((c) => c !== chosen)].map((c) => {
      const line = lineOf(c);
      const texts = [c.sentence, ...c.context, ...(line ? [line] : [])];
      return { c, texts, given: mergedSides(texts) };
    });
    // (Not when a passage gives the claim's tally as it is: a meeting of two votes, "the amendment fell (2 in favour, 7
    // against, 1 abstention)" beside "RESOLVED (7 in favour, 2 against, 1 abstention)".)
    // (Every side the claim gives: not "Abstentions: 2" beside "Against: 27", which leaves out the "For: 19" the claim
    // gives another count.)
    const same = (given: Partial<Record<VoteSide, TallyCount>>) => {
      const sides = (['for', 'against', 'abstain'] as const).filter((s) => counts[s]);
      return sides.length >= 2 && sides.every((s) => given[s] && counts[s]!.n === given[s]!.n);
    };
    // (A passage about the claim's very motion, by the words of what was voted for after the tally: "voted by 128 votes
    // to 19 to raise subscriptions by 12 per cent from January" / "Resolution 1 (to raise annual subscriptions by 12
    // per cent from 1 January 2026)".)
    const end = Math.max(...Object.values(counts).map((k) => k!.span.end));
    const motion = /^[^.;]*?\bto\s+(\p{Ll}[^.;]{8,})/u.exec(info.text.slice(end))?.[1];
    const motionTerms = motion ? [...analyzeText(motion, false).terms].filter((t) => !/^\d/.test(t)) : [];
    const ofMotion = (t: TextInfo) => motionTerms.length >= 3 && motionTerms.filter((w) => t.terms.has(w)).length >= motionTerms.length * 0.75;
    for (const { c, texts, given } of read.some((r) => same(r.given)) ? [] : read) {
      const differs = Object.keys(given).length >= 2 ? tallyDiffers(counts, given, ofMotion(c.sentence)) : undefined;
      if (!differs) continue;
      const own = differs.source.at === 0;
      const text = texts[differs.source.at].text;
      return {
        candidate: c,
        conflict: {
          // (A defeat's counts are named as written: which side each is depends on what was voted on.)
          claim: differs.claim.defeat ? info.text.slice(differs.claim.span.start, differs.claim.span.end) : withSide(info.text.slice(differs.claim.span.start, differs.claim.span.end), differs.side),
          source: differs.claim.defeat || differs.source.defeat ? text.slice(differs.source.span.start, differs.source.span.end) : withSide(text.slice(differs.source.span.start, differs.source.span.end), differs.side),
          kind: 'number',
          claimSpan: draftSpan(claim, differs.claim.span),
          ...(own ? { sourceSpan: { ...differs.source.span } } : {}),
          replacement: null,
        },
      };
    }
  }
  const all = unanimous(info.text);
  // (A claim that gives a split vote besides tells of two votes: "The … scrutiny committee backed the proposal by
  // seven votes to two before the cabinet approved it unanimously".)
  if (!all || splitVote(info.text)) return undefined;
  for (const c of [chosen, ...candidates.filter((c) => c !== chosen)]) {
    const split = splitVote(c.sentence.text);
    if (!split) continue;
    // (Not when a passage as much about the claim has the vote unanimous: "A treasury management strategy … was
    // approved unanimously" / "RESOLVED (unanimously): That the Treasury Management Strategy …", beside the budget's
    // "by 42 votes to 26".)
    if (candidates.some((o) => o !== c && o.features.topic >= c.features.topic && unanimous(o.sentence.text))) return undefined;
    return { candidate: c, conflict: { claim: info.text.slice(all.start, all.end), source: split.text, kind: 'word', claimSpan: draftSpan(claim, all), sourceSpan: { ...split.span }, replacement: null } };
  }
  return undefined;
}

/**
 * Whether a text gives a date with the claim date's day and month that differs in its weekday or year ("Monday 17
 * November" / "Tuesday 17 November"): a sentence about that very day, whatever its other words.
 */
function nearDate(v: TypedValue, sentence: TextInfo): boolean {
  const d = v.kind === 'date' ? v.date : undefined;
  if (d?.day === undefined || d.month === undefined) return false;
  return sentence.values.some((x) => {
    const e = x.kind === 'date' ? x.date : undefined;
    if (!e || e.day !== d.day || e.month !== d.month) return false;
    return (d.weekday !== undefined && e.weekday !== undefined && d.weekday !== e.weekday) || (d.year !== undefined && e.year !== undefined && d.year !== e.year);
  });
}

/** The one figure written in digits in a value's text ("6.8" of "magnitude of 6.8"), if it has exactly one. */
const FIGURE = /\d[\d,]*(?:\.\d+)?/;
function figureOf(text: string): string | undefined {
  const all = text.match(new RegExp(FIGURE.source, 'g'));
  return all?.length === 1 ? all[0] : undefined;
}

/** Whether two counts count the same kind of event ("killed 41 people" / "killing at least 42 people"). */
function sameEvent(claimText: string, v: TypedValue, sentenceText: string, x: TypedValue): boolean {
  const kind = eventKindOf(claimText, v.span);
  return kind !== undefined && kind === eventKindOf(sentenceText, x.span);
}

/** Units whose figures measure one thing whatever the sentence's other words: an earthquake's magnitude, a temperature. */
const MEASURE_UNITS = new Set(['magnitude', 'degC', 'degF']);
/** How alike the roles of two counts or sums must be for one at another time to be this one's rival. */
const OTHER_TIME_ROLE_MIN = 0.5;

/**
 * The claim's names whose first word is a police rank that a name of the texts, none of which states the claim's
 * name, replaces by another before the same surname ("Inspector Helen Price" / "Sergeant Helen Price", "Inspector
 * Price" / "Sergeant Helen Price").
 */
function titleSwaps(claim: Claim, info: ClaimInfo, texts: readonly TextInfo[]): Conflict[] {
  const out: Conflict[] = [];
  for (const v of info.values) {
    if (v.kind !== 'name' || v.name!.length < 2 || texts.some((t) => t.values.some((s) => valueAgrees(v, s)))) continue;
    const title = v.name![0];
    const surname = v.name![v.name!.length - 1];
    for (const t of texts) {
      const rival = t.values.find((s) => s.kind === 'name' && s.name!.length >= 2 && s.name![s.name!.length - 1] === surname && otherRank(title, s.name![0]));
      if (!rival) continue;
      const end = v.span.start + v.text.split(/\s+/)[0].length;
      const sourceEnd = rival.span.start + rival.text.split(/\s+/)[0].length;
      out.push({ claim: v.text.slice(0, end - v.span.start), source: rival.text.slice(0, sourceEnd - rival.span.start), kind: 'name', claimSpan: draftSpan(claim, { start: v.span.start, end }), sourceSpan: t === texts[0] ? { start: rival.span.start, end: sourceEnd } : undefined });
      break;
    }
  }
  return out;
}

/**
 * Where a sentence affirms what a claim's phrase denies: the first content word after the phrase's negation cue,
 * in the sentence, with up to two words before it and one after ("could not be absorbed without": "can be
 * absorbed without").
 */
function affirmedPhrase(sentence: string, phrase: string): { text: string; span: Span } | undefined {
  const cue = NEGATION_CUE.exec(phrase);
  if (!cue) return undefined;
  const word = [...phrase.slice(cue.index + cue[0].length).matchAll(/[\p{L}'’-]+/gu)].map((m) => m[0]).find((w) => !STOPWORDS.has(w.toLowerCase()) && !AUXILIARIES.has(w.toLowerCase()));
  if (!word) return undefined;
  const at = new RegExp(String.raw`(?:[\p{L}'’-]+\s+){0,2}\b${escapeRegExp(word)}\b(?:\s+[\p{L}'’-]+)?`, 'iu').exec(sentence);
  return at ? { text: at[0], span: { start: at.index, end: at.index + at[0].length } } : undefined;
}
const NEGATION_CUE = /\b(?:not|never|no|cannot)\b|n['’]t\b/i;

/** A short phrase around the first negation cue of a text that the other text does not have ("did not make a"), for messages. */
function negationPhrase(text: string, other: string, about?: string): { text: string; span: Span } | undefined {
  const cues = /(?:\b[\p{L}’']+\s+)?(?:\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|[\p{L}]+n['’]t\b|\b(?:fail(?:s|ed)?|refuse[sd]?|declined?) to\b|\bden(?:y|ies|ied)\b)(?:\s+[\p{L}’'-]+){0,3}/giu;
  const lower = other.toLowerCase();
  // The phrase runs on to the end of its clause, a few words at most: "could not carry motifs this year", not "could
  // not carry motifs this".
  const phrase = (m: RegExpExecArray) => {
    const start = m.index!;
    let end = start + m[0].length;
    const words = m[0].split(/\s+/).length;
    const rest = /^(?:\s+(?!(?:and|but|or|because|which|who|so|while|although|though|as|when|if|that)\b)[\p{L}\p{N}’'-]+){0,4}/iu.exec(text.slice(end))![0];
    // (Not beyond ten words, and only to a stop of the clause: else the cue and its three words.)
    const after = text.slice(end + rest.length);
    if (rest && words + rest.trim().split(/\s+/).length <= NEGATION_PHRASE_WORDS && /^(?:\s*[.,;:!?)"”’]|\s*$|\s+(?:and|but|or|because|which|who|so|while|although|though|as|when|if|that)\b)/iu.test(after)) end += rest.length;
    return { text: text.slice(start, end), span: { start, end } };
  };
  let first: RegExpExecArray | undefined;
  // The cue before the denied word, when one is named ("would not have saved", not "had not been wearing a", for
  // "save").
  if (about) {
    for (const m of text.matchAll(cues)) {
      if (m[0].split(/\s+/).some((w) => lemma(processTerm(w) ?? '') === about)) return phrase(m);
    }
  }
  for (const m of text.matchAll(cues)) {
    first ??= m;
    if (!lower.includes(m[0].toLowerCase())) return phrase(m);
  }
  return first ? phrase(first) : undefined;
}

/** The most words a denial's phrase runs to, to the end of its clause. */
const NEGATION_PHRASE_WORDS = 10;

/** What the decision saw, for the benchmark and its fitting script. */
export interface Decision {
  result: ClaimResult;
  features?: DecisionFeatures;
  account?: Account;
}

/** IDF-weighted share of the claim's terms outside its values (names included) that a sentence has. */
function copyCoverage(info: ClaimInfo, sentence: TextInfo): number {
  let total = 0;
  let have = 0;
  const seen = new Set<string>();
  // (A word's irregular forms are one: "made" / "make".)
  const lemmas = new Set([...sentence.terms].map(lemma));
  for (const tok of info.tokens) {
    if (!tok.term || seen.has(tok.term) || info.values.some((v) => tok.start < v.span.end && tok.end > v.span.start)) continue;
    seen.add(tok.term);
    // (Nor an auxiliary: "will take" / "would be taken".)
    if (AUXILIARIES.has(tok.term)) continue;
    const w = info.weights.get(tok.term) ?? 0;
    total += w;
    if (sentence.terms.has(tok.term) || lemmas.has(lemma(tok.term))) have += w;
  }
  return total ? have / total : 0;
}

/** Turns measured candidates into a verdict under the given thresholds. */
export function decideClaim(prepared: PreparedClaim, options: JudgeOptions, tuning: Partial<DecideTuning> = {}): ClaimResult {
  return decide(prepared, options, tuning).result;
}

/**
 * Whether two words are forms of one word the stemmer keeps apart ("Referrals" / "referred"): they start alike for
 * five letters or more, and for two thirds of the shorter. Word vectors may call such forms unrelated.
 */
/** Whether a noun of a doer ("holders", "owner") has its verb in a text ("holding", "hold", "owns"). */
function doerOfVerbIn(word: string, text: string): boolean {
  const m = /^(\p{L}{3,}?)e?rs?$/u.exec(word.toLowerCase());
  if (!m) return false;
  return new RegExp(String.raw`\b${escapeRegExp(m[1])}(?:e?s|ing|ed)?\b`, 'iu').test(text);
}

/** Whether a text has the verb of a noun of an act ("closure" / "Closing", "removal" / "removed", "departure" / "departs"). */
function actOfVerbIn(word: string, text: string): boolean {
  const m = /^(\p{L}{4,}?)(?:ure|al|ment)s?$/u.exec(word.toLowerCase());
  if (!m) return false;
  return new RegExp(String.raw`\b${escapeRegExp(m[1])}(?:e?s|ing|ed)\b`, 'iu').test(text);
}

function oneWordFamily(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  if (k >= 5 && k * 3 >= Math.min(x.length, y.length) * 2) return true;
  // A verb in "-de" and its noun or adjective in "-sion", "-sive" ("corroded" / "corrosion", "decided" / "decision").
  const root = (w: string) => w.replace(/(?:sions?|sive|de[ds]?|ding)$/, '');
  if (root(x) === root(y) && root(x).length >= 4 && root(x) !== x && root(y) !== y) return true;
  // A noun and its collective in "-age" ("signs" / "signage").
  const single = (w: string) => w.replace(/s$/, '');
  return single(x) + 'age' === y || single(y) + 'age' === x;
}

/** "All of the", "all the", "all of them": the whole of a group. */
const ALL_OF = /\b(all)\s+(?:of\s+)?(?:the|them|those|these|its|their)\b/i;
/** A part of a group: "most of them", "some of the", "half of those". */
const PART_OF = /\b(most|some|many|several|half|a\s+few|a\s+majority|a\s+minority)\s+of\s+(?:the|them|those|these|its|their)\b/i;

/** A question quoted and said to be asked: "“… two days before term?” she asked", "“Who pays?”, asked Mr Cole". */
const QUOTED_QUESTION = /\?["”’»]\s*,?\s*(?:[\p{L}'’.-]+\s+){0,5}?(?:asked|asks|wondered|wonders|demanded|demands)\b/u;

/** Whether a text asks rather than states: it ends with a question mark (before closing quotes). */
function isQuestion(text: string): boolean {
  return /\?["”’'»)\]]*\s*$/u.test(text);
}

/** Prefixes that make a word its negative ("illegal", "unlikely", "dishonest", "non-violent"). */
const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)(\p{Ll}{4,})$/u;

/**
 * Whether one word is the other with a negative prefix ("legal" / "illegal", "able" / "unable"), both known to the
 * word vectors as related (cosine ≥ `OTHER_MAX`), so that "cover" / "discover" or "press" / "impress" are not.
 */
function negativeOf(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const base = NEGATIVE_PREFIX.exec(x)?.[1] ?? NEGATIVE_PREFIX.exec(y)?.[1];
  if (!base || (base !== x && base !== y) || (base === x) === (base === y)) return false;
  const similarity = wordSimilarity(x, y);
  // Without a vector for one of the two (rare words: "disobeys"), a base of five letters or more is taken as its word.
  if (similarity === undefined) return base.length >= 5;
  return similarity >= OTHER_MAX;
}

/**
 * A name in one text where the other has a description of it: a lower-case noun after a determiner and at most
 * two words ("Munster will get" / "The Irish province will be given", "the club" / "Arsenal"). The same thing
 * named two ways, not one thing for another.
 */
function namesDescription(x: Substitution, claimText: string, sentence: string): boolean {
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const described = (text: string, span: Span) => /\b(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, span.start - 40), span.start));
  if (capital(x.claim) && !capital(x.source)) return described(sentence, x.sourceSpan);
  if (capital(x.source) && !capital(x.claim)) return described(claimText, x.claimSpan);
  // (A body's generic word, capitalised as a document writes it, after "the": "Castlemere expects" / "The Board
  // expects", in Castlemere's announcement.)
  const generic = (text: string, span: Span, word: string) => GENERIC_BODY.test(word) && /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start));
  return generic(sentence, x.sourceSpan, x.source) || generic(claimText, x.claimSpan, x.claim);
}
/** A body's generic word, which a document capitalises for its own ("the Board", "the Company", "the Trust"). */
const GENERIC_BODY = /^(?:board|company|council|group|trust|firm|committee|directors|authority|agency|society|partnership|bank|club|union|association|charity|government|department|ministry|panel|commission|executive)$/i;

/**
 * A claim's lower-case word right before a name the sentence gives, where the sentence's word is not before it: the
 * claim describes the name ("by consultants Fenwick Lowe Associates" / "commissioned from Fenwick Lowe Associates"),
 * it does not put one thing for another. (Where both texts describe it, "surveyors Fenwick" / "architects Fenwick",
 * the words are weighed.)
 */
function describesName(x: Substitution, claimText: string, sentence: string): boolean {
  if (!/^\p{Ll}/u.test(x.claim)) return false;
  const name = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(claimText.slice(x.claimSpan.end))?.[1];
  if (!name) return false;
  const at = sentence.indexOf(name);
  return at >= 0 && !new RegExp(String.raw`^\s+${escapeRegExp(name)}`, 'u').test(sentence.slice(x.sourceSpan.end));
}

/**
 * The decision (module comment, step 3): a conflict in a related passage makes the claim `contradicted`;
 * otherwise the calibrated probability of support (`supportProbability` over the element account of the best
 * evidence) against `thresholds.support` makes it `supported` or `unsupported`, and an unsupported claim lists the
 * words no evidence states.
 */
export function decide(prepared: PreparedClaim, options: JudgeOptions, tuning: Partial<DecideTuning> = {}): Decision {
  const { weights, roleMin, directions } = { ...DEFAULT_DECIDE_TUNING, ...tuning };
  const { claim, info } = prepared;
  const { thresholds } = options;
  // A question states nothing: an interviewer's "So the council ignored the warnings?" neither supports nor
  // contradicts "Dr Haddad said the council had ignored the warnings" (it is still its answer's context).
  // (Nor does one that reports a question in its asker's words: "“Do you know what that does to a child like mine,
  // two days before term?” she asked." is the source's question.)
  const asking = isQuestion(info.text) || QUOTED_QUESTION.test(info.text);
  const all = prepared.candidates
    .map((c) => {
      const score = combineSupport(c.features, weights);
      return { c, score, rank: score + (c.cited ? CITED_BONUS : 0) };
    })
    .sort((a, b) => b.rank - a.rank);
  const scored = asking ? all : all.filter((s) => !isQuestion(s.c.sentence.text));
  if (!scored.length) {
    const evidence: Evidence[] = all.slice(0, Math.max(0, options.maxEvidence)).map((s) => ({ passage: s.c.hit.passage, document: s.c.hit.document, score: 0, match: s.score, matches: matchSpans(info, s.c.sentence) }));
    return { result: { claim, verdict: 'unsupported', score: 0, evidence, conflicts: [] } };
  }

  // Contradictions: only among passages about the same thing, and only for values none of them states. A claim that
  // cites a source which has a passage about it is checked against its cited sources only: another article that
  // happens to give the claim's figure does not state it ("The issue is rated AA [@thomson]" when the cited release
  // says AAA and another issue was rated AA).
  // A sentence with the claim's figure mistyped, two neighbouring digits swapped, is about it when it shares some of
  // its words ("Bellmont will pay 251p a share" / "bought by … Bellmont Capital for 215p a share"), unless another
  // passage states the claim's figure.
  // (The swapped digits are looked for in the text first: most sentences never have their values extracted.)
  const swaps = info.values.map((v) => (isNumeric(v) ? swappedDigits(v.text) : []));
  const slipOf = (s: (typeof scored)[number]) =>
    info.values.some(
      // (Digits as written, a figure's point or thousands comma left out: "1.3 metres" for "3.1 metres", "£241,000"
      // for "£214,000".)
      (v, i) => swaps[i].length > 0 && swaps[i].some((d) => digitsOf(s.c.sentence.text).includes(d)) && s.c.sentence.values.some((x) => transposed(v, x)) && !scored.some((o) => o.c.states[i]),
    );
  // A sentence that gives the claim's figure only for another period is about it ("making 6.5p for the year" /
  // "making 6.0p for the year (2025: 6.5p)"), as far as its figures go.
  const forOtherPeriod = (t: TextInfo, v: TypedValue) => (v.current && isNumeric(v) ? priorPeriodOnly(t, v) : undefined);
  // (Or a sentence about most of it whose words with another candidate's make up the topic: "Thornley, who joined
  // the trust in 2015 and worked 22 hours a week, …" with "… employed … as its part-time bookkeeper" for "Thornley,
  // who joined the trust in 2015, worked 26 hours a week as its part-time bookkeeper".)
  const topicWith = (a: TextInfo, b: TextInfo) => {
    let w = 0;
    for (const [t, x] of info.weights) if (!info.valueTerms.has(t) && (a.terms.has(t) || b.terms.has(t))) w += x;
    return info.topicWeight ? w / info.topicWeight : 0;
  };
  // (Only for a measure of the claim's that no candidate states, the sentence giving one of its unit: "22 hours".)
  const unstatedMeasures = info.values.filter((v, i) => v.kind === 'quantity' && v.unit && !scored.some((x) => x.c.states[i]));
  const aboutWithAnother = (s: (typeof scored)[number]) =>
    unstatedMeasures.length > 0 &&
    s.c.features.topic >= PAIRED_TOPIC_MIN &&
    s.c.sentence.values.some((x) => x.kind === 'quantity' && unstatedMeasures.some((v) => v.unit === x.unit)) &&
    scored.some((o) => o !== s && o.c.sentence !== s.c.sentence && topicWith(s.c.sentence, o.c.sentence) >= thresholds.contradiction);
  const aboutIt = scored.filter(
    (s) =>
      s.c.features.topic >= thresholds.contradiction ||
      aboutWithAnother(s) ||
      aboutButForMeasureVerb(info, s.c, thresholds.contradiction) ||
      aboutButForMove(info, s.c.sentence) ||
      info.values.some((v) => forOtherPeriod(s.c.sentence, v) || nearDate(v, s.c.sentence)) ||
      (s.c.features.topic >= SLIP_TOPIC_MIN && slipOf(s)),
  );
  const citedAboutIt = aboutIt.filter((s) => s.c.cited);
  const related = citedAboutIt.length ? citedAboutIt : aboutIt;
  // A name some passage states has no rival in a sentence the claim does not copy ("kidnapped in Baghdad" /
  // "… aid worker Margaret Hassan, kidnapped in Iraq", when another sentence says "abducted in Baghdad"); in one it
  // copies (most of its words), a name in its place is still a swap.
  const anywhere: (boolean | undefined)[] = [];
  // A multiple ("doubled") is stated only by a passage about the same thing: any two figures elsewhere may have
  // some ratio.
  // (So too a lead in points: "12 points clear" is no 12 of a table's other row.)
  const statedAnywhere = (i: number) => (anywhere[i] ??= info.values[i].unit === 'times' || info.values[i].unit === 'points' ? aboutIt.some((s) => s.c.states[i]) : scored.some((s) => s.c.states[i]));
  const citedAnywhere: (boolean | undefined)[] = [];
  const statedInCited = (i: number) => (citedAnywhere[i] ??= scored.some((s) => (s.c.cited || !citedAboutIt.length) && s.c.states[i]));
  const copies = (s: (typeof scored)[number]) => lemmaCoverage(info, s.c.sentence, s.c.speaker) >= BOUND_COPY_MIN;
  // A name in another's very place in a sentence the claim copies but for that name is a swap, even when passages
  // name it elsewhere ("… which the United Airlines will now guarantee" / "… which the PBGC will now guarantee", when
  // another sentence names United Airlines; "Jonah Whitlock won the 2024 Halden Prize" / "… announce that Mara
  // Ellison has won the 2024 Halden Prize", under a shortlist that names him). Not when another passage that copies
  // the claim too states it: another source's in its sentence or neighbours, one of the same source in its sentence
  // (a list item under a heading that names someone else does not).
  const swapsInCopy = (s: (typeof scored)[number], i: number, r: RivalValue) =>
    info.values[i].kind === 'name' &&
    r.role >= SWAP_ROLE_MIN &&
    inPlaceOf(info.text, info.values[i].span, s.c.sentence.text, r.conflict.sourceSpan) &&
    lemmaCoverage(info, s.c.sentence, s.c.speaker, new Set(info.values[i].name)) >= BOUND_COPY_MIN &&
    !related.some((o) => o !== s && o.c.states[i] && (o.c.hit.document.id !== s.c.hit.document.id || statesValue(o.c.sentence, info.values[i])) && copies(o));
  // So too a figure in another's place, between the same words, in a sentence that gives the claim's other figures
  // and nearly all its words ("By value, the sell-through rate was 90 per cent" / "By value, the sell-through rate
  // was 96 per cent", when the sentence before gives "a sell-through rate of 90 per cent by lot"; the fifth set of
  // "6-4, 3-6, 7-6 (7-3), 6-7 (5-7), 6-2" / "… 6-7 (5-7), 6-3", when another match ended 6-2).
  const figureSwapsInCopy = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    if (!isNumeric(v) || !r.conflict.sourceSpan) return false;
    const rival = s.c.sentence.values.find((x) => x.span.start === r.conflict.sourceSpan!.start && x.span.end === r.conflict.sourceSpan!.end);
    if (!rival || group(rival) !== group(v) || (v.unit ?? '') !== (rival.unit ?? '')) return false;
    // Between the same words; or the same figure with the opposite bound ("aged under 21" / "aged 21 and over").
    const mine = wordBefore(info.text, v.span.start);
    const otherBound = !!v.bound && !!rival.bound && v.bound !== rival.bound && v.value === rival.value;
    if (!otherBound && (!mine || mine !== wordBefore(s.c.sentence.text, rival.span.start))) return false;
    if (!info.values.every((o, j) => j === i || !isNumeric(o) || s.c.states[j])) return false;
    const copied = lemmaCoverage(info, s.c.sentence, s.c.speaker, info.valueTerms);
    return copied >= COPY_TOPIC && !related.some((o) => o !== s && o.c.states[i] && lemmaCoverage(info, o.c.sentence, o.c.speaker, info.valueTerms) >= copied);
  };
  // A passage that states every figure of a claim of two figures or more is about the same thing whatever its other
  // words ("Chilean output is expected to rise 3.5% in 2005 to 5.5 million tonnes" / "Production in Chile is expected
  // rise 3.5% in 2005 to 5.5 million tonnes").
  // (Not weekdays alone: a timetable's other row has "Monday, Wednesday and Friday" too; nor a month alone, "from
  // April", which the passage with every figure need not repeat.)
  const monthOnly = (v: TypedValue) => v.kind === 'date' && v.date?.month !== undefined && v.date.day === undefined && v.date.year === undefined;
  const figures = info.values.flatMap((v, i) => (isNumeric(v) || v.kind === 'year' || (v.kind === 'date' && !weekdayOnly(v) && !monthOnly(v)) ? [i] : []));
  const allFigures = figures.length >= 2 ? scored.filter((s) => figures.every((i) => s.c.states[i])) : [];
  // Stated for the account of the evidence (any passage about it), and for contradictions (the cited ones).
  // (Or a table's row the claim names: "Sunday services will be unchanged at 204 trains a day" / "Sunday | Current
  // timetable: 204 | …", not the 318 of "Saturday services will be reduced from 318 to 290 trains".)
  const namedRows = scored.filter((s) => TABLE_ROW.test(s.c.sentence.text) && namesLabel(info, rowLabel(s.c.sentence), false));
  // (Or one that gives every figure but the dates, two or more: "said in an update published on Tuesday 4 March that
  // the estimated cost had risen from £13.5 million to £18.15 million" / the update's "The total estimated cost has
  // risen from £13.50 million … to £18.15 million".)
  const amounts = info.values.flatMap((v, i) => (isNumeric(v) && v.kind !== 'date' && v.kind !== 'year' ? [i] : []));
  const allAmounts = amounts.length >= 2 && amounts.length < figures.length ? scored.filter((s) => amounts.every((i) => s.c.states[i])) : [];
  const stated = info.values.map((_, i) => aboutIt.some((s) => s.c.states[i]) || allFigures.some((s) => s.c.states[i]) || allAmounts.some((s) => s.c.states[i]) || (isNumeric(info.values[i]) && namedRows.some((s) => s.c.states[i])));
  const statedByRelated = citedAboutIt.length ? info.values.map((_, i) => related.some((s) => s.c.states[i]) || allFigures.some((s) => s.c.cited && s.c.states[i])) : stated;
  // A passage that gives the claim's figures in the opposite direction is about the same thing when it is without
  // the claim's direction word, which it cannot have ("Overall borrowings rose 131 million dollars to 614 million" /
  // "overall borrowings in the week fell 131 mln dlrs to 614 mln dlrs").
  const claimFigures = info.values.filter(isNumeric);
  const opposed = (s: (typeof scored)[number]) => {
    if (!directions) return undefined;
    const sentence = s.c.sentence;
    const found = opposedIn(s);
    // (Not a word of a quotation the evidence has word for word: "asks residents to pay more and get less".)
    if (found && inVerbatimQuote(info.text, found[0].span, [sentence, ...s.c.context].map((t) => t.text).join(' '))) return undefined;
    // (Nor a word in a phrase of three or more the sentence has as it is: "asked to pay more for less" / "asked to pay
    // more for less three times in seven years".)
    if (found && inSharedPhrase(info.text, found[0].span, sentence.text)) return undefined;
    // (Nor "before" for a sentence's "not … until", which says the same, its "after" another thing's: "must then
    // complete a two-week induction before they can work unsupervised" / "cannot work unsupervised until they have
    // completed a two-week induction after qualifying".)
    if (found && /^before$/i.test(found[0].text) && /(?:\bnot|n['’]t|\bcannot|\bnever)\b[^.;]{0,60}\buntil\b/i.test(sentence.text)) return undefined;
    // (Nor a bound of a sentence that sets both, a range of outcomes: "If the offer raises less than the minimum of £2.6
    // million" / "If the offer raises less than £3,200,000 but more than the minimum target of £2,600,000, … If the
    // minimum target … is not reached".)
    if (found && /^(?:more|less|fewer|over|under|above|below)$/i.test(found[0].text) && /\b(?:less|fewer)\s+than\b/i.test(sentence.text) && /\bmore\s+than\b/i.test(sentence.text)) return undefined;
    // (Nor a word with the noun after it that a passage has as the name of a thing: "see their reduced rate go from £9
    // to £12" / "would continue to pay the reduced rate, which would rise from £9 to £12".)
    const named = found && /^\s+(\p{L}+)/u.exec(info.text.slice(found[0].span.end, found[0].span.end + 24))?.[1];
    if (found && named && /(?:ed|er)$/i.test(found[0].text) && scored.some((o) => hasPhrase(o.c.sentence.text, `the ${found[0].text} ${named}`))) return undefined;
    // (Nor a noun of change the sentence rules out, which gives no direction: "the rises will raise almost £500,000" /
    // "will help the council close a budget gap … without further cuts to frontline services".)
    if (found && WITHOUT_CHANGE.test(sentence.text.slice(Math.max(0, found[1].span.start - 32), found[1].span.start)) && /s$/i.test(found[1].text)) return undefined;
    return found;
  };
  const opposedIn = (s: (typeof scored)[number]) => {
    const sentence = s.c.sentence;
    if (!claimFigures.length) return oppositeDirection(info.directions, sentence.directions) ?? oppositeMove(info.directions, sentence.directions) ?? oppositeBySubject(info.text, info.directions, sentence.text, sentence.directions);
    const figures = sentence.values.filter(isNumeric);
    // (Not a rounder figure of the claim's for one the claim gives exactly elsewhere: "pay £12.50 a month instead of
    // £8, while those in Bands 3 and 4 pay £18.75, up from £12" has the £12.50 of "up from £8 to £12.50".)
    // (In another clause of the claim's, after "while", "whereas", "but" or a semicolon: "now pay £12.50 a month, up from
    // £12" still has £12 for the £12.50 it reached.)
    const clauseOf = (v: TypedValue) => info.text.slice(0, v.span.start).split(/;|\b(?:while|whereas|but)\b/).length;
    // (Or in the same clause, for a figure far from it that only a round figure's width takes in: "rise from £400 to
    // £1,000, the legal maximum, reduced to £600 if paid within 10 days" has no £600 in the £1,000 it rises to.)
    const far = (v: TypedValue, x: TypedValue) => Math.abs(v.value! - x.value!) > 0.2 * Math.abs(x.value!);
    const exactElsewhere = (i: number, x: TypedValue) => claimFigures[i].value !== x.value && claimFigures.some((w, k) => k !== i && w.value === x.value && sameFigure(w, x) && (clauseOf(w) !== clauseOf(claimFigures[i]) || far(claimFigures[i], x)));
    const same = (i: number, j: number) => sameFigure(claimFigures[i], figures[j]) && !exactElsewhere(i, figures[j]);
    // A figure moved on one side and held on the other, or reached on one side and left on the other ("fell to
    // 3.6%" / "down from 3.6%"), whatever other words of direction either has.
    const moved = figureMoveConflict(info.text, claimFigures.map((v) => v.span), sentence.text, figures.map((v) => v.span), same);
    if (moved) return moved;
    // Words of both directions on one side, and a figure the claim moves: the figures decide, one by one.
    const byFigure = (bothWays(info.directions) || bothWays(sentence.directions)) && claimFigures.some((v) => directedFigure(info.text, v.span));
    // A verb of change against "up" or "down" of the sentence's, when the sentence gives the figure the verb moves
    // ("fell to 39.2%" / "reached 39.2%, up from 38.5%").
    const movesShared = () => claimFigures.some((v, i) => directedFigure(info.text, v.span) && figures.some((_, j) => same(i, j)));
    // Words of direction that move other figures on each side are about other things ("Leakage has fallen from 68
    // million litres a day … to 61 million" / "had increased its leak-repair teams from 46 to 70 crews", the two
    // sharing only "1,140 leaks a week").
    // (A noun of change "of" the figure too, "a fall of 0.5 per cent", and a move by or to a bound: "rose by more than 6
    // per cent to nearly £4.7 million".)
    const inMove = (text: string, span: Span) =>
      directedFigure(text, span) || /\b(?:from|to)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, span.start - 16), span.start)) || CHANGE_OF.test(text.slice(Math.max(0, span.start - 40), span.start)) || MOVE_TO_BOUND.test(text.slice(Math.max(0, span.start - 48), span.start));
    const claimMoves = claimFigures.filter((v) => inMove(info.text, v.span));
    // (A table's signed change is a move: "Ferncastle North (control) | … | Change (percentage points): +0.5".)
    const sentenceMoves = figures.filter((x) => inMove(sentence.text, x.span) || (TABLE_ROW.test(sentence.text) && /(?:^|[\s:(])[+\-−–]$/.test(sentence.text.slice(Math.max(0, x.span.start - 2), x.span.start))));
    // (A bound the figure meets is the same figure: "fell by more than 6 per cent" / "rose by 6.2 per cent".)
    // (In its own unit: "the fall was less than 1 per cent" meets no "+0.5" percentage points.)
    const meets = (v: TypedValue, x: TypedValue) => sameFigure(v, x) || (!!v.bound && valueAgrees(v, x) && (v.unit ?? '') === (x.unit ?? ''));
    if (claimMoves.length && sentenceMoves.length && !claimMoves.some((v) => figures.some((x) => meets(v, x))) && !sentenceMoves.some((x) => claimFigures.some((v) => meets(v, x)))) return undefined;
    const wide = byFigure ? undefined : (oppositeDirection(info.directions, sentence.directions) ?? (movesShared() ? oppositeMove(info.directions, sentence.directions) : undefined));
    // (Not a word that moves only figures the claim lacks, the sentence giving the claim's elsewhere: "711 offences …
    // compared with 402" / "711 … up from 402 …, and said the monthly figure had fallen from 103 in August to 91".)
    const movesOthers = (found: NonNullable<typeof wide>) => {
      const moved = figures.filter((x) => x.span.start > found[1].span.end && x.span.start < found[1].span.end + 40);
      return moved.length > 0 && !moved.some((x) => claimFigures.some((v) => sameFigure(v, x))) && figures.some((x) => !moved.includes(x) && claimFigures.some((v) => sameFigure(v, x)));
    };
    // (Or a word that moves two other figures "from" one "to" the other, whatever the sentence's other words: "would
    // rise from £45 to £78 a year" / "full plot £78 (currently £45); … and a reduction of the concession from 50 per
    // cent to 25 per cent"; not "2,150 (2023: 2,640), down 18.6%", whose change is the claim's.)
    const movesOtherPair = (found: NonNullable<typeof wide>) => /^\s+(?:[\p{L}'’-]+\s+){0,4}?from\s+[^.;]{1,30}?\s+to\s+/u.test(sentence.text.slice(found[1].span.end, found[1].span.end + 60)) && movesOthers(found);
    if (wide && !((bothWays(sentence.directions) && movesOthers(wide)) || movesOtherPair(wide))) return levelAgainstChange(info.text, claimFigures.map((v) => v.span), sentence.text, figures.map((v) => v.span), same) ? undefined : wide;
    // A sentence with words of both directions: the direction of each figure the two share.
    return (
      oppositeOfFigure(info.text, info.directions, claimFigures.map((v) => v.span), sentence.text, sentence.directions, figures.map((v) => v.span), same) ??
      oppositeBySubject(info.text, info.directions, sentence.text, sentence.directions)
    );
  };
  const relatedButForDirection = (s: (typeof scored)[number]) => {
    const opposite = opposed(s);
    if (!opposite) return false;
    // The sentence itself gives the figures, and neither it nor its neighbours the claim's word.
    // (A period the claim's move is over may be in another sentence of the document: "fell to 61 in the ten months
    // to January, from 94" / "2.2 Officers issued 94 fixed penalty notices …, up from 61 in the same period last
    // year", after "1.1 … for the first ten months of 2023/24".)
    const period = (v: TypedValue) => v.kind === 'quantity' && PERIOD_UNITS.has(v.unit ?? '') && scored.some((o) => o.c.hit.document.id === s.c.hit.document.id && statesValue(o.c.sentence, v));
    if (info.values.some((v) => isNumeric(v) && !statesValue(s.c.sentence, v) && !period(v))) return false;
    // A sentence with every figure of a claim of two or more is about it whatever its other words ("The number of
    // emergency nurses rose by 85 to 1,140" / "the region had 1,140 emergency department nurses …, 85 fewer").
    if (allFigures.includes(s)) return true;
    // The topic without the claim's direction word, and without the period the figure is for, which the sentence
    // need not say ("fell 1.8% during the year" / "Like-for-like sales were up 1.8%"); a neighbour's word gave its
    // share of credit, taken back.
    // The word itself ("fell" of "fell to 3.6%").
    // "up" and "down" are no index terms: only the period is left out for them ("Starlings were up 11% on last year"
    // / "Starling | … | Change since 2025: -11%").
    const term = processTerm(opposite[0].text.split(/\s/)[0]);
    if (term ? s.c.sentence.terms.has(term) || info.valueTerms.has(term) || !info.weights.has(term) : !/^(?:up|down)$/i.test(opposite[0].text)) return false;
    let dropped = 0;
    let credited = 0;
    for (const t of term ? [term, ...PERIOD_TERMS] : PERIOD_TERMS) {
      const w = info.weights.get(t);
      if (w === undefined || s.c.sentence.terms.has(t) || info.valueTerms.has(t)) continue;
      dropped += w;
      if (s.c.context.some((x) => x.terms.has(t))) credited += w * DEFAULT_SUPPORT_TUNING.contextCredit;
    }
    return dropped < info.topicWeight && (s.c.features.topic * info.topicWeight - credited) / (info.topicWeight - dropped) >= thresholds.contradiction;
  };
  let conflicting: (typeof scored)[number] | undefined;
  let conflicts: Conflict[] = [];
  const byDirection = directions && info.directions.length && info.values.some(isNumeric) ? scored.filter((s) => !related.includes(s) && relatedButForDirection(s)).slice(0, CONFLICT_CANDIDATES) : [];
  // A passage whose source gives every figure of the claim but one, and which gives one figure of that one's kind:
  // the claim copies its figures and changed one ("Attendances rose by 21% to 412,000" / "412,000 patients attended
  // …, an increase of 12%"), whatever its other words.
  const numericFigures = info.values.flatMap((v, i) => (isNumeric(v) && v.unit !== 'times' ? [i] : []));
  // The other figures may be in another passage of the same source ("330p a share" in one sentence of the offer, the
  // premium to the closing price in the next).
  const inDocument = (s: (typeof scored)[number], i: number) => s.c.states[i] || scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && o.c.states[i]);
  const allButOne = (s: (typeof scored)[number]) => numericFigures.length >= 2 && numericFigures.filter((i) => inDocument(s, i)).length === numericFigures.length - 1;
  // (Or, a little further from the claim's topic, one that gives the figure left in the claim's own unit, once: "with
  // an end-to-end journey time of 58 minutes" / "The route is 14.5 miles long and the end-to-end journey takes 48
  // minutes", the next sentence of "Seven return journeys a day, Monday to Saturday".)
  const inOwnUnit = (s: (typeof scored)[number]) => {
    const left = numericFigures.filter((i) => !inDocument(s, i));
    if (left.length !== 1) return false;
    const v = info.values[left[0]];
    return v.kind === 'quantity' && MEASURES_OF_TIME_AND_SPACE.has(v.unit ?? '') && s.c.sentence.values.filter((x) => x.kind === 'quantity' && x.unit === v.unit).length === 1;
  };
  const byFigures =
    numericFigures.length >= 2
      ? scored.filter((s) => !related.includes(s) && !byDirection.includes(s) && allButOne(s) && (s.c.features.topic >= FIGURES_TOPIC_MIN || (s.c.features.topic >= FIGURES_UNIT_TOPIC_MIN && inOwnUnit(s)))).slice(0, 2)
      : [];
  // A related passage whose figure is the claim's with two digits swapped goes first: the slip of the keyboard names
  // the figure the claim meant ("fall by £86 a year" / "down £68", before "Network costs will rise by £21 a year").
  const nearest = related.slice(0, CONFLICT_CANDIDATES);
  const slipped = info.values.some(isNumeric) ? nearest.findIndex((s) => s.c.conflicts.some((r, i) => r?.slip && !statedByRelated[i])) : -1;
  if (slipped > 0) nearest.unshift(...nearest.splice(slipped, 1));
  // A body a person is "of" or "from" is no rival of the person's name the passage gives ("Dr Helen Marsh of the BTO
  // said: …" / "Dr Marsh said: …").
  const affiliation = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    if (v.kind !== 'name') return false;
    const j = info.values.findIndex((p) => p.kind === 'name' && p.span.end <= v.span.start && /^\s+(?:of|from)\s+(?:the\s+)?$/.test(info.text.slice(p.span.end, v.span.start)));
    if (j < 0 || (info.values[j].name?.length ?? 0) < 2) return false;
    // (The person stated, or the rival is the person's own name: "Marsh".)
    const person = new Set(info.values[j].name!.map((w) => w.toLowerCase()));
    return s.c.states[j] || r.conflict.source.split(/\s+/).every((w) => person.has(w.toLowerCase().replace(/['’]s$/, '')));
  };
  // A figure another passage gives in the claim's own words around it, more closely than the rival's ("the first rhino
  // born at Harrowfield Zoo in eleven years" / the lead's "the first rhino to be born at the zoo in eleven years",
  // beside "after a pregnancy of around 15 months"): stated, whatever that passage's topic.
  // (Or a figure of three significant digits or more, which no passage gives by chance, that another passage of the
  // rival's source gives in a role nearer the claim's than the rival's: "61,400 homes and businesses lost power at the
  // height of Storm Brannoch" / "At the peak of the storm, … 61,400 customers (homes and businesses) were off supply",
  // beside "have restored power to 54,900 customers".)
  const statedInRole = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    // (A date with its day too: "expected to reopen on Friday 4 July" / "Note the target reopening date of Friday 4
    // July 2025", beside "was closed to vehicles at 06:00 on Saturday 8 March 2025".)
    // (Against a rival in a role a little like the claim's too, for a date: "an unscheduled inspection by Calder
    // Hythe Consulting on 4 March, which was ordered after …" / "inspection was commissioned … on Friday 28 February
    // 2025 after …", beside "a special inspection by Calder Hythe Consulting on Tuesday 4 March".)
    const day = v.kind === 'date' && v.date?.day !== undefined;
    if ((!isNumeric(v) && !day) || r.role >= (day ? STATED_RIVAL_DATE_ROLE_MAX : STATED_RIVAL_ROLE_MAX)) return false;
    const specific = !day && significantDigits(v) >= SPECIFIC_DIGITS;
    return scored.some((o) => o !== s && o.c.sentence.values.some((x) => valueAgrees(v, x) && (roleSimilarity(v, x) >= Math.max(STATED_ROLE_MIN, r.role + STATED_ROLE_MARGIN) || (specific && o.c.hit.document.id === s.c.hit.document.id && roleSimilarity(v, x) > r.role))));
  };

  // A figure of three significant digits or more that another passage of the rival's source gives with the claim's
  // dates, or of four or more that it gives exactly, whatever its role: no coincidence ("declared the winner at 2.47am on Friday 14 March, … after the count
  // began" / "The result was declared at 2.47am on Friday 14 March 2025", beside "The count began at 10.30pm on
  // Thursday 13 March 2025").
  // A figure another passage of the rival's source gives after the claim's own word before it, where the rival does
  // not, is that passage's: "will get full refunds … within 28 days" / "… a full refund of the pitch fees … within 28
  // days", not the "full 25-day run" of the sentence that gives the fees.
  const statedInPhrase = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date' || v.kind === 'year' || !r.conflict.sourceSpan) return false;
    const word = wordBefore(info.text, v.span.start);
    if (!word || !/^\p{L}{3,}$/u.test(word) || (STOPWORDS.has(word) && !/^(?:within|after|over|under|for|by|since|until)$/.test(word))) return false;
    if (wordBefore(s.c.sentence.text, r.conflict.sourceSpan.start) === word) return false;
    return scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && o.c.sentence.values.some((x) => valueAgrees(v, x) && x.kind === v.kind && wordBefore(o.c.sentence.text, x.span.start) === word));
  };
  // So is a figure another passage gives with the words of its own clause of the claim's, two or more, where the
  // rival's sentence lacks one: "but only £118,000 in the first year" / "the saving in the first year is only
  // £118,000", not "Together with the net saving of £124,000 from the post-16 change".
  const statedWithClauseWords = (s: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date' || v.kind === 'year') return false;
    const { start: from, end: to } = figureClauseSpan(info.text, v.span, '[,;:()]');
    const clause = info.tokens.filter((k) => k.start >= from && k.end <= to && !!k.term && (k.end <= v.span.start || k.start >= v.span.end)).map((k) => k.term!);
    if (new Set(clause).size < 2 || clause.every((t) => s.c.sentence.terms.has(t))) return false;
    return scored.some((o) => o !== s && o.c.sentence.values.some((x) => valueAgrees(v, x) && valueAgrees(x, v) && x.kind === v.kind) && clause.every((t) => o.c.sentence.terms.has(t)));
  };
  // A figure another row of the rival's table gives, with more of the claim's figures than the rival's row: "Of 670
  // animals tested …, 14 were positive" / "Total | | Animals tested: 670 | Positive: 14", not "IP1 | Dairy cattle |
  // Animals tested: 186 | Positive: 9".
  const statedInOtherRow = (s: (typeof scored)[number], i: number) => {
    if (!TABLE_ROW.test(s.c.sentence.text) || !isNumeric(info.values[i])) return false;
    const count = (t: TextInfo) => info.values.filter((w) => isNumeric(w) && statesValue(t, w)).length;
    const mine = count(s.c.sentence);
    return scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && o.c.sentence.text.includes(' | ') && statesValue(o.c.sentence, info.values[i]) && count(o.c.sentence) >= 2 && count(o.c.sentence) > mine);
  };
  // A figure a table's row gives in the very column where another row gives another of the claim's figures: the two
  // figures of a move the claim reads from the table ("rose by about 40 per cent, from 287 to 402" / "FPNs issued:
  // 287" in the 2022/23 row and "FPNs issued: 402" in the 2023/24 row), whatever another sentence gives beside one.
  // (Once per figure: every passage's rivals ask.)
  const inColumn: (boolean | undefined)[] = [];
  const statedInColumn = (i: number) => (inColumn[i] ??= columnOfMove(i));
  const columnOfMove = (i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date' || v.kind === 'year') return false;
    const cell = (o: (typeof scored)[number], w: TypedValue) => {
      const text = o.c.sentence.text;
      const x = o.c.sentence.values.find((y) => valueAgrees(w, y) && y.value === w.value);
      const label = x && /([^|:]{2,60}):\s*$/.exec(text.slice(text.lastIndexOf('|', x.span.start) + 1, x.span.start));
      return label ? label[1].trim().toLowerCase() : undefined;
    };
    const rows = scored.filter((o) => TABLE_ROW.test(o.c.sentence.text));
    // (Rows next to each other: a move from one year to the next, not "from 212 to 402" across a row between.)
    const adjacent = (o: (typeof rows)[number], p: (typeof rows)[number]) => {
      const [a, b] = o.c.hit.passage.span.start < p.c.hit.passage.span.start ? [o, p] : [p, o];
      return /^[\s|:-]*$/.test(o.c.hit.document.text.slice(a.c.hit.passage.span.end, b.c.hit.passage.span.start));
    };
    // (The claim's two figures a move "from" one "to" the other: not two times of a log's rows, "22:30 … and at 23:00".)
    const w = otherEndOfMove(info, v);
    if (!w || w.kind !== v.kind || w.value === v.value) return false;
    // (Or rows apart that the claim's own dates key: "from 1,412 in 2020/21 to 1,187 in 2023/24" / "2020/21 | Births
    // at KRI: 1,412" … "2023/24 | Births at KRI: 1,187".)
    const dateOf = (x: TypedValue) => info.values.find((d) => (d.kind === 'year' || d.kind === 'date') && d.span.start >= x.span.end && /^\s+(?:in|for)\s+$/i.test(info.text.slice(x.span.end, d.span.start)));
    const keyedBy = (o: (typeof rows)[number], d: TypedValue | undefined) => {
      const first = o.c.sentence.text.indexOf(' | ');
      return !!d && first > 0 && o.c.sentence.values.some((x) => x.span.end <= first && valueAgrees(d, x));
    };
    const [dv, dw] = [dateOf(v), dateOf(w)];
    return rows.some((o) => {
      const label = cell(o, v);
      return !!label && rows.some((p) => p !== o && p.c.hit.document.id === o.c.hit.document.id && (adjacent(o, p) || (dv !== dw && keyedBy(o, dv) && keyedBy(p, dw))) && cell(p, w) === label);
    });
  };
  // A change in per cent the claim works out from a table's column, from the cell of its "from" figure to another
  // row's: "has risen by more than 70 per cent, from £33,400 in 2020-21" / "2020-21 | … | Total: £33,400" and
  // "2024-25 (projected) | … | Total: £57,300", 72 per cent.
  const fromColumn: (boolean | undefined)[] = [];
  const percentFromColumn = (i: number) => (fromColumn[i] ??= percentOfColumn(i));
  const percentOfColumn = (i: number) => {
    const v = info.values[i];
    if (v.kind !== 'percent' || !v.difference || v.value === undefined) return false;
    const starts = info.values.filter((w) => isNumeric(w) && w.kind !== 'percent' && w.kind !== 'date' && w.kind !== 'year' && !!w.value && /\bfrom\s+$/i.test(info.text.slice(Math.max(0, w.span.start - 6), w.span.start)));
    for (const w of starts) {
      for (const o of scored) {
        if (!o.c.table.length) continue;
        const k = labelledCellSpans(o.c.sentence.text).find((y) => o.c.sentence.values.some((x) => x.span.start >= y.valueStart && x.span.end <= y.end && x.value === w.value && valueAgrees(w, x)));
        if (!k) continue;
        for (const r of o.c.table) {
          const x = r === o.c.sentence ? undefined : cellFigure(r, k.label)?.x;
          if (!x) continue;
          const change = (Math.abs(x.value! - w.value!) / w.value!) * 100;
          if (!valueDiffers(v, { ...v, value: change, precision: 0.5, bound: undefined })) return true;
        }
      }
    }
    return false;
  };
  // A period the claim works out from the two dates of a passage that gives its other figure: "has risen by almost 41
  // per cent in six months, to 12,922" / "rose from 9,174 at 31 March 2025 to 12,922 at 30 September 2025".
  const betweenDates: (boolean | undefined)[] = [];
  const periodBetweenDates = (i: number) => (betweenDates[i] ??= periodOfDates(i));
  const periodOfDates = (i: number) => scored.some((o) => periodIn(o, i));
  // (Or its other figure a date of the passage's, by months: "due to be finished in June 2026, 20 months later than
  // planned" / the phase's row, "Original completion: October 2024 | Revised completion: June 2026".)
  const periodIn = (o: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    const days = v.kind === 'quantity' && v.value !== undefined ? { day: 1, week: 7, month: 30.44, year: 365.25 }[v.unit ?? ''] : undefined;
    if (!days) return false;
    const others = info.values.filter((w) => w !== v && ((isNumeric(w) && w.kind !== 'date' && w.kind !== 'year' && w.kind !== 'quantity') || (w.kind === 'date' && w.date?.year !== undefined && w.date.month !== undefined)));
    const time = (x: TypedValue) => Date.UTC(x.date!.year!, x.date!.month! - 1, x.date!.day ?? 1) / 86_400_000;
    if (!others.some((w) => statesValue(o.c.sentence, w))) return false;
    // (Days of the month both, or neither: "October 2024" and "June 2026" are 20 months apart.)
    const dates = o.c.sentence.values.filter((x) => x.kind === 'date' && x.date?.year !== undefined && x.date.month !== undefined && (x.date.day !== undefined || v.unit === 'month' || v.unit === 'year'));
    return dates.some((a, k) => dates.slice(k + 1).some((b) => (a.date!.day === undefined) === (b.date!.day === undefined) && Math.abs(Math.abs(time(b) - time(a)) / days - v.value!) <= 0.5));
  };
  // A majority or a lead the claim works out from its own figure and one a passage gives: "held the seat … with 1,602
  // votes, a majority of 731 over the Residents' Alliance candidate" / the row "Joan Whitlock | … | Votes: 871".
  const margins: (boolean | undefined)[] = [];
  const marginOver = (i: number) => (margins[i] ??= marginOfFigures(i));
  const marginOfFigures = (i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.value === undefined || v.kind === 'date' || v.kind === 'year') return false;
    if (!/\b(?:majority|margin|lead|gap)\s+of\s+(?:just\s+|only\s+)?$/i.test(info.text.slice(Math.max(0, v.span.start - 24), v.span.start)) && !/^\s+(?:[\p{L}]+\s+)?(?:over|ahead\s+of|clear\s+of|more\s+than|fewer\s+than)\b/iu.test(info.text.slice(v.span.end, v.span.end + 24))) return false;
    const mine = info.values.filter((w, j) => j !== i && isNumeric(w) && w.value !== undefined && w.kind !== 'date' && w.kind !== 'year' && statedAnywhere(j));
    if (!mine.length) return false;
    // (The way the claim gives it: "£146,000 more than the original plan" is no margin of £596,000 below £742,000.)
    const fewer = /^\s+(?:[\p{L}]+\s+)?(?:fewer|less|lower|smaller|below)\b/iu.test(info.text.slice(v.span.end, v.span.end + 24));
    const texts = scored.flatMap((o) => [o.c.sentence, ...o.c.table]);
    return texts.some((t) => t.values.some((x) => isNumeric(x) && x.value !== undefined && x.kind !== 'date' && x.kind !== 'year' && mine.some((w) => w.value !== x.value && (fewer ? w.value! < x.value! : w.value! > x.value!) && nearFigure(v, Math.abs(w.value! - x.value!)))));
  };
  // A date the claim gives with a period that a passage giving it works out from its dates (`periodIn`).
  const datedWithPeriod = (i: number) => info.values[i].kind === 'date' && info.values.some((_, j) => j !== i && scored.some((o) => statesValue(o.c.sentence, info.values[i]) && periodIn(o, j)));
  // A figure the claim works out from two of its own that the sources give, their difference or their sum: "raised
  // £141,350 …, beating its optimum target of £130,000 by £11,350".
  const derived: (boolean | undefined)[] = [];
  const derivedInClaim = (i: number) => (derived[i] ??= workedOut(i));
  const workedOut = (i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.value === undefined || v.kind === 'date' || v.kind === 'year' || v.bound) return false;
    const others = info.values.filter((w, j) => j !== i && w.kind === v.kind && (w.unit ?? '') === (v.unit ?? '') && w.value !== undefined && !w.bound && statedAnywhere(j));
    const near = (x: number) => nearFigure(v, x);
    return others.some((a, k) => others.some((b, l) => l > k && (near(Math.abs(a.value! - b.value!)) || near(a.value! + b.value!))));
  };
  // A date the claim sets a number of days from another event's, where the rival is that event's day: "commissioned
  // the review on 17 March, ten days after an under-13s coach … was suspended" / "suspended on Friday 7 March 2025".
  const daysApart = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    if (v.kind !== 'date' || v.date?.day === undefined || v.date.month === undefined) return false;
    const gap = info.values.find((w) => w.kind === 'quantity' && w.unit === 'day' && w.value !== undefined && w.span.start > v.span.end && w.span.start - v.span.end <= 12 && /^\s+(?:after|before|later|earlier)\b/i.test(info.text.slice(w.span.end, w.span.end + 10)));
    const x = gap && r.conflict.sourceSpan && s.c.sentence.values.find((y) => y.span.start === r.conflict.sourceSpan!.start && y.kind === 'date');
    if (!gap || !x || x.date?.day === undefined || x.date.month === undefined) return false;
    const year = v.date.year ?? x.date.year ?? 2001;
    const days = (Date.UTC(year, v.date.month - 1, v.date.day) - Date.UTC(x.date.year ?? year, x.date.month - 1, x.date.day)) / 86_400_000;
    const after = /^\s+(?:after|later)\b/i.test(info.text.slice(gap.span.end, gap.span.end + 10));
    return days === (after ? gap.value : -gap.value!);
  };
  const statedExactly = (s: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date' || significantDigits(v) < SPECIFIC_DIGITS) return false;
    const dates = info.values.filter((w, j) => j !== i && w.kind === 'date' && w.date?.day !== undefined);
    // (Or, of four significant digits or more, exactly, without a date: "The busiest quarter was July to September,
    // when 45,980 people visited" / "The busiest single day … when 2,140 people visited", beside the row
    // "July–September | 2022–23: 37,140 | 2023–24: 45,980".)
    if (!dates.length && significantDigits(v) < EXACT_DIGITS) return false;
    return scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && (dates.length ? statesValue(o.c.sentence, v) && dates.every((w) => statesValue(o.c.sentence, w)) : o.c.sentence.values.some((x) => x.value === v.value && valueAgrees(v, x))));
  };
  // A figure a row of the rival's source gives (of two cells or more), under a label with a word of the figure's own
  // clause that the rival's passage lacks, is no coincidence ("and 29 ballot papers were rejected" / "Total rejected
  // (recount) | Number: 29", not "Ballot papers issued: 3,771" of the declaration's account).
  const statedInLabelledRow = (s: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date') return false;
    const clause = clauseAround(info.text, v.span);
    const words = info.tokens.filter((k) => k.term && k.start >= clause.start && k.end <= clause.end && !info.valueTerms.has(k.term)).map((k) => k.term!);
    // (Or under the month or day the clause gives: "to 15.3 working days in May" / "May 2025 | — | — | Partnership
    // (combined): 15.3", not the prose's "rose to 16.8 working days" of the month before.)
    // (The figure's own, the nearest: "12.6 working days in May and 15.3 in June" gives 12.6 to May.)
    const distance = (w: TypedValue) => (w.span.start >= v.span.end ? w.span.start - v.span.end : v.span.start - w.span.end);
    const [own] = info.values.filter((w) => w.kind === 'date' && w.span.start >= clause.start && w.span.end <= clause.end).sort((a, b) => distance(a) - distance(b));
    return scored.some((o) => {
      if (o === s || o.c.hit.document.id !== s.c.hit.document.id || !ROW_OF_CELLS.test(o.c.sentence.text) || !statesValue(o.c.sentence, v)) return false;
      const label = rowLabel(o.c.sentence);
      const first = o.c.sentence.text.indexOf(' | ');
      // (Not when the rival gives that month too: "out of service for nine days in January 2025", whatever the row
      // "January 2025 | 131 | 19" counts.)
      const keyedByDate = !!own && first > 0 && !statesValue(s.c.sentence, own) && o.c.sentence.values.some((x) => x.kind === 'date' && x.span.end <= first && valueAgrees(own, x));
      return keyedByDate || (!!label && words.some((w) => label.terms.includes(w) && !s.c.sentence.terms.has(w)));
    });
  };
  // A row the claim does not name is no rival of its figures where it names another row of the table by its whole
  // label ("3,530 season-ticket holders, including 1,940 in the East Stand upper tier" / "East Stand lower tier |
  // Season-ticket holders affected: 1,210"): the claim's other figures are of something else, the total here.
  // (A table of two columns is no `table` of its rows: its rows of the same headers, in the same source.)
  const headers = (t: TextInfo) => labelledCellSpans(t.text).map((k) => k.label).join(' | ');
  // (By every word of the label: "East Stand" alone is the start of both rows' names.)
  const wholeLabel = (t: TextInfo) => {
    const label = rowLabel(t);
    return !!label && label.terms.every((w) => info.terms.has(w)) && namesLabel(info, label, false);
  };
  const anotherRowNamed = (s: (typeof scored)[number]) => {
    if (!ROW_OF_CELLS.test(s.c.sentence.text) || wholeLabel(s.c.sentence)) return false;
    // (Not the header's row: "Route | Between | Length (miles)" names no route.)
    if (s.c.table.length > 1) return s.c.table.some((r) => r !== s.c.sentence && labelledCellSpans(r.text).length > 0 && wholeLabel(r));
    const mine = headers(s.c.sentence);
    return !!mine && scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && ROW_OF_CELLS.test(o.c.sentence.text) && headers(o.c.sentence) === mine && wholeLabel(o.c.sentence));
  };
  // A figure a change ends at is no rival of a claim's figure that is no change's end, when another passage of its
  // source gives the claim's ("started from a penalty of £3 million and cut it by a fifth" / "reduced the penalty by
  // 20%, to £2.4 million", after "set a starting penalty of £3 million").
  const endOfMove = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    const at = r.conflict.sourceSpan;
    if (!at || !isNumeric(v) || !MOVED_TO.test(s.c.sentence.text.slice(Math.max(0, at.start - 16), at.start))) return false;
    // (The sentence itself gives the figure as the end of a later move: "cut, from 64 to 56" / "reduced from 64 to 60
    // in 2022 …, and from 60 to 56 in 2024".)
    const text = s.c.sentence.text;
    if (s.c.sentence.values.some((x) => x.span.start > at.end && valueAgrees(v, x) && MOVED_TO.test(text.slice(Math.max(0, x.span.start - 16), x.span.start)))) return true;
    if (MOVED_TO.test(info.text.slice(Math.max(0, v.span.start - 16), v.span.start))) return false;
    return scored.some((o) => o !== s && o.c.hit.document.id === s.c.hit.document.id && statesValue(o.c.sentence, v));
  };
  // The size of the claim's own move is no rival of its ends, where a passage states the claim's figure: "fell from
  // 214 to 158" / "fell by 56, or 26.2 per cent", beside the table's rows of 214 and 158.
  const sizeOfOwnMove = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    const at = r.conflict.sourceSpan;
    if (!at || !isNumeric(v) || v.value === undefined || !statedAnywhere(i)) return false;
    const rival = s.c.sentence.values.find((x) => x.span.start === at.start && x.span.end === at.end);
    if (rival?.value === undefined || !/\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i.test(s.c.sentence.text.slice(Math.max(0, at.start - 16), at.start))) return false;
    // (A count's other end with the count's noun: "from 82 pupils … to 64".)
    const counting = (x: TypedValue) => (x.kind === 'number' && !x.unit) || (x.kind === 'quantity' && countUnit(x.unit));
    return info.values.some((w) => w !== v && (w.kind === v.kind || (counting(w) && counting(v))) && w.value !== undefined && Math.abs(Math.abs(w.value - v.value!) - rival.value!) <= Math.max(rival.precision ?? 0, 0.5));
  };
  // A figure the sentence gives as another name's is no rival of the claim's figure for its own name ("The
  // Carrowmere Innovation Fund contributed £4.5 million" / "led by Kestrel Ridge Ventures, which committed £18
  // million, with participation from … the Carrowmere Innovation Fund"): the sentence is silent on the claim's.
  const anotherOwners = (s: (typeof scored)[number], i: number, r: RivalValue) => {
    const v = info.values[i];
    const at = r.conflict.sourceSpan;
    if (!isNumeric(v) || !at) return false;
    const mine = ownerOf(info, v);
    const rival = mine && s.c.sentence.values.find((x) => x.span.start === at.start && x.span.end === at.end);
    const theirs = rival && ownerOf(s.c.sentence, rival);
    return !!theirs && !agreesEitherWay(mine, theirs);
  };
  // A figure another sentence gives with every other figure of the claim (dates apart), every name of the claim in
  // it or its neighbours: no coincidence, whatever its words ("a premium of 38.7 per cent to Brenmoor's closing price
  // of 292p" / "The headline premium of 38.7% is measured against Friday's undisturbed close of 292p", beside "The
  // offer price of 405 pence per Brenmoor share represents:").
  const coStated = (s: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    if (!isNumeric(v) || v.kind === 'date') return false;
    const others = info.values.filter((w, j) => j !== i && isNumeric(w) && w.kind !== 'date');
    if (!others.length) return false;
    // (A claim joined from two sentences has the rest of its figures and names in another: "Of the 64 pitches in Corn
    // Square, 51 are currently let, while the Mill Lane layout has room for 58" / "of 64 pitches in Corn Square, 51
    // are currently let" and "The Mill Lane layout provides 58 pitches, six fewer than Corn Square", against a table's
    // row of one kind of stall. Not when the rival's passage gives the claim's other figures: "30 more midwives, 18 of
    // them recruited from overseas, two additional consultant obstetricians" copies "30 additional midwives, 12 of
    // whom …, as well as two additional consultant obstetricians", whatever "18 from the UK" says.)
    const rivalCopies = others.some((w) => statesValue(s.c.sentence, w));
    const here = (w: TypedValue) => !rivalCopies && statedAnywhere(info.values.indexOf(w));
    return scored.some(
      (o) =>
        o !== s &&
        (o.c.cited || !citedAboutIt.length) &&
        statesValue(o.c.sentence, v) &&
        others.some((w) => statesValue(o.c.sentence, w)) &&
        others.every((w) => statesValue(o.c.sentence, w) || here(w)) &&
        info.values.every((w, j) => w.kind !== 'name' || o.c.states[j] || here(w)) &&
        // (Not a row of another date that happens to share them: "8 May 2025 | … | 5.00% | 7-2" for "In June … at 5%
        // by a vote of seven to two".)
        !o.c.sentence.values.some((x) => x.kind === 'date' && info.values.some((d) => d.kind === 'date' && !agreesEitherWay(d, x))),
    );
  };
  // A passage nearly about the claim (`ROLE_RIVAL_TOPIC_MIN`) whose figure stands in the very role of the claim's
  // ("the board had rejected three earlier approaches from Orvane" / "we rejected two earlier approaches from Orvane
  // at 355 pence and 380 pence"), where no passage gives the claim's figure in a like role.
  const roleRival = (s: (typeof scored)[number], i: number, r: RivalValue | undefined): r is RivalValue => {
    const v = info.values[i];
    if (!r || !isNumeric(v) || v.kind === 'date' || r.role < ROLE_RIVAL_MIN || anotherOwners(s, i, r) || sizeOfOwnMove(s, i, r) || yearOfThing(info, v, s.c.sentence.text)) return false;
    // (A table's cell states the figure in the role its label names, beside the claim's figure: "putting 205 jobs at
    // risk" / "West Midlands | Stores closing: 4 | Jobs at risk: 205", not the 1,140 of "which put 1,140 jobs at risk".)
    const inItsColumn = (o: (typeof scored)[number]) => {
      if (!TABLE_ROW.test(o.c.sentence.text)) return false;
      const cells = labelledCells(o.c.sentence).filter((cell) => o.c.sentence.values.some((x) => inCell(x, cell) && valueAgrees(v, x)));
      return cells.length > 0 && byCues(info, v, cells) !== undefined;
    };
    // (Nor when a table's row the claim names gives the figure: "route 7 between Ashcombe and Kelby keeps its bus every
    // 30 minutes" / "7 | Ashcombe – Kelby via Marston Green | Every 30 minutes | Every 30 minutes (unchanged)", not the
    // hospital route's "a bus every 20 minutes".)
    const inNamedRow = (o: (typeof scored)[number]) => {
      const label = TABLE_ROW.test(o.c.sentence.text) ? rowLabel(o.c.sentence) : undefined;
      const named = label ? label.terms.filter((t) => info.terms.has(t)).length : 0;
      return !!label && named >= 2 && named * 5 >= label.terms.length * 2 && statesValue(o.c.sentence, v);
    };
    // (Nor when a passage gives the figure with another of the claim's, one no passage gives by chance: "replacing all
    // seven routes would cost £968,000 a year" / "Replace evening journeys on all seven routes. … Estimated cost:
    // £968,000 a year.", not the recommended "routes 4 and 12".)
    // (The very figure, not a paragraph's number near it: "4.1 A total of 148 people" gives no four.)
    const withSpecific = (o: (typeof scored)[number]) => o.c.sentence.values.some((x) => x.value === v.value && valueAgrees(v, x)) && info.values.some((w) => w !== v && isNumeric(w) && w.kind !== 'date' && w.kind !== 'year' && significantDigits(w) >= SPECIFIC_DIGITS && statesValue(o.c.sentence, w));
    return !scored.some((o) => o.c.sentence.values.some((x) => valueAgrees(v, x) && roleSimilarity(v, x) >= ROLE_RIVAL_STATED_MIN) || inItsColumn(o) || inNamedRow(o) || withSpecific(o));
  };
  // The claim's verb in the past that a sentence with the date has as a word of its family a few words before it, for a
  // date with words between it and the verb: "inspected the restaurant three days later, on Tuesday 14 March" /
  // "Unannounced inspection Tuesday 14 March 2023", not the reopening's "six days later, on Monday 20 March".
  const verbDated = (v: TypedValue) => {
    const verbs = tokenize(/[^.;:!?]*$/.exec(info.text.slice(Math.max(0, v.span.start - EVENT_REACH), v.span.start))![0]).filter((w) => /^\p{Ll}{4,}ed$/u.test(w) && !AUXILIARIES.has(w));
    if (!verbs.length) return false;
    return scored.some((o) =>
      o.c.sentence.values.some((x) => x.kind === 'date' && valueAgrees(v, x) && tokenize(/[^.;:!?]*$/.exec(o.c.sentence.text.slice(Math.max(0, x.span.start - EVENT_REACH), x.span.start))![0]).some((w) => verbs.some((u) => oneWordFamily(u, w.toLowerCase())))),
    );
  };
  // A date another sentence gives after the claim's word for what happened then ("reopened on Wednesday 26 June" / "It
  // reopened on Wednesday 26 June following a satisfactory revisit on Monday 24 June"), whatever the copied sentence
  // gives for another event ("At the revisit on Monday 24 June officers found all requirements met").
  const eventDated = (i: number) => {
    const v = info.values[i];
    const event = v.kind === 'date' ? eventBefore(info.text, v.span.start) : undefined;
    if (!event) return v.kind === 'date' && verbDated(v);
    const term = processTerm(event);
    // (Or a few words before: "will be suspended from the first scheduled crossing on Monday 2 September 2024" for
    // "was suspended on Monday 2 September".)
    // (In its clause, right before a preposition of time: not "emergency calls between July and September" for "start
    // taking calls in July", nor "The driver of the bus, Mr Marsh, was interviewed … on Thursday 16 October".)
    const inClause = (text: string, at: number) => {
      const before = /[^.,;:!?]*$/.exec(text.slice(Math.max(0, at - EVENT_REACH), at))![0];
      return /\b(?:on|in|at|by|from|until|since)\s+$/i.test(before) && tokenize(before).some((w) => processTerm(w) === term);
    };
    // (Or a field of the event at the head of a passage's document: "at the previous inspection in September 2023" /
    // "**Previous inspection:** Tuesday 12 September 2023".)
    const documents = new Set(scored.map((o) => o.c.hit.document));
    return (
      scored.some((o) => o.c.sentence.values.some((x) => x.kind === 'date' && valueAgrees(v, x) && (processTerm(eventBefore(o.c.sentence.text, x.span.start) ?? '') === term || inClause(o.c.sentence.text, x.span.start)))) ||
      [...documents].some((d) => documentFields(d).some((f) => f.terms.has(term ?? '') && f.values.some((x) => x.kind === 'date' && valueAgrees(v, x))))
    );
  };
  // A rounded sum the passage's document gives in its row of totals, which a search for the rounded figure does not
  // find: "owes creditors just over £6m" / "**Total** | | **£6,045,300**", beside "unsecured trade creditors … are owed
  // £1,870,000".
  const roundedTotal = (s: (typeof scored)[number], i: number) => !!info.values[i].bound && info.values[i].kind === 'money' && totalRowGives(s.c.hit.document, info.values[i]);
  // A meeting's or a statement's date that is the day of the passage's own document, its header's or dateline's
  // ("approved … at its meeting on Thursday 7 November" / a board paper of "Date: Thursday 7 November 2024" that asks
  // the board to approve the closure "from Monday 18 November 2024").
  const ofTheDocumentsDay = (s: (typeof scored)[number], i: number) => {
    const v = info.values[i];
    const day = s.c.hit.document.meta?.date?.date;
    // (A weekday a statement was made, the weekday of the document that makes it: "said on Monday that the road would
    // remain closed" / a release of Monday 10 March, "… following a landslip … of Saturday 8 March".)
    if (day && v.kind === 'date' && v.date?.day === undefined && v.date?.month === undefined && v.date?.weekday === weekdayOf(day) && SPEECH_DAY.test(info.text.slice(Math.max(0, v.span.start - 40), v.span.end))) return true;
    const full = v.kind === 'date' && v.date?.day !== undefined && v.date.month !== undefined;
    const event = full ? eventBefore(info.text, v.span.start) : undefined;
    // (Or the verb after a date put first: "On Thursday 14 November, cabinet agreed to release …".)
    const fronted = full && /^\s*on\s+$/i.test(info.text.slice(0, v.span.start)) ? (/^,?((?:\s+[\p{L}'’-]+){1,4})/u.exec(info.text.slice(v.span.end))?.[1] ?? '').toLowerCase().split(/\s+/) : [];
    // (Or a verb of record a few words before, in the clause: "was sentenced at Carrbrook Crown Court on Friday 19 April".)
    // (Past an aside between commas: "voted by 9 to 4, with one abstention, on Monday 28 April".)
    const segments = info.text.slice(Math.max(0, v.span.start - 100), v.span.start).split(/[,;:]/);
    const last = segments[segments.length - 1];
    const own = segments.length >= 3 && /^\s*(?:on|at|in)\s*$/i.test(last) ? segments[segments.length - 3] + last : last;
    const clause = full ? own.toLowerCase().split(/[^\p{L}]+/u).slice(-7) : [];
    if (!day || !((event && DAY_OF_RECORD.test(event)) || fronted.some((w) => DAY_OF_RECORD.test(w)) || clause.some((w) => DAY_OF_RECORD.test(w)))) return false;
    const [year, month, date] = day.split('-').map(Number);
    return month === v.date!.month && date === v.date!.day && (v.date!.year === undefined || v.date!.year === year) && (v.date!.weekday === undefined || v.date!.weekday === weekdayOf(day));
  };
  // A time of day another passage gives with two words or more of what the claim says happened then: "before
  // upgrading it to amber for the valley and the moor at 21:30 that night" / the log's "21:30 — Yellow warning upgraded
  // to AMBER for the Kestrel Valley and Harland Moor", whatever the statement's "The decision was taken at 06:44".
  // (The words of its own clause, and the names there too: not "Station Manager Luke Haverford took command at 4.10am"
  // / "04:10 Group Manager Priya Ellacott takes command"; nor "…, and at 23:00 on other days".)
  const clockStated = (i: number) => {
    const v = info.values[i];
    if (v.kind !== 'quantity' || v.unit !== 'clock') return false;
    const from = Math.max(v.span.start - 80, ...[...info.text.slice(0, v.span.start).matchAll(/[,;:]/g)].map((m) => m.index! + m[0].length));
    const before = new Set(info.tokens.filter((k) => k.term && k.end <= v.span.start && k.start >= from).map((k) => lemma(k.term!)));
    const names = info.values.filter((w) => w.kind === 'name' && w.span.start >= from && w.span.end <= v.span.start);
    return scored.some((o) => statesValue(o.c.sentence, v) && names.every((w) => statesValue(o.c.sentence, w)) && [...o.c.sentence.terms].filter((t) => before.has(lemma(t))).length >= 2);
  };
  const sumOfParts = (i: number, x: TypedValue | undefined) => {
    const v = info.values[i];
    if (!x || x.value === undefined || v.value === undefined || v.bound || (v.kind !== 'number' && !(v.kind === 'quantity' && countUnit(v.unit)))) return false;
    const parts = info.values.filter((w) => w.kind === v.kind && w.unit === v.unit && !w.bound && !w.difference && w.value !== undefined && Number.isInteger(w.value) && w.value > 0);
    return parts.length >= 2 && parts.includes(v) && parts.reduce((a, w) => a + w.value!, 0) === x.value;
  };
  // (Nor when another passage gives all the claim's figures and names: "Three of those four call-outs were on the
  // Scarrow Edge path" / "… four separate call-outs …, three of them on the Scarrow Edge path", beside the question
  // "Twenty-three call-outs to Scarrow Edge alone.")
  const inRoleOnlyHere = (s: (typeof scored)[number], i: number, r: RivalValue) =>
    roleRival(s, i, r) &&
    !scored.some((o) => [o.c.sentence, ...o.c.context].some((t) => TABLE_ROW.test(t.text) && statesValue(t, info.values[i]))) &&
    !allFigures.some((o) => o !== s && info.values.every((w) => w.kind !== 'name' || statesValue(o.c.sentence, w)));
  const byRole = scored.filter((s) => !related.includes(s) && !byDirection.includes(s) && !byFigures.includes(s) && s.c.features.topic >= ROLE_RIVAL_TOPIC_MIN).slice(0, 2);
  const examined = [...nearest, ...byDirection, ...byFigures, ...byRole];
  for (const s of examined) {
    const found = byRole.includes(s)
      ? oneClaimPerSourceValue(s.c.conflicts.filter((r, i): r is RivalValue => roleRival(s, i, r))).map((r) => r.conflict)
      : related.includes(s)
      ? oneClaimPerSourceValue(
          s.c.conflicts.filter((r, i): r is RivalValue => {
            if (!r || affiliation(s, i, r) || anotherOwners(s, i, r) || openingWordOnly(info, i, s.c.sentence, r) || sizeOfOwnMove(s, i, r)) return false;
            // (Nor a count of things against a table's cell of another noun: "on the seven council-supported routes" /
            // "Weekday journeys: 1,840".)
            if (info.values[i].kind === 'number' && !info.values[i].unit && cellOfOtherNoun(info, info.values[i], r.conflict.source)) return false;
            // (Nor a part against the whole it is a part of: "in 12 of those play areas" / "in all 41 fenced children's
            // play areas".)
            if (partOfLarger(info, info.values[i], r.conflict.source, r.conflict.sourceSpan && s.c.sentence.text.slice(r.conflict.sourceSpan.end, r.conflict.sourceSpan.end + 20))) return false;
            // (Nor a span of time from now against a span in which something happened: "income fell by more than
            // £900,000 in a year" / "still here for Stanmoor in ten years' time".)
            if (timeFromNow(info, info.values[i], r.conflict.sourceSpan && s.c.sentence.text.slice(r.conflict.sourceSpan.end, r.conflict.sourceSpan.end + 20))) return false;
            // (Nor the date of another event that the sentence puts days from the claim's: "The longest, on Sunday 27
            // July, lasted 14 and a half hours" / "the highest reading …, on Tuesday 29 July, came two days after the
            // longest spill of the year".)
            if (dayOfOtherEvent(info, info.values[i], s.c.sentence.text, r.conflict)) return false;
            // (Nor a row the claim names only after a comparison that follows the figure, for the figure compared: "That
            // works out at 86p a visit, compared with £1.94 a visit at the Station Road car park toilets" / "Station Road
            // car park | … | Annual running cost: £27,600 | … | Cost per visit: £1.94".)
            if (TABLE_ROW.test(s.c.sentence.text) && rowNamedAfterComparison(info, info.values[i], rowLabel(s.c.sentence))) return false;
            // (Nor a length of time "later" that each dates, to another day: "inspected the restaurant three days later,
            // on Tuesday 14 March" / "It reopened six days later, on Monday 20 March".)
            if (r.conflict.sourceSpan && laterToAnotherDay(info, info.values[i], s.c.sentence, r.conflict.sourceSpan)) return false;
            // (Nor the start of a time up to now against the document's own day: "have cancelled since March" / "today
            // (Friday 13 June 2025)".)
            // (Nor, for a month alone after "since" that a passage states, another year's day: "since 1 April 2019", of
            // the operator's contract.)
            const sinceDate = (info.values[i].kind === 'date' || info.values[i].kind === 'year') && /\bsince\s+$/i.test(info.text.slice(Math.max(0, info.values[i].span.start - 8), info.values[i].span.start));
            if (sinceDate && /^(?:today|yesterday|tonight|this\s)/i.test(r.conflict.source)) return false;
            if (sinceDate && info.values[i].date?.day === undefined && info.values[i].date?.year === undefined && statedAnywhere(i)) return false;
            // (Nor a meeting's day against the day something runs from: "approved a two-year grant … at a meeting on
            // Tuesday 11 March" / "will take over the Route 62 bus service … from Monday 7 April 2025, after … cabinet
            // last night agreed a two-year grant".)
            if (info.values[i].kind === 'date' && r.conflict.sourceSpan && MEETING_ON.test(info.text.slice(Math.max(0, info.values[i].span.start - 40), info.values[i].span.start)) && RUNS_FROM.test(s.c.sentence.text.slice(Math.max(0, r.conflict.sourceSpan.start - 12), r.conflict.sourceSpan.start))) return false;
            // (Nor a figure the claim gives as someone's own estimate or account, which a speaker of a transcript gives:
            // "By her estimate, about 90 pupils attended" / "There'd be about ninety kids there most weeks", beside the
            // school's "an average of 112 pupils".)
            if (OWN_ACCOUNT.test(info.text) && scored.some((o) => o.c.speaker && o.c.states[i])) return false;
            // (Nor a rounded sum the document gives in its row of totals.)
            if (roundedTotal(s, i)) return false;
            // (Nor the claim's own figure with the bound the claim says a few words before it: "below the threshold of 40" /
            // "A BCI Critical score below 40 indicates …".)
            if (r.conflict.sourceSpan && boundSaidBefore(info.text, info.values[i], s.c.sentence.text, r.conflict.sourceSpan)) return false;
            // (Nor the date of a verb the claim puts after "after", "when" or the like: "set to lose their village GP surgery
            // at the end of May after the practice applied to close its branch" / "applied on 6 January 2025".)
            // (When a passage gives the claim's date: not "reopened on Thursday 27 June after officers found all
            // requirements had been met at a revisit two days earlier" / "At the revisit on Monday 24 June officers found
            // all requirements met", which no passage dates to the 27th.)
            if (dateOfLaterClause(info, info.values[i], s.c.sentence.text, r.conflict) && scored.some((o) => [o.c.sentence, ...o.c.context].some((t) => statesValue(t, info.values[i])))) return false;
            // (Nor a figure a neighbour of the passage gives with the claim's dates: "the provisional Category 2 average for
            // October was 27 minutes 50 seconds" / "In September the Category 2 average was 29 minutes 37 seconds. … Our
            // provisional figure for October is 27 minutes 50 seconds.")
            // (A month or a day of one, or a year, not a weekday of every week; the figure in its own unit, in a sentence,
            // not a table's row: not "19 days in January" / "January 2025 | 131 | 19".)
            const dates = info.values.filter((w) => w.kind === 'year' || (w.kind === 'date' && (w.date?.month !== undefined || w.date?.day !== undefined)));
            const withDates = (t: TextInfo) =>
              !TABLE_ROW.test(t.text) && t.values.some((x) => x.kind === info.values[i].kind && x.unit === info.values[i].unit && valueAgrees(info.values[i], x)) && dates.every((w) => statesValue(t, w));
            if (isNumeric(info.values[i]) && dates.length > 0 && !dates.includes(info.values[i]) && (s.c.context.some(withDates) || scored.some((o) => o.c.hit.document.id === s.c.hit.document.id && withDates(o.c.sentence)))) return false;
            const v = info.values[i];
            // (Nor a date of another year, the calendar's weekday of it not the claim's, when another passage gives the
            // claim's date with its weekday: "From Tuesday 1 April the route will be replaced" / a contract "since Friday
            // 1 April 2016", beside "a replacement service from Tuesday 1 April 2025".)
            if (v.kind === 'date' && v.date?.weekday !== undefined && v.date.day !== undefined && v.date.month !== undefined && v.date.year === undefined && r.conflict.sourceSpan) {
              const at = r.conflict.sourceSpan;
              const rival = s.c.sentence.values.find((x) => x.span.start === at.start && x.kind === 'date');
              const year = rival?.date?.year;
              const iso = year !== undefined ? isoDate(year, v.date.month, v.date.day) : undefined;
              if (iso !== undefined && rival!.date!.day === v.date.day && rival!.date!.month === v.date.month && weekdayOf(iso) !== v.date.weekday && scored.some((o) => o !== s && [o.c.sentence, ...o.c.context].some((t) => statesValue(t, v)))) return false;
            }
            // (Nor a part of a count of other things against a figure that is no part: "from 241 in September" / "Births
            // fell in five of the six months".)
            if (r.conflict.sourceSpan && /^\s+of\s+(?:the|its|their|our|all)\s+(?:\p{L}+\s+)?\p{L}/u.test(s.c.sentence.text.slice(r.conflict.sourceSpan.end, r.conflict.sourceSpan.end + 30)) && !/^\s+of\b/.test(info.text.slice(v.span.end, v.span.end + 4)) && !/\bof\s+(?:the|its|their|our|all)\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 12), v.span.start)) && isNumeric(v) && v.kind !== 'date' && v.kind !== 'year') return false;
            if (v.kind === 'date' || v.kind === 'year') {
              // (Nor a date that is another date's of the claim: "will rise … from April after councillors approved
              // Mayor Denise Okafor's budget on Wednesday night" / "will table an amendment at Budget Council next
              // Wednesday (26 February)".)
              const at = r.conflict.sourceSpan;
              const rival = at && s.c.sentence.values.find((x) => x.span.start === at.start && x.kind === 'date');
              // (Its weekday in apposition too: "next Wednesday (26 February)".)
              const text = s.c.sentence.text;
              const beside = rival && s.c.sentence.values.filter((y) => y === rival || (y.kind === 'date' && /^\s*[(,]?\s*$/.test(y.span.end <= rival.span.start ? text.slice(y.span.end, rival.span.start) : text.slice(rival.span.end, y.span.start))));
              if (beside && info.values.some((w) => w !== v && w.kind === 'date' && beside.some((y) => valueAgrees(w, y)))) return false;
              const figures = info.values.filter((w) => isNumeric(w) && w.kind !== 'date' && w.kind !== 'year');
              // (Nor, the other way, a date another passage gives with all the claim's figures: "from 812 in 2019/20" /
              // "2019/20 | Kellsbridge High School (capacity 900): 812", beside "In October 2024 it had 561 on roll".)
              if (figures.length && scored.some((o) => o !== s && [o.c.sentence, ...o.c.context].some((t) => statesValue(t, v) && figures.every((w) => statesValue(t, w))))) return false;
              // (Or a date the claim gives its own figure, "812 in 2019/20", where the sentence gives the rival date to
              // another figure of the kind and not the claim's: "In October 2024 it had 561 on roll".)
              const owner = figures.find((w) => w.span.end <= v.span.start && /^\s+(?:in|at|during|for)\s+(?:the\s+)?$/i.test(info.text.slice(w.span.end, v.span.start)));
              const theirs = owner && at && s.c.sentence.values.find((x) => x.kind === owner.kind && x.unit === owner.unit && x.value !== undefined && Math.abs((x.span.start < at.start ? at.start - x.span.end : x.span.start - at.end)) <= 30);
              if (owner && theirs && !valueAgrees(owner, theirs) && ![s.c.sentence, ...s.c.context].some((t) => statesValue(t, owner))) return false;
            }
            // (Nor a body's name for its other name, the document joining the two: "Commissioners of Ardleigh Harbour
            // Authority voted" / "The Board voted", under "Ardleigh Harbour Authority's Board of Commissioners".)
            if (info.values[i].kind === 'name' && oneBody(info.values[i].text, r.conflict.source, s.c.hit.document.text)) return false;
            // (Nor an acronym the source defines for a name of the claim's words: "would stay at Kelsford" / "would remain
            // at KRI", after "Kelsford Royal Infirmary (KRI)".)
            if (info.values[i].kind === 'name' && definesAcronymOf(info.values[i].text, r.conflict.source, s.c.hit.document.text)) return false;
            // (Nor a post named by its holder's possessive against the holder's own name, the post stated: "Mbereta's
            // Special Envoy" / "Special Envoy for Cultural Restitution, Republic of Mbereta".)
            if (possessorOfRival(info.values[i], r.conflict.source, s.c.sentence.text)) return false;
            // (Nor a weekday of a weekly range, days of opening or of service, against a date's weekday: "From 1 April the
            // café will open from Thursday to Sunday only" / "Applications will open on Monday 8 April".)
            if (weekdayOfRange(info.text, info.values[i]) && /\d/.test(r.conflict.source)) return false;
            // (Nor a span of time that frames the claim, "in the last three financial years", against a length of time in
            // an unlike role: "would have paid for the running of our unit for about five weeks".)
            // (A length in another unit only: "the first ten years" / "the first five years" is a rival.)
            // (Any unit for a frame that points back to a period named before, "over those four months".)
            if (timeFrame(info.text, info.values[i]) && r.role < TIME_FRAME_ROLE_MIN && (pointsBack(info.text, info.values[i]) || s.c.sentence.values.some((x) => !!r.conflict.sourceSpan && x.span.start >= r.conflict.sourceSpan.start && x.span.end <= r.conflict.sourceSpan.end && x.unit !== info.values[i].unit))) return false;
            // (Nor a post the source names its speaker by, which the claim gives its person too: "The convener, Councillor
            // Morag Teague, said" / "The Convener said:".)
            if (info.values[i].kind === 'name' && isPostTitle(r.conflict.source) && new RegExp(String.raw`\b${escapeRegExp(r.conflict.source)}\b`, 'i').test(info.text)) return false;
            // (Nor a year something began against the day of the telling: "has trained since 1974" / "today (Friday 7
            // March 2025)".)
            if (info.values[i].kind === 'year' && /\bsince\s+$/i.test(info.text.slice(Math.max(0, info.values[i].span.start - 8), info.values[i].span.start)) && /^(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week))\b/i.test(r.conflict.source)) return false;
            // (Nor a year that describes a thing against the date of a sentence that does not name the thing: "The
            // 1978 building needs £3.2 million of repairs" / "A condition survey completed … in September 2024".)
            if (yearOfThing(info, info.values[i], s.c.sentence.text)) return false;
            // (Nor the whole of the claim's parts, their sum: "with 22 flooded homes, compared with 19 on Colley Lane and
            // six on Tanners Row" / "Floodwater entered 47 homes on Colley Lane, Brookside Close and Tanners Row".)
            if (sumOfParts(i, s.c.sentence.values.find((x) => r.conflict.sourceSpan && x.span.start === r.conflict.sourceSpan.start))) return false;
            // (Nor, the other way, the sum of two neighbouring figures of the sentence's list: "18 went to homes within
            // 15 miles" / "12 had moved to homes within five miles …, 6 to homes between five and 15 miles away".)
            if (sumInList(info.values[i], s.c.sentence)) return false;
            // (Nor a name the claim gives itself, in another of its names: "the Rivers and Coast Agency" / "call the
            // Agency as well as Wessmere", the claim's "Rivers" read apart from its "Coast Agency".)
            const rivalName = info.values[i].kind === 'name' && r.conflict.sourceSpan ? s.c.sentence.values.find((x) => x.kind === 'name' && x.span.start === r.conflict.sourceSpan!.start) : undefined;
            if (rivalName && info.values.some((w, j) => j !== i && w.kind === 'name' && (valueAgrees(w, rivalName) || valueAgrees(rivalName, w)))) return false;
            // (Nor a sentence of the thing the claim compares its figure with, named only after "than": "The new site
            // would have 24 plots, five more than are currently let at Cinder Lane" / "the Cinder Lane site … comprises
            // 22 plots, of which 19 are currently let".)
            if (ofComparedThing(info, info.values[i], s.c.sentence)) return false;
            // (Nor the figure a rise or a fall starts from, with no end given, where the claim's is past it that way:
            // "is now putting in £3.1 million" / "Mid-Wendshire District Council's contribution has risen from £2.0m".)
            if (r.conflict.sourceSpan && pastStartOfMove(info, info.values[i], s.c.sentence, r.conflict.sourceSpan)) return false;
            // (Nor a rival that a sentence giving the claim's figure gives beside it, of another thing: "a cut of almost
            // 44 per cent" of the South Terrace / "a cut of almost a quarter", beside "the overall reduction was 24.1 per
            // cent and … the South Terrace lost 43.9 per cent".)
            const rivalValue = isNumeric(info.values[i]) && r.conflict.sourceSpan ? s.c.sentence.values.find((x) => x.span.start === r.conflict.sourceSpan!.start && isNumeric(x)) : undefined;
            // (Given otherwise there, a rounder figure for an exact one: the same figure twice is no telling apart.)
            if (rivalValue && scored.some((o) => o !== s && o.c.states[i] && o.c.sentence.values.some((x) => isNumeric(x) && !valueAgrees(info.values[i], x) && shareOf(x) !== shareOf(rivalValue) && alikeFigures(x, rivalValue) && (valueAgrees(rivalValue, x) || valueAgrees(x, rivalValue))))) return false;
            const figureSwap = statedByRelated[i] && figureSwapsInCopy(s, i, r);
            if (!(r.sole || r.role >= roleMin || figureSwap)) return false;
            const swap = figureSwap || ((statedByRelated[i] || (info.values[i].kind === 'name' && statedInCited(i))) && swapsInCopy(s, i, r));
            // A day of a month that a sentence gives is no coincidence, when the sentence has more of the claim's
            // words than the rival's, however few of its topic ("The final was played on Sunday 26 January" /
            // "MELBOURNE, Sunday 26 January — … won …", not "I promised the captain in November that I would play").
            // So is a date a sentence gives with another of the claim's figures, whatever its words ("declared … at
            // 4.52am on Friday" / "Dated: Friday 14 March 2025, 04:52", not the election "held on Thursday 13 March").
            const dayStated =
              (fullDate(info.values[i]) && scored.some((o) => o !== s && (o.c.cited || !citedAboutIt.length) && o.c.features.coverage > s.c.features.coverage && statesValue(o.c.sentence, info.values[i]))) ||
              // (A year too, by a row that gives the claim's figure of it, or a sentence its date: "a surplus of £15,200
              // in 2023" / "2023 | … | £15,200", against "since … in-house in 2019"; "the 2026 bathing season, which
              // begins on Friday 15 May 2026" / the request's own words, against the counts of "the 2024 bathing season".)
              ((info.values[i].kind === 'date' || info.values[i].kind === 'year') && scored.some((o) => o !== s && (o.c.cited || !citedAboutIt.length) && statesValue(o.c.sentence, info.values[i]) && info.values.some((w, j) => j !== i && (isNumeric(w) || (info.values[i].kind === 'year' && w.kind === 'date' && w.date?.day !== undefined)) && statesValue(o.c.sentence, w)))) ||
              coStated(s, i) ||
              eventDated(i) ||
              ofTheDocumentsDay(s, i) ||
              // (Or the day of another document about it: "the Safety Advisory Group, which met on Tuesday 4 November" /
              // its minutes, "Date: Tuesday 4 November 2025", beside the organiser's board "meeting on Thursday 6
              // November 2025".)
              scored.some((o) => o.c.hit.document !== s.c.hit.document && ofTheDocumentsDay(o, i)) ||
              clockStated(i);
            // (A figure stated only in other roles is no help against a rival in the very role of the claim's: "with
            // ten applications still being assessed" / "Thirteen applications are still being assessed", beside "So ten
            // have been turned down"; a table's row gives its figures' roles in its labels, and is no other role.)
            return (!(statedByRelated[i] || dayStated || statedInRole(s, i, r) || statedInLabelledRow(s, i) || anotherRowNamed(s) || endOfMove(s, i, r) || statedExactly(s, i) || statedInPhrase(s, i, r) || statedWithClauseWords(s, i) || statedInOtherRow(s, i) || statedInColumn(i) || derivedInClaim(i) || percentFromColumn(i) || periodBetweenDates(i) || datedWithPeriod(i) || marginOver(i) || daysApart(s, i, r)) || swap || inRoleOnlyHere(s, i, r)) && !(info.values[i].kind === 'name' && statedInCited(i) && ((!copies(s) && !swap) || wordsOfName(info.values[i], s.c.sentence.text)));
          }),
        ).map((r) => r.conflict)
      : byFigures.includes(s)
        ? figureRivals(claim, info, numericFigures.filter((i) => !statedAnywhere(i) && !roundedTotal(s, i) && !pointsBack(info.text, info.values[i]) && !statedInColumn(i) && !derivedInClaim(i) && !percentFromColumn(i) && !marginOver(i)), s.c.sentence)
        : [];
    // (A passage examined for a figure's role only is not examined for the direction of a change.)
    if (directions && !byRole.includes(s)) {
      const opposite = opposed(s);
      // Not the word of a bound already shown ("more than half, not less than half", then "more, not less").
      const shown = (word: string) => found.some((c) => c.claim.toLowerCase().split(/[^\p{L}]+/u).includes(word.toLowerCase()));
      // Nor a move of another figure, when another passage about the claim gives its figures, and its names in the
      // sentence itself, without the opposite ("expected net debt to fall back below £300 million" / "Net debt rose by
      // £14 million", before "We expect net debt to fall back below £300 million by the year end"; "Davis won nine of
      // the final 11 games" / "… knowing I had nothing to lose", beside "Davis won nine of the final 11 games of the
      // match").
      // (Its figures: those of two or more that no word of the claim moves, and no dates, where the passage gives
      // them: "has risen by more than three quarters this year, with 711 offences … compared with 402 in the same period
      // of 2023" / "711 … up from 402 in the same period last year", not the footfall's "a fall of 4.4 per cent".)
      const counts = claimFigures.filter((v) => v.kind !== 'date' && v.kind !== 'year' && !v.difference && !directedFigure(info.text, v.span));
      // (Those counts tell what it is about without its names: "in Thornbridge town centre" / "in the town centre".)
      const figuresOf = (o: (typeof scored)[number]) =>
        (claimFigures.every((v) => statesValue(o.c.sentence, v)) && info.values.every((w) => w.kind !== 'name' || statesValue(o.c.sentence, w))) ||
        (counts.length >= 2 && counts.every((v) => statesValue(o.c.sentence, v)));
      // (The sentence's own figures none of the claim's, but for dates: not "Falls-related prosecutions rose by 29%"
      // for "fell by 29 per cent …, with nine of its 23 cases involving falls".)
      const ownFigure = () => s.c.sentence.values.some((x) => x.value !== undefined && claimFigures.some((v) => v.kind !== 'date' && v.kind !== 'year' && v.value === x.value));
      // (The three best passages count besides the related ones: "The council aims to cut the backlog to below 8,000 by
      // 31 March 2025" / the statement's "target of reducing the number of potholes … to below 8,000 by 31 March 2025",
      // beside the report's "up from 9,870 …, an increase of 48%".)
      const elsewhere = () => claimFigures.length > 0 && (counts.length >= 2 ? !counts.some((v) => statesValue(s.c.sentence, v)) && !ownFigure() : !claimFigures.some((v) => statesValue(s.c.sentence, v))) && [...related, ...scored.slice(0, 3)].some((o) => o !== s && figuresOf(o) && !opposed(o));
      // (Nor when a passage that says more of the claim has the claim's very word: "to reduce its reliance on a single
      // operator" / "citing increases in fuel, wages and insurance costs", beside "Lot 3 will be split into three smaller
      // lots to reduce the council's reliance on a single operator".)
      const ownWordElsewhere = () => !!opposite && scored.some((o) => o !== s && o.c.features.coverage > s.c.features.coverage && o.c.sentence.directions.some((d) => d.stem === opposite[0].stem) && !opposed(o));
      if (opposite && !shown(opposite[0].text) && !elsewhere() && !ownWordElsewhere()) {
        found.push({
          claim: opposite[0].text,
          source: opposite[1].text,
          kind: 'direction',
          claimSpan: draftSpan(claim, opposite[0].span),
          sourceSpan: { ...opposite[1].span },
          // A signed figure ("-8.5%", "Change (%): -17.9") is no word to put in place of "rose".
          ...(/\d/.test(opposite[1].text) ? { replacement: null } : {}),
        });
      }
    }
    // (Not a figure of a quotation a passage has word for word: "“The club was told about the roof in 2022 and asked
    // for a plan this year,” said Karen Oyelaran" is no "Safety of Sports Grounds Act 1975".)
    const quoted = (c: Conflict) => info.values.some((v) => v.text === c.claim && scored.some((o) => inVerbatimQuote(info.text, v.span, [o.c.sentence, ...o.c.context].map((t) => t.text).join(' '))));
    if (found.length && !found.every(quoted)) {
      conflicting = s;
      conflicts = found.filter((c) => !quoted(c));
      break;
    }
  }

  // A figure in another's place in a sentence the claim copies, where only a neighbouring sentence gives the
  // claim's figure ("By value, the sell-through rate was 90 per cent" / "… a sell-through rate of 90 per cent by
  // lot. By value, the sell-through rate was 96 per cent.").
  if (!conflicting) {
    for (const s of related.slice(0, CONFLICT_CANDIDATES)) {
      const found = info.values.flatMap((v, i) => {
        if (!isNumeric(v) || !s.c.states[i] || statesValue(s.c.sentence, v)) return [];
        const r = findRival(claim, info, v, s.c.sentence);
        return r && figureSwapsInCopy(s, i, r) ? [r.conflict] : [];
      });
      if (found.length) {
        conflicting = s;
        conflicts = found;
        break;
      }
    }
  }

  // A name in another's place in a sentence the claim copies, where the sentence that gives the claim's name copies
  // less of it ("The evacuation centre opened Tuesday in the gymnasium of Pinecrest Elementary School" / "Evacuation
  // centre opened at Pinecrest High School gymnasium", beside "Pinecrest Elementary School closed for the remainder
  // of the week").
  if (!conflicting) {
    for (const s of related.slice(0, CONFLICT_CANDIDATES)) {
      const found = info.values.flatMap((v) => {
        if (v.kind !== 'name' || statesValue(s.c.sentence, v)) return [];
        // Its other names and figures stated there (a date may be a heading's: a log's "TUESDAY, AUGUST 12").
        if (!info.values.every((o) => o === v || o.kind === 'date' || o.kind === 'year' || statesValue(s.c.sentence, o))) return [];
        // (The only name of each side, or one in nearly the same words' place: "in the gymnasium of X" / "at X
        // gymnasium".)
        const r = findRival(claim, info, v, s.c.sentence);
        if (!r || !(r.sole || r.role >= COPIED_NAME_ROLE_MIN)) return [];
        // Nor a name of the same one ("Her son Tom told the Times" / "Mr Ballard, 26, told The Times", when another
        // sentence names "Tom Ballard").
        const rival = s.c.sentence.values.find((x) => x.span.start === r.conflict.sourceSpan?.start && x.span.end === r.conflict.sourceSpan?.end);
        if (rival && scored.some((o) => o.c.sentence.values.some((n) => n.kind === 'name' && valueAgrees(v, n) && valueAgrees(rival, n)))) return [];
        // Nor a thing of the claim's one, by the last word of its name ("the League's Rules" for "the Northern
        // Counties Football League").
        const owner = rival && /^(\p{L}+)['’]s\s/u.exec(rival.text);
        if (owner && v.name!.at(-1) === owner[1].toLowerCase()) return [];
        const except = new Set([...info.valueTerms, ...v.name!.flatMap((w) => processTerm(w) ?? [])]);
        const copied = lemmaCoverage(info, s.c.sentence, undefined, except);
        if (copied < COPY_TOPIC) return [];
        // Not when a sentence that gives the claim's name copies as much, or gives a value of the claim's that this one
        // lacks ("Mary Hallam, kidnapped in Iraq" / "Mrs Hallam … was abducted in Baghdad on 19 October").
        const better = (o: (typeof scored)[number]) =>
          statesValue(o.c.sentence, v) && (lemmaCoverage(info, o.c.sentence, undefined, except) >= copied || info.values.some((x) => x !== v && !statesValue(s.c.sentence, x) && statesValue(o.c.sentence, x)));
        return scored.some((o) => o !== s && better(o)) ? [] : [r.conflict];
      });
      if (found.length) {
        conflicting = s;
        conflicts = found;
        break;
      }
    }
  }

  // An exact figure that passages give only as a hedged one of another kind of thing, where a sentence the claim copies
  // gives another in its place: "has risen by 3.8 minutes over two years" / "Its median response time has risen by 2.8
  // minutes over two years", beside "will reduce the median … by about four minutes".
  // (Or one with two of the claim's digits swapped, in any passage about the claim: "measured that morning at 1,560
  // square metres" / "We measured it this morning at 1,650 square metres", beside "reduced to around 1,700 square
  // metres".)
  if (!conflicting) {
    const near = related.slice(0, CONFLICT_CANDIDATES);
    for (const s of [...near, ...scored.filter((o) => !near.includes(o))]) {
      const copies = lemmaCoverage(info, s.c.sentence, s.c.speaker, info.valueTerms) >= BOUND_COPY_MIN;
      const found = info.values.flatMap((v) => {
        if (!isNumeric(v) || v.bound || v.kind === 'date' || v.kind === 'year' || v.value === undefined || statesValue(s.c.sentence, v)) return [];
        const before = wordBefore(info.text, v.span.start);
        const x = s.c.sentence.values.find((x) => x.kind === v.kind && x.unit === v.unit && !x.bound && x.value !== undefined && !valueAgrees(v, x) && (copies ? wordBefore(s.c.sentence.text, x.span.start) === before : transposed(v, x) && v.value! >= 100));
        if (!x || !before) return [];
        // (Only where every passage that gives the claim's figure gives it hedged: "about four minutes".)
        const givers = scored.flatMap((o) => [o.c.sentence, ...o.c.context]).flatMap((t) => t.values.filter((y) => isNumeric(y) && valueAgrees(v, y)));
        if (!givers.length || givers.some((y) => !y.bound)) return [];
        return [{ claim: v.text, source: x.text, kind: v.kind, claimSpan: draftSpan(claim, v.span), sourceSpan: { ...x.span }, replacement: x.text }];
      });
      if (found.length) {
        conflicting = s;
        conflicts = found;
        break;
      }
    }
  }

  // A name as the subject of a sentence the claim copies, where the sentence has another name as the subject of the
  // same verb and the claim's name only in another place ("Bouchard won nine of the final 11 games of the match" /
  // "Davis won nine of the final 11 games of the match and broke Bouchard's serve twice"), and no passage gives the
  // claim's name that verb.
  if (!conflicting) {
    const mine = subjectName(info.text);
    if (mine) {
      // (One person however many of the name's words: "Mr Docherty" / "Stephen John Docherty".)
      const same = (a: string[], b: string[]) => a[a.length - 1] === b[b.length - 1] || a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
      const except = new Set(mine.words.flatMap((w) => processTerm(w) ?? []));
      const ownVerb = (t: TextInfo) => {
        const theirs = subjectName(t.text);
        return !!theirs && theirs.verb === mine.verb && same(mine.words, theirs.words);
      };
      if (!scored.some((o) => [o.c.sentence, ...o.c.context].some(ownVerb))) {
        for (const s of related.slice(0, CONFLICT_CANDIDATES)) {
          const theirs = subjectName(s.c.sentence.text);
          if (!theirs || theirs.verb !== mine.verb || same(mine.words, theirs.words)) continue;
          // (The claim's name elsewhere in the sentence, as a name.)
          const rest = s.c.sentence.text.slice(theirs.span.end);
          if (!new RegExp(String.raw`(?<![\p{L}’'-])${escapeRegExp(mine.text.split(/\s+/).pop()!)}(?![\p{L}-])`, 'u').test(rest)) continue;
          if (lemmaCoverage(info, s.c.sentence, undefined, except) < COPY_TOPIC) continue;
          conflicting = s;
          conflicts = [{ claim: mine.text, source: theirs.text, kind: 'name', claimSpan: draftSpan(claim, mine.span), sourceSpan: { ...theirs.span } }];
          break;
        }
      }
    }
  }

  // A figure in another unit, in its place between the same words, in a sentence the claim copies ("Retail income
  // fell by £6m" / "Retail income fell by 6%", when another passage's £6.2m states £6m).
  if (!conflicting) {
    // (Measures, not things counted: "on six dry days" may be "on six occasions".)
    const measured = (v: TypedValue) => v.kind === 'money' || v.kind === 'percent' || (v.kind === 'quantity' && v.unit !== undefined && !countUnit(v.unit));
    const digits = (v: TypedValue) => v.text.replace(/[^\d.]/g, '').replace(/\.$/, '');
    for (const s of related.slice(0, CONFLICT_CANDIDATES)) {
      const found = info.values.flatMap((v) => {
        // (Of digits: "six votes to two" and "four weeks" have none, and no figure of one is the other's.)
        if (!measured(v) || !digits(v) || statesValue(s.c.sentence, v)) return [];
        const mine = wordBefore(info.text, v.span.start);
        const x = mine && s.c.sentence.values.find((x) => measured(x) && (x.kind !== v.kind || x.unit !== v.unit) && digits(x) === digits(v) && wordBefore(s.c.sentence.text, x.span.start) === mine);
        if (!x) return [];
        // Two measures: their unit words ("140 square miles" / "140 square kilometers": "miles", "kilometers").
        let same = 0;
        if (v.kind === 'quantity' && x.kind === 'quantity') for (let k = 0; k < Math.min(v.text.length, x.text.length) && v.text[k] === x.text[k]; k++) if (/\s/.test(v.text[k])) same = k + 1;
        const claimSpan = { start: v.span.start + same, end: v.span.end };
        return [{ claim: v.text.slice(same), source: x.text.slice(same), kind: v.kind, claimSpan: draftSpan(claim, claimSpan), sourceSpan: { start: x.span.start + same, end: x.span.end } }];
      });
      if (found.length && lemmaCoverage(info, s.c.sentence, s.c.speaker, info.valueTerms) >= BOUND_COPY_MIN) {
        conflicting = s;
        conflicts = found;
        break;
      }
    }
  }

  // The candidates that are rows of a table, for the rules below.
  const tableRows = scored.filter((s) => TABLE_ROW.test(s.c.sentence.text)).map((s) => s.c);

  // A figure of a named row that its column gives otherwise: "Hull Athletic have lost eight games" / "Hull Athletic |
  // … | Lost: 5"; "Revenue was £3.87bn in 2026" / "Revenue | 2026: £4,210m | 2025: £3,870m".
  if (!conflicting) {
    // (And a two-column table's row of a label and one labelled figure, for its label as the figure's noun: "opened five
    // bottled water stations" / "Bottled water stations | Quantity: 4".)
    const twoCell = scored.filter((s) => TWO_CELL_ROW.test(s.c.sentence.text) && !TABLE_ROW.test(s.c.sentence.text)).map((s) => s.c);
    const column = columnRival(claim, info, scored.map((s) => s.c), tableRows, twoCell);
    if (column) {
      conflicting = scored.find((s) => s.c === column.candidate);
      conflicts = [column.conflict];
    }
  }

  // A table row about the figure's owner: "33.6% for Mr Hargreaves" against the row "Tom Hargreaves | Conservative |
  // 11,047 | 30.6%" (a row has too few words to be about a claim by its topic).
  if (!conflicting) {
    const row = tableRowRival(claim, info, tableRows, scored.map((s) => s.c));
    if (row) {
      conflicting = scored.find((s) => s.c === row.candidate);
      conflicts = [row.conflict];
    }
  }

  // A comparison of the claim's figure with another row named after it that the column goes against ("£2.18m is higher
  // than Larkfield Court's" / "… | Annual running cost: £2.57m" in Larkfield Court's row).
  if (!conflicting && negationCount(info.text) === 0) {
    const found = rowComparisonAgainst(claim, info, tableRows);
    if (found) {
      conflicting = scored.find((s) => s.c === found.candidate);
      conflicts = [found.conflict];
    }
  }

  // A table's figure given to another row: "Revenue fell 8.5% to £312m" when £312m and -8.5% are the operating
  // profit's row, and the claim names the revenue's row, not that one.
  if (!conflicting) {
    const swap = rowLabelSwap(claim, info, scored.map((s) => s.c), tableRows);
    if (swap) {
      conflicting = scored.find((s) => s.c === swap.candidate);
      conflicts = [swap.conflict];
    }
  }

  // A multiple the source's figures deny: "halved" or "doubled, to 6,200" against "6,200 patients, compared with
  // 2,100 the year before" (nearly three times). Checked against a passage about the claim, or one that gives the
  // claim's other figures.
  if (!conflicting) {
    for (const [i, v] of info.values.entries()) {
      if (v.unit !== 'times' || v.value === undefined || statedAnywhere(i)) continue;
      // The writer's own arithmetic on two figures the sources give: "£4.3 million …, more than three times the £1.9
      // million" (2.3 times), "38 falls …, more than double the 21".
      const pair = ownRatioPair(info.text, info.values, v);
      if (pair && pair.every((f) => statedAnywhere(info.values.indexOf(f)))) {
        const [b, a] = pair;
        const ratio = a.value! / b.value!;
        if (ratioAgrees(v, ratio)) continue;
        const s = scored.find((x) => statesValue(x.c.sentence, a) || statesValue(x.c.sentence, b));
        if (!s) continue;
        const times = ratio >= 1 ? `${Number(ratio.toFixed(1))} times` : `${Number((ratio * 100).toFixed(0))}%`;
        conflicting = s;
        conflicts = [{ claim: `${hedgeWords(info.text, v.span.start)} ${v.text}`.trim(), source: `${a.text} and ${b.text} (${times})`, kind: 'quantity', claimSpan: draftSpan(claim, v.span) }];
        break;
      }
      const others = info.values.filter((x) => isNumeric(x) && x.unit !== 'times');
      const about = scored.filter((s) => related.includes(s) || (others.length > 0 && others.every((x) => statesValue(s.c.sentence, x))));
      for (const s of about.slice(0, CONFLICT_CANDIDATES)) {
        const ratios = impliedRatios(s.c.sentence.text, s.c.sentence.values);
        if (!ratios.length || ratios.some((r) => ratioAgrees(v, r.ratio))) continue;
        const r = ratios[0];
        const times = r.ratio >= 1 ? `${Number(r.ratio.toFixed(1))} times` : `${Number((r.ratio * 100).toFixed(0))}%`;
        conflicting = s;
        conflicts = [{ claim: `${hedgeWords(info.text, v.span.start)} ${v.text}`.trim(), source: `${r.text} (${times})`, kind: 'quantity', claimSpan: draftSpan(claim, v.span), sourceSpan: { ...r.span } }];
        break;
      }
      if (conflicting) break;
    }
  }

  // A difference the source's figures deny: "2.8 days longer than in 2024" against "9.4 days, compared with 7.1 days
  // in 2024" (2.3 days). The passage's only two figures of the kind, in a passage about the claim, or one that gives
  // the claim's other figures and dates and is about it by a share of its words (`FIGURES_TOPIC_MIN`).
  if (!conflicting) {
    for (const [i, v] of info.values.entries()) {
      if (!v.difference || statedAnywhere(i)) continue;
      // (Its figures, not a month a neighbouring sentence gives: "had Ms Ashworth 14 points clear, on 37 per cent to Mr
      // Fenwick's 25 per cent" / "It put Ms Ashworth on 37 per cent and Mr Fenwick on 25 per cent", after the
      // sentence that dates that poll to February.)
      const others = info.values.filter((x) => x !== v && x.kind !== 'name' && !(v.unit === 'points' && x.kind === 'date'));
      const about = scored.filter((s) => related.includes(s) || (others.length > 0 && s.c.features.topic >= FIGURES_TOPIC_MIN && others.every((x) => statesValue(s.c.sentence, x))));
      for (const s of about.slice(0, CONFLICT_CANDIDATES)) {
        // Not a table row: two of its columns are not two states of one thing ("Unemployment rate (%): 5.8" and
        // "Employment rate (%): 74.2").
        if (TABLE_ROW.test(s.c.sentence.text)) continue;
        // (Nor one that gives the claim's difference itself: "two points above the relegation places, with eleven
        // league matches remaining".)
        if (statesValue(s.c.sentence, v)) continue;
        const rival = differenceRival(v, s.c.sentence.values);
        if (!rival) continue;
        // (Nor one part of a total the claim makes by adding another: "Together with the rent increase, a sheltered
        // tenant will pay £10.91 a week more" / "£8.30 a week more … on top of the rent increase".)
        if (ADDED_TO.test(info.text) && v.value! > rival.difference) continue;
        const [first, second] = rival.a.span.start < rival.b.span.start ? [rival.a, rival.b] : [rival.b, rival.a];
        conflicting = s;
        conflicts = [
          {
            claim: v.text,
            source: `${first.text} and ${second.text} (a difference of ${formatDifference(v, rival.difference)})`,
            kind: v.kind,
            replacement: formatDifference(v, rival.difference),
            claimSpan: draftSpan(claim, v.span),
            sourceSpan: { start: first.span.start, end: second.span.end },
          },
        ];
        break;
      }
      if (conflicting) break;
    }
  }

  // A change between two years that a table's row gives the other way ("formal complaints about damp and mould rose
  // between 2022/23 and 2023/24" / "Formal complaints about damp and mould | 2022/23: 231 | 2023/24: 181 | …").
  if (!conflicting) {
    // (Not when a sentence other than a row gives two of the claim's figures with a move of its own, which the rules below
    // read in its words: "It recorded 168,000 visits in 2024/25, up from 151,000 in 2023/24" gives "up from 151,000",
    // not the row's two cells.)
    const figures = info.values.filter((v) => isNumeric(v) && v.kind !== 'year' && v.kind !== 'date');
    const told = scored.some((s) => !ROW_OF_CELLS.test(s.c.sentence.text) && s.c.sentence.directions.length > 0 && figures.filter((v) => statesValue(s.c.sentence, v)).length >= 2);
    const found = told ? undefined : (rowMoveBetweenYears(claim, info, tableRows) ?? rowMoveAgainstFigures(claim, info, tableRows) ?? monthRowMoveAgainst(claim, info, tableRows));
    if (found) {
      conflicting = scored.find((s) => s.c === found.candidate);
      conflicts = [found.conflict];
    }
  }

  // The element account of the best evidence, and the calibrated decision.
  const candidates: AccountCandidate[] = scored.map((s) => ({
    sentence: s.c.sentence,
    context: s.c.context,
    features: s.c.features,
    documentId: s.c.hit.document.id,
    score: s.score,
    rank: s.rank,
    get antecedent() {
      return s.c.antecedent;
    },
  }));
  // A count of things stated only by a passage of another source that shares next to nothing with the claim is not
  // the claim's: a bare number there stands for anything ("missed two penalties" / "six shots, with two on target"
  // in another report); one of the best evidence's sources may give it anywhere (support may come from two
  // passages of one source).
  // (There, with the thing counted in the passage or beside it: "two on target" in the report whose other passages
  // tell of Asante's goals counts no penalties.)
  const bestDocuments = new Set(scored.slice(0, CONFLICT_CANDIDATES).map((s) => s.c.hit.document.id));
  const isCount = (i: number) => info.values[i].kind === 'quantity' && countUnit(info.values[i].unit);
  const counts = (s: (typeof scored)[number], i: number) => {
    if (s.c.features.topic >= STATED_TOPIC_MIN) return true;
    const term = processTerm(info.values[i].unit!);
    return bestDocuments.has(s.c.hit.document.id) && !!term && (s.c.sentence.terms.has(term) || s.c.context.some((t) => t.terms.has(term)));
  };
  // (Or a period a passage works out from its two dates, with the claim's other figure: "20 months later than planned"
  // / "October 2024 | … | June 2026".)
  // (Or a majority worked out from the claim's figure and another's: "with 1,602 votes, a majority of 731" / "871".)
  const statedBySome = (i: number) => (statedAnywhere(i) && (!isCount(i) || scored.some((s) => s.c.states[i] && counts(s, i)))) || periodBetweenDates(i) || marginOver(i);
  const account = accountFor(info, candidates, (i) => stated[i] || statedBySome(i));
  const chosen = scored[account.best];
  const features = decisionFeatures(info, account, candidates[account.best], Math.max(...scored.map((s) => s.score)));
  const probability = supportProbability(features);

  // A figure of the claim that the passages give only in other roles, where a sentence of the best evidence's window
  // gives another figure in the very role of the claim's ("… from 84 applications, with ten applications still being
  // assessed" / "We've had 84 applications … Thirteen applications are still being assessed.", beside "So ten have
  // been turned down.").
  // (Bounded: a claim of a few figures, read against sentences of a few figures each; a string of numbers is no claim
  // to weigh figure by figure.)
  if (!conflicting && info.values.length <= ROLE_FIGURES_MAX) {
    const window = [chosen.c.sentence, ...chosen.c.context].filter((t) => t.values.length <= ROLE_FIGURES_MAX * 4);
    const everywhere = scored.flatMap((o) => [o.c.sentence, ...o.c.context]).filter((t) => t.values.length <= ROLE_FIGURES_MAX * 4);
    for (const v of info.values) {
      if (!isNumeric(v) || v.kind === 'date' || v.value === undefined) continue;
      // (Only a figure some passage gives: one no passage gives is unsupported, whatever its rivals: "A 17-year-old
      // boy has been stabbed" / "A 16-year-old boy was also stabbed".)
      const givers = everywhere.filter((t) => statesValue(t, v));
      if (!givers.length) continue;
      // (Nor a length of time between the claim's time of day and one the passages give: "set off at 8.50am, ten
      // minutes before the first of three waves" / "Wheelchair race: 08:50", "Wave 1: 09:00".)
      if (betweenClockTimes(info, v, everywhere)) continue;
      // How like the claim's the roles it is given in are; a table's row gives its figures' roles in its labels, and
      // is no other role ("Total | 106,860 | 134,063" for "Between January and April, the zoo welcomed 134,063").
      // (A passage that gives it by a count of what it lists, a sum or a difference has no role to compare: "Routes 7,
      // 12 and 34" for "Three routes".)
      let stated = 0;
      for (const t of givers) {
        const agreeing = t.values.filter((x) => valueAgrees(v, x));
        if (!agreeing.length || TABLE_ROW.test(t.text)) stated = 1;
        for (const x of agreeing) stated = Math.max(stated, roleSimilarity(v, x));
      }
      if (stated >= ROLE_RIVAL_STATED_MIN) continue;
      // (Nor when the best sentence gives it beside a word the claim's figure has beside it, on either side: "against a
      // target of 77 per cent" / "was 71.2%, below the 77% target", not the "target of 96%" of the sentence after.)
      const cues = figureCues(info, v);
      if (chosen.c.sentence.values.some((x) => valueAgrees(v, x) && nearTerms(chosen.c.sentence, x.span).some((t) => cues.has(t)))) continue;
      // (Nor when a passage gives it as the claim does, the start of a range with the claim's end: "from 8am to 1pm on
      // Sundays" / "8am to 1pm on Sunday", beside the post office counter's "9am to 12.30pm".)
      const end = info.values.find((w) => w.span.start > v.span.end && /^\s*(?:to|-|–|until)\s*$/.test(info.text.slice(v.span.end, w.span.start)));
      if (end && givers.some((t) => t.values.some((x, k) => valueAgrees(v, x) && t.values.slice(k + 1).some((y) => valueAgrees(end, y) && /^\s*(?:to|-|–|until)\s*$/.test(t.text.slice(x.span.end, y.span.start)))))) continue;
      // (Nor when a passage gives it with a name of the figure's clause: "470 roles will be lost at the Redditch plant"
      // for "Harwell Brakes will cut 470 jobs at Redditch", whatever "the company proposes to cut 640 jobs" says.)
      const clauseNames = info.values.filter((n) => n.kind === 'name' && !/[,;:()]/.test(info.text.slice(Math.min(n.span.end, v.span.end), Math.max(n.span.start, v.span.start))));
      if (givers.some((t) => clauseNames.some((n) => statesValue(t, n)))) continue;
      // The rival: in the very role of the claim's, or, where the figure is given only in roles far from the claim's,
      // in a like one ("adding nine weeks to the schedule" / "… 14 of its 22 arch spandrels. This added 11 weeks.",
      // beside "Delivery of overhead line equipment … was delayed by nine weeks").
      const min = stated <= STATED_ELSEWHERE_MAX ? WINDOW_RIVAL_MIN : ROLE_RIVAL_MIN;
      // (The other end of the claim's move, "from 142 to 118", where a passage gives it: a sentence without it tells of
      // another move, "the number of response officers in the two urban districts fell from 311 to 304".)
      const partner = otherEndOfMove(info, v);
      const partnerGiven = !!partner && everywhere.some((t) => statesValue(t, partner));
      let rival: { t: TextInfo; x: TypedValue } | undefined;
      for (const t of window) {
        // (Not a sentence that gives the claim's figure too, nor a figure that is another of the claim's: "a general
        // increase of 2.99 per cent and a 2 per cent precept".)
        if (statesValue(t, v)) continue;
        if (partnerGiven && !statesValue(t, partner!)) continue;
        // (Nor a bound the figure lies just inside: "expected to take 22 months" / "just under two years".)
        const x = t.values.find((x) => isNumeric(x) && group(x) === group(v) && !valueAgrees(v, x) && !(x.bound && !valueDiffers(v, x)) && x.value !== v.value && !info.values.some((o) => o !== v && valueAgrees(o, x)) && !countsOtherThings(info.text, v, t.text, x) && roleSimilarity(v, x) >= min);
        if (x) rival = { t, x };
        if (rival) break;
      }
      if (!rival) continue;
      const own = scored.find((o) => o.c.sentence === rival.t);
      conflicting = own ?? chosen;
      conflicts = [{ claim: v.text, source: rival.x.text, kind: 'number', claimSpan: draftSpan(claim, v.span), ...(own ? { sourceSpan: { ...rival.x.span } } : {}) }];
      break;
    }
  }

  // Polarity: the claim denies what a nearly identical source sentence states, or the other way round.
  // A claim with one more denial than its source ("Nobody … could not picture" / "Nobody … could picture") when
  // both deny something.
  // ("No longer" denies too, here: "she no longer answers" says what "I do not answer" says.)
  const claimNegations = negationCount(info.text) + (NO_LONGER.test(info.text) ? 1 : 0);
  const sourceNegations = negationCount(chosen.c.sentence.text);
  // Who says the sentence, or whom its opening pronoun stands for: their words count as the sentence's where a rule
  // asks whether it says nearly all of the claim's.
  const who = () => chosen.c.speaker ?? chosen.c.antecedent;
  // As many denials on each side, but of different things: "none of her victims had died" against "several of your
  // victims have since died without knowing what you had done" (the source denies the knowing, not the dying).
  let claimDenies = claimNegations > sourceNegations;
  let unbalanced = false;
  if (!conflicting && !account.negationMismatch && claimNegations > 0 && lemmaCoverage(info, chosen.c.sentence, who()) >= NEGATION_MIN) {
    // Only a claim's denial against a source whose denials are about other things altogether: two denials worded
    // apart ("have no fans present" / "will be without fans") may deny one thing.
    unbalanced = negationBearsOn(info, chosen.c.sentence) && deniesNothingOf(chosen.c.sentence, info);
    claimDenies = true;
  }
  const negatedSide = claimDenies ? info : chosen.c.sentence;
  const otherSide = negatedSide === info ? chosen.c.sentence : info;
  // A denial another passage about the same thing makes too stands: "has no active stem cells" against "was
  // recently reported to contain active … stem cells" when the next sentence says "we observed no active stem cells".
  const deniedToo = () =>
    claimDenies &&
    scored.some((s) => s !== chosen && s.c.features.topic >= thresholds.contradiction && deniesAlike(info, s.c.sentence));
  // (Not a denial of now against a claim of what will be: "The radar is not switched on yet" / "the radar will be
  // switched on in about three weeks".)
  const notYet = !claimDenies && NOT_YET.test(chosen.c.sentence.text) && FUTURE.test(info.text);
  // (Or the other way round: "The authority has not yet decided whether to prosecute" / "a decision on further action,
  // including prosecution, will be taken separately".)
  // (The verb the claim has not yet seen done must be the sentence's, as a noun of it will do, "decided" / "a decision":
  // not "are not yet able to prescribe" / "doctors can already prescribe losartan, so some will start using it".)
  const yetVerb = /\bnot\s+yet\s+(\p{L}{4,})/iu.exec(info.text)?.[1].toLowerCase();
  const yetToCome = claimDenies && negationCount(info.text) === 1 && !!yetVerb && negationCount(chosen.c.sentence.text) === 0 && FUTURE.test(chosen.c.sentence.text) && new RegExp(String.raw`\b${escapeRegExp(yetVerb.slice(0, 4))}`, 'i').test(chosen.c.sentence.text);
  // (Nor a claim's "without" a thing against the sentence's thing removed or closed: "even without livestock" / "even
  // if the livestock sections were dropped"; "had been without a post office since Friday 31 May" / "its post office
  // counter will close when …".)
  const removedThere = () => {
    if (!claimDenies || negationCount(info.text) !== 1) return false;
    const thing = /\bwithout\s+(?:the\s+|any\s+|its\s+|their\s+|an?\s+)?([\p{L}-]+)/iu.exec(info.text)?.[1];
    const term = thing && processTerm(thing);
    if (!term) return false;
    const sentence = chosen.c.sentence.text;
    return [...sentence.matchAll(/[\p{L}-]+/gu)].some((m) => processTerm(m[0]) === term && REMOVED_NEAR.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 40)));
  };
  // (Nor more of a thing than could be done with it, which says some was not: "those that did not sell have gone to
  // the hospice shops" / "about 14,000 books in all, far more than we could sell, and the rest have gone to …".)
  const beyondWhatCould = () => {
    if (!claimDenies) return false;
    const verb = /\bmore\s+than\s+(?:we|they|it|he|she|you|I|anyone|anybody)\s+(?:could|can|were\s+able\s+to|was\s+able\s+to)\s+(\p{L}+)/iu.exec(chosen.c.sentence.text)?.[1];
    const term = verb ? processTerm(verb) : null;
    return !!term && deniedWords(info).includes(lemma(term));
  };
  // (Nor a table's row of answers both ways, which a claim's "said they did not" reports: "while 61 per cent said they
  // did not" / "Do you trust the board's account …? | Yes: 18% | No: 61%".)
  const answeredBothWays = () => claimDenies && TABLE_ROW.test(chosen.c.sentence.text) && /\|\s*No\s*:/i.test(chosen.c.sentence.text) && /\|\s*Yes\s*:/i.test(chosen.c.sentence.text);
  // (Nor a claim whose every denial the sentence and its neighbours make, one of them in a neighbour: "needed no new
  // wayleaves, not because of its size" / "required no new wayleaves. It was not because of its size.")
  // (Or says "did not have a" where the claim says "had no": "The building had no sprinkler system, which … was not a
  // legal requirement" / "The garage did not have a sprinkler system. A sprinkler system is not a legal requirement".)
  const hadNone = (window: string) => {
    const had = [...info.text.matchAll(/\b(?:had|has|have)\s+no\s+(\p{L}{3,})/giu)].map((m) => m[1]);
    return had.length > 0 && had.every((w) => new RegExp(String.raw`\b(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|don['’]t)\s+have\s+(?:a|an|any)\s+${escapeRegExp(w)}\b`, 'iu').test(window)) && negationCount(window) >= claimNegations;
  };
  const deniedInWindow = () => {
    if (!claimDenies || !chosen.c.context.some((t) => negationCount(t.text) > 0)) return false;
    const window = [chosen.c.sentence, ...chosen.c.context].map((t) => t.text).join(' ');
    return deniesAlike(info, analyzeText(window, false)) || hadNone(window);
  };
  // (Nor a thing done privately against the same not done by a public body: "Because the land is privately owned" /
  // "As the land is not owned by the council".)
  const privatelyDone = () => {
    const done = /\bprivately[\s-]+(\p{L}+)/iu.exec(info.text)?.[1];
    const denied = /\bnot\s+(\p{L}+)\s+by\s+(?:the\s+|a\s+)?(?:council|state|government|public|local\s+authority|authority|crown)\b/iu.exec(chosen.c.sentence.text)?.[1];
    return !!done && !!denied && done.toLowerCase() === denied.toLowerCase();
  };
  // (Nor a sentence whose only denials put a thing in place of another, which the claim sets against it: "Its
  // three-deck gas oven can bake 90 loaves at a time, compared with 60 in the old electric oven" / "The new oven is
  // gas instead of the old electric one, …, so we can do 90 loaves in a bake instead of 60".)
  // (Or the other way round: "would only be provided to a pupil's nearest suitable school …, rather than to their
  // catchment school" / "provided only to the nearest suitable school, …, replacing the current … entitlement to
  // transport to the catchment school".)
  const insteadContrasted = (t: TextInfo = chosen.c.sentence) =>
    (!claimDenies &&
      /\b(?:rather\s+than|instead\s+of)\b/i.test(t.text) &&
      negationCount(t.text.replace(/\b(?:rather\s+than|instead\s+of)\b/gi, ' ')) === 0 &&
      /\b(?:compared\s+(?:with|to)|than|in\s+place\s+of|replac(?:e|es|ed|ing)|old|previous|former)\b/i.test(info.text)) ||
    (/\b(?:rather\s+than|instead\s+of)\b/i.test(info.text) &&
      negationCount(info.text.replace(/\b(?:rather\s+than|instead\s+of)\b/gi, ' ')) === 0 &&
      negationCount(t.text) === 0 &&
      /\b(?:in\s+place\s+of|replac(?:e|es|ed|ing)|instead\s+of|rather\s+than)\b/i.test(t.text));
  // (Nor a denial of a prevention, which affirms: "No student currently enrolled will be prevented from completing
  // their degree" / "all current students will be able to complete their degrees".)
  const deniedPrevention = claimNegations === 0 && deniesPrevention(chosen.c.sentence.text);
  // (Nor "without" a thing, the claim's only denial, for the sentence's "excluding" it: "Without that payment, the
  // governors say, the cost per pupil would be about £7,270" / "Excluding that payment, our cost per pupil would be
  // approximately £7,270".)
  const notLightly = claimNegations === 0 && onlyDenialIs(chosen.c.sentence.text, NOT_LIGHTLY);
  // (Nor "without" a thing, the sentence's only denial, for the claim's word of its absence: "once their supply has
  // been off for more than 12 hours" / "each further full 24-hour period without supply".)
  const withoutForAbsence = claimNegations === 0 && onlyDenialIs(chosen.c.sentence.text, /\bwithout\b/i) && ABSENT_WORDS.test(info.text);
  const withoutForExcluding = /\bwithout\b/i.test(info.text) && negationCount(info.text.replace(/\bwithout\b/gi, ' ')) === 0 && negationCount(chosen.c.sentence.text) === 0 && EXCLUDING.test(chosen.c.sentence.text);
  // (Nor the speaker's contrast of another with themself, which says whose it is: "dividends were a matter for the
  // board" / "That's a decision for the board, not for me".)
  const notForMe = claimNegations === 0 && onlyDenialIs(chosen.c.sentence.text, NOT_FOR_ME) && !speakerAsObject(info, chosen.c.speaker);
  if (!conflicting && !notYet && !yetToCome && !deniedPrevention && !withoutForExcluding && !withoutForAbsence && !notLightly && !notForMe && !notSinceLast(info.text, chosen.c.sentence.text) && (account.negationMismatch || unbalanced) && !insteadContrasted() && negationCoverage(info, chosen.c.sentence, who(), claimDenies) >= NEGATION_MIN && negationBearsOn(negatedSide, otherSide) && !deniedToo() && !removedThere() && !beyondWhatCould() && !answeredBothWays() && !privatelyDone() && !deniedInWindow()) {
    const sentence = chosen.c.sentence.text;
    const inSource = !claimDenies ? negationPhrase(sentence, info.text) : undefined;
    const inClaim = claimDenies ? negationPhrase(info.text, sentence) : undefined;
    // The sentence's words for the claim's denied ones ("could not be absorbed without" / "can be absorbed without").
    const said = inClaim ? affirmedPhrase(sentence, inClaim.text) : undefined;
    const shown = inSource ?? said;
    // (Not when the claim denies what the sentence denies, each denial of a word the claim has outside a name: "said
    // the drainage had not been adopted by Wendle Water" / "The drainage isn't adopted, so it's not Wendle Water's yet,
    // and it's not the council's" (the claim's "council" is of "Wealdon District Council's member"); not "saying he
    // had no family and visited him in prison" / "… he had no family and nobody visited him in prison".)
    const ownDenials = () => {
      if (claimDenies || claimNegations === 0) return false;
      const denied = new Set(deniedClauseTerms(info));
      // (A denial reaches the verbs its "or" joins: "had not explained the delay … at the time or offered her a
      // dehumidifier" / "did not explain the delay … and did not offer her a dehumidifier".)
      for (const m of info.text.matchAll(/\b(?:not|never)\b([^.;:]{0,100})/gi)) {
        for (const o of m[1].matchAll(/\bor\s+(\p{L}+)/gu)) {
          const t = processTerm(o[1]);
          if (t) denied.add(lemma(t));
        }
      }
      const outsideNames = new Set(info.tokens.filter((k) => !!k.term && !info.values.some((v) => v.kind === 'name' && k.start >= v.span.start && k.start < v.span.end)).map((k) => lemma(k.term!)));
      const theirs = deniedWords(chosen.c.sentence);
      // (The very word denied once at least: "did not rule out lending money" denies no lending, against "will not
      // lend money".)
      const first = deniedWords(info);
      return theirs.length > 0 && theirs.some((w) => first.includes(w)) && theirs.every((w) => denied.has(w) || !outsideNames.has(w));
    };
    if (!ownDenials()) {
      conflicting = chosen;
      conflicts = [
        {
          claim: inClaim?.text ?? info.text.trim(),
          source: shown?.text ?? sentence.trim(),
          kind: 'negation',
          claimSpan: inClaim ? draftSpan(claim, inClaim.span) : undefined,
          sourceSpan: shown ? { ...shown.span } : undefined,
        },
      ];
    }
  }

  // A claim that affirms what an interview's yes-or-no question asked, where the answer opens by denying it: "Mr
  // Estcourt said he had been aware of 17 complaints" / "MR PIKE: Were you aware of the seventeen complaints from the
  // public?" / "MR ESTCOURT: I was not, and nor was the road safety team."
  if (!conflicting && claimNegations === 0) {
    for (const s of [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)]) {
      const q = s.c.question;
      if (!q || !YES_NO_QUESTION.test(q.text)) continue;
      const asked = analyzeText(q.text.replace(/^[^:\n]{0,40}:\s*/, ''), false);
      const terms = [...asked.terms];
      if (terms.length < 2 || terms.filter((t) => info.terms.has(t)).length < terms.length * 0.75) continue;
      const answer = [s.c.sentence, ...s.c.context].find((t) => t !== q && DENYING_ANSWER.test(t.text));
      if (!answer) continue;
      const denial = DENYING_ANSWER.exec(answer.text)!;
      const own = scored.find((x) => x.c.sentence === answer);
      conflicting = own ?? s;
      conflicts = [{ claim: info.text.trim(), source: `${q.text.replace(/^[^:\n]{0,40}:\s*/, '').trim()} ${denial[0].trim()}`, kind: 'negation', ...(own ? { sourceSpan: { start: denial.index, end: denial.index + denial[0].length } } : {}) }];
      break;
    }
  }

  // A claim's denial against the neighbour of the best evidence that says the rest of it, when the best sentence itself
  // says little of the claim ("At the end of February, seven of the nine new stops were still not structurally
  // complete" / "… The first test tram ran on the extension on Tuesday 4 February 2025", after "… and seven of the nine
  // stops were structurally complete").
  if (!conflicting && claimNegations > 0 && lemmaCoverage(info, chosen.c.sentence, who()) < BEST_SAYS_LITTLE) {
    for (const t of chosen.c.context) {
      if (negationCount(t.text) >= claimNegations || negationCoverage(info, t, undefined, true) < NEIGHBOUR_NEGATION_MIN || !negationBearsOn(info, t) || !deniesNothingOf(t, info) || notSinceLast(info.text, t.text)) continue;
      if (scored.some((s) => s.c.features.topic >= thresholds.contradiction && deniesAlike(info, s.c.sentence))) break;
      const inClaim = negationPhrase(info.text, t.text);
      const said = inClaim ? affirmedPhrase(t.text, inClaim.text) : undefined;
      const own = scored.find((x) => x.c.sentence === t);
      conflicting = own ?? chosen;
      conflicts = [
        {
          claim: inClaim?.text ?? info.text.trim(),
          source: said?.text ?? t.text.trim(),
          kind: 'negation',
          claimSpan: inClaim ? draftSpan(claim, inClaim.span) : undefined,
          sourceSpan: own && said ? { ...said.span } : undefined,
        },
      ];
      break;
    }
  }

  // A word of the claim that the evidence has only where it denies it: "Councillor Hale's motion … was seconded by
  // Councillor Wren" against "Councillor Hale proposed refusal … The motion was not seconded."; "Highways officers
  // objected to the plans" against "Highways officers had raised no objection". Not for a claim that quotes the
  // evidence word for word: its other words say who said it ("Council leader Sunita Bhatt told councillors: “This
  // budget keeps every children's centre open …”" is no claim that a council exists, against "choices no council
  // should have to make").
  if (!conflicting && claimNegations === 0 && !quotesVerbatim(info.text, [chosen.c.sentence, ...chosen.c.context].map((t) => t.text).join(' '))) {
    // (The paired passage only where the best sentence says little of the claim without it: not "This penalty should
    // leave no supplier in any doubt …" for "The supplier moved its accounts on to a new billing system …" beside
    // "Brightwater moved all of its customer accounts on to a new billing platform …".)
    const paired = account.pair !== undefined && lemmaCoverage(info, chosen.c.sentence, who()) < NEGATION_MIN ? scored[account.pair] : undefined;
    const texts = [chosen.c.sentence, ...chosen.c.context, ...(paired ? [paired.c.sentence] : [])];
    const lemmas = (t: TextInfo) => new Set([...t.terms].map(lemma));
    // A text says a word unless it has it only where it denies it, or right before "no" ("We have found no evidence
    // of …" beside "We did not find any outage").
    const affirms = (o: TextInfo, l: string) => o.tokens.some((k) => !!k.term && lemma(k.term) === l && !/^\s+(?:no|none|nothing)\b/i.test(o.text.slice(k.end, k.end + 9))) && !onlyDenied(o).includes(l);
    const claimWords = new Set([...info.terms].filter((t) => !info.valueTerms.has(t)).map(lemma));
    // A text that affirms the word for the rest leaves the claim's named part denied: "He accepted 35 of the report's
    // 38 recommendations in full, including the call to introduce evening association on all wings" against "We
    // accept 35 … in full" and "We do not accept the recommendation that evening association be introduced on all
    // wings". The words after the claim's "including" are those after the denied word (two at least), and the
    // affirming text has none of them.
    const included = INCLUDING.exec(info.text);
    const part = included ? lemmas(analyzeText(info.text.slice(included.index), false)) : undefined;
    const excepted = (t: TextInfo, o: TextInfo, l: string) => {
      if (!part) return false;
      const at = t.tokens.find((k) => !!k.term && lemma(k.term) === l);
      if (!at) return false;
      const after = lemmas(analyzeText(t.text.slice(at.end), false));
      const shared = [...part].filter((x) => after.has(x));
      const theirs = lemmas(o);
      return shared.length >= 2 && shared.every((x) => !theirs.has(x));
    };
    // A word of an event denied by a word of the same kind ("Two children have died" / "There have been no deaths").
    const kinds = new Map<number, string>();
    for (const l of claimWords) {
      const kind = eventKindOfLemma(l);
      if (kind !== undefined && !kinds.has(kind)) kinds.set(kind, l);
    }
    const ofClaim = (l: string) => (claimWords.has(l) ? l : kinds.get(eventKindOfLemma(l) ?? -1));
    for (const t of texts) {
      if (!negationCount(t.text) || (NOT_YET.test(t.text) && FUTURE.test(info.text))) continue;
      // (Nor a warning of what happens unless something is done, which says what would be: "Unless the village acts,
      // Little Haverstoke's 1,140 residents will be left without a shop or a post office" denies no village, and no
      // post office the village kept.)
      if (/^\s*unless\b/i.test(t.text)) continue;
      // (Nor a question, which asserts nothing: "Isn't that the club's responsibility?" of an interviewer.)
      if (/\?["”’']?\s*$/.test(t.text) && !isQuestion(info.text)) continue;
      // (Not a figure after "not": "records are missing for 3 days, not 12" corrects the figure, which the figures'
      // rules compare, and denies no event.)
      const denied = onlyDenied(t)
        .filter((l) => !/^\d/.test(l))
        .map((l) => ({ l, mine: ofClaim(l) }))
        .find(({ l, mine }) => mine !== undefined && texts.every((o) => o === t || (!affirms(o, l) && !affirms(o, mine)) || excepted(t, o, l)));
      let word = denied?.mine;
      // The denied word is the event itself ("no deaths"), of the claim's kind: the denial bears on the claim.
      const ofKind = denied !== undefined && denied.l !== denied.mine;
      // Or a neighbour that denies what the claim says gives the claim's words no other text of the evidence has
      // ("47 patients waited more than 12 hours at St Anne's" against "47 patients waited … at Westbridge General.
      // No patients waited more than 12 hours at St Anne's."): the claim's denied word is the one to show.
      if (!word && t !== chosen.c.sentence && chosen.c.context.includes(t) && !negationCount(chosen.c.sentence.text)) {
        const own = lemmas(t);
        const window = [chosen.c.sentence, ...chosen.c.context];
        const given = [...claimWords].filter((l) => own.has(l) && window.every((o) => o === t || !lemmas(o).has(l)));
        if (given.length) {
          const all = new Set([...info.terms].map(lemma));
          // (Not the word of a contrast, "A, not a B", that another text of the window affirms: "Market Square should
          // be a place people want to spend time, not a car park" beside "… spaces at the Cattle Market car park".)
          const contrast = /,\s+not\s+(?:an?|the)\s+/i.test(t.text);
          // (Not a word the neighbour affirms right after a figure of the claim's: "58 per cent opposed the change, … and
          // 11 per cent neither supported nor opposed it".)
          const afterFigure = (l: string) => t.values.some((x) => isNumeric(x) && claimFigures.some((v) => valueAgrees(v, x)) && tokenize(t.text.slice(x.span.end, x.span.end + 24)).slice(0, 2).some((w) => lemma(processTerm(w) ?? '') === l));
          word = deniedWords(t).find((l) => all.has(l) && !/^\d/.test(l) && !(contrast && window.some((o) => o !== t && affirms(o, l))) && !afterFigure(l));
        }
      }
      if (!word || (!ofKind && !negationBearsOn(t, info) && !deniedOfSubject(info, t, word))) continue;
      // (Nor a "no" said to a thing, which opposes it and says it is there: "three in four staff who responded … said
      // no to the plans" denies no "Under the plans, the monthly permit … will go up".)
      if (negationCount(t.text) === 1 && SAID_NO_TO.test(t.text)) continue;
      // (Nor "who never would have before" of those now doing it, which says they do: "people are buying second-hand who
      // never would have before".)
      if (negationCount(t.text) === 1 && NEVER_BEFORE.test(t.text)) continue;
      // Nor a denial of a reason only, of words after it: "is in the High Court, and only on a point of law, not
      // because we disagree with her" denies no "Court".
      if (deniesReasonOnly(t.text, word)) continue;
      // Nor what something else is not, by a subject the claim lacks: "Patience is not a flood defence" says nothing
      // of "The flood defence scheme … will cost £26.9 million".
      if (deniedOfAnother(t, word, info)) continue;
      // Nor a denial in a sentence without the claim's figures, when another passage gives them all, and its names
      // (with its neighbours), with no denial, without the denied word and not beside the denial: "… covers around
      // 480,000 homes and businesses" / "Businesses that use a hosepipe as a direct part of their trade … are not
      // covered by the ban", beside "The ban … will apply to around 480,000 homes and businesses". (A passage with the
      // word affirmed is weighed above: "We accept 35 of the 38 recommendations" and "We do not accept the
      // recommendation that …".)
      const names = info.values.filter((w) => w.kind === 'name');
      const ofAnotherTime = (x: TextInfo) => x.values.some((y) => (y.kind === 'date' || (y.kind === 'quantity' && (y.unit === 'clock' || y.unit === 'clock12'))) && !info.values.some((v) => v.kind === y.kind && valueAgrees(v, y)));
      // (Only for a word in a clause of the claim's figures: not "… asking for £500,000 to cover wear on local roads,
      // and has already received a reply" / "We haven't had a reply yet.")
      const denial = info.tokens.find((k) => !!k.term && lemma(k.term) === word);
      const withFigures = !denial || claimFigures.some((v) => sameClause(info.text, v.span, denial));
      if (
        claimFigures.length > 0 &&
        withFigures &&
        !part &&
        !claimFigures.some((v) => statesValue(t, v)) &&
        scored.some(
          (o) =>
            o.c.sentence !== t &&
            // (Beside the denial too, when the denial is of another time: "said confirmation would be given as soon as
            // all the conditions were met" / "At 11:30 the author informed Brightyard that written confirmation …
            // could not be given. The author offered a further inspection at 08:00 on Friday 29 November and confirmed
            // that written confirmation would be issued as soon as all conditions were met".)
            (!o.c.context.includes(t) || ofAnotherTime(t)) &&
            !negationCount(o.c.sentence.text) &&
            !lemmas(o.c.sentence).has(word) &&
            claimFigures.every((v) => statesValue(o.c.sentence, v)) &&
            // (Its names too, unless beside the denial: "Mr Qadir offered" / "The author offered".)
            (o.c.context.includes(t) || names.every((w) => statesValue(o.c.sentence, w) || o.c.context.some((x) => statesValue(x, w)))),
        )
      )
        continue;
      // (Nor a verb with the other particle: "sensor mats were missing or switched off" / "either missing or not switched
      // on".)
      const particle = new RegExp(String.raw`\b(?:not|n['’]t|never)\s+(\p{L}+)\s+(on|off)\b`, 'iu').exec(t.text);
      if (particle && lemma(processTerm(particle[1]) ?? '') === word && new RegExp(String.raw`\b${escapeRegExp(particle[1])}\s+${particle[2].toLowerCase() === 'on' ? 'off' : 'on'}\b`, 'iu').test(info.text)) continue;
      // (Nor "no … after" a time for a claim that says the thing ends then: "Evening journeys on the 31 … will end at
      // 7pm" / "No journeys after 7pm".)
      if (NONE_AFTER.test(t.text) && ENDS_AT.test(info.text)) continue;
      // (Nor "not allowed to" against a claim that says it is banned: "spreading slurry … had been banned since the end
      // of February" / "We haven't been allowed to spread on the fields since the end of February".)
      if (NOT_ALLOWED.test(t.text) && PROHIBITED.test(info.text)) continue;
      // (Nor a choice made "rather than" the thing, against a claim of what it would have meant: "Bringing him back on
      // the lifeboat would have meant four hours of being thrown about" / "take him rather than bring him back on the
      // lifeboat".)
      if (/\bwould\s+have\b/i.test(info.text) && /\b(?:rather\s+than|instead\s+of)\b/i.test(t.text) && !/\b(?:rather\s+than|instead\s+of)\b/i.test(info.text)) continue;
      // (Nor a denial of another of the things the claim counts, by its ordinal: "found him not guilty on a fourth count
      // of fraud" beside "convicted … of three counts of fraud", for "found guilty … of three counts of fraud".)
      const cue = NEGATION_CUE.exec(t.text);
      if (cue && claimFigures.length > 0 && t.values.some((x) => x.kind === 'ordinal' && x.span.start > cue.index && x.span.start - cue.index <= 40 && !info.values.some((w) => w.kind === 'ordinal' && w.value === x.value))) continue;
      // (Nor a thing a choice is made "instead of" that a relative clause says is real: "instead of the bookable
      // minibus that the Committee approved" asks for another, and says the committee approved the minibus.)
      const preferred = PREFERRED_TO.exec(t.text);
      if (preferred && [...analyzeText(preferred[1], false).terms].some((x) => lemma(x) === word)) continue;
      // (Nor an answer's "none" whose noun is the question's: "Do you have any criticism of the company?" / "Of the crew,
      // none at all." denies criticism, not the crew.)
      if (ELLIPTICAL_NONE.test(t.text)) continue;
      if (insteadContrasted(t)) continue;
      if (claimNegations === 0 && deniesPrevention(t.text)) continue;
      // (Nor a denial of another grade, band or class than the claim's: "24.1 hectares … is Grade 3a land" / "No land
      // on the site is Grade 1 or Grade 2".)
      if (otherGradeDenied(info.text, t.text)) continue;
      // (Nor "not … since" what the claim calls the first or the last since: "It was the first change to staff parking
      // charges since April 2019" / "Staff parking charges have not been changed since April 2019".)
      if (notSinceLast(info.text, t.text)) continue;
      // (Nor a denial of an expectation, which the claim's "unlikely" says too: "the road is unlikely to reopen to
      // vehicles before October" / "we do not expect the road to reopen to vehicles before October 2024".)
      if (/\bunlikely\b/i.test(info.text) && /\b(?:not|n['’]t)\s+(?:\p{L}+\s+)?(?:expect|anticipate|think|believe|likely)/iu.test(t.text)) continue;
      const said = info.tokens.find((k) => k.term && lemma(k.term) === word);
      // (Nor a word the claim says is unlikely, which the denial says more firmly: "contracts were unlikely to be
      // awarded before autumn 2025" / "contracts won't be awarded before autumn 2025".)
      if (said && /\b(?:unlikely|not\s+expected|not\s+likely)\s+to\s+(?:be\s+|have\s+)?(?:[\p{L}'’-]+\s+)?$/iu.test(info.text.slice(Math.max(0, said.start - 40), said.start))) continue;
      // (Nor a word the claim says of another place than the one the sentence denies it of, the claim's place in the
      // sentence too: "forcing skippers to land their catches 23 miles along the coast at Polwenna" / "were unable to
      // land their catch at Brenhaven … and were forced to divert to Polwenna".)
      if (said && deniedAtAnotherPlace(info.text, said, t.text)) continue;
      // (Nor of another thing of its kind: "apply to the blue-lidded bins" / "will not apply to communal bins serving
      // flats"; nor on another occasion: "will first have it emptied" / "The second time, the bin will not be
      // emptied".)
      if (said && deniedOfOtherThing(info.text, said, t.text)) continue;
      if (claimNegations === 0 && deniedOnOtherOccasion(info.text, t.text)) continue;
      // (Nor a word the sentence affirms after "but", the denial of its time or manner only: "promising residents an
      // answer in writing" / "I can't promise you the answer tonight, but I can promise you that you'll get one in
      // writing".)
      const afterBut = /,?\s+but\s+([^.;:!?]+)/i.exec(t.text)?.[1];
      if (afterBut && negationCount(afterBut) === 0 && negationCount(t.text.slice(0, t.text.indexOf(afterBut))) > 0 && tokenize(afterBut).some((w) => lemma(processTerm(w) ?? '') === word)) continue;
      // (Nor a thing the claim calls another, which the denial is not of: "can choose to register with another
      // practice" / "No practice was willing to take it on".)
      if (said && /\b(?:another|a\s+different)\s+$/i.test(info.text.slice(Math.max(0, said.start - 12), said.start)) && !new RegExp(String.raw`\b(?:other|another|different)\s+${escapeRegExp(info.text.slice(said.start, said.end))}`, 'i').test(t.text)) continue;
      // A claim that puts the word after "before" or "until" does not say it happened ("went ahead before testing was
      // complete" / "testing had not been completed").
      if (said && PENDING_CLAUSE.test(info.text.slice(Math.max(0, said.start - 48), said.start))) continue;
      // Nor a word the claim puts after a call or a demand for it, which says nothing happened ("A petition calling for
      // the parking to be restored" / "the council's decision not to restore any of the parking").
      if (said && DEMANDED.test(info.text.slice(Math.max(0, said.start - 48), said.start))) continue;
      // Nor a word the claim denies too, with the time the denial holds until, which its count of denials leaves out
      // ("should not be considered for reopening until movement … has stayed below 1mm a day" / "should not be
      // considered for reopening, and no plant should be placed on the carriageway, until …").
      if (said && /\b(?:not|never)\s+(?:[\p{L}'’]+\s+){0,2}$/iu.test(info.text.slice(Math.max(0, said.start - 40), said.start)) && UNTIL_AFTER.test(info.text.slice(said.end))) continue;
      // Nor a word the claim gives after a noun of want, which denies it as the source does ("the lack of homes to
      // rent" / "there's almost nothing to rent").
      if (said && WANT_OF.test(info.text.slice(Math.max(0, said.start - 48), said.start))) continue;
      // Nor one it gives after a verb of avoiding, which denies it as the source does ("used paper plates to avoid washing
      // up" / "we used paper plates … so we didn't have to wash up").
      if (said && AVOIDED_BEFORE.test(info.text.slice(Math.max(0, said.start - 24), said.start))) continue;
      // Nor one it says someone ruled out or refused, which denies it as the source does ("ruled out routinely sending
      // large numbers of patients" / "we won't be sending large numbers").
      if (said && RULED_OUT_BEFORE.test(info.text.slice(Math.max(0, said.start - 40), said.start))) continue;
      // Nor a noun the claim makes the subject for the sentence's verb of it: "hourly pay had risen" / "writing to
      // them, not paying them".
      if (said && /\b(?:the|their|his|her|its|our|hourly|weekly|monthly|annual|basic|average|starting)\s+$/i.test(info.text.slice(Math.max(0, said.start - 12), said.start)) && /^\s+(?:had|has|have|was|were|is|are|will|would|rose|risen|fell|fallen|went)\b/i.test(info.text.slice(said.end, said.end + 10)) && new RegExp(String.raw`\b(?:not|n['’]t|never)\s+${escapeRegExp(info.text.slice(said.start, said.end))}\p{L}*ing\b`, 'iu').test(t.text)) continue;
      // Nor one it gives after a verb of ending or banning ("must end all outdoor music" / "said no outdoor music at all").
      if (said && ENDED_BEFORE.test(info.text.slice(Math.max(0, said.start - 48), said.start))) continue;
      if (said && /ing$/i.test(info.text.slice(said.start, said.end)) && BAN_ON_BEFORE.test(info.text.slice(Math.max(0, said.start - 48), said.start))) continue;
      // Nor one the claim says someone was urged not to do, which the instruction denies as the source's does: "urging
      // other clubs not to wait for their broker" / "Don't wait for your broker to chase you".
      if (said && URGED_NOT_TO.test(info.text.slice(Math.max(0, said.start - 60), said.start))) continue;
      // (Or the subject of such a verb in the passive: "Amplified music has been banned from the garden" / "No amplified
      // music shall be played in the beer garden".)
      if (said && ENDED_AFTER.test(info.text.slice(said.end, said.end + 48))) continue;
      // Nor "for good", for ever, which is no word of worth: "will shut its Market Street office for good" / "Neither is
      // good for the high street".
      if (said && /^good$/i.test(info.text.slice(said.start, said.end)) && /\bfor\s+$/i.test(info.text.slice(Math.max(0, said.start - 6), said.start))) continue;
      // Nor one it gives after "too … to", which denies it too ("had left too little room in Market Square to keep
      // crowds safe" / "we would not be able to keep people safe").
      if (said && /\btoo\s+\p{L}+\s+(?:[\p{L}'’-]+\s+){0,6}?to\s+$/iu.test(info.text.slice(Math.max(0, said.start - 80), said.start))) continue;
      // Nor one it gives as a use or a habit, which says nothing of now ("the 38 lamp columns used to carry the motifs" /
      // "Fourteen columns had failed and could not carry motifs this year").
      if (said && /\bused\s+to\s+$/i.test(info.text.slice(Math.max(0, said.start - 12), said.start))) continue;
      // Nor the word of a bid the claim says failed, which denies it too ("after a bid to send the decision back …
      // failed" / "voted by five votes to four not to send the decision back").
      if (said && FAILED_BID.before.test(info.text.slice(Math.max(0, said.start - 48), said.start)) && FAILED_BID.after.test(info.text.slice(said.end, said.end + 100))) continue;
      // Nor a verb of a clause of result ("…, leaving it with 212 branches", "…, bringing the total to 40"), whose verb
      // only carries the figure (not "will not leave any community").
      if (said && RESULT_CLAUSE.test(info.text.slice(Math.max(0, said.start - 2), said.end))) continue;
      // (Nor a word of a name inside the claim, which no "nothing for" denies: "Fenny Lane is 5.2 metres wide" / "it
      // does nothing for Fenny Lane".)
      if (said && said.start > 0 && /^\p{Lu}\p{Ll}/u.test(info.text.slice(said.start, said.end)) && new RegExp(String.raw`\bnothing\s+(?:for|to|about|on)\s+(?:the\s+)?${escapeRegExp(info.text.slice(said.start, said.end))}\b`, 'i').test(t.text)) continue;
      // (Or any light verb that only carries the figure after it: "That leaves a gap of £171,823" / "We are not going to
      // leave the trust to carry this on its own".)
      // (A figure in words too: "Inspectors made two unannounced visits" / "a referral to a dietitian had not been made".)
      if (said && LIGHT_VERBS.has(info.text.slice(said.start, said.end).toLowerCase()) && (/^\s+(?:[\p{L}'’-]+\s+){0,4}?[£$€]?\d/u.test(info.text.slice(said.end, said.end + 50)) || claimFigures.some((v) => v.span.start >= said.end && /^\s+(?:[\p{L}'’-]+\s+){0,4}?$/u.test(info.text.slice(said.end, v.span.start))))) continue;
      // (Nor a denial of the rest of a whole, a count the claim gives none of: "12 left a person injured and nine
      // involved injury to another dog" / "The remaining 14 involved no recorded injury".)
      if (remainderDenied(info, t)) continue;
      // (Nor a denial of what would be without something, which says it is: "has been there since it opened" / "our
      // volunteers, without whom the shop simply could not open".)
      if (claimNegations === 0 && onlyDenialIs(t.text, WITHOUT_WHOM)) continue;
      // (Nor the name of an option, a label before its colon, which denies nothing: "supported the changes" / "9.1
      // Option 1, no change: rejected, as it would leave the full £2.3 million budget gap …".)
      if (claimNegations === 0 && onlyDenialIs(t.text, OPTION_LABEL)) continue;
      // (Nor a denial of the manner only, which says it was done: "is to leave Calloway Meadow" / "We didn't leave
      // Calloway Meadow lightly".)
      if (claimNegations === 0 && onlyDenialIs(t.text, NOT_LIGHTLY)) continue;
      if (claimNegations === 0 && onlyDenialIs(t.text, NOT_FOR_ME) && !speakerAsObject(info, chosen.c.speaker)) continue;
      // (Nor what nobody should have to bear, against the claim's one who did: "waited 19 weeks for anyone to visit" /
      // "Nobody should wait 19 weeks, and I won't defend it".)
      const ought = NOBODY_SHOULD.exec(t.text);
      if (claimNegations === 0 && ought && said && new RegExp(String.raw`^\s+(?:have\s+to\s+|be\s+)?${escapeRegExp(info.text.slice(said.start, said.start + 4))}`, 'i').test(t.text.slice(ought.index + ought[0].length))) continue;
      // (Nor a choice "unless" offers, which the claim gives as one: "can choose to register with another practice" /
      // "will be moved to Millbrook … unless they choose to register elsewhere".)
      if (claimNegations === 0 && said && onlyDenialIs(t.text, /\bunless\b/i) && /\b(?:can|could|may|might|able\s+to|free\s+to|the\s+option\s+(?:to|of))\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(info.text.slice(Math.max(0, said.start - 40), said.start))) continue;
      // (Nor the denial of all but the claim's one: "only the central library will open on Sundays" / "No branch would
      // open on a Sunday; Haddlesworth Central would keep its current Sunday opening".)
      // (The source names its exception after the denial: a semicolon, "but", "except", "other than".)
      if (claimNegations === 0 && /\bonly\s+(?:the\s+|its\s+|their\s+)?\p{L}/iu.test(info.text) && onlyDenialIs(t.text, /\bno\b/i) && /\bno\b[^;]*(?:;|\bbut\b|\bexcept\b|\bother\s+than\b|\bapart\s+from\b)/i.test(t.text)) continue;
      // (Nor a denial of what the source names and the claim does not, the claim's names being none of its: "groups in
      // Cottesford, Greyhithe and Orlestone have also come forward" / "No group has yet come forward for Fenwick Lane or
      // Saltmarsh End.")
      // (Two names or more each side, the source's all after its denial, as its object.)
      const deniedAt = NEGATION_CUE.exec(t.text)?.index ?? t.text.length;
      const theirNames = t.values.filter((x) => x.kind === 'name');
      const myNames = info.values.filter((x) => x.kind === 'name');
      if (claimNegations === 0 && theirNames.length >= 2 && myNames.length >= 2 && theirNames.every((x) => x.span.start > deniedAt) && !theirNames.some((x) => myNames.some((n) => agreesEitherWay(n, x)))) continue;
      const phrase = negationPhrase(t.text, info.text, ofKind ? denied?.l : word);
      const own = scored.find((s) => s.c.sentence === t);
      conflicting = own ?? chosen;
      conflicts = [
        {
          claim: said ? info.text.slice(said.start, said.end) : info.text.trim(),
          source: phrase?.text ?? t.text.trim(),
          kind: 'negation',
          claimSpan: said ? draftSpan(claim, { start: said.start, end: said.end }) : undefined,
          sourceSpan: own && phrase ? { ...phrase.span } : undefined,
        },
      ];
      break;
    }
  }

  // Certainty the source denies: "the study proved that walking caused the lower risk" / "we cannot say for certain
  // that walking itself caused the lower risk" (the words after "that" the same, near enough). And an ability the source
  // denies in the claim's words ("she could give an absolute guarantee" / "I cannot give an absolute guarantee today"),
  // whatever else the claim denies ("… that there would be no compulsory redundancies").
  if (!conflicting) {
    const paired = account.pair !== undefined ? scored[account.pair] : undefined;
    const texts = [chosen.c.sentence, ...chosen.c.context, ...(paired ? [paired.c.sentence] : [])];
    const found = (claimNegations === 0 ? deniedCertainty(info, texts) : undefined) ?? deniedAbility(info, texts);
    if (found) {
      const own = scored.find((s) => s.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'negation', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: own ? found.source.span : undefined }];
    }
  }

  // A speaker who would not say, where the claim has them say how it will be ("said harbour dues would not rise" / "I
  // can't promise they won't.").
  if (!conflicting) {
    const found = saidWhereUnsaid(info, chosen.c);
    if (found) {
      conflicting = chosen;
      // (Quoted: the source's words are a sentence, not a value.)
      conflicts = [{ claim: `“${found.claim.text}”`, source: `“${found.source}”`, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), replacement: null }];
    }
  }

  // A change between levels in words moved a step: "from "medium" to "low" value for money" / "from "high" to
  // "medium"", in a sentence that says the rest of the claim.
  if (!conflicting && /\bfrom\b/i.test(info.text)) {
    for (const s of [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)]) {
      const found = otherLevels(info.text, s.c.sentence.text);
      if (!found) continue;
      const except = new Set(analyzeText(found.claim.text, false).terms);
      if (lemmaCoverage(info, s.c.sentence, s.c.speaker ?? s.c.antecedent, except) < NEGATION_MIN) continue;
      conflicting = s;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: found.source.span, replacement: null }];
      break;
    }
  }

  // A preference the other way round: "at Ridley Moor rather than at Millgate Lane" / "at Millgate Lane rather than at
  // Ridley Moor", in a sentence about the claim.
  if (!conflicting && PREFERENCE_CUE.test(info.text)) {
    for (const s of scored) {
      if (s.c.features.topic < thresholds.contradiction) continue;
      const found = swappedPreference(info, s.c.sentence);
      if (!found) continue;
      conflicting = s;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: found.source.span, replacement: null }];
      break;
    }
  }

  // A comparison the other way with the very same thing: "less than the November average" / "more than the
  // November average of 98mm", in a sentence about the claim or one that names all it names ("Dartmoor"); the two
  // sides of a relation swapped ("Boys outperformed girls" / "Girls outperformed boys").
  if (!conflicting && claimNegations === 0 && (/\bthan\b/i.test(info.text) || COMPARED_FROM.test(info.text) || COMPARED_CHANGE.test(info.text) || hasRelation(info.text))) {
    const names = info.values.filter((v) => v.kind === 'name');
    const swapped = (o: (typeof scored)[number], same: boolean) => swappedRelation(info.text, o.c.sentence.text, same, names, o.c.sentence.values.filter((v) => v.kind === 'name'));
    for (const s of scored) {
      // (The names in the sentence or its neighbours: "Ms Harrow said the Doncaster store employs 48 people … She
      // added that the store had been busier in December than it was the year before".)
      // (Or in its document, when the sentence says the comparison's own words: "Northvale Trains warned that the last
      // departures … would be much later than usual" / its statement's "the last departures on many routes will be
      // much earlier than usual".)
      const inDocument = (v: TypedValue) => scored.some((o) => o.c.hit.document === s.c.hit.document && statesValue(o.c.sentence, v));
      // (Or the same margin before the comparison: "came two minutes later than the agency had planned" / "acquired
      // the signal at 05:21 UTC, two minutes earlier than we had planned".)
      const about = s.c.features.topic >= thresholds.contradiction || (names.length && names.every((v) => [s.c.sentence, ...s.c.context].some((t) => statesValue(t, v)) || (copyCoverage(info, s.c.sentence) >= LABEL_COPY_MIN && inDocument(v)))) || sameMargin(info, s.c.sentence);
      // (Or, for figures compared the other way, a sentence with two of the claim's figures, the rest of the claim said
      // elsewhere: "The school, founded in 1991, flew 1,240 hours in 2024, fewer than in the previous year" / "The
      // school flew 1,240 hours in 2024, up from 1,105 in 2023.")
      // (Or a change on the year before said of one figure, which the sentence gives with the year before's: "71.8% of
      // GCSE pupils achieved a standard pass …, a slight fall on last year" / "71.8% achieved a grade 4 or above …, up
      // from 70.3% in 2024".)
      const twoFigures = () => {
        const given = info.values.filter((v) => (isNumeric(v) || v.kind === 'year') && statesValue(s.c.sentence, v)).length;
        return given >= 2 || (given === 1 && COMPARED_CHANGE.test(info.text) && info.values.filter(isNumeric).length === 1);
      };
      // A relation the other way round, unless another passage has it the claim's way ("Smith beat Jones" in 2021
      // after "Jones beat Smith" in 2019).
      const found = about
        ? (oppositeComparison(info.text, s.c.sentence.text) ?? comparedFigures(info, s.c.sentence) ?? (scored.some((o) => swapped(o, true)) ? undefined : swapped(s, false)))
        : twoFigures()
          ? comparedFigures(info, s.c.sentence)
          : undefined;
      if (!found) continue;
      // (Not a bound on a figure, which compares nothing: "had less than a year's experience" / "27% had less than 12
      // months' experience".)
      if (/^\s+than\s+(?:about\s+|around\s+)?(?:(?:a|an|one|half)\b|\d)/i.test(info.text.slice(found.claim.span.end, found.claim.span.end + 24))) continue;
      conflicting = s;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: found.source.span }];
      break;
    }
  }

  // Two figures of the claim set the wrong way round, the evidence giving both ("£7,940 was lower than the county
  // primary average of £5,620"; "slipped to 78.2% from 76.5%").
  if (!conflicting && claimNegations === 0 && info.values.length >= 2) {
    const found = figuresTheWrongWay(info, [chosen.c.sentence, ...chosen.c.context]);
    if (found) {
      const own = scored.find((x) => x.c.sentence === found.evidence);
      // The two figures as the sentence gives them, or each as its sentence does ("12,930 and 17,112").
      const together = found.evidence.values.includes(found.against);
      const sourceSpan = together ? { start: Math.min(found.source.span.start, found.against.span.start), end: Math.max(found.source.span.end, found.against.span.end) } : found.source.span;
      const source = together ? found.evidence.text.slice(sourceSpan.start, sourceSpan.end) : `${found.source.text} and ${found.against.text}`;
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.text, source, kind: 'word', claimSpan: draftSpan(claim, found.span), ...(own ? { sourceSpan } : {}), replacement: null }];
    }
  }

  // A name the claim gives a table's row that another row has in the same column, where the row gives another
  // ("Freya Lindqvist of Eastmoor Striders" / "Freya Lindqvist | Port Calder Wheelers | …" below "Joseph Kariuki |
  // Eastmoor Striders | …").
  if (!conflicting && TABLE_ROW.test(chosen.c.sentence.text)) {
    const found = nameOfAnotherRow(info, chosen.c.sentence, tableRows.map((c) => c.sentence));
    if (found) {
      conflicting = chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'name', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span }, note: `it gives ${found.claim.text} for ${found.other}`, replacement: found.source.text }];
    }
  }

  // A row put first of its table where another row leads the column ("General surgery cancelled more operations than
  // any other specialty, with 58" / "Trauma and orthopaedics | Elective procedures cancelled: 74").
  // (A denial elsewhere in the claim does not matter: "Deferred members, who have not yet retired, face the smallest
  // reductions".)
  if (!conflicting && tableRows.length && (claimNegations === 0 || !rankingDenied(info.text))) {
    const found = notTopOfTable(info, tableRows);
    if (found) {
      const own = scored.find((x) => x.c.sentence === found.row);
      conflicting = own ?? chosen;
      // The leading row's name and its cell ("Trauma and orthopaedics | Elective procedures cancelled: 74"), and for a
      // place the claim gives ("the highest"), the place with the two rows: "Corlett Water as the highest (Peak bathers
      // counted: 521), not Ashcombe Meadows" (a row's name and cell alone, "Corlett Water | Peak bathers counted: 521,
      // not the highest", read as a riddle).
      const name = rowLabel(found.row)?.text;
      const mine = rowLabel(found.mine)?.text;
      const cell = found.shown ?? found.row.text.slice(found.cell.start, found.cell.end).trim();
      // (Or "more … than any other": the two places, the leading one's cell in brackets, "Kilbrannock (Energy
      // efficiency: 15,800), not Auchterfoil".)
      const placed = name && mine && mine.toLowerCase() !== name.toLowerCase();
      const superlative = /^the\s/i.test(found.text);
      conflicts = [{ claim: placed ? mine : found.text, source: placed ? (superlative ? `${name} as ${found.text.toLowerCase()} (${cell})` : `${name} (${cell})`) : name ? `${name} | ${cell}` : cell, kind: 'word', claimSpan: draftSpan(claim, found.span), ...(own ? { sourceSpan: found.cell } : {}), replacement: null }];
    }
  }

  // A claim's figure compared with a table's other column the wrong way round ("at 24 per cent, was lower than the
  // average for comparable prisons" / "Have been victimised by staff | Ashcombe Moor 2025: 24% | Comparator: 21%").
  if (!conflicting && claimNegations === 0 && /\bthan\b/i.test(info.text)) {
    // (Or with another row the words after "than" name: "at 487kg, is already lower than that of Wenmouth".)
    const found = comparedWithColumn(info, [chosen.c.sentence, ...chosen.c.context, ...related.slice(0, CONFLICT_CANDIDATES).map((r) => r.c.sentence)]) ?? comparedWithRow(info, tableRows);
    if (found) {
      const own = scored.find((x) => x.c.sentence === found.evidence);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.text, source: (found as { sourceText?: string }).sourceText ?? found.evidence.text.slice(found.source.start, found.source.end), kind: 'word', claimSpan: draftSpan(claim, found.span), ...(own ? { sourceSpan: found.source } : {}), replacement: null }];
    }
  }

  // A claim's new level and old one swapped ("fell to 15.1 per cent from 17.6 per cent in 2023" / "polled 17.6 per
  // cent, compared with 15.1 per cent in 2023"; "shrunk from about 640 homes when he started in 2019 to around 400
  // today" / "About 640 … When I started in 2019 it was closer to 400").
  if (!conflicting && claimNegations === 0 && info.values.length >= 2 && /\bfrom\b/i.test(info.text)) {
    const texts = [chosen.c.sentence, ...chosen.c.context, ...related.slice(0, CONFLICT_CANDIDATES).map((r) => r.c.sentence)];
    const found = levelsSwapped(info, texts) ?? datedLevelSwapped(info, texts);
    if (found) {
      const own = scored.find((x) => x.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: found.source.span } : {}), replacement: null }];
    }
  }

  // A figure on the other side of the same mark in the evidence's window ("2.4 tonnes below its maximum landing weight"
  // / "This was 2.4 tonnes above the maximum landing weight of 79.0 tonnes", the sentence after the chosen one).
  if (!conflicting && claimNegations === 0 && FIGURE_SIDE_TEST.test(info.text)) {
    const found = figureOnOtherSide(info, [chosen.c.sentence, ...chosen.c.context]);
    if (found) {
      const own = found.text === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'direction', claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: found.source.span } : {}) }];
    }
  }

  // Votes: a member's side ("Councillor Lindqvist voted for the scheme" / "with Councillors Hale, Lindqvist and
  // Wren voting against"), and a unanimous vote against a split one ("approved unanimously" / "voted 6-3").
  if (!conflicting && claimNegations === 0) {
    const found = voteConflict(claim, info, scored.map((s) => s.c), chosen.c);
    if (found) {
      conflicting = scored.find((s) => s.c === found.candidate)!;
      conflicts = [found.conflict];
    }
  }

  // An answer that denies what its question asks ("So the council ignored the warnings?" / "I wouldn't say
  // ignored."): a claim that states the question's proposition, echoed word and all, is contradicted by the answer.
  const question = chosen.c.question;
  if (!conflicting && question && claimNegations === 0 && negationCount(question.text) === 0 && sourceNegations > 0) {
    const echoed = [...chosen.c.sentence.terms].some((t) => question.terms.has(t) && info.terms.has(t) && !info.valueTerms.has(t));
    if (echoed && lemmaCoverage(info, question, chosen.c.speaker) >= NEGATION_MIN) {
      conflicting = chosen;
      conflicts = [{ claim: info.text.trim(), source: chosen.c.sentence.text.trim(), kind: 'negation' }];
    }
  }

  // A name or figure swapped for another between the same words ("Arsenal's Daniel Sturridge" / "Liverpool's").
  if (!conflicting) {
    // Also an item of a list in the place of another that word vectors call unrelated ("history, education and
    // welfare" / "health, education and welfare"); elsewhere a swapped word weighs in the decision only.
    // (A comma after the word opens no list before a clause: "The repair, which will …", "the cutting safe, we will …".)
    // (Nor a verb after an apposition's closing comma, its figure after it: "the village green, bears 47 names" /
    // "the village green, carries 47 names".)
    const inList = (text: string, span: Span) =>
      (/(?:,|\band|\bor)\s*$/.test(text.slice(Math.max(0, span.start - 5), span.start)) && !/^\s+[£$€]?\d/.test(text.slice(span.end, span.end + 4))) ||
      /^\s*(?:,(?!\s*(?:which|who|whom|whose|where|when|while|as|but|so|we|he|she|they|it|I|you)\b)|and\b|or\b)/.test(text.slice(span.end, span.end + 12));
    // Elsewhere, a word of a sentence the claim copies almost whole replaced by an unrelated one ("became" /
    // "poetry"): word vectors call the two unrelated (cosine < `UNRELATED_MAX`); not a month or a weekday, which the
    // dates' rules compare ("Patients are being asked" / "… since November and asks").
    const copied = lemmaCoverage(info, chosen.c.sentence, who()) >= NEGATION_MIN;
    // (Nor a name inside the sentence in the place of a word of the claim in lower case: the claim leaves the name
    // out, "He has promised to “keep …”" / "Mr Treadwell said he would “keep …”".)
    const nameForWord = (x: Substitution) => /^\p{Ll}/u.test(x.claim) && /^\p{Lu}\p{Ll}/u.test(x.source) && x.sourceSpan.start > 0 && !/[.!?:"“‘']\s*$/.test(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 3), x.sourceSpan.start));
    // The sentence copied but for the swapped word (next to one same word only: "the blue Ford Focus did not stop"
    // / "the car, a grey Ford Focus, did not stop"; not "a new club record" / "his old club would be relegated").
    // A title before a name ("Ms Adebayo" / "Grace Adebayo") is no word of the sentence's either.
    const copiedBut = (x: Substitution) => lemmaCoverage(info, chosen.c.sentence, who(), new Set([processTerm(x.claim) ?? '', ...TITLE_TERMS])) >= NEGATION_MIN;
    // A name the claim does not copy from this sentence, that another passage states, is not swapped: "kidnapped in
    // Baghdad" against "kidnapped in Iraq" when the next sentence says "abducted in Baghdad".
    const statedElsewhere = (x: Substitution) => info.values.some((v, i) => v.kind === 'name' && v.span.start <= x.claimSpan.start && v.span.end >= x.claimSpan.end && statedAnywhere(i));
    // A name of the claim's that the sentence has too, with the claim's two words before it: words of another name
    // aligned with it are the sentence's own order ("96 businesses from the River Wend" / "96 businesses in
    // Ashcombe-on-Wend from flooding from the River Wend").
    // (Or that the passage's heading gives whole: "Inspectors from the Children's Care Standards Inspectorate" / "#
    // Children's Care Standards Inspectorate — Inspection report summary", over "Social Care Regulatory Inspector".)
    const inPlaceElsewhere = (x: Substitution) =>
      info.values.some((v) => {
        if (v.kind !== 'name' || v.span.start > x.claimSpan.start || v.span.end < x.claimSpan.end) return false;
        if (v.name!.length >= 3 && chosen.c.head.some((t) => statesValue(t, v))) return true;
        const before = /(?:^|\s)(\p{L}+\s+\p{L}+\s+)$/u.exec(info.text.slice(Math.max(0, v.span.start - 40), v.span.start))?.[1];
        return !!before && hasPhrase(chosen.c.sentence.text, before + v.text);
      });
    // A word of a sentence the claim copies replaced by one that another sentence of the evidence has next to the
    // same word: the claim took the phrase from there ("Lindqvist stopped at Turn 10 with a hydraulic failure",
    // where his sentence says "with a gearbox failure" and another "Hartmann's hydraulic failure"). Word vectors
    // call such words related (0.54: parts of one machine), so the test of unrelated words misses them.
    const borrowed = (x: Substitution) =>
      x.similarity !== undefined &&
      x.similarity < NEIGHBOUR_MIN &&
      /^\p{L}{4,}$/u.test(x.claim) &&
      /^\p{L}{4,}$/u.test(x.source) &&
      !oneWordFamily(x.claim, x.source) &&
      !saidAs(x.claim, x.source) &&
      copiedBut(x) &&
      phrasesAround(info.text, x.claimSpan).some((phrase) => scored.some((r) => r !== chosen && hasPhrase(r.c.sentence.text, phrase) && ofAnother(r.c.sentence)));
    // A sentence about someone else: without the claim's names that the copied sentence has, with a name of its own
    // (a phrase the sources use for one thing in several sentences, "the League Cup final", is no swap).
    const claimNames = info.values.filter((v) => v.kind === 'name').map((v) => v.text.toLowerCase());
    const subjects = claimNames.filter((n) => chosen.c.sentence.text.toLowerCase().includes(n));
    const ofAnother = (sentence: TextInfo) =>
      subjects.length > 0 &&
      !subjects.some((n) => sentence.text.toLowerCase().includes(n)) &&
      sentence.values.some((v) => v.kind === 'name' && !claimNames.some((n) => n.includes(v.text.toLowerCase()) || v.text.toLowerCase().includes(n)));
    // A word a neighbouring sentence of the evidence has next to the same word is the claim's from there, when that
    // neighbour gives a figure of the word's clause that the sentence does not ("not told … until 11:30 on Monday
    // morning" from the sentence after "meetings on Monday afternoon"; but "The 12-month sentence … will run
    // concurrently" is the sentence's "further 12 months …, to run consecutively", whatever the sentence before says
    // of two other terms "to run concurrently").
    // (Or the word itself, in a neighbour that names whom the claim's clause names: "… all of which Westmoor Police
    // has accepted" / "We made three learning recommendations to Westmoor Police, covering …. Westmoor Police has
    // accepted all three recommendations.")
    const fromWindow = (x: Substitution) => {
      const own = info.values.filter((v) => v.kind !== 'name' && sameClause(info.text, v.span, x.claimSpan));
      // (The name right before the word in both: its subject, "Westmoor Police has accepted".)
      const subjectBefore = (text: string, values: readonly TypedValue[], at: number) => values.filter((v) => v.kind === 'name' && v.span.end <= at && /^[^,;:.()]{0,24}$/.test(text.slice(v.span.end, at)));
      const names = x.named ? [] : subjectBefore(info.text, info.values, x.claimSpan.start);
      const word = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(x.claim)}(?![\p{L}\p{N}])`, 'iu');
      return (
        phrasesAround(info.text, x.claimSpan).some((phrase) => chosen.c.context.some((t) => hasPhrase(t.text, phrase) && own.some((v) => statesValue(t, v) && !statesValue(chosen.c.sentence, v)))) ||
        chosen.c.context.some((t) => {
          const at = word.exec(t.text)?.index;
          if (at === undefined) return false;
          // (Or the word with a value of the claim's that the sentence lacks: "The provisional census, taken on 1
          // November" / "Figures for 2024/25 are provisional and are taken from the census of 1 November 2024", beside
          // "… final census figures taken on 1 December".)
          return subjectBefore(t.text, t.values, at).some((n) => names.some((v) => valueAgrees(v, n))) || info.values.some((v) => v.kind !== 'name' && statesValue(t, v) && !statesValue(chosen.c.sentence, v));
        })
      );
    };
    // A word right after one of the claim's figures that another passage gives with that figure is the claim's from
    // there: "defeated by 30 votes to 24, with two abstentions" / "… abstentions, 2.", not the "two years" of the
    // press release's sentence.
    // So is a word right before a figure that another passage gives a few words before it: "a reduced 47" / "Fund a
    // reduced route 47", not the "route 47" of the sentence that gives the days.
    const withFigureElsewhere = (x: Substitution) => {
      const figure = info.values.find((v) => isNumeric(v) && v.span.end <= x.claimSpan.start && /^[\s-]*$/.test(info.text.slice(v.span.end, x.claimSpan.start)));
      if (figure && scored.some((r) => r !== chosen && hasPhrase(r.c.sentence.text, x.claim) && statesValue(r.c.sentence, figure))) return true;
      const next = info.values.find((v) => isNumeric(v) && v.span.start >= x.claimSpan.end && /^\s+$/.test(info.text.slice(x.claimSpan.end, v.span.start)));
      const before = next && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(x.claim)}\s+(?:[\p{L}'’-]+\s+){0,2}${escapeRegExp(next.text)}(?![\p{L}\d])`, 'iu');
      if (before && scored.some((r) => r !== chosen && before.test(r.c.sentence.text))) return true;
      // So is a word of the clause of a figure the sentence states, which another passage gives in the sentence that
      // states that figure: "2,140 people came through the doors" / "We had 2,140 people through the doors", beside
      // the report's "2,140 people visited". (Not the sentence after it: "was blocking the merger only because the
      // sale of 187 stores restores that choice" / "… only on condition that Harbury Foods sells 187 stores …. If the
      // divestment is not agreed, the merger will be blocked.")
      if (x.named) return false;
      const term = processTerm(x.claim.toLowerCase());
      if (!term || STOPWORDS.has(lemma(term))) return false;
      const figures = info.values.filter((v) => isNumeric(v) && sameClause(info.text, v.span, x.claimSpan) && statesValue(chosen.c.sentence, v));
      const hasWord = (t: TextInfo) => [...t.terms].some((k) => lemma(k) === lemma(term));
      return (
        figures.length > 0 &&
        !hasWord(chosen.c.sentence) &&
        scored.some((r) => r !== chosen && figures.some((v) => statesValue(r.c.sentence, v)) && hasWord(r.c.sentence))
      );
    };
    // The source's word after another "of" ("the start of the trial"), where that other is the claim's word or near it
    // ("At the outset"): the claim names the part, the source the whole it is of.
    const ofWholeAfter = (x: Substitution) => {
      const part = /([\p{L}]+)\s+of\s+(?:the\s+|its\s+|their\s+)?$/iu.exec(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 40), x.sourceSpan.start))?.[1];
      // (Not when the claim's word too is of a part: "The number of people" / "The number of combatants".)
      return !!part &&
        !/\bof\s+(?:the\s+|its\s+|their\s+)?$/i.test(info.text.slice(Math.max(0, x.claimSpan.start - 12), x.claimSpan.start)) && (part.toLowerCase() === x.claim.toLowerCase() || (wordSimilarity(part.toLowerCase(), x.claim.toLowerCase()) ?? 0) >= PART_RELATED_MIN);
    };
    // A claim that has the source's word, or a word of its side, besides its own says both ("reopened … after being
    // shut" / "closed … for around seven and a half hours").
    const saysBothSides = (x: Substitution) =>
      info.tokens.some((k) => {
        if (k.start === x.claimSpan.start) return false;
        const w = info.text.slice(k.start, k.end);
        // (A word of the source's side: the claim's word's opposite, not the source word's; "white" is no side of "blue".)
        return w.toLowerCase() === x.source.toLowerCase() || (oppositeInPlace(x.claim, w) && !oppositeInPlace(w, x.source));
      });
    // A state that lasts until a time is its opposite from then ("will reopen … on Saturday 22 March" / "will remain
    // closed … until Saturday 22 March").
    const untilTurns = (x: Substitution) => UNTIL_AFTER.test(chosen.c.sentence.text.slice(x.sourceSpan.end, x.sourceSpan.end + 40)) && !UNTIL_AFTER.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 40));
    const withNextInWindow = (span: Span) => {
      const next = /^[\s'’]*([\p{L}]+)/u.exec(info.text.slice(span.end))?.[1];
      if (!next) return false;
      const phrase = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(info.text.slice(span.start, span.end))}\s+${escapeRegExp(next)}(?![\p{L}])`, 'giu');
      // (Capitalised there, as a name's words are: not "buildings and" of "investment in buildings and machinery".)
      return chosen.c.context.some((t) => [...t.text.matchAll(phrase)].some((m) => /^\p{Lu}\S*\s+\p{Lu}/u.test(m[0])));
    };
    // A list of acts the claim gives as verbs where the sentence gives nouns, the word before of one family each way:
    // "the effect on recruiting and keeping healthcare assistants" / "the effect … on the recruitment and retention of
    // healthcare assistants".
    const gerundForNoun = (x: Substitution) => {
      if (!/^\p{L}{3,}ing$/u.test(x.claim) || !ACT_NOUN.test(x.source)) return false;
      const before = /(\p{L}+)\s+(?:and|or)\s+$/u.exec(info.text.slice(Math.max(0, x.claimSpan.start - 40), x.claimSpan.start))?.[1];
      const theirs = /(\p{L}+)\s+(?:and|or)\s+$/u.exec(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 40), x.sourceSpan.start))?.[1];
      return !!before && !!theirs && /ing$/i.test(before) && ACT_NOUN.test(theirs) && oneWordFamily(before, theirs);
    };
    // A word of the document's title, its subject, which a copied sentence may leave to be understood: "Pupils collected
    // their results from 8am" / "… collected their envelopes from 8am", under "… celebrates best GCSE results …".
    const inTitle = (x: Substitution) => {
      const term = processTerm(x.claim.toLowerCase());
      // (Not a word against its opposite: "was blocking the merger" / "… clearing the merger", under a title that says
      // the merger is blocked.)
      return !x.named && !!term && !oppositeInPlace(x.claim, x.source) && !negativeOf(x.claim, x.source) && chosen.c.head.some((t) => [...t.terms].some((k) => lemma(k) === lemma(term)));
    };
    // A figure inside the bound the sentence gives in its place, which the figures' rules let stand: "fell … to 2,585
    // tonnes" / "to under 2,600 tonnes".
    const insideBound = (x: Substitution) => {
      const mine = info.values.find((v) => isNumeric(v) && v.span.start <= x.claimSpan.start && v.span.end >= x.claimSpan.end);
      const theirs = chosen.c.sentence.values.find((v) => isNumeric(v) && v.span.start <= x.sourceSpan.start && v.span.end >= x.sourceSpan.end);
      return !!mine && !!theirs && !!theirs.bound && !valueDiffers(mine, theirs);
    };
    // A word and the one after it as the head of the sentence's own document has them, the thing the document is
    // about ("Saltwick Beach Hut Owners' Association": "beach hut"); not a phrase another sentence has, which a
    // planted swap takes ("with a hydraulic failure", another driver's).
    // (Or a name of two capitalised words as a passage writes it: "Deputy Ombudsman Margaret Oduya found" / "the
    // Tenancy Redress Ombudsman found", the determination signed "Margaret Oduya, Deputy Ombudsman".)
    const phraseInSources = (word: string, after: string) => {
      const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1];
      if (!next || STOPWORDS.has(next.toLowerCase())) return false;
      if (hasPhrase(chosen.c.hit.document.text.slice(0, 300).split('\n')[0], `${word} ${next}`)) return true;
      const phrase = `${word} ${next}`;
      return /^\p{Lu}/u.test(word) && /^\p{Lu}\p{Ll}/u.test(next) && scored.some((o) => o.c.sentence.text.includes(phrase) && hasPhrase(o.c.sentence.text, phrase));
    };
    const swapped = account.swaps.filter(
      (x) =>
        !inVerbatimQuote(info.text, x.claimSpan, [chosen.c.sentence, ...chosen.c.context].map((t) => t.text).join(' ')) &&
        !insideBound(x) &&
        // (Nor a word the document's head has with the very word after it, the thing it is about: "Beach hut holders
        // in Saltwick-on-Sea face fee rises" / "The owner of a Standard hut will pay £535", in the "Saltwick Beach Hut
        // Owners' Association" newsletter.)
        !phraseInSources(x.claim, info.text.slice(x.claimSpan.end)) &&
        !fromWindow(x) &&
        !withFigureElsewhere(x) &&
        // (Nor a figure of a move a table's column gives, row by row: "births … from 1,412 in 2020/21 to 1,187 in
        // 2023/24" / the letter's "transferred … from 96 in 2020/21 to 133 in 2023/24".)
        !info.values.some((v, i) => isNumeric(v) && v.span.start <= x.claimSpan.start && v.span.end >= x.claimSpan.end && statedInColumn(i)) &&
        !inTitle(x) &&
        // (Nor the reporter's verb of saying, which frames what follows: "He added that designation would change the
        // priority" / "if the meadow is designated, that changes the priority".)
        !(!x.named && new RegExp(String.raw`^${SAYS.source}$`, 'i').test(x.claim) && /^\s+that\b/i.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 6))) &&
        // (Nor a post by its name for the word of any post: "took up the headship" / "took up her post".)
        !(ANY_POST.test(x.source) && (/\p{L}{3,}ship$/u.test(x.claim) || isPostTitle(x.claim))) &&
        !clippedForm(x.claim, x.source) &&
        // (Nor a note's first word in brackets for the claim's verb: "carrying 3,800 tonnes of gas oil" / "MT Solway
        // Grace (inbound, 3,800 tonnes gas oil)".)
        !(/\(\s*$/.test(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 3), x.sourceSpan.start)) && /^\s*,/.test(chosen.c.sentence.text.slice(x.sourceSpan.end, x.sourceSpan.end + 3))) &&
        !(!x.named && untilTurns(x)) &&
        !(!x.named && saysBothSides(x)) &&
        // (Nor a contest said of the other side: "Labour won the seat from" / "The Conservatives lost the seat to".)
        !(x.named && openingBeforeSameOf(info.text, x.claimSpan, chosen.c.sentence.text, x.sourceSpan)) &&
        !contestSaid(info.text, x.claimSpan) &&
        !contestSaid(chosen.c.sentence.text, x.sourceSpan) &&
        // (Nor a word the sentence joins by "and" to what follows where the claim's word governs it: "It also weighed
        // cancelling an autumn tour" / "we considered cutting nine of our 64 salaried posts and cancelling the autumn
        // tour".)
        !(!x.named && joinedToNext(info.text, x.claimSpan, chosen.c.sentence.text, x.sourceSpan)) &&
        // (Nor a table row's label, which names the row, for the claim's subject: "The council also chartered the
        // fishing vessel" / "Emergency freight | Charter of the fishing vessel …".)
        !(!x.named && TABLE_ROW.test(chosen.c.sentence.text) && x.sourceSpan.end <= (chosen.c.sentence.text.indexOf(' | ') + 1 || 0)) &&
        // (Nor "per person" for the sentence's "per candidate", "per head": the one who pays, by its general word.)
        !(/^(?:person|head|individual)$/i.test(x.claim) && /\b(?:per|a|each)\s+$/i.test(info.text.slice(Math.max(0, x.claimSpan.start - 6), x.claimSpan.start))) &&
        // (Nor a column's header in a row's cell, which names no one: "Brightplate scored 31.5" / "Saltmarsh … | Price
        // per meal: £2.49".)
        !labelledCellSpans(chosen.c.sentence.text).some((k) => x.sourceSpan.start >= k.start && x.sourceSpan.end <= k.valueStart) &&
        !inChargeAs(info.text, x.claimSpan, chosen.c.sentence.text, x.sourceSpan) &&
        // (Nor a word the passage's neighbours give with the claim's next word, a name's part: "The arts council's total
        // annual budget" / "following a reduction in the council's own settlement", after "Westmarch Arts Council".)
        !(!x.named && withNextInWindow(x.claimSpan)) &&
        // (Nor a word of a figure's move for a word of none, the direction being the direction rules' to judge:
        // "almost quadrupled, rising from 1,030" / "almost quadrupled over the period, from 1,030".)
        !(!x.named && /^\s+(?:from|to|by)\s+[£$€]?\d/.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 16)) && info.directions.some((d) => d.span.start <= x.claimSpan.start && d.span.end >= x.claimSpan.end) && !chosen.c.sentence.directions.some((d) => d.span.start < x.sourceSpan.end && d.span.end > x.sourceSpan.start)) &&
        // (Nor a word of a date the sentence states, written otherwise: "from April 1" / "from Monday 1 April 2024".)
        !(CALENDAR.test(x.claim) && CALENDAR.test(x.source) && info.values.some((v) => v.kind === 'date' && v.span.start <= x.claimSpan.start && v.span.end >= x.claimSpan.end && statesValue(chosen.c.sentence, v))) &&
        // (Nor a word against the denial of its opposite: "The panel rejected that explanation" / "The Panel did not
        // accept this explanation".)
        !(oppositeInPlace(x.claim, x.source) && deniesOutcome(chosen.c.sentence, x.sourceSpan) !== deniesOutcome(info, x.claimSpan)) &&
        // (Nor the claim's own verb after its auxiliary where the sentence goes on with its list: "Action short of a
        // strike, such as working to contract, was supported by 352 members" / "… may include working to contract,
        // refusing to cover for absent colleagues and declining voluntary duties".)
        // (A participle, the sentence's word after a comma of its list: not "are legal" / "are illegal and that …".)
        !(!x.named && /^\p{L}{3,}(?:ed|en)$/iu.test(x.claim) && /\b(?:was|were|is|are|has|have|had|been|be)\s+$/i.test(info.text.slice(Math.max(0, x.claimSpan.start - 8), x.claimSpan.start)) && /,\s*$/.test(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 3), x.sourceSpan.start))) &&
        (borrowed(x) ||
        // A word and its negative ("legal" / "illegal", "likely" / "unlikely") or its opposite ("former" / "new")
        // in the same place.
        negativeOf(x.claim, x.source) ||
        (oppositeInPlace(x.claim, x.source) && !wordsOfOtherQuantities(info.text, x.claimSpan, chosen.c.sentence.text, x.sourceSpan) && (!x.loose || copiedBut(x)) && !oldIsCurrent(x.claim, x.source, info.text)) ||
        // (Not a people's adjective for its country's possessive: "Kenyan Grace Wanjiru" / "Kenya's Grace Wanjiru".)
        // (A common noun that opens both sentences is no name: "Families with questions can call" / "Parents with
        // questions can call".)
        (x.named && !(x.claimSpan.start === 0 && GENERIC_NOUNS.has(x.claim.toLowerCase())) && (copied || x.displaced || !statedElsewhere(x)) && !inPlaceElsewhere(x) && !nameWordForms(x.claim.toLowerCase().replace(/['’]s$/, ''), x.source.toLowerCase().replace(/['’]s$/, '')) && !shortOfficeName(x.claim, chosen.c.sentence.text, x.sourceSpan) && !namesDescription(x, info.text, chosen.c.sentence.text)) ||
        // A unit of time or measure for another ("within a month" / "within a year").
        (UNIT_WORDS.has(x.claim.toLowerCase()) && UNIT_WORDS.has(x.source.toLowerCase())) ||
        (x.similarity !== undefined && /^\p{L}{4,}$/u.test(x.claim) && /^\p{L}{4,}$/u.test(x.source) &&
          !namesDescription(x, info.text, chosen.c.sentence.text) &&
          !describesName(x, info.text, chosen.c.sentence.text) &&
          !oneWordFamily(x.claim, x.source) &&
          !gerundForNoun(x) &&
          !OCCASION_WORDS.has(x.claim.toLowerCase()) &&
          !RELATION_WORDS.has(x.claim.toLowerCase()) &&
          !RELATION_WORDS.has(x.source.toLowerCase()) &&
          // (Verbs of a share before the same percentage: "filled 91% of the stadium's seated capacity" / "represents
          // 91% of …".)
          !(BEFORE_PERCENT.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 32)) && BEFORE_PERCENT.test(chosen.c.sentence.text.slice(x.sourceSpan.end, x.sourceSpan.end + 32))) &&
          // (A light verb is no item of a list: "on Tuesday, going against" / "on Tuesday evening, against".)
          !LIGHT_VERBS.has(x.source.toLowerCase()) &&
          // (Nor words for each other, "met or beat" / "met or exceeded", nor a document for its author: "The surveyor
          // recorded" / "His report recorded".)
          !saidAs(x.claim, x.source) &&
          // (Nor one's time in a post for the post: "Under her leadership the school opened" / "During her time as
          // headteacher, the school opened".)
          !(TIME_IN_POST.test(x.claim) && isPostTitle(x.source)) &&
          // (Nor a sentence's adverb in a word's place: "Organisers said they could not cover" / "Unfortunately we
          // are not able to cover".)
          !(/^\p{L}{4,}ly$/u.test(x.source) && !/^\p{L}{4,}ly$/u.test(x.claim)) &&
          // (Nor a linking adverb: "The rainfall of 23 September therefore amounted to" / "The 23 September downpour
          // amounted to".)
          !LINKING_ADVERBS.has(x.source.toLowerCase()) &&
          // (Nor a verb of citing causes, which frames what follows: "It also pointed to the closure of the … car park" /
          // "the principal factors behind the fall in visits were the closure of the … car park".)
          !(CITING_VERBS.test(x.claim) && /^\s+(?:to|at)\b/i.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 4))) &&
          // (Nor a verb of things going together, which frames them: "Officers linked the rise to the larger fleet" /
          // "Officers note that the Q4 rise coincides with the fleet expansion".)
          !/^(?:coincid(?:e|es|ed|ing)|correlat(?:e|es|ed|ing)|link(?:s|ed|ing)?|associated|tied)$/i.test(x.source) &&
          // (Nor "on duty" for those put to work: "had 48 officers on duty" / "A total of 48 officers were deployed".)
          !(/^duty$/i.test(x.claim) && /^(?:deployed|working|rostered|stationed|posted|present|employed)$/i.test(x.source)) &&
          // (Nor an adverb whose word the sentence has right after the word aligned with it: "operating without a
          // licence, mostly in the Brackley … wards" / "without the licence they require, most of them in the …".)
          !(/^\p{L}{3,}ly$/u.test(x.claim) && new RegExp(`^\\W+(?:\\p{L}+\\W+)?${x.claim.slice(0, -2)}\\b`, 'iu').test(chosen.c.sentence.text.slice(x.sourceSpan.end, x.sourceSpan.end + 30))) &&
          !DOCUMENT_NOUNS.has(x.source.toLowerCase()) &&
          // (Nor a noun made from an adjective the sentence has a word or two before the word aligned with it: "had 18
          // teaching vacancies" / "there were 18 vacant teaching posts".)
          !adjectiveBefore(x.claim, chosen.c.sentence.text, x.sourceSpan.start) &&
          // (Nor the kind of a party for its part in an application: "The developer would pay £185,000" / "The applicant
          // would pay £185,000", in a planning report whose applicant is Westmere Homes Ltd.)
          !(APPLICANTS.has(x.source.toLowerCase()) && PARTY_KINDS.has(x.claim.toLowerCase())) &&
          !LIGHT_VERBS.has(x.claim.toLowerCase()) &&
          // (Nor two words of a change one way: "Paid breaks will be lengthened from 15 to 20 minutes" / "Paid break
          // time will increase from 15 minutes to 20 minutes".)
          !sameWay(x.claim, x.source) &&
          // (Nor the noun of a doer whose verb the sentence has elsewhere: "Blue Badge holders and volunteers" / "Staff
          // holding a Blue Badge and registered volunteers".)
          !doerOfVerbIn(x.claim, chosen.c.sentence.text) &&
          // (Nor the noun of an act whose verb the sentence has elsewhere: "The closure is expected to save" /
          // "Closing Larkspur Ward, which had the lowest occupancy of the hospice's beds, is expected to save".)
          !actOfVerbIn(x.claim, chosen.c.sentence.text) &&
          // (Nor anyone the sentence leaves open, named: "for pupils waiting to be collected" / "for anyone waiting to
          // be collected"; nor "aged" before an age: "The youngest, aged 18," / "Our youngest investor is eighteen".)
          !INDEFINITE_PRONOUNS.has(x.source.toLowerCase()) &&
          // (Nor the doer the sentence gives as "I" or "we", with the claim's next verb: "The inspector noted the offer"
          // / "per year, which I note but give no weight to".)
          !firstPersonDoer(info.text, x.claimSpan, chosen.c.sentence.text, x.sourceSpan) &&
          !(/^aged?$/i.test(x.claim) && /^\s+(?:\d|[a-z]+-?\s)/i.test(info.text.slice(x.claimSpan.end, x.claimSpan.end + 12))) &&
          // (Nor the whole a source's word of the claim's is of: "At the outset, participants" / "At the start of the
          // trial, participants".)
          !ofWholeAfter(x) &&
          // (Nor a clause of what someone did for the noun of it: "raised more than it sought" / "raised more than the
          // target".)
          !BROAD_NOUNS.has(x.claim.toLowerCase()) &&
          !BROAD_NOUNS.has(x.source.toLowerCase()) &&
          // (Nor a part said for a list of some: "saved £210,000 since 2022, partly by freezing senior pay" / "made
          // savings of £210,000 since 2022, including a freeze on senior pay".)
          !(PART_WORDS.test(x.claim) && SOME_OF_WORDS.test(x.source)) &&
          !(SOME_OF_WORDS.test(x.claim) && PART_WORDS.test(x.source)) &&
          // (Nor a small word of the sentence's in a noun's place: "The scanner was off" / "in January, when it was off".)
          !PRONOUN_WORDS.has(x.source.toLowerCase()) &&
          !(/\b(?:it|they|he|she|we|I|you)\s+$/.test(info.text.slice(Math.max(0, x.claimSpan.start - 6), x.claimSpan.start)) && /\b(?:the|its|their|his|her|our)\s+$/i.test(chosen.c.sentence.text.slice(Math.max(0, x.sourceSpan.start - 7), x.sourceSpan.start))) &&
          ((x.similarity < OTHER_MAX && inList(info.text, x.claimSpan) && inList(chosen.c.sentence.text, x.sourceSpan)) ||
            (copied && !CALENDAR.test(x.claim) && !CALENDAR.test(x.source) && !nameForWord(x) && x.similarity < UNRELATED_MAX && !AUXILIARIES.has(x.claim.toLowerCase()) && !AUXILIARIES.has(x.source.toLowerCase()) && !GENERIC_NOUNS.has(x.claim.toLowerCase()))))),
    );
    // (Not a sentence of another day than the claim's, which gives days of its own: "an earlier offer, made on Monday
    // 10 March, which the union's branch committee rejected" / "Following talks … on Monday 17 March and Thursday 27
    // March, the university and the ARSU branch committee have agreed the terms of a revised proposal".)
    const fullDay = (v: TypedValue) => v.kind === 'date' && v.date?.day !== undefined;
    const otherDay = info.values.some((v) => fullDay(v) && !statesValue(chosen.c.sentence, v)) && chosen.c.sentence.values.some(fullDay) && !chosen.c.sentence.values.some((x) => fullDay(x) && info.values.some((v) => valueAgrees(v, x)));
    // (A day's own words still count: "on Thursday 22 April" / "on Thursday 22 May".)
    const kept = otherDay ? swapped.filter((x) => CALENDAR.test(x.claim) || CALENDAR.test(x.source)) : swapped;
    if (kept.length) {
      conflicting = chosen;
      conflicts = kept.map((x) => ({ claim: x.claim, source: x.source, kind: x.named ? ('name' as const) : ('word' as const), claimSpan: draftSpan(claim, x.claimSpan), sourceSpan: { ...x.sourceSpan } }));
    }
  }

  // A weekday the claim gives a date that the evidence gives without one ("took place on Thursday 12 March" / "On the
  // second visit, 12 March"), when another sentence gives that date another weekday ("Wednesday 12 March 2025") or a
  // year in which it falls on another.
  if (!conflicting) {
    for (const v of info.values) {
      const d = v.kind === 'date' ? v.date : undefined;
      if (!d || d.weekday === undefined || d.day === undefined || d.month === undefined) continue;
      // (Or a weekday the calendar denies the claim's own date, "Thursday 15 May 2024", when a sentence gives that
      // date: "Tuesday 14 May 2024 and Wednesday 15 May 2024".)
      const own = d.year !== undefined ? isoDate(d.year, d.month, d.day) : undefined;
      const impossible = own !== undefined && weekdayOf(own) !== d.weekday;
      // (Or the evidence gives the date another weekday itself, whatever its topic: "on the morning of Saturday 10 August"
      // / "A sample taken by RCWA officers at 9.20am on Sunday 10 August".)
      // (Or a passage about the claim does: "restored by taxi on Thursday 3 September" / the route's row "R09 | Orton
      // Vale School | … | Wed 3 Sept", beside "Orton Vale School is a special school and its two routes were
      // prioritised".)
      const otherDay = (t: TextInfo) => t.values.some((x) => x.kind === 'date' && x.date !== undefined && x.date.day === d.day && x.date.month === d.month && x.date.weekday !== undefined && x.date.weekday !== d.weekday);
      if (!impossible && !chosen.c.sentence.values.some((x) => x.kind === 'date' && x.date !== undefined && x.date.day === d.day && x.date.month === d.month && x.date.weekday !== d.weekday) && !related.some((s) => otherDay(s.c.sentence))) continue;
      const dated = scored.flatMap((s) =>
        s.c.sentence.values.flatMap((x) => {
          const e = x.kind === 'date' ? x.date : undefined;
          if (!e || e.day !== d.day || e.month !== d.month || (d.year !== undefined && e.year !== undefined && e.year !== d.year)) return [];
          const iso = e.year !== undefined ? isoDate(e.year, d.month!, d.day!) : undefined;
          const weekday = e.weekday ?? (iso !== undefined ? weekdayOf(iso) : undefined);
          return weekday === undefined ? [] : [{ s, x, weekday }];
        }),
      );
      // (Any sentence that gives the claim's weekday to the date: stated.)
      if (!dated.length || dated.some((t) => t.weekday === d.weekday)) continue;
      const found = dated[0];
      // (The weekday alone against a date without one; the whole date against another of the calendar's.)
      const said = impossible ? null : new RegExp(`\\b${WEEKDAY_NAMES[d.weekday]}\\b`, 'i').exec(v.text);
      const claimSpan = said ? { start: v.span.start + said.index, end: v.span.start + said.index + said[0].length } : v.span;
      conflicting = found.s;
      conflicts = [{ claim: info.text.slice(claimSpan.start, claimSpan.end), source: found.x.text, kind: 'date', claimSpan: draftSpan(claim, claimSpan), sourceSpan: { ...found.x.span }, replacement: null }];
      break;
    }
  }

  // An office given to another person than the one the evidence gives it ("The debate was chaired by the Deputy
  // Speaker, Helen Fairbairn" / "Madam Deputy Speaker (Mrs Eleanor Whitcombe) in the Chair"): the evidence pairs
  // the office with one person only, and never with the claim's.
  if (!conflicting) {
    const holders = OFFICE_HEAD.test(info.text) ? officeHolders(info.text) : [];
    if (holders.length) {
      // (And the line that gives a quote its speaker: "Sunita Varrell, Director of Engineering, Westvale Railways, said:"
      // over her words, "Graham Pettifer, Managing Director, Westvale Railways, said:" over his.)
      // (Not an office held before: "led by Dr Imogen Castell, a former director of children's services".)
      const theirs = scored.flatMap((s) => [s.c.sentence, ...(s.c.speaker ? [s.c.speaker] : [])].flatMap((t) => (OFFICE_HEAD.test(t.text) ? officeHolders(t.text).filter((o) => !FORMER.test(t.text.slice(Math.max(0, o.titleSpan.start - 12), o.titleSpan.start))).map((o) => ({ s, o })) : [])));
      // (The same list under another name: the branch below has a `theirs` of its own, whether the words are the person's.)
      const evidenceHolders = theirs;
      // (A double-barrelled name's last part: "sandhu-oakes" here, "sandhu", "oakes" as a name value splits it.)
      const surname = (names: readonly string[]) => names.join(' ').split(/[\s-]+/).pop() ?? '';
      for (const h of holders) {
        // (A post with its organisation's name, "Daniel Okafor, Brightwell's chief executive", is `findRival`'s, which
        // shows the post the sources give the person.)
        // (Unless the evidence gives the very post to one other person and never to the claim's, below: "Sandra
        // Healey, AVEW's regional officer for the automotive sector" / "Declan Moyes, Regional Officer (Automotive), and
        // Sandra Healey, Plant Convenor".)
        // (Not an office held before: "Former Australia captain Richie Benaud".)
        if (FORMER.test(info.text.slice(Math.max(0, h.titleSpan.start - 12), h.titleSpan.start))) continue;
        // The claim's person holds the office, or one the office may be a part of ("head coach" / "Newcastle head
        // coach"), somewhere in the evidence: stated. Another person holds the very office: a swap (not any team's
        // "coach" for the claim's coach).
        // (The claim's office of a named body is the office the evidence gives with the body apart: "managing director of
        // Westvale Railways" / "Graham Pettifer, Managing Director, Westvale Railways, said:".)
        const bodyless = /^(.*?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(h.title)?.[1].toLowerCase();
        // (Or the office of the body the claim names in the possessive: "Graham Tulloch, the Authority's chief
        // executive" / "Graham Tulloch, Chief Executive of the Authority".)
        const owner = h.owner;
        // (Or that office of a body the claim leaves unnamed: "Chief executive Dr Helen Marsh said" / "Dr Helen Marsh, Chief
        // Executive of Kingsmead Hospitals NHS Foundation Trust, said", beside another trust's "Graham Lister, Chief
        // Executive".)
        const holds = (office: string) =>
          sameOffice(office, h.office) ||
          (bodyless !== undefined && sameOffice(office, bodyless)) ||
          (owner !== undefined && !h.office.includes(' of ') && sameOffice(office, `${h.office} of ${owner}`)) ||
          (owner === undefined && !h.office.includes(' of ') && office.startsWith(`${h.office} of `));
        if (theirs.some((x) => holds(x.o.office) && x.o.names.some((n) => h.names.includes(n)))) continue;
        // (Not the post at another body: "Fiona Delacourt, chief economist at Harrowgate Capital" is no rival of the
        // bank's chief economist.)
        // (The office of the body the claim names in the possessive, where the evidence gives it: "the Authority's chief
        // executive" is Graham Tulloch, "Chief Executive of the Authority", not Brightwater's "Chief Executive, Fiona
        // Carradine".)
        const owned = owner !== undefined && !h.office.includes(' of ') ? theirs.filter((x) => x.o.office === `${h.office} of ${owner}`) : [];
        // (The office alone is the claim's office of a body where the evidence names that body: not "Elaine Macrae,
        // chair" of a harbour board's meeting for "Janet Corr, chair of the Skerrin Islands Lifeline Campaign".)
        const body = bodyless !== undefined ? h.title.slice(h.title.toLowerCase().indexOf(' of ') + 4).replace(/^the\s+/i, '').toLowerCase() : '';
        const bodyNamed = (x: (typeof theirs)[number]) => [x.s.c.sentence, ...x.s.c.context, ...(x.s.c.speaker ? [x.s.c.speaker] : [])].some((t) => t.lower.includes(body));
        // (An office of the body the claim names in the possessive, where the evidence names no such body: "the group's
        // chair, Dr Rosalind Fenwick-Hale" is no rival of a meeting's "Chair: Deborah Quayle, Head of Community
        // Engagement, Ashcombe Borough Council".)
        // (Or by a noun in the possessive: "the group's chair".)
        const whose = owner ?? /\b(?:the|its|their)\s+(\p{Ll}{3,})['’]s\s+$/u.exec(info.text.slice(Math.max(0, h.titleSpan.start - 30), h.titleSpan.start))?.[1];
        // (Only against a meeting's chair as a header line gives it, "Chair: Deborah Quayle, …": a body's own document
        // gives its officers without its name.)
        const meetingChair = (x: (typeof theirs)[number]) => /^(?:chair|chairman|chairwoman|chairperson)$/.test(x.o.office) && /(?:^|\n)[ \t]*Chair(?:man|woman|person)?[ \t]*:/i.test(x.s.c.sentence.text);
        const ownerNamed = (x: (typeof theirs)[number]) => whose === undefined || !meetingChair(x) || [x.s.c.sentence, ...x.s.c.context, ...(x.s.c.speaker ? [x.s.c.speaker] : [])].some((t) => t.lower.includes(whose.toLowerCase()));
        const same = owned.length ? owned : onePost(h.office) || h.ofNamed ? theirs.filter((x) => (x.o.office === h.office || (bodyless !== undefined && x.o.office === bodyless && bodyNamed(x))) && (x.o.at === undefined || x.o.at === h.at) && ownerNamed(x)) : [];
        if (same.length) {
          if (!same.every((x) => surname(x.o.names) === surname(same[0].o.names))) continue;
          // (A named body's post whose holder the evidence gives another post: that post against the claim's as written,
          // "Helen Marchbank, Marrowfield's chief executive" / "Helen Marchbank, Chair of the Board".)
          const mine = h.ofNamed || owned.length ? evidenceHolders.find((x) => surname(x.o.names) === surname(h.names)) : undefined;
          if (mine) {
            const apposition = /^,\s+(?:the\s+)?([^,;]+?)(?:,|;|\.?\s*$)/u.exec(info.text.slice(h.span.end));
            const at = apposition ? h.span.end + apposition[0].indexOf(apposition[1]) : -1;
            // (A body called "the Harcourt", "the Authority", whose post the evidence gives as "… of the Authority": the
            // post alone, "the Harcourt's artistic director" → "artistic director".)
            const written = h.ofNamed && apposition && at <= h.titleSpan.start && at + apposition[1].length >= h.titleSpan.end ? { text: apposition[1], span: { start: at, end: at + apposition[1].length } } : { text: h.title, span: h.titleSpan };
            // The evidence's post with its organisation, as written ("Brightwell's Chief Information Security Officer").
            const theirTitle = mine.o.ownedTitle ?? { text: mine.o.title, span: mine.o.titleSpan };
            conflicting = mine.s;
            conflicts = [{ claim: h.noun ?? written.text, source: theirTitle.text, kind: 'word', claimSpan: draftSpan(claim, written.span), sourceSpan: { ...theirTitle.span }, note: `it names ${mine.o.person} as the ${mine.o.title}`, replacement: mine.o.title }];
            break;
          }
          // The claim's person with a post of their own in the evidence: the post is what the claim gets wrong, not
          // the person ("Chief executive Rajiv Menon said …" where Menon is the Chief Financial Officer and said it,
          // and Helen Ashcombe the chief executive).
          // (Only when the evidence for the rest of the claim is the claim's person's, not the office holder's: "Housing
          // Minister Tobias Kerrigan moved the third reading" is the minister's act, the name the wrong part.)
          // Their words: the claim reports speech, and the evidence is the person's turn or their attributed words.
          // (The best evidence and any tied with it: "Area Manager Sunita Raval … said" ranks with Prowse's own turn.)
          // (And a line that opens a quote with the claim's person as its speaker: "Sunita Varrell, Director of
          // Engineering, Westvale Railways, said:".)
          const ownName = new RegExp(`\\b${escapeRegExp(surname(h.names))}\\b`, 'i');
          const window = [
            ...scored.filter((x) => x === chosen || x.score >= chosen.score - 1e-9).flatMap((x) => [x.c.sentence, ...x.c.context, ...(x.c.speaker ? [x.c.speaker] : [])]),
            ...scored.filter((x) => SAID_COLON_LINE.test(x.c.sentence.text) && ownName.test(x.c.sentence.text)).map((x) => x.c.sentence),
          ];
          const says = (who: string) => window.some((t) => new RegExp(`\\b${escapeRegExp(who)}\\b(?:[^.:;!?]{0,120}\\b(?:said|says|added|told|explained|wrote)\\b|\\s*(?:\\([^)]*\\))?\\s*:)`, 'i').test(t.text));
          // (Or a transcript turn that says the rest of the claim, its words besides the names and the post: "TOMAS
          // VARGA: … Both stages performed nominally." when a participants list ranks first.)
          const postTerms = new Set(analyzeText(h.title, false).terms);
          const rest = info.tokens.filter((k) => k.term && !k.capital && !postTerms.has(k.term)).map((k) => k.term!);
          const turns = rest.length ? scored.filter((x) => x.c.speaker && rest.filter((t) => x.c.sentence.terms.has(t)).length * 2 >= rest.length) : [];
          const tied = [...scored.filter((x) => x === chosen || x.score >= chosen.score - 1e-9), ...turns];
          const speaks = (who: string) => says(who) || tied.some((x) => x.c.speaker && new RegExp(`\\b${escapeRegExp(who)}\\b`, 'i').test(x.c.speaker.text));
          const theirs = SAYS.test(info.text) && speaks(surname(h.names)) && !speaks(surname(same[0].o.names));
          // (Their post from the evidence's sentences, else from the speaker's line of a transcript turn: "Tomas Varga,
          // Launch Director, Corvane Launch Systems" for "TOMAS VARGA: … Both stages performed nominally.")
          const ownIn = (text: (x: (typeof scored)[number]) => TextInfo | undefined) =>
            scored
              .flatMap((x) => {
                const t = text(x);
                // (Not a text that gives the claim's post too, as one to come: "SANDRA OKAFOR — Practice Manager, Ashworth
                // Road Surgery (Business Manager designate, Castlebridge Health Partnership)".)
                if (t && h.office.includes(' ') && postToCome(t.text, h.office.replace(/\s+of\s+.*$/, ''))) return [];
                return t ? namedRoles(t.text, t.values).map((r) => ({ s: x, r, inSentence: t === x.c.sentence })) : [];
              })
              .find((x) => surname(x.r.name.name ?? []) === surname(h.names) && !sameOffice(x.r.text.toLowerCase(), h.office) && !x.r.text.toLowerCase().includes(h.office));
          const own = !theirs ? undefined : (ownIn((x) => x.c.sentence) ?? ownIn((x) => x.c.speaker));
          if (own) {
            conflicting = own.s;
            conflicts = [{ claim: h.noun ?? h.title, source: own.r.text, kind: 'word', claimSpan: draftSpan(claim, h.titleSpan), ...(own.inSentence ? { sourceSpan: { ...own.r.span } } : {}), note: `it names ${own.r.name.text} as ${/^(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s\s/u.test(own.r.text) ? '' : 'the '}${own.r.text}`, replacement: own.r.text }];
            break;
          }
          const [{ s, o }] = same;
          conflicting = s;
          conflicts = [{ claim: h.person, source: o.person, kind: 'name', claimSpan: draftSpan(claim, h.span), sourceSpan: { ...o.span } }];
          break;
        }
        if (h.ofNamed) continue;
        // Or the person with another office, the only one the evidence gives them ("Finance director Margaret
        // Ellison" / "Chief executive Margaret Ellison").
        // (Another office of the same kind is no other office: "Belgium captain" / "Manchester City captain".)
        // (Nor a profession with a nationality, "Romanian director Ioana Vlădescu", which is no office of a body.)
        const theirOffices = theirs.filter((x) => surname(x.o.names) === surname(h.names) && x.o.names.every((n) => h.names.includes(n) || x.o.names.length === 1) && !NATIONALITY.test(x.o.title));
        if (!theirOffices.length || !theirOffices.every((x) => officeHead(x.o.office) === officeHead(theirOffices[0].o.office) && otherOffice(x.o.office, h.office))) continue;
        // (Not when the sentence that gives that office gives the claim's too: both are theirs, "Vice-chairman Anne
        // Whitlock" / "Anne Whitlock (secretary), vice-chairman of Little Haverstoke Parish Council".)
        if (theirOffices.some((x) => new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(h.title)}(?![\p{L}-])`, 'iu').test(x.s.c.sentence.text))) continue;
        const [{ s, o }] = theirOffices;
        conflicting = s;
        conflicts = [{ claim: h.noun ?? h.title, source: o.noun ?? o.title, kind: 'word', claimSpan: draftSpan(claim, h.titleSpan), sourceSpan: { ...o.titleSpan } }];
        break;
      }
    }
  }

  // Two of the claim's figures each given, in a sentence of its own, to what the claim gives the other ("A B&B room
  // costs an average of £62 a night, compared with £78 for self-contained nightly-paid accommodation" / "The average
  // cost of a B&B room is £78 a night. Self-contained nightly-paid accommodation costs an average of £62 a night").
  if (!conflicting) {
    const texts = [chosen.c.sentence, ...chosen.c.context, ...related.slice(0, CONFLICT_CANDIDATES).map((r) => r.c.sentence)];
    const found = figuresSwappedAcross(info, texts);
    if (found) {
      const own = found.text === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: found.claim.kind, claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: { ...found.source.span } } : {}), replacement: found.source.text }];
    }
  }

  // A place's town given otherwise ("Ferris Lane, Kellbridge" / "Ferris Lane, Dunmore"; "Westmarch General Hospital in
  // Haverbrook" / "… in Carlford"): the same name with another place right after it, in the evidence or its neighbours.
  if (!conflicting) {
    const texts = [chosen.c.sentence, ...chosen.c.context, ...related.slice(0, CONFLICT_CANDIDATES).map((r) => r.c.sentence), ...scored.slice(0, CONFLICT_CANDIDATES).map((r) => r.c.sentence)];
    const found = otherQualifier(info, texts);
    if (found) {
      const own = found.text === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'name', claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: { ...found.source.span } } : {}) }];
    }
  }

  // A person's home given as another place than the evidence gives it ("Holloway, a 47-year-old from Lowestoft" /
  // "Darren Holloway, 47, of Great Yarmouth"), when no passage gives the claim's.
  if (!conflicting && RESIDENCE_HINT.test(info.text)) {
    for (const r of residencesOf(info.text)) {
      const theirs = scored.flatMap((s) => residencesOf(s.c.sentence.text).map((o) => ({ s, o }))).filter((x) => samePerson(r, x.o));
      if (!theirs.length || theirs.some((x) => samePlace(x.o.place, r.place)) || !theirs.every((x) => samePlace(x.o.place, theirs[0].o.place))) continue;
      const [{ s, o }] = theirs;
      conflicting = s;
      conflicts = [{ claim: r.place, source: o.place, kind: 'name', claimSpan: draftSpan(claim, r.placeSpan), sourceSpan: { ...o.placeSpan } }];
      break;
    }
  }

  // A person given another's age ("Skipper Ewan Forsyth, 52," / "The skipper, Callum Wiseman, 52, … The mate, Ewan
  // Forsyth, 38,"): the age the passages give that person, when they give one and agree on it.
  if (!conflicting && AGE_HINT.test(info.text)) {
    for (const a of agesOf(info.text)) {
      const theirs = scored.flatMap((s) => [s.c.sentence, ...s.c.context].flatMap((t) => agesOf(t.text).map((o) => ({ s, t, o })))).filter((x) => samePersonAged(a, x.o));
      if (!theirs.length || theirs.some((x) => x.o.age === a.age) || !theirs.every((x) => x.o.age === theirs[0].o.age)) continue;
      const [{ s, t, o }] = theirs;
      conflicting = s;
      conflicts = [{ claim: a.ageText, source: o.ageText, kind: 'number', claimSpan: draftSpan(claim, a.ageSpan), ...(t === s.c.sentence ? { sourceSpan: { ...o.ageSpan } } : {}) }];
      break;
    }
  }

  // All of a group where the evidence says a part of it ("All of the sixteen new posts were hub coordinators" /
  // "we added sixteen posts, most of them hub coordinators"), in a sentence that says the rest of the claim.
  if (!conflicting) {
    const whole = ALL_OF.exec(info.text);
    if (whole) {
      for (const s of [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)]) {
        const part = PART_OF.exec(s.c.sentence.text);
        if (!part || /\ball\b/i.test(s.c.sentence.text) || lemmaCoverage(info, s.c.sentence, s.c.speaker ?? s.c.antecedent) < NEGATION_MIN) continue;
        conflicting = s;
        conflicts = [{ claim: whole[1], source: part[1], kind: 'word', claimSpan: draftSpan(claim, { start: whole.index, end: whole.index + whole[1].length }), sourceSpan: { start: part.index, end: part.index + part[1].length } }];
        break;
      }
    }
  }

  // An outcome the sentence gives the other way, anywhere in it, in a sentence the claim copies but for it ("Glass
  // Harbour won an Oscar" / "the Oscar-nominated drama Glass Harbour").
  if (!conflicting) {
    // The best evidence, or a related passage that says all of the claim but its outcome word the other way ("The
    // tribunal upheld her claim of sex discrimination" / "However, it dismissed her claim of sex discrimination", when
    // "The tribunal upheld her claims of unfair dismissal" says more of the claim's words).
    for (const s of [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)]) {
      const outcome = outcomeOpposite(info, s.c.sentence, deniedInClause);
      if (!outcome) continue;
      // (An outcome denied on one side only says the same: "The union did not accept the trust's figure" / "The
      // union disputes the trust's figure".)
      if (deniesOutcome(info, outcome[0]) !== deniesOutcome(s.c.sentence, outcome[1])) continue;
      const word = new Set(tokenize(info.text.slice(outcome[0].start, outcome[0].end)).flatMap((w) => processTerm(w) ?? []));
      // The rest of the claim said by the sentence, or by it and its neighbours when it says most ("… being treated as
      // accidental" after "… working with Marchbury Police", for "… treated as deliberate while the investigation with
      // Marchbury Police continues").
      const by = s.c.speaker ?? s.c.antecedent;
      const own = lemmaCoverage(info, s.c.sentence, by, word);
      // (Not when a neighbour has the claim's own outcome word: "The tribunal upheld her claims of unfair dismissal …
      // However, it dismissed her claim of sex discrimination.")
      const mine = info.text.slice(outcome[0].start, outcome[0].end).toLowerCase();
      const withNeighbours = () =>
        own >= OUTCOME_OWN_MIN && !s.c.context.some((t) => t.text.toLowerCase().includes(mine)) && lemmaCoverage(info, s.c.sentence, [...(by ? [by] : []), ...s.c.context], word) >= NEGATION_MIN;
      if (own < NEGATION_MIN && !withNeighbours() && !outcomeOfObject(info, outcome, s.c.sentence)) continue;
      const [said, theirs] = outcome;
      conflicting = s;
      conflicts = [{ claim: info.text.slice(said.start, said.end), source: s.c.sentence.text.slice(theirs.start, theirs.end), kind: 'word', claimSpan: draftSpan(claim, said), sourceSpan: { start: theirs.start, end: theirs.end } }];
      break;
    }
  }

  // A compass direction the evidence gives otherwise before the same word ("driven by a north-easterly wind" /
  // "driven by a south-westerly wind"), in a sentence that says the rest of the claim.
  if (!conflicting) {
    for (const t of [chosen.c.sentence, ...chosen.c.context]) {
      const found = otherCompassPoint(info.text, t.text, [chosen.c.sentence, ...chosen.c.context, ...scored.map((x) => x.c.sentence)].filter((o) => o !== t).map((o) => o.text));
      if (!found) continue;
      const except = new Set(tokenize(found.claim.text).flatMap((w) => processTerm(w) ?? []));
      // (With the sentence's neighbours: "a 12mph north-easterly wind was carrying the gas towards the houses" / "Wind
      // south-westerly, 12 mph, blowing from site towards Ashgrove Road housing." beside "the wind was carrying the gas
      // straight towards houses".)
      const speaker = who();
      if (lemmaCoverage(info, t, t === chosen.c.sentence ? [...(speaker ? [speaker] : []), ...chosen.c.context] : [chosen.c.sentence, ...chosen.c.context], except) < COMPASS_COPY_MIN) continue;
      const own = t === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === t);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'word', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: own ? { ...found.source.span } : undefined }];
      break;
    }
  }

  // A word whose opposite the sentence has next to the same word, in a sentence the claim copies but for it ("had
  // recommended approval" / "who had recommended refusal", where the sentence says "to approve" elsewhere).
  // Or a sentence beside it, the two saying the claim together ("Holloway's money-laundering sentence will run
  // concurrently …" / "On count 2, money laundering, the sentence is 18 months' imprisonment. That sentence will run
  // consecutively, …").
  if (!conflicting) {
    for (const t of [chosen.c.sentence, ...chosen.c.context]) {
      const pair = oppositeInPhrase(info, t);
      if (!pair) continue;
      const [mine, theirs] = pair;
      // A state that lasts until a time is its opposite from then ("will reopen … on Saturday 22 March" / "will
      // remain closed … until Saturday 22 March").
      if (UNTIL_AFTER.test(t.text.slice(theirs.end, theirs.end + 40)) && !UNTIL_AFTER.test(info.text.slice(mine.end, mine.end + 40))) continue;
      // The denial of the opposite is the word ("The panel rejected that explanation" / "The Panel did not accept
      // this explanation").
      if (deniesOutcome(t, theirs) !== deniesOutcome(info, mine)) continue;
      // (Nor the word for what is refused "and instead" of another thing: "asks the cabinet to reject the proposal and
      // instead to support a two-year federation pilot" / "want the cabinet to back a two-year federation pilot".)
      // (Unless the claim has the word for what is refused: "to back the proposal".)
      const refused = /^([^.;]{0,60}?)\binstead\b/i.exec(t.text.slice(theirs.end));
      if (refused && ![...analyzeText(refused[1], false).terms].some((x) => info.terms.has(x))) continue;
      const word = info.text.slice(mine.start, mine.end);
      // (Nor a confirmation of what is denied: "has refused to pay for the asbestos removal" / "had confirmed in writing
      // … that asbestos removal was excluded from the buildings policy".)
      if (/^(?:confirm|announc|stat|said|says|told|explain)/i.test(t.text.slice(theirs.start, theirs.end)) && CONFIRMED_DENIAL.test(t.text.slice(theirs.end, theirs.end + 120))) continue;
      // (Keeping a thing away is stopping it: "to keep the flames away from an adjoining fuel store" / "to stop the
      // fire spreading to … the adjoining fuel store".)
      if (/^ke(?:ep|pt)/i.test(word) && /^stop/i.test(t.text.slice(theirs.start, theirs.end)) && /^\s+(?:[\p{L}'’-]+\s+){0,3}(?:away|out|off|back|clear)\b/iu.test(info.text.slice(mine.end, mine.end + 50))) continue;
      // (Nor a word the sentence has too, with the claim's next two words: "The community share offer closed at
      // midnight on Sunday 14 April" / "The community share offer, which opened on Saturday 2 March, closed at midnight
      // on Sunday 14 April".)
      const next = /^[\s,]+([\p{L}\d'’-]+\s+[\p{L}\d'’-]+)/u.exec(info.text.slice(mine.end))?.[1];
      if (next && hasPhrase(t.text, `${word} ${next}`)) continue;
      // (Nor a word whose next three words the sentence gives after another word, which is the claim's in another
      // form: "with six front-of-house staff moving to the school" / "… would be retained on full pay. Six
      // front-of-house staff would be redeployed to the school venue".)
      const next3 = /^[\s,]+([\p{L}\d'’-]+\s+[\p{L}\d'’-]+\s+[\p{L}\d'’-]+)/u.exec(info.text.slice(mine.end))?.[1];
      // (With the claim's word before it there too, "staff … redeployed to the school": not "on Colley Bank" of another
      // sentence for "travelling south on Colley Bank", nor "the largest ward in the district" for "the smallest in the
      // district".)
      const prev = /([\p{L}'’-]{3,})[\s,]+$/u.exec(info.text.slice(Math.max(0, mine.start - 40), mine.start))?.[1];
      const prevTerm = prev && !SMALL_WORDS.has(prev.toLowerCase()) ? processTerm(prev) : null;
      if (next3 && prevTerm && next3.split(/\s+/).some((w) => w.length >= 4 && !SMALL_WORDS.has(w.toLowerCase()))) {
        const slot = (w: TextInfo) => {
          const at = w.text.toLowerCase().indexOf(next3.toLowerCase());
          if (at < 0 || (w === t && at >= theirs.start && at <= theirs.end + 40)) return false;
          return tokenize(w.text.slice(Math.max(0, at - 40), at)).some((x) => processTerm(x) === prevTerm);
        };
        if ([chosen.c.sentence, ...chosen.c.context].some(slot)) continue;
      }
      const except = new Set([processTerm(word) ?? '']);
      const own = t === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === t);
      if (t === chosen.c.sentence) {
        // (Its neighbours' words count: "Darnell Fisk has been found guilty of murder. The verdict was unanimous.")
        // (Not when a neighbour has the claim's word: "The Magpies will set a new club record" beside "his old club".)
        const speaker = who();
        const alone = lemmaCoverage(info, t, speaker, except) >= NEGATION_MIN;
        if (!alone && (chosen.c.context.some((w) => [...except].some((x) => w.terms.has(x))) || lemmaCoverage(info, t, speaker ? [speaker, ...chosen.c.context] : chosen.c.context, except) < NEGATION_MIN)) continue;
      } else {
        // (Not when the window has the claim's word: "in east China" in the sentence beside "north west China".)
        const window = [chosen.c.sentence, ...chosen.c.context];
        if (window.some((w) => [...except].some((x) => w.terms.has(x))) || lemmaCoverage(info, t, window, except) < NEGATION_MIN) continue;
        // (Nor when the passage's own sentence has the noun the claim's word is of, with other words: "compared with 47
        // in the previous round" / "compared with 47 in the 2022–25 round", beside "will not receive it in the new
        // round".)
        const noun = /^\s+([\p{L}]+)/u.exec(info.text.slice(mine.end))?.[1];
        const term = noun ? processTerm(noun) : null;
        if (term && chosen.c.sentence.terms.has(term)) continue;
      }
      conflicting = own ?? chosen;
      conflicts = [{ claim: word, source: t.text.slice(theirs.start, theirs.end), kind: 'word', claimSpan: draftSpan(claim, mine), sourceSpan: own ? { start: theirs.start, end: theirs.end } : undefined }];
      break;
    }
  }

  // Two figures of the claim, each stated, compared the wrong way round by the claim's own word ("71.4% of the trust's
  // patients began treatment within 62 days …, above the national standard of 85%"; "At 11.2 times … earnings, the
  // price is below the 10.6 times median").
  if (!conflicting) {
    const found = reversedComparison(info);
    const i = found ? info.values.indexOf(found.a) : -1;
    const j = found ? info.values.indexOf(found.b) : -1;
    if (found && statedAnywhere(i) && statedAnywhere(j)) {
      conflicting = scored.find((s) => s.c.states[i] || s.c.states[j]) ?? chosen;
      conflicts = [{ claim: found.word, source: found.right, kind: 'word', claimSpan: draftSpan(claim, found.span), replacement: found.right }];
    }
  }

  // A superlative ranked otherwise than the sentence ranks it, in a sentence the claim copies ("the longest men's
  // final" / "the second-longest men's final"; "the third-largest" / "the largest").
  if (!conflicting) {
    const found = rankedSuperlative(info.text, chosen.c.sentence.text);
    if (found && lemmaCoverage(info, chosen.c.sentence, who(), new Set(RANK_WORDS.map((w) => processTerm(w) ?? ''))) >= NEGATION_MIN) {
      conflicting = chosen;
      conflicts = [{ claim: info.text.slice(found.claim.start, found.claim.end), source: chosen.c.sentence.text.slice(found.source.start, found.source.end), kind: 'word', claimSpan: draftSpan(claim, found.claim), sourceSpan: found.source }];
    }
  }

  // Two figures given to two names the other way round ("will cut 170 jobs at Redditch and 470 at Telford" / "470
  // roles will be lost at the Redditch plant … and 170 roles will be lost at the Telford site").
  if (!conflicting && info.values.length >= 2 && lemmaCoverage(info, chosen.c.sentence, who()) >= LABEL_COPY_MIN) {
    const found = (info.values.length >= 4 ? figuresOfOtherNames(info, chosen.c.sentence) : undefined) ?? figuresOfOtherWords(info, chosen.c.sentence);
    if (found) {
      conflicting = chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: found.claim.kind, claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span }, replacement: found.source.text }];
    }
  }

  // Two people given what befell each other, in the evidence's window ("Callum Reddy was found guilty of murder,
  // while Darnell Fisk was convicted of manslaughter").
  if (!conflicting && info.values.length >= 2) {
    const window = [chosen.c.sentence, ...chosen.c.context];
    if (lemmaCoverage(info, chosen.c.sentence, window) >= NEGATION_MIN) {
      const found = namesOfOtherWords(info, window);
      if (found) {
        const own = found.text === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === found.text);
        conflicting = own ?? chosen;
        conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'name', claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: { ...found.source.span } } : {}) }];
      }
    }
  }

  // A figure the sentence dates otherwise in its own clause, where the claim's date goes with another figure ("fell
  // to 431,000 in the year to June 2025" / "was 431,000 in the year ending June 2026, down from 728,000 in the year
  // ending June 2025").
  if (!conflicting) {
    const found = figureOfOtherDate(info, chosen.c.sentence);
    if (found) {
      conflicting = chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'date', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span } }];
    }
  }

  // A figure that a row gives only as what was asked for, where the row gives what was granted: "On Saturdays the
  // limit will rise from 90 to 120 movements" / "Saturday (per day) | Current permission: 90 | Appellant's proposal:
  // 120 | Permitted by this decision: 100".
  if (!conflicting && tableRows.length && !ASKED_WORDS.test(info.text)) {
    for (const v of info.values) {
      if (!isNumeric(v) || v.value === undefined) continue;
      const found = tableRows.map((c) => ({ c, g: grantedInstead(c.sentence, v) })).find((x) => x.g);
      if (!found?.g) continue;
      if (scored.some((o) => !TABLE_ROW.test(o.c.sentence.text) && statesValue(o.c.sentence, v))) continue;
      const own = scored.find((x) => x.c === found.c);
      conflicting = own ?? chosen;
      const cell = found.g;
      conflicts = [{ claim: v.text, source: found.c.sentence.text.slice(cell.start, cell.end), kind: v.kind === 'name' ? 'name' : 'number', claimSpan: draftSpan(claim, v.span), ...(own ? { sourceSpan: { start: cell.start, end: cell.end } } : {}), note: `${v.text} is what was asked for`, replacement: found.c.sentence.text.slice(cell.valueStart, cell.end).trim() }];
      break;
    }
  }

  // A writer's share of a whole that the source's part and whole deny: "More than three quarters of the care plans
  // inspectors sampled were out of date" / "Care plans for 17 of the 24 people whose records we sampled were out of
  // date" (71%).
  if (!conflicting) {
    for (const [i, v] of info.values.entries()) {
      if (!(v.unit === 'fraction' || (v.kind === 'percent' && v.unit === '%')) || v.value === undefined || statedAnywhere(i)) continue;
      if (!/^\s+of\s+(?:the|its|their|all|these|those)\b/i.test(info.text.slice(v.span.end, v.span.end + 12))) continue;
      const share = v.unit === 'fraction' ? v.value : v.value / 100;
      // A sentence that says half the claim's words, or one that names what the share is of, all of its words ("of
      // the care plans" / "Care plans for 17 of the 24 people"), whatever other sources do to the words' weights.
      const ofWhat = [...analyzeText(/^\s+of\s+(?:the|its|their|all|these|those)\s+((?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+)/iu.exec(info.text.slice(v.span.end))?.[1] ?? '', false).terms];
      const namesWhole = (t: TextInfo) => ofWhat.length > 0 && ofWhat.every((w) => t.terms.has(w));
      const texts = [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)].filter((x) => lemmaCoverage(info, x.c.sentence) >= LABEL_COPY_MIN || namesWhole(x.c.sentence));
      const found = texts.map((x) => ({ x, pair: partAndWhole(x.c.sentence.text, x.c.sentence.values) })).find((y) => y.pair);
      if (!found?.pair) continue;
      const [part, whole] = found.pair;
      const ratio = part.value! / whole.value!;
      if (shareAgrees(v, share, ratio)) continue;
      conflicting = found.x;
      const span = { start: part.span.start, end: whole.span.end };
      conflicts = [{ claim: `${hedgeWords(info.text, v.span.start)} ${v.text}`.trim(), source: `${found.x.c.sentence.text.slice(span.start, span.end)} (${Math.round(ratio * 100)}%)`, kind: 'quantity', claimSpan: draftSpan(claim, v.span), sourceSpan: span }];
      break;
    }
  }

  // Whether the evidence or a candidate states one of the claim's own figures: the rules of the writer's own figures
  // below ask it of both figures they read.
  const statedNear = (v: TypedValue) => [chosen.c.sentence, ...chosen.c.context, ...scored.map((x) => x.c.sentence)].some((t) => statesValue(t, v));

  // A verb of change against the claim's own two figures, when the evidence gives both ("rose from 1,146 in January to
  // 412 in May" / "412 patients waited … in May, compared with 1,146 in January").
  if (!conflicting && claimFigures.length >= 2) {
    // (Not a number that names a thing after a capitalised word: "Year 11", "Route 41".)
    const counted = claimFigures.filter((v) => v.kind !== 'ordinal' && v.kind !== 'year' && v.kind !== 'date' && !clockTime(v) && !(v.kind === 'number' && !v.unit && /(?:^|\s)\p{Lu}\p{Ll}+\s+$/u.test(info.text.slice(Math.max(0, v.span.start - 16), v.span.start))));
    // (A bare number after a count leaves the unit to it: "212 pupils …, down from 204".)
    const sameKind = (a: TypedValue, b: TypedValue) => (a.kind === b.kind && a.unit === b.unit) || (a.kind === 'quantity' && b.kind === 'number' && !b.unit && /^,?\s+(?:up|down)\s+from\s+$/i.test(info.text.slice(info.text.lastIndexOf(',', b.span.start), b.span.start)));
    const found = moveAgainstFigures(info.text, counted, (a, b) => sameKind(counted[a], counted[b]) && !counted[a].bound && !counted[b].bound);
    if (found && statedNear(counted[found.from]) && statedNear(counted[found.to])) {
      const way = MOVED_WORDS[found.word.text.toLowerCase()] ?? (counted[found.to].value! > counted[found.from].value! ? 'rose' : 'fell');
      conflicting = chosen;
      conflicts = [{ claim: found.word.text, source: way, kind: 'direction', claimSpan: draftSpan(claim, found.word.span), note: `its figures go from ${counted[found.from].text} to ${counted[found.to].text}`, replacement: way }];
    }
  }

  // A share of change that the claim's own two figures do not make, when the evidence gives both ("Applications fell
  // from 1,240 in the 2019 cycle to 702 in the 2023 cycle, a decline of more than half": 43.4%). The writer's
  // arithmetic, wrong whatever the sources say of the share.
  if (!conflicting && claimFigures.length >= 3) {
    for (const v of info.values) {
      const found = ownChangePairs(info.text, info.values, v);
      if (found.length !== 1) continue;
      const { pair: [a, b], change, rises } = found[0];
      if (a.bound || b.bound || a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '')) continue;
      // Only "from A … to B", in the share's clause: not another clause's change ("Paid attendance dropped from 6,420 to
      // 4,870, and gate receipts fell by just over 30 per cent to £36,940"; "…, and the number of cars carried dropped
      // by more than three fifths"), nor a share with its own end ("… to £36,940").
      if (!/\bfrom\s+$/i.test(info.text.slice(Math.max(0, a.span.start - 6), a.span.start))) continue;
      if (b.span.end <= v.span.start && /\b(?:and|while|whereas|but)\b|;/i.test(info.text.slice(b.span.end, v.span.start))) continue;
      if (/^\s+to\s+(?:about\s+|around\s+)?[£$€]?\d/.test(info.text.slice(v.span.end, v.span.end + 20))) continue;
      // (The way the words go is the direction rule's: "rose by 12 per cent, from 240 to 210".)
      if (rises !== b.value! > a.value!) continue;
      const share = v.unit === 'fraction' ? v.value! : v.value! / 100;
      if (!shareMisses(v, share, change) || !statedNear(a) || !statedNear(b)) continue;
      conflicting = chosen;
      const worked = `${rises ? 'a rise' : 'a fall'} of ${Number((change * 100).toFixed(1))}%`;
      conflicts = [{ claim: `${hedgeWords(info.text, v.span.start)} ${v.text}`.trim(), source: worked, kind: 'percent', claimSpan: draftSpan(claim, v.span), note: `its figures go from ${a.text} to ${b.text}`, replacement: null }];
      break;
    }
  }

  // A comparison of the claim's own two figures that goes against them, when the evidence gives both ("answered 88.9
  // per cent of 999 calls within 10 seconds, just below the 39-force average of 86.0 per cent").
  if (!conflicting && claimFigures.length >= 2) {
    const compared = claimFigures.filter((v) => v.kind !== 'ordinal' && v.kind !== 'year' && v.kind !== 'date' && !clockTime(v) && !v.label);
    const found = comparisonAgainstFigures(info.text, compared, (a, b) => compared[a].kind === compared[b].kind && compared[a].unit === compared[b].unit && (compared[a].per ?? '') === (compared[b].per ?? ''));
    if (found && statedNear(compared[found.first]) && statedNear(compared[found.second])) {
      const [a, b] = [compared[found.first], compared[found.second]];
      conflicting = chosen;
      conflicts = [{ claim: found.word.text, source: found.other, kind: 'direction', claimSpan: draftSpan(claim, found.word.span), note: `${a.text} is ${a.value! > b.value! ? 'more' : 'less'} than ${b.text}`, replacement: found.other }];
    }
  }

  // A comparison with a benchmark the claim gives no figure for, which a passage's two figures go against ("had been
  // below the county average" / "71 per cent …, compared with a county average of 59 per cent").
  if (!conflicting && claimNegations === 0) {
    const texts = [chosen, ...scored.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)].filter((x) => x === chosen || lemmaCoverage(info, x.c.sentence) >= LABEL_COPY_MIN);
    const found = benchmarkAgainstFigures(info.text, claimFigures, texts.flatMap((x) => [x.c.sentence, ...x.c.context]));
    if (found) {
      const own = scored.find((x) => x.c.sentence === found.text);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.word.text, source: found.other, kind: 'direction', claimSpan: draftSpan(claim, found.word.span), note: `it gives ${found.figure.text} against ${found.benchmark.text}`, replacement: found.other }];
    }
  }

  // A figure the sentence gives under another label, the claim's label being another figure's ("The basic award was
  // £26,830" / "a basic award of £9,120, a compensatory award of £26,830").
  if (!conflicting && info.values.length) {
    // (Or the neighbour that gives a figure of the claim's the sentence lacks, the two saying enough of the claim
    // together, where the rival is the next of a list: "…, accounting for 391 of the cancellations, followed by
    // urology with 244" / "General surgery followed with 244 cancellations, then urology with 167", after the
    // sentence of the 391.)
    const coverage = lemmaCoverage(info, chosen.c.sentence, who());
    const lacking = (t: TextInfo) => info.values.some((v) => isNumeric(v) && !statesValue(chosen.c.sentence, v) && statesValue(t, v)) && coverage + lemmaCoverage(info, t) >= LABEL_COPY_MIN;
    const texts = [...(chosen.c.sentence.values.length > 1 && coverage >= LABEL_COPY_MIN ? [chosen.c.sentence] : []), ...(TABLE_ROW.test(chosen.c.sentence.text) ? [] : chosen.c.context.filter((t) => t.values.length > 1 && !TABLE_ROW.test(t.text) && lacking(t)))];
    for (const t of texts) {
      const found = figureOfOtherLabel(info, t, t !== chosen.c.sentence);
      if (!found) continue;
      const own = t === chosen.c.sentence ? chosen : scored.find((x) => x.c.sentence === t);
      conflicting = own ?? chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: found.claim.kind, claimSpan: draftSpan(claim, found.claim.span), ...(own ? { sourceSpan: { ...found.source.span } } : {}), replacement: found.source.text }];
      break;
    }
  }

  // "Only" one name where the sentence the claim copies lists it with others ("sold only in England" / "sold in …
  // stores in England and Wales"; "Only Tesco sold it" / "sold in Tesco, Asda and Morrisons").
  if (!conflicting) {
    const found = onlyOfList(info, chosen.c.sentence);
    if (found && lemmaCoverage(info, chosen.c.sentence, who()) >= NEGATION_MIN) {
      conflicting = chosen;
      conflicts = [{ claim: found.words, source: chosen.c.sentence.text.slice(found.source.start, found.source.end), kind: 'name', claimSpan: draftSpan(claim, found.claim), sourceSpan: found.source, note: `it names ${found.others.length > 1 ? `${found.others.slice(0, -1).join(', ')} and ${found.others[found.others.length - 1]}` : found.others[0]} too`, replacement: null }];
    }
  }

  // A name the claim puts in another name's place in the sentence it retells ("in the academy at Harbury Town" / "in
  // the academy at Trenton Vale before moving … from Harbury Town").
  if (!conflicting) {
    const found = displacedName(info, chosen.c.sentence);
    if (found) {
      conflicting = chosen;
      const text = (t: string, r: NameRun) => t.slice(r.start, r.end);
      conflicts = [{ claim: text(info.text, found.claim), source: text(chosen.c.sentence.text, found.source), kind: 'name', claimSpan: draftSpan(claim, found.claim), sourceSpan: { start: found.source.start, end: found.source.end }, replacement: text(chosen.c.sentence.text, found.source) }];
    }
  }

  // An organisation or place the claim names where the sentence that states the rest of it names another of the kind,
  // the claim's only in another passage ("The Pemberton Art Trust's grant of £1.15 million covered 61.8%" / "The
  // Albion Heritage Lottery Trust awarded a grant of £1,150,000, which covered 61.8%").
  if (!conflicting) {
    const paired = account.pair !== undefined ? scored[account.pair] : undefined;
    const heads = [...new Set([chosen, ...(paired ? [paired] : [])].map((s) => s.c.hit.document))].map(headingLines);
    const found = bodyInAnothersPlace(info, [chosen.c.sentence, ...chosen.c.context, ...(chosen.c.antecedent ? [chosen.c.antecedent] : []), ...(paired ? [paired.c.sentence] : [])], heads);
    // (Not when a passage gives the claim's body with a name of the claim that the other's sentence gives too:
    // "Rebecca Osei and Martin Kilbride, of Calloway Finch Restructuring LLP, were appointed joint administrators" /
    // "Joint Administrators: Rebecca Osei and Martin Kilbride of Calloway Finch Restructuring LLP", beside "… were
    // appointed Joint Administrators of Harbridge Town Football Club Limited".)
    const body = found ? info.values.find((v) => v.kind === 'name' && v.span.start === found.claim.span.start && v.span.end === found.claim.span.end) : undefined;
    // (Or with the claim's word right before it: "at the finish in Victoria Park" / "Finish area (Victoria Park) | …".)
    const lead = body ? info.tokens.filter((k) => k.term && k.end <= body.span.start).slice(-2).map((k) => k.term!) : [];
    const together =
      body !== undefined &&
      scored.some((o) => [o.c.sentence, ...o.c.context].some((t) => statesValue(t, body) && (info.values.some((w) => w.kind === 'name' && w !== body && statesValue(t, w) && statesValue(found!.sentence, w)) || lead.some((l) => t.terms.has(l) && !found!.sentence.terms.has(l)))));
    // (Or a passage that has the claim's words before it as the claim has them: "Administrators from Hollis Pryce LLP
    // were appointed", beside "the appointment of administrators to the Lot 3 contractor, Fibrelink Rural Networks Ltd".)
    const before = body ? /(?:^|\s)((?:[\p{L}'’-]+\s+){2})$/u.exec(info.text.slice(Math.max(0, body.span.start - 40), body.span.start))?.[1] : undefined;
    // (A word of the claim's own among them: not "at the Lifeboat Slip", which any passage about the place has.)
    const phrase = before && before.split(/\s+/).some((w) => w && !SMALL_WORDS.has(w.toLowerCase())) && `${before}${body!.text}`.toLowerCase().replace(/\s+/g, ' ');
    const asWritten = !!phrase && scored.some((o) => [o.c.sentence, ...o.c.context].some((t) => t.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase)));
    // (Or a passage that gives it with the claim's words after it, the claim joining two items: "pitch fees frozen for
    // the first twelve months in the square and the Mill Lane permit to be free for the first year" / "1. A freeze on all
    // pitch fees … in Cloth Hall Square" and "3. The Mill Lane traders' permit to be free for the first year".)
    const after = body ? analyzeText(info.text.slice(body.span.end, body.span.end + 40), false).tokens.flatMap((k) => (k.term && !STOPWORDS.has(k.term) ? [k.term] : [])).slice(0, 3) : [];
    // (All three of them: not "turned the field along Quayside" with a "section" for "the Quayside section, where a turn
    // cone was placed".)
    const withWordsAfter = after.length === 3 && scored.some((o) => o.c.sentence !== found?.sentence && statesValue(o.c.sentence, body!) && after.every((t) => o.c.sentence.terms.has(t)));
    // (Or a passage that gives the claim's as the other's address, right after it: "The lease on the Mill Lane premises"
    // / "The lease on Cobbleford Health Centre …", beside "its branch surgery at Cobbleford Health Centre, Mill Lane,
    // Cobbleford".)
    // (A street's name, not an item of a list: "at Kesterwick, Pellbridge and Ashcombe Junction stations".)
    const address = !!body && STREET_NAME.test(body.text) && scored.some((o) => [o.c.sentence, ...o.c.context].some((t) => hasPhrase(t.text, `${found!.source.text}, ${body.text}`) || hasPhrase(t.text, `${found!.source.text} (${body.text}`)));
    if (found && !together && !asWritten && !withWordsAfter && !address) {
      // The passage of the sentence that names the other, when it is a candidate (a neighbour may be none).
      conflicting = scored.find((s) => s.c.sentence === found.sentence) ?? chosen;
      const inSentence = found.sentence === conflicting.c.sentence;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'name', claimSpan: draftSpan(claim, found.claim.span), ...(inSentence ? { sourceSpan: { ...found.source.span } } : {}), replacement: found.source.text }];
    }
  }

  // A figure the sentence gives as another name's ("The Art Fund gave £150,000" / "the Art Fund, which gave £200,000,
  // and the National Heritage Memorial Fund, which gave £150,000").
  if (!conflicting) {
    const found = figureOfAnotherOwner(info, chosen.c.sentence) ?? yearOfAnotherName(info, chosen.c.sentence);
    if (found) {
      conflicting = chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: found.claim.kind, claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span }, note: `it gives ${found.claim.text} for ${found.other.text}`, replacement: found.source.text }];
    }
  }
  // (Or another passage about it that says the claim's very verb before the figure, for a share or a sum: "Northgate
  // Infrastructure Partners, which owns 51 per cent of the airport" / "Harrowfield Airport is owned 51 per cent by
  // Harrowfield Borough Council and 49 per cent by Northgate Infrastructure Partners", the best evidence another
  // passage's; not when a passage gives the claim's owner the claim's figure.)
  if (!conflicting) {
    const verbOf = (v: TypedValue) => {
      const word = /(\p{L}+)\s+$/u.exec(info.text.slice(Math.max(0, v.span.start - 24), v.span.start))?.[1];
      return word ? processTerm(word) : null;
    };
    for (const s of scored.slice(0, CONFLICT_CANDIDATES)) {
      if (s === chosen) continue;
      const found = figureOfAnotherOwner(info, s.c.sentence);
      const verb = found && verbOf(found.claim);
      if (!found || (found.claim.kind !== 'percent' && found.claim.kind !== 'money') || !verb || !s.c.sentence.terms.has(verb)) continue;
      const mine = ownerOf(info, found.claim);
      if (mine && scored.some((o) => givenTo(o.c.sentence, mine, (x) => valueAgrees(found.claim, x)))) break;
      conflicting = s;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: found.claim.kind, claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span }, note: `it gives ${found.claim.text} for ${found.other.text}`, replacement: found.source.text }];
      break;
    }
  }

  // So too where the sentence gives the claim's figure to another and names not the claim's owner (a stake "held by
  // Corvale Air" / "49% by Harlund Infrastructure Partners"), in a sentence about the claim: by its words, or by
  // giving every figure of a claim of two or more.
  const givesEvery = () => {
    const numeric = info.values.filter(isNumeric);
    return numeric.length >= 2 && numeric.every((v) => statesValue(chosen.c.sentence, v));
  };
  if (!conflicting && (chosen.c.features.topic >= thresholds.contradiction || givesEvery())) {
    const found = ownerOfFigureSwapped(info, chosen.c.sentence);
    if (found) {
      conflicting = chosen;
      conflicts = [{ claim: found.claim.text, source: found.source.text, kind: 'name', claimSpan: draftSpan(claim, found.claim.span), sourceSpan: { ...found.source.span } }];
    }
  }

  // A person's role in apposition that the evidence gives otherwise ("Tom Whitfield, the Chancellor," / "The shadow
  // chancellor, Tom Whitfield,"; "Gareth Pugh, the company's managing director," / "the investigating manager,
  // Gareth Pugh,"): in the best evidence, a related passage or their neighbours.
  if (!conflicting) {
    const mine = namedRoles(info.text, info.values);
    if (mine.length) {
      // A person's post is the source's whatever sentence gives it: then any candidate's sentence ("John Edwards, UK
      // Information Commissioner, said:" above the quotation the claim reports).
      const nearest = [chosen, ...related.slice(0, CONFLICT_CANDIDATES).filter((r) => r !== chosen)];
      for (const s of [...nearest, ...scored.filter((o) => !nearest.includes(o))]) {
        const texts: { text: string; values: readonly TypedValue[] }[] = nearest.includes(s) ? [s.c.sentence, ...s.c.context] : [s.c.sentence];
        const signed = signature(s.c.sentence, s.c.context);
        if (signed) texts.push(signed);
        const found = texts.map((t) => ({ t, r: otherRole(mine, namedRoles(t.text, t.values), t.text) })).find((x) => x.r);
        if (!found?.r) continue;
        // Not when another sentence gives the person the claim's role ("The pair's former coach, Christos Tzekos," as
        // well as "the athletes' controversial coach, Christos Tzekos").
        if (scored.some((o) => namedRoles(o.c.sentence.text, o.c.sentence.values).some((r) => sameRole(found.r!.claim, r)))) break;
        // (Nor when the claim gives the person two posts and the other is the text's: "Helen Marchbank, the society's
        // chair and a retired headteacher of Brantley Primary School" / "Helen Marchbank, chair of the society".)
        if (mine.some((r) => r !== found.r!.claim && sameRole(r, found.r!.source))) break;
        // (Nor when the text that gives the other post gives the claim's too, as one to come: "SANDRA OKAFOR — Practice
        // Manager, Ashworth Road Surgery (Business Manager designate, Castlebridge Health Partnership)".)
        const claimed = [...found.r.claim.modifiers, found.r.claim.head].join(' ');
        if (found.r.claim.modifiers.length && postToCome(found.t.text, claimed)) break;
        const { claim: c, source: r } = found.r;
        conflicting = s;
        // The post in lower case in the note ("as the senior keeper" for "Senior keeper Tom Whitlock"), but for a
        // capital after an article, which is a name's ("the Thurrock depot manager").
        const named = /\b(?:the|a|an|its|our|their|his|her)\s+$/.test(found.t.text.slice(Math.max(0, r.span.start - 8), r.span.start));
        const post = !named && /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d'’-]+)+$/u.test(r.text) ? r.text[0].toLowerCase() + r.text.slice(1) : r.text;
        conflicts = [{ claim: c.text, source: r.text, kind: 'word', claimSpan: draftSpan(claim, c.span), ...(found.t === s.c.sentence ? { sourceSpan: { ...r.span } } : {}), note: `it names ${r.name.text} as ${/^(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s\s/u.test(r.text) ? '' : 'the '}${post}`, replacement: r.text }];
        break;
      }
    }
  }

  // A rank for another before the same person's name in the evidence or its speaker ("Inspector Helen
  // Price said …" where the quote's speaker is "Sergeant Helen Price").
  if (!conflicting) {
    const found = titleSwaps(claim, info, [chosen.c.sentence, ...chosen.c.context]);
    if (found.length) {
      conflicting = chosen;
      conflicts = found;
    }
  }

  // A name that only the evidence's second passage gives, where the sentence says all the rest of the claim with
  // another name in its place ("Maternity services at Brambridge General Hospital are running normally …" against
  // "Maternity services at St Aldric's are running normally …", the first paragraph naming both hospitals).
  // (Or a name only the document's header gives, a meeting's venue, which is in every passage's window.)
  if (!conflicting && (account.pair !== undefined || chosen.c.head.length)) {
    const paired = account.pair !== undefined ? scored[account.pair] : undefined;
    const window = [chosen.c.sentence, ...chosen.c.context.filter((t) => !chosen.c.head.includes(t))];
    for (const v of info.values) {
      if (v.kind !== 'name' || window.some((t) => statesValue(t, v))) continue;
      // (Not a place a distance is measured from, which is no place the thing is in: "on Fenwick Road, 4.3 miles from
      // Kellsbridge by road" / "on Fenwick Road, Ormsby".)
      if (distanceFrom(info, v)) continue;
      const giver = paired && statesValue(paired.c.sentence, v) ? paired.c.sentence : chosen.c.head.find((t) => statesValue(t, v));
      if (!giver) continue;
      // (Nearly all the rest: a paraphrase's word or two aside, "moved elsewhere" / "moved to other hospitals"; or most
      // of it, where the second passage gives the name and nothing else of the claim, a venue's line: "first spotted on
      // file servers at the Ashcombe General Hospital data centre" / "… on two file servers at the Wealdmoor Royal
      // Infirmary data centre", beside "Boardroom, Trust Headquarters, Ashcombe General Hospital, Mill Lane".)
      const nameTerms = new Set(v.name!.flatMap((w) => processTerm(w) ?? []));
      const onlyTheName = lemmaCoverage(info, giver, undefined, nameTerms) < PAIR_NAME_ONLY_MAX;
      // (A header's name counts only as a venue's: a title that says more of the claim is about it.)
      if (giver !== paired?.c.sentence && !onlyTheName) continue;
      const r = nameInPlaceOf(claim, info, v, chosen.c.sentence, onlyTheName ? PAIR_NAME_COPY_MIN : NEGATION_MIN);
      if (!r) continue;
      conflicting = chosen;
      conflicts = [r.conflict];
      break;
    }
  }

  // A name, figure or date of a sentence the claim copies (every other word of it stated) replaced by another,
  // even when some other passage states the claim's ("within DRM families" / "within Electronic Frontier
  // Foundation families", where another article names the foundation).
  // (Not a sentence that lacks several of the claim's values that another passage gives, all of them: "Kesi … had her
  // first calf, Amani, in Germany in 2019" is not "… born … on Saturday 8 March 2025 … to 14-year-old mother Kesi"
  // with one date changed, when "… in Germany in 2020, where she had given birth to her first calf, Amani, in 2019"
  // is beside it.)
  const unstatedHere = info.values.filter((v) => !statesValue(chosen.c.sentence, v));
  // (Each as written there: a figure of its kind and unit.)
  const writtenIn = (t: TextInfo, v: TypedValue) => (v.kind === 'name' ? statesValue(t, v) : t.values.some((x) => x.kind === v.kind && (x.unit ?? '') === (v.unit ?? '') && valueAgrees(v, x)));
  // (Or two figures or more, all of them, that another passage gives where it names the claim's thing in its own way:
  // "Households in Band A will pay £1,160.73 …, £55.17 more" / the row "A | … | 2025/26: £1,160.73 | Annual
  // increase: £55.17", beside "A Band D household will pay £1,741.09 …".)
  const unstatedFigures = unstatedHere.filter((v) => v.kind !== 'name');
  const allIn = (vs: readonly TypedValue[]) => vs.length > 1 && scored.some((o) => o !== chosen && vs.every((v) => writtenIn(o.c.sentence, v)));
  // (Or all of them, that another sentence the claim nearly copies gives: "Two runners remained in hospital on
  // Tuesday" / "As of this morning, two runners remain in hospital" of Monday's statement, beside "Two runners remain
  // with us this morning" of Tuesday's briefing.)
  // (With the names the sentence gives: not "The apprentice rate applies to apprentices aged under 19, …" for "The
  // National Living Wage applies to workers aged under 21".)
  const namesHere = info.values.filter((v) => v.kind === 'name' && statesValue(chosen.c.sentence, v));
  const copiedElsewhere =
    unstatedHere.length > 0 &&
    scored.some((o) => o !== chosen && unstatedHere.every((v) => statesValue(o.c.sentence, v)) && namesHere.every((v) => statesValue(o.c.sentence, v)) && copyCoverage(info, o.c.sentence) >= COPIED_TOPIC_MIN);
  const elsewhere = allIn(unstatedHere) || allIn(unstatedFigures) || copiedElsewhere;
  if (!conflicting && info.values.length && !elsewhere && copyCoverage(info, chosen.c.sentence) >= COPY_TOPIC) {
    // Stated by the sentence itself: a name the claim takes from a neighbouring sentence is still a swap.
    const sentence = chosen.c.sentence;
    const found = info.values
      .map((v, i) => {
        // (Nor a figure another row of the table gives, one the claim names too: "At Ashby Vale Health Centre the
        // average wait is nine days, and at Castle Street Surgery it is 11", against Castle Street's row.)
        if (chosen.c.table.some((row) => row !== sentence && statesValue(row, v) && namesLabel(info, rowLabel(row), false))) return undefined;
        // (Nor the day of the document's own record: "was sentenced … on Friday 19 April" / the remarks of "Friday 19
        // April 2024", whose sentence gives the verdict's "Monday 8 April 2024".)
        if (ofTheDocumentsDay(chosen, i)) return undefined;
        // (Nor a figure a table gives in the column of another of the claim's: "from 287 to 402" / "FPNs issued: 287",
        // "FPNs issued: 402", against a sentence on the same rise that gives neither.)
        if (statedInColumn(i)) return undefined;
        // (Nor a date the sentence refers to by "then", which a neighbour gives: "Until it opens in March 2026" /
        // "The gallery is expected to open … in March 2026. Until then, … the conservation laboratory, which opened in
        // 2021.")
        if ((v.kind === 'date' || v.kind === 'year') && /\b(?:until|by|since|after|before|from)\s+then\b/i.test(sentence.text) && chosen.c.context.some((t) => statesValue(t, v))) return undefined;
        const r = statesValue(sentence, v) ? undefined : findRival(claim, info, v, sentence);
        // (Nor an age against a length of time: "Gary Pennock, 52," / "after a trial lasting nine days".)
        if (r && isAge(info, v) && r.conflict.sourceSpan && !/\byears?\b/i.test(r.conflict.source)) return undefined;
        // (Nor the day of another event, days from the claim's: "The longest spill of the year, on Sunday 27 July" / "the
        // highest reading …, on Tuesday 29 July, came two days after the longest spill of the year".)
        if (r && dayOfOtherEvent(info, v, sentence.text, r.conflict)) return undefined;
        return r && !affiliation(chosen, i, r) ? r : undefined;
      })
      .filter((r): r is RivalValue => !!r && (r.sole || r.role >= roleMin))
      .map((r) => r.conflict);
    // (Not one name of the sentence against two of the claim's that its document gives, details the claim adds: "handed
    // a petition … to Cllr Ellery at County Hall" / "… to Brackenshire County Council. The petition was presented at
    // County Hall … It was received by Councillor Margaret Ellery".)
    const detail = (c: Conflict) => {
      const v = info.values.find((x) => x.kind === 'name' && x.text === c.claim);
      return !!v && found.filter((d) => d.sourceSpan && d.sourceSpan.start === c.sourceSpan?.start).length >= 2 && scored.some((o) => o.c.hit.document.id === chosen.c.hit.document.id && statesValue(o.c.sentence, v));
    };
    const kept = found.filter((c) => !detail(c));
    if (kept.length) {
      conflicting = chosen;
      conflicts = kept;
    }
  }

  // A bound changed in a sentence the claim copies ("more than 4.2 million" → "4.2 million", "over 400,000" →
  // "under 400,000"): the same figure in the same role with a bound that does not agree, even when another
  // passage gives the bare figure.
  const copiedForBound = !conflicting && info.values.length ? lemmaCoverage(info, chosen.c.sentence, who()) : 0;
  if (!conflicting && info.values.length && copiedForBound >= BOUND_COPY_MIN) {
    const sentence = chosen.c.sentence;
    for (const v of info.values) {
      if (!isNumeric(v)) continue;
      const same = sentence.values.filter((x) => isNumeric(x) && group(x) === group(v) && Math.abs(x.value! - v.value!) <= Math.max(v.precision ?? 0, x.precision ?? 0, Math.abs(v.value!) * 0.005));
      if (!same.length || same.some((x) => valueAgrees(v, x))) continue;
      // (Not an exact figure inside a rounded bound: "fined £9,860" / "Fines totalling almost £10,000", another source
      // giving the £9,860.)
      if (!v.bound && same.every((x) => x.bound && x.value !== v.value && !valueDiffers(v, x))) continue;
      // (Nor a bare figure that another passage copying the claim nearly as closely gives bare: "a SEND working group
      // including two parent representatives" / the trust's "including at least two parent representatives", beside
      // the governors' "that a SEND working group including two parent representatives be established".)
      if (!v.bound && scored.some((o) => o.c.sentence !== sentence && statesValue(o.c.sentence, v) && o.c.sentence.values.some((x) => !x.bound && valueAgrees(v, x)) && lemmaCoverage(info, o.c.sentence, o.c.speaker) >= Math.min(BOUND_COPY_MIN, copiedForBound - BARE_COPY_SLACK))) continue;
      const rival = same.map((x) => ({ x, role: roleSimilarity(v, x) })).sort((a, b) => b.role - a.role)[0];
      if (rival.role < roleMin) continue;
      const claimHedge = hedgeWords(claim.text, v.span.start);
      const sourceHedge = hedgeWords(sentence.text, rival.x.span.start);
      // (Not "over" a length of time for a claim's bare one, which may be the time across which: "a £40,000 ten-year
      // loan" / "a £40,000 loan … over ten years at 4.5 per cent fixed".)
      if (!v.bound && /^over$/i.test(sourceHedge) && v.kind === 'quantity' && /^(?:day|week|month|year)$/.test(v.unit ?? '')) continue;
      // (Nor the same "over" before both, the claim's read as across, "spreading the work over four weekends" / "Doing
      // this work over four weekends".)
      if (/^over$/i.test(sourceHedge) && /\bover\s+$/i.test(info.text.slice(Math.max(0, v.span.start - 6), v.span.start))) continue;
      conflicts.push({
        claim: claimHedge ? `${claimHedge} ${v.text}` : v.text,
        source: sourceHedge ? `${sourceHedge} ${rival.x.text}` : rival.x.text,
        kind: v.kind,
        claimSpan: draftSpan(claim, claimHedge ? { start: v.span.start - claimHedge.length - 1, end: v.span.end } : v.span),
        sourceSpan: sourceHedge ? { start: rival.x.span.start - sourceHedge.length - 1, end: rival.x.span.end } : { ...rival.x.span },
      });
    }
    if (conflicts.length) conflicting = chosen;
  }

  // How often a thing is done, changed in a sentence the claim copies: "conditional on stop-and-search data being
  // published every week" / "conditional on the publication of monthly stop-and-search data". One frequency on the
  // claim's side, none of it on the sentence's, and no passage that copies the claim as well gives the claim's.
  const copiedForFrequency = conflicting ? 0 : lemmaCoverage(info, chosen.c.sentence, who());
  if (!conflicting && copiedForFrequency >= FREQUENCY_COPY_MIN) {
    const mine = frequencies(info.text);
    const theirs = frequencies(chosen.c.sentence.text);
    if (mine.length === 1 && theirs.length && !theirs.some((f) => f.period === mine[0].period) && !scored.some((o) => o !== chosen && frequencies(o.c.sentence.text).some((f) => f.period === mine[0].period) && lemmaCoverage(info, o.c.sentence, o.c.speaker) >= copiedForFrequency)) {
      conflicting = chosen;
      conflicts = [{ claim: mine[0].text, source: theirs[0].text, kind: 'word', claimSpan: draftSpan(claim, mine[0].span), sourceSpan: { ...theirs[0].span }, replacement: theirs[0].text }];
    }
  }

  // A figure the sources give only for another time ("a magnitude 6.8 quake in January 2020"), where another
  // passage gives a figure of the same measure without that time ("A magnitude 6.1 earthquake struck … on
  // Thursday"): a claim that names no time takes the earlier event's figure for this one.
  if (!conflicting) {
    const found = otherTimeRival(claim, info, scored.map((s) => s.c));
    if (found) {
      conflicting = scored.find((s) => s.c === found.candidate)!;
      conflicts = [found.conflict];
    }
  }

  // So too a figure the sources give only for another day than the claim's, where the passage with the claim's day
  // gives another of the same measure ("voted 6-3 … at its meeting ending on Wednesday 5 November" / "At its meeting
  // ending on Wednesday 5 November 2025, the MPC voted by a majority of 5-4", beside the table row "7 Aug 2025 | … |
  // 6-3").
  if (!conflicting) {
    const found = figureOfAnotherDay(claim, info, scored.map((s) => s.c));
    if (found) {
      conflicting = scored.find((s) => s.c === found.candidate)!;
      conflicts = [found.conflict];
    }
  }

  const quotedWordForWord = (span: Span) => {
    // (A quotation of five words or more: a phrase may be quoted out of a longer one that denies it, "would cause
    // “substantial harm”" / "would cause less than substantial harm".)
    const quoted = enclosingQuote(info.text, { start: span.start - claim.span.start, end: span.end - claim.span.start });
    if (quoted === undefined || quoted.split(/\s+/).filter(Boolean).length < 5) return false;
    // (The words around the passage in the document, in order: a quotation may run over two of its sentences; not
    // after a denial there, "I still don't think he's capable of walking amongst other people".)
    const inner = wordForWord(quoteWords(quoted));
    return scored.some((s) => {
      const { start, end } = s.c.hit.passage.span;
      const around = wordForWord(s.c.hit.document.text.slice(Math.max(0, start - 400), end + 400));
      const at = around.indexOf(inner);
      return at >= 0 && !DENIED_BEFORE.test(around.slice(Math.max(0, at - 40), at));
    });
  };
  // A figure or a word inside a quotation that a source gives word for word is the speaker's, whatever a table says:
  // "One household in twelve was satisfied with the repair" is what the union secretary said, not the survey's "19".
  // (So is a denial there: "“People talk as if we're concreting it over. We're not,” Mr Penhale said.")
  // (No name against an acronym its source defines for it, whichever rule found it: "would stay at Kelsford" / "would
  // remain at KRI", after "Kelsford Royal Infirmary (KRI)".)
  if (conflicting) {
    const text = conflicting.c.hit.document.text;
    conflicts = conflicts.filter((c) => !definesAcronymOf(c.claim, c.source, text));
    if (!conflicts.length) conflicting = undefined;
  }
  if (conflicting && conflicts.every((c) => (c.kind === 'number' || c.kind === 'word' || c.kind === 'negation') && c.claimSpan && quotedWordForWord(c.claimSpan))) {
    conflicting = undefined;
    conflicts = [];
  }

  // A claim made of a table's figures ("Ms Raman took 14,862 votes, against 11,047 for Mr Hargreaves"): each figure
  // stated by a row that names its owner, every name stated. A row has no verbs for the claim's words to find, so
  // the words' coverage cannot decide it.
  const rows = !conflicting && probability < thresholds.support && !account.unstatedValues.length ? rowsStating(info, scored.map((s) => s.c), tableRows, (i) => statedAnywhere(i)) : undefined;
  const rowEvidence = rows ? scored.filter((s) => rows.includes(s.c)) : [];
  const support = rows ? Math.max(probability, thresholds.support) : probability;

  // Every figure, date and name must be accounted for: one that no passage states leaves the claim unsupported. So
  // must the event the claim reports where the evidence reports another of its kind ("has been charged" / "was
  // arrested on suspicion of …"): the rest of the words do not make up for it.
  // A figure the two give alike but for its bound shows the bound: "just over £9,000, not just under £9,000".
  if (conflicting) conflicts = conflicts.map((c) => boundsShown(c, info.text, conflicting!.c.sentence.text));
  const verdict = conflicting ? 'contradicted' : support >= thresholds.support && !account.unstatedValues.length && !otherEvent(info, [chosen.c.sentence, ...chosen.c.context], scored.flatMap((s) => [s.c.sentence, ...s.c.context])) ? 'supported' : 'unsupported';
  const first = conflicting ?? rowEvidence[0] ?? chosen;
  const pair = rowEvidence.length ? rowEvidence[1] : account.pair !== undefined && !conflicting ? scored[account.pair] : undefined;
  const ordered = [first, ...(pair ? [pair] : []), ...scored.filter((s) => s !== first && s !== pair)];
  // Each passage's score is the probability of support it gives alone (with its neighbours), on the scale of
  // `thresholds.support`; the chosen evidence and its pair give the claim's own.
  const alone = (s: (typeof scored)[number]): number => {
    if (s === chosen || s === pair || s === first) return support;
    const one = candidates[scored.indexOf(s)];
    return supportProbability(decisionFeatures(info, accountFor(info, [one], (i) => s.c.states[i], true), one, s.score));
  };
  const evidence: Evidence[] = ordered.slice(0, Math.max(0, options.maxEvidence)).map((s) => ({
    passage: s.c.hit.passage,
    document: s.c.hit.document,
    score: alone(s),
    match: s.score,
    matches: matchSpans(info, s.c.sentence),
  }));
  // Where the claim's figure comes from: "it gives 6.5p for 2025", "it gives £116.1m for 2025" (for "about £115m").
  for (const c of conflicts) {
    const v = c.note ? undefined : info.values.find((x) => x.current && c.claim.endsWith(x.text));
    const other = v && scored.map((s) => forOtherPeriod(s.c.sentence, v)).find((p) => p !== undefined);
    if (other) c.note = `it gives ${other.figure.text} for ${other.period}`;
  }
  const result: ClaimResult = { claim, verdict, score: support, evidence, conflicts };
  if (verdict === 'unsupported') {
    // A name or figure some passage states is not missing from the sources, only from the chosen evidence
    // ("McLennan" when the passage that names the firm in full is another; "£4.21bn" when another row of the
    // results table gives "£4,210m"): the message says "No source states".
    const statedValues = info.values.filter((_, i) => statedBySome(i));
    // Nor a word of a name some passage states whole ("Tom" of "Tom Hargreaves", whom the declaration names).
    const statedNameWords = new Set(statedValues.filter((v) => v.kind === 'name').flatMap((v) => v.text.split(/\s+/)));
    const missing = [...new Set([...account.unstatedValues, ...account.missingWords])]
      .filter((w) => !statedValues.some((v) => v.text === w) && !w.split(/\s+/).every((x) => statedNameWords.has(x)))
      .filter((w, i, all) => !all.some((o, j) => j !== i && o.length > w.length && o.includes(w)));
    // Words another passage has, with its figures: the claim joins passages that no evidence puts together ("…
    // despite more than 300 objections" where "312 objections had been received" is a passage of its own). "No
    // source states" them would be untrue.
    const evidenceSentences = new Set(ordered.slice(0, 2).map((s) => s.c.sentence));
    // Only a phrase with a figure or name of the claim that the passage states, and its other words: a common
    // word somewhere in the sources says nothing of the claim.
    const holderOf = (w: string) => {
      const words = w.split(/\s+/);
      const values = info.values.flatMap((v, i) => ((isNumeric(v) || v.kind === 'name') && words.some((x) => v.text.split(/\s+/).includes(x)) ? [i] : []));
      if (!values.length) return undefined;
      return scored.find(
        (s) =>
          !evidenceSentences.has(s.c.sentence) &&
          values.every((i) => !isCount(i) || counts(s, i)) &&
          values.every((i) => s.c.states[i]) &&
          words.every((x) => {
            const term = processTerm(x);
            return (term !== null && s.c.sentence.terms.has(term)) || values.some((i) => info.values[i].text.split(/\s+/).includes(x));
          }),
      );
    };
    const apart = missing.map((w) => ({ w, holder: holderOf(w) }));
    result.missing = apart.filter((a) => !a.holder).map((a) => a.w);
    // The date or figure the first passage gives in a missing one's place, for the message to name ("No source states
    // “Monday 10 March” …; the closest passage … gives “Monday 3 March 2025”"): one of its kind in a like role.
    const near = info.values.flatMap((v, i) => {
      if (!(isNumeric(v) || v.kind === 'date' || v.kind === 'year') || !result.missing!.includes(v.text)) return [];
      const r = first.c.conflicts[i];
      // (A date by any such rival; a figure only as the sole one of its kind in a like role: not "six days" of the
      // reopening for "inspected the restaurant three days later".)
      const like = v.kind === 'date' || v.kind === 'year' ? r?.sole || (r?.role ?? 0) >= NEAR_ROLE_MIN : r?.sole && r.role >= NEAR_FIGURE_ROLE_MIN;
      return r && like && r.conflict.kind === v.kind && r.conflict.source.toLowerCase() !== v.text.toLowerCase() ? [{ claim: v.text, source: r.conflict.source.replace(/\s*\n\s*/g, ' ') }] : [];
    });
    if (near.length) result.near = near;
    const holders = [...new Set(apart.flatMap((a) => (a.holder ? [a.holder] : [])))];
    if (holders.length) {
      result.apart = holders.map((h) => ({
        words: apart.filter((a) => a.holder === h).map((a) => a.w),
        evidence: { passage: h.c.hit.passage, document: h.c.hit.document, score: alone(h), match: h.score, matches: matchSpans(info, h.c.sentence) },
      }));
    }
  }
  return { result, features, account };
}

/** A claim's verdict. `analysed`: its analysis from `searchClaim`, when that ran first (with the same `index`). */
/**
 * Whether a claim's evidence sentence states every one of the claim's figures (three or more), and the sentence of
 * another result, a contradiction, states at most one of them: the first is the claim's own source, whatever
 * document the claim's paragraph draws on (`check.ts`).
 */
export function statedFigureForFigure(text: string, supported: ClaimResult, other: ClaimResult): boolean {
  const figures = extractValues(text).filter(isNumeric);
  if (figures.length < 3) return false;
  const sentenceOf = (r: ClaimResult) => r.evidence[0] && analyzeText(r.evidence[0].document.text.slice(r.evidence[0].passage.span.start, r.evidence[0].passage.span.end));
  const mine = sentenceOf(supported);
  const theirs = sentenceOf(other);
  if (!mine || !theirs) return false;
  return figures.every((v) => statesValue(mine, v)) && figures.filter((v) => statesValue(theirs, v)).length <= 1;
}

export function judgeClaim(claim: Claim, index: PassageIndex, options: JudgeOptions, analysed?: ClaimInfo): ClaimResult {
  return withWordsElsewhere(decideClaim(prepareClaim(claim, index, options.preferDocuments, DEFAULT_SUPPORT_TUNING, analysed, options.widen ?? true), options), index);
}

/**
 * An unsupported claim with its missing words that some source has (`ClaimResult.elsewhere`): every word of the
 * phrase but its stop words is in some passage. Not a phrase with a figure: its figure is a value, which the
 * verdict has looked for in every candidate passage (a date's day and month are in the sources apart).
 */
export function withWordsElsewhere(result: ClaimResult, index: PassageIndex): ClaimResult {
  if (result.verdict !== 'unsupported' || !result.missing?.length || !index.documentFrequency) return result;
  const inSomeSource = (phrase: string) => {
    if (/\d/.test(phrase)) return false;
    const terms = tokenize(phrase).flatMap((w) => processTerm(w) ?? []);
    return terms.length > 0 && terms.every((t) => index.documentFrequency!(t) > 0);
  };
  const elsewhere = result.missing.filter(inSomeSource);
  return elsewhere.length ? { ...result, elsewhere } : result;
}

/** The decision features of a prepared claim under the default thresholds (for the benchmark's fitting script). */
export function decisionFeaturesOf(prepared: PreparedClaim, options: JudgeOptions): { features?: DecisionFeatures; result: ClaimResult } {
  const d = decide(prepared, options);
  return { features: d.features, result: d.result };
}

/** "only", "solely" or "exclusively" right before a name, or before a preposition (and "the") and a name. */
const ONLY_BEFORE = /\b(only|solely|exclusively)\s+(?:(?:in|at|on|to|from|by|for|with|of)\s+)?(?:the\s+)?$/i;
/** What joins two items of a list: a comma, "and", "or", "&". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/i;

/**
 * A claim's name that "only" restricts, which the sentence gives in a list with other names the claim has not
 * ("only in England" / "in England and Wales"): the claim's words from "only" to the name, "only" and the name as
 * shown, the sentence's list, and the other names.
 */
function onlyOfList(info: ClaimInfo, sentence: TextInfo): { claim: Span; words: string; source: Span; others: string[] } | undefined {
  if (!/\b(?:only|solely|exclusively)\b/i.test(info.text)) return undefined;
  for (const v of info.values) {
    if (v.kind !== 'name') continue;
    const from = Math.max(0, v.span.start - 40);
    const before = ONLY_BEFORE.exec(info.text.slice(from, v.span.start));
    // Not "not only in England but also in Wales".
    if (!before || /\bnot\s*$/i.test(info.text.slice(0, from + before.index))) continue;
    const names = sentence.values.filter((x) => x.kind === 'name').sort((a, b) => a.span.start - b.span.start);
    const at = names.findIndex((x) => valueAgrees(v, x));
    if (at < 0) continue;
    // The run of names joined as a list around the claim's.
    let first = at;
    let last = at;
    while (first > 0 && LIST_GAP.test(sentence.text.slice(names[first - 1].span.end, names[first].span.start))) first--;
    while (last + 1 < names.length && LIST_GAP.test(sentence.text.slice(names[last].span.end, names[last + 1].span.start))) last++;
    const others = names.slice(first, last + 1).filter((x, i) => i + first !== at && !info.values.some((c) => c.kind === 'name' && valueAgrees(c, x)));
    if (!others.length) continue;
    // Shown as "only Tesco", "only England" (of "sold only in England").
    return { claim: { start: from + before.index, end: v.span.end }, words: `${before[1].toLowerCase()} ${v.text}`, source: { start: names[first].span.start, end: names[last].span.end }, others: others.map((x) => x.text) };
  }
  return undefined;
}

/** The word at `span` with the content word just after it, and with the one just before it ("hydraulic failure"). */
/** "A is not a B", the denied word in B: A, the subject. */
/** A sentence that opens with its subject, "A van in a car park …", then "is not" right before the word: the head noun. */
const OPENING_SUBJECT_DENIAL = /^(?:[^:\n]{0,40}:\s+)?(?:an?|the)\s+(\p{L}+)\b[^,.;:]{0,80}?\s+(?:is|are|was|were)\s+(?:not|never)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const COPULA_DENIAL = /(\p{L}+)\s+(?:is|are|was|were)\s+(?:not|never)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "A are getting lifts, or just not …": the subject A of a sentence that denies in its second predicate. */
const COORDINATED_DENIAL = /^(?:(?:the|some|many|most|other|these|those)\s+)?(\p{L}+)\s+(?:are|is|were|was|have|has|had|will|would)\s+[^.;:!?]*?,?\s+(?:or|and)\s+(?:just\s+|simply\s+|even\s+)?(?:not|never)\s+$/iu;

/** "A that stays wet does not …": the head A of a subject with a relative clause, opening a sentence that denies. */
const KIND_DENIAL = /^(?:(?:the|a|an|any)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:that|which|who)\s+[^,;:.!?"”]{1,40}?\s+(?:(?:does|do|did|will|would|can|could)\s+not|doesn['’]t|don['’]t|didn['’]t|won['’]t|cannot|can['’]t)\s+$/iu;

/** Whether a text denies its word by "A is not a …" of a subject A that the claim does not name. */
function deniedOfAnother(t: TextInfo, word: string, claim: TextInfo): boolean {
  const k = t.tokens.find((x) => !!x.term && lemma(x.term) === word);
  // (Or "A are doing one thing, or not B", the denial a second predicate of the sentence's subject A: "People are
  // getting lifts, or just not travelling" says nothing of the pupils who "now travel on two dedicated school buses".)
  // (Or "A that … does not B", what a kind of thing does not do: "Blanket bog that stays wet does not burn like this"
  // says nothing of "A wildfire that burned on Hollin Moor".)
  const m = k && (COPULA_DENIAL.exec(t.text.slice(Math.max(0, k.start - 48), k.start)) ?? COORDINATED_DENIAL.exec(t.text.slice(0, k.start).replace(/^[^:\n]{0,40}:\s+/, '')) ?? KIND_DENIAL.exec(t.text.slice(0, k.start).replace(/^[^"“]*["“]\s*/, '')));
  const subject = m && processTerm(m[1]);
  if (subject && !claim.terms.has(subject) && ![...claim.terms].some((x) => lemma(x) === lemma(subject))) return true;
  // (Or the head of a subject with words after it, which opens the sentence: "A van in a car park for seven hours a
  // week is not a bank" says nothing of "face-to-face banking".)
  const opening = k && OPENING_SUBJECT_DENIAL.exec(t.text.slice(0, k.start));
  const head = opening && processTerm(opening[1]);
  if (head && !claim.terms.has(head) && ![...claim.terms].some((x) => lemma(x) === lemma(head))) return true;
  // (Or a denial of a thing of another kind, the claim's thing named with another qualifier: "we cannot run the full
  // timetable for now" says nothing of "a temporary timetable that … runs until at least Sunday 16 November".)
  const object = k && /^\s+(?:the|its|our|their|an?)\s+(\p{Ll}{3,})\s+(\p{Ll}{3,})\b/u.exec(t.text.slice(k.end, k.end + 48));
  if (object && processTerm(object[1]) && processTerm(object[2]) && !claim.tokens.some((x) => x.term && x.term === processTerm(object[1]))) {
    const other = new RegExp(String.raw`\b(?!(?:the|its|our|their|this|that|an?)\s)(\p{Ll}{3,})\s+${escapeRegExp(object[2])}\b`, 'u').exec(claim.text);
    if (other) return true;
  }
  // (Or a share of a noun the claim does not name, with a figure it does not give: "38 per cent of the households we saw
  // had never used a food bank before" says nothing of "the people now using the food bank included nurses".)
  const share = k && SHARE_SUBJECT.exec(t.text.slice(Math.max(0, k.start - 80), k.start));
  const noun = share && processTerm(share[2].toLowerCase());
  if (noun && !claim.terms.has(noun) && ![...claim.terms].some((x) => lemma(x) === lemma(noun)) && !claim.values.some((v) => isNumeric(v) && v.text.replace(/\D/g, '') === share[1].replace(/\D/g, ''))) return true;
  // (Or the denial of one thing the claim sets against another, whose relative clause has the word: "the council's own
  // forecasts, which take account of 640 homes …, compared with the trust's projection of 465" / "Your projection of
  // 465 pupils … does not take account of the Hayward Fields development".)
  const said = claim.tokens.find((x) => !!x.term && lemma(x.term) === word);
  const deniedSubject = k && /\b(?:[Tt]he|[Yy]our|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Hh]is|[Hh]er)\s+(\p{Ll}{3,})\b[^.;:]{0,80}?\b(?:does|do|did|is|are|was|were|has|have|had)\s+not\s+(?:\p{Ll}+\s+)?$/u.exec(t.text.slice(Math.max(0, k.start - 120), k.start))?.[1];
  const relative = said && /(\p{Ll}{3,}),?\s+(?:which|that|who)\s+(?:\p{Ll}+\s+)?$/u.exec(claim.text.slice(Math.max(0, said.start - 40), said.start))?.[1];
  if (deniedSubject && relative && lemma(processTerm(relative) ?? relative) !== lemma(processTerm(deniedSubject) ?? deniedSubject) && claim.tokens.some((x) => x.start > said!.end && !!x.term && lemma(x.term) === lemma(processTerm(deniedSubject) ?? deniedSubject))) return true;
  // (Or "it did not …" of one thing, where the claim's word is done by a count of people or things: "asking why it did
  // not attend" (a bus company) says nothing of "About 70 people attended a meeting".)
  return !!k && !!said && SINGULAR_DENIAL.test(t.text.slice(Math.max(0, k.start - 40), k.start)) && COUNTED_BEFORE.test(claim.text.slice(Math.max(0, said.start - 40), said.start));
}

/** A share or count of a noun as a denial's subject: "38 per cent of the households we saw had never ". */
const SHARE_SUBJECT = /(\d[\d.,]*\s*(?:per\s*cent|percent|%)?)\s+of\s+(?:the|those|these|our|its|their|all)\s+(\p{L}{3,})\b(?:\s+[\p{L}'’]+){0,4}\s+(?:had|have|has|did|do|does|were|was|are|is|could|would|will)?\s*(?:not|never|n['’]t)\s+(?:[\p{L}'’]+\s+){0,1}$/iu;

/** "it did not", "he hasn't": a denial whose subject is one thing or person, by its pronoun, right before the word. */
const SINGULAR_DENIAL = /\b(?:it|he|she)\s+(?:(?:did|does|has|had|was|is|will|would|could|can)\s+not|didn['’]t|doesn['’]t|hasn['’]t|hadn['’]t|wasn['’]t|isn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|cannot)\s+$/i;

/** A count right before a word, with at most two words between: "About 70 people ", "more than 200 residents ". */
const COUNTED_BEFORE = /(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens|thousands))\s+(?:[\p{Ll}-]+\s+){1,2}$/u;

function phrasesAround(text: string, span: Span): string[] {
  const word = text.slice(span.start, span.end);
  const after = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(span.end, span.end + 40))?.[1];
  const before = /([\p{L}\p{N}]+)\s+$/u.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  const out: string[] = [];
  if (after && processTerm(after)) out.push(`${word} ${after}`);
  if (before && processTerm(before)) out.push(`${before} ${word}`);
  return out;
}

/** Whether `text` has `phrase` as whole words, ignoring case. */
function hasPhrase(text: string, phrase: string): boolean {
  const lower = text.toLowerCase();
  const wanted = phrase.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (!/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(lower.charAt(end))) return true;
  }
  return false;
}
