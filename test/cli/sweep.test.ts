/**
 * Stale caches through the real command line, with other processes on the same cache folder (issue 13): a run
 * removes its workspace's caches of an older format (new names and the names of before), leaves a set whose
 * lock another live process holds, and two runs at once with different source settings (two caches of one
 * workspace, as the editor and the command line may have) both stay warm and silent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCacheName } from '../../server/src/core/index/persist';
import { NodeCacheStorage } from '../../server/src/node/cacheStorage';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const HANG = 120_000;

let dir: string;
let cacheHome: string;
let cache: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-sweep-ws-'));
  cacheHome = mkdtempSync(join(tmpdir(), 'claimcheck-sweep-xdg-'));
  cache = join(cacheHome, 'shared');
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (let f = 0; f < 6; f++) {
    writeFileSync(join(dir, 'sources', `report-${f}.txt`), `Report ${f}: the harbour board said on March ${f + 1}, 1990 that ${f * 100} people used the ferry.\n`);
  }
  writeFileSync(join(dir, 'draft.md'), 'The harbour board said on March 2, 1990 that 100 people used the ferry.\n');
  writeFileSync(join(dir, 'other.md'), 'The harbour board said on March 3, 1990 that 5000 people used the ferry.\n');
  // Other source settings: the same sources, another size limit.
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ maxFileSize: 5_000_000 }));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheHome, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `other.md` is checked with the other settings. */
function args(draft: string, withCache: boolean): string[] {
  const settings = draft === 'other.md' ? ['--config', 'other.json'] : [];
  return [bin, 'check', draft, '--format', 'json', ...settings, ...(withCache ? ['--cache', cache] : ['--no-cache'])];
}

function run(draft: string, withCache = true): Run {
  const result = spawnSync(process.execPath, args(draft, withCache), { cwd: dir, encoding: 'utf8', timeout: HANG, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function start(draft: string): Promise<Run> {
  const child = spawn(process.execPath, args(draft, true), { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise<Run>((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

const files = () => readdirSync(cache).sort();
const mains = () => files().filter((n) => parseCacheName(n.slice(0, -4))?.main === n.slice(0, -4)).map((n) => n.slice(0, -4));

/** A record set as an older Claimcheck left it: a chunk, an index part and the main record. */
async function writeSet(storage: NodeCacheStorage, main: string, record: unknown): Promise<string[]> {
  await storage.write(`${main}-c-old1`, { format: 'claimcheck-workspace-chunk', name: `${main}-c-old1`, files: {} });
  await storage.write(`${main}-postingBytes-old1`, { format: 'claimcheck-workspace-part', name: `${main}-postingBytes-old1`, field: 'postingBytes', data: new Uint8Array(1000) });
  await storage.write(main, record);
  return [`${main}-c-old1.bin`, `${main}-postingBytes-old1.bin`, `${main}.bin`];
}

test('a run removes its older caches but not one another process holds the lock of; two runs with other settings at once stay warm', async () => {
  const reference = { draft: run('draft.md', false), other: run('other.md', false) };
  assert.equal(reference.draft.stderr, '');
  const first = run('draft.md');
  assert.deepEqual([first.code, first.stdout, first.stderr], [reference.draft.code, reference.draft.stdout, '']);
  const [current] = mains();
  // Written with the same secret as the command line's, so these are records "this user's Claimcheck" wrote.
  const storage = new NodeCacheStorage(cache, { secretFile: join(cacheHome, 'claimcheck', 'secret') });
  const record = (await storage.read(current)) as { key: string };
  const older = current.replace(/^workspace-v\d+-/, 'workspace-v6-');
  const olderSet = await writeSet(storage, older, { format: 'claimcheck-workspace-cache', version: 6 });
  const legacySet = await writeSet(storage, 'workspace-00000000000000ab', { ...record, version: 6, key: record.key.replace(/^\d+\|[^|]*\|/, '6|terms-1/index-2|') });

  // This test process, a live process other than the run, holds the lock of the older set.
  const release = await storage.lock(older);
  assert.ok(release);
  const second = run('draft.md');
  assert.deepEqual([second.code, second.stdout, second.stderr], [reference.draft.code, reference.draft.stdout, '']);
  assert.deepEqual(files().filter((n) => olderSet.includes(n)), olderSet, 'left while another process holds its lock');
  assert.deepEqual(files().filter((n) => legacySet.includes(n)), [], 'the legacy set of this workspace is removed');
  await release!();

  // Two runs at once, with other settings: two caches of one workspace, both saved, neither removes the other.
  for (let round = 0; round < 3; round++) {
    appendFileSync(join(dir, 'sources', `report-${round}.txt`), `Round ${round}: the council board met again.\n`);
    const expected = { draft: run('draft.md', false), other: run('other.md', false) };
    const [a, b] = await Promise.all([start('draft.md'), start('other.md')]);
    assert.deepEqual([a.code, a.stdout, a.stderr], [expected.draft.code, expected.draft.stdout, ''], `round ${round}`);
    assert.deepEqual([b.code, b.stdout, b.stderr], [expected.other.code, expected.other.stdout, ''], `round ${round}`);
  }
  assert.deepEqual(files().filter((n) => olderSet.includes(n)), [], 'removed once its lock was free');
  assert.equal(mains().length, 2, mains().join(' '));
  assert.ok(files().every((n) => n.endsWith('.bin')), files().join(' '));
  const storageOnly = (await storage.entries()).map((e) => e.name);
  const [warmA, warmB] = [run('draft.md'), run('other.md')];
  assert.deepEqual([warmA.stderr, warmB.stderr], ['', '']);
  assert.deepEqual((await storage.entries()).map((e) => e.name).sort(), storageOnly.sort(), 'a warm run with nothing to save writes no record');
});
