/**
 * Go to Definition on a claim or a quote: the best evidence passage (for a quote, the source's wording), its whole
 * range, so that clients that select the target select the passage. On a citation marker: the cited source file.
 */
import type { Location } from 'vscode-languageserver';
import { evidenceToLocation, sourceUri } from '../convert';
import { currentCheck, projectFor, type ServerContext } from '../context';
import { locate } from './locate';

export function registerDefinition(context: ServerContext): void {
  context.connection.onDefinition(async (params, token): Promise<Location | Location[] | null> => {
    const current = await currentCheck(context, params.textDocument.uri, token);
    if (!current) return null;
    const found = locate(current.check.report, current.document.offsetAt(params.position));
    if (!found) return null;
    if (found.kind === 'citation') {
      const documents = projectFor(context, params.textDocument.uri).documentsByKey(found.citation.key);
      // A PDF or Word source opens as its extracted text.
      const uris = [...new Set(documents.map((d) => sourceUri(d)))];
      return uris.map((uri) => ({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
    }
    if (found.kind === 'quote' && found.result.sourceWording) {
      const wording = found.result.sourceWording;
      return { uri: sourceUri(wording.document), range: wording.range };
    }
    const best = found.result.evidence[0];
    return best ? evidenceToLocation(best) : null;
  });
}
