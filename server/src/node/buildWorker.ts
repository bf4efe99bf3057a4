/**
 * Index builds in a worker thread, for the language server.
 *
 * A cold build of a large workspace allocates hundreds of megabytes on the thread that runs it; even in 8 ms
 * slices (core/eventLoop.ts), the major garbage collections near its end paused the server's thread by 30–60 ms
 * at 150 MB of sources (bench/pauses.ts), and every hover and keystroke waited behind them. So when a build has
 * much to read (`BUILD_AHEAD_BYTES`), the server offers it here (`BuildOptions.buildElsewhere`): a worker thread
 * reads the sources, indexes them and saves the index to the workspace's cache, and the server's own build then
 * takes the saved index as a warm start does, in slices, reading only what changed meanwhile (and the open,
 * unsaved buffers of sources, which the worker never sees).
 *
 * The worker reads through the same confinement as the server (core/confine.ts): in restricted mode only files
 * inside the workspace folders. It writes only to the cache, which is checksummed and keyed like any other
 * (node/cacheStorage.ts). If it fails, stops or cannot start, the server builds on its own thread as before and
 * says why in its log.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { BuildStats, IndexBuilder, IndexBuildOutcome, IndexBuildRequest } from '../core/api';

/** Builds reading at least this many bytes of sources go to the worker (a few hundred milliseconds of work). */
export const BUILD_AHEAD_BYTES = 4 * 1024 * 1024;

/** Messages from the worker. */
export type BuildWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; stats: BuildStats }
  | { kind: 'failed'; error: string };

export class WorkerIndexBuilder implements IndexBuilder {
  private readonly workers = new Set<Worker>();
  private unavailable: string | undefined;

  constructor(
    private readonly script: string = join(__dirname, 'buildWorker.js'),
    private readonly minBytes = BUILD_AHEAD_BYTES,
    /** The worker's heap limit: the server's own by default (a build the worker cannot hold, the server could not either). */
    private readonly heapMb = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024)),
  ) {}

  /** Builds and saves the index in a new worker thread; never rejects (a failure is an outcome). */
  build(request: IndexBuildRequest, onProgress?: (done: number, total: number) => void): Promise<IndexBuildOutcome | undefined> {
    if (request.pending.bytes < this.minBytes) return Promise.resolve(undefined);
    if (this.unavailable === undefined && !existsSync(this.script)) this.unavailable = `${this.script} is missing`;
    if (this.unavailable !== undefined) return Promise.resolve({ built: false, why: this.unavailable });
    return new Promise<IndexBuildOutcome>((resolve) => {
      let settled = false;
      let worker: Worker;
      const settle = (outcome: IndexBuildOutcome) => {
        if (settled) return;
        settled = true;
        this.workers.delete(worker);
        // Answered once the thread is gone: tearing down its heap (hundreds of megabytes after a large build)
        // competes for the CPU with the restore that follows, and paused this thread by up to 75 ms.
        worker.terminate().then(
          () => resolve(outcome),
          () => resolve(outcome),
        );
      };
      try {
        // With a limit, running out of memory stops the worker, not the process.
        worker = new Worker(this.script, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
      } catch (error) {
        resolve({ built: false, why: `the worker could not start (${(error as Error).message})` });
        return;
      }
      this.workers.add(worker);
      worker.on('message', (message: BuildWorkerMessage) => {
        if (message.kind === 'progress') onProgress?.(message.done, message.total);
        else if (message.kind === 'done') settle({ built: true, stats: message.stats });
        else settle({ built: false, why: message.error });
      });
      worker.on('error', (error) =>
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? settle({ built: false, why: `the index needs more memory than the ${this.heapMb} MB the server may use`, outOfMemory: true })
          : settle({ built: false, why: error.message }),
      );
      worker.on('exit', (code) => settle({ built: false, why: `the worker stopped (exit code ${code})` }));
    });
  }

  /** Stops the builds in flight (at shutdown); their callers hear that the worker stopped. */
  dispose(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.clear();
  }
}
