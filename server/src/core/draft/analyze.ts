/**
 * Draft analysis: a draft's claims, quotes and citation markers, with every span in UTF-16 offsets of the draft.
 *
 * The pipeline, one module per step:
 * - `markdown.ts` / `plaintext.ts`: the draft's prose blocks and suppression comments (`prose.ts` is the shape);
 * - `suppression.ts`: the regions skipped by `claimcheck-ignore` / `claimcheck-disable` comments;
 * - `citations.ts`: Pandoc citation markers in the prose;
 * - `quotes.ts`: quotations (three words or more);
 * - `claims.ts`: sentences, joined across quotations, with their citation markers;
 * - `checkworthy.ts`: the reasons a sentence is worth checking, and the keep/drop rule.
 *
 * Invariants (tested with fast-check): it never throws; every span lies inside the draft; claims are in draft
 * order and do not overlap; `claim.text` is non-empty and trimmed, and is the claim's sentence prose without its
 * citation markers (see `claims.ts` for the exact definition).
 */
import type { Citation, Claim, ClaimMode, DraftAnalysis, DraftWarning, Quote, Span } from '../types';
import { plainReasonText } from '../text/markdownChunks';
import { checkReasons, isCandidate, isCheckworthy } from './checkworthy';
import { blockSentences, maskMarkers } from './claims';
import { findCitationMarkers, withoutMarkers, type CitationMarker } from './citations';
import { clearChunkCache, markdownProse, type PlainRegion } from './markdown';
import { plainTextProse } from './plaintext';
import type { DraftProse } from './prose';
import { countWords, findQuotes, MIN_QUOTE_WORDS } from './quotes';
import { ignoredRegions, isIgnored } from './suppression';
import { TextCache } from '../text/textCache';

export type DraftFormat = 'markdown' | 'text';

export interface AnalyzeDraftOptions {
  format: DraftFormat;
  claims: ClaimMode;
}

/**
 * Claims and quotes a draft may have before the rest are left unchecked (with a warning). A news article has a
 * few hundred sentences (a 30,000-word draft about 1,500); these bound the verdicts' work, and the findings the
 * editor must show, on a log file or a data dump saved as a draft.
 */
export const MAX_CLAIMS = 5000;
export const MAX_QUOTES = 5000;

export function analyzeDraft(draft: string, options: AnalyzeDraftOptions): DraftAnalysis {
  // A byte-order mark (a draft saved by a Windows editor and read from disk) is no text: the Markdown parser drops
  // it and its positions then miss one character. A space in its place keeps every offset the draft's own.
  const text = draft.charCodeAt(0) === 0xfeff ? ` ${draft.slice(1)}` : draft;
  const markdown = options.format === 'markdown' ? markdownProse(text) : undefined;
  const prose: DraftProse = markdown ?? plainTextProse(text);
  const warnings: DraftWarning[] = markdown ? plainWarnings(text, markdown.plain) : [];
  const ignored = ignoredRegions(prose.directives, prose.blocks, text.length);
  const toDraft = (span: Span, base: number): Span => {
    const start = prose.toDraftStart(span.start + base);
    return { start, end: Math.max(start, prose.toDraftEnd(span.end + base)) };
  };
  const citationsOf = (markers: readonly CitationMarker[], base: number): Citation[] =>
    markers.flatMap((m) => {
      const span = toDraft(m.span, base);
      return m.keys.map((key) => ({ key, span: { ...span } }));
    });

  const claims: Claim[] = [];
  const candidates: Claim[] = [];
  const quotes: Quote[] = [];
  const citations: Citation[] = [];
  const pendingQuotes: { quote: BlockQuote; base: number }[] = [];

  // A draft of more blocks than the cache holds would only churn it (each analysis evicting what the next needs):
  // its blocks are analysed afresh, as they were before the cache.
  const analyze = prose.blocks.length <= BLOCK_CACHE_LIMIT / 2 ? analyzeBlock : analyzeBlockUncached;
  let capped = -1;
  prose.blocks.forEach((block, b) => {
    if (capped >= 0) return;
    const base = block.prose.start;
    const found = analyze(prose.text.slice(block.prose.start, block.prose.end), block.heading, options.claims);
    citations.push(...citationsOf(found.markers, base));
    for (const quote of found.quotes) pendingQuotes.push({ quote, base });
    for (const unit of found.units) {
      const span = toDraft(unit.span, base);
      if (isIgnored(ignored, span.start)) continue;
      if (!unit.kept) {
        if (unit.candidate && candidates.length < MAX_CLAIMS) candidates.push({ text: unit.text, span, paragraph: b, citations: [], reasons: [] });
        continue;
      }
      if (claims.length === MAX_CLAIMS) {
        capped = span.start;
        break;
      }
      claims.push({ text: unit.text, span, paragraph: b, citations: citationsOf(unit.markers, base), reasons: [...unit.reasons] });
    }
  });
  // The citations of blocks after the cap are citations of the draft all the same.
  if (capped >= 0) {
    citations.length = 0;
    for (const block of prose.blocks) citations.push(...citationsOf(findCitationMarkers(prose.text, block.prose), 0));
  }

  let c = 0;
  for (const { quote, base } of pendingQuotes) {
    const span = toDraft(quote.inner, base);
    if (isIgnored(ignored, span.start)) continue;
    if (capped >= 0 && span.start >= capped) break;
    if (quotes.length === MAX_QUOTES) {
      capped = capped >= 0 ? Math.min(capped, span.start) : span.start;
      break;
    }
    while (c < claims.length && claims[c].span.end <= span.start) c++;
    const claim = c < claims.length && claims[c].span.start <= span.start ? c : -1;
    quotes.push({
      text: quote.text,
      span,
      claim,
      citations: claim >= 0 ? claims[claim].citations.map((x) => x.key) : [],
    });
  }

  return {
    claims,
    quotes,
    citations,
    ignored,
    paragraphs: prose.blocks.map((b) => ({ ...b.span })),
    ...(candidates.length ? { candidates: capped >= 0 ? candidates.filter((c) => c.span.start < capped) : candidates } : {}),
    ...(capped >= 0 ? { warnings: [...warnings, capWarning(text, capped)] } : warnings.length ? { warnings } : {}),
  };
}

/** A kept quotation of a block, with offsets in the block's prose. */
interface BlockQuote {
  inner: Span;
  /** The quoted words without citation markers. */
  text: string;
}

/** A sentence of a block (offsets in the block's prose), and whether it is a claim in the mode asked for. */
interface BlockUnit {
  span: Span;
  markers: CitationMarker[];
  text: string;
  reasons: string[];
  kept: boolean;
  /** Not kept, but a statement a source passage may be about (`DraftAnalysis.candidates`). */
  candidate: boolean;
}

/** What a block's prose holds, in offsets of the block's prose: all of it depends on that text alone. */
interface BlockAnalysis {
  markers: CitationMarker[];
  quotes: BlockQuote[];
  units: BlockUnit[];
}

/**
 * Blocks analysed so far, by their prose text (with the heading flag and the claim mode). The editor analyses the
 * draft again after every burst of typing, and an edit changes one block: the others are taken from here, so a
 * re-analysis costs the parse of the edited chunk and a pass over the blocks. The entries are never handed out
 * (`analyzeDraft` builds new claims and quotes from them), so sharing them between drafts is safe.
 */
/** At most this many blocks, holding at most 4 M characters of prose in all (an entry keeps a few times its text). */
const BLOCK_CACHE_LIMIT = 8192;
const blockCache = new TextCache<BlockAnalysis>(BLOCK_CACHE_LIMIT, 4 * 1024 * 1024);

/** `analyzeBlockUncached`, remembered by the block's text. */
function analyzeBlock(prose: string, heading: boolean, mode: ClaimMode): BlockAnalysis {
  const key = `${heading ? 'H' : 'P'}${mode}\u0000${prose}`;
  const hit = blockCache.get(key);
  if (hit) return hit;
  const found = analyzeBlockUncached(prose, heading, mode);
  blockCache.set(key, found);
  return found;
}

/** Empties the caches of draft analysis, parsed chunks and analysed blocks (tests compare analyses with and without them). */
export function clearAnalysisCaches(): void {
  blockCache.clear();
  clearChunkCache();
}

/**
 * A verb of saying earlier in the quote's sentence, and no "so-called" right before it: a two-word quote there
 * reports someone's words ("The judge said Carter had shown “no remorse”"), not a term marked as such.
 */
const SPEECH_BEFORE = /(?<![\w-])(?:said|says|say|told|tells|added|adds|described|describes|insisted|insists|claimed|claims|warned|warns|admitted|admits|called|calls|wrote|writes)\b[^.!?\n]*$/i;
export function reportedSpeech(prose: string, open: number, window = 120): boolean {
  const before = prose.slice(Math.max(0, open - window), open);
  return SPEECH_BEFORE.test(before) && !/\bso[- ]called\s*$/i.test(before);
}

/** A block's citation markers, kept quotes and sentences: every offset in `prose`, the block's own prose. */
function analyzeBlockUncached(prose: string, heading: boolean, mode: ClaimMode): BlockAnalysis {
  const block: Span = { start: 0, end: prose.length };
  const markers = findCitationMarkers(prose, block);
  const kept = findQuotes(prose, block).filter((q) => {
    const words = countWords(withoutMarkers(prose, q.inner, markers), MIN_QUOTE_WORDS);
    return words >= MIN_QUOTE_WORDS || (words === MIN_QUOTE_WORDS - 1 && reportedSpeech(prose, q.open));
  });
  const quotes = kept.map((q) => ({ inner: q.inner, text: withoutMarkers(prose, q.inner, markers) }));
  if (heading) return { markers, quotes, units: [] };
  // The splitter reads a copy with citation markers blanked and CRs turned into spaces (same length, so offsets
  // hold): a CRLF line break then reads exactly like an LF one.
  const masked = maskMarkers(prose, markers).replace(/\r/g, ' ');
  const units: BlockUnit[] = [];
  for (const unit of blockSentences(masked, block, markers, kept)) {
    const claimText = withoutMarkers(prose, unit.span, unit.markers);
    if (!claimText) continue;
    const hasQuote = kept.some((q) => q.inner.start >= unit.span.start && q.inner.start < unit.span.end);
    const reasons = checkReasons(claimText, { quote: hasQuote, citation: unit.markers.length > 0 });
    const isKept = mode !== 'checkworthy' || isCheckworthy(claimText, reasons);
    units.push({ span: unit.span, markers: unit.markers, text: claimText, reasons, kept: isKept, candidate: !isKept && isCandidate(claimText, reasons) });
  }
  return { markers, quotes, units };
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** One warning for the parts of a Markdown draft read as plain text (the first one, and how many more). */
function plainWarnings(text: string, plain: readonly PlainRegion[]): DraftWarning[] {
  if (plain.length === 0) return [];
  const first = plain[0];
  let end = first.span.end;
  while (end > first.span.start && /\s/.test(text[end - 1])) end--;
  const from = lineOf(text, first.span.start);
  const to = Math.max(from, lineOf(text, end));
  const where = from === to ? `Line ${from}` : `Lines ${from}–${to}`;
  const more = plain.length > 1 ? ` (and ${plain.length - 1} more part${plain.length > 2 ? 's' : ''} of the draft)` : '';
  const why = plainReasonText(first.reason);
  return [
    {
      code: first.reason === 'nesting' ? 'markdown-nesting' : 'markdown-markup',
      span: { start: first.span.start, end: Math.max(first.span.start, end) },
      message: `${where}${more}: ${why}. Read as plain text, so their markup counts as words.`,
    },
  ];
}

function capWarning(text: string, at: number): DraftWarning {
  return {
    code: 'too-many-claims',
    span: { start: at, end: at },
    message: `Only the first ${MAX_CLAIMS} claims and ${MAX_QUOTES} quotes are checked; the draft stops being checked at line ${lineOf(text, at)}.`,
  };
}
