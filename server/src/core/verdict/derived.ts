/**
 * Figures a claim works out from the sentence before it: "The council now puts the bill at £1.98 million, up from the
 * £1.35 million approved in March. That is an increase of almost 47 per cent." No source states the second sentence
 * (the sources give the two budgets, not their change), and alone it names nothing a passage could be about; read
 * with the sentence it points back to, it is the writer's own arithmetic, which holds or does not.
 *
 * A draft-level pass over judged claims (`derivedFromPrevious`): it never reads a source, only the claims' text and the
 * evidence their verdicts already found.
 */
import { passageText, type Claim, type ClaimResult, type Evidence } from '../types';
import { extractValues, hedgeWords, isNumeric, type TypedValue } from './values';

/**
 * A sentence that opens by pointing back: "That is", "This was", "It represents", "That rise is", "That's". What
 * follows is said of the sentence before.
 */
const POINTS_BACK =
  /^(?:That|This|It)(?:\s+(?:figure|total|rise|increase|fall|drop|decrease|reduction|cut|overspend|underspend|shortfall|gap|difference|change|growth|decline|jump|number|sum|saving))?(?:['’]s\s|\s+(?:is|was|would\s+be|will\s+be|represents|represented|amounts\s+to|amounted\s+to|means|meant|equates\s+to|equated\s+to|works\s+out\s+(?:at|as))\s)/i;

/** Words of a rise and of a fall in the claim: the way the change it works out must go. */
const RISE = /\b(?:rise|rises|rising|rose|increase|increased|up|more|higher|growth|grew|jump|jumped|overspend|overrun|ahead)\b/i;
const FALL = /\b(?:fall|falls|falling|fell|drop|dropped|decrease|decreased|reduction|cut|down|fewer|less|lower|decline|declined|saving|underspend|shortfall|short)\b/i;

/**
 * Words a claim of worked-out figures may use beyond its figures and the sentence before (the change, its hedge, its
 * period): nothing a source must state.
 */
const CONNECTIVES = new Set(
  (
    'a an the of or and is was be would will that this it its on in than more less fewer rise rose rises increase increased fall fell ' +
    'drop dropped decrease decreased reduction cut up down per cent percent compared with from to by year years before previous ' +
    'last earlier same period almost nearly about around roughly some just over under only still well represents represented ' +
    'amounts amounted means meant equates equated works out at as figure total change difference growth decline jump number sum ' +
    'higher lower overspend underspend shortfall saving rising falling jumped grew s'
  ).split(' '),
);

/** A pair of figures of the sentence before, as the old and the new. */
interface Change {
  old: number;
  new: number;
}

/** Two figures alike enough to be one thing before and after: one kind and unit, neither a year, date, share or label. */
function comparable(a: TypedValue, b: TypedValue): boolean {
  return a.kind === b.kind && (a.unit ?? '') === (b.unit ?? '');
}

/** The figures of a text a change may be worked out from: exact, positive, of a count, amount or measure. */
function poolOf(values: readonly TypedValue[]): TypedValue[] {
  return values.filter(
    (v) => isNumeric(v) && v.kind !== 'year' && v.kind !== 'date' && v.kind !== 'percent' && v.kind !== 'ordinal' && v.unit !== 'times' && v.unit !== 'fraction' && !v.label && !v.bound && !v.inRange && v.value !== undefined && v.value > 0,
  );
}

/**
 * The changes the figures give, old first: any two alike ("£1.98 million, up from the £1.35 million"), and a change
 * and its end ("rose by £43,900 to £142,600": from £98,700, or from £186,500 for a fall).
 */
function changesOf(text: string, figures: readonly TypedValue[]): Change[] {
  const out: Change[] = [];
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || !comparable(a, b)) continue;
      out.push({ old: a.value!, new: b.value! });
      // "by A to B": A is the change, B where it ended.
      if (a.span.end <= b.span.start && /\bby\s+$/i.test(text.slice(Math.max(0, a.span.start - 4), a.span.start)) && /^\s+to\s+$/i.test(text.slice(a.span.end, b.span.start))) {
        out.push({ old: b.value! - a.value!, new: b.value! });
        out.push({ old: b.value! + a.value!, new: b.value! });
      }
    }
  }
  return out.filter((c) => c.old > 0 && c.new !== c.old);
}

/** The rounding a figure as written allows: half the unit of its last digit. */
function roundingOf(v: TypedValue, scale = 1): number {
  return v.precision !== undefined ? v.precision * scale : 0.5 * scale;
}

/**
 * Whether a written figure `v` (in the claim's terms: per cent for a share, its own unit else) holds of the worked-out
 * `q`: to its rounding when bare; within a twentieth for "about"; a little below for "almost" and "nearly"; up to a
 * fifth above for "more than" and "over"; below, but not far below, for "less than".
 */
function holds(v: TypedValue, written: number, q: number, rounding: number): boolean {
  const slack = Math.max(rounding, written * 0.002);
  if (v.bound === 'about') return Math.abs(q - written) <= Math.max(written * 0.05, rounding * 2) + slack;
  if (v.bound === 'atMost') return q <= written + slack && q >= written - (v.near ? Math.max(written * 0.06, rounding * 3) : written * 0.25);
  if (v.bound === 'atLeast') return q >= written - slack && q <= written + Math.max(written * 0.2, rounding * 5);
  return Math.abs(q - written) <= slack;
}

/** What a claim's figure is to the sentence before: worked out from it, given by it (or the evidence), or neither. */
type Reading = 'derived' | 'given' | 'unread';

/**
 * The claims (by position) that work out their figures from the sentence right before them, which is supported: each
 * with the verdict that sentence's evidence gives it. A claim counts when it opens by pointing back (`POINTS_BACK`),
 * every figure it gives is a change or share of the sentence before's figures that holds (to the figure's rounding and
 * hedge, the change going the way the claim says), or a figure the sentence before or the claim's own evidence states,
 * and every other word it has is the sentence before's, a passage's of either, or a word of the change itself.
 */
export function derivedFromPrevious(text: string, claims: readonly Claim[], results: readonly ClaimResult[]): Map<number, ClaimResult> {
  const out = new Map<number, ClaimResult>();
  for (let i = 1; i < claims.length; i++) {
    const claim = claims[i];
    const before = claims[i - 1];
    const result = results[i];
    const previous = results[i - 1];
    if (result.verdict === 'supported' || previous.verdict !== 'supported' || !previous.evidence.length) continue;
    // Right after it: nothing but space between (a sentence between that is no claim is what "that" may mean).
    if (before.span.end > claim.span.start || /\S/.test(text.slice(before.span.end, claim.span.start))) continue;
    const opener = POINTS_BACK.exec(claim.text);
    if (!opener) continue;
    const reading = readFigures(claim.text, before.text, [...result.evidence, ...previous.evidence]);
    if (!reading) continue;
    if (!wordsAccounted(claim.text, opener[0].length, reading.spans, before.text, [...result.evidence, ...previous.evidence])) continue;
    out.set(i, { claim, verdict: 'supported', score: previous.score, evidence: previous.evidence, conflicts: [] });
  }
  return out;
}

/**
 * How the claim's figures read against the sentence before: undefined unless at least one is worked out from it and
 * every other is given by it or the evidence; else the spans the figures (with their hedges) take.
 */
function readFigures(claimText: string, beforeText: string, evidence: readonly Evidence[]): { spans: { start: number; end: number }[] } | undefined {
  const values = extractValues(claimText);
  const figures = values.filter((v) => isNumeric(v) || v.kind === 'date' || v.kind === 'year');
  if (!figures.length) return undefined;
  const beforeValues = extractValues(beforeText);
  const evidenceValues = evidence.map((e) => extractValues(passageText(e.document, e.passage))).flat();
  // (A date by its day, month, year and weekday, as far as the claim gives them.)
  const sameDate = (a: TypedValue, b: TypedValue) => a.kind !== 'date' || (!!a.date && !!b.date && (['day', 'month', 'year', 'weekday'] as const).every((k) => b.date![k] === undefined || a.date![k] === b.date![k]));
  const givenBy = (v: TypedValue, pool: readonly TypedValue[]) => pool.some((s) => s.kind === v.kind && (s.unit ?? '') === (v.unit ?? '') && s.value === v.value && sameDate(s, v) && !s.bound);
  const given = figures.filter((v) => !v.bound && (givenBy(v, beforeValues) || givenBy(v, evidenceValues)));
  // The figures a change may be worked out from: the sentence before's, and those the claim gives of its own that
  // the sentence before or the evidence states ("That was up from 11,930 the previous year, a rise of more than 24 per cent").
  const pool = [...poolOf(beforeValues), ...poolOf(given)];
  const changes = changesOf(beforeText, poolOf(beforeValues));
  // (Between a figure of the claim and one of the sentence before, either may be the old.)
  for (const a of poolOf(given)) for (const b of poolOf(beforeValues)) if (comparable(a, b)) changes.push({ old: a.value!, new: b.value! }, { old: b.value!, new: a.value! });
  const rise = RISE.test(claimText);
  const fall = FALL.test(claimText);
  let derived = 0;
  const spans: { start: number; end: number }[] = [];
  for (const v of figures) {
    const hedged = hedgeStart(claimText, v);
    const reading = readingOf(v, claimText, given, pool, changes, rise, fall);
    if (reading === 'unread') return undefined;
    if (reading === 'derived') derived++;
    spans.push({ start: hedged, end: v.span.end });
  }
  return derived ? { spans } : undefined;
}

function readingOf(v: TypedValue, claimText: string, given: readonly TypedValue[], pool: readonly TypedValue[], changes: readonly Change[], rise: boolean, fall: boolean): Reading {
  if (v.value === undefined) return given.includes(v) ? 'given' : 'unread';
  const share = v.kind === 'percent' && v.unit === '%' ? v.value : v.unit === 'fraction' ? v.value * 100 : undefined;
  if (share !== undefined) {
    const rounding = v.unit === 'fraction' ? 1.5 : roundingOf(v);
    // A share of a whole: "about 42 per cent of the 54,300 homes".
    if (/^\s+of\b/i.test(claimText.slice(v.span.end))) {
      for (const a of pool) for (const b of pool) if (a !== b && comparable(a, b) && a.value! < b.value! && holds(v, share, (a.value! / b.value!) * 100, rounding)) return 'derived';
      return 'unread';
    }
    // A change in per cent, going the way the claim says.
    if (rise === fall) return 'unread';
    for (const c of changes) {
      if (rise !== c.new > c.old) continue;
      if (holds(v, share, (Math.abs(c.new - c.old) / c.old) * 100, rounding)) return 'derived';
    }
    return 'unread';
  }
  if (given.includes(v)) return 'given';
  // A difference of two figures of one kind and unit: "a rise of 707 hours", "105 fewer", "nearly 2,500 appointments".
  if (!isNumeric(v) || v.kind === 'year' || v.kind === 'date') return 'unread';
  for (const c of changes) {
    const a = pool.find((p) => p.value === c.old) ?? pool.find((p) => p.value === c.new);
    if (a && a.kind !== v.kind && !(v.kind === 'number' && a.kind === 'quantity')) continue;
    if (a && v.unit !== undefined && (a.unit ?? '') !== v.unit) continue;
    if (rise !== fall && rise !== c.new > c.old) continue;
    if (holds(v, v.value, Math.abs(c.new - c.old), roundingOf(v))) return 'derived';
  }
  return 'unread';
}

/** Where a figure's hedge starts ("almost 47 per cent"), by `hedgeWords`, or the figure. */
function hedgeStart(text: string, v: TypedValue): number {
  const hedge = hedgeWords(text, v.span.start);
  return hedge ? text.lastIndexOf(hedge, v.span.start) : v.span.start;
}

/**
 * Whether every word of the claim outside its opener and figures is the sentence before's, a word of the change
 * (`CONNECTIVES`), or a passage's of the evidence: a claim that adds "the biggest in the county" adds what no
 * arithmetic gives.
 */
function wordsAccounted(claimText: string, from: number, spans: readonly { start: number; end: number }[], beforeText: string, evidence: readonly Evidence[]): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
  const known = new Set([...words(beforeText), ...evidence.flatMap((e) => [...words(passageText(e.document, e.passage))])]);
  let rest = '';
  let at = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start > at) rest += ` ${claimText.slice(at, s.start)}`;
    at = Math.max(at, s.end);
  }
  rest += ` ${claimText.slice(at)}`;
  for (const w of words(rest)) if (!CONNECTIVES.has(w) && !known.has(w)) return false;
  return true;
}
