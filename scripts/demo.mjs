// `npm run demo`: checks the bundled example drafts with the CLI, from inside the example workspace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cwd = join(root, 'examples', 'newsroom');
const args = [join(root, 'bin', 'claimcheck.js'), 'check', 'drafts/amnesty.md', 'drafts/harbour.md', ...process.argv.slice(2)];
console.log(`$ cd examples/newsroom && claimcheck ${args.slice(1).join(' ')}\n`);
const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
if (result.status === 1) {
  console.log('\n(claimcheck exits with status 1 when a finding has error severity: a CI job would fail here.)');
  process.exit(0);
}
process.exit(result.status ?? 2);
