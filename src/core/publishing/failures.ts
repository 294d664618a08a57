/**
 * What the pipeline does after a publish attempt failed, by failure kind and never by network
 * (STYLE principle 5). The open-source schedulers retry a 429 after a fixed 5 s and retry a 500
 * after a publish call, which posts twice; this table is the answer to both.
 */
import type { FailureKind } from '../connections/vocabulary.js';

/** The first retry after a transient failure; each next one doubles, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 30 * 60_000;
/** Up to this share of a delay is added or taken away at random, so failures together do not return together. */
export const BACKOFF_JITTER_SHARE = 0.2;
/** A little after the network's reset time, so the first request after it is not early by clock skew. */
export const RESET_MARGIN_MS = 1_000;

export interface FailureContext {
  kind: FailureKind;
  message: string;
  /** Attempts made so far, this one included. */
  attempts: number;
  now: Date;
  /** After this a post is no longer sent: it would be too late to be the post that was planned. */
  deadline: Date;
  /** For `rate_limited`: when the network allows the next request. */
  resetAt?: Date | undefined;
  /** In [0, 1): Math.random in production, fixed in tests. */
  random: number;
}

export type NextStep =
  /** Try again at `at` (transient failures, rate limits). */
  | { step: 'retry'; at: Date }
  /** The network may have the post: look for it before anything is sent again. */
  | { step: 'reconcile'; at: Date }
  /** Give up; `reason` is shown to people. `reconnect` says the account needs a person. */
  | { step: 'fail'; reason: string; reconnect: boolean };

/** Exponential backoff with jitter after `attempts` failed attempts. */
export function backoffDelay(attempts: number, random: number): number {
  const base = Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 + BACKOFF_JITTER_SHARE * (2 * random - 1)));
}

/** The next step after a failed attempt. */
export function nextStepAfterFailure(failure: FailureContext): NextStep {
  const { kind, message, now, deadline } = failure;
  const pastDeadline = (at: Date) => at.getTime() > deadline.getTime();
  switch (kind) {
    case 'outcome_unknown':
      // Reconciliation runs even past the deadline: it only looks, and the post may be out there.
      return { step: 'reconcile', at: now };
    case 'transient': {
      const at = new Date(now.getTime() + backoffDelay(failure.attempts, failure.random));
      return pastDeadline(at) ? { step: 'fail', reason: `${message} (gave up after ${failure.attempts} attempts)`, reconnect: false } : { step: 'retry', at };
    }
    case 'rate_limited': {
      const reset = failure.resetAt ?? new Date(now.getTime() + backoffDelay(failure.attempts, failure.random));
      const at = new Date(Math.max(reset.getTime(), now.getTime()) + RESET_MARGIN_MS);
      return pastDeadline(at) ? { step: 'fail', reason: `${message} (the limit resets after the post's deadline)`, reconnect: false } : { step: 'retry', at };
    }
    case 'auth_expired':
    case 'auth_revoked':
      // The gateway already refreshed once and tried again; what is left needs a person.
      return { step: 'fail', reason: message, reconnect: true };
    case 'invalid_content':
      return { step: 'fail', reason: message, reconnect: false };
  }
}

/** What a late post does (per workspace): still go out, or be marked missed and reported. */
export type LatePolicy = { kind: 'send_anyway' } | { kind: 'skip_after'; minutes: number };

/**
 * The instant after which a post is no longer sent, from its scheduled time and the workspace's
 * policy. `send_anyway` still bounds retries, at a day, so a post never goes out a week late.
 */
export function deadlineOf(scheduledAt: Date, policy: LatePolicy): Date {
  const minutes = policy.kind === 'skip_after' ? policy.minutes : 24 * 60;
  return new Date(scheduledAt.getTime() + minutes * 60_000);
}
