/**
 * Entry point of `dist/server.js`: creates the connection (stdio, node IPC or a socket, from the command
 * line), routes `console.*` to the client's log, then starts the server.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import packageJson from '../../package.json';
import { NodeCacheStorage } from './node/cacheStorage';
import { NodeFileSystem } from './node/fileSystem';
import { loadWordVectors } from './node/wordVectors';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

console.log(loadWordVectors());

startServer(connection, {
  fs: new NodeFileSystem(),
  cacheStorage: (directory) => new NodeCacheStorage(directory),
  versions: {
    claimcheck: packageJson.version,
    node: process.version,
    'vscode-languageserver': packageJson.devDependencies['vscode-languageserver'],
  },
});
connection.listen();
