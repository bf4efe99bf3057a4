/**
 * PDF, Word and transcript sources through the real server: evidence locations in the extracted text
 * (`claimcheck-source:` URIs for a client that shows them), `claimcheck/sourceText`, the misattributed-quote
 * diagnostic and its quick fix. The workspace is a copy of examples/newsroom.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SourceTextRequest } from '../../shared/protocol';
import { REPO, TestClient, uriOf } from './harness';

function example(): { root: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-sources-'));
  cpSync(join(REPO, 'examples', 'newsroom'), root, { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

async function hoverAt(client: TestClient, uri: string, text: string, needle: string): Promise<string> {
  const position = TextDocument.create(uri, 'markdown', 1, text).positionAt(text.indexOf(needle) + 2);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

test('a client that shows extracted text gets claimcheck-source: locations for PDF passages, and the text itself', async () => {
  const ws = example();
  const client = await TestClient.start({ root: ws.root, initializationOptions: { extractedText: true } });
  try {
    await client.ready();
    const draft = 'drafts/harbour.md';
    const uri = await client.open(draft);
    const text = readFileSync(join(ws.root, draft), 'utf8');
    const hover = await hoverAt(client, uri, text, 'Divers counted');
    const pdfUri = uriOf(join(ws.root, 'sources', 'harbour-report.pdf'));
    const virtual = `claimcheck-source:${pdfUri.slice('file:'.length)}.txt`;
    assert.match(hover, /harbour\\-report\\\.pdf/);
    assert.match(hover, /· p\. 2 ·/);
    const link = /\(command:claimcheck\.openSource\?([^)\s]+)\)/.exec(hover);
    assert.ok(link, hover);
    // [uri, line, character, endLine, endCharacter, { page }]: the passage selected, the page for a PDF viewer.
    const [target, line, character, endLine, , extra] = JSON.parse(decodeURIComponent(link[1])) as [string, number, number, number, number, unknown];
    assert.equal(target, virtual, 'the Open source link points into the extracted text');
    assert.deepEqual([character, extra], [0, { page: 2 }]);
    assert.ok(endLine >= line);

    // The extracted text: the positions in the hover are lines of it.
    const extracted = await client.connection.sendRequest(SourceTextRequest, { uri: pdfUri });
    assert.ok(extracted);
    const lines = extracted.text.split('\n');
    assert.ok(lines[line].startsWith('Divers counted 3,200 living oysters'), `line ${line + 1} of the extracted text: ${lines[line]}`);
    assert.ok(lines.slice(0, line).lastIndexOf('──── Page 2 of 3 ────') > lines.slice(0, line).lastIndexOf('──── Page 1 of 3 ────'), 'under the page 2 marker');
    assert.ok(lines.includes('──── Page 2 of 3 ────'));
    // A text source is its own file; a draft or a file outside the sources is not served.
    assert.equal(await client.connection.sendRequest(SourceTextRequest, { uri: uriOf(join(ws.root, 'sources', 'amnesty-report.txt')) }), null);
    assert.equal(await client.connection.sendRequest(SourceTextRequest, { uri: uriOf(join(ws.root, 'drafts', 'harbour.md')) }), null);
    assert.equal(await client.connection.sendRequest(SourceTextRequest, { uri: uriOf('/etc/passwd') }), null);
    await assert.rejects(client.connection.sendRequest(SourceTextRequest, { uri: 'https://example.org/x.pdf' }));

    // The misattributed quote: its diagnostic points at the transcript, its quick fix puts the real speaker in.
    const diagnostics: Diagnostic[] = await client.pullFull(uri);
    const misattributed = diagnostics.filter((d) => d.code === 'misattributed-quote');
    assert.equal(misattributed.length, 1);
    const [d] = misattributed;
    assert.match(String(d.message), /said by Dr Amara Okafor \(marine biologist\), not Brennan/);
    assert.ok(d.relatedInformation?.some((r) => r.location.uri.endsWith('/sources/harbour-panel.vtt')));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Attribute to Okafor, as sources/harbour-panel.vtt has it');
    assert.ok(fix, `the quick fix; got ${actions.map((a) => a.title).join(' | ')}`);
    const edits = (fix.edit?.documentChanges as TextDocumentEdit[]).flatMap((c) => c.edits as TextEdit[]);
    assert.equal(edits.length, 1);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    assert.equal(text.slice(doc.offsetAt(edits[0].range.start), doc.offsetAt(edits[0].range.end)), 'Brennan');
    assert.equal(edits[0].newText, 'Okafor');
    // The contradicted claim from the PDF points into the extracted text too.
    const sites = diagnostics.find((x) => String(x.message).startsWith('The source gives 14, not 16'));
    assert.equal(sites?.relatedInformation?.[0].location.uri, virtual);
  } finally {
    await client.stop();
    ws.dispose();
  }
});

test('a client that does not show extracted text gets the PDF file itself', async () => {
  const ws = example();
  const client = await TestClient.start({ root: ws.root });
  try {
    await client.ready();
    const uri = await client.open('drafts/harbour.md');
    const hover = await hoverAt(client, uri, readFileSync(join(ws.root, 'drafts', 'harbour.md'), 'utf8'), 'Divers counted');
    assert.ok(hover.includes(encodeURIComponent(uriOf(join(ws.root, 'sources', 'harbour-report.pdf')))), hover);
    assert.ok(!hover.includes('claimcheck-source'));
  } finally {
    await client.stop();
    ws.dispose();
  }
});
