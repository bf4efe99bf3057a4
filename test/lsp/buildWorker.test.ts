/**
 * The index build worker (node/buildWorker.ts): a build with more than a few megabytes to read runs in a worker
 * thread, which saves the index to the cache; the server's thread restores it. The real server over stdio,
 * with a cache folder as VS Code gives it: its log says the worker built the index, and its diagnostics are
 * those of a server that built on its own thread (no cache, so no worker); in an untrusted workspace the worker
 * reads only inside the workspace folder, as the server does.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { WorkerIndexBuilder } from '../../server/src/node/buildWorker';
import { NodeCacheStorage } from '../../server/src/node/cacheStorage';
import { NodeFileSystem } from '../../server/src/node/fileSystem';
import { Project } from '../../server/src/project';
import { TestClient } from './harness';

const TOPICS = ['harbour', 'council', 'bridge', 'school', 'budget', 'police', 'ferry', 'flood', 'railway', 'union'];
const SECRET = 'The vault combination is 41-17-29, Maria Lopez wrote on March 3.';
const DRAFT = [
  'The harbour board said on March 2, 1990 that 1 people used the council service.',
  '',
  'The bridge board said on March 9, 1995 that 5000 people used the ferry service.',
  '',
  'The mayor resigned after the vote on the stadium.',
  '',
  SECRET,
  '',
].join('\n');

function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort();
}

/** `count` report files of about 90 KB each. */
function writeReports(dir: string, count: number, prefix: string): void {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < count; f++) {
    const lines: string[] = [];
    for (let k = 0; k < 700; k++) {
      lines.push(`Report ${prefix}${f}-${k}: the ${TOPICS[(f + k) % TOPICS.length]} board said on March ${(k % 28) + 1}, ${1990 + (f % 30)} that ${f * 700 + k} people used the ${TOPICS[(k * 3 + f) % TOPICS.length]} service.`);
    }
    writeFileSync(join(dir, `${prefix}report-${f}.txt`), `${lines.join('\n\n')}\n`);
  }
}

describe('the index build worker', { skip: process.platform === 'win32' }, () => {
  let base: string;
  let root: string;
  let cacheHome: string;
  const running: TestClient[] = [];

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-build-'));
    root = join(base, 'ws');
    cacheHome = join(base, 'xdg');
    // About 6 MB inside the workspace, and as much outside it, linked from the sources folder, with the secret.
    writeReports(join(root, 'sources'), 65, '');
    const outside = join(base, 'private');
    writeReports(outside, 65, 'p');
    writeFileSync(join(outside, 'vault.txt'), `${SECRET}\n`);
    symlinkSync(outside, join(root, 'sources', 'private-link'));
    writeFileSync(join(root, 'draft.md'), DRAFT);
  });
  after(async () => {
    for (const client of running) if (!client.exited) await client.stop().catch(() => client.process.kill('SIGKILL'));
    rmSync(base, { recursive: true, force: true });
  });

  async function diagnostics(options: { cache?: string; trusted: boolean }): Promise<{ client: TestClient; found: string[]; documents: number }> {
    const client = await TestClient.start({
      root,
      initializationOptions: { trusted: options.trusted, ...(options.cache ? { cacheDirectory: options.cache } : {}) },
      env: { XDG_CACHE_HOME: cacheHome },
    });
    running.push(client);
    const status = await client.ready();
    const found = summary(await client.pullFull(await client.open('draft.md')));
    await client.stop();
    return { client, found, documents: status.documents };
  }

  const workerLine = /^Indexed the sources \((\d+) files, ([\d.]+) MB\) in the build worker in \d+ ms/;

  for (const trusted of [true, false]) {
    test(`a ${trusted ? 'trusted' : 'restricted'} workspace: the worker builds, and the diagnostics are those of a build on the server's thread`, async () => {
      const plain = await diagnostics({ trusted });
      assert.ok(!plain.client.logs.some((l) => workerLine.test(l)), 'no cache, no worker');
      const secretLine = plain.found.filter((d) => d.startsWith('6:'));
      if (trusted) assert.deepEqual(secretLine, [], `the secret is a source when trusted:\n${plain.found.join('\n')}`);
      else assert.equal(secretLine.length, 1, `the secret is outside the workspace when restricted:\n${plain.found.join('\n')}`);

      const cache = join(base, `cache-${trusted}`);
      const cold = await diagnostics({ trusted, cache });
      const line = cold.client.logs.find((l) => workerLine.test(l));
      assert.ok(line, cold.client.logs.join('\n'));
      const [, files, mb] = workerLine.exec(line)!;
      assert.equal(Number(files), trusted ? 131 : 65, line);
      assert.ok(Number(mb) > 4, line);
      assert.equal(cold.documents, plain.documents);
      assert.deepEqual(cold.found, plain.found);
      assert.ok(readdirSync(cache).length > 0, 'the worker saved the index');
      // What the worker read is in the cache: the secret only when the workspace is trusted.
      const cached = readdirSync(cache).some((name) => readFileSync(join(cache, name)).includes('The vault combination'));
      assert.equal(cached, trusted, 'the secret in the cache');

      // The next start takes the cache on its own thread: nothing to read, no worker.
      const warm = await diagnostics({ trusted, cache });
      assert.ok(!warm.client.logs.some((l) => workerLine.test(l)), warm.client.logs.join('\n'));
      assert.deepEqual(warm.found, plain.found);
    });
  }
});

describe('WorkerIndexBuilder on its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-builder-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const request = (bytes: number) => ({
    root: dir,
    config: DEFAULT_CONFIG,
    cacheDirectory: join(dir, 'cache'),
    restricted: false,
    folders: [dir],
    pending: { files: 1, bytes },
  });

  test('declines a build with little to read, and says why it could not build', async () => {
    const builder = new WorkerIndexBuilder(join(__dirname, '..', '..', 'dist', 'buildWorker.js'));
    assert.equal(await builder.build(request(1024)), undefined);
    const missing = new WorkerIndexBuilder(join(dir, 'no-such-worker.js'));
    assert.deepEqual(await missing.build(request(64 << 20)), { built: false, why: `${join(dir, 'no-such-worker.js')} is missing` });
    // A worker that dies before it answers: the outcome says so, and nothing is left running.
    const dying = join(dir, 'dying.js');
    writeFileSync(dying, "throw new Error('out of memory, say');\n");
    const outcome = await new WorkerIndexBuilder(dying).build(request(64 << 20));
    assert.equal(outcome?.built, false);
    assert.match(outcome && !outcome.built ? outcome.why : '', /out of memory, say/);
    const exiting = join(dir, 'exiting.js');
    writeFileSync(exiting, 'process.exit(3);\n');
    assert.deepEqual(await new WorkerIndexBuilder(exiting).build(request(64 << 20)), { built: false, why: 'the worker stopped (exit code 3)' });
  });

  test('builds an empty workspace (no sources folder) and says what it built', async () => {
    const outcome = await new WorkerIndexBuilder(join(__dirname, '..', '..', 'dist', 'buildWorker.js')).build(request(64 << 20));
    assert.ok(outcome?.built, JSON.stringify(outcome));
    assert.equal(outcome.built && outcome.stats.documents, 0);
  });
});

test('a build the worker runs out of memory for fails with a clear message; the server does not retry it on its own thread', async () => {
  const root = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-oom-'));
  try {
    writeReports(join(root, 'sources'), 40, '');
    const cacheDirectory = join(root, '.cache');
    const logs: string[] = [];
    // A heap far too small for this workspace's index (the server's own limit is the default).
    const builder = new WorkerIndexBuilder(join(__dirname, '..', '..', 'dist', 'buildWorker.js'), 0, 24);
    const fs = new NodeFileSystem();
    const project = new Project(root, {
      fs,
      log: (message) => logs.push(message),
      readSettings: async () => undefined,
      cache: new NodeCacheStorage(cacheDirectory, { secretFile: join(root, 'secret') }),
      buildAhead: (request, onProgress) =>
        builder.build({ ...request, cacheDirectory, secretFile: join(root, 'secret'), restricted: false, folders: [root] }, onProgress),
    });
    await assert.rejects(project.rebuild(), /needs more memory than the 24 MB the server may use \(40 files, [\d.]+ MB of sources to read\)/);
    assert.equal(project.state, 'error');
    assert.match(project.stateMessage ?? '', /^Indexing failed: the index needs more memory/);
    assert.equal(project.documentCount, 0, 'not indexed on the server\'s thread instead');
    assert.ok(!logs.some((l) => /indexing them on the server's thread/.test(l)), logs.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
