import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { LocalDiskStorage, isMediaKey, readObject } from './storage.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** A stream that sends `first` and then fails, like a client that disconnects mid-upload. */
function brokenStream(first: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) return this.destroy(new Error('client went away'));
      sent = true;
      this.push(first);
    },
  });
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'chorus-media-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores an object under its key, sharded by the first two byte pairs, and reads it back', async () => {
    const body = Buffer.from('hello media');
    const key = sha256(body);
    expect(await storage.put(key, Readable.from([body]))).toEqual({ created: true });

    expect(await filesUnder(root)).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)]);
    expect(await readObject(storage, key)).toEqual(body);
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.stat(key)).toMatchObject({ bytes: body.length });
  });

  it('keeps the first copy when the same key is put twice', async () => {
    const key = sha256('same');
    await storage.put(key, Readable.from([Buffer.from('same')]));
    expect(await storage.put(key, Readable.from([Buffer.from('same')]))).toEqual({ created: false });
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('sweeps staged bytes that a crash left behind, and only those older than the cut-off', async () => {
    const abandoned = await storage.stage(Readable.from([Buffer.from('half an upload')]));
    const cutOff = new Date(Date.now() + 60_000);
    expect(await storage.sweepStaged(new Date(Date.now() - 60_000))).toBe(0);
    expect(await storage.sweepStaged(cutOff)).toBe(1);
    expect(await filesUnder(root)).toEqual([]);
    await abandoned.discard();
  });

  it('stages bytes before their key is known and commits them atomically', async () => {
    const staged = await storage.stage(Readable.from([Buffer.from('part one, '), Buffer.from('part two')]));
    const key = sha256('part one, part two');
    expect(await storage.exists(key)).toBe(false);
    expect(await filesUnder(root)).toHaveLength(1); // only the staging file so far

    await staged.commit(key);
    expect((await readFile(storage.pathOf(key))).toString()).toBe('part one, part two');
    expect(await filesUnder(root)).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)]);
    await expect(staged.commit(key)).rejects.toThrow(/already committed/);
  });

  it('leaves no file behind when the stream fails or a staged object is discarded', async () => {
    await expect(storage.stage(brokenStream(Buffer.alloc(1000, 1)))).rejects.toThrow('client went away');
    expect(await filesUnder(root)).toEqual([]);

    const staged = await storage.stage(Readable.from([Buffer.from('unwanted')]));
    await staged.discard();
    expect(await filesUnder(root)).toEqual([]);
  });

  it('answers a missing object with not_found, undefined and false, and deletes idempotently', async () => {
    const key = sha256('absent');
    await expect(storage.openRead(key)).rejects.toMatchObject({ id: 'not_found' });
    expect(await storage.stat(key)).toBeUndefined();
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key);

    await storage.put(key, Readable.from([Buffer.from('absent')]));
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it.each([
    '../../../../etc/passwd',
    `../${'a'.repeat(61)}`,
    'A'.repeat(64), // upper case would make two keys for one hash on a case-sensitive disk
    'a'.repeat(63),
    'a'.repeat(65),
    `${'a'.repeat(63)}/`,
    `${'a'.repeat(62)}\0x`,
    '',
  ])('refuses the key %j in every operation', async (key) => {
    expect(isMediaKey(key)).toBe(false);
    const refused = { id: 'validation_failed' };
    expect(() => storage.pathOf(key)).toThrow(AppError);
    await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toMatchObject(refused);
    await expect(storage.openRead(key)).rejects.toMatchObject(refused);
    await expect(storage.stat(key)).rejects.toMatchObject(refused);
    await expect(storage.exists(key)).rejects.toMatchObject(refused);
    await expect(storage.delete(key)).rejects.toMatchObject(refused);
    const staged = await storage.stage(Readable.from([Buffer.from('x')]));
    await expect(staged.commit(key)).rejects.toMatchObject(refused);
    await staged.discard();
    expect(await filesUnder(root)).toEqual([]);
  });
});
