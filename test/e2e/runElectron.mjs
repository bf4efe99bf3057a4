#!/usr/bin/env node
// Runs the same Mocha suite (out/e2e/suite/index.js) in a desktop VS Code downloaded by @vscode/test-electron.
// For desktops with internet: it downloads VS Code 1.100.3 into .vscode-test/ on first use. On the CI machines,
// which reach only the npm registry, the download fails: use `npm run test:e2e` (code-server) there.
//
//   npm run test:electron [-- --grep <pattern>]
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanup, copyWorkspace, fixtureWorkspace, installSignalHandlers, makeTempDir, repoRoot } from './harness.mjs';

const { values: options } = parseArgs({ options: { grep: { type: 'string' }, version: { type: 'string', default: '1.100.3' } } });
installSignalHandlers();

let exitCode = 1;
try {
  const workspace = copyWorkspace(fixtureWorkspace);
  exitCode = await runTests({
    version: options.version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'e2e', 'suite', 'index.js'),
    extensionTestsEnv: options.grep ? { CLAIMCHECK_E2E_GREP: options.grep } : {},
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(makeTempDir('electron-user'), 'user-data'),
    ],
  });
} catch (error) {
  console.error(`[e2e] the Electron run failed: ${error?.message ?? error}`);
  console.error('[e2e] (@vscode/test-electron downloads VS Code; without internet use `npm run test:e2e` instead.)');
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
