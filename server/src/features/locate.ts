/**
 * Finds what is under the cursor in a draft report: a citation marker, else the innermost quote, else the claim.
 */
import type { Citation, ClaimResult, DraftReport, QuoteResult, Span } from '../core/types';

function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export type Located =
  | { kind: 'citation'; citation: Citation }
  | { kind: 'quote'; result: QuoteResult; index: number }
  | { kind: 'claim'; result: ClaimResult; index: number };

export function locate(report: DraftReport, offset: number): Located | undefined {
  // A marker is inside its claim's span; the marker, the smaller thing, wins. Its edges belong to the claim.
  const citation = report.analysis.citations.find((c) => offset > c.span.start && offset < c.span.end);
  if (citation) return { kind: 'citation', citation };
  const quote = report.quotes.findIndex((q) => contains(q.quote.span, offset));
  if (quote >= 0) return { kind: 'quote', result: report.quotes[quote], index: quote };
  let best = -1;
  report.claims.forEach((c, i) => {
    if (contains(c.claim.span, offset) && (best < 0 || c.claim.span.end - c.claim.span.start < report.claims[best].claim.span.end - report.claims[best].claim.span.start)) best = i;
  });
  return best >= 0 ? { kind: 'claim', result: report.claims[best], index: best } : undefined;
}

/** Whether two spans overlap (touching counts, so that an empty selection at an edge matches). */
export function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
