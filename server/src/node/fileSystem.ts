/**
 * A `SourceFileSystem` backed by Node's `fs`, used by the language server and the CLI.
 *
 * The core speaks in normalised `/`-separated absolute paths; this module is the only place that turns them
 * into native paths. Missing paths stat as `undefined` (never throw); other errors propagate so that the core
 * can report them as source warnings.
 */
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { normalizePath, type FileStat, type SourceFileSystem } from '../core/api';

/** Converts a core path (`/a/b`, `C:/a/b`) to a native one. */
export function toNativePath(path: string): string {
  return process.platform === 'win32' ? path.replace(/\//g, '\\') : path;
}

/** Converts a native path (possibly relative, possibly with `\`) to a core path: absolute, normalised, `/`. */
export function toCorePath(path: string): string {
  return normalizePath(nodePath.resolve(path));
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export class NodeFileSystem implements SourceFileSystem {
  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const stats = await fsp.stat(toNativePath(path));
      if (stats.isFile()) return { type: 'file', size: stats.size, mtime: stats.mtimeMs };
      if (stats.isDirectory()) return { type: 'directory', size: 0, mtime: stats.mtimeMs };
      return undefined; // sockets, devices, FIFOs: not something we read
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async readDirectory(path: string): Promise<string[]> {
    const entries = await fsp.readdir(toNativePath(path));
    return entries.sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(toNativePath(path));
  }
}
