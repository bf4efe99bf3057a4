import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DRAFT, PHRASES, codeOf, describeDiagnostics, diagnosticsAt, openFile, rangeOf,
  revertAndSettle, settledDiagnostics, snapshot, type DraftSnapshot,
} from './helpers';

describe('Editing a draft', () => {
  let editor: vscode.TextEditor;
  let original: DraftSnapshot;

  before(async () => {
    editor = await openFile(DRAFT);
    await settledDiagnostics(editor.document.uri);
    original = snapshot(editor);
  });

  after(async () => {
    if (editor) await revertAndSettle(editor, original);
  });

  it('so that a supported claim contradicts its source yields a contradicted-claim diagnostic', async () => {
    const document = editor.document;
    assert.deepEqual(diagnosticsAt(document, await settledDiagnostics(document.uri), PHRASES.supported), [], 'supported before the edit');

    // "On January 10, KCNA announced…" becomes "On January 15, …" (an unsaved edit, as a writer types).
    const date = rangeOf(document, 'January 10');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, date, 'January 15');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.ok(document.isDirty);

    const contradicted = (d: vscode.Diagnostic[]) => diagnosticsAt(document, d, PHRASES.supported).filter((x) => codeOf(x) === 'contradicted-claim');
    const after = await settledDiagnostics(document.uri, (d) => contradicted(d).length > 0);
    const found = contradicted(after);
    assert.equal(found.length, 1, describeDiagnostics(document, after));
    assert.match(found[0].message, /10/, 'the message gives the source date');
    assert.match(found[0].message, /15/, 'the message gives the draft date');
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
  });
});
