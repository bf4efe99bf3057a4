/**
 * A `SourceFileSystem` backed by Node's `fs`, used by the language server and the CLI.
 *
 * The core speaks in normalised `/`-separated absolute paths; this module is the only place that turns them
 * into native paths. Missing paths stat as `undefined` (never throw); other errors propagate so that the core
 * can report them as source warnings.
 */
import { constants, promises as fsp, statSync, type Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { normalizePath, statEach, type FileStat, type SourceFileSystem, type StatAnswer } from '../core/api';

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

/**
 * Reads a file only when it is a regular file: a FIFO, a device (`/dev/zero`), a socket or a directory (also
 * behind a symbolic link) throws `ENOTREG` at once instead of blocking or reading forever. The type is checked
 * before opening (opening some devices has side effects) and again on the open descriptor (the path may have
 * changed in between); FIFOs are opened non-blocking so that a FIFO without a writer cannot stall the open. At
 * most the size seen on the descriptor is read, so a file that grows while it is read stays bounded.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const native = toNativePath(path);
  const notRegular = () => Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
  if (!(await fsp.stat(native)).isFile()) throw notRegular();
  const handle = await fsp.open(native, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular();
    const size = stats.size;
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      if (bytesRead === 0) break; // shrank while read
      filled += bytesRead;
    }
    return filled === size ? buffer : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * A synchronous stat is slow when it takes longer than this (a local disk answers in microseconds); SLOW_STATS of
 * them in one call of `statMany` (a slow or remote disk, not one garbage collection or one preemption of a busy
 * machine) send it to asynchronous stats.
 */
const SLOW_STAT_MS = 1;
const SLOW_STATS = 4;
/** For this long; then synchronous stats are tried again. */
const ASYNC_STATS_MS = 10_000;
/** `statMany` yields to the event loop when it has run this long (a walk yields between two calls too). */
const STAT_SLICE_MS = 4;

function toFileStat(stats: Stats | undefined): FileStat | undefined {
  if (!stats) return undefined;
  if (stats.isFile()) return { type: 'file', size: stats.size, mtime: stats.mtimeMs };
  if (stats.isDirectory()) return { type: 'directory', size: 0, mtime: stats.mtimeMs };
  return undefined; // sockets, devices, FIFOs: not something we read
}

export class NodeFileSystem implements SourceFileSystem {
  /** Until when `statMany` uses asynchronous stats (performance.now() clock): a synchronous one was slow. */
  private asyncStatsUntil = -Infinity;

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      return toFileStat(await fsp.stat(toNativePath(path)));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /**
   * Synchronous stats, each checked against the clock: with the inodes in memory (a local disk, the common case)
   * one costs a few microseconds of this thread, against about four times that in CPU for an asynchronous one
   * (a request to the thread pool and a promise), which made most of a warm start's walk of 65,000 files. The
   * event loop runs at least every STAT_SLICE_MS; slow stats (a remote or cold disk, where the thread pool's
   * parallel stats win and this thread must not wait) make the rest of the call, and the calls of the next
   * ASYNC_STATS_MS, asynchronous.
   */
  async statMany(paths: readonly string[]): Promise<StatAnswer[]> {
    const out: StatAnswer[] = [];
    let slow = 0;
    let sliceStart = performance.now();
    for (let k = 0; k < paths.length; k++) {
      const before = performance.now();
      if (before < this.asyncStatsUntil) {
        out.push(...(await statEach((path) => this.stat(path), paths.slice(k))));
        break;
      }
      if (before - sliceStart >= STAT_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const started = performance.now();
      out.push(this.statNow(paths[k]));
      if (performance.now() - started > SLOW_STAT_MS && ++slow >= SLOW_STATS) this.asyncStatsUntil = performance.now() + ASYNC_STATS_MS;
    }
    return out;
  }

  private statNow(path: string): StatAnswer {
    try {
      return { stat: toFileStat(statSync(toNativePath(path), { throwIfNoEntry: false })) };
    } catch (error) {
      return isMissing(error) ? { stat: undefined } : { error };
    }
  }

  async readDirectory(path: string): Promise<string[]> {
    const entries = await fsp.readdir(toNativePath(path));
    return entries.sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    return readRegularFile(path);
  }

  async realPath(path: string): Promise<string> {
    return toCorePath(await fsp.realpath(toNativePath(path)));
  }
}
