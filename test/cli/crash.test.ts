/**
 * The index cache under crashes and concurrency (issue 11, issue 15 item 7), through the real command line:
 * a run killed with SIGKILL while it indexes or while it writes the cache, then the next runs; and two runs on
 * the same cache at once, twenty times over. Whatever happens, a run gives the same findings as --no-cache, says
 * at most one thing about the cache, and the cache is whole afterwards (the next run reads it without a word,
 * no temporary file or lock is left).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const HANG = 120_000;

let dir: string;
let cacheHome: string;
/** The cache folders of the runs (outside the workspace, as a user's would be). */
let caches: string;

const TOPICS = ['harbour', 'council', 'bridge', 'school', 'budget', 'police', 'ferry', 'flood', 'railway', 'union', 'hospital', 'airport'];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-crash-'));
  cacheHome = mkdtempSync(join(tmpdir(), 'claimcheck-xdg-'));
  caches = mkdtempSync(join(tmpdir(), 'claimcheck-caches-'));
  // About 1.2 MB of sources in 40 files: two cache chunks, postings big enough to be parts of their own.
  for (let f = 0; f < 40; f++) {
    const lines: string[] = [];
    for (let k = 0; k < 300; k++) {
      const topic = TOPICS[(f + k) % TOPICS.length];
      lines.push(`Report ${f}-${k}: the ${topic} board said on March ${(k % 28) + 1}, ${1990 + (f % 30)} that ${f * 300 + k} people used the ${TOPICS[(k * 5 + f) % TOPICS.length]} service.`);
    }
    mkdirSync(join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'sources', `report-${f}.txt`), `${lines.join('\n\n')}\n`);
  }
  writeFileSync(
    join(dir, 'draft.md'),
    [
      'The harbour board said on March 2, 1990 that 1 people used the council service. [@report-0]',
      '',
      'The bridge board said on March 9, 1995 that 5000 people used the ferry service.',
      '',
      'The mayor resigned after the vote on the stadium.',
      '',
    ].join('\n'),
  );
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheHome, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function args(cache: string | undefined): string[] {
  return [bin, 'check', 'draft.md', '--format', 'json', ...(cache ? ['--cache', cache] : ['--no-cache'])];
}

function run(cache: string | undefined): Run {
  const result = spawnSync(process.execPath, args(cache), { cwd: dir, encoding: 'utf8', timeout: HANG, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function start(cache: string): { done: Promise<Run>; pid: number; kill(): void } {
  const child = spawn(process.execPath, args(cache), { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, pid: child.pid!, kill: () => child.kill('SIGKILL') };
}

function cacheLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /Index cache/.test(l));
}

/** Files a writer leaves only while it runs: temporary records, locks, locks set aside. */
function leftovers(cache: string): string[] {
  return readdirSync(cache).filter((n) => !n.endsWith('.bin'));
}

/** After a crash: the next run is right and says at most one thing; the one after it reads a whole cache silently. */
function assertRecovers(cache: string, reference: Run, what: string): void {
  const next = run(cache);
  assert.equal(next.code, reference.code, `${what}: ${next.stderr}`);
  assert.equal(next.stdout, reference.stdout, what);
  assert.ok(cacheLines(next.stderr).length <= 1, `${what}: ${next.stderr}`);
  assert.deepEqual(leftovers(cache), [], `${what}: the next run removed what the killed one left`);
  const third = run(cache);
  assert.equal(third.stdout, reference.stdout, what);
  assert.equal(third.stderr, '', `${what}: the cache is whole`);
}

test('killed while it indexes, or at any point while it writes the cache: the next run recovers', async () => {
  const reference = run(undefined);
  assert.equal(reference.code, 1, reference.stderr);
  assert.equal(reference.stderr, '');

  // While it indexes: before it has written anything.
  {
    const cache = join(caches, 'index');
    mkdirSync(cache, { recursive: true });
    const proc = start(cache);
    // Killed a moment after the start, while it reads the sources: a cold run takes several times longer here,
    // and writes the cache only at the end. (The language-server test kills at a reported progress instead.)
    await new Promise((resolve) => setTimeout(resolve, 150));
    proc.kill();
    await proc.done;
    assertRecovers(cache, reference, 'killed while indexing');
    rmSync(cache, { recursive: true, force: true });
  }

  // While it writes the cache: as it takes the lock, then at the 1st, 2nd, … record it writes (chunks, index
  // parts, the main record last), on a cold cache and on a warm one with a changed source.
  for (const warm of [false, true]) {
    // Cold: 2 chunks, 3 index parts, the main record; warm: 1 chunk, 3 parts, the main record.
    for (const at of warm ? (['lock', 1, 2, 5] as const) : (['lock', 1, 3, 6] as const)) {
      const cache = join(caches, `${warm ? 'warm' : 'cold'}-${at}`);
      mkdirSync(cache, { recursive: true });
      if (warm) {
        assert.equal(run(cache).stderr, '');
        appendFileSync(join(dir, 'sources', 'report-7.txt'), `\nA late line ${at} about the ferry.\n`);
      }
      const ref = warm ? run(undefined) : reference;
      const proc = start(cache);
      let records = 0;
      let killedWriting = false;
      const watcher = watch(cache, (_event, name) => {
        const file = String(name ?? '');
        // <name>.lock.<pid>.<hex>.tmp: the lock being made; <name>.bin.<pid>.<hex>.tmp: a record being written.
        const hit = at === 'lock' ? /\.lock\.\d+\.[0-9a-f]+\.tmp$/.test(file) : /\.bin\.\d+\.[0-9a-f]+\.tmp$/.test(file) && ++records === at;
        if (hit && !killedWriting) {
          killedWriting = true;
          proc.kill();
        }
      });
      const result = await proc.done;
      watcher.close();
      const what = `${warm ? 'warm' : 'cold'} cache, killed at ${at === 'lock' ? 'the lock' : `record ${at}`}`;
      if (killedWriting) assert.equal(result.code, null, `${what}: it was killed`);
      assertRecovers(cache, ref, what);
      rmSync(cache, { recursive: true, force: true });
    }
  }
});

test('two runs on the same cache at once, twenty times: each gives the --no-cache findings, and the cache stays whole', async () => {
  const cache = join(caches, 'shared');
  for (let round = 0; round < 20; round++) {
    // A changed source each round, so that both runs read it and both want to save.
    appendFileSync(join(dir, 'sources', `report-${round % 5}.txt`), `\nRound ${round}: the council board met again.\n`);
    const reference = run(undefined);
    const [a, b] = await Promise.all([start(cache).done, start(cache).done]);
    for (const [name, r] of [['first', a], ['second', b]] as const) {
      assert.equal(r.code, reference.code, `round ${round}, ${name}: ${r.stderr}`);
      assert.equal(r.stdout, reference.stdout, `round ${round}, ${name}`);
      assert.equal(r.stderr, '', `round ${round}, ${name}`);
    }
    assert.deepEqual(leftovers(cache), [], `round ${round}`);
  }
  const last = run(cache);
  assert.equal(last.stdout, run(undefined).stdout);
  assert.equal(last.stderr, '');
});
