/**
 * How each claim and quote of a draft stands once every finding is counted: the one rule of what is *clear*.
 *
 * A verdict judges one thing: a claim's statement, or a quote's words. A finding may concern a claim without being
 * its verdict: “The oysters are coming back,” Brennan said. is supported (the panel transcript has the words), yet
 * its quote is misattributed (Okafor said them). A writer who sees such a claim marked ✓, listed as supported or
 * counted in the coverage would take the sentence for fine. So:
 *
 * - A claim is **clear** when its verdict is `supported` and no finding is reported on it, on a quote inside it or
 *   on one of its citation markers (an unknown key). Only a clear claim gets the `✓ source:line` marker, is listed
 *   under "Supported" in the Claims view and counts as supported in the coverage.
 * - A quote is **verified** when its words are verbatim in a source and no finding is reported on it (a
 *   misattributed quote has the source's words in someone else's mouth: it is not verified).
 *
 * "Reported" means in the report's findings, after the severity settings: a finding set to `off` is not reported
 * and flags nothing.
 */
import type { DraftReport, Finding } from './types';

/** Where a claim belongs in a writer's list: its verdict, unless a finding says otherwise. */
export type ClaimGroup =
  | 'contradicted'
  | 'unsupported'
  /** Supported words that someone else said in the source (the claim's own `misattributed-quote`). */
  | 'misattributed'
  /** Supported, but a quote inside it or one of its citation markers is flagged. */
  | 'flagged'
  /** Supported and clear. */
  | 'supported';

/** Where a quote belongs: its verdict, unless it is misattributed. */
export type QuoteGroup = 'misattributed' | 'altered' | 'not-found' | 'verbatim';

export interface ClaimStanding {
  /** Supported, with no finding on the claim, on a quote inside it or on one of its citation markers. */
  clear: boolean;
  group: ClaimGroup;
  /** Findings on the claim itself (its verdict's, or a misattribution of what it reports). */
  own: Finding[];
  /** Findings on the quotes inside it and on its citation markers, in draft order. */
  inside: Finding[];
}

export interface QuoteStanding {
  /** Verbatim in a source, with no finding on it. */
  verified: boolean;
  group: QuoteGroup;
  /** Findings on the quote. */
  findings: Finding[];
}

export interface DraftStanding {
  claims: ClaimStanding[];
  quotes: QuoteStanding[];
}

/** The standing of every claim and quote of a report (one pass over its findings). */
export function standingOf(report: DraftReport): DraftStanding {
  const own: Finding[][] = report.claims.map(() => []);
  const inside: Finding[][] = report.claims.map(() => []);
  const ofQuote: Finding[][] = report.quotes.map(() => []);
  // A citation marker belongs to the claim it follows (inside or right after its sentence).
  const markerOwner = new Map<string, number>();
  report.claims.forEach((result, c) => {
    for (const citation of result.claim.citations) markerOwner.set(`${citation.span.start}:${citation.span.end}`, c);
  });
  const containing = claimContaining(report);
  for (const finding of report.findings) {
    if (finding.claim !== undefined && finding.claim >= 0 && own[finding.claim]) {
      own[finding.claim].push(finding);
      continue;
    }
    let owner = -1;
    if (finding.quote !== undefined && finding.quote >= 0 && ofQuote[finding.quote]) {
      ofQuote[finding.quote].push(finding);
      owner = report.quotes[finding.quote].quote.claim;
    } else owner = markerOwner.get(`${finding.span.start}:${finding.span.end}`) ?? -1;
    if (owner < 0 || !inside[owner]) owner = containing(finding.span.start, finding.span.end);
    if (owner >= 0) inside[owner].push(finding);
  }
  const claims = report.claims.map((result, c): ClaimStanding => {
    const clear = result.verdict === 'supported' && own[c].length === 0 && inside[c].length === 0;
    let group: ClaimGroup;
    if (result.verdict !== 'supported') group = result.verdict;
    else if (clear) group = 'supported';
    else if (own[c].some((f) => f.code === 'misattributed-quote')) group = 'misattributed';
    else group = 'flagged';
    return { clear, group, own: own[c], inside: inside[c] };
  });
  const quotes = report.quotes.map((result, q): QuoteStanding => {
    const findings = ofQuote[q];
    const group: QuoteGroup = findings.some((f) => f.code === 'misattributed-quote') ? 'misattributed' : result.verdict;
    return { verified: result.verdict === 'verbatim' && findings.length === 0, group, findings };
  });
  return { claims, quotes };
}

/** A lookup of the claim whose sentence holds a span (-1 for none); claims do not overlap. */
function claimContaining(report: DraftReport): (start: number, end: number) => number {
  let order: number[] | undefined;
  return (start, end) => {
    const claims = report.claims;
    order ??= claims.map((_, i) => i).sort((a, b) => claims[a].claim.span.start - claims[b].claim.span.start);
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (claims[order[mid]].claim.span.start <= start) {
        found = order[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && claims[found].claim.span.end >= end ? found : -1;
  };
}
