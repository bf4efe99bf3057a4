/**
 * The source workspace against hostile or damaged input (issue 11): index-cache records swapped, stale or of
 * the wrong shape, colliding document ids, symbolic-link loops, files that are not regular files, writers that
 * race or were killed. Core behaviour with the in-memory storage, the Node adapters on a real temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { ConfinedFileSystem, WorkspaceBoundary } from '../../../server/src/core/confine';
import { MemoryFileSystem, OverlayFileSystem, statPaths, type SourceFileSystem } from '../../../server/src/core/fs';
import { MemoryCacheStorage } from '../../../server/src/core/index/persist';
import { loadSources } from '../../../server/src/core/sources/load';
import { passageText } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { NodeCacheStorage } from '../../../server/src/node/cacheStorage';
import { NodeFileSystem, toCorePath } from '../../../server/src/node/fileSystem';
import { temporaryFolders } from '../helpers/fixtures';

const tempDir = temporaryFolders('hostile');

const files = {
  '/ws/sources/amnesty.txt': 'North Korea will free prisoners in an amnesty.\nThe amnesty marks a birthday.\n\nOfficials gave no number.',
  '/ws/sources/budget.md': '# Budget\n\nThe budget rose by **4,500** dollars in 2004. Spending on schools grew by 18%.\n',
  '/ws/sources/records.jsonl': '{"_id":"r1","text":"The cafe opened in 1990."}\n{"_id":"r2","text":"Plain record about elections."}\n',
};

class CountingFileSystem extends MemoryFileSystem {
  reads: string[] = [];
  override async readFile(path: string): Promise<Uint8Array> {
    this.reads.push(path);
    return super.readFile(path);
  }
}

function fresh(extra: Record<string, string> = {}): CountingFileSystem {
  const fs = new CountingFileSystem();
  for (const [path, text] of Object.entries({ ...files, ...extra })) fs.write(path, text, 1000);
  return fs;
}

function observe(ws: SourceWorkspace) {
  const documents = [...ws.index.documents()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    documents: documents.map((d) => ({ id: d.id, key: d.key, passages: ws.index.passagesOf(d.id).map((p) => [passageText(d, p), p.range]) })),
    search: ['amnesty prisoners', 'budget 4500', 'cafe 1990', 'elections'].map((q) => ws.index.search(q).map((h) => `${h.passage.id} ${h.score.toFixed(9)}`)),
  };
}

async function build(fs: SourceFileSystem, cache?: MemoryCacheStorage | NodeCacheStorage, root = '/ws') {
  const ws = new SourceWorkspace(fs, root, DEFAULT_CONFIG, undefined, { cache });
  const stats = await ws.build();
  await ws.flush();
  return { ws, stats, cacheWarnings: ws.warnings.filter((w) => w.message.startsWith('Index cache')) };
}

/**
 * Enough text for the index to merge its postings into the big arrays saved as parts of their own (a small
 * index keeps them in the main record).
 */
const bulk: Record<string, string> = {};
const WORDS = 'harbour board council river bridge school budget tax police court mayor ferry storm flood road rail port union strike wage'.split(' ');
for (let f = 0; f < 150; f++) {
  const sentences: string[] = [];
  for (let k = 0; k < 60; k++) sentences.push(`In ${1990 + ((f + k) % 30)} the ${WORDS[(f + k) % WORDS.length]} ${WORDS[(f * 3 + k) % WORDS.length]} spent ${f * 100 + k} dollars on ${WORDS[(k * 7 + f) % WORDS.length]} item${f}x${k} and ${WORDS[(k + 5) % WORDS.length]}.`);
  bulk[`/ws/sources/bulk/b${f}.txt`] = sentences.join(' ');
}

describe('index cache records are checked one by one', () => {
  it('swapped, stale, foreign or reshaped records: one warning, a rebuild with the right results, a cache that works again', async () => {
    const cache = new MemoryCacheStorage();
    await build(fresh(bulk), cache);
    const reference = observe((await build(fresh(bulk))).ws);
    const names = [...cache.records.keys()];
    const named = (re: RegExp) => names.find((n) => re.test(n))!;
    const postings = (cache.records.get(named(/-postingBytes-/)) as { data: Uint8Array }).data.length;
    assert.ok(postings > 50_000, `the postings are a part of their own (${postings} bytes)`);
    const bytes = named(/-postingBytes-/);
    const spans = named(/-sentenceSpans-/);
    const chunk = named(/-c-/);
    const damage: [string, (records: Map<string, unknown>) => void][] = [
      ['postings and sentence spans swapped', (r) => {
        const a = r.get(bytes);
        r.set(bytes, r.get(spans));
        r.set(spans, a);
      }],
      ['postings holding a copy of the sentence spans (renamed)', (r) => {
        const data = (r.get(spans) as { data: Int32Array }).data;
        r.set(bytes, { ...(r.get(spans) as object), name: bytes, field: 'postingBytes', data: new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) });
      }],
      ['one posting changed (checksum)', (r) => {
        const part = structuredClone(r.get(bytes)) as { data: Uint8Array };
        part.data[1] ^= 1;
        r.set(bytes, part);
      }],
      ['sentence spans of another index (length)', (r) => r.set(spans, { ...(r.get(spans) as object), data: new Int32Array(4) })],
      ['a chunk saved under another name', (r) => r.set(chunk, { ...(r.get(chunk) as object), name: 'workspace-0-c-x' })],
      ['a chunk whose texts are not a string', (r) => r.set(chunk, { ...(r.get(chunk) as object), narrowText: 42 })],
      ...(
        [
          ['a chunk whose document names text past the end of its texts', (c) => void (c.textLength[0] = 1e9)],
          ['a chunk whose document names text before its start', (c) => void (c.textAt[0] = -1)],
          ['a chunk without the places of its texts', (c) => delete c.textAt],
          ['a chunk whose document is neither narrow nor wide', (c) => void (c.wide[0] = 2)],
          ['a chunk whose format number is unknown', (c) => void (c.formats[0] = 200)],
          ['a chunk whose document counts do not add up', (c) => void (c.documentCounts[0] += 1)],
          ['a chunk whose offset maps have the wrong type', (c) => void (c.maps = [1, 2, 3, 4])],
          ['a chunk whose offset map lengths do not add up', (c) => void ((c.mapped = new Int32Array([0])), (c.mapLengths = new Int32Array([4])))],
          ['a chunk whose plain-text document has an offset map', (c) => void ((c.mapped = new Int32Array([0])), (c.mapLengths = new Int32Array([4])), (c.maps = new Int32Array(4)))],
          ['a chunk whose plain-text document starts inside its file', (c) => void (c.bases[0] = 5)],
          ['a chunk whose titled documents are out of order', (c) => void ((c.titled = new Int32Array([1, 0])), (c.titles = { text: 'ab', lengths: new Int32Array([1, 1]) }))],
          ['a chunk whose line tables name a file twice', (c) => void ((c.linedFiles = new Int32Array([0, 0])), (c.lineCounts = new Int32Array([1, 1])), (c.lineStarts = new Int32Array(2)), (c.lineEnds = new Int32Array(2)))],
          ['a chunk whose ids are fewer than its documents', (c) => void (c.ids = { text: '', lengths: new Int32Array(0) })],
        ] as [string, (c: Record<string, any>) => void][]
      ).map(([what, change]): [string, (records: Map<string, unknown>) => void] => [
        what,
        (r) => {
          const c = structuredClone(r.get(chunk)) as Record<string, any>;
          change(c);
          r.set(chunk, c);
        },
      ]),
      ['a part that is missing', (r) => r.delete(spans)],
    ];
    for (const [what, change] of damage) {
      const copy = new MemoryCacheStorage();
      for (const [k, v] of cache.records) copy.records.set(k, structuredClone(v));
      change(copy.records);
      const fs = fresh(bulk);
      const { ws, cacheWarnings } = await build(fs, copy);
      assert.equal(cacheWarnings.length, 1, `${what}: ${cacheWarnings.map((w) => w.message).join('\n')}`);
      assert.equal(fs.reads.length, 153, what);
      assert.deepEqual(observe(ws), reference, what);
      const again = fresh(bulk);
      const next = await build(again, copy);
      assert.deepEqual(again.reads, [], `${what}: the rebuilt cache is used`);
      assert.deepEqual(next.cacheWarnings, [], what);
    }
  });

  it('records nobody refers to (a killed writer) are removed by the next save; a reader of a replaced record follows the new one', async () => {
    const cache = new MemoryCacheStorage();
    await build(fresh(), cache);
    cache.records.set('workspace-0-orphan', 'left by a killed writer');
    const [main] = [...cache.records.keys()].filter((k) => /^workspace-v\d+-[0-9a-f]{8}(-[0-9a-f]{16}){2}$/.test(k));
    cache.records.set(`${main}-c-orphan`, { format: 'claimcheck-workspace-chunk' });
    cache.records.set(`${main}-postingBytes-orphan`, { format: 'claimcheck-workspace-part' });
    const fs = fresh({ '/ws/sources/new.txt': 'A new source about the harbour.' });
    await build(fs, cache);
    assert.ok(!cache.records.has(`${main}-c-orphan`) && !cache.records.has(`${main}-postingBytes-orphan`), [...cache.records.keys()].join(' '));
    assert.ok(cache.records.has('workspace-0-orphan'), 'records of other workspaces are not touched');

    // A reader that read the main record just before another process saved (and removed the records it named)
    // reads the new main record instead of warning.
    const third = new (class extends MemoryCacheStorage {
      served = false;
      override async read(name: string): Promise<unknown> {
        if (name === main && !this.served) {
          this.served = true;
          const value = await super.read(name);
          // The other process's save lands now: new main record, old parts gone.
          await new SourceWorkspace(fresh({ '/ws/sources/new.txt': 'Changed harbour text.' }), '/ws', DEFAULT_CONFIG, undefined, { cache: this }).build();
          return value;
        }
        return super.read(name);
      }
    })();
    for (const [k, v] of cache.records) third.records.set(k, v);
    const result = await build(fresh({ '/ws/sources/new.txt': 'Changed harbour text.' }), third);
    assert.deepEqual(result.cacheWarnings, [], 'no warning: the new record was read');
    assert.deepEqual(observe(result.ws), observe((await build(fresh({ '/ws/sources/new.txt': 'Changed harbour text.' }))).ws));
  });
});

describe('document ids are unique: both documents of a collision stay', () => {
  it('a JSONL record with another file\'s id, and two records with one id, keep their text and keys under free ids', async () => {
    const records = '{"_id":"sources/amnesty.txt","text":"The harbour reopened."}\n{"_id":"dup","text":"First."}\n{"_id":"dup","text":"Second."}\n';
    const fs = fresh({ '/ws/sources/a-records.jsonl': records });
    for (const cache of [undefined, new MemoryCacheStorage()]) {
      const { ws } = await build(fs, cache);
      const ids = [...ws.index.documents()].map((d) => [d.id, d.key]).sort();
      assert.deepEqual(ids, [
        ['dup#2', 'dup'],
        ['dup', 'dup'],
        ['r1', 'r1'],
        ['r2', 'r2'],
        ['sources/amnesty.txt#2', 'sources/amnesty.txt'],
        ['sources/amnesty.txt', 'amnesty'],
        ['sources/budget.md', 'budget'],
      ]);
      assert.equal(ws.index.document('sources/amnesty.txt')!.file, '/ws/sources/amnesty.txt', 'the file keeps its own path as id, though the JSONL file is read first');
      const messages = ws.warnings.filter((w) => w.code === 'duplicate-id').map((w) => w.message);
      assert.equal(messages.length, 2, messages.join('\n'));
      assert.ok(messages.some((m) => /"sources\/amnesty\.txt" is already the id of sources\/amnesty\.txt; kept as "sources\/amnesty\.txt#2"/.test(m)), messages.join('\n'));
      if (cache) {
        const warm = await build(fresh({ '/ws/sources/a-records.jsonl': records }), cache);
        assert.deepEqual(observe(warm.ws), observe(ws));
      }
    }
    // The same through loadSources.
    const loaded = await loadSources(fs, '/ws', DEFAULT_CONFIG);
    assert.equal(new Set(loaded.documents.map((d) => d.id)).size, loaded.documents.length);
  });

  it('a file added later whose path a record has as id takes it back; the record keeps its text under a free id', async () => {
    const fs = fresh({ '/ws/sources/records2.jsonl': '{"_id":"sources/late.txt","text":"The record text."}\n' });
    const { ws } = await build(fs);
    assert.equal(ws.index.document('sources/late.txt')!.text, 'The record text.');
    fs.write('/ws/sources/late.txt', 'The file text about a late train.');
    await ws.updateFiles(['/ws/sources/late.txt']);
    assert.equal(ws.index.document('sources/late.txt')!.text, 'The file text about a late train.');
    assert.equal(ws.index.document('sources/late.txt#2')!.text, 'The record text.');
    assert.equal(ws.index.search('late train')[0].document.id, 'sources/late.txt');
    assert.equal(ws.index.search('record text')[0].document.id, 'sources/late.txt#2');
  });
});

describe('the Node adapters on a real folder', () => {
  it('reads only regular files: a link to /dev/zero, a FIFO or a folder throws at once', { skip: process.platform === 'win32' }, async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.txt')]).status, 0);
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'plain.txt'), 'Plain text.');
    const fs = new NodeFileSystem();
    for (const name of ['zero.txt', 'fifo.txt', 'folder.txt']) {
      await assert.rejects(fs.readFile(toCorePath(join(dir, name))), /not a regular file/, name);
      assert.equal(await fs.stat(toCorePath(join(dir, name))).then((s) => s?.type !== 'file'), true);
    }
    assert.equal(new TextDecoder().decode(await fs.readFile(toCorePath(join(dir, 'plain.txt')))), 'Plain text.');
  });

  it('statPaths (statMany, or a stat of each) answers as stat does, path by path, in order: files, folders, links, a FIFO, missing paths, a file below a file', { skip: process.platform === 'win32' }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain.txt'), 'Plain text.');
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'plain.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.txt')]).status, 0);
    const names = ['plain.txt', 'folder', 'link.txt', 'dangling.txt', 'fifo.txt', 'missing.txt', 'plain.txt/below.txt'];
    const paths = names.map((name) => toCorePath(join(dir, name)));
    const fs = new NodeFileSystem();
    const many = await statPaths(fs, paths);
    const one = await Promise.all(paths.map((path) => fs.stat(path)));
    assert.deepEqual(
      many.map((answer) => answer.stat),
      one,
    );
    assert.deepEqual(
      one.map((stat) => stat?.type),
      ['file', 'directory', 'file', undefined, undefined, undefined, undefined],
    );
    assert.equal(many[0].stat!.size, 'Plain text.'.length);
    // An open editor buffer wins over the disk, many at once as one by one.
    const overlay = new OverlayFileSystem(fs);
    overlay.set(paths[5], 'An unsaved buffer.');
    assert.deepEqual(
      (await overlay.statMany(paths)).map((answer) => answer.stat?.size),
      await Promise.all(paths.map(async (path) => (await overlay.stat(path))?.size)),
    );
    assert.equal((await overlay.statMany([paths[5]]))[0].stat?.size, 'An unsaved buffer.'.length);
    // A walk of a real folder through it finds what it found before (the files, sorted).
    const loaded = await loadSources(fs, toCorePath(dir), { ...DEFAULT_CONFIG, sources: ['.'] });
    assert.deepEqual(loaded.files, [toCorePath(join(dir, 'link.txt')), toCorePath(join(dir, 'plain.txt'))]);
  });

  it('walks each real folder once: links back to a parent or to the same folder are skipped with a warning', { skip: process.platform === 'win32' }, async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sources', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'sources', 'a.txt'), 'Alpha text.');
    writeFileSync(join(dir, 'sources', 'deep', 'b.txt'), 'Beta text.');
    for (let i = 0; i < 4; i++) symlinkSync('..', join(dir, 'sources', 'deep', `up${i}`));
    symlinkSync(join(dir, 'sources'), join(dir, 'sources', 'again'));
    const root = toCorePath(dir);
    const loaded = await loadSources(new NodeFileSystem(), root, DEFAULT_CONFIG);
    assert.deepEqual(loaded.files, [`${root}/sources/a.txt`, `${root}/sources/deep/b.txt`]);
    assert.deepEqual(loaded.warnings.map((w) => w.code), ['link-loop', 'link-loop', 'link-loop', 'link-loop', 'link-loop']);
    // Overlapping entries (a folder and a glob over it) each walk with their own filter: no warning, files once.
    const overlap = await loadSources(new NodeFileSystem(), root, { ...DEFAULT_CONFIG, sources: ['sources/**/b.txt', 'sources'] });
    assert.deepEqual(overlap.files, [`${root}/sources/a.txt`, `${root}/sources/deep/b.txt`]);
    assert.equal(overlap.warnings.length, 10);
  });

  it('one writer at a time: a held lock makes the other skip; a lock or temporary file of a killed process is taken over and removed', async () => {
    const dir = tempDir();
    const storage = () => new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
    const a = storage();
    const release = await a.lock('workspace-1');
    assert.ok(release);
    assert.equal(await storage().lock('workspace-1'), undefined, 'held by a live process');
    const other = await storage().lock('workspace-2');
    assert.ok(other, 'another record set has its own lock');
    await other!();
    await release!();
    const again = await storage().lock('workspace-1');
    assert.ok(again);
    await again!();
    // Left by a killed process: a lock, a temporary record, a set-aside lock.
    const dead = deadPid();
    writeFileSync(join(dir, 'cache', 'workspace-1.lock'), `${dead} ${(await import('node:os')).hostname()} ${Date.now()} x`);
    writeFileSync(join(dir, 'cache', `workspace-1.bin.${dead}.abc123.tmp`), 'half');
    writeFileSync(join(dir, 'cache', `workspace-1.lock.${dead}.abc123.stale`), 'old');
    const old = join(dir, 'cache', `workspace-9.bin.${process.pid}.def456.tmp`);
    writeFileSync(old, 'half, an hour ago');
    utimesSync(old, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    writeFileSync(join(dir, 'cache', `workspace-9.bin.${process.pid}.fff999.tmp`), 'being written by a live process');
    const taken = await storage().lock('workspace-1');
    assert.ok(taken, 'the dead process\'s lock is taken over');
    assert.deepEqual(readdirSync(join(dir, 'cache')).sort(), ['workspace-1.lock', `workspace-9.bin.${process.pid}.fff999.tmp`]);
    await taken!();
  });

  it('a start with nothing to save still removes what a writer killed after its main record was in place left', async () => {
    const dir = tempDir();
    const storage = () => new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
    await build(fresh(), storage());
    const main = readdirSync(join(dir, 'cache')).find((n) => /^workspace-v\d+-[0-9a-f]{8}(-[0-9a-f]{16}){2}\.bin$/.test(n))!.slice(0, -4);
    await storage().write(`${main}-c-replaced`, { format: 'claimcheck-workspace-chunk', name: `${main}-c-replaced`, files: {} });
    const dead = deadPid();
    writeFileSync(join(dir, 'cache', `${main}-postingBytes-x.bin.${dead}.0a1b2c.tmp`), 'half');
    const fs = fresh();
    const { cacheWarnings, stats } = await build(fs, storage());
    assert.deepEqual(cacheWarnings, []);
    assert.equal(stats.read, 0);
    assert.deepEqual(fs.reads, []);
    assert.deepEqual(readdirSync(join(dir, 'cache')).filter((n) => n.includes('replaced') || !n.endsWith('.bin')), []);
  });

  it('two workspaces saving to one cache folder at once leave a cache that reads back without a warning', async () => {
    const dir = tempDir();
    const storage = () => new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
    const reference = observe((await build(fresh())).ws);
    for (let round = 0; round < 5; round++) {
      const extra = { '/ws/sources/round.txt': `Round ${round} of the harbour story.` };
      const [a, b] = await Promise.all([build(fresh(extra), storage()), build(fresh(extra), storage())]);
      assert.deepEqual(observe(a.ws), observe(b.ws));
      const warm = await build(fresh(extra), storage());
      assert.deepEqual(warm.cacheWarnings, [], `round ${round}`);
      assert.deepEqual(warm.stats.read, 0, `round ${round}: the cache is complete`);
    }
    assert.deepEqual(observe((await build(fresh({ '/ws/sources/round.txt': 'Round 0 of the harbour story.' }), storage())).ws).documents.length, reference.documents.length + 1);
    assert.ok(readdirSync(join(dir, 'cache')).every((n) => n.endsWith('.bin')), readdirSync(join(dir, 'cache')).join(' '));
  });
});

describe('restricted mode: the boundary holds on every access, by real path', () => {
  it('a workspace opened through a link reads inside; links out, ../ and absolute paths do not, stat included', { skip: process.platform === 'win32' }, async () => {
    const base = tempDir();
    mkdirSync(join(base, 'real', 'sources'), { recursive: true });
    mkdirSync(join(base, 'private'));
    writeFileSync(join(base, 'private', 'key.txt'), 'Private text.');
    writeFileSync(join(base, 'real', 'sources', 'a.txt'), 'Workspace text.');
    symlinkSync(join(base, 'private', 'key.txt'), join(base, 'real', 'sources', 'key.txt'));
    symlinkSync(join(base, 'real'), join(base, 'opened'));
    const disk = new NodeFileSystem();
    const root = toCorePath(join(base, 'opened'));
    const boundary = new WorkspaceBoundary(true, disk);
    boundary.setFolders([root]);
    const fs = new ConfinedFileSystem(disk, boundary);
    const loaded = await loadSources(fs, root, { ...DEFAULT_CONFIG, sources: ['sources', '../private', toCorePath(join(base, 'private')), '../private/*.txt'] });
    assert.deepEqual(loaded.documents.map((d) => d.text), ['Workspace text.']);
    assert.deepEqual(loaded.warnings.map((w) => w.code), ['outside-workspace', 'outside-workspace', 'outside-workspace', 'outside-workspace']);
    for (const path of [`${root}/sources/key.txt`, `${root}/../private/key.txt`, toCorePath(join(base, 'private', 'key.txt'))]) {
      await assert.rejects(fs.readFile(path), /outside the workspace folders/, path);
      await assert.rejects(fs.stat(path), /outside the workspace folders/, path);
    }
    await assert.rejects(fs.readDirectory(toCorePath(join(base, 'private'))), /outside the workspace folders/);
    assert.equal(await fs.stat(`${root}/sources/missing.txt`), undefined, 'a missing path inside is just missing');
    // Many at once (the walk's way): the same answers, the link out an error.
    const many = await fs.statMany([`${root}/sources/a.txt`, `${root}/sources/key.txt`, `${root}/sources/missing.txt`]);
    assert.equal(many[0].stat?.type, 'file');
    assert.match(String(many[1].error), /outside the workspace folders/);
    assert.deepEqual(many[2], { stat: undefined });
    // Trust lifts it.
    boundary.setRestricted(false);
    assert.equal(new TextDecoder().decode(await fs.readFile(`${root}/sources/key.txt`)), 'Private text.');
    assert.equal((await fs.statMany([`${root}/sources/key.txt`]))[0].stat?.size, 'Private text.'.length);
  });
});

/** A process id that is not running (a child that has exited). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}
