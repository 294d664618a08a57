import { describe, expect, it } from 'vitest';
import { backoffDelay, deadlineOf, FIRST_BACKOFF_MS, MAX_BACKOFF_MS, nextStepAfterFailure, RESET_MARGIN_MS, type FailureContext } from './failures.js';

const now = new Date('2026-12-07T09:00:00Z');
const failure = (overrides: Partial<FailureContext>): FailureContext => ({
  kind: 'transient',
  message: 'The network is down',
  attempts: 1,
  now,
  deadline: new Date(now.getTime() + 3_600_000),
  random: 0.5,
  ...overrides,
});

describe('backoffDelay', () => {
  it('doubles from the first delay up to the cap, with jitter of at most a fifth either way', () => {
    expect([1, 2, 3].map((attempts) => backoffDelay(attempts, 0.5))).toEqual([FIRST_BACKOFF_MS, 2 * FIRST_BACKOFF_MS, 4 * FIRST_BACKOFF_MS]);
    expect(backoffDelay(30, 0.5)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelay(1, 0)).toBe(FIRST_BACKOFF_MS * 0.8);
    expect(backoffDelay(1, 0.999_999)).toBeCloseTo(FIRST_BACKOFF_MS * 1.2, -1);
  });
});

describe('nextStepAfterFailure', () => {
  it('retries a transient failure with backoff while the deadline allows, then gives up saying how often it tried', () => {
    expect(nextStepAfterFailure(failure({ attempts: 2 }))).toEqual({ step: 'retry', at: new Date(now.getTime() + 2 * FIRST_BACKOFF_MS) });
    const late = nextStepAfterFailure(failure({ attempts: 7, deadline: new Date(now.getTime() + 60_000) }));
    expect(late).toEqual({ step: 'fail', reason: 'The network is down (gave up after 7 attempts)', reconnect: false });
  });

  it("waits for the network's reset time, never a fixed delay", () => {
    const resetAt = new Date(now.getTime() + 15 * 60_000);
    expect(nextStepAfterFailure(failure({ kind: 'rate_limited', resetAt }))).toEqual({ step: 'retry', at: new Date(resetAt.getTime() + RESET_MARGIN_MS) });
  });

  it('fails a rate-limited post whose reset comes after its deadline', () => {
    const resetAt = new Date(now.getTime() + 2 * 3_600_000);
    expect(nextStepAfterFailure(failure({ kind: 'rate_limited', resetAt }))).toMatchObject({ step: 'fail', reconnect: false });
  });

  it('never publishes again after an unknown outcome: it reconciles first, even past the deadline', () => {
    expect(nextStepAfterFailure(failure({ kind: 'outcome_unknown', deadline: new Date(0) }))).toEqual({ step: 'reconcile', at: now });
  });

  it('sends revoked and still-expired credentials to a person, and rejected content back with its reason', () => {
    expect(nextStepAfterFailure(failure({ kind: 'auth_revoked', message: 'Reconnect the account' }))).toEqual({ step: 'fail', reason: 'Reconnect the account', reconnect: true });
    expect(nextStepAfterFailure(failure({ kind: 'auth_expired' }))).toMatchObject({ step: 'fail', reconnect: true });
    expect(nextStepAfterFailure(failure({ kind: 'invalid_content', message: 'Too long' }))).toEqual({ step: 'fail', reason: 'Too long', reconnect: false });
  });
});

describe('deadlineOf', () => {
  it('is the scheduled time plus the policy minutes, or a day when late posts are sent anyway', () => {
    const at = new Date('2026-12-07T09:00:00Z');
    expect(deadlineOf(at, { kind: 'skip_after', minutes: 30 })).toEqual(new Date('2026-12-07T09:30:00Z'));
    expect(deadlineOf(at, { kind: 'send_anyway' })).toEqual(new Date('2026-12-08T09:00:00Z'));
  });
});
