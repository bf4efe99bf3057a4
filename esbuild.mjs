// Builds the three bundles: the VS Code client, the language server and the CLI.
// esbuild does not type-check: `npm run typecheck` does (tsc --noEmit).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // The server's draft-analysis worker thread (server/src/analysisWorker.ts), loaded from next to server.js.
  { ...common, entryPoints: ['server/src/analysisWorkerMain.ts'], outfile: 'dist/analysisWorker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

const existing = [];
for (const config of configs) {
  const fs = await import('node:fs');
  if (fs.existsSync(config.entryPoints[0])) existing.push(config);
}

if (watch) {
  for (const config of existing) (await esbuild.context(config)).watch();
} else {
  await Promise.all(existing.map((config) => esbuild.build(config)));
}
