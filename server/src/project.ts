/**
 * The server's state for one workspace root: its configuration, its source index (kept in step with the
 * files), its drafts and their reports. It knows nothing of LSP messages: `server.ts` and the `register…`
 * features talk to clients; this class answers "what is the report of this draft, now?".
 *
 * Invariants:
 * - A report is computed at most once per (draft version, generation); requests for the same version share it.
 * - At most one check of a draft runs at a time. A newer version waits for the running check to finish (whose
 *   report stays useful: hovers answer from it while the newer one is computed); of the versions waiting, only
 *   the newest is kept. A burst of typing thus never piles up work, and a report is always recent.
 * - `generation` changes whenever the index or the settings change; every report of an older generation is
 *   stale. Checks in flight when the index starts changing are cancelled and redone.
 * - An open editor buffer wins over the file on disk, for drafts and for sources alike.
 */
import { CancellationTokenSource, type CancellationToken as LspCancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ClaimCache,
  SharedVerdicts,
  checkDraft,
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  FINDING_CODES,
  resolveConfig,
  type ClaimcheckConfig,
  type ConfigProblem,
  classifyDraftPath,
  classifyUntitled,
  draftTextProblem,
  findDrafts,
  readDraftFile,
  MAX_DRAFT_SIZE,
  type DraftDecision,
  type DraftFormat,
  type DraftScope,
  joinPath,
  normalizePath,
  relativePath,
  type SourceFileSystem,
  CancelledError,
  type CancellationToken,
  type DraftReport,
  type DraftWarning,
  type FindingCode,
  type Severity,
  type SourceDocument,
  type SourceWarning,
  SourceWorkspace,
  loadWorkspaceConfig,
  type BuildStats,
  type CacheStorage,
  type IndexBuildOutcome,
  type PendingReads,
  OverlayFileSystem,
  inProcessAnalyzer,
  type DraftAnalyzer,
} from './core/api';
import { DEFAULT_EDITOR_SETTINGS, splitSettings, type EditorSettings } from './editorSettings';
import { pathToUri, uriToPath } from './convert';
import type { ServerState } from '../../shared/protocol';

/** Upper bound on the drafts a workspace check or workspace diagnostics will look at. */
const MAX_DRAFTS = 2000;
/** File events are gathered for this long after the last one before the index is updated. */
const COALESCE_MS = 200;
/** ...but never for longer than this after the first one. */
const COALESCE_MAX_MS = 1000;
/** How long to wait for the client's settings before checking with the defaults. */
const SETTINGS_TIMEOUT_MS = 3000;
/**
 * Times a draft check starts again on a new index after an index change cancelled it, before it gives up (a
 * source folder that changes without pause must not keep a request waiting for ever).
 */
const MAX_CHECK_ATTEMPTS = 5;
/**
 * While a draft is being typed in, its checks start at most this often: every check of a long draft makes a
 * megabyte or two of garbage (the analysis, the verdicts' keys, the report), and at 20 checks a second a burst
 * of typing drove the server's heap up by 30 MB/s between collections. Diagnostics refresh four times a second
 * while typing goes on, and a check after a pause starts at once.
 */
const MIN_CHECK_INTERVAL_MS = 250;

export interface ProjectOptions {
  fs: SourceFileSystem;
  log(message: string): void;
  /** The client's `claimcheck` settings, or undefined when it has none or does not answer. */
  readSettings(): Promise<unknown>;
  /** Where to keep the source index between sessions; no cache when absent. */
  cache?: CacheStorage;
  /** Where drafts are analysed (the server passes a worker thread); default: on the calling thread. */
  analyzer?: DraftAnalyzer;
  /**
   * Offered each build that has sources to read (the server passes its build worker, node/buildWorker.ts):
   * builds the index elsewhere and saves it to the cache, which the build then restores in slices. Undefined
   * when it declines (too little to read); `built: false` when it failed (the build then reads on this thread).
   */
  buildAhead?(
    request: { root: string; config: ClaimcheckConfig; pending: PendingReads },
    onProgress: (done: number, total: number) => void,
  ): Promise<IndexBuildOutcome | undefined>;
}

export interface ConfigInfo {
  /** `.claimcheck.json` when it was used, else `settings` or `defaults`. */
  origin: string;
  problems: ConfigProblem[];
}

/** A computed report together with the text and stamp it belongs to. */
export interface DraftCheck {
  report: DraftReport;
  text: string;
  /** Changes whenever the report could differ: used as the diagnostics result id. */
  resultId: string;
  /** The index generation the report was computed with. */
  generation: number;
}

interface Running {
  key: string;
  promise: Promise<DraftCheck | undefined>;
  source: CancellationTokenSource;
  settled: boolean;
  /** The check has begun its work (it no longer waits for the previous check of its draft). */
  started: boolean;
  /** Why it was cancelled: an index change (worth redoing), or a newer version / a close (not). */
  cancelled?: 'index' | 'superseded';
}

function cancelRunning(entry: Running | undefined, reason: 'index' | 'superseded'): void {
  if (!entry || entry.cancelled) return;
  entry.cancelled = reason;
  entry.source.cancel();
}

export interface FindingCounts {
  findings: number;
  unsupported: number;
  bySeverity: Record<Severity, number>;
  byCode: Record<FindingCode, number>;
}

export function emptyCounts(): FindingCounts {
  return {
    findings: 0,
    unsupported: 0,
    bySeverity: { error: 0, warning: 0, information: 0, hint: 0 },
    byCode: Object.fromEntries(FINDING_CODES.map((code) => [code, 0])) as Record<FindingCode, number>,
  };
}

/** Adds `b` to `a`. */
function addCounts(a: FindingCounts, b: FindingCounts): FindingCounts {
  a.findings += b.findings;
  a.unsupported += b.unsupported;
  for (const key of Object.keys(b.bySeverity) as Severity[]) a.bySeverity[key] += b.bySeverity[key];
  for (const key of Object.keys(b.byCode) as FindingCode[]) a.byCode[key] += b.byCode[key];
  return a;
}

/** A token that is cancelled when any of the given ones is. */
function anyToken(...tokens: (CancellationToken | undefined)[]): CancellationToken {
  return {
    get isCancellationRequested() {
      return tokens.some((t) => t?.isCancellationRequested);
    },
  };
}

/** Rejects with CancelledError as soon as `token` is cancelled; otherwise settles like `promise`. */
function raceCancellation<T>(promise: Promise<T>, token: LspCancellationToken | undefined): Promise<T> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(new CancelledError()));
    promise.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or less if `token` is cancelled first. */
function sleepUnlessCancelled(ms: number, token: LspCancellationToken): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

export class Project {
  readonly fs: OverlayFileSystem;
  readonly root: string | undefined;
  private sources: SourceWorkspace;
  config: ClaimcheckConfig = DEFAULT_CONFIG;
  configInfo: ConfigInfo = { origin: 'defaults', problems: [] };
  /** How findings are shown in the editor (editorSettings.ts). */
  editorSettings: EditorSettings = { ...DEFAULT_EDITOR_SETTINGS };
  state: ServerState = 'indexing';
  stateMessage: string | undefined;
  generation = 0;
  lastBuild: BuildStats | undefined;
  /** Progress of the build in flight, 0–100. */
  buildProgress: number | undefined;

  private indexBusy: Promise<void> | undefined;
  /** Resolves when the first build is over (whatever its outcome): no report is computed before. */
  private readonly firstBuild: Promise<void>;
  private firstBuildDone!: () => void;
  private readonly running = new Map<string, Running>();
  /** Every check not yet settled, also those a newer version replaced in `running` and that still finish. */
  private readonly active = new Set<Running>();
  /** The latest finished check of each draft. */
  private readonly completed = new Map<string, DraftCheck>();
  /** When the last check of each draft started (for `MIN_CHECK_INTERVAL_MS`). */
  private readonly lastStart = new Map<string, number>();
  /** Who waits for the next check of a draft to finish (`nextCheck`). */
  private readonly settleWaiters = new Map<string, (() => void)[]>();
  private readonly caches = new Map<string, ClaimCache>();
  /** Verdicts shared by all drafts of the project (each draft's `ClaimCache` looks here on a miss). */
  private readonly sharedVerdicts = new SharedVerdicts();
  private readonly counts = new Map<string, FindingCounts>();
  private draftList: string[] | undefined;
  /** The last walk for drafts stopped at its bound. */
  draftListTruncated = false;
  /** Indexed source files, as a set (rebuilt lazily after each index change). */
  private sourceFiles: Set<string> | undefined;
  /** What is a draft here (core/drafts.ts): the root, the current settings and the sources. */
  readonly draftScope: DraftScope;
  private pendingFiles = new Set<string>();
  private pendingConfig = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private firstPendingAt = 0;
  private flushing: Promise<void> | undefined;
  private readonly generationListeners: (() => void)[] = [];
  private readonly statusListeners: (() => void)[] = [];
  private readonly checkListeners: ((uri: string) => void)[] = [];
  private readonly editorListeners: (() => void)[] = [];

  constructor(
    root: string | undefined,
    private readonly options: ProjectOptions,
  ) {
    this.root = root === undefined ? undefined : normalizePath(root);
    this.fs = new OverlayFileSystem(options.fs);
    this.sources = new SourceWorkspace(this.fs, this.root ?? '/', this.config, undefined, { cache: options.cache });
    this.firstBuild = new Promise<void>((resolve) => (this.firstBuildDone = resolve));
    const project = this;
    this.draftScope = {
      root: this.root,
      get config() {
        return project.config;
      },
      isSource: (path) => this.isSource(path),
    };
  }

  // -------------------------------------------------------------------------------------------------------
  // Events

  /** Called after the index or the settings changed: every earlier report is stale. */
  onDidChangeGeneration(listener: () => void): void {
    this.generationListeners.push(listener);
  }

  /** Called whenever anything shown in the status changed (state, counts). */
  onDidChangeStatus(listener: () => void): void {
    this.statusListeners.push(listener);
  }

  /** Called when a new report of a draft is ready (its key: the document's URI). */
  onDidCheck(listener: (uri: string) => void): void {
    this.checkListeners.push(listener);
  }

  /** Called when only the editor-only settings changed (the reports stand). */
  onDidChangeEditorSettings(listener: () => void): void {
    this.editorListeners.push(listener);
  }

  private fireStatus(): void {
    for (const listener of this.statusListeners) listener();
  }

  private bumpGeneration(): void {
    this.generation++;
    this.sourceFiles = undefined;
    for (const entry of this.active) cancelRunning(entry, 'index');
    this.running.clear();
    for (const listener of this.generationListeners) listener();
    this.fireStatus();
  }

  // -------------------------------------------------------------------------------------------------------
  // Configuration and index

  get documentCount(): number {
    return this.root === undefined ? 0 : this.sources.index.documentCount;
  }

  get passageCount(): number {
    return this.root === undefined ? 0 : this.sources.index.passageCount;
  }

  /** The source documents a citation key names. */
  documentsByKey(key: string): SourceDocument[] {
    return this.root === undefined ? [] : this.sources.index.documentsByKey(key);
  }

  /** The source files in the index (absolute paths). */
  get sourceFilePaths(): string[] {
    return this.root === undefined ? [] : this.sources.files;
  }

  get sourceWarnings(): SourceWarning[] {
    return this.sources.warnings;
  }

  get warningCount(): number {
    return this.sources.warnings.length + this.configInfo.problems.length;
  }

  /**
   * Reads `.claimcheck.json`, else the client settings, else the defaults. The editor-only settings
   * (editorSettings.ts) always come from the client.
   */
  async loadConfig(): Promise<ClaimcheckConfig> {
    const { engine, editor } = splitSettings(await this.readSettingsWithTimeout());
    this.editorSettings = editor;
    if (this.root !== undefined) {
      const file = await loadWorkspaceConfig(this.fs, this.root);
      if (file) {
        this.configInfo = { origin: CONFIG_FILE_NAME, problems: file.problems };
        return file.config;
      }
    }
    if (engine) {
      const parsed = resolveConfig(engine);
      this.configInfo = { origin: 'settings', problems: parsed.problems };
      return parsed.config;
    }
    this.configInfo = { origin: 'defaults', problems: [] };
    return resolveConfig(undefined).config;
  }

  private async readSettingsWithTimeout(): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), SETTINGS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.options.readSettings().catch(() => undefined), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private logConfig(): void {
    this.options.log(`Configuration from ${this.configInfo.origin}: sources ${JSON.stringify(this.config.sources)}`);
    for (const problem of this.configInfo.problems) {
      this.options.log(`Configuration problem${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}`);
    }
  }

  /** Runs `work` while no check may run; checks in flight are cancelled and will be redone. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.indexBusy) await this.indexBusy;
    for (const entry of this.active) if (!entry.settled) cancelRunning(entry, 'index');
    let done!: () => void;
    this.indexBusy = new Promise<void>((resolve) => (done = resolve));
    try {
      return await work();
    } finally {
      this.indexBusy = undefined;
      done();
    }
  }

  /** Reads the configuration and every source afresh. */
  async rebuild(onProgress?: (percent: number, message: string) => void): Promise<BuildStats | undefined> {
    return this.exclusive(async () => {
      this.state = 'indexing';
      this.buildProgress = 0;
      this.fireStatus();
      try {
        this.config = await this.loadConfig();
        this.logConfig();
        if (this.root === undefined) {
          this.state = 'ready';
          this.stateMessage = 'No workspace folder: no sources to check against.';
          return undefined;
        }
        this.sources.setConfig(this.config);
        this.draftList = undefined;
        // Progress runs 0–100 over this thread's build; over 0–90 in the build worker, then 90–100 here.
        let from = 0;
        let span = 100;
        const progress = (done: number, total: number, what = 'source documents') => {
          const percent = from + (total ? Math.round((done / total) * span) : span);
          this.buildProgress = percent;
          onProgress?.(percent, `${done}/${total} ${what}`);
          this.fireStatus();
        };
        const buildAhead = this.options.buildAhead?.bind(this.options);
        const root = this.root;
        const config = this.config;
        const stats = await this.sources.build(undefined, (done, total) => progress(done, total), {
          buildElsewhere: buildAhead
            ? async (pending) => {
                const started = Date.now();
                const outcome = await buildAhead({ root, config, pending }, (done, total) => progress(done, total, 'source documents (worker)'));
                if (!outcome) return false;
                const work = `${pending.files} files, ${(pending.bytes / 1048576).toFixed(1)} MB`;
                if (outcome.built) {
                  this.options.log(`Indexed the sources (${work}) in the build worker in ${Date.now() - started} ms; taking the index from the cache.`);
                  from = 90;
                  span = 10;
                } else if (outcome.outOfMemory) {
                  // The server's thread has the same limit: a build here would end the server.
                  throw new Error(`${outcome.why} (${work} of sources to read). Index fewer sources: narrow the "sources" setting or add to "exclude".`);
                } else {
                  this.options.log(`The build worker could not index the sources (${outcome.why}); indexing them on the server's thread.`);
                }
                return outcome.built;
              }
            : undefined,
        });
        this.lastBuild = stats;
        this.state = 'ready';
        this.stateMessage = stats.documents === 0 ? `No sources found in ${JSON.stringify(this.config.sources)}.` : undefined;
        this.options.log(
          `Indexed ${stats.documents} documents (${stats.passages} passages) from ${stats.files} files in ${stats.milliseconds} ms.`,
        );
        for (const warning of this.sources.warnings) this.options.log(`Source warning [${warning.code}] ${warning.file}: ${warning.message}`);
        return stats;
      } catch (error) {
        this.state = 'error';
        this.stateMessage = `Indexing failed: ${(error as Error).message}`;
        this.options.log(`${this.stateMessage}\n${(error as Error).stack ?? ''}`);
        throw error;
      } finally {
        this.buildProgress = undefined;
        this.firstBuildDone();
        this.bumpGeneration();
      }
    });
  }

  /** Whether the index holds a document of this file (or would, if it is a source). */
  isSource(path: string): boolean {
    if (this.root === undefined) return false;
    const p = normalizePath(path);
    this.sourceFiles ??= new Set(this.sources.files);
    return this.sources.isSource(p) || this.sourceFiles.has(p);
  }

  /** Whether a file is a draft by its name and place (core/drafts.ts, rules 1 and 2). */
  isDraftPath(path: string, languageId?: string): boolean {
    return classifyDraftPath(path, this.draftScope, { languageId }).draft;
  }

  /**
   * Whether an open document is a draft: a file by its name, place and language (rules 1 and 2), an untitled
   * buffer by its language; other schemes never. A refusal is logged once per document and reason.
   */
  classifyDocument(uri: string, languageId: string): DraftDecision {
    // The decision depends on the URI, the language, the settings and the sources: remembered until one changes
    // (a request about an open draft asks it several times, and every keystroke batch asks again).
    if (this.decisions.generation !== this.generation || this.decisions.config !== this.config) this.decisions = { generation: this.generation, config: this.config, byDocument: new Map() };
    const key = `${languageId}\u0000${uri}`;
    const known = this.decisions.byDocument.get(key);
    if (known) return known;
    const decision = this.classifyDocumentNow(uri, languageId);
    if (this.decisions.byDocument.size >= 1024) this.decisions.byDocument.clear();
    this.decisions.byDocument.set(key, decision);
    return decision;
  }

  private decisions: { generation: number; config: ClaimcheckConfig; byDocument: Map<string, DraftDecision> } = { generation: -1, config: DEFAULT_CONFIG, byDocument: new Map() };

  private classifyDocumentNow(uri: string, languageId: string): DraftDecision {
    const path = uriToPath(uri);
    const decision = path !== undefined
      ? classifyDraftPath(path, this.draftScope, { languageId })
      : uri.startsWith('untitled:')
        ? classifyUntitled(languageId)
        : ({ draft: false, reason: 'kind', message: `${uri} is not a file on disk.` } as const);
    if (!decision.draft) this.logOnce(`${uri}\0${decision.reason}`, `Not checking ${uri}: ${decision.message}`);
    return decision;
  }

  /**
   * Tells the project about file events (from the client's file watcher, or open buffers of sources).
   * Bursts are coalesced; the index is updated for the changed files only.
   */
  filesChanged(paths: readonly string[], created: readonly string[] = [], deleted: readonly string[] = []): void {
    if (this.root === undefined) return;
    for (const raw of [...paths, ...created, ...deleted]) {
      const path = normalizePath(raw);
      if (path === joinPath(this.root, CONFIG_FILE_NAME)) {
        this.pendingConfig = true;
        continue;
      }
      if (this.isSource(path)) this.pendingFiles.add(path);
    }
    if (created.length || deleted.length) this.draftList = undefined;
    for (const path of deleted) this.clearCounts(pathToUri(normalizePath(path)));
    if (!this.pendingConfig && this.pendingFiles.size === 0) return;
    const now = Date.now();
    if (this.flushTimer === undefined) this.firstPendingAt = now;
    else clearTimeout(this.flushTimer);
    const wait = Math.max(0, Math.min(COALESCE_MS, this.firstPendingAt + COALESCE_MAX_MS - now));
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      const flushing: Promise<void> = this.flush()
        .catch((error) => this.options.log(`Updating the index failed: ${(error as Error).stack ?? error}`))
        .finally(() => {
          if (this.flushing === flushing) this.flushing = undefined;
        });
      this.flushing = flushing;
    }, wait);
  }

  /** Resolves when queued file events have been applied (for tests and the rebuild command). */
  async settled(): Promise<void> {
    while (this.flushTimer !== undefined || this.flushing || this.indexBusy) {
      if (this.flushing) await this.flushing;
      else if (this.indexBusy) await this.indexBusy;
      else await new Promise((resolve) => setTimeout(resolve, COALESCE_MS));
    }
  }

  private async flush(): Promise<void> {
    if (this.pendingConfig) {
      this.pendingConfig = false;
      this.pendingFiles.clear();
      await this.settingsChanged();
      return;
    }
    const files = [...this.pendingFiles];
    this.pendingFiles.clear();
    if (files.length === 0) return;
    await this.exclusive(async () => {
      const started = Date.now();
      const { changed } = await this.sources.updateFiles(files);
      if (changed > 0) {
        this.options.log(`Re-indexed ${changed} changed source file(s) in ${Date.now() - started} ms: ${files.map((f) => relativePath(this.root!, f)).join(', ')}`);
        for (const warning of this.sources.warnings.filter((w) => files.includes(normalizePath(w.file)))) {
          this.options.log(`Source warning [${warning.code}] ${warning.file}: ${warning.message}`);
        }
        this.stateMessage = this.documentCount === 0 ? `No sources found in ${JSON.stringify(this.config.sources)}.` : undefined;
        this.bumpGeneration();
      }
    });
  }

  /** The settings or `.claimcheck.json` changed: rebuild if the set of sources may differ, else re-check. */
  async settingsChanged(): Promise<void> {
    const editorBefore = JSON.stringify(this.editorSettings);
    const config = await this.loadConfig();
    if (this.root === undefined) {
      this.config = config;
      this.bumpGeneration();
      return;
    }
    if (JSON.stringify(config) === JSON.stringify(this.config)) {
      // Only how findings are shown changed: the reports stand; tell the editor features.
      if (JSON.stringify(this.editorSettings) !== editorBefore) for (const listener of this.editorListeners) listener();
      return;
    }
    const { rebuildNeeded } = this.sources.setConfig(config);
    if (rebuildNeeded) {
      await this.rebuild();
      return;
    }
    this.config = config;
    this.logConfig();
    this.draftList = undefined;
    this.bumpGeneration();
  }

  // -------------------------------------------------------------------------------------------------------
  // Open buffers

  /** An open buffer of a source file changed: it wins over the disk. */
  sourceBufferChanged(path: string, text: string): void {
    this.fs.set(path, text);
    this.filesChanged([path]);
  }

  sourceBufferClosed(path: string): void {
    if (this.fs.delete(path)) this.filesChanged([path]);
  }

  /** Forgets everything about an open draft (its buffer closed). */
  forget(key: string): void {
    cancelRunning(this.running.get(key), 'superseded');
    this.running.delete(key);
    this.caches.delete(key);
    this.completed.delete(key);
    this.lastStart.delete(key);
  }

  /** Forgets the verdicts shared between drafts (benchmarks measure checks that judge every claim). */
  clearSharedVerdicts(): void {
    this.sharedVerdicts.clear();
  }

  /** Resolves when the next check of a draft finishes (with a report), or after `ms`, or when `token` is cancelled. */
  nextCheck(key: string, ms: number, token?: LspCancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const listener = token?.onCancellationRequested(done);
      let waiters = this.settleWaiters.get(key);
      if (!waiters) this.settleWaiters.set(key, (waiters = []));
      waiters.push(done);
      function done() {
        clearTimeout(timer);
        listener?.dispose();
        resolve();
      }
    });
  }

  /**
   * The latest finished check of a draft on the current index, whatever its version (undefined when there is
   * none): what a hover answers from while the current version is being checked.
   */
  lastCheck(key: string): DraftCheck | undefined {
    const check = this.completed.get(key);
    return check && check.generation === this.generation ? check : undefined;
  }

  // -------------------------------------------------------------------------------------------------------
  // Reports

  /** Resolves when the first index build is over and no index update is running. */
  whenReady(token?: LspCancellationToken): Promise<void> {
    return this.whenIndexReady(token);
  }

  private async whenIndexReady(token?: LspCancellationToken): Promise<void> {
    await raceCancellation(this.firstBuild, token);
    while (this.indexBusy) await raceCancellation(this.indexBusy, token);
  }

  /**
   * The report of a draft's text, computed once per (key, stamp) and shared by every request for it.
   * `key` identifies the draft (its URI), `stamp` the content (version, or mtime and size).
   */
  private async check(
    key: string,
    stamp: string,
    read: () => Promise<{ text: string; format: DraftFormat; warnings?: DraftWarning[] } | undefined>,
    token?: LspCancellationToken,
  ): Promise<DraftCheck | undefined> {
    for (let attempt = 0; attempt < MAX_CHECK_ATTEMPTS; attempt++) {
      await this.whenIndexReady(token);
      const id = `${this.generation}:${stamp}`;
      let entry = this.running.get(key);
      if (!entry || entry.key !== id) {
        const previous = entry;
        // A check that has begun goes on (single flight, its report serves hovers); one still waiting is dropped.
        if (previous && !previous.started) cancelRunning(previous, 'superseded');
        const source = new CancellationTokenSource();
        const generation = this.generation;
        let cache = this.caches.get(key);
        if (!cache) this.caches.set(key, (cache = new ClaimCache(this.sharedVerdicts)));
        const config = this.config;
        const analyzer = this.options.analyzer ?? inProcessAnalyzer;
        const created: Running = { key: id, source, settled: false, started: false, promise: Promise.resolve(undefined as never) };
        created.promise = (async () => {
          if (previous && !previous.settled) await previous.promise.catch(() => undefined);
          const wait = (this.lastStart.get(key) ?? -Infinity) + MIN_CHECK_INTERVAL_MS - Date.now();
          if (wait > 0) await sleepUnlessCancelled(wait, source.token);
          if (source.token.isCancellationRequested) throw new CancelledError();
          created.started = true;
          this.lastStart.set(key, Date.now());
          const input = await read();
          if (!input) return undefined;
          const token = anyToken(source.token);
          const report = await checkDraft(input.text, this.sources.index, {
            config,
            format: input.format,
            token,
            cache,
            analyze: (text, options) => analyzer.analyze(key, text, options, token),
          });
          if (generation !== this.generation) throw new CancelledError();
          if (input.warnings?.length) report.analysis.warnings = [...input.warnings, ...(report.analysis.warnings ?? [])];
          this.setCounts(key, report);
          for (const listener of this.checkListeners) listener(key);
          const check: DraftCheck = { report, text: input.text, resultId: id, generation };
          // Kept unless the draft was closed meanwhile (`forget`).
          if (this.caches.has(key)) this.completed.set(key, check);
          return check;
        })();
        this.active.add(created);
        const settle = () => {
          created.settled = true;
          this.active.delete(created);
        };
        created.promise.then(
          () => {
            settle();
            // A new finished check: whoever waits for one (`nextCheck`) tries again.
            const waiters = this.settleWaiters.get(key);
            this.settleWaiters.delete(key);
            for (const wake of waiters ?? []) wake();
          },
          () => {
            settle();
            if (this.running.get(key) === created) this.running.delete(key);
          },
        );
        this.running.set(key, created);
        entry = created;
      }
      try {
        return await raceCancellation(entry.promise, token);
      } catch (error) {
        if (!(error instanceof CancelledError) || token?.isCancellationRequested) throw error;
        // Cancelled by an index change: try again on the new index. Superseded by a newer version of the
        // draft, or closed: give up, the caller's version is stale.
        if (entry.cancelled !== 'index') throw error;
      }
    }
    throw new CancelledError();
  }

  /** The report of an open draft at its current version. */
  checkDocument(document: TextDocument, token?: LspCancellationToken): Promise<DraftCheck | undefined> {
    const decision = this.classifyDocument(document.uri, document.languageId);
    if (!decision.draft) return Promise.resolve(undefined);
    const text = document.getText();
    const version = document.version;
    const problem = draftTextProblem(text, document.uri);
    if (problem) {
      this.logOnce(`${document.uri}\0${problem.reason}`, problem.message);
      return Promise.resolve(undefined);
    }
    return this.check(document.uri, `v${version}`, async () => ({ text, format: decision.format }), token);
  }

  /** The report of a draft file as it is on disk (or in the overlay). Undefined when it does not exist. */
  async checkFile(path: string, token?: LspCancellationToken): Promise<DraftCheck | undefined> {
    const key = pathToUri(path);
    // A draft that cannot be read (restricted mode: its real path is outside the workspace) is not checked.
    const stat = await this.fs.stat(path).catch(() => undefined);
    if (!stat || stat.type !== 'file') return undefined;
    const name = this.root === undefined ? path : relativePath(this.root, path);
    if (stat.size > MAX_DRAFT_SIZE) {
      this.logOnce(`${key}\0too-large`, `${name} is not checked: it is larger than ${MAX_DRAFT_SIZE / 1024} KiB, too large for a draft.`);
      return undefined;
    }
    const stamp = `${stat.mtime}:${stat.size}`;
    return this.check(
      key,
      stamp,
      async () => {
        const read = await readDraftFile(this.fs, path, this.draftScope);
        if (!read.ok) {
          this.logOnce(`${key}\0${read.reason}`, read.message);
          return undefined;
        }
        const at = read.invalidUtf8 ? Math.max(0, read.text.indexOf('\uFFFD')) : 0;
        const warnings: DraftWarning[] = read.invalidUtf8
          ? [{ code: 'invalid-utf8', span: { start: at, end: at }, message: 'This file is not valid UTF-8; undecodable bytes were replaced by U+FFFD. Save it as UTF-8.' }]
          : [];
        return { text: read.text, format: read.format, warnings };
      },
      token,
    );
  }

  private readonly logged = new Set<string>();

  /** Logs a line once per key (a document and a reason), so that repeated requests do not flood the log. */
  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    if (this.logged.size > 10_000) this.logged.clear();
    this.logged.add(key);
    this.options.log(message);
  }

  /** The result id a draft file's report would have now, without checking it. */
  async fileResultId(path: string): Promise<string | undefined> {
    const stat = await this.fs.stat(path).catch(() => undefined);
    return stat ? `${this.generation}:${stat.mtime}:${stat.size}` : undefined;
  }

  /** Every draft file under the root, sorted (cached until files are created or deleted). */
  async listDrafts(token?: CancellationToken): Promise<string[]> {
    if (this.root === undefined) return [];
    if (this.draftList) return this.draftList;
    const { drafts, truncated } = await findDrafts(this.fs, [this.root], this.draftScope, { limit: MAX_DRAFTS, token });
    if (token?.isCancellationRequested) throw new CancelledError();
    if (truncated) this.options.log(`The workspace holds more drafts or folders than Claimcheck walks; only the first ${drafts.length} drafts are checked.`);
    this.draftList = drafts;
    this.draftListTruncated = truncated;
    return drafts;
  }

  // -------------------------------------------------------------------------------------------------------
  // Counts for the status

  private setCounts(key: string, report: DraftReport): void {
    const counts = emptyCounts();
    for (const finding of report.findings) {
      counts.findings++;
      if (finding.code === 'unsupported-claim') counts.unsupported++;
      counts.bySeverity[finding.severity]++;
      counts.byCode[finding.code]++;
    }
    const old = this.counts.get(key);
    this.counts.set(key, counts);
    if (!old || JSON.stringify(old) !== JSON.stringify(counts)) this.fireStatus();
  }

  clearCounts(key: string): void {
    if (this.counts.delete(key)) this.fireStatus();
  }

  /** Findings of every draft checked so far, by severity and code: what the status bar reports. */
  get totals(): FindingCounts {
    const totals = emptyCounts();
    for (const c of this.counts.values()) addCounts(totals, c);
    return totals;
  }
}
