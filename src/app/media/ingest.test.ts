import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeUpload } from './ingest.js';
import { LocalDiskStorage } from './storage.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Sends `data` in small chunks, as a network body arrives, and counts how many were pulled. */
function chunked(data: Buffer, chunkSize = 1024): Readable & { pulled: () => number } {
  let offset = 0;
  let pulls = 0;
  const stream = new Readable({
    read() {
      pulls += 1;
      this.push(offset < data.length ? data.subarray(offset, (offset += chunkSize)) : null);
    },
  });
  return Object.assign(stream, { pulled: () => pulls });
}

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: '#ff000080' } }).png().toBuffer();
const mp4 = (size: number) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(size - 12, 7)]);

describe('storeUpload', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'chorus-ingest-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores an image under its SHA-256 with the type read from its bytes and its size', async () => {
    const image = await png(40, 30);
    // The declared type is wrong on purpose: the bytes decide.
    const stored = await storeUpload(storage, chunked(image, 100), { maxBytes: 1_000_000, declaredType: 'image/jpeg' });

    expect(stored).toEqual({ hash: sha256(image), bytes: image.length, mimeType: 'image/png', width: 40, height: 30, created: true });
    expect(await readFile(storage.pathOf(stored.hash))).toEqual(image);
  });

  it('stores the same content once and returns the same hash', async () => {
    const image = await png(8, 8);
    const first = await storeUpload(storage, chunked(image), { maxBytes: 1_000_000 });
    const second = await storeUpload(storage, chunked(image, 7), { maxBytes: 1_000_000 });

    expect(second.hash).toBe(first.hash);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(await filesUnder(root)).toEqual([first.hash]);
  });

  it('reports the displayed size of a photo taken sideways (EXIF orientation 6)', async () => {
    const photo = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#00ff00' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const stored = await storeUpload(storage, chunked(photo), { maxBytes: 1_000_000 });
    expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 20, height: 60 });
  });

  it('stores a video without dimensions', async () => {
    const video = mp4(5000);
    const stored = await storeUpload(storage, chunked(video), { maxBytes: 10_000, declaredType: 'application/octet-stream' });
    expect(stored).toEqual({ hash: sha256(video), bytes: 5000, mimeType: 'video/mp4', width: null, height: null, created: true });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    await expect(storeUpload(storage, chunked(mp4(4096)), { maxBytes: 4096 })).resolves.toMatchObject({ bytes: 4096 });
    await expect(storeUpload(storage, chunked(mp4(4097)), { maxBytes: 4096 })).rejects.toMatchObject({ id: 'body_too_large', details: { maxBytes: 4096 } });
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('stops reading as soon as the limit is passed and leaves no partial file', async () => {
    const body = chunked(mp4(10 * 1024 * 1024), 1024);
    await expect(storeUpload(storage, body, { maxBytes: 64 * 1024 })).rejects.toMatchObject({ id: 'body_too_large' });
    // 10 MiB would be 10,240 chunks; the upload was cut off near the 64th.
    expect(body.pulled()).toBeLessThan(200);
    expect(body.destroyed).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('applies a limit per sniffed type', async () => {
    const maxBytes = (type: string) => (type.startsWith('video/') ? 100_000 : 1_000);
    await expect(storeUpload(storage, chunked(mp4(50_000)), { maxBytes })).resolves.toMatchObject({ mimeType: 'video/mp4' });
    const image = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#123456' } }).png({ compressionLevel: 0 }).toBuffer();
    expect(image.length).toBeGreaterThan(1_000);
    await expect(storeUpload(storage, chunked(image), { maxBytes })).rejects.toMatchObject({ id: 'body_too_large', details: { maxBytes: 1_000 } });
  });

  it.each([
    ['an HTML page declared as an image', Buffer.from('<html><body>not found</body></html>'), 'image/png'],
    ['HEIC in an MP4-like container', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(100)]), undefined],
    ['an empty body', Buffer.alloc(0), undefined],
    ['a body shorter than any signature', Buffer.from([0xff, 0xd8, 0xff]), undefined],
  ])('refuses %s and keeps nothing', async (_name, data, declaredType) => {
    await expect(storeUpload(storage, chunked(data), { maxBytes: 1_000_000, ...(declaredType ? { declaredType } : {}) })).rejects.toMatchObject({
      id: 'unsupported_media_type',
      details: { reason: 'unrecognised' },
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a declared non-media type without reading the body', async () => {
    const body = chunked(await png(4, 4));
    await expect(storeUpload(storage, body, { maxBytes: 1_000_000, declaredType: 'text/html; charset=utf-8' })).rejects.toMatchObject({
      id: 'unsupported_media_type',
      details: { reason: 'declared_type', declaredType: 'text/html' },
    });
    expect(body.pulled()).toBe(0);
  });

  it('refuses and removes a file whose signature is right but whose image is broken', async () => {
    const image = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#abcdef' } }).jpeg().toBuffer();
    const truncated = image.subarray(0, 40);
    await expect(storeUpload(storage, chunked(truncated), { maxBytes: 1_000_000 })).rejects.toMatchObject({
      id: 'unsupported_media_type',
      details: { reason: 'undecodable' },
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('passes on a failure of the body and keeps nothing', async () => {
    let sent = false;
    const body = new Readable({
      read() {
        if (sent) return this.destroy(new Error('connection reset'));
        sent = true;
        this.push(mp4(2048));
      },
    });
    await expect(storeUpload(storage, body, { maxBytes: 1_000_000 })).rejects.toThrow('connection reset');
    expect(await filesUnder(root)).toEqual([]);
  });
});
