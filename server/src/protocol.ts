/**
 * Claimcheck's own LSP messages, shared by the server and the VS Code client (and usable by any other client).
 * Every method is namespaced `claimcheck/…`. This file holds only types and message-type constants: it must
 * stay importable from the client bundle without pulling in the server.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ReportSummary } from './core/check';

// ---------------------------------------------------------------------------------------------------------
// claimcheck/status

export type ServerState = 'indexing' | 'ready' | 'error';

export interface StatusParams {
  state: ServerState;
  /** Source documents in the index (a JSONL file counts once per record). */
  documents: number;
  passages: number;
  /** Duration of the last complete index build, in milliseconds. */
  indexMilliseconds: number;
  /** While indexing: how far along, 0–100, when known. */
  progress?: number;
  /** Findings in the drafts checked so far (open drafts and the last workspace check), and how many are unsupported claims. */
  findings: number;
  unsupported: number;
  /** Source files that could not be read or were skipped, plus problems in `.claimcheck.json`. */
  warnings: number;
  /** A short human-readable explanation for `error`, or a note such as "no sources found". */
  message?: string;
}

/**
 * Server → client, whenever the index state or the finding counts change. The client shows it in the
 * status bar; nothing else depends on it.
 */
export const StatusNotification = new NotificationType<StatusParams>('claimcheck/status');

// ---------------------------------------------------------------------------------------------------------
// claimcheck/checkWorkspace

/**
 * Counts of one draft or of all of them: claims by verdict, quotes by verdict, and findings by code after the
 * severity settings (codes set to `off` count 0). The engine's own summary type, sent as it is.
 */
export type CheckCounts = ReportSummary;

export interface CheckWorkspaceParams {
  /** Check only this draft (a `file:` URI); otherwise every draft in the workspace. */
  uri?: string;
}

export interface FileSummary extends CheckCounts {
  uri: string;
  /** Path relative to the workspace root, for display. */
  path: string;
}

export interface CheckWorkspaceResult {
  files: FileSummary[];
  total: CheckCounts & { files: number };
  /** Source documents the drafts were checked against. */
  sources: number;
}

/**
 * Client → server, from the "Claimcheck: Check Citations" command: checks one draft or all drafts and
 * answers with counts. Diagnostics for the checked files are refreshed (pull) or published (push) as well.
 */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('claimcheck/checkWorkspace');

// ---------------------------------------------------------------------------------------------------------
// claimcheck/rebuildIndex

export interface RebuildIndexResult {
  documents: number;
  passages: number;
  files: number;
  milliseconds: number;
  warnings: number;
}

/**
 * Client → server, from the "Claimcheck: Rebuild Source Index" command: re-reads the configuration and every
 * source from disk, then refreshes diagnostics. Answers when the new index is in use.
 */
export const RebuildIndexRequest = new RequestType0<RebuildIndexResult, void>('claimcheck/rebuildIndex');

// ---------------------------------------------------------------------------------------------------------
// claimcheck/sourceText

/**
 * URI scheme of the extracted text of a source whose file is not text (PDF, Word, web archive): the file's
 * `file:` URI with this scheme and `.txt` appended to its path. Evidence locations of such sources use it when
 * the client says, in `initializationOptions.extractedText`, that it can show it (the VS Code client does,
 * with a read-only TextDocumentContentProvider); other clients get the file's own URI.
 */
export const EXTRACTED_TEXT_SCHEME = 'claimcheck-source';

export interface SourceTextParams {
  /** The source file's `file:` URI. */
  uri: string;
}

export interface SourceTextResult {
  /** The extracted text, whose lines and characters the evidence ranges of the source refer to. */
  text: string;
}

/**
 * Client → server, when the editor opens a `claimcheck-source:` document ("Open source" on a PDF passage):
 * the text the server extracted from that source file. `null` when the file is not a source of the workspace
 * or has no extracted text (a text file opens as itself).
 */
export const SourceTextRequest = new RequestType<SourceTextParams, SourceTextResult | null, void>('claimcheck/sourceText');

// ---------------------------------------------------------------------------------------------------------
// Commands

/** The command the hover links and code actions use to open a source at a passage: `[uri, line, character]`. */
export const OPEN_SOURCE_COMMAND = 'claimcheck.openSource';

/** Section links for finding codes: the README has one heading per code. */
export const CODE_DOCS_BASE = 'https://github.com/claimcheck/claimcheck#';
