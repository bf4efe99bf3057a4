/**
 * Stale caches (issue 13): a save (or a start with nothing to save) removes the record sets of its own workspace
 * that nothing will read again (an older cache format, names of before the names said whose they are, other
 * source settings unused for long), never another workspace's, never a file of another name, never a link, and
 * never a set another process holds the lock of. Real files in a temporary folder.
 */
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, type ClaimcheckConfig } from '../../../server/src/core/config';
import { MemoryFileSystem, type SourceFileSystem } from '../../../server/src/core/fs';
import { CACHE_FORMAT_VERSION, CACHE_UNUSED_MS, MemoryCacheStorage, cacheRecordSets, parseCacheName, sweepVerdict } from '../../../server/src/core/index/persist';
import { passageText } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { NodeCacheStorage } from '../../../server/src/node/cacheStorage';
import { temporaryFolders } from '../helpers/fixtures';

const tempDir = temporaryFolders('sweep');

class CountingFileSystem extends MemoryFileSystem {
  reads: string[] = [];
  override async readFile(path: string): Promise<Uint8Array> {
    this.reads.push(path);
    return super.readFile(path);
  }
}

/** The sources of a workspace at `root`, plus `extra` files (relative paths). */
function sources(root: string, extra: Record<string, string> = {}): CountingFileSystem {
  const fs = new CountingFileSystem();
  const files: Record<string, string> = {
    'sources/amnesty.txt': 'North Korea will free prisoners in an amnesty.\nThe amnesty marks a birthday.',
    'sources/budget.md': '# Budget\n\nThe budget rose by **4,500** dollars in 2004.\n',
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) fs.write(`${root}/${path}`, text, 1000);
  return fs;
}

function observe(ws: SourceWorkspace) {
  return [...ws.index.documents()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((d) => ({ id: d.id, passages: ws.index.passagesOf(d.id).map((p) => [passageText(d, p), p.range]) }));
}

async function build(fs: SourceFileSystem, cache: NodeCacheStorage, root = '/ws', config: ClaimcheckConfig = DEFAULT_CONFIG) {
  const ws = new SourceWorkspace(fs, root, config, undefined, { cache });
  const stats = await ws.build();
  await ws.flush();
  return { ws, stats, cacheWarnings: ws.warnings.filter((w) => w.message.startsWith('Index cache')) };
}

/** Other source settings (another cache of the same workspace). */
const OTHER_SETTINGS: ClaimcheckConfig = { ...DEFAULT_CONFIG, maxFileSize: DEFAULT_CONFIG.maxFileSize + 1 };

function folder(dir: string) {
  const cache = join(dir, 'cache');
  const storage = () => new NodeCacheStorage(cache, { secretFile: join(dir, 'secret') });
  const files = () => readdirSync(cache).sort();
  /** The current main record of the workspace at `root` (found by building it into an empty storage of its own). */
  const mains = () => files().filter((n) => parseCacheName(n.slice(0, -4))?.main === n.slice(0, -4));
  return { cache, storage, files, mains };
}

/**
 * A record set as an older Claimcheck left it, written through the storage (so its checksums are right): the
 * main record `main` holding `record`, a chunk and an index part.
 */
async function writeSet(storage: NodeCacheStorage, main: string, record: unknown): Promise<string[]> {
  await storage.write(`${main}-c-old1`, { format: 'claimcheck-workspace-chunk', name: `${main}-c-old1`, files: {} });
  await storage.write(`${main}-postingBytes-old1`, { format: 'claimcheck-workspace-part', name: `${main}-postingBytes-old1`, field: 'postingBytes', data: new Uint8Array(100_000) });
  await storage.write(main, record);
  return [`${main}-c-old1.bin`, `${main}-postingBytes-old1.bin`, `${main}.bin`];
}

/** The main record's name of `current` under cache format `version` (same workspace, same settings). */
function underVersion(current: string, version: number): string {
  return current.replace(/^workspace-v\d+-/, `workspace-v${version}-`);
}

/** A main record as cache format 6 wrote it (before names said whose they were): its key names its root. */
async function legacyRecord(storage: NodeCacheStorage, current: string, root: string): Promise<unknown> {
  const record = (await storage.read(current)) as Record<string, unknown>;
  return { ...record, version: 6, key: `6|terms-1/index-2|${root}|${JSON.stringify([['sources'], [], 20 * 1024 * 1024])}` };
}

function age(path: string, days: number): void {
  const when = new Date(Date.now() - days * 24 * 3600_000);
  utimesSync(path, when, when);
}

describe('a save removes the caches of its own workspace that nothing will read again', () => {
  it('a cache of an older format, under the new names or the names of before, goes at the next save or start; the current cache still starts warm', async () => {
    const dir = tempDir();
    const { storage, files, mains } = folder(dir);
    await build(sources('/ws'), storage());
    const [current] = mains().map((n) => n.slice(0, -4));
    const currentFiles = files();
    assert.ok(currentFiles.length >= 2, currentFiles.join(' '));
    const older = await writeSet(storage(), underVersion(current, CACHE_FORMAT_VERSION - 1), { format: 'claimcheck-workspace-cache', version: CACHE_FORMAT_VERSION - 1 });
    const legacy = await writeSet(storage(), 'workspace-0123456789abcdef', await legacyRecord(storage(), current, '/ws'));
    assert.deepEqual(files(), [...currentFiles, ...older, ...legacy].sort());

    // A save (a source added): both old sets go, the new cache is complete.
    const added = { 'sources/new.txt': 'A new source about the harbour.' };
    const saved = await build(sources('/ws', added), storage());
    assert.equal(saved.stats.read, 1);
    assert.deepEqual(files().filter((n) => older.includes(n) || legacy.includes(n)), [], files().join(' '));
    const warmFs = sources('/ws', added);
    const warm = await build(warmFs, storage());
    assert.deepEqual(warmFs.reads, [], 'the current cache starts warm');
    assert.deepEqual(warm.cacheWarnings, []);
    assert.deepEqual(observe(warm.ws), observe((await build(sources('/ws', added), storage())).ws));

    // A start with nothing to save removes them too.
    const again = [...(await writeSet(storage(), underVersion(current, 3), { format: 'claimcheck-workspace-cache', version: 3 })),
      ...(await writeSet(storage(), 'workspace-00000000000000ff', await legacyRecord(storage(), current, '/ws')))];
    const quietFs = sources('/ws', added);
    const quiet = await build(quietFs, storage());
    assert.deepEqual(quietFs.reads, []);
    assert.equal(quiet.stats.read, 0);
    assert.deepEqual(files().filter((n) => again.includes(n)), [], files().join(' '));
    assert.ok(files().every((n) => n.endsWith('.bin')), 'no lock left');
  });

  it('another workspace\'s caches, current, older, legacy or unused, are left alone', async () => {
    const dir = tempDir();
    const { storage, files, mains } = folder(dir);
    // Another workspace in the same folder (a multi-root VS Code workspace, a shared --cache folder).
    await build(sources('/other'), storage(), '/other');
    const [otherCurrent] = mains().map((n) => n.slice(0, -4));
    await build(sources('/ws'), storage());
    const current = mains().map((n) => n.slice(0, -4)).find((n) => n !== otherCurrent)!;
    // The other workspace under other settings, unused for a month.
    await build(sources('/other'), storage(), '/other', OTHER_SETTINGS);
    const otherUnused = mains().map((n) => n.slice(0, -4)).find((n) => n !== otherCurrent && n !== current)!;
    for (const name of files()) if (name.startsWith(otherUnused)) age(join(dir, 'cache', name), 30);
    await writeSet(storage(), underVersion(otherCurrent, CACHE_FORMAT_VERSION - 1), { format: 'claimcheck-workspace-cache' });
    // Legacy records of other roots, one of them a root that starts like this one.
    await writeSet(storage(), 'workspace-1111111111111111', await legacyRecord(storage(), otherCurrent, '/other'));
    await writeSet(storage(), 'workspace-2222222222222222', await legacyRecord(storage(), otherCurrent, '/ws2'));
    assert.equal(mains().length, 6, mains().join(' '));
    const others = files();
    const bytes = new Map(others.map((n) => [n, readFileSync(join(dir, 'cache', n))]));
    // This workspace's own older cache, which the same save must remove.
    const mine = await writeSet(storage(), underVersion(current, CACHE_FORMAT_VERSION - 1), { format: 'claimcheck-workspace-cache' });

    await build(sources('/ws', { 'sources/new.txt': 'A new source about the harbour.' }), storage());
    assert.deepEqual(files().filter((n) => mine.includes(n)), [], 'this workspace\'s older cache is removed');
    for (const name of others) {
      if (name.startsWith(current)) continue;
      assert.ok(bytes.get(name)!.equals(readFileSync(join(dir, 'cache', name))), `${name} is left as it was`);
    }
    const otherFs = sources('/other');
    const other = await build(otherFs, storage(), '/other');
    assert.deepEqual(otherFs.reads, [], 'the other workspace still starts warm');
    assert.deepEqual(other.cacheWarnings, []);
  });

  it('a file of another name, a folder or a link named like an old record is never removed, nor what a link points to', { skip: process.platform === 'win32' }, async () => {
    const dir = tempDir();
    const { cache, storage, files, mains } = folder(dir);
    await build(sources('/ws'), storage());
    const [current] = mains().map((n) => n.slice(0, -4));
    const old = underVersion(current, CACHE_FORMAT_VERSION - 1);
    const removable = await writeSet(storage(), old, { format: 'claimcheck-workspace-cache' });
    // Outside the cache folder: what the links point to.
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.bin'), 'not a cache file');
    writeFileSync(join(outside, 'target.txt'), 'neither');
    const kept = [
      'notes.txt',
      `${old}.bin.bak`,
      `${old}-c-x.bin~`,
      `${old} -c-x.bin`,
      `workspace-v1-zzzzzzzz-${'0'.repeat(16)}-${'0'.repeat(16)}.bin`,
    ];
    for (const name of kept) writeFileSync(join(cache, name), 'someone else\'s');
    symlinkSync(join(outside, 'precious.bin'), join(cache, `${old}-c-link.bin`));
    symlinkSync(join(outside, 'target.txt'), join(cache, `${old}-postingBytes-link.bin`));
    symlinkSync(outside, join(cache, `${old}-c-folderlink.bin`));
    // Named like a chunk of the current set, which the save's own sweep removes when no main record names it.
    symlinkSync(join(outside, 'precious.bin'), join(cache, `${current}-c-link.bin`));
    mkdirSync(join(cache, `${old}-c-folder.bin`));
    writeFileSync(join(cache, `${old}-c-folder.bin`, 'inside'), 'x');
    const links = [`${old}-c-link.bin`, `${old}-postingBytes-link.bin`, `${old}-c-folderlink.bin`, `${current}-c-link.bin`];

    await build(sources('/ws', { 'sources/new.txt': 'A new source about the harbour.' }), storage());
    assert.deepEqual(files().filter((n) => removable.includes(n)), [], 'the old cache\'s own files are removed');
    for (const name of kept) assert.equal(readFileSync(join(cache, name), 'utf8'), 'someone else\'s', name);
    for (const name of links) assert.ok(lstatSync(join(cache, name)).isSymbolicLink(), `${name} is still there`);
    assert.ok(statSync(join(cache, `${old}-c-folder.bin`)).isDirectory());
    assert.equal(readFileSync(join(cache, `${old}-c-folder.bin`, 'inside'), 'utf8'), 'x');
    assert.equal(readFileSync(join(outside, 'precious.bin'), 'utf8'), 'not a cache file');
    assert.equal(readFileSync(join(outside, 'target.txt'), 'utf8'), 'neither');
  });

  it('a cache of other settings stays while it is used (a warm start marks it), and goes once unused for long', async () => {
    const dir = tempDir();
    const { cache, storage, files, mains } = folder(dir);
    await build(sources('/ws'), storage());
    const [current] = mains().map((n) => n.slice(0, -4));
    // The same workspace with other settings (the editor's settings differ from the CLI's, or they changed).
    await build(sources('/ws'), storage(), '/ws', OTHER_SETTINGS);
    const other = mains().map((n) => n.slice(0, -4)).find((n) => n !== current)!;
    const otherFiles = () => files().filter((n) => n.startsWith(other));
    const set = otherFiles();
    assert.ok(set.length >= 2);
    let n = 0;
    const change = () => ({ 'sources/new.txt': `A new source about the harbour, version ${++n}.` });

    // Recently used: kept.
    await build(sources('/ws', change()), storage());
    assert.deepEqual(otherFiles(), set);
    // Written long ago but started warm since (the start marks its main record used): kept.
    for (const name of set) age(join(cache, name), 30);
    const warmFs = sources('/ws');
    await build(warmFs, storage(), '/ws', OTHER_SETTINGS);
    assert.deepEqual(warmFs.reads, []);
    assert.ok(Date.now() - statSync(join(cache, `${other}.bin`)).mtimeMs < 3600_000, 'the warm start marked it used');
    await build(sources('/ws', change()), storage());
    assert.deepEqual(otherFiles(), set);
    // Unused for longer than CACHE_UNUSED_MS: removed by the next save of the current settings.
    for (const name of set) age(join(cache, name), CACHE_UNUSED_MS / (24 * 3600_000) + 1);
    await build(sources('/ws', change()), storage());
    assert.deepEqual(otherFiles(), []);
    const again = sources('/ws', { 'sources/new.txt': `A new source about the harbour, version ${n}.` });
    await build(again, storage());
    assert.deepEqual(again.reads, [], 'the current cache still starts warm');
  });

  it('a set another process holds the lock of is left, and goes at a later save; two writers sweeping at once leave warm caches', async () => {
    const dir = tempDir();
    const { storage, files, mains } = folder(dir);
    await build(sources('/ws'), storage());
    const [current] = mains().map((n) => n.slice(0, -4));
    const old = underVersion(current, CACHE_FORMAT_VERSION - 1);
    const set = await writeSet(storage(), old, { format: 'claimcheck-workspace-cache' });
    // Another process (an older Claimcheck) writing the old set holds its lock.
    const release = await storage().lock(old);
    assert.ok(release);
    await build(sources('/ws', { 'sources/new.txt': 'First.' }), storage());
    assert.deepEqual(files().filter((n) => set.includes(n)), set, 'left while locked');
    await release!();
    await build(sources('/ws', { 'sources/new.txt': 'Second.' }), storage());
    assert.deepEqual(files().filter((n) => set.includes(n)), [], 'removed once the lock is free');

    // The language server and the CLI (other settings) saving and sweeping the same folder at once.
    const legacy = await writeSet(storage(), 'workspace-00000000000000aa', await legacyRecord(storage(), current, '/ws'));
    const again = await writeSet(storage(), old, { format: 'claimcheck-workspace-cache' });
    for (let round = 0; round < 3; round++) {
      const extra = { 'sources/round.txt': `Round ${round} of the harbour story.` };
      const [a, b] = await Promise.all([build(sources('/ws', extra), storage()), build(sources('/ws', extra), storage(), '/ws', OTHER_SETTINGS)]);
      assert.deepEqual([a.cacheWarnings, b.cacheWarnings], [[], []]);
      const [fa, fb] = [sources('/ws', extra), sources('/ws', extra)];
      const [wa, wb] = await Promise.all([build(fa, storage()), build(fb, storage(), '/ws', OTHER_SETTINGS)]);
      assert.deepEqual([fa.reads, fb.reads, wa.cacheWarnings, wb.cacheWarnings], [[], [], [], []], `round ${round}`);
    }
    assert.deepEqual(files().filter((n) => legacy.includes(n) || again.includes(n)), []);
    assert.ok(files().every((n) => n.endsWith('.bin')), files().join(' '));
  });
});

describe('a sweep reads a bounded number of legacy main records', () => {
  it('with many legacy sets of other workspaces, one build reads at most 8 of them, and only once', async () => {
    const reads: string[] = [];
    const cache = new (class extends MemoryCacheStorage {
      override async read(name: string): Promise<unknown> {
        if (parseCacheName(name)?.legacy) reads.push(name);
        return super.read(name);
      }
      async lock(): Promise<() => Promise<void>> {
        return async () => undefined;
      }
    })();
    for (let k = 0; k < 12; k++) {
      const main = `workspace-${k.toString(16).padStart(16, '0')}`;
      cache.records.set(main, { format: 'claimcheck-workspace-cache', version: 6, key: `6|terms-1/index-2|/other${k}|[["sources"],[],1]` });
      cache.records.set(`${main}-c-x`, { format: 'claimcheck-workspace-chunk' });
    }
    const ws = new SourceWorkspace(sources('/ws'), '/ws', DEFAULT_CONFIG, undefined, { cache });
    await ws.build();
    assert.ok(reads.length > 0 && reads.length <= 8, reads.join(' '));
    assert.equal(new Set(reads).size, reads.length);
    assert.equal([...cache.records.keys()].filter((n) => parseCacheName(n)?.legacy).length, 24, 'other workspaces\' legacy sets stay');
  });
});

describe('cache file names say whose and which format they are', () => {
  it('parses main records, chunks and parts, new and legacy; a main record whose hashes look like a suffix is still one', () => {
    const main = `workspace-v7-0a1b2c3d-${'abcdefabcdefabcd'}-${'0123456789abcdef'}`;
    assert.deepEqual(parseCacheName(main), { main, legacy: false, version: 7, indexFormat: '0a1b2c3d', root: 'abcdefabcdefabcd', settings: '0123456789abcdef' });
    assert.equal(parseCacheName(`${main}-c-lq2x9abc`)?.main, main);
    assert.equal(parseCacheName(`${main}-paragraphSpans-lq2x9abc`)?.main, main);
    assert.deepEqual(parseCacheName('workspace-0123456789abcdef-c-x'), { main: 'workspace-0123456789abcdef', legacy: true });
    for (const foreign of ['workspace-0-orphan', 'workspace-1', 'notes', `${main}-c-x-y`, `${main}x`, `x${main}`, 'workspace-0123456789abcdef0']) {
      assert.equal(parseCacheName(foreign), undefined, foreign);
    }
    // Verdicts against the current main record, at a time `now`.
    const now = Date.now();
    const set = (name: string, modified = now) => cacheRecordSets([{ name, modified }]).get(parseCacheName(name)!.main)!;
    const same = (version: number, settings = '0123456789abcdef') => `workspace-v${version}-0a1b2c3d-abcdefabcdefabcd-${settings}`;
    assert.equal(sweepVerdict(set(same(6)), main, now), 'older format');
    assert.equal(sweepVerdict(set(`${same(6)}-c-x`), main, now), 'older format');
    assert.equal(sweepVerdict(set(same(8)), main, now), 'keep', 'a newer format is left to the newer Claimcheck while used');
    assert.equal(sweepVerdict(set(same(8), now - CACHE_UNUSED_MS - 1), main, now), 'unused');
    assert.equal(sweepVerdict(set(same(7, 'ffffffffffffffff')), main, now), 'keep');
    assert.equal(sweepVerdict(set(same(7, 'ffffffffffffffff'), now - CACHE_UNUSED_MS - 1), main, now), 'unused');
    assert.equal(sweepVerdict(set(main, 0), main, now), 'keep', 'the current one');
    assert.equal(sweepVerdict(set(`workspace-v6-0a1b2c3d-${'1'.repeat(16)}-0123456789abcdef`, 0), main, now), 'keep', 'another root');
    assert.equal(sweepVerdict(set('workspace-0123456789abcdef'), main, now), 'check owner');
    assert.equal(sweepVerdict(set('workspace-0123456789abcdef-c-x', 0), main, now), 'keep', 'a legacy chunk without its main record says no owner');
  });
});
