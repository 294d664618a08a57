/**
 * Takes an upload (a request body, or the body of a fetched URL) into storage in one pass: the
 * bytes are hashed, counted and sniffed while they stream to a staged file, and the upload is cut
 * off the moment it passes its limit, so a large or hostile body never fills the disk or memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import { AppError } from '../../core/errors.js';
import { isImageType, isMediaType, SNIFF_BYTES, sniffMediaType, type MediaType } from './sniff.js';
import { readObject, type MediaStorage } from './storage.js';

export interface UploadLimits {
  /** Largest accepted size in bytes, or one per sniffed type (videos are usually allowed more). */
  maxBytes: number | ((type: MediaType) => number);
  /** The type the sender claims; only used to refuse an obvious non-media upload before reading it. */
  declaredType?: string;
}

export interface StoredMedia {
  /** SHA-256 hex of the bytes; also the storage key. */
  hash: string;
  bytes: number;
  /** The type read from the file's own bytes. */
  mimeType: MediaType;
  /** Displayed size of an image (after its EXIF orientation); null for video. */
  width: number | null;
  height: number | null;
  /** False when the same bytes were already stored (de-duplicated). */
  created: boolean;
}

// Senders that do not know the type say so with these; the bytes decide.
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

const tooLarge = (maxBytes: number) =>
  new AppError('body_too_large', `The file is larger than the limit of ${maxBytes} bytes`, { maxBytes });

const unsupported = (reason: string, declaredType?: string) =>
  new AppError('unsupported_media_type', 'Only JPEG, PNG, GIF and WebP images and MP4 or QuickTime videos can be uploaded', {
    reason,
    ...(declaredType === undefined ? {} : { declaredType }),
  });

/** Counts, hashes and sniffs the bytes passing through, and fails as soon as a limit is broken. */
class UploadMeter extends Transform {
  readonly hash: Hash = createHash('sha256');
  bytes = 0;
  type: MediaType | undefined;
  private head = Buffer.alloc(0);
  private limit = Number.POSITIVE_INFINITY;

  constructor(private readonly maxBytes: UploadLimits['maxBytes']) {
    super();
    if (typeof maxBytes === 'number') this.limit = maxBytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.type === undefined && this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
      if (this.head.length >= SNIFF_BYTES) {
        const error = this.recognise();
        if (error) return callback(error);
      }
    }
    if (this.bytes > this.limit) return callback(tooLarge(this.limit));
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    // A file shorter than a signature cannot be a media file.
    callback(this.type === undefined ? unsupported('unrecognised') : null);
  }

  private recognise(): AppError | undefined {
    this.type = sniffMediaType(this.head);
    if (this.type === undefined) return unsupported('unrecognised');
    if (typeof this.maxBytes === 'function') this.limit = this.maxBytes(this.type);
    return undefined;
  }
}

/** Width and height of an image as it is displayed, from the stored file. */
async function imageSize(storage: MediaStorage, key: string): Promise<{ width: number; height: number }> {
  const metadata = await sharp(await readObject(storage, key)).metadata();
  const { width, height } = metadata.autoOrient;
  return { width, height };
}

/**
 * Streams an upload into `storage` under its content hash. Throws `body_too_large` past the limit
 * and `unsupported_media_type` for anything but the accepted types; neither leaves a file behind.
 */
export async function storeUpload(storage: MediaStorage, body: Readable, limits: UploadLimits): Promise<StoredMedia> {
  const declared = limits.declaredType?.split(';')[0]?.trim().toLowerCase();
  if (declared && !isMediaType(declared) && !GENERIC_TYPES.has(declared)) {
    body.destroy();
    throw unsupported('declared_type', declared);
  }
  const meter = new UploadMeter(limits.maxBytes);
  // `pipeline` carries a failure either way (a broken body ends the meter, a broken limit destroys
  // the body); `stage` removes its own file when the meter fails.
  const [flowing, staging] = await Promise.allSettled([pipeline(body, meter), storage.stage(meter)]);
  if (flowing.status === 'rejected' || staging.status === 'rejected' || meter.type === undefined) {
    if (staging.status === 'fulfilled') await staging.value.discard();
    if (flowing.status === 'rejected') throw flowing.reason;
    if (staging.status === 'rejected') throw staging.reason;
    throw unsupported('unrecognised');
  }
  const staged = staging.value;
  const type = meter.type;
  const hash = meter.hash.digest('hex');
  const { created } = await staged.commit(hash);
  let size: { width: number | null; height: number | null } = { width: null, height: null };
  if (isImageType(type)) {
    try {
      size = await imageSize(storage, hash);
    } catch {
      // The signature matched but the image does not decode: a truncated or forged file.
      if (created) await storage.delete(hash);
      throw unsupported('undecodable');
    }
  }
  return { hash, bytes: meter.bytes, mimeType: type, ...size, created };
}
