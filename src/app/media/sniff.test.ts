import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isMediaType, sniffMediaType } from './sniff.js';

const pixel = () => sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } });

/** The first bytes of an ISO base media file with `brand` as its major brand. */
const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`, 'latin1'), Buffer.alloc(12)]);

describe('sniffMediaType', () => {
  it.each([
    ['image/jpeg', () => pixel().jpeg().toBuffer()],
    ['image/png', () => pixel().png().toBuffer()],
    ['image/gif', () => pixel().gif().toBuffer()],
    ['image/webp', () => pixel().webp().toBuffer()],
  ])('recognises %s made by an encoder', async (type, make) => {
    expect(sniffMediaType(await make())).toBe(type);
  });

  it('tells MP4 from QuickTime by the major brand', () => {
    expect(sniffMediaType(ftyp('isom'))).toBe('video/mp4');
    expect(sniffMediaType(ftyp('mp42'))).toBe('video/mp4');
    expect(sniffMediaType(ftyp('qt  '))).toBe('video/quicktime');
  });

  it.each([
    ['HEIC, an image in the same container', ftyp('heic')],
    ['AVIF', ftyp('avif')],
    ['M4A audio', ftyp('M4A ')],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['an HTML page', Buffer.from('<!doctype html><html>')],
    ['an SVG (it can carry scripts)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['a RIFF file that is not WebP', Buffer.from('RIFF\0\0\0\0WAVEfmt ')],
    ['a JPEG signature cut short', Buffer.from([0xff, 0xd8, 0xff, 0xe0])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, head) => {
    expect(sniffMediaType(head)).toBeUndefined();
  });

  it('knows which declared types are media types', () => {
    expect(isMediaType('video/quicktime')).toBe(true);
    expect(isMediaType('image/svg+xml')).toBe(false);
  });
});
