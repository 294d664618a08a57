/**
 * The one way use cases call a network for a connected account: credentials opened and refreshed
 * when they are about to expire, the rate-limit ledger consulted before anything is sent, the
 * network's rate-limit answers recorded, and the account's health updated from the outcome.
 */
import { ConnectorError, type Connector, type ConnectorCall, type Operation, type RateObservation } from '../../connectors/contract.js';
import { needsRefresh } from '../../core/connections/health.js';
import type { ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import type { AppContext } from '../context.js';
import { recordRateLimit, recordRateLimited, spendForCall } from './rate-ledger.js';
import { refreshAccount } from './refresh.js';
import { asConnectorError, recordFailure, recordSuccess, sessionOf } from './session.js';

export interface GatewayCall<T> {
  operation: Operation;
  /** How many units of the operation this is (posts in a thread); 1 by default. */
  units?: number;
  run: (connector: Connector, call: ConnectorCall) => Promise<T>;
}

export async function callNetwork<T>(ctx: AppContext, account: ConnectedAccountRow, request: GatewayCall<T>): Promise<T> {
  const connector = await ctx.networks.connector(account.network);
  let current = account;
  if (connector.refresh && needsRefresh(current.tokenExpiresAt, ctx.clock.now())) current = await refreshAccount(ctx, current, connector);
  try {
    return await attempt(ctx, connector, current, request);
  } catch (error) {
    // An access token the network calls expired gets one refresh and one more try.
    if (!(error instanceof ConnectorError) || error.kind !== 'auth_expired' || !connector.refresh) throw error;
    current = await refreshAccount(ctx, current, connector);
    return attempt(ctx, connector, current, request);
  }
}

async function attempt<T>(ctx: AppContext, connector: Connector, account: ConnectedAccountRow, request: GatewayCall<T>): Promise<T> {
  await spendForCall(ctx.db, connector.manifest, account.id, request.operation, request.units ?? 1, ctx.clock.now());
  const observations: RateObservation[] = [];
  const call: ConnectorCall = { session: sessionOf(ctx, account), observeRateLimit: (observation) => observations.push(observation) };
  try {
    const result = await request.run(connector, call);
    await recordObservations(ctx, account, observations);
    await recordSuccess(ctx, account);
    return result;
  } catch (error) {
    const failure = asConnectorError(ctx, connector, error);
    await recordObservations(ctx, account, observations);
    if (failure.kind === 'rate_limited') await recordRateLimited(ctx.db, account.id, failure.resetAt, ctx.clock.now());
    // An expired token is refreshed by the caller; recording it first would flash "expired".
    if (failure.kind !== 'auth_expired' || !connector.refresh) await recordFailure(ctx, account, failure);
    throw failure;
  }
}

async function recordObservations(ctx: AppContext, account: ConnectedAccountRow, observations: readonly RateObservation[]): Promise<void> {
  for (const observation of observations) await recordRateLimit(ctx.db, account.id, observation, ctx.clock.now());
}
