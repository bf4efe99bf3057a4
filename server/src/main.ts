/**
 * Entry point of `dist/server.js`: creates the connection (stdio, node IPC or a socket, from the command
 * line), routes `console.*` to the client's log, then starts the server.
 *
 * Over stdio the connection reads with `StrictStreamReader` (`transport.ts`): a message that is not JSON is
 * answered with a JSON-RPC error and the server goes on; input that has lost the base protocol's framing is
 * logged and ends the process, so that the client restarts it rather than talk to a deaf server.
 */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import packageJson from '../../package.json';
import { WorkerAnalyzer } from './node/analysisWorker';
import { WorkerIndexBuilder } from './node/buildWorker';
import { NodeCacheStorage } from './node/cacheStorage';
import { NodeFileSystem } from './node/fileSystem';
import { loadWordVectors } from './node/wordVectors';
import { startServer } from './server';
import { FramingError, StrictStreamReader } from './transport';

function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  let shutdownRequested = false;
  const reader = new StrictStreamReader(process.stdin, (invalid) => {
    process.stderr.write(`claimcheck: answered a malformed message with error ${invalid.code}: ${invalid.message}\n`);
    void writer.write({ jsonrpc: '2.0', id: invalid.id, error: { code: invalid.code, message: invalid.message } } as never);
  });
  reader.onError((error) => {
    if (!(error instanceof FramingError)) return;
    const message = `Claimcheck language server: ${error.message} Exiting so that the client can restart it.`;
    process.stderr.write(`${message}\n`);
    // The log line goes straight to the writer, and the process ends once it is out (or after a second).
    const logged = writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message } } as never).catch(() => undefined);
    void logged.then(() => process.stdout.write('', () => process.exit(1)));
    setTimeout(() => process.exit(1), 1000).unref();
  });
  reader.onClose(() => process.exit(shutdownRequested ? 0 : 1));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // The stock stdio connection exits 0 when its input closes after `shutdown` (1 otherwise); so does this one.
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      if ((message as { method?: unknown }).method === 'shutdown') shutdownRequested = true;
      callback(message);
    });
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

console.log(loadWordVectors());

const analyzer = new WorkerAnalyzer((message) => connection.console.log(message));
analyzer.start();

startServer(connection, {
  fs: new NodeFileSystem(),
  cacheStorage: (directory) => new NodeCacheStorage(directory),
  analyzer,
  indexBuilder: new WorkerIndexBuilder(),
  versions: {
    claimcheck: packageJson.version,
    node: process.version,
    'vscode-languageserver': packageJson.devDependencies['vscode-languageserver'],
  },
});
connection.listen();
