import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { formatSecret, secretKey, sign, signedHeaders, verify } from './standard-webhooks.js';

// The vector published with the spec's reference library ("sign function works"):
// https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const vectorTime = new Date(VECTOR.timestamp * 1000);

describe('Standard Webhooks signatures', () => {
  test('signing reproduces the published test vector', () => {
    expect(sign(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(signedHeaders(VECTOR.secret, VECTOR.id, vectorTime, VECTOR.body)).toEqual({
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': VECTOR.signature,
    });
  });

  test('the signature is the HMAC of "<id>.<timestamp>.<body>" keyed with the decoded secret', () => {
    const secret = formatSecret(Buffer.alloc(32, 7));
    const expected = createHmac('sha256', Buffer.alloc(32, 7)).update(`evt1.1700000000.{}`).digest('base64');
    expect(sign(secret, 'evt1', 1700000000, '{}')).toBe(`v1,${expected}`);
  });

  test('verification accepts the vector within the tolerance, also among other signatures', () => {
    const headers = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
    expect(verify(VECTOR.secret, headers, VECTOR.body, new Date(vectorTime.getTime() + 60_000))).toEqual({ ok: true });
    const rotated = { ...headers, 'webhook-signature': `v1a,AAAA v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= ${VECTOR.signature}` };
    expect(verify(VECTOR.secret, rotated, VECTOR.body, vectorTime)).toEqual({ ok: true });
  });

  test('verification rejects a tampered body, another id, a partial signature and missing headers', () => {
    const headers = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
    expect(verify(VECTOR.secret, headers, '{"test": 2432232315}', vectorTime)).toEqual({ ok: false, reason: 'no_matching_signature' });
    expect(verify(VECTOR.secret, { ...headers, 'webhook-id': 'msg_other' }, VECTOR.body, vectorTime)).toEqual({ ok: false, reason: 'no_matching_signature' });
    expect(verify(VECTOR.secret, { ...headers, 'webhook-signature': VECTOR.signature.slice(0, 8) }, VECTOR.body, vectorTime).ok).toBe(false);
    expect(verify(VECTOR.secret, { ...headers, 'webhook-signature': 'v1,' }, VECTOR.body, vectorTime).ok).toBe(false);
    expect(verify(formatSecret(Buffer.alloc(24, 1)), headers, VECTOR.body, vectorTime).ok).toBe(false);
    expect(verify(VECTOR.secret, { 'webhook-id': VECTOR.id, 'webhook-signature': VECTOR.signature }, VECTOR.body, vectorTime)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verify(VECTOR.secret, { ...headers, 'webhook-timestamp': 'hello' }, VECTOR.body, vectorTime)).toEqual({ ok: false, reason: 'bad_timestamp' });
  });

  test('verification rejects timestamps older or newer than five minutes (replay)', () => {
    const headers = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
    expect(verify(VECTOR.secret, headers, VECTOR.body, new Date(vectorTime.getTime() + 301_000))).toEqual({ ok: false, reason: 'timestamp_too_old' });
    expect(verify(VECTOR.secret, headers, VECTOR.body, new Date(vectorTime.getTime() - 301_000))).toEqual({ ok: false, reason: 'timestamp_too_new' });
  });

  test('secrets are whsec_ and base64 of 24 to 64 bytes; ids may not contain "."', () => {
    expect(formatSecret(Buffer.alloc(24))).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(() => formatSecret(Buffer.alloc(16))).toThrow(/24 to 64/);
    expect(secretKey(VECTOR.secret)).toHaveLength(24);
    expect(() => secretKey('whsec_not base64!')).toThrow(/base64/);
    expect(() => sign(VECTOR.secret, 'a.b', 1, '{}')).toThrow(/no "\."/);
  });
});
