#!/usr/bin/env node
// The `claimcheck` command. The CLI is bundled to dist/cli.js by `npm run build`,
// which `npm ci` runs through the `prepare` script.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('claimcheck: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`claimcheck: unexpected error: ${(error && error.message) || error}\n`);
      process.exitCode = 2;
    },
  );
