import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, PHRASES, REPORT_SOURCE, hoverText, openFile, plainMarkdown, rangeOf, readText, settledDiagnostics } from './helpers';

describe('Hover', () => {
  it('on a supported claim shows the source passage that supports it', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.supported).start.translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = plainMarkdown(hoverText(hovers));
    assert.match(text, /Claimcheck/, `a Claimcheck hover; got:\n${text}`);
    assert.match(text, /Supported/i, `the verdict; got:\n${text}`);
    // The passage exactly as the source file has it (the source's own grammar, not the draft's).
    const source = await readText(REPORT_SOURCE);
    const passage = 'On January 10, KCNA announced a prisoner amnesty be conducted in February.';
    assert.ok(source.includes(passage), 'fixture sanity: the passage is in the source');
    assert.ok(text.includes(passage), `the hover quotes the passage; got:\n${text}`);
    assert.ok(text.includes('amnesty-report'), `the hover names the source; got:\n${text}`);
  });

  it('on an altered quote shows what changed and the exact source wording', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.altered).start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = plainMarkdown(hoverText(hovers));
    assert.match(text, /Altered/i, `the verdict; got:\n${text}`);
    const wording = 'They carried it out only because they didn’t have any space in prisons';
    assert.ok(text.includes(wording), `the hover quotes the source's wording; got:\n${text}`);
  });

  it('on a contradicted claim shows the passage but no support score, and does not repeat the diagnostic', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.contradicted).start.translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = plainMarkdown(hoverText(hovers));
    assert.match(text, /Contradicted/, `the verdict; got:\n${text}`);
    assert.doesNotMatch(text, /support \d+%/, 'a support score would read as "supported"');
    assert.ok(text.includes('Previous amnesties have been held in 2002, 2005 and 2010'), `the passage; got:\n${text}`);
    assert.doesNotMatch(text, /The source gives/, 'the diagnostic says that');
  });

  it('on an unknown citation key adds no card to the diagnostic', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.unknownCitation).start.translate(0, 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.doesNotMatch(plainMarkdown(hoverText(hovers)), /Claimcheck/);
  });

  it('on plain text between claims shows nothing from Claimcheck', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    // The heading is not a check-worthy claim.
    const position = rangeOf(document, 'Amnesty in the North').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.doesNotMatch(plainMarkdown(hoverText(hovers)), /Claimcheck/);
  });
});
