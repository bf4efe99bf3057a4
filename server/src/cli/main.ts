/**
 * The `claimcheck` command line: `claimcheck check <draft…>` and `claimcheck search <query>`.
 * Exit codes: 0 nothing flagged at error severity, 1 something is, 2 usage or input errors.
 */
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import * as nodePath from 'node:path';
import pkg from '../../../package.json';
import { checkDraft } from '../core/check';
import { DEFAULT_CONFIG, parseConfigText, resolveConfig, type ClaimcheckConfig, type ParsedConfig } from '../core/config';
import { extname, relativePath } from '../core/fs';
import { decodeSource } from '../core/text/decode';
import { loadWorkspaceConfig, SourceWorkspace } from '../core/workspace';
import { NodeCacheStorage } from '../nodeCacheStorage';
import { NodeFileSystem, toCorePath } from '../nodeFileSystem';
import { loadWordVectors } from '../nodeWordVectors';
import { documentName, toJson, toSarif, toText, type CheckedFile } from './report';

loadWordVectors();

class UsageError extends Error {}

const HELP = `claimcheck ${pkg.version} — check a draft's claims and quotes against your source documents

Usage:
  claimcheck check <draft…> [options]     Check drafts (files or folders of .md/.txt)
  claimcheck search <query> [options]     Show the source passages that best match a query

Options for check:
  --sources <path>        A source folder, file or glob (repeatable; default: .claimcheck.json, else ./sources)
  --format <fmt>          text (default), json or sarif
  --claims <mode>         checkworthy (default) or all
  --max-evidence <N>      Evidence passages per claim (default 3)
  --config <file>         Read this config file instead of ./.claimcheck.json
  --no-color              Plain text output
  --cache <dir>           Keep the source index here between runs (default: .claimcheck/cache)
  --no-cache              Build the index from the sources, read and write no cache

Options for search:
  --sources <path>        As above
  --limit <N>             Number of passages (default 5)
  --format <fmt>          text (default) or json
  --cache <dir>, --no-cache   As above

Exit status: 0 when nothing is flagged at error severity, 1 when something is, 2 for usage or input errors.
`;

const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not "${value}".`);
  return n;
}

/** The config: `--config FILE`, else `.claimcheck.json` in the current folder, else the defaults. */
async function readConfig(cwd: string, configFlag: string | undefined, fs: NodeFileSystem): Promise<ClaimcheckConfig> {
  let parsed: ParsedConfig & { file: string };
  if (configFlag) {
    const file = toCorePath(configFlag);
    const stat = await fs.stat(file);
    if (stat?.type !== 'file') throw new UsageError(`Config file not found: ${configFlag}`);
    parsed = { ...parseConfigText(decodeSource(await fs.readFile(file)).text), file };
  } else {
    const found = await loadWorkspaceConfig(fs, cwd);
    if (!found) return DEFAULT_CONFIG;
    parsed = found;
  }
  const fatal = parsed.problems.find((p) => p.path === '');
  if (fatal) throw new UsageError(fatal.message);
  for (const problem of parsed.problems) {
    process.stderr.write(`claimcheck: ${relativePath(cwd, parsed.file)}: ${problem.path}: ${problem.message}\n`);
  }
  return parsed.config;
}

/**
 * The drafts named on the command line: files as given, and in folders every .md/.markdown/.txt file that is
 * not a source and not excluded by the config.
 */
async function collectDrafts(paths: string[], workspace: SourceWorkspace, fs: NodeFileSystem, cwd: string): Promise<string[]> {
  const out: string[] = [];
  const excluded = picomatch(workspace.getConfig().exclude, { dot: true });
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    const stat = await fs.stat(path);
    if (!stat) {
      if (explicit) throw new UsageError(`Draft not found: ${path}`);
      return;
    }
    if (stat.type === 'directory') {
      const name = nodePath.posix.basename(path);
      if (!explicit && (name.startsWith('.') || name === 'node_modules' || excluded(relativePath(cwd, path)))) return;
      for (const entry of await fs.readDirectory(path)) await visit(`${path}/${entry}`, false);
      return;
    }
    if (explicit || (DRAFT_EXTENSIONS.has(extname(path)) && !workspace.isSource(path) && !excluded(relativePath(cwd, path)))) {
      out.push(path);
    }
  };
  for (const p of paths) await visit(toCorePath(p), true);
  return [...new Set(out)];
}

/** The index cache: `--cache DIR`, else `.claimcheck/cache` in the current folder; none with `--no-cache`. */
function cacheStorage(cwd: string, values: { cache?: string; 'no-cache'?: boolean }): NodeCacheStorage | undefined {
  if (values['no-cache']) return undefined;
  return new NodeCacheStorage(values.cache ? nodePath.resolve(values.cache) : nodePath.join(cwd, '.claimcheck', 'cache'));
}

async function buildWorkspace(cwd: string, config: ClaimcheckConfig, fs: NodeFileSystem, cache?: NodeCacheStorage): Promise<SourceWorkspace> {
  const workspace = new SourceWorkspace(fs, cwd, config, undefined, { cache });
  await workspace.build();
  if (workspace.index.documentCount === 0) {
    const missing = workspace.warnings.filter((w) => w.code === 'missing');
    throw new UsageError(
      missing.length === config.sources.length
        ? `No source documents: ${missing.map((w) => w.message).join(' ')} Pass --sources or list them in .claimcheck.json.`
        : `No source documents found in ${config.sources.join(', ')}. Put .txt, .md, .html or .jsonl files there, or pass --sources.`,
    );
  }
  for (const w of workspace.warnings) {
    process.stderr.write(`claimcheck: warning: ${relativePath(cwd, w.file)}: ${w.message}\n`);
  }
  return workspace;
}

async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sources: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      claims: { type: 'string' },
      'max-evidence': { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one draft: claimcheck check <draft…>');
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}".`);
  if (values.claims !== undefined && values.claims !== 'checkworthy' && values.claims !== 'all') {
    throw new UsageError(`--claims must be checkworthy or all, not "${values.claims}".`);
  }
  const cwd = toCorePath(process.cwd());
  const fs = new NodeFileSystem();
  const base = await readConfig(cwd, values.config, fs);
  const overrides: Record<string, unknown> = {};
  if (values.sources) overrides.sources = values.sources;
  if (values.claims) overrides.claims = values.claims;
  const maxEvidence = positiveInt(values['max-evidence'], '--max-evidence');
  if (maxEvidence) overrides.maxEvidence = maxEvidence;
  const { config } = resolveConfig(overrides, base);

  const workspace = await buildWorkspace(cwd, config, fs, cacheStorage(cwd, values));
  const drafts = await collectDrafts(positionals, workspace, fs, cwd);
  if (drafts.length === 0) throw new UsageError('No drafts (.md, .markdown, .txt) found in the given paths.');

  const checked: CheckedFile[] = [];
  for (const file of drafts) {
    const decoded = decodeSource(await fs.readFile(file));
    if (decoded.binary) {
      process.stderr.write(`claimcheck: warning: ${relativePath(cwd, file)}: looks like a binary file; skipped.\n`);
      continue;
    }
    const ext = extname(file);
    const report = await checkDraft(decoded.text, workspace.index, {
      config,
      format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'text',
    });
    checked.push({ file, text: decoded.text, report });
  }

  const sources = { documents: workspace.index.documentCount, passages: workspace.index.passageCount };
  if (format === 'json') process.stdout.write(`${JSON.stringify(toJson(checked, sources, cwd), null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(checked, cwd, pkg.version), null, 2)}\n`);
  else {
    const color = !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(toText(checked, sources, cwd, color));
  }
  return checked.some((f) => f.report.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}

async function runSearch(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sources: { type: 'string', multiple: true },
      limit: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('Give a query: claimcheck search <query>');
  const format = values.format!;
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}".`);
  const limit = positiveInt(values.limit, '--limit') ?? 5;
  const cwd = toCorePath(process.cwd());
  const fs = new NodeFileSystem();
  const base = await readConfig(cwd, values.config, fs);
  const { config } = resolveConfig(values.sources ? { sources: values.sources } : {}, base);
  const workspace = await buildWorkspace(cwd, config, fs, cacheStorage(cwd, values));
  const hits = workspace.index.search(query, { limit });
  if (format === 'json') {
    const json = hits.map((h) => ({
      document: documentName(h.document, cwd),
      range: h.passage.range,
      text: h.document.text.slice(h.passage.span.start, h.passage.span.end),
      score: Math.round(h.score * 1000) / 1000,
    }));
    process.stdout.write(`${JSON.stringify({ version: 1, query, results: json }, null, 2)}\n`);
  } else if (hits.length === 0) {
    process.stdout.write(`No passage matches "${query}".\n`);
  } else {
    for (const h of hits) {
      const text = h.document.text.slice(h.passage.span.start, h.passage.span.end).replace(/\s+/g, ' ');
      process.stdout.write(`${documentName(h.document, cwd)}:${h.passage.range.start.line + 1}  (${h.score.toFixed(2)})  ${text}\n`);
    }
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    if (command === 'check') return await runCheck(rest);
    if (command === 'search') return await runSearch(rest);
    throw new UsageError(`Unknown command "${command}". Use "claimcheck check" or "claimcheck search" (see --help).`);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : (error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
            (error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ||
            (error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `${(error as Error).message} (see claimcheck --help)`
          : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`claimcheck: ${message}\n`);
    if (process.env.CLAIMCHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

