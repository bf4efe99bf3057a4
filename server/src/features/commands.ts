/**
 * The custom requests behind the client's commands: check the workspace (or one draft) and rebuild the index.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { addToSummary, emptySummary, type ReportSummary } from '../core/check';
import { relativePath } from '../core/fs';
import { CancelledError } from '../core/types';
import { pathToUri, uriToPath } from '../convert';
import { cancelledError, isDraftDocument, type ServerContext } from '../context';
import { CheckWorkspaceRequest, RebuildIndexRequest, type CheckWorkspaceResult, type FileSummary } from '../protocol';
import type { DraftCheck } from '../project';
import { publishFileDiagnostics } from './diagnostics';

export function registerCommands(context: ServerContext): void {
  const { connection, documents, project } = context;

  connection.onRequest(CheckWorkspaceRequest, async (params, token): Promise<CheckWorkspaceResult> => {
    const open = new Map(documents.all().flatMap((d) => {
      const path = uriToPath(d.uri);
      return path === undefined ? [] : [[path, d] as const];
    }));
    let targets: { uri: string; path?: string }[];
    if (params?.uri) {
      const path = uriToPath(params.uri);
      const document = documents.get(params.uri);
      if (document ? !isDraftDocument(context, document) : path === undefined || !project.isDraftPath(path)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, `${params.uri} is not a draft: Claimcheck checks Markdown and plain-text files outside the sources.`);
      }
      targets = [{ uri: params.uri, path }];
    } else {
      targets = (await project.listDrafts(token)).map((path) => ({ uri: pathToUri(path), path }));
    }
    const files: FileSummary[] = [];
    const total: ReportSummary = emptySummary();
    try {
      for (const target of targets) {
        if (token.isCancellationRequested) throw cancelledError(token);
        const document = documents.get(target.uri) ?? (target.path !== undefined ? open.get(target.path) : undefined);
        let check: DraftCheck | undefined;
        if (document) check = await project.checkDocument(document, token);
        else if (target.path !== undefined) {
          check = await project.checkFile(target.path, token);
          if (check) publishFileDiagnostics(context, target.path, check);
        }
        if (!check) continue;
        addToSummary(total, check.report);
        const summary = addToSummary(emptySummary(), check.report);
        files.push({ uri: document?.uri ?? target.uri, path: target.path && project.root ? relativePath(project.root, target.path) : target.uri, ...summary });
      }
    } catch (error) {
      if (error instanceof CancelledError) throw cancelledError(token);
      throw error;
    }
    return { files, total: { ...total, files: files.length }, sources: project.documentCount };
  });

  connection.onRequest(RebuildIndexRequest, async () => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Claimcheck: indexing sources', 0, undefined, false);
    try {
      await project.settled();
      const stats = await project.rebuild((percent, message) => progress.report(percent, message));
      return {
        documents: stats?.documents ?? 0,
        passages: stats?.passages ?? 0,
        files: stats?.files ?? 0,
        milliseconds: stats?.milliseconds ?? 0,
        warnings: project.warningCount,
      };
    } finally {
      progress.done();
    }
  });
}
