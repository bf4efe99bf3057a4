// The shared machinery of the real-VS-Code runs: installs VS Code's server (from the npm package
// `code-server`) into an ignored cache folder, starts it on a free loopback port with fresh state, and opens
// its workbench in Debian's Chromium through playwright-core. Used by runCodeServer.mjs (the Mocha suite)
// and screenshots.mjs (pictures for the docs). See /work/shared/docs/real-vscode-tests.md for why.
//
// Nothing here reaches beyond loopback except `npm install` (the npm registry), and nothing downloads a binary:
// ripgrep comes from Debian's `/usr/bin/rg`, the browser is Debian's `/usr/bin/chromium`.
import { spawn } from 'node:child_process';
import { accessSync, constants, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync, chmodSync, lstatSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const cacheRoot = join(repoRoot, '.cache', 'code-server');
export const vscodeDir = join(cacheRoot, 'node_modules', 'code-server', 'lib', 'vscode');
export const fixtureWorkspace = join(repoRoot, 'test', 'fixtures', 'e2e-workspace');
const markerFile = join(cacheRoot, '.claimcheck-e2e-installed.json');
/** Bump when the install steps change, so existing caches are redone. */
const INSTALL_RECIPE = 1;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class HarnessError extends Error {}

export function log(message) {
  console.log(`[e2e] ${message}`);
}

export function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------------------
// Preflight

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Finds Chromium and ripgrep or fails with a message that says how to get them. Never skips. */
export function preflight() {
  const chromium = process.env.CLAIMCHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
  const rg = process.env.CLAIMCHECK_E2E_RG ?? (isExecutable('/usr/bin/rg') ? '/usr/bin/rg' : onPath('rg'));
  const missing = [];
  if (!isExecutable(chromium)) missing.push(`Chromium not found at ${chromium} (install Debian's package: apt-get install -y chromium)`);
  if (!rg) missing.push(`ripgrep not found at /usr/bin/rg or on PATH (install Debian's package: apt-get install -y ripgrep)`);
  if (missing.length > 0) throw new HarnessError(`Cannot run the real-VS-Code tests:\n  - ${missing.join('\n  - ')}`);
  return { chromium, rg };
}

// ---------------------------------------------------------------------------------------------------------
// Child processes

/**
 * Runs a command to completion, printing its output only when it fails. Rejects with the tail of its output.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, signal?: AbortSignal }} options
 */
export function run(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk.toString();
      if (output.length > 20000) output = output.slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const abort = () => child.kill('SIGTERM');
    options.signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (error) => reject(new HarnessError(`${command} ${args.join(' ')} could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', abort);
      if (code === 0) resolvePromise(output);
      else reject(new HarnessError(`\`${command} ${args.join(' ')}\` in ${options.cwd} failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-40).join('\n')}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Installing VS Code's server

function readMarker() {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A lock file so two runs at once do not install into the same folder together. */
async function withInstallLock(deadline, body) {
  mkdirSync(cacheRoot, { recursive: true });
  const lockFile = join(cacheRoot, '.install.lock');
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (!holder || !processAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HarnessError(`Timed out waiting for process ${holder} to finish installing code-server into ${cacheRoot}`);
      if (!announced) log(`waiting for process ${holder}, which is installing code-server…`);
      announced = true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * Makes `.cache/code-server/` hold a working VS Code server, doing code-server's postinstall by hand
 * (see the doc). Idempotent: a marker file records a finished install, so later runs return at once.
 * @returns {Promise<{ serverMain: string, installed: boolean }>}
 */
export async function ensureCodeServer({ rg, deadline, signal }) {
  const serverMain = join(vscodeDir, 'out', 'server-main.js');
  const ready = () => {
    const marker = readMarker();
    return marker?.version === CODE_SERVER_VERSION && marker?.recipe === INSTALL_RECIPE && existsSync(serverMain);
  };
  if (ready()) return { serverMain, installed: false };
  return withInstallLock(deadline, async () => {
    if (ready()) return { serverMain, installed: false };
    rmSync(markerFile, { force: true });
    const started = Date.now();
    const npm = onPath('npm') ?? 'npm';
    const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
    const step = async (label, body) => {
      const t = Date.now();
      log(`install: ${label}…`);
      await body();
      log(`install: ${label} done in ${seconds(t)}`);
    };

    // A package.json of its own, or npm would walk up and install into the repository's node_modules.
    writeFileSync(join(cacheRoot, 'package.json'), JSON.stringify({ name: 'claimcheck-e2e-code-server', private: true }, null, 2) + '\n');
    await step(`npm install code-server@${CODE_SERVER_VERSION}`, () =>
      run(npm, ['install', '--ignore-scripts', '--no-save', ...quiet, `code-server@${CODE_SERVER_VERSION}`], { cwd: cacheRoot, signal }));
    if (!existsSync(serverMain)) throw new HarnessError(`code-server@${CODE_SERVER_VERSION} installed, but ${serverMain} is missing`);

    await step('lib/vscode dependencies', () =>
      run(npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], { cwd: vscodeDir, signal }));

    await step(`ripgrep from ${rg}`, async () => {
      const binDir = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
      mkdirSync(binDir, { recursive: true });
      rmSync(join(binDir, 'rg'), { force: true });
      copyFileSync(rg, join(binDir, 'rg'));
      chmodSync(join(binDir, 'rg'), 0o755);
    });

    await step('rebuild native modules', () =>
      run(npm, ['rebuild', ...quiet, '@vscode/spdlog', 'node-pty', '@parcel/watcher', 'native-watchdog', '@vscode/deviceid'], {
        cwd: vscodeDir,
        // node-pty's own install step runs `npx node-gyp`, which waits at a prompt without this.
        env: { ...process.env, npm_config_yes: 'true' },
        signal,
      }));

    await step('node_modules.asar link', async () => {
      const link = join(vscodeDir, 'node_modules.asar');
      try {
        lstatSync(link);
        unlinkSync(link);
      } catch {
        // not there yet
      }
      symlinkSync('node_modules', link);
    });

    await step('built-in extensions dependencies', () =>
      run(npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], { cwd: join(vscodeDir, 'extensions'), signal }));

    writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION, recipe: INSTALL_RECIPE, installedAt: new Date().toISOString() }, null, 2) + '\n');
    log(`installed code-server ${CODE_SERVER_VERSION} into ${cacheRoot} in ${seconds(started)}`);
    return { serverMain, installed: true };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Temporary state

/** Every temp dir made by this run, removed by `cleanup()`. */
const tempDirs = [];

export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `claimcheck-e2e-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** Copies a workspace to a temp dir, so tests can edit and save without touching the repository. */
export function copyWorkspace(source) {
  if (!existsSync(source)) throw new HarnessError(`Workspace ${source} does not exist`);
  // Same folder name as the original: the workbench shows it (e.g. in the title and the Explorer).
  const target = join(makeTempDir('workspace'), basename(source));
  cpSync(source, target, { recursive: true });
  return target;
}

// ---------------------------------------------------------------------------------------------------------
// The server

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

const servers = [];

/**
 * Starts VS Code's server on a free loopback port with fresh user-data, server-data and extensions dirs.
 * Resolves once it answers HTTP.
 * @param {{ serverMain: string, deadline: number, userSettings?: object, env?: NodeJS.ProcessEnv, verbose?: boolean }} options
 */
export async function startServer({ serverMain, deadline, userSettings, env, verbose }) {
  const state = makeTempDir('server');
  const dirs = { user: join(state, 'user-data'), server: join(state, 'server-data'), extensions: join(state, 'extensions') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  if (userSettings) {
    mkdirSync(join(dirs.user, 'User'), { recursive: true });
    writeFileSync(join(dirs.user, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  const port = await freePort();
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--telemetry-level', 'off',
    '--user-data-dir', dirs.user,
    '--server-data-dir', dirs.server,
    '--extensions-dir', dirs.extensions,
  ];
  // Its own process group, so stopping it also stops the extension host and the language server under it.
  // XDG_CACHE_HOME: the run's own cache folder, so that Claimcheck's cache secret is not made in the user's.
  const child = spawn(process.execPath, args, { cwd: state, env: { ...process.env, XDG_CACHE_HOME: join(state, 'cache'), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = { child, port, origin: `http://127.0.0.1:${port}`, output: [], exited: false };
  servers.push(server);
  const keep = (prefix) => (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      server.output.push(`${prefix} ${line}`);
      if (server.output.length > 400) server.output.shift();
      if (verbose) console.log(`${prefix} ${line}`);
    }
  };
  child.stdout.on('data', keep('[server]'));
  child.stderr.on('data', keep('[server!]'));
  const exited = new Promise((r) => child.on('exit', (code, signal) => {
    server.exited = true;
    r(signal ?? code);
  }));
  server.exitedPromise = exited;

  // Poll until it answers (a condition, not a fixed wait).
  for (;;) {
    if (server.exited) throw new HarnessError(`VS Code's server exited before it was ready:\n${server.output.slice(-40).join('\n')}`);
    if (Date.now() > deadline) throw new HarnessError(`VS Code's server did not answer on ${server.origin} before the deadline:\n${server.output.slice(-40).join('\n')}`);
    try {
      const response = await fetch(`${server.origin}/version`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopServer(server) {
  if (server.exited) return;
  const group = -server.child.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const killed = await Promise.race([server.exitedPromise.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000).unref())]);
  if (!killed) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  // Whatever is left in the group (extension host, language server) goes too.
  try {
    process.kill(group, 'SIGKILL');
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------------------------------------
// The browser

const browsers = [];

/** Launches Debian's Chromium through playwright-core. */
export async function launchBrowser({ chromium: executablePath, headless = true }) {
  const { chromium } = await import('playwright-core');
  // Our own signal handlers close the browser; Playwright's would exit the process before the cleanup finishes.
  const browser = await chromium.launch({
    executablePath, headless, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  browsers.push(browser);
  return browser;
}

/**
 * The workbench URL for a folder, with the test payload when `extensionTestsPath` is given.
 * @param {{ server: { origin: string, port: number }, folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} options
 */
export function workbenchUrl({ server, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// ---------------------------------------------------------------------------------------------------------
// Cleanup: always, once, on every way out

let cleaning;

export function cleanup() {
  cleaning ??= (async () => {
    for (const browser of browsers.splice(0)) {
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
    }
    await Promise.all(servers.splice(0).map(stopServer));
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  })();
  return cleaning;
}

/** Last resort if the process exits without `cleanup()`: kill the server groups synchronously. */
process.on('exit', () => {
  for (const server of servers) {
    try {
      process.kill(-server.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Stops everything and exits on Ctrl-C, `kill` or a closed terminal. */
export function installSignalHandlers() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      console.error(`[e2e] ${signal}: stopping the browser and the server…`);
      cleanup().finally(() => process.exit(code));
    });
  }
}

/**
 * Fails the run when `ms` pass: says what was happening, stops everything, exits 1.
 * @param {number} ms
 * @param {() => string} phase describes what the run is doing
 * @param {string} name which deadline, for the message
 * @returns {() => void} disarms it
 */
export function armDeadline(ms, phase, name = 'overall deadline') {
  const timer = setTimeout(() => {
    console.error(`[e2e] FAILED: the ${name} of ${Math.round(ms / 1000)} s passed while ${phase()}.`);
    for (const server of servers) {
      if (server.output.length) console.error(`[e2e] last lines of the server's output:\n${server.output.slice(-30).join('\n')}`);
    }
    cleanup().finally(() => process.exit(1));
  }, ms);
  // Not unref'd: a pending deadline keeps the process alive, so a stalled run cannot end silently with 0.
  return () => clearTimeout(timer);
}

/** The deadlines from the environment: installing code-server (first run only), then the run itself. */
export function deadlinesFromEnv() {
  return {
    installMs: Number(process.env.CLAIMCHECK_E2E_INSTALL_TIMEOUT_MS ?? 15 * 60_000),
    runMs: Number(process.env.CLAIMCHECK_E2E_TIMEOUT_MS ?? 8 * 60_000),
  };
}

// ---------------------------------------------------------------------------------------------------------
// UI probes: what the extension API cannot see (is the Problems panel open? what does the status bar say?)

/** The prefix of a probe request in the suite's log (see suite/helpers.ts, `probe`). */
export const PROBE_PREFIX = '[claimcheck-e2e-probe] ';

/**
 * Answers a UI probe from the suite. The suite runs in the extension host, which cannot see the workbench's DOM;
 * it logs a request, the runner (which drives the page) looks and writes the answer to `dir/<id>.json`, and the
 * suite reads it. Requests: `{ op: 'query', selector }` → `{ count, visible, texts }`;
 * `{ op: 'click', selector, text? }` → `{ clicked }`; `{ op: 'press', key }` → `{ pressed }`.
 * @param {import('playwright-core').Page} page
 * @param {string} dir
 * @param {string} line
 */
export async function answerProbe(page, dir, line) {
  let request;
  try {
    request = JSON.parse(line.slice(line.indexOf(PROBE_PREFIX) + PROBE_PREFIX.length));
  } catch {
    return;
  }
  const id = String(request.id ?? '').replace(/[^\w.-]/g, '');
  if (!id) return;
  let answer;
  try {
    if (request.op === 'query') {
      const locator = page.locator(request.selector);
      const count = await locator.count();
      const texts = [];
      let visible = false;
      for (let i = 0; i < Math.min(count, 60); i++) {
        const item = locator.nth(i);
        if (await item.isVisible()) {
          visible = true;
          texts.push(await item.innerText({ timeout: 2000 }).catch(() => ''));
        }
      }
      answer = { count, visible, texts };
    } else if (request.op === 'click') {
      const locator = request.text ? page.locator(request.selector, { hasText: request.text }).first() : page.locator(request.selector).first();
      await locator.click({ timeout: 5000 });
      answer = { clicked: true };
    } else if (request.op === 'press') {
      await page.keyboard.press(request.key);
      answer = { pressed: true };
    } else {
      answer = { error: `unknown probe op ${request.op}` };
    }
  } catch (error) {
    answer = { error: String(error?.message ?? error) };
  }
  writeFileSync(join(dir, `${id}.json.tmp`), JSON.stringify(answer));
  // Renamed into place, so the suite never reads half a file.
  renameSync(join(dir, `${id}.json.tmp`), join(dir, `${id}.json`));
}
