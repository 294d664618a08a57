/** When an account is polled next: on its interval after a success, backing off after failures. */
import type { ConnectorError } from '../../connectors/contract.js';

export const DEFAULT_POLL_SECONDS = 60;
export const MAX_BACKOFF_MS = 30 * 60_000;

export function nextPollAfterSuccess(now: Date, intervalSeconds: number): Date {
  return new Date(now.getTime() + intervalSeconds * 1000);
}

/**
 * The interval doubled for each failure in a row (the first failure waits one interval), at most
 * 30 minutes. A rate limit with a reset time waits exactly until then: earlier would be refused,
 * later would leave the inbox stale for nothing.
 */
export function nextPollAfterFailure(now: Date, intervalSeconds: number, failuresInARow: number, failure: Pick<ConnectorError, 'kind' | 'resetAt'>): Date {
  if (failure.kind === 'rate_limited' && failure.resetAt && failure.resetAt.getTime() > now.getTime()) return failure.resetAt;
  const exponent = Math.min(Math.max(failuresInARow - 1, 0), 20);
  return new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, intervalSeconds * 1000 * 2 ** exponent));
}
