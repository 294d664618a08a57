/**
 * Connecting a sandbox account: the fields become the account's simulation settings, and the
 * sandbox hands out an opaque token it checks on every request, so the credentials path works as
 * with a real network (the token is encrypted at rest by Chorus; the sandbox keeps only its hash).
 */
import { randomBytes } from 'node:crypto';
import { ConnectorError, type AccountIdentity, type AccountSession, type ConnectResult, type ConnectorEnvironment } from '../contract.js';
import { LOCALES, type Locale } from '../../core/validation.js';
import { hashToken } from './gate.js';
import { DEFAULT_FOLLOWERS } from './manifest.js';
import type { Languages } from './people.js';
import { exclusively, keys, readAccount, requireAccount, type AccountRecord } from './records.js';

const refuse = (reason: string): ConnectorError => new ConnectorError('invalid_content', reason);

function field(fields: Readonly<Record<string, string>>, name: string): string | undefined {
  const value = fields[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function handleOf(fields: Readonly<Record<string, string>>): string {
  const handle = field(fields, 'handle')?.replace(/^@/, '').toLowerCase();
  if (handle === undefined) throw refuse('Enter an account name.');
  if (!/^[a-z0-9_.]{1,30}$/.test(handle)) throw refuse('An account name has up to 30 letters, digits, dots and underscores.');
  return handle;
}

function numberOf(fields: Readonly<Record<string, string>>, name: string, fallback: number, min: number, max: number, what: string): number {
  const text = field(fields, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw refuse(`${what} must be a number from ${min} to ${max}.`);
  return value;
}

function languagesOf(fields: Readonly<Record<string, string>>): Languages {
  const text = field(fields, 'languages');
  if (text === undefined) return LOCALES;
  const chosen = text.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  const unknown = chosen.find((part) => !(LOCALES as readonly string[]).includes(part));
  if (unknown !== undefined) throw refuse(`The sandbox audience speaks en, id, ru and pl, not "${unknown}".`);
  const [first, ...rest] = LOCALES.filter((locale: Locale) => chosen.includes(locale));
  if (first === undefined) throw refuse('Choose at least one audience language.');
  return [first, ...rest];
}

function switchOf(fields: Readonly<Record<string, string>>, name: string, label: string): boolean {
  const text = field(fields, name)?.toLowerCase() ?? 'on';
  if (text !== 'on' && text !== 'off') throw refuse(`${label} is "on" or "off".`);
  return text === 'on';
}

export function identityOf(account: AccountRecord): AccountIdentity {
  return { externalId: account.externalId, handle: account.handle, displayName: `${account.handle} (sandbox)`, url: null };
}

const newToken = (): string => randomBytes(24).toString('base64url');

/**
 * Connects (or reconnects) an account. Reconnecting keeps what the account published and when it
 * joined, takes the new settings, and replaces the token, so the old one stops working.
 */
export async function connectAccount(environment: ConnectorEnvironment, fields: Readonly<Record<string, string>>): Promise<ConnectResult> {
  const handle = handleOf(fields);
  const followersAtStart = Math.round(numberOf(fields, 'followers', DEFAULT_FOLLOWERS, 0, 100_000_000, 'Followers at start'));
  const seed = field(fields, 'seed') ?? handle;
  const languages = languagesOf(fields);
  const latencyMs = Math.round(numberOf(fields, 'latencyMs', 0, 0, 60_000, 'Latency'));
  const faultRate = numberOf(fields, 'faultRate', 0, 0, 1, 'The random fault rate');
  const organic = switchOf(fields, 'organic', 'Simulated audience activity');
  const idempotencyKeys = switchOf(fields, 'idempotencyKeys', 'Idempotency keys');
  const token = newToken();
  const { store } = environment;
  const account = await exclusively(keys.account(handle), async () => {
    const earlier = await readAccount(store, handle);
    const record: AccountRecord = {
      externalId: handle,
      handle,
      tokenHash: hashToken(token),
      followersAtStart,
      seed,
      languages: [...languages],
      latencyMs,
      faultRate,
      organic,
      idempotencyKeys,
      connectedAt: earlier?.connectedAt ?? environment.clock.now().getTime(),
      nextSeq: earlier?.nextSeq ?? 1,
      bursts: earlier?.bursts ?? [],
    };
    await store.put(keys.account(handle), record);
    return record;
  });
  return {
    identity: identityOf(account),
    credentials: { token },
    settings: { followers: String(followersAtStart), seed, languages: languages.join(','), latencyMs: String(latencyMs), faultRate: String(faultRate), organic: organic ? 'on' : 'off', idempotencyKeys: idempotencyKeys ? 'on' : 'off' },
    expiresAt: null,
  };
}

/** A new token for a valid one, so that `auth_expired` can be recovered from as on real networks. */
export async function refreshToken(environment: ConnectorEnvironment, session: AccountSession): Promise<{ credentials: Record<string, string>; expiresAt: Date | null }> {
  const { store } = environment;
  const token = newToken();
  await exclusively(keys.account(session.externalId), async () => {
    const account = await requireAccount(store, session.externalId);
    if (session.credentials.token === undefined || hashToken(session.credentials.token) !== account.tokenHash) {
      throw new ConnectorError('auth_revoked', "The sandbox does not recognise this account's access token; reconnect the account.", { status: 401 });
    }
    await store.put(keys.account(session.externalId), { ...account, tokenHash: hashToken(token) });
  });
  return { credentials: { token }, expiresAt: null };
}
