/**
 * A draft never supports itself in the language server either: when the sources setting matches a Markdown
 * file (`"sources": ["."]`, or a glob), that file is a source and is not checked as a draft, so none of its
 * claims can be found "supported" by its own text. The server says so in its log, hovers show no verdict on
 * it, and asking to check it is answered with the reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { CheckWorkspaceRequest } from '../../shared/protocol';
import { TestClient, waitFor } from './harness';

const STORY = 'On March 3, the ministry said 4,200 prisoners were freed in Hamhung.\n\n“We open every gate today,” the warden said.\n';

for (const sources of [['.'], ['**/*.md']]) {
  describe(`sources ${JSON.stringify(sources)} match the draft`, () => {
    let root: string;
    let client: TestClient;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'claimcheck-self-'));
      mkdirSync(join(root, 'notes'));
      writeFileSync(join(root, '.claimcheck.json'), JSON.stringify({ sources }));
      writeFileSync(join(root, 'story.md'), STORY);
      writeFileSync(join(root, 'notes', 'kcna.md'), 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n');
      client = await TestClient.start({ root });
      await client.ready();
    });
    after(async () => {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    });

    test('the draft is not checked against itself: no report, no supported hover, a log line and a clear answer', async () => {
      const uri = await client.open('story.md', STORY);
      assert.deepEqual(await client.pullFull(uri), []);
      await waitFor('the log line', () => (client.logs.some((l) => /Not checking .*story\.md: it is one of the sources/.test(l)) ? true : undefined));
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
      assert.equal(hover, null, 'no verdict is shown on a source');
      await assert.rejects(client.request(CheckWorkspaceRequest.method, { uri }), /is not a draft/);
    });
  });
}
