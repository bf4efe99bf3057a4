/**
 * Check-worthiness: which sentences of a draft state something a source could confirm or contradict.
 *
 * A transparent rule set, not a model. A sentence gets a reason for each kind of checkable content it holds:
 *
 * | reason        | rule |
 * |---------------|------|
 * | `number`      | a digit outside a year or date, or a number word ("two" … "ninety", "hundred", "million", "dozen", "half", "percent", ordinals "third" … "tenth", "unanimously": a vote's tally); "one" is too common to count |
 * | `date`        | a month name (May and March only as the month: capitalised mid-sentence, or before a digit), a weekday, a year 1600–2099 or decade ("1990s", "’90s"), a numeric date, or a relative date ("last week", "yesterday", "three years ago", "earlier this month") |
 * | `name`        | a capitalised word that does not start the sentence (nor a quotation or a clause after a colon), other than "I", months and weekdays; an acronym (two or more capitals, "KCNA", "U.S.") anywhere; or a first word that is no common word and is followed by a verb of statement ("Gazprom made several bids.", "China has agreed to …") |
 * | `attribution` | a reporting verb ("said", "told", "announced", "according to", "confirmed", "estimated", …), lower-case so that "States" in a name does not count |
 * | `quote`       | the sentence holds a kept quotation (three words or more) |
 * | `citation`    | the sentence carries a citation marker |
 * | `event`       | a legal step or a harm to a person that a source must report: "arrested", "charged with", "convicted", "jailed", "sentenced", "acquitted", "sued", "fined", "suspended", "sacked", "resigned", "died", "killed", "injured", "stabbed", "kidnapped", "pleaded guilty", … (a wrong one is what a newsroom is sued for) |
 * | `superlative` | a superlative or ranking ("the largest", "first", "the only", "a record") or a comparison of amounts ("higher than", "twice as"; "more than", "at least", "up to" only before an amount, so "less than noble" is no fact) |
 *
 * In `checkworthy` mode a sentence is kept when it has at least one reason, has three words or more, and is not
 * a question (unless it holds a quotation: a quoted question is still a quote to verify) nor a hedge ("It is hard
 * to say.", "It remains to be seen."; `isHedge`) without a number, name or quotation. Pure opinion and
 * hedging ("I think this is a shame.", "It remains to be seen.") have no reason and are dropped; opinions that
 * name people or numbers are kept, since the names and numbers in them can still be wrong.
 */
import { countWords } from './quotes';

export type CheckReason = 'number' | 'date' | 'name' | 'attribution' | 'quote' | 'citation' | 'event' | 'superlative';

export const REASON_ORDER: readonly CheckReason[] = ['number', 'date', 'name', 'attribution', 'quote', 'citation', 'event', 'superlative'];

/** Legal steps and harms to a person (see the `event` reason). */
const EVENT =
  /\b(?:arrested|charged\s+(?:with|over|in\s+connection)|convicted|jailed|imprisoned|sentenced|acquitted|indicted|prosecuted|sued|fined|suspended|sacked|resigned|died|killed|injured|wounded|murdered|stabbed|kidnapped|abducted|detained|remanded|extradited|deported|pleaded\s+(?:not\s+)?guilty|found\s+(?:not\s+)?guilty)\b/i;

export const MIN_CLAIM_WORDS = 3;

const MONTHS = 'January|February|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|${WEEKDAYS}|May|March|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?$`);

const DATE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`),
  /\b(?:May|March)\b(?=\s+\d)/,
  /(?<!^|[.!?:“"‘']\s*)\b(?:May|March)\b/,
  /\b(?:1[6-9]\d\d|20\d\d)s?\b|['’]\d0s\b/,
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b(?:yesterday|today|tonight|tomorrow)\b/i,
  /\b(?:last|next|this|past|coming|previous)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|decade|century|quarter)\b/i,
  /\b(?:earlier|later)\s+(?:this|that|in the)\s+(?:week|month|year|day|decade)\b/i,
  /\b(?:days?|weeks?|months?|years?|decades?)\s+ago\b/i,
];

/** Years, decades and numeric dates: their digits make a date, not a number. */
const DATE_DIGITS = /\b(?:1[6-9]\d\d|20\d\d)s?\b|['’]\d0s\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g;

const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent|per cent|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twice|triple|double|doubled|tripled|halved|unanimous|unanimously)\b/i;

const ATTRIBUTION =
  /(?<!\bto )\b(?:says?|said|saying|tells?|told|announce[sd]?|announcing|reports?|reported|confirm(?:s|ed)?|estimates?|estimated|stated?|states|claim(?:s|ed)?|added|adds|wrote|writes|insist(?:s|ed)|den(?:y|ies|ied)|admit(?:s|ted)|declared?|noted|revealed?|warned?|explained|argued|predicted|testified|acknowledged|disclosed|alleged(?:ly)?|asserted|promised|pledged|vowed|urged|quoted|published|recalled|spokes(?:man|woman|person))\b|\baccording to\b|\bin a statement\b/;
const ATTRIBUTION_INITIAL = /^(?:According to|In a statement)\b/;

const SUPERLATIVE =
  /\b(?:largest|biggest|smallest|highest|lowest|oldest|youngest|longest|shortest|fastest|slowest|greatest|worst|best|the most|the least|richest|poorest|deadliest|strongest|weakest|earliest|latest|heaviest|tallest|deepest|widest|first|the only|(?:a|an) record|record[- ](?:high|low|number|levels?|breaking)|unprecedented|(?:larger|bigger|smaller|higher|lower|greater|older|younger|longer|shorter|faster|slower|cheaper|costlier|heavier|wider|deeper) than|twice as|three times)\b|\b(?:more than|less than|fewer than|as many as|as much as|at least|at most|up to)(?= (?:[$€£]?\d|half|a third|a quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a million|a dozen|dozens|hundreds|thousands|millions)\b))/i;

/** Words: letters, digits, internal apostrophes, dots and hyphens (so "U.S." and "Kim-il" are one word). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*\.?/gu;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}{2,}s?|(?:\p{Lu}\.){2,})$/u;
/** What makes the next word start a sentence-like unit: an opening quote, a colon, a bracket, a sentence end. */
const UNIT_START = /(?:[“"‘'(\[]|:\s*|[.!?][”"’')\]]*\s+)$/;
/** …unless the full stop ends a title or an initial ("Mr. Kim", "J. Smith"). */
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|\p{Lu})\.\s+$/u;

/** The reasons `text` (a claim's text, citation markers removed) is check-worthy, in `REASON_ORDER`. */
export function checkReasons(text: string, has: { quote: boolean; citation: boolean }): CheckReason[] {
  const reasons = new Set<CheckReason>();
  if (/\d/.test(text.replace(DATE_DIGITS, ' ')) || NUMBER_WORDS.test(text)) reasons.add('number');
  if (DATE_PATTERNS.some((p) => p.test(text))) reasons.add('date');
  if (hasName(text)) reasons.add('name');
  if (ATTRIBUTION.test(text) || ATTRIBUTION_INITIAL.test(text)) reasons.add('attribution');
  if (has.quote) reasons.add('quote');
  if (has.citation) reasons.add('citation');
  if (EVENT.test(text)) reasons.add('event');
  if (SUPERLATIVE.test(text)) reasons.add('superlative');
  return REASON_ORDER.filter((r) => reasons.has(r));
}

function hasName(text: string): boolean {
  WORD.lastIndex = 0;
  let first = true;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].endsWith('.') && !ACRONYM.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const initial = first || (UNIT_START.test(before) && !TITLE_BEFORE.test(before));
    const isFirst = first;
    first = false;
    if (ACRONYM.test(word)) return true;
    // The sentence's subject may be a name too ("Gazprom made several bids.", "China has agreed to …"): a
    // capitalised first word that is no common English word, followed by a verb of statement.
    if (isFirst && CAPITALISED.test(word) && isSubjectName(word, text.slice(m.index + m[0].length))) return true;
    if (initial || !CAPITALISED.test(word)) continue;
    if (word === 'I' || /^I['’]/.test(word) || MONTH_OR_DAY.test(word)) continue;
    return true;
  }
  return false;
}

/** Common words that start sentences: never names on their own. */
const COMMON_INITIAL = new Set(
  'a an the this that these those it its there here time life he she they we you i his her their our my your one some many most few several all both each every no none nothing nobody everyone someone however meanwhile but and or so yet still also then now today yesterday tomorrow when while if although though because since after before during despite instead perhaps maybe indeed overall finally first second third last next other others such what which who why how where'.split(' '),
);
/** A verb right after a sentence's first word that makes it a statement about that word ("Gazprom made", "China has"). */
const STATEMENT_VERB = /^(?:['’]s\s+\p{Ll}+|\s+(?:has|have|had|is|was|were|are|will|would|did|does|made|makes|said|says|won|lost|paid|sold|bought|agreed|announced|reported|signed|rejected|denied|confirmed|launched|plans|planned|wants|wanted|became|remains|remained|took|takes|gave|owns|owned|\p{Ll}+ed)\b)/u;

function isSubjectName(word: string, rest: string): boolean {
  const lower = word.toLowerCase();
  // Plural nouns ("Prisoners said", "Analysts expect") are no names; nor are adverbs ("Clearly").
  if (COMMON_INITIAL.has(lower) || /ly$/.test(lower) || /[^s]s$/.test(lower) || MONTH_OR_DAY.test(word)) return false;
  return STATEMENT_VERB.test(rest);
}

/** Hedges and rhetoric that state nothing a source could confirm ("It is hard to say.", "Time will tell."). */
const HEDGE = /^(?:it\s+is\s+(?:hard|difficult|too\s+early|impossible)\s+to\s+(?:say|tell|know|predict)|it\s+remains\s+to\s+be\s+seen|time\s+will\s+tell|who\s+knows|only\s+time\s+will\s+tell|we\s+(?:will|shall|'ll)\s+see)\b/i;

export function isHedge(text: string): boolean {
  return HEDGE.test(text.trim());
}

/** True for a question: the sentence ends with `?`, closing quotes and brackets aside. */
export function isQuestion(text: string): boolean {
  return /\?[\s”"’')\]]*$/.test(text);
}

/** The keep/drop rule of `checkworthy` mode (see the module comment). */
export function isCheckworthy(text: string, reasons: readonly CheckReason[]): boolean {
  if (reasons.length === 0) return false;
  if (countWords(text, MIN_CLAIM_WORDS) < MIN_CLAIM_WORDS) return false;
  if (isQuestion(text) && !reasons.includes('quote')) return false;
  if (isHedge(text) && !reasons.some((r) => r === 'number' || r === 'name' || r === 'quote' || r === 'citation')) return false;
  return true;
}

/**
 * A sentence the rules drop only for want of a reason (no name, number, date, …) that may still state something a
 * source says: three words or more, neither a question nor a hedge. A check makes a claim of it when a source
 * passage is about it (`DraftAnalysis.candidates`).
 */
export function isCandidate(text: string, reasons: readonly CheckReason[]): boolean {
  return reasons.length === 0 && countWords(text, MIN_CLAIM_WORDS) >= MIN_CLAIM_WORDS && !isQuestion(text) && !isHedge(text);
}
