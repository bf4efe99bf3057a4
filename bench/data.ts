/**
 * Where the benchmarks find their evaluation data (never in the repository: see bench/README.md, "Data").
 *
 * The data folder is, in this order:
 *   1. `--data DIR` on the command line of any benchmark script (`npm run bench -- --data DIR` too);
 *   2. the environment variable `CLAIMCHECK_DATA`;
 *   3. `../shared/data`, resolved from the repository root (a folder next to the clone).
 * It holds `scifact/`, `wice/`, `news/bbc/` and `news/reuters21578/`, laid out as the README describes.
 * `npm run bench` resolves it once and hands it to its child processes through `CLAIMCHECK_DATA`.
 *
 * A script asks for what it needs with `requireData`; when something is missing it prints which file, which
 * folder it looked in, why that folder, and how to point it elsewhere, then exits with status 2.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..');

/** The default data folder, relative to the repository root. */
export const DEFAULT_DATA = join('..', 'shared', 'data');

export interface DataRoot {
  /** Absolute path of the data folder. */
  path: string;
  /** How it was chosen, for messages. */
  from: string;
}

/** The data folder and how it was chosen (see the file comment). */
export function dataRoot(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): DataRoot {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1]) return { path: resolve(argv[i + 1]), from: '--data' };
    if (argv[i].startsWith('--data=')) return { path: resolve(argv[i].slice('--data='.length)), from: '--data' };
  }
  if (env.CLAIMCHECK_DATA) return { path: resolve(env.CLAIMCHECK_DATA), from: 'CLAIMCHECK_DATA' };
  return { path: resolve(REPO_ROOT, DEFAULT_DATA), from: `the default, ${DEFAULT_DATA} from the repository root` };
}

/** A path inside the data folder, whether or not it exists. */
export function dataPath(...parts: string[]): string {
  return join(dataRoot().path, ...parts);
}

/** Whether the data folder holds this path. */
export function hasData(...parts: string[]): boolean {
  return existsSync(dataPath(...parts));
}

/** The message for missing data: what, where it was looked for, and how to say where it is. */
export function missingDataMessage(what: string, parts: readonly string[]): string {
  const root = dataRoot();
  const shown = (p: string) => (isAbsolute(p) && !relative(REPO_ROOT, p).startsWith('..') ? relative(REPO_ROOT, p) || '.' : p);
  return [
    `Missing evaluation data: ${what}.`,
    `  looked for: ${join(shown(root.path), ...parts)}`,
    `  data folder: ${root.path} (${root.from})`,
    '  Pass --data DIR or set CLAIMCHECK_DATA to a folder with scifact/, wice/ and news/ (see bench/README.md, "Data").',
  ].join('\n');
}

/** A path inside the data folder that must exist; prints what is missing and exits with status 2 otherwise. */
export function requireData(what: string, ...parts: string[]): string {
  const path = dataPath(...parts);
  if (!existsSync(path)) {
    console.error(missingDataMessage(what, parts));
    process.exit(2);
  }
  return path;
}
