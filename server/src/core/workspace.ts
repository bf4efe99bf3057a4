/**
 * The sources of one workspace: which files they are, their index, and keeping the index in step with the
 * files. The CLI builds one and checks drafts; the language server keeps one alive and feeds it file events.
 */
import { CONFIG_FILE_NAME, parseConfigText, type ClaimcheckConfig, type ParsedConfig } from './config';
import { runSteps, TimeSlice, yieldToEventLoop } from './eventLoop';
import { type FileStat, joinPath, normalizePath, relativePath, relativeTo, type SourceFileSystem, statPaths } from './fs';
import {
  type CacheStorage,
  type IndexPart,
  type IndexPartRef,
  type SavedFile,
  changedFile,
  documentIdList,
  idsOf,
  toIdList,
  type DocumentIdList,
  type SavedFileDocuments,
  type WorkspaceCacheRecord,
  CACHE_FORMAT_VERSION,
  CACHE_TOUCH_MS,
  INDEX_PARTS,
  MissingRecordError,
  adoptPath,
  cacheKey,
  cacheName,
  cacheRecordSets,
  checkChunk,
  checkIndexPartSteps,
  checkRecordSteps,
  hashBytes,
  indexPartSteps,
  isRecordOfRoot,
  restoreDocuments,
  saveDocuments,
  storeChunk,
  sweepVerdict,
  toStoredRecordSteps,
  type CacheRecordSet,
} from './index/persist';
import { DocumentIds } from './sources/ids';
import { SourceIndex, type SourceIndexSnapshot } from './index/sourceIndex';
import { findSourceFiles, isSourceFile, loadSourceFile } from './sources/load';
import { decodeSource } from './text/decode';
import { type CancellationToken, type SourceDocument, type SourceWarning, throwIfCancelled } from './types';

export interface BuildStats {
  files: number;
  documents: number;
  passages: number;
  /** Characters of extracted source text indexed. */
  bytes: number;
  milliseconds: number;
  /** Files whose documents came from the index cache, and files read (added or changed since). */
  cached?: number;
  read?: number;
}

/** The reads a build has ahead of it: the files the cache does not hold as they are, and their bytes on disk. */
export interface PendingReads {
  files: number;
  bytes: number;
}

export interface BuildOptions {
  /**
   * Offered the reads a build has ahead of it, before it starts them (only with a cache, and only when there is
   * something to read): resolves true when someone else (the language server's build worker) has read the
   * sources, indexed them and saved the index to this workspace's cache meanwhile. The build then takes the
   * saved index as a warm start would (in slices: no long pause on this thread), and reads only what changed
   * since. False, and the build reads the files itself; a rejection ends the build with that error (the other
   * builder knows this one would fail too, e.g. out of memory).
   */
  buildElsewhere?(pending: PendingReads, token?: CancellationToken): Promise<boolean>;
}

/** What another thread needs to build, and save to the cache, the index this workspace would build. */
export interface IndexBuildRequest {
  root: string;
  config: ClaimcheckConfig;
  /** The cache folder (`CacheStorage.location`). */
  cacheDirectory: string;
  /** The cache's key file; the user's own by default (benchmarks use their own). */
  secretFile?: string;
  /** Restricted mode, and the workspace folders reads are confined to (confine.ts). */
  restricted: boolean;
  folders: string[];
  /** What the build has to read: a builder declines what is not worth a thread. */
  pending: PendingReads;
}

/** `outOfMemory`: the build needed more memory than the thread may use (a build here would fail too). */
export type IndexBuildOutcome = { built: true; stats: BuildStats } | { built: false; why: string; outOfMemory?: boolean };

/** Builds indexes elsewhere (the language server's build worker, node/buildWorker.ts): a `buildElsewhere` for `build`. */
export interface IndexBuilder {
  /** Undefined when declined (too little to read), else whether the index was built and saved; never rejects. */
  build(request: IndexBuildRequest, onProgress?: (done: number, total: number) => void): Promise<IndexBuildOutcome | undefined>;
  dispose(): void;
}

export interface SourceWorkspaceOptions {
  /** Where to keep the index between runs; no cache when absent. */
  cache?: CacheStorage;
}

/** Reads `.claimcheck.json` at the root; undefined when there is none. Never throws. */
export async function loadWorkspaceConfig(
  fs: SourceFileSystem,
  root: string,
  base?: ClaimcheckConfig,
): Promise<(ParsedConfig & { file: string }) | undefined> {
  const file = joinPath(root, CONFIG_FILE_NAME);
  try {
    const stat = await fs.stat(file);
    if (!stat || stat.type !== 'file') return undefined;
    const { text } = decodeSource(await fs.readFile(file));
    return { ...parseConfigText(text, base), file };
  } catch (error) {
    return {
      config: parseConfigText('{}', base).config,
      problems: [{ path: '', message: `Cannot read ${CONFIG_FILE_NAME}: ${(error as Error).message}` }],
      file,
    };
  }
}

function sourceSettingsKey(config: ClaimcheckConfig): string {
  return JSON.stringify([config.sources, config.exclude, config.maxFileSize]);
}

export class SourceWorkspace {
  readonly root: string;
  index: SourceIndex;
  /** Warnings of the files as last read, by file. */
  private warningsByFile = new Map<string, SourceWarning[]>();
  /** Warnings that belong to no one file (a missing source folder, an unusable cache). */
  private globalWarnings: SourceWarning[] = [];
  /** Document ids of each source file (a lone id as itself: `DocumentIdList`). */
  private documentsByFile = new Map<string, DocumentIdList>();
  private config: ClaimcheckConfig;
  private readonly cache?: CacheStorage;
  /** What the cache knows of each file (size, mtime, hash, chunk), as last saved or to be saved. */
  private savedFiles = new Map<string, SavedFile>();
  /** Files read since the last save, whose documents go into a new chunk (their saved form made then). */
  private unsaved = new Set<string>();
  /** Who has which document id (ids are unique in the index; see DocumentIds). */
  private ids: DocumentIds;
  private saving: Promise<void> = Promise.resolve();
  /** Chunk records the last saved (or read) main record refers to. */
  private writtenChunks = new Set<string>();
  private saveQueued = false;
  /** When `sweep` last ran (a save in the background sweeps at most once per SWEEP_EVERY_MS). */
  private sweptAt = -Infinity;
  /** Legacy-named main records (a name is a hash of its key, so the answer holds) and whether they are this root's. */
  private legacyOwners = new Map<string, boolean>();

  constructor(
    private readonly fs: SourceFileSystem,
    root: string,
    config: ClaimcheckConfig,
    index: SourceIndex = new SourceIndex(),
    options: SourceWorkspaceOptions = {},
  ) {
    this.root = normalizePath(root);
    this.config = config;
    this.index = index;
    this.cache = options.cache;
    this.ids = new DocumentIds(this.root);
  }

  get warnings(): SourceWarning[] {
    return [...this.globalWarnings, ...[...this.warningsByFile.values()].flat()];
  }

  /** The source files currently indexed (absolute paths). */
  get files(): string[] {
    return [...this.documentsByFile.keys()];
  }

  getConfig(): ClaimcheckConfig {
    return this.config;
  }

  /** Takes new settings; says whether the set of sources may have changed, so that a rebuild is needed. */
  setConfig(config: ClaimcheckConfig): { rebuildNeeded: boolean } {
    const rebuildNeeded = sourceSettingsKey(config) !== sourceSettingsKey(this.config);
    this.config = config;
    return { rebuildNeeded };
  }

  isSource(path: string): boolean {
    return isSourceFile(normalizePath(path), this.root, this.config);
  }

  /**
   * Reads every source and builds a fresh index; with a cache, restores the saved index and re-reads only the
   * files added, changed or removed since (a file whose mtime moved but whose content hash did not is kept).
   * The old index stays in use until the new one is complete. Work is done in chunks between which the event
   * loop runs; `onProgress` gets (done, total) in files.
   */
  async build(token?: CancellationToken, onProgress?: (done: number, total: number) => void, options: BuildOptions = {}): Promise<BuildStats> {
    const started = Date.now();
    const config = this.config;
    const settings = sourceSettingsKey(config);
    const key = cacheKey(this.root, settings);
    const name = cacheName(this.root, settings);
    const globalWarnings: SourceWarning[] = [];
    const cacheProblem = (problem: string) =>
      globalWarnings.push({ file: this.cache!.location, code: 'unreadable', message: `Index cache ${this.cache!.location}: ${problem}; rebuilding the index.` });

    let record = await this.readRecord(name, key, cacheProblem);
    throwIfCancelled(token);
    let ahead = record ? this.readAhead(record, token) : undefined;    // The walk stats every file; keep those answers for the comparison with the cache below (a stat, or a
    // promise of one: a rejected one stands for an error).
    const stats = new Map<string, FileStat | undefined | Promise<FileStat | undefined>>();
    const fs = this.fs;
    const walking: SourceFileSystem = {
      stat: (p) => {
        if (!stats.has(p)) stats.set(p, fs.stat(p));
        const stat = stats.get(p);
        return stat instanceof Promise ? stat : Promise.resolve(stat);
      },
      statMany: async (paths) => {
        const answers = await statPaths(fs, paths);
        for (let k = 0; k < paths.length; k++) {
          const answer = answers[k];
          if (!('error' in answer)) stats.set(paths[k], answer.stat);
          else {
            const failed = Promise.reject(answer.error);
            failed.catch(() => undefined);
            stats.set(paths[k], failed);
          }
        }
        return answers;
      },
      readDirectory: (p) => fs.readDirectory(p),
      readFile: (p) => fs.readFile(p),
      ...(fs.realPath ? { realPath: (p: string) => fs.realPath!(p) } : {}),
    };
    const statOf = (p: string) => (stats.has(p) ? stats.get(p) : walking.stat(p));
    const found = await findSourceFiles(walking, this.root, config, globalWarnings, token);    const total = found.length;
    let done = 0;
    const slice = new TimeSlice();
    /** Counts a file done; a promise to wait for when the time slice is used up (else nothing to wait for). */
    const tick = (): Promise<void> | undefined => {
      done++;
      if (done % FILES_PER_TICK === 0) onProgress?.(done, total);
      return slice.due() ? slice.pause(token) : undefined;
    };
    // Each source file's path is its own document's id; other documents (JSONL records) may not take it.
    const relative = relativeTo(this.root);
    const reserved = new Map<string, string>();
    for (let k = 0; k < found.length; k++) {
      reserved.set(relative(found[k]), found[k]);
      if ((k & 255) === 255) await slice.pause(token);
    }
    let ids = new DocumentIds(this.root, reserved);

    // Which files the cache still holds as they are, and the index they had.
    const kept = new Map<string, SavedFile>();
    // The record `kept` and `ids` were compared with already, to weigh building elsewhere (not compared twice).
    let compared: WorkspaceCacheRecord | undefined;
    if (options.buildElsewhere && this.cache) {
      if (record) await this.compareWithCache((compared = record), found, statOf, kept, ids, token);
      const pending = await this.pendingReads(found, kept, walking, token);
      if (pending.files > 0) {
        // The record read ahead is replaced by the one the other thread saves.
        if (ahead) ahead.stopped = true;
        ahead = undefined;
        const built = await options.buildElsewhere(pending, token);
        throwIfCancelled(token);
        // The cache now holds the files as they were read there; those changed since (stat afresh) are read below.
        if (built) {
          stats.clear();
          record = await this.readRecord(name, key, cacheProblem);
          compared = undefined;
        }
      }
    }

    let index: SourceIndex | undefined;
    for (let attempt = 1; record && !index; attempt++) {
      if (compared !== record) {
        kept.clear();
        ids = new DocumentIds(this.root, reserved);
        await this.compareWithCache(record, found, statOf, kept, ids, token);
      }
      compared = undefined;
      done = 0;      try {
        index = await this.restoreIndex(record, token, tick, ahead);
      } catch (error) {
        if (isCancelled(error)) throw error;
        if (error instanceof MissingRecordError && attempt < 3) {
          // Another process may have saved meanwhile (and removed the records this one named): take its record.
          const again = await this.readRecord(name, key, () => undefined);
          if (again && again.saveId !== record.saveId) {
            record = again;
            continue;
          }
        }
        cacheProblem(`${(error as Error)?.message ?? String(error)}`);
        record = undefined;
      }
    }
    if (!index) {
      kept.clear();
      ids = new DocumentIds(this.root, reserved);
    } else if (record) {
      for (let k = 0; k < record.files.length; k++) {
        if ((k & 1023) === 1023) await slice.pause(token);
        const saved = record.files[k];
        if (kept.has(saved.path)) continue;
        for (const id of saved.documentIds) index.removeDocument(id);
      }
    }
    index ??= new SourceIndex();

    // Read the other files and index them.
    const savedFiles = new Map<string, SavedFile>();
    const unsaved = new Set<string>();
    const documentsByFile = new Map<string, DocumentIdList>();
    const warningsByFile = new Map<string, SourceWarning[]>();
    let batch: SourceDocument[] = [];
    let read = 0;
    let visited = 0;
    for (const path of found) {
      if (++visited % 64 === 0) await slice.pause();
      const saved = kept.get(path);
      if (saved) {
        savedFiles.set(path, saved);
        if (saved.read) documentsByFile.set(path, documentIdList(saved));
        if (saved.warnings.length) warningsByFile.set(path, saved.warnings);
        continue;
      }
      read++;
      const loaded = await this.loadFile(path, ids, walking);
      // The walk's answer for this file is used: dropped, so that tens of thousands of them are not kept alive.
      stats.delete(path);
      throwIfCancelled(token);
      if (loaded.read) documentsByFile.set(path, loaded.saved ? documentIdList(loaded.saved.file) : toIdList(loaded.documents.map((d) => d.id)));
      if (loaded.warnings.length) warningsByFile.set(path, loaded.warnings);
      if (loaded.saved) {
        savedFiles.set(path, loaded.saved.file);
        unsaved.add(path);
      }
      batch.push(...loaded.documents);
      if (batch.length >= INDEX_BATCH) {
        await index.addDocumentsAsync(batch, token, undefined, { merge: false });
        batch = [];
      }
      const waiting = tick();
      if (waiting) await waiting;
    }
    if (batch.length) await index.addDocumentsAsync(batch, token, undefined, { merge: false });
    // One compact part of postings (the delta merged), and the indexing caches dropped: less memory kept, a
    // smaller cache record.
    await index.compact(token);
    index.releaseIndexingCaches();
    onProgress?.(total, total);
    throwIfCancelled(token);

    this.index = index;
    this.ids = ids;
    this.documentsByFile = documentsByFile;
    this.warningsByFile = warningsByFile;
    for (const warning of globalWarnings) if (warning.code !== 'missing' && warning.code !== 'unreadable') this.warningsOf(warning.file).push(warning);
    this.globalWarnings = globalWarnings.filter((w) => w.code === 'missing' || w.code === 'unreadable');
    this.savedFiles = savedFiles;
    this.unsaved = unsaved;
    let changed = !record || read > 0 || kept.size !== record.files.length;
    this.writtenChunks = new Set(Object.values(record?.indexParts ?? {}).map((p) => p.name));
    for (const [k, saved] of (record?.files ?? []).entries()) {
      this.writtenChunks.add(saved.chunk);
      if (!changed && kept.get(saved.path)?.mtime !== saved.mtime) changed = true;
      if ((k & 1023) === 1023) await slice.pause();
    }
    if (this.cache && changed) await this.save(name, key);
    else if (this.cache && record) await this.tidy(name, key, record);
    if (this.cache) await this.sweep(name);

    let bytes = 0;
    let counted = 0;
    for (const document of index.documents()) {
      bytes += document.text.length;
      if ((++counted & 1023) === 0) await slice.pause();
    }
    return {
      files: documentsByFile.size,
      documents: index.documentCount,
      passages: index.passageCount,
      bytes,
      milliseconds: Date.now() - started,
      cached: kept.size,
      read,
    };
  }

  /** The files a build would read (those `kept` does not hold as they are), and their size on disk. */
  private async pendingReads(
    found: readonly string[],
    kept: ReadonlyMap<string, SavedFile>,
    walking: SourceFileSystem,
    token: CancellationToken | undefined,
  ): Promise<PendingReads> {
    const slice = new TimeSlice();
    const pending: PendingReads = { files: 0, bytes: 0 };
    let visited = 0;
    for (const path of found) {
      if (++visited % 64 === 0) await slice.pause(token);
      if (kept.has(path)) continue;
      pending.files++;
      pending.bytes += (await walking.stat(path).catch(() => undefined))?.size ?? 0;
    }
    return pending;
  }

  /** The main cache record, checked; undefined (and `problem` called) when it is missing or unusable. */
  private async readRecord(name: string, key: string, problem: (why: string) => void): Promise<WorkspaceCacheRecord | undefined> {
    if (!this.cache) return undefined;
    try {
      const checked = await runSteps(checkRecordSteps(await this.cache.read(name), key));
      if (checked.problem) problem(checked.problem);
      return checked.record;
    } catch (error) {
      problem(`could not be read (${(error as Error)?.message ?? String(error)})`);
      return undefined;
    }
  }

  /**
   * Fills `kept` with the files the cache holds as they are now: same size and mtime, or same size and content
   * hash (touched, not edited); and whose document ids no other source now has or is reserved for.
   */
  private async compareWithCache(
    record: WorkspaceCacheRecord,
    found: readonly string[],
    /** The walk's stat of a path, when it has one (else a promise of it). */
    statOf: (path: string) => FileStat | undefined | Promise<FileStat | undefined>,
    kept: Map<string, SavedFile>,
    ids: DocumentIds,
    token: CancellationToken | undefined,
  ): Promise<void> {
    const slice = new TimeSlice();
    const files = record.files;
    // A record saved by a build lists its files in the walk's order: each found file is looked for at the next
    // position first, and a table by path is made only at the first file not there (one added, removed or
    // changed since; or the record of a language server that saved files as they changed).
    // (A record's paths are unique: a save lists the entries of a map.)
    let next = 0;
    let cached: Map<string, SavedFile> | undefined;
    let compared = 0;
    for (const path of found) {
      // Stats come from the walk (no waiting): without this, the loop would never let the event loop run.
      if (++compared % 64 === 0) await slice.pause(token);
      let saved: SavedFile | undefined;
      if (!cached && next < files.length && files[next].path === path) saved = files[next++];
      else {
        if (!cached) {
          cached = new Map();
          for (let k = 0; k < files.length; k++) {
            cached.set(files[k].path, files[k]);
            if ((k & 1023) === 1023) await slice.pause(token);
          }
        }
        saved = cached.get(path);
      }
      if (!saved) continue;
      const known = statOf(path);
      const stat = known instanceof Promise ? await known.catch(() => undefined) : known;
      if (!stat || stat.type !== 'file' || stat.size !== saved.size) continue;
      let file: SavedFile | undefined;
      if (stat.mtime === saved.mtime) {
        // The walk's string for the path, the same text: the record's own is then no longer kept alive.
        saved.path = path;
        file = saved;
      } else {
        // Touched or edited: the content hash tells.
        const bytes = await this.fs.readFile(path).catch(() => undefined);
        if (bytes && hashBytes(bytes) === saved.hash) file = changedFile(saved, { mtime: stat.mtime });
      }
      if (!file) continue;
      const fileIds = file.documentIds;
      if (!ids.fits(path, fileIds)) continue;
      ids.take(path, fileIds);
      kept.set(path, file);
    }
  }

  /**
   * Re-reads the given files (added, changed or deleted) and updates the index for them only.
   * Paths that are not sources are ignored, unless they were indexed before (then they are removed).
   * With a cache, the change is saved in the background (`flush()` waits for it).
   */
  async updateFiles(paths: readonly string[], token?: CancellationToken): Promise<{ changed: number }> {
    let changed = 0;
    const done = new Set<string>();
    const reload = async (path: string) => {
      this.ids.release(idsOf(this.documentsByFile.get(path)));
      const loaded = await this.loadFile(path, this.ids);
      this.replaceFileDocuments(path, loaded.documents);
      if (loaded.warnings.length) this.warningsByFile.set(path, loaded.warnings);
      else this.warningsByFile.delete(path);
      if (loaded.saved) {
        this.savedFiles.set(path, loaded.saved.file);
        this.unsaved.add(path);
      } else {
        this.savedFiles.delete(path);
        this.unsaved.delete(path);
      }
      done.add(path);
      changed++;
    };
    for (const raw of new Set(paths.map(normalizePath))) {
      throwIfCancelled(token);
      const known = this.documentsByFile.has(raw);
      const stat = await this.fs.stat(raw).catch(() => undefined);
      const wanted = stat?.type === 'file' && this.isSource(raw);
      if (!wanted) {
        if (known || this.savedFiles.has(raw)) {
          const gone = idsOf(this.documentsByFile.get(raw));
          for (const id of gone) this.index.removeDocument(id);
          this.ids.release(gone);
          this.ids.unreserve(raw);
          this.documentsByFile.delete(raw);
          this.warningsByFile.delete(raw);
          this.savedFiles.delete(raw);
          this.unsaved.delete(raw);
          changed++;
        }
        continue;
      }
      // A new file's path is its document's id: a record of another file that has that id gives it up first.
      this.ids.reserve(raw);
      const holder = this.ids.owner(relativePath(this.root, raw));
      if (holder !== undefined && holder !== raw && !done.has(holder) && this.documentsByFile.has(holder)) await reload(holder);
      await reload(raw);
    }
    if (changed && this.cache) this.saveSoon();
    return { changed };
  }

  /** Waits for cache writes in progress. */
  async flush(): Promise<void> {
    while (this.saveQueued) await this.saving;
    await this.saving;
  }

  // -------------------------------------------------------------------------------------------------------

  /**
   * Loads one file, hashing the bytes as they are read, and its saved form for the cache. Its documents get
   * ids no other source has (`ids`; a renamed one is reported in the file's warnings).
   */
  private async loadFile(path: string, ids: DocumentIds, fs: SourceFileSystem = this.fs): Promise<{
    documents: SourceDocument[];
    warnings: SourceWarning[];
    read: boolean;
    saved?: { file: SavedFile };
  }> {
    let hash = '';
    const hashing: SourceFileSystem = {
      stat: (p) => fs.stat(p),
      readDirectory: (p) => fs.readDirectory(p),
      readFile: async (p) => {
        const bytes = await fs.readFile(p);
        if (this.cache) hash = hashBytes(bytes);
        return bytes;
      },
    };
    const stat = await fs.stat(path).catch(() => undefined);
    const loaded = await loadSourceFile(hashing, path, this.root, this.config);
    const assigned = ids.assign(path, loaded.documents);
    const warnings = assigned.warning ? [...loaded.warnings, assigned.warning] : loaded.warnings.length ? loaded.warnings : NO_WARNINGS;
    const result = { ...loaded, documents: assigned.documents, warnings };
    const documents = saveDocuments(result.documents);
    // The documents as the cache restores them: each holds its text and a line table without the file's text
    // (a JSONL, Markdown or HTML file's content is not kept beside the documents' text).
    if (documents) result.documents = restoreDocuments(path, documents);
    if (!this.cache || !stat || !documents) return result;
    const file: SavedFile = {
      path,
      size: stat.size,
      mtime: stat.mtime,
      hash,
      read: result.read,
      warnings: result.warnings,
      documentIds: result.documents.map((d) => d.id),
      chunk: '',
    };
    return { ...result, saved: { file } };
  }

  /**
   * Starts reading a cache record's documents and index parts (`readRecordParts`) while the walk stats the
   * sources: they do not depend on what the walk finds (a file changed since is removed from the restored index
   * afterwards), and the walk mostly waits for the file system, so the two overlap (at 150 MB the warm start took
   * 3.5 s with them one after the other). Never rejects: a failure is kept for `restoreIndex` to throw.
   */
  private readAhead(record: WorkspaceCacheRecord, token: CancellationToken | undefined): ReadAhead {
    const ahead: ReadAhead = { record, stopped: false, result: Promise.resolve({}) };
    const slice = new TimeSlice();
    ahead.result = this.readRecordParts(record, token, () => {
      if (ahead.stopped) throw new Error('the read-ahead was stopped');
      return slice.due() ? slice.pause(token) : undefined;
    }).then(
      (parts) => ({ parts }),
      (error: unknown) => ({ error }),
    );
    return ahead;
  }

  /**
   * The index of a cache record, from its documents and index parts (read ahead when `ahead` is of this record).
   * Each record read is checked (see persist.ts); any mismatch throws, and the caller rebuilds from the sources.
   */
  private async restoreIndex(
    record: WorkspaceCacheRecord,
    token: CancellationToken | undefined,
    tick: () => Promise<void> | undefined,
    ahead: ReadAhead | undefined,
  ): Promise<SourceIndex> {
    let parts: RecordParts;
    if (ahead?.record === record) {
      const read = await ahead.result;
      throwIfCancelled(token);
      if (!read.parts) throw read.error;
      parts = read.parts;
      // Read before the walk's strings for the kept files' paths replaced the record's: the documents take them.
      const slice = new TimeSlice();
      for (let k = 0, d = 0; k < parts.files.length; k++) {
        const path = parts.files[k].path;
        for (const end = parts.ends[k]; d < end; d++) adoptPath(parts.documents[d], path);
        if ((k & 255) === 255) await slice.pause(token);
      }
    } else {
      parts = await this.readRecordParts(record, token, tick);
    }
    await yieldToEventLoop();
    throwIfCancelled(token);
    return SourceIndex.restoreAsync(parts.snapshot, parts.documents, {}, token);
  }

  /** A cache record's documents, read back chunk by chunk, and its index as saved (its parts read back). */
  private async readRecordParts(record: WorkspaceCacheRecord, token: CancellationToken | undefined, tick: () => Promise<void> | undefined): Promise<RecordParts> {
    const cache = this.cache!;
    const byChunk = new Map<string, SavedFile[]>();
    const slice = new TimeSlice();
    for (let k = 0; k < record.files.length; k++) {
      if ((k & 1023) === 1023) await slice.pause(token);
      const file = record.files[k];
      if (!file.read) continue;
      let list = byChunk.get(file.chunk);
      if (!list) byChunk.set(file.chunk, (list = []));
      list.push(file);
    }
    const documents: SourceDocument[] = [];
    const readFiles: SavedFile[] = [];
    const ends: number[] = [];
    for (const [chunkName, files] of byChunk) {
      // By path in a map, not as properties: a string used as a property key is interned, and the file's path
      // would then be two strings kept alive instead of one.
      const byPath = checkChunk(await cache.read(chunkName), chunkName);
      throwIfCancelled(token);
      for (const file of files) {
        const saved = byPath.get(file.path);
        if (!saved) throw new Error(`the record ${chunkName} is damaged`);
        const ids = file.documentIds;
        const restored = restoreDocuments(file.path, saved, ids);
        if (!sameIds(restored, ids)) throw new Error(`the record ${chunkName} does not match its files`);
        documents.push(...restored);
        readFiles.push(file);
        ends.push(documents.length);
        const waiting = tick();
        if (waiting) await waiting;
      }
    }
    await yieldToEventLoop();
    throwIfCancelled(token);
    const snapshot: Record<string, unknown> = { ...record.index };
    for (const field of INDEX_PARTS) {
      const ref = record.indexParts[field];
      snapshot[field] = await runSteps(checkIndexPartSteps(await cache.read(ref.name), field, ref, record.index), () => throwIfCancelled(token));
      await yieldToEventLoop();
      throwIfCancelled(token);
    }
    return { documents, files: readFiles, ends: Int32Array.from(ends), snapshot: snapshot as unknown as SourceIndexSnapshot };
  }

  /** Saves in the background, one save at a time; several changes during a save make one more save. */
  private saveSoon(): void {
    if (this.saveQueued) return;
    this.saveQueued = true;
    const settings = sourceSettingsKey(this.config);
    const key = cacheKey(this.root, settings);
    const name = cacheName(this.root, settings);
    this.saving = this.saving.then(async () => {
      this.saveQueued = false;
      try {
        await this.save(name, key);
        if (Date.now() - this.sweptAt > SWEEP_EVERY_MS) await this.sweep(name);
      } catch {
        // A failed save leaves the previous record; the next start reads more files.
      }
    });
  }

  /**
   * Under the cache's writer lock: writes the files read since the last save as new chunks, then the index parts,
   * then the main record that names them (with their checksums), then deletes the records of this name that no
   * main record refers to: those it replaced, and any a killed writer left. Every record gets a new name, so a
   * reader of the previous main record never reads a record of this save in its place. When another process
   * holds the lock it is saving the same sources: this save is skipped (the files stay unsaved for the next).
   */
  private async save(name: string, key: string): Promise<void> {
    const cache = this.cache!;
    let release: (() => Promise<void>) | undefined;
    try {
      release = cache.lock ? await cache.lock(name) : async () => undefined;
      if (!release) return;
      // New chunks of at most CHUNK_CHARS characters of text each (bounded pauses to write and to read them).
      let files: [string, SavedFileDocuments][] = [];
      // The saved form of a file's documents, made from the indexed documents (read back, or restored from what
      // loadFile saved: the same data).
      const savedDocuments = (path: string): SavedFileDocuments => {
        const documents: SourceDocument[] = [];
        for (const id of idsOf(this.documentsByFile.get(path))) {
          const document = this.index.document(id);
          if (document) documents.push(document);
        }
        return saveDocuments(documents) ?? { documents: [] };
      };
      let chars = 0;
      const flushChunk = async () => {
        if (files.length === 0) return;
        const chunkName = `${name}-c-${uniqueSuffix()}`;
        await cache.write(chunkName, storeChunk(chunkName, files));
        for (const [path] of files) {
          const file = this.savedFiles.get(path);
          if (file) this.savedFiles.set(path, changedFile(file, { chunk: chunkName }));
        }
        files = [];
        chars = 0;
        await yieldToEventLoop();
      };
      for (const path of this.unsaved) {
        const entry: [string, SavedFileDocuments] = [path, savedDocuments(path)];
        files.push(entry);
        for (const d of entry[1].documents) chars += d.text.length;
        if (chars >= CHUNK_CHARS) await flushChunk();
      }
      await flushChunk();
      this.unsaved = new Set();
      const snapshot = await this.index.snapshotAsync();
      // The index kept changing: the change's own save follows.
      if (!snapshot) return;
      const index: Record<string, unknown> = { ...snapshot };
      const indexParts = {} as Record<IndexPart, IndexPartRef>;
      for (const field of INDEX_PARTS) {
        const part = await runSteps(indexPartSteps(`${name}-${field}-${uniqueSuffix()}`, field, index[field]));
        await cache.write(part.ref.name, part.record);
        indexParts[field] = part.ref;
        delete index[field];
        await yieldToEventLoop();
      }
      const record: WorkspaceCacheRecord = {
        format: 'claimcheck-workspace-cache',
        version: CACHE_FORMAT_VERSION,
        key,
        files: [...this.savedFiles.values()],
        index: index as unknown as SourceIndexSnapshot,
        indexParts,
        saveId: uniqueSuffix(),
      };
      await cache.write(name, await runSteps(toStoredRecordSteps(record)));
      const used = new Set([...record.files.map((f) => f.chunk), ...Object.values(indexParts).map((p) => p.name)]);
      const names = cache.list ? await cache.list() : [...this.writtenChunks];
      for (const other of names) if (other.startsWith(`${name}-`) && !used.has(other)) await cache.remove(other).catch(() => undefined);
      this.writtenChunks = used;
    } catch (error) {
      this.globalWarnings.push({ file: cache.location, code: 'unreadable', message: `Index cache ${cache.location}: could not be written (${(error as Error)?.message ?? String(error)}).` });
    } finally {
      await release?.().catch(() => undefined);
    }
  }

  /**
   * Without a save: removes what a writer killed after its main record was in place left behind (records no
   * main record refers to; the storage's own leftovers go when the lock is taken). Under the lock, against the
   * main record as it is then (another process may have saved since this one read it).
   */
  private async tidy(name: string, key: string, record: WorkspaceCacheRecord): Promise<void> {
    const cache = this.cache!;
    if (!cache.list || !cache.lock) return;
    const referenced = (r: WorkspaceCacheRecord) => new Set([...r.files.map((f) => f.chunk), ...Object.values(r.indexParts).map((p) => p.name)]);
    try {
      const known = referenced(record);
      if (!(await cache.list()).some((n) => n.startsWith(`${name}-`) && !known.has(n))) return;
      const release = await cache.lock(name);
      if (!release) return;
      try {
        const current = (await runSteps(checkRecordSteps(await cache.read(name), key))).record;
        if (!current) return;
        const used = referenced(current);
        for (const other of await cache.list()) if (other.startsWith(`${name}-`) && !used.has(other)) await cache.remove(other).catch(() => undefined);
      } finally {
        await release();
      }
    } catch {
      // Tidying is best effort: the next save removes the same records.
    }
  }

  /**
   * Removes the record sets of the cache folder that belong to this workspace and that nothing will read again
   * (`sweepVerdict`: an older cache format, a legacy name, other settings unused for long), and marks the current
   * main record used when it has not been for a day (what "unused" is measured by). Each set goes under its own
   * writer lock (a set another process is writing is left for the next sweep), checked again under the lock
   * from a new listing, its chunks and parts first and its main record last (so a sweep stopped half-way is
   * found again by the main record). The storage removes only regular files; names it does not give are never
   * looked at. Best effort: a failure leaves the files for the next sweep.
   */
  private async sweep(name: string): Promise<void> {
    const cache = this.cache!;
    if (!cache.entries || !cache.lock) return;
    this.sweptAt = Date.now();
    try {
      const entries = await cache.entries();
      const own = entries.find((e) => e.name === name);
      if (own && cache.touch && Date.now() - own.modified > CACHE_TOUCH_MS) await cache.touch(name).catch(() => undefined);
      // The most recently used first: a legacy set of this workspace is likely among them (see isStale's bound).
      const sets = [...cacheRecordSets(entries).values()].sort((a, b) => b.lastUsed - a.lastUsed);
      let reads = LEGACY_READS;
      for (const set of sets) {
        if (!this.legacyOwners.has(set.main) && sweepVerdict(set, name, Date.now()) === 'check owner' && reads-- <= 0) continue;
        if (!(await this.isStale(set, name))) continue;
        const release = await cache.lock(set.main);
        if (!release) continue;
        try {
          const now = cacheRecordSets(await cache.entries()).get(set.main);
          if (!now || !(await this.isStale(now, name))) continue;
          for (const file of now.files) if (file !== now.main) await cache.remove(file);
          if (now.hasMain) await cache.remove(now.main);
        } finally {
          await release().catch(() => undefined);
        }
      }
    } catch {
      // The next sweep tries again.
    }
  }

  private async isStale(set: CacheRecordSet, current: string): Promise<boolean> {
    const verdict = sweepVerdict(set, current, Date.now());
    if (verdict !== 'check owner') return verdict !== 'keep';
    let mine = this.legacyOwners.get(set.main);
    if (mine === undefined) {
      // Read through the storage's checks: a record this user's Claimcheck did not write is nobody's to remove.
      mine = await this.cache!.read(set.main).then(
        (value) => isRecordOfRoot(value, this.root),
        () => false,
      );
      this.legacyOwners.set(set.main, mine);
    }
    return mine;
  }

  private replaceFileDocuments(file: string, documents: SourceDocument[]): void {
    const before = new Set(idsOf(this.documentsByFile.get(file)));
    const after: string[] = [];
    for (const doc of documents) {
      if (before.has(doc.id) || this.index.document(doc.id)) this.index.replaceDocument(doc);
      else this.index.addDocuments([doc]);
      before.delete(doc.id);
      after.push(doc.id);
    }
    for (const gone of before) this.index.removeDocument(gone);
    this.documentsByFile.set(file, toIdList(after));
  }

  private warningsOf(file: string): SourceWarning[] {
    const key = normalizePath(file);
    let list = this.warningsByFile.get(key);
    if (!list) this.warningsByFile.set(key, (list = []));
    return list;
  }
}

/** The warnings of the many files that have none (one array, never changed). */
const NO_WARNINGS: SourceWarning[] = [];

/** A cache record's documents and its index as saved, read back and checked. */
interface RecordParts {
  documents: SourceDocument[];
  /** The files whose documents they are, in order: file k's end at ends[k]. */
  files: SavedFile[];
  ends: Int32Array;
  snapshot: SourceIndexSnapshot;
}

/** The reading of a record's parts started early (`SourceWorkspace.readAhead`); `stopped` ends it at its next slice. */
interface ReadAhead {
  record: WorkspaceCacheRecord;
  stopped: boolean;
  result: Promise<{ parts?: RecordParts; error?: unknown }>;
}

/** A save in the background sweeps the cache folder (`sweep`) at most this often; a build always does. */
const SWEEP_EVERY_MS = 3600_000;
/**
 * Legacy main records read by one sweep at most to learn whose they are (each is read whole, through its
 * checksum, at most once per workspace object), the most recently used first: a folder shared by many workspaces
 * of an older Claimcheck costs a bounded amount per run. The ones beyond wait for a later sweep of a long-lived
 * process (the language server); a CLI run in a folder with more legacy sets than this may leave some.
 */
const LEGACY_READS = 8;

/** Characters of document text per chunk record. */
const CHUNK_CHARS = 1_000_000;
/** Source files read (or restored) between two progress reports (the yields to the event loop go by time). */
const FILES_PER_TICK = 50;
/** Documents handed to the index at once (it yields within a batch as it indexes). */
const INDEX_BATCH = 200;

/** A suffix for a new record name (unique enough: names only need to differ from the ones in the folder). */
function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** Whether the documents have the ids, in order. */
function sameIds(documents: readonly SourceDocument[], ids: readonly string[]): boolean {
  if (documents.length !== ids.length) return false;
  for (let k = 0; k < ids.length; k++) if (documents[k].id !== ids[k]) return false;
  return true;
}

function isCancelled(error: unknown): boolean {
  return (error as Error)?.name === 'CancelledError';
}


