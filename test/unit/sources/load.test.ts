import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type ClaimcheckConfig } from '../../../server/src/core/config';
import { MemoryFileSystem, normalizePath, type SourceFileSystem } from '../../../server/src/core/fs';
import { isSourceFile, loadSourceFile, loadSources } from '../../../server/src/core/sources/load';
import { CancelledError } from '../../../server/src/core/types';
import { NodeFileSystem } from '../../../server/src/node/fileSystem';

const config = (over: Partial<ClaimcheckConfig> = {}): ClaimcheckConfig => ({ ...DEFAULT_CONFIG, ...over });

function workspace() {
  return new MemoryFileSystem({
    '/ws/sources/b.txt': 'Second file.',
    '/ws/sources/a.md': '# Alpha\n\nFirst file.',
    '/ws/sources/sub/c.html': '<title>C</title><p>Deep file.</p>',
    '/ws/sources/sub/notes.xlsx': 'PK',
    '/ws/sources/.git/hidden.txt': 'never read',
    '/ws/sources/node_modules/pkg/readme.md': 'never read',
    '/ws/sources/collection.jsonl': '{"_id": "r1", "title": "R", "text": "Record one."}\n{"_id": "r2", "text": "Record two."}\n',
    '/ws/drafts/draft.md': 'Not a source.',
    '/ws/extra/x.txt': 'Extra.',
  });
}

test('folders are walked recursively in path order; ids are root-relative, keys are file names or record ids', async () => {
  const r = await loadSources(workspace(), '/ws', config());
  assert.deepEqual(r.files, ['/ws/sources/a.md', '/ws/sources/b.txt', '/ws/sources/collection.jsonl', '/ws/sources/sub/c.html']);
  assert.deepEqual(
    r.documents.map((d) => [d.id, d.key, d.format, d.title]),
    [
      ['sources/a.md', 'a', 'markdown', 'Alpha'],
      ['sources/b.txt', 'b', 'text', undefined],
      ['r1', 'r1', 'jsonl', 'R'],
      ['r2', 'r2', 'jsonl', undefined],
      ['sources/sub/c.html', 'c', 'html', 'C'],
    ],
  );
  assert.deepEqual(r.warnings, []);
  assert.equal(r.documents[0].file, '/ws/sources/a.md');
});

test('single files, globs and absolute paths as sources; duplicates are read once', async () => {
  const r = await loadSources(workspace(), '/ws', config({ sources: ['extra/x.txt', 'sources/**/*.{html,txt}', '/ws/extra', './sources/b.txt'] }));
  assert.deepEqual(r.files, ['/ws/extra/x.txt', '/ws/sources/b.txt', '/ws/sources/sub/c.html']);
});

test('excludes apply to files and prune folders; dot-folders and node_modules are excluded by default', async () => {
  const r = await loadSources(workspace(), '/ws', config({ exclude: [...DEFAULT_CONFIG.exclude, '**/sub/**', '**/*.jsonl'] }));
  assert.deepEqual(r.files, ['/ws/sources/a.md', '/ws/sources/b.txt']);
  // A root inside a dot-folder still works: excludes match paths relative to the root.
  const fs = new MemoryFileSystem({ '/home/u/.cache/ws/sources/a.txt': 'Inside a dot folder.' });
  assert.deepEqual((await loadSources(fs, '/home/u/.cache/ws', config())).files, ['/home/u/.cache/ws/sources/a.txt']);
});

test('a missing source folder is one warning, not an exception', async () => {
  const r = await loadSources(workspace(), '/ws', config({ sources: ['nope', 'sources/b.txt', 'gone/**/*.md'] }));
  assert.deepEqual(r.files, ['/ws/sources/b.txt']);
  assert.deepEqual(r.warnings.map((w) => [w.code, w.file]), [['missing', '/ws/nope'], ['missing', '/ws/gone']]);
});

test('binary, too large, unreadable, unsupported and invalid UTF-8 files: one clear warning each', async () => {
  const fs = new MemoryFileSystem({
    '/ws/sources/ok.txt': 'Fine.',
    '/ws/sources/bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    '/ws/sources/big.txt': 'x'.repeat(2000),
    '/ws/sources/latin.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]),
  });
  const failing: SourceFileSystem = {
    stat: (p) => fs.stat(p),
    readDirectory: (p) => fs.readDirectory(p),
    readFile: async (p) => {
      if (p.endsWith('ok.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.readFile(p);
    },
  };
  const r = await loadSources(failing, '/ws', config({ maxFileSize: 1000 }));
  const byCode = Object.fromEntries(r.warnings.map((w) => [w.code, w]));
  assert.deepEqual(Object.keys(byCode).sort(), ['binary', 'invalid-utf8', 'too-large', 'unreadable']);
  assert.equal(r.warnings.length, 4);
  assert.match(byCode['too-large'].message, /sources\/big\.txt.*2\.0 KB.*1000 bytes.*maxFileSize/);
  assert.match(byCode.unreadable.message, /permission denied/);
  assert.deepEqual(r.documents.map((d) => [d.id, d.text]), [['sources/latin.txt', 'caf\uFFFD.']]);
  assert.deepEqual(r.files, ['/ws/sources/latin.txt']);
  const unsupported = await loadSources(workspace(), '/ws', config({ sources: ['sources/sub/notes.xlsx'] }));
  assert.deepEqual(unsupported.warnings.map((w) => w.code), ['unsupported']);
});

test('loadSourceFile re-reads one file; isSourceFile follows sources and excludes', async () => {
  const fs = workspace();
  fs.write('/ws/sources/b.txt', 'Changed text.');
  const one = await loadSourceFile(fs, '/ws/sources/b.txt', '/ws', config());
  assert.deepEqual(one.documents.map((d) => [d.id, d.text]), [['sources/b.txt', 'Changed text.']]);
  const gone = await loadSourceFile(fs, '/ws/sources/deleted.txt', '/ws', config());
  assert.deepEqual([gone.documents, gone.warnings.map((w) => w.code)], [[], ['missing']]);

  const c = config({ sources: ['sources', 'extra/*.txt'] });
  assert.equal(isSourceFile('/ws/sources/new.md', '/ws', c), true);
  assert.equal(isSourceFile('/ws/sources/deep/er/new.htm', '/ws', c), true);
  assert.equal(isSourceFile('/ws/extra/x.txt', '/ws', c), true);
  assert.equal(isSourceFile('/ws/extra/sub/x.txt', '/ws', c), false);
  assert.equal(isSourceFile('/ws/sources/.git/x.txt', '/ws', c), false);
  assert.equal(isSourceFile('/ws/sources/node_modules/x.md', '/ws', c), false);
  assert.equal(isSourceFile('/ws/sources/image.png', '/ws', c), false);
  assert.equal(isSourceFile('/ws/drafts/draft.md', '/ws', c), false);
  assert.equal(isSourceFile('/ws/sourcesX/a.txt', '/ws', c), false);
});

test('cancellation between files throws CancelledError', async () => {
  let reads = 0;
  const fs = workspace();
  const token = { get isCancellationRequested() { return reads >= 1; } };
  const counting: SourceFileSystem = { stat: (p) => fs.stat(p), readDirectory: (p) => fs.readDirectory(p), readFile: (p) => (reads++, fs.readFile(p)) };
  await assert.rejects(loadSources(counting, '/ws', config(), token), CancelledError);
  assert.equal(reads, 1);
});

test('the fixture folder on disk', async () => {
  const root = normalizePath(fileURLToPath(new URL('../../fixtures', import.meta.url)));
  const r = await loadSources(new NodeFileSystem(), root, config({ sources: ['sources'] }));
  assert.deepEqual(r.files.map((f) => f.slice(root.length + 1)), ['sources/corpus.jsonl', 'sources/latin1.txt', 'sources/notes.md', 'sources/page.html', 'sources/transcript.txt']);
  assert.deepEqual(r.warnings.map((w) => [w.code, w.file.slice(root.length + 1)]), [
    ['binary', 'sources/binary.txt'],
    ['malformed', 'sources/corpus.jsonl'],
    ['invalid-utf8', 'sources/latin1.txt'],
  ]);
  assert.deepEqual(r.documents.map((d) => d.id), ['101', '102', '104', 'sources/latin1.txt', 'sources/notes.md', 'sources/page.html', 'sources/transcript.txt']);
});

test('loadSourceText loads an editor buffer like the file', async () => {
  const { loadSourceText } = await import('../../../server/src/core/sources/load');
  const r = loadSourceText('/ws/sources/notes.md', '\uFEFF# Unsaved\n\nBuffer text.', '/ws');
  assert.deepEqual(r.documents.map((d) => [d.id, d.key, d.title, d.text]), [['sources/notes.md', 'notes', 'Unsaved', 'Unsaved\n\nBuffer text.']]);
  assert.deepEqual(r.documents[0].filePosition(r.documents[0].toFileOffset(9)), { line: 2, character: 0 });
  assert.deepEqual(loadSourceText('/ws/a.pdf', 'x', '/ws').warnings.map((w) => w.code), ['unsupported']);
});
