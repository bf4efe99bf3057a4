import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fileUri, openFile, waitFor } from './helpers';

describe('Claimcheck in a real VS Code', () => {
  it('runs inside VS Code 1.100 with the fixture workspace open', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
  });

  it('activates when a Markdown draft is opened', async () => {
    const editor = await openFile('drafts/amnesty.md');
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(editor.document.uri.toString(), fileUri('drafts/amnesty.md').toString());
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is loaded from extensionDevelopmentPath`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined), { timeout: 30_000 });
  });
});
