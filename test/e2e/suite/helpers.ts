// Helpers for the real-VS-Code suite: opening fixture files, waiting on conditions with deadlines
// (never fixed sleeps), and waiting for Claimcheck's diagnostics to settle.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'claimcheck.claimcheck';
export const SOURCE = 'claimcheck';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder open');
  return folder.uri;
}

export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function openFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function readText(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(relativePath)));
}

/** Polls `probe` every `interval` ms until it returns a value other than `undefined`, or fails at `timeout`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  { timeout = 30_000, interval = 100 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export function claimcheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function fingerprint(diagnostics: vscode.Diagnostic[]): string {
  return diagnostics
    .map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .sort()
    .join('\n');
}

/**
 * Waits until Claimcheck's diagnostics for `uri` satisfy `accept` and then stay unchanged for `quiet` ms.
 * The acceptance check matters: before the server has indexed, the list is empty and also "unchanged".
 */
export async function settledDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  { quiet = 1500, timeout = 60_000 }: { quiet?: number; timeout?: number } = {},
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const diagnostics = claimcheckDiagnostics(uri);
    const current = fingerprint(diagnostics);
    if (current !== last) {
      last = current;
      since = Date.now();
    } else if (accept(diagnostics) && Date.now() - since >= quiet) {
      return diagnostics;
    }
    if (Date.now() > deadline) {
      throw new Error(`Diagnostics for ${vscode.workspace.asRelativePath(uri)} did not settle in an accepted state within ${timeout} ms; last seen:\n${current || '(none)'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The range of the `occurrence`-th match of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.notEqual(offset, -1, `"${text}" not found in ${vscode.workspace.asRelativePath(document.uri)}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Diagnostics whose range overlaps the range of `text` in the document. */
export function diagnosticsAt(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], text: string): vscode.Diagnostic[] {
  const range = rangeOf(document, text);
  return diagnostics.filter((d) => d.range.intersection(range) !== undefined);
}

export function describeDiagnostics(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string {
  return diagnostics
    .map((d) => `  ${codeOf(d)} line ${d.range.start.line + 1}: "${document.getText(d.range)}" — ${d.message}`)
    .join('\n');
}

/** Text of hover contents, whatever form each item takes. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test host (extensionDevelopmentPath wrong?)`);
  await extension.activate();
  return extension;
}

// ---------------------------------------------------------------------------------------------------------
// The fixture draft and what the tests expect of it

export const DRAFT = 'drafts/amnesty.md';
export const REPORT_SOURCE = 'sources/amnesty-report.txt';

/** Phrases of the fixture draft, each inside one sentence the tests look at. */
export const PHRASES = {
  /** Supported: near-verbatim from amnesty-report.txt, line 4. */
  supported: 'KCNA announced a prisoner amnesty',
  /** Contradicted: the report says 2002, 2005 and 2010. */
  contradicted: 'Previous amnesties were held in 2002, 2005 and 2011',
  /** Unsupported: no source mentions a ministry of finance or savings. */
  unsupported: 'The Ministry of Finance estimates',
  /** Altered quote: the report has “didn’t have any space in prisons”. */
  altered: 'they had no space in prisons',
  /** Verbatim quote from interview-choi.txt. */
  verbatim: 'Nobody in Hyesan believes the amnesty will reach the political camps.',
  /** A supported claim whose citation key names no source (the report is `amnesty-report`). */
  unknownCitation: '[@daily-nk]',
  /** A quote found in no source; `.vscode/settings.json` makes its severity `information`. */
  unverified: 'emptied within a single night',
  /** A misattributed quote: interview-choi.txt has the words, from the interviewer (DESK), not from Choi. Its claim is
   * supported by the words, so it is the case of "supported, but a quote in it is flagged". */
  misattributed: 'Did families pay to get relatives on the list?',
} as const;

/** Plain text of a Markdown hover: emphasis markers dropped, backslash escapes undone, whitespace collapsed. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/&nbsp;/g, ' ')
    .replace(/(?<!\\)(\*\*|~~|__)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ');
}

/** The 0-based line of the first line of `file` that contains `text`. */
export async function lineOf(relativePath: string, text: string): Promise<number> {
  const lines = (await readText(relativePath)).split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(text));
  assert.notEqual(line, -1, `"${text}" is not in ${relativePath}`);
  return line;
}

/** A fingerprint of the draft's diagnostics, to wait until they are back to a known state. */
export function diagnosticsFingerprint(uri: vscode.Uri): string {
  return fingerprint(claimcheckDiagnostics(uri));
}

export interface DraftSnapshot {
  text: string;
  diagnostics: string;
}

/** The draft's text and diagnostics before a test edits it. */
export function snapshot(editor: vscode.TextEditor): DraftSnapshot {
  return { text: editor.document.getText(), diagnostics: diagnosticsFingerprint(editor.document.uri) };
}

/**
 * Undoes a test's edits to an open document (revert to the file on disk, which the test did not save) and waits
 * until the diagnostics are back to the snapshot's, so the next test starts from the state it expects.
 */
export async function revertAndSettle(editor: vscode.TextEditor, before: DraftSnapshot): Promise<void> {
  const document = editor.document;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false, 'the draft was reverted');
  assert.equal(document.getText(), before.text, 'the draft is back to its text before the test (was it saved? files.autoSave must be off)');
  await waitFor('the diagnostics to return to their state before the edit', () =>
    diagnosticsFingerprint(document.uri) === before.diagnostics ? true : undefined, { timeout: 60_000 });
}

// ---------------------------------------------------------------------------------------------------------
// What the extension shows, and the UI around it

/** The snapshot the extension's API gives of the Claims view (client/src/claimsView.ts, `ClaimsViewSnapshot`). */
export interface ClaimsViewSnapshot {
  title: string | undefined;
  description: string | undefined;
  message: string | undefined;
  badge: number | undefined;
  uri: string | undefined;
  groups: { label: string; description: string; children: { label: string; description: string; tooltip: string; command?: vscode.Command }[] }[];
}

export interface ClaimcheckApi {
  claimsView(): Promise<ClaimsViewSnapshot>;
  statusBar(): { text: string; tooltip: string };
}

/** The extension's API (what `activate` returns). */
export async function claimcheckApi(): Promise<ClaimcheckApi> {
  const extension = await activateExtension();
  return extension.exports as ClaimcheckApi;
}

export interface ProbeAnswer {
  count?: number;
  visible?: boolean;
  texts?: string[];
  clicked?: boolean;
  pressed?: boolean;
  error?: string;
}

/** Whether the runner answers UI probes (the code-server runner does; the desktop runner has no page to look at). */
export function canProbe(): boolean {
  return !!process.env.CLAIMCHECK_E2E_PROBE_DIR;
}

let probes = 0;

/**
 * Asks the runner, which drives the workbench page, about the UI (test/e2e/harness.mjs, `answerProbe`): the
 * extension host cannot see the DOM. `query` a CSS selector (count, visibility, texts), `click` an element, or
 * `press` a key.
 */
export async function probe(request: { op: 'query'; selector: string } | { op: 'click'; selector: string; text?: string } | { op: 'press'; key: string }): Promise<ProbeAnswer> {
  const dir = process.env.CLAIMCHECK_E2E_PROBE_DIR;
  assert.ok(dir, 'UI probes need the code-server runner (npm run test:e2e)');
  const id = `${process.pid}-${++probes}-${Date.now()}`;
  console.log(`[claimcheck-e2e-probe] ${JSON.stringify({ id, ...request })}`);
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const answer = await waitFor(`the runner's answer to ${JSON.stringify(request)}`, () => {
    try {
      return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as ProbeAnswer;
    } catch {
      return undefined;
    }
  }, { timeout: 20_000, interval: 50 });
  assert.equal(answer.error, undefined, `probe ${JSON.stringify(request)} failed: ${answer.error}`);
  return answer;
}
