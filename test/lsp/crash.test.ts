/**
 * The language server killed with SIGKILL while it indexes and while it writes the index cache (issue 11): the
 * next start recovers with at most one warning, gives the diagnostics of a server without a cache, and removes
 * what the killed one left in the cache folder (issue 15 item 7). The real server over stdio, with a cache
 * folder as VS Code gives it (`initializationOptions.cacheDirectory`) and its own XDG_CACHE_HOME.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, waitFor } from './harness';

const TOPICS = ['harbour', 'council', 'bridge', 'school', 'budget', 'police', 'ferry', 'flood', 'railway', 'union'];

function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort();
}

describe('the server killed while it indexes or writes its cache', () => {
  let base: string;
  let root: string;
  let cacheHome: string;
  let reference: string[];
  const running: TestClient[] = [];

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-crash-'));
    root = join(base, 'ws');
    cacheHome = join(base, 'xdg');
    mkdirSync(join(root, 'sources'), { recursive: true });
    for (let f = 0; f < 80; f++) {
      const lines: string[] = [];
      for (let k = 0; k < 300; k++) {
        lines.push(`Report ${f}-${k}: the ${TOPICS[(f + k) % TOPICS.length]} board said on March ${(k % 28) + 1}, ${1990 + (f % 30)} that ${f * 300 + k} people used the ${TOPICS[(k * 3 + f) % TOPICS.length]} service.`);
      }
      writeFileSync(join(root, 'sources', `report-${f}.txt`), `${lines.join('\n\n')}\n`);
    }
    writeFileSync(
      join(root, 'draft.md'),
      'The harbour board said on March 2, 1990 that 1 people used the council service. [@report-0]\n\nThe bridge board said on March 9, 1995 that 5000 people used the ferry service.\n\nThe mayor resigned after the vote on the stadium.\n',
    );
    const plain = await TestClient.start({ root });
    running.push(plain);
    await plain.ready();
    reference = summary(await plain.pullFull(await plain.open('draft.md')));
    assert.ok(reference.length >= 1, reference.join('\n'));
    await plain.stop();
  });
  after(async () => {
    for (const client of running) {
      if (!client.exited) client.process.kill('SIGKILL');
      client.connection.dispose();
    }
    rmSync(base, { recursive: true, force: true });
  });

  function startCached(cache: string): Promise<TestClient> {
    return TestClient.start({ root, initializationOptions: { cacheDirectory: cache }, env: { XDG_CACHE_HOME: cacheHome } }).then((client) => {
      running.push(client);
      return client;
    });
  }

  async function kill(client: TestClient): Promise<void> {
    client.process.kill('SIGKILL');
    await waitFor('the killed server to exit', () => (client.exited ? true : undefined));
    client.connection.dispose();
  }

  /** The next start: right diagnostics, at most one cache warning, the killed server's leftovers gone; then a silent one. */
  async function assertRecovers(cache: string, what: string): Promise<void> {
    const next = await startCached(cache);
    await next.ready();
    assert.deepEqual(summary(await next.pullFull(await next.open('draft.md'))), reference, what);
    const warnings = next.logs.filter((l) => /Index cache/.test(l));
    assert.ok(warnings.length <= 1, `${what}:\n${warnings.join('\n')}`);
    await next.stop();
    assert.deepEqual(readdirSync(cache).filter((n) => !n.endsWith('.bin')), [], `${what}: leftovers of the killed server removed`);
    const third = await startCached(cache);
    await third.ready();
    assert.deepEqual(summary(await third.pullFull(await third.open('draft.md'))), reference, what);
    assert.deepEqual(third.logs.filter((l) => /Index cache|Source warning/.test(l)), [], `${what}: the cache is whole`);
    await third.stop();
  }

  test('killed while it indexes (progress reported, nothing written yet)', async () => {
    const cache = join(base, 'cache-indexing');
    mkdirSync(cache);
    const client = await startCached(cache);
    await waitFor('indexing progress', () => client.statuses.find((s) => s.state === 'indexing' && (s.progress ?? 0) > 0));
    await kill(client);
    await assertRecovers(cache, 'killed while indexing');
  });

  test('killed at the first, second, fourth and last file it writes to the cache', async () => {
    for (const nth of [1, 2, 4, 7]) {
      const cache = join(base, `cache-writing-${nth}`);
      mkdirSync(cache);
      let seen = 0;
      let client: TestClient | undefined;
      let killed: Promise<void> | undefined;
      const watcher = watch(cache, (_event, name) => {
        // A record being written: <name>.bin.<pid>.<hex>.tmp (3 chunks, 3 index parts, then the main record).
        if (name && /\.bin\.\d+\.[0-9a-f]+\.tmp$/.test(String(name)) && ++seen === nth && client) {
          killed = kill(client);
        }
      });
      client = await startCached(cache);
      await waitFor('the server to be killed while writing', () => (killed ? true : undefined), 60_000);
      await killed;
      watcher.close();
      await assertRecovers(cache, `killed at cache file ${nth}`);
    }
  });
});
