/**
 * The one rule of what a draft is (core/drafts.ts), as the server, the CLI and the quick pick use it. Named
 * after issue 10, item 3: the quick pick listed README.md although `.claimcheck.json` excluded it; the CLI skipped
 * dot folders and node_modules by a rule of its own and had no size cap; the server did not skip binary files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, resolveConfig } from '../../../server/src/core/config';
import {
  classifyDraftPath,
  classifyUntitled,
  draftTextProblem,
  findDrafts,
  MAX_DRAFT_SIZE,
  readDraftFile,
  type DraftScope,
} from '../../../server/src/core/drafts';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { isSourceFile } from '../../../server/src/core/sources/load';

const ROOT = '/ws';

function scope(settings: unknown = {}): DraftScope {
  const { config } = resolveConfig(settings);
  return { root: ROOT, config, isSource: (path) => isSourceFile(path, ROOT, config) };
}

test('by name and place: drafts are .md/.markdown/.txt outside the sources, the excludes and the config file', () => {
  const s = scope({ exclude: [...DEFAULT_CONFIG.exclude, 'README.md', 'archive/**'] });
  const cases: [string, string | true][] = [
    ['/ws/drafts/story.md', true],
    ['/ws/story.markdown', true],
    ['/ws/notes/STORY.TXT', true], // extensions are compared in lower case
    ['/ws/README.md', 'excluded'], // item 3: the quick pick listed it
    ['/ws/docs/README.md', true], // the glob names the root's README only
    ['/ws/archive/2019/old.md', 'excluded'],
    ['/ws/.git/COMMIT_EDITMSG.txt', 'excluded'], // dot folders, by the default excludes (not a rule of the CLI's own)
    ['/ws/node_modules/pkg/README.md', 'excluded'],
    ['/ws/sources/interview.txt', 'source'],
    ['/ws/sources/deep/notes.md', 'source'],
    ['/ws/.claimcheck.json', 'config-file'],
    ['/ws/story.html', 'kind'],
    ['/ws/story.rst', 'kind'],
    ['/ws/Makefile', 'kind'],
    ['/elsewhere/story.md', true], // outside the root: no exclude applies
  ];
  for (const [path, expected] of cases) {
    const decision = classifyDraftPath(path, s);
    assert.equal(decision.draft ? true : decision.reason, expected, path);
  }
});

test('by language for open buffers: Markdown makes a draft, an empty or unknown language falls back on the extension', () => {
  const s = scope();
  const cases: [string, string | undefined, string | true, string?][] = [
    ['/ws/story.md', 'markdown', true, 'markdown'],
    ['/ws/story.md', '', true, 'markdown'], // item 8: Neovim without filetype detection
    ['/ws/story.txt', '', true, 'text'],
    ['/ws/story.md', 'plaintext', true, 'text'], // the writer chose plain text for it
    ['/ws/story.qmd', 'markdown', true, 'markdown'], // Quarto, opened as Markdown
    ['/ws/story.rst', '', 'kind'],
    ['/ws/server.log', 'plaintext', 'kind'], // VS Code's fallback language alone does not make a draft
    ['/ws/data.csv', 'plaintext', 'kind'],
    ['/ws/sources/a.md', 'markdown', 'source'],
  ];
  for (const [path, languageId, expected, format] of cases) {
    const decision = classifyDraftPath(path, s, { languageId });
    assert.equal(decision.draft ? true : decision.reason, expected, `${path} (${languageId})`);
    if (decision.draft) assert.equal(decision.format, format, `format of ${path} (${languageId})`);
  }
  assert.equal(classifyUntitled('markdown').draft, true);
  assert.equal(classifyUntitled('plaintext').draft, true);
  assert.equal(classifyUntitled('json').draft, false);
  const refused = classifyDraftPath('/ws/story.rst', s, { languageId: 'restructuredtext' });
  assert.ok(!refused.draft && /\.rst/.test(refused.message) && /restructuredtext/.test(refused.message), 'the message says why');
});

test('a file named explicitly skips the extension test and the excludes, never the source rule', () => {
  const s = scope({ exclude: ['README.md'] });
  assert.equal(classifyDraftPath('/ws/README.md', s, { explicit: true }).draft, true);
  assert.equal(classifyDraftPath('/ws/story.text', s, { explicit: true }).draft, true);
  const source = classifyDraftPath('/ws/sources/a.txt', s, { explicit: true });
  assert.equal(source.draft ? true : source.reason, 'source');
});

test('by content: too large or binary files and buffers are refused with a message; invalid UTF-8 is read', async () => {
  const s = scope();
  const fs = new MemoryFileSystem({
    '/ws/ok.md': 'On January 10, KCNA announced an amnesty.',
    '/ws/big.txt': 'x'.repeat(MAX_DRAFT_SIZE + 1),
    '/ws/binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]),
    '/ws/latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]),
  });
  const ok = await readDraftFile(fs, '/ws/ok.md', s);
  assert.ok(ok.ok && ok.format === 'markdown' && ok.text.startsWith('On January 10'));
  const big = await readDraftFile(fs, '/ws/big.txt', s);
  assert.ok(!big.ok && big.reason === 'too-large' && big.message.startsWith('big.txt is not checked'), JSON.stringify(big));
  const binary = await readDraftFile(fs, '/ws/binary.txt', s);
  assert.ok(!binary.ok && binary.reason === 'binary', JSON.stringify(binary));
  const latin1 = await readDraftFile(fs, '/ws/latin1.txt', s);
  assert.ok(latin1.ok && latin1.invalidUtf8 && latin1.text === 'caf\ufffd.');
  const missing = await readDraftFile(fs, '/ws/gone.md', s);
  assert.ok(!missing.ok && missing.reason === 'missing');

  assert.equal(draftTextProblem('A sentence.', 'x')?.reason, undefined);
  assert.equal(draftTextProblem('a\u0000b', 'x')?.reason, 'binary');
  assert.equal(draftTextProblem('y'.repeat(MAX_DRAFT_SIZE + 1), 'x')?.reason, 'too-large');
});

test('findDrafts walks folders with the same rule, does not enter excluded folders, and stops at a limit', async () => {
  const files: Record<string, string> = {
    '/ws/README.md': 'readme',
    '/ws/drafts/a.md': 'a',
    '/ws/drafts/b.txt': 'b',
    '/ws/drafts/c.html': 'c',
    '/ws/sources/s.txt': 's',
    '/ws/.vscode/notes.md': 'hidden',
    '/ws/node_modules/x/README.md': 'dependency',
    '/ws/archive/old.md': 'old',
  };
  const reads: string[] = [];
  const memory = new MemoryFileSystem(files);
  const fs = {
    stat: (p: string) => memory.stat(p),
    readFile: (p: string) => memory.readFile(p),
    readDirectory: (p: string) => {
      reads.push(p);
      return memory.readDirectory(p);
    },
  };
  const s = scope({ exclude: [...DEFAULT_CONFIG.exclude, 'README.md', 'archive/**'] });
  const { drafts, truncated } = await findDrafts(fs, ['/ws'], s);
  assert.deepEqual(drafts, ['/ws/drafts/a.md', '/ws/drafts/b.txt']);
  assert.equal(truncated, false);
  assert.ok(!reads.includes('/ws/node_modules') && !reads.includes('/ws/.vscode') && !reads.includes('/ws/archive'), `excluded folders are not read: ${reads.join(', ')}`);
  const limited = await findDrafts(fs, ['/ws'], s, { limit: 1 });
  assert.deepEqual(limited, { drafts: ['/ws/drafts/a.md'], truncated: true });
});
