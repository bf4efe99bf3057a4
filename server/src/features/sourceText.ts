/**
 * `claimcheck/sourceText`: the extracted text of a PDF, Word or web-archive source, which the client shows as a
 * read-only document when "Open source" or Go to Definition lands on one of its passages. The text is
 * extracted again from the file (extraction is deterministic, so the positions in the index and in the cache
 * match it); the last few are kept. Only files that are sources of a workspace folder are read.
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { isSourceFile, loadSourceFile } from '../core/api';
import { uriToPath } from '../convert';
import { projectFor, type ServerContext } from '../context';
import { SourceTextRequest, type SourceTextResult } from '../../../shared/protocol';

const KEEP = 4;

export function registerSourceText(context: ServerContext): void {
  const recent = new Map<string, { stamp: string; result: SourceTextResult | null }>();
  context.connection.onRequest(SourceTextRequest, async ({ uri }) => {
    const path = typeof uri === 'string' ? uriToPath(uri) : undefined;
    if (!path) throw new ResponseError(ErrorCodes.InvalidParams, 'Not a file URI.');
    const project = projectFor(context, uri);
    if (project.root === undefined || !isSourceFile(path, project.root, project.config)) return null;
    const stat = await project.fs.stat(path).catch(() => undefined);
    if (!stat) return null;
    const stamp = `${stat.size}|${stat.mtime}`;
    const known = recent.get(path);
    if (known && known.stamp === stamp) return known.result;
    const loaded = await loadSourceFile(project.fs, path, project.root, project.config);
    const result = loaded.view !== undefined ? { text: loaded.view } : null;
    if (loaded.view === undefined && loaded.warnings.length) throw new ResponseError(ErrorCodes.InternalError, loaded.warnings.map((w) => w.message).join(' '));
    recent.delete(path);
    recent.set(path, { stamp, result });
    while (recent.size > KEEP) recent.delete(recent.keys().next().value!);
    return result;
  });
}
