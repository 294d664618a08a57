/**
 * Simulated failures. A fault comes from the account's queue (put there by tests or the demo) or,
 * at the account's configured fault rate, from a seeded draw. The sandbox has no HTTP, so each
 * fault is the condition an HTTP network would produce, raised as the failure kind a connector
 * must report for it.
 */
import { ConnectorError } from '../contract.js';
import type { FAULT_KINDS, StoredFault, TrafficRecord } from './records.js';
import { pick, randomFor } from './random.js';

export type SandboxFaultKind = (typeof FAULT_KINDS)[number];
export type Access = 'read' | 'write';

/**
 * A failure to produce on a coming request. `on` picks reads (test connection, metrics, inbox,
 * search) or writes (publish, delete, reply); the default is the next request of either kind.
 * `rate_limited` lasts until `resetAt` (default `retryAfterSeconds`, default 60, from the failing
 * request): every request before then fails with the same reset time.
 */
export interface SandboxFault {
  kind: SandboxFaultKind;
  on?: Access | 'any';
  resetAt?: Date;
  retryAfterSeconds?: number;
}

export function storedFault(fault: SandboxFault): StoredFault {
  return { kind: fault.kind, on: fault.on ?? 'any', resetAt: fault.resetAt?.getTime() ?? null, retryAfterSeconds: fault.retryAfterSeconds ?? null };
}

const DEFAULT_RETRY_AFTER_SECONDS = 60;
/** Random faults are the ones real networks produce on their own. */
const RANDOM_KINDS: readonly [SandboxFaultKind, ...SandboxFaultKind[]] = ['server_error', 'timeout', 'rate_limited', 'drop_response'];
const RANDOM_RETRY_AFTER_SECONDS = 30;

/** Takes the first queued fault meant for this access, or draws one at the fault rate. */
export function takeFault(traffic: TrafficRecord, access: Access, seed: string, faultRate: number): StoredFault | null {
  const index = traffic.faults.findIndex((fault) => fault.on === 'any' || fault.on === access);
  if (index >= 0) return traffic.faults.splice(index, 1)[0] ?? null;
  if (faultRate <= 0) return null;
  const draw = randomFor(seed, 'fault', traffic.total);
  if (draw() >= faultRate) return null;
  return { kind: pick(draw(), RANDOM_KINDS), on: 'any', resetAt: null, retryAfterSeconds: RANDOM_RETRY_AFTER_SECONDS };
}

export function resetTimeOf(fault: StoredFault, now: number): number {
  return fault.resetAt ?? now + (fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000;
}

export function rateLimited(resetAt: number): ConnectorError {
  const reset = new Date(resetAt);
  return new ConnectorError('rate_limited', `The sandbox asks to slow down until ${reset.toISOString()} (simulated rate limit).`, { resetAt: reset, status: 429 });
}

/** The error a fault raises before the request is carried out; null for `drop_response` on a write. */
export function failureBefore(kind: Exclude<SandboxFaultKind, 'rate_limited'>, access: Access): ConnectorError | null {
  switch (kind) {
    case 'server_error':
      return new ConnectorError('transient', 'The sandbox had an internal error (a simulated server failure); trying again later should work.', { status: 503 });
    case 'timeout':
      // A write that timed out may have been carried out as far as the caller can tell.
      return access === 'write'
        ? new ConnectorError('outcome_unknown', 'The sandbox did not answer in time (a simulated timeout); the post may have been published.')
        : new ConnectorError('transient', 'The sandbox did not answer in time (a simulated timeout).');
    case 'drop_response':
      return access === 'write' ? null : new ConnectorError('transient', 'The connection to the sandbox dropped before its answer arrived (simulated).');
    case 'auth_expired':
      return new ConnectorError('auth_expired', 'The sandbox sign-in has expired (simulated); it needs refreshing.', { status: 401 });
    case 'auth_revoked':
      return new ConnectorError('auth_revoked', "The sandbox no longer accepts this account's access (simulated); reconnect the account.", { status: 403 });
    case 'invalid_content':
      return new ConnectorError('invalid_content', 'The sandbox refused the request as invalid (a simulated refusal).', { status: 422 });
  }
}

export const answerLost = (): ConnectorError =>
  new ConnectorError('outcome_unknown', 'The sandbox carried out the request but its answer was lost (simulated); the post may have been published.');
