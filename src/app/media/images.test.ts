import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { convertForNetwork, makeThumbnail } from './images.js';
import { sniffMediaType } from './sniff.js';

const solid = (width: number, height: number, background = '#336699') => sharp({ create: { width, height, channels: 3, background } });
/** Random pixels: they hardly compress, so byte limits have to be met by quality and size. */
const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } });

/** A photo 200 × 100 as stored, red on the left and blue on the right, to be shown turned 90° clockwise. */
async function sidewaysPhoto(): Promise<Buffer> {
  const halves = await solid(200, 100, '#0000ff')
    .composite([{ input: await solid(100, 100, '#ff0000').png().toBuffer(), left: 0, top: 0 }])
    .png()
    .toBuffer();
  return sharp(halves)
    .jpeg({ quality: 95 })
    .withExif({ IFD0: { Make: 'Chorus Test Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 13/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function pixelAt(image: Buffer, left: number, top: number): Promise<number[]> {
  const { data } = await sharp(image).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [...data];
}

// The EXIF tag 0x8825 (type LONG) that points to the GPS block, as stored in a little-endian file.
const GPS_IFD_POINTER = Buffer.from([0x25, 0x88, 0x04, 0x00]);

const isRed = (rgb: number[]) => (rgb[0] ?? 0) > 200 && (rgb[2] ?? 255) < 60;
const isBlue = (rgb: number[]) => (rgb[2] ?? 0) > 200 && (rgb[0] ?? 255) < 60;

describe('makeThumbnail', () => {
  it('fits the long side into 320 px as WebP, keeping the aspect ratio', async () => {
    const thumbnail = await makeThumbnail(await solid(1200, 800).png().toBuffer());
    expect(thumbnail).toMatchObject({ mimeType: 'image/webp', width: 320, height: 213 });
    expect(sniffMediaType(thumbnail.data)).toBe('image/webp');
    expect(thumbnail.bytes).toBe(thumbnail.data.length);
  });

  it('makes JPEG on request and does not enlarge a small image', async () => {
    const thumbnail = await makeThumbnail(await solid(100, 50).png().toBuffer(), { mimeType: 'image/jpeg', longSide: 160 });
    expect(thumbnail).toMatchObject({ mimeType: 'image/jpeg', width: 100, height: 50 });
    expect(sniffMediaType(thumbnail.data)).toBe('image/jpeg');
  });

  it('turns a sideways photo upright and drops its metadata', async () => {
    const thumbnail = await makeThumbnail(await sidewaysPhoto(), { longSide: 100 });
    expect(thumbnail).toMatchObject({ width: 50, height: 100 });
    expect(isRed(await pixelAt(thumbnail.data, 25, 5))).toBe(true);
    const metadata = await sharp(thumbnail.data).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it('refuses bytes that are not an image', async () => {
    await expect(makeThumbnail(Buffer.from('not an image at all'))).rejects.toMatchObject({ id: 'unsupported_media_type' });
  });
});

describe('convertForNetwork', () => {
  it('returns an accepted, clean image that fits as it is', async () => {
    const input = await solid(300, 200).jpeg().toBuffer();
    const result = await convertForNetwork(input, { acceptedTypes: ['image/jpeg', 'image/png'], maxBytes: 1_000_000 });
    expect(result.changed).toBe(false);
    expect(result.data).toBe(input);
    expect(result).toMatchObject({ mimeType: 'image/jpeg', width: 300, height: 200 });
  });

  it('turns PNG into JPEG when only JPEG is accepted, with transparency on white', async () => {
    const input = await sharp({ create: { width: 80, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const result = await convertForNetwork(input, { acceptedTypes: ['image/jpeg'], maxBytes: 1_000_000 });
    expect(result).toMatchObject({ mimeType: 'image/jpeg', width: 80, height: 60, changed: true });
    expect(sniffMediaType(result.data)).toBe('image/jpeg');
    expect(Math.min(...(await pixelAt(result.data, 40, 30)))).toBeGreaterThan(240);
  });

  it('keeps transparency by choosing WebP over JPEG when both are accepted', async () => {
    const input = await sharp({ create: { width: 20, height: 20, channels: 4, background: '#ff000080' } }).png().toBuffer();
    const result = await convertForNetwork(input, { acceptedTypes: ['image/jpeg', 'image/webp'], maxBytes: 1_000_000 });
    expect(result.mimeType).toBe('image/webp');
    expect((await sharp(result.data).metadata()).hasAlpha).toBe(true);
  });

  it('removes EXIF with GPS and applies the orientation even when the image is otherwise accepted', async () => {
    const input = await sidewaysPhoto();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(GPS_IFD_POINTER)).toBe(true);
    expect(before.orientation).toBe(6);

    const result = await convertForNetwork(input, { acceptedTypes: ['image/jpeg'], maxBytes: 1_000_000 });
    expect(result).toMatchObject({ changed: true, mimeType: 'image/jpeg', width: 100, height: 200 });
    const after = await sharp(result.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.data.includes(Buffer.from('Chorus Test Camera'))).toBe(false);
    // Shown upright: the left (red) half of the stored photo is now the top.
    expect(isRed(await pixelAt(result.data, 50, 20))).toBe(true);
    expect(isBlue(await pixelAt(result.data, 50, 180))).toBe(true);
  });

  it('lowers quality and size until the image fits the byte limit', async () => {
    const input = await noise(800, 600).png().toBuffer();
    expect(input.length).toBeGreaterThan(1_000_000);
    const result = await convertForNetwork(input, { acceptedTypes: ['image/jpeg'], maxBytes: 40_000 });
    expect(result.bytes).toBeLessThanOrEqual(40_000);
    expect(result.data.length).toBe(result.bytes);
    expect(result.width / result.height).toBeCloseTo(800 / 600, 1);
    const metadata = await sharp(result.data).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', result.width, result.height]);
  });

  it('shrinks to the pixel count and the long side', async () => {
    const input = await solid(2000, 1000).png().toBuffer();
    const byPixels = await convertForNetwork(input, { acceptedTypes: ['image/png'], maxBytes: 10_000_000, maxPixels: 500_000 });
    expect(byPixels.width * byPixels.height).toBeLessThanOrEqual(500_000);
    expect(byPixels.width).toBeGreaterThan(950);
    const bySide = await convertForNetwork(input, { acceptedTypes: ['image/png'], maxBytes: 10_000_000, maxLongSide: 1000 });
    expect([bySide.width, bySide.height]).toEqual([1000, 500]);
  });

  it('keeps every frame of an animation when the target can animate', async () => {
    const frames = await Promise.all(['#ff0000', '#00ff00', '#0000ff'].map((colour) => solid(40, 30, colour).png().toBuffer()));
    const input = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(input).metadata()).pages).toBe(3);
    const result = await convertForNetwork(input, { acceptedTypes: ['image/webp'], maxBytes: 1_000_000 });
    expect(result).toMatchObject({ mimeType: 'image/webp', width: 40, height: 30 });
    expect((await sharp(result.data).metadata()).pages).toBe(3);
  });

  it('gives up with body_too_large when even a small version is too big', async () => {
    const input = await noise(400, 400).png().toBuffer();
    await expect(convertForNetwork(input, { acceptedTypes: ['image/jpeg'], maxBytes: 300 })).rejects.toMatchObject({
      id: 'body_too_large',
      details: { reason: 'cannot_fit', maxBytes: 300 },
    });
  });

  it('refuses when the network accepts no image type', async () => {
    const input = await solid(10, 10).png().toBuffer();
    await expect(convertForNetwork(input, { acceptedTypes: ['video/mp4'], maxBytes: 1_000_000 })).rejects.toMatchObject({
      id: 'unsupported_media_type',
      details: { reason: 'no_accepted_type' },
    });
  });
});
