/**
 * Votes, as minutes and council reports give them: which way a named member voted ("with Councillors Hale,
 * Lindqvist and Wren voting against"), and whether a vote was split ("voted 6-3 to approve"). A writer's "voted
 * for" against the minutes' "voting against", or "unanimously" against "6-3", is a changed fact that no word
 * overlap shows: "for" and "against" are stopwords of the index, and "unanimously" has no opposite word.
 */
import type { Span } from '../types';

/** A vote and its side: "voted for", "voting against", "voted in favour", "votes against", "abstained". */
const VOTE = /\b(?:vot(?:e|ed|es|ing)\s+(for|against|in\s+favour|in\s+favor)|(abstain(?:ed|ing|s)?))\b/gi;

export type VoteSide = 'for' | 'against' | 'abstain';

/** How far after a name its vote may come ("Councillors Hale, Lindqvist and Wren voting against"). */
const NAME_TO_VOTE = 60;

/**
 * The side the name at `span` voted on in `text`: the first vote after it, within the sentence and not past another
 * verb's clause ("Lindqvist voted for", "Hale, Lindqvist and Wren voting against"), with its span.
 */
export function voteOf(text: string, span: Span): { side: VoteSide; span: Span } | undefined {
  VOTE.lastIndex = span.end;
  const m = VOTE.exec(text);
  if (!m || m.index - span.end > NAME_TO_VOTE) return undefined;
  // Between the name and its vote only other names of a list and their titles: no full stop, semicolon or clause of
  // its own ("Hale, who chairs the committee, said … voting").
  const between = text.slice(span.end, m.index);
  if (/[.;:!?]|\b(?:who|which|said|says|but|while)\b/i.test(between)) return undefined;
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
