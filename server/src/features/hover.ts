/** Hover on a claim or a quote: its verdict and the passages behind it. */
import type { Hover } from 'vscode-languageserver';
import { claimHover, quoteHover, spanToRange } from '../convert';
import type { ServerContext } from '../context';
import { locateAt } from './locate';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token): Promise<Hover | null> => {
    const found = await locateAt(context, params.textDocument.uri, params.position, token);
    if (!found) return null;
    const { document, located, span } = found;
    if (located.kind === 'quote') return { contents: quoteHover(located.result), range: spanToRange(document, span) };
    return { contents: claimHover(located.result), range: spanToRange(document, span) };
  });
}
