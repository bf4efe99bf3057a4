// Imports the test files given on the command line, in order, into this one process: their `test()` and
// `describe()` calls register with Node's test runner, which runs them all once the imports are done and reports
// each test as `node --test` would. Started by run-node-tests.mjs --one-process (with tsx loaded).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
