/**
 * A subtle marker after each supported claim: an inlay hint "✓ interview-park:12" (the supporting source's
 * citation key and line), so that a checked, supported sentence no longer looks like one nobody checked. The label
 * links to the passage (Ctrl/Cmd+click opens it). Off with the editor setting `claimcheck.markSupportedClaims`.
 * Only a *clear* claim is marked (core/standing.ts): a ✓ beside a flagged quote would tell the writer the sentence
 * is fine.
 */
import { InlayHint, type InlayHintLabelPart } from 'vscode-languageserver';
import { currentCheck, projectFor, type ServerContext } from '../context';
import { standingOf, supportingFiles } from '../core/api';
import { pathToUri } from '../convert';

/** The label of a supported claim's marker: `✓ key:line` of its best passage. */
export function supportedMarkerLabel(key: string, line: number): string {
  return `✓ ${key}:${line + 1}`;
}

export function registerInlayHints(context: ServerContext): void {
  const { connection } = context;

  connection.languages.inlayHint.on(async (params, token): Promise<InlayHint[] | null> => {
    const project = projectFor(context, params.textDocument.uri);
    if (!project.editorSettings.markSupportedClaims || project.documentCount === 0) return [];
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const { document, check } = current;
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    const hints: InlayHint[] = [];
    const standing = standingOf(check.report).claims;
    for (const [i, result] of check.report.claims.entries()) {
      if (!standing[i].clear || result.claim.span.end < start || result.claim.span.start > end) continue;
      const best = result.evidence[0];
      if (!best) continue;
      const { line } = best.passage.range.start;
      const others = supportingFiles(result, project.config.thresholds.support).size - 1;
      const part: InlayHintLabelPart = {
        value: supportedMarkerLabel(best.document.key, line),
        tooltip: `Supported by ${best.document.id}, line ${line + 1} (support ${Math.round(result.score * 100)}%)${others > 0 ? ` and ${others} other source${others === 1 ? '' : 's'}` : ''}. Ctrl+click opens the passage.`,
        location: { uri: pathToUri(best.document.file), range: best.passage.range },
      };
      hints.push({ position: document.positionAt(result.claim.span.end), label: [part], paddingLeft: true });
    }
    return hints;
  });

  // Verdicts change with the sources and the settings: ask the editor for the hints again.
  const refresh = () => {
    if (context.client.inlayHintRefresh) connection.languages.inlayHint.refresh().catch((error) => context.log(`Inlay hint refresh failed: ${error}`));
  };
  if (context.projects) {
    context.projects.onDidChangeGeneration(refresh);
    context.projects.onDidChangeEditorSettings(refresh);
  } else {
    context.project.onDidChangeGeneration(refresh);
    context.project.onDidChangeEditorSettings(refresh);
  }
}
