/**
 * The sources of one workspace: which files they are, their index, and keeping the index in step with the
 * files. The CLI builds one and checks drafts; the language server keeps one alive and feeds it file events.
 */
import { CONFIG_FILE_NAME, parseConfigText, type ClaimcheckConfig, type ParsedConfig } from './config';
import { joinPath, normalizePath, type SourceFileSystem } from './fs';
import { SourceIndex } from './index/sourceIndex';
import { isSourceFile, loadSourceFile, loadSources } from './sources/load';
import { decodeSource } from './text/decode';
import { type CancellationToken, type SourceDocument, type SourceWarning, throwIfCancelled } from './types';

export interface BuildStats {
  files: number;
  documents: number;
  passages: number;
  /** Bytes of source text read. */
  bytes: number;
  milliseconds: number;
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
  private readonly warningsByFile = new Map<string, SourceWarning[]>();
  /** Warnings that belong to no one file (a missing source folder). */
  private globalWarnings: SourceWarning[] = [];
  /** Document ids of each source file. */
  private readonly documentsByFile = new Map<string, string[]>();
  private config: ClaimcheckConfig;

  constructor(
    private readonly fs: SourceFileSystem,
    root: string,
    config: ClaimcheckConfig,
    index: SourceIndex = new SourceIndex(),
  ) {
    this.root = normalizePath(root);
    this.config = config;
    this.index = index;
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

  /** Reads every source and builds a fresh index. The old index stays in use until the new one is complete. */
  async build(token?: CancellationToken, onProgress?: (done: number, total: number) => void): Promise<BuildStats> {
    const started = Date.now();
    const loaded = await loadSources(this.fs, this.root, this.config, token);
    throwIfCancelled(token);
    const index = new SourceIndex();
    const total = loaded.documents.length;
    const chunk = 200;
    for (let i = 0; i < total; i += chunk) {
      await index.addDocumentsAsync(loaded.documents.slice(i, i + chunk), token);
      onProgress?.(Math.min(total, i + chunk), total);
    }
    throwIfCancelled(token);
    this.index = index;
    this.documentsByFile.clear();
    this.warningsByFile.clear();
    this.globalWarnings = [];
    for (const file of loaded.files) this.documentsByFile.set(normalizePath(file), []);
    for (const doc of loaded.documents) this.documentIdsOf(doc.file).push(doc.id);
    for (const warning of loaded.warnings) {
      if (warning.code === 'missing') this.globalWarnings.push(warning);
      else this.warningsOf(warning.file).push(warning);
    }
    return {
      files: loaded.files.length,
      documents: index.documentCount,
      passages: index.passageCount,
      bytes: loaded.documents.reduce((sum, d) => sum + d.text.length, 0),
      milliseconds: Date.now() - started,
    };
  }

  /**
   * Re-reads the given files (added, changed or deleted) and updates the index for them only.
   * Paths that are not sources are ignored, unless they were indexed before (then they are removed).
   */
  async updateFiles(paths: readonly string[], token?: CancellationToken): Promise<{ changed: number }> {
    let changed = 0;
    for (const raw of new Set(paths.map(normalizePath))) {
      throwIfCancelled(token);
      const known = this.documentsByFile.has(raw);
      const stat = await this.fs.stat(raw).catch(() => undefined);
      const wanted = stat?.type === 'file' && this.isSource(raw);
      if (!wanted) {
        if (known) {
          for (const id of this.documentsByFile.get(raw)!) this.index.removeDocument(id);
          this.documentsByFile.delete(raw);
          this.warningsByFile.delete(raw);
          changed++;
        }
        continue;
      }
      const { documents, warnings } = await loadSourceFile(this.fs, raw, this.root, this.config);
      this.replaceFileDocuments(raw, documents);
      if (warnings.length) this.warningsByFile.set(raw, warnings);
      else this.warningsByFile.delete(raw);
      changed++;
    }
    return { changed };
  }

  private replaceFileDocuments(file: string, documents: SourceDocument[]): void {
    const before = new Set(this.documentsByFile.get(file) ?? []);
    const after: string[] = [];
    for (const doc of documents) {
      if (before.has(doc.id) || this.index.document(doc.id)) this.index.replaceDocument(doc);
      else this.index.addDocuments([doc]);
      before.delete(doc.id);
      after.push(doc.id);
    }
    for (const gone of before) this.index.removeDocument(gone);
    this.documentsByFile.set(file, after);
  }

  private documentIdsOf(file: string): string[] {
    const key = normalizePath(file);
    let list = this.documentsByFile.get(key);
    if (!list) this.documentsByFile.set(key, (list = []));
    return list;
  }

  private warningsOf(file: string): SourceWarning[] {
    const key = normalizePath(file);
    let list = this.warningsByFile.get(key);
    if (!list) this.warningsByFile.set(key, (list = []));
    return list;
  }
}
