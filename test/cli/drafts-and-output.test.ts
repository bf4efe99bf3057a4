/**
 * The command line as issue 10 found it: drafts picked by a rule of its own (item 3), `--help` failing on
 * subcommands and ragged columns (item 10), no coverage. The built bin/claimcheck.js on real folders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const example = join(root, 'examples', 'newsroom');

function run(args: string[], cwd: string, command: string[] = [process.execPath, bin]) {
  const result = spawnSync(command[0], [...command.slice(1), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempWorkspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const KCNA = 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';
const WEATHER = 'Heavy snow closed the roads around Hyesan for three days in January.\n';

test('--help works on every command, and an unknown option points to the command\'s help', () => {
  for (const args of [['check', '--help'], ['check', '-h'], ['search', '--help'], ['search', 'some query', '-h'], ['help', 'search']]) {
    const { code, stdout, stderr } = run(args, tmpdir());
    assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
    assert.match(stdout, new RegExp(`^claimcheck ${args[0] === 'help' ? args[1] : args[0]} <`), args.join(' '));
    assert.match(stdout, /-h, --help/);
  }
  const { code, stderr } = run(['search', 'x', '--bogus'], tmpdir());
  assert.equal(code, 2);
  assert.match(stderr, /Unknown option '--bogus'.*\(see claimcheck search --help\)/);
});

test('text output: every column starts at the same place, then a coverage line', () => {
  const { stdout } = run(['check', 'drafts/amnesty.md', 'drafts/harbour.md', '--no-cache'], example);
  const findings = stdout.split('\n').filter((l) => l.startsWith('drafts/'));
  assert.ok(findings.length >= 5);
  // Line 9 and line 27, column 115 have locations of different widths: the columns still line up.
  for (const column of [/ (error|warning) /, /(contradicted-claim|unsupported-claim|altered-quote|unverified-quote|unknown-citation|misattributed-quote)/]) {
    const starts = new Set(findings.map((l) => l.search(column)));
    assert.equal(starts.size, 1, `one start for ${column}:\n${findings.join('\n')}`);
  }
  const messageStarts = new Set(findings.map((l) => l.search(/ {2}(The|No|This|These) /)));
  assert.equal(messageStarts.size, 1, `messages start in one column:\n${findings.join('\n')}`);
  // The example's two drafts use every source (the harbour story its PDF, Word file and transcript). Supported and
  // clear: 5 of the amnesty story's 12 claims (line 23 is supported too, but holds an altered quote: flagged, not
  // supported; line 25 is contradicted, its guard said "within a year"), 7 of the harbour story's 12 (every figure,
  // date and name must be stated: "Eastport" on line 9 by the report's byline, "Tuesday" on line 17 by the
  // release's "today" of Tuesday 5 March 2024; line 27's quote is Okafor's words, not Brennan's: flagged).
  // Quotes verified: neither the altered ones nor the misattributed one.
  assert.match(stdout, /^Coverage: 12 of 24 claims supported \(50%\), \d+ on a single source, 2 more supported with a flagged quote, speaker or citation; 5 of 9 quotes verified, 1 misattributed; every source used\.$/m);
});

test('coverage: sources never used, in the text and in JSON summary.coverage and per file', () => {
  const dir = tempWorkspace({
    'sources/kcna.txt': KCNA,
    'sources/weather.txt': WEATHER,
    'drafts/a.md': 'On January 10, KCNA announced a prisoner amnesty to be conducted in February. [@kcna]\n\nThe health ministry opened 40 new clinics in 2011.\n',
  });
  try {
    const text = run(['check', 'drafts', '--no-cache'], dir);
    assert.match(text.stdout, /^Coverage: 1 of 2 claims supported \(50%\), 1 on a single source; source never used: sources\/weather\.txt\.$/m, text.stdout);
    const json = JSON.parse(run(['check', 'drafts', '--no-cache', '--format', 'json'], dir).stdout);
    const expected = {
      claims: 2,
      supported: 1,
      supportedShare: 0.5,
      singleSource: 1,
      flagged: 0,
      sources: 2,
      unusedSources: ['sources/weather.txt'],
      quotes: 0,
      quotesVerified: 0,
      quotesMisattributed: 0,
    };
    assert.deepEqual(json.summary.coverage, expected);
    assert.deepEqual(json.files[0].coverage, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('drafts in folders follow the one rule: the config\'s excludes (not a rule of the CLI\'s own), sources, size, binary', () => {
  const dir = tempWorkspace({
    '.claimcheck.json': JSON.stringify({ sources: ['sources'], exclude: ['README.md'] }),
    'sources/kcna.txt': KCNA,
    'README.md': 'This folder holds the amnesty story, filed on January 10.\n',
    'drafts/a.md': 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n',
    // Not excluded by this config (its exclude has no dot-folder glob): a draft like any other.
    '.notes/b.md': 'The amnesty marks the 100th birthday of Kim Il Sung.\n',
    'drafts/huge.txt': 'The amnesty marks the 100th birthday of Kim Il Sung. '.repeat(25_000),
    'drafts/scan.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  try {
    const { stdout, stderr } = run(['check', '.', '--no-cache', '--format', 'json'], dir);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths, ['.notes/b.md', 'drafts/a.md']);
    assert.match(stderr, /drafts\/huge\.txt is not checked: it is larger than 1024 KiB/);
    assert.match(stderr, /drafts\/scan\.txt is not checked: it looks like a binary file/);
    assert.doesNotMatch(stderr, /README/);
    // Named explicitly, an excluded file is checked; a source is not.
    const explicit = run(['check', 'README.md', 'sources/kcna.txt', '--no-cache', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(explicit.stdout).files.map((f: { path: string }) => f.path), ['README.md']);
    assert.match(explicit.stderr, /sources\/kcna\.txt is a source document, not a draft\. Skipped\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('installed outside the repository (npm link or npm install -g make a link to bin/claimcheck.js), it runs from any folder', () => {
  const dir = tempWorkspace({ 'sources/kcna.txt': KCNA, 'story.md': 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n' });
  const binDir = mkdtempSync(join(tmpdir(), 'claimcheck-bin-'));
  try {
    const link = join(binDir, 'claimcheck');
    symlinkSync(bin, link);
    const { code, stdout, stderr } = run(['check', 'story.md', '--no-cache'], dir, [link]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Claims: 1 \(1 supported/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(binDir, { recursive: true, force: true });
  }
});
