import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../http.js';
import { mapXrpcError, rateObservation } from './errors.js';
import { manifest } from './manifest.js';

const now = new Date('2026-01-01T00:00:00Z');
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): RawResponse => ({
  status,
  headers: new Headers(headers),
  json: body,
  text: body === undefined ? '' : JSON.stringify(body),
});

describe('mapXrpcError', () => {
  it.each([
    [400, 'ExpiredToken', 'auth_expired'],
    [400, 'InvalidToken', 'auth_revoked'],
    [401, 'AuthenticationRequired', 'auth_revoked'],
    [400, 'AccountTakedown', 'auth_revoked'],
    [400, 'InvalidRequest', 'invalid_content'],
    [400, 'InvalidRecord', 'invalid_content'],
    [400, 'BlobTooLarge', 'invalid_content'],
    [400, 'RecordNotFound', 'invalid_content'],
  ])('HTTP %i %s is %s', (status, error, kind) => {
    expect(mapXrpcError(answer(status, { error, message: 'details' }), now)?.kind).toBe(kind);
  });

  it('reads the reset time of a rate limit from ratelimit-reset, in epoch seconds', () => {
    const failure = mapXrpcError(answer(429, { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, { 'ratelimit-reset': '1767225900' }), now);
    expect(failure?.kind).toBe('rate_limited');
    expect(failure?.resetAt?.toISOString()).toBe('2026-01-01T00:05:00.000Z');
  });

  it('falls back to Retry-After when a 429 has no ratelimit headers', () => {
    expect(mapXrpcError(answer(429, undefined, { 'retry-after': '30' }), now)?.resetAt?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
  });

  it("quotes the server's reason for rejected content, and never an HTML page", () => {
    const failure = mapXrpcError(answer(400, { error: 'InvalidRequest', message: 'Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301)' }), now);
    expect(failure?.message).toContain('grapheme too big');
    expect(mapXrpcError(answer(502, undefined), now)).toBeUndefined();
    expect(mapXrpcError(answer(500, { error: 'InternalServerError' }), now)).toBeUndefined();
  });
});

describe('rateObservation', () => {
  const headers = (policy: string, remaining: string) =>
    new Headers({ 'ratelimit-limit': policy.split(';')[0] ?? '', 'ratelimit-remaining': remaining, 'ratelimit-reset': '1767225900', 'ratelimit-policy': policy });

  it('names the observation after the manifest budget with the same limit and window', () => {
    expect(rateObservation(headers('5000;w=3600', '4997'), manifest.rateBudgets)).toEqual({
      bucket: 'record-points-hour',
      remaining: 4997,
      resetAt: new Date('2026-01-01T00:05:00Z'),
    });
    expect(rateObservation(headers('30;w=300', '29'), manifest.rateBudgets)?.bucket).toBe('create-session-5min');
    expect(rateObservation(headers('3000;w=300', '10'), manifest.rateBudgets)?.bucket).toBe('requests-per-ip');
    expect(rateObservation(headers('100;w=300', '99'), manifest.rateBudgets)?.bucket).toBe('ratelimit-100-per-300s');
  });

  it('observes nothing without the headers', () => {
    expect(rateObservation(new Headers(), manifest.rateBudgets)).toBeUndefined();
  });
});
