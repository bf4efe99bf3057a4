/**
 * A minimal LSP client for the tests: it starts the real bundled server (`dist/server.js --stdio`) as a child
 * process and talks JSON-RPC to it, answering the server's own requests (configuration, registrations,
 * progress, diagnostics refresh) and recording what it is sent (diagnostics, status, log lines).
 *
 * Waiting is always by polling a condition with a deadline, never by sleeping a fixed time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { StatusNotification, type StatusParams } from '../../server/src/protocol';

export const REPO = resolve(__dirname, '..', '..');
export const SERVER = join(REPO, 'dist', 'server.js');
export const FIXTURE = join(REPO, 'test', 'fixtures', 'workspace');

export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

/** A copy of the fixture workspace in a temporary folder, for tests that change files. */
export function copyFixture(): { root: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-'));
  cpSync(FIXTURE, root, { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true },
};

/** A client that only takes pushed diagnostics (no `textDocument.diagnostic`, no refresh). */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  ...PULL_CAPABILITIES,
  textDocument: { ...PULL_CAPABILITIES.textDocument, diagnostic: undefined },
  workspace: { ...PULL_CAPABILITIES.workspace, diagnostics: undefined },
};

export interface StartOptions {
  root?: string;
  /** Several workspace folders (the first is also `root`). */
  folders?: string[];
  capabilities?: ClientCapabilities;
  /** What the client answers to `workspace/configuration` for the `claimcheck` section. */
  settings?: unknown;
  /** Sent as `initializationOptions` (cache folder, workspace trust). */
  initializationOptions?: unknown;
  /** Extra environment variables of the server process. */
  env?: Record<string, string>;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

export class TestClient {
  readonly pushed = new Map<string, PublishDiagnosticsParams>();
  readonly statuses: StatusParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** `claimcheck/claimsChanged` notifications, by URI. */
  readonly claimsChanged: string[] = [];
  refreshes = 0;
  inlayHintRefreshes = 0;
  /** What the client answers to `workspace/configuration` for the `claimcheck` section; tests may change it. */
  settings: unknown;
  exited = false;
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();

  private constructor(
    readonly root: string,
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` (npm run test:lsp does).`);
    const root = options.folders?.[0] ?? options.root ?? FIXTURE;
    const folders = options.folders ?? [root];
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(root, child, connection);
    child.stderr.on('data', (chunk) => (client.stderr += chunk));
    child.on('exit', () => (client.exited = true));

    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.pushed.set(params.uri, params);
    });
    connection.onNotification(StatusNotification.method, (params: StatusParams) => {
      client.statuses.push(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
    });
    connection.onNotification('$/progress', () => undefined);
    client.settings = options.settings;
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'claimcheck' ? (client.settings ?? null) : null)),
    );
    connection.onNotification('claimcheck/claimsChanged', (params: { uri: string }) => {
      client.claimsChanged.push(params.uri);
    });
    connection.onRequest('workspace/inlayHint/refresh', () => {
      client.inlayHintRefreshes++;
      return null;
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      return null;
    });
    connection.listen();

    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: folders.map((folder, i) => ({ uri: uriOf(folder), name: `folder${i}` })),
      capabilities: options.capabilities ?? PULL_CAPABILITIES,
      clientInfo: { name: 'claimcheck-lsp-tests', version: '1' },
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves once the index is built (the server says `ready`). */
  ready(): Promise<StatusParams> {
    return waitFor('the server to report ready', () => [...this.statuses].reverse().find((s) => s.state === 'ready' || s.state === 'error'));
  }

  path(relative: string): string {
    return join(this.root, ...relative.split('/'));
  }

  uri(relative: string): string {
    return uriOf(this.path(relative));
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  async open(relative: string, text?: string, languageId = relative.endsWith('.md') ? 'markdown' : 'plaintext'): Promise<string> {
    const uri = this.uri(relative);
    const content = text ?? readFileSync(this.path(relative), 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, content);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends incremental changes; `apply` computes the new text the same way the server does. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[], newText: string): Promise<number> {
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, newText);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  /** Pulls until the server answers with a full report (it may ask to retrigger while the index changes). */
  async pullFull(uri: string): Promise<Diagnostic[]> {
    return waitFor(`a full diagnostic report for ${uri}`, async () => {
      const report = await this.pull(uri);
      return report.kind === 'full' ? report.items : undefined;
    });
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // sendRequest takes the token as its last argument only when there is one (else it would be sent as a parameter).
    return (token ? this.connection.sendRequest(method, params, token.token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), waitFor('exit', () => (this.exited ? true : undefined), 5000)]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is gone already.
      }
      await waitFor('the server process to exit', () => (this.exited ? true : undefined), 5000).catch(() => this.process.kill());
    }
    this.connection.dispose();
  }
}
