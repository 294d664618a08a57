import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../http.js';
import { mapMastodonError } from './errors.js';

const now = new Date('2026-05-01T12:00:00Z');

function response(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers: new Headers(headers), json: typeof body === 'string' ? undefined : body, text };
}

describe('Mastodon error mapping', () => {
  it('takes a 401 for a revoked sign-in, since Mastodon tokens do not expire', () => {
    expect(mapMastodonError(response(401, { error: 'The access token is invalid' }), now)?.kind).toBe('auth_revoked');
    expect(mapMastodonError(response(401, { error: 'The access token was revoked' }), now)?.kind).toBe('auth_revoked');
    expect(mapMastodonError(response(401, '<html>nope</html>'), now)?.kind).toBe('auth_revoked');
  });

  it('takes a 401 saying the token expired as expired', () => {
    expect(mapMastodonError(response(401, { error: 'The access token expired' }), now)?.kind).toBe('auth_expired');
  });

  it('separates a refused account from a refused action on 403', () => {
    expect(mapMastodonError(response(403, { error: 'Your login is currently disabled' }), now)?.kind).toBe('auth_revoked');
    const action = mapMastodonError(response(403, { error: 'This action is not allowed' }), now);
    expect(action?.kind).toBe('invalid_content');
    expect(action?.message).toContain('This action is not allowed');
  });

  it('shows the validation message of a 422', () => {
    const failure = mapMastodonError(response(422, { error: 'Validation failed: Text character limit of 500 exceeded' }), now);
    expect(failure?.kind).toBe('invalid_content');
    expect(failure?.message).toContain('character limit of 500');
  });

  it('explains a 404', () => {
    const failure = mapMastodonError(response(404, { error: 'The post you are trying to reply to does not appear to exist.' }), now);
    expect(failure).toMatchObject({ kind: 'invalid_content', status: 404 });
    expect(failure?.message).toContain('does not appear to exist');
  });

  it('reads the ISO 8601 X-RateLimit-Reset of a 429', () => {
    const failure = mapMastodonError(response(429, { error: 'Too many requests' }, { 'x-ratelimit-reset': '2026-05-01T12:03:00.123456Z' }), now);
    expect(failure?.kind).toBe('rate_limited');
    expect(failure?.resetAt?.toISOString()).toBe('2026-05-01T12:03:00.123Z');
  });

  it('falls back to Retry-After, then to the five-minute window, when the reset header is missing', () => {
    expect(mapMastodonError(response(429, { error: 'Too many requests' }, { 'retry-after': '30' }), now)?.resetAt?.toISOString()).toBe('2026-05-01T12:00:30.000Z');
    expect(mapMastodonError(response(429, { error: 'Too many requests' }), now)?.resetAt?.toISOString()).toBe('2026-05-01T12:05:00.000Z');
  });

  it('refuses the sign-in on an OAuth error', () => {
    const failure = mapMastodonError(response(400, { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid' }), now);
    expect(failure?.kind).toBe('auth_revoked');
    expect(failure?.message).toContain('authorization grant is invalid');
  });

  it('leaves server errors and non-JSON pages to the generic rules', () => {
    expect(mapMastodonError(response(503, { error: 'Service Unavailable' }), now)).toBeUndefined();
    expect(mapMastodonError(response(502, '<!DOCTYPE html><html></html>'), now)).toBeUndefined();
  });
});
