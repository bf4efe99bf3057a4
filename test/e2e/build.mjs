// Compiles the real-VS-Code suite to out/e2e/suite/: one bundle per `*.test.ts` and the entry `index.js`,
// which bundles Mocha itself (Mocha 12 is an ES module package; bundled, it loads in any extension host,
// including Electron ones whose Node cannot `require` ES modules). `vscode` stays external: the extension
// host provides it. Usage: node test/e2e/build.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = join(root, 'test', 'e2e', 'suite');
const outdir = join(root, 'out', 'e2e', 'suite');
const entryPoints = readdirSync(suiteDir)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => join(suiteDir, name));

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
  // Mocha's optional reporters and loaders it resolves at run time by name; the suite uses built-ins only.
  logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent' },
});
console.log(`[e2e] built ${entryPoints.length} entry points into ${outdir}`);
