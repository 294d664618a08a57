import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../http.js';
import { mapXError } from './errors.js';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers: new Headers(headers), json: typeof body === 'string' ? undefined : body, text };
}

// Bodies as X documents and sends them (https://docs.x.com/x-api/fundamentals/response-codes-and-errors).
describe('X error answers as failure kinds', () => {
  it('401 is an expired token, for the gateway to refresh', () => {
    const error = mapXError(answer(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }), false);
    expect(error?.kind).toBe('auth_expired');
  });

  it('429 carries the reset from x-rate-limit-reset (epoch seconds), not Retry-After', () => {
    const error = mapXError(
      answer(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, { 'x-rate-limit-reset': '1705420800', 'retry-after': '5' }),
      true,
    );
    expect(error?.kind).toBe('rate_limited');
    expect(error?.resetAt?.toISOString()).toBe('2024-01-16T16:00:00.000Z');
  });

  it('the monthly usage cap is rate limited too', () => {
    const error = mapXError(answer(429, { title: 'UsageCapExceeded', detail: 'Usage cap exceeded: Monthly product cap', type: 'https://api.twitter.com/2/problems/usage-capped' }), false);
    expect(error).toMatchObject({ kind: 'rate_limited' });
    expect(error?.message).toMatch(/monthly Post cap/);
  });

  it('403 duplicate content is a content problem, not a lost account', () => {
    const error = mapXError(answer(403, { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 }), true);
    expect(error?.kind).toBe('invalid_content');
    expect(error?.message).toMatch(/identical/);
  });

  it('a bare 403 (missing scope, suspended account) asks to reconnect', () => {
    expect(mapXError(answer(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' }), false)?.kind).toBe('auth_revoked');
  });

  it('client-not-enrolled names the app configuration, since reconnecting cannot help', () => {
    const error = mapXError(
      answer(403, {
        client_id: '24555515',
        detail: 'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.',
        registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
        title: 'Client Forbidden',
        required_enrollment: 'Appropriate Level of API Access',
        reason: 'client-not-enrolled',
        type: 'https://api.twitter.com/2/problems/client-forbidden',
      }),
      false,
    );
    expect(error?.kind).toBe('invalid_content');
    expect(error?.message).toMatch(/X app configured for this install.*attached to a Project/);
  });

  it('400 invalid-request shows the reason from the errors array', () => {
    const error = mapXError(
      answer(400, {
        errors: [{ parameters: { 'poll.options': ['x'] }, message: 'Poll options must be between 1 and 25 characters' }],
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.x.com/2/problems/invalid-request',
      }),
      true,
    );
    expect(error?.kind).toBe('invalid_content');
    expect(error?.message).toContain('Poll options must be between 1 and 25 characters');
  });

  it('a reply X forbids is invalid content', () => {
    const error = mapXError(answer(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'You are not permitted to reply to this conversation.' }), true);
    expect(error?.kind).toBe('invalid_content');
  });

  it('5xx on a read is transient; on a write the generic rules decide (504 may have happened)', () => {
    expect(mapXError(answer(503, { title: 'Service Unavailable', type: 'about:blank', status: 503, detail: 'Service Unavailable' }), false)?.kind).toBe('transient');
    expect(mapXError(answer(504, { title: 'Gateway Timeout', type: 'about:blank' }), true)).toBeUndefined();
  });

  it('never repeats an HTML page in its message', () => {
    const error = mapXError(answer(400, '<html><body><h1>Bad Request</h1></body></html>'), false);
    expect(error?.message).not.toMatch(/<html|<h1/);
  });
});
