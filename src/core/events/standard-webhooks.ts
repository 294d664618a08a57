/**
 * Signing and verifying webhooks in the Standard Webhooks format, version 1.0.0:
 * https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 *
 * - Headers `webhook-id` (the event's id, the same on every retry, so receivers can de-duplicate),
 *   `webhook-timestamp` (integer unix seconds of the attempt) and `webhook-signature`.
 * - Signed content is `{msg_id}.{timestamp}.{payload}`, the payload being the exact body sent.
 * - Symmetric scheme: HMAC-SHA256 keyed with the secret, which is random, at least 24 bytes
 *   (at most 64) and shown to people as `whsec_` + base64. The signature is `v1,` + base64 of the MAC;
 *   the header may hold several space-separated signatures (key rotation), any one matching suffices.
 * - Verifiers compare in constant time and reject timestamps outside a tolerance (replay).
 *
 * Pure: no clock and no randomness here; the caller passes the time and the secret's bytes.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
export const SECRET_MIN_BYTES = 24;
export const SECRET_MAX_BYTES = 64;
/** The tolerance the spec's reference libraries use for `webhook-timestamp`. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The key bytes of a `whsec_…` secret (the prefix is optional, as in the spec's libraries). */
export function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new Error('a webhook secret is base64 after "whsec_"');
  const key = Buffer.from(encoded, 'base64');
  if (key.length < SECRET_MIN_BYTES || key.length > SECRET_MAX_BYTES) throw new Error(`a webhook secret holds ${SECRET_MIN_BYTES} to ${SECRET_MAX_BYTES} bytes`);
  return key;
}

/** Formats random bytes as a secret; the bytes come from the caller (randomBytes in the app layer). */
export function formatSecret(bytes: Uint8Array): string {
  if (bytes.length < SECRET_MIN_BYTES || bytes.length > SECRET_MAX_BYTES) throw new Error(`a webhook secret holds ${SECRET_MIN_BYTES} to ${SECRET_MAX_BYTES} bytes`);
  return SECRET_PREFIX + Buffer.from(bytes).toString('base64');
}

function assertNoDelimiter(messageId: string): void {
  // The spec: id and timestamp must not contain "." or the signed content becomes ambiguous.
  if (messageId.includes('.') || messageId.length === 0) throw new Error('a webhook id is non-empty and has no "."');
}

/** `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`. */
export function sign(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  assertNoDelimiter(messageId);
  const mac = createHmac('sha256', secretKey(secret)).update(`${messageId}.${Math.trunc(timestampSeconds)}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** The three headers of one delivery attempt made at `at`. */
export function signedHeaders(secret: string, messageId: string, at: Date, body: string): WebhookHeaders {
  const timestamp = Math.floor(at.getTime() / 1000);
  return { 'webhook-id': messageId, 'webhook-timestamp': String(timestamp), 'webhook-signature': sign(secret, messageId, timestamp, body) };
}

export type VerificationFailure = 'missing_headers' | 'bad_timestamp' | 'timestamp_too_old' | 'timestamp_too_new' | 'no_matching_signature';

/** Checks a received webhook as a consumer would; `now` is the receiver's clock. */
export function verify(
  secret: string,
  headers: Partial<Record<keyof WebhookHeaders, string | undefined>>,
  body: string,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): { ok: true } | { ok: false; reason: VerificationFailure } {
  const messageId = headers['webhook-id'];
  const timestampText = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!messageId || !timestampText || !signatures) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,15}$/.test(timestampText) || messageId.includes('.')) return { ok: false, reason: 'bad_timestamp' };
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (timestamp < nowSeconds - toleranceSeconds) return { ok: false, reason: 'timestamp_too_old' };
  if (timestamp > nowSeconds + toleranceSeconds) return { ok: false, reason: 'timestamp_too_new' };

  const expected = Buffer.from(sign(secret, messageId, timestamp, body).slice('v1,'.length), 'base64');
  const matches = signatures.split(' ').some((candidate) => {
    const [version, encoded] = candidate.split(',', 2);
    if (version !== 'v1' || !encoded) return false;
    const given = Buffer.from(encoded, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, reason: 'no_matching_signature' };
}
