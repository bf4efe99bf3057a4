/**
 * The index cache: a workspace's source index, and the extracted documents it indexes (text, title, offset
 * maps, line tables), saved as one record so that a warm start reads no source file that did not change.
 *
 * The record is plain data and typed arrays (structured-clone friendly); where it goes is a `CacheStorage`:
 * the Node implementation (`server/src/node/cacheStorage.ts`) writes it with `v8.serialize` to a temporary file
 * and renames it into place, tests use `MemoryCacheStorage`. A record of another format, another tokenizer or
 * another set of source settings is ignored (the key says which), and a damaged one is rebuilt. The file names
 * say whose and which format a record is (`cacheName`), so that a save removes its own workspace's records that
 * nothing will read again (`sweepVerdict`).
 *
 * A cache is untrusted input, like a source file: it may come from a repository, a copy, a crash or another
 * process. Every record read back is checked here for its shape (types, lengths, value ranges) and, for the
 * index parts, against the checksum and length the main record gives for them, and every record says which
 * name it was written under (so swapped or stale files are caught). The Node storage adds a keyed checksum of
 * each file (a secret kept outside every workspace), so a cache that this user's Claimcheck did not write is
 * never read: the cache can make a start faster, never change what a source says.
 */
import { runStepsNow, TimeSlice } from '../eventLoop';
import { LineIndex } from '../text/lines';
import { OffsetMap } from '../text/offsetMap';
import { restoreMeta } from '../sources/meta';
import type { DocumentMapping, DocumentMeta, Position, SourceDocument, SourceFormat, SourceWarning } from '../types';
import { INDEX_FORMAT_VERSION, type SourceIndexSnapshot } from './sourceIndex';
import type { StringList } from './snapshot';

/** Where cache records are kept. Implementations never throw on a missing record (undefined). */
export interface CacheStorage {
  /** The record saved under `name`, or undefined. May throw on a damaged record. */
  read(name: string): Promise<unknown>;
  /** Saves a record atomically (a reader sees the old record or the new one, never a part). */
  write(name: string, value: unknown): Promise<void>;
  /** Deletes a record; nothing happens when there is none (nor when it is not a regular file, on disk). */
  remove(name: string): Promise<void>;
  /** Where the records are, for messages. */
  readonly location: string;
  /** The names of the records kept, to delete those no main record refers to (left by a killed writer). */
  list?(): Promise<string[]>;
  /**
   * The records kept (at most a bounded number; on disk, regular files only), each with when it was last written
   * or marked used (`touch`), in milliseconds since the epoch: what `sweepVerdict` decides on.
   */
  entries?(): Promise<CacheEntry[]>;
  /** Marks a record as used now (its time in `entries`) without rewriting it. */
  touch?(name: string): Promise<void>;
  /**
   * Takes the writer's lock of the records named `name` and `name-…` across processes; resolves to its release,
   * or to undefined when another live writer holds it (then the caller does not save: the other writer saves
   * the same sources). A lock left by a killed process is taken over.
   */
  lock?(name: string): Promise<(() => Promise<void>) | undefined>;
}

export interface CacheEntry {
  name: string;
  /** When the record was last written or marked used (ms since the epoch). */
  modified: number;
}

/** A `CacheStorage` in memory (tests): records are structured clones. */
export class MemoryCacheStorage implements CacheStorage {
  readonly records = new Map<string, unknown>();
  /** When each record was last written or touched; a record set by hand counts as written now. */
  readonly modified = new Map<string, number>();
  readonly location = 'memory';
  writes = 0;
  async read(name: string): Promise<unknown> {
    const value = this.records.get(name);
    return value === undefined ? undefined : structuredClone(value);
  }
  async write(name: string, value: unknown): Promise<void> {
    this.writes++;
    this.records.set(name, structuredClone(value));
    this.modified.set(name, Date.now());
  }
  async remove(name: string): Promise<void> {
    this.records.delete(name);
    this.modified.delete(name);
  }
  async list(): Promise<string[]> {
    return [...this.records.keys()];
  }
  async entries(): Promise<CacheEntry[]> {
    return [...this.records.keys()].map((name) => ({ name, modified: this.modified.get(name) ?? Date.now() }));
  }
  async touch(name: string): Promise<void> {
    if (this.records.has(name)) this.modified.set(name, Date.now());
  }
}

/**
 * Bump when the record layout or what the loaders extract changes (5: documents' meta; transcripts, PDF, Word; 6:
 * compact postings; 7: lists of names packed into strings, the sentence and paragraph tables records of their own;
 * 8: the terms' statistics saved, not counted again on restore; 9: a chunk's texts packed into strings of its own;
 * 10: warnings kept only for the files that have any; 11: chunk records in columns; 12: table figures labelled
 * with their column's header, and Otter and Rev transcripts read as transcripts; 13: a role label in a subtitle
 * cue, "INTERVIEWER: …", starts a turn; 14: speaker turns of Markdown sources laid out as transcripts; 15: the
 * index's document ids as positions in the file table's, the table's paths without their common folder; 16: files
 * checksummed with GMAC instead of HMAC-SHA256, node/cacheStorage.ts; 17: a speaker's capitalised post after a comma
 * in a transcript's header, "Dr Samuel Ferreira, Senior Lecturer in Food Microbiology, University of Lowmoor", or one
 * in lower case after a dash, "Denise Okafor — regional organiser, …"; 18: speakers declared by initials, several
 * to a line, in the opening lines, "Interviewees: Joanne Price (JP), senior midwife …; Daniel Mercer (DM), father";
 * 19: a document dated by its dateline, "News release · Thursday 10 July 2025", when its format keeps no date).
 * It is in the record names (`cacheName`): after a bump the first save of a workspace removes its sets of the
 * older formats. A change of `INDEX_FORMAT_VERSION` alone leaves the old set until it is unused for
 * `CACHE_UNUSED_MS` (its hash in the name cannot tell older from newer), so bump this one with it.
 */
export const CACHE_FORMAT_VERSION = 19;

/** Snapshot fields saved as records of their own. */
export const INDEX_PARTS = ['postingBytes', 'sentenceSpans', 'sentenceParagraph', 'sentenceLength', 'paragraphSpans', 'paragraphDocument', 'paragraphLength', 'termStats'] as const;

export interface SavedLines {
  starts: Int32Array;
  ends: Int32Array;
}

export interface SavedDocument {
  id: string;
  key: string;
  format: SourceFormat;
  title?: string;
  text: string;
  base: number;
  map?: Int32Array;
  clamp?: boolean;
  /** Pages, speakers, segments and date (plain data), checked by `restoreMeta` when read back. */
  meta?: DocumentMeta;
}

/** The documents of one file as saved; kept in chunk records, apart from the main record. */
export interface SavedFileDocuments {
  /** The line table of the file's content; absent when the documents' text is the content (`.txt`). */
  lines?: SavedLines;
  documents: SavedDocument[];
}

export interface SavedFile {
  path: string;
  size: number;
  mtime: number;
  /** `hashBytes` of the file's content. */
  hash: string;
  /** False when the file was skipped (too large, binary): then it has only warnings. */
  read: boolean;
  warnings: SourceWarning[];
  /** Ids of the file's documents, in order. */
  documentIds: string[];
  /** Name of the chunk record that holds the documents. */
  chunk: string;
}

/** A chunk record: the documents of some files, by path. */
export interface ChunkRecord {
  format: 'claimcheck-workspace-chunk';
  /** The name it was written under. */
  name: string;
  files: Record<string, SavedFileDocuments>;
}

/**
 * A chunk record as stored: in columns, like the main record's file table (a few strings and typed arrays
 * deserialise in a fraction of the time of hundreds of objects: reading chunks back was the largest part of a warm
 * start, 15% of it at 150 MB). Per file (in order): its path and number of documents; the files with a line table,
 * and their tables one after another. Per document (in file order): id, key, format, base, clamp, where its text
 * is; the documents with a title, an offset map or meta, and those.
 *
 * The documents' texts are one after another in two strings, those whose characters all fit in one byte and the
 * others (one wide character would double the size of a shared string). Read back, a text is a slice of them:
 * tens of thousands of texts, 150 MB at the benchmark's largest size, are then not copied through the young
 * generation one by one (a warm start spent a sixth of its time in those copies, in pauses of up to 20 ms). The
 * cost: a slice keeps its chunk's strings alive, so a source replaced since the start keeps up to a chunk's text
 * (`CHUNK_CHARS`) in memory until the chunk's other documents are replaced too.
 */
export interface StoredChunkRecord {
  format: 'claimcheck-workspace-chunk';
  name: string;
  paths: PackedStrings;
  documentCounts: Int32Array;
  linedFiles: Int32Array;
  lineCounts: Int32Array;
  lineStarts: Int32Array;
  lineEnds: Int32Array;
  ids: PackedStrings;
  keys: PackedStrings;
  /** Numbers in `SOURCE_FORMATS`. */
  formats: Uint8Array;
  bases: Int32Array;
  clamps: Uint8Array;
  textAt: Int32Array;
  textLength: Int32Array;
  /** 1: the text is in `wideText`. */
  wide: Uint8Array;
  titled: Int32Array;
  titles: PackedStrings;
  mapped: Int32Array;
  mapLengths: Int32Array;
  maps: Int32Array;
  withMeta: Int32Array;
  metas: DocumentMeta[];
  narrowText: string;
  wideText: string;
}

/** The formats a chunk record numbers (append only: the numbers are in saved chunks). */
const SOURCE_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'jsonl', 'transcript', 'pdf', 'docx', 'mhtml'];

/** A record holding one big array of the index snapshot. */
export interface IndexPartRecord {
  format: 'claimcheck-workspace-part';
  /** The name it was written under, and the snapshot field it holds. */
  name: string;
  field: IndexPart;
  data: IndexPartArray;
}

export type IndexPart = (typeof INDEX_PARTS)[number];
type IndexPartArray = Int32Array | Uint8Array;

/** How the main record refers to an index part: by name, with the length and checksum of its array. */
export interface IndexPartRef {
  name: string;
  length: number;
  /** `hashBytes` of the array's bytes. */
  checksum: string;
}

export interface WorkspaceCacheRecord {
  format: 'claimcheck-workspace-cache';
  version: number;
  /** What the record depends on besides the files: the index format and the source settings. */
  key: string;
  files: SavedFile[];
  /**
   * The index snapshot without its biggest arrays, which are records of their own (named in `indexParts`, field
   * name → record name), so that no one read blocks the event loop for long.
   */
  index: SourceIndexSnapshot;
  indexParts: Record<IndexPart, IndexPartRef>;
  /** Random, new at each save: tells a reader that another process saved meanwhile. */
  saveId: string;
}

export function cacheKey(root: string, settings: string): string {
  return `${CACHE_FORMAT_VERSION}|${INDEX_FORMAT_VERSION}|${root}|${settings}`;
}

/**
 * The main record's name of a workspace's cache: `workspace-v<cache format>-<index format>-<root>-<settings>`,
 * the last three hashes (8, 16 and 16 hex digits) of `INDEX_FORMAT_VERSION`, the workspace root and its source
 * settings. Its chunks and index parts are `<name>-c-<suffix>` and `<name>-<field>-<suffix>`. So the name of any
 * file of a cache folder tells which workspace and which format it belongs to without reading it (a folder may
 * hold the caches of several workspaces: a multi-root VS Code workspace, a shared `--cache` folder), and a
 * save can remove the sets of its own workspace that nothing will read again (`sweepVerdict`). What a record
 * depends on is still checked in full when it is read (`key`).
 */
export function cacheName(root: string, settings: string): string {
  return `workspace-v${CACHE_FORMAT_VERSION}-${hashString(INDEX_FORMAT_VERSION).slice(0, 8)}-${hashString(root)}-${hashString(settings)}`;
}

/**
 * Names given before the names said whose records they are (cache formats up to 7): `workspace-<hash of the
 * key>`. Only the key inside the main record says which workspace such a set belongs to (`isRecordOfRoot`).
 */
const LEGACY_MAIN_NAME = /^workspace-[0-9a-f]{16}$/;
const MAIN_NAME = /^workspace-v(\d{1,9})-([0-9a-f]{8})-([0-9a-f]{16})-([0-9a-f]{16})$/;
/** A chunk (`c`) or an index part (its field) of a main record: `<main>-<what>-<suffix>`. */
const MEMBER_NAME = /^(workspace-[0-9a-z-]+?)-([A-Za-z]{1,40})-([0-9a-z]{1,40})$/;

/** What a cache file's name says of it; undefined when it is not a name this cache gives. */
export interface CacheFileName {
  /** The name of the main record of the set the file belongs to. */
  main: string;
  /** Named before names said whose records they are (see `LEGACY_MAIN_NAME`). */
  legacy: boolean;
  /** `CACHE_FORMAT_VERSION`, and the hashes of the index format, the root and the source settings. */
  version?: number;
  indexFormat?: string;
  root?: string;
  settings?: string;
}

export function parseCacheName(name: string): CacheFileName | undefined {
  // A main record's name first: its last two hashes could read as `<what>-<suffix>`.
  const member = LEGACY_MAIN_NAME.test(name) || MAIN_NAME.test(name) ? undefined : MEMBER_NAME.exec(name);
  const main = member ? member[1] : name;
  if (LEGACY_MAIN_NAME.test(main)) return { main, legacy: true };
  const parts = MAIN_NAME.exec(main);
  if (!parts) return undefined;
  return { main, legacy: false, version: Number(parts[1]), indexFormat: parts[2], root: parts[3], settings: parts[4] };
}

/** A main record and the files named after it, as a cache folder lists them. */
export interface CacheRecordSet {
  main: string;
  name: CacheFileName;
  /** Every file of the set (the main record among them when it is there). */
  files: string[];
  /** Whether the main record is there (a set without one is a killed writer's, or a removal's, leftover). */
  hasMain: boolean;
  /** The latest time any of its files was written or marked used. */
  lastUsed: number;
}

/** The entries of a cache folder grouped by the main record they belong to; names this cache does not give are left out. */
export function cacheRecordSets(entries: readonly CacheEntry[]): Map<string, CacheRecordSet> {
  const sets = new Map<string, CacheRecordSet>();
  for (const entry of entries) {
    const name = parseCacheName(entry.name);
    if (!name) continue;
    let set = sets.get(name.main);
    if (!set) sets.set(name.main, (set = { main: name.main, name, files: [], hasMain: false, lastUsed: -Infinity }));
    set.files.push(entry.name);
    if (entry.name === name.main) set.hasMain = true;
    if (Number.isFinite(entry.modified)) set.lastUsed = Math.max(set.lastUsed, entry.modified);
  }
  return sets;
}

/**
 * How long a cache of the same workspace under other source settings (or another index format, or a newer
 * cache format) is kept unused: it may be used again (settings switched back, the CLI and the editor with
 * different settings, another Claimcheck version on the same folder), so it goes only when nothing wrote or
 * used it for this long.
 */
export const CACHE_UNUSED_MS = 14 * 24 * 3600_000;
/** A main record used (read at a start with nothing to save) and older than this is marked used (`touch`). */
export const CACHE_TOUCH_MS = 24 * 3600_000;

/**
 * Whether a record set of the cache folder can go, seen from the workspace whose main record is `current`:
 * - `keep`: another workspace's (other root hash), the current one, a set of a legacy name without its main
 *   record (nothing tells whose it is), or a set that may still be used;
 * - `older format`: the same workspace under an older `CACHE_FORMAT_VERSION`: no Claimcheck that writes this
 *   format reads it (a newer format is left to the newer Claimcheck, which removes this one's in turn);
 * - `unused`: the same workspace under other settings, another index format or a newer cache format, unused
 *   for `CACHE_UNUSED_MS`;
 * - `check owner`: a legacy name with its main record: only the key inside says whose it is (`isRecordOfRoot`);
 *   the current Claimcheck never reads a legacy name, so it can go when it is this workspace's.
 */
export function sweepVerdict(set: CacheRecordSet, current: string, now: number): 'keep' | 'older format' | 'unused' | 'check owner' {
  const mine = parseCacheName(current);
  if (!mine || mine.legacy || set.main === current) return 'keep';
  if (set.name.legacy) return set.hasMain ? 'check owner' : 'keep';
  if (set.name.root !== mine.root) return 'keep';
  if (set.name.version! < mine.version!) return 'older format';
  return now - set.lastUsed > CACHE_UNUSED_MS ? 'unused' : 'keep';
}

/**
 * Whether a main record read back is a cache of the workspace at `root` (its key is `cacheKey(root, settings)`
 * of some version: `<format>|<index format>|<root>|<settings as a JSON array>`). Only a record the storage
 * accepted (keyed checksum) is asked.
 */
export function isRecordOfRoot(value: unknown, root: string): boolean {
  const record = value as { format?: unknown; key?: unknown } | null;
  if (!record || typeof record !== 'object' || record.format !== 'claimcheck-workspace-cache' || typeof record.key !== 'string') return false;
  const prefix = /^\d{1,9}\|[^|]*\|/.exec(record.key);
  if (!prefix) return false;
  const rest = record.key.slice(prefix[0].length);
  if (!rest.startsWith(`${root}|[`)) return false;
  try {
    return Array.isArray(JSON.parse(rest.slice(root.length + 1)));
  } catch {
    return false;
  }
}

/** Checks the shape of a record read back; undefined with a reason when it is not one we can use. */
export function checkRecord(value: unknown, key: string): { record?: WorkspaceCacheRecord; problem?: string } {
  return runStepsNow(checkRecordSteps(value, key));
}

/** `checkRecord` in slices (a big workspace's file table has tens of thousands of rows). */
export function* checkRecordSteps(value: unknown, key: string): Generator<void, { record?: WorkspaceCacheRecord; problem?: string }, void> {
  if (value === undefined) return {};
  const stored = value as StoredCacheRecord;
  if (!stored || typeof stored !== 'object' || stored.format !== 'claimcheck-workspace-cache') return { problem: 'not a Claimcheck index cache' };
  if (stored.version !== CACHE_FORMAT_VERSION || stored.key !== key) return { problem: 'made by another version or with other settings' };
  if (!stored.fileTable || !stored.index || typeof stored.index !== 'object' || typeof stored.saveId !== 'string' || !isPartRefs(stored.indexParts)) {
    return { problem: 'the record is damaged' };
  }
  // Each step keeps a time slice of its own: it starts after a yield, so that its slice is not added to the last
  // (the first one's to the reading of the record).
  yield;
  const table = yield* decodeFiles(stored.fileTable);
  if (!table) return { problem: 'its file table is damaged' };
  const { files, ids } = table;
  yield;
  // The terms are read one by one when the index is restored (which keeps them), the document ids are the file
  // table's: not made here, where a big workspace's hundreds of thousands of strings, made at once and alive
  // until then, were copied through the young generation twice in a row (two scavenges of 30 ms in one pause).
  const terms = yield* stringColumn(stored.index.terms);
  yield;
  const documents = yield* numberedIds(stored.index.documents, ids);
  if (!terms || !documents) return { problem: 'the record is damaged' };
  const { fileTable: _table, index, ...rest } = stored;
  return { record: { ...rest, index: { ...index, terms, documents }, files } };
}

function isPartRefs(value: unknown): value is Record<IndexPart, IndexPartRef> {
  if (!value || typeof value !== 'object') return false;
  const refs = value as Record<string, IndexPartRef | undefined>;
  if (Object.keys(refs).length !== INDEX_PARTS.length) return false;
  return INDEX_PARTS.every((field) => {
    const ref = refs[field];
    return !!ref && typeof ref.name === 'string' && typeof ref.checksum === 'string' && Number.isInteger(ref.length) && ref.length >= 0;
  });
}

/** A cache record that a main record refers to is gone (another process may have saved meanwhile). */
export class MissingRecordError extends Error {
  constructor(readonly record: string) {
    super(`the record ${record} is missing`);
  }
}

/** The saved form of one index array, and how the main record refers to it (checksummed in slices). */
export function* indexPartSteps(name: string, field: IndexPart, data: unknown): Generator<void, { record: IndexPartRecord; ref: IndexPartRef }, void> {
  const array = PART_TYPES[field] === 'Int32Array' ? toExact(data, Int32Array) : toExact(data, Uint8Array);
  const checksum = yield* hashBytesSteps(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return {
    record: { format: 'claimcheck-workspace-part', name, field, data: array },
    ref: { name, length: array.length, checksum },
  };
}

function toExact<T extends Int32Array | Uint8Array>(data: unknown, type: { new (n: ArrayLike<number>): T; from(a: ArrayLike<number>): T }): T {
  if (data instanceof type) return data;
  return type.from(data as ArrayLike<number>);
}

/** The array type of each index part: another type is a swapped or foreign record. */
const PART_TYPES: Record<IndexPart, 'Int32Array' | 'Uint8Array'> = {
  postingBytes: 'Uint8Array',
  sentenceSpans: 'Int32Array',
  sentenceParagraph: 'Int32Array',
  sentenceLength: 'Int32Array',
  paragraphSpans: 'Int32Array',
  paragraphDocument: 'Int32Array',
  paragraphLength: 'Int32Array',
  termStats: 'Int32Array',
};

/**
 * The array of an index part read back, after checking that it is the record the main record names (name,
 * field, type, length, checksum) and that its values fit the snapshot (spans in order; the postings are decoded
 * and checked when the index is restored). Throws with the reason otherwise.
 */
export function* checkIndexPartSteps(value: unknown, field: IndexPart, ref: IndexPartRef, snapshot: SourceIndexSnapshot): Generator<void, IndexPartArray, void> {
  const damaged = (why: string) => new Error(`the record ${ref.name} is damaged (${why})`);
  if (value === undefined) throw new MissingRecordError(ref.name);
  const part = value as Partial<IndexPartRecord> | null;
  if (!part || typeof part !== 'object' || part.format !== 'claimcheck-workspace-part') throw damaged('not an index part');
  if (part.name !== ref.name || part.field !== field) throw damaged(`it holds ${String(part.field)} of ${String(part.name)}`);
  const type = PART_TYPES[field];
  const raw: unknown = part.data;
  if (!(type === 'Int32Array' ? raw instanceof Int32Array : raw instanceof Uint8Array)) throw damaged(`not an ${type}`);
  const data = raw as IndexPartArray;
  if (data.length !== ref.length) throw damaged('wrong length');
  if ((yield* hashBytesSteps(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) !== ref.checksum) throw damaged('checksum mismatch');
  const sentences = snapshot.sentenceCount;
  if (!Number.isInteger(sentences) || sentences < 0) throw damaged('no sentence count');
  if (field === 'sentenceSpans') {
    if (data.length !== 2 * sentences) throw damaged('wrong number of sentences');
    const slice = new TimeSlice();
    for (let i = 0; i < data.length; i += 2) {
      if (data[i] < 0 || data[i + 1] < data[i]) throw damaged('span out of order');
      if ((i & 0xffff) === 0 && slice.due()) {
        yield;
        slice.next();
      }
    }
  }
  return data;
}

/** The chunk record of the documents of some files (`saveDocuments`), in columns (`StoredChunkRecord`). */
export function storeChunk(name: string, files: readonly (readonly [string, SavedFileDocuments])[]): StoredChunkRecord {
  const paths: string[] = [];
  const documentCounts: number[] = [];
  const linedFiles: number[] = [];
  const lineCounts: number[] = [];
  const lineStarts: Int32Array[] = [];
  const lineEnds: Int32Array[] = [];
  const ids: string[] = [];
  const keys: string[] = [];
  const formats: number[] = [];
  const bases: number[] = [];
  const clamps: number[] = [];
  const textAt: number[] = [];
  const textLength: number[] = [];
  const wide: number[] = [];
  const titled: number[] = [];
  const titles: string[] = [];
  const mapped: number[] = [];
  const mapLengths: number[] = [];
  const maps: Int32Array[] = [];
  const withMeta: number[] = [];
  const metas: DocumentMeta[] = [];
  const narrowTexts: string[] = [];
  const wideTexts: string[] = [];
  let narrowLength = 0;
  let wideLength = 0;
  for (const [path, saved] of files) {
    if (saved.lines) {
      linedFiles.push(paths.length);
      lineCounts.push(saved.lines.starts.length);
      lineStarts.push(saved.lines.starts);
      lineEnds.push(saved.lines.ends);
    }
    paths.push(path);
    documentCounts.push(saved.documents.length);
    for (const d of saved.documents) {
      const number = ids.length;
      ids.push(d.id);
      keys.push(d.key);
      const format = SOURCE_FORMATS.indexOf(d.format);
      if (format < 0) throw new Error(`Unknown source format: ${d.format}`);
      formats.push(format);
      bases.push(d.base);
      clamps.push(d.clamp ? 1 : 0);
      if (d.title !== undefined) {
        titled.push(number);
        titles.push(d.title);
      }
      if (d.map) {
        mapped.push(number);
        mapLengths.push(d.map.length);
        maps.push(d.map);
      }
      if (d.meta !== undefined) {
        withMeta.push(number);
        metas.push(d.meta);
      }
      const isWide = WIDE.test(d.text);
      wide.push(isWide ? 1 : 0);
      textAt.push(isWide ? wideLength : narrowLength);
      textLength.push(d.text.length);
      if (isWide) {
        wideTexts.push(d.text);
        wideLength += d.text.length;
      } else {
        narrowTexts.push(d.text);
        narrowLength += d.text.length;
      }
    }
  }
  return {
    format: 'claimcheck-workspace-chunk',
    name,
    paths: packAll(paths),
    documentCounts: Int32Array.from(documentCounts),
    linedFiles: Int32Array.from(linedFiles),
    lineCounts: Int32Array.from(lineCounts),
    lineStarts: concatInt32(lineStarts),
    lineEnds: concatInt32(lineEnds),
    ids: packAll(ids),
    keys: packAll(keys),
    formats: Uint8Array.from(formats),
    bases: Int32Array.from(bases),
    clamps: Uint8Array.from(clamps),
    textAt: Int32Array.from(textAt),
    textLength: Int32Array.from(textLength),
    wide: Uint8Array.from(wide),
    titled: Int32Array.from(titled),
    titles: packAll(titles),
    mapped: Int32Array.from(mapped),
    mapLengths: Int32Array.from(mapLengths),
    maps: concatInt32(maps),
    withMeta: Int32Array.from(withMeta),
    metas,
    narrowText: narrowTexts.join(''),
    wideText: wideTexts.join(''),
  };
}

/** A character that does not fit in one byte. */
const WIDE = /[^\u0000-\u00ff]/;

function concatInt32(arrays: readonly Int32Array[]): Int32Array {
  let n = 0;
  for (const a of arrays) n += a.length;
  const out = new Int32Array(n);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** `packStrings` in one go (a chunk's lists are small). */
function packAll(list: readonly string[]): PackedStrings {
  return runStepsNow(packStrings(list));
}

function unpackAll(packed: PackedStrings | undefined): string[] | undefined {
  return runStepsNow(unpackStrings(packed));
}

/** Whether `numbers` are increasing and below `limit` (the documents or files a sparse column names). */
function isIncreasingBelow(numbers: Int32Array, limit: number): boolean {
  for (let k = 0; k < numbers.length; k++) if (numbers[k] < 0 || numbers[k] >= limit || (k > 0 && numbers[k] <= numbers[k - 1])) return false;
  return true;
}

/** Whether `lengths` are all at least `least` and add up to `total`. */
function addsUpTo(lengths: Int32Array, least: number, total: number): boolean {
  let sum = 0;
  for (let k = 0; k < lengths.length; k++) {
    if (lengths[k] < least) return false;
    sum += lengths[k];
  }
  return sum === total;
}

/**
 * Checks a chunk record read back (the one named `name`, its columns of matching lengths, every number in range)
 * and gives the saved documents of its files by path, their texts sliced from the chunk's strings, in the shape
 * `restoreDocuments` relies on (offset maps of whole segments; without the file's line table, a text that is the
 * file's content: no map, base 0).
 */
export function checkChunk(value: unknown, name: string): Map<string, SavedFileDocuments> {
  if (value === undefined) throw new MissingRecordError(name);
  const c = value as Partial<StoredChunkRecord> | null;
  const damaged = () => new Error(`the record ${name} is damaged`);
  if (!c || typeof c !== 'object' || c.format !== 'claimcheck-workspace-chunk' || c.name !== name) throw damaged();
  const paths = unpackAll(c.paths);
  const ids = unpackAll(c.ids);
  const keys = unpackAll(c.keys);
  const titles = unpackAll(c.titles);
  const int32 = (a: unknown): a is Int32Array => a instanceof Int32Array;
  const uint8 = (a: unknown): a is Uint8Array => a instanceof Uint8Array;
  if (
    !paths || !ids || !keys || !titles || typeof c.narrowText !== 'string' || typeof c.wideText !== 'string' || !Array.isArray(c.metas) ||
    !int32(c.documentCounts) || !int32(c.linedFiles) || !int32(c.lineCounts) || !int32(c.lineStarts) || !int32(c.lineEnds) ||
    !uint8(c.formats) || !int32(c.bases) || !uint8(c.clamps) || !int32(c.textAt) || !int32(c.textLength) || !uint8(c.wide) ||
    !int32(c.titled) || !int32(c.mapped) || !int32(c.mapLengths) || !int32(c.maps) || !int32(c.withMeta)
  ) {
    throw damaged();
  }
  const files = paths.length;
  const documents = ids.length;
  if (
    c.documentCounts.length !== files || !addsUpTo(c.documentCounts, 0, documents) ||
    c.linedFiles.length !== c.lineCounts.length || !isIncreasingBelow(c.linedFiles, files) ||
    c.lineStarts.length !== c.lineEnds.length || !addsUpTo(c.lineCounts, 1, c.lineStarts.length) ||
    keys.length !== documents || c.formats.length !== documents || c.bases.length !== documents || c.clamps.length !== documents ||
    c.textAt.length !== documents || c.textLength.length !== documents || c.wide.length !== documents ||
    c.titled.length !== titles.length || !isIncreasingBelow(c.titled, documents) ||
    c.mapped.length !== c.mapLengths.length || !isIncreasingBelow(c.mapped, documents) || !addsUpTo(c.mapLengths, 0, c.maps.length) ||
    c.withMeta.length !== c.metas.length || !isIncreasingBelow(c.withMeta, documents)
  ) {
    throw damaged();
  }
  const out = new Map<string, SavedFileDocuments>();
  let d = 0;
  let lined = 0;
  let lineAt = 0;
  let title = 0;
  let map = 0;
  let mapAt = 0;
  let meta = 0;
  for (let f = 0; f < files; f++) {
    let lines: SavedLines | undefined;
    if (lined < c.linedFiles.length && c.linedFiles[lined] === f) {
      const n = c.lineCounts[lined++];
      lines = { starts: c.lineStarts.subarray(lineAt, lineAt + n), ends: c.lineEnds.subarray(lineAt, lineAt + n) };
      lineAt += n;
    }
    const saved: SavedDocument[] = [];
    for (const end = d + c.documentCounts[f]; d < end; d++) {
      const format = SOURCE_FORMATS[c.formats[d]];
      const text = c.wide[d] === 1 ? c.wideText : c.wide[d] === 0 ? c.narrowText : undefined;
      const at = c.textAt[d];
      const length = c.textLength[d];
      if (format === undefined || text === undefined || at < 0 || length < 0 || at + length > text.length || c.bases[d] < 0 || c.clamps[d] > 1) throw damaged();
      const document: SavedDocument = { id: ids[d], key: keys[d], format, text: text.slice(at, at + length), base: c.bases[d] };
      if (title < c.titled.length && c.titled[title] === d) document.title = titles[title++];
      if (map < c.mapped.length && c.mapped[map] === d) {
        const n = c.mapLengths[map++];
        if (n % 4 !== 0) throw damaged();
        document.map = c.maps.subarray(mapAt, mapAt + n);
        mapAt += n;
      }
      if (c.clamps[d] === 1) document.clamp = true;
      if (meta < c.withMeta.length && c.withMeta[meta] === d) document.meta = c.metas[meta++];
      // Without a line table of the file, the text is the file's content: offsets map one to one.
      if (!lines && (document.map || document.base !== 0)) throw damaged();
      saved.push(document);
    }
    // (Paths are unique in a chunk written by `storeChunk`: a repeated one is a damaged record.)
    if (out.has(paths[f])) throw damaged();
    out.set(paths[f], lines ? { lines, documents: saved } : { documents: saved });
  }
  return out;
}

/**
 * The record as stored: the file table in columns, and every list of strings packed into one string and its
 * lengths (a few big arrays and strings deserialise much faster than many objects: the main record of a big
 * workspace holds hundreds of thousands of names).
 */
export type StoredCacheRecord = Omit<WorkspaceCacheRecord, 'files' | 'index'> & {
  fileTable: FileTable;
  index: Omit<SourceIndexSnapshot, 'terms' | 'documents'> & { terms: PackedStrings; documents: DocumentNumbers };
};

/**
 * The index's document ids by document number, saved as positions in the file table's ids (which hold the same
 * ids, file after file): position p >= 0 is `fileTable.documentIds[p]`, -1 a removed number (''), -2 - j the id
 * `others[j]` (an id no file has: none in a record this version saves, but read as any other). Saved as strings,
 * the ids were a second copy of the table's, as big (2 MB at 150 MB of sources), all read back at once.
 */
export interface DocumentNumbers {
  positions: Int32Array;
  others: PackedStrings;
}

/** Strings as one string and their lengths. */
export interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

export interface FileTable {
  /**
   * The files' paths without `pathPrefix` (the folder all of them are in, with its '/'), but for those numbered in
   * `fullPaths` (increasing), kept whole: a workspace's sources mostly share a long folder, a third to a half of
   * the bytes of the main record to read back.
   */
  pathPrefix: string;
  fullPaths: Int32Array;
  paths: PackedStrings;
  sizes: Float64Array;
  mtimes: Float64Array;
  hashes: PackedStrings;
  read: Uint8Array;
  /** The chunk record names, and per file the number of its chunk's name. */
  chunkNames: string[];
  chunks: Int32Array;
  /**
   * The files that have warnings (their numbers, increasing) and their warnings: few files have any, and an array
   * with an entry for each of 65,000 files took 4 ms to read back in one go.
   */
  warnedFiles: Int32Array;
  warnings: SourceWarning[][];
  /** Per file, how many document ids it has in `documentIds`. */
  documentCounts: Int32Array;
  documentIds: PackedStrings;
}

export function toStoredRecord(record: WorkspaceCacheRecord): StoredCacheRecord {
  return runStepsNow(toStoredRecordSteps(record));
}

/** `toStoredRecord` in slices (packing a big workspace's names takes tens of milliseconds). */
export function* toStoredRecordSteps(record: WorkspaceCacheRecord): Generator<void, StoredCacheRecord, void> {
  const { files, index, ...rest } = record;
  const terms = yield* packStrings(index.terms);
  const { table, ids } = yield* encodeFiles(files);
  const documents = yield* numberDocuments(index.documents, ids);
  return { ...rest, index: { ...index, terms, documents }, fileTable: table };
}

/** The index's document ids as positions in the file table's (`DocumentNumbers`). */
function* numberDocuments(documents: StringList, tableIds: readonly string[]): Generator<void, DocumentNumbers, void> {
  const slice = new TimeSlice();
  const position = new Map<string, number>();
  for (let p = 0; p < tableIds.length; p++) {
    if (!position.has(tableIds[p])) position.set(tableIds[p], p);
    if ((p & 1023) === 1023 && slice.due()) {
      yield;
      slice.next();
    }
  }
  const positions = new Int32Array(documents.length);
  const others: string[] = [];
  for (let k = 0; k < documents.length; k++) {
    const id = documents.at(k) ?? '';
    const p = id === '' ? -1 : position.get(id);
    if (p !== undefined) positions[k] = p;
    else positions[k] = -2 - (others.push(id) - 1);
    if ((k & 1023) === 1023 && slice.due()) {
      yield;
      slice.next();
    }
  }
  return { positions, others: yield* packStrings(others) };
}

/** The document ids of `DocumentNumbers` read back, by document number (the table's id strings themselves). */
class NumberedIds implements StringList {
  constructor(
    private readonly positions: Int32Array,
    private readonly tableIds: readonly string[],
    private readonly others: readonly string[],
  ) {}

  get length(): number {
    return this.positions.length;
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.positions.length)) return undefined;
    const p = this.positions[index];
    return p >= 0 ? this.tableIds[p] : p === -1 ? '' : this.others[-2 - p];
  }
}

/** `DocumentNumbers` checked (every position names an id); undefined when damaged. */
function* numberedIds(numbers: DocumentNumbers | undefined, tableIds: readonly string[]): Generator<void, NumberedIds | undefined, void> {
  if (!numbers || typeof numbers !== 'object' || !(numbers.positions instanceof Int32Array)) return undefined;
  const others = yield* unpackStrings(numbers.others);
  if (!others) return undefined;
  const { positions } = numbers;
  const slice = new TimeSlice();
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k];
    if (p >= tableIds.length || p < -1 - others.length) return undefined;
    if ((k & 0xffff) === 0xffff && slice.due()) {
      yield;
      slice.next();
    }
  }
  return new NumberedIds(positions, tableIds, others);
}

/** Strings joined between two looks at the clock in `packStrings`. */
const PACK_SLICE = 4096;

function* packStrings(list: StringList): Generator<void, PackedStrings, void> {
  const slice = new TimeSlice();
  const lengths = new Int32Array(list.length);
  const pieces: string[] = [];
  for (let from = 0; from < list.length; from += PACK_SLICE) {
    const to = Math.min(list.length, from + PACK_SLICE);
    let piece = '';
    for (let i = from; i < to; i++) {
      const item = list.at(i)!;
      lengths[i] = item.length;
      piece += item;
    }
    // Flattened now, in this slice, rather than all at once when the record is written.
    piece.charCodeAt(0);
    pieces.push(piece);
    if (slice.due()) {
      yield;
      slice.next();
    }
  }
  return { text: pieces.join(''), lengths };
}

/** Strings packed by `packStrings`, checked (lengths that add up to the text); undefined when damaged. */
function* unpackStrings(packed: PackedStrings | undefined): Generator<void, string[] | undefined, void> {
  if (!packed || typeof packed !== 'object' || typeof packed.text !== 'string' || !(packed.lengths instanceof Int32Array)) return undefined;
  const { text, lengths } = packed;
  const out: string[] = new Array<string>(lengths.length);
  const slice = new TimeSlice();
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i];
    if (n < 0 || at + n > text.length) return undefined;
    out[i] = text.slice(at, (at += n));
    if ((i & 0xfff) === 0xfff && slice.due()) {
      yield;
      slice.next();
    }
  }
  return at === text.length ? out : undefined;
}

/** Strings packed by `packStrings`, each sliced from the text when asked for (a new string each time). */
export class StringColumn implements StringList {
  constructor(
    private readonly text: string,
    /** String k from starts[k] to starts[k + 1]. */
    private readonly starts: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.starts.length - 1 ? this.text.slice(this.starts[index], this.starts[index + 1]) : undefined;
  }
}

/** Strings packed by `packStrings` as a `StringColumn`, checked like `unpackStrings`; undefined when damaged. */
function* stringColumn(packed: PackedStrings | undefined): Generator<void, StringColumn | undefined, void> {
  if (!packed || typeof packed !== 'object' || typeof packed.text !== 'string' || !(packed.lengths instanceof Int32Array)) return undefined;
  const { text, lengths } = packed;
  const starts = new Int32Array(lengths.length + 1);
  const slice = new TimeSlice();
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i];
    if (n < 0 || at + n > text.length) return undefined;
    starts[i] = at;
    at += n;
    if ((i & 0xffff) === 0xffff && slice.due()) {
      yield;
      slice.next();
    }
  }
  starts[lengths.length] = at;
  return at === text.length ? new StringColumn(text, starts) : undefined;
}

function* encodeFiles(files: readonly SavedFile[]): Generator<void, { table: FileTable; ids: string[] }, void> {
  const n = files.length;
  const chunkNumbers = new Map<string, number>();
  const documentIds: string[] = [];
  const paths = files.map((f) => f.path);
  const pathPrefix = commonFolder(paths);
  const fullPaths: number[] = [];
  for (let i = 0; i < n; i++) {
    if (paths[i].startsWith(pathPrefix)) paths[i] = paths[i].slice(pathPrefix.length);
    else fullPaths.push(i);
  }
  const table: FileTable = {
    pathPrefix,
    fullPaths: Int32Array.from(fullPaths),
    paths: yield* packStrings(paths),
    sizes: new Float64Array(n),
    mtimes: new Float64Array(n),
    hashes: yield* packStrings(files.map((f) => f.hash)),
    read: new Uint8Array(n),
    chunkNames: [],
    chunks: new Int32Array(n),
    warnedFiles: new Int32Array(0),
    warnings: [],
    documentCounts: new Int32Array(n),
    documentIds: { text: '', lengths: new Int32Array(0) },
  };
  const slice = new TimeSlice();
  const warned: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = files[i];
    table.sizes[i] = f.size;
    table.mtimes[i] = f.mtime;
    table.read[i] = f.read ? 1 : 0;
    let chunk = chunkNumbers.get(f.chunk);
    if (chunk === undefined) {
      chunkNumbers.set(f.chunk, (chunk = table.chunkNames.length));
      table.chunkNames.push(f.chunk);
    }
    table.chunks[i] = chunk;
    if (f.warnings.length) {
      warned.push(i);
      table.warnings.push(f.warnings);
    }
    table.documentCounts[i] = f.documentIds.length;
    for (const id of f.documentIds) documentIds.push(id);
    if ((i & 1023) === 1023 && slice.due()) {
      yield;
      slice.next();
    }
  }
  table.warnedFiles = Int32Array.from(warned);
  table.documentIds = yield* packStrings(documentIds);
  return { table, ids: documentIds };
}

/**
 * The folder (with its '/') that at least half of `paths` are in, the deepest such of the middle path's (a block
 * of half the paths, in order as a walk lists them, holds the middle one).
 */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const middle = paths[paths.length >> 1];
  let prefix = middle.slice(0, middle.lastIndexOf('/') + 1);
  // Shortened a folder at a time until at least half the paths are in it (the others are kept whole).
  for (;;) {
    let inside = 0;
    for (const path of paths) if (path.startsWith(prefix)) inside++;
    if (prefix === '' || inside * 2 >= paths.length) return prefix;
    prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
}

function* decodeFiles(table: FileTable): Generator<void, { files: SavedFile[]; ids: string[] } | undefined, void> {
  if (!table || typeof table !== 'object' || typeof table.pathPrefix !== 'string' || !(table.fullPaths instanceof Int32Array)) return undefined;
  // (A yield before each step: each keeps a time slice of its own.)
  // The paths are sliced from the table when asked for: a kept file's path is replaced by the walk's string for
  // it, so strings made for them all here would only be garbage, copied through the young generation first.
  const paths = yield* stringColumn(table.paths);
  yield;
  const ids = yield* unpackStrings(table.documentIds);
  yield;
  const n = paths?.length;
  const hashes = table.hashes;
  if (
    !paths || !ids || !hashes || typeof hashes !== 'object' || typeof hashes.text !== 'string' || !(hashes.lengths instanceof Int32Array) ||
    !(table.sizes instanceof Float64Array) || !(table.mtimes instanceof Float64Array) ||
    !(table.read instanceof Uint8Array) || !(table.documentCounts instanceof Int32Array) || !(table.chunks instanceof Int32Array) ||
    !Array.isArray(table.chunkNames) || !table.chunkNames.every((c) => typeof c === 'string') || !(table.warnedFiles instanceof Int32Array) ||
    !Array.isArray(table.warnings) || table.warnings.length !== table.warnedFiles.length || !table.warnings.every((w) => Array.isArray(w)) ||
    table.sizes.length !== n || table.mtimes.length !== n || table.read.length !== n || table.documentCounts.length !== n ||
    hashes.lengths.length !== n || table.chunks.length !== n
  ) {
    return undefined;
  }
  const warned = table.warnedFiles;
  for (let k = 0; k < warned.length; k++) if (warned[k] < 0 || warned[k] >= n || (k > 0 && warned[k] <= warned[k - 1])) return undefined;
  const full = table.fullPaths;
  for (let k = 0; k < full.length; k++) if (full[k] < 0 || full[k] >= n || (k > 0 && full[k] <= full[k - 1])) return undefined;
  const columns: FileColumns = {
    sizes: table.sizes,
    mtimes: table.mtimes,
    read: table.read,
    hashes: hashes.text,
    hashStarts: new Int32Array(n + 1),
    chunkNames: table.chunkNames,
    chunks: table.chunks,
    warnedFiles: warned,
    warnings: table.warnings,
    paths,
    pathPrefix: table.pathPrefix,
    fullPaths: full,
    ids,
    idStarts: new Int32Array(n + 1),
  };
  const files: SavedFile[] = [];
  const slice = new TimeSlice();
  let at = 0;
  let hashAt = 0;
  for (let i = 0; i < n; i++) {
    const count = table.documentCounts[i];
    const length = hashes.lengths[i];
    if (count < 0 || at + count > ids.length || length < 0 || hashAt + length > hashes.text.length || table.chunkNames[table.chunks[i]] === undefined) return undefined;
    columns.idStarts[i] = at;
    columns.hashStarts[i] = hashAt;
    files.push(new TableFile(columns, i));
    at += count;
    hashAt += length;
    if ((i & 0x3ff) === 0x3ff && slice.due()) {
      yield;
      slice.next();
    }
  }
  columns.idStarts[n] = at;
  columns.hashStarts[n] = hashAt;
  return at === ids.length && hashAt === hashes.text.length ? { files, ids } : undefined;
}

/**
 * The columns of a file table read back. Its files are `TableFile`s that read their fields from here: 65,000
 * files as plain objects were six objects each (the object, its size and mtime as numbers, its hash, its array of
 * ids and that array's store), all made at once during a warm start and kept: work for every garbage collection.
 */
interface FileColumns {
  sizes: Float64Array;
  mtimes: Float64Array;
  read: Uint8Array;
  /** The files' hashes, one after another; file i's from hashStarts[i] to hashStarts[i + 1]. */
  hashes: string;
  hashStarts: Int32Array;
  chunkNames: string[];
  chunks: Int32Array;
  warnedFiles: Int32Array;
  warnings: SourceWarning[][];
  /** The paths as saved (see `FileTable.pathPrefix`). */
  paths: StringColumn;
  pathPrefix: string;
  fullPaths: Int32Array;
  /** The documents' ids, file after file; file i's from idStarts[i] to idStarts[i + 1]. */
  ids: string[];
  idStarts: Int32Array;
}

/**
 * A file of a file table read back (see `FileColumns`): its fields read from the table, and its path too until the
 * walk's string for it (the same text) replaces it when the file is kept.
 */
class TableFile implements SavedFile {
  private ownPath: string | undefined = undefined;

  constructor(
    private readonly table: FileColumns,
    private readonly row: number,
  ) {}

  /** The walk's string once set; until then a new string from the table each time. */
  get path(): string {
    if (this.ownPath !== undefined) return this.ownPath;
    const { paths, pathPrefix, fullPaths } = this.table;
    const saved = paths.at(this.row)!;
    return fullPaths.length > 0 && isListed(fullPaths, this.row) ? saved : pathPrefix + saved;
  }

  set path(path: string) {
    this.ownPath = path;
  }

  get size(): number {
    return this.table.sizes[this.row];
  }

  get mtime(): number {
    return this.table.mtimes[this.row];
  }

  get hash(): string {
    return this.table.hashes.slice(this.table.hashStarts[this.row], this.table.hashStarts[this.row + 1]);
  }

  get read(): boolean {
    return this.table.read[this.row] === 1;
  }

  get chunk(): string {
    return this.table.chunkNames[this.table.chunks[this.row]];
  }

  get warnings(): SourceWarning[] {
    const { warnedFiles, warnings } = this.table;
    // Few files have warnings: a binary search of their numbers.
    const at = listedAt(warnedFiles, this.row);
    return at >= 0 ? warnings[at] : NO_WARNINGS;
  }

  /** A new array each time (its strings are the table's); `documentIdList` gives a lone id without one. */
  get documentIds(): string[] {
    return this.table.ids.slice(this.table.idStarts[this.row], this.table.idStarts[this.row + 1]);
  }

  /** See `documentIdList`. */
  idList(): DocumentIdList {
    const { ids, idStarts } = this.table;
    const from = idStarts[this.row];
    const to = idStarts[this.row + 1];
    return to - from === 1 ? ids[from] : ids.slice(from, to);
  }
}

/** Where `row` is in `rows` (increasing), by binary search; -1 when it is not there. */
function listedAt(rows: Int32Array, row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo] === row ? lo : -1;
}

function isListed(rows: Int32Array, row: number): boolean {
  return listedAt(rows, row) >= 0;
}

/** The ids of a file's documents: a lone id as itself (most files have one document), else an array. */
export type DocumentIdList = string | readonly string[];

/** Ids as a `DocumentIdList`: a lone one as itself. */
export function toIdList(ids: readonly string[]): DocumentIdList {
  return ids.length === 1 ? ids[0] : ids;
}

/** A file's document ids as a `DocumentIdList`: for a file of a table read back, without a new array. */
export function documentIdList(file: SavedFile): DocumentIdList {
  return file instanceof TableFile ? file.idList() : toIdList(file.documentIds);
}

/** The ids of a `DocumentIdList` (none for undefined). */
export function idsOf(list: DocumentIdList | undefined): readonly string[] {
  return list === undefined ? [] : typeof list === 'string' ? [list] : list;
}

/** A plain copy of a file's fields with some changed (a file of a table read back is not spread: its fields are accessors). */
export function changedFile(file: SavedFile, changes: Partial<SavedFile>): SavedFile {
  return {
    path: file.path,
    size: file.size,
    mtime: file.mtime,
    hash: file.hash,
    read: file.read,
    warnings: file.warnings,
    documentIds: file.documentIds,
    chunk: file.chunk,
    ...changes,
  };
}

/** The warnings of the many files that have none (one array, never changed). */
const NO_WARNINGS: SourceWarning[] = Object.freeze([]) as unknown as SourceWarning[];

// ---------------------------------------------------------------------------------------------------------
// Documents

/** The saved form of the documents of one file; `undefined` when a document has no `mapping` (cannot be saved). */
export function saveDocuments(documents: readonly SourceDocument[]): SavedFileDocuments | undefined {
  let lines: SavedLines | undefined;
  const out: SavedDocument[] = [];
  for (const document of documents) {
    const mapping = document.mapping;
    if (!mapping) return undefined;
    const textIsContent = document.format === 'text' && !mapping.map && mapping.base === 0;
    if (!textIsContent && !lines) lines = saveLines(mapping.lines);
    out.push({
      id: document.id,
      key: document.key,
      format: document.format,
      ...(document.title !== undefined ? { title: document.title } : {}),
      text: document.text,
      base: mapping.base,
      ...(mapping.map ? { map: mapping.map.toArray() } : {}),
      ...(mapping.clamp ? { clamp: true } : {}),
      ...(document.meta ? { meta: document.meta } : {}),
    });
  }
  return { lines, documents: out };
}

/**
 * Documents as `saveDocuments` saved them, with working offset mappings. `ids`: the ids the file table names for
 * them; where one equals the saved id, the document takes that string (one string kept per id, not two).
 */
export function restoreDocuments(file: string, saved: SavedFileDocuments, ids?: readonly string[]): SourceDocument[] {
  const shared = saved.lines ? new RestoredLines(saved.lines.starts, saved.lines.ends) : undefined;
  const withMap = saved.documents.filter((d) => d.map);
  const maps = withMap.length ? new Map(OffsetMap.fromArrays(withMap.map((d) => d.map!)).map((m, i) => [withMap[i], m])) : undefined;
  return saved.documents.map((d, k) => new RestoredDocument(file, d, ids?.[k] === d.id ? ids[k] : d.id, shared, maps?.get(d)));
}

/**
 * Makes a document read back hold `path`, a string of the same text as its file's path (the walk's, which the
 * workspace keeps anyway), in place of its own copy.
 */
export function adoptPath(document: SourceDocument, path: string): void {
  if (document instanceof RestoredDocument && document.file === path) document.file = path;
}

/**
 * A document read back (or made from what `saveDocuments` keeps): its methods compute from its mapping (on the
 * prototype: closures per document cost several hundred bytes each, tens of megabytes over a big workspace). The
 * document is its own mapping, and a document whose text is its file's content makes its line table on first
 * use: a big workspace restores tens of thousands of documents, and each object kept alive lengthens every full
 * garbage collection of the language server.
 */
class RestoredDocument implements SourceDocument, DocumentMapping {
  /** Its file's path (see `adoptPath`). */
  file: string;
  readonly id: string;
  readonly key: string;
  readonly format: SourceDocument['format'];
  declare readonly title?: string;
  readonly text: string;
  readonly base: number;
  declare readonly map?: OffsetMap;
  declare readonly clamp?: boolean;
  declare readonly meta?: DocumentMeta;
  /** The file's line table, shared by its documents; or this document's own, once asked for. */
  private lineTable: DocumentMapping['lines'] | undefined;

  constructor(
    file: string,
    d: SavedDocument,
    id: string,
    lines: DocumentMapping['lines'] | undefined,
    map: OffsetMap | undefined,
  ) {
    this.file = file;
    this.id = id;
    this.key = d.key;
    this.format = d.format;
    if (d.title !== undefined) (this as { title?: string }).title = d.title;
    this.text = d.text;
    this.base = d.base;
    if (map) (this as { map?: OffsetMap }).map = map;
    if (d.clamp) (this as { clamp?: boolean }).clamp = true;
    this.lineTable = lines;
    const meta = d.meta !== undefined ? restoreMeta(d.meta, d.text.length) : undefined;
    if (meta) (this as { meta?: DocumentMeta }).meta = meta;
  }

  get mapping(): DocumentMapping {
    return this;
  }

  get lines(): DocumentMapping['lines'] {
    return (this.lineTable ??= new LineIndex(this.text));
  }

  toFileOffset(offset: number): number {
    if (this.map) return this.base + this.map.toSource(offset);
    return this.base + (this.clamp ? Math.max(0, Math.min(offset, this.text.length)) : offset);
  }

  toFileEnd(offset: number): number {
    return this.map ? this.base + this.map.toSourceEnd(offset) : this.toFileOffset(offset);
  }

  filePosition(offset: number): Position {
    return this.lines.positionAt(offset);
  }
}

function saveLines(lines: DocumentMapping['lines']): SavedLines {
  if (lines instanceof RestoredLines) return { starts: lines.starts, ends: lines.ends };
  if (!(lines instanceof LineIndex)) throw new Error('Unknown line table.');
  const n = lines.lineCount;
  const text = lines.text;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = lines.lineStart(i);
    let end = i + 1 < n ? lines.lineStart(i + 1) : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    starts[i] = start;
    ends[i] = end;
  }
  return { starts, ends };
}

/** A line table without its text: each line's start and the end of its content (before the line break). */
class RestoredLines {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  positionAt(offset: number): Position {
    const starts = this.starts;
    const last = starts.length - 1;
    let o = offset > 0 ? Math.floor(offset) : 0;
    if (o > this.ends[last]) o = this.ends[last];
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.ends[lo]) - starts[lo] };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Hashing

/** A 64-bit content hash (two 32-bit multiplicative lanes) as hex; fast enough for every source read. */
export function hashBytes(bytes: Uint8Array): string {
  return runStepsNow(hashBytesSteps(bytes, false));
}

/** Words hashed between two looks at the clock in `hashBytesSteps`. */
const HASH_SLICE_WORDS = 1 << 16;

/** `hashBytes` in slices (yielding when a slice's time is up, if `yielding`): an index part is tens of megabytes. */
export function* hashBytesSteps(bytes: Uint8Array, yielding = true): Generator<void, string, void> {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 ^ bytes.length;
  const n = bytes.length;
  const words = n >>> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, words * 4);
  const slice = yielding ? new TimeSlice() : undefined;
  for (let from = 0; from < words; from += HASH_SLICE_WORDS) {
    const to = Math.min(words, from + HASH_SLICE_WORDS);
    for (let i = from; i < to; i++) {
      const w = view.getUint32(4 * i, true);
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h2 = Math.imul(h2 ^ w, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    if (slice?.due()) {
      yield;
      slice.next();
    }
  }
  for (let i = words * 4; i < n; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i], 0x5bd1e995);
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  return hex64(h1, h2);
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const hexDigits: number[] = new Array<number>(16).fill(0);

/**
 * 16 hex digits of two 32-bit numbers, as one flat string (a concatenation would be a rope of three objects,
 * kept per source file).
 */
function hex64(high: number, low: number): string {
  for (let k = 0; k < 8; k++) {
    hexDigits[k] = HEX_CODES[(high >>> (28 - 4 * k)) & 15];
    hexDigits[8 + k] = HEX_CODES[(low >>> (28 - 4 * k)) & 15];
  }
  return String.fromCharCode.apply(null, hexDigits);
}

function hashString(s: string): string {
  return hashBytes(new TextEncoder().encode(s));
}
