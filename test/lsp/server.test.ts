/**
 * The real bundled language server over stdio, on the fixture workspace (test/fixtures/workspace):
 * sources/kcna.txt, sources/interview-park.md, sources/rumours.txt (hostile markup), drafts/report.md.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import {
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type Location,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { CheckWorkspaceRequest, RebuildIndexRequest, type CheckWorkspaceResult } from '../../shared/protocol';
import { copyFixture, FIXTURE, PUSH_CAPABILITIES, TestClient, uriOf, waitFor } from './harness';

function readFixture(relative: string): string {
  return readFileSync(`${FIXTURE}/${relative}`, 'utf8');
}

const requireCjs = createRequire(__filename);
// markdown-it renders hover Markdown the CommonMark way; it comes with @vscode/vsce.
const MarkdownIt = requireCjs('markdown-it') as new (options: object) => { render(src: string): string };

const REQUEST_CANCELLED = -32800;
const CONTENT_MODIFIED = -32801;

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

function textAt(text: string, diagnostic: Diagnostic): string {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return text.slice(doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end));
}

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `fixture contains ${JSON.stringify(needle)}`);
  return TextDocument.create('file:///x', 'markdown', 1, text).positionAt(offset + delta);
}

function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  if (changes) return changes.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits as TextEdit[]);
  return action.edit?.changes?.[uri] ?? [];
}

/** Edits as didChange events: applied one after the other, so the last in the text goes first. */
function asChanges(edits: TextEdit[]): { range: TextEdit['range']; text: string }[] {
  return [...edits]
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText }));
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

describe('language server on the fixture workspace (pull diagnostics)', () => {
  let client: TestClient;
  let draft: string;

  before(async () => {
    client = await TestClient.start();
    draft = await client.open('drafts/report.md');
  });
  after(() => client.stop());

  test('initialize declares the features, indexes the sources and logs a banner', async () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'claimcheck', interFileDependencies: true, workspaceDiagnostics: true });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(JSON.stringify(caps.codeActionProvider).includes('quickfix'));
    const status = await client.ready();
    assert.equal(status.state, 'ready');
    assert.equal(status.documents, 3, 'three source files, one document each');
    assert.ok(status.passages > 3);
    assert.ok(client.logs.some((l) => l.startsWith('Claimcheck language server started') && l.includes('node v')));
    assert.ok(client.logs.some((l) => /^Indexed 3 documents .* in \d+ ms\.$/.test(l)), client.logs.join('\n'));
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(JSON.stringify(watched?.registerOptions).includes('**/.claimcheck.json'));
  });

  test('pull diagnostics: one per finding, with codes, ranges, messages and evidence', async () => {
    const diagnostics = await client.pullFull(draft);
    const text = client.text(draft);
    for (const d of diagnostics) {
      assert.equal(d.source, 'claimcheck');
      assert.equal(d.codeDescription?.href, `https://github.com/claimcheck/claimcheck#${d.code}`);
      assert.ok(String(d.message).length > 10);
    }
    const [contradicted] = byCode(diagnostics, 'contradicted-claim');
    assert.ok(contradicted, `a contradicted claim among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.match(textAt(text, contradicted), /^The Presidium .* announced on January 15 a special amnesty/);
    assert.equal(contradicted.severity, 1);
    assert.match(String(contradicted.message), /January 10/);
    assert.equal(contradicted.relatedInformation?.[0].location.uri, client.uri('sources/kcna.txt'));

    const [altered] = byCode(diagnostics, 'altered-quote');
    assert.ok(altered, 'the altered quote is flagged');
    assert.match(textAt(text, altered), /detained again within a year/);
    assert.equal(altered.relatedInformation?.[0].location.uri, client.uri('sources/interview-park.md'));

    const [unknown] = byCode(diagnostics, 'unknown-citation');
    assert.equal(textAt(text, unknown), '[@nosuchsource]');

    const unsupported = byCode(diagnostics, 'unsupported-claim').map((d) => textAt(text, d));
    assert.ok(unsupported.some((t) => t.includes('food ration of 20 kilograms')), `unsupported: ${JSON.stringify(unsupported)}`);
    // The supported claim about the estimate has no finding at all.
    assert.ok(!diagnostics.some((d) => textAt(text, d).includes('1,500 and 3,000')));
  });

  test('a second pull with the previous result id is answered "unchanged"', async () => {
    const first = await client.pull(draft);
    assert.equal(first.kind, 'full');
    const second = await client.pull(draft, first.resultId);
    assert.equal(second.kind, 'unchanged');
  });

  test('hover on a contradicted claim shows the verdict, the source value in bold and a link that selects the passage', async () => {
    const text = client.text(draft);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: positionOf(text, 'announced on January 15') });
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /Contradicted/);
    // The diagnostic above the card says "The source gives January 10, not January 15": the card does not repeat
    // it, and shows no support score (it would read as "supported"); the passage has the source's value in bold.
    assert.doesNotMatch(value, /support|~~January 15~~/i);
    assert.match(value, /\*\*January 10\*\*|January \*\*10\*\*/);
    const link = /\(command:claimcheck\.openSource\?([^)]+)\)/.exec(value);
    assert.ok(link, 'an open-source link');
    const [uri, line, character, endLine, endCharacter] = JSON.parse(decodeURIComponent(link[1]));
    assert.equal(uri, client.uri('sources/kcna.txt'));
    assert.equal(line, 3, 'the passage with "announced on January 10" is on line 4');
    assert.equal(typeof character, 'number');
    assert.ok(endLine > line || endCharacter > character, 'the link selects the passage');
  });

  test('hover Markdown from a hostile source is inert: no links but ours, no HTML', async () => {
    const text = client.text(draft);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: positionOf(text, 'border market') });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /rumours\.txt/, 'the rumours passage is shown');
    assert.match(value, /onerror/, 'the hostile text is shown, as text');
    // Render as CommonMark with raw HTML allowed (stricter than VS Code): nothing active may come out.
    const html = new MarkdownIt({ html: true, linkify: true }).render(value);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<[^>]*onerror=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length >= 1);
    for (const href of hrefs) assert.match(href, /^command:claimcheck\.openSource\?/, `only our command is linked, got ${href}`);
    assert.doesNotMatch(html, /command:evil"/);
  });

  test('hover on a matching word is bold in the passage; no hover outside claims', async () => {
    const text = client.text(draft);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: positionOf(text, 'economic crimes') });
    assert.match((hover.contents as MarkupContent).value, /Supported/);
    assert.match((hover.contents as MarkupContent).value, /\*\*economic\*\*|\*\*economic crimes\*\*/);
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 3 } });
    assert.equal(none, null);
  });

  test('go to definition on a claim and on a quote opens the evidence passage', async () => {
    const text = client.text(draft);
    const claim = await client.request<Location>('textDocument/definition', { textDocument: { uri: draft }, position: positionOf(text, 'announced on January 15') });
    assert.equal(claim.uri, client.uri('sources/kcna.txt'));
    assert.equal(claim.range.start.line, 3);
    const quote = await client.request<Location>('textDocument/definition', { textDocument: { uri: draft }, position: positionOf(text, 'watched closely') });
    assert.equal(quote.uri, client.uri('sources/interview-park.md'));
    assert.equal(quote.range.start.line, 4);
  });

  test('workspace diagnostics report the drafts that are not open, and then "unchanged"', async () => {
    const report = await client.request<{ items: { uri: string; kind: string; resultId?: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
    const uris = report.items.map((i) => i.uri);
    assert.ok(uris.includes(client.uri('drafts/notes.txt')), `notes.txt in ${JSON.stringify(uris)}`);
    assert.ok(!uris.includes(draft), 'the open draft is left to document pulls');
    assert.ok(!uris.some((u) => u.includes('/sources/')), 'sources are not drafts');
    const again = await client.request<{ items: { uri: string; kind: string }[] }>('workspace/diagnostic', {
      previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId })),
    });
    assert.ok(again.items.every((i) => i.kind === 'unchanged'));
  });

  test('claimcheck/checkWorkspace counts claims per draft and in total', async () => {
    const result = await client.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, {});
    assert.deepEqual(result.files.map((f) => f.path).sort(), ['drafts/notes.txt', 'drafts/report.md']);
    const report = result.files.find((f) => f.path === 'drafts/report.md')!;
    assert.ok(report.claims >= 5);
    // One group each (core/standing.ts): a supported claim with a flagged quote or citation counts as flagged.
    assert.equal(report.supported + report.flagged + report.contradicted + report.unsupported, report.claims);
    assert.equal(report.verbatim + report.misattributed + report.altered + report.notFound, report.quotes);
    assert.ok(report.contradicted >= 1 && report.altered >= 1);
    assert.equal(result.total.files, 2);
    assert.equal(result.total.claims, result.files.reduce((n, f) => n + f.claims, 0));
    assert.equal(result.sources, 3);
    const one = await client.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, { uri: draft });
    assert.equal(one.files.length, 1);
    assert.equal(one.total.claims, report.claims);
  });
});

describe('code actions and edits', () => {
  let client: TestClient;
  let draft: string;

  before(async () => {
    client = await TestClient.start();
    draft = await client.open('drafts/report.md');
    await client.ready();
  });
  after(() => client.stop());

  test('the altered-quote fix restores the source wording, and the diagnostic goes away', async () => {
    const diagnostics = await client.pullFull(draft);
    const [altered] = byCode(diagnostics, 'altered-quote');
    assert.ok(altered);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draft },
      range: altered.range,
      context: { diagnostics: [altered] },
    });
    const fix = actions.find((a) => a.title.startsWith("Use the source's wording"));
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [altered]);
    const edits = editsFor(fix, draft);
    assert.equal((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, client.version(draft));
    const fixed = apply(client.text(draft), edits);
    // Issue 10, item 1: the sentence's final punctuation inside the quotation marks stays.
    assert.match(fixed, /"the released prisoners will be watched closely, and many will be arrested again within a year\."/);
    await client.change(draft, asChanges(edits), fixed);
    const after = await client.pullFull(draft);
    assert.deepEqual(byCode(after, 'altered-quote'), [], 'no altered quote after the fix');
    assert.ok(byCode(after, 'contradicted-claim').length > 0, 'the other findings stay');
  });

  test('the contradicted value fix, the ignore-paragraph fix and the open-source action', async () => {
    const diagnostics = await client.pullFull(draft);
    const [contradicted] = byCode(diagnostics, 'contradicted-claim');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draft },
      range: contradicted.range,
      context: { diagnostics: [contradicted] },
    });
    const titles = actions.map((a) => a.title);
    const change = actions.find((a) => a.title.includes('“January 15” to “January 10”'));
    assert.ok(change, `actions: ${titles.join(' | ')}`);
    const open = actions.find((a) => a.command?.command === 'claimcheck.openSource');
    assert.ok(open);
    assert.deepEqual(open.command!.arguments!.slice(0, 2), [client.uri('sources/kcna.txt'), 3]);
    const ignore = actions.find((a) => a.title.startsWith('Ignore this paragraph'));
    assert.ok(ignore);
    const ignored = apply(client.text(draft), editsFor(ignore, draft));
    assert.match(ignored, /\n<!-- claimcheck-ignore -->\nThe Presidium/);

    await client.change(draft, asChanges(editsFor(ignore, draft)), ignored);
    const afterIgnore = await client.pullFull(draft);
    assert.deepEqual(byCode(afterIgnore, 'contradicted-claim'), [], 'the ignored paragraph is not checked');
  });

  test('an edit (didChange) re-checks: correcting the date removes the contradiction', async () => {
    // Undo the ignore comment from the previous test, then fix the date by hand.
    const text = client.text(draft).replace('<!-- claimcheck-ignore -->\n', '');
    await client.change(draft, [{ text }], text);
    assert.equal(byCode(await client.pullFull(draft), 'contradicted-claim').length, 1);
    const start = positionOf(text, 'January 15', 'January '.length);
    const edited = text.replace('January 15', 'January 10');
    await client.change(draft, [{ range: { start, end: { line: start.line, character: start.character + 2 } }, text: '10' }], edited);
    const diagnostics = await client.pullFull(draft);
    assert.deepEqual(byCode(diagnostics, 'contradicted-claim'), []);
    assert.equal(byCode(diagnostics, 'unknown-citation').length, 1, 'unchanged findings stay');
  });

  test('the cite source action inserts a citation the engine then reads', async () => {
    const notes = await client.open('drafts/notes.txt');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notes },
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [], only: ['source'] },
    });
    const cite = actions.find((a) => a.title.includes('[@kcna]'));
    assert.ok(cite, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(cite.kind, 'source.claimcheck.cite');
    const cited = apply(client.text(notes), editsFor(cite, notes));
    assert.match(cited, /Kim Jong Il \[@kcna\]\./);
    await client.change(notes, asChanges(editsFor(cite, notes)), cited);
    const again = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notes },
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [], only: ['source'] },
    });
    assert.ok(!again.some((a) => a.title.includes('[@kcna]')), 'no second citation offered once it is there');
  });
});

describe('push diagnostics for a client without pull support', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
  });
  after(() => client.stop());

  test('publishDiagnostics arrives for an opened draft, with its version, and follows edits', async () => {
    const draft = await client.open('drafts/report.md');
    const first = await waitFor('pushed diagnostics', () => client.pushed.get(draft));
    assert.equal(first.version, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'contradicted-claim'));
    const text = client.text(draft).replace('January 15', 'January 10');
    await client.change(draft, [{ text }], text);
    const second = await waitFor('diagnostics for version 2', () => (client.pushed.get(draft)?.version === 2 ? client.pushed.get(draft) : undefined));
    assert.ok(!second.diagnostics.some((d) => d.code === 'contradicted-claim'));
    await client.close(draft);
    await waitFor('cleared diagnostics', () => (client.pushed.get(draft)?.diagnostics.length === 0 ? true : undefined));
  });

  test('checkWorkspace publishes the drafts that are not open, and the status counts their findings', async () => {
    const result = await client.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, {});
    assert.equal(result.total.files, 2);
    const report = client.uri('drafts/report.md');
    const pushed = await waitFor('diagnostics of the closed draft', () => client.pushed.get(report)?.diagnostics.length ? client.pushed.get(report) : undefined);
    assert.ok(pushed.diagnostics.some((d) => d.code === 'unknown-citation'));
    const findings = Object.values(result.total.findings).reduce((a, b) => a + b, 0);
    const status = await waitFor('a status with the findings', () => [...client.statuses].reverse().find((s) => s.findings === findings));
    assert.equal(status.state, 'ready');
    assert.equal(status.unsupported, result.total.findings['unsupported-claim']);
  });
});

describe('source changes and settings', () => {
  test('a changed source file (didChangeWatchedFiles) re-indexes it and refreshes diagnostics', async () => {
    const fixture = copyFixture();
    const client = await TestClient.start({ root: fixture.root });
    try {
      const draft = await client.open('drafts/report.md');
      assert.equal(byCode(await client.pullFull(draft), 'contradicted-claim').length, 1);
      const kcna = client.path('sources/kcna.txt');
      writeFileSync(kcna, readFileSync(kcna, 'utf8').replaceAll('January 10', 'January 15'));
      const refreshesBefore = client.refreshes;
      await client.filesChanged([{ uri: uriOf(kcna), type: FileChangeType.Changed }]);
      await waitFor('a diagnostics refresh', () => (client.refreshes > refreshesBefore ? true : undefined));
      const diagnostics = await client.pullFull(draft);
      assert.deepEqual(byCode(diagnostics, 'contradicted-claim'), [], 'the source now agrees with the draft');
      assert.ok(client.logs.some((l) => /^Re-indexed 1 changed source file/.test(l)));

      // A new source file makes the unknown citation known.
      writeFileSync(client.path('sources/nosuchsource.txt'), "The Supreme People's Assembly announced the amnesty in a statement.\n");
      await client.filesChanged([{ uri: client.uri('sources/nosuchsource.txt'), type: FileChangeType.Created }]);
      await waitFor('the new source to be indexed', async () => {
        const items = await client.pullFull(draft);
        return byCode(items, 'unknown-citation').length === 0 ? true : undefined;
      });
      const rebuilt = await client.request<{ documents: number }>(RebuildIndexRequest.method, undefined);
      assert.equal(rebuilt.documents, 4);
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });

  test('an open source buffer wins over the disk, and closing it goes back to the disk', async () => {
    const client = await TestClient.start();
    try {
      const draft = await client.open('drafts/report.md');
      assert.equal(byCode(await client.pullFull(draft), 'contradicted-claim').length, 1);
      const source = await client.open('sources/kcna.txt');
      const edited = client.text(source).replaceAll('January 10', 'January 15');
      await client.change(source, [{ text: edited }], edited);
      await waitFor('the unsaved source edit to reach the index', async () =>
        byCode(await client.pullFull(draft), 'contradicted-claim').length === 0 ? true : undefined);
      assert.deepEqual((await client.pullFull(source)), [], 'a source is not checked as a draft');
      await client.close(source);
      await waitFor('the index to go back to the file on disk', async () =>
        byCode(await client.pullFull(draft), 'contradicted-claim').length === 1 ? true : undefined);
    } finally {
      await client.stop();
    }
  });

  test('a changed .claimcheck.json applies its severities', async () => {
    const fixture = copyFixture();
    const client = await TestClient.start({ root: fixture.root });
    try {
      const draft = await client.open('drafts/report.md');
      assert.ok(byCode(await client.pullFull(draft), 'unknown-citation').length > 0);
      const config = client.path('.claimcheck.json');
      writeFileSync(config, JSON.stringify({ sources: ['sources'], severity: { 'unknown-citation': 'off', 'altered-quote': 'hint' } }));
      await client.filesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
      const diagnostics = await waitFor('the new severities', async () => {
        const items = await client.pullFull(draft);
        return byCode(items, 'unknown-citation').length === 0 ? items : undefined;
      });
      assert.equal(byCode(diagnostics, 'altered-quote')[0]?.severity, 4, 'altered quotes are hints now');
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });

  test('a huge text file is not read as a draft', async () => {
    const fixture = copyFixture();
    writeFileSync(`${fixture.root}/drafts/dump.txt`, 'The amnesty marks the 100th birthday of Kim Il Sung. '.repeat(25_000));
    const client = await TestClient.start({ root: fixture.root });
    try {
      const report = await client.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
      const uris = report.items.map((i) => i.uri);
      assert.ok(uris.includes(client.uri('drafts/report.md')));
      assert.ok(!uris.includes(client.uri('drafts/dump.txt')), 'the 1.3 MB file is skipped');
      assert.ok(client.logs.some((l) => l.startsWith('drafts/dump.txt is not checked: it is larger than 1024 KiB')), client.logs.join('\n'));
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });

  test('a workspace without sources stays quiet and says so in the status', async () => {
    const fixture = copyFixture();
    const { rmSync } = await import('node:fs');
    rmSync(`${fixture.root}/sources`, { recursive: true });
    const client = await TestClient.start({ root: fixture.root });
    try {
      const status = await client.ready();
      assert.equal(status.documents, 0);
      assert.match(status.message ?? '', /No sources/);
      const draft = await client.open('drafts/report.md');
      assert.deepEqual(await client.pullFull(draft), []);
      const workspace = await client.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.deepEqual(workspace.items, [], 'no draft is read while there is nothing to check against');
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });

  test('without .claimcheck.json the client settings decide, e.g. a severity set to off', async () => {
    const fixture = copyFixture();
    const { rmSync } = await import('node:fs');
    rmSync(`${fixture.root}/.claimcheck.json`);
    const client = await TestClient.start({ root: fixture.root, settings: { sources: ['sources'], severity: { 'unsupported-claim': 'off' }, trace: { server: 'off' } } });
    try {
      const draft = await client.open('drafts/report.md');
      const diagnostics = await client.pullFull(draft);
      assert.deepEqual(byCode(diagnostics, 'unsupported-claim'), []);
      assert.ok(byCode(diagnostics, 'contradicted-claim').length > 0);
      assert.ok(client.logs.some((l) => l.startsWith('Configuration from settings')));
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });
});

describe('cancellation', () => {
  test('a request cancelled while it waits for the index is answered RequestCancelled; the server lives on', async () => {
    // Deterministic: the server cannot finish the request before the test lets it. A rebuild of the index reads
    // the settings first, and the test holds back its answer to that `workspace/configuration` request, so the
    // index stays busy and the diagnostic request waits for it until the cancellation arrives.
    const fixture = copyFixture();
    rmSync(`${fixture.root}/.claimcheck.json`);
    const client = await TestClient.start({ root: fixture.root, settings: { sources: ['sources'] } });
    try {
      await client.ready();
      const uri = await client.open('drafts/report.md');
      const hold = client.holdConfiguration();
      const asked = client.configurationRequests;
      const rebuilding = client.request<{ documents: number }>(RebuildIndexRequest.method, undefined);
      await waitFor('the rebuild to ask for the settings', () => (client.configurationRequests > asked ? true : undefined));

      const source = new CancellationTokenSource();
      const pending = client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri } }, source);
      source.cancel();
      await assert.rejects(pending, (error: { code?: number }) => error.code === REQUEST_CANCELLED);

      hold.release();
      assert.ok((await rebuilding).documents > 0);
      const diagnostics = await client.pullFull(uri);
      assert.ok(diagnostics.length > 0);
      assert.equal(client.exited, false);
      assert.doesNotMatch(client.stderr, /Error/);
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });
});

describe('stale versions', () => {
  test('a hover whose draft changes before the answer is ready is answered ContentModified, never with stale data', async () => {
    const client = await TestClient.start();
    try {
      await client.ready();
      const paragraph = readFixture('drafts/report.md');
      // Long enough that checking it takes several turns of the event loop.
      const long = Array.from({ length: 40 }, (_, i) => paragraph.replaceAll('January 15', `January ${(i % 27) + 2}`)).join('\n\n');
      const uri = await client.open('drafts/stale.md', long);
      const position = positionOf(long, 'announced on January');
      const pending = client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
      const edited = `Inserted first line.\n\n${long}`;
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Inserted first line.\n\n' }], edited);
      await assert.rejects(pending, (error: { code?: number }) => error.code === CONTENT_MODIFIED);
      // Asked again, the server answers for the new version: the claim moved down two lines.
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: position.line + 2, character: position.character } });
      assert.match((hover.contents as MarkupContent).value, /Claimcheck/);
      assert.equal(hover.range?.start.line, position.line + 2);
    } finally {
      await client.stop();
    }
  });
});

describe('multi-root workspaces', () => {
  test('each folder has its own sources; a removed folder leaves the index', async () => {
    const a = copyFixture();
    const b = copyFixture();
    // In folder b the source agrees with the draft's date.
    const kcna = `${b.root}/sources/kcna.txt`;
    writeFileSync(kcna, readFileSync(kcna, 'utf8').replaceAll('January 10', 'January 15'));
    const client = await TestClient.start({ folders: [a.root, b.root] });
    try {
      const status = await waitFor('both folders indexed', () =>
        [...client.statuses].reverse().find((s) => s.state === 'ready' && s.documents === 6));
      assert.equal(status.documents, 6);
      const draftA = await client.open('drafts/report.md');
      const draftB = uriOf(`${b.root}/drafts/report.md`);
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: draftB, languageId: 'markdown', version: 1, text: readFileSync(`${b.root}/drafts/report.md`, 'utf8') },
      });
      assert.equal(byCode(await client.pullFull(draftA), 'contradicted-claim').length, 1, 'folder a: its source says January 10');
      assert.equal(byCode(await client.pullFull(draftB), 'contradicted-claim').length, 0, 'folder b: its source says January 15');
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftB }, position: positionOf(readFixture('drafts/report.md'), 'announced on January 15') });
      assert.ok((hover.contents as MarkupContent).value.includes(encodeURIComponent(uriOf(kcna)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)), 'the hover links to folder b\'s source');

      const all = await client.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, {});
      assert.equal(all.total.files, 4, 'two drafts in each folder');
      assert.equal(all.sources, 6);

      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: uriOf(b.root), name: 'folder1' }] },
      });
      await waitFor('folder b to leave the status', () => ([...client.statuses].reverse()[0]?.documents === 3 ? true : undefined));
      const after = await client.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, {});
      assert.equal(after.total.files, 2);
    } finally {
      await client.stop();
      a.dispose();
      b.dispose();
    }
  });
});

describe('a table source over the wire', () => {
  test('a column\'s figure: the hover shows the row with its labels, and the quick fix puts the figure in as the draft writes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-table-'));
    mkdirSync(join(root, 'sources'));
    writeFileSync(
      join(root, 'sources', 'league.html'),
      '<html><head><title>Northern League table</title></head><body><table>\n<tr><th>Pos</th><th>Team</th><th>Played</th><th>Won</th><th>Drawn</th><th>Lost</th><th>Points</th></tr>\n' +
        '<tr><td>1</td><td>Leeds Rovers</td><td>30</td><td>20</td><td>5</td><td>5</td><td>65</td></tr>\n<tr><td>2</td><td>Hull Athletic</td><td>30</td><td>17</td><td>8</td><td>5</td><td>59</td></tr>\n</table></body></html>\n',
    );
    const text = '# League\n\nHull Athletic have lost eight games this season.\n';
    writeFileSync(join(root, 'draft.md'), text);
    const client = await TestClient.start({ root });
    try {
      const draft = await client.open('draft.md');
      await client.ready();
      const [contradicted] = byCode(await client.pullFull(draft), 'contradicted-claim');
      assert.ok(contradicted);
      assert.match(String(contradicted.message), /Lost: 5, not eight games/);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: positionOf(text, 'lost eight') });
      // Source text is escaped in the card's Markdown; the column's figure is in bold.
      const card = (hover.contents as MarkupContent).value;
      assert.ok(card.includes('Won\\: 17'), card);
      assert.ok(card.includes('**Lost\\: 5**'), card);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draft }, range: contradicted.range, context: { diagnostics: [contradicted] } });
      const change = actions.find((a) => a.title.startsWith('Change'));
      assert.ok(change, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(change.title, 'Change “eight games” to “5 games”, as sources/league.html has it');
      const fixed = apply(client.text(draft), editsFor(change, draft));
      assert.equal(fixed, '# League\n\nHull Athletic have lost 5 games this season.\n');
      await client.change(draft, asChanges(editsFor(change, draft)), fixed);
      assert.deepEqual(byCode(await client.pullFull(draft), 'contradicted-claim'), []);
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

