/**
 * The bad-input matrix through the language server (the real bundled server over stdio): every input of
 * `test/matrix/inputs.ts` as a source (all in one workspace, indexed once) and as a draft (opened, pulled, closed
 * one after the other). The server must index the workspace, say why it skipped a source, give every draft a
 * report (or say it is too large), and keep answering: a hover on another draft is answered while each hostile
 * draft is being checked, and the server shuts down cleanly at the end.
 *
 * Timing is not asserted beyond hang guards; `bench/hostile.ts` measures the check times and the hover latency.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { HOSTILE_INPUTS, type HostileInput } from '../matrix/inputs';
import { TestClient, waitFor } from './harness';

const BASE_SOURCE = 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';
const BASE_DRAFT = 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n';
/** What an editor sends at most in one didOpen here (the 20 MB case has its own test in protocol.test.ts). */
const MAX_OPEN = 20 * 1024 * 1024;
/** Hang guards. */
const INDEX_CEILING_MS = 180_000;
const CHECK_CEILING_MS = 60_000;
const MAX_DRAFT_SIZE = 1024 * 1024;

/** `promise`, or a failure after `ms` (a hang guard). */
function withCeiling<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const ceiling = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} after ${ms} ms (a hang)`)), ms);
  });
  return Promise.race([promise, ceiling]).finally(() => clearTimeout(timer));
}

/** The text an editor would hold for the file's bytes: UTF-16 when it starts with its BOM, else UTF-8. */
function editorText(input: HostileInput): string {
  if (input.sparse !== undefined) return '\0'.repeat(Math.min(input.sparse, MAX_OPEN));
  const bytes = input.bytes!();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes.subarray(0, MAX_OPEN));
}

describe('the bad-input matrix through the language server', () => {
  let root: string;
  let client: TestClient;
  let base: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-matrix-'));
    mkdirSync(join(root, 'sources'));
    mkdirSync(join(root, 'drafts'));
    writeFileSync(join(root, '.claimcheck.json'), JSON.stringify({ sources: ['sources'] }));
    writeFileSync(join(root, 'sources', 'base.txt'), BASE_SOURCE);
    writeFileSync(join(root, 'drafts', 'base.md'), BASE_DRAFT);
    for (const input of HOSTILE_INPUTS) {
      const path = join(root, 'sources', `${input.name}${input.sourceExt}`);
      if (input.sparse !== undefined) {
        writeFileSync(path, '');
        truncateSync(path, input.sparse);
      } else writeFileSync(path, input.bytes!());
    }
    client = await TestClient.start({ root });
    await waitFor('the hostile workspace to be indexed', () => [...client.statuses].reverse().find((s) => s.state === 'ready' || s.state === 'error'), INDEX_CEILING_MS);
    base = await client.open('drafts/base.md', BASE_DRAFT);
    await client.pullFull(base);
  });

  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('every hostile source is indexed, or skipped with its reason, and the index is ready', () => {
    const status = [...client.statuses].reverse().find((s) => s.state === 'ready' || s.state === 'error')!;
    assert.equal(status.state, 'ready', JSON.stringify(status));
    const logs = client.logs.join('\n');
    assert.doesNotMatch(logs, /Indexing failed|Maximum call stack|Unhandled rejection/);
    for (const input of HOSTILE_INPUTS) {
      const file = `${input.name}${input.sourceExt}`;
      const lines = client.logs.filter((l) => l.startsWith('Source warning') && l.includes(`/sources/${file}:`));
      const expected = input.source.indexed ? input.source.warning : input.source.message;
      if (expected) assert.ok(lines.some((l) => expected.test(l)), `${file}: expected a warning like ${expected}, got ${JSON.stringify(lines)}`);
      else assert.deepEqual(lines, [], `${file}: no warning expected`);
    }
    const indexed = /Indexed (\d+) documents/.exec(logs);
    assert.ok(indexed, logs.slice(0, 2000));
    assert.equal(Number(indexed[1]), 1 + HOSTILE_INPUTS.filter((i) => i.source.indexed).length);
  });

  for (const input of HOSTILE_INPUTS) {
    test(`hostile draft "${input.name}" gets a report (or a clear refusal) while the server keeps answering`, async () => {
      const text = editorText(input);
      const relative = `drafts/${input.name}${input.draftExt}`;
      const uri = client.uri(relative);
      await client.open(relative, text);
      // Pipelined: the pull starts the check, the hover on the other draft arrives while it runs.
      const sentAt = performance.now();
      let pulledAt = 0;
      let hoveredAt = 0;
      const pull = client.pull(uri).then((report) => {
        pulledAt = performance.now();
        return report;
      });
      const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: base }, position: { line: 0, character: 20 } }).then((h) => {
        hoveredAt = performance.now();
        return h;
      });
      const answered = await withCeiling(hover, CHECK_CEILING_MS, 'hover');
      assert.ok(answered && (answered.contents as MarkupContent).value.length > 0, 'the hover on the other draft is answered with its card');
      let report = await withCeiling(pull, CHECK_CEILING_MS, `report of ${input.name}`);
      if (report.kind !== 'full') report = { kind: 'full', items: await client.pullFull(uri) };
      const items = report.kind === 'full' ? report.items : [];
      if (text.length > MAX_DRAFT_SIZE) {
        assert.deepEqual(items, [], 'a draft too large is not checked');
        await waitFor('the log to say the draft is too large', () => (client.logs.some((l) => l.includes(uri) && /too large for a draft/.test(l)) ? true : undefined));
      } else {
        // When the check lasts long enough for the order to mean something, the hover (sent right after the
        // pull) is answered first: the check never holds the server's thread for long.
        if (pulledAt - sentAt > 500) assert.ok(hoveredAt < pulledAt, `the hover was answered only after the ${Math.round(pulledAt - sentAt)} ms check`);
        // (An editor decodes the file itself: the server never sees invalid UTF-8.)
        const warning = input.draft.checked && !input.draft.warning?.source.includes('UTF-8') ? input.draft.warning : undefined;
        const notes = items.filter((d) => d.severity === DiagnosticSeverity.Information && typeof d.code === 'string' && /^(markdown|too-many|invalid)/.test(d.code));
        const messages = notes.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
        if (warning && input.draftExt === '.md') assert.ok(messages.some((m) => warning.test(m)), `${input.name}: expected a warning like ${warning}, got ${JSON.stringify(messages)}`);
      }
      await client.close(uri);
      assert.equal(client.exited, false, 'the server is still running');
    });
  }

  test('after the whole matrix the server still checks an ordinary draft and shuts down cleanly', async () => {
    const uri = await client.open('drafts/after.md', 'On January 15, KCNA announced an amnesty for 1,000 prisoners.\n');
    const items = await client.pullFull(uri);
    assert.ok(items.some((d) => d.code === 'contradicted-claim'), JSON.stringify(items));
    const logs = client.logs.join('\n');
    assert.doesNotMatch(logs, /Maximum call stack|Unhandled rejection|failed in the worker/);
  });
});
