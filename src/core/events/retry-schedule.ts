/**
 * When a failed webhook delivery is tried again. The delays follow the example schedule of the
 * Standard Webhooks spec ("Deliverability and reliability": immediately, then 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 14 h, 20 h, 24 h; about three days in all), with random jitter so that many
 * deliveries failing together do not come back together.
 * https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Delay before attempt n+2, indexed by the number of attempts already made minus one. */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR] as const;
/** The first attempt plus one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Up to this share of the delay is added or taken away at random. */
export const JITTER_SHARE = 0.1;
/** A receiver's Retry-After is honoured up to this; a longer one is treated as this. */
const MAX_RETRY_AFTER_MS = 24 * HOUR;

export type AttemptVerdict = 'delivered' | 'retry' | 'give_up' | 'endpoint_gone';

/** What an attempt's answer means: 2xx delivered; 410 Gone disables the endpoint (per the spec); anything else is a failure. */
export function verdictOf(responseStatus: number | null, attemptsMade: number): AttemptVerdict {
  if (responseStatus !== null && responseStatus >= 200 && responseStatus <= 299) return 'delivered';
  if (responseStatus === 410) return 'endpoint_gone';
  return attemptsMade >= MAX_ATTEMPTS ? 'give_up' : 'retry';
}

/**
 * The time of the next attempt after `attemptsMade` attempts failed at `at`. `random` is in [0, 1)
 * (Math.random in production, fixed in tests); a receiver's Retry-After, when longer, wins.
 */
export function nextAttemptAt(at: Date, attemptsMade: number, random: number, retryAfterMs?: number): Date {
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attemptsMade, 1), RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0];
  const jittered = base * (1 + JITTER_SHARE * (2 * random - 1));
  const delay = Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
  return new Date(at.getTime() + Math.round(delay));
}

/** Seconds or an HTTP date (RFC 9110 §10.2.3) to milliseconds from `now`; undefined when unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * SECOND;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
