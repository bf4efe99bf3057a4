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
import { checkReasons, isCheckworthy } from './checkworthy';
import { blockSentences, maskMarkers } from './claims';
import { findCitationMarkers, withoutMarkers, type CitationMarker } from './citations';
import { markdownProse, type PlainRegion } from './markdown';
import { plainTextProse } from './plaintext';
import type { DraftProse } from './prose';
import { countWords, findQuotes, MIN_QUOTE_WORDS, type QuoteMatch } from './quotes';
import { ignoredRegions, isIgnored } from './suppression';

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

export function analyzeDraft(text: string, options: AnalyzeDraftOptions): DraftAnalysis {
  const markdown = options.format === 'markdown' ? markdownProse(text) : undefined;
  const prose: DraftProse = markdown ?? plainTextProse(text);
  const warnings: DraftWarning[] = markdown ? plainWarnings(text, markdown.plain) : [];
  const ignored = ignoredRegions(prose.directives, prose.blocks, text.length);
  const toDraft = (span: Span): Span => {
    const start = prose.toDraftStart(span.start);
    return { start, end: Math.max(start, prose.toDraftEnd(span.end)) };
  };

  const blockMarkers: CitationMarker[][] = prose.blocks.map((b) => findCitationMarkers(prose.text, b.prose));
  // The splitter reads a copy with citation markers blanked and CRs turned into spaces (same length, so offsets
  // hold): a CRLF line break then reads exactly like an LF one.
  const masked = maskMarkers(prose.text, blockMarkers.flat()).replace(/\r/g, ' ');
  const citationsOf = (markers: readonly CitationMarker[]): Citation[] =>
    markers.flatMap((m) => {
      const span = toDraft(m.span);
      return m.keys.map((key) => ({ key, span: { ...span } }));
    });

  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  const pendingQuotes: { quote: QuoteMatch; block: number; markers: readonly CitationMarker[] }[] = [];

  let capped = -1;
  prose.blocks.forEach((block, b) => {
    if (capped >= 0) return;
    const markers = blockMarkers[b];
    const kept = findQuotes(prose.text, block.prose).filter((q) => countWords(withoutMarkers(prose.text, q.inner, markers), MIN_QUOTE_WORDS) >= MIN_QUOTE_WORDS);
    for (const quote of kept) pendingQuotes.push({ quote, block: b, markers });
    if (block.heading) return;
    for (const unit of blockSentences(masked, block.prose, markers, kept)) {
      const span = toDraft(unit.span);
      if (isIgnored(ignored, span.start)) continue;
      const claimText = withoutMarkers(prose.text, unit.span, unit.markers);
      if (!claimText) continue;
      const hasQuote = kept.some((q) => q.inner.start >= unit.span.start && q.inner.start < unit.span.end);
      const reasons = checkReasons(claimText, { quote: hasQuote, citation: unit.markers.length > 0 });
      if (options.claims === 'checkworthy' && !isCheckworthy(claimText, reasons)) continue;
      if (claims.length === MAX_CLAIMS) {
        capped = span.start;
        break;
      }
      claims.push({ text: claimText, span, paragraph: b, citations: citationsOf(unit.markers), reasons });
    }
  });

  let c = 0;
  for (const { quote, markers } of pendingQuotes) {
    const span = toDraft(quote.inner);
    if (isIgnored(ignored, span.start)) continue;
    if (capped >= 0 && span.start >= capped) break;
    if (quotes.length === MAX_QUOTES) {
      capped = capped >= 0 ? Math.min(capped, span.start) : span.start;
      break;
    }
    while (c < claims.length && claims[c].span.end <= span.start) c++;
    const claim = c < claims.length && claims[c].span.start <= span.start ? c : -1;
    quotes.push({
      text: withoutMarkers(prose.text, quote.inner, markers),
      span,
      claim,
      citations: claim >= 0 ? claims[claim].citations.map((x) => x.key) : [],
    });
  }

  return {
    claims,
    quotes,
    citations: citationsOf(blockMarkers.flat()),
    ignored,
    paragraphs: prose.blocks.map((b) => ({ ...b.span })),
    ...(capped >= 0 ? { warnings: [...warnings, capWarning(text, capped)] } : warnings.length ? { warnings } : {}),
  };
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
