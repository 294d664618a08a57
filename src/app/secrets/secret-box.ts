/**
 * Seals secrets for storage with AES-256-GCM. A sealed value names the key that sealed it, so the
 * key can be rotated: old values still open with the previous keys until `chorus keys rotate` has
 * sealed them again with the current one.
 *   format: chorus-sealed.v1.<key id>.<iv>.<auth tag>.<ciphertext>   (base64url parts)
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'chorus-sealed.v1';
const IV_BYTES = 12; // the size GCM is specified for (NIST SP 800-38D)

export interface SecretBox {
  /** The id of the key new values are sealed with. */
  readonly currentKeyId: string;
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** Whether a sealed value was made with a key other than the current one. */
  isStale(sealed: string): boolean;
}

/** A key's id: the first 8 bytes of its SHA-256, so the id reveals nothing usable. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export class SecretError extends Error {
  override name = 'SecretError';
}

/** `current` seals; `previous` only open values sealed before a rotation. */
export function createSecretBox(current: Buffer, previous: readonly Buffer[] = []): SecretBox {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...previous]) {
    if (key.length !== 32) throw new SecretError('a secret key must be 32 bytes');
    keys.set(keyIdOf(key), key);
  }
  const currentKeyId = keyIdOf(current);

  const parse = (sealed: string) => {
    const parts = sealed.split('.');
    if (parts.length !== 6 || `${parts[0]}.${parts[1]}` !== PREFIX) throw new SecretError('not a sealed value');
    const [, , keyId, iv, tag, data] = parts as [string, string, string, string, string, string];
    return { keyId, iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), data: Buffer.from(data, 'base64url') };
  };

  return {
    currentKeyId,
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [PREFIX, currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    open(sealed) {
      const { keyId, iv, tag, data } = parse(sealed);
      const key = keys.get(keyId);
      if (!key) throw new SecretError(`sealed with key ${keyId}, which this process does not have (see docs/deployment.md, key rotation)`);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new SecretError('a sealed value failed its integrity check', { cause: error });
      }
    },
    isStale(sealed) {
      return parse(sealed).keyId !== currentKeyId;
    },
  };
}

/** Seals a record of strings (credentials) as one value. */
export function sealRecord(box: SecretBox, record: Readonly<Record<string, string>>): string {
  return box.seal(JSON.stringify(record));
}

export function openRecord(box: SecretBox, sealed: string): Record<string, string> {
  const value: unknown = JSON.parse(box.open(sealed));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SecretError('a sealed record is not an object');
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
