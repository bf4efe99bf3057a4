/**
 * Quote verdicts: are the quoted words in a source, word for word?
 *
 * Words are compared through the shared tokenizer, lower-cased, with typographic apostrophes straightened and
 * accents folded, so case, whitespace, punctuation and typographic quotes never matter. In the quote, an
 * ellipsis (`...`, `…`, `. . .`) stands for omitted source words (any number) and a `[bracketed]` insertion for
 * up to `BRACKET_MAX_WORDS` source words it replaces.
 *
 * The index finds candidate passages; around each, a window of the document text (the passage plus the quote's
 * length and `WINDOW_MARGIN` characters on each side, so a quote may run across sentences) is aligned with the
 * quote word by word: a semi-global alignment (every quote word is matched, substituted or inserted; source
 * words may be skipped for free only where the quote has an ellipsis or a bracket). The alignment score is
 * `2 × matched words / (quote words + aligned source words)`: 1 means verbatim, at least
 * `thresholds.quoteSimilarity` means altered, less means not found.
 */
import { diffArrays } from 'diff';
import { tokenizeWithOffsets } from '../index/tokenize';
import type { PassageIndex, SearchHit } from '../index/passageIndex';
import type { Evidence, Passage, Quote, QuoteResult, SourceDocument, Span } from '../types';
import { citedHits, type JudgeOptions } from './claims';
import { extractValues, isNumeric, valueAgrees, type TypedValue } from './values';

/** Candidate passages searched per quote (per search: cited documents, then all). */
export const QUOTE_CANDIDATES = 10;
/** Characters of document text added on each side of a candidate passage, beyond the quote's own length. */
export const WINDOW_MARGIN = 200;
/** Source words a `[bracketed]` insertion may stand for. */
export const BRACKET_MAX_WORDS = 6;
/** Longest quote aligned, in words (longer quotes are cut, which only lowers their score). */
export const MAX_QUOTE_WORDS = 400;

interface Word {
  norm: string;
  start: number;
  end: number;
  /** A possessive ending split from the word before it ("moment's": "moment", "'s"). */
  tail?: boolean;
}

type Gap = 'none' | 'ellipsis' | 'bracket';

export interface QuotePattern {
  words: Word[];
  /** For each word, what may follow it in the source before the next quote word. */
  gapAfter: Gap[];
  /** Index of the segment (run of words between gaps) of each word. */
  segment: number[];
}

function normalizeWord(text: string): string {
  let w = text.toLowerCase().replace(/[’‘`´]/g, "'");
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return w;
}

/** A possessive ending, compared as a word of its own: "a moment's stupidity" / "a moment of stupidity". */
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}]*)'s$/u;

function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const t of tokenizeWithOffsets(text)) {
    const norm = normalizeWord(t.text);
    const start = base + t.start;
    const end = base + t.end;
    const possessive = POSSESSIVE.exec(norm);
    if (possessive && end - start === norm.length) {
      out.push({ norm: possessive[1], start, end: end - 2 }, { norm: "'s", start: end - 2, end, tail: true });
    } else out.push({ norm, start, end });
  }
  return out;
}

const MARKERS = /\[[^\]]*\]|\.\s?\.\s?\.|…/g;

/** Splits a quote into words, noting where an ellipsis or a bracket allows a gap. */
export function parseQuote(text: string): QuotePattern {
  const pattern: QuotePattern = { words: [], gapAfter: [], segment: [] };
  let segment = 0;
  let last = 0;
  const push = (until: number) => {
    for (const w of words(text.slice(last, until), last)) {
      if (pattern.words.length >= MAX_QUOTE_WORDS) return;
      pattern.words.push(w);
      pattern.gapAfter.push('none');
      pattern.segment.push(segment);
    }
  };
  for (const m of text.matchAll(MARKERS)) {
    push(m.index!);
    last = m.index! + m[0].length;
    const n = pattern.words.length;
    if (n > 0) {
      const gap: Gap = m[0].startsWith('[') ? 'bracket' : 'ellipsis';
      if (pattern.gapAfter[n - 1] !== 'ellipsis') pattern.gapAfter[n - 1] = gap;
      segment++;
    }
  }
  push(text.length);
  if (pattern.gapAfter.length) pattern.gapAfter[pattern.gapAfter.length - 1] = 'none';
  return pattern;
}

export interface Alignment {
  /** Alignment score in [0, 1]. */
  score: number;
  /** Source word index of each quote word, or -1 when the quote word has no counterpart. */
  pairs: number[];
  /** Whether each quote word equals its source word. */
  matched: boolean[];
  /** First and one-past-last aligned source word. */
  from: number;
  to: number;
}

const MATCH = 2;
const MISMATCH = -0.5;
const GAP = -1;

/**
 * Aligns every quote word with a stretch of source words (semi-global, word level). Skipping source words is
 * free after a quote word followed by an ellipsis, and after a bracket for up to `BRACKET_MAX_WORDS` words.
 */
export function alignQuote(pattern: QuotePattern, source: readonly Word[]): Alignment | undefined {
  const q = pattern.words;
  const n = q.length;
  const m = source.length;
  if (!n || !m) return undefined;
  const W = m + 1;
  const H = new Float64Array((n + 1) * W);
  // 1 diagonal, 2 up (quote word inserted), 3 left (source word skipped), 4 left for free.
  const T = new Uint8Array((n + 1) * W);
  // Source words skipped for free in a row (to bound bracket gaps).
  const run = new Uint16Array((n + 1) * W);
  for (let i = 1; i <= n; i++) {
    H[i * W] = H[(i - 1) * W] + GAP;
    T[i * W] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const qi = q[i - 1].norm;
    const gap = i < n ? pattern.gapAfter[i - 1] : 'none';
    for (let j = 1; j <= m; j++) {
      const k = i * W + j;
      let best = H[k - W - 1] + (qi === source[j - 1].norm ? MATCH : MISMATCH);
      let dir = 1;
      const up = H[k - W] + GAP;
      if (up > best) {
        best = up;
        dir = 2;
      }
      let left = H[k - 1] + GAP;
      let leftDir = 3;
      if (gap === 'ellipsis' || (gap === 'bracket' && (T[k - 1] !== 4 || run[k - 1] < BRACKET_MAX_WORDS))) {
        left = H[k - 1];
        leftDir = 4;
      }
      if (left > best) {
        best = left;
        dir = leftDir;
        if (dir === 4) run[k] = T[k - 1] === 4 ? run[k - 1] + 1 : 1;
      }
      H[k] = best;
      T[k] = dir;
    }
  }
  let end = 1;
  for (let j = 2; j <= m; j++) if (H[n * W + j] > H[n * W + end]) end = j;
  const pairs = new Array<number>(n).fill(-1);
  const matched = new Array<boolean>(n).fill(false);
  for (let i = n, j = end; i > 0; ) {
    const dir = T[i * W + j];
    if (dir === 1) {
      pairs[i - 1] = j - 1;
      matched[i - 1] = q[i - 1].norm === source[j - 1].norm;
      i--;
      j--;
    } else if (dir === 2 || j === 0) i--;
    else j--;
  }
  const from = pairs.find((p) => p >= 0);
  if (from === undefined) return undefined;
  let last = -1;
  for (const p of pairs) if (p > last) last = p;
  // Source words skipped where the quote has an ellipsis or a bracket are not part of the comparison.
  let skippedFree = 0;
  for (let w = 0; w + 1 < n; w++) {
    if (pattern.gapAfter[w] === 'none' || pairs[w] < 0) continue;
    let next = -1;
    for (let v = w + 1; v < n; v++) if (pairs[v] >= 0) {
      next = pairs[v];
      break;
    }
    if (next > pairs[w] + 1) skippedFree += next - pairs[w] - 1;
  }
  const regionWords = last - from + 1 - skippedFree;
  const matches = matched.filter(Boolean).length;
  return { score: (2 * matches) / (n + regionWords), pairs, matched, from, to: last + 1 };
}

interface Window {
  document: SourceDocument;
  start: number;
  end: number;
  hits: SearchHit[];
}

function windowsFor(hits: SearchHit[], margin: number): Window[] {
  const byDoc = new Map<string, Window[]>();
  for (const hit of hits) {
    const doc = hit.document;
    const start = Math.max(0, hit.passage.span.start - margin);
    const end = Math.min(doc.text.length, hit.passage.span.end + margin);
    let list = byDoc.get(doc.id);
    if (!list) byDoc.set(doc.id, (list = []));
    const overlapping = list.find((w) => start <= w.end && end >= w.start);
    if (overlapping) {
      overlapping.start = Math.min(overlapping.start, start);
      overlapping.end = Math.max(overlapping.end, end);
      overlapping.hits.push(hit);
    } else list.push({ document: doc, start, end, hits: [hit] });
  }
  return [...byDoc.values()].flat();
}

function passagesOverlapping(index: PassageIndex, window: Window, span: Span): Passage[] {
  const all = index.passagesOf(window.document.id);
  return all.filter((p) => p.span.start < span.end && p.span.end > span.start).sort((a, b) => a.span.start - b.span.start);
}

export function judgeQuote(quote: Quote, index: PassageIndex, options: JudgeOptions): QuoteResult {
  const pattern = parseQuote(quote.text);
  const notFound: QuoteResult = { quote, verdict: 'not-found', score: 0, evidence: [] };
  if (!pattern.words.length) return notFound;

  const query = quote.text.replace(MARKERS, ' ');
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (list: SearchHit[]) => {
    for (const h of list) if (!seen.has(h.passage.id)) (seen.add(h.passage.id), hits.push(h));
  };
  const cited = options.preferDocuments ?? [];
  // One search when its wider list holds the cited documents' best passages (see `citedHits`).
  const wide = 3 * QUOTE_CANDIDATES;
  const all = index.search(query, { limit: cited.length ? wide : QUOTE_CANDIDATES });
  if (cited.length) add(citedHits(index, query, all, new Set(cited), QUOTE_CANDIDATES, wide));
  add(all.length > QUOTE_CANDIDATES ? all.slice(0, QUOTE_CANDIDATES) : all);
  if (!hits.length) return notFound;

  const citedSet = new Set(cited);
  let best: { window: Window; source: Word[]; alignment: Alignment } | undefined;
  for (const window of windowsFor(hits, quote.text.length + WINDOW_MARGIN)) {
    const source = words(window.document.text.slice(window.start, window.end), window.start);
    const alignment = alignQuote(pattern, source);
    if (!alignment) continue;
    const better =
      !best ||
      alignment.score > best.alignment.score + 1e-9 ||
      (Math.abs(alignment.score - best.alignment.score) <= 1e-9 && citedSet.has(window.document.id) && !citedSet.has(best.window.document.id));
    if (better) best = { window, source, alignment };
    if (best!.alignment.score === 1 && citedSet.has(best!.window.document.id)) break;
  }
  if (!best) return notFound;

  const { window, source } = best;
  const document = window.document;
  const alignment = withinSentence(best.alignment, source, document.text, quote.text);
  const span: Span = { start: source[alignment.from].start, end: source[alignment.to - 1].end };
  const verdict = alignment.score >= 1 ? 'verbatim' : alignment.score >= options.thresholds.quoteSimilarity ? 'altered' : 'not-found';

  const matchedSource = alignment.pairs.filter((p, i) => p >= 0 && alignment.matched[i]).map((p) => source[p]);
  const evidence: Evidence[] = passagesOverlapping(index, window, span)
    .slice(0, Math.max(1, options.maxEvidence))
    .map((passage) => ({
      passage,
      document,
      score: alignment.score,
      matches: matchedSource
        .filter((w) => w.start >= passage.span.start && w.end <= passage.span.end)
        .map((w) => ({ start: w.start - passage.span.start, end: w.end - passage.span.start })),
    }));

  const result: QuoteResult = { quote, verdict, score: alignment.score, evidence };
  if (verdict === 'not-found') return result;
  const fileStart = document.toFileOffset(span.start);
  const fileEnd = document.toFileOffset(span.end);
  result.sourceWording = {
    text: document.text.slice(span.start, span.end),
    document,
    span,
    range: { start: document.filePosition(fileStart), end: document.filePosition(fileEnd) },
  };
  if (verdict === 'altered') {
    result.differences = differences(quote.text, pattern, source, alignment, document.text);
    // A figure written in digits for the words a transcript gives it in is the same words, as house style writes them:
    // "£41,000" for "forty-one thousand pounds", "7.50" for "seven pounds fifty".
    if (result.differences.length && result.differences.every((d) => sameFigureWritten(d.quote, d.source))) {
      result.verdict = 'verbatim';
      delete result.differences;
    }
  }
  return result;
}

/** Whether two wordings give the same figures and nothing else: "£41,000" / "forty-one thousand pounds". */
function sameFigureWritten(a: string, b: string): boolean {
  if (!/\d/.test(a) === !/\d/.test(b)) return false;
  const x = extractValues(a).filter(isNumeric);
  const y = extractValues(b).filter(isNumeric);
  if (!x.length || x.length !== y.length) return false;
  const bare = (t: string, vs: readonly TypedValue[]) => vs.reduceRight((rest, v) => rest.slice(0, v.span.start) + rest.slice(v.span.end), t).replace(/[^\p{L}]+/gu, '');
  return x.every((v, i) => valueAgrees(v, y[i]) && valueAgrees(y[i], v) && v.value === y[i].value) && bare(a, x) === '' && bare(b, y) === '';
}

/**
 * The alignment without source words it ends on that no quote word equals, after the end of a sentence the quote does
 * not run past ("in the last five years" aligned with "in the last decade. It": the source's words end at "decade").
 */
function withinSentence(alignment: Alignment, source: Word[], text: string, quoteText: string): Alignment {
  if (/[.!?]["”’']?\s+\S/.test(quoteText)) return alignment;
  const matched = new Set(alignment.pairs.filter((p, i) => p >= 0 && alignment.matched[i]));
  let to = alignment.to;
  while (to - 1 > alignment.from && !matched.has(to - 1) && /[.!?]/.test(text.slice(source[to - 2].end, source[to - 1].start))) to--;
  if (to === alignment.to) return alignment;
  return { ...alignment, to, pairs: alignment.pairs.map((p) => (p >= to ? -1 : p)) };
}

/** Word-level differences between each quote segment and the source words aligned with it. */
function differences(quoteText: string, pattern: QuotePattern, source: Word[], alignment: Alignment, sourceText: string): { quote: string; source: string }[] {
  const out: { quote: string; source: string }[] = [];
  const segments = new Map<number, number[]>();
  pattern.segment.forEach((s, i) => {
    let list = segments.get(s);
    if (!list) segments.set(s, (list = []));
    list.push(i);
  });
  const slice = (text: string, list: Word[]) => (list.length ? text.slice(list[0].start, list[list.length - 1].end) : '');
  for (const indices of segments.values()) {
    const qWords = indices.map((i) => pattern.words[i]);
    const aligned = indices.map((i) => alignment.pairs[i]).filter((p) => p >= 0);
    const sWords = aligned.length ? source.slice(Math.min(...aligned), Math.max(...aligned) + 1) : [];
    const changes = diffArrays(qWords, sWords, { comparator: (a: Word, b: Word) => a.norm === b.norm });
    let removed: Word[] = [];
    let added: Word[] = [];
    // Words consumed so far on each side: a change that starts with a possessive ending shows the whole word
    // ("moment of" / "moment's", not "of" / "'s").
    let qi = 0;
    let si = 0;
    const flush = () => {
      if (removed.length || added.length) {
        if ((removed[0]?.tail || added[0]?.tail) && qi > removed.length && si > added.length) {
          removed.unshift(qWords[qi - removed.length - 1]);
          added.unshift(sWords[si - added.length - 1]);
        }
        out.push({ quote: slice(quoteText, removed), source: slice(sourceText, added) });
      }
      removed = [];
      added = [];
    };
    for (const change of changes) {
      const n = (change.value as Word[]).length;
      if (change.removed) (removed.push(...(change.value as Word[])), (qi += n));
      else if (change.added) (added.push(...(change.value as Word[])), (si += n));
      else {
        flush();
        qi += n;
        si += n;
      }
    }
    flush();
  }
  return out;
}
