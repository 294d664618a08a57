import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { SHORT_CODE_LENGTH, isOwnShortLink, isShortCode, newShortCode, shortLinkUrl } from './codes.js';

describe('short codes', () => {
  test('are base62 of the fixed length and differ each time', () => {
    const codes = Array.from({ length: 2000 }, () => newShortCode(randomBytes));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[0-9A-Za-z]{${SHORT_CODE_LENGTH}}$`));
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('skip bytes that would bias the alphabet', () => {
    // 248..255 are skipped; 0 → "0", 61 → "z", 62 → "0" again.
    const bytes = [255, 248, 0, 61, 62, 1, 2, 3, 4, 5, 6, 7];
    const code = newShortCode((count) => Uint8Array.from({ length: count }, (_, index) => bytes[index] ?? 10));
    expect(code).toBe('0z01234567');
  });

  test('only well-formed codes are accepted', () => {
    expect(isShortCode('aB3dE5gH9k')).toBe(true);
    for (const crafted of ['', 'short', 'aB3dE5gH9k1', '../../etc', 'aB3dE5gH9%', '//evil.com', 'aB3dE5gH9k\n']) expect(isShortCode(crafted)).toBe(false);
  });

  test('the public address joins the base URL without doubling slashes', () => {
    expect(shortLinkUrl('https://chorus.example/', 'aB3dE5gH9k')).toBe('https://chorus.example/l/aB3dE5gH9k');
  });

  test("only this Chorus' own short links count as its own", () => {
    expect(isOwnShortLink('https://chorus.example', 'https://chorus.example/l/aB3dE5gH9k')).toBe(true);
    expect(isOwnShortLink('https://chorus.example', 'https://chorus.example/l/aB3dE5gH9k?x=1')).toBe(false);
    expect(isOwnShortLink('https://chorus.example', 'https://other.example/l/aB3dE5gH9k')).toBe(false);
    expect(isOwnShortLink(undefined, 'https://chorus.example/l/aB3dE5gH9k')).toBe(false);
  });
});
