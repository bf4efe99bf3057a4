/**
 * The server's stream transport (stdio, and sockets or pipes): a strict reader of LSP base-protocol frames.
 *
 * vscode-jsonrpc's own stream reader reports a bad header as an error and then carries on reading what follows
 * as if it were a header: after a non-numeric, missing or too small `Content-Length` the server stopped
 * answering anything, `shutdown` and `exit` included, until its input closed, and a huge `Content-Length` made it
 * buffer every later message. Once framing is lost there is no way to find the next message boundary, so this
 * reader treats it as fatal: it reports a `FramingError`, and `main.ts` logs it and exits so that the client
 * restarts the server. A frame that is well formed but whose body is not JSON, or not a JSON-RPC message, is
 * answered with the JSON-RPC error the specification gives (-32700 parse error, -32600 invalid request), and
 * reading goes on.
 *
 * (VS Code talks to the server over Node IPC, where messages arrive as objects and none of this applies.)
 */
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

/** The largest message accepted: a 20 MB document, JSON-escaped, fits several times over. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** The largest header block accepted. */
const MAX_HEADER_BYTES = 8 * 1024;

/** The input no longer follows the base protocol: the server cannot find the next message. */
export class FramingError extends Error {}

/** A frame whose body is not a JSON-RPC message; `id` is the request's id when it could be read. */
export interface InvalidMessage {
  code: -32700 | -32600;
  message: string;
  id: number | string | null;
}

const SEPARATOR = Buffer.from('\r\n\r\n', 'ascii');
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)[ \t]*$/;

export class StrictStreamReader extends AbstractMessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Body length of the frame being read, or -1 while reading a header. */
  private expected = -1;
  private failed = false;

  constructor(
    private readonly stream: NodeJS.ReadableStream,
    /** Called for a well-framed body that is not a JSON-RPC message (the caller answers it). */
    private readonly onInvalid: (invalid: InvalidMessage) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (data: Buffer | string) => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, callback);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.stream.on('data', onData);
    this.stream.on('error', onError);
    this.stream.on('close', onClose);
    this.stream.on('end', onClose);
    return {
      dispose: () => {
        this.stream.off('data', onData);
        this.stream.off('error', onError);
        this.stream.off('close', onClose);
        this.stream.off('end', onClose);
      },
    };
  }

  private onData(data: Buffer, callback: DataCallback): void {
    if (this.failed) return;
    this.chunks.push(data);
    this.buffered += data.length;
    for (;;) {
      if (this.expected < 0) {
        const buffer = this.take(this.buffered, false);
        const end = buffer.indexOf(SEPARATOR);
        if (end < 0) {
          if (this.buffered > MAX_HEADER_BYTES) this.fail(`no end of header in the first ${MAX_HEADER_BYTES} bytes`);
          return;
        }
        const length = this.parseHeader(buffer.subarray(0, end).toString('ascii'));
        if (length === undefined) return;
        this.take(end + SEPARATOR.length, true);
        this.expected = length;
      }
      if (this.buffered < this.expected) return;
      const body = this.take(this.expected, true);
      this.expected = -1;
      const message = this.decode(body);
      if (message) callback(message);
    }
  }

  /** The Content-Length of a header block, or undefined after failing. */
  private parseHeader(header: string): number | undefined {
    let length: number | undefined;
    for (const line of header.split('\r\n')) {
      const m = HEADER_LINE.exec(line);
      if (!m) return this.fail(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
      if (m[1].toLowerCase() !== 'content-length') continue;
      if (!/^\d{1,12}$/.test(m[2])) return this.fail(`Content-Length is not a number: ${JSON.stringify(m[2].slice(0, 40))}`);
      length = Number(m[2]);
    }
    if (length === undefined) return this.fail('a header without Content-Length');
    if (length > MAX_MESSAGE_BYTES) return this.fail(`Content-Length ${length} is over the ${MAX_MESSAGE_BYTES}-byte limit`);
    return length;
  }

  /** Parses a body; answers (through `onInvalid`) and returns undefined when it is not a JSON-RPC message. */
  private decode(body: Buffer): Message | undefined {
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      // A Content-Length too small cuts the body short: the rest of it will not parse as a header, which fails.
      this.onInvalid({ code: -32700, message: `Parse error: ${(error as Error).message}`, id: null });
      return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.onInvalid({ code: -32600, message: 'Invalid request: a message must be a JSON object (batches are not part of LSP).', id: null });
      return undefined;
    }
    const m = value as Record<string, unknown>;
    const id = typeof m.id === 'number' || typeof m.id === 'string' ? m.id : null;
    const isResponse = 'id' in m && !('method' in m) && ('result' in m || 'error' in m);
    if (!isResponse && typeof m.method !== 'string') {
      this.onInvalid({ code: -32600, message: 'Invalid request: no method.', id });
      return undefined;
    }
    if ('id' in m && m.id !== null && id === null && !isResponse) {
      this.onInvalid({ code: -32600, message: 'Invalid request: the id must be a number or a string.', id: null });
      return undefined;
    }
    return value as Message;
  }

  private fail(reason: string): undefined {
    this.failed = true;
    this.chunks = [];
    this.buffered = 0;
    this.fireError(new FramingError(`The client's messages are not framed as the LSP base protocol requires (${reason}); the server cannot find the next message.`));
    return undefined;
  }

  /** The first `n` buffered bytes, removed from the buffer when `consume`. */
  private take(n: number, consume: boolean): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    if (!consume) return all;
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    // Copy the head out so that it does not keep the whole buffer alive.
    return Buffer.from(head);
  }
}
