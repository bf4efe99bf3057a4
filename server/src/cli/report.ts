/**
 * Renders check results for the terminal (compiler-style lines), as JSON (the documented `version: 2` shape)
 * and as SARIF 2.1.0 for code-scanning tools.
 */
import {
  addToSummary,
  emptySummary,
  coverageOf,
  describeCoverage,
  relativePath,
  LineIndex,
  findingEvidence,
  passagePlace,
  speakerName,
  standingOf,
  type Coverage,
  type ReportSummary,
  type DraftReport,
  type Evidence,
  type Range,
  type Severity,
  type SourceDocument,
  type Span,
} from '../core/api';

export interface CheckedFile {
  /** Absolute path of the draft. */
  file: string;
  text: string;
  report: DraftReport;
}

export interface SourceStats {
  documents: number;
  passages: number;
  /** The source files the drafts were checked against (absolute paths), for coverage. */
  files: readonly string[];
  /** `thresholds.support`: which evidence passages count as supporting, for coverage. */
  supportThreshold: number;
}

export function summarize(files: readonly CheckedFile[]): ReportSummary {
  const summary = emptySummary();
  for (const f of files) addToSummary(summary, f.report);
  return summary;
}

/** A source document's name as the JSON and text outputs give it: a path relative to cwd, or a JSONL id. */
export function documentName(document: SourceDocument, cwd: string): string {
  return document.format === 'jsonl' ? document.id : relativePath(cwd, document.file);
}

/** A source file's name for people: its path relative to cwd. */
function sourceFileName(file: string, cwd: string): string {
  return relativePath(cwd, file);
}

function coverageJson(coverage: Coverage, cwd: string) {
  return {
    claims: coverage.claims,
    supported: coverage.supported,
    supportedShare: coverage.supportedShare === null ? null : round(coverage.supportedShare),
    singleSource: coverage.singleSource,
    flagged: coverage.flagged,
    sources: coverage.sources,
    unusedSources: coverage.unusedSources.map((f) => sourceFileName(f, cwd)),
    quotes: coverage.quotes,
    quotesVerified: coverage.quotesVerified,
    quotesMisattributed: coverage.quotesMisattributed,
  };
}

function rangeOf(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function evidenceJson(evidence: Evidence, cwd: string) {
  const { document, passage } = evidence;
  const place = passagePlace(document, passage);
  return {
    document: documentName(document, cwd),
    range: passage.range,
    text: document.text.slice(passage.span.start, passage.span.end),
    score: round(evidence.score),
    // PDF page, Word paragraph, transcript speaker and time, the source's date: when the source has them.
    ...(place.page !== undefined ? { page: place.page } : {}),
    ...(place.paragraph !== undefined ? { paragraph: place.paragraph } : {}),
    ...(place.speaker ? { speaker: speakerName(place.speaker) } : {}),
    ...(place.time ? { time: place.time } : {}),
    ...(document.meta?.date ? { sourceDate: document.meta.date.date } : {}),
  };
}

export function toJson(files: readonly CheckedFile[], sources: SourceStats, cwd: string) {
  const s = summarize(files);
  const coverage = coverageOf(files.map((f) => f.report), sources.files, sources.supportThreshold);
  return {
    version: 2,
    sources: { documents: sources.documents, passages: sources.passages },
    files: files.map(({ file, text, report }) => {
      const lines = new LineIndex(text);
      const standing = standingOf(report);
      return {
        path: relativePath(cwd, file),
        coverage: coverageJson(coverageOf([report], sources.files, sources.supportThreshold), cwd),
        claims: report.claims.map((c, i) => ({
          range: rangeOf(lines, c.claim.span),
          text: c.claim.text,
          verdict: c.verdict,
          // Where it stands once every finding counts (core/standing.ts): a supported claim with a flagged quote is not "supported".
          group: standing.claims[i].group,
          score: round(c.score),
          evidence: c.evidence.map((e) => evidenceJson(e, cwd)),
          conflicts: c.conflicts.map((x) => ({ claim: x.claim, source: x.source, kind: x.kind })),
          citations: c.claim.citations.map((x) => x.key),
        })),
        quotes: report.quotes.map((q, i) => ({
          range: rangeOf(lines, q.quote.span),
          text: q.quote.text,
          verdict: q.verdict,
          group: standing.quotes[i].group,
          score: round(q.score),
          evidence: q.evidence.map((e) => evidenceJson(e, cwd)),
          ...(q.sourceWording
            ? {
                sourceWording: {
                  document: documentName(q.sourceWording.document, cwd),
                  range: q.sourceWording.range,
                  text: q.sourceWording.text,
                },
              }
            : {}),
        })),
        findings: report.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          range: rangeOf(lines, f.span),
          message: f.message,
        })),
        // How the draft was read, when not fully (a part read as plain text, a cap reached, invalid UTF-8).
        warnings: (report.analysis.warnings ?? []).map((w) => ({ code: w.code, range: rangeOf(lines, w.span), message: w.message })),
      };
    }),
    summary: {
      claims: s.claims,
      supported: s.supported,
      flagged: s.flagged,
      contradicted: s.contradicted,
      unsupported: s.unsupported,
      quotes: s.quotes,
      verbatim: s.verbatim,
      misattributed: s.misattributed,
      altered: s.altered,
      notFound: s.notFound,
      coverage: coverageJson(coverage, cwd),
    },
  };
}

export function toText(files: readonly CheckedFile[], sources: SourceStats, cwd: string, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  // Rows first, then columns as wide as their widest cell, so that every message starts in the same column.
  const rows: { location: string; severity: Severity; code: string; message: string }[] = [];
  for (const { file, text, report } of files) {
    const lines = new LineIndex(text);
    const path = relativePath(cwd, file);
    for (const f of report.findings) {
      const pos = lines.positionAt(f.span.start);
      rows.push({ location: `${path}:${pos.line + 1}:${pos.character + 1}`, severity: f.severity, code: f.code, message: f.message });
    }
  }
  const width = (cells: string[]) => Math.max(0, ...cells.map((c) => c.length));
  const locationWidth = width(rows.map((r) => r.location));
  const severityWidth = width(rows.map((r) => r.severity));
  const codeWidth = width(rows.map((r) => r.code));
  const out = rows.map(
    (r) =>
      `${r.location.padEnd(locationWidth)}  ${paint(severityColor[r.severity], r.severity.padEnd(severityWidth))}  ${paint('1', r.code.padEnd(codeWidth))}  ${r.message}`,
  );
  const s = summarize(files);
  const coverage = coverageOf(files.map((f) => f.report), sources.files, sources.supportThreshold);
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  if (out.length) out.push('');
  out.push(
    `${files.length} draft${files.length === 1 ? '' : 's'} checked against ${sources.documents} source document${sources.documents === 1 ? '' : 's'} (${sources.passages} passages).`,
    `Claims: ${s.claims} (${s.supported} supported, ${s.contradicted} contradicted, ${s.unsupported} unsupported${s.flagged ? `, ${s.flagged} supported with a flagged quote, speaker or citation` : ''}). ` +
      `Quotes: ${s.quotes} (${s.verbatim} verbatim, ${s.misattributed ? `${s.misattributed} misattributed, ` : ''}${s.altered} altered, ${s.notFound} not found).`,
    `Coverage: ${describeCoverage(coverage, (f) => sourceFileName(f, cwd))}`,
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
  return `${out.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const RULES = [
  { id: 'unsupported-claim', text: 'No source passage supports the claim.' },
  { id: 'contradicted-claim', text: 'A number, date or name in the claim differs from the best matching source passage.' },
  { id: 'altered-quote', text: 'The quote is close to a source passage but its words differ.' },
  { id: 'unverified-quote', text: 'The quoted words appear in no source.' },
  { id: 'unknown-citation', text: 'A citation key names no source.' },
  { id: 'misattributed-quote', text: 'The quoted or reported words were said by someone else in the source.' },
];

export function toSarif(files: readonly CheckedFile[], cwd: string, version: string) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            version,
            informationUri: 'https://github.com/claimcheck/claimcheck',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.text },
              helpUri: `https://github.com/claimcheck/claimcheck#${r.id}`,
            })),
          },
        },
        results: files.flatMap(({ file, text, report }) => {
          const lines = new LineIndex(text);
          return report.findings.map((f) => {
            const r = rangeOf(lines, f.span);
            const evidence = findingEvidence(report, f);
            return {
              ruleId: f.code,
              ruleIndex: RULES.findIndex((x) => x.id === f.code),
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: relativePath(cwd, file) },
                    region: {
                      startLine: r.start.line + 1,
                      startColumn: r.start.character + 1,
                      endLine: r.end.line + 1,
                      endColumn: r.end.character + 1,
                    },
                  },
                },
              ],
              // Sources read through extracted text (PDF, Word) have no lines of their own to point at.
              ...(evidence && evidence.document.format !== 'jsonl' && !evidence.document.meta?.extracted
                ? {
                    relatedLocations: [
                      {
                        id: 1,
                        message: { text: 'Closest source passage' },
                        physicalLocation: {
                          artifactLocation: { uri: relativePath(cwd, evidence.document.file) },
                          region: {
                            startLine: evidence.passage.range.start.line + 1,
                            startColumn: evidence.passage.range.start.character + 1,
                            endLine: evidence.passage.range.end.line + 1,
                            endColumn: evidence.passage.range.end.character + 1,
                          },
                        },
                      },
                    ],
                  }
                : {}),
            };
          });
        }),
      },
    ],
  };
}
