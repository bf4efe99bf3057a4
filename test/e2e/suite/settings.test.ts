import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, PHRASES, codeOf, diagnosticsAt, diagnosticsFingerprint, openFile, settledDiagnostics, waitFor } from './helpers';

describe('Changing a setting', () => {
  let document: vscode.TextDocument;
  let baseline: string;
  const section = () => vscode.workspace.getConfiguration('claimcheck', document.uri);

  before(async () => {
    document = (await openFile(DRAFT)).document;
    await settledDiagnostics(document.uri);
    baseline = diagnosticsFingerprint(document.uri);
  });

  after(async () => {
    // Back to the fixture's pinned value.
    await section().update('severity.unverified-quote', 'information', vscode.ConfigurationTarget.Workspace);
    await waitFor('the diagnostics to return to their state before the test', () =>
      diagnosticsFingerprint(document.uri) === baseline ? true : undefined, { timeout: 60_000 });
  });

  const unverified = (d: vscode.Diagnostic[]) =>
    diagnosticsAt(document, d, PHRASES.unverified).filter((x) => codeOf(x) === 'unverified-quote');

  it('applies a new severity to open drafts without a reload', async () => {
    assert.equal(unverified(await settledDiagnostics(document.uri))[0]?.severity, vscode.DiagnosticSeverity.Information);
    await section().update('severity.unverified-quote', 'error', vscode.ConfigurationTarget.Workspace);
    const after = await settledDiagnostics(document.uri, (d) => unverified(d)[0]?.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(unverified(after).length, 1);
  });

  it('"off" removes the finding', async () => {
    await section().update('severity.unverified-quote', 'off', vscode.ConfigurationTarget.Workspace);
    const after = await settledDiagnostics(document.uri, (d) => unverified(d).length === 0);
    assert.ok(after.length > 0, 'the other findings stay');
  });
});
