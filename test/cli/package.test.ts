/**
 * Packaging, as issue 10 item 10 found it: `npm run package` left stale `.map` files beside the minified bundles,
 * and `npm ci` ended with an "install scripts not yet covered by allowScripts" warning a newcomer cannot interpret.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

test('a production build leaves no source map beside its bundles, even one from an earlier build', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-dist-'));
  try {
    for (const name of ['extension.js.map', 'server.js.map', 'analysisWorker.js.map', 'buildWorker.js.map', 'cli.js.map']) writeFileSync(join(out, name), '{"stale":true}');
    const result = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', out], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['analysisWorker.js', 'buildWorker.js', 'cli.js', 'extension.js', 'server.js']);
    const extension = readFileSync(join(out, 'extension.js'), 'utf8');
    assert.doesNotMatch(extension, /sourceMappingURL/);
    assert.ok(extension.split('\n').length < 50, 'minified');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the .vsix holds the bundles (extension, server and its analysis and build workers), the word vectors, the grammar, the schema and the docs, and no map', () => {
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  assert.ok(existsSync(vsce), 'vsce is installed');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const files = result.stdout.trim().split('\n').map((l) => l.trim()).filter(Boolean).sort();
  assert.deepEqual(files, [
    'LICENSE',
    'README.md',
    'dist/analysisWorker.js',
    'dist/buildWorker.js',
    'dist/extension.js',
    'dist/server.js',
    'dist/word-vectors.bin',
    'package.json',
    'schemas/claimcheck.schema.json',
    'syntaxes/claimcheck.injection.tmLanguage.json',
  ]);
});

test('every dependency with an install script has a decision in allowScripts (no npm ci warning; none runs)', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean; optional?: boolean }>)
    .filter(([path, entry]) => path && entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  assert.ok(withScripts.includes('esbuild'), 'the lock lists esbuild, whose postinstall only checks its binary');
  for (const name of withScripts) {
    assert.equal(manifest.allowScripts?.[name], false, `allowScripts decides on ${name}: nothing may download a binary at install time`);
  }
});
