// Runs every `*.test.ts` under the given folders with Node's own test runner, through tsx.
// Usage: node test/run-node-tests.mjs [--one-process] test/unit [test/lsp …]
//
// By default `node --test` starts one process per file (isolation, at the cost of loading tsx and the modules
// again for each: the unit suite spent most of its time so). With --one-process the files are imported into
// a single process (test/import-all.mjs) and the runner reports every test the same way; Node 20 has no
// `--experimental-test-isolation=none` to ask for that.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...collect(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const args = process.argv.slice(2);
const oneProcess = args.includes('--one-process');
const dirs = args.filter((a) => a !== '--one-process');
const files = dirs.flatMap(collect);
if (files.length === 0) {
  console.error(`No test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const setup = join(here, 'fast-check-setup.cjs');
const runner = oneProcess ? [join(here, 'import-all.mjs')] : ['--test'];
const result = spawnSync(process.execPath, ['--require', setup, '--import', 'tsx', '--test-reporter=spec', ...runner, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
