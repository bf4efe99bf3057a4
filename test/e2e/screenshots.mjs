#!/usr/bin/env node
// Takes the pictures in docs/images/ from the product as it is: the same harness as the e2e suite (VS Code's
// server from code-server, Debian's Chromium), the extension loaded from this repository, the example
// workspace open. Playwright drives the UI as a writer would: open the draft, wait for Claimcheck's squiggles,
// hover over a claim until the hover card shows, then open the Problems panel.
//
//   npm run screenshots                   examples/newsroom (or the e2e fixture while the example is missing)
//   node test/e2e/screenshots.mjs [--workspace <dir>] [--draft <relative path>] [--hover <phrase>] [--out <dir>]
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  HarnessError, armDeadline, cleanup, copyWorkspace, deadlinesFromEnv, ensureCodeServer, fixtureWorkspace, installSignalHandlers,
  launchBrowser, log, preflight, repoRoot, seconds, startServer, workbenchUrl,
} from './harness.mjs';

const example = join(repoRoot, 'examples', 'newsroom');
const useExample = existsSync(join(example, 'drafts', 'amnesty.md')) && existsSync(join(example, 'sources'));

const { values: options } = parseArgs({
  options: {
    workspace: { type: 'string', default: useExample ? example : fixtureWorkspace },
    draft: { type: 'string', default: 'drafts/amnesty.md' },
    // A supported claim of each workspace's draft: its hover shows the passage behind it.
    hover: { type: 'string', default: useExample ? 'Researchers estimate that between' : 'KCNA announced a prisoner amnesty' },
    out: { type: 'string', default: join(repoRoot, 'docs', 'images') },
    // The extension folder to load (default: this repository).
    extension: { type: 'string', default: repoRoot },
    verbose: { type: 'boolean', default: false },
  },
});

// What a fresh VS Code would show besides the editor is noise in a picture of the product.
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.hover.delay': 300,
};

const started = Date.now();
const { installMs, runMs } = deadlinesFromEnv();
let deadline = started + installMs;
let phase = 'starting';
installSignalHandlers();
let disarm = armDeadline(installMs, () => phase, 'install deadline');
// Waits end 15 s before the overall deadline, so a failure is reported (with a picture) rather than cut off.
const remaining = () => Math.max(1000, deadline - Date.now() - 15_000);

/** Screen rectangle of the first occurrence of `phrase` in the editor's rendered lines (spaces are &nbsp; there). */
async function phraseBox(page, phrase) {
  return page.evaluate((wanted) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.textContent.replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((n) => n.start <= offset);
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length - 1));
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return undefined;
  }, phrase);
}

let page;
const failurePng = join(repoRoot, '.cache', 'screenshots-failure.png');

async function main() {
  phase = 'checking prerequisites';
  const { chromium, rg } = preflight();
  const extensionPath = resolve(options.extension);
  if (!existsSync(join(extensionPath, 'dist', 'extension.js'))) throw new HarnessError('dist/extension.js is missing: run `npm run build` first (npm run screenshots does).');
  const { serverMain } = await ensureCodeServer({ rg, deadline });
  disarm();
  deadline = Date.now() + runMs;
  disarm = armDeadline(runMs, () => phase, 'run deadline');

  phase = 'starting the server';
  const workspace = copyWorkspace(resolve(options.workspace));
  log(`workspace: ${options.workspace} (copied to ${workspace})`);
  const server = await startServer({ serverMain, deadline, userSettings: USER_SETTINGS, verbose: options.verbose });

  phase = 'opening the workbench';
  const browser = await launchBrowser({ chromium });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  if (options.verbose) page.on('console', (m) => console.log(`[page:${m.type()}] ${m.text()}`));
  await page.goto(workbenchUrl({ server, folder: workspace, extensionDevelopmentPath: extensionPath }), { timeout: remaining() });
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: remaining() });

  phase = `opening ${options.draft}`;
  // Quick Open, as a writer would.
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: remaining() });
  await quickInput.fill(options.draft.split('/').pop());
  await page.locator('.quick-input-list .monaco-list-row', { hasText: options.draft.split('/').pop() }).first().waitFor({ timeout: remaining() });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: remaining() });

  phase = "waiting for Claimcheck's diagnostics in the editor";
  await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: remaining() });
  // Close notifications (e.g. the unreachable gallery) so they do not cover the picture.
  await page.keyboard.press('Escape');

  phase = `hovering over "${options.hover}"`;
  const box = await phraseBox(page, options.hover);
  if (!box) throw new HarnessError(`"${options.hover}" is not visible in the editor`);
  // Move in two steps: a hover needs the mouse to arrive and rest on a word.
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Claimcheck' }).first();
  await hover.waitFor({ state: 'visible', timeout: Math.min(remaining(), 30_000) });
  // Other hover providers (Markdown's own) render a "Loading..." part until they answer: wait for them.
  await page.waitForFunction((element) => !element.innerText.includes('Loading...'), await hover.elementHandle(), { timeout: 15_000 })
    .catch(() => log('another hover part was still loading; taking the picture anyway'));
  // The hover's text is what a writer reads; it must say where the passage comes from.
  const hoverText = await hover.innerText();
  if (!/Claimcheck/.test(hoverText)) throw new HarnessError(`The hover does not come from Claimcheck:\n${hoverText}`);
  mkdirSync(options.out, { recursive: true });
  const hoverPng = join(options.out, 'hover.png');
  await page.screenshot({ path: hoverPng });
  log(`wrote ${hoverPng}; the hover reads:\n${hoverText}`);

  phase = 'opening the Problems panel';
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden', timeout: remaining() });
  // Click the problem counts in the status bar, as a writer would (a key chord would leave Ctrl's
  // go-to-definition underline on the word under the last mouse position).
  const counts = page.locator('[id="status.problems"]');
  if (await counts.count()) await counts.first().click();
  else await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'claimcheck' }).first();
  await problems.waitFor({ state: 'visible', timeout: remaining() });
  const problemsPng = join(options.out, 'problems.png');
  await page.screenshot({ path: problemsPng });
  log(`wrote ${problemsPng}`);

  phase = 'showing the Claims view';
  // The panel closed and the folder tree collapsed, so that the Claims view has the side bar.
  await page.keyboard.press('Control+J');
  await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: remaining() }).catch(() => log('the panel did not close'));
  const folderHeader = page.locator('.pane-header[aria-expanded="true"]', { hasText: /^(?!claims)/i }).first();
  if (await folderHeader.count()) await folderHeader.click();
  const claimsHeader = page.locator('.pane-header', { hasText: /claims \(\d+\)/i }).first();
  await claimsHeader.waitFor({ state: 'visible', timeout: remaining() });
  if ((await claimsHeader.getAttribute('aria-expanded')) !== 'true') await claimsHeader.click();
  // A wider side bar, as a writer working through the list would make it: claims and their sources side by side.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    const x = sidebar.x + sidebar.width;
    await page.mouse.move(x - 1, sidebar.y + sidebar.height / 2);
    await page.mouse.down();
    await page.mouse.move(x + 300, sidebar.y + sidebar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  const claimsPane = page.locator('.pane', { has: claimsHeader });
  if (options.verbose) log(`claims pane:\n${(await claimsPane.innerHTML()).slice(0, 4000)}`);
  await claimsPane.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: Math.min(remaining(), 30_000) });
  // Click a claim, as a writer would: the draft scrolls to it and selects it; its supported-claim marker shows.
  const firstClaim = claimsPane.locator('.monaco-list-row[aria-level="2"]').first();
  await firstClaim.click();
  await page.waitForFunction(() => !!document.querySelector('.monaco-editor .selected-text'), undefined, { timeout: 15_000 })
    .catch(() => log('no selection seen in the editor after the click'));
  const claimsText = await claimsPane.innerText();
  if (!/claims supported/.test(claimsText)) throw new HarnessError(`The Claims view shows no coverage:\n${claimsText}`);
  const claimsPng = join(options.out, 'claims.png');
  await page.screenshot({ path: claimsPng });
  log(`wrote ${claimsPng}; the Claims view reads:\n${claimsText}`);
  log(`done in ${seconds(started)}`);
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (error) {
  console.error(`[screenshots] FAILED while ${phase}: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  if (page) {
    await page.screenshot({ path: failurePng, timeout: 10_000 }).then(() => console.error(`[screenshots] the page at the failure: ${failurePng}`), () => {});
  }
} finally {
  await cleanup();
  disarm();
}
process.exit(exitCode);
