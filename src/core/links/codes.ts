/**
 * Short codes: random, so nobody can walk the codes to find other people's links, and URL-safe
 * without escaping. Ten characters of base62 are about 59.5 bits: guessing one live code among a
 * million takes ~10^12 tries on average.
 */

export const SHORT_CODE_LENGTH = 10;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Bytes at or above this are skipped, so that every character is equally likely (248 = 4 × 62). */
const UNBIASED_LIMIT = 248;
const CODE_PATTERN = new RegExp(`^[0-9A-Za-z]{${SHORT_CODE_LENGTH}}$`);

/** A new code from a source of random bytes (node's `crypto.randomBytes` in production). */
export function newShortCode(randomBytes: (count: number) => Uint8Array): string {
  let code = '';
  while (code.length < SHORT_CODE_LENGTH) {
    for (const byte of randomBytes(SHORT_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += ALPHABET.charAt(byte % ALPHABET.length);
      if (code.length === SHORT_CODE_LENGTH) break;
    }
  }
  return code;
}

/** Whether a string can be a code Chorus made; anything else is refused before any lookup. */
export function isShortCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}

/** The public address of a short link. */
export function shortLinkUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/l/${code}`;
}

/** Whether an address already is one of this Chorus' short links (`<public URL>/l/<code>`). */
export function isOwnShortLink(publicUrl: string | undefined, url: string): boolean {
  if (publicUrl === undefined) return false;
  const prefix = `${publicUrl.replace(/\/+$/, '')}/l/`;
  return url.startsWith(prefix) && isShortCode(url.slice(prefix.length));
}
