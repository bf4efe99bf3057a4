/**
 * Entry point of `dist/buildWorker.js`, the worker thread of `WorkerIndexBuilder`: builds the index of the
 * workspace it is given (`workerData`, a `IndexBuildRequest`), saves it to the cache, posts progress and the outcome,
 * and ends.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfinedFileSystem, SourceWorkspace, WorkspaceBoundary, type IndexBuildRequest } from '../core/api';
import type { BuildWorkerMessage } from './buildWorker';
import { NodeCacheStorage } from './cacheStorage';
import { NodeFileSystem } from './fileSystem';

async function main(request: IndexBuildRequest): Promise<BuildWorkerMessage> {
  // The build is background work: on Linux a thread has its own priority (pid 0 is this thread), so the server's
  // thread, which answers the editor, is scheduled first when the cores are busy. Elsewhere pid 0 is the whole
  // process, which must keep its priority.
  if (process.platform === 'linux') {
    try {
      setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // Not allowed here: the build runs at the normal priority.
    }
  }
  const base = new NodeFileSystem();
  const boundary = new WorkspaceBoundary(request.restricted, base);
  boundary.setFolders(request.folders);
  const workspace = new SourceWorkspace(new ConfinedFileSystem(base, boundary), request.root, request.config, undefined, {
    cache: new NodeCacheStorage(request.cacheDirectory, request.secretFile ? { secretFile: request.secretFile } : {}),
  });
  let last = 0;
  const stats = await workspace.build(undefined, (done, total) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    parentPort!.postMessage({ kind: 'progress', done, total } satisfies BuildWorkerMessage);
  });
  // A save queued by the build finishes before the server reads the cache.
  await workspace.flush();
  return { kind: 'done', stats };
}

main(workerData as IndexBuildRequest).then(
  (message) => parentPort!.postMessage(message),
  (error: unknown) => parentPort!.postMessage({ kind: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies BuildWorkerMessage),
);
