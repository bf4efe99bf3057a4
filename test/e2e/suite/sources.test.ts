import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DRAFT, PHRASES, codeOf, describeDiagnostics, diagnosticsAt, diagnosticsFingerprint, fileUri, openFile,
  settledDiagnostics, waitFor,
} from './helpers';

// A new source file on disk, written as another program would (not opened in an editor): the index must
// learn of it through VS Code's file watcher and the draft's diagnostics must follow.
const NEW_SOURCE = 'sources/finance-briefing.txt';
const NEW_SOURCE_TEXT = [
  'Finance ministry briefing, 20 February 2012',
  '',
  'The Ministry of Finance estimates that the releases will save the state 4 million won a month in food and guards.',
  '',
].join('\n');

describe('Source files changing on disk', () => {
  let document: vscode.TextDocument;
  let baseline: string;

  before(async () => {
    document = (await openFile(DRAFT)).document;
    await settledDiagnostics(document.uri);
    baseline = diagnosticsFingerprint(document.uri);
  });

  after(async () => {
    await vscode.workspace.fs.delete(fileUri(NEW_SOURCE)).then(undefined, () => undefined);
    await waitFor('the diagnostics to return to their state before the test', () =>
      diagnosticsFingerprint(document.uri) === baseline ? true : undefined, { timeout: 60_000 });
  });

  const unsupported = (d: vscode.Diagnostic[]) =>
    diagnosticsAt(document, d, PHRASES.unsupported).filter((x) => codeOf(x) === 'unsupported-claim');

  it('a new source that supports a claim clears its unsupported-claim diagnostic', async () => {
    assert.equal(unsupported(await settledDiagnostics(document.uri)).length, 1, 'unsupported before');
    await vscode.workspace.fs.writeFile(fileUri(NEW_SOURCE), new TextEncoder().encode(NEW_SOURCE_TEXT));
    const after = await settledDiagnostics(document.uri, (d) => unsupported(d).length === 0);
    assert.deepEqual(diagnosticsAt(document, after, PHRASES.unsupported).map(codeOf), [], describeDiagnostics(document, after));
  });

  it('deleting that source brings the diagnostic back', async () => {
    await vscode.workspace.fs.delete(fileUri(NEW_SOURCE));
    const after = await settledDiagnostics(document.uri, (d) => unsupported(d).length === 1);
    assert.equal(unsupported(after).length, 1);
  });
});
