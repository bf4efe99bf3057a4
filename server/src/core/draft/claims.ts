/**
 * Sentences of a prose block, with their citation markers and quotations: the raw material of claims.
 *
 * 1. Citation markers are blanked out (replaced by spaces of the same length) before the block is split into
 *    sentences, so that "p. 4" or a key's dots never end a sentence and a marker never starts one.
 * 2. The block is split with `splitSentences`.
 * 3. Sentences whose boundary falls inside a closed quotation are joined: “We will win. We always do,” he said.
 *    is one claim, as it is one quote. (An unclosed quotation runs to the end of its block; joining over it
 *    would turn a stray mark into one paragraph-long claim.)
 * 4. Each marker goes to the sentence that contains it ("in 2003 [@kcna]."); a marker between two sentences
 *    goes to the one before it ("in 2003. [@kcna] Next…"), whose span grows to cover it; a marker before the
 *    block's first sentence goes to that sentence.
 *
 * The text of a claim is its sentence's prose without its citation markers, each removed with the whitespace
 * right before it, then trimmed (`withoutMarkers`). So in a plain-text draft, `claim.text` is exactly
 * `withoutMarkers(draft, claim.span, markers)`; in a Markdown draft it is the same computed over the block's
 * prose, where markup is gone and character references are decoded.
 */
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import type { CitationMarker } from './citations';
import type { QuoteMatch } from './quotes';

export interface SentenceUnit {
  /** The sentence in the prose, grown to cover the citation markers that belong to it. */
  span: Span;
  markers: CitationMarker[];
}

/**
 * The sentences of one block. `masked` is the prose with citation markers blanked out; `markers` and `quotes`
 * are the block's, sorted.
 */
export function blockSentences(
  masked: string,
  block: Span,
  markers: readonly CitationMarker[],
  quotes: readonly QuoteMatch[],
): SentenceUnit[] {
  let spans: Span[];
  try {
    spans = splitSentences(masked, block).filter((s) => s.end > s.start && s.start >= block.start && s.end <= block.end);
  } catch {
    // The splitter is another module; if it fails, a block is one sentence rather than the draft failing.
    const t = trimSpan(masked, block);
    spans = t.end > t.start ? [t] : [];
  }
  spans = joinAcrossQuotes(spans, quotes);
  const units: SentenceUnit[] = spans.map((span) => ({ span: { ...span }, markers: [] }));
  if (units.length === 0) return units;
  let u = 0;
  for (const marker of markers) {
    while (u + 1 < units.length && units[u + 1].span.start <= marker.span.start) u++;
    const unit = units[u];
    unit.markers.push(marker);
    if (marker.span.end > unit.span.end) unit.span.end = marker.span.end;
    if (marker.span.start < unit.span.start) unit.span.start = marker.span.start;
  }
  return units;
}

/** Joins consecutive sentences when the boundary between them lies inside a quotation. */
function joinAcrossQuotes(spans: Span[], quotes: readonly QuoteMatch[]): Span[] {
  if (quotes.length === 0 || spans.length < 2) return spans;
  const out: Span[] = [{ ...spans[0] }];
  let q = 0;
  for (let i = 1; i < spans.length; i++) {
    const prev = out[out.length - 1];
    const boundary = spans[i].start;
    while (q < quotes.length && quotes[q].close < boundary) q++;
    const quote = quotes[q];
    if (quote && quote.closed && quote.open < boundary && boundary <= quote.close) prev.end = spans[i].end;
    else out.push({ ...spans[i] });
  }
  return out;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** `text` with each marker's characters replaced by spaces (same length, so offsets still hold). */
export function maskMarkers(text: string, markers: readonly CitationMarker[]): string {
  if (markers.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const m of markers) {
    out += text.slice(pos, m.span.start) + ' '.repeat(m.span.end - m.span.start);
    pos = m.span.end;
  }
  return out + text.slice(pos);
}
