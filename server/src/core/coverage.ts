/**
 * Coverage of a draft (or of several): how much of it the sources back, and how much of the sources it uses.
 *
 * - **Claims supported**: the share of the check-worthy claims (every claim the analysis kept) that are *clear*
 *   (standing.ts): supported, with no finding on them, on a quote inside them or on their citation markers. A claim
 *   the sources support but with such a finding is counted apart (`flagged`), not as supported.
 * - **Resting on a single source**: clear claims whose supporting passages (evidence passages whose support
 *   score reaches `thresholds.support`, among the `maxEvidence` passages kept) all come from one source file. One
 *   source is not wrong, but a newsroom's two-source rule starts here.
 * - **Sources never used**: source files that nothing in the draft draws on: no supporting passage of a supported
 *   claim, no passage a contradicted claim was measured against, no source wording of a verbatim or altered quote.
 *   A JSONL archive is one source file.
 * - **Quotes verified**: quotes found verbatim in a source with no finding on them (altered quotes are not
 *   verified, nor are misattributed ones: the source has the words, from someone else).
 */
import { standingOf } from './standing';
import type { ClaimResult, DraftReport } from './types';

export interface Coverage {
  /** Check-worthy claims. */
  claims: number;
  /** Clear claims: supported, and no finding on them or on a quote or citation marker inside them. */
  supported: number;
  /** `supported / claims`, from 0 to 1; null when the draft has no check-worthy claim. */
  supportedShare: number | null;
  /** Clear claims whose supporting passages all come from one source file. */
  singleSource: number;
  /** Claims the sources support that are not clear: a finding on them or on a quote or citation marker inside them. */
  flagged: number;
  /** Source files the draft was checked against. */
  sources: number;
  /** Source files nothing in the draft draws on (absolute paths, sorted). */
  unusedSources: string[];
  quotes: number;
  /** Quotes found verbatim in a source, with no finding on them. */
  quotesVerified: number;
  /** Quotes whose words someone else said in the source (`misattributed-quote`). */
  quotesMisattributed: number;
}

/** The source files a supported claim rests on: those of its supporting passages (the best one at least). */
export function supportingFiles(result: ClaimResult, supportThreshold: number): Set<string> {
  const files = new Set<string>();
  if (result.verdict !== 'supported') return files;
  for (const evidence of result.evidence) if (evidence.score >= supportThreshold) files.add(evidence.document.file);
  if (files.size === 0 && result.evidence[0]) files.add(result.evidence[0].document.file);
  return files;
}

/**
 * Coverage of some drafts against the source files they were checked against. With several drafts, a source is
 * unused when none of them uses it.
 */
export function coverageOf(reports: readonly DraftReport[], sourceFiles: Iterable<string>, supportThreshold: number): Coverage {
  const used = new Set<string>();
  let claims = 0;
  let supported = 0;
  let singleSource = 0;
  let flagged = 0;
  let quotes = 0;
  let quotesVerified = 0;
  let quotesMisattributed = 0;
  for (const report of reports) {
    const standing = standingOf(report);
    report.claims.forEach((result, c) => {
      claims++;
      if (result.verdict === 'supported') {
        // A flagged claim still draws on its sources: they are used.
        const files = supportingFiles(result, supportThreshold);
        for (const file of files) used.add(file);
        if (!standing.claims[c].clear) flagged++;
        else {
          supported++;
          if (files.size === 1) singleSource++;
        }
      } else if (result.verdict === 'contradicted' && result.evidence[0]) {
        used.add(result.evidence[0].document.file);
      }
    });
    report.quotes.forEach((result, q) => {
      quotes++;
      if (standing.quotes[q].verified) quotesVerified++;
      if (standing.quotes[q].group === 'misattributed') quotesMisattributed++;
      if (result.sourceWording && result.verdict !== 'not-found') used.add(result.sourceWording.document.file);
    });
  }
  const all = [...new Set(sourceFiles)].sort();
  return {
    claims,
    supported,
    supportedShare: claims ? supported / claims : null,
    singleSource,
    flagged,
    sources: all.length,
    unusedSources: all.filter((file) => !used.has(file)),
    quotes,
    quotesVerified,
    quotesMisattributed,
  };
}

/**
 * One line for people: "6 of 12 claims supported (50%), 2 on a single source, 1 more supported with a flagged quote,
 * speaker or citation; 2 of 5 quotes verified, 1 misattributed; sources never used: a, b." `name` turns a source file
 * into what the reader knows it by.
 */
export function describeCoverage(coverage: Coverage, name: (file: string) => string = (file) => file, maxNames = 5): string {
  const parts: string[] = [];
  if (coverage.claims === 0) parts.push('no check-worthy claims');
  else {
    const percent = Math.round((coverage.supportedShare ?? 0) * 100);
    const single = coverage.singleSource ? `, ${coverage.singleSource} on a single source` : '';
    const flagged = coverage.flagged ? `, ${coverage.flagged} more supported with a flagged quote, speaker or citation` : '';
    parts.push(`${coverage.supported} of ${plural(coverage.claims, 'claim')} supported (${percent}%)${single}${flagged}`);
  }
  if (coverage.quotes) {
    const misattributed = coverage.quotesMisattributed ? `, ${coverage.quotesMisattributed} misattributed` : '';
    parts.push(`${coverage.quotesVerified} of ${plural(coverage.quotes, 'quote')} verified${misattributed}`);
  }
  if (coverage.unusedSources.length) {
    const names = coverage.unusedSources.slice(0, maxNames).map(name);
    const more = coverage.unusedSources.length > maxNames ? ` and ${coverage.unusedSources.length - maxNames} more` : '';
    parts.push(`${coverage.unusedSources.length === 1 ? 'source' : 'sources'} never used: ${names.join(', ')}${more}`);
  } else if (coverage.sources) parts.push(`every source used`);
  return `${parts.join('; ')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
