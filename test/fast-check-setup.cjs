// Loaded before the Node test suites (see run-node-tests.mjs). Property tests explore new random cases on a
// developer's machine, but in CI (CI=true) they replay a fixed seed so that a run is reproducible and a merge is
// never blocked by a case nobody has seen. FC_SEED=<n> replays a seed that fast-check printed for a failure.
'use strict';
const fc = require('fast-check');
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? 20261129 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
