/** Go to Definition on a claim or a quote: the best evidence passage, in its source file. */
import type { Location } from 'vscode-languageserver';
import { evidenceLocation, sourceUri } from '../convert';
import { currentCheck, type ServerContext } from '../context';
import { locate } from './locate';

export function registerDefinition(context: ServerContext): void {
  context.connection.onDefinition(async (params, token): Promise<Location | null> => {
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const found = locate(current.check.report, current.document.offsetAt(params.position));
    if (!found) return null;
    if (found.kind === 'quote' && found.result.sourceWording) {
      const wording = found.result.sourceWording;
      return { uri: sourceUri(wording.document), range: wording.range };
    }
    const best = found.result.evidence[0];
    return best ? evidenceLocation(best) : null;
  });
}
