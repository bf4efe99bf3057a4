/**
 * The Claimcheck extension: starts the language server, wires commands and the status bar.
 * All analysis happens in the server; this file only shows what it says.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CheckWorkspaceRequest,
  EXTRACTED_TEXT_SCHEME,
  ListDraftsRequest,
  OPEN_SOURCE_COMMAND,
  RebuildIndexRequest,
  StatusNotification,
  TrustNotification,
  type CheckWorkspaceResult,
  type InitializationOptions,
  type StatusParams,
} from '../../shared/protocol';
import { openExtracted, registerExtractedText } from './extractedText';
import { ClaimsView, type ClaimsViewSnapshot } from './claimsView';
import { JumpSelection } from './jumpSelection';
import { StatusBar } from './statusBar';

/** A crashed server is restarted at most this many times within RESTART_WINDOW_MS. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
const DRAFT_LANGUAGES = ['markdown', 'plaintext'];
/** Draft file extensions (server/src/core/drafts.ts decides; the client only chooses what to send and show). */
const DRAFT_PATTERN = '**/*.{md,markdown,txt,MD,Markdown,TXT}';

let client: LanguageClient | undefined;

/**
 * Files the server may take for drafts: Markdown or plain-text buffers, and files with a draft extension whatever
 * language they were given. The server applies the full rule (sources, excludes, size).
 */
export function isDraftKind(document: vscode.TextDocument): boolean {
  if (!['file', 'untitled'].includes(document.uri.scheme)) return false;
  return DRAFT_LANGUAGES.includes(document.languageId) || /\.(md|markdown|txt)$/i.test(document.uri.path);
}

/** What the extension returns from `activate`: a read-only look at what it shows (the real-VS Code tests use it). */
export interface ClaimcheckApi {
  claimsView(): Promise<ClaimsViewSnapshot>;
  statusBar(): { text: string; tooltip: string };
}

export interface CheckCitationsArgs {
  /** `workspace`: every draft; `file`: the active draft (or `uri`). */
  scope?: 'workspace' | 'file';
  uri?: string | vscode.Uri;
}

export async function activate(context: vscode.ExtensionContext): Promise<ClaimcheckApi> {
  const log = vscode.window.createOutputChannel('Claimcheck', { log: true });
  context.subscriptions.push(log);
  const statusBar = new StatusBar(isDraftKind);
  context.subscriptions.push(statusBar);
  const claimsView = new ClaimsView(() => client, isDraftKind);
  context.subscriptions.push(claimsView);
  const jumps = new JumpSelection();
  context.subscriptions.push(jumps);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };

  const showLog = () => log.show(true);
  const offerLog = async (message: string) => {
    const choice = await vscode.window.showErrorMessage(message, 'Show Log');
    if (choice === 'Show Log') showLog();
  };

  const crashes: number[] = [];
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: false }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        log.warn(`The Claimcheck server stopped; restarting it (${crashes.length} of ${MAX_RESTARTS} restarts in 3 minutes).`);
        return { action: CloseAction.Restart, handled: true };
      }
      statusBar.update({
        state: 'error',
        documents: 0,
        passages: 0,
        indexMilliseconds: 0,
        findings: 0,
        unsupported: 0,
        findingsBySeverity: { error: 0, warning: 0, information: 0, hint: 0 },
        findingsByCode: { 'unsupported-claim': 0, 'contradicted-claim': 0, 'altered-quote': 0, 'unverified-quote': 0, 'unknown-citation': 0, 'misattributed-quote': 0 },
        warnings: 0,
        message: 'The server crashed repeatedly.',
      });
      void offerLog(`The Claimcheck server crashed ${crashes.length} times in the last 3 minutes and will not be restarted. Reload the window to try again.`);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    // Markdown and plain-text buffers, and draft files whatever language they were given (core/drafts.ts, rule 1).
    documentSelector: [
      ...DRAFT_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: DRAFT_PATTERN },
    ],
    outputChannel: log,
    errorHandler,
    // The server keeps its source index here between sessions (per workspace; global storage without a folder).
    // Untrusted workspace: the server reads only inside the workspace folders. A function, so that a restarted
    // server gets the trust as it is now. `extractedText`: this client shows `claimcheck-source:` documents (the
    // text of PDF, Word and web-archive sources).
    initializationOptions: (): InitializationOptions => ({
      cacheDirectory: (context.storageUri ?? context.globalStorageUri).fsPath,
      trusted: vscode.workspace.isTrusted,
      extractedText: true,
    }),
    initializationFailedHandler: (error) => {
      log.error(`The Claimcheck server failed to start: ${error instanceof Error ? error.message : String(error)}`);
      void offerLog('The Claimcheck server failed to start.');
      return false;
    },
    middleware: {
      // LSP hovers cannot say which commands their links may run. Ours link to one command only; trust exactly it.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) {
          if (content instanceof vscode.MarkdownString) {
            content.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
            content.supportHtml = false;
          }
        }
        return hover;
      },
      // VS Code puts the cursor at the start of a definition; Claimcheck's definitions are passages: select them.
      provideDefinition: async (document, position, token, next) => {
        const result = await next(document, position, token);
        jumps.expect(result);
        return result;
      },
    },
  };

  client = new LanguageClient('claimcheck', 'Claimcheck', serverOptions, clientOptions);
  const languageClient = client;
  context.subscriptions.push(
    languageClient.onNotification(StatusNotification, (status: StatusParams) => {
      statusBar.update(status);
      // The Claims view shows in workspaces that have sources to check against.
      void vscode.commands.executeCommand('setContext', 'claimcheck.hasSources', status.documents > 0);
      if (status.state === 'ready') claimsView.schedule();
    }),
    claimsView.attach(languageClient),
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Starting) statusBar.starting();
      if (event.newState === State.Running) claimsView.schedule(0);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.isRunning()) void languageClient.sendNotification(TrustNotification, { trusted: true });
    }),
  );

  const ready = async (): Promise<LanguageClient> => {
    if (!languageClient.isRunning()) await languageClient.start();
    return languageClient;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('claimcheck.checkCitations', (args?: CheckCitationsArgs | vscode.Uri) => checkCitations(ready, log, args)),
    vscode.commands.registerCommand('claimcheck.rebuildIndex', () => rebuildIndex(ready, log)),
    vscode.commands.registerCommand('claimcheck.showLog', showLog),
    vscode.commands.registerCommand('claimcheck.openSource', openSource),
    vscode.commands.registerCommand('claimcheck.revealClaim', revealClaim),
    vscode.commands.registerCommand('claimcheck.claims.openSource', (node) => claimsView.openSource(node)),
    vscode.commands.registerCommand('claimcheck.claims.refresh', () => claimsView.schedule(0)),
  );
  registerExtractedText(context, ready, log);

  try {
    await languageClient.start();
  } catch (error) {
    log.error(`Could not start the Claimcheck server: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    claimsView: () => claimsView.snapshot(),
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltipText }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function isDraftEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return !!editor && isDraftKind(editor.document);
}

/** What to check when the command runs without arguments and no draft is active: the server lists the drafts. */
async function pickTarget(ready: () => Promise<LanguageClient>): Promise<{ uri?: string } | undefined> {
  type Item = vscode.QuickPickItem & { uri?: string };
  const languageClient = await ready();
  const { drafts, truncated } = await languageClient.sendRequest(ListDraftsRequest);
  const items: Item[] = [
    { label: '$(files) All drafts in the workspace', description: truncated ? `the first ${drafts.length}` : `${drafts.length}` },
    ...drafts.map((draft) => ({ label: `$(file) ${draft.path}`, uri: draft.uri })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Claimcheck: Check Citations', placeHolder: 'Which drafts?' });
  return picked && { uri: picked.uri };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function describeResult(result: CheckWorkspaceResult): string {
  const t = result.total;
  const where = t.files === 1 ? result.files[0].path : plural(t.files, 'draft');
  // The server counts by the core's standing: a supported claim with a flagged quote is "flagged", not supported.
  const misattributed = t.misattributed ? `${t.misattributed} misattributed, ` : '';
  const quotes = t.quotes ? `; ${plural(t.quotes, 'quote')}: ${t.verbatim} verbatim, ${misattributed}${t.altered} altered, ${t.notFound} not found` : '';
  const flagged = t.flagged ? `, ${t.flagged} supported with a flagged quote, speaker or citation` : '';
  return `Claimcheck (${where}): ${plural(t.claims, 'claim')}: ${t.supported} supported, ${t.contradicted} contradicted, ${t.unsupported} unsupported${flagged}${quotes}.`;
}

async function checkCitations(
  ready: () => Promise<LanguageClient>,
  log: vscode.LogOutputChannel,
  args?: CheckCitationsArgs | vscode.Uri,
): Promise<CheckWorkspaceResult | undefined> {
  let uri: string | undefined;
  if (args instanceof vscode.Uri) uri = args.toString(); // from the Explorer or editor-tab context menu
  else if (args?.scope === 'workspace') uri = undefined;
  else if (args?.uri) uri = args.uri.toString();
  else if (isDraftEditor(vscode.window.activeTextEditor)) uri = vscode.window.activeTextEditor.document.uri.toString();
  else {
    const picked = await pickTarget(ready);
    if (!picked) return undefined;
    uri = picked.uri;
  }
  const languageClient = await ready();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Claimcheck: checking citations…', cancellable: true },
      (_progress, token) => languageClient.sendRequest(CheckWorkspaceRequest, { uri }, token),
    );
    log.info(describeResult(result));
    void vscode.window.showInformationMessage(describeResult(result));
    // Opens the Problems panel, or focuses it when it is open (`workbench.actions.view.problems` toggles it, and
    // closed an open panel). Nothing to show, nothing opened.
    const findings = Object.values(result.total.findings).reduce((a, b) => a + b, 0);
    if (findings > 0) await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    return result;
  } catch (error) {
    if (error instanceof vscode.CancellationError) return undefined;
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Check Citations failed: ${message}`);
    void vscode.window.showErrorMessage(`Claimcheck: ${message}`, 'Show Log').then((choice) => choice && log.show(true));
    return undefined;
  }
}

async function rebuildIndex(ready: () => Promise<LanguageClient>, log: vscode.LogOutputChannel) {
  const languageClient = await ready();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Claimcheck: indexing sources' },
    () => languageClient.sendRequest(RebuildIndexRequest),
  );
  const warnings = result.warnings ? ` (${plural(result.warnings, 'warning')}; see the log)` : '';
  void vscode.window.showInformationMessage(
    `Claimcheck indexed ${plural(result.documents, 'source document')} (${plural(result.passages, 'passage')}) in ${result.milliseconds} ms${warnings}.`,
  );
  log.info(`Rebuilt the index: ${JSON.stringify(result)}`);
  return result;
}

/** Checks the arguments of a location from a hover link (untrusted: they pass through Markdown). */
function isPosition(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000_000;
}

/**
 * Opens a source file at a passage and selects it: `[uri, line, character]` or `[uri, line, character, endLine,
 * endCharacter]`, and for a PDF passage `{ page }` after them. Arguments come from hover links, so they are
 * checked strictly; only `file:` URIs and the extracted text of sources (`claimcheck-source:`) open.
 */
async function openSource(uri: unknown, line: unknown, character: unknown, endLine?: unknown, endCharacter?: unknown, extra?: unknown): Promise<boolean> {
  const hasEnd = endLine !== undefined || endCharacter !== undefined;
  if (typeof uri !== 'string' || !isPosition(line) || !isPosition(character) || (hasEnd && (!isPosition(endLine) || !isPosition(endCharacter)))) {
    void vscode.window.showErrorMessage('Claimcheck: cannot open the source: invalid location.');
    return false;
  }
  let target: vscode.Uri;
  try {
    target = vscode.Uri.parse(uri, true);
  } catch {
    void vscode.window.showErrorMessage('Claimcheck: cannot open the source: invalid location.');
    return false;
  }
  if (target.scheme === EXTRACTED_TEXT_SCHEME) {
    const page = (extra as { page?: unknown } | undefined)?.page;
    return openExtracted(target, new vscode.Position(line, character), isPosition(page) ? page : undefined);
  }
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage('Claimcheck: only source files on disk can be opened.');
    return false;
  }
  const start = new vscode.Position(line, character);
  const end = hasEnd ? new vscode.Position(endLine as number, endCharacter as number) : start;
  const editor = await vscode.window.showTextDocument(target, { selection: new vscode.Range(start, end), preview: true });
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Selects a claim or a quote in its draft (the Claims view's items): `[uri, range]`. */
async function revealClaim(uri: unknown, range: unknown): Promise<boolean> {
  const r = range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  if (typeof uri !== 'string' || !r?.start || !r.end || ![r.start.line, r.start.character, r.end.line, r.end.character].every(isPosition)) return false;
  const selection = new vscode.Range(r.start.line as number, r.start.character as number, r.end.line as number, r.end.character as number);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), { selection, preview: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
