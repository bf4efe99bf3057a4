/**
 * The bad-input matrix on the command line: every input of `test/matrix/inputs.ts` as a draft and as a source
 * at once (`claimcheck check draft.* --sources sources`, beside one ordinary source), as a user runs it. Each
 * run must end with a result or a clear message: exit 0, 1 or 2 (never a signal, never "unexpected error" or a
 * stack trace), the draft checked or refused as expected, the source indexed or skipped with its reason.
 *
 * No timing is asserted beyond a hang guard (`CEILING_MS`, far above the bound the code keeps); how long each
 * case takes is `bench/hostile.ts`'s business (docs/BENCHMARKS.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTILE_INPUTS, type HostileInput } from '../matrix/inputs';

const bin = join(resolve(__dirname, '..', '..'), 'bin', 'claimcheck.js');
/** A hang guard, not a speed target: a run killed at this point is a hang. */
const CEILING_MS = 60_000;
const BASE_SOURCE = 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';

function write(path: string, input: HostileInput): void {
  if (input.sparse !== undefined) {
    writeFileSync(path, '');
    truncateSync(path, input.sparse);
  } else writeFileSync(path, input.bytes!());
}

for (const input of HOSTILE_INPUTS) {
  test(`bad input "${input.name}" (${input.origin}) as a draft and as a source`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-matrix-'));
    try {
      mkdirSync(join(dir, 'sources'));
      writeFileSync(join(dir, 'sources', 'base.txt'), BASE_SOURCE);
      const draft = `draft${input.draftExt}`;
      const source = `hostile${input.sourceExt}`;
      write(join(dir, draft), input);
      write(join(dir, 'sources', source), input);

      const started = Date.now();
      const run = spawnSync(process.execPath, [bin, 'check', draft, '--sources', 'sources', '--no-cache', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: CEILING_MS,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
      const ms = Date.now() - started;
      const context = `${input.name}: exit ${run.status}, signal ${run.signal}, ${ms} ms\nstderr: ${run.stderr.slice(0, 2000)}`;

      assert.equal(run.signal, null, `killed (a hang past ${CEILING_MS} ms, or a crash). ${context}`);
      assert.ok(run.status === 0 || run.status === 1 || run.status === 2, context);
      assert.doesNotMatch(run.stderr, /unexpected error|Maximum call stack|heap out of memory|\n\s+at /, context);

      const json = JSON.parse(run.stdout);
      if (input.draft.checked) {
        assert.ok(run.status === 0 || run.status === 1, `the draft should be checked. ${context}`);
        assert.equal(json.files.length, 1, context);
        if (input.draft.warning) assert.match(run.stderr, new RegExp(`warning: ${draft}:\\d+:\\d+: .*(${input.draft.warning.source})`), context);
        else assert.doesNotMatch(run.stderr, new RegExp(`warning: ${draft}:`), context);
      } else {
        assert.equal(run.status, 2, `the draft should be refused. ${context}`);
        assert.match(run.stderr, new RegExp(`error: ${draft} .*(${input.draft.message.source})`), context);
        assert.equal(json.files.length, 0, context);
      }

      const sourceWarnings = run.stderr.split('\n').filter((line) => line.includes(`sources/${source}`));
      if (input.source.indexed) {
        assert.equal(json.sources.documents, 2, `the hostile source should be indexed beside the base one. ${context}`);
        if (input.source.warning) assert.ok(sourceWarnings.some((l) => input.source.indexed && input.source.warning!.test(l)), context);
        else assert.deepEqual(sourceWarnings, [], context);
      } else {
        assert.equal(json.sources.documents, 1, `the hostile source should be skipped. ${context}`);
        assert.ok(sourceWarnings.some((l) => !input.source.indexed && input.source.message.test(l)), context);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
