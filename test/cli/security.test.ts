/**
 * Hostile workspaces and damaged caches, through the real command line (issue 11): a cache shipped inside a
 * repository, records that are devices or FIFOs, swapped index parts, symbolic-link loops, colliding JSONL ids,
 * a reader that closes the pipe early, and where the default cache goes (issue 10). Each case runs the built
 * bin/claimcheck.js in a temporary folder, with its own platform cache folder (XDG_CACHE_HOME).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
/** A hang is a failure, not a stuck suite: every run is killed after this long. */
const HANG = 60_000;

function run(args: string[], cwd: string, cacheHome: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: HANG,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const KCNA = 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';
const WRONG = 'On January 15, KCNA announced a prisoner amnesty to be conducted in February. [@kcna]\n';

/** A workspace with one source and a draft whose date the source contradicts (exit 1). */
function contradicted(): { dir: string; cacheHome: string; dispose(): void } {
  const dir = tempDir('claimcheck-sec-');
  const cacheHome = tempDir('claimcheck-xdg-');
  writeFiles(dir, { 'sources/kcna.txt': KCNA, 'draft.md': WRONG });
  return { dir, cacheHome, dispose: () => [dir, cacheHome].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** Replaces `from` by `to` (same length) in every cache file that holds it; returns how many files changed. */
function tamper(cacheDir: string, from: string, to: string): number {
  assert.equal(from.length, to.length);
  let changed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from(from, 'latin1'));
    if (at < 0) continue;
    Buffer.from(to, 'latin1').copy(bytes, at);
    writeFileSync(file, bytes);
    changed++;
  }
  return changed;
}

function cacheWarnings(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /Index cache/.test(l));
}

test('a cache shipped inside the repository never changes what a source says', () => {
  const ws = contradicted();
  try {
    // An attacker makes a cache in the repository and edits the cached text: "January 10" -> "January 15".
    assert.equal(run(['check', 'draft.md', '--cache', '.claimcheck/cache'], ws.dir, ws.cacheHome).code, 1);
    assert.ok(tamper(join(ws.dir, '.claimcheck', 'cache'), 'January 10', 'January 15') > 0, 'the cached text was found');
    // By default the cache in the folder is not even read.
    const plain = run(['check', 'draft.md'], ws.dir, ws.cacheHome);
    assert.equal(plain.code, 1, plain.stdout + plain.stderr);
    assert.match(plain.stdout, /The source gives January 10, not January 15/);
    // Pointed at it explicitly, it is refused (one warning) and the index is rebuilt from the sources.
    const explicit = run(['check', 'draft.md', '--cache', '.claimcheck/cache'], ws.dir, ws.cacheHome);
    assert.equal(explicit.code, 1, explicit.stdout + explicit.stderr);
    assert.match(explicit.stdout, /The source gives January 10, not January 15/);
    assert.equal(cacheWarnings(explicit.stderr).length, 1, explicit.stderr);
    // The rebuilt cache is this user's own: the next run uses it without a warning.
    const again = run(['check', 'draft.md', '--cache', '.claimcheck/cache'], ws.dir, ws.cacheHome);
    assert.equal(again.code, 1);
    assert.equal(again.stderr, '');
  } finally {
    ws.dispose();
  }
});

test("a cache written by another user's Claimcheck (another secret) is not trusted, even untouched", () => {
  const ws = contradicted();
  const otherHome = tempDir('claimcheck-xdg-other-');
  try {
    assert.equal(run(['check', 'draft.md', '--cache', 'shared-cache'], ws.dir, otherHome).code, 1);
    const mine = run(['check', 'draft.md', '--cache', 'shared-cache'], ws.dir, ws.cacheHome);
    assert.equal(mine.code, 1);
    assert.equal(cacheWarnings(mine.stderr).length, 1, mine.stderr);
    assert.match(mine.stderr, /not written by this user's Claimcheck/);
  } finally {
    ws.dispose();
    rmSync(otherHome, { recursive: true, force: true });
  }
});

test('a cache record that is a link to /dev/zero or a FIFO does not hang the run: one warning, then a rebuild', { skip: process.platform === 'win32' }, () => {
  for (const kind of ['dev-zero', 'fifo'] as const) {
    const ws = contradicted();
    try {
      const cache = join(ws.dir, 'cache');
      assert.equal(run(['check', 'draft.md', '--cache', cache], ws.dir, ws.cacheHome).code, 1);
      const main = readdirSync(cache).find((n) => /^workspace-v\d+-[0-9a-f]{8}(-[0-9a-f]{16}){2}\.bin$/.test(n))!;
      assert.ok(main, readdirSync(cache).join(' '));
      unlinkSync(join(cache, main));
      if (kind === 'dev-zero') symlinkSync('/dev/zero', join(cache, main));
      else assert.equal(spawnSync('mkfifo', [join(cache, main)]).status, 0);
      const result = run(['check', 'draft.md', '--cache', cache], ws.dir, ws.cacheHome);
      assert.equal(result.signal, null, `${kind}: the run hung and was killed`);
      assert.equal(result.code, 1, `${kind}: ${result.stderr}`);
      assert.match(result.stdout, /The source gives January 10, not January 15/);
      assert.equal(cacheWarnings(result.stderr).length, 1, `${kind}: ${result.stderr}`);
      assert.match(result.stderr, /not a regular file/);
    } finally {
      ws.dispose();
    }
  }
});

test('swapping two index-part files of the cache is caught: one warning, a rebuild, the right findings', () => {
  const ws = contradicted();
  try {
    const cache = join(ws.dir, 'cache');
    assert.equal(run(['check', 'draft.md', '--cache', cache], ws.dir, ws.cacheHome).code, 1);
    const parts = readdirSync(cache).filter((n) => /-(postingBytes|sentenceSpans)-/.test(n));
    assert.equal(parts.length, 2, readdirSync(cache).join(' '));
    const [a, b] = parts.map((n) => join(cache, n));
    renameSync(a, `${a}.swap`);
    renameSync(b, a);
    renameSync(`${a}.swap`, b);
    const result = run(['check', 'draft.md', '--cache', cache], ws.dir, ws.cacheHome);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /The source gives January 10, not January 15/);
    assert.equal(cacheWarnings(result.stderr).length, 1, result.stderr);
    const again = run(['check', 'draft.md', '--cache', cache], ws.dir, ws.cacheHome);
    assert.equal(again.stderr, '', 'the broken cache was replaced');
  } finally {
    ws.dispose();
  }
});

test('two symbolic links back to the sources folder do not make the walk explode', { skip: process.platform === 'win32' }, () => {
  const ws = contradicted();
  try {
    symlinkSync('.', join(ws.dir, 'sources', 'self'));
    symlinkSync(join(ws.dir, 'sources'), join(ws.dir, 'sources', 'again'));
    const result = run(['check', 'draft.md', '--no-cache', '--format', 'json'], ws.dir, ws.cacheHome);
    assert.equal(result.signal, null, 'the walk ran until it was killed');
    assert.equal(result.code, 1, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.sources.documents, 1, 'kcna.txt once, not once per path to it');
    assert.match(result.stderr, /^claimcheck: warning: sources\/again: skipped, a link to a folder already read \(sources\)\.$/m);
    assert.match(result.stderr, /^claimcheck: warning: sources\/self: skipped/m);
  } finally {
    ws.dispose();
  }
});

test('symbolic links in a drafts folder that point back at it do not make the draft walk explode', { skip: process.platform === 'win32' }, () => {
  const ws = contradicted();
  try {
    mkdirSync(join(ws.dir, 'drafts'));
    writeFileSync(join(ws.dir, 'drafts', 'story.md'), WRONG);
    // Twenty links back to the folder: a walk bounded only by depth would read 20^depth paths.
    for (let i = 0; i < 20; i++) symlinkSync('.', join(ws.dir, 'drafts', `loop${i}`));
    const result = run(['check', 'drafts', '--no-cache', '--format', 'json'], ws.dir, ws.cacheHome);
    assert.equal(result.signal, null, 'the draft walk ran until it was killed');
    assert.equal(result.code, 1, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['drafts/story.md']);
  } finally {
    ws.dispose();
  }
});

test('a JSONL record with the id of another source keeps both documents, with a warning', () => {
  const ws = contradicted();
  try {
    writeFiles(ws.dir, {
      'sources/records.jsonl': '{"_id":"sources/kcna.txt","text":"The harbour reopened after the storm."}\n{"_id":"r2","text":"Rain."}\n{"_id":"r2","text":"Snow fell on the pass."}\n',
      'draft.md': 'On January 10, KCNA announced a prisoner amnesty to be conducted in February. [@kcna]\n\nSnow fell on the pass, the record says. [@r2]\n',
    });
    const result = run(['check', 'draft.md', '--no-cache', '--format', 'json'], ws.dir, ws.cacheHome);
    const json = JSON.parse(result.stdout);
    assert.equal(json.sources.documents, 4, result.stderr);
    assert.deepEqual(json.files[0].findings.filter((f: { code: string }) => f.code === 'unknown-citation'), []);
    assert.equal(json.files[0].claims[0].verdict, 'supported');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /records\.jsonl: .*"sources\/kcna\.txt".*sources\/kcna\.txt/);
    assert.match(result.stderr, /records\.jsonl: .*"r2"/);
  } finally {
    ws.dispose();
  }
});

test('a reader that closes the pipe early gets no stack trace (EPIPE)', async () => {
  const ws = contradicted();
  try {
    const lines = Array.from({ length: 3000 }, (_, i) => `The ministry said ${i + 1000} prisoners were released from camp number ${i} in 2012.`);
    writeFiles(ws.dir, { 'long.md': `${lines.join('\n\n')}\n` });
    const child = spawn(process.execPath, [bin, 'check', 'long.md', '--no-cache', '--format', 'json'], {
      cwd: ws.dir,
      env: { ...process.env, XDG_CACHE_HOME: ws.cacheHome },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /, stderr);
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  } finally {
    ws.dispose();
  }
});

test('the default cache goes to the platform cache folder, keyed by the real path, never into the workspace', { skip: process.platform === 'win32' }, () => {
  const ws = contradicted();
  const link = join(tempDir('claimcheck-link-'), 'story');
  try {
    assert.equal(run(['check', 'draft.md'], ws.dir, ws.cacheHome).code, 1);
    assert.deepEqual(readdirSync(ws.dir).sort(), ['draft.md', 'sources']);
    const folders = readdirSync(join(ws.cacheHome, 'claimcheck')).filter((n) => n !== 'secret');
    assert.equal(folders.length, 1, folders.join(' '));
    assert.ok(readdirSync(join(ws.cacheHome, 'claimcheck', folders[0])).some((n) => n.endsWith('.bin')));
    // The same folder reached through a symbolic link uses the same cache.
    symlinkSync(ws.dir, link);
    assert.equal(run(['check', 'draft.md'], link, ws.cacheHome).stderr, '');
    assert.deepEqual(readdirSync(join(ws.cacheHome, 'claimcheck')).filter((n) => n !== 'secret'), folders);
  } finally {
    ws.dispose();
    rmSync(join(link, '..'), { recursive: true, force: true });
  }
});

test('npm run demo leaves nothing in examples/', () => {
  const cacheHome = tempDir('claimcheck-xdg-');
  const example = join(root, 'examples', 'newsroom');
  const before = readdirSync(example).sort();
  try {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs')], {
      encoding: 'utf8',
      timeout: HANG,
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(example).sort(), before);
    assert.ok(!existsSync(join(example, '.claimcheck')));
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
});

test('--restricted reads nothing outside the current folder, by real path, whatever the config or the links say', { skip: process.platform === 'win32' }, () => {
  const base = tempDir('claimcheck-restricted-');
  const cacheHome = tempDir('claimcheck-xdg-');
  try {
    const dir = join(base, 'story');
    writeFiles(base, {
      'private/vault.txt': 'The vault combination is 41-17-29, Maria Lopez wrote.\n',
      'story/sources/kcna.txt': KCNA,
      'story/draft.md': 'The vault combination is 41-17-29, Maria Lopez wrote.\n',
      'story/.claimcheck.json': JSON.stringify({ sources: ['sources', '../private'] }),
    });
    symlinkSync(join(base, 'private', 'vault.txt'), join(dir, 'sources', 'vault.txt'));
    const open = run(['check', 'draft.md', '--no-cache', '--format', 'json'], dir, cacheHome);
    assert.equal(JSON.parse(open.stdout).files[0].claims[0].verdict, 'supported', 'without --restricted the config is followed');
    const restricted = run(['check', 'draft.md', '--no-cache', '--format', 'json', '--restricted'], dir, cacheHome);
    const json = JSON.parse(restricted.stdout);
    assert.equal(json.sources.documents, 1);
    assert.equal(json.files[0].claims[0].verdict, 'unsupported');
    assert.doesNotMatch(restricted.stdout, /41-17-29.*vault|vault\.txt/);
    assert.match(restricted.stderr, /Source "\.\.\/private": not read, .* is outside the workspace folders/);
    assert.match(restricted.stderr, /sources\/vault\.txt: not read, .*really .*private\/vault\.txt/);
    const draftOutside = run(['check', '../private/vault.txt', '--no-cache', '--restricted'], dir, cacheHome);
    assert.equal(draftOutside.code, 2);
    assert.match(draftOutside.stderr, /not read, .*outside the workspace folders/);
  } finally {
    rmSync(base, { recursive: true, force: true });
    rmSync(cacheHome, { recursive: true, force: true });
  }
});
