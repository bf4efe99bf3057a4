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
  OPEN_SOURCE_COMMAND,
  RebuildIndexRequest,
  StatusNotification,
  type CheckWorkspaceResult,
  type StatusParams,
} from '../../server/src/protocol';
import { openExtracted, registerExtractedText } from './extractedText';
import { StatusBar } from './statusBar';

/** A crashed server is restarted at most this many times within RESTART_WINDOW_MS. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
const DRAFT_LANGUAGES = ['markdown', 'plaintext'];

let client: LanguageClient | undefined;

export interface CheckCitationsArgs {
  /** `workspace`: every draft; `file`: the active draft (or `uri`). */
  scope?: 'workspace' | 'file';
  uri?: string | vscode.Uri;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Claimcheck', { log: true });
  context.subscriptions.push(log);
  const statusBar = new StatusBar(DRAFT_LANGUAGES);
  context.subscriptions.push(statusBar);

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
      statusBar.update({ state: 'error', documents: 0, passages: 0, indexMilliseconds: 0, findings: 0, unsupported: 0, warnings: 0, message: 'The server crashed repeatedly.' });
      void offerLog(`The Claimcheck server crashed ${crashes.length} times in the last 3 minutes and will not be restarted. Reload the window to try again.`);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: log,
    errorHandler,
    // The server keeps its source index here between sessions (per workspace; global storage without a folder).
    // `extractedText`: this client shows `claimcheck-source:` documents (the text of PDF and Word sources).
    initializationOptions: { cacheDirectory: (context.storageUri ?? context.globalStorageUri).fsPath, extractedText: true },
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
    },
  };

  client = new LanguageClient('claimcheck', 'Claimcheck', serverOptions, clientOptions);
  const languageClient = client;
  context.subscriptions.push(
    languageClient.onNotification(StatusNotification, (status: StatusParams) => statusBar.update(status)),
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Starting) statusBar.starting();
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
    vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, openSource),
  );
  registerExtractedText(context, ready, log);

  try {
    await languageClient.start();
  } catch (error) {
    log.error(`Could not start the Claimcheck server: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function isDraftEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return !!editor && DRAFT_LANGUAGES.includes(editor.document.languageId) && ['file', 'untitled'].includes(editor.document.uri.scheme);
}

/** What to check when the command runs without arguments and no draft is active. */
async function pickTarget(): Promise<{ uri?: string } | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '{**/node_modules/**,**/.*/**}', 200);
  const sources = vscode.workspace.getConfiguration('claimcheck').get<string[]>('sources', ['sources']);
  const isSourceLike = (uri: vscode.Uri) => {
    const relative = vscode.workspace.asRelativePath(uri, false);
    return sources.some((s) => relative === s || relative.startsWith(`${s.replace(/\/+$/, '')}/`));
  };
  type Item = vscode.QuickPickItem & { uri?: string };
  const items: Item[] = [
    { label: '$(files) All drafts in the workspace', description: 'Check every Markdown and text draft' },
    ...files
      .filter((uri) => !isSourceLike(uri))
      .sort((a, b) => a.fsPath.localeCompare(b.fsPath))
      .map((uri) => ({ label: `$(file) ${vscode.workspace.asRelativePath(uri, false)}`, uri: uri.toString() })),
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
  const quotes = t.quotes ? `; ${plural(t.quotes, 'quote')}: ${t.verbatim} verbatim, ${t.altered} altered, ${t.notFound} not found` : '';
  return `Claimcheck (${where}): ${plural(t.claims, 'claim')}: ${t.supported} supported, ${t.contradicted} contradicted, ${t.unsupported} unsupported${quotes}.`;
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
    const picked = await pickTarget();
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
    void vscode.commands.executeCommand('workbench.actions.view.problems');
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

/** Opens a source file at a passage. Arguments come from hover links, so they are checked strictly. */
async function openSource(uri: unknown, line: unknown, character: unknown, extra?: unknown): Promise<boolean> {
  const isPosition = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000_000;
  if (typeof uri !== 'string' || !isPosition(line) || !isPosition(character)) {
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
  const position = new vscode.Position(line, character);
  const editor = await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: true });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
