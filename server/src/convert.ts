/**
 * The one place where the engine's types (offsets, findings, evidence, verdicts) become LSP types
 * (ranges, diagnostics, locations, Markdown). Nothing here decides anything: it only renders.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  MarkupKind,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type MarkupContent,
  type Range,
} from 'vscode-languageserver';
import type { ClaimResult, Evidence, Finding, QuoteResult, Severity, Span, DraftReport } from './core/types';
import { normalizePath } from './core/fs';
import { CODE_DOCS_BASE, OPEN_SOURCE_COMMAND } from './protocol';

// ---------------------------------------------------------------------------------------------------------
// Paths and URIs

/** `file:` URI of a core path. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** Core path of a `file:` URI; undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return normalizePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
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

/** The evidence a finding points at: the best passage of its claim or quote. */
export function findingEvidence(report: DraftReport, finding: Finding): Evidence | undefined {
  if (finding.quote !== undefined && finding.quote >= 0) return report.quotes[finding.quote]?.evidence[0];
  if (finding.claim !== undefined && finding.claim >= 0) return report.claims[finding.claim]?.evidence[0];
  return undefined;
}

export function evidenceLocation(evidence: Evidence): Location {
  return { uri: pathToUri(evidence.document.file), range: evidence.passage.range };
}

/** Data attached to each diagnostic so that code actions can find the finding again. */
export interface DiagnosticData {
  /** Draft offsets of the finding, to match it against a fresh report. */
  span: Span;
  claim?: number;
  quote?: number;
}

/** One diagnostic per finding. Findings whose severity is `off` never reach this point (the engine drops them). */
export function findingToDiagnostic(document: TextDocument, report: DraftReport, finding: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  if (finding.quote !== undefined && finding.quote >= 0) {
    const wording = report.quotes[finding.quote]?.sourceWording;
    if (wording) {
      related.push({
        location: { uri: pathToUri(wording.document.file), range: wording.range },
        message: `Source wording in ${wording.document.id}`,
      });
    }
  }
  const evidence = findingEvidence(report, finding);
  if (evidence && related.length === 0) {
    related.push({ location: evidenceLocation(evidence), message: `Closest passage in ${evidence.document.id}` });
  }
  const data: DiagnosticData = { span: finding.span, claim: finding.claim, quote: finding.quote };
  return {
    range: spanToRange(document, finding.span),
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
  return report.findings.map((finding) => findingToDiagnostic(document, report, finding));
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
 * A `command:` link to open a source file at a position. Arguments are JSON, URI-encoded as VS Code expects;
 * the characters `encodeURIComponent` leaves alone but Markdown link syntax cares about (a `)` in a file name
 * would end the link) are encoded too.
 */
export function openSourceCommandUri(uri: string, line: number, character: number): string {
  const args = encodeURIComponent(JSON.stringify([uri, line, character])).replace(
    /[()'!*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${OPEN_SOURCE_COMMAND}?${args}`;
}

const CLAIM_VERDICT_LABEL: Record<ClaimResult['verdict'], string> = {
  supported: '✓ Supported',
  contradicted: '✗ Contradicted',
  unsupported: '? Unsupported',
};

const QUOTE_VERDICT_LABEL: Record<QuoteResult['verdict'], string> = {
  verbatim: '✓ Verbatim quote',
  altered: '✗ Altered quote',
  'not-found': '? Quote not found in any source',
};

function percent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}

/** Passage text with some spans in bold; everything escaped. Spans are relative to the passage sentence. */
function renderWithBold(text: string, spans: readonly Span[]): string {
  const marks = spans
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlapping and touching spans so that bold markers never nest.
  const merged: Span[] = [];
  for (const s of marks) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += escapeMarkdown(text.slice(at, s.start));
    const inner = text.slice(s.start, s.end);
    // Bold must hug non-space characters to render as bold.
    const lead = inner.match(/^\s*/)![0];
    const trail = inner.match(/\s*$/)![0];
    const core = inner.slice(lead.length, inner.length - trail.length);
    out += (lead ? ' ' : '') + (core ? `**${escapeMarkdown(core)}**` : '') + (trail ? ' ' : '');
    at = s.end;
  }
  return out + escapeMarkdown(text.slice(at));
}

function evidenceHeader(evidence: Evidence, label: string): string {
  const { document, passage } = evidence;
  const uri = pathToUri(document.file);
  const { line, character } = passage.range.start;
  const name = `**${escapeMarkdown(document.id)}**${document.title ? ` — ${escapeMarkdown(document.title)}` : ''}`;
  return `${label}${name} · line ${line + 1} · ${percent(evidence.score)} · [Open source](${openSourceCommandUri(uri, line, character)})`;
}

function renderEvidence(evidence: Evidence, label: string, extraBold: readonly Span[] = []): string {
  const sentence = evidence.document.text.slice(evidence.passage.span.start, evidence.passage.span.end);
  const body = renderWithBold(sentence, [...(evidence.matches ?? []), ...extraBold]);
  return `${evidenceHeader(evidence, label)}\n\n> ${body}`;
}

const MAX_HOVER_PASSAGES = 3;

export function claimHover(result: ClaimResult): MarkupContent {
  const lines: string[] = [];
  const cited = result.claim.citations.map((c) => `\\[@${escapeMarkdown(c.key)}\\]`).join(' ');
  lines.push(`**Claimcheck** · ${CLAIM_VERDICT_LABEL[result.verdict]} claim · support ${percent(result.score)}${cited ? ` · cites ${cited}` : ''}`);
  for (const conflict of result.conflicts) {
    lines.push(`${escapeMarkdown(conflict.kind)}: ~~${escapeMarkdown(conflict.claim)}~~ → **${escapeMarkdown(conflict.source)}**`);
  }
  if (result.missing?.length) lines.push(`In no source: ${result.missing.map((w) => `**${escapeMarkdown(w)}**`).join(', ')}`);
  const passages = result.evidence.slice(0, MAX_HOVER_PASSAGES);
  if (passages.length === 0) lines.push('_No source passage is about this claim._');
  passages.forEach((evidence, i) => {
    const conflictSpans = i === 0 ? result.conflicts.flatMap((c) => (c.sourceSpan ? [c.sourceSpan] : [])) : [];
    lines.push('---', renderEvidence(evidence, passages.length > 1 ? `${i + 1}. ` : '', conflictSpans));
  });
  return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}

export function quoteHover(result: QuoteResult): MarkupContent {
  const lines: string[] = [];
  lines.push(`**Claimcheck** · ${QUOTE_VERDICT_LABEL[result.verdict]} · match ${percent(result.score)}`);
  for (const d of result.differences ?? []) {
    if (d.quote && d.source) lines.push(`~~${escapeMarkdown(d.quote)}~~ → **${escapeMarkdown(d.source)}**`);
    else if (d.quote) lines.push(`added: ~~${escapeMarkdown(d.quote)}~~`);
    else if (d.source) lines.push(`left out: **${escapeMarkdown(d.source)}**`);
  }
  const wording = result.sourceWording;
  if (wording) {
    const uri = pathToUri(wording.document.file);
    const { line, character } = wording.range.start;
    lines.push(
      '---',
      `The source reads, in **${escapeMarkdown(wording.document.id)}** · line ${line + 1} · [Open source](${openSourceCommandUri(uri, line, character)})`,
      `> “${escapeMarkdown(wording.text)}”`,
    );
  } else {
    const passages = result.evidence.slice(0, MAX_HOVER_PASSAGES);
    passages.forEach((evidence, i) => lines.push('---', renderEvidence(evidence, passages.length > 1 ? `${i + 1}. ` : '')));
  }
  return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}
