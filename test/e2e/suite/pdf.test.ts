import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, plainMarkdown, waitFor } from './helpers';

/** The arguments of the first "Open source" link of a hover's Markdown. */
function openSourceArgs(markdown: string): unknown[] {
  const link = /\(command:claimcheck\.openSource\?([^)\s]+)\)/.exec(markdown);
  assert.ok(link, `an Open source link; got:\n${markdown}`);
  return JSON.parse(decodeURIComponent(link[1])) as unknown[];
}

describe('PDF sources', () => {
  // A draft that is not a file of the workspace (an untitled buffer), so the fixture's drafts are unchanged.
  const claim = 'Divers counted 3,200 oysters on the survey reef last September, up from 1,100 in 2021.';

  it('a hover on a claim supported by a PDF passage names the page and opens the extracted text there', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Harbour\n\n${claim}\n` });
    await vscode.window.showTextDocument(document, { preview: false });
    const position = new vscode.Position(2, 3);
    const markdown = await waitFor('a hover citing the PDF report', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const text = hoverText(hovers);
      return text.includes('harbour-report.pdf') ? text : undefined;
    }, { timeout: 90_000, interval: 500 });
    const text = plainMarkdown(markdown);
    assert.match(text, /Supported/, `the verdict; got:\n${text}`);
    assert.match(text, /harbour-report\.pdf — Harbour Water Quality Report 2023 · dated 4 March 2024 · p\. 2/, `source, title, date and page; got:\n${text}`);
    assert.ok(text.includes('Divers counted 3,200 living oysters on the survey reef in September 2023'), `the passage as the PDF has it; got:\n${text}`);

    // "Open source" (no PDF viewer is installed here): the extracted text, read-only, at the passage, page marked.
    const args = openSourceArgs(markdown);
    assert.match(String(args[0]), /^claimcheck-source:.*\/sources\/harbour-report\.pdf\.txt$/);
    assert.deepEqual(args[5], { page: 2 }, '[uri, line, character, endLine, endCharacter, { page }]');
    assert.equal(await vscode.commands.executeCommand('claimcheck.openSource', ...args), true);
    const editor = await waitFor('the extracted text in an editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'claimcheck-source' ? active : undefined;
    });
    // Its own language (word wrap on), without losing the place.
    await waitFor('the extracted-text language', () => (vscode.window.activeTextEditor?.document.languageId === 'claimcheck-extracted' ? true : undefined));
    const extracted = editor.document.getText();
    assert.ok(extracted.includes('──── Page 2 of 3 ────'), 'pages are marked');
    const active = vscode.window.activeTextEditor!;
    const line = active.document.lineAt(active.selection.active.line).text;
    assert.ok(line.startsWith('Divers counted 3,200 living oysters'), `the cursor is on the passage; line ${active.selection.active.line}: ${line}`);
    const pageMarker = extracted.lastIndexOf('──── Page', active.document.offsetAt(active.selection.active));
    assert.ok(extracted.slice(pageMarker).startsWith('──── Page 2 of 3'), 'the passage is under the page 2 marker');

    // Go to Definition lands in the same extracted text.
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    const target = locations[0] && ('targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri);
    assert.equal(target?.toString(), editor.document.uri.toString());
  });

  after(async () => {
    // Close the extracted text, then throw the untitled draft away without a save prompt.
    for (const editor of vscode.window.visibleTextEditors) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand(editor.document.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.closeActiveEditor');
    }
  });
});
