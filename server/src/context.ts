/**
 * What every `register…` feature gets: the connection, the open documents, the project and what the client
 * can do. Also the shared helpers for "find the draft of this request and its current report".
 */
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from './core/types';
import type { DraftCheck, Project } from './project';
import type { ProjectSet } from './projects';

export interface ClientSupport {
  /** The client pulls diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
  pullDiagnostics: boolean;
  diagnosticsRefresh: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  workDoneProgress: boolean;
  documentChanges: boolean;
  /** The client takes `workspace/inlayHint/refresh`. */
  inlayHintRefresh: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The first workspace folder's project. */
  project: Project;
  /** Every workspace folder's project (absent when a caller wires up a single project, as the benchmark does). */
  projects?: ProjectSet;
  client: ClientSupport;
  log(message: string): void;
}

/** The project a document or file belongs to. */
export function projectFor(context: ServerContext, uri: string): Project {
  return context.projects?.forUri(uri) ?? context.project;
}

/** Every project. */
export function allProjects(context: ServerContext): readonly Project[] {
  return context.projects?.all ?? [context.project];
}

/**
 * Whether an open document is a draft Claimcheck checks: the rule of core/drafts.ts (by extension, language,
 * place), logged once per document when it says no.
 */
export function isDraftDocument(context: ServerContext, document: TextDocument): boolean {
  return projectFor(context, document.uri).classifyDocument(document.uri, document.languageId).draft;
}

/** The error to answer with when a request was cancelled, or its document changed meanwhile. */
export function cancelledError(token: CancellationToken): ResponseError<void> {
  return token.isCancellationRequested
    ? new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.')
    : new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; the answer would be stale.');
}

/**
 * The current report of an open draft, for a request about it. Undefined when the document is not open or
 * not a draft. Throws a cancellation error when the request is cancelled or the document changes before the
 * report is ready, so that no answer ever describes a stale version.
 */
export async function currentCheck(
  context: ServerContext,
  uri: string,
  token: CancellationToken,
): Promise<{ document: TextDocument; check: DraftCheck } | undefined> {
  const document = context.documents.get(uri);
  if (!document || !isDraftDocument(context, document)) return undefined;
  const version = document.version;
  let check: DraftCheck | undefined;
  try {
    check = await projectFor(context, uri).checkDocument(document, token);
  } catch (error) {
    if (error instanceof CancelledError) throw cancelledError(token);
    throw error;
  }
  if (token.isCancellationRequested || context.documents.get(uri)?.version !== version) throw cancelledError(token);
  return check && { document, check };
}
