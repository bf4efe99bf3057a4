/**
 * Votes, as minutes and council reports give them: which way a named member voted ("with Councillors Hale,
 * Lindqvist and Wren voting against"), and whether a vote was split ("voted 6-3 to approve"). A writer's "voted
 * for" against the minutes' "voting against", or "unanimously" against "6-3", is a changed fact that no word
 * overlap shows: "for" and "against" are stopwords of the index, and "unanimously" has no opposite word.
 */
import type { Span } from '../types';
import { voteCount } from './values';

/** A vote and its side: "voted for", "voting against", "voted in favour", "votes against", "abstained". */
const VOTE = /\b(?:vot(?:e|ed|es|ing)\s+(for|against|in\s+favour|in\s+favor)|(abstain(?:ed|ing|s)?))\b/gi;

export type VoteSide = 'for' | 'against' | 'abstain';

/** A member's part in a vote: a side, or absent from it ("Absent: 1 (Cllr Owen Hatt)"). */
export type VotePart = VoteSide | 'absent';

/** A member's word of how they would vote, between their name and the vote: "said she would", "says he will". */
const INTENDED = /^\s+(?:said|says|told\s+[\p{L}]+)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will|was\s+going\s+to|were\s+going\s+to|intended\s+to|intends\s+to|planned\s+to|plans\s+to)\s+$/iu;

/** A speaker's own vote in a transcript, "I" and its modal before the vote: "I will vote for", "I'll abstain". */
export const OWN_VOTE = /\bI(?=(?:['’]ll|\s+will|\s+would|\s+shall|\s+am\s+going\s+to|\s+intend\s+to|\s+plan\s+to)?\s+(?:vote|abstain)\b)/g;

/** How far after a name its vote may come ("Councillors Hale, Lindqvist and Wren voting against"). */
const NAME_TO_VOTE = 60;

/**
 * The side the name at `span` voted on in `text`: the first vote after it, within the sentence and not past another
 * verb's clause ("Lindqvist voted for", "Hale, Lindqvist and Wren voting against"), with its span.
 */
export function voteOf(text: string, span: Span): { side: VotePart; span: Span } | undefined {
  // A name in a recorded vote's list, after its side's label: "Against:  6  (Cllrs Okafor, Basu, Marsh)", "Absent: 1
  // (Cllr Owen Hatt)".
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', span.start - 1) + 1), span.start);
  // (Or after a count and its side: "four voted in favour and one against (Cllr Tallis)".)
  // (Or names right after the label, their count after them: "Against: Cllr Fairbairn, Cllr Acheson (2)".)
  const listed = /\b(for|against|in\s+favou?r|abst\w*|absent)\s*:\s*(?:\d+\s*)?\([^()]*$/i.exec(line) ?? /(?:^|[\s(|])(For|Against|In\s+favou?r|Abst\w*|Absent)\s*:\s*[^()\d:.;!?]*$/iu.exec(line) ?? /(?:\b\d{1,3}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:votes?\s+)?(for|against|in\s+favou?r|abstentions?|abstained)\s*\([^()]*$/i.exec(line);
  if (listed) {
    const at = span.start - line.length + listed.index;
    const side: VotePart = /^absent$/i.test(listed[1]) ? 'absent' : /^abst/i.test(listed[1]) ? 'abstain' : /^against$/i.test(listed[1]) ? 'against' : 'for';
    return { side, span: { start: at, end: at + listed[1].length } };
  }
  VOTE.lastIndex = span.end;
  const m = VOTE.exec(text);
  if (!m || m.index - span.end > NAME_TO_VOTE) return undefined;
  // Between the name and its vote only other names of a list and their titles: no full stop, semicolon or clause of
  // its own ("Hale, who chairs the committee, said … voting").
  const between = text.slice(span.end, m.index);
  // (Nor past "with", whose name is the voter's: "write to Caroline Ashdown MP, with Cllr Jenny Marsh … voting against".)
  // (But a vote the member said they would cast is theirs: "Professor Beddowes said she would vote against".)
  if (!INTENDED.test(between) && /[.;:!?]|\b(?:who|which|said|says|but|while|with)\b/i.test(between)) return undefined;
  const side: VoteSide = m[2] ? 'abstain' : /^against$/i.test(m[1]) ? 'against' : 'for';
  return { side, span: { start: m.index, end: m.index + m[0].length } };
}

/** A claim that a vote was unanimous ("approved unanimously", "a unanimous vote"), with its span. */
export function unanimous(text: string): Span | undefined {
  const m = /\bunanimous(?:ly)?\b/i.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * Where a sentence says a vote was split: a tally with votes on both sides ("voted 6-3", "by seven votes to two",
 * "voted 38 to 21"),
 * or members voting against or abstaining.
 */
export function splitVote(text: string): { text: string; span: Span } | undefined {
  if (!/\bvot|\babstain|\bagainst\s*:/i.test(text)) return undefined;
  // "6-3", "by seven votes to two", "voted 38 to 21".
  const tally = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b|\b(\d{1,3}|[a-z]+)\s+votes?\s+to\s+(\d{1,3}|[a-z]+)\b|\bvot(?:ed|ing|es)\s+(?:by\s+)?(\d{1,3})\s+to\s+(\d{1,3})\b/i.exec(text);
  if (tally && ((tally[1] && Number(tally[2]) > 0 && Number(tally[1]) > 0) || (tally[3] && !/^(?:0|nil|none|zero)$/i.test(tally[4])) || (tally[5] && Number(tally[5]) > 0 && Number(tally[6]) > 0))) {
    return { text: tally[0], span: { start: tally.index, end: tally.index + tally[0].length } };
  }
  // (A table's column of votes against counts, not one of none: "For: 4 | Against: 1", not "Against: 0 | Abstain: 0".)
  const against = /\b(?:vot(?:ed|ing|es)\s+against|abstain(?:ed|ing|s)?(?!\s*[:|]\s*(?:0|nil|none)\b)|against\s*:\s*[1-9]\d*)\b/i.exec(text);
  return against ? { text: against[0], span: { start: against.index, end: against.index + against[0].length } } : undefined;
}

/** A side's count in a tally, with the span of its figure and words ("6 against", "Abstain: 0"). */
export interface TallyCount {
  n: number;
  span: Span;
  /** Read as a defeat's ("rejected by 142 votes to 17"): which side is which depends on what was voted on. */
  defeat?: true;
}

/** The words after a count that give its side: "118 in favour", "6 against", "9 abstentions", "two abstained". */
const SIDE_AFTER: readonly [VoteSide, RegExp][] = [
  ['for', /^[ \t]+(?:votes?[ \t]+)?(?:(?:were|was|voted|votes?)[ \t]+)?(?:in[ \t]+favou?r|for)\b(?![ \t]*:)/i],
  ['against', /^[ \t]+(?:votes?[ \t]+)?(?:(?:were|was|voted|votes?)[ \t]+)?against\b(?![ \t]*:)/i],
  ['abstain', /^[ \t]+(?:(?:members?|councillors?|people)[ \t]+)?(?:abstentions?|abstained|abstaining|abstain)\b(?![ \t]*:)/i],
];

/** The label before a count that gives its side: "For: 4", "Against: 1", "Abstentions: 0". */
// (Or a count read out after a comma, each side a sentence of its own: "In favour, 163. Against, 4. Abstentions, 9.";
// or a chair's question and its answer: "Those in favour? Four. Those against? Two.")
const SIDE_BEFORE: readonly [VoteSide, RegExp][] = [
  ['for', /\b(?:for|in\s+favou?r)\s*[:|]\s*$|(?:^|[.;:]\s+)(?:For|In\s+favou?r),\s*$|\b(?:those|all)\s+(?:those\s+)?in\s+favou?r\?\s*$/i],
  ['against', /\bagainst\s*[:|]\s*$|(?:^|[.;:]\s+)Against,\s*$|\bthose\s+against\?\s*$/i],
  ['abstain', /\babst(?:ain(?:ed|ing|s)?|entions?)\s*[:|]\s*$|(?:^|[.;:]\s+)Abst(?:ained|entions?),\s*$|(?:^|[.;:?]\s+)(?:Any\s+)?abstentions\?\s*$/i],
];

/** A tally's two counts, in order ("118 votes to 9", "nine votes to two", "6-3", "seven votes to none", "forty-one to nine"). */
const TALLY_PAIR = /^(\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*(?:votes?\s+to|[-–]|to)\s*(\d{1,4}|[a-z]+(?:-[a-z]+)?)(?:\s+votes?)?$/i;

/**
 * A tally's two counts each named by its side, the count for first: "34 in favour, 12 against", "8 votes for, 2
 * against", "For: 5 — Against: 2", "for the amendment, 24; against, 30".
 */
const FOR_THEN_AGAINST: readonly RegExp[] = [
  /^(\S+)(?:\s+votes?)?\s+(?:for|in\s+favou?r)\s*[,;]?\s*(?:and\s+|with\s+)?(\S+)(?:\s+votes?)?\s+against$/di,
  /^(?:for|in\s+favou?r)\b[^\d]*?[:,]?\s*(\S+?)\s*(?:[,;—–-]|\s)\s*(?:[—–-]\s*)?against\s*[:,]?\s*(\S+)$/di,
];

/** What may come before a tally of two counts: "voted 23 to six", "carried, 23 to six", "by 28 votes to 17". */
const TALLY_BEFORE = /\b(?:vot(?:ed|es|ing)|by|carried|defeated|passed|approved|rejected|backed)\s*,?\s*$/i;

/**
 * The counts of a vote's sides a sentence gives ("by 118 votes to 9, with 6 abstentions"; "118 in favour, 6 against,
 * 9 abstentions"; "For: 4 | Against: 1 | Abstain: 0"; "carried, 23 to six with four abstentions"), from its values'
 * figures, and whether a side is given twice (two votes in one sentence).
 */
export function sidesOf(text: string, values: readonly TallyValue[]): { counts: Partial<Record<VoteSide, TallyCount>>; twice: boolean } {
  const counts: Partial<Record<VoteSide, TallyCount>> = {};
  let twice = false;
  // (A vote's words, not "against" alone: "a match against Castlebridge Rovers Youth …, which Castlebridge won 3-2".)
  if (!/\bvot|\babst|\bin\s+favou?r\b|\bagainst\s*:|\b(?:\w+\s+)?(?:for|against)\s*:|\bAgainst,\s*\d|\b\d+\s+against\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|none|nil)\s+against\b/i.test(text)) return { counts, twice };
  const add = (side: VoteSide, n: number | undefined, span: Span, defeat = false): void => {
    if (n === undefined) return;
    if (counts[side]) twice = true;
    counts[side] = { n, span, ...(defeat ? { defeat: true as const } : {}) };
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v.value === undefined || !(v.kind === 'number' || v.kind === 'quantity')) continue;
    const before = text.slice(Math.max(0, v.span.start - 20), v.span.start);
    // "by nine votes to two", "voted 6-3": the two sides' counts in the claim's order (a score's value has the
    // larger first).
    if (v.unit === 'score') {
      // "34 in favour, 12 against", "For: 5 — Against: 2": each count named by its side.
      const named = FOR_THEN_AGAINST.map((re) => re.exec(v.text)).find((m) => m);
      if (named) {
        const at = (k: number): Span => ({ start: v.span.start + named.indices![k]![0], end: v.span.start + named.indices![k]![1] });
        add('for', voteCount(named[1]), at(1));
        add('against', voteCount(named[2]), at(2));
        continue;
      }
      const pair = TALLY_PAIR.exec(v.text);
      if (pair && (/votes?\s+to/i.test(v.text) || TALLY_BEFORE.test(before))) {
        const defeat = lost(text, v.span.start);
        const [first, second] = defeat ? (['against', 'for'] as const) : (['for', 'against'] as const);
        add(first, voteCount(pair[1]), { start: v.span.start, end: v.span.start + pair[1].length }, defeat);
        add(second, voteCount(pair[2]), { start: v.span.start + v.text.lastIndexOf(pair[2]), end: v.span.start + v.text.lastIndexOf(pair[2]) + pair[2].length }, defeat);
      }
      continue;
    }
    if (!Number.isInteger(v.value) || v.value < 0) continue;
    // "by 118 votes to 9", "carried, 23 to six": the count after "to" is the votes against.
    const next = values[i + 1];
    if (next?.value !== undefined && (next.kind === 'number' || next.unit === 'votes') && /^\s*to\s*$/i.test(text.slice(v.span.end, next.span.start)) && (v.unit === 'votes' || (v.unit === undefined && TALLY_BEFORE.test(before)))) {
      const defeat = lost(text, v.span.start);
      const [first, second] = defeat ? (['against', 'for'] as const) : (['for', 'against'] as const);
      add(first, v.value, { ...v.span }, defeat);
      add(second, next.value, { ...next.span }, defeat);
      i++;
      continue;
    }
    if (v.unit !== undefined && v.unit !== 'votes') continue;
    const after = text.slice(v.span.end, v.span.end + 40);
    // A label before ("Against: 17") first: the words after may be the next line's label ("Abstentions: 3").
    // (A chair's questions before the answer are no label of a count that names its side: "Those in favour? Against?
    // Abstentions? Seven in favour, five against, one abstention.")
    const named = SIDE_AFTER.find(([, re]) => re.test(after));
    const asked = SIDE_BEFORE.find(([, re]) => re.test(before));
    const labelText = asked ? asked[1].exec(before)![0] : '';
    const label = asked && !(named && labelText.includes('?')) ? asked : undefined;
    const side = label ? undefined : named;
    // (A chair's question is no part of the count: "Those against? Two" is two against.)
    if (label) add(label[0], v.value, labelText.includes('?') ? { ...v.span } : { start: v.span.start - labelText.length, end: v.span.end });
    else if (side) add(side[0], v.value, { start: v.span.start, end: v.span.end + side[1].exec(after)![0].length });
  }
  // (A count of one or none after a side's label, which the values leave out: "For, seven. Against, four.
  // Abstentions, one, Councillor Kirby.")
  for (const m of text.matchAll(SIDE_THEN_ONE)) {
    const side: VoteSide = /^against/i.test(m[1]) ? 'against' : /^abst/i.test(m[1]) ? 'abstain' : 'for';
    if (!counts[side]) add(side, voteCount(m[2]), { start: m.index! + m[0].length - m[2].length, end: m.index! + m[0].length });
  }
  // (Or before its side's word: "by four votes to three, with one abstention", "and no abstentions", "seven in favour,
  // one against".)
  for (const m of text.matchAll(ONE_THEN_SIDE)) {
    const side: VoteSide = /^against/i.test(m[2]) ? 'against' : 'abstain';
    const n = /^no$/i.test(m[1]) ? 0 : voteCount(m[1]);
    if (!counts[side]) add(side, n, { start: m.index!, end: m.index! + m[0].length });
  }
  return { counts, twice };
}

/** A count of one or none before its side's word: "with one abstention", "and no abstentions", ", one against". */
const ONE_THEN_SIDE = /(?<=\b(?:with|and)\s+|,\s*)(one|no|none)\s+(abstentions?|against)\b/gi;

/** A side's label and a count of one or none after it: "Abstentions, one", "Against: none". */
const SIDE_THEN_ONE = /(?:^|[.;:|—?]\s*)(?:(?:those|any)\s+)?(For|In\s+favou?r|Against|Abst(?:ained|entions?|ain))\s*[:,?]\s*(one|none|nil|nobody|zero)\b/gi;

/**
 * Whether a tally at `at` is a motion's defeat, whose larger count, first, is the votes against: "The amendment was
 * defeated by 27 votes to 19", "rejected by nine votes to four".
 */
function lost(text: string, at: number): boolean {
  // (Or a vote "against" doing what was moved, after the tally: "voted by 7 to 4, with one abstention, against
  // referring the plan back".)
  if (/^[^.;]{0,60}?\bagainst\s+\p{L}+ing\b/u.test(text.slice(at, at + 100)) && /\bvot(?:ed|es|ing)\b/i.test(text.slice(Math.max(0, at - 30), at))) return true;
  // (Figures with decimals between: "rejected a 7.5% rise …, by 801 votes to 512".)
  return /\b(?:defeated|rejected|lost|voted\s+down|thrown\s+out|turned\s+down|fell)\b(?:[^.;:]|\.\d)*$/i.test(text.slice(Math.max(0, at - 80), at));
}

/** The values `sidesOf` reads: a figure, its kind, unit and span. */
export interface TallyValue {
  kind: string;
  value?: number;
  unit?: string;
  text: string;
  span: Span;
}

/** The counts of one vote's sides in a sentence, when two sides are given and none twice (`sidesOf`). */
export function tallyOf(text: string, values: readonly TallyValue[]): Partial<Record<VoteSide, TallyCount>> | undefined {
  const { counts, twice } = sidesOf(text, values);
  return !twice && Object.keys(counts).length >= 2 ? counts : undefined;
}

/**
 * Where a sentence's tally gives a side another count than the claim's tally of the same vote: the vote is the same
 * when two sides have the same count in both ("118 votes to 9, with 6 abstentions" / "118 in favour, 6 against, 9
 * abstentions"), or one when the passage is about the claim's motion (`sameMotion`), and the claim's count of another
 * side is not the source's.
 */
export function tallyDiffers<T extends TallyCount>(claim: Partial<Record<VoteSide, TallyCount>>, source: Partial<Record<VoteSide, T>>, sameMotion = false): { side: VoteSide; claim: TallyCount; source: T } | undefined {
  // (A defeat's counts on either side, "rejected by 142 votes to 17" / "voted by 142 votes to 17 … to reject that
  // offer": the two counts as a pair, the larger with the larger, whichever side each is.)
  if ([claim.for, claim.against, source.for, source.against].some((c) => c?.defeat)) {
    claim = byLarger(claim);
    source = byLarger(source);
  }
  const sides = (['for', 'against', 'abstain'] as const).filter((s) => claim[s] && source[s]);
  // The same vote: two sides of one count each, or the same counts given to other sides (a swap).
  const same = sides.filter((s) => claim[s]!.n === source[s]!.n).length;
  const counts = (t: Partial<Record<VoteSide, TallyCount>>) => sides.map((s) => t[s]!.n).sort((a, b) => a - b).join(',');
  // (Or one side of one count, when the passage is about the claim's very motion: "voted by 128 votes to 19 to raise
  // subscriptions by 12 per cent" / "Resolution 1 (to raise annual subscriptions by 12 per cent …): carried by 142
  // votes to 19".)
  if (same < (sameMotion ? 1 : 2) && !(sides.length >= 2 && counts(claim) === counts(source))) return undefined;
  const side = sides.find((s) => claim[s]!.n !== source[s]!.n);
  return side ? { side, claim: claim[side]!, source: source[side]! } : undefined;
}

/** A tally with its larger count of the two sides as "for", the smaller as "against" (a defeat's framing undone). */
function byLarger<T extends TallyCount>(t: Partial<Record<VoteSide, T>>): Partial<Record<VoteSide, T>> {
  if (!t.for || !t.against || t.for.n >= t.against.n) return t;
  return { ...t, for: t.against, against: t.for };
}

/**
 * The sides' counts of texts read together, as a recorded vote gives them a line each ("For: 28", "Against: 17",
 * "Abstentions: 3"), each with the index of its text; a text that gives a side twice, or another count of a side
 * already read, is passed over.
 */
export function mergedSides(texts: readonly { text: string; values: readonly TallyValue[] }[]): Partial<Record<VoteSide, TallyCount & { at: number }>> {
  const merged: Partial<Record<VoteSide, TallyCount & { at: number }>> = {};
  texts.forEach((t, at) => {
    const { counts, twice } = sidesOf(t.text, t.values);
    if (twice) return;
    const sides = Object.keys(counts) as VoteSide[];
    if (sides.some((s) => merged[s] !== undefined && merged[s]!.n !== counts[s]!.n)) return;
    for (const s of sides) merged[s] ??= { ...counts[s]!, at };
  });
  return merged;
}

/**
 * Whether texts read together give a claim's tally of two counts (`score`, "by 28 votes to 17") side by side
 * (`mergedSides`).
 */
export function tallyStated(claimText: string, claimValues: readonly TallyValue[], score: TallyValue, texts: readonly { text: string; values: readonly TallyValue[] }[]): boolean {
  const claimed = tallyOf(claimText, claimValues);
  const within = (c: TallyCount | undefined) => !!c && c.span.start >= score.span.start && c.span.end <= score.span.end;
  if (!claimed || !within(claimed.for) || !within(claimed.against)) return false;
  const merged = mergedSides(texts);
  if (merged.for?.n === claimed.for!.n && merged.against?.n === claimed.against!.n) return true;
  // (A defeat's counts, either way round.)
  return (!!claimed.for!.defeat || !!merged.for?.defeat) && merged.for?.n === claimed.against!.n && merged.against?.n === claimed.for!.n;
}
