/**
 * The one place where the engine's types (offsets, findings, evidence, verdicts) become LSP types
 * (ranges, diagnostics, locations, Markdown). Nothing here decides anything: it only renders.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Range,
} from 'vscode-languageserver';
import {
  type Evidence,
  type Finding,
  type Severity,
  type Span,
  type DraftReport,
  type SourceDocument,
  findingEvidence,
  formatDate,
  normalizePath,
  placeAt,
  speechLabel,
} from './core/api';
import { CODE_DOCS_BASE, EXTRACTED_TEXT_SCHEME, OPEN_SOURCE_COMMAND } from '../../shared/protocol';

// ---------------------------------------------------------------------------------------------------------
// Paths and URIs

/** `file:` URI of a core path. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** Core path of a `file:` URI; undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  // Every request about a document asks this of its URI, often several times (which project, is it a draft):
  // the URL parser costs more than the rest of a cached re-check's glue, so recent answers are remembered.
  const known = pathsOfUris.get(uri);
  if (known !== undefined) return known === null ? undefined : known;
  let path: string | undefined;
  try {
    path = normalizePath(fileURLToPath(uri));
  } catch {
    path = undefined;
  }
  if (pathsOfUris.size >= MAX_REMEMBERED_URIS) pathsOfUris.clear();
  pathsOfUris.set(uri, path ?? null);
  return path;
}
const pathsOfUris = new Map<string, string | null>();
const MAX_REMEMBERED_URIS = 4096;

let extractedTextUris = false;

/** Whether the client shows `claimcheck-source:` documents (set once from the initialize request). */
export function useExtractedTextUris(enabled: boolean): void {
  extractedTextUris = enabled;
}

/**
 * The URI of the text a source document's positions refer to: the file itself, or, for a PDF, Word or web
 * archive source, its extracted text (`claimcheck-source:…report.pdf.txt`) when the client can show it.
 */
export function sourceUri(document: SourceDocument): string {
  const uri = pathToUri(document.file);
  return extractedTextUris && document.meta?.extracted ? `${EXTRACTED_TEXT_SCHEME}:${uri.slice('file:'.length)}.txt` : uri;
}

// ---------------------------------------------------------------------------------------------------------
// Ranges and diagnostics

export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** The LSP location of an evidence passage: in its source file, or in its extracted text (`sourceUri`). */
export function evidenceToLocation(evidence: Evidence): Location {
  return { uri: sourceUri(evidence.document), range: evidence.passage.range };
}

/** Data attached to each diagnostic so that code actions can find the finding again. */
export interface DiagnosticData {
  /** Draft offsets of the finding, to match it against a fresh report. */
  span: Span;
  claim?: number;
  quote?: number;
}

/**
 * The span a finding is shown on. A claim's finding stops before the citation markers that end its sentence
 * ("…in February. [@kcna]"), so that hovering a marker shows what concerns the marker (an unknown key, the cited
 * source), not the claim's finding stacked on it.
 */
export function diagnosticSpan(text: string, report: DraftReport, finding: Finding): Span {
  if (finding.claim === undefined || finding.claim < 0 || !finding.code.endsWith('-claim')) return finding.span;
  const citations = [...(report.claims[finding.claim]?.claim.citations ?? [])].sort((a, b) => b.span.start - a.span.start);
  let end = finding.span.end;
  for (const citation of citations) {
    if (citation.span.start < finding.span.start || citation.span.end > end || text.slice(citation.span.end, end).trim() !== '') continue;
    end = citation.span.start;
    while (end > finding.span.start && /\s/.test(text[end - 1])) end--;
  }
  return end > finding.span.start ? { start: finding.span.start, end } : finding.span;
}

/** One diagnostic per finding. Findings whose severity is `off` never reach this point (the engine drops them). */
export function findingToDiagnostic(document: TextDocument, report: DraftReport, finding: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  if (finding.quote !== undefined && finding.quote >= 0) {
    const wording = report.quotes[finding.quote]?.sourceWording;
    if (wording) {
      related.push({
        location: { uri: sourceUri(wording.document), range: wording.range },
        message: `Source wording in ${wording.document.id}`,
      });
    }
  }
  const evidence = findingEvidence(report, finding);
  if (evidence && related.length === 0) {
    related.push({
      location: evidenceToLocation(evidence),
      message: `${finding.code === 'contradicted-claim' ? 'Passage' : 'Closest passage'} in ${evidence.document.id}`,
    });
  }
  const data: DiagnosticData = { span: finding.span, claim: finding.claim, quote: finding.quote };
  return {
    range: spanToRange(document, diagnosticSpan(document.getText(), report, finding)),
    severity: toDiagnosticSeverity(finding.severity),
    source: 'claimcheck',
    code: finding.code,
    codeDescription: { href: CODE_DOCS_BASE + finding.code },
    message: finding.message,
    relatedInformation: related.length ? related : undefined,
    data,
  };
}

export function reportToDiagnostics(document: TextDocument, report: DraftReport): Diagnostic[] {
  const diagnostics = report.findings.map((finding) => findingToDiagnostic(document, report, finding));
  // How the draft was read, when not fully: one information diagnostic on the first line concerned.
  for (const warning of report.analysis.warnings ?? []) {
    const start = document.positionAt(warning.span.start);
    const lineEnd = Math.max(document.offsetAt(start), document.offsetAt({ line: start.line + 1, character: 0 }) - 1);
    diagnostics.push({
      range: { start, end: document.positionAt(lineEnd) },
      severity: DiagnosticSeverity.Information,
      source: 'claimcheck',
      code: warning.code,
      message: warning.message,
    });
  }
  return diagnostics;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

/**
 * Escapes text for Markdown so that it renders literally: every ASCII punctuation character gets a backslash
 * (CommonMark allows that for all of them), so no link, image, emphasis, autolink, entity or HTML tag can
 * form. Whitespace runs collapse to one space, so no line can start a block (heading, list, code block).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`);
}

/**
 * A `command:` link to open a source file at a position (and select up to `end`, when given). Arguments are JSON,
 * URI-encoded as VS Code expects; the characters `encodeURIComponent` leaves alone but Markdown link syntax cares
 * about (a `)` in a file name would end the link) are encoded too.
 */
export function openSourceCommandUri(
  uri: string,
  line: number,
  character: number,
  end?: { line: number; character: number },
  extra?: { page?: number },
): string {
  const list: unknown[] = end ? [uri, line, character, end.line, end.character] : [uri, line, character];
  // A PDF passage's page, for a PDF viewer, which cannot go to a line of the extracted text.
  if (extra) list.push(...(end ? [] : [line, character]), extra);
  const args = encodeURIComponent(JSON.stringify(list)).replace(
    /[()'!*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${OPEN_SOURCE_COMMAND}?${args}`;
}

/**
 * Where a passage is, for hovers: `p. 12` (PDF), `¶ 4` (Word, web archive) or `line 5`, then the speaker and
 * time of a transcript passage.
 */
export function placeText(document: SourceDocument, offset: number, line: number): string {
  const place = placeAt(document, offset);
  const where = place.page !== undefined ? `p. ${place.page}` : place.paragraph !== undefined ? `¶ ${place.paragraph}` : `line ${line + 1}`;
  const speech = speechLabel(place);
  return speech ? `${where} · ${escapeMarkdown(speech)}` : where;
}

/** ` · recorded 6 March 2024` for a transcript, ` · dated 4 March 2024` for other sources; '' without a date. */
export function dateText(document: SourceDocument): string {
  const date = document.meta?.date;
  if (!date) return '';
  const day = formatDate(date.date).replace(/^\S+ /, '');
  return ` · ${date.from === 'transcript header' ? 'recorded' : 'dated'} ${day}`;
}

/** The extra argument of the open-source command: the page of a PDF passage. */
export function openArgs(document: SourceDocument, offset: number): { page?: number } | undefined {
  const page = placeAt(document, offset).page;
  return page !== undefined ? { page } : undefined;
}
