/**
 * Restricted mode: in a workspace the user has not trusted, Claimcheck reads only files inside the workspace
 * folders. A `.claimcheck.json` from a stranger could otherwise point the index at `/etc`, `~/.ssh` or `../..`
 * (or a folder of its sources could hold a symbolic link to them) and show their text in hovers.
 *
 * The boundary is enforced here, on every file access of the engine (stat, folder listing, read), not by the
 * config reader: each path is resolved to its real path (all symbolic links followed) and must be one of the
 * workspace folders' real paths or below one; a read then opens the resolved path, so a link swapped after the
 * check does not lead elsewhere. Anything else throws an `OutsideWorkspaceError` (code `EOUTSIDE`), which the
 * source loader reports as an `outside-workspace` warning.
 */
import { normalizePath, statEach, statPaths, type FileStat, type SourceFileSystem, type StatAnswer } from './fs';

export class OutsideWorkspaceError extends Error {
  readonly code = 'EOUTSIDE';
  constructor(
    readonly path: string,
    readonly realPath: string,
  ) {
    super(`${path}${realPath !== path ? ` (really ${realPath})` : ''} is outside the workspace folders, and the workspace is not trusted (restricted mode)`);
    this.name = 'OutsideWorkspaceError';
  }
}

export function isOutsideWorkspace(error: unknown): error is OutsideWorkspaceError {
  return (error as { code?: unknown } | undefined)?.code === 'EOUTSIDE';
}

/** Whether reads are confined, and to which folders. Shared by the projects of one server. */
export class WorkspaceBoundary {
  private folders: string[] = [];
  private realFolders: Promise<string[]> | undefined;

  constructor(
    private restrictedMode: boolean,
    private readonly fs: SourceFileSystem,
  ) {}

  get restricted(): boolean {
    return this.restrictedMode;
  }

  setRestricted(restricted: boolean): void {
    this.restrictedMode = restricted;
  }

  /** The workspace folders, as the client names them. */
  get folderList(): readonly string[] {
    return this.folders;
  }

  /** The workspace folders (as the client names them; their real paths are taken on first use). */
  setFolders(folders: readonly string[]): void {
    this.folders = folders.map(normalizePath);
    this.realFolders = undefined;
  }

  /**
   * The real path of `path` when it may be read: inside a folder (by real path), or anything when not
   * restricted (then `path` itself). Throws `OutsideWorkspaceError`, or the file system's error for a path
   * that does not exist.
   */
  async resolve(path: string): Promise<string> {
    if (!this.restrictedMode) return path;
    const real = this.fs.realPath ? await this.fs.realPath(path) : normalizePath(path);
    const folders = await (this.realFolders ??= Promise.all(
      this.folders.map((folder) => (this.fs.realPath ? this.fs.realPath(folder).catch(() => folder) : Promise.resolve(folder))),
    ));
    for (const folder of folders) {
      if (real === folder || real.startsWith(folder.endsWith('/') ? folder : `${folder}/`)) return real;
    }
    throw new OutsideWorkspaceError(normalizePath(path), real);
  }
}

/** A file system that lets through only what the boundary allows (everything when the workspace is trusted). */
export class ConfinedFileSystem implements SourceFileSystem {
  constructor(
    private readonly base: SourceFileSystem,
    readonly boundary: WorkspaceBoundary,
  ) {}

  async stat(path: string): Promise<FileStat | undefined> {
    let real: string;
    try {
      real = await this.boundary.resolve(path);
    } catch (error) {
      if (isOutsideWorkspace(error)) throw error;
      return this.base.stat(path); // missing (undefined) or the base's own error
    }
    return this.base.stat(real);
  }

  /** The base's answers when nothing is confined; each path resolved and checked (`stat`) in restricted mode. */
  async statMany(paths: readonly string[]): Promise<StatAnswer[]> {
    if (!this.boundary.restricted) return statPaths(this.base, paths);
    return statEach((path) => this.stat(path), paths);
  }

  async readDirectory(path: string): Promise<string[]> {
    return this.base.readDirectory(await this.boundary.resolve(path));
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.base.readFile(await this.boundary.resolve(path));
  }

  async realPath(path: string): Promise<string> {
    return this.base.realPath ? this.base.realPath(path) : normalizePath(path);
  }
}
