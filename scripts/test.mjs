// `npm test`: every suite in order — type-check, build, unit, CLI, language server, grammar, and the extension in
// a real VS Code — stopping at the first failure, then one closing line with the totals.
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', 'npm run typecheck'],
  ['build', 'npm run build'],
  ['unit', 'npm run test:unit'],
  ['cli', 'npm run test:cli'],
  ['lsp', 'npm run test:lsp'],
  ['grammar', 'npm run test:grammar'],
  ['e2e', 'npm run test:e2e'],
];
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

for (const [name, command] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${command}`);
  const { code, tail } = await run(command);
  // Node's test runner ends with "ℹ pass N" / "ℹ fail N"; Mocha with "N passing" / "N failing".
  const count = (re) => Number(tail.match(re)?.[1] ?? 0);
  passed += count(/ℹ pass (\d+)/) + count(/(\d+) passing/);
  failed += count(/ℹ fail (\d+)/) + count(/(\d+) failing/);
  if (code !== 0) {
    console.log(`\n=== ${name} failed (exit ${code})`);
    if (failed === 0) failed = 1;
    console.log(`tests: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
