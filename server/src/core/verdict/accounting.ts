/**
 * Element accounting: which of a claim's content elements — names, figures, dates, content words, its polarity —
 * the evidence states, and the calibrated decision built on that account.
 *
 * Evidence for a claim is one candidate sentence *with its neighbours* (up to three consecutive sentences of one
 * paragraph) or, when that leaves words unaccounted for, that window plus one more passage of the same source
 * (`pairWith`). A claim term is stated when the evidence has the same term (the index's normalised stem); a
 * value (number, date, name) when the evidence has an agreeing value (`statesValue`). What is left is the
 * claim's *missing* words, shown to the writer.
 *
 * The decision is a logistic regression over the interpretable features of `DecisionFeatures`, fitted on the fit
 * splits of the benchmark (`bench/fit-verdicts.ts`); its weights are data, in `model.json`.
 */
import { escapeRegExp } from '../text/regexp';
import { processTerm, STOPWORDS, tokenize } from '../index/tokenize';
import { TABLE_ROW } from '../text/tableLabels';
import { oppositeInPlace, oppositeStems, sameChange, sameDirection, sideStems } from './direction';
import model from './model.json';
import { statesValue, type ClaimInfo, type SupportFeatures, type TextInfo } from './support';
import { bestSimilarity, rowsOf, wordSimilarity, wordVectors } from './vectors';
import { hedgeWords, isNumeric, nameForms, ownChangeShare, ownRatioFigures, personalNameWords, roleSimilarity, shareAgrees, statesDifference, valueAgrees, type TypedValue } from './values';

/** Cosine above which a lower-case claim word is taken as said in other words ("scientists" / "researchers"). */
export const SOFT_MIN = 0.6;
/** Cosine below which a word in the place of another is another thing ("history" / "health": 0.44). */
export const OTHER_MAX = 0.5;

/** One measured candidate, as the accounting sees it (a subset of `Candidate`). */
export interface AccountCandidate {
  sentence: TextInfo;
  context: TextInfo[];
  features: SupportFeatures;
  documentId: string;
  score: number;
  /** The score with the bonus of a cited source: breaks ties between equally good evidence. */
  rank: number;
  /**
   * Whom a pronoun opening the sentence stands for ("He says …" after "Lib Dem chairman Matthew Taylor has
   * written …"): its words count as the sentence's in choosing the evidence.
   */
  readonly antecedent?: TextInfo;
}

/**
 * Negation cues ("rather than" and "instead of" deny what follows: "deals in Europe rather than churn" / "deals in
 * Europe, not churn"; not before a figure, in digits or words, which they set against the claim's: "every 30 minutes
 * rather than every 20 minutes", "a cast of nine rather than the usual sixteen"); "no longer" and "not only" do not
 * deny, nor "No." or "No:" before a number ("the No. 2 seed", "Case No: 3204417/2023", "Case No: T20247113"), nor "not
 * … until" ("will not decide until two weeks before the event" says when he will decide; up to twelve words apart:
 * "will not be announcing dates and capacity for 2026 until …", "would not bring forward any new low traffic
 * neighbourhood in Hatherby until …", or after a comma: "was not found for 45 minutes, until …"; but not past another
 * denial, whose "until" it is: "are not binding, and nobody is committed … until …"), nor "not to" after an
 * instruction (below).
 */
const NOT_UNTIL = String.raw`(?!(?:,?\s+(?!not\b|never\b|nobody\b|no\b|none\b|nothing\b)[\w'’-]+){0,12},?\s+(?:until|till)\b)`;
/** A verb of instruction, its stem: "warned", "urging", "told", "advises". */
export const INSTRUCTION_VERB = String.raw`(?:warn|caution|urg|advis|tell|told|ask|order|remind|instruct|persuad|encourag|beg|call)[a-z]*`;
/** Nor an instruction: "warned members not to use hidden earpieces" says they were warned, as "cautioned … against using" does. */
const NOT_TO_AFTER_INSTRUCTION = String.raw`(?!(?<=\b${INSTRUCTION_VERB}\s+(?:[A-Za-z'’-]+\s+){0,3}not)\s+to\b)`;
/** A figure in words, which "rather than" sets against another as a digit is ("a cast of nine rather than the usual sixteen"). */
const FIGURE_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|half|a\s+(?:third|quarter|half))`;
/**
 * A time ruled out after a comma at a sentence's end, which limits the time the sentence gives and denies nothing:
 * "I expect it to show 76 per cent being reached during the autumn of 2024, not before."
 */
const NOT_BEFORE_AT_END = String.raw`(?!(?<=,\s*not)\s+(?:before|after|earlier|sooner|later)\b[\s.;!?"”]*$)`;
// ("18 voted no" is a vote, as "131 voted yes" is, and denies nothing, nor does "better than nothing"; "lacked a
// receipt" denies as "had no receipt", but "mice lacking Foxk2" and "a lack of funding" deny nothing of the claim's;
// "had run out of milk" denies as "no milk left" does; "has yet to be submitted" as "has not been submitted"; a score
// of "eleven to nothing" denies nothing either; "no more than 4.2 litres" and "no later than Friday" are bounds.)
const NEGATION = new RegExp(
  String.raw`\b(?:(?<!\b(?:hope|hoped|hopes|if|why)\s+)(?<!\bwhether\s+or\s+)not(?!\s+only\b)${NOT_UNTIL}${NOT_TO_AFTER_INSTRUCTION}${NOT_BEFORE_AT_END}|no[\s-]one|(?<!\bvot(?:e|es|ed|ing)\s+)no(?!\s+longer\b)(?!\s+(?:more|less)\s*[.;!?"”])(?!\s+(?:more|less|later|earlier|fewer|greater|higher|lower|sooner)\s+than\b)(?![.:]?\s*[:#]?\s*\d)(?![.:]\s*[A-Z]{1,3}-?\d)|never|none|nobody|(?<!\b(?:better|worse|more|less)\s+than\s+)(?<!\b(?:\d+|${FIGURE_WORD})\s+to\s+)nothing(?!\s+(?:(?:more|less)\s+than|short\s+of|but)\b)|neither|nor|without|unless|cannot${NOT_UNTIL}|can't${NOT_UNTIL}|won't${NOT_UNTIL})\b|n['’]t\b${NOT_UNTIL}|\b(?:fail(?:s|ed|ure)?|refuse[sd]?|declined?|unable) to\b|\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b|\bless\s+than\s+(?=(?:substantial|significant|full|satisfactory|adequate|complete|ideal)\b)|\bprevent(?:s|ed|ing)?\s+(?:[A-Za-z'’]+\s+){1,3}?(?:from\b|(?!(?:bring|thing|during|morning|evening|building|funding|spending|housing|training|meeting|planning|parking|nothing|something|anything|everything)\b)[a-z]+ing\b)|\bden(?:y|ies|ied)\b|\black(?:s|ed)\b(?!\s+(?:of|in|for)\b)|\b(?:ran|run|runs|running)\s+out\s+of\b|\b(?:wrong|too\s+(?:soon|early))\s+(?:for\s+[A-Za-z]+\s+)?to\b|\b(?:rather\s+than|instead\s+of)\b(?!\s+(?:[A-Za-z]+\s+){0,2}(?:(?:US)?[$€£¥]?\d|${FIGURE_WORD}\b))`,
  'i',
);

/**
 * "No longer" denies the present, as a source's "not" does ("she no longer answers the telephone" / "Now I do not
 * answer the telephone"); it is no cue of its own (a source that says the thing stopped may deny nothing), so it
 * counts only against a source that denies more than the claim otherwise does: 1, else 0.
 */
export function noLongerDenial(claim: string, source: string): number {
  return NO_LONGER.test(claim) && negationCount(source) > negationCount(claim) ? 1 : 0;
}
/** "No longer", which `claims.ts` counts as a denial of the claim's. */
export const NO_LONGER = /\bno\s+longer\b/i;

export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}

const NEGATIONS = new RegExp(NEGATION.source, 'gi');

/**
 * How many negation cues a text has: "could not picture" after "Nobody" denies twice; "neither … nor" once ("he
 * searched neither the address nor Mr Bray's name" / "he did not search the address or Mr Bray's name").
 */
export function negationCount(text: string): number {
  const n = text.match(NEGATIONS)?.length ?? 0;
  return n && /\bneither\b/i.test(text) ? n - (text.match(NEITHER_NOR)?.length ?? 0) : n;
}
const NEITHER_NOR = /\bneither\b[^.;:!?]*?\bnor\b/gi;

/** Irregular past forms and plurals, for comparing a denial with a statement ("did not make" / "made"). */
const IRREGULAR: Record<string, string> = {
  made: 'make', did: 'do', took: 'take', gave: 'give', won: 'win', lost: 'lose', paid: 'pay', sold: 'sell', bought: 'buy',
  told: 'tell', went: 'go', came: 'come', saw: 'see', found: 'find', held: 'hold', left: 'leave', met: 'meet', ran: 'run',
  began: 'begin', grew: 'grow', rose: 'rise', fell: 'fall', brought: 'bring', kept: 'keep', spent: 'spend', sent: 'send',
  built: 'build', led: 'lead', wrote: 'write', knew: 'know', thought: 'think', got: 'get', gone: 'go', taken: 'take',
  given: 'give', written: 'write', known: 'know', shown: 'show', showed: 'show', doe: 'do',
  broke: 'break', broken: 'break', chose: 'choos', chosen: 'choos', stole: 'steal', stolen: 'steal', spoke: 'speak', spoken: 'speak',
  drove: 'drive', driven: 'drive', beaten: 'beat', forgot: 'forget', forgotten: 'forget', hid: 'hide', hidden: 'hide',
  // "previous" and "previously", which the stemmer keeps apart.
  previou: 'previous',
  // A verb's noun, which the stemmer keeps apart ("has decided" / "no decision had been made").
  decis: 'decid', payment: 'pay', agreement: 'agre', closur: 'close', intent: 'intend',
  split: 'share', divid: 'share',
  // Words a newsroom uses for one another (`SAID_AS_GROUPS`): "have donated" / "have given".
  donat: 'give', unveil: 'launch', ax: 'scrap', abolish: 'scrap', disqualifi: 'ban', disqualif: 'ban', requir: 'need',
  // Irregular plurals, which the stemmer keeps apart ("No midwife will lose" / "some midwives will lose").
  midwiv: 'midwif', wive: 'wife', housew: 'housewif', knive: 'knife', halv: 'half', wolv: 'wolf', shelv: 'shelf',
  thiev: 'thief', calv: 'calf', loav: 'loaf', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  // Quantifiers: "not a single bid" denies "several bids".
  sever: 'QUANT', singl: 'QUANT', mani: 'QUANT', multipl: 'QUANT', numer: 'QUANT', few: 'QUANT', ani: 'QUANT',
};
export const lemma = (term: string) => (Object.hasOwn(IRREGULAR, term) ? IRREGULAR[term] : term);

/**
 * Verbs that link a thing to its measure as "is" does ("the drive takes about 45 minutes" / "the drive is about
 * twenty-five minutes"; "costs", "lasts", "weighs", "totals", "stands at"), as index terms.
 */
export const MEASURE_VERBS: ReadonlySet<string> = new Set(['take', 'took', 'taken', 'last', 'cost', 'measur', 'weigh', 'total', 'stand', 'stood', 'amount']);

/** Index terms that are negation cues ("not", "no", "didn't"): what a claim's polarity adds, not its content. */
const NEGATION_TERM = /^(?:not|no|noth|none|nobodi|neither|nor|without|cannot|\p{L}+n't)$/u;

/** The lemmas of a sentence's terms, and of its speaker's or window's (whose words count as the sentence's). */
function lemmasOf(sentence: TextInfo, speaker?: TextInfo | readonly TextInfo[]): Set<string> {
  const have = new Set([...sentence.terms].map(lemma));
  if (speaker) for (const other of Array.isArray(speaker) ? speaker : [speaker]) for (const t of other.terms) have.add(lemma(t));
  return have;
}

/**
 * Coverage of a claim's terms by a sentence, irregular verb forms folded ("made" = "make"), negation cues left out
 * ("does not cause inflammation" covers "causes inflammation" whole: the denial is compared apart). `speaker`: who
 * says the sentence in a transcript, whose name the sentence does not repeat ("Dr Marsh said no midwife …"), or the
 * other sentences of a window that says the claim with it.
 */
export function lemmaCoverage(claim: ClaimInfo, sentence: TextInfo, speaker?: TextInfo | readonly TextInfo[], except?: ReadonlySet<string>): number {
  const have = lemmasOf(sentence, speaker);
  let c = 0;
  let total = 0;
  for (const [t, w] of claim.weights) {
    if (except?.has(t)) continue;
    const l = lemma(t);
    // "made" is a term but "make" a stopword: a form whose lemma is a stopword is left out on both sides.
    if (STOPWORDS.has(l) || NEGATION_TERM.test(l)) continue;
    total += w;
    if (have.has(l)) c += w;
  }
  return total ? c / total : 0;
}

/**
 * A claim's opening frame of a finding: a subject of up to five words, maybe a description between commas, a verb of
 * finding or telling and "that" ("Marion Ashcroft, the club's chief executive, told supporters that …").
 */
const FINDING_FRAME = /^\s*(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+(?:,\s+[^,;:]{1,60},)?\s+(?:found|concluded|ruled|judged|decided|determined|accepted|agreed|said|says|stated|reported|noted|confirmed|warned|told\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+that\s+/iu;

/** Words a denial's wording adds or drops about the same fact ("not yet able to prescribe" / "can already prescribe"). */
const DENIAL_WORDING: ReadonlySet<string> = new Set(['yet', 'already', 'still', 'able'].flatMap((w) => processTerm(w) ?? []));
/** A personal pronoun, which may stand in a sentence for a person the claim names ("so he's registered"). */
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|they|them)\b/i;

/**
 * `lemmaCoverage` for a denial against a sentence that states the thing, or the other way round: the words of the
 * denial's wording left out (`DENIAL_WORDING`), and, for a claim that denies, its one name the sentence lacks left
 * out when the sentence has a personal pronoun in its place ("Pennock said Aduba had not yet been registered by the league" /
 * Pennock's "The paperwork came through from the league this morning, so he's registered").
 */
export function negationCoverage(claim: ClaimInfo, sentence: TextInfo, speaker: TextInfo | readonly TextInfo[] | undefined, claimDenies: boolean): number {
  const except = new Set(DENIAL_WORDING);
  // A finding's frame ("Inspectors found that …", "The panel concluded that …") is who found it, not what: the
  // sentence that states the finding need not repeat it ("The arrangements for safeguarding are effective").
  const frame = FINDING_FRAME.exec(claim.text);
  if (frame) for (const w of tokenize(frame[0])) {
    const t = processTerm(w);
    if (t) except.add(t);
  }
  // (Only for a claim that denies: a source's denials are shown by the rule for a denied word, which finds the one
  // that bears on the claim's word.)
  if (claimDenies && PERSONAL_PRONOUN.test(sentence.text)) {
    const have = lemmasOf(sentence, speaker);
    const tokens = claim.tokens.filter((t) => t.term);
    // The capitalised words the sentence lacks, when they are one run of words (one name).
    const runs: number[][] = [];
    tokens.forEach((t, i) => {
      if (!t.capital || have.has(lemma(t.term!))) return;
      const last = runs[runs.length - 1];
      if (last && last[last.length - 1] === i - 1) last.push(i);
      else runs.push([i]);
    });
    if (runs.length === 1) for (const i of runs[0]) except.add(tokens[i].term!);
  }
  return lemmaCoverage(claim, sentence, speaker, except);
}

/** The verb of a cue that denies by its meaning ("failed to", "refused to", "declined to", "denied"), and where a text has it. */
const IMPLICIT_CUE = /^(fail|refus|declin|den)/i;
const IMPLICIT_VERB: Record<string, RegExp> = { fail: /\bfail/i, refus: /\brefus/i, declin: /\bdeclin/i, den: /\bden(?:y|ies|ied|ying|ials?)\b/i };

/** Words that make a clause a condition ("when she's not working", "unless it is not renewed"). */
const CONDITION = /\b(?:when|whenever|if|unless|whether|until)\b/i;

/** Where a negated clause ends: punctuation, a quotation mark or a conjunction that starts another clause. */
const CLAUSE_END = /[,;:.!?()"“”‘’]|\s(?:and|but|or|while|whereas|although|though|because)\s/giu;

/**
 * The rest of a list after its first item's comma: ", national insurance or VAT" (items of one to three words); not a
 * clause of its own (", and I want to apologise").
 */
const LIST_AFTER = /^(?:,\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)*,?\s+(?:or|and|nor)\s+(?!(?:I|we|he|she|they|it|you)\b)(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?=\s*[,.;:!?]|\s+(?:on|in|for|to|at|from|by|with|this|next|last)\b|\s*$)/u;

/**
 * Words before the denied one: "not able to comment" denies "comment" ("abl", "allow", "go" as index terms); "did not
 * need to draw on our contingency" denies "had to draw on its contingency".
 */
// (And adverbs of the cue: "has not yet ruled out", "did not even try", "was not currently pursuing"; not "cannot
// necessarily be said", a hedge.)
const SEMI_AUXILIARY = new Set(['abl', 'allow', 'permit', 'go', 'prepar', 'will', 'yet', 'ever', 'even', 'current', 'need']);

/** Verbs through which a denial bears on what follows them ("These results do not mean everyone … should"). */
const FRAME_VERBS = new Set(
  [
    'mean', 'means', 'meant', 'suggest', 'suggests', 'suggested', 'imply', 'implies', 'implied', 'indicate', 'indicates', 'show', 'shows', 'prove', 'proves',
    // Expectations and plans deny what follows: "we do not expect to make further payments" (no payments are planned).
    'expect', 'expects', 'expected', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned', 'anticipate', 'anticipates', 'anticipated', 'think', 'thinks', 'believe', 'believes', 'foresee',
  ].map((w) => lemma(processTerm(w) ?? w)),
);

/** A light verb and a pronoun for its object, to the end of the clause: " get it.", " do that". */
const PRONOUN_OBJECT = /^\s+(?:\p{L}+\s+)?(?:it|them|that|this|one|any)\s*(?:[.;,!?]|$)/iu;
/** A clause's own subject after a conjunction: "and we", "but they". */
const JOINED_SUBJECT = /\b(?:and|but|so)\s+(?:we|they|he|she|I|you|it)\b/gi;

/** What should have been and was not: "should have acted", "ought to have told", "could have done more". */
const COUNTERFACTUAL = /\b(?:should|ought\s+to|could|might)\s+have\s+\p{L}+/iu;

/** Each negation cue of a text with the first three content terms after it in its clause (lemmas), the words before
 * the denied one left out (and a verb of meaning or expectation right after the cue: `FRAME_VERBS`). */
function negatedClauses(info: TextInfo): { cue: string; terms: string[]; clause: number; at: number }[] {
  const out: { cue: string; terms: string[]; clause: number; at: number }[] = [];
  for (const m of info.text.matchAll(NEGATIONS)) {
    let from = m.index! + m[0].length;
    // (A judgement of an amount denies nothing of the amount after it: "which wasn't much, about a tonne and a half".)
    if (/^\s+(?:much|many|a\s+lot|great)\s*(?:[,.;:!?]|$)/i.test(info.text.slice(from, from + 16))) continue;
    // A quotation that opens right after the cue is what it denies ("could not \"keep subsidising …\"").
    const quote = /^\s*["“‘]/.exec(info.text.slice(from, from + 4));
    if (quote) from += quote[0].length;
    CLAUSE_END.lastIndex = from;
    let end = CLAUSE_END.exec(info.text)?.index ?? info.text.length;
    // A list the denial runs on into ("will not raise income tax, national insurance or VAT"): all its items denied.
    const list = info.text[end] === ',' ? LIST_AFTER.exec(info.text.slice(end, end + 160)) : null;
    if (list) end += list[0].length;
    let terms = info.tokens.filter((t) => t.start >= from && t.start < end && t.term && !SEMI_AUXILIARY.has(t.term)).map((t) => lemma(t.term!));
    // "do not mean everyone should …", "does not suggest that …": what is denied is what comes after the verb.
    while (terms.length > 1 && FRAME_VERBS.has(terms[0])) terms.shift();
    terms = terms.slice(0, list ? 9 : 3);
    if (!terms.length) {
      // (A bare "we did not" after what should have been done says it was not done, as the counterfactual does: "The
      // board should have acted faster when we were first told about this problem, and we did not." denies nothing
      // of "the board should have acted faster".)
      if (COUNTERFACTUAL.test(info.text.slice(0, m.index!)) && /^\s*(?:[.;!?]|$)/.test(info.text.slice(m.index! + m[0].length))) continue;
      // (Nor a bare "who had not" of a group, which leaves its verb to the clause before: "Only 12% of passengers had
      // claimed compensation, and of those who had not, more than half …".)
      if (/\b(?:who|that|which)\s+(?:had|have|has|did|do|does|was|were|is|are|could|would|will)\s*$/i.test(info.text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      // (Nor when the cue's verb has a particle, which is what is denied: "on a ledge, and we couldn't go up or down"
      // denies the going, no ledge; "they didn't go out" denies "went out".)
      const motion = /^\s+(go|get|come|move|turn|climb|walk)\s+(?:up|down|out|in|on|off|back|away|through|over|round|around)\b/i.exec(info.text.slice(m.index! + m[0].length, m.index! + m[0].length + 24));
      if (motion) {
        out.push({ cue: m[0].toLowerCase(), terms: [lemma(processTerm(motion[1]) ?? motion[1].toLowerCase())], clause: end, at: m.index! });
        continue;
      }
      // (Nor when the cue is the subject of a common verb, which is what is denied: "He said he would send someone.
      // Nobody came." denies the coming, not the sending.)
      const verb = /^(?:nobody|no[\s-]one|nothing)$/i.test(m[0]) ? /^\s+([a-z]+)\b/.exec(info.text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)) : null;
      if (verb) {
        out.push({ cue: m[0].toLowerCase(), terms: [verb[1].toLowerCase()], clause: end, at: m.index! });
        continue;
      }
      // (Nor a reply's bare denial, which denies what was asked: "asked whether vehicles would be able to cross … Ms
      // Cranfield replied that they would not, and that the fire service would respond …" denies no Cranfield.)
      if (/\b(?:replied|answered|responded|said|confirmed)\s+(?:that\s+)?(?:they|he|she|it|we|I|this|that)\s+(?:would|could|did|does|do|was|were|had|has|have|will|can|is|are)\s*$/i.test(info.text.slice(Math.max(0, m.index! - 60), m.index!)) && /^\s*(?:[,.;]|$)/.test(info.text.slice(m.index! + m[0].length))) continue;
      // Nothing but function words after the cue ("the career was not over,"): what it denies is before it.
      let start = 0;
      for (const b of info.text.slice(0, m.index!).matchAll(CLAUSE_END)) start = b.index! + b[0].length;
      // (A clause of its own after "and we", "but they", whose object is a pronoun: "We asked for consultation in
      // November and we did not get it." does not deny the asking; "The lights flickered but they didn't go out"
      // still denies what the lights did.)
      const clauseStart = start;
      if (PRONOUN_OBJECT.test(info.text.slice(m.index! + m[0].length))) for (const b of info.text.slice(clauseStart, m.index!).matchAll(JOINED_SUBJECT)) start = clauseStart + b.index! + b[0].length;
      terms = info.tokens.filter((t) => t.start >= start && t.end <= m.index! && t.term).slice(-3).map((t) => lemma(t.term!));
    }
    out.push({ cue: m[0].toLowerCase(), terms, clause: end, at: m.index! });
  }
  return out;
}

/**
 * The negated clauses of a text that assert a denial: not a manner ("reduced by 50% without quitting"), a condition
 * ("When she's not working, …") or a verb that denies ("declined to comment", which has its opposite in place:
 * "agreed", `oppositeInPlace`).
 */
function assertedDenials(info: TextInfo): ReturnType<typeof negatedClauses> {
  return negatedClauses(info).filter((c) => {
    if (!c.terms[0] || c.cue === 'without' || IMPLICIT_CUE.test(c.cue)) return false;
    // (Nor a plea: "Don't hand our libraries to goodwill", "Do not close our branch".)
    if (IMPERATIVE_DENIAL.test(info.text.slice(0, c.at))) return false;
    // (Nor a denial a denied pretence or denial turns round: "I won't pretend the learner pool is not a loss", "I
    // won't pretend one of them isn't money" say it is a loss, it is money.)
    if (PRETENCE_DENIED.test(info.text.slice(Math.max(0, c.at - 120), c.at))) return false;
    // (Nor a denial whose first content word is that of "at first", "at last" or "at once": "I didn't believe it at
    // first" denies no "first".)
    if (/^(?:first|last|once)$/.test(c.terms[0]) && new RegExp(String.raw`\bat\s+${c.terms[0]}\b`, 'i').test(info.text.slice(c.at, c.at + 60))) return false;
    let start = 0;
    for (const b of info.text.slice(0, c.at).matchAll(CLAUSE_END)) start = b.index! + b[0].length;
    return !CONDITION.test(info.text.slice(start, c.at));
  });
}

/**
 * A person named as the subject of a clause that denies, right before its cue: "Cllr Whitlow did not", "; Sarah
 * Pryce has not", "; the Chair did not" (a title or two words of a name, or a meeting's officer; not "The Council", nor
 * a pronoun). Group 1 is the name.
 */
const NAMED_SUBJECT = /(?:^|[(;:,]\s*|\b(?:and|but|while)\s+)((?:[Tt]he\s+(?=(?:Chair|Chairman|Chairwoman|Chairperson|Vice-Chair|Mayor|Clerk|Secretary|Treasurer|President)\s)|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+)?|(?!(?:The|A|An|This|That|These|Those|Our|Their|Its|His|Her)\s)\p{Lu}[\p{L}'’-]+\s+)\p{Lu}[\p{L}'’-]+)\s+(?:did|does|do|has|had|have|was|were|is|are|will|would|could|can|may|might|should)\s*$/u;

/** A denied pretence or denial before a cue, in its sentence: "I won't pretend (that) …", "nobody is denying …". */
const PRETENCE_DENIED = /(?:\bnot|n['’]t|\bnever|\bnobody|\bno\s+one)\s+(?:(?:be|is|are|am|was|were)\s+)?(?:(?:going|trying)\s+to\s+)?(?:pretend(?:ing)?|deny(?:ing)?)\s+(?:that\s+)?[^.;!?"“”]{0,80}$/i;

/** What comes before the cue of a plea: "Don't" or "Do not" opening a sentence, a quotation or what follows a colon. */
const IMPERATIVE_DENIAL = /(?:^\s*|["“‘:]\s*)(?:please\s+)?do\s*$/i;

/** The content terms (lemmas) of a text's asserted denials, up to three after each cue ("had not been adopted by Wendle Water": adopt, wendl, water). */
export function deniedClauseTerms(info: TextInfo): string[] {
  return assertedDenials(info).flatMap((c) => c.terms);
}

/** The first content term (lemma) after each asserted denial of a text, in order ("No patients waited" denies "patient"). */
export function deniedWords(info: TextInfo): string[] {
  return assertedDenials(info).map((c) => c.terms[0]);
}

/**
 * The words (lemmas) a text has only where it denies them: the first content term after an asserted denial
 * (`assertedDenials`), when the text has it nowhere else ("The motion was not seconded." denies "second"; "raised no
 * objection" denies "object").
 */
export function onlyDenied(info: TextInfo): string[] {
  const denied = new Map<string, number>();
  for (const c of assertedDenials(info)) denied.set(c.terms[0], (denied.get(c.terms[0]) ?? 0) + 1);
  if (!denied.size) return [];
  const all = new Map<string, number>();
  for (const t of info.tokens) if (t.term) all.set(lemma(t.term), (all.get(lemma(t.term)) ?? 0) + 1);
  return [...denied].filter(([l, n]) => (all.get(l) ?? 0) <= n).map(([l]) => l);
}

/**
 * Whether a negation of `negated` that `other` does not share bears on words `other` has: one of the three
 * content terms after the cue, within its clause, is a term of `other` ("did not make a single bid" / "made several
 * bids": "bid"). A cue both texts have before the same word, or any two cues there, are shared ("no reported deaths"
 * in both, "would not comment" / "declined to comment"), and so is a denying verb the other text has too; a negation
 * in a clause the other text left out ("… but neither will be disciplined", "… my parents were not going to be
 * worried," Jordan said) does not bear on it, even when words of the other text come after the clause.
 */
export function negationBearsOn(negated: TextInfo, other: TextInfo): boolean {
  const others = new Set([...other.terms].map(lemma));
  // Any cue before the same word: "would not comment" and "declined to comment" deny the same thing. Cues before
  // one word in one clause count each ("has not never won" denies once more than "has never won").
  const perClause = (clauses: ReturnType<typeof negatedClauses>) => {
    const counts = new Map<string, number>();
    return clauses.map((c) => {
      const key = `${c.clause} ${c.terms[0] ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { ...c, nth: counts.get(key)! };
    });
  };
  const shared = new Map<string, number>();
  const otherClauses = negatedClauses(other);
  for (const c of perClause(otherClauses)) shared.set(c.terms[0] ?? '', Math.max(shared.get(c.terms[0] ?? '') ?? 0, c.nth));
  // (Or a word the other text denies after "none of" and its subject: "None of the affected batches were
  // distributed" denies what "The affected batches were not distributed" does.)
  const deniedThere = new Set(negatedClauses(other).flatMap((c) => (/^none\b/.test(c.cue) ? c.terms : [])));
  for (const clause of perClause(negatedClauses(negated))) {
    if (clause.nth <= (shared.get(clause.terms[0] ?? '') ?? 0)) continue;
    // (A denial the other text makes with another verb and the same words after it: "had not been working since
    // Wednesday 11 September" / "had not been energised since Wednesday 11 September 2024".)
    // (Not a verb the other text denies too, whose cues are counted above: "has not never won" / "has never won".)
    if (!otherClauses.some((o) => o.terms[0] === clause.terms[0]) && otherClauses.some((o) => o.terms.slice(1).filter((t) => clause.terms.slice(1).includes(t)).length >= 2)) continue;
    if (clause.nth === 1 && clause.terms[0] !== undefined && deniedThere.has(clause.terms[0])) continue;
    // A verb that denies ("failed to reach the site") when the other text has the same verb ("attempts to view the
    // site … failed"): both say it failed.
    const verb = IMPLICIT_CUE.exec(clause.cue)?.[1]?.toLowerCase();
    if (verb && IMPLICIT_VERB[verb].test(other.text)) continue;
    // A denial of a named subject the other text does not name: "RESOLVED (8 votes for, 2 against, 0 abstentions;
    // Cllr Whitlow did not vote)" says nothing against "The panel voted by eight votes to two".
    const subject = NAMED_SUBJECT.exec(negated.text.slice(Math.max(0, clause.at - 60), clause.at));
    const surname = subject && processTerm(subject[1].split(/\s+/).pop()!);
    if (surname && !other.terms.has(surname)) continue;
    // The denied word itself ("do not rely on mobile phone networks" says nothing against "work outside the mobile
    // phone networks") and two of the words after the cue (or its only one): "no active stem cells and little cell
    // turnover" does not deny "little cell turnover" through "cell".
    if (others.has(clause.terms[0]) && clause.terms.filter((t) => others.has(t)).length >= Math.min(2, clause.terms.length)) return true;
    // Or the denied word with its object in common words where the other text names it, the negated text naming
    // it elsewhere ("… along the B6417, and the eastern flank of the fire has not crossed the road" / "crossed the
    // B6417").
    if (others.has(clause.terms[0]) && objectNamedElsewhere(negated, other, clause.terms[0], clause.at)) return true;
  }
  return false;
}

/**
 * Whether the other text's object of the denied word is a name or a figure ("crossed the B6417") that the negated
 * text has before its denial, while the denial's own object is a common word ("has not crossed the road"), and the
 * negated text has the denied word only once (not "crossed the B6417 but has not crossed the A66").
 */
function objectNamedElsewhere(negated: TextInfo, other: TextInfo, denied: string, cueAt: number): boolean {
  const same = negated.tokens.filter((t) => t.term && lemma(t.term) === denied);
  if (same.length !== 1 || same[0].start < cueAt) return false;
  const theirs = negated.tokens.find((t) => t.start > same[0].start && t.term);
  if (!theirs || !/^\p{Ll}+$/u.test(negated.text.slice(theirs.start, theirs.end))) return false;
  const at = other.tokens.findIndex((t) => t.term && lemma(t.term) === denied);
  const object = at < 0 ? undefined : other.tokens.slice(at + 1).find((t) => t.term);
  if (!object || !/^(?:\p{Lu}|.*\d)/u.test(other.text.slice(object.start, object.end))) return false;
  return negated.tokens.some((t) => t.end <= cueAt && t.term === object.term);
}

/**
 * Whether none of the denials of `text` bears on a word of `other`, however loosely: no content term after any of
 * its cues, within the clause, is a term of `other` ("… died without knowing what you had done" denies nothing of
 * "none of her victims had died").
 */
export function deniesNothingOf(text: TextInfo, other: TextInfo): boolean {
  const others = new Set([...other.terms].map(lemma));
  return negatedClauses(text).every((c) => !c.terms.some((t) => others.has(t)));
}

/**
 * Whether `other` denies everything `claim` denies: for each of the claim's denials, one of `other` with the same
 * words after its cue ("no active stem cells" / "no active stem cells"; not "no association with 8 of the 10
 * additional cancers" for "not associated with an increased risk").
 */
export function deniesAlike(claim: TextInfo, other: TextInfo): boolean {
  const mine = negatedClauses(claim);
  if (!mine.length) return false;
  const theirs = negatedClauses(other);
  return mine.every((c) => c.terms.length > 0 && theirs.some((t) => c.terms.every((term) => t.terms.includes(term))));
}

export interface Substitution {
  claim: string;
  source: string;
  claimSpan: { start: number; end: number };
  sourceSpan: { start: number; end: number };
  /** The claim's word is a name or a figure (capitalised, or digits). */
  named: boolean;
  /** Cosine of the two words (word vectors), when both have vectors. */
  similarity?: number;
  /** The claim's name is in the sentence too, elsewhere: another name holds its place (`findSubstitutions`). */
  displaced?: boolean;
  /** Opposites next to one same word only ("the blue Ford Focus" / "a grey Ford Focus"): a swap only in a copied sentence. */
  loose?: boolean;
}

/**
 * A line without a closing stop: a list item, a table cell or a heading ("The Salt Pans at Pag (1931), lent by the
 * Belvedere, Vienna").
 */
const UNSTOPPED = /[^.!?"”'’)\]]\s*$/u;

/**
 * Whether a second passage is about another thing than the evidence's own list item (an unstopped line): the second
 * gives a name of the claim's that the evidence's item does not, and each has a name the claim does not ("The Salt Pans at Pag (1931) has been lent by the Moderna galerija" from "The Salt Pans at Pag (1931), lent
 * by the Belvedere, Vienna" and the next item, "Self-Portrait with Blue Scarf (1926), Moderna galerija, Zagreb": the
 * lender is the other painting's).
 */
function siblingItem(claim: ClaimInfo, window: readonly TextInfo[], other: TextInfo): boolean {
  const own = window[0];
  if (!UNSTOPPED.test(own.text)) return false;
  const names = claim.values.filter((v) => v.kind === 'name');
  if (!names.length) return false;
  const gives = names.some((v) => statesValue(other, v) && !window.some((t) => statesValue(t, v)));
  if (!gives) return false;
  const foreign = (t: TextInfo) => t.values.some((v) => v.kind === 'name' && !names.some((c) => statesValue(t, c) && (c.text.includes(v.text) || v.text.includes(c.text))));
  return foreign(own) && foreign(other);
}

/**
 * Whether the evidence gives a titled person's first name with another surname than the claim's, and never the
 * claim's ("Battalion Chief Renata Okonkwo" / "Battalion Chief Renata Okafor"): the name is not stated, however many
 * of its words (the titles, the first name) the evidence has.
 */
function otherSurname(name: readonly string[], evidence: readonly TextInfo[], holds: (word: string) => boolean): boolean {
  const own = personalNameWords(name);
  // Only a titled person's name (a title says it is a person's: not "Chinese Art" for "Chinese Painting"), a first
  // name and a surname, perhaps a middle name; not a longer name nor one with initials.
  if (own.length === name.length || own.length < 2 || own.length > 3 || own.some((w) => !/^\p{Ll}[\p{Ll}'’-]+$/u.test(w))) return false;
  const first = own[0];
  const last = own[own.length - 1];
  if (holds(last) || !holds(first)) return false;
  const written = new RegExp(String.raw`(?<![\p{L}])${first[0].toUpperCase()}${escapeRegExp(first.slice(1))}\s+\p{Lu}[\p{L}'’-]+`, 'u');
  return evidence.some((t) => written.test(t.text));
}

/**
 * The words of the names the candidate passages and their neighbours give (lower-cased), and the pairs of words of
 * each name: what tells a sentence's first word, capitalised whatever it is, for a name ("Ellis had planned the
 * break-in" where a passage names "Mark Ellis").
 */
function nameWords(candidates: readonly AccountCandidate[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    for (const t of [c.sentence, ...c.context]) {
      for (const v of t.values) {
        if (v.kind !== 'name') continue;
        // A name's first word at a sentence's start may be any word ("Comedian Ben Elton, left, took …").
        const words = v.span.start === 0 || /[.!?:"“‘']\s*$/.test(t.text.slice(Math.max(0, v.span.start - 3), v.span.start)) ? v.name!.slice(1) : v.name!;
        for (const w of words) out.add(w);
        // Pairs of its words, so that two words of one name are known as such ("marion smith").
        for (const a of v.name!) for (const b of v.name!) if (a !== b) out.add(`${a} ${b}`);
      }
    }
  }
  return out;
}

/** The words between two terms with auxiliaries left out ("Price acted" / "Ellis had acted"). */
function gapOf(text: string): string {
  return text.toLowerCase().replace(/\b(?:had|has|have|was|were|is|are|been|be)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Weekdays and months: dates, which the value rules compare, not names. */
export const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A name for a name or a figure for a figure: both capitalised inside their sentences (or both digits), neither a
 * short acronym ("PM" for "Prime Minister") nor a piece of the other ("Silv" / "Silvonek").
 */
/** A code of capitals and digits: "P4", "B2", "A46", "SK418". */
const CODE = /^\p{Lu}{1,3}\d{1,4}$/u;

/** A figure's shape: a decimal or a whole number ("81.9", "2025"). */
function figureShape(word: string): 'decimal' | 'whole' {
  return /^\d[\d,]*\.\d/.test(word) ? 'decimal' : 'whole';
}

function isNamed(word: string, capital: boolean, source: string, sentence: string, at: number, sourceName: () => boolean = () => false): boolean {
  // Codes of capitals and digits name what they stand for, however short: "rated to the P4 standard" / "P2".
  if (CODE.test(word) && CODE.test(source)) return true;
  if (word.length < 3 || source.length < 3) return false;
  // A weekday or a month in place of another word is a date for a name: not one name for another.
  if (CALENDAR.test(word) !== CALENDAR.test(source)) return false;
  if (/^\d/.test(word) && /^\d/.test(source)) return true;
  // A claim's first word is capitalised whatever it is; it is a name when the source's word in its place is one.
  if (!/^\p{Lu}/u.test(word) || !/^\p{Lu}/u.test(source)) return false;
  if (!capital && at > 0) return false;
  if (/^\p{Lu}+$/u.test(word) || /^\p{Lu}+$/u.test(source)) return false;
  if (source.toLowerCase().startsWith(word.toLowerCase()) || word.toLowerCase().startsWith(source.toLowerCase())) return false;
  // A source word that starts its sentence (or a quotation, or a clause after a colon) may be any word: both words
  // must then be names elsewhere too, which this cannot tell, so only words inside the sentence count.
  // (Unless the passages give it as a name: "Ellis had acted as a lookout" after "Mark Ellis, 29, …".)
  if (at === 0 || /[.!?:"“‘']\s*$/.test(sentence.slice(Math.max(0, at - 3), at))) return capital && sourceName();
  return true;
}

/**
 * The index of the token that follows token j of a sentence, past a name in apposition ("Her son, David, died":
 * "died" follows "son"), else j + 1 (which must exist).
 */
function afterApposition(text: string, s: readonly { start: number; end: number }[], j: number): number {
  if (!/^\s*,\s*$/.test(text.slice(s[j].end, s[j + 1].start))) return j + 1;
  for (let k = j + 1; k < s.length - 1 && k <= j + 3; k++) {
    if (!/^\p{Lu}/u.test(text.slice(s[k].start, s[k].end))) return j + 1;
    const gap = text.slice(s[k].end, s[k + 1].start);
    if (/^\s*,\s*$/.test(gap)) return k + 1;
    if (!/^\s+$/.test(gap)) return j + 1;
  }
  return j + 1;
}

/** A personal pronoun at the end of the words between two terms ("up, and you "). */
const PRONOUN_END = /\b(?:you|he|she|they|we|it|I)\s+$/;
/** A break between clauses in the words between two terms (", and will "). */
const CLAUSE_BREAK = /[,;:]/;

/** How many terms around claim term i match those around sentence term j, up to three on each side. */
function contextLength(c: readonly { term: string | null }[], i: number, s: readonly { term: string | null }[], j: number): number {
  let n = 0;
  for (let k = 1; k <= 3 && i - k >= 0 && j - k >= 0 && c[i - k].term === s[j - k].term; k++) n++;
  for (let k = 1; k <= 3 && i + k < c.length && j + k < s.length && c[i + k].term === s[j + k].term; k++) n++;
  return n;
}

/** Cosine from which a neighbour of a replaced word is the same word said otherwise ("crash" / "collision": 0.76). */
export const NEIGHBOUR_MIN = 0.75;

/**
 * Claim words replaced by another word between the same neighbours in `sentence` (see `Account.substitutions`); a
 * name in apposition after the sentence's word is passed over, and for a name or a figure one neighbour may be said
 * in other words. `displacedNames`: also the claim's names that the sentence has elsewhere, when another name holds
 * their place between the very same neighbours.
 */
export function findSubstitutions(claim: ClaimInfo, missing: ReadonlySet<string>, sentence: TextInfo, displacedNames = false, isName: (word: string) => boolean = () => false): Substitution[] {
  if (!missing.size && !displacedNames) return [];
  const c = claim.tokens.filter((t) => t.term);
  const s = sentence.tokens.filter((t) => t.term);
  const out: Substitution[] = [];
  // A first word, capitalised whatever it is, that the passages give as a name.
  const nameAt = (text: string, at: number, end: number) => at === 0 && /^\p{Lu}\p{Ll}/u.test(text.slice(at, end)) && isName(text.slice(at, end).toLowerCase());
  for (let i = 0; i < c.length; i++) {
    const t = c[i];
    // The first word taken for a name, asked only when it matters (the passages' names cost their values).
    let promoted: ClaimInfo['tokens'][number] | undefined;
    const first = () => (promoted ??= !t.capital && nameAt(claim.text, t.start, t.end) ? { ...t, capital: true } : t);
    // A name the sentence has elsewhere may still be displaced from its own place ("born in Cardiff in 1938" /
    // "Born in Swansea in 1938, … a teacher in Cardiff"): only another name between the very same neighbours.
    const displaced = !missing.has(t.term!);
    if (displaced && !(displacedNames && first().capital)) continue;
    // Between the same two neighbours; at either end of the claim, next to the same one.
    const prev = i > 0 ? c[i - 1].term : undefined;
    const next = i + 1 < c.length ? c[i + 1].term : undefined;
    if (prev === undefined && next === undefined) continue;
    // Where the sentence has the name itself, the words around it must match the claim's less far than around
    // the other name for that one to be in its place ("Councillor Greaves voted against" is in "Councillor Patel
    // voted in favour; Councillor Greaves voted against"; "Councillor Patel voted against" is not).
    let own = -1;
    if (displaced) for (let j = 0; j < s.length; j++) if (s[j].term === t.term) own = Math.max(own, contextLength(c, i, s, j));
    const word = claim.text.slice(t.start, t.end);
    const subject = i > 0 && /^\p{Lu}/u.test(claim.text.slice(c[i - 1].start, c[i - 1].end));
    const verbs = (j: number, samePrev: boolean) => {
      if (!/(?:ed|ing)$/i.test(word)) return false;
      const theirs = sentence.text.slice(s[j].start, s[j].end);
      return /(?:ed|ing)$/i.test(theirs) || (samePrev && subject && /s$/i.test(theirs));
    };
    for (let j = 0; j < s.length; j++) {
      if (s[j].term === t.term || claim.terms.has(s[j].term!)) continue;
      const theirs = sentence.text.slice(s[j].start, s[j].end);
      // At an end of the claim, the sentence may go on ("… again within a month." / "… again within a year, he said").
      const samePrev = prev === undefined || (j > 0 && s[j - 1].term === prev);
      // (Not across a pronoun that holds the place, nor a clause's break the claim does not have: "The jury will then
      // retire" / "for my summing up, and you will then retire"; "The contractor will also hold a drop-in session" /
      // "until the road fully reopens, and will hold a drop-in session".)
      const gap = j + 1 < s.length ? sentence.text.slice(s[j].end, s[j + 1].start) : '';
      const mine = i + 1 < c.length ? claim.text.slice(t.end, c[i + 1].start) : '';
      const brokenAfter = (PRONOUN_END.test(gap) && !PRONOUN_END.test(mine)) || (CLAUSE_BREAK.test(gap) && !CLAUSE_BREAK.test(mine) && afterApposition(sentence.text, s, j) === j + 1);
      const sameNext = next === undefined || (j + 1 < s.length && !brokenAfter && s[afterApposition(sentence.text, s, j)].term === next);
      // (At an end of the claim, with only one neighbour to match, a word needs two of the claim's terms beside it:
      // not "The lights will be on from 4pm" / "They will then be lit every evening from 4pm …, and our team will
      // begin taking them down".)
      // (A word and its opposite still: "the number of qualified staff in the hub also increased" / "… working in the hub
      // fell over the same period".)
      if ((prev === undefined || next === undefined) && samePrev && sameNext && !/^[\p{Lu}\d]/u.test(word) && contextLength(c, i, s, j) < 2 && !oppositeInPlace(word, theirs)) continue;
      if (!(samePrev && sameNext)) {
        if (displaced || !(samePrev || sameNext) || (samePrev ? prev : next) === undefined) continue;
        // A verb and its opposite after the same word ("lead has widened since January" / "lead has narrowed from
        // nine points"): what follows a verb may be worded apart (not so an adjective's noun: "female students").
        // So too before the same word, the verb's object ("supported the cuts" / "81% of which opposed the cuts").
        // An adjective and its opposite before the same noun ("the blue Ford Focus" / "a grey Ford Focus", "the
        // highest rate since" / "the lowest rate since"), and a rank or honour after the same word ("appointed CBE"
        // / "appointed OBE").
        // (So too a verb after the same name, its subject, in another tense: "Northmere accepted the airline's claims"
        // / "Northmere rejects the claims".)
        const opposite = oppositeInPlace(word, theirs) && (verbs(j, samePrev) || sameNext || /^\p{Lu}/u.test(word));
        if (!opposite) {
          // For a name or a figure, one neighbour may be said in other words when the other is the same ("a crash
          // on the A46 near" / "a collision on the A38 near").
          if (!/^[\p{Lu}\d]/u.test(word)) continue;
          const k = samePrev ? j + 1 : j - 1;
          const mine = samePrev ? c[i + 1] : c[i - 1];
          if (k < 0 || k >= s.length || (wordSimilarity(claim.text.slice(mine.start, mine.end), sentence.text.slice(s[k].start, s[k].end)) ?? 0) < NEIGHBOUR_MIN) continue;
        }
      }
      // Nor a name against a lower-case word after a break in the sentence: the sentence goes on with another clause
      // ("at the Aire Valley Conference Centre in Bradford" / "at the Aire Valley Conference Centre, which began").
      if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(theirs) && j > 0 && /[,;:(–—]/.test(sentence.text.slice(s[j - 1].end, s[j].start))) continue;
      // Nor a lower-case word against an abbreviation in brackets, which only restates the words before it ("a battery
      // storage system rated at 40MW" / "a battery energy storage system (BESS) of 40 MW").
      if (/^\p{Ll}/u.test(word) && /^\p{Lu}{2,}s?$/u.test(theirs) && sentence.text[s[j].start - 1] === '(' && sentence.text[s[j].end] === ')') continue;
      // The same place named as a noun and as an adjective ("a native of Georgia" / "the Georgian national").
      if (nameForms(word, theirs)) continue;
      // Nor figures of two shapes, a percentage and a year ("on Monday 3 March, was 81.9 per cent" / "on Monday 3
      // March 2025."): the values' own rules compare figures.
      if (/^\d/.test(word) && /^\d/.test(theirs) && figureShape(word) !== figureShape(theirs)) continue;
      // Nor an owner's possessive against a word that ends its clause: "The Bank's chief economist" / "… Daniel
      // Fairweather, chief economist Tomas Kilbride" (the word before the comma is another person's).
      if (/['’]s$/.test(word) && !/['’]s$/.test(theirs) && j + 1 < s.length && /^\s*[,;:(–—]/.test(sentence.text.slice(s[j].end, s[j + 1].start))) continue;
      // A first word taken for a name stands in the source's word's place only with the very same words up to the
      // next term ("Ellis had planned" / "said Price had planned"; not "Locke replaced" / "Mann since he replaced").
      if (first() !== t && (i + 1 >= c.length || j + 1 >= s.length || gapOf(claim.text.slice(t.end, c[i + 1].start)) !== gapOf(sentence.text.slice(s[j].end, s[j + 1].start)))) continue;
      // Nor two words of one person's name ("Smith died" / "Marion died", of Marion Smith).
      if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(theirs) && isName(`${word.toLowerCase()} ${theirs.toLowerCase()}`)) continue;
      const named = isNamed(word, first().capital, theirs, sentence.text, s[j].start, () => nameAt(sentence.text, s[j].start, s[j].end));
      if (displaced && (!named || prev === undefined || next === undefined || contextLength(c, i, s, j) <= own)) continue;
      out.push({
        claim: word,
        source: theirs,
        claimSpan: { start: t.start, end: t.end },
        sourceSpan: { start: s[j].start, end: s[j].end },
        named,
        similarity: wordSimilarity(word, theirs),
        ...(displaced ? { displaced: true } : {}),
        ...(!(samePrev && sameNext) && !/^[\p{Lu}\d]/u.test(word) && !verbs(j, samePrev) ? { loose: true } : {}),
      });
      break;
    }
  }
  return out;
}

export interface Account {
  /** The candidate chosen as evidence (index into the candidates). */
  best: number;
  /** The other passage of the same source that completes the evidence, if one helps. */
  pair?: number;
  /** IDF-weighted share of the claim's terms stated by the sentence alone / with neighbours / with the pair. */
  covSentence: number;
  covWindow: number;
  covPair: number;
  /**
   * Like `covPair`, with each missing lower-case word credited its best cosine (≥ `SOFT_MIN`) to a word of the
   * evidence (word vectors; equal to `covPair` without them).
   */
  covSoft: number;
  /** Share of the claim's values the evidence states (1 when it has none). */
  valuesStated: number;
  /** Weighted share of the claim's name terms (capitalised words) the evidence lacks (0 without names). */
  namesMissing: number;
  /** Share of the claim's numeric values the evidence does not state (0 without any). */
  numbersMissing: number;
  /** The heaviest missing term's weight over the heaviest claim term's. */
  maxMissing: number;
  /** Missing terms (count). */
  missingCount: number;
  /**
   * Claim values (numbers, dates, years, ordinals, names) that neither the evidence nor any other candidate states,
   * as written: a figure or a name the sources do not give is never supported.
   */
  unstatedValues: string[];
  /**
   * Words of the claim that stand where the evidence sentence has another word between the same two neighbours
   * ("spend the cash on history, education" / "… on health, education"): a changed word, not a paraphrase of
   * several. Offsets are in the claim and in the evidence sentence.
   */
  substitutions: Substitution[];
  /**
   * Like `substitutions`, but for every claim word its evidence *sentence* lacks, even one the rest of the
   * evidence has: the words of a copied sentence that were changed (for the contradiction rules).
   */
  swaps: Substitution[];
  /** Claim and evidence sentence differ in polarity (one has more negation cues than the other). */
  negationMismatch: boolean;
  /** The claim's words the evidence does not state, as written, grouped into runs. */
  missingWords: string[];
}

/** Whether a table row's label, its first cell of words (a league table's first is the position), has a term of the claim. */
function labelShared(claim: ClaimInfo, row: string): boolean {
  const label = row.split(' | ').find((cell) => /\p{L}/u.test(cell)) ?? '';
  for (const word of tokenize(label)) {
    const term = processTerm(word);
    if (term && claim.terms.has(term)) return true;
  }
  return false;
}

/**
 * Whether a text gives a figure of the claim's kind and unit that agrees with it, however written ("08:12" for
 * "8.12am").
 */
function writtenOtherwise(text: TextInfo, v: TypedValue): boolean {
  for (const x of text.values) if (x.kind === v.kind && (x.unit ?? '') === (v.unit ?? '') && valueAgrees(v, x)) return true;
  return false;
}

/** A term that is a figure: digits, or a number word as the stemmer leaves it. */
const FIGURE_TERM = /^(?:\d[\d.,:]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenti|thirti|forti|fifti|sixti|seventi|eighti|nineti|hundr|thousand|million|billion|dozen|half|third|quarter)$/;

/** Role similarity under which a figure a second passage gives is another thing's (`figureOfAnother`). */
const PAIR_FIGURE_ROLE_MIN = 0.15;

/**
 * Whether the terms `added` that a second passage would add to the evidence are only the terms of the claim's bare
 * counts (`valueBits`), and the passage gives each such count only in a role unlike the claim's: a figure it happens
 * to share, not the claim's.
 */
function figureOfAnother(claim: ClaimInfo, valueBits: readonly number[], added: number, sentence: TextInfo): boolean {
  if (added === 0) return false;
  let figures = 0;
  for (const bits of valueBits) if (bits && (bits & added) !== 0) figures |= bits;
  if (figures === 0 || (added & ~figures) !== 0) return false;
  for (const [j, bits] of valueBits.entries()) {
    const v = claim.values[j];
    if (!bits || (bits & added) === 0) continue;
    // (Only a bare count: a figure with a unit, "19kg", "£4.20", "three days", is seldom another's by chance.)
    if (v.kind !== 'number') return false;
    // (Or as the count of those it names, "all three", "the three": "Earlier, the police force suggested all three were
    // convicted" after three names, for "Three inmates have gone on the run".)
    if (sentence.values.some((x) => x.kind === v.kind && valueAgrees(v, x) && (roleSimilarity(v, x) >= PAIR_FIGURE_ROLE_MIN || /\b(?:all|the|these|those)\s+$/i.test(sentence.text.slice(Math.max(0, x.span.start - 7), x.span.start))))) return false;
  }
  return true;
}

function covered(term: string, texts: readonly TextInfo[]): boolean {
  for (const t of texts) if (t.terms.has(term)) return true;
  return false;
}


/**
 * Accounts for a claim's elements against its best evidence among `candidates` (which must be non-empty).
 * `statedElsewhere(i)`: whether any candidate (or its neighbours) states the claim's value `i` (by default computed
 * here; the caller may have it cached). `lean`: only the measures of the decision (no substitutions, no missing words
 * as written; words of like meaning looked for in the evidence sentence only), for scoring further passages.
 */
export function accountFor(claim: ClaimInfo, candidates: readonly AccountCandidate[], statedElsewhere?: (value: number) => boolean, lean = false): Account {
  // The evidence window: the candidate whose sentence and neighbours state the most (ties: the sentence that states
  // more itself, then the better score: of two neighbours that state the claim together, the one it copies).
  // Which claim terms each sentence and each window states, as bit masks over the claim's terms (a claim has
  // more than 31 content terms only when it is a paragraph: the later terms then count as never stated here, and
  // are checked one by one below).
  const terms = [...claim.weights.keys()].slice(0, 31);
  const weights = terms.map((t) => claim.weights.get(t)!);
  const total = claim.totalWeight || 1;
  const n = candidates.length;
  const sentenceMask = new Int32Array(n);
  const windowMask = new Int32Array(n);
  // The terms of each figure of the claim that are the figure itself (digits, number words; not its unit's words),
  // which a sentence that states the value in another form states too ("8.12am" by "At approximately 08:12", "five"
  // by "For: 5").
  const valueBits = claim.values.map((v) => {
    if (v.kind === 'name') return 0;
    let bits = 0;
    for (const tok of claim.tokens) {
      const k = tok.term && tok.start >= v.span.start && tok.end <= v.span.end && FIGURE_TERM.test(tok.term) ? terms.indexOf(tok.term) : -1;
      if (k >= 0) bits |= 1 << k;
    }
    return bits;
  });
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    let sm = 0;
    let wm = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      if (c.sentence.terms.has(t)) sm |= 1 << k;
      else if (c.antecedent?.terms.has(t)) sm |= 1 << k;
      else for (const x of c.context) if (x.terms.has(t)) { wm |= 1 << k; break; }
    }
    for (const [j, bits] of valueBits.entries()) if (bits && (sm & bits) !== bits && writtenOtherwise(c.sentence, claim.values[j])) sm |= bits;
    sentenceMask[i] = sm;
    windowMask[i] = sm | wm;
  }
  const sum = (mask: number) => {
    let a = 0;
    for (let k = 0; k < terms.length; k++) if (mask & (1 << k)) a += weights[k];
    return a / total;
  };
  let best = 0;
  let bestWindow = -1;
  let bestSentence = -1;
  let bestScore = -1;
  for (let i = 0; i < n; i++) {
    const w = sum(windowMask[i]);
    const s = sum(sentenceMask[i]);
    const tie = Math.abs(w - bestWindow) <= 1e-9;
    if (w > bestWindow + 1e-9 || (tie && s > bestSentence + 1e-9) || (tie && Math.abs(s - bestSentence) <= 1e-9 && candidates[i].rank > bestScore)) {
      best = i;
      bestWindow = w;
      bestSentence = s;
      bestScore = candidates[i].rank;
    }
  }
  const chosen = candidates[best];
  const window = [chosen.sentence, ...chosen.context];
  // A second passage of the same source, when it states more of the claim.
  let pair: number | undefined;
  let covPair = bestWindow;
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    if (i === best || c.documentId !== chosen.documentId || (sentenceMask[i] & ~windowMask[best]) === 0 || window.includes(c.sentence)) continue;
    if (siblingItem(claim, window, c.sentence)) continue;
    // (Nor another row of the table about someone else: "Freya Lindqvist of Eastmoor Striders" from her row and the
    // row "Joseph Kariuki | Eastmoor Striders | …"; a row whose label shares no word with the claim is another's.)
    if (TABLE_ROW.test(chosen.sentence.text) && TABLE_ROW.test(c.sentence.text) && !labelShared(claim, c.sentence.text)) continue;
    // (Nor a passage that adds only a figure, which it gives of something else: "opened nine bottled water stations"
    // from a timeline's "Second bottled water station opens" and "below 0°C for nine consecutive nights".)
    // (A table's row gives its figures by its labels, which `roleSimilarity` does not read.)
    if (!/\S \| \S/.test(c.sentence.text) && figureOfAnother(claim, valueBits, sentenceMask[i] & ~windowMask[best], c.sentence)) continue;
    const cov = sum(windowMask[best] | sentenceMask[i]);
    if (cov > covPair + 1e-9) {
      covPair = cov;
      pair = i;
    }
  }
  // Else, for a table row, another row that states a figure of the claim the window does not, with words of the
  // claim ("Harbridge had nine shots, three of them on target" from the rows "Shots on target | … | Harbridge: 3"
  // and "Shots | … | Harbridge: 9"). Only rows: elsewhere a passage that happens to give the figure is no evidence
  // (measured on WiCE: claims with a wrong figure were let through).
  if (pair === undefined && TABLE_ROW.test(chosen.sentence.text) && claim.values.some(isNumeric)) {
    const unstated = claim.values.filter((v) => isNumeric(v) && !window.some((t) => statesValue(t, v)));
    let most = 0;
    for (let i = 0; i < n && unstated.length; i++) {
      const c = candidates[i];
      if (i === best || c.documentId !== chosen.documentId || window.includes(c.sentence) || sentenceMask[i] === 0 || !TABLE_ROW.test(c.sentence.text)) continue;
      const states = unstated.filter((v) => statesValue(c.sentence, v)).length;
      if (states > most) {
        most = states;
        pair = i;
        covPair = sum(windowMask[best] | sentenceMask[i]);
      }
    }
  }
  const evidence = pair === undefined ? window : [...window, candidates[pair].sentence];

  // Values: stated by the evidence, or not.
  let stated = 0;
  let numbers = 0;
  let numbersMissing = 0;
  const unstatedValues: string[] = [];
  // A difference may come from two passages of the evidence's source ("by 382 votes" from two rows of a results
  // table).
  let sameSource: TextInfo[] | undefined;
  const fromTwo = (v: TypedValue) => statesDifference(v, (sameSource ??= [...evidence, ...candidates.filter((c) => c.documentId === chosen.documentId && !evidence.includes(c.sentence)).map((c) => c.sentence)]).flatMap((t) => t.values));
  const statedByEvidence = claim.values.map((v) => evidence.some((t) => statesValue(t, v)) || (v.difference === true && fromTwo(v)));
  // A multiple the claim works out from two of its own figures, both stated ("has quadrupled, from £0.3m to £1.2m"
  // from the row "Approved budget (£m): 0.3 | Forecast outturn (£m): 1.2").
  for (const [i, v] of claim.values.entries()) {
    if (statedByEvidence[i] || v.unit !== 'times') continue;
    const own = ownRatioFigures(claim.text, claim.values, v);
    if (own && own.every((f) => statedByEvidence[claim.values.indexOf(f)])) statedByEvidence[i] = true;
  }
  // So is a share of a change it works out from two of its own figures, both stated ("will fall from 352 to 287, a
  // reduction of nearly a fifth" from the row "Total | Current weekly hours: 352 | Proposed weekly hours: 287").
  for (const [i, v] of claim.values.entries()) {
    if (statedByEvidence[i] || (v.unit !== 'fraction' && v.kind !== 'percent')) continue;
    const own = ownChangeShare(claim.text, claim.values, v);
    if (own && own.every((f) => statedByEvidence[claim.values.indexOf(f)])) statedByEvidence[i] = true;
  }
  // So is a share in words beside the same share in per cent, which the evidence states ("Almost two thirds, 64 per
  // cent, still rated the care … as good"): the writer's gloss of the figure.
  for (const [i, v] of claim.values.entries()) {
    if (statedByEvidence[i] || v.unit !== 'fraction' || v.value === undefined) continue;
    const beside = claim.values.findIndex((x, j) => {
      if (j === i || !statedByEvidence[j] || x.kind !== 'percent' || x.unit !== '%' || x.value === undefined) return false;
      const gap = x.span.start >= v.span.end ? claim.text.slice(v.span.end, x.span.start) : claim.text.slice(x.span.end, v.span.start - hedgeWords(claim.text, v.span.start).length);
      return /^\s*(?:[,(–—]|\s-)\s*(?:or\s+)?(?:some\s+|about\s+|around\s+)?$/.test(gap);
    });
    if (beside >= 0 && shareAgrees(v, v.value, claim.values[beside].value! / 100)) statedByEvidence[i] = true;
  }
  for (const [i, v] of claim.values.entries()) {
    const ok = statedByEvidence[i];
    if (ok) stated++;
    else if (!(statedElsewhere ? statedElsewhere(i) : candidates.some((c) => statesValue(c.sentence, v) || c.context.some((t) => statesValue(t, v))))) {
      // A name counts as unstated when fewer than half of its words are in the evidence ("Mr Kim" for "Kim Jong
      // Un" is the same person, "Lawn Tennis Association News" for "BBC News" is not); a figure or date always.
      const nameWords = v.kind === 'name' ? v.name!.filter((w) => w.length > 1) : [];
      const lowerEvidence = evidence.map((t) => t.lower).join(' ');
      const holds = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(lowerEvidence);
      const found = nameWords.filter(holds).length;
      if (v.kind !== 'name' || found * 2 < nameWords.length || otherSurname(v.name!, evidence, holds)) unstatedValues.push(v.text);
    }
    if (v.kind !== 'name' && v.kind !== 'date') {
      numbers++;
      if (!ok) numbersMissing++;
    }
  }

  // Terms inside a value the evidence states ("4" of "4 awards" for "four awards", "cent" of "60 per cent" for
  // "60%") are accounted for by the value.
  // An age's "-old" goes with its figure ("the 27-year-old" / "Okonkwo, 27,"), and a hedge.
  const statedSpans = claim.values
    .filter((_, i) => statedByEvidence[i])
    .map((v) => {
      const old = v.kind === 'quantity' && (v.unit === 'year' || v.unit === 'month' || v.unit === 'week' || v.unit === 'day') ? /^s?[-‑ ]old\b/.exec(claim.text.slice(v.span.end, v.span.end + 6)) : null;
      // And its hedge ("almost a third" for "30%").
      const hedge = v.bound ? hedgeWords(claim.text, v.span.start) : '';
      return { start: hedge ? v.span.start - hedge.length - 1 : v.span.start, end: old ? v.span.end + old[0].length : v.span.end };
    });
  const inStated = new Set<string>();
  const outside = new Set<string>();
  for (const tok of claim.tokens) {
    if (!tok.term) continue;
    if (statedSpans.some((sp) => tok.start >= sp.start && tok.end <= sp.end)) inStated.add(tok.term);
    else outside.add(tok.term);
  }

  // Terms: missing ones, weighted; names are the capitalised tokens.
  const names = new Map<string, number>();
  for (const tok of claim.tokens) if (tok.term && tok.capital) names.set(tok.term, claim.weights.get(tok.term) ?? 0);
  let nameWeight = 0;
  let nameMissing = 0;
  let maxWeight = 0;
  let maxMissing = 0;
  const missingTerms = new Set<string>();
  // A measure verb is said by the figure it links when the evidence states every figure ("takes about 25 minutes" /
  // "is about twenty-five minutes").
  const figuresStated = claim.values.some(isNumeric) && claim.values.every((v, i) => !isNumeric(v) || statedByEvidence[i]);
  // A direction word said by a signed change of the evidence, or of a passage that states the claim's figure
  // ("revenue rose to £4.21bn" / "Revenue | 2026: £4,210m | 2025: £3,870m | Change: +8.8%").
  const signed = signedDirections(claim, evidence, candidates);
  for (const [t, w] of claim.weights) {
    maxWeight = Math.max(maxWeight, w);
    const ok = covered(t, evidence) || (inStated.has(t) && !outside.has(t)) || (figuresStated && MEASURE_VERBS.has(t)) || signed.has(t);
    if (!ok) {
      missingTerms.add(t);
      maxMissing = Math.max(maxMissing, w);
    }
    if (names.has(t)) {
      nameWeight += w;
      if (!ok) nameMissing += w;
    }
  }

  // Words said in other words: a missing lower-case content word close to a word of the evidence (`lean`: of the
  // sentence only, whose words are read anyway, not of neighbours nobody else reads).
  const soft = softMatches(claim, missingTerms, lean ? [chosen.sentence] : evidence);
  let softCredit = 0;
  for (const [t, cos] of soft) {
    softCredit += (claim.weights.get(t) ?? 0) * cos;
    missingTerms.delete(t);
  }

  let passageNames: ReadonlySet<string> | undefined;
  const isName = (word: string) => (passageNames ??= nameWords(candidates)).has(word);
  return {
    best,
    pair,
    covSoft: claim.totalWeight ? Math.min(1, covPair + softCredit / claim.totalWeight) : 0,
    covSentence: sum(sentenceMask[best]),
    covWindow: bestWindow,
    covPair,
    valuesStated: claim.values.length ? stated / claim.values.length : 1,
    namesMissing: nameWeight ? nameMissing / nameWeight : 0,
    numbersMissing: numbers ? numbersMissing / numbers : 0,
    maxMissing: maxWeight ? maxMissing / maxWeight : 0,
    missingCount: missingTerms.size,
    unstatedValues,
    substitutions: lean ? [] : findSubstitutions(claim, missingTerms, chosen.sentence, false, isName),
    swaps: lean ? [] : findSubstitutions(claim, sentenceMissing(claim, missingTerms, chosen.sentence, inStated, outside), chosen.sentence, true, isName),
    negationMismatch: negationCount(claim.text) + noLongerDenial(claim.text, chosen.sentence.text) !== negationCount(chosen.sentence.text),
    missingWords: lean ? [] : missingWords(claim, missingTerms),
  };
}

/**
 * The claim's terms of direction words ("rose", "fell") that a signed change says ("+8.8%", "-8.5%":
 * `directionWords`) in the evidence or in a candidate sentence that states one of the claim's figures.
 */
function signedDirections(claim: ClaimInfo, evidence: readonly TextInfo[], candidates: readonly AccountCandidate[]): Set<string> {
  const out = new Set<string>();
  if (!claim.directions.length) return out;
  const figures = claim.values.filter(isNumeric);
  const signs = (t: TextInfo) => /[+\-−–]\s?\d/.test(t.text);
  const texts = [...evidence.filter(signs), ...candidates.map((c) => c.sentence).filter((t) => signs(t) && !evidence.includes(t) && figures.some((v) => statesValue(t, v)))];
  if (!texts.length) return out;
  const said = [...new Set(texts.flatMap((e) => e.directions.filter((d) => /\d/.test(d.text)).map((d) => d.stem)))];
  for (const d of claim.directions) {
    if (!said.some((s) => sameDirection(s, d.stem))) continue;
    const token = claim.tokens.find((t) => t.start === d.span.start);
    if (token?.term) out.add(token.term);
  }
  return out;
}

/**
 * The claim's terms its evidence sentence lacks, with those the whole evidence lacks: a word that stands in the
 * place of another word of the sentence the claim copies is a changed word even when the source uses it
 * elsewhere ("history, education and welfare" where the sentence has "health" and the article "history").
 */
function sentenceMissing(claim: ClaimInfo, missing: ReadonlySet<string>, sentence: TextInfo, inStated: ReadonlySet<string>, outside: ReadonlySet<string>): Set<string> {
  const out = new Set(missing);
  // Terms of a value the evidence states ("5" of "5 members" for "five members") are accounted for.
  for (const t of claim.weights.keys()) if (!sentence.terms.has(t) && !(inStated.has(t) && !outside.has(t))) out.add(t);
  return out;
}

/** Idioms a source says in one word: the idiom's content word, the phrase around it (ending at it), the words. */
const IDIOMS: { word: string; phrase: RegExp; said: string[] }[] = [
  { word: 'row', phrase: /\bin\s+a\s+row$/i, said: ['consecutive', 'successive', 'straight', 'running'] },
  // "stayed upside down" / "remained inverted".
  { word: 'upside', phrase: /\bupside$/i, said: ['inverted', 'overturned', 'capsized'] },
  // "sank in 55 metres of water" / "in a depth of about 55 m".
  { word: 'water', phrase: /\b(?:metres|meters|feet|foot|fathoms|m|ft)\s+of\s+water$/i, said: ['depth', 'deep'] },
];

/**
 * Words a newsroom uses for one another that the word vectors keep apart (cosine below `SOFT_MIN`), as written: each
 * group's words say each other ("donated" / "given" to an appeal, "unveiled" / "launched", "scrapped" / "axed").
 */
const SAID_AS_GROUPS: string[][] = [
  ['donate', 'donates', 'donated', 'donating', 'give', 'gives', 'gave', 'given', 'giving'],
  ['unveil', 'unveils', 'unveiled', 'unveiling', 'launch', 'launches', 'launched', 'launching'],
  ['scrap', 'scraps', 'scrapped', 'scrapping', 'axe', 'axes', 'axed', 'axing', 'abolish', 'abolishes', 'abolished', 'abolishing'],
  ['row', 'rows', 'dispute', 'disputes'],
  ['attendance', 'crowd'],
  // "68 staff, including casual lifeguards" / "68 staff here, counting the casual lifeguards".
  ['including', 'counting'],
  ['ban', 'bans', 'banned', 'banning', 'disqualify', 'disqualifies', 'disqualified', 'disqualification'],
  // "Pre-tax profit" / "Profit before tax".
  ['pre', 'before'],
  // "plucked from the water" / "recovered from the water", "winched from the water".
  ['pluck', 'plucks', 'plucked', 'plucking', 'recover', 'recovers', 'recovered', 'recovering', 'winch', 'winched', 'winching', 'pull', 'pulled', 'pulling', 'haul', 'hauled', 'hauling'],
  // "spotted" / "seen".
  ['spot', 'spots', 'spotted', 'spotting', 'see', 'sees', 'saw', 'seen', 'seeing', 'sighted', 'observed'],
  // "The budget cuts 142 posts" / "removes 142 posts"; "needed hospital treatment" / "did not require".
  ['cut', 'cuts', 'cutting', 'remove', 'removes', 'removed', 'removing'],
  ['need', 'needs', 'needed', 'needing', 'require', 'requires', 'required', 'requiring'],
  // "met or beat the 78% interim standard" / "met or exceeded".
  ['beat', 'beats', 'beaten', 'beating', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpasses', 'surpassed', 'surpassing'],
  // "breaching the 20-minute rural target" / "exceeding the 20-minute rural target".
  ['breach', 'breaches', 'breached', 'breaching', 'exceed', 'exceeds', 'exceeded', 'exceeding'],
  // "Okafor apologised" / "how deeply sorry I am".
  ['apologise', 'apologises', 'apologised', 'apologising', 'apologize', 'apologizes', 'apologized', 'apologizing', 'apology', 'apologies', 'sorry'],
  // "28.71% opposed her" / "28.71% of votes cast were against the re-election of Priya Venkataraman".
  ['oppose', 'opposes', 'opposed', 'opposing', 'against'],
  // "The sensors were supplied by Teodor Sensorik" / "made by our supplier Teodor Sensorik".
  ['supply', 'supplies', 'supplied', 'supplying', 'supplier', 'suppliers'],
  // "medical supplies" / "medical consumables".
  ['supplies', 'consumables'],
  // "split equally between the director and the producer" / "shared equally between".
  ['split', 'splits', 'splitting', 'share', 'shares', 'shared', 'sharing', 'divide', 'divides', 'divided', 'dividing'],
  // "with the agency paying 268 million euros" / "of which the agency contributed 268 million".
  ['pay', 'pays', 'paid', 'paying', 'contribute', 'contributes', 'contributed', 'contributing'],
  // "The fraud was uncovered in October 2023" / "The fraud came to light in October 2023"; "discovered".
  ['uncover', 'uncovers', 'uncovered', 'uncovering', 'discover', 'discovers', 'discovered', 'discovering', 'light'],
  // "the blaze had spread across roughly 310 hectares" / "the fire had grown to around 310 hectares".
  ['spread', 'spreads', 'spreading', 'grow', 'grows', 'grew', 'grown', 'growing'],
  // "Inspectors rated behaviour and attitudes good" / "Inspectors judged behaviour and attitudes to be good".
  ['rate', 'rates', 'rated', 'judge', 'judges', 'judged', 'grade', 'grades', 'graded'],
  // "refused a ballot paper for lacking accepted photo ID" / "arrived without accepted photo ID".
  ['lack', 'lacks', 'lacked', 'lacking', 'without'],
  // "until inspectors have carried out follow-up testing" / "until follow-up sampling has been completed".
  ['test', 'tests', 'tested', 'testing', 'sample', 'samples', 'sampled', 'sampling'],
  // "The viability assessment, drawn up by Pellham" / "prepared by Pellham Viability Partners".
  ['draw', 'draws', 'drew', 'drawn', 'drawing', 'prepare', 'prepares', 'prepared', 'preparing', 'compile', 'compiles', 'compiled', 'compiling'],
  // "where an approaching train triggers the crossing sequence" / "at which an approaching train starts the crossing
  // sequence".
  ['trigger', 'triggers', 'triggered', 'triggering', 'start', 'starts', 'started', 'starting', 'activate', 'activates', 'activated', 'activating'],
  // "The trust wants to close Robin Ward" / "is proposing to close"; "plans to", "intends to".
  ['want', 'wants', 'wanted', 'propose', 'proposes', 'proposed', 'proposing', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending'],
  // "the nearest home" / "The nearest dwelling"; "homes" / "houses".
  ['home', 'homes', 'dwelling', 'dwellings', 'house', 'houses', 'property', 'properties'],
  // "the 06:45 sailing" / "the 06:45 departure".
  ['sailing', 'sailings', 'departure', 'departures', 'crossing', 'crossings'],
  // "objected to counting the box" / "objected to the inclusion of box 14".
  ['counting', 'inclusion'],
  // "A broken window … had been patched with cardboard" / "covered with cardboard"; "boarded".
  ['patch', 'patches', 'patched', 'patching', 'cover', 'covers', 'covered', 'covering'],
  // "Booking fees … will also be returned" / "will also be refunded"; "repaid".
  ['return', 'returns', 'returned', 'returning', 'refund', 'refunds', 'refunded', 'refunding', 'repay', 'repays', 'repaid', 'repaying'],
  // "questioning antiques dealers" / "enquiries with antiques dealers"; "interviewing".
  ['question', 'questioned', 'questioning', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'interview', 'interviewed', 'interviewing'],
  // "Clinical records were missing or incomplete" / "Clinical records absent or incomplete".
  ['missing', 'absent'],
  // "while the master dealt with a passenger complaint" / "while the master was attending to a passenger complaint".
  ['deal', 'deals', 'dealt', 'dealing', 'attend', 'attends', 'attended', 'attending', 'handle', 'handles', 'handled', 'handling'],
  // What a model of figures gives: "Halloran Pike calculated that a typical lecturer would lose" / "modelling … by
  // Halloran Pike shows that"; "estimated".
  ['calculate', 'calculates', 'calculated', 'calculating', 'show', 'shows', 'showed', 'shown', 'estimate', 'estimates', 'estimated', 'estimating'],
  // A night on the way: "stopping overnight at Polwenna" / "stayed overnight at Polwenna".
  ['stop', 'stops', 'stopped', 'stopping', 'stay', 'stays', 'stayed', 'staying'],
  // A reason given: "pointing to competition from warehouse and delivery firms" / "citing competition from warehouse
  // and delivery employers".
  ['cite', 'cites', 'cited', 'citing', 'pointing'],
  // A car's way along a route: "drove along it for about four minutes" / "travelled along it for about four minutes".
  // (Not "driven by", a cause.)
  ['drove', 'travelled', 'traveled'],
  // A point put in a report: "The auditors flagged a material uncertainty" / "included a material uncertainty
  // paragraph"; "highlighted".
  ['flag', 'flags', 'flagged', 'flagging', 'highlight', 'highlights', 'highlighted', 'highlighting', 'include', 'includes', 'included'],
  // Work confirmed done: "completed and checked by the council" / "completed and verified by the council".
  ['check', 'checks', 'checked', 'checking', 'verify', 'verifies', 'verified', 'verifying', 'confirm', 'confirms', 'confirmed', 'confirming'],
  // Work stopped for a time: "halted work for eleven weeks" / "paused work on the stand for eleven weeks".
  ['halt', 'halts', 'halted', 'halting', 'pause', 'pauses', 'paused', 'pausing', 'suspend', 'suspends', 'suspended', 'suspending'],
  // "bring pets inside" / "Bring pets indoors".
  ['inside', 'indoors'],
  ['outside', 'outdoors'],
  // A petition or a report given in: "handed in a petition signed by 31 of the market's 40 regular traders" /
  // "presented a petition signed by 31 …"; "submitted", "delivered".
  ['hand', 'hands', 'handed', 'handing', 'present', 'presents', 'presented', 'presenting', 'submit', 'submits', 'submitted', 'submitting', 'deliver', 'delivers', 'delivered', 'delivering'],
  // Powers or money got: "provided the council secures the necessary powers" / "subject to the council obtaining the
  // necessary powers".
  ['secure', 'secures', 'secured', 'securing', 'obtain', 'obtains', 'obtained', 'obtaining', 'gain', 'gains', 'gained', 'gaining', 'win', 'wins', 'won', 'winning'],
  // A road or a place open again: "when the bridge would reopen" / "when it is coming back".
  ['reopen', 'reopens', 'reopened', 'reopening', 'coming', 'return', 'returns', 'returned', 'returning'],
];
// (A word of two groups has the words of both: "exceeded" is "beat" and "breached".)
const SAID_AS = new Map<string, Set<string>>();
for (const group of SAID_AS_GROUPS) for (const w of group) for (const x of group) if (x !== w) (SAID_AS.get(w) ?? SAID_AS.set(w, new Set()).get(w)!).add(x);

/** Whether two words are ones a newsroom uses for each other (`SAID_AS_GROUPS`): "beat" / "exceeded". */
export function saidAs(a: string, b: string): boolean {
  return SAID_AS.get(a.toLowerCase())?.has(b.toLowerCase()) ?? false;
}

/** Units of time and measure: close in meaning to each other ("month" / "year") but other facts. */
export const UNIT_WORDS = new Set(
  'second seconds minute minutes hour hours day days week weeks fortnight month months year years decade decades century centuries metre metres meter meters kilometre kilometres kilometer kilometers mile miles kilogram kilograms tonne tonnes pound pounds dollar dollars euro euros percent'.split(' '),
);

/**
 * Missing terms of lower-case claim words whose best cosine to a word of the evidence reaches `SOFT_MIN`, with that
 * cosine. Names, figures and months are never matched this way ("Arsenal" is close to "Liverpool", "November" to
 * "December": they are other facts, not other words).
 */
function softMatches(claim: ClaimInfo, missing: ReadonlySet<string>, evidence: readonly TextInfo[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!missing.size || !wordVectors()) return out;
  let rows: Int32Array[] | undefined;
  for (const tok of claim.tokens) {
    if (!tok.term || !missing.has(tok.term) || out.has(tok.term)) continue;
    // A sentence's first word is capitalised whatever it is: it counts as lower-case unless it is a value.
    const written = claim.text.slice(tok.start, tok.end);
    const word = tok.capital ? written : written.toLowerCase();
    // A word the evidence says in another word that word vectors keep apart ("have donated" / "have given", "Pre-tax"
    // / "before tax").
    const forms = SAID_AS.get(written.toLowerCase());
    if (forms && evidence.some((e) => e.tokens.some((et) => forms.has(e.text.slice(et.start, et.end).toLowerCase())))) {
      out.set(tok.term, SOFT_MIN);
      continue;
    }
    if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word) || UNIT_WORDS.has(word) || claim.values.some((v) => tok.start < v.span.end && tok.end > v.span.start)) continue;
    // A word whose opposite the evidence has is not said by it in other words ("has reopened" / "will remain closed"):
    // word vectors put opposites close together.
    // (Unless the evidence has a word of its side too: "had risen by 0.5%" / "a rise of 0.5%", beside "fell".)
    const opposites = oppositeStems(word);
    if (opposites.size) {
      const has = (stems: ReadonlySet<string>) => evidence.some((e) => [...stems].some((o) => e.terms.has(o)));
      if (has(opposites) && !has(sideStems(word))) continue;
    }
    // An idiom said in one word ("five months in a row" / "five consecutive months").
    const idiom = IDIOMS.find((x) => x.word === word.toLowerCase() && x.phrase.test(claim.text.slice(Math.max(0, tok.start - 12), tok.end)));
    if (idiom) {
      const terms = idiom.said.map((w) => processTerm(w));
      if (evidence.some((e) => terms.some((t) => t !== null && e.terms.has(t)))) {
        out.set(tok.term, 1);
        continue;
      }
    }
    // A word for an event of a kind said only by a word of the same kind: "arrested" is close to "police" and
    // "charged" in word vectors, "died" to "injured", but they are other facts.
    const kind = EVENT_KIND.get(word.toLowerCase());
    if (kind !== undefined) {
      let best = 0;
      for (const e of evidence) {
        for (const et of e.tokens) {
          if (!et.term) continue;
          const other = e.text.slice(et.start, et.end).toLowerCase();
          if (EVENT_KIND.get(other) === kind) best = Math.max(best, SOFT_MIN, wordSimilarity(word, other) ?? 0);
        }
      }
      if (best > 0) out.set(tok.term, best);
      continue;
    }
    // A capitalised first word may be a name ("Scotland saw the strongest growth"): not said by a name of the
    // evidence ("Northern Ireland recorded the strongest … growth"), only by its other words.
    const initialCapital = !tok.capital && /^\p{Lu}/u.test(written);
    let best = 0;
    if (initialCapital) {
      for (const e of evidence) {
        best = Math.max(best, bestSimilarity(word, rowsOfText(e, true)));
        // Or the same place as a noun and an adjective ("Indian police" / "police in India").
        if (best < 1 && e.tokens.some((et) => et.term && nameForms(written, e.text.slice(et.start, et.end)))) best = 1;
      }
    } else {
      rows ??= evidence.map((e) => rowsOfText(e));
      for (const r of rows) best = Math.max(best, bestSimilarity(word, r));
    }
    if (best >= SOFT_MIN) out.set(tok.term, best);
    // A verb of change the evidence says with another of the same direction that word vectors keep apart ("shrank
    // from 2.51 to 2.39" / "fell from 2.51 … to 2.39"; the direction rules compare the two directions).
    else if (evidence.some((e) => e.tokens.some((et) => sameChange(written, e.text.slice(et.start, et.end))))) out.set(tok.term, SOFT_MIN);
    // A comparative or superlative of a word the evidence has ("colder" / "cold", "bigger" / "big", "happiest" /
    // "happy"), which the stemmer leaves apart.
    else if (COMPARATIVE_END.test(word) && comparativeAt(claim.text, tok.start, tok.end) && comparativeBases(word).some((b) => evidence.some((e) => e.terms.has(b)))) out.set(tok.term, SOFT_MIN);
  }
  return out;
}

/**
 * Kinds of event a report states as facts (arrest, charge, conviction or prison, death, injury, release, resignation,
 * dismissal), by their words as written (stems would join "charged" and "take charge"): a claim's word of one kind
 * is said in other words only by a word of the same kind (`softMatches`).
 */
const EVENT_WORDS: string[][] = [
  ['arrest', 'arrested', 'arrests', 'arresting', 'detained', 'detention', 'custody'],
  ['charged', 'indicted', 'indictment'],
  // A sentence implies the conviction: one kind.
  ['convicted', 'conviction', 'convictions', 'guilty', 'jail', 'jailed', 'prison', 'imprisoned', 'imprisonment', 'sentenced'],
  ['die', 'died', 'dies', 'dying', 'dead', 'death', 'deaths', 'kill', 'killed', 'killing', 'killings', 'fatal', 'fatally', 'fatalities', 'perished'],
  ['injured', 'injury', 'injuries', 'wounded'],
  ['freed', 'bailed'],
  ['resign', 'resigned', 'resignation'],
  ['sacked', 'dismissed', 'dismissal'],
];
const EVENT_KIND = new Map(EVENT_WORDS.flatMap((words, kind) => words.map((w): [string, number] => [w, kind])));
/** The event kinds by lemma (`lemma` of the index term), for words as the negation rules see them. */
const EVENT_KIND_OF_LEMMA = new Map(EVENT_WORDS.flatMap((words, kind) => words.map((w): [string, number] => [lemma(processTerm(w) ?? w), kind])));

/** The kind of event (`EVENT_WORDS`) a lemma names ("death" and "die" are one kind), if any. */
export function eventKindOfLemma(l: string): number | undefined {
  return EVENT_KIND_OF_LEMMA.get(l);
}

/**
 * The kind of event (`EVENT_WORDS`) a figure counts, from a word of that kind right before it or right after its
 * unit: "killed 41 people", "killing at least 42 people", "41 people were killed", "2,340 deaths".
 */
export function eventKindOf(text: string, span: { start: number; end: number }): number | undefined {
  const before = /([\p{L}]+)\s+(?:(?:at\s+least|more\s+than|almost|nearly|about|around|some|over|up\s+to)\s+)?$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
  const after = /^\s*(?:(?:people|persons|residents|civilians|soldiers|children|others)\s+)?(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?([\p{L}]+)/u.exec(text.slice(span.end, span.end + 50));
  for (const word of [before?.[1], after?.[1]]) {
    const kind = word ? EVENT_KIND.get(word.toLowerCase()) : undefined;
    if (kind !== undefined) return kind;
  }
  return undefined;
}

const COMPARATIVE_END = /(?:er|est)$/;

/**
 * Whether the word at [start, end) stands as a comparative or superlative: before "than", or after a linking verb,
 * a degree adverb or "and"/"or" ("is colder and bleaker than", "the biggest"), and not as a noun after a determiner
 * ("the killer", "a player" are not "kill", "play").
 */
function comparativeAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+$/i.test(before) && !/est$/i.test(text.slice(start, end))) return false;
  return /^\s+than\b/i.test(text.slice(end, end + 8)) || /\b(?:is|are|was|were|be|been|being|become|became|becomes|get|gets|got|grow|grew|much|far|even|still|slightly|and|or|the)\s+$/i.test(before);
}

/** The terms a comparative or superlative may come from: "colder" → cold, "larger" → large, "bigger" → big, "happier" → happy. */
function comparativeBases(word: string): string[] {
  const m = /^(\p{Ll}{3,}?)(i?)(?:er|est)$/u.exec(word);
  if (!m) return [];
  const [, stem, i] = m;
  const forms = i ? [`${stem}y`] : [stem, `${stem}e`];
  // A doubled consonant: "bigger", "hottest".
  if (!i && /(\p{Ll})\1$/u.test(stem)) forms.push(stem.slice(0, -1));
  return forms.map((f) => processTerm(f)).filter((t): t is string => !!t && t !== processTerm(word));
}

/** The word-vector rows of a text's words (kept per text: passages are accounted for again and again). */
const rowsCache = new WeakMap<TextInfo, Int32Array>();
const plainRowsCache = new WeakMap<TextInfo, Int32Array>();
function rowsOfText(t: TextInfo, withoutNames = false): Int32Array {
  const cache = withoutNames ? plainRowsCache : rowsCache;
  let rows = cache.get(t);
  if (!rows) {
    const words: string[] = [];
    t.tokens.forEach((tok, i) => {
      if (!tok.term) return;
      const word = t.text.slice(tok.start, tok.end);
      // A capitalised word inside a sentence is a name's.
      if (withoutNames && i > 0 && /^\p{Lu}/u.test(word) && !/[.!?:]\s*["“‘']?\s*$/.test(t.text.slice(t.tokens[i - 1].end, tok.start))) return;
      words.push(word);
    });
    cache.set(t, (rows = rowsOf(words)));
  }
  return rows;
}

/** Words too common to name as missing on their own (they still count in the measures). */
const PLAIN = new Set(['does', 'doing', 'done', 'no', 'yes', 'so', 'just', 'even', 'very', 'really', 'yet', 'ever', 'per']);

/** The claim's tokens whose terms are missing, as written, adjacent ones joined ("Kim Jong Un", "signed"). */
function missingWords(claim: ClaimInfo, missing: ReadonlySet<string>): string[] {
  return rawMissingWords(claim, missing).filter((w) => w.length > 2 && !PLAIN.has(w.toLowerCase()));
}

function rawMissingWords(claim: ClaimInfo, missing: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run) out.push(claim.text.slice(run.start, run.end));
    run = undefined;
  };
  for (const tok of claim.tokens) {
    if (tok.term && missing.has(tok.term)) {
      // Join a run across spaces and hyphens only ("Kim Jong Un", "two-day").
      if (run && /^[\s-]*$/.test(claim.text.slice(run.end, tok.start))) run.end = tok.end;
      else {
        flush();
        run = { start: tok.start, end: tok.end };
      }
    } else if (tok.term || !run || !/^[\s-]*$/.test(claim.text.slice(run.end, tok.start))) flush();
  }
  flush();
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------------------------------------
// The decision

/** The features of the decision, in the order of `model.json`'s weights. */
export const FEATURE_NAMES = [
  'covSentence',
  'covWindow',
  'covPair',
  'covSoft',
  'phrases',
  'retrieval',
  'valuesStated',
  'hasValues',
  'namesMissing',
  'numbersMissing',
  'maxMissing',
  'missingLog',
  'negationMismatch',
  'unstatedValues',
  'substitutions',
  'lengthLog',
  'topic',
  'support',
  'supportMax',
] as const;

export type DecisionFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

export function decisionFeatures(claim: ClaimInfo, account: Account, chosen: AccountCandidate, bestScore = chosen.score): DecisionFeatures {
  return {
    covSentence: account.covSentence,
    covWindow: account.covWindow,
    covPair: account.covPair,
    covSoft: account.covSoft,
    phrases: chosen.features.phrases,
    retrieval: chosen.features.retrieval,
    valuesStated: account.valuesStated,
    hasValues: claim.values.length ? 1 : 0,
    namesMissing: account.namesMissing,
    numbersMissing: account.numbersMissing,
    maxMissing: account.maxMissing,
    missingLog: Math.log1p(account.missingCount),
    negationMismatch: account.negationMismatch ? 1 : 0,
    unstatedValues: account.unstatedValues.length ? 1 : 0,
    substitutions: account.substitutions.length ? 1 : 0,
    lengthLog: Math.log1p(claim.weights.size),
    topic: chosen.features.topic,
    support: chosen.score,
    supportMax: Math.max(bestScore, chosen.score),
  };
}

/** A logistic regression over standardised features. */
export interface LogisticModel {
  kind?: 'logistic';
  /** Feature names, in the order of `weights`. */
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Per-feature centring and scaling applied before the weights. */
  mean: readonly number[];
  scale: readonly number[];
  /** Probability of support at or above which a claim is supported (fitted for balanced accuracy). */
  threshold: number;
}

/**
 * Gradient-boosted regression trees over the raw features: the log-odds of support is `bias` plus one leaf value
 * per tree. A tree is a flat list of nodes; a split node `[feature, threshold, left, right]` sends a claim whose
 * feature is below the threshold to node `left`, else to `right`; a leaf is `[-1, value]`. Fitted with monotone
 * constraints (more coverage never lowers the probability, more missing never raises it), so each tree reads as
 * a rule.
 */
export interface TreeModel {
  kind: 'trees';
  features: readonly string[];
  bias: number;
  trees: readonly (readonly number[])[][];
  threshold: number;
}

export type DecisionModel = LogisticModel | TreeModel;

export const DECISION_MODEL: DecisionModel = model as DecisionModel;

/** The calibrated probability that the evidence supports the claim. */
export function supportProbability(f: DecisionFeatures, m: DecisionModel = DECISION_MODEL): number {
  const values = f as Record<string, number>;
  let z = m.bias;
  if (m.kind === 'trees') {
    const x = m.features.map((name) => values[name] ?? 0);
    for (const tree of m.trees) {
      let node = tree[0];
      while (node[0] >= 0) node = tree[x[node[0]] < node[1] ? node[2] : node[3]];
      z += node[1];
    }
  } else {
    m.features.forEach((name, i) => {
      const x = values[name] ?? 0;
      z += m.weights[i] * ((x - m.mean[i]) / (m.scale[i] || 1));
    });
  }
  return 1 / (1 + Math.exp(-z));
}
