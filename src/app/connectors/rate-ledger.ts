/**
 * The rate-limit ledger: before a call goes to a network it spends the call's cost from every
 * budget the manifest declares (per account and per app), and after a network announces a reset
 * (429, or a remaining count of zero) nothing for that scope is sent before the reset time.
 */
import { ConnectorError, type ConnectorManifest, type Operation, type RateObservation } from '../../connectors/contract.js';
import type { Database } from '../../db/connection.js';
import { blockUntil, blockedUntil, spendBudgets, type BudgetCharge } from '../../db/repositories/rate-limits.js';

/** The bucket for a block that applies to everything an account does (a 429 of unknown scope). */
export const WHOLE_ACCOUNT = '*';
/** How long to hold back when a network says "too many" without saying until when. */
const DEFAULT_BACKOFF_MS = 60_000;

export const accountScope = (accountId: string) => `account:${accountId}`;
export const appScope = (network: string) => `app:${network}`;

/** Spends the budgets for `units` of `operation`, or throws `rate_limited` without any request. */
export async function spendForCall(
  db: Database,
  manifest: ConnectorManifest,
  accountId: string,
  operation: Operation,
  units: number,
  now: Date,
): Promise<void> {
  const charges: BudgetCharge[] = manifest.rateBudgets.map((budget) => ({
    scopeKey: budget.scope === 'account' ? accountScope(accountId) : appScope(manifest.id),
    bucket: budget.bucket,
    limit: budget.limit,
    windowSeconds: budget.windowSeconds,
    cost: (budget.cost[operation] ?? 0) * units,
  }));
  const result = await spendBudgets(db, [accountScope(accountId), appScope(manifest.id)], charges, now);
  if (!result.ok) {
    const seconds = Math.max(1, Math.ceil((result.resetAt.getTime() - now.getTime()) / 1000));
    const why = result.blocked ? `${manifest.name} asked Chorus to wait` : `this would exceed ${manifest.name}'s limit (${result.bucket})`;
    throw new ConnectorError('rate_limited', `Not sent: ${why}; it can go out in ${seconds} s.`, { resetAt: result.resetAt });
  }
}

/** Records what a network said about its limits. */
export async function recordRateLimit(db: Database, accountId: string, observation: RateObservation, now: Date): Promise<void> {
  if (observation.remaining <= 0 && observation.resetAt.getTime() > now.getTime()) {
    await blockUntil(db, accountScope(accountId), observation.bucket, observation.resetAt, now);
  }
}

/** After a `rate_limited` failure from the network itself. */
export async function recordRateLimited(db: Database, accountId: string, resetAt: Date | undefined, now: Date): Promise<Date> {
  const until = resetAt && resetAt.getTime() > now.getTime() ? resetAt : new Date(now.getTime() + DEFAULT_BACKOFF_MS);
  await blockUntil(db, accountScope(accountId), WHOLE_ACCOUNT, until, now);
  return until;
}

export function accountBlockedUntil(db: Database, accountId: string, network: string, now: Date): Promise<Date | null> {
  return blockedUntil(db, [accountScope(accountId), appScope(network)], now);
}
