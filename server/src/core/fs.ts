/**
 * File access for the engine. The core never touches Node's `fs` directly: the CLI and the language server
 * pass a `SourceFileSystem` backed by the disk (or by open editor buffers), tests pass `MemoryFileSystem`.
 */

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
  /** Modification time in milliseconds since the epoch. */
  mtime: number;
}

export interface SourceFileSystem {
  /** Absolute, normalised path with `/` separators; undefined when the path does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Names (not paths) of the entries of a directory. */
  readDirectory(path: string): Promise<string[]>;
  /** The bytes of a regular file; anything else (a FIFO, a device, a folder) throws rather than blocks. */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The canonical path (symbolic links resolved) of an existing path; throws when it does not exist. Optional:
   * a file system without links (in memory) need not have it. Walks use it to visit each real folder once, and
   * restricted mode to keep reads inside the workspace folders.
   */
  realPath?(path: string): Promise<string>;
  /**
   * What `stat` says of each of `paths`, in order: the stat, or the error it would throw (given, not thrown).
   * Optional: for a file system that answers many paths at once for less than one by one (Node's has none: its
   * synchronous stats cost a quarter of the CPU of asynchronous ones, but one on a network share that went away
   * blocks the thread for minutes); `statPaths` falls back to `stat`. A walk asks for a folder's entries this
   * way and yields to the event loop between two calls.
   */
  statMany?(paths: readonly string[]): Promise<StatAnswer[]>;
}

/** One answer of `statMany`: the stat (undefined: no such path), or the error `stat` would have thrown. */
export type StatAnswer = { stat: FileStat | undefined; error?: undefined } | { error: unknown; stat?: undefined };

/** `fs.statMany(paths)`, or each path's `stat` when the file system has no `statMany`. */
export function statPaths(fs: SourceFileSystem, paths: readonly string[]): Promise<StatAnswer[]> {
  return fs.statMany ? fs.statMany(paths) : statEach((path) => fs.stat(path), paths);
}

/** `stat` of each path, all asked at once, as `statMany` answers. */
export function statEach(stat: (path: string) => Promise<FileStat | undefined>, paths: readonly string[]): Promise<StatAnswer[]> {
  return Promise.all(paths.map((path) => stat(path).then((found): StatAnswer => ({ stat: found }), (error: unknown): StatAnswer => ({ error }))));
}

/** Joins POSIX-style paths; the core always uses `/`. */
export function joinPath(base: string, ...parts: string[]): string {
  let out = base.replace(/\/+$/, '');
  for (const part of parts) {
    if (!part) continue;
    if (part.startsWith('/')) out = part.replace(/\/+$/, '');
    else out = `${out}/${part}`;
  }
  return normalizePath(out || '/');
}

/** Resolves `.` and `..` segments and collapses repeated slashes. Keeps a leading `/` or a drive letter. */
export function normalizePath(path: string): string {
  const p = path.replace(/\\/g, '/');
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(seg);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** `path` relative to `base` with `/` separators; `path` itself when it is not under `base`. */
export function relativePath(base: string, path: string): string {
  return relativeTo(base)(path);
}

/** A path `normalizePath` would change: backslashes, repeated or trailing slashes, `.` or `..` segments. */
const UNNORMAL = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|.\/$/;

/** `UNNORMAL.test(path)`, the regular expression run only when a `.` segment is possible (a walk's paths: rarely). */
function isUnnormal(path: string): boolean {
  if (path.includes('\\') || path.includes('//')) return true;
  if ((path.charCodeAt(0) === 46 || path.includes('/.')) && UNNORMAL.test(path)) return true;
  return path.length > 1 && path.charCodeAt(path.length - 1) === 47;
}

/**
 * `joinPath(dir, name)` for a folder's entry: `dir` normal (as `normalizePath` gives it) and `name` one entry of
 * its listing. Joined as it is when that is what `joinPath` would give (no separator, not `.` or `..`): a walk
 * of 65,000 files spent a tenth of a second normalising paths that were normal.
 */
export function joinEntry(dir: string, name: string): string {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\\') || isUnnormal(dir)) return joinPath(dir, name);
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/**
 * `relativePath` for many paths under one base: the base normalised once, and a path that is already normal (as
 * the file walk gives them) taken as it is. A workspace of 65,000 files took 0.1 s in one go without it.
 */
export function relativeTo(base: string): (path: string) => string {
  const b = normalizePath(base).replace(/\/$/, '');
  return (path) => {
    const p = isUnnormal(path) ? normalizePath(path) : path;
    if (p === b) return '.';
    if (b === '' || b === '/') return p.replace(/^\//, '');
    return p.startsWith(`${b}/`) ? p.slice(b.length + 1) : p;
  };
}

export function basename(path: string): string {
  const p = path.includes('\\') || path.endsWith('/') ? path.replace(/\\/g, '/').replace(/\/+$/, '') : path;
  return p.slice(p.lastIndexOf('/') + 1);
}

export function extname(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** An in-memory file system for tests: `new MemoryFileSystem({ '/ws/sources/a.txt': 'text' })`. */
export class MemoryFileSystem implements SourceFileSystem {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array, mtime = Date.now()): void {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(normalizePath(path), { data, mtime });
  }

  delete(path: string): void {
    this.files.delete(normalizePath(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const p = normalizePath(path);
    const file = this.files.get(p);
    if (file) return { type: 'file', size: file.data.byteLength, mtime: file.mtime };
    const prefix = p === '/' ? '/' : `${p}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return { type: 'directory', size: 0, mtime: 0 };
    return undefined;
  }

  async readDirectory(path: string): Promise<string[]> {
    const p = normalizePath(path);
    const prefix = p === '/' ? '/' : `${p}/`;
    const names = new Set<string>();
    for (const key of this.files.keys()) {
      if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    const file = this.files.get(normalizePath(path));
    if (!file) throw Object.assign(new Error(`ENOENT: no such file '${path}'`), { code: 'ENOENT' });
    return file.data;
  }
}

/**
 * A file system that serves some files from memory (open editor buffers) and the rest from another file
 * system: an open buffer wins over the file on disk.
 */
export class OverlayFileSystem implements SourceFileSystem {
  private readonly overlay = new Map<string, { data: Uint8Array; mtime: number }>();

  constructor(private readonly base: SourceFileSystem) {}

  set(path: string, text: string): void {
    this.overlay.set(normalizePath(path), { data: new TextEncoder().encode(text), mtime: Date.now() });
  }

  delete(path: string): boolean {
    return this.overlay.delete(normalizePath(path));
  }

  has(path: string): boolean {
    return this.overlay.has(normalizePath(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const entry = this.overlay.get(normalizePath(path));
    if (entry) return { type: 'file', size: entry.data.byteLength, mtime: entry.mtime };
    return this.base.stat(path);
  }

  async statMany(paths: readonly string[]): Promise<StatAnswer[]> {
    if (this.overlay.size === 0) return statPaths(this.base, paths);
    const out: StatAnswer[] = new Array(paths.length);
    const others: string[] = [];
    const where: number[] = [];
    for (let k = 0; k < paths.length; k++) {
      const entry = this.overlay.get(normalizePath(paths[k]));
      if (entry) out[k] = { stat: { type: 'file', size: entry.data.byteLength, mtime: entry.mtime } };
      else {
        others.push(paths[k]);
        where.push(k);
      }
    }
    const answers = others.length ? await statPaths(this.base, others) : [];
    for (let k = 0; k < answers.length; k++) out[where[k]] = answers[k];
    return out;
  }

  readDirectory(path: string): Promise<string[]> {
    return this.base.readDirectory(path);
  }

  async realPath(path: string): Promise<string> {
    if (!this.base.realPath) return normalizePath(path);
    try {
      return await this.base.realPath(path);
    } catch (error) {
      // A buffer of a file not (or no longer) on disk: its path is all there is.
      if (this.overlay.has(normalizePath(path))) return normalizePath(path);
      throw error;
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    const entry = this.overlay.get(normalizePath(path));
    return entry ? entry.data : this.base.readFile(path);
  }
}
