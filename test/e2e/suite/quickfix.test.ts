import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DRAFT, PHRASES, codeOf, describeDiagnostics, diagnosticsAt, openFile, revertAndSettle,
  settledDiagnostics, snapshot, type DraftSnapshot,
} from './helpers';

describe('Quick fixes', () => {
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

  it("for an altered quote puts the source's exact wording in the draft, and the finding goes away", async () => {
    const document = editor.document;
    const diagnostics = await settledDiagnostics(document.uri);
    const altered = diagnosticsAt(document, diagnostics, PHRASES.altered).filter((d) => codeOf(d) === 'altered-quote');
    assert.equal(altered.length, 1, `one altered-quote diagnostic; got:\n${describeDiagnostics(document, diagnostics)}`);
    const diagnostic = altered[0];

    // The exact source wording, read from where the diagnostic points.
    const related = diagnostic.relatedInformation?.find((r) => r.location.uri.path.includes('/sources/'));
    assert.ok(related, 'the diagnostic points to the source wording');
    const sourceDocument = await vscode.workspace.openTextDocument(related.location.uri);
    const sourceWording = sourceDocument.getText(related.location.range);
    assert.match(sourceWording, /didn’t have any space in prisons/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix?.edit, `a preferred quick fix with an edit; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /source/i);

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');
    // The source's exact words, and the sentence's own final period inside the quotation marks stays (issue 10, item 1).
    assert.ok(document.getText().includes(`“${sourceWording}.”`), `the draft now quotes the source exactly:\n${document.getText()}`);
    assert.ok(!document.getText().includes(PHRASES.altered), 'the altered words are gone');

    const after = await settledDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'altered-quote'));
    const quoteRange = document.getText().indexOf(sourceWording);
    const atQuote = after.filter((d) => d.range.contains(document.positionAt(quoteRange + 1)) && codeOf(d).endsWith('-quote'));
    assert.deepEqual(atQuote.map(codeOf), [], 'no quote finding remains on the fixed quote');
  });

  it('for an unknown citation key cites the source that supports the claim, and the finding goes away', async () => {
    const document = editor.document;
    const diagnostics = await settledDiagnostics(document.uri);
    const unknown = diagnostics.filter((d) => codeOf(d) === 'unknown-citation');
    assert.equal(unknown.length, 1, `one unknown-citation diagnostic; got:\n${describeDiagnostics(document, diagnostics)}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, unknown[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `a preferred quick fix with an edit; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');
    assert.ok(!document.getText().includes(PHRASES.unknownCitation), 'the unknown key is gone');
    assert.ok(document.getText().includes('according to Daily NK. [@amnesty-report]'), `the claim cites the report:\n${document.getText()}`);
    await settledDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'unknown-citation'));
  });
});
