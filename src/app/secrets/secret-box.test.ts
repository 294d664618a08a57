import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyIdOf, openRecord, sealRecord } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);
  const box = createSecretBox(key);

  it('seals so that the plaintext is not in the stored value, and opens it again', () => {
    const sealed = box.seal('app-password-1234');
    expect(sealed).not.toContain('app-password-1234');
    expect(sealed.startsWith(`chorus-sealed.v1.${keyIdOf(key)}.`)).toBe(true);
    expect(box.open(sealed)).toBe('app-password-1234');
    // A fresh IV each time: the same secret never seals to the same text.
    expect(box.seal('app-password-1234')).not.toBe(sealed);
  });

  it('refuses a value that was tampered with', () => {
    const parts = box.seal('token').split('.');
    const data = Buffer.from(parts[5] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    parts[5] = data.toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow(/integrity/);
    expect(() => box.open('plain text')).toThrow(/not a sealed value/);
  });

  it('opens values sealed with a previous key after a rotation and marks them stale', () => {
    const next = createSecretBox(randomBytes(32), [key]);
    const old = box.seal('refresh-token');
    expect(next.isStale(old)).toBe(true);
    expect(next.open(old)).toBe('refresh-token');
    expect(next.isStale(next.seal('refresh-token'))).toBe(false);
    // Without the old key the value cannot be read, and the error says which key is missing.
    expect(() => createSecretBox(randomBytes(32)).open(old)).toThrow(keyIdOf(key));
  });

  it('seals records of credentials as one value', () => {
    const sealed = sealRecord(box, { accessToken: 'a', refreshToken: 'r' });
    expect(openRecord(box, sealed)).toEqual({ accessToken: 'a', refreshToken: 'r' });
  });
});
