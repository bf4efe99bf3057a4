// The writer's view in a real VS Code (issue 10): the Claims view with its counts and coverage, the status bar,
// the Problems panel after Check Citations, Go to Definition selecting the passage, the supported-claim marker,
// and the quick pick's drafts. What the extension API cannot see (the panel, the status bar, the view's header)
// is read from the workbench page through the runner (helpers.ts, `probe`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DRAFT, PHRASES, REPORT_SOURCE, canProbe, claimcheckApi, codeOf, fileUri, lineOf, openFile, plainMarkdown, probe, rangeOf,
  revertAndSettle, settledDiagnostics, snapshot, waitFor, type ClaimsViewSnapshot,
} from './helpers';

/** The Claims view once it shows the draft's claims (and `accept` holds). */
async function claimsOf(uri: vscode.Uri, accept: (view: ClaimsViewSnapshot) => boolean = () => true): Promise<ClaimsViewSnapshot> {
  const api = await claimcheckApi();
  return waitFor('the Claims view to show the draft', async () => {
    const view = await api.claimsView();
    return view.uri === uri.toString() && view.groups.length > 0 && accept(view) ? view : undefined;
  }, { timeout: 60_000 });
}

function group(view: ClaimsViewSnapshot, label: string) {
  return view.groups.find((g) => g.label === label);
}

describe('The Claims view', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openFile(DRAFT);
    await settledDiagnostics(editor.document.uri);
  });

  it('lists every claim and quote of the active draft by verdict, with its best source and score, counts in the title', async () => {
    const diagnostics = await settledDiagnostics(editor.document.uri);
    const view = await claimsOf(editor.document.uri);
    const count = (code: string) => diagnostics.filter((d) => codeOf(d) === code).length;
    // Groups in the order a writer works through them; empty ones are left out.
    // A supported claim with a flagged quote or citation in it is not under "Supported" (core/standing.ts).
    assert.deepEqual(view.groups.map((g) => g.label), ['Contradicted', 'Unsupported', 'Misattributed quotes', 'Altered quotes', 'Quotes not found', 'Supported, but a quote or citation is flagged', 'Supported', 'Verbatim quotes']);
    assert.equal(group(view, 'Contradicted')!.children.length, count('contradicted-claim'));
    assert.equal(group(view, 'Unsupported')!.children.length, count('unsupported-claim'));
    assert.equal(group(view, 'Altered quotes')!.children.length, count('altered-quote'));
    assert.equal(group(view, 'Misattributed quotes')!.children.length, count('misattributed-quote'));
    const claims = ['Contradicted', 'Unsupported', 'Supported, but a quote or citation is flagged', 'Supported'].reduce((n, label) => n + (group(view, label)?.children.length ?? 0), 0);
    assert.equal(view.title, `Claims (${claims})`);
    assert.equal(view.description, `${group(view, 'Supported')!.children.length} supported · ${count('contradicted-claim')} contradicted · ${count('unsupported-claim')} unsupported · ${group(view, 'Supported, but a quote or citation is flagged')!.children.length} flagged`);
    // A supported claim names its source and line, and its score.
    // Labels are cut at 44 characters; the tooltip has the whole sentence.
    const supported = group(view, 'Supported')!.children.find((c) => plainMarkdown(c.tooltip).includes(PHRASES.supported));
    assert.ok(supported && supported.label.length <= 45 && supported.label.endsWith('…'), `the label is cut: ${supported?.label}`);
    assert.ok(supported, `the supported claim is listed: ${JSON.stringify(group(view, 'Supported'))}`);
    const line = (await lineOf(REPORT_SOURCE, 'On January 10, KCNA announced')) + 1;
    assert.match(supported.description, new RegExp(`^amnesty-report:${line} · \\d+%`));
    assert.match(plainMarkdown(supported.tooltip), /Source: sources\/amnesty-report\.txt/);
    // A contradicted claim shows no score: a percentage there would read as support.
    const contradicted = group(view, 'Contradicted')!.children[0];
    assert.match(contradicted.description, /^amnesty-report:\d+$/);
    // Flagged items carry the finding's message.
    assert.match(plainMarkdown(group(view, 'Altered quotes')!.children[0].tooltip), /“had no” where the source has “didn’t have any”/);
    // The Explorer's badge: claims and quotes with a finding (an unknown citation key is neither).
    assert.equal(view.badge, diagnostics.filter((d) => codeOf(d) !== 'unknown-citation').length);
  });

  it('shows the coverage in its header', async () => {
    const view = await claimsOf(editor.document.uri);
    const supported = group(view, 'Supported')!.children.length;
    const claims = Number(/\((\d+)\)/.exec(view.title ?? '')![1]);
    const verbatim = group(view, 'Verbatim quotes')!.children.length;
    const quoteGroups = ['Misattributed quotes', 'Altered quotes', 'Quotes not found', 'Verbatim quotes'];
    const quotes = view.groups.filter((g) => quoteGroups.includes(g.label)).reduce((n, g) => n + g.children.length, 0);
    assert.match(view.message ?? '', new RegExp(`^drafts/amnesty\\.md: ${supported} of ${claims} claims supported \\(${Math.round((100 * supported) / claims)}%\\)`));
    // The misattributed quote has the source's words, yet it is not verified.
    assert.match(view.message ?? '', new RegExp(`${verbatim} of ${quotes} quotes verified, 1 misattributed`));
    assert.match(view.message ?? '', /every source used|never used/);
  });

  it('is in the Explorer, with its counts and coverage on screen', async function () {
    if (!canProbe()) this.skip();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('claimcheck.claims.focus');
    const view = await claimsOf(editor.document.uri);
    const header = await waitFor('the Claims header on screen', async () => {
      const answer = await probe({ op: 'query', selector: '.pane-header' });
      return answer.texts?.find((t) => /claims \(\d+\)/i.test(t));
    });
    assert.match(header, new RegExp(view.title!.replace(/[()]/g, '\\$&'), 'i'));
    assert.ok(header.includes(view.description!), `the counts beside the title: ${header}`);
    const message = await waitFor('the coverage on screen', async () => {
      const answer = await probe({ op: 'query', selector: '.pane-body .message' });
      return answer.texts?.find((t) => t.includes('claims supported'));
    });
    assert.equal(message.trim(), view.message);
  });

  it('lists a misattributed quote in its own group, and its claim (supported by the words) not as supported, with no ✓', async () => {
    const view = await claimsOf(editor.document.uri);
    const quote = group(view, 'Misattributed quotes')!.children.find((c) => c.label.includes('Did families pay'));
    assert.ok(quote, `the quote is listed as misattributed: ${JSON.stringify(view.groups.map((g) => g.label))}`);
    assert.match(plainMarkdown(quote.tooltip), /said by Desk, not Choi Min-jun/);
    assert.ok(!group(view, 'Verbatim quotes')?.children.some((c) => c.label.includes('Did families pay')), 'not listed as verbatim');
    const flagged = group(view, 'Supported, but a quote or citation is flagged')!.children;
    const claim = flagged.find((c) => plainMarkdown(c.tooltip).includes(PHRASES.misattributed));
    assert.ok(claim, `its claim is listed as flagged: ${JSON.stringify(flagged.map((c) => c.label))}`);
    assert.match(claim.description, /misattributed quote/);
    assert.ok(!group(view, 'Supported')!.children.some((c) => plainMarkdown(c.tooltip).includes(PHRASES.misattributed)), 'not under Supported');
    // No ✓ marker on its line (nor on the altered quote's), while a clear claim has one.
    const document = editor.document;
    const hints = await waitFor('the supported-claim markers', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
      return found.length ? found : undefined;
    });
    const marked = new Set(hints.map((h) => h.position.line));
    assert.ok(marked.has(rangeOf(document, PHRASES.supported).start.line), 'a clear claim keeps its marker');
    assert.ok(!marked.has(rangeOf(document, PHRASES.misattributed).start.line), 'no ✓ after the misattributed quote');
    assert.ok(!marked.has(rangeOf(document, PHRASES.altered).start.line), 'no ✓ after the altered quote');
  });

  it('reveals a claim in the draft when its item is clicked', async function () {
    const view = await claimsOf(editor.document.uri);
    const item = group(view, 'Unsupported')!.children.find((c) => c.label.includes(PHRASES.unsupported))!;
    assert.ok(item.command, 'the item has a command');
    // Elsewhere first, so that the reveal has to bring the draft back.
    await vscode.window.showTextDocument(fileUri(REPORT_SOURCE), { preview: false });
    if (canProbe()) {
      // A real click on the row in the Explorer, with the folder tree collapsed so that the Claims view has room.
      await vscode.commands.executeCommand('workbench.view.explorer');
      await vscode.commands.executeCommand('claimcheck.claims.focus');
      const headers = await probe({ op: 'query', selector: '.pane-header[aria-expanded="true"]' });
      const folder = headers.texts?.find((t) => /e2e-workspace/i.test(t));
      if (folder) await probe({ op: 'click', selector: '.pane-header', text: folder.split('\n')[0] });
      await waitFor('the row on screen', async () => ((await probe({ op: 'query', selector: `.monaco-list-row:has-text("${PHRASES.unsupported}")` })).visible ? true : undefined));
      await probe({ op: 'click', selector: '.monaco-list-row', text: PHRASES.unsupported });
    } else {
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    }
    const active = await waitFor('the draft to be active with the claim selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === editor.document.uri.toString() && !e.selection.isEmpty ? e : undefined;
    });
    assert.ok(active.document.getText(active.selection).startsWith(PHRASES.unsupported), `selected: ${active.document.getText(active.selection)}`);
  });

  it('refreshes with the diagnostics when an edit changes a verdict', async () => {
    editor = await openFile(DRAFT);
    const before = snapshot(editor);
    try {
      const range = rangeOf(editor.document, 'On January 10, KCNA');
      await editor.edit((edit) => edit.replace(range, 'On January 17, KCNA'));
      const view = await claimsOf(editor.document.uri, (v) => !!group(v, 'Contradicted')?.children.some((c) => c.label.includes('January 17')));
      assert.ok(!group(view, 'Supported')!.children.some((c) => c.label.includes('January 17')));
      const diagnostics = await settledDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'contradicted-claim' && editor.document.getText(x.range).includes('January 17')));
      assert.equal(group(view, 'Contradicted')!.children.length, diagnostics.filter((d) => codeOf(d) === 'contradicted-claim').length);
    } finally {
      await revertAndSettle(editor, before);
    }
  });
});

describe('The status bar and Check Citations', () => {
  it('counts every finding, not only unsupported claims, with the worst severity as its icon', async function () {
    const { document } = await openFile(DRAFT);
    const diagnostics = await settledDiagnostics(document.uri);
    await vscode.commands.executeCommand('claimcheck.checkCitations', { scope: 'workspace' });
    const api = await claimcheckApi();
    const text = await waitFor('the status bar to count the findings', () => {
      const shown = api.statusBar().text;
      return shown === `$(error) Claimcheck: ${diagnostics.length} findings` ? shown : undefined;
    });
    const tooltip = plainMarkdown(api.statusBar().tooltip);
    assert.match(tooltip, /contradicted claim/);
    assert.match(tooltip, /altered quote/);
    assert.match(tooltip, /unknown citation/);
    if (canProbe()) {
      const answer = await probe({ op: 'query', selector: '.statusbar-item' });
      assert.ok(answer.texts?.some((t) => t.includes(text.replace('$(error) ', ''))), `on screen: ${answer.texts?.join(' | ')}`);
    }
  });

  it('opens the Problems panel, and leaves it open when it is open already (it used to toggle it closed)', async function () {
    if (!canProbe()) this.skip();
    const { document } = await openFile(DRAFT);
    await settledDiagnostics(document.uri);
    const problemsVisible = async () => (await probe({ op: 'query', selector: '.markers-panel' })).visible === true;
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await waitFor('the panel to close', async () => ((await problemsVisible()) ? undefined : true));
    await openFile(DRAFT);
    // Run after run, as from the status bar item (the focus stays where the last run left it, in the Problems
    // panel): the old command toggled the panel, so every other run closed it.
    for (let run = 1; run <= 3; run++) {
      await vscode.commands.executeCommand('claimcheck.checkCitations', { uri: document.uri.toString() });
      await waitFor(`the Problems panel open after run ${run}`, async () => ((await problemsVisible()) ? true : undefined), { timeout: 10_000 });
    }
  });

  it('lists in its quick pick the drafts the server checks: not README.md, which the settings exclude, nor sources', async function () {
    if (!canProbe()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const running = vscode.commands.executeCommand('claimcheck.checkCitations');
    const rows = await waitFor('the quick pick', async () => {
      const answer = await probe({ op: 'query', selector: '.quick-input-list .monaco-list-row' });
      return answer.texts?.some((t) => t.includes('drafts/amnesty.md')) ? answer.texts : undefined;
    });
    await probe({ op: 'press', key: 'Escape' });
    assert.equal(await running, undefined, 'dismissed: nothing checked');
    assert.ok(rows.some((t) => t.includes('All drafts in the workspace')));
    assert.ok(!rows.some((t) => t.includes('README')), `README.md is excluded: ${rows.join(' | ')}`);
    assert.ok(!rows.some((t) => t.includes('sources/')), `sources are not drafts: ${rows.join(' | ')}`);
  });
});

describe('Go to Definition and the supported-claim marker', () => {
  it('Go to Definition selects the whole passage in the source', async () => {
    const editor = await openFile(DRAFT);
    await settledDiagnostics(editor.document.uri);
    const at = rangeOf(editor.document, PHRASES.supported).start.translate(0, 3);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const source = await waitFor('the source with the passage selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(`/${REPORT_SOURCE}`) && !e.selection.isEmpty ? e : undefined;
    });
    assert.equal(source.document.getText(source.selection), 'On January 10, KCNA announced a prisoner amnesty be conducted in February.');
  });

  it('marks a supported claim with "✓ source:line", and the setting turns it off', async () => {
    const editor = await openFile(DRAFT);
    await settledDiagnostics(editor.document.uri);
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const labels = async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    };
    const line = (await lineOf(REPORT_SOURCE, 'On January 10, KCNA announced')) + 1;
    const on = await waitFor('the supported-claim marker', async () => {
      const found = await labels();
      return found.includes(`✓ amnesty-report:${line}`) ? found : undefined;
    });
    assert.ok(on.every((l) => l.startsWith('✓ ')), on.join(' | '));
    const config = vscode.workspace.getConfiguration('claimcheck');
    await config.update('markSupportedClaims', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no marker with the setting off', async () => ((await labels()).length === 0 ? true : undefined));
    } finally {
      await config.update('markSupportedClaims', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the marker back', async () => ((await labels()).length > 0 ? true : undefined));
  });
});
