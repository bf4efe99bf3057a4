/**
 * Restricted mode (issue 11 item 7): in an untrusted workspace the server reads only inside the workspace
 * folders, by real path, whatever `.claimcheck.json` says and whatever links the sources folder holds; when the
 * user grants trust it reads everything configured. The real server over stdio, on a temporary workspace next
 * to a folder of "private" files it must not show.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TrustNotification } from '../../server/src/protocol';
import { TestClient, waitFor } from './harness';

const SECRET = 'The vault combination is 41-17-29, Maria Lopez wrote on March 3.';
const DRAFT = [
  'The vault combination is 41-17-29, Maria Lopez wrote on March 3.',
  '',
  'On January 10, KCNA announced a prisoner amnesty to be conducted in February.',
  '',
].join('\n');

function claimDiagnostic(diagnostics: Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.range.start.line === 0);
}

describe('restricted mode (untrusted workspace)', { skip: process.platform === 'win32' }, () => {
  let base: string;
  let root: string;
  let client: TestClient;
  let draft: string;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'claimcheck-restricted-'));
    root = join(base, 'story');
    const privateDir = join(base, 'private');
    mkdirSync(join(root, 'sources'), { recursive: true });
    mkdirSync(privateDir);
    writeFileSync(join(privateDir, 'vault.txt'), `${SECRET}\n`);
    writeFileSync(join(privateDir, 'other.md'), `# Notes\n\n${SECRET}\n`);
    writeFileSync(join(root, 'sources', 'kcna.txt'), 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n');
    // Links inside sources/ to outside, a config naming outside folders three ways.
    symlinkSync(join(privateDir, 'vault.txt'), join(root, 'sources', 'vault-link.txt'));
    symlinkSync(privateDir, join(root, 'sources', 'private-link'));
    writeFileSync(join(root, '.claimcheck.json'), JSON.stringify({ sources: ['sources', '../private', privateDir, '../private/*.md'], severity: { 'unsupported-claim': 'error' } }));
    writeFileSync(join(root, 'draft.md'), DRAFT);
    client = await TestClient.start({ root, initializationOptions: { trusted: false } });
    await client.ready();
    draft = await client.open('draft.md');
  });
  after(async () => {
    await client.stop();
    rmSync(base, { recursive: true, force: true });
  });

  test('nothing outside the workspace folder is indexed; the log says why, for each way out', async () => {
    const status = await client.ready();
    assert.equal(status.documents, 1, JSON.stringify(status));
    assert.ok(client.logs.some((l) => /^Restricted mode: the workspace is not trusted/.test(l)), client.logs.join('\n'));
    const outside = client.logs.filter((l) => /\[outside-workspace\]/.test(l));
    for (const what of ['sources/vault-link.txt', 'sources/private-link', 'Source "../private"', `Source "${join(base, 'private')}"`, 'Source "../private/*.md"']) {
      assert.ok(outside.some((l) => l.includes(what)), `${what} in\n${outside.join('\n')}`);
    }
    assert.ok(!client.logs.some((l) => l.includes('41-17-29')), 'the private text is never logged');
  });

  test('a claim only the private file supports stays unsupported; the workspace source still counts', async () => {
    const diagnostics = await client.pullFull(draft);
    const secret = claimDiagnostic(diagnostics);
    assert.equal(secret?.code, 'unsupported-claim', JSON.stringify(diagnostics));
    assert.ok(!JSON.stringify(diagnostics).includes('vault'), 'no evidence from the private files');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: draft },
      position: { line: 0, character: 6 },
    });
    assert.ok(!hover || !hover.contents.value.includes('41-17-29'), hover?.contents.value);
    assert.ok(!diagnostics.some((d) => d.range.start.line === 2), 'the KCNA claim is supported by the workspace source');
  });

  test('when trust is granted, the configured sources outside are read', async () => {
    const before = client.statuses.length;
    await client.connection.sendNotification(TrustNotification.method, { trusted: true });
    const status = await waitFor('the index with the private sources', () =>
      client.statuses.slice(before).find((s) => s.state === 'ready' && s.documents > 1),
    );
    assert.ok(status.documents >= 3, JSON.stringify(status));
    assert.ok(client.logs.some((l) => /now trusted/.test(l)));
    const diagnostics = await waitFor('the claim to be supported', async () => {
      const items = await client.pullFull(draft);
      return claimDiagnostic(items) === undefined ? items : undefined;
    });
    assert.ok(!diagnostics.some((d) => d.code === 'unsupported-claim'), JSON.stringify(diagnostics));
  });
});
