/**
 * The index cache on disk: one file per record in a folder, written with `v8.serialize` (structured clone: typed
 * arrays and long strings go through far faster than JSON) to a temporary file that is then renamed into place,
 * so a reader sees the old record or the new one, never a part. A record that cannot be deserialised throws
 * (the workspace then rebuilds and says so once).
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CacheStorage } from '../core/api';

export class NodeCacheStorage implements CacheStorage {
  constructor(readonly location: string) {}

  async read(name: string): Promise<unknown> {
    let data: Buffer;
    try {
      data = await readFile(this.path(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return deserialize(data);
  }

  async write(name: string, value: unknown): Promise<void> {
    await mkdir(this.location, { recursive: true });
    const target = this.path(name);
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temporary, serialize(value));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }

  private path(name: string): string {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`Bad cache record name: ${name}`);
    return join(this.location, `${name}.bin`);
  }
}
