/**
 * The keys that seal secrets at rest (network tokens, webhook secrets). From CHORUS_SECRET_KEY
 * (with CHORUS_PREVIOUS_SECRET_KEYS during a rotation), or a key file in the data folder created
 * on first start and readable by its owner only: one base64 key per line, the current one first.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createSecretBox, type SecretBox } from '../app/secrets/secret-box.js';
import { ConfigError, type Config } from '../config.js';

export const KEY_FILE = 'secret.key';

export interface Keyring {
  current: Buffer;
  previous: Buffer[];
  /** The key file, or null when the keys come from the environment. */
  file: string | null;
}

async function readKeyFile(file: string): Promise<Buffer[] | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const keys = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => Buffer.from(line, 'base64'));
  if (keys.length === 0 || keys.some((key) => key.length !== 32)) {
    throw new ConfigError('CHORUS_SECRET_KEY', `${file} must hold base64 of 32 bytes per line`);
  }
  return keys;
}

/** Replaces the key file in one step, so a crash leaves the old file or the new one. */
async function writeKeyFile(file: string, keys: readonly Buffer[]): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, keys.map((key) => `${key.toString('base64')}\n`).join(''), { mode: 0o600 });
  await fs.rename(temporary, file);
}

export async function loadKeyring(config: Pick<Config, 'secretKey' | 'previousSecretKeys' | 'dataDir'>): Promise<Keyring> {
  if (config.secretKey) return { current: config.secretKey, previous: config.previousSecretKeys, file: null };
  const file = path.join(config.dataDir, KEY_FILE);
  const keys = await readKeyFile(file);
  if (keys) {
    const [current, ...previous] = keys as [Buffer, ...Buffer[]];
    return { current, previous: [...previous, ...config.previousSecretKeys], file };
  }
  const current = randomBytes(32);
  await fs.mkdir(config.dataDir, { recursive: true });
  await fs.writeFile(file, `${current.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { current, previous: [...config.previousSecretKeys], file };
}

export const secretBoxOf = (keyring: Keyring): SecretBox => createSecretBox(keyring.current, keyring.previous);

/**
 * First half of a key-file rotation: a new current key, the old ones kept so existing secrets
 * still open. After every secret is sealed again, `forgetPreviousKeys` drops them.
 */
export async function addKeyToFile(keyring: Keyring): Promise<Keyring> {
  if (!keyring.file) throw new Error('the keys come from CHORUS_SECRET_KEY; rotate by changing it (docs/deployment.md)');
  const next: Keyring = { current: randomBytes(32), previous: [keyring.current, ...keyring.previous], file: keyring.file };
  await writeKeyFile(keyring.file, [next.current, ...next.previous]);
  return next;
}

export async function forgetPreviousKeys(keyring: Keyring): Promise<Keyring> {
  if (keyring.file) await writeKeyFile(keyring.file, [keyring.current]);
  return { ...keyring, previous: [] };
}
