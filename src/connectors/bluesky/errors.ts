/**
 * Bluesky's documented error answers as failure kinds. XRPC errors carry a name in the body
 * (https://atproto.com/specs/xrpc#error-responses); the name, not only the HTTP status, tells an
 * expired session from a revoked one. Rate limits follow the IETF draft headers the PDS sends
 * (https://docs.bsky.app/docs/advanced-guides/rate-limits).
 */
import { ConnectorError, type RateBudget, type RateObservation } from '../contract.js';
import { excerpt, retryAfter, type RawResponse } from '../http.js';
import { xrpcErrorBody } from './schemas.js';

const AUTH_EXPIRED = new Set(['ExpiredToken']);
const AUTH_REVOKED = new Set(['InvalidToken', 'AuthenticationRequired', 'AccountTakedown', 'AccountDeactivated', 'AccountSuspended', 'AuthFactorTokenRequired']);
const RATE_LIMITED = new Set(['RateLimitExceeded']);
/** Errors that say the request itself is wrong: the record, the blob, or a parameter. */
const INVALID_CONTENT = new Set(['InvalidRequest', 'InvalidRecord', 'BlobTooLarge', 'InvalidMimeType', 'InvalidSwap', 'PayloadTooLarge']);

/** The moment the limit resets: `ratelimit-reset` is in epoch seconds on Bluesky, else Retry-After. */
export function rateLimitReset(headers: Headers, now: Date): Date | undefined {
  const reset = Number(headers.get('ratelimit-reset'));
  if (headers.get('ratelimit-reset') !== null && Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  return retryAfter(headers, now);
}

/** Maps an XRPC error answer to a failure kind; undefined leaves it to the generic HTTP rules. */
export function mapXrpcError(response: RawResponse, now: Date): ConnectorError | undefined {
  const parsed = xrpcErrorBody.safeParse(response.json);
  const name = parsed.success ? parsed.data.error : undefined;
  const detail = parsed.success && parsed.data.message ? excerpt(parsed.data.message) : undefined;
  const options = { status: response.status };
  if (response.status === 429 || (name !== undefined && RATE_LIMITED.has(name))) {
    return new ConnectorError('rate_limited', 'Bluesky asks to slow down (rate limit reached).', { ...options, resetAt: rateLimitReset(response.headers, now) });
  }
  if (name === undefined) return undefined;
  if (AUTH_EXPIRED.has(name)) return new ConnectorError('auth_expired', 'The Bluesky session has expired and needs refreshing.', options);
  if (AUTH_REVOKED.has(name)) {
    return new ConnectorError('auth_revoked', `Bluesky no longer accepts this account's sign-in${detail ? ` (${detail})` : ''}; reconnect it with a valid app password.`, options);
  }
  if (INVALID_CONTENT.has(name) || response.status === 400 || response.status === 413) {
    return new ConnectorError('invalid_content', `Bluesky rejected the request: ${detail ?? name}.`, options);
  }
  return undefined;
}

/** A `ratelimit-policy` value such as `5000;w=3600`: the limit and its window in seconds. */
function parsePolicy(policy: string | null): { limit: number; windowSeconds: number } | undefined {
  const match = policy?.match(/^\s*(\d+)\s*;\s*w=(\d+)/);
  if (!match) return undefined;
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

/**
 * The rate-limit state a response announces, named after the manifest budget with the same limit
 * and window, so the ledger can correct its own count with the network's.
 */
export function rateObservation(headers: Headers, budgets: readonly RateBudget[]): RateObservation | undefined {
  const remaining = Number(headers.get('ratelimit-remaining'));
  const reset = Number(headers.get('ratelimit-reset'));
  if (headers.get('ratelimit-remaining') === null || !Number.isFinite(remaining) || !Number.isFinite(reset) || reset <= 0) return undefined;
  const policy = parsePolicy(headers.get('ratelimit-policy')) ?? { limit: Number(headers.get('ratelimit-limit')), windowSeconds: 0 };
  const budget = budgets.find((candidate) => candidate.limit === policy.limit && candidate.windowSeconds === policy.windowSeconds);
  return { bucket: budget?.bucket ?? `ratelimit-${policy.limit}-per-${policy.windowSeconds}s`, remaining, resetAt: new Date(reset * 1000) };
}
