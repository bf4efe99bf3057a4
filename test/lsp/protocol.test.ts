/**
 * Malformed JSON-RPC against the real bundled server over stdio. What an editor or a broken client may send:
 * - a well-framed message that is not JSON, or not a JSON-RPC message: answered with the JSON-RPC error
 *   (-32700, -32600), and the server goes on answering;
 * - input that has lost the base protocol's framing (a non-numeric, missing, too small or huge Content-Length):
 *   the server says so in its log and exits with status 1, so that the client restarts it (it used to stop
 *   answering anything, shutdown and exit included, until its input closed);
 * - requests with positions out of range, a change beyond the document's end, a 20 MB didOpen: answered, and
 *   the server keeps serving.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { FIXTURE, SERVER, TestClient, uriOf, waitFor } from './harness';

interface Frame {
  id?: number | string | null;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
  params?: { message?: string };
}

/** A bare stdio client: writes raw bytes, parses the frames the server sends. */
class RawClient {
  readonly frames: Frame[] = [];
  exitCode: number | null | undefined = undefined;
  stderr = '';
  private buffer = Buffer.alloc(0);

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // 'close', not 'exit': by then everything the server wrote has been read.
    child.on('close', (code) => (this.exitCode = code));
  }

  static start(): RawClient {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\`.`);
    return new RawClient(spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' }));
  }

  write(raw: string | Buffer): void {
    this.child.stdin.write(raw);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** A framed body, as given (maybe not JSON). */
  sendBody(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  initialize(id = 1): void {
    this.send({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: uriOf(FIXTURE), capabilities: {} } });
  }

  response(id: number | string | null): Promise<Frame> {
    return waitFor(`the response to ${id}`, () => this.frames.find((f) => f.id === id && (f.result !== undefined || f.error !== undefined)), 20_000);
  }

  exited(): Promise<number | null> {
    return waitFor('the server to exit', () => (this.exitCode === undefined ? undefined : this.exitCode), 20_000);
  }

  kill(): void {
    if (this.exitCode === undefined) this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      this.frames.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Frame);
      this.buffer = this.buffer.subarray(end + 4 + length);
    }
  }
}

describe('malformed JSON-RPC', () => {
  const started: RawClient[] = [];
  const start = () => {
    const client = RawClient.start();
    started.push(client);
    return client;
  };
  after(() => {
    for (const client of started) client.kill();
  });

  test('a body that is not JSON gets a parse error (-32700), and the server goes on', async () => {
    const client = start();
    client.sendBody('{"jsonrpc": "2.0", "id": 7, "method": ');
    const error = await client.response(null);
    assert.equal(error.error?.code, -32700);
    client.initialize(1);
    const init = await client.response(1);
    assert.ok(init.result, 'initialize is answered after the bad message');
    client.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    await client.response(2);
    client.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await client.exited(), 0);
  });

  test('JSON that is not a JSON-RPC message gets an invalid-request error (-32600), with its id when it has one', async () => {
    const client = start();
    client.sendBody('[1, 2, 3]');
    client.sendBody('{"jsonrpc": "2.0", "id": 41, "params": {}}');
    client.sendBody('{"jsonrpc": "2.0", "id": {"x": 1}, "method": "initialize"}');
    await waitFor('three answers', () => (client.frames.filter((f) => f.error?.code === -32600).length === 3 ? true : undefined));
    assert.ok(client.frames.some((f) => f.id === 41 && f.error?.code === -32600));
    client.initialize(1);
    assert.ok((await client.response(1)).result);
    client.kill();
  });

  for (const [name, header] of [
    ['a non-numeric Content-Length', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}'],
    ['a missing Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0"}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{"jsonrpc":"2.0"}'],
    ['a Content-Length over the limit', 'Content-Length: 999999999999\r\n\r\n{"jsonrpc":"2.0"}'],
    ['a header that never ends', `X-Junk: ${'x'.repeat(20_000)}`],
  ] as const) {
    test(`${name} is logged and the server exits (status 1) for the client to restart it`, async () => {
      const client = start();
      client.initialize(1);
      await client.response(1);
      client.write(header);
      assert.equal(await client.exited(), 1);
      assert.match(client.stderr, /not framed as the LSP base protocol requires/);
      assert.ok(
        client.frames.some((f) => f.method === 'window/logMessage' && /not framed/.test(f.params?.message ?? '')),
        'the reason reaches the client log too',
      );
    });
  }

  test('a Content-Length too small answers a parse error, then loses framing: the server exits instead of going deaf', async () => {
    const client = start();
    client.initialize(1);
    await client.response(1);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    client.write(`Content-Length: 10\r\n\r\n${body}`);
    client.send({ jsonrpc: '2.0', id: 3, method: 'shutdown' });
    assert.equal(await client.exited(), 1);
    assert.ok(client.frames.some((f) => f.error?.code === -32700), 'the cut body was answered as not JSON');
  });
});

describe('requests the server must survive', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    await client.ready();
  });
  after(async () => {
    await client.stop();
  });

  test('positions out of range are answered (clamped), not errors', async () => {
    const text = 'On January 15, KCNA announced an amnesty for 1,000 prisoners.\n';
    const uri = await client.open('drafts/range.md', text);
    await client.pullFull(uri);
    for (const position of [
      { line: 1_000_000, character: 1_000_000 },
      { line: 0, character: 1_000_000 },
      { line: -3, character: -7 },
    ]) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(hover === null || typeof (hover.contents as MarkupContent).value === 'string');
    }
    const onClaim = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.ok(onClaim, 'the server still answers hovers on the draft');
    await client.close(uri);
  });

  test('a change beyond the document end is applied (clamped) and the draft is checked again', async () => {
    const text = 'Kim said 5 people came.\n';
    const uri = await client.open('drafts/beyond.md', text);
    await client.pullFull(uri);
    const added = 'On January 15, KCNA announced an amnesty for 1,000 prisoners.\n';
    await client.change(uri, [{ range: { start: { line: 40, character: 9 }, end: { line: 90, character: 3 } }, text: added }], text + added);
    const items = await client.pullFull(uri);
    assert.ok(items.some((d) => d.code === 'contradicted-claim'), `the appended claim was checked: ${JSON.stringify(items)}`);
    await client.close(uri);
  });

  test('a 20 MB didOpen is refused as a draft with a log line, and the server keeps serving', async () => {
    const uri = await client.open('drafts/huge.md', 'Kim said 5 people came. '.repeat(Math.ceil((20 * 1024 * 1024) / 24)));
    const report = await client.pull(uri);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' ? report.items : undefined, []);
    await waitFor('the log line', () => (client.logs.some((l) => l.includes(uri) && /too large for a draft/.test(l)) ? true : undefined));
    await client.close(uri);
    const small = await client.open('drafts/small.md', 'On January 15, KCNA announced an amnesty for 1,000 prisoners.\n');
    assert.ok((await client.pullFull(small)).some((d) => d.code === 'contradicted-claim'));
    await client.close(small);
  });
});
