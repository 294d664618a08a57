/**
 * Image work with sharp: thumbnails for the library, and a copy of an image that a network will
 * accept (its types, byte limit and pixel limits). Every image written here is turned upright by its
 * EXIF orientation and carries no metadata, because EXIF often holds the camera's GPS position.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '../../core/errors.js';
import type { ImageType } from './sniff.js';

/** An encoded image and what it looks like. */
export interface ImageOutput {
  data: Buffer;
  mimeType: ImageType;
  width: number;
  height: number;
  bytes: number;
}

export interface ThumbnailOptions {
  /** Length of the longer side in pixels; 320 unless set. Smaller images are not enlarged. */
  longSide?: number;
  /** WebP unless set; JPEG for consumers that cannot show WebP. */
  mimeType?: 'image/webp' | 'image/jpeg';
}

/** What one network accepts for an image, as a connector's manifest states it. */
export interface NetworkImageRules {
  /** MIME types the network takes, e.g. ['image/jpeg', 'image/png']. */
  acceptedTypes: readonly string[];
  maxBytes: number;
  /** Largest width × height (Mastodon, for example, limits the pixel count). */
  maxPixels?: number;
  /** Largest width or height. */
  maxLongSide?: number;
}

export interface ConvertedImage extends ImageOutput {
  /** False when the input already met the rules and is returned as it was. */
  changed: boolean;
}

const FORMAT_TYPES: Record<string, ImageType> = { jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp' };
const LOSSY_QUALITIES = [85, 75, 65, 55, 45];
// Each step down in size keeps this share of the width and height.
const SHRINK_FACTOR = 0.8;
// Below this long side an image is no longer worth posting; conversion gives up instead.
const MIN_LONG_SIDE = 160;

async function describe(input: Buffer): Promise<{ metadata: Metadata; type: ImageType }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch {
    throw new AppError('unsupported_media_type', 'The file is not an image that can be read', { reason: 'undecodable' });
  }
  const type = FORMAT_TYPES[metadata.format];
  if (!type) throw new AppError('unsupported_media_type', `Images of type ${metadata.format} cannot be converted`, { reason: 'format', format: metadata.format });
  return { metadata, type };
}

function encode(image: Sharp, type: ImageType, quality: number | undefined): Sharp {
  switch (type) {
    case 'image/jpeg':
      return image.jpeg({ quality: quality ?? LOSSY_QUALITIES[0], mozjpeg: true });
    case 'image/webp':
      return image.webp({ quality: quality ?? LOSSY_QUALITIES[0] });
    case 'image/png':
      // A palette (lossy quantisation) is only used once lossless compression was not enough.
      return quality === undefined ? image.png({ compressionLevel: 9 }) : image.png({ compressionLevel: 9, palette: true, quality });
    case 'image/gif':
      return image.gif();
  }
}

async function render(input: Buffer, target: ImageType, width: number, height: number, quality: number | undefined, animated: boolean): Promise<ImageOutput> {
  let image = sharp(input, { animated }).autoOrient().resize(width, height, { fit: 'inside', withoutEnlargement: true });
  // JPEG has no transparency; without a background the transparent parts would turn black.
  if (target === 'image/jpeg') image = image.flatten({ background: '#ffffff' });
  const { data, info } = await encode(image, target, quality).toBuffer({ resolveWithObject: true });
  // For an animation sharp reports the height of all frames stacked; one frame is what people see.
  const frameHeight = info.pageHeight ?? info.height;
  return { data, mimeType: target, width: info.width, height: frameHeight, bytes: data.length };
}

/** A small preview of an image, upright and without metadata. */
export async function makeThumbnail(input: Buffer, options: ThumbnailOptions = {}): Promise<ImageOutput> {
  await describe(input);
  const longSide = options.longSide ?? 320;
  return render(input, options.mimeType ?? 'image/webp', longSide, longSide, 70, false);
}

function chooseTarget(source: ImageType, accepted: readonly string[], hasAlpha: boolean): ImageType {
  if (accepted.includes(source)) return source;
  // Prefer a format that keeps transparency when the image has any, then the most compact one.
  const preference: ImageType[] = hasAlpha ? ['image/webp', 'image/png', 'image/jpeg', 'image/gif'] : ['image/jpeg', 'image/webp', 'image/png', 'image/gif'];
  const target = preference.find((type) => accepted.includes(type));
  if (!target) throw new AppError('unsupported_media_type', 'The network accepts no image type Chorus can produce', { reason: 'no_accepted_type', acceptedTypes: accepted });
  return target;
}

/** How much the image must shrink (at most 1) to meet the pixel rules. */
function pixelScale(width: number, height: number, rules: NetworkImageRules): number {
  let scale = 1;
  if (rules.maxPixels !== undefined && width * height > rules.maxPixels) scale = Math.min(scale, Math.sqrt(rules.maxPixels / (width * height)));
  if (rules.maxLongSide !== undefined && Math.max(width, height) > rules.maxLongSide) scale = Math.min(scale, rules.maxLongSide / Math.max(width, height));
  return scale;
}

// Metadata that can identify a person or place, or that a viewer applies (orientation).
const needsCleaning = (metadata: Metadata) =>
  (metadata.orientation ?? 1) !== 1 || metadata.exif !== undefined || metadata.xmp !== undefined || metadata.iptc !== undefined || (metadata.comments?.length ?? 0) > 0;

/**
 * A version of `input` that meets `rules`: converted to an accepted type (PNG to JPEG when only JPEG
 * is taken), shrunk to the pixel limits, then compressed and scaled down until it fits `maxBytes`.
 * Throws `unsupported_media_type` when no accepted type can be made and `body_too_large` when even a
 * small version is too big.
 */
export async function convertForNetwork(input: Buffer, rules: NetworkImageRules): Promise<ConvertedImage> {
  const { metadata, type: source } = await describe(input);
  const target = chooseTarget(source, rules.acceptedTypes, metadata.hasAlpha);
  const { width, height } = metadata.autoOrient;
  const scale = pixelScale(width, height, rules);
  if (target === source && scale === 1 && input.length <= rules.maxBytes && !needsCleaning(metadata)) {
    return { data: input, mimeType: source, width, height, bytes: input.length, changed: false };
  }
  const animated = (metadata.pages ?? 1) > 1 && (target === 'image/gif' || target === 'image/webp');
  const qualities: Array<number | undefined> = target === 'image/gif' ? [undefined] : target === 'image/png' ? [undefined, 90, 70, 50] : LOSSY_QUALITIES;
  let smallest: number | undefined;
  for (let step = scale; Math.max(width, height) * step >= MIN_LONG_SIDE || step === scale; step *= SHRINK_FACTOR) {
    // Rounding down keeps the result inside the pixel limits.
    const boxWidth = Math.max(1, Math.floor(width * step));
    const boxHeight = Math.max(1, Math.floor(height * step));
    for (const quality of qualities) {
      const output = await render(input, target, boxWidth, boxHeight, quality, animated);
      if (output.bytes <= rules.maxBytes) return { ...output, changed: true };
      smallest = Math.min(smallest ?? output.bytes, output.bytes);
    }
  }
  throw new AppError('body_too_large', `The image cannot be made smaller than ${rules.maxBytes} bytes`, { reason: 'cannot_fit', maxBytes: rules.maxBytes, smallestBytes: smallest });
}
