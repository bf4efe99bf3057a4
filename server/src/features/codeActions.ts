/**
 * Code actions. Quick fixes for findings (use the source's wording of a quote, use the source's value,
 * fix an unknown citation key, ignore the paragraph, open the passage) and source actions on claims
 * (insert a citation for the best passage). Drafts change only through edits the user applies.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  alteredQuoteEdit,
  conflictParts,
  evidenceLocation,
  findingEvidence,
  placeAt,
  type ClaimResult,
  type DraftReport,
  type Evidence,
  type Finding,
  type Span,
} from '../core/api';
import { sourceUri, spanToRange, type DiagnosticData } from '../convert';
import { currentCheck, type ServerContext } from '../context';
import { OPEN_SOURCE_COMMAND } from '../../../shared/protocol';
import { overlaps } from './locate';

export const IGNORE_COMMENT = '<!-- claimcheck-ignore -->';
/** Kind of the "insert a citation" source actions. */
export const CITE_KIND = `${CodeActionKind.Source}.claimcheck.cite`;

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Where a citation marker goes: before the sentence's final punctuation, as Pandoc puts it, else after. */
export function citationInsertOffset(text: string, claim: Span): number {
  let end = claim.end;
  while (end > claim.start && /\s/.test(text[end - 1])) end--;
  return end > claim.start && /[.!?]/.test(text[end - 1]) ? end - 1 : end;
}

function quoted(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(async (params, token): Promise<CodeAction[] | null> => {
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const { document, check } = current;
    const { report, text } = check;
    const range: Span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    const only = params.context.only;
    const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

    const edit = (edits: TextEdit[]): WorkspaceEdit =>
      context.client.documentChanges
        ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
        : { changes: { [document.uri]: edits } };
    const actions: CodeAction[] = [];

    // Quick fixes, one group per finding under the cursor (matched to the client's diagnostic when it has one).
    const clientDiagnostics = params.context.diagnostics.filter((d) => d.source === 'claimcheck');
    const diagnosticOf = (finding: Finding): Diagnostic[] => {
      const match = clientDiagnostics.find((d) => {
        const data = d.data as DiagnosticData | undefined;
        return d.code === finding.code && (data?.span ? sameSpan(data.span, finding.span) : true);
      });
      return match ? [match] : [];
    };
    const ignored = new Set<number>();
    if (wanted(CodeActionKind.QuickFix)) {
      for (const finding of report.findings) {
        if (!overlaps(finding.span, range)) continue;
        const diagnostics = diagnosticOf(finding);
        actions.push(...fixesFor(finding, report, document, text, diagnostics, edit));
        const paragraph = paragraphOf(report, finding);
        if (paragraph !== undefined && !ignored.has(paragraph)) {
          ignored.add(paragraph);
          actions.push(ignoreParagraph(document, text, report.analysis.paragraphs[paragraph], diagnostics, edit));
        }
        const evidence = findingEvidence(report, finding);
        if (evidence) actions.push(openSource(evidence, diagnostics));
      }
    }

    // Source actions: cite the best passage of a supported claim that does not cite it yet.
    if (wanted(CITE_KIND)) {
      for (const result of report.claims) {
        if (!overlaps(result.claim.span, range)) continue;
        const action = citeAction(result, document, text, edit);
        if (action) actions.push(action);
      }
    }
    if (token.isCancellationRequested) return null;
    return actions;
  });
}

function fixesFor(
  finding: Finding,
  report: DraftReport,
  document: TextDocument,
  text: string,
  diagnostics: Diagnostic[],
  edit: (edits: TextEdit[]) => WorkspaceEdit,
): CodeAction[] {
  const out: CodeAction[] = [];
  if (finding.code === 'altered-quote' && finding.quote !== undefined) {
    const result = report.quotes[finding.quote];
    if (result?.sourceWording) {
      // The sentence's own punctuation inside the quotation marks stays (core/fixes.ts).
      const fix = alteredQuoteEdit(text, result.quote.span, result.sourceWording.text);
      out.push({
        title: `Use the source's wording: ${quoted(result.sourceWording.text)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: true,
        edit: edit([{ range: spanToRange(document, fix.span), newText: fix.newText }]),
      });
    }
  }
  if (finding.code === 'contradicted-claim' && finding.claim !== undefined) {
    const result = report.claims[finding.claim];
    const best = result?.evidence[0];
    for (const conflict of result?.conflicts ?? []) {
      // A denial is no value to put in: the writer must reword the claim.
      if (conflict.kind === 'negation') continue;
      const whole = conflict.claimSpan ?? uniqueOccurrence(text, conflict.claim, result.claim.span);
      if (!whole || !best) continue;
      // No value fits (a figure given to another row, a direction a signed figure gives).
      if (conflict.replacement === null) continue;
      // Only the part that differs ("Clark" in "Texas Judge Letitia Clark"), as the message names it.
      const parts = conflictParts(conflict);
      const exact = text.slice(whole.start, whole.end) === conflict.claim;
      // A value put in as the claim writes it, where the source's is worded otherwise ("Lost: 5").
      const replaced = conflict.replacement !== undefined;
      const claimSpan = exact && !replaced ? { start: whole.start + parts.claimOffset.start, end: whole.start + parts.claimOffset.end } : whole;
      // (A hard-wrapped source's line breaks are spaces in the draft: "Wednesday 2\nOctober 2024".)
      const newText = (replaced ? conflict.replacement! : exact ? parts.source : conflict.source).replace(/\s*\n\s*/g, ' ');
      out.push({
        title: `Change ${quoted(exact && !replaced ? parts.claim : conflict.claim)} to ${quoted(newText)}, as ${best.document.id} has it`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: result.conflicts.length === 1,
        edit: edit([{ range: spanToRange(document, claimSpan), newText }]),
      });
    }
  }
  if (finding.code === 'misattributed-quote' && finding.fix) {
    // The speaker the sources give, in place of the name the draft gives.
    out.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      edit: edit([{ range: spanToRange(document, finding.fix.span), newText: finding.fix.text }]),
    });
  }
  if (finding.code === 'unknown-citation') {
    // Offer the key of the best supporting passage of the claim the marker belongs to.
    const owner = report.claims.find((c) => c.claim.citations.some((cit) => sameSpan(cit.span, finding.span)));
    const best = owner?.verdict === 'supported' ? owner.evidence[0] : undefined;
    const current = text.slice(finding.span.start, finding.span.end);
    if (best && current !== `[@${best.document.key}]`) {
      out.push({
        title: `Cite ${best.document.id} instead: [@${best.document.key}]`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: true,
        edit: edit([{ range: spanToRange(document, finding.span), newText: `[@${best.document.key}]` }]),
      });
    }
  }
  return out;
}

/** Where `value` occurs in `text` within `within`, when it occurs there exactly once. */
function uniqueOccurrence(text: string, value: string, within: Span): Span | undefined {
  if (!value) return undefined;
  const slice = text.slice(within.start, within.end);
  const first = slice.indexOf(value);
  if (first < 0 || slice.indexOf(value, first + 1) >= 0) return undefined;
  return { start: within.start + first, end: within.start + first + value.length };
}

function paragraphOf(report: DraftReport, finding: Finding): number | undefined {
  if (finding.claim !== undefined && finding.claim >= 0) return report.claims[finding.claim]?.claim.paragraph;
  if (finding.quote !== undefined && finding.quote >= 0) {
    const claim = report.quotes[finding.quote]?.quote.claim;
    if (claim !== undefined && claim >= 0) return report.claims[claim]?.claim.paragraph;
  }
  const index = report.analysis.paragraphs.findIndex((p) => overlaps(p, finding.span));
  return index >= 0 ? index : undefined;
}

function ignoreParagraph(
  document: TextDocument,
  text: string,
  paragraph: Span,
  diagnostics: Diagnostic[],
  edit: (edits: TextEdit[]) => WorkspaceEdit,
): CodeAction {
  const start = document.positionAt(paragraph.start);
  const lineStart = document.offsetAt({ line: start.line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, paragraph.start))![0];
  return {
    title: 'Ignore this paragraph (claimcheck-ignore)',
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: edit([{ range: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } }, newText: `${indent}${IGNORE_COMMENT}\n` }]),
  };
}

function openSource(evidence: Evidence, diagnostics: Diagnostic[]): CodeAction {
  const { document, passage } = evidence;
  const { line, character } = passage.range.start;
  const page = placeAt(document, passage.span.start).page;
  return {
    title: `Open the source passage (${evidenceLocation(evidence)})`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    // [uri, line, character, endLine, endCharacter, { page }?]: the passage selected; a PDF's page for a viewer.
    command: {
      title: 'Open Source',
      command: OPEN_SOURCE_COMMAND,
      arguments: [sourceUri(document), line, character, passage.range.end.line, passage.range.end.character, ...(page !== undefined ? [{ page }] : [])],
    },
  };
}

function citeAction(result: ClaimResult, document: TextDocument, text: string, edit: (edits: TextEdit[]) => WorkspaceEdit): CodeAction | undefined {
  const best = result.evidence[0];
  if (!best || result.verdict !== 'supported') return undefined;
  if (result.claim.citations.some((c) => c.key === best.document.key)) return undefined;
  const at = document.positionAt(citationInsertOffset(text, result.claim.span));
  return {
    title: `Cite ${best.document.id}: insert [@${best.document.key}]`,
    kind: CITE_KIND,
    edit: edit([{ range: { start: at, end: at }, newText: ` [@${best.document.key}]` }]),
  };
}
