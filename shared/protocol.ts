/**
 * Claimcheck's own LSP messages, shared by the server and the VS Code client (and usable by any other client).
 * Every method is namespaced `claimcheck/…`. This file holds only types and message-type constants: it must
 * stay importable from the client bundle without pulling in the server.
 */
import { NotificationType, RequestType, RequestType0, type Range } from 'vscode-languageserver-protocol';
import type { ClaimGroup, ClaimVerdict, Coverage, FindingCode, QuoteGroup, QuoteVerdict, ReportSummary, Severity } from '../server/src/core/api';

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
  /** The same findings by severity (after the severity settings) and by code: every finding counts. */
  findingsBySeverity: Record<Severity, number>;
  findingsByCode: Record<FindingCode, number>;
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
// Workspace trust (restricted mode)

/** What the client says at start (`initializationOptions`) besides the cache folder. */
export interface InitializationOptions {
  /** Where to keep the source index between sessions. */
  cacheDirectory?: string;
  /**
   * Whether the user trusts the workspace (VS Code's `workspace.isTrusted`). When false the server runs in
   * restricted mode: it reads only files inside the workspace folders (by real path). Absent: trusted (clients
   * without workspace trust).
   */
  trusted?: boolean;
  /**
   * The client shows `claimcheck-source:` documents (the extracted text of PDF, Word and web-archive sources;
   * see `EXTRACTED_TEXT_SCHEME`), so evidence locations of those sources may point into them.
   */
  extractedText?: boolean;
}

export interface TrustParams {
  trusted: boolean;
}

/**
 * Client → server, when the user grants trust to the workspace (VS Code's `onDidGrantWorkspaceTrust`): the
 * server leaves restricted mode and reads the sources again, wherever the configuration says.
 */
export const TrustNotification = new NotificationType<TrustParams>('claimcheck/trust');
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

// ---------------------------------------------------------------------------------------------------------
// claimcheck/listDrafts

export interface DraftEntry {
  /** `file:` URI. */
  uri: string;
  /** Path relative to its workspace folder, for display. */
  path: string;
}

export interface ListDraftsResult {
  drafts: DraftEntry[];
  /** The walk stopped at its bound: more drafts may exist. */
  truncated: boolean;
}

/**
 * Client → server, from the Check Citations quick pick: the workspace's drafts, by the one rule of what a draft
 * is (server/src/core/drafts.ts), so that the client never lists a file the server would not check.
 */
export const ListDraftsRequest = new RequestType0<ListDraftsResult, void>('claimcheck/listDrafts');

// ---------------------------------------------------------------------------------------------------------
// claimcheck/claims and claimcheck/claimsChanged: the Claims view

/** A source passage as the Claims view shows it. */
export interface ClaimSource {
  /** Document id: the path relative to the workspace root, or a JSONL record's id. */
  id: string;
  /** Citation key. */
  key: string;
  /** `file:` URI of the source file, and the passage's range in it. */
  uri: string;
  range: Range;
}

/** A finding as the Claims view shows it. */
export interface ClaimEntryFinding {
  code: FindingCode;
  severity: Severity;
  message: string;
}

export interface ClaimEntry {
  kind: 'claim' | 'quote';
  verdict: ClaimVerdict | QuoteVerdict;
  /**
   * Where the view lists it, as the server decides (core/standing.ts): the verdict, except that a supported claim
   * with a finding of its own (`misattributed`) or on a quote or citation marker inside it (`flagged`) is not listed
   * as supported, and a quote whose words someone else said is `misattributed`.
   */
  group: ClaimGroup | QuoteGroup;
  /** Where the claim (its sentence) or the quote (its words) is in the draft. */
  range: Range;
  /** The claim's sentence, or the quoted words, whitespace collapsed. */
  text: string;
  /** Support score (claims) or word alignment (quotes), 0–1. */
  score: number;
  /** The best passage: supporting, contradicting, or for a quote the source's wording. Absent when none is close. */
  source?: ClaimSource;
  /** Supported claims: how many source files support it. */
  sources?: number;
  /** The finding on this claim or quote, when one is reported (its severity is not `off`). */
  finding?: ClaimEntryFinding;
  /** Claims: the findings on the quotes and citation markers inside it, when any is reported. */
  inside?: ClaimEntryFinding[];
}

export interface ClaimsParams {
  /** An open draft. */
  uri: string;
}

export interface ClaimsResult {
  uri: string;
  /** The document version the entries describe. */
  version: number;
  /** Claims in draft order, then quotes in draft order. */
  entries: ClaimEntry[];
  counts: CheckCounts;
  /** Coverage of the draft; `unusedSources` as paths relative to the workspace folder. */
  coverage: Coverage;
  /** The coverage in one line for people, e.g. "6 of 12 claims supported (50%), 2 on a single source; …". */
  coverageText: string;
}

/**
 * Client → server, for the Claims view: every claim and quote of an open draft with its verdict and best source,
 * and the draft's coverage. Null when the document is not an open draft.
 */
export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult | null, void>('claimcheck/claims');

export interface ClaimsChangedParams {
  /** The draft whose report changed (a new version, new sources or new settings). */
  uri: string;
}

/**
 * Server → client, whenever a new report of an open draft is ready (the same moment its diagnostics change): a
 * client showing that draft's claims asks `claimcheck/claims` again.
 */
export const ClaimsChangedNotification = new NotificationType<ClaimsChangedParams>('claimcheck/claimsChanged');

/** The command the Claims view and the inlay hints use to select a claim in its draft: `[uri, range]`. */
export const REVEAL_CLAIM_COMMAND = 'claimcheck.revealClaim';
