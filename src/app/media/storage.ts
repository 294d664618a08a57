/**
 * Where media bytes live. Objects are content-addressed: the key of an object is the SHA-256 (hex)
 * of its bytes, so one upload reused by many posts, or uploaded twice, is stored once. The port is
 * small so that an S3-compatible store can implement it later (`stage` maps to an upload under a
 * temporary name followed by a copy, `put` to a plain PUT).
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, notFound } from '../../core/errors.js';

/** What the store knows about one object. */
export interface StoredObjectInfo {
  bytes: number;
  modifiedAt: Date;
}

/** Bytes written under a temporary name whose key is not known yet (it is their hash). */
export interface StagedObject {
  /** Moves the bytes under `key`; `created` is false when an object with that key already existed. */
  commit(key: string): Promise<{ created: boolean }>;
  /** Throws the bytes away; safe to call after a commit or twice. */
  discard(): Promise<void>;
}

/** The storage port: everything media code needs from a blob store. */
export interface MediaStorage {
  /** Stores `body` under `key`, replacing nothing: an existing object with the same key is kept. */
  put(key: string, body: Readable): Promise<{ created: boolean }>;
  /** Writes `body` to a temporary place; rejects (leaving nothing behind) when the stream fails. */
  stage(body: Readable): Promise<StagedObject>;
  /** Opens the object for reading; throws `not_found` when it does not exist. */
  openRead(key: string): Promise<Readable>;
  /** Size and time of the object, or undefined when it does not exist. */
  stat(key: string): Promise<StoredObjectInfo | undefined>;
  /** Whether an object with `key` exists. */
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Removes staged bytes last written before `before` (uploads cut off by a crash); returns how many. */
  sweepStaged(before: Date): Promise<number>;
}

const KEY_SHAPE = /^[0-9a-f]{64}$/;

/** Whether `key` is a storage key: a lower-case SHA-256 hex digest, nothing else. */
export function isMediaKey(key: string): boolean {
  return KEY_SHAPE.test(key);
}

/** Throws unless `key` is a storage key; the only guard between a caller's string and a file path. */
export function assertMediaKey(key: string): void {
  if (!isMediaKey(key)) {
    throw new AppError('validation_failed', 'A media key is the SHA-256 hex digest of the file', { field: 'key', reason: 'malformed_key' });
  }
}

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/**
 * Objects as files under `root`, sharded as `ab/cd/abcd…` so that no folder grows past 65,536
 * entries. Writes go to `root/.staging` first: it is on the same file system as the objects, so
 * the final `rename` is atomic and a reader never sees half a file.
 */
export class LocalDiskStorage implements MediaStorage {
  private readonly stagingDir: string;

  constructor(private readonly root: string) {
    this.stagingDir = path.join(root, '.staging');
  }

  /** The file of `key`; refuses anything that is not a key, so no caller can escape `root`. */
  pathOf(key: string): string {
    assertMediaKey(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, body: Readable): Promise<{ created: boolean }> {
    assertMediaKey(key);
    const staged = await this.stage(body);
    return staged.commit(key);
  }

  async stage(body: Readable): Promise<StagedObject> {
    await mkdir(this.stagingDir, { recursive: true });
    const temporary = path.join(this.stagingDir, `${randomUUID()}.part`);
    try {
      // `flush` fsyncs before close, so a crash right after the rename cannot leave an empty file.
      await pipeline(body, createWriteStream(temporary, { flags: 'wx', flush: true }));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    let settled = false;
    return {
      commit: async (key) => {
        if (settled) throw new Error('This staged object was already committed or discarded');
        const target = this.pathOf(key);
        settled = true;
        if (await this.exists(key)) {
          await rm(temporary, { force: true });
          return { created: false };
        }
        await mkdir(path.dirname(target), { recursive: true });
        // Two uploads of the same bytes may race past `exists`; both renames leave identical content.
        await rename(temporary, target);
        return { created: true };
      },
      discard: async () => {
        settled = true;
        await rm(temporary, { force: true });
      },
    };
  }

  async sweepStaged(before: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.stagingDir);
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.stagingDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtime < before) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  async openRead(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      // Opening first turns a missing file into `not_found` here instead of a later stream error.
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) throw notFound('Media file');
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObjectInfo | undefined> {
    try {
      const info = await stat(this.pathOf(key));
      return { bytes: info.size, modifiedAt: info.mtime };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== undefined;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** Reads a whole object into memory; for images, whose size limits keep this small. */
export async function readObject(storage: MediaStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // The port's streams carry bytes (no encoding is set), so every chunk is a Buffer.
  const stream = (await storage.openRead(key)) as AsyncIterable<Buffer>;
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
