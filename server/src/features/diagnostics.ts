/**
 * Diagnostics: one per finding. Pulled by clients that support `textDocument/diagnostic` (open drafts) and
 * `workspace/diagnostic` (drafts that are not open); pushed with `publishDiagnostics` to other clients.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, draftFormatOf } from '../core/api';
import { pathToUri, reportToDiagnostics, uriToPath } from '../convert';
import { allProjects, cancelledError, isDraftDocument, projectFor, type ServerContext } from '../context';
import type { DraftCheck } from '../project';

/** Typing is coalesced for this long before a push client gets new diagnostics. */
const PUSH_DELAY_MS = 150;

/**
 * The diagnostics of a report. None while the workspace has no sources at all: every claim would be
 * "unsupported" and every citation "unknown", which says nothing about the draft (the status bar says
 * "no sources" instead). This also keeps Claimcheck quiet in workspaces that are not set up for it.
 */
function draftDiagnostics(context: ServerContext, document: TextDocument, report: DraftCheck['report']): Diagnostic[] {
  return projectFor(context, document.uri).documentCount === 0 ? [] : reportToDiagnostics(document, report);
}

function diagnosticsOfFile(context: ServerContext, path: string, check: DraftCheck): Diagnostic[] {
  const languageId = draftFormatOf(path) === 'markdown' ? 'markdown' : 'plaintext';
  const document = TextDocument.create(pathToUri(path), languageId, 0, check.text);
  return draftDiagnostics(context, document, check.report);
}

/** Calls `listener` whenever any project's index or settings change. */
function onAnyGeneration(context: ServerContext, listener: () => void): void {
  if (context.projects) context.projects.onDidChangeGeneration(listener);
  else context.project.onDidChangeGeneration(listener);
}

/** Answer for a pull that was overtaken: the client asks again. */
function retrigger(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'The draft or the sources changed; ask again.', { retriggerRequest: true });
}

const notedSources = new WeakMap<ServerContext, Set<string>>();

/**
 * An open Markdown or text file that the sources setting matches is a source, never a draft (a draft never
 * supports itself): say so once in the log, since the writer sees no diagnostics on it.
 */
function noteSourceNotDraft(context: ServerContext, document: TextDocument): void {
  if (document.languageId !== 'markdown' && document.languageId !== 'plaintext') return;
  const path = uriToPath(document.uri);
  if (path === undefined || !projectFor(context, document.uri).isSource(path)) return;
  let noted = notedSources.get(context);
  if (!noted) notedSources.set(context, (noted = new Set()));
  if (noted.has(document.uri)) return;
  noted.add(document.uri);
  context.log(`Not checking ${path}: it is one of the sources (setting "sources"), and a draft is never checked against itself. Move it out of the sources to check it.`);
}

export function registerDiagnostics(context: ServerContext): void {
  const { connection, documents } = context;

  // --- pull: one document -----------------------------------------------------------------------------
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    try {
      if (document) {
        if (!isDraftDocument(context, document)) {
          noteSourceNotDraft(context, document);
          return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        }
        const version = document.version;
        const check = await projectFor(context, uri).checkDocument(document, token);
        if (token.isCancellationRequested) throw cancelledError(token);
        if (documents.get(uri)?.version !== version) throw retrigger();
        if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        if (params.previousResultId === check.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: check.resultId, items: draftDiagnostics(context, document, check.report) };
      }
      // Not open (the client asks once more after a close): answer from the disk.
      const path = uriToPath(uri);
      const project = projectFor(context, uri);
      if (path === undefined || !project.isDraftPath(path)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const check = await project.checkFile(path, token);
      if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (params.previousResultId === check.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: check.resultId, items: diagnosticsOfFile(context, path, check) };
    } catch (error) {
      if (error instanceof CancelledError) throw token.isCancellationRequested ? cancelledError(token) : retrigger();
      throw error;
    }
  });

  // --- pull: the drafts that are not open --------------------------------------------------------------
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const openPaths = new Set(documents.all().map((d) => uriToPath(d.uri)).filter((p): p is string => p !== undefined));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const seen = new Set<string>();
    try {
      for (const project of allProjects(context)) {
        await project.whenReady(token);
        // Nothing to check against (maybe not a Claimcheck workspace at all): do not read every draft.
        if (project.documentCount === 0) continue;
        const drafts = await project.listDrafts(token);
        for (const path of drafts) {
          if (token.isCancellationRequested) throw cancelledError(token);
          const uri = pathToUri(path);
          // Open drafts are left to document pulls; a draft in nested folders belongs to the innermost one.
          if (openPaths.has(path) || seen.has(uri) || projectFor(context, uri) !== project) continue;
          seen.add(uri);
          const resultId = await project.fileResultId(path);
          if (resultId !== undefined && previous.get(uri) === resultId) {
            items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
            continue;
          }
          const check = await project.checkFile(path, token);
          if (!check) continue;
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: check.resultId, items: diagnosticsOfFile(context, path, check) });
        }
      }
      // Drafts the client knew of that are gone (deleted, now sources, or no sources to check against): clear them.
      for (const [uri, value] of previous) {
        const path = uriToPath(uri);
        if (seen.has(uri) || path === undefined || openPaths.has(path)) continue;
        const resultId = `gone:${projectFor(context, uri).generation}`;
        items.push(
          value === resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId }
            : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: [] },
        );
      }
    } catch (error) {
      if (error instanceof CancelledError) throw token.isCancellationRequested ? cancelledError(token) : retrigger();
      throw error;
    }
    return { items };
  });

  // --- refresh and push --------------------------------------------------------------------------------
  if (context.client.pullDiagnostics) {
    let refreshQueued = false;
    onAnyGeneration(context, () => {
      if (!context.client.diagnosticsRefresh || refreshQueued) return;
      refreshQueued = true;
      queueMicrotask(() => {
        refreshQueued = false;
        connection.languages.diagnostics.refresh().catch((error) => context.log(`Diagnostics refresh failed: ${error}`));
      });
    });
    return;
  }

  const timers = new Map<string, NodeJS.Timeout>();
  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document || !isDraftDocument(context, document)) return;
    const version = document.version;
    try {
      const check = await projectFor(context, uri).checkDocument(document);
      if (!check || documents.get(uri)?.version !== version) return; // a newer version is scheduled
      await connection.sendDiagnostics({ uri, version, diagnostics: draftDiagnostics(context, document, check.report) });
    } catch (error) {
      if (!(error instanceof CancelledError)) context.log(`Checking ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  };
  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, delay),
    );
  };
  documents.onDidOpen((event) => schedule(event.document.uri, 0));
  documents.onDidChangeContent((event) => schedule(event.document.uri, PUSH_DELAY_MS));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  onAnyGeneration(context, () => {
    for (const document of documents.all()) schedule(document.uri, 0);
  });
}

/** For push clients: publishes the diagnostics of a draft file that was checked on request. */
export function publishFileDiagnostics(context: ServerContext, path: string, check: DraftCheck): void {
  if (context.client.pullDiagnostics) return;
  void context.connection.sendDiagnostics({ uri: pathToUri(path), diagnostics: diagnosticsOfFile(context, path, check) });
}
