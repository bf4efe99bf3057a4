/** Hover on a claim or a quote: its verdict and the passages behind it. */
import type { Hover } from 'vscode-languageserver';
import { claimHover, quoteHover, spanToRange } from '../convert';
import { currentCheck, type ServerContext } from '../context';
import { locate } from './locate';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token): Promise<Hover | null> => {
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const { document, check } = current;
    const found = locate(check.report, document.offsetAt(params.position));
    if (!found) return null;
    if (found.kind === 'quote') return { contents: quoteHover(found.result), range: spanToRange(document, found.result.quote.span) };
    return { contents: claimHover(found.result), range: spanToRange(document, found.result.claim.span) };
  });
}
