import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem, type SourceFileSystem } from '../../../server/src/core/fs';
import { MemoryCacheStorage } from '../../../server/src/core/index/persist';
import { passageText } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { NodeCacheStorage } from '../../../server/src/node/cacheStorage';

const files = {
  '/ws/sources/amnesty.txt': 'North Korea will free prisoners in an amnesty.\r\nThe amnesty marks a birthday.\n\nOfficials gave no number.',
  '/ws/sources/budget.md': '---\ntitle: Budget 2004\n---\n# Budget\n\nThe budget rose by **4,500** dollars in 2004. Spending on schools grew by 18%.\n',
  '/ws/sources/page.html': '<html><head><title>Rain</title></head><body><p>Heavy rain fell in the north &amp; east.</p><p>Rivers flooded two towns.</p></body></html>',
  '/ws/sources/records.jsonl': '{"_id":"r1","title":"Caf\\u00e9","text":"The caf\\u00e9 opened in 1990.\\nIt closed in 2001."}\n{"_id":"r2","text":"Plain record about elections."}\n',
};

/** Counts the files read through it. */
class CountingFileSystem extends MemoryFileSystem {
  reads: string[] = [];
  override async readFile(path: string): Promise<Uint8Array> {
    this.reads.push(path);
    return super.readFile(path);
  }
}

function fresh(): CountingFileSystem {
  const fs = new CountingFileSystem();
  for (const [path, text] of Object.entries(files)) fs.write(path, text, 1000);
  return fs;
}

/** Everything a user of the workspace can see of its documents: passages with ranges, search results, warnings. */
function observe(ws: SourceWorkspace) {
  const documents = [...ws.index.documents()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    files: ws.files.sort(),
    warnings: ws.warnings.map((w) => w.message),
    documents: documents.map((d) => ({
      id: d.id,
      key: d.key,
      title: d.title,
      format: d.format,
      passages: ws.index.passagesOf(d.id).map((p) => [passageText(d, p), p.range]),
      offsets: [0, 3, 10, d.text.length].map((o) => [d.toFileOffset(o), d.toFileEnd?.(o), d.filePosition(d.toFileOffset(o))]),
    })),
    search: ['amnesty prisoners', 'budget 4500', 'rain north', 'cafe 1990', 'elections'].map((q) =>
      ws.index.search(q).map((h) => `${h.passage.id} ${h.score.toFixed(9)}`),
    ),
  };
}

async function workspace(fs: SourceFileSystem, cache?: MemoryCacheStorage | NodeCacheStorage) {
  const ws = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache });
  const stats = await ws.build();
  await ws.flush();
  return { ws, stats };
}

describe('SourceWorkspace with an index cache', () => {
  it('starts warm without reading any source file, and gives the same documents, ranges and results', async () => {
    const cache = new MemoryCacheStorage();
    const cold = await workspace(fresh(), cache);
    assert.equal(cold.stats.read, 4);
    const fs = fresh();
    const warm = await workspace(fs, cache);
    assert.deepEqual(fs.reads, []);
    assert.equal(warm.stats.cached, 4);
    assert.equal(warm.stats.read, 0);
    assert.deepEqual(observe(warm.ws), observe(cold.ws));
    assert.deepEqual(observe(warm.ws), observe((await workspace(fresh())).ws));
  });

  it('gives back every text exactly, whatever its characters: one-byte, wider, astral, short and empty', async () => {
    const texts = {
      '/ws/sources/latin.txt': 'The café in Zürich opened in 1990; its owner, Ñuñez, paid £300.',
      '/ws/sources/wide.txt': 'The mayor said \u201cwe will rebuild\u201d \u2014 twice. 東京 sent 200 tonnes of aid.',
      '/ws/sources/astral.md': '# Flood 🌊\n\nThe river rose 3 metres 🙁 overnight.\n',
      '/ws/sources/short.txt': 'Hi.',
      '/ws/sources/records.jsonl': ['{"_id":"a","text":"Plain words only."}', '{"_id":"b","text":"Wide \\u2014 dash."}', '{"_id":"c","text":"x"}', '{"_id":"d","text":"Caf\\u00e9 again, plain."}'].join('\n'),
    };
    const make = () => {
      const fs = new CountingFileSystem();
      for (const [path, text] of Object.entries(texts)) fs.write(path, text, 1000);
      return fs;
    };
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cache-'));
    try {
      const storage = () => new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
      const cold = await workspace(make(), storage());
      const fs = make();
      const warm = await workspace(fs, storage());
      assert.deepEqual(fs.reads, []);
      const textsOf = (ws: SourceWorkspace) => [...ws.index.documents()].map((d) => [d.id, d.text]).sort();
      assert.deepEqual(textsOf(warm.ws), textsOf(cold.ws));
      assert.ok(textsOf(cold.ws).some(([, t]) => /[^\u0000-\u00ff]/.test(t)) && textsOf(cold.ws).some(([, t]) => /[\u00e9]/.test(t)));
      assert.deepEqual(observe(warm.ws).documents, observe(cold.ws).documents);
      // The chunk holds the texts packed: the one-byte ones in one string, the others in another.
      const chunkName = readdirSync(join(dir, 'cache')).find((f) => /-c-/.test(f))!.replace(/\.bin$/, '');
      const chunk = (await storage().read(chunkName)) as { narrowText: string; wideText: string };
      assert.ok(chunk.narrowText.includes('Zürich') && !/[^\u0000-\u00ff]/.test(chunk.narrowText));
      assert.ok(chunk.wideText.includes('東京') && chunk.wideText.includes('🌊'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives back each file's warnings on a warm start, whichever files have them", async () => {
    const make = () => {
      const fs = new CountingFileSystem();
      for (let k = 0; k < 6; k++) fs.write(`/ws/sources/plain${k}.txt`, `Plain file number ${k} says the bridge opened in ${2000 + k}.`, 1000);
      // A binary file and one of invalid UTF-8 between the plain ones: each gets a warning of its own.
      fs.write('/ws/sources/plain2b.txt', new Uint8Array([0, 1, 2, 0, 0, 255, 0, 3, 0, 0]), 1000);
      fs.write('/ws/sources/plain4b.txt', new Uint8Array([...Buffer.from('The mayor said '), 0xff, 0xfe, ...Buffer.from(' yes.')]), 1000);
      return fs;
    };
    const cache = new MemoryCacheStorage();
    const cold = await workspace(make(), cache);
    const warned = cold.ws.warnings.filter((w) => !w.message.startsWith('Index cache'));
    assert.equal(new Set(warned.map((w) => w.file)).size, 2, warned.map((w) => w.message).join('\n'));
    const fs = make();
    const warm = await workspace(fs, cache);
    assert.deepEqual(fs.reads, []);
    assert.deepEqual(warm.ws.warnings, cold.ws.warnings);
    assert.deepEqual(observe(warm.ws), observe(cold.ws));
    // Each warning belongs to its own file: fixing the binary file, and removing a plain one, drop just its warning.
    fs.write('/ws/sources/plain2b.txt', 'Now a plain file too.', 2000);
    fs.delete('/ws/sources/plain3.txt');
    await warm.ws.updateFiles(['/ws/sources/plain2b.txt', '/ws/sources/plain3.txt']);
    assert.deepEqual(
      warm.ws.warnings.map((w) => w.file),
      warned.filter((w) => !w.file.endsWith('plain2b.txt')).map((w) => w.file),
    );
  });

  it('re-reads only the files added, changed or removed, and tells a touch from an edit by content', async () => {
    const cache = new MemoryCacheStorage();
    await workspace(fresh(), cache);
    const fs = fresh();
    fs.write('/ws/sources/amnesty.txt', files['/ws/sources/amnesty.txt'], 2000); // touched: same bytes, new mtime
    fs.write('/ws/sources/page.html', files['/ws/sources/page.html'].replace('two', 'six'), 2000); // edited, same size
    fs.write('/ws/sources/new.txt', 'A new source about the harbour.', 2000);
    fs.delete('/ws/sources/records.jsonl');
    const { ws, stats } = await workspace(fs, cache);
    assert.deepEqual(fs.reads.sort(), ['/ws/sources/amnesty.txt', '/ws/sources/new.txt', '/ws/sources/page.html', '/ws/sources/page.html']);
    assert.equal(stats.read, 2);
    assert.equal(stats.cached, 2);
    const expected = fresh();
    expected.write('/ws/sources/page.html', files['/ws/sources/page.html'].replace('two', 'six'));
    expected.write('/ws/sources/new.txt', 'A new source about the harbour.');
    expected.delete('/ws/sources/records.jsonl');
    assert.deepEqual(observe(ws), observe((await workspace(expected)).ws));
    // The next start reads nothing: the touch and the changes were saved.
    const again = fresh();
    again.write('/ws/sources/amnesty.txt', files['/ws/sources/amnesty.txt'], 2000);
    again.write('/ws/sources/page.html', files['/ws/sources/page.html'].replace('two', 'six'), 2000);
    again.write('/ws/sources/new.txt', 'A new source about the harbour.', 2000);
    again.delete('/ws/sources/records.jsonl');
    await workspace(again, cache);
    assert.deepEqual(again.reads, []);
  });

  it('after a warm start, updates the files it restored (one document or many) as a cold start would have them', async () => {
    const cache = new MemoryCacheStorage();
    await workspace(fresh(), cache);
    const fs = fresh();
    const warm = await workspace(fs, cache);
    assert.deepEqual(fs.reads, []);
    // A file of one document edited, one of several (JSONL) losing a record, one deleted; and a new JSONL file
    // whose record claims the id reserved for amnesty.txt (its path): it must get another.
    fs.write('/ws/sources/amnesty.txt', 'The amnesty freed 300 prisoners.', 2000);
    fs.write('/ws/sources/records.jsonl', '{"_id":"r2","text":"Plain record about elections."}\n', 2000);
    fs.delete('/ws/sources/page.html');
    fs.write('/ws/sources/claims.jsonl', '{"_id":"sources/amnesty.txt","text":"A record that wants the path id of another file."}\n', 2000);
    await warm.ws.updateFiles(['/ws/sources/amnesty.txt', '/ws/sources/records.jsonl', '/ws/sources/page.html', '/ws/sources/claims.jsonl']);
    const expected = fresh();
    expected.write('/ws/sources/amnesty.txt', 'The amnesty freed 300 prisoners.');
    expected.write('/ws/sources/records.jsonl', '{"_id":"r2","text":"Plain record about elections."}\n');
    expected.delete('/ws/sources/page.html');
    expected.write('/ws/sources/claims.jsonl', '{"_id":"sources/amnesty.txt","text":"A record that wants the path id of another file."}\n');
    const cold = (await workspace(expected)).ws;
    assert.deepEqual(observe(warm.ws), observe(cold));
    assert.ok(warm.ws.index.document('sources/amnesty.txt')?.text.includes('300 prisoners'));
    assert.ok(warm.ws.index.document('sources/amnesty.txt#2')?.text.includes('wants the path id'));
    assert.equal(warm.ws.index.document('r1'), undefined);
    // Saved: the next start reads nothing and sees the same.
    await warm.ws.flush();
    const next = new CountingFileSystem();
    for (const path of ['/ws/sources/amnesty.txt', '/ws/sources/budget.md', '/ws/sources/records.jsonl', '/ws/sources/claims.jsonl']) {
      next.write(path, new TextDecoder().decode(await fs.readFile(path)), 2000);
    }
    next.write('/ws/sources/budget.md', files['/ws/sources/budget.md'], 1000);
    const again = await workspace(next, cache);
    assert.deepEqual(next.reads, []);
    assert.deepEqual(observe(again.ws), observe(cold));
  });

  it('saves updates of single files, and the next start sees them', async () => {
    const cache = new MemoryCacheStorage();
    const fs = fresh();
    const { ws } = await workspace(fs, cache);
    fs.write('/ws/sources/amnesty.txt', 'Snow closed the airport.', 3000);
    fs.delete('/ws/sources/budget.md');
    await ws.updateFiles(['/ws/sources/amnesty.txt', '/ws/sources/budget.md']);
    await ws.flush();
    const next = fresh();
    next.write('/ws/sources/amnesty.txt', 'Snow closed the airport.', 3000);
    next.delete('/ws/sources/budget.md');
    const warm = await workspace(next, cache);
    assert.deepEqual(next.reads, []);
    assert.deepEqual(observe(warm.ws), observe(ws));
    assert.equal(warm.ws.index.search('airport').length, 1);
    // Chunks and index parts nobody refers to any more are deleted: the main record, 8 index parts, 2 chunks.
    assert.equal(cache.records.size, 11, [...cache.records.keys()].join(' '));
  });

  it('rebuilds from the sources, with one warning, when the cache is damaged, and never crashes', async () => {
    const cache = new MemoryCacheStorage();
    await workspace(fresh(), cache);
    const reference = observe((await workspace(fresh())).ws);
    const [main] = [...cache.records.keys()].filter((k) => /^workspace-v\d+-[0-9a-f]{8}(-[0-9a-f]{16}){2}$/.test(k));
    const damage: ((r: Record<string, any>) => unknown)[] = [
      () => 'garbage',
      (r) => ({ ...r, version: 999 }),
      (r) => ({ ...r, index: { ...r.index, sentenceLive: r.index.sentenceLive.slice(3) } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, chunkNames: r.fileTable.chunkNames.map(() => 'nope') } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, documentCounts: r.fileTable.documentCounts.slice(1) } }),
      (r) => ({ ...r, indexParts: { ...r.indexParts, postingBytes: 'nope' } }),
      // Warnings of a file that is not there, in the wrong shape, or not one list per file named.
      (r) => ({ ...r, fileTable: { ...r.fileTable, warnedFiles: new Int32Array([7]), warnings: [[]] } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, warnedFiles: new Int32Array([0]), warnings: [{ code: 'binary' }] } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, warnedFiles: new Int32Array([1, 0]), warnings: [[], []] } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, warnedFiles: new Int32Array([0]), warnings: [] } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, warnedFiles: undefined } }),
      // Packed names whose lengths do not add up to their text, or that are not packed names.
      (r) => ({ ...r, fileTable: { ...r.fileTable, paths: { text: r.fileTable.paths.text.slice(1), lengths: r.fileTable.paths.lengths } } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, paths: r.fileTable.paths.text } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, pathPrefix: 7 } }),
      (r) => ({ ...r, fileTable: { ...r.fileTable, fullPaths: new Int32Array([99]) } }),
      // The index's document ids: positions past the file table's ids or past the other ids, or not positions.
      (r) => ({ ...r, index: { ...r.index, documents: { ...r.index.documents, positions: r.index.documents.positions.map(() => 1e6) } } }),
      (r) => ({ ...r, index: { ...r.index, documents: { ...r.index.documents, positions: r.index.documents.positions.map(() => -3) } } }),
      (r) => ({ ...r, index: { ...r.index, documents: 42 } }),
    ];
    for (const change of damage) {
      const copy = new MemoryCacheStorage();
      for (const [k, v] of cache.records) copy.records.set(k, k === main ? change(structuredClone(v) as Record<string, any>) : v);
      const fs = fresh();
      const { ws } = await workspace(fs, copy);
      assert.equal(fs.reads.length, 4);
      const cacheWarnings = ws.warnings.filter((w) => w.message.startsWith('Index cache'));
      assert.equal(cacheWarnings.length, 1, cacheWarnings.map((w) => w.message).join('\n'));
      assert.deepEqual({ ...observe(ws), warnings: [] }, { ...reference, warnings: [] });
      // The rebuilt cache works.
      const again = fresh();
      await workspace(again, copy);
      assert.deepEqual(again.reads, []);
    }
  });

  it('restores files outside the folder most sources are in, and documents numbered apart from the files', async () => {
    const config = { ...DEFAULT_CONFIG, sources: ['sources', 'notes'] };
    const notes = { '/ws/notes/café.md': '# Notes\n\nThe café reopened in 1994.', '/ws/notes/deep/x.txt': 'Deep note about the harbour.' };
    const make = () => {
      const fs = fresh();
      for (const [path, text] of Object.entries(notes)) fs.write(path, text, 1000);
      return fs;
    };
    const build = async (fs: CountingFileSystem, cache?: MemoryCacheStorage) => {
      const ws = new SourceWorkspace(fs, '/ws', config, undefined, { cache });
      await ws.build();
      await ws.flush();
      return ws;
    };
    const cache = new MemoryCacheStorage();
    const cold = await build(make(), cache);
    const [main] = [...cache.records.keys()].filter((k) => /^workspace-v\d+-[0-9a-f]{8}(-[0-9a-f]{16}){2}$/.test(k));
    const table = (cache.records.get(main) as { fileTable: { pathPrefix: string; fullPaths: Int32Array } }).fileTable;
    assert.equal(table.pathPrefix, '/ws/sources/');
    assert.deepEqual([...table.fullPaths], [0, 1]);
    const fs = make();
    const warm = await build(fs, cache);
    assert.deepEqual(fs.reads, []);
    assert.deepEqual(observe(warm), observe(cold));
    assert.ok(warm.files.includes('/ws/notes/café.md') && warm.files.includes('/ws/notes/deep/x.txt'), warm.files.join(' '));
    // A removed file leaves its document numbers empty; the next start restores the rest.
    const less = make();
    less.delete('/ws/sources/budget.md');
    const after = await build(less, cache);
    const again = make();
    again.delete('/ws/sources/budget.md');
    const restored = await build(again, cache);
    assert.deepEqual(again.reads, []);
    assert.deepEqual(observe(restored), observe(after));
  });

  it('reads the saved documents and index while the walk still waits for the file system, and restores the same', async () => {
    const cache = new MemoryCacheStorage();
    const cold = observe((await workspace(fresh(), cache)).ws);
    // Stats that wait until a chunk record of the cache has been read (or, failing that, for two seconds).
    let release!: (by: string) => void;
    const released = new Promise<string>((resolve) => (release = resolve));
    const timer = setTimeout(() => release('the clock'), 2000);
    class WaitingStats extends CountingFileSystem {
      override async stat(path: string) {
        await released;
        return super.stat(path);
      }
    }
    class NotingCache extends MemoryCacheStorage {
      override async read(name: string): Promise<unknown> {
        if (/-c-[^-]+$/.test(name)) release('a chunk read');
        return super.read(name);
      }
    }
    const noting = new NotingCache();
    for (const [k, v] of cache.records) noting.records.set(k, v);
    const fs = new WaitingStats();
    for (const [path, text] of Object.entries(files)) fs.write(path, text, 1000);
    try {
      const { ws } = await workspace(fs, noting);
      assert.equal(await released, 'a chunk read');
      assert.deepEqual(fs.reads, []);
      assert.deepEqual(observe(ws), cold);
    } finally {
      clearTimeout(timer);
    }
  });

  it('writes large typed arrays after the record on disk and reads them back equal, and refuses a cut or edited file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cache-'));
    try {
      const storage = new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
      const big = (n: number) => Int32Array.from({ length: n }, (_, i) => (i * 2654435761) | 0);
      const bytes = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 31) & 255);
      const record = {
        name: 'several',
        // Large (after the record) and small (inside it); one large array at an odd offset of its buffer.
        ints: big(100_000),
        bytes,
        odd: new Uint16Array(bytes.buffer, 0, 150_000).subarray(1),
        floats: Float64Array.from({ length: 20_000 }, (_, i) => i / 7),
        small: new Int32Array([1, 2, 3]),
        nested: [{ spans: big(70_000) }, 'text'],
      };
      await storage.write('rec', record);
      assert.deepEqual(await storage.read('rec'), record);
      // A record that is mostly one array (an index part): read back as a view of the file's bytes when it is
      // big; a smaller one is read into the buffer that the storage reads into again, so it comes out a copy: a
      // record read earlier keeps its arrays when the next read fills that buffer.
      const part = { format: 'part', data: big(200_000) };
      await storage.write('part', part);
      const first = await storage.read('part');
      assert.deepEqual(first, part);
      await storage.write('other', { format: 'part', data: new Int32Array(200_000).fill(-1) });
      assert.equal(((await storage.read('other')) as typeof part).data[7], -1);
      assert.deepEqual(first, part);
      const huge = { format: 'part', data: big(2_000_000) };
      await storage.write('huge', huge);
      assert.deepEqual(await storage.read('huge'), huge);
      const file = join(dir, 'cache', 'rec.bin');
      const written = readFileSync(file);
      assert.ok(written.length > 1_000_000, 'the large arrays are in the file');
      // Cut inside the arrays after the record: the checksum fails before anything is read.
      writeFileSync(file, written.subarray(0, written.length - 1000));
      await assert.rejects(storage.read('rec'), /checksum mismatch/);
      // One byte of an array changed: the same.
      const edited = Buffer.from(written);
      edited[edited.length - 10] ^= 1;
      writeFileSync(file, edited);
      await assert.rejects(storage.read('rec'), /checksum mismatch/);
      // The nonce after the magic changed, or the tag after it: the same.
      for (const at of [8, 8 + 12]) {
        const other = Buffer.from(written);
        other[at] ^= 1;
        writeFileSync(file, other);
        await assert.rejects(storage.read('rec'), /checksum mismatch/);
      }
      // Another record's file under this name: its tag covers its own name.
      writeFileSync(file, readFileSync(join(dir, 'cache', 'part.bin')));
      await assert.rejects(storage.read('rec'), /checksum mismatch/);
      // A file of an older Claimcheck (HMAC-SHA256 checksums) is said to be one.
      writeFileSync(file, Buffer.concat([Buffer.from('CLAIMCK2', 'latin1'), written.subarray(8)]));
      await assert.rejects(storage.read('rec'), /written by an older Claimcheck/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps records on disk with atomic writes, and survives a truncated file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cache-'));
    try {
      const storage = new NodeCacheStorage(join(dir, 'cache'), { secretFile: join(dir, 'secret') });
      const cold = await workspace(fresh(), storage);
      const warmFs = fresh();
      const warm = await workspace(warmFs, storage);
      assert.deepEqual(warmFs.reads, []);
      assert.deepEqual(observe(warm.ws), observe(cold.ws));
      assert.ok(readdirSync(join(dir, 'cache')).every((name) => name.endsWith('.bin')), 'no temporary files or locks left');
      for (const name of readdirSync(join(dir, 'cache'))) writeFileSync(join(dir, 'cache', name), Buffer.from([0xff, 0x0f, 0x01]));
      const fs = fresh();
      const rebuilt = await workspace(fs, storage);
      assert.equal(fs.reads.length, 4);
      assert.equal(rebuilt.ws.warnings.filter((w) => w.message.startsWith('Index cache')).length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a build offered to someone else (the language server\'s build worker)', () => {
    const bytesOf = (fs: MemoryFileSystem, paths: string[]) => Promise.all(paths.map(async (p) => (await fs.stat(p))!.size)).then((s) => s.reduce((a, b) => a + b, 0));

    it('is offered the files the cache lacks, and restores what the other builder saved instead of reading', async () => {
      const cache = new MemoryCacheStorage();
      const fs = fresh();
      const offers: { files: number; bytes: number }[] = [];
      const ws = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache });
      const stats = await ws.build(undefined, undefined, {
        buildElsewhere: async (pending) => {
          offers.push(pending);
          // Another workspace on the same cache and files: what the worker does.
          await workspace(fresh(), cache);
          return true;
        },
      });
      assert.deepEqual(offers, [{ files: 4, bytes: await bytesOf(fs, Object.keys(files)) }]);
      assert.deepEqual(fs.reads, []);
      assert.equal(stats.read, 0);
      assert.equal(stats.cached, 4);
      assert.deepEqual(observe(ws), observe((await workspace(fresh())).ws));
    });

    it('reads the files changed after the other builder read them, and nothing else', async () => {
      const cache = new MemoryCacheStorage();
      const fs = fresh();
      const ws = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache });
      const edited = 'Heavy rain fell in the south. Rivers flooded three towns.';
      const stats = await ws.build(undefined, undefined, {
        buildElsewhere: async () => {
          await workspace(fresh(), cache);
          fs.write('/ws/sources/page.html', edited, 3000);
          return true;
        },
      });
      assert.deepEqual(fs.reads, ['/ws/sources/page.html']);
      assert.equal(stats.read, 1);
      const expected = fresh();
      expected.write('/ws/sources/page.html', edited, 3000);
      assert.deepEqual(observe(ws), observe((await workspace(expected)).ws));
    });

    it('is offered only what changed since the cache was saved; not at all when nothing did, or without a cache', async () => {
      const cache = new MemoryCacheStorage();
      await workspace(fresh(), cache);
      const offers: { files: number; bytes: number }[] = [];
      const offer = { buildElsewhere: async (pending: { files: number; bytes: number }) => (offers.push(pending), false) };
      await new SourceWorkspace(fresh(), '/ws', DEFAULT_CONFIG, undefined, { cache }).build(undefined, undefined, offer);
      assert.deepEqual(offers, []);
      const fs = fresh();
      fs.write('/ws/sources/budget.md', 'The budget fell.', 4000);
      const stats = await new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache }).build(undefined, undefined, offer);
      assert.deepEqual(offers, [{ files: 1, bytes: 'The budget fell.'.length }]);
      assert.equal(stats.read, 1);
      await new SourceWorkspace(fresh(), '/ws', DEFAULT_CONFIG).build(undefined, undefined, offer);
      assert.equal(offers.length, 1);
    });

    it('reads everything itself when the other builder fails, and stops with its error when it rejects', async () => {
      const cache = new MemoryCacheStorage();
      const fs = fresh();
      const stats = await new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG, undefined, { cache }).build(undefined, undefined, { buildElsewhere: async () => false });
      assert.equal(stats.read, 4);
      assert.equal(fs.reads.length, 4);
      const refused = fresh();
      const ws = new SourceWorkspace(refused, '/ws', DEFAULT_CONFIG, undefined, { cache: new MemoryCacheStorage() });
      await assert.rejects(ws.build(undefined, undefined, { buildElsewhere: () => Promise.reject(new Error('out of memory')) }), /out of memory/);
      assert.deepEqual(refused.reads, []);
      assert.equal(ws.index.documentCount, 0);
    });
  });
});
