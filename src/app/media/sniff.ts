/**
 * Recognises a media file by its first bytes ("magic numbers"). The type a browser or a remote
 * server declares is whatever the sender says; these bytes are what a decoder will see.
 * Signatures: JPEG (ISO/IEC 10918-1 SOI marker), PNG (RFC 2083 §12.11), GIF (GIF89a spec),
 * WebP (RIFF container, https://developers.google.com/speed/webp/docs/riff_container),
 * MP4 and QuickTime (ISO/IEC 14496-12 `ftyp` box and its major brand).
 */

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime'] as const;

export type ImageType = (typeof IMAGE_TYPES)[number];
export type VideoType = (typeof VIDEO_TYPES)[number];
export type MediaType = ImageType | VideoType;

/** How many leading bytes `sniffMediaType` needs to decide. */
export const SNIFF_BYTES = 12;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// Major brands of ISO base media files that carry video. HEIF and AVIF images and M4A audio use
// the same `ftyp` box with other brands, and are refused rather than mistaken for video.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VP', 'dash', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a']);
const QUICKTIME_BRAND = 'qt  ';

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) => bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

/** The media type of a file starting with `head`, or undefined when it is not one Chorus accepts. */
export function sniffMediaType(head: Uint8Array): MediaType | undefined {
  if (head.length < SNIFF_BYTES) return undefined;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, PNG_SIGNATURE)) return 'image/png';
  const first6 = ascii(head, 0, 6);
  if (first6 === 'GIF87a' || first6 === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === QUICKTIME_BRAND) return 'video/quicktime';
    if (MP4_BRANDS.has(brand)) return 'video/mp4';
  }
  return undefined;
}

/** Whether `type` is one of the image types. */
export function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** Whether `type` is one of the media types Chorus stores. */
export function isMediaType(type: string): type is MediaType {
  return isImageType(type) || (VIDEO_TYPES as readonly string[]).includes(type);
}
