import { describe, expect, test } from 'vitest';
import { ConnectorError } from '../../src/connectors/contract.js';
import { MAX_BACKOFF_MS, nextPollAfterFailure, nextPollAfterSuccess } from '../../src/app/inbox/ingest-schedule.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const after = (ms: number) => new Date(NOW.getTime() + ms);

describe('when an account is polled next', () => {
  test('on its interval after a success', () => {
    expect(nextPollAfterSuccess(NOW, 60)).toEqual(after(60_000));
  });

  test('doubling per failure in a row, at most 30 minutes', () => {
    const transient = new ConnectorError('transient', 'down');
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((failures) => nextPollAfterFailure(NOW, 60, failures, transient).getTime() - NOW.getTime())).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS, MAX_BACKOFF_MS,
    ]);
  });

  test("exactly at a rate limit's reset, however far; without a reset time, backing off", () => {
    const reset = after(3 * 3_600_000);
    expect(nextPollAfterFailure(NOW, 60, 1, new ConnectorError('rate_limited', 'slow down', { resetAt: reset }))).toEqual(reset);
    expect(nextPollAfterFailure(NOW, 60, 3, new ConnectorError('rate_limited', 'slow down'))).toEqual(after(240_000));
    expect(nextPollAfterFailure(NOW, 60, 1, new ConnectorError('rate_limited', 'slow down', { resetAt: after(-1_000) }))).toEqual(after(60_000));
  });
});
