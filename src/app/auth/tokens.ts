import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe token with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 of a high-entropy token. Enough for session ids, API keys and setup links, which are
 * random 256-bit values: no dictionary to guess from, so no slow hash is needed (passwords use scrypt).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
