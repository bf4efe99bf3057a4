// Runs every `*.test.ts` under the given folders with Node's own test runner, through tsx.
// Usage: node test/run-node-tests.mjs test/unit [test/lsp …]
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

const dirs = process.argv.slice(2);
const files = dirs.flatMap(collect);
if (files.length === 0) {
  console.error(`No test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const setup = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'fast-check-setup.cjs');
const result = spawnSync(process.execPath, ['--require', setup, '--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
