import { describe, expect, test } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt, parseRetryAfter, verdictOf } from './retry-schedule.js';

const at = new Date('2026-11-23T09:00:00Z');
const delay = (attempts: number, random: number, retryAfterMs?: number) => nextAttemptAt(at, attempts, random, retryAfterMs).getTime() - at.getTime();

describe('webhook retry schedule', () => {
  test('follows the spec example: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h', () => {
    const expected = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400].map((seconds) => seconds * 1000);
    expect(Array.from({ length: 9 }, (_, index) => delay(index + 1, 0.5))).toEqual(expected);
    expect(MAX_ATTEMPTS).toBe(10);
  });

  test('adds up to ±10 % jitter', () => {
    expect(delay(2, 0)).toBe(270_000);
    expect(delay(2, 0.999_999)).toBeCloseTo(330_000, -1);
  });

  test("a receiver's longer Retry-After wins, capped at a day", () => {
    expect(delay(1, 0.5, 60_000)).toBe(60_000);
    expect(delay(1, 0.5, 1_000)).toBe(5_000);
    expect(delay(1, 0.5, 10 * 86_400_000)).toBe(86_400_000);
    expect(parseRetryAfter('120', at)).toBe(120_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:01:00 GMT', at)).toBe(60_000);
    expect(parseRetryAfter('soon', at)).toBeUndefined();
  });

  test('2xx is delivered, 410 disables, anything else retries until the last attempt', () => {
    expect(verdictOf(204, 1)).toBe('delivered');
    expect(verdictOf(410, 1)).toBe('endpoint_gone');
    expect(verdictOf(302, 1)).toBe('retry');
    expect(verdictOf(null, 3)).toBe('retry');
    expect(verdictOf(500, MAX_ATTEMPTS)).toBe('give_up');
  });
});
