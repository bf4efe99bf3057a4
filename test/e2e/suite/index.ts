// Entry point of the real-VS-Code suite: the extension host `require`s this file and calls `run()`
// (the contract of `extensionTestsPath`, the same under code-server and @vscode/test-electron).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export async function run(): Promise<void> {
  // The extension host forwards console calls to the runner unformatted ("%s%s" and the arguments apart),
  // so hand it finished lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // Generous: the machine is shared, and the first test also waits for the language server to index.
    timeout: 90_000,
    slow: 10_000,
  });
  const grep = process.env.CLAIMCHECK_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`No compiled tests next to ${__filename}`);
  for (const file of files) mocha.addFile(join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the real-VS-Code tests failed`);
}
