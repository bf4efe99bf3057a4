/**
 * The `claimcheck` command line: `claimcheck check <draft…>` and `claimcheck search <query>`.
 * Exit codes: 0 nothing flagged at error severity, 1 something is, 2 usage or input errors.
 */
import { parseArgs } from 'node:util';
import * as nodePath from 'node:path';
import { realpathSync } from 'node:fs';
import pkg from '../../../package.json';
import {
  checkDraft,
  ClaimCache,
  SharedVerdicts,
  isSourceFile,
  LineIndex,
  DEFAULT_CONFIG,
  parseConfigText,
  resolveConfig,
  type ClaimcheckConfig,
  type ParsedConfig,
  classifyDraftPath,
  DRAFT_EXTENSIONS,
  findDrafts,
  readDraftFile,
  type DraftScope,
  ConfinedFileSystem,
  WorkspaceBoundary,
  isOutsideWorkspace,
  relativePath,
  type SourceFileSystem,
  decodeSource,
  loadWorkspaceConfig,
  SourceWorkspace,
} from '../core/api';
import { NodeCacheStorage, defaultCacheFolder } from '../node/cacheStorage';
import { NodeFileSystem, toCorePath } from '../node/fileSystem';
import { loadWordVectors } from '../node/wordVectors';
import { documentName, toJson, toSarif, toText, type CheckedFile } from './report';

/** How long a draft's check runs between yields to the event loop (`CheckOptions.sliceMs`). */
const CLI_SLICE_MS = 250;

loadWordVectors();

class UsageError extends Error {}

const CHECK_OPTIONS = `Options for check:
  --sources <path>        A source folder, file or glob (repeatable; default: .claimcheck.json, else ./sources)
  --format <fmt>          text (default), json or sarif
  --claims <mode>         checkworthy (default) or all
  --max-evidence <N>      Evidence passages per claim (default 3)
  --config <file>         Read this config file instead of ./.claimcheck.json
  --no-color              Plain text output
  --cache <dir>           Keep the source index here between runs (default: a folder per workspace
                          in the user's cache folder, $XDG_CACHE_HOME or ~/.cache/claimcheck)
  --no-cache              Build the index from the sources, read and write no cache
  --restricted            Read only files inside the current folder (by real path, after symbolic links),
                          whatever .claimcheck.json says: for drafts and sources you do not trust
  -h, --help              Show this help`;

const SEARCH_OPTIONS = `Options for search:
  --sources <path>        A source folder, file or glob (repeatable; default: .claimcheck.json, else ./sources)
  --limit <N>             Number of passages (default 5)
  --format <fmt>          text (default) or json
  --config <file>         Read this config file instead of ./.claimcheck.json
  --cache <dir>, --no-cache, --restricted   As for check
  -h, --help              Show this help`;

const EXIT_STATUS = 'Exit status: 0 when nothing is flagged at error severity, 1 when something is, 2 for usage or input errors.';

const HELP = `claimcheck ${pkg.version} — check a draft's claims and quotes against your source documents

Usage:
  claimcheck check <draft…> [options]     Check drafts (files or folders of .md/.txt)
  claimcheck search <query> [options]     Show the source passages that best match a query
  claimcheck <command> --help             Help on one command

${CHECK_OPTIONS}

${SEARCH_OPTIONS}

${EXIT_STATUS}
`;

const COMMAND_HELP: Record<string, string> = {
  check: `claimcheck check <draft…> [options]

Checks each draft's claims, quotes and citations against the source documents and prints the findings.
Drafts are files, or folders whose .md, .markdown and .txt files that are not sources and not excluded are checked.

${CHECK_OPTIONS}

${EXIT_STATUS}
`,
  search: `claimcheck search <query> [options]

Prints the source passages that best match a query, with their file and line.

${SEARCH_OPTIONS}

Exit status: 0, or 2 for usage or input errors.
`,
};

/** `--help` or `-h` anywhere among a command's arguments (before a `--`). */
function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number, not "${value}".`);
  return n;
}

/** The config: `--config FILE`, else `.claimcheck.json` in the current folder, else the defaults. */
async function readConfig(cwd: string, configFlag: string | undefined, fs: SourceFileSystem): Promise<ClaimcheckConfig> {
  let parsed: ParsedConfig & { file: string };
  if (configFlag) {
    const file = toCorePath(configFlag);
    const stat = await fs.stat(file).catch((error) => {
      if (isOutsideWorkspace(error)) throw new UsageError(`Config file ${configFlag}: not read, ${error.message}.`);
      throw error;
    });
    if (stat?.type !== 'file') throw new UsageError(`Config file not found: ${configFlag}`);
    parsed = { ...parseConfigText(decodeSource(await fs.readFile(file)).text, DEFAULT_CONFIG, configFlag), file };
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
 * The drafts named on the command line, by the rule of core/drafts.ts: files as given (unless they are sources,
 * too large or binary: see `readDrafts`), and in folders every draft that is not a source and not excluded.
 */
async function collectDrafts(paths: string[], scope: DraftScope, fs: SourceFileSystem): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    const path = toCorePath(given);
    const stat = await fs.stat(path).catch((error) => {
      if (!isOutsideWorkspace(error)) throw error;
      throw new UsageError(`Draft ${given}: not read, ${error.message}.`);
    });
    if (!stat) throw new UsageError(`Draft not found: ${given}`);
    if (stat.type === 'directory') {
      const { drafts, truncated } = await findDrafts(fs, [path], scope);
      if (truncated) warn(`${given}: the folder is too deep or holds too many folders; only part of it was searched for drafts.`);
      out.push(...drafts);
      continue;
    }
    const decision = classifyDraftPath(path, scope, { explicit: true });
    if (decision.draft) out.push(path);
    else warn(`${decision.message} Skipped.`);
  }
  return [...new Set(out)];
}

function warn(message: string): void {
  process.stderr.write(`claimcheck: warning: ${message}\n`);
}

/**
 * The index cache: `--cache DIR`, else a folder of the user's cache folder keyed by the real path of the current
 * folder (never a folder inside the workspace, which anyone who ships the workspace could fill); none with
 * `--no-cache`.
 */
function cacheStorage(values: { cache?: string; 'no-cache'?: boolean }): NodeCacheStorage | undefined {
  if (values['no-cache']) return undefined;
  return new NodeCacheStorage(values.cache ? nodePath.resolve(values.cache) : defaultCacheFolder(realpathSync(process.cwd())));
}

/** The disk, confined to the current folder with `--restricted`. */
function fileSystem(cwd: string, restricted: boolean): SourceFileSystem {
  const disk = new NodeFileSystem();
  if (!restricted) return disk;
  const boundary = new WorkspaceBoundary(true, disk);
  boundary.setFolders([cwd]);
  return new ConfinedFileSystem(disk, boundary);
}

async function buildWorkspace(cwd: string, config: ClaimcheckConfig, fs: SourceFileSystem, cache?: NodeCacheStorage): Promise<SourceWorkspace> {
  const workspace = new SourceWorkspace(fs, cwd, config, undefined, { cache });
  await workspace.build();
  const missing = workspace.warnings.filter((w) => w.code === 'missing');
  const allMissing = workspace.index.documentCount === 0 && missing.length === config.sources.length;
  // Every file's reason first, also when they leave no source at all (too large, binary, unreadable…).
  for (const w of workspace.warnings) {
    if (allMissing && w.code === 'missing') continue;
    // Most messages already name the file.
    const file = relativePath(cwd, w.file);
    const named = w.message.startsWith(`${file}: `) || w.message.includes(w.file);
    process.stderr.write(`claimcheck: warning: ${named ? '' : `${file}: `}${w.message}\n`);
  }
  if (workspace.index.documentCount === 0) {
    const skipped = workspace.warnings.length - missing.length;
    throw new UsageError(
      allMissing
        ? `No source documents: ${missing.map((w) => w.message).join(' ')} Pass --sources or list them in .claimcheck.json.`
        : skipped > 0
          ? `No usable source documents in ${config.sources.join(', ')}: ${skipped === 1 ? 'the one source file was' : `all ${skipped} source files were`} skipped (see the warnings above).`
          : `No source documents found in ${config.sources.join(', ')}. Put .txt, .md, .html, .jsonl, .pdf, .docx, .vtt or .srt files there, or pass --sources.`,
    );
  }
  return workspace;
}

/** Escapes a path for use as a literal picomatch pattern. */
function literalGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@|]/g, (c) => `\\${c}`);
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
      restricted: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one draft: claimcheck check <draft…>');
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}".`);
  if (values.claims !== undefined && values.claims !== 'checkworthy' && values.claims !== 'all') {
    throw new UsageError(`--claims must be checkworthy or all, not "${values.claims}".`);
  }
  const cwd = toCorePath(process.cwd());
  const fs = fileSystem(cwd, values.restricted === true);
  const base = await readConfig(cwd, values.config, fs);
  const overrides: Record<string, unknown> = {};
  if (values.sources) overrides.sources = values.sources;
  if (values.claims) overrides.claims = values.claims;
  const maxEvidence = positiveInt(values['max-evidence'], '--max-evidence');
  if (maxEvidence) overrides.maxEvidence = maxEvidence;
  const { config } = resolveConfig(overrides, base);

  // A draft is never a source of itself. A file the configuration makes a source is refused as a draft (the one
  // rule of core/drafts.ts); but when `--sources` on the same command line matches a file named as a draft
  // (`claimcheck check story.md --sources .`), the command line says both, and the draft wins: it is left out of
  // the sources, so that it cannot support its own claims, and checked against the others.
  const named: string[] = [];
  for (const given of positionals) {
    const path = toCorePath(given);
    if ((await fs.stat(path).catch(() => undefined))?.type === 'file') named.push(path);
  }
  for (const path of named) {
    if (!values.sources || !isSourceFile(path, cwd, config)) continue;
    process.stderr.write(`claimcheck: note: ${relativePath(cwd, path)} is also one of the sources; it is checked as a draft and left out of the sources.\n`);
    config.exclude = [...config.exclude, literalGlob(relativePath(cwd, path))];
  }

  const workspace = await buildWorkspace(cwd, config, fs, cacheStorage(values));
  const scope: DraftScope = { root: cwd, config, isSource: (path) => workspace.isSource(path) };
  const drafts = await collectDrafts(positionals, scope, fs);
  if (drafts.length === 0) {
    throw new UsageError(`No drafts found in the given paths: drafts are ${DRAFT_EXTENSIONS.join(', ')} files that are not sources and not excluded.`);
  }

  const checked: CheckedFile[] = [];
  /** Drafts named on the command line that could not be checked (binary, too large): the run exits 2. */
  let inputErrors = 0;
  // Verdicts shared by the drafts: a claim two drafts make (a draft and its earlier version) is judged once.
  const shared = new SharedVerdicts();
  for (const file of drafts) {
    const read = await readDraftFile(fs, file, scope);
    if (!read.ok) {
      if (named.includes(file)) {
        inputErrors++;
        process.stderr.write(`claimcheck: error: ${read.message}\n`);
      } else warn(`${read.message} Skipped.`);
      continue;
    }
    const report = await checkDraft(read.text, workspace.index, {
      config,
      format: read.format,
      // Verdicts are memoised by claim text: a draft that repeats itself is judged once per distinct claim.
      cache: new ClaimCache(shared),
      // No editor waits on this process: longer slices between yields, so more claims are searched in a row.
      sliceMs: CLI_SLICE_MS,
    });
    const warnings = report.analysis.warnings ?? [];
    if (read.invalidUtf8) {
      const at = Math.max(0, read.text.indexOf('\uFFFD'));
      warnings.unshift({ code: 'invalid-utf8', span: { start: at, end: at }, message: 'not valid UTF-8; undecodable bytes were replaced by U+FFFD (checked as decoded). Save the file as UTF-8.' });
      report.analysis.warnings = warnings;
    }
    if (warnings.length) {
      const lines = new LineIndex(read.text);
      for (const w of warnings) {
        const pos = lines.positionAt(w.span.start);
        warn(`${relativePath(cwd, file)}:${pos.line + 1}:${pos.character + 1}: ${w.message}`);
      }
    }
    checked.push({ file, text: read.text, report });
  }
  if (checked.length === 0 && inputErrors === 0) throw new UsageError('None of the given drafts could be checked (see the warnings above).');

  const sources = {
    documents: workspace.index.documentCount,
    passages: workspace.index.passageCount,
    files: workspace.files,
    supportThreshold: config.thresholds.support,
  };
  if (format === 'json') process.stdout.write(`${JSON.stringify(toJson(checked, sources, cwd), null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(checked, cwd, pkg.version), null, 2)}\n`);
  else if (checked.length > 0) {
    const color = !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(toText(checked, sources, cwd, color));
  }
  if (inputErrors > 0) return 2;
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
      restricted: { type: 'boolean', default: false },
    },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('Give a query: claimcheck search <query>');
  const format = values.format!;
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}".`);
  const limit = positiveInt(values.limit, '--limit') ?? 5;
  const cwd = toCorePath(process.cwd());
  const fs = fileSystem(cwd, values.restricted === true);
  const base = await readConfig(cwd, values.config, fs);
  const { config } = resolveConfig(values.sources ? { sources: values.sources } : {}, base);
  const workspace = await buildWorkspace(cwd, config, fs, cacheStorage(values));
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

/**
 * A reader that exits before the end (`claimcheck check … | head`) closes the pipe: the writes that follow fail
 * with EPIPE. That is the reader's choice, not an error of ours: stop writing quietly (no stack trace) and keep
 * the exit status of the check.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      throw error;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      process.stdout.write(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : HELP);
      return command ? 0 : 2;
    }
    if (COMMAND_HELP[command] && wantsHelp(rest)) {
      process.stdout.write(COMMAND_HELP[command]);
      return 0;
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
          ? `${(error as Error).message} (see claimcheck ${command && COMMAND_HELP[command] ? `${command} ` : ''}--help)`
          : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`claimcheck: ${message}\n`);
    if (process.env.CLAIMCHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

