/**
 * Finds what is under the cursor in a draft report: a citation marker, else the innermost quote, else the claim.
 */
import type { CancellationToken, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Citation, ClaimResult, DraftReport, QuoteResult, Span } from '../core/api';
import { currentCheck, isDraftDocument, projectFor, type ServerContext } from '../context';
import type { DraftCheck } from '../project';

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

/** What is under a position, from which report, and where it is in the current text. */
export interface Found {
  document: TextDocument;
  report: DraftReport;
  located: Located;
  span: Span;
}

/**
 * Where two versions of a text differ: the length of their common prefix and of their common suffix (not
 * overlapping the prefix). Everything outside maps one to one.
 */
export function changedRegion(before: string, after: string): { prefix: number; suffix: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * What is under `position` in an open draft, with its span in the current text.
 *
 * From the latest finished check when that is of the current text, or when the text around the position (the
 * whole claim or quote) has not changed since: during a burst of typing the current version's check is always
 * still running, and a hover elsewhere in the draft is answered at once instead of "ask again". When the text
 * there did change, it waits for the next finished check and tries again; with no finished check at all, it
 * waits for the current version's report (and, like every request, fails as stale if the draft changes first).
 */
export async function locateAt(
  context: ServerContext,
  uri: string,
  position: Position,
  token: CancellationToken,
): Promise<Found | undefined> {
  const project = projectFor(context, uri);
  // During a burst of typing the text around the position may have changed since the last check: wait for the
  // next one (they finish a few times a second) rather than for the current version's, which will be stale too.
  for (let attempt = 0; attempt < HOVER_ATTEMPTS && !token.isCancellationRequested; attempt++) {
    const document = context.documents.get(uri);
    if (!document || !isDraftDocument(context, document)) return undefined;
    const last = project.lastCheck(uri);
    if (!last) break; // nothing to answer from yet: wait for the current version's report
    const found = fromLastCheck(last, document, position);
    if (found !== 'changed') return found;
    // Make sure a newer check is coming (a pull client has asked for one already; this joins it).
    project.checkDocument(document).catch(() => undefined);
    await project.nextCheck(uri, HOVER_WAIT_MS, token);
  }
  const current = await currentCheck(context, uri, token);
  if (!current) return undefined;
  const report = current.check.report;
  const located = locate(report, current.document.offsetAt(position));
  return located && { document: current.document, report, located, span: spanOf(located) };
}

/** How many finished checks a hover waits for before it falls back to the current version's report. */
const HOVER_ATTEMPTS = 8;
const HOVER_WAIT_MS = 1000;

/**
 * What is under `position` according to the last finished check: the answer (maybe none) when the text around
 * the position is the same in the check's text, `'changed'` when it is not.
 */
function fromLastCheck(last: DraftCheck, document: TextDocument, position: Position): Found | undefined | 'changed' {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const report = last.report;
  if (last.text === text) {
    const located = locate(report, offset);
    return located && { document, report, located, span: spanOf(located) };
  }
  const { prefix, suffix } = changedRegion(last.text, text);
  const shift = text.length - last.text.length;
  const oldOffset = offset <= prefix ? offset : offset >= text.length - suffix ? offset - shift : -1;
  if (oldOffset < 0) return 'changed';
  const located = locate(last.report, oldOffset);
  // Nothing there in the last report: if no claim of it touches the edit, nothing is there now either.
  if (!located) return undefined;
  const span = spanOf(located);
  if (span.end <= prefix) return { document, report, located, span };
  if (span.start >= last.text.length - suffix) return { document, report, located, span: { start: span.start + shift, end: span.end + shift } };
  return 'changed';
}

function spanOf(located: Located): Span {
  return located.kind === 'citation' ? located.citation.span : located.kind === 'quote' ? located.result.quote.span : located.result.claim.span;
}
