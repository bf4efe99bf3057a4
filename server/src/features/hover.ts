/**
 * Hover on a claim, a quote or a citation marker: the evidence behind it (hoverCards.ts), without repeating the
 * finding that the editor shows above it. During a burst of typing it answers from the last finished check where
 * the text around the hover has not changed (`locateAt`).
 */
import type { Hover } from 'vscode-languageserver';
import { standingOf } from '../core/api';
import { spanToRange } from '../convert';
import { projectFor, type ServerContext } from '../context';
import { citationHover, claimHover, quoteHover } from '../hoverCards';
import { locateAt } from './locate';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token): Promise<Hover | null> => {
    const found = await locateAt(context, params.textDocument.uri, params.position, token);
    if (!found) return null;
    const { document, report, located, span } = found;
    const project = projectFor(context, params.textDocument.uri);
    if (located.kind === 'citation') {
      const contents = citationHover(located.citation.key, project.documentsByKey(located.citation.key));
      return contents && { contents, range: spanToRange(document, span) };
    }
    if (located.kind === 'quote') {
      const contents = quoteHover(located.result, report.findings.find((f) => f.quote === located.index));
      return contents && { contents, range: spanToRange(document, span) };
    }
    // The claim's own finding (its verdict's first), and those on the quotes and citation markers inside it.
    const standing = standingOf(report).claims[located.index];
    const own = standing.own.find((f) => f.code.endsWith('-claim')) ?? standing.own[0];
    const contents = claimHover(located.result, own, project.config.thresholds.support, standing.inside);
    return contents && { contents, range: spanToRange(document, span) };
  });
}
