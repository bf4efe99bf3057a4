/**
 * Hover on a claim, a quote or a citation marker: the evidence behind it (hoverCards.ts), without repeating the
 * finding that the editor shows above it.
 */
import type { Hover } from 'vscode-languageserver';
import { spanToRange } from '../convert';
import { currentCheck, projectFor, type ServerContext } from '../context';
import { citationHover, claimHover, quoteHover } from '../hoverCards';
import { locate } from './locate';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token): Promise<Hover | null> => {
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const { document, check } = current;
    const { report } = check;
    const found = locate(report, document.offsetAt(params.position));
    if (!found) return null;
    const project = projectFor(context, params.textDocument.uri);
    if (found.kind === 'citation') {
      const contents = citationHover(found.citation.key, project.documentsByKey(found.citation.key));
      return contents && { contents, range: spanToRange(document, found.citation.span) };
    }
    if (found.kind === 'quote') {
      const contents = quoteHover(found.result, report.findings.find((f) => f.quote === found.index));
      return contents && { contents, range: spanToRange(document, found.result.quote.span) };
    }
    const contents = claimHover(found.result, report.findings.find((f) => f.claim === found.index), project.config.thresholds.support);
    return contents && { contents, range: spanToRange(document, found.result.claim.span) };
  });
}
