/**
 * What a draft is: the one rule that the language server (open buffers, workspace diagnostics, Check Citations),
 * the command line (`claimcheck check <path…>`) and the editor's quick pick (through the server) all use.
 *
 * A draft is a piece of prose the writer is writing, to be checked against the sources. A file is a draft when:
 * 1. **Kind**: its extension is `.md`, `.markdown` or `.txt`. For a buffer open in an editor, the language id
 *    `markdown` makes it a draft whatever its extension; `plaintext` (VS Code's fallback for files of unknown type)
 *    does not, on its own; an empty or unknown language id (an editor without file-type detection) is decided by the
 *    extension alone. An untitled buffer is a draft when its language is Markdown or plain text.
 * 2. **Role**: it is not `.claimcheck.json`, not a source (`isSource`: the configured source folders, files and
 *    globs), and not excluded by `config.exclude` (globs matched against the path relative to the workspace root,
 *    dot files included: the default `**∕.*∕**` skips dot folders, `**∕node_modules∕**` skips dependencies).
 * 3. **Content**: at most `MAX_DRAFT_SIZE` (1 MiB; bytes on disk, UTF-16 units in a buffer), and not binary
 *    (NUL bytes or many control characters near the start).
 *
 * A file named explicitly on the command line skips the extension test of rule 1 and the excludes (the writer
 * asked for it), never the source rule or the content rules. Folders are walked with the excludes applied to
 * folders too, to a bounded depth and number of folders.
 *
 * Nothing here throws for a bad file: each refusal comes with a reason and a one-line message for the log or
 * the terminal.
 */
import picomatch from 'picomatch';
import { CONFIG_FILE_NAME, type ClaimcheckConfig } from './config';
import { basename, extname, joinPath, normalizePath, relativePath, type SourceFileSystem } from './fs';
import { decodeSource, looksBinaryText } from './text/decode';
import type { DraftFormat } from './draft/analyze';
import { type CancellationToken, throwIfCancelled } from './types';

export type { DraftFormat };

/** File extensions of drafts (lower case, with the dot). */
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/**
 * Drafts longer than this (bytes on disk, UTF-16 units in a buffer) are not checked: a draft is an article, not a
 * log file or a data dump that happens to end in `.txt`.
 */
export const MAX_DRAFT_SIZE = 1024 * 1024;

/** Folders deeper than this below a walked folder are not entered. */
export const MAX_DRAFT_DEPTH = 40;

/** A walk for drafts enters at most this many folders (symbolic-link loops, huge trees). */
export const MAX_DRAFT_FOLDERS = 20_000;

/** Language ids (LSP / VS Code) of draft buffers. */
const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

/**
 * Language ids some editors send when they did not detect a file type (Neovim without filetype detection sends
 * an empty one); they are decided by the extension.
 */
const UNKNOWN_LANGUAGES = new Set(['', 'text', 'plain', 'txt', 'unknown', 'undefined', 'none']);

export type NotDraftReason =
  | 'kind'
  | 'config-file'
  | 'source'
  | 'excluded'
  | 'too-large'
  | 'binary'
  | 'missing'
  | 'not-a-file'
  | 'unreadable';

export type DraftDecision = { draft: true; format: DraftFormat } | { draft: false; reason: NotDraftReason; message: string };

/** Where drafts live and what is not one: the workspace root, its settings and its sources. */
export interface DraftScope {
  /** The workspace root (the CLI's current folder); undefined when there is none (then nothing is excluded). */
  root: string | undefined;
  config: Pick<ClaimcheckConfig, 'exclude'>;
  /** Whether a path belongs to the configured sources. */
  isSource(path: string): boolean;
}

function notDraft(reason: NotDraftReason, message: string): DraftDecision {
  return { draft: false, reason, message };
}

function displayName(path: string, scope: Pick<DraftScope, 'root'>): string {
  return scope.root === undefined ? path : relativePath(scope.root, path);
}

/** The draft's format: from a Markdown or plain-text language id when there is one, else from the extension. */
export function draftFormatOf(path: string | undefined, languageId?: string): DraftFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'text';
  const ext = path === undefined ? '' : extname(path);
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

const excludeMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether `config.exclude` excludes a path (relative to the root; paths outside the root are never excluded). */
export function isExcluded(path: string, scope: Pick<DraftScope, 'root' | 'config'>): boolean {
  if (scope.root === undefined) return false;
  const rel = relativePath(scope.root, path);
  if (rel === '.' || rel === normalizePath(path)) return false;
  const globs = scope.config.exclude;
  if (globs.length === 0) return false;
  let match = excludeMatchers.get(globs);
  if (!match) excludeMatchers.set(globs, (match = picomatch([...globs], { dot: true })));
  return match(rel);
}

/** Whether a folder is excluded: a file directly inside it would be (`**∕node_modules∕**`, `**∕.*∕**`). */
function isExcludedFolder(path: string, scope: DraftScope): boolean {
  return isExcluded(`${path}/_`, scope);
}

/**
 * Rules 1 and 2 for a file path: is this file a draft, judging by its name and place? `languageId` is the
 * editor's language for an open buffer; `explicit` marks a file the user named on the command line.
 */
export function classifyDraftPath(
  path: string,
  scope: DraftScope,
  options: { languageId?: string; explicit?: boolean } = {},
): DraftDecision {
  const p = normalizePath(path);
  const name = displayName(p, scope);
  const ext = extname(p);
  const language = options.languageId;
  if (basename(p) === CONFIG_FILE_NAME) return notDraft('config-file', `${name} is Claimcheck's configuration, not a draft.`);
  const byExtension = DRAFT_EXTENSIONS.includes(ext);
  const byLanguage = language === 'markdown';
  if (!options.explicit && !byExtension && !byLanguage) {
    const languageNote = language && !UNKNOWN_LANGUAGES.has(language) && !DRAFT_LANGUAGES.has(language) ? ` and its language is ${language}` : '';
    return notDraft('kind', `${name} is not a draft: its extension is ${ext || '(none)'}${languageNote}; drafts are ${DRAFT_EXTENSIONS.join(', ')} files or Markdown buffers.`);
  }
  if (scope.isSource(p)) return notDraft('source', `${name} is a source document, not a draft.`);
  if (!options.explicit && isExcluded(p, scope)) return notDraft('excluded', `${name} is excluded by the "exclude" setting.`);
  return { draft: true, format: draftFormatOf(p, language) };
}

/** Rule 1 for an untitled buffer (no file): Markdown and plain-text buffers are drafts. */
export function classifyUntitled(languageId: string | undefined): DraftDecision {
  if (languageId !== undefined && DRAFT_LANGUAGES.has(languageId)) return { draft: true, format: draftFormatOf(undefined, languageId) };
  return notDraft('kind', `An untitled ${languageId || 'plain'} buffer is not a draft: drafts are Markdown or plain text.`);
}

/** Rule 3 for text already in memory (an editor buffer): undefined when it may be checked. */
export function draftTextProblem(text: string, name: string): { reason: 'too-large' | 'binary'; message: string } | undefined {
  if (text.length > MAX_DRAFT_SIZE) {
    return { reason: 'too-large', message: `${name} is not checked: it is larger than ${MAX_DRAFT_SIZE / 1024} KiB, too large for a draft.` };
  }
  if (looksBinaryText(text)) return { reason: 'binary', message: `${name} is not checked: it looks like a binary file, not text.` };
  return undefined;
}

export type DraftRead =
  | { ok: true; text: string; format: DraftFormat; invalidUtf8: boolean }
  | { ok: false; reason: NotDraftReason; message: string };

/**
 * Reads a draft file whose path passed `classifyDraftPath`, applying rule 3: the size is checked before the file
 * is read, the bytes after. Never throws.
 */
export async function readDraftFile(fs: SourceFileSystem, path: string, scope: Pick<DraftScope, 'root'>, format?: DraftFormat): Promise<DraftRead> {
  const p = normalizePath(path);
  const name = displayName(p, scope);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(p);
    if (!stat) return { ok: false, reason: 'missing', message: `${name} does not exist.` };
    if (stat.type !== 'file') return { ok: false, reason: 'not-a-file', message: `${name} is not a file.` };
    if (stat.size > MAX_DRAFT_SIZE) {
      return { ok: false, reason: 'too-large', message: `${name} is not checked: it is larger than ${MAX_DRAFT_SIZE / 1024} KiB, too large for a draft.` };
    }
    bytes = await fs.readFile(p);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `${name} could not be read (${(error as Error)?.message ?? String(error)}).` };
  }
  if (bytes.byteLength > MAX_DRAFT_SIZE) {
    return { ok: false, reason: 'too-large', message: `${name} is not checked: it is larger than ${MAX_DRAFT_SIZE / 1024} KiB, too large for a draft.` };
  }
  const decoded = decodeSource(bytes);
  if (decoded.binary) return { ok: false, reason: 'binary', message: `${name} is not checked: it looks like a binary file, not text.` };
  return { ok: true, text: decoded.text, format: format ?? draftFormatOf(p), invalidUtf8: decoded.invalidUtf8 };
}

export interface FoundDrafts {
  /** Absolute paths, sorted. */
  drafts: string[];
  /** The walk stopped early: `limit` drafts found, or `MAX_DRAFT_FOLDERS` folders entered. */
  truncated: boolean;
}

/**
 * Every draft under some folders (rules 1 and 2; rule 3 is applied when a draft is read). Excluded folders are
 * not entered. Unreadable folders are skipped.
 */
export async function findDrafts(
  fs: SourceFileSystem,
  folders: readonly string[],
  scope: DraftScope,
  options: { limit?: number; token?: CancellationToken } = {},
): Promise<FoundDrafts> {
  const limit = options.limit ?? Infinity;
  const found = new Set<string>();
  let folderCount = 0;
  let truncated = false;
  // Real paths of the folders read: a link back to an ancestor or a second way into a folder is not walked again
  // (the same rule as the source walk in sources/load.ts).
  const visited = new Set<string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    throwIfCancelled(options.token);
    if (depth > MAX_DRAFT_DEPTH) return;
    if (fs.realPath) {
      const real = await fs.realPath(dir).catch(() => dir);
      if (visited.has(real)) return;
      visited.add(real);
    }
    if (++folderCount > MAX_DRAFT_FOLDERS) {
      truncated = true;
      return;
    }
    let names: string[];
    try {
      names = await fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const name of [...names].sort()) {
      if (truncated) return;
      const path = joinPath(dir, name);
      const stat = await fs.stat(path).catch(() => undefined);
      if (stat?.type === 'directory') {
        if (!isExcludedFolder(path, scope)) await walk(path, depth + 1);
      } else if (stat?.type === 'file' && classifyDraftPath(path, scope).draft) {
        found.add(path);
        if (found.size >= limit) {
          truncated = true;
          return;
        }
      }
    }
  };
  for (const folder of folders) {
    if (truncated) break;
    await walk(normalizePath(folder), 0);
  }
  return { drafts: [...found].sort(), truncated };
}
