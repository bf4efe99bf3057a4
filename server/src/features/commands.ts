/**
 * The custom requests behind the client's commands: check the workspace (or one draft) and rebuild the index.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { addToSummary, emptySummary, type ReportSummary } from '../core/api';
import { relativePath } from '../core/api';
import { CancelledError } from '../core/api';
import { pathToUri, uriToPath } from '../convert';
import { allProjects, cancelledError, isDraftDocument, projectFor, type ServerContext } from '../context';
import { CheckWorkspaceRequest, RebuildIndexRequest, type CheckWorkspaceResult, type FileSummary } from '../../../shared/protocol';
import type { DraftCheck } from '../project';
import { publishFileDiagnostics } from './diagnostics';

export function registerCommands(context: ServerContext): void {
  const { connection, documents } = context;

  connection.onRequest(CheckWorkspaceRequest, async (params, token): Promise<CheckWorkspaceResult> => {
    const open = new Map(documents.all().flatMap((d) => {
      const path = uriToPath(d.uri);
      return path === undefined ? [] : [[path, d] as const];
    }));
    let targets: { uri: string; path?: string }[];
    if (params?.uri) {
      const path = uriToPath(params.uri);
      const document = documents.get(params.uri);
      if (document ? !isDraftDocument(context, document) : path === undefined || !projectFor(context, params.uri).isDraftPath(path)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, `${params.uri} is not a draft: Claimcheck checks Markdown and plain-text files outside the sources.`);
      }
      targets = [{ uri: params.uri, path }];
    } else {
      const seen = new Set<string>();
      targets = [];
      for (const project of allProjects(context)) {
        for (const path of await project.listDrafts(token)) {
          const uri = pathToUri(path);
          if (seen.has(uri) || projectFor(context, uri) !== project) continue; // nested folders: the innermost owns it
          seen.add(uri);
          targets.push({ uri, path });
        }
      }
    }
    const files: FileSummary[] = [];
    const total: ReportSummary = emptySummary();
    try {
      for (const target of targets) {
        if (token.isCancellationRequested) throw cancelledError(token);
        const document = documents.get(target.uri) ?? (target.path !== undefined ? open.get(target.path) : undefined);
        const project = projectFor(context, target.uri);
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
    const sources = allProjects(context).reduce((n, p) => n + p.documentCount, 0);
    return { files, total: { ...total, files: files.length }, sources };
  });

  connection.onRequest(RebuildIndexRequest, async () => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Claimcheck: indexing sources', 0, undefined, false);
    try {
      const result = { documents: 0, passages: 0, files: 0, milliseconds: 0, warnings: 0 };
      for (const project of allProjects(context)) {
        await project.settled();
        const stats = await project.rebuild((percent, message) => progress.report(percent, message));
        result.documents += stats?.documents ?? 0;
        result.passages += stats?.passages ?? 0;
        result.files += stats?.files ?? 0;
        result.milliseconds += stats?.milliseconds ?? 0;
        result.warnings += project.warningCount;
      }
      return result;
    } finally {
      progress.done();
    }
  });
}
