import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, PHRASES, REPORT_SOURCE, lineOf, openFile, rangeOf, settledDiagnostics } from './helpers';

function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in location ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange } : location;
}

describe('Go to Definition', () => {
  it('on a supported claim goes to the supporting passage in the source file', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.supported).start.translate(0, 3);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, position);
    assert.ok(locations.length >= 1, 'at least one location');
    const { uri, range } = targetOf(locations[0]);
    assert.ok(uri.path.endsWith(`/${REPORT_SOURCE}`), `points into ${REPORT_SOURCE}, not ${uri.toString()}`);
    const expectedLine = await lineOf(REPORT_SOURCE, 'On January 10, KCNA announced a prisoner amnesty');
    assert.equal(range.start.line, expectedLine, 'the line of the passage');

    // And what is there is the passage.
    const source = await vscode.workspace.openTextDocument(uri);
    assert.match(source.getText(range), /KCNA announced a prisoner amnesty/);
  });

  it('on an altered quote goes to the source wording', async () => {
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const position = rangeOf(document, PHRASES.altered).start.translate(0, 2);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, position);
    assert.ok(locations.length >= 1, 'at least one location');
    const { uri, range } = targetOf(locations[0]);
    assert.ok(uri.path.endsWith(`/${REPORT_SOURCE}`), `points into ${REPORT_SOURCE}, not ${uri.toString()}`);
    assert.equal(range.start.line, await lineOf(REPORT_SOURCE, 'They carried it out only because'));
  });
});
