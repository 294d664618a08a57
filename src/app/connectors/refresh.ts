/**
 * Refreshing an account's credentials once, however many callers need it at the same moment:
 * callers in this process share one promise, and processes share a lease on the account row.
 */
import { ConnectorError, type Connector } from '../../connectors/contract.js';
import {
  findConnectedAccountById,
  listAccountsExpiringBefore,
  takeRefreshLease,
  updateConnectedAccount,
  type ConnectedAccountRow,
} from '../../db/repositories/connected-accounts.js';
import { REFRESH_MARGIN_MS } from '../../core/connections/health.js';
import type { AppContext } from '../context.js';
import { openRecord, sealRecord } from '../secrets/secret-box.js';
import { asConnectorError, recordFailure, sessionOf, updateAccountHealth } from './session.js';

const LEASE_MS = 30_000;
const WAIT_STEP_MS = 100;
const inFlight = new Map<string, Promise<ConnectedAccountRow>>();

/** Fresh credentials for the account; the updated row. */
export function refreshAccount(ctx: AppContext, account: ConnectedAccountRow, connector: Connector): Promise<ConnectedAccountRow> {
  const running = inFlight.get(account.id);
  if (running) return running;
  const refresh = refreshOnce(ctx, account, connector).finally(() => inFlight.delete(account.id));
  inFlight.set(account.id, refresh);
  return refresh;
}

async function refreshOnce(ctx: AppContext, account: ConnectedAccountRow, connector: Connector): Promise<ConnectedAccountRow> {
  if (!connector.refresh) throw new ConnectorError('auth_expired', `${connector.manifest.name} credentials cannot be refreshed; reconnect the account.`);
  const now = ctx.clock.now();
  if (!(await takeRefreshLease(ctx.db, account.id, now, new Date(now.getTime() + LEASE_MS)))) return waitForOtherProcess(ctx, account);
  try {
    const result = await connector.refresh(sessionOf(ctx, account));
    // Networks that do not send a new refresh token expect the old one to be kept.
    const credentials = { ...openRecord(ctx.secrets, account.credentialsSealed), ...result.credentials };
    await updateAccountHealth(ctx, account, {
      credentialsSealed: sealRecord(ctx.secrets, credentials),
      tokenExpiresAt: result.expiresAt,
      status: 'healthy',
      refreshingUntil: null,
      lastOkAt: ctx.clock.now(),
    });
  } catch (error) {
    const failure = asConnectorError(ctx, connector, error);
    // A refresh that failed for a passing reason leaves the credentials as they were.
    await recordFailure(ctx, account, failure);
    await updateConnectedAccount(ctx.db, account.id, { refreshingUntil: null });
    throw failure;
  }
  return (await findConnectedAccountById(ctx.db, account.id)) ?? account;
}

/** Another process holds the lease: wait for it to finish and use what it stored. */
async function waitForOtherProcess(ctx: AppContext, account: ConnectedAccountRow): Promise<ConnectedAccountRow> {
  const deadline = Date.now() + LEASE_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    const current = await findConnectedAccountById(ctx.db, account.id);
    if (!current) throw new ConnectorError('auth_revoked', 'The account was disconnected.');
    if (!current.refreshingUntil || current.refreshingUntil.getTime() < ctx.clock.now().getTime()) {
      if (current.status === 'revoked' || current.status === 'expired') {
        throw new ConnectorError(current.status === 'revoked' ? 'auth_revoked' : 'auth_expired', current.lastError ?? 'The refresh failed.');
      }
      return current;
    }
  }
  throw new ConnectorError('transient', 'Another Chorus process is still refreshing this account; try again shortly.');
}

/**
 * Refreshes every account whose credentials expire within twice the margin, so they are renewed
 * by the job rather than in front of a waiting publish. Returns how many were renewed and failed.
 */
export async function refreshExpiringAccounts(ctx: AppContext): Promise<{ renewed: number; failed: number }> {
  const before = new Date(ctx.clock.now().getTime() + 2 * REFRESH_MARGIN_MS);
  let renewed = 0;
  let failed = 0;
  for (const account of await listAccountsExpiringBefore(ctx.db, before)) {
    const connector = await ctx.networks.connector(account.network).catch(() => undefined);
    if (!connector?.refresh) continue;
    try {
      await refreshAccount(ctx, account, connector);
      renewed += 1;
    } catch {
      // Recorded on the account by refreshAccount; the accounts page shows it.
      failed += 1;
    }
  }
  return { renewed, failed };
}
