/**
 * The index cache on disk: one file per record in a folder, written with `v8.serialize` (structured clone: typed
 * arrays and long strings go through far faster than JSON) to a temporary file that is then renamed into place,
 * so a reader sees the old record or the new one, never a part. A record that cannot be deserialised throws
 * (the workspace then rebuilds and says so once).
 *
 * A cache folder is untrusted: it may have been shipped in a repository, copied from another machine, or left
 * half-written by a killed process. So:
 * - each file starts with a keyed checksum (an AES-256-GCM tag, GMAC, of the record's name and bytes, under a
 *   nonce of its own) with a secret that lives in the user's own cache folder, outside every workspace
 *   (`secretFile`). A record this user's
 *   Claimcheck did not write, an edited one or one renamed to another record's name fails the check and is not
 *   read: the cache can make a start faster, never change what a source says;
 * - records are read only when they are regular files (a link to `/dev/zero` or a FIFO throws at once);
 * - one writer at a time per record set (`lock`); a lock, a temporary file or a set-aside lock left by a killed
 *   process is recognised (its process is gone, or it is old) and removed;
 * - a listing reads at most MAX_LISTED names, and only regular files are listed by `entries`, touched or removed
 *   (a symbolic link, even one named like a record, is never followed nor removed).
 */
import { createCipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, lstat, lutimes, mkdir, open, opendir, rename, rm } from 'node:fs/promises';
import { homedir, hostname } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';
import type { CacheEntry, CacheStorage } from '../core/api';
import { readRegularFile } from './fileSystem';

/**
 * File layout: a magic string, a 12-byte nonce drawn at random for this file, the 16-byte GMAC tag of the record's
 * name and everything after the tag (AES-256-GCM with no text to encrypt: the name and bytes are its additional
 * data; a keyed checksum that costs a quarter of HMAC-SHA256's CPU, 45 against 140-290 ms over the 200 MB of a
 * 150 MB corpus's cache; a nonce of 96 random bits is never drawn twice in a cache's lifetime), the length of the
 * serialised record
 * (4 bytes, little-endian), the record (`v8` serialisation), then the bytes of its large typed arrays, each at an
 * 8-byte boundary (the record names them by number). A large array is thus never copied into the serialiser's
 * buffer, in one piece on the main thread, when written (tens of megabytes for a big index), and is read back
 * as a view of the file's bytes.
 */
const MAGIC = Buffer.from('CLAIMCK3', 'latin1');
/** The magic of files written with HMAC-SHA256 (before cache format 16): an older Claimcheck's. */
const OLDER_MAGIC = Buffer.from('CLAIMCK2', 'latin1');
const NONCE = 12;
const TAG = 16;
const HEADER = MAGIC.length + NONCE + TAG;
/** Typed arrays of at least this many bytes go after the record. */
const EXTERNAL_BYTES = 64 * 1024;
/** The typed arrays the records hold, by the number the file gives them. */
const VIEW_TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array] as const;
/** Added to a type's number when its bytes are after the record. */
const EXTERNAL_TAG = 0x100;
/** Bytes checksummed between two yields to the event loop (a few milliseconds). */
const MAC_SLICE = 2 << 20;
/** A lock or temporary file older than this is stale whoever made it (no save takes that long). */
const STALE_MS = 30 * 60 * 1000;
/** Names read from the cache folder by one listing at most (a folder is untrusted: it may hold millions). */
const MAX_LISTED = 20_000;
/**
 * Records up to this size are read into one buffer kept for the next read (`NodeCacheStorage.scratch`): a warm
 * start reads a chunk record of about a megabyte per 1,000 documents, and a new buffer for each touched fresh
 * memory for all of them (at 150 MB, 160 MB of chunks: 220 ms of CPU against 45 ms into one kept buffer).
 */
const SCRATCH_BYTES = 4 << 20;
/** What a record's file name may be (the `.bin` added to a record's name). */
const RECORD_FILE = /^[\w.-]+\.bin$/;

export interface NodeCacheStorageOptions {
  /** The file holding the key of the checksums; default `<user cache folder>/claimcheck/secret`. */
  secretFile?: string;
}

/**
 * The user's cache folder: `$XDG_CACHE_HOME` when set, else `~/Library/Caches` (macOS), `%LOCALAPPDATA%`
 * (Windows) or `~/.cache`.
 */
export function userCacheFolder(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return xdg;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return process.env.LOCALAPPDATA;
  return join(homedir(), '.cache');
}

/**
 * The CLI's default cache folder for the sources of a folder: `<user cache folder>/claimcheck/<name>-<hash>`,
 * keyed by the folder's real path (a symbolic link to it shares its cache), never inside the folder itself.
 */
export function defaultCacheFolder(realRoot: string): string {
  const name = basename(realRoot).replace(/[^\w.-]+/g, '_').slice(0, 40) || 'root';
  const hash = createHash('sha256').update(realRoot).digest('hex').slice(0, 16);
  return join(userCacheFolder(), 'claimcheck', `${name}-${hash}`);
}

export class NodeCacheStorage implements CacheStorage {
  private readonly secretFile: string;
  private secret: Promise<Buffer> | undefined;
  /** The buffer small records are read into; taken by one read at a time (none while a read has it). */
  private scratch: Buffer | undefined;

  constructor(
    readonly location: string,
    options: NodeCacheStorageOptions = {},
  ) {
    this.secretFile = options.secretFile ?? join(userCacheFolder(), 'claimcheck', 'secret');
  }

  async read(name: string): Promise<unknown> {
    const scratch = this.scratch ?? Buffer.allocUnsafeSlow(SCRATCH_BYTES);
    this.scratch = undefined;
    try {
      return await this.readInto(name, scratch);
    } finally {
      this.scratch = scratch;
    }
  }

  /** Reads the record `name`, into `scratch` when it fits: then nothing read back may be a view of its bytes. */
  private async readInto(name: string, scratch: Buffer): Promise<unknown> {
    let data: Buffer;
    try {
      data = await readRegularFile(this.path(name), scratch);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (data.length >= OLDER_MAGIC.length && data.subarray(0, OLDER_MAGIC.length).equals(OLDER_MAGIC)) throw new Error(`${name}: written by an older Claimcheck`);
    if (data.length < HEADER + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${name}: not a Claimcheck cache file`);
    const nonce = data.subarray(MAGIC.length, MAGIC.length + NONCE);
    const expected = await this.mac(await this.key(), nonce, name, data.subarray(HEADER));
    if (!timingSafeEqual(expected, data.subarray(MAGIC.length + NONCE, HEADER))) {
      throw new Error(`${name}: checksum mismatch (damaged, or not written by this user's Claimcheck)`);
    }
    const length = data.readUInt32LE(HEADER);
    const start = HEADER + 4;
    if (start + length > data.length) throw new Error(`${name}: damaged (record longer than the file)`);
    return new RecordDeserializer(data, start, length, data.buffer !== scratch.buffer).read();
  }

  async write(name: string, value: unknown): Promise<void> {
    const target = this.path(name);
    const serializer = new RecordSerializer();
    serializer.writeHeader();
    serializer.writeValue(value);
    const record = serializer.releaseBuffer();
    const parts: Uint8Array[] = [uint32(record.length), record];
    let at = HEADER + 4 + record.length;
    for (const view of serializer.external) {
      const pad = (8 - (at % 8)) % 8;
      if (pad) parts.push(new Uint8Array(pad));
      parts.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      at += pad + view.byteLength;
    }
    const nonce = randomBytes(NONCE);
    const mac = await this.mac(await this.key(), nonce, name, parts);
    await mkdir(this.location, { recursive: true, mode: 0o700 });
    const temporary = `${target}.${process.pid}.${token()}.tmp`;
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writev([MAGIC, nonce, mac, ...parts]);
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  /** Removes the record's file when it is a regular file (never a link, a folder or anything else). */
  async remove(name: string): Promise<void> {
    const file = this.path(name);
    try {
      if (!(await lstat(file)).isFile()) return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    await rm(file, { force: true });
  }

  async list(): Promise<string[]> {
    return (await this.listNames()).filter((n) => RECORD_FILE.test(n)).map((n) => n.slice(0, -4));
  }

  /** The records that are regular files (by `lstat`: links are not followed), with their modification times. */
  async entries(): Promise<CacheEntry[]> {
    const out: CacheEntry[] = [];
    for (const file of await this.listNames()) {
      if (!RECORD_FILE.test(file)) continue;
      try {
        const info = await lstat(join(this.location, file));
        if (info.isFile()) out.push({ name: file.slice(0, -4), modified: info.mtimeMs });
      } catch {
        // Gone meanwhile.
      }
    }
    return out;
  }

  /** Sets a record's modification time to now, when it is a regular file (`lutimes`: a link is never followed). */
  async touch(name: string): Promise<void> {
    const file = this.path(name);
    if (!(await lstat(file)).isFile()) return;
    const now = new Date();
    await lutimes(file, now, now);
  }

  /** The names in the cache folder, at most MAX_LISTED of them; none when there is no folder. */
  private async listNames(): Promise<string[]> {
    const names: string[] = [];
    let folder;
    try {
      folder = await opendir(this.location);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      throw error;
    }
    try {
      for (let entry = await folder.read(); entry && names.length < MAX_LISTED; entry = await folder.read()) names.push(entry.name);
    } finally {
      await folder.close().catch(() => undefined);
    }
    return names;
  }

  /**
   * The lock is a file `<name>.lock` holding "pid host time", made complete in a temporary file and linked into
   * place (so it exists only with its content, and only one process can make it). A lock whose process is gone
   * (same host) or that is older than STALE_MS is moved aside (only one process can), checked to be the one seen
   * stale, and removed. Taking the lock also removes what killed writers left: temporary files and set-aside
   * locks of processes that are gone.
   */
  async lock(name: string): Promise<(() => Promise<void>) | undefined> {
    const file = join(this.location, `${this.checkName(name)}.lock`);
    await mkdir(this.location, { recursive: true, mode: 0o700 });
    const mine = `${process.pid} ${hostname()} ${Date.now()} ${token()}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const temporary = `${file}.${process.pid}.${token()}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o600);
        try {
          await handle.writeFile(mine);
        } finally {
          await handle.close();
        }
        await link(temporary, file);
        await this.removeLeftovers();
        return async () => {
          const now = await readLock(file);
          if (now === mine) await rm(file, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
      const held = await readLock(file);
      if (held === undefined) continue; // released meanwhile: try again
      if (!isStale(held)) return undefined;
      const aside = `${file}.${process.pid}.${token()}.stale`;
      try {
        await rename(file, aside);
      } catch {
        continue; // someone else moved it
      }
      if ((await readLock(aside)) !== held) {
        // A fresh lock was made between our read and the move: give it back.
        await link(aside, file).catch(() => undefined);
        await rm(aside, { force: true });
        return undefined;
      }
      await rm(aside, { force: true });
    }
    return undefined;
  }

  /** Temporary files and set-aside locks whose process is gone, or that are older than STALE_MS. */
  private async removeLeftovers(): Promise<void> {
    let names: string[];
    try {
      names = await this.listNames();
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names) {
      const match = /\.(\d+)\.[a-z0-9]+\.(tmp|stale)$/.exec(name);
      if (!match) continue;
      const pid = Number(match[1]);
      const file = join(this.location, name);
      let old = false;
      try {
        const info = await lstat(file);
        if (!info.isFile()) continue;
        old = now - info.mtimeMs > STALE_MS;
      } catch {
        continue;
      }
      if (pid === process.pid && !old) continue;
      if (old || !isAlive(pid)) await rm(file, { force: true }).catch(() => undefined);
    }
  }

  /**
   * The keyed checksum (the GMAC tag of the name and the payload under `nonce`), computed in slices between which the
   * event loop runs (a record can be 100 MB).
   */
  private async mac(key: Buffer, nonce: Uint8Array, name: string, payload: Uint8Array | Uint8Array[]): Promise<Buffer> {
    const gmac = createCipheriv('aes-256-gcm', key.subarray(0, 32), nonce, { authTagLength: TAG });
    gmac.setAAD(Buffer.from(`${name}\0`, 'utf8'));
    let since = 0;
    for (const piece of Array.isArray(payload) ? payload : [payload]) {
      for (let at = 0; at < piece.length; at += MAC_SLICE) {
        const end = Math.min(piece.length, at + MAC_SLICE);
        gmac.setAAD(piece.subarray(at, end));
        since += end - at;
        if (since >= MAC_SLICE) {
          since = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
    gmac.final();
    return gmac.getAuthTag();
  }

  /** The secret, made on first use: 32 random bytes, linked into place complete, readable by the user only. */
  private key(): Promise<Buffer> {
    this.secret ??= (async () => {
      const file = this.secretFile;
      const current = async (): Promise<Buffer | 'damaged' | undefined> => {
        try {
          const secret = await readRegularFile(file);
          return secret.length >= 32 ? secret : 'damaged';
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw error;
        }
      };
      const found = await current();
      if (found instanceof Buffer) return found;
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.${token()}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o600);
        try {
          await handle.writeFile(randomBytes(32));
        } finally {
          await handle.close();
        }
        // A missing secret is made unless another process just made one (then that one is used); a damaged one
        // (too short) is replaced.
        if (found === undefined) await link(temporary, file).catch((error) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
        else await rename(temporary, file);
      } finally {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
      const made = await current();
      if (made instanceof Buffer) return made;
      throw new Error(`the cache secret ${file} cannot be made`);
    })();
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }

  private checkName(name: string): string {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`Bad cache record name: ${name}`);
    return name;
  }

  private path(name: string): string {
    return join(this.location, `${this.checkName(name)}.bin`);
  }
}

function uint32(value: number): Uint8Array {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
}

/** Writes typed arrays itself: small ones in the record, large ones by number, their bytes to go after it. */
class RecordSerializer extends DefaultSerializer {
  readonly external: ArrayBufferView[] = [];

  /** Called by the serialiser for each host object (`v8` documents the hook; Node's types omit it). */
  _writeHostObject(object: object): void {
    const type = ArrayBuffer.isView(object) ? VIEW_TYPES.findIndex((t) => object.constructor === t) : -1;
    if (type < 0) {
      (DefaultSerializer.prototype as unknown as { _writeHostObject(o: object): void })._writeHostObject.call(this, object);
      return;
    }
    const view = object as ArrayBufferView;
    if (view.byteLength >= EXTERNAL_BYTES) {
      this.writeUint32(EXTERNAL_TAG + type);
      this.writeUint32(this.external.length);
      this.writeUint32(view.byteLength);
      this.external.push(view);
      return;
    }
    this.writeUint32(type);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

/** Reads a record written by `RecordSerializer` from `data` (the whole file, checked), bounds checked. */
class RecordDeserializer extends DefaultDeserializer {
  /** Where the next large array's bytes start in `data`. */
  private next: number;
  private count = 0;

  constructor(
    private readonly data: Buffer,
    start: number,
    length: number,
    /** Whether a large array may be a view of `data` (not when `data` is a buffer that will be read into again). */
    private readonly views: boolean,
  ) {
    super(data.subarray(start, start + length));
    this.next = start + length;
  }

  read(): unknown {
    this.readHeader();
    return this.readValue();
  }

  /** Called by the deserialiser for each host object written by `_writeHostObject` above. */
  _readHostObject(): unknown {
    const tag = this.readUint32();
    const external = tag >= EXTERNAL_TAG;
    const Type = VIEW_TYPES[external ? tag - EXTERNAL_TAG : tag];
    if (!Type) throw new Error('damaged cache record (unknown array type)');
    let bytes: Uint8Array;
    if (external) {
      const number = this.readUint32();
      if (number !== this.count++) throw new Error('damaged cache record (arrays out of order)');
      // The arrays follow the record in order, each at an 8-byte boundary.
      this.next += (8 - (this.next % 8)) % 8;
      const byteLength = this.readUint32();
      if (this.next + byteLength > this.data.length) throw new Error('damaged cache record (array past the end)');
      bytes = this.data.subarray(this.next, this.next + byteLength);
      this.next += byteLength;
    } else {
      const byteLength = this.readUint32();
      bytes = this.readRawBytes(byteLength) as Uint8Array;
    }
    const size = Type.BYTES_PER_ELEMENT;
    if (bytes.byteLength % size !== 0) throw new Error('damaged cache record (array length)');
    // A view of the file's bytes when the array is most of the file (an index part) and aligned for its type;
    // a copy otherwise (a small array must not keep a whole record's bytes alive).
    if (!this.views || !external || bytes.byteLength * 2 < this.data.length || bytes.byteOffset % size !== 0) bytes = new Uint8Array(bytes);
    return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / size);
  }
}

function token(): string {
  return randomBytes(6).toString('hex');
}

async function readLock(file: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(file)).toString('utf8');
  } catch {
    return undefined;
  }
}

function isStale(lock: string): boolean {
  const [pid, host, time] = lock.split(' ');
  const made = Number(time);
  if (!Number.isFinite(made) || Date.now() - made > STALE_MS) return true;
  return host === hostname() && !isAlive(Number(pid));
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
