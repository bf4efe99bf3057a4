import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, codeOf, openFile, settledDiagnostics } from './helpers';

/** The parts of the command's summary the tests read (see shared/protocol.ts, CheckWorkspaceResult). */
interface Counts {
  claims: number;
  supported: number;
  flagged: number;
  contradicted: number;
  unsupported: number;
  quotes: number;
  verbatim: number;
  misattributed: number;
  altered: number;
  notFound: number;
  findings: Record<string, number>;
}
interface Summary {
  files: (Counts & { uri: string; path: string })[];
  total: Counts & { files: number };
  sources: number;
}

describe('The Check Citations command', () => {
  it('checks the active draft and returns counts that match its diagnostics', async () => {
    const { document } = await openFile(DRAFT);
    const diagnostics = await settledDiagnostics(document.uri);
    const summary = await vscode.commands.executeCommand<Summary | undefined>('claimcheck.checkCitations', { uri: document.uri.toString() });
    assert.ok(summary, 'the command returns its summary');
    assert.equal(summary.total.files, 1);
    assert.equal(summary.sources, 3, 'the three fixture sources (two texts and a PDF)');
    const [file] = summary.files;
    assert.equal(file.path, DRAFT);

    assert.equal(file.quotes, 4, 'four quotes');
    assert.equal(file.verbatim, 1, 'one verbatim quote');
    assert.equal(file.misattributed, 1, 'one misattributed quote (not counted verbatim)');
    assert.equal(file.altered, 1, 'one altered quote');
    assert.equal(file.notFound, 1, 'one quote in no source');
    assert.ok(file.supported >= 2, `at least two supported claims, got ${file.supported}`);
    assert.equal(file.contradicted, 1);
    assert.ok(file.unsupported >= 1, `at least one unsupported claim, got ${file.unsupported}`);
    assert.ok(file.flagged >= 2, `supported claims with a flagged quote or citation are not counted supported, got ${file.flagged}`);
    assert.equal(file.claims, file.supported + file.flagged + file.contradicted + file.unsupported, 'every claim in one group');

    // The counts agree with what the editor shows.
    const shown: Record<string, number> = {};
    for (const d of diagnostics) shown[codeOf(d)] = (shown[codeOf(d)] ?? 0) + 1;
    const reported = Object.fromEntries(Object.entries(file.findings).filter(([, n]) => n > 0));
    assert.deepEqual(reported, shown);
  });

  it('checks every draft of the workspace, and only drafts', async () => {
    const summary = await vscode.commands.executeCommand<Summary | undefined>('claimcheck.checkCitations', { scope: 'workspace' });
    assert.ok(summary, 'the command returns its summary');
    assert.deepEqual(summary.files.map((f) => f.path), [DRAFT], 'sources are not checked as drafts');
    assert.equal(summary.total.altered, 1);
  });

  it('takes a Uri, as the Explorer and editor-tab context menus pass it', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'drafts', 'amnesty.md');
    const summary = await vscode.commands.executeCommand<Summary | undefined>('claimcheck.checkCitations', uri);
    assert.ok(summary, 'the command returns its summary');
    assert.deepEqual(summary.files.map((f) => f.path), [DRAFT]);
  });
});
