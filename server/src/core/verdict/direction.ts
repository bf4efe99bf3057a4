/**
 * Direction words: "rose" against "fell", "increases" against "decreases", "higher" against "lower". A claim
 * that says one where a passage about the same thing says the other (and neither says both) is contradicted.
 * Words are compared by their Porter stems, so "increased", "increases" and "increasing" are one word; stopwords
 * ("more", "less", "before", "after") are kept here, unlike in index terms.
 */
import { stemmer } from 'stemmer';
import { processTerm, tokenizeWithOffsets } from '../index/tokenize';
import { headerUnit, labelledCellSpans } from '../text/tableLabels';
import type { Span } from '../types';
import { escapeRegExp } from '../text/regexp';

/** Opposite pairs, as written; each side may be several words. Measured on SciFact (see bench/README.md). */
const OPPOSITES: [string[], string[]][] = [
  [['increase'], ['decrease', 'reduce', 'reduction', 'decline', 'lower', 'cut']],
  [['rise', 'rose', 'risen', 'climb', 'climbed', 'jump', 'jumped', 'soar', 'soared', 'surge', 'surged'], ['fall', 'fell', 'fallen', 'drop', 'dropped', 'decline', 'shed', 'plunge', 'plunged', 'slump', 'slumped', 'tumble', 'tumbled', 'sink', 'sank']],
  [['grow', 'grew', 'grown', 'growth', 'expand', 'expanded', 'expands'], ['shrink', 'shrank', 'shrunk', 'decline']],
  // The verbs of the two pairs above against each other: "rose by 27 per cent" / "reduced the risk … by 27 per cent".
  [['increase', 'raise', 'raised', 'rise', 'rose', 'risen', 'climb', 'climbed', 'jump', 'jumped', 'soar', 'soared', 'surge', 'surged', 'grow', 'grew', 'grown'], ['decrease', 'reduce', 'reduction', 'decline', 'lower', 'cut', 'fall', 'fell', 'fallen', 'drop', 'dropped', 'shed', 'plunge', 'plunged', 'slump', 'slumped', 'tumble', 'tumbled', 'sink', 'sank', 'shrink', 'shrank', 'shrunk']],
  [['higher', 'greater'], ['lower', 'smaller']],
  [['more'], ['fewer', 'less']],
  [['gain', 'gained'], ['loss', 'lost']],
  [['win', 'won'], ['lose', 'lost']],
  [['positive', 'positively'], ['negative', 'negatively']],
  [['promote', 'activate', 'induce', 'enhance', 'stimulate'], ['inhibit', 'suppress', 'impair', 'block']],
  [['upregulate', 'upregulated'], ['downregulate', 'downregulated']],
  [['improve'], ['worsen', 'deteriorate']],
  [['beneficial'], ['harmful', 'detrimental']],
  [['above'], ['below']],
  // ("had exceeded the level set by …" / "fell below the level set by …")
  [['exceed', 'exceeded', 'exceeds', 'surpassed'], ['below']],
  // Only before a figure ("up 5%", "down from 1.34 billion"): elsewhere these are particles ("set up", "step down").
  [['up'], ['down']],
  [['before'], ['after']],
  // A grading: "upgraded … from C2 to C4" / "downgraded … from C2 to C4".
  [['upgrade', 'upgraded', 'upgrades'], ['downgrade', 'downgraded', 'downgrades']],
];

/** Stems by surface form, bounded (the verdicts stem the same few thousand words over and over). */
const STEM_CACHE_LIMIT = 50_000;
let stems = new Map<string, string>();
const stem = (w: string): string => {
  let s = stems.get(w);
  if (s === undefined) {
    s = stemmer(w.toLowerCase());
    if (stems.size >= STEM_CACHE_LIMIT) stems = new Map();
    stems.set(w, s);
  }
  return s;
};
const PAIRS: [Set<string>, Set<string>][] = OPPOSITES.map(([a, b]) => [new Set(a.map(stem)), new Set(b.map(stem))]);

/** The stems of the verbs of change, up (0) or down (1): "rose", "grew", "increased"; "fell", "shrank", "declined". */
const CHANGE_VERBS: ReadonlyMap<string, number> = new Map(OPPOSITES[3].flatMap((side, k) => side.map((w): [string, number] => [stem(w), k])));

/** Whether two words are verbs of change of one direction ("shrank" / "fell", "climbed" / "rose"), not the same verb. */
export function sameChange(a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)];
  const k = CHANGE_VERBS.get(x);
  return k !== undefined && x !== y && CHANGE_VERBS.get(y) === k;
}

/** Whether two direction stems are on one side of a pair ("rose" and "rise"; "increas" and "grew"). */
export function sameDirection(a: string, b: string): boolean {
  return a === b || PAIRS.some(([x, y]) => (x.has(a) && x.has(b)) || (y.has(a) && y.has(b)));
}

/** A verb of a move, or "be", right before "up" ("went up to", "are up to"): "up to" a figure after it is a rise. */
const VERB_BEFORE_UP = /\b(?:go|goes|going|gone|went|rise|rises|rising|rose|risen|move|moves|moving|moved|shot|shoot|jump|jumped|climb|climbed|put|puts|putting|push|pushed|pushing|creep|crept|edge|edged|be|is|are|was|were|been|being|['’]s|['’]re)\s+$/i;

/** A figure right after "up" or "down", or after "from", "by", "to" or "at" next to them. */
const BEFORE_FIGURE = /^\s+(?:(?:from|by|to|at)\s+)?(?:US)?[$€£¥]?\d/;

export interface DirectionWord {
  stem: string;
  text: string;
  span: Span;
  /**
   * For "before" and "after": the first content term after the word (what comes before or after: "before the match"
   * → "match"). The two are opposites only of the same thing: "sacked after eleven years" is "eleven years before she
   * was sacked".
   */
  next?: string;
  /** A contest's "won" or "lost" with the other side after it ("lost the seat to Labour", "won it from the Conservatives"). */
  contest?: boolean;
}

/** Stems of a contest's outcome, and the other side after it: "lost the Harrowgate East seat to Labour". */
const CONTEST_STEMS: ReadonlySet<string> = new Set(['win', 'won', 'lose', 'lost'].map(stem));
const TO_OR_FROM = /^(?:\s+[\p{L}\d'’-]+){0,5}?\s+(?:to|from)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether a word of a text is a contest's "won" or "lost" with the other side named after it ("lost the seat to Labour"),
 * which says the same as its opposite of the other side ("Labour won the seat").
 */
export function contestSaid(text: string, span: Span): boolean {
  return CONTEST_STEMS.has(stem(text.slice(span.start, span.end))) && TO_OR_FROM.test(text.slice(span.end, span.end + 60));
}

/** Stems of "before" and "after", and the most tokens read for the term after them. */
/** Words of a bound before a figure: "more than 12 hours", "fewer than 100 people", "less than half". */
const BOUND_WORDS: ReadonlySet<string> = new Set(['more', 'less', 'fewer'].map(stem));
const BOUND_THAN = /^\s+than\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:US)?(?:[$€£¥]?\d|(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|twice|double)\b)/iu;
/** A bound right before a figure: "more than ", "fewer than about ". */
const BOUND_BEFORE_FIGURE = /\b(?:more|less|fewer)\s+than\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:US)?[$€£¥]?$/iu;
/** A figure right before a word ("412 more than"): the word compares, it does not bound. */
const FIGURE_RIGHT_BEFORE = /\d[\d,.]*\s*(?:%|per\s?cent|[\p{L}]+)?\s*$/u;
const ORDER_STEMS = new Set(['before', 'after'].map(stem));
const ORDER_NEXT_TOKENS = 4;

/**
 * A signed percentage, as tables and results write a change ("| -8.5%", "(+7.0%)"): a direction without a word. Not
 * after a slash or another sign ("+/- 3%", "±"), nor inside a range ("5-8%").
 */
const SIGNED_PERCENT = /(?<=^|[\s|(\[:;,])([+\-−–])\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b|pct\b)/gu;
const RISE = ['rise', 'increase', 'up', 'higher', 'grow', 'gain'].map(stem);
const FALL = ['fall', 'decrease', 'down', 'lower', 'shrink', 'loss'].map(stem);

/**
 * Phrases of a court report that exclude each other: a verdict at trial ("was found guilty", "a jury convicted")
 * and a plea ("pleaded guilty", "admitted four counts", "admitted causing grievous bodily harm", "admitted
 * manslaughter"). Each stands as a direction word of its own.
 */
const TRIAL = /\b(?:found\s+guilty|convicted\s+(?:by|after)\s+(?:a|the)\s+jury|jury\s+(?:found|convicted))\b/giu;
const PLEA = /\b(?:pleaded|pled|pleads|plead|pleading)\s+guilty\b|\badmit(?:ted|s)?\s+(?:(?:[\p{L}\d-]+\s+){0,4}?(?:counts?|charges?|offences?|offenses?)\b|(?:causing|possessing|assaulting|stealing|supplying|conspiring|attempting|being\s+concerned|dangerous|careless|drink[- ]driving|manslaughter|murder|assault|affray|fraud|theft|burglary|robbery|arson|rape|harassment|stalking|perverting)\b)/giu;
const TRIAL_STEM = 'found guilty';
const PLEA_STEM = 'pleaded guilty';
PAIRS.push([new Set([TRIAL_STEM]), new Set([PLEA_STEM])]);

/** What is raised by being voiced: "concerns were raised", "raised questions about", "raise the matter". */
const VOICED = String.raw`(?:concerns?|questions?|issues?|objections?|complaints?|doubts?|alarm|fears?|queries|query|points?|the\s+matter|the\s+alarm)`;
// (Or in apposition: "the most common concern, raised in 44% of written comments".)
const VOICED_BEFORE = new RegExp(String.raw`\b${VOICED},?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+)?$`, 'i');
const VOICED_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|their|his|her|its|our|serious|further|many|several|new|safety|these|those)\s+){0,2}${VOICED}\b`, 'i');

/** "the year", "the night": a period that "before" or "after" right after it puts next to another. */
const PERIOD_BEFORE = /\bthe\s+(?:year|month|week|day|night|evening|morning|season|term|decade|weekend|summer|winter|spring|autumn)\s+$/i;

/** Words after "fell" that make it a hill: "fell rescue", "fell runners", "fell running", "fell farmers". */
const FELL_NOUN_AFTER = /^\s+(?:rescue|runners?|running|race|races|walkers?|walking|farm(?:ers?|ing)?|sheep|top|tops|side|sides|land|pony|ponies)\b/i;

export function directionWords(text: string): DirectionWord[] {
  const out: DirectionWord[] = [];
  const tokens = tokenizeWithOffsets(text);
  tokens.forEach((t, i) => {
    if (/^\d/.test(t.text)) return;
    const s = stem(t.text);
    if ((s === 'up' || s === 'down') && !BEFORE_FIGURE.test(text.slice(t.end, t.end + 24))) return;
    // ("up to" a figure after no verb of a move is a bound: "found up to 1.4 metres of silt", "will cost up to £5m";
    // not "Fares went up to £3.50".)
    if (s === 'up' && /^\s+to\s/.test(text.slice(t.end, t.end + 5)) && !VERB_BEFORE_UP.test(text.slice(Math.max(0, t.start - 16), t.start))) return;
    // "More than 12 hours" bounds a figure and says no direction (but "412 more than in January" does).
    if (BOUND_WORDS.has(s) && BOUND_THAN.test(text.slice(t.end, t.end + 32)) && !FIGURE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) return;
    if (!PAIRS.some(([a, b]) => a.has(s) || b.has(s))) return;
    // (Nor "fell" as a noun, a hill, after an article or before a noun of it: "A fell rescue team", "fell runners".)
    if (/^fell$/i.test(t.text) && (/\b(?:a|an|the|this|that|our|their|its)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)) || FELL_NOUN_AFTER.test(text.slice(t.end, t.end + 24)))) return;
    // (Nor the first part of a compound, which describes: "lower-paid staff", "higher-rate taxpayers".)
    if (/^-\p{L}/u.test(text.slice(t.end, t.end + 2))) return;
    // (Nor a concern raised, which is voiced, not put up: "after concerns were raised by two relatives", "raised
    // questions about".)
    if (/^rais/i.test(t.text) && (VOICED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || VOICED_AFTER.test(text.slice(t.end, t.end + 40)))) return;
    // (Nor "the year before", "the day after": a period next to another, no order of two events.)
    if (ORDER_STEMS.has(s) && PERIOD_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && /^\s*(?:[.,;:!?)]|$)/.test(text.slice(t.end, t.end + 3))) return;
    const word: DirectionWord = { stem: s, text: t.text, span: { start: t.start, end: t.end } };
    if (ORDER_STEMS.has(s)) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 1 + ORDER_NEXT_TOKENS) && word.next === undefined; j++) {
        const term = processTerm(tokens[j].text);
        if (term) word.next = term;
      }
      word.next ??= '';
    }
    if (CONTEST_STEMS.has(s) && TO_OR_FROM.test(text.slice(t.end, t.end + 60))) word.contest = true;
    out.push(word);
  });
  if (/guilty|jury|admit/i.test(text)) {
    for (const [re, stem] of [[TRIAL, TRIAL_STEM], [PLEA, PLEA_STEM]] as const) {
      for (const m of text.matchAll(re)) out.push({ stem, text: m[0], span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  if (/[+\-−–]\s?\d/.test(text)) {
    for (const m of text.matchAll(SIGNED_PERCENT)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      for (const s of m[1] === '+' ? RISE : FALL) out.push({ stem: s, text: m[0], span });
    }
  }
  // A table's column of changes or percentages ("Change (%): -17.9", "Change: 4.1"): a signed figure, or an
  // unsigned one under "Change", is a direction.
  if (text.includes(' | ')) {
    for (const cell of labelledCellSpans(text)) {
      const change = /\bchange\b/i.test(cell.label);
      if (!change && headerUnit(cell.label)?.kind !== 'percent') continue;
      const m = CELL_CHANGE.exec(text.slice(cell.valueStart, cell.end));
      if (!m || out.some((d) => d.span.start === cell.valueStart) || (!m[1] && (!change || Number(m[2].replace(/,/g, '')) === 0))) continue;
      // Shown with its column: "Change on quarter (pp): -0.1".
      const span = { start: cell.start, end: cell.valueStart + m[0].length };
      for (const s of m[1] && m[1] !== '+' ? FALL : RISE) out.push({ stem: s, text: text.slice(span.start, span.end), span });
    }
  }
  return out;
}

/** A cell's figure with its sign, if any ("-17.9", "+4.1", "9.3"). */
const CELL_CHANGE = /^([+\-−–])?\s?(\d[\d,]*(?:\.\d+)?)\s?%?$/u;

/**
 * The first opposite pair between a claim and a passage sentence: a claim word on one side of a pair whose other
 * side the sentence uses, when the claim uses no word of that other side and the sentence none of the first.
 */
export function oppositeDirection(claim: readonly DirectionWord[], sentence: readonly DirectionWord[]): [DirectionWord, DirectionWord] | undefined {
  if (!claim.length || !sentence.length) return undefined;
  const has = (words: readonly DirectionWord[], side: Set<string>) => words.find((w) => side.has(w.stem));
  for (const [a, b] of PAIRS) {
    for (const [mine, theirs] of [[a, b], [b, a]] as const) {
      const c = has(claim, mine);
      const s = has(sentence, theirs);
      // "before" and "after" of other things are no opposites (`DirectionWord.next`); nor a contest said of each side
      // ("Labour won the seat" / "the Conservatives lost the seat to Labour").
      if (c && s && !has(claim, theirs) && !has(sentence, mine) && c.next === s.next && !c.contest && !s.contest && !mirrored(claim, c, sentence, s)) return [c, s];
    }
  }
  return undefined;
}

/**
 * Whether two sides each have a word of both ways, in the same order, the words of one pair crossing between other
 * pairs: "a smaller award would allow the fund to support more organisations" / "a reduced award would allow the Fund
 * to support a greater number of organisations" ("smaller" is "reduced", "more" is "greater").
 */
function mirrored(claim: readonly DirectionWord[], c: DirectionWord, sentence: readonly DirectionWord[], s: DirectionWord): boolean {
  const [cp, sp] = [POLARITY.get(c.stem), POLARITY.get(s.stem)];
  if (!cp || !sp || cp === sp) return false;
  const twinOfMine = sentence.find((w) => w !== s && POLARITY.get(w.stem) === cp);
  const twinOfTheirs = claim.find((w) => w !== c && POLARITY.get(w.stem) === sp);
  return !!twinOfMine && !!twinOfTheirs && c.span.start < twinOfTheirs.span.start === twinOfMine.span.start < s.span.start;
}

/**
 * A word of change the other way after the same two words, where each side has words of both ways ("the trust's rate
 * fell …, while the national average fell" / "the Trust's rate fell …, while the national average rose"): the two
 * content words before a direction word name what moves.
 */
export function oppositeBySubject(claimText: string, claim: readonly DirectionWord[], sentenceText: string, sentence: readonly DirectionWord[]): [DirectionWord, DirectionWord] | undefined {
  const subject = (text: string, span: Span) => {
    const terms = tokenizeWithOffsets(text.slice(Math.max(0, span.start - 48), span.start)).flatMap((t) => processTerm(t.text) ?? []);
    return terms.length >= 2 ? terms.slice(-2).join(' ') : undefined;
  };
  // (Words that move a figure are the figures' business: "fell to 3.3%", "rose by 3.3%", "-8.5%".)
  // (A figure in words, or past a bound, too: "rose by more than a quarter", "fell by a third".)
  const withFigure = (text: string, w: DirectionWord) =>
    /\d/.test(w.text) || /^[\s,]+(?:(?:by|to|from|of|about|around|nearly|almost|some|(?:more|less|fewer)\s+than)\s+)*(?:[\d£$€−-]|(?:a\s+)?(?:half|third|quarter|fifth|tenth)\b|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)/iu.test(text.slice(w.span.end, w.span.end + 40));
  for (const c of claim) {
    const mine = withFigure(claimText, c) ? undefined : subject(claimText, c.span);
    if (!mine) continue;
    for (const s of sentence) {
      if (withFigure(sentenceText, s)) continue;
      if (!PAIRS.some(([a, b]) => (a.has(c.stem) && b.has(s.stem)) || (b.has(c.stem) && a.has(s.stem)))) continue;
      // (Nor "after" against a sentence that has it in other words besides its "before": "in the three years after
      // average speed cameras were installed" / "over the following three years, compared with the three years before
      // installation".)
      if (ORDER_STEMS.has(c.stem) && new RegExp(String.raw`\b(?:${c.stem === stem('after') ? 'following|subsequent|later' : 'previous|preceding|prior|earlier'})\b`, 'i').test(sentenceText)) continue;
      if (subject(sentenceText, s.span) === mine) return [c, s];
    }
  }
  return undefined;
}

/**
 * A claim's verb of change against "up" or "down" before a sentence's figure the other way ("The number of homes
 * fitted with solar panels fell in 2025" / "… fitted to 2,140 homes …, up from 1,380"), for a claim without figures
 * of its own (the sentence's figures are then what it is about); neither side with a word of the other way.
 */
export function oppositeMove(claim: readonly DirectionWord[], sentence: readonly DirectionWord[]): [DirectionWord, DirectionWord] | undefined {
  const has = (words: readonly DirectionWord[], side: Set<string>) => words.find((w) => side.has(w.stem));
  for (const [mine, theirs] of [[MOVED_UP, MOVED_DOWN], [MOVED_DOWN, MOVED_UP]] as const) {
    const c = has(claim, mine);
    const s = sentence.find((w) => theirs.has(w.stem) && (w.stem === 'up' || w.stem === 'down'));
    if (c && s && c.stem !== 'up' && c.stem !== 'down' && !has(claim, theirs) && !has(sentence, mine)) return [c, s];
  }
  return undefined;
}


/**
 * Whether a text's direction words go both ways in size ("rose by 3.4% …, down from 3.8%"): with figures, which
 * goes with what is then the figures' business (`oppositeOfFigure`), not the sentence's.
 */
export function bothWays(words: readonly DirectionWord[]): boolean {
  let up = false;
  let down = false;
  for (const w of words) {
    const p = POLARITY.get(w.stem);
    if (p === 1) up = true;
    else if (p === -1) down = true;
  }
  return up && down;
}

/** Whether two direction words are on opposite sides of one pair ("rose" / "fell"). */
function opposites(a: DirectionWord, b: DirectionWord): boolean {
  return PAIRS.some(([x, y]) => (x.has(a.stem) && y.has(b.stem)) || (y.has(a.stem) && x.has(b.stem)));
}

/** Words between a direction word and the figure it governs: "fell by 4.1 points", "rose to £4.2bn", "up nearly 5%". */
const TO_FIGURE = /^[\s,]*(?:(?:by|to|from|of|at|some|about|around|nearly|almost|another|a\s+further|a|an|more\s+than|over|just)\s+){0,3}$/iu;

/** Words of a change up or down in size, for the direction of one figure (`polarityOf`). */
const UP_WORDS = ['rise', 'rose', 'risen', 'climb', 'climbed', 'jump', 'jumped', 'soar', 'soared', 'surge', 'surged', 'increase', 'grow', 'grew', 'grown', 'growth', 'gain', 'gained', 'higher', 'greater', 'more', 'up', 'longer', 'larger', 'bigger', 'raise', 'raised', 'lift', 'lifted', 'boost', 'boosted', 'hike', 'hiked'];
const DOWN_WORDS = ['fall', 'fell', 'fallen', 'drop', 'dropped', 'decline', 'shed', 'plunge', 'plunged', 'slump', 'slumped', 'tumble', 'tumbled', 'sink', 'sank', 'decrease', 'reduce', 'shrink', 'shrank', 'lower', 'smaller', 'fewer', 'less', 'down', 'loss', 'lost', 'shorter', 'cut', 'slash', 'slashed', 'trim', 'trimmed', 'lowered'];
const POLARITY = new Map<string, 1 | -1>([...UP_WORDS.map((w) => [stem(w), 1] as const), ...DOWN_WORDS.map((w) => [stem(w), -1] as const)]);
/** Verbs that make a measure longer or shorter, wider or narrower: a change of size too, for `sameWay` only. */
const UP_SIZE = ['lengthen', 'lengthened', 'extend', 'extended', 'widen', 'widened', 'expand', 'expanded'];
const DOWN_SIZE = ['shorten', 'shortened', 'narrow', 'narrowed', 'curtail', 'curtailed'];
const SIZE_POLARITY = new Map<string, 1 | -1>([...UP_SIZE.map((w) => [stem(w), 1] as const), ...DOWN_SIZE.map((w) => [stem(w), -1] as const)]);

/**
 * Whether two different words say a change of one way ("lengthened" / "increase", "cut" / "reduced"): words for
 * each other in a copied sentence, no swap.
 */
export function sameWay(a: string, b: string): boolean {
  const way = (w: string) => POLARITY.get(stem(w)) ?? SIZE_POLARITY.get(stem(w));
  const x = way(a);
  return x !== undefined && x === way(b);
}

/** Of those, the verbs of change and "up" / "down" (not comparatives, gains and losses), by the way they go (`oppositeMove`). */
const NOT_MOVES = new Set(['gain', 'gained', 'higher', 'greater', 'more', 'longer', 'larger', 'bigger', 'shed', 'lower', 'smaller', 'fewer', 'less', 'loss', 'lost', 'shorter']);
const MOVED_UP = new Set(UP_WORDS.filter((w) => !NOT_MOVES.has(w)).map(stem));
const MOVED_DOWN = new Set(DOWN_WORDS.filter((w) => !NOT_MOVES.has(w)).map(stem));
/** Which way a verb of change moves ("rose", "increased": 1; "fell", "cut": -1), by its stem; none for other words. */
export function movePolarity(stemmed: string): 1 | -1 | undefined {
  return MOVED_UP.has(stemmed) ? 1 : MOVED_DOWN.has(stemmed) ? -1 : undefined;
}
/** A comparative right after a figure and its unit: "85 fewer than", "45 minutes longer", "3 points higher". */
const AFTER_FIGURE = /^\s*(?:[\p{L}%]+\s+)?(fewer|more|less|higher|lower|longer|shorter|larger|smaller|bigger|up|down)\b/iu;
const FROM_TO = /(\p{L}+)\s+from\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|points?|p|m|bn|k|million|billion)?\s+to\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?$/iu;
/** A transitive verb of change, its object (no figure, no clause's end) and "to" the level: `polarityOf`. */
const VERB_OBJECT_TO = /\b(raised|lifted|increased|boosted|lowered|cut|reduced|trimmed|slashed)\s+(?:its|their|his|her|the|a|an|our)\s+(?:[\p{L}'’-]+\s+){0,8}?to\s+(?:between\s+|about\s+|around\s+)?(?:US)?[$€£¥]?$/iu;
const BEFORE_WORD = /(\p{L}+)((?:\s+\p{Ll}+ly)?[\s,]*(?:(?:by|to|from|of|at|some|about|around|nearly|almost|another|a\s+further|a|an|more\s+than|over|just)\s+){0,3})$/iu;

/** A verb of change before "from" a figure and "to" another, with up to six words between ("fell from 1,146 in January to 412"). */
const MOVE_FROM_TO = /\b(\p{L}+),?\s+from\s+(?:about\s+|around\s+|some\s+)?(?=(?:US)?[$€£¥]?\d)/giu;

/** Words that put one figure below or above another, and the word for the other way. */
const COMPARED_WAY: Record<string, { way: -1 | 1; other: string }> = {
  below: { way: -1, other: 'above' }, under: { way: -1, other: 'over' }, 'lower than': { way: -1, other: 'higher than' }, 'less than': { way: -1, other: 'more than' },
  'fewer than': { way: -1, other: 'more than' }, 'smaller than': { way: -1, other: 'larger than' }, 'short of': { way: -1, other: 'above' }, behind: { way: -1, other: 'ahead of' },
  above: { way: 1, other: 'below' }, over: { way: 1, other: 'under' }, 'higher than': { way: 1, other: 'lower than' }, 'more than': { way: 1, other: 'less than' },
  'greater than': { way: 1, other: 'less than' }, 'larger than': { way: 1, other: 'smaller than' }, 'bigger than': { way: 1, other: 'smaller than' }, 'ahead of': { way: 1, other: 'behind' },
};
/**
 * The words from a figure to a second one it is compared with: a comparison after the first figure's clause and a
 * comma (" of 999 calls within 10 seconds, just below the 39-force average of "), or after a verb of being (" would
 * be well above the council's annual precept of "), not before a multiple ("more than double the"), nor "short of a
 * strike", a kind of industrial action. Group 1 is the comparison, group 2 the words before the second figure.
 */
const COMPARED_AFTER = /^(?:[^,.;:!?]{0,60},\s+|\s+(?:(?:would|will|could|may|might)\s+be|is|are|was|were|remains?|remained|stood|stands|sits?|sat)\s+)(?:(?:just|well|far|slightly|comfortably|way|still|even|much)\s+)?(below|under|lower\s+than|less\s+than|fewer\s+than|smaller\s+than|short\s+of(?!\s+(?:an?\s+)?(?:strike|walkout)\b)|behind|above|over|higher\s+than|more\s+than|greater\s+than|larger\s+than|bigger\s+than|ahead\s+of)\s+(?!(?:double|twice|half|treble|triple|\p{L}+\s+times)\b)((?:(?=[\p{N}'’-]*\p{L})[\p{L}\p{N}'’-]+\s+){0,7}?)(?:of\s+|at\s+)?(?:US)?[$€£¥]?$/iu;
/** A figure's noun and what it could do, after it: "£2,340 reserves could carry", "£5,000 budget can cover". */
export const CAN_BEAR_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}(?:could|can|would|will|might|may)\s+(?!be\b)\p{L}+/iu;
/** A hedge just short of a figure: "almost 15 per cent", "nearly £4m". */
const NEARLY_BEFORE = /\b(?:almost|nearly|just\s+(?:under|below|short\s+of))\s+(?:US)?[$€£¥]?$/i;
/** What the words between a comparison and its figure may not be: a clause of its own, a second comparison. */
const COMPARED_BETWEEN_STOP = /\b(?:and|but|while|which|who|when|than|from|to)\b/i;

/**
 * A claim's comparison of its own two figures that goes against them: "answered 88.9 per cent …, just below the
 * 39-force average of 86.0 per cent", "averaged 21.6 metres per second, above the … cut-out threshold of 25 metres
 * per second". The comparison word (and the word for the other way), and the two figures' indices.
 */
export function comparisonAgainstFigures(text: string, figures: readonly { span: Span; value?: number; bound?: string; cap?: boolean }[], comparable: (a: number, b: number) => boolean): { word: DirectionWord; other: string; first: number; second: number } | undefined {
  for (let j = 0; j < figures.length; j++) {
    const b = figures[j];
    for (let i = j - 1; i >= 0; i--) {
      if (!comparable(i, j)) continue;
      const a = figures[i];
      const m = COMPARED_AFTER.exec(text.slice(a.span.end, b.span.start));
      if (!m || COMPARED_BETWEEN_STOP.test(m[2])) break;
      // (Nor more than the second could take: "was more than the society's £2,340 reserves could carry for long"
      // compares with what the reserves can bear, not with £2,340.)
      if (CAN_BEAR_AFTER.test(text.slice(b.span.end, b.span.end + 40))) break;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const { way, other } = COMPARED_WAY[word];
      if (a.value === undefined || b.value === undefined || a.value === b.value) break;
      // (A bound decides only one way: "up to £40,000" is below £41,200 whatever it reaches.)
      const exact = (f: (typeof figures)[number]) => f.bound === undefined || f.bound === 'about';
      const aMax = exact(a) || a.bound === 'atMost' || a.cap;
      // (Nor "almost" a figure below one it is well above: "a vacancy rate of almost 15 per cent, below the national
      // average of 13.9 per cent"; "almost" is within a twentieth of its figure.)
      const nearlyAbove = way === -1 && a.bound === 'atMost' && NEARLY_BEFORE.test(text.slice(Math.max(0, a.span.start - 16), a.span.start)) && a.value !== undefined && b.value !== undefined && a.value * 0.95 > b.value;
      if (!exact(b) || !(exact(a) || (way === 1 && aMax) || nearlyAbove)) break;
      if ((a.value > b.value ? 1 : -1) === way) break;
      const start = a.span.end + m[0].indexOf(m[1]);
      return { word: { stem: word, text: m[1], span: { start, end: start + m[1].length } }, other, first: i, second: j };
    }
  }
  return undefined;
}

/**
 * A claim's comparison with a benchmark it gives no figure for: "had been below the county average", "remains above
 * the national target". Group 1 the comparison, group 2 the benchmark's words.
 */
const BENCHMARK = /\b(below|under|lower\s+than|less\s+than|short\s+of|behind|above|over|higher\s+than|more\s+than|greater\s+than|ahead\s+of)\s+(?:the|its|their|his|her|our)\s+((?:[\p{L}-]+\s+){0,3}?(?:average|target|benchmark|median|norm|standard|threshold))\b(?!\s+(?:of|at)\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?\d)/iu;

/** What a source may put between a figure and the benchmark it is set against: "…, compared with a county average of". */
const SET_AGAINST = /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|while|whereas|above|below|than)\b/i;

/**
 * A comparison with a benchmark that a source's two figures go against: "the proportion … meeting the expected
 * standard … had been below the county average" / "71 per cent of our Year 6 pupils met the expected standard …,
 * compared with a county average of 59 per cent". The source's sentence gives the benchmark's words and its figure,
 * and before it a figure of the same kind and unit set against it; the claim gives no figure of that kind. The
 * claim's comparison and the word for the other way, the sentence and its two figures.
 */
export function benchmarkAgainstFigures<T extends { text: string; values: readonly { kind: string; unit?: string; value?: number; bound?: string; text: string; span: Span }[] }>(
  claimText: string,
  claimValues: readonly { kind: string; unit?: string }[],
  texts: readonly T[],
): { word: DirectionWord; other: string; text: T; figure: T['values'][number]; benchmark: T['values'][number] } | undefined {
  const m = BENCHMARK.exec(claimText);
  if (!m) return undefined;
  const { way, other } = COMPARED_WAY[m[1].toLowerCase().replace(/\s+/g, ' ')];
  const words = m[2].trim().toLowerCase().split(/\s+/);
  const named = new RegExp(String.raw`\b${words.map(escapeRegExp).join(String.raw`\s+`)}\s+(?:of|was|is|stood\s+at|at|was\s+just|of\s+just)\s+(?:about\s+|around\s+)?$`, 'i');
  for (const t of texts) {
    for (const [j, b] of t.values.entries()) {
      if (b.value === undefined || (b.bound !== undefined && b.bound !== 'about') || !named.test(t.text.slice(Math.max(0, b.span.start - 60), b.span.start))) continue;
      const a = [...t.values.slice(0, j)].reverse().find((x) => x.kind === b.kind && (x.unit ?? '') === (b.unit ?? '') && x.value !== undefined && x.bound === undefined);
      // (A claim that gives a figure of the kind compares that figure: `comparisonAgainstFigures`.)
      if (!a || a.value === b.value || claimValues.some((v) => v.kind === b.kind && (v.unit ?? '') === (b.unit ?? ''))) continue;
      const between = t.text.slice(a.span.end, b.span.start);
      if (between.length > 200 || /[.;]\s/.test(between) || !SET_AGAINST.test(between)) continue;
      if ((a.value! > b.value! ? 1 : -1) === way) return undefined;
      const start = m.index;
      return { word: { stem: m[1].toLowerCase(), text: m[1], span: { start, end: start + m[1].length } }, other, text: t, figure: a, benchmark: b };
    }
  }
  return undefined;
}

/**
 * A claim's verb of change that goes against its own two figures, from the first to the second ("rose from 1,146 in
 * January to 412 in May"): the verb, the two figures' spans. `figures` are the claim's numeric values in order;
 * `comparable` tells whether two of them are of one kind and unit.
 */
export function moveAgainstFigures(
  text: string,
  figures: readonly { span: Span; value?: number }[],
  comparable: (a: number, b: number) => boolean,
): { word: DirectionWord; from: number; to: number } | undefined {
  // The verb's figure first, then the other: "rose from 1,146 … to 412", or "rose to 31, from 44 the previous year".
  const orders = [
    { re: MOVE_FROM_TO, first: 'from' as const, between: (gap: string) => /^[^.;:!?]{0,60}?\bto\s+(?:about\s+|around\s+|some\s+)?$/iu.test(gap) && gap.split(/\s+/).length <= 9 },
    { re: MOVE_TO_FROM, first: 'to' as const, between: (gap: string) => /^,?\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+)?$/iu.test(gap) },
    // (A figure, then "up from" or "down from" another, no verb before it: "There were 212 pupils in this year's Year
    // 11, down from 204 the year before".)
    { re: FIGURE_THEN_UP_DOWN, first: 'to' as const, between: (gap: string) => /^(?:[^.;:!?]|\.(?=\d)){0,60}?,\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$/iu.test(gap) && gap.split(/\s+/).length <= 12 },
  ];
  for (const { re, first, between } of orders) {
    for (const m of text.matchAll(re)) {
      const s = stem(m[1]);
      const polarity = MOVED_UP.has(s) ? 1 : MOVED_DOWN.has(s) ? -1 : 0;
      if (!polarity) continue;
      const at = m.index! + m[0].length;
      let i: number;
      let j: number;
      if (re === FIGURE_THEN_UP_DOWN) {
        // (The figure after "from", and the last before the comma that is of its kind: "212 pupils …, down from 204".)
        j = figures.findIndex((f) => f.span.start > at && /^\s+from\s+(?:about\s+|around\s+|some\s+)?$/i.test(text.slice(at, f.span.start)));
        i = -1;
        // (Not a figure of a clause set in between: "stood at 64 in 2024, where 1994 equals 100, down from 66".)
        // (Nor a figure that qualifies a noun after an article: "is contributing £185,000 towards the £1.42m event
        // budget, down from £210,000" moves the £185,000.)
        const aside = (f: { span: Span }) =>
          /,\s*(?:where|which|when|whose|with)\b[^,]*$/i.test(text.slice(Math.max(0, f.span.start - 60), f.span.start)) ||
          /(?:equals?|=)\s*$/i.test(text.slice(Math.max(0, f.span.start - 10), f.span.start)) ||
          (/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, f.span.start - 6), f.span.start)) && /^\s+\p{Ll}{3,}/u.test(text.slice(f.span.end, f.span.end + 12)));
        for (let k = 0; k < j; k++) if (figures[k].span.end <= m.index! && comparable(k, j) && !aside(figures[k]) && between(text.slice(figures[k].span.end, figures[j].span.start))) i = k;
      } else {
        i = figures.findIndex((f) => f.span.start === at);
        j = i < 0 ? -1 : figures.findIndex((f, k) => k > i && between(text.slice(figures[i].span.end, f.span.start)));
      }
      if (i < 0) continue;
      const [from, to] = first === 'from' ? [i, j] : [j, i];
      if (j < 0 || !comparable(from, to)) continue;
      const a = figures[from].value;
      const b = figures[to].value;
      if (a === undefined || b === undefined || a === b || (b > a ? 1 : -1) === polarity) continue;
      return { word: { stem: s, text: m[1], span: { start: m.index!, end: m.index! + m[1].length } }, from, to };
    }
  }
  return undefined;
}

/** "Up" or "down" after a comma, before "from" a figure: "212 pupils in this year's Year 11, down from 204". */
const FIGURE_THEN_UP_DOWN = /,\s+(up|down)(?=\s+from\s+(?:about\s+|around\s+|some\s+)?(?:US)?[$€£¥]?\d)/giu;
/** A verb of change before "to" a figure, which "from" another follows ("rose to 31, from 44"). */
const MOVE_TO_FROM = /\b(\p{L}+)\s+to\s+(?:about\s+|around\s+|some\s+)?(?=(?:US)?[$€£¥]?\d)/giu;

/**
 * Which way one figure moves, and the word that says so: the word right before it ("rose by 85", "fell to 1,140",
 * "will fall slightly to 31p"),
 * a sign on it ("+7.0%"), or a comparative right after it ("85 fewer than a year earlier", "45 minutes longer").
 */
function polarityOf(text: string, figure: Span): { polarity: 1 | -1; word: DirectionWord; frame?: Frame } | undefined {
  const sign = text[figure.start - 1];
  if ((sign === '+' || sign === '-' || sign === '−') && !/[\p{L}\p{N}]/u.test(text[figure.start - 2] ?? ' ')) {
    return { polarity: sign === '+' ? 1 : -1, word: { stem: sign, text: text.slice(figure.start - 1, figure.end), span: { start: figure.start - 1, end: figure.end } } };
  }
  // (Not a bound: "waited more than 12 hours" says no direction of the 12, but "412 more than" does.)
  const bound = BOUND_BEFORE_FIGURE.exec(text.slice(Math.max(0, figure.start - 40), figure.start));
  // (But a change "by" a bound is the change's size: "rose by more than a quarter".)
  const bySize = bound ? BEFORE_WORD.exec(text.slice(Math.max(0, figure.start - bound[0].length - 60), figure.start - bound[0].length)) : null;
  const boundless = bound && !FIGURE_RIGHT_BEFORE.test(text.slice(Math.max(0, figure.start - bound[0].length - 24), figure.start - bound[0].length));
  const before = boundless ? (bySize && /\bby\s+$/i.test(bySize[2]) ? bySize : null) : BEFORE_WORD.exec(text.slice(Math.max(0, figure.start - 60), figure.start));
  const reach = before && before === bySize && bound ? before[0].length + bound[0].length : (before?.[0].length ?? 0);
  // ("up to" after no verb of a move is a bound, no rise: "found up to 1.4 metres of silt".)
  const upTo = before && /^up$/i.test(before[1]) && /^\s+to\s/i.test(before[2]) && !VERB_BEFORE_UP.test(text.slice(Math.max(0, figure.start - reach - 16), figure.start - reach));
  if (before && !upTo) {
    const p = POLARITY.get(stem(before[1]));
    if (p) {
      const start = figure.start - reach;
      // "fell to 3.4%" gives the level reached, "rose by 3.4%" the size of a change: other quantities; "down from
      // 3.6%" the level left.
      const frame = /\bto\b/i.test(before[2]) ? ('to' as const) : /\bby\b/i.test(before[2]) ? ('by' as const) : /\bfrom\b/i.test(before[2]) ? ('from' as const) : undefined;
      return { polarity: p, word: { stem: stem(before[1]), text: before[1], span: { start, end: start + before[1].length } }, ...(frame ? { frame } : {}) };
    }
  }
  // The level reached after the level left: "fell from 2.2% to 1.7%", "rose from £2m to £3.1m"; or a verb of change
  // with its object before the level it set: "raised its guidance for full-year profit to between £410m and £430m",
  // "cut the forecast to 1.2%".
  const window = text.slice(Math.max(0, figure.start - 100), figure.start);
  for (const re of [FROM_TO, VERB_OBJECT_TO]) {
    const m = re.exec(window);
    const p = m ? POLARITY.get(stem(m[1])) : undefined;
    if (m && p) {
      const start = figure.start - m[0].length;
      return { polarity: p, word: { stem: stem(m[1]), text: m[1], span: { start, end: start + m[1].length } }, frame: 'to' };
    }
  }
  const after = AFTER_FIGURE.exec(text.slice(figure.end, figure.end + 40));
  // (Not the bound of the next figure, after a word between: "1,146 patients waited more than 12 hours"; but "85
  // fewer than a year earlier" compares the 85.)
  const boundAfter = after && after[0].trim() !== after[1] && BOUND_WORDS.has(stem(after[1])) && /^\s+than\s+(?:about\s+|around\s+|some\s+)?(?:US)?[$€£¥]?\d/i.test(text.slice(figure.end + after[0].length, figure.end + after[0].length + 32));
  if (after && !boundAfter) {
    const p = POLARITY.get(stem(after[1]));
    const start = figure.end + after[0].length - after[1].length;
    if (p) return { polarity: p, word: { stem: stem(after[1]), text: after[1], span: { start, end: start + after[1].length } } };
  }
  // A change in apposition to the level reached: "on 17 per cent, down one", "17 per cent, a point up on February".
  const apposed = APPOSED_MOVE.exec(text.slice(figure.end, figure.end + 40));
  if (apposed) {
    const start = figure.end + apposed[0].length - apposed[1].length;
    return { polarity: POLARITY.get(stem(apposed[1]))!, word: { stem: stem(apposed[1]), text: apposed[1], span: { start, end: start + apposed[1].length } }, frame: 'to' };
  }
  return undefined;
}
// (Not "down from 64.8%", the comparison's own: `comparedFigures` shows the figure.)
const APPOSED_MOVE = /^,\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+(?:percentage\s+)?points?\s+)?(up|down)\b(?!\s+from\b)/i;

/** What a figure after a direction word is: the level reached ("to"), the size of the change ("by"), the level left ("from"). */
type Frame = 'to' | 'by' | 'from';

/** Whether two frames are about other quantities: a level against the size of a change ("fell to 3.4%" / "rose by 3.4%"). */
function otherQuantities(a: Frame | undefined, b: Frame | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b && (a === 'by' || b === 'by');
}

/** A figure a level is held at: "was unchanged at 4.9%", "held steady at 5.25%", "remained at 3%". */
const STEADY_BEFORE = /\b(unchanged|steady|stable|flat|level|remained|remain|remains|held|holds|hold|stayed|stays|stay)\s+(?:(?:steady|unchanged|stable|flat)\s+)?(?:at|on)\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?$/iu;

/**
 * A figure said after it to be where it was: "a dividend of 3.2p a share, unchanged from last year", "was 128 UCAS
 * points, unchanged from the previous year" (up to two words of its unit before the comma).
 */
const STEADY_AFTER = /^(?:\s+(?:a|per)\s+(?:share|year|month|week|day|head|person|household)|(?:\s+\p{L}+){1,2}(?=,))?,?\s+(unchanged|flat|level|steady|stable|the\s+same\s+as)(?:\s+(?:from|on|with|compared\s+with))?\s+(?:last|the\s+previous|a\s+year|the\s+year|the\s+same)\b/iu;

function steadyAt(text: string, figure: Span): DirectionWord | undefined {
  const m = STEADY_BEFORE.exec(text.slice(Math.max(0, figure.start - 40), figure.start));
  if (m) {
    const start = figure.start - m[0].length;
    return { stem: 'steady', text: m[1], span: { start, end: start + m[1].length } };
  }
  const after = STEADY_AFTER.exec(text.slice(figure.end, figure.end + 60));
  if (!after) return undefined;
  // The word of the steady level lies after the optional "a share" and comma, which cannot hold it.
  const start = figure.end + after[0].indexOf(after[1]);
  return { stem: 'steady', text: after[1], span: { start, end: start + after[1].length } };
}

/**
 * A figure moved on one side and held on the other ("Services inflation rose to 4.9%" / "the services rate was
 * unchanged at 4.9%"), or the level reached on one side and the level left on the other ("Core inflation fell to
 * 3.6%" / "rose by 3.3% …, down from 3.6%"): the two words, claim's first. `same(i, j)`: whether the claim's figure
 * `i` is the sentence's figure `j`.
 */
export function figureMoveConflict(
  claimText: string,
  claimFigures: readonly Span[],
  sentenceText: string,
  sentenceFigures: readonly Span[],
  same: (i: number, j: number) => boolean,
): [DirectionWord, DirectionWord] | undefined {
  for (let i = 0; i < claimFigures.length; i++) {
    const mine = polarityOf(claimText, claimFigures[i]);
    const mineSteady = mine ? undefined : steadyAt(claimText, claimFigures[i]);
    if (!mine && !mineSteady) continue;
    const matching = sentenceFigures.flatMap((_, j) => (same(i, j) ? [{ j, theirs: polarityOf(sentenceText, sentenceFigures[j]) }] : []));
    // The sentence says it the claim's way somewhere ("will rise from £12,570 to £13,000" for "rise to £13,000",
    // though £12,570 rounds to it): no conflict for this figure.
    if (mine && matching.some(({ theirs }) => theirs?.polarity === mine.polarity && theirs.frame === mine.frame)) continue;
    for (const { j, theirs } of matching) {
      if (mine && theirs) {
        // One way, the figure reached on one side and left on the other; shown with their figures: "down from
        // 3.6%, not fell to 3.6%" (the words alone agree). Two ways, the words differ already ("rose, not fell").
        // (Not two moves one after the other, each with both its ends: "risen from £12 to £20" / "will rise from £20
        // to £26", another group's charge.)
        const chained = (mine.frame === 'to' && FROM_BEFORE.test(claimText.slice(Math.max(0, claimFigures[i].start - 40), claimFigures[i].start)) && TO_AFTER.test(sentenceText.slice(sentenceFigures[j].end, sentenceFigures[j].end + 40))) || (mine.frame === 'from' && TO_AFTER.test(claimText.slice(claimFigures[i].end, claimFigures[i].end + 40)) && FROM_BEFORE.test(sentenceText.slice(Math.max(0, sentenceFigures[j].start - 40), sentenceFigures[j].start)));
        if (chained && mine.polarity === theirs.polarity) continue;
        if (mine.polarity === theirs.polarity && ((mine.frame === 'to' && theirs.frame === 'from') || (mine.frame === 'from' && theirs.frame === 'to'))) {
          return [withFigure(claimText, mine.word, claimFigures[i]), withFigure(sentenceText, theirs.word, sentenceFigures[j])];
        }
        continue;
      }
      if (mine && !theirs) {
        const held = steadyAt(sentenceText, sentenceFigures[j]);
        if (held && mine.frame !== 'by') return [mine.word, held];
      }
      if (mineSteady && theirs && theirs.frame !== 'by') return [mineSteady, theirs.word];
    }
  }
  return undefined;
}

/** A move's start before its end's "to": "from £12 to " before "£20". */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?\d[\d,.]*\S*(?:\s+(?:per\s+cent|percent|million|billion|[\p{L}]+))?\s+to\s+$/iu;
/** A move's end after its start: " to £26" after "from £20". */
const TO_AFTER = /^\S*(?:\s+(?:per\s+cent|percent|million|billion))?\s+to\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?\d/iu;

/** A direction word and the figure it governs, as one: "fell to 3.6%". */
function withFigure(text: string, word: DirectionWord, figure: Span): DirectionWord {
  return { stem: word.stem, text: text.slice(word.span.start, figure.end), span: { start: word.span.start, end: figure.end } };
}

/**
 * Whether two words of opposite direction in the same place of a claim and a sentence govern other quantities: a
 * level and the size of a change ("Core inflation fell to 3.3%" / "Core CPI rose by 3.3% …, down from 3.6%": the
 * prices rose, their rate fell). Each word's figure is the one right after it.
 */
export function wordsOfOtherQuantities(claimText: string, claimWord: Span, sentenceText: string, sentenceWord: Span): boolean {
  const frameAfter = (text: string, word: Span): Frame | undefined => {
    const m = /^\s+(to|by|from)\s+(?:(?:some|about|around|nearly|almost|another|a\s+further|more\s+than|over|just)\s+){0,2}(?:US)?[$€£¥]?\d/i.exec(text.slice(word.end, word.end + 40));
    return m ? (m[1].toLowerCase() as Frame) : undefined;
  };
  return otherQuantities(frameAfter(claimText, claimWord), frameAfter(sentenceText, sentenceWord));
}

/** The direction word that governs a figure: the last one right before it, or a sign on the figure itself. */
function directionOf(text: string, words: readonly DirectionWord[], figure: Span): DirectionWord | undefined {
  let found: DirectionWord | undefined;
  for (const w of words) {
    if (w.span.start <= figure.start && w.span.end >= figure.end) return w;
    if (w.span.end <= figure.start && TO_FIGURE.test(text.slice(w.span.end, figure.start))) found = w;
  }
  return found;
}

/** Whether a word of direction governs the figure ("fell to 3.4%", "+8.8%", "85 fewer"). */
export function directedFigure(text: string, figure: Span): boolean {
  return polarityOf(text, figure) !== undefined;
}

/**
 * Whether a figure the claim and the sentence share is a level on one side and the size of a change on the other
 * ("inflation fell to 3.4%" / "prices rose by 3.4% in the 12 months"): their direction words are about other
 * quantities, and oppose nothing.
 */
export function levelAgainstChange(
  claimText: string,
  claimFigures: readonly Span[],
  sentenceText: string,
  sentenceFigures: readonly Span[],
  same: (i: number, j: number) => boolean,
): boolean {
  for (let i = 0; i < claimFigures.length; i++) {
    const mine = polarityOf(claimText, claimFigures[i])?.frame;
    if (!mine) continue;
    for (let j = 0; j < sentenceFigures.length; j++) {
      if (!same(i, j)) continue;
      const theirs = polarityOf(sentenceText, sentenceFigures[j])?.frame;
      if (otherQuantities(mine, theirs)) return true;
    }
  }
  return false;
}

/**
 * Opposite directions of one figure, when a sentence has words of both directions and the sentence-wide rule cannot
 * tell which goes with what: "fell by 4.1 points" against "The Conservatives' share of the vote rose by 4.1
 * percentage points, while Labour's fell by 6.8 points". `same(i, j)`: whether the claim's figure `i` is the
 * sentence's figure `j`.
 */
export function oppositeOfFigure(
  claimText: string,
  claim: readonly DirectionWord[],
  claimFigures: readonly Span[],
  sentenceText: string,
  sentence: readonly DirectionWord[],
  sentenceFigures: readonly Span[],
  same: (i: number, j: number) => boolean,
): [DirectionWord, DirectionWord] | undefined {
  for (let i = 0; i < claimFigures.length; i++) {
    const mine = polarityOf(claimText, claimFigures[i]);
    const mineWord = claim.length ? directionOf(claimText, claim, claimFigures[i]) : undefined;
    if (!mine && !mineWord) continue;
    for (let j = 0; j < sentenceFigures.length; j++) {
      if (!same(i, j)) continue;
      // A change up against a change down ("rose by 85" / "85 fewer than a year earlier"), else opposite words of
      // one pair ("before" / "after").
      const theirs = polarityOf(sentenceText, sentenceFigures[j]);
      // A level against the size of a change ("inflation fell to 3.4%" / "prices rose by 3.4% in the 12 months"): the
      // two words are about other quantities.
      if (otherQuantities(mine?.frame, theirs?.frame)) continue;
      if (mine && theirs && mine.polarity !== theirs.polarity) return [mine.word, theirs.word];
      const theirWord = sentence.length ? directionOf(sentenceText, sentence, sentenceFigures[j]) : undefined;
      if (mineWord && theirWord && opposites(mineWord, theirWord)) return [mineWord, theirWord];
    }
  }
  return undefined;
}

/**
 * Words that are opposites only in the same place of a sentence ("Marsh's former chief executive" / "Marsh's new
 * chief executive", "the first time" / "the last time"): the sentence-wide rule above would read "a new plan" in a
 * sentence about a former minister. Used for a word the claim has where a sentence has another between the same
 * neighbours.
 */
const OPPOSITES_IN_PLACE: [string[], string[]][] = [
  [['former', 'old', 'previous', 'outgoing', 'ex'], ['new', 'current', 'incoming', 'present']],
  [['first', 'earliest'], ['last', 'final', 'latest']],
  [['oldest'], ['newest', 'youngest']],
  // Birth order: "the eldest of four children" / "the second of four children".
  [['eldest', 'oldest', 'firstborn'], ['second', 'middle', 'youngest']],
  [['primary'], ['secondary']],
  // "has reopened" / "will remain closed"; "the whole roof" / "half of the roof".
  [['open', 'opened', 'reopen', 'reopened', 'reopens', 'reopening'], ['close', 'closed', 'closes', 'shut', 'shuts']],
  [['whole', 'entire', 'entirely', 'completely'], ['half', 'part', 'partly', 'partially']],
  // Pay: "accepted a pay freeze" is not "a pay cut" nor "a pay rise".
  [['freeze', 'frozen'], ['cut', 'cuts', 'rise', 'rises', 'increase', 'raise']],
  [['agreed', 'accepted', 'approved', 'confirmed', 'backed', 'supported', 'endorsed', 'granted', 'allowed'], ['declined', 'refused', 'rejected', 'denied', 'opposed', 'dismissed']],
  // A regulator's decision: "clearing the merger" / "blocking the merger".
  [['clear', 'clears', 'cleared', 'clearing'], ['block', 'blocks', 'blocked', 'blocking']],
  [['biggest', 'largest', 'highest', 'most', 'maximum', 'majority'], ['smallest', 'lowest', 'least', 'minimum', 'minority']],
  // (The best and the worst are opposites of each other only: the worst reading of a count of bacteria is its
  // highest.)
  [['best'], ['worst']],
  [['bought', 'buy', 'buys', 'buying', 'purchased'], ['sold', 'sell', 'sells', 'selling']],
  [['widen', 'widened', 'widening', 'wider'], ['narrow', 'narrowed', 'narrowing', 'narrower']],
  [['true'], ['untrue', 'false']],
  [['early', 'earlier'], ['late', 'later']],
  [['import', 'imports', 'imported'], ['export', 'exports', 'exported']],
  [['men', 'male', 'boys', 'man', 'boy'], ['women', 'female', 'girls', 'woman', 'girl']],
  // Relatives: "a 29-year-old woman", "his daughter" where the source says "man", "son".
  [['son', 'sons'], ['daughter', 'daughters']],
  [['father', 'dad'], ['mother', 'mum', 'mom']],
  [['brother', 'brothers'], ['sister', 'sisters']],
  [['husband'], ['wife']],
  [['boyfriend'], ['girlfriend']],
  [['grandfather', 'grandson'], ['grandmother', 'granddaughter']],
  [['guilty'], ['innocent']],
  [['profit', 'profits'], ['loss', 'losses']],
  [['success', 'successful', 'succeeded'], ['failure', 'unsuccessful', 'failed']],
  [['public'], ['private']],
  [['morning'], ['afternoon', 'evening', 'night']],
  [['north', 'northern'], ['south', 'southern']],
  [['east', 'eastern'], ['west', 'western']],
  [['mild', 'minor', 'slight', 'light'], ['severe', 'serious', 'major', 'heavy']],
  [['last', 'previous'], ['next', 'coming']],
  [['convicted'], ['cleared', 'acquitted']],
  // Offences a jury tells apart: "guilty of murder" / "guilty of manslaughter".
  [['murder'], ['manslaughter']],
  // Where someone died: "died at the scene" / "died in hospital".
  [['scene'], ['hospital']],
  // Statistics: "the figures were final" / "the figures were provisional".
  [['final', 'definitive'], ['provisional', 'preliminary']],
  [['common', 'commonplace', 'frequent', 'widespread'], ['rare', 'uncommon', 'infrequent', 'unusual']],
  // Sentences: "to run concurrently" / "to run consecutively"; a patient's condition: "critical" / "stable".
  [['concurrently', 'concurrent'], ['consecutively', 'consecutive']],
  // A revised figure: "revised upward to 9" / "revised downward to nine".
  [['upward', 'upwards'], ['downward', 'downwards']],
  [['critical', 'serious'], ['stable', 'comfortable']],
  // A judgement: "the right decision" / "the wrong decision".
  [['right', 'correct'], ['wrong', 'incorrect']],
  // A vote or a panel's decision: "the decision was unanimous" / "the decision was split".
  [['unanimous', 'unanimously'], ['split', 'divided', 'majority']],
  // Comparatives before the same word ("higher wholesale gas prices" / "lower wholesale gas prices, partly offset by
  // higher network costs"; "fewer than 4,000" / "more than 4,000"): the direction rules compare them with figures.
  [['higher', 'greater', 'bigger', 'larger'], ['lower', 'smaller']],
  [['more'], ['fewer', 'less']],
  [['keep', 'keeps', 'kept', 'keeping', 'retain', 'retains', 'retained'], ['move', 'moves', 'moved', 'moving', 'relocate', 'relocates', 'relocated', 'relocating']],
  // "would keep using the supplier" / "had stopped using the supplier".
  [['keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'continuing'], ['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'ceasing']],
  // Weather and pressure: "The wind strengthened through the early afternoon" / "The wind eased …".
  [['strengthen', 'strengthens', 'strengthened', 'strengthening', 'intensify', 'intensifies', 'intensified', 'intensifying'], ['ease', 'eases', 'eased', 'easing', 'weaken', 'weakens', 'weakened', 'weakening', 'abate', 'abated', 'subside', 'subsided']],
  // Closed sets: one member in the place of another ("100m bronze medallist" / "100m silver medallist").
  [['gold'], ['silver', 'bronze']],
  [['silver'], ['bronze']],
  [['yellow'], ['red']],
  [['indoor'], ['outdoor']],
  // A manner: "applied more thinly than specified" / "more thickly".
  [['thin', 'thinly', 'thinner'], ['thick', 'thickly', 'thicker']],
  [['slowly', 'slower'], ['quickly', 'faster']],
  [['singles'], ['doubles']],
  [['spring', 'summer'], ['autumn', 'winter']],
  [['spring'], ['summer']],
  [['autumn'], ['winter']],
];
/**
 * Police ranks ("Sergeant Helen Price" is not "Inspector Helen Price"); "Chief Inspector" for "Inspector" adds a
 * word, replaces none.
 */
const RANKS = [['constable', 'pc'], ['sergeant', 'sgt'], ['inspector', 'insp'], ['superintendent', 'supt'], ['commander'], ['commissioner']];
const RANK_OF = new Map(RANKS.flatMap((spellings, i) => spellings.map((w): [string, number] => [w, i])));

/** Whether two words are two different ranks ("inspector" / "sergeant"); lower-case. */
export function otherRank(a: string, b: string): boolean {
  const [x, y] = [RANK_OF.get(a), RANK_OF.get(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Closed sets whose members exclude each other in one place: a witness appeal's "blue Ford Focus" is not a "red
 * Ford Focus". Each member lists its spellings.
 */
const CLOSED_SETS: string[][][] = [
  RANKS,
  // Honours: "appointed OBE" is not "appointed CBE".
  [['mbe'], ['obe'], ['cbe'], ['kbe'], ['dbe']],
  // The chiefs of a company's board: "chief operating officer" is not "Chief Financial Officer".
  [['executive'], ['financial', 'finance'], ['operating', 'operations'], ['technology'], ['marketing'], ['commercial']],
  [['red'], ['blue'], ['green'], ['white'], ['black'], ['grey', 'gray'], ['yellow'], ['amber'], ['orange'], ['purple'], ['brown'], ['pink'], ['silver'], ['gold', 'golden'], ['maroon'], ['navy'], ['beige'], ['turquoise']],
  // Materials (and medals): "an iron cauldron" is not "a bronze cauldron", "won silver" not "won bronze".
  [['bronze'], ['iron'], ['copper'], ['steel'], ['brass'], ['silver'], ['gold', 'golden'], ['wood', 'wooden', 'timber'], ['stone'], ['glass'], ['plastic'], ['concrete'], ['brick'], ['marble'], ['clay'], ['leather'], ['aluminium', 'aluminum']],
];
const IN_PLACE: [Set<string>, Set<string>][] = [
  ...OPPOSITES_IN_PLACE.map(([a, b]): [Set<string>, Set<string>] => [new Set(a.map(stem)), new Set(b.map(stem))]),
  ...PAIRS,
  ...CLOSED_SETS.flatMap((set) => set.map((member): [Set<string>, Set<string>] => [new Set(member.map(stem)), new Set(set.filter((m) => m !== member).flat().map(stem))])),
];

/** Each stem's opposites in place (`IN_PLACE`), and the other words of its side, as stems: index terms. */
const OPPOSITE_STEMS = new Map<string, Set<string>>();
const SIDE_STEMS = new Map<string, Set<string>>();
for (const [p, q] of IN_PLACE) {
  for (const [from, to] of [[p, q], [q, p]] as const) {
    for (const x of from) {
      let set = OPPOSITE_STEMS.get(x);
      if (!set) OPPOSITE_STEMS.set(x, (set = new Set()));
      for (const y of to) set.add(y);
      let side = SIDE_STEMS.get(x);
      if (!side) SIDE_STEMS.set(x, (side = new Set()));
      for (const y of from) side.add(y);
    }
  }
}
const NO_STEMS: ReadonlySet<string> = new Set();

/**
 * Each stem's opposites for `oppositeInPhrase`: those in place and of closed sets, not the words of direction
 * (`PAIRS`), whose figures the direction rules compare ("fell to 3.3%" / "rose by 3.3%, down from 3.6%").
 */
const PHRASE_OPPOSITES = new Map<string, Set<string>>();
/** The stems of the order words among them ("first", "last", "final"), which go before a noun. */
const ORDER_WORDS: ReadonlySet<string> = new Set(['first', 'earliest', 'last', 'final', 'latest'].map(stem));
for (const [p, q] of IN_PLACE) {
  if (PAIRS.some(([x, y]) => x === p && y === q)) continue;
  for (const [from, to] of [[p, q], [q, p]] as const) {
    for (const x of from) {
      let set = PHRASE_OPPOSITES.get(x);
      if (!set) PHRASE_OPPOSITES.set(x, (set = new Set()));
      for (const y of to) set.add(y);
    }
  }
}

/** The stems of a word's opposites in place ("reopened": "close", "shut", …), to look up among a text's terms. */
export function oppositeStems(word: string): ReadonlySet<string> {
  return OPPOSITE_STEMS.get(stem(word)) ?? NO_STEMS;
}

/** The stems of the words on a word's side of its pairs ("risen": "rise", "rose", …), itself included. */
export function sideStems(word: string): ReadonlySet<string> {
  return SIDE_STEMS.get(stem(word)) ?? NO_STEMS;
}

/**
 * Outcomes whose words exclude each other wherever they stand in a sentence: a film "won an Oscar" is not the
 * "Oscar-nominated drama"; a defendant "convicted" is not one "cleared"; a claim "upheld" is not one "dismissed". As
 * written, not stems: "dismissed her claim" is an outcome, "unfair dismissal" a kind of claim.
 */
const OUTCOMES: [Set<string>, Set<string>][] = [
  [['won', 'win', 'wins', 'winner', 'winners', 'winning'], ['nominated', 'nominee', 'nominees', 'nomination', 'nominations', 'shortlisted']],
  [['convicted', 'conviction'], ['cleared', 'acquitted', 'acquittal']],
  // A tribunal's or court's finding on a claim or an appeal: "upheld her claim" / "dismissed her claim".
  [['upheld', 'uphold', 'upholds', 'upholding'], ['dismissed', 'dismiss', 'dismisses', 'rejected', 'reject', 'rejects', 'overturned', 'overturn']],
  // A vote's outcome: "the amendment was passed" / "was defeated by 12 votes".
  [['passed', 'carried', 'approved', 'adopted'], ['defeated']],
  // An application's: "granted bail applications made by …" / "Bail applications by … were refused"; "the appeal
  // was allowed" / "dismissed".
  [['granted', 'grant', 'grants', 'allowed'], ['refused', 'refuse', 'refuses', 'rejected', 'dismissed']],
  // An offer's or a proposal's: "the committee accepted the 4.2 per cent offer" / "the offer was rejected".
  [['accepted', 'accept', 'accepts'], ['rejected', 'reject', 'rejects', 'refused', 'declined', 'turned down']],
  // A bid's or an application's: "the bid was approved" / "the bid was turned down".
  [['approved', 'approve', 'approves'], ['rejected', 'reject', 'rejects', 'refused', 'turned down']],
  // A contest's or a case's: "the council lost 71 per cent of those claims" / "successfully defended 71 per cent".
  [['won', 'win', 'wins', 'defended'], ['lost', 'lose', 'loses']],
  // A statement's: "the minister confirmed that the strategy would include …" / "declined to say whether it would".
  [['confirmed', 'confirms'], ['declined', 'refused', 'denied', 'denies']],
  // A figure's or a finding's: "The union accepted the trust's figure" / "The union disputes the trust's figure".
  [['accepted', 'accept', 'accepts', 'accepting'], ['disputed', 'disputes', 'disputing', 'contested', 'contests', 'contesting']],
  // An appeal's or a bid's: "had ruled out an appeal" / "are actively considering an appeal".
  [['ruled out', 'rule out', 'rules out', 'ruling out'], ['considering', 'considered', 'consider', 'considers', 'weighing', 'exploring']],
  // A cause's: "being treated as deliberate" / "being treated as accidental".
  [['deliberate', 'deliberately', 'intentional', 'intentionally'], ['accidental', 'accidentally', 'unintentional', 'unintentionally']],
  // An event's: "37 planned operations went ahead" / "were postponed".
  [['went ahead', 'go ahead', 'goes ahead', 'gone ahead', 'going ahead'], ['postponed', 'cancelled', 'canceled', 'called off', 'abandoned', 'scrapped']],
  // A scheme's: "the "Free After 3" scheme … will be scrapped" / "will be retained".
  [['retained', 'retain', 'retains', 'retaining'], ['scrapped', 'scrap', 'scraps', 'scrapping', 'abolished', 'abolish', 'abolishes', 'axed', 'discontinued', 'withdrawn']],
].map(([a, b]) => [new Set(a), new Set(b)]);

/** The outcome words (`OUTCOMES`), and the last words of its phrases ("ahead" of "went ahead"), by which a text is looked up. */
const OUTCOME_WORDS: ReadonlySet<string> = new Set(OUTCOMES.flatMap(([a, b]) => [...a, ...b].map((w) => w.split(' ').at(-1)!)));

/** The last words of the outcome phrases that are no index terms ("out" of "ruled out"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(OUTCOMES.flatMap(([a, b]) => [...a, ...b].filter((w) => w.includes(' ')).map((w) => w.split(' ').at(-1)!)).filter((w) => !processTerm(w)));

interface Worded {
  text: string;
  tokens: readonly { start: number; end: number; term: string | null }[];
}

/**
 * An outcome word of the claim (`OUTCOMES`) that the sentence has not, where the sentence has its opposite and the
 * claim has not: the claim's token and the sentence's. `deniedInClause`: whether the clause of a word, up to it,
 * denies it (the caller's reading of negation).
 */
export function outcomeOpposite(claim: Worded, sentence: Worded, deniedInClause: (text: string, word: Span) => boolean): [Span, Span] | undefined {
  // Most claims have no outcome word.
  // (A phrase's last word may be no term: "out" of "ruled out".)
  if (!claim.tokens.some((t) => OUTCOME_WORDS.has(claim.text.slice(t.start, t.end).toLowerCase()))) return undefined;
  for (const [p, q] of OUTCOMES) {
    for (const [mine, theirs] of [[p, q], [q, p]] as const) {
      const word = outcomeIn(claim, mine);
      if (!word || outcomeIn(claim, theirs)) continue;
      const other = outcomeIn(sentence, theirs);
      // (The sentence's own word counts unless its clause denies it and the other word stands undenied: "found no
      // evidence that the fire was started deliberately, and it is … being treated as accidental".)
      const own = outcomeIn(sentence, mine);
      if (own && !(other && deniedInClause(sentence.text, own) && !deniedInClause(sentence.text, other))) continue;
      // (Not a contest's other side: "Labour won the seat" / "the Conservatives lost the seat to Labour".)
      if (other && !contestSaid(sentence.text, other) && !contestSaid(claim.text, word)) return [word, other];
    }
  }
  return undefined;
}

/** Where a text has one of the outcome words or phrases ("went ahead": "ahead" right after "went"), as written. */
function outcomeIn(x: Worded, words: ReadonlySet<string>): Span | undefined {
  for (const t of x.tokens) {
    const word = x.text.slice(t.start, t.end).toLowerCase();
    if (!t.term && !PHRASE_ENDS.has(word)) continue;
    if (t.term && words.has(word)) return { start: t.start, end: t.end };
    for (const w of words) {
      const space = w.lastIndexOf(' ');
      if (space < 0 || w.slice(space + 1) !== word) continue;
      const before = new RegExp(`\\b${w.slice(0, space)}\\s+$`, 'i').exec(x.text.slice(Math.max(0, t.start - 24), t.start));
      if (before) return { start: t.start - before[0].length, end: t.end };
    }
  }
  return undefined;
}

/**
 * A word of the claim whose opposite in place (`IN_PLACE`) the sentence has right next to the same word, where the
 * sentence has not the claim's pair itself ("had recommended approval" / "who had recommended refusal", though
 * the sentence says "to approve" elsewhere): the two tokens, claim's first. Pairs of consecutive content terms.
 */
export function oppositeInPhrase(
  claim: { tokens: readonly { start: number; end: number; term: string | null }[]; bigrams: ReadonlySet<string>; terms: ReadonlySet<string> },
  sentence: { tokens: readonly { start: number; end: number; term: string | null }[]; bigrams: ReadonlySet<string> },
): [Span, Span] | undefined {
  // Not an opposite the claim has too: "the public and private sectors" / "the private and public sectors".
  // Most claims have no word with an opposite: nothing to pair.
  let any = false;
  for (const t of claim.terms) if (PHRASE_OPPOSITES.has(t)) any = true;
  if (!any) return undefined;
  const mine = claim.tokens.filter((t) => t.term);
  let theirs: { start: number; end: number; term: string | null }[] | undefined;
  const find = (a: string, b: string, second: boolean): Span | undefined => {
    theirs ??= sentence.tokens.filter((t) => t.term);
    for (let j = 1; j < theirs.length; j++) if (theirs[j - 1].term === a && theirs[j].term === b) return second ? theirs[j] : theirs[j - 1];
    return undefined;
  };
  // An order word of a noun the claim does not have is no opposite of the claim's noun: "won the final" / "won his
  // first Grand Slam title" ("the final round" / "the first round" are).
  const ofAnotherNoun = (at: { end: number }, x: string): boolean => {
    if (!ORDER_WORDS.has(x)) return false;
    theirs ??= sentence.tokens.filter((t) => t.term);
    const next = theirs.find((t) => t.start >= at.end);
    return !!next && !claim.terms.has(next.term!);
  };
  for (let i = 1; i < mine.length; i++) {
    const a = mine[i - 1].term!;
    const b = mine[i].term!;
    if (a === b || (!PHRASE_OPPOSITES.has(a) && !PHRASE_OPPOSITES.has(b)) || sentence.bigrams.has(`${a} ${b}`)) continue;
    for (const x of PHRASE_OPPOSITES.get(b) ?? []) {
      if (claim.terms.has(x) || !sentence.bigrams.has(`${a} ${x}`)) continue;
      const at = find(a, x, true);
      if (at && !ofAnotherNoun(at, x)) return [mine[i], at];
    }
    for (const y of PHRASE_OPPOSITES.get(a) ?? []) {
      if (claim.terms.has(y) || !sentence.bigrams.has(`${y} ${b}`)) continue;
      const at = find(y, b, false);
      if (at) return [mine[i - 1], at];
    }
  }
  return undefined;
}

/**
 * A compass direction and the word after it ("a north-easterly wind", "north-west of Bordeaux", "the south-facing
 * slope"): the direction's letters (n, ne, e, …) and the word.
 */
const COMPASS = /\b(?:(north|south)(?:[- ]?(east|west))?|(east|west))(?:erly|ern|wards?|-facing)?(?:\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)|(?=[,.;:]))/giu;
const COMPASS_TEST = /\b(?:north|south|east|west)/i;
/** Words a compass point describes after or before them alike: "a westerly wind", "Wind westerly". */
const WIND_WORDS = new Set(['wind', 'winds', 'breeze', 'gale', 'gales']);

function compassPoints(text: string): { dir: string; next: string; prev?: string; span: Span }[] {
  const out: { dir: string; next: string; prev?: string; span: Span }[] = [];
  if (!COMPASS_TEST.test(text)) return out;
  for (const m of text.matchAll(COMPASS)) {
    // (A place's name is no direction: "North Carolina", "South Africa", "West Bank".)
    const after = m[4] ?? '';
    if (/^\p{Lu}/u.test(m[0]) && /^\p{Lu}/u.test(after) && !/\sof\s/i.test(m[0])) continue;
    const dir = `${m[1]?.[0] ?? ''}${(m[2] ?? m[3])?.[0] ?? ''}`.toLowerCase();
    const word = m[0].slice(0, m[0].length - after.length).replace(/\s+(?:of\s+)?$/i, '');
    // (And the word before it, which a log or a table puts first: "Wind south-westerly, 12 mph".)
    const prev = /([\p{L}][\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!))?.[1].toLowerCase();
    out.push({ dir, next: after.toLowerCase(), ...(prev ? { prev } : {}), span: { start: m.index!, end: m.index! + word.length } });
  }
  return out;
}

/**
 * A compass direction the sentence gives otherwise before the same word ("driven by a north-easterly wind" /
 * "driven by a south-westerly wind", "85 nm north-west of Bordeaux" / "south-east of Bordeaux").
 */
export function otherCompassPoint(claim: string, source: string, others: readonly string[] = []): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  const theirs = compassPoints(source);
  if (!theirs.length) return undefined;
  for (const mine of compassPoints(claim)) {
    // The source's point at the claim's distance, where both give one, whatever words follow: "lies 650 metres west of
    // the site" / "… Church of St Oswin stands 1.2 km north-west of the site and … Kedlow Manor lies 650 metres to the
    // west" (the church's point is no rival).
    const distance = /(\d[\d,.]*)\s*(?:[\p{L}]+\s+){0,2}$/u.exec(claim.slice(Math.max(0, mine.span.start - 24), mine.span.start))?.[1];
    const atDistance = distance ? theirs.find((t) => new RegExp(`(?<![\\d.,])${escapeRegExp(distance)}(?![\\d])[^\\d]*$`).test(source.slice(Math.max(0, t.span.start - 30), t.span.start))) : undefined;
    if (atDistance) {
      if (atDistance.dir === mine.dir) continue;
      return { claim: { text: claim.slice(mine.span.start, mine.span.end), span: mine.span }, source: { text: source.slice(atDistance.span.start, atDistance.span.end), span: atDistance.span } };
    }
    // Before the same word, or the claim's word before the source's point ("a north-easterly wind" / "Wind
    // south-westerly, 12 mph").
    const other = theirs.filter((t) => t.next === mine.next || (t.prev === mine.next && WIND_WORDS.has(mine.next)));
    if (!other.length || other.some((t) => t.dir === mine.dir)) continue;
    // (Not when another text of the evidence has the claim's: "in east China" beside "in north west China".)
    if (others.some((o) => compassPoints(o).some((t) => t.next === mine.next && t.dir === mine.dir))) continue;
    const t = other[0];
    return { claim: { text: claim.slice(mine.span.start, mine.span.end), span: mine.span }, source: { text: source.slice(t.span.start, t.span.end), span: t.span } };
  }
  return undefined;
}

/** Whether two words in the same place are opposites (`OPPOSITES_IN_PLACE`, or `OPPOSITES` above). */
export function oppositeInPlace(a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)];
  return IN_PLACE.some(([p, q]) => (p.has(x) && q.has(y)) || (q.has(x) && p.has(y)));
}

/** Comparatives of amount and their opposites, before "than". */
const COMPARATIVE_OPPOSITES: Record<string, string[]> = {
  more: ['less', 'fewer', 'lower', 'smaller'],
  greater: ['less', 'fewer', 'lower', 'smaller'],
  higher: ['lower', 'less', 'fewer', 'smaller'],
  bigger: ['smaller', 'less', 'fewer'],
  larger: ['smaller', 'less', 'fewer'],
  less: ['more', 'greater', 'higher', 'bigger', 'larger'],
  fewer: ['more', 'greater', 'higher', 'bigger', 'larger'],
  lower: ['higher', 'more', 'greater', 'bigger', 'larger'],
  smaller: ['bigger', 'larger', 'more', 'greater', 'higher'],
  // Of time: "the last departures … will be much earlier than usual" / "much later than usual".
  earlier: ['later'],
  sooner: ['later'],
  later: ['earlier', 'sooner'],
};
// Adjectives of two sides ("fared better than woodland birds" / "fared worse than woodland birds", "busier in December
// than it was the year before" / "quieter"), each the other's opposite.
for (const [a, b] of [
  ['better', 'worse'], ['busier', 'quieter'], ['faster', 'slower'], ['stronger', 'weaker'], ['older', 'younger'], ['cheaper', 'dearer'],
  ['longer', 'shorter'], ['warmer', 'colder'], ['warmer', 'cooler'], ['wetter', 'drier'], ['wetter', 'dryer'], ['richer', 'poorer'],
  ['heavier', 'lighter'], ['easier', 'harder'], ['safer', 'riskier'],
]) {
  (COMPARATIVE_OPPOSITES[a] ??= []).push(b);
  (COMPARATIVE_OPPOSITES[b] ??= []).push(a);
}
/**
 * A comparative, up to four words (not a clause) before "than", and what it compares with: "more than the November
 * average", "busier in December than it was the year before" (what, a pronoun and its verb left out: "grew more on
 * Thursday than it had on Wednesday" compares with "on Wednesday").
 */
const COMPARISON = new RegExp(
  String.raw`\b(${Object.keys(COMPARATIVE_OPPOSITES).join('|')})\s+(?:[\p{L}\d]+\s+){0,4}?than\s+(?:(?:it|they|there|he|she|we)\s+(?:was|were|had|did|is|are|has|have)\s+)?((?:the|a|an|its|their|his|her|last)\s+)?([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})`,
  'giu',
);

/** Verbs of a relation one side has over the other: "girls outperformed boys" is not "boys outperformed girls". */
const RELATION = /\b([\p{L}][\p{L}'’-]*)\s+(outperform(?:s|ed)?|outnumber(?:s|ed)?|outs(?:old|ell|ells)|outscored|overt(?:ook|aken|akes)|beat|beats|defeated|defeats|exceed(?:s|ed)|surpass(?:es|ed))\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/giu;
const RELATION_TEST = new RegExp(RELATION.source, 'iu');

export function hasRelation(text: string): boolean {
  return RELATION_TEST.test(text) || CONVERSE_TEST.test(text);
}

/** A win said from the loser's side: "Gloucester lost to Bath", "Bath were beaten by Gloucester". */
const CONVERSE = /\b([\p{L}][\p{L}'’-]*)\s+((?:lost|los(?:e|es|ing))\s+(?:\d+\s?[-–]\s?\d+\s+)?to|(?:was|were|been|is|are)\s+(?:beaten|defeated|outscored|outplayed)\s+(?:\d+\s?[-–]\s?\d+\s+)?by)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/giu;
const CONVERSE_TEST = new RegExp(CONVERSE.source, 'iu');
/** Verbs of winning, one relation whatever the form. */
const WINNING = new Set(['beat', 'defeat'].map((w) => stem(w)));

interface Relation {
  /** The side that has the relation over the other (the winner), the other, lower-case. */
  a: string;
  b: string;
  /** The relation: a verb's stem, or "beat" for every verb of winning. */
  verb: string;
  text: string;
  span: Span;
}

/** A name of the text, for the sides of a relation. */
export interface SideName {
  text: string;
  span: Span;
}

/**
 * The relations a text states, either way round ("Bath beat Gloucester", "Gloucester lost to Bath"). A side is the
 * name of `names` it is part of, or the name before the verb in the same clause ("Ashford Rovers came from behind to
 * beat Kingsmere Town"); else the word itself.
 */
function relationsOf(text: string, names: readonly SideName[] = []): Relation[] {
  const out: Relation[] = [];
  const subject = (word: Span, verbStart: number) =>
    names.find((n) => n.span.start <= word.start && n.span.end >= word.end) ??
    names.filter((n) => n.span.end <= verbStart && !/[,;:.!?]/.test(text.slice(n.span.end, verbStart))).pop();
  const object = (word: Span) => names.find((n) => n.span.start <= word.start && n.span.end >= word.end);
  const add = (m: RegExpMatchArray, verb: string, subjectWord: string, objectWord: string, converse: boolean) => {
    const start = m.index!;
    const end = start + m[0].length;
    const verbStart = start + m[0].indexOf(m[2], m[1].length);
    const a = subject({ start, end: start + m[1].length }, verbStart);
    const b = object({ start: end - m[3].length, end });
    const [first, second] = [(a?.text ?? subjectWord).toLowerCase(), (b?.text ?? objectWord).toLowerCase()];
    const from = a && a.span.start < start ? a.span.start : start;
    const to = b && b.span.end > end ? b.span.end : end;
    out.push({ a: converse ? second : first, b: converse ? first : second, verb, text: text.slice(from, to), span: { start: from, end: to } });
  };
  for (const m of text.matchAll(RELATION)) {
    const verb = stem(m[2]);
    add(m, WINNING.has(verb) ? 'beat' : verb, m[1], m[3], false);
  }
  for (const m of text.matchAll(CONVERSE)) add(m, 'beat', m[1], m[3], true);
  return out;
}

/**
 * The two sides of a relation swapped: "Boys outperformed girls at the top grades" / "Girls outperformed boys at the
 * top grades"; "Gloucester lost to Bath" / "Gloucester beat Bath". The two relations, as written. `same`: the
 * relation the same way round instead.
 */
export function swappedRelation(
  claim: string,
  source: string,
  same = false,
  claimNames: readonly SideName[] = [],
  sourceNames: readonly SideName[] = [],
): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  const theirs = relationsOf(source, sourceNames);
  if (!theirs.length) return undefined;
  for (const m of relationsOf(claim, claimNames)) {
    if (m.a === m.b) continue;
    const [x, y] = same ? [m.a, m.b] : [m.b, m.a];
    const n = theirs.find((r) => r.verb === m.verb && r.a === x && r.b === y);
    if (n) return { claim: { text: m.text, span: m.span }, source: { text: n.text, span: n.span } };
  }
  return undefined;
}

/** A comparison between two groups: "greater in women (41% lower risk) than in men". */
const BETWEEN = /\b(more|greater|higher|bigger|larger|stronger|better|worse|less|fewer|lower|smaller|weaker)\s+(?:(\p{Ll}+)\s+)??(?:in|for|among|at|on)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)(?:\s*\([^)]{0,60}\))?\s+than\s+(?:in|for|among|at|on)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/giu;
const MORE_SIDE = new Set(['more', 'greater', 'higher', 'bigger', 'larger', 'stronger', 'better']);
/** Comparatives of quality, not amount: "worse in men" says nothing against "more in men" (of another thing). */
const QUALITY = new Set(['better', 'worse', 'stronger', 'weaker']);

/**
 * The same two groups compared the other way round: "greater in men than in women" / "greater in women … than in
 * men" (or "lower in women than in men" / "greater in women than in men"). The two comparisons, as written.
 */
function swappedComparison(claim: string, source: string): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  for (const m of claim.matchAll(BETWEEN)) {
    const [a, b] = [m[3].toLowerCase(), m[4].toLowerCase()];
    if (a === b) continue;
    for (const n of source.matchAll(BETWEEN)) {
      const [x, y] = [n[3].toLowerCase(), n[4].toLowerCase()];
      if (!((a === x && b === y) || (a === y && b === x))) continue;
      // The same comparison: of amount or of quality on both sides, and of the same thing ("more common").
      if (QUALITY.has(m[1].toLowerCase()) !== QUALITY.has(n[1].toLowerCase()) || (m[2] ?? '') !== (n[2] ?? '')) continue;
      const sameWay = MORE_SIDE.has(m[1].toLowerCase()) === MORE_SIDE.has(n[1].toLowerCase());
      if (sameWay === (a === x)) continue;
      return { claim: { text: m[0], span: { start: m.index!, end: m.index! + m[0].length } }, source: { text: n[0], span: { start: n.index!, end: n.index! + n[0].length } } };
    }
  }
  return undefined;
}

/**
 * A comparison of amounts the other way against the very same thing: "less than the November average" / "more than
 * the November average of 98mm" (the words after "than" the same, up to three; a figure after "than" is a value's
 * bound, which the value rules compare); or two groups compared the other way round (`swappedComparison`). The two
 * comparisons with their spans.
 */
/** What a comparison's "than" sets a thing against when it is a plan or an expectation ("agency had planned", "expected"). */
const EXPECTATION = /^(?:(?:\p{L}+\s+){0,2}(?:had|has|have|was|were|is|are|would\s+have)\s+)?(planned|expected|scheduled|forecast|anticipated|predicted|intended|usual)$/u;

/** A multiple in one spelling: "less than double her birth weight" / "more than doubled her birth weight". */
function multiples(words: string): string {
  return words.replace(/\b(?:doubled|doubling|twice)\b/g, 'double').replace(/\b(?:trebled|tripled|triple|thrice)\b/g, 'treble').replace(/\b(?:halved|halving)\b/g, 'half');
}

export function oppositeComparison(claim: string, source: string): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  if (!/\bthan\b/i.test(source)) return undefined;
  const swapped = swappedComparison(claim, source);
  if (swapped) return swapped;
  for (const m of claim.matchAll(COMPARISON)) {
    const word = m[1].toLowerCase();
    const object = multiples(m[3].toLowerCase());
    for (const n of source.matchAll(COMPARISON)) {
      const theirs = n[1].toLowerCase();
      if (!COMPARATIVE_OPPOSITES[word].includes(theirs)) continue;
      const other = multiples(n[3].toLowerCase());
      // The same thing compared with: one's words begin the other's ("the November average" / "the November average of"),
      // or both are a plan or an expectation, whoever's ("than the agency had planned" / "than we had planned").
      const expected = (x: string) => EXPECTATION.exec(x)?.[1];
      const plan = expected(object);
      if (plan && plan === expected(other)) return { claim: { text: m[1], span: { start: m.index!, end: m.index! + m[1].length } }, source: { text: n[1], span: { start: n.index!, end: n.index! + n[1].length } } };
      if (!(other.startsWith(object) || object.startsWith(other)) || Math.min(other.length, object.length) < 4) continue;
      return {
        claim: { text: m[1], span: { start: m.index!, end: m.index! + m[1].length } },
        source: { text: n[1], span: { start: n.index!, end: n.index! + n[1].length } },
      };
    }
  }
  return undefined;
}

/** A preference: "at Millgate Lane rather than at Ridley Moor", "by bus instead of by train". */
export const PREFERENCE_CUE = /\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\b/i;
const PREFERENCE = new RegExp(PREFERENCE_CUE.source, 'gi');

/**
 * A preference the other way round: the claim's "at Ridley Moor rather than at Millgate Lane" against the sentence's
 * "at Millgate Lane rather than at Ridley Moor". Each side is the content terms of up to four words before the cue
 * and after it, within the clause: some of the claim's preferred words are the sentence's rejected ones, some of its
 * rejected words the sentence's preferred ones, and none of its rejected words is rejected by the sentence too (words
 * on both of a side's sides count for neither; a word before the cue in both, "season", for nothing). The two phrases,
 * as written.
 */
export function swappedPreference(claim: Worded, sentence: Worded): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  const sides = (x: Worded) => {
    const out: { before: Set<string>; after: Set<string>; span: Span }[] = [];
    const mark = (from: number, to: number) => /[,;:.!?()]/.test(x.text.slice(from, to));
    for (const m of x.text.matchAll(PREFERENCE)) {
      const cueStart = m.index!;
      const cueEnd = cueStart + m[0].length;
      // Up to four tokens each side, within the clause: read outwards from the cue.
      const first = x.tokens.findIndex((t) => t.start >= cueEnd);
      const at = first < 0 ? x.tokens.length : first;
      const before: (typeof x.tokens)[number][] = [];
      for (let i = at - 1; i >= 0 && before.length < 4; i--) {
        const t = x.tokens[i];
        if (t.end > cueStart) continue;
        if (mark(t.end, before.length ? before[0].start : cueStart)) break;
        before.unshift(t);
      }
      const after: (typeof x.tokens)[number][] = [];
      for (let i = at; i < x.tokens.length && after.length < 4; i++) {
        const t = x.tokens[i];
        if (mark(after.length ? after[after.length - 1].end : cueEnd, t.start)) break;
        after.push(t);
      }
      if (!before.length || !after.length) continue;
      const terms = (ts: typeof before) => new Set(ts.flatMap((t) => (t.term ? [t.term] : [])));
      out.push({ before: terms(before), after: terms(after), span: { start: before[0].start, end: after.at(-1)!.end } });
    }
    return out;
  };
  const mine = sides(claim);
  if (!mine.length) return undefined;
  const theirs = sides(sentence);
  for (const a of mine) {
    for (const b of theirs) {
      // The words of the claim's two sides that are on one side only.
      const preferred = [...a.before].filter((t) => !a.after.has(t));
      const rejected = [...a.after].filter((t) => !a.before.has(t));
      const movedBack = preferred.filter((t) => b.after.has(t) && !b.before.has(t));
      const movedFront = rejected.filter((t) => b.before.has(t) && !b.after.has(t));
      if (!movedBack.length || !movedFront.length || rejected.some((t) => b.after.has(t))) continue;
      return {
        claim: { text: claim.text.slice(a.span.start, a.span.end), span: a.span },
        source: { text: sentence.text.slice(b.span.start, b.span.end), span: b.span },
      };
    }
  }
  return undefined;
}

/** A change of level in words: "from "high" to "medium"", "from amber to red". */
const FROM_TO_WORDS = /\bfrom\s+["“‘']?(\p{Ll}[\p{Ll}-]*)["”’']?\s+to\s+["“‘']?(\p{Ll}[\p{Ll}-]*)["”’']?/gu;

/**
 * A change between levels named in words that the sentence gives between other levels, one level shared: "moving
 * it from "medium" to "low" value for money" / "moving the scheme from "high" to "medium" value for money" (not a
 * figure's change, which the values compare; not names). The two phrases, as written.
 */
export function otherLevels(claim: string, sentence: string): { claim: { text: string; span: Span }; source: { text: string; span: Span } } | undefined {
  if (!/\bfrom\b/i.test(claim) || !/\bfrom\b/i.test(sentence)) return undefined;
  const theirs = [...sentence.matchAll(FROM_TO_WORDS)].filter((n) => processTerm(n[1]) && processTerm(n[2]));
  if (!theirs.length) return undefined;
  for (const m of claim.matchAll(FROM_TO_WORDS)) {
    const [a, b] = [m[1], m[2]];
    if (!processTerm(a) || !processTerm(b) || a === b) continue;
    for (const n of theirs) {
      const [c, d] = [n[1], n[2]];
      if ((a === c && b === d) || c === d) continue;
      // One level in common, the other not the sentence's at all: the same change, moved a step.
      const shared = [a, b].filter((w) => w === c || w === d);
      if (shared.length !== 1) continue;
      return { claim: { text: m[0], span: { start: m.index!, end: m.index! + m[0].length } }, source: { text: n[0], span: { start: n.index!, end: n.index! + n[0].length } } };
    }
  }
  return undefined;
}
