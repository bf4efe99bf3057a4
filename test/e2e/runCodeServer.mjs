#!/usr/bin/env node
// Runs the extension's Mocha suite (out/e2e/suite/index.js) inside a real VS Code: the server that the npm
// package `code-server` ships, with Debian's Chromium as the window, on a copy of the fixture workspace.
//
//   npm run test:e2e                      build, then run the whole suite
//   node test/e2e/runCodeServer.mjs [--grep <pattern>] [--workspace <dir>] [--extension <dir>] [--verbose] [--headed]
//
// Environment: CLAIMCHECK_E2E_TIMEOUT_MS (deadline of the run once code-server is installed, default 8 minutes),
// CLAIMCHECK_E2E_INSTALL_TIMEOUT_MS (deadline of the first run's install, default 15 minutes), CLAIMCHECK_E2E_CHROMIUM,
// CLAIMCHECK_E2E_RG (binaries), CLAIMCHECK_E2E_VERBOSE=1 (relay the server's own log).
// Exit code: the suite's (0 when every test passed), 1 for a harness failure or the deadline.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  HarnessError, PROBE_PREFIX, answerProbe, armDeadline, cleanup, copyWorkspace, deadlinesFromEnv, ensureCodeServer, fixtureWorkspace,
  installSignalHandlers, launchBrowser, log, makeTempDir, preflight, repoRoot, seconds, startServer, workbenchUrl,
} from './harness.mjs';

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    workspace: { type: 'string' },
    // The extension folder to load (default: this repository).
    extension: { type: 'string' },
    verbose: { type: 'boolean', default: process.env.CLAIMCHECK_E2E_VERBOSE === '1' },
    headed: { type: 'boolean', default: false },
  },
});

/** Workbench log lines that say nothing about the suite; shown with --verbose. */
const KNOWN_NOISE = [
  /open-vsx\.org/, // the extension gallery is unreachable offline (see the doc)
  /getaddrinfo ENOTFOUND/,
  /^Creating a socket/,
  /^Resolv(ing|ed) connection token/,
  /^Creation of workbench contribution/,
  /^\[Service Worker\] registration/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
];

const started = Date.now();
const { installMs, runMs } = deadlinesFromEnv();
let deadline = started + installMs;
let phase = 'starting';
installSignalHandlers();
let disarm = armDeadline(installMs, () => phase, 'install deadline');
const abort = new AbortController();
const failurePng = join(repoRoot, '.cache', 'e2e-failure.png');

async function main() {
  phase = 'checking prerequisites';
  const { chromium, rg } = preflight();
  const extensionPath = resolve(options.extension ?? repoRoot);
  const extensionMain = join(extensionPath, 'dist', 'extension.js');
  const testsIndex = join(repoRoot, 'out', 'e2e', 'suite', 'index.js');
  if (!existsSync(extensionMain)) throw new HarnessError(`${extensionMain} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  if (!existsSync(testsIndex)) throw new HarnessError(`${testsIndex} is missing: run \`node test/e2e/build.mjs\` first (npm run test:e2e does).`);

  phase = 'installing code-server into .cache/code-server';
  const t0 = Date.now();
  const { serverMain, installed } = await ensureCodeServer({ rg, deadline, signal: abort.signal });
  log(installed ? `code-server ready (installed in ${seconds(t0)})` : 'code-server already installed');
  // The run's own deadline starts now, so a slow first install does not eat into it.
  disarm();
  deadline = Date.now() + runMs;
  disarm = armDeadline(runMs, () => phase, 'run deadline');

  phase = 'copying the workspace';
  const workspace = copyWorkspace(resolve(options.workspace ?? fixtureWorkspace));
  log(`workspace: ${workspace}`);

  phase = "starting VS Code's server";
  const t1 = Date.now();
  // The suite asks the runner about the UI through this folder (harness.mjs, `answerProbe`).
  const probeDir = makeTempDir('probe');
  const env = { CLAIMCHECK_E2E_PROBE_DIR: probeDir, ...(options.grep ? { CLAIMCHECK_E2E_GREP: options.grep } : {}) };
  // A writer's own folder is trusted; `files.autoSave` is pinned in the fixture's workspace settings.
  const userSettings = { 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false };
  const server = await startServer({ serverMain, deadline, env, userSettings, verbose: options.verbose });
  log(`server listening on ${server.origin} after ${seconds(t1)}`);

  phase = 'launching Chromium';
  const browser = await launchBrowser({ chromium, headless: !options.headed });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  let exit;
  const exited = new Promise((r) => (exit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    const line = parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
    if (line.includes(PROBE_PREFIX)) {
      // Not awaited: the page is waiting for this call to return.
      void answerProbe(page, probeDir, line);
      return;
    }
    if (!options.verbose && KNOWN_NOISE.some((pattern) => pattern.test(line))) return;
    if (type === 'error') console.error(line);
    else console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => exit(typeof code === 'number' ? code : 1));
  page.on('crash', () => exit(new HarnessError('The workbench page crashed')));
  if (options.verbose) page.on('console', (message) => console.log(`[page:${message.type()}] ${message.text()}`));

  phase = 'running the suite in the workbench';
  const url = workbenchUrl({
    server,
    folder: workspace,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: testsIndex,
  });
  const t2 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
  const code = await exited;
  if (code instanceof Error) throw code;
  log(`suite finished with exit code ${code} after ${seconds(t2)} in the workbench (total ${seconds(started)})`);
  if (code !== 0) {
    if (!options.verbose) log(`last lines of the server's output:\n${server.output.slice(-30).join('\n')}`);
    await page.screenshot({ path: failurePng, timeout: 10_000 }).then(() => log(`the workbench at the end: ${failurePng}`), () => {});
  }
  return code;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[e2e] FAILED while ${phase}: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  exitCode = 1;
} finally {
  abort.abort();
  phase = 'stopping the browser and the server';
  await cleanup();
  disarm();
}
process.exit(exitCode);
