/**
 * The Claimcheck language server, given a connection. `main.ts` creates the connection; tests can hand in
 * any connection (the LSP tests run the bundled server over stdio).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type SourceFileSystem, basename, type CacheStorage, ConfinedFileSystem, type DraftAnalyzer, type IndexBuilder, WorkspaceBoundary, supportedExtensions } from './core/api';
import { pathToUri, uriToPath, useExtractedTextUris } from './convert';
import { projectFor, type ClientSupport, type ServerContext } from './context';
import { CITE_KIND, registerCodeActions } from './features/codeActions';
import { registerClaims } from './features/claims';
import { registerCommands } from './features/commands';
import { registerDefinition } from './features/definition';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { registerInlayHints } from './features/inlayHints';
import { registerSourceText } from './features/sourceText';
import { registerStatus } from './features/status';
import type { Project } from './project';
import { ProjectSet } from './projects';
import { TrustNotification, type InitializationOptions } from '../../shared/protocol';

export interface ServerDeps {
  fs: SourceFileSystem;
  /** Versions for the start banner, e.g. `{ claimcheck: '0.1.0', node: 'v20.20.0' }`. */
  versions: Record<string, string>;
  /** Opens the index cache in a folder (`initializationOptions.cacheDirectory`); no cache when absent. */
  cacheStorage?: (directory: string) => CacheStorage;
  /** Where drafts are analysed: `main.ts` passes a worker thread; default the server's own thread. */
  analyzer?: DraftAnalyzer;
  /** Builds large indexes in a worker thread and saves them to the cache (node/buildWorker.ts); only with a cache. */
  indexBuilder?: IndexBuilder;
}

export const RESTRICTED_MESSAGE =
  'Restricted mode: the workspace is not trusted, so Claimcheck reads only files inside the workspace folders (by their real path, after symbolic links); sources configured elsewhere, or linked from elsewhere, are skipped with a warning. Trust the workspace to lift this.';

/** Source file types and the config file: what the client watches for us. */
export const WATCH_PATTERNS = [`**/*.{${supportedExtensions().map((e) => e.slice(1)).join(',')}}`, '**/.claimcheck.json'];

export function startServer(connection: Connection, deps: ServerDeps): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  let context: ServerContext | undefined;
  let projects: ProjectSet | undefined;
  let caps: InitializeParams['capabilities'] | undefined;
  /** Restricted mode: every file access of the projects goes through this boundary. */
  let boundary: WorkspaceBoundary | undefined;

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const client: ClientSupport = {
      pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
      diagnosticsRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
      configuration: caps.workspace?.configuration === true,
      watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workDoneProgress: caps.window?.workDoneProgress === true,
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
    };
    const folders = params.workspaceFolders?.length
      ? params.workspaceFolders.map((f) => f.uri)
      : params.rootUri
        ? [params.rootUri]
        : [];
    const roots = folders.map(uriToPath).filter((p): p is string => p !== undefined);
    if (roots.length === 0 && params.rootPath) roots.push(params.rootPath);
    const several = roots.length > 1;
    const options = (params.initializationOptions ?? {}) as { [K in keyof InitializationOptions]?: unknown };
    const cacheDirectory = options.cacheDirectory;
    useExtractedTextUris(options.extractedText === true);
    const cache = typeof cacheDirectory === 'string' && cacheDirectory && deps.cacheStorage ? deps.cacheStorage(cacheDirectory) : undefined;
    // Only an explicit `false` restricts: clients without workspace trust do not send it.
    boundary = new WorkspaceBoundary(options.trusted === false, deps.fs);
    boundary.setFolders(roots);
    const fs = new ConfinedFileSystem(deps.fs, boundary);
    projects = new ProjectSet((root) => {
      const scopeUri = root === undefined ? undefined : pathToUri(root);
      const name = root === undefined ? '' : basename(root);
      return {
        fs,
        // With several folders, say which one a line is about.
        log: several ? (message) => log(`[${name}] ${message}`) : log,
        readSettings: async () =>
          client.configuration ? connection.workspace.getConfiguration({ scopeUri, section: 'claimcheck' }) : undefined,
        cache,
        analyzer: deps.analyzer,
        buildAhead:
          cache && deps.indexBuilder && typeof cacheDirectory === 'string'
            ? ({ root, config, pending }, onProgress) =>
                deps.indexBuilder!.build({ root, config, pending, cacheDirectory, restricted: boundary!.restricted, folders: [...boundary!.folderList] }, onProgress)
            : undefined,
      };
    });
    for (const root of roots) projects.add(root);
    context = { connection, documents, project: projects.primary, projects, client, log };
    const versions = Object.entries(deps.versions).map(([name, version]) => `${name} ${version}`).join(', ');
    log(`Claimcheck language server started (${versions}); client ${params.clientInfo?.name ?? 'unknown'} ${params.clientInfo?.version ?? ''}; workspace ${roots.length ? roots.join(', ') : '(none)'}; diagnostics by ${client.pullDiagnostics ? 'pull' : 'push'}.`);
    if (boundary.restricted) log(RESTRICTED_MESSAGE);

    registerDiagnostics(context);
    registerHover(context);
    registerDefinition(context);
    registerCodeActions(context);
    registerCommands(context);
    registerStatus(context);
    registerClaims(context);
    registerInlayHints(context);
    registerSourceText(context);
    registerDocumentSync(context);

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CITE_KIND] },
        diagnosticProvider: { identifier: 'claimcheck', interFileDependencies: true, workspaceDiagnostics: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'claimcheck', version: deps.versions.claimcheck },
    };
  });

  connection.onInitialized(async () => {
    const ctx = context!;
    if (ctx.client.watchedFilesRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: WATCH_PATTERNS.map((globPattern) => ({ globPattern })),
      });
    }
    if (ctx.client.configurationRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimcheck' });
    }
    await buildIndexes(ctx.projects!.all);
    if (caps?.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) {
          const root = uriToPath(folder.uri);
          const removed = root === undefined ? undefined : projects!.remove(root);
          if (removed) log(`Workspace folder removed: ${root}`);
        }
        const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined).map((root) => projects!.add(root));
        boundary!.setFolders(projects!.all.map((p) => p.root).filter((r): r is string => r !== undefined));
        ctx.project = projects!.primary;
        void buildIndexes(added).then(() => {
          if (ctx.client.pullDiagnostics && ctx.client.diagnosticsRefresh) void connection.languages.diagnostics.refresh();
        });
      });
    }
  });

  /** Builds the indexes of some projects, one after the other, under one work-done progress. */
  async function buildIndexes(list: readonly Project[]): Promise<void> {
    if (list.length === 0) return;
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Claimcheck: indexing sources', 0, undefined, false);
    try {
      for (const project of list) {
        try {
          await project.rebuild((percent, message) => progress.report(percent, message));
        } catch {
          // Logged by the project; the status says `error`.
        }
      }
    } finally {
      progress.done();
    }
  }

  connection.onNotification(TrustNotification, (params) => {
    if (!boundary || !context || params?.trusted !== true || !boundary.restricted) return;
    boundary.setRestricted(false);
    log('The workspace is now trusted: leaving restricted mode and reading the sources again, wherever the configuration says.');
    void buildIndexes(projects!.all).then(() => {
      if (context!.client.pullDiagnostics && context!.client.diagnosticsRefresh) void connection.languages.diagnostics.refresh();
    });
  });

  connection.onDidChangeConfiguration(() => {
    for (const project of projects?.all ?? []) {
      void project.settingsChanged().catch((error) => log(`Reloading the settings failed: ${(error as Error).stack ?? error}`));
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changed: string[] = [];
    const created: string[] = [];
    const deleted: string[] = [];
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (path === undefined) continue;
      if (change.type === FileChangeType.Created) created.push(path);
      else if (change.type === FileChangeType.Deleted) deleted.push(path);
      else changed.push(path);
    }
    // Each folder's project hears about the files inside it.
    for (const project of projects?.all ?? []) {
      const mine = (list: string[]) => list.filter((path) => projects!.forPath(path) === project);
      project.filesChanged(mine(changed), mine(created), mine(deleted));
    }
  });

  connection.onShutdown(() => {
    log('Claimcheck language server shutting down.');
    deps.analyzer?.dispose?.();
    deps.indexBuilder?.dispose();
  });

  documents.listen(connection);
}

/** Open buffers: sources being edited feed the index; closed drafts are forgotten. */
function registerDocumentSync(context: ServerContext): void {
  const { documents } = context;
  const openedAt = new Map<string, number>();
  documents.onDidOpen((event) => openedAt.set(event.document.uri, event.document.version));
  documents.onDidChangeContent((event) => {
    const { document } = event;
    if (openedAt.get(document.uri) === document.version) return; // the open itself: the buffer equals the disk
    const path = uriToPath(document.uri);
    const project = projectFor(context, document.uri);
    if (path !== undefined && project.isSource(path)) project.sourceBufferChanged(path, document.getText());
  });
  documents.onDidClose((event) => {
    const { document } = event;
    openedAt.delete(document.uri);
    const path = uriToPath(document.uri);
    const project = projectFor(context, document.uri);
    if (path !== undefined && project.isSource(path)) project.sourceBufferClosed(path);
    project.forget(document.uri);
    project.clearCounts(document.uri);
  });
}
