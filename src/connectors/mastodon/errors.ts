/**
 * Mastodon's documented error responses as failure kinds. The body is `{ "error": "..." }` (plus
 * `error_description` from the OAuth endpoints): https://docs.joinmastodon.org/entities/Error/ .
 * Rate limits: https://docs.joinmastodon.org/api/rate-limits/ .
 */
import { ConnectorError } from '../contract.js';
import { excerpt, retryAfter, type RawResponse } from '../http.js';
import { errorBodySchema } from './schemas.js';

/** When the documented reset header is missing, wait out the shortest documented window. */
const FALLBACK_RESET_MS = 5 * 60 * 1000;

function errorText(response: RawResponse): string | undefined {
  const parsed = errorBodySchema.safeParse(response.json);
  if (!parsed.success) return undefined;
  return parsed.data.error_description ?? parsed.data.error;
}

/** `X-RateLimit-Reset` is an ISO 8601 timestamp, unlike the epoch seconds other networks send. */
export function rateLimitReset(headers: Headers): Date | undefined {
  const value = headers.get('x-ratelimit-reset');
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

export function mapMastodonError(response: RawResponse, now: Date): ConnectorError | undefined {
  const { status } = response;
  const detail = errorText(response);
  const options = { status };
  if (status === 401) {
    // Mastodon tokens do not expire by default; Doorkeeper says "The access token expired" only
    // when an instance configured an expiry, and then there is no refresh token to use.
    if (detail && /expired/i.test(detail)) {
      return new ConnectorError('auth_expired', 'The Mastodon sign-in has expired; connect the account again.', options);
    }
    return new ConnectorError('auth_revoked', `Mastodon no longer accepts this sign-in (${detail ?? 'unauthorized'}); connect the account again.`, options);
  }
  if (status === 403) {
    // "This action is not allowed" refuses one action (replying to someone who blocked the account);
    // the other documented 403s (disabled, unconfirmed, unapproved login, scopes) refuse the account.
    if (detail && /not allowed/i.test(detail)) return new ConnectorError('invalid_content', `Mastodon refused this action: ${detail}`, options);
    return new ConnectorError('auth_revoked', `Mastodon refused access to the account (${detail ?? 'forbidden'}); check it and connect again.`, options);
  }
  if (status === 429) {
    const resetAt = rateLimitReset(response.headers) ?? retryAfter(response.headers, now) ?? new Date(now.getTime() + FALLBACK_RESET_MS);
    return new ConnectorError('rate_limited', 'The Mastodon instance asks to slow down (rate limit reached).', { ...options, resetAt });
  }
  if (response.json === undefined) return undefined;
  if (status === 400 && detail) {
    // OAuth errors (invalid_grant, invalid_scope) while connecting: the attempt must start over.
    return new ConnectorError('auth_revoked', `The Mastodon instance refused the sign-in: ${excerpt(detail)}`, options);
  }
  if (status === 404) {
    return new ConnectorError('invalid_content', `Mastodon could not find it: ${excerpt(detail ?? 'Record not found')} (deleted, or not visible to this account).`, options);
  }
  if (status === 422) return new ConnectorError('invalid_content', `Mastodon rejected the post: ${excerpt(detail ?? 'validation failed')}`, options);
  return undefined;
}
