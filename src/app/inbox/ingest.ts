/**
 * Inbox ingestion (E1): polling one connected account for new comments, mentions and messages
 * through the gateway (ledger, refresh, health), page by page from its stored cursor; threading,
 * analysis and storage; edits and deletions where the connector can see them; and the account's
 * next poll, backing off after failures and waiting out rate limits.
 */
import { ConnectorError, type Connector } from '../../connectors/contract.js';
import { needsRefresh } from '../../core/connections/health.js';
import { findConnectedAccountById, listConnectedAccounts, type ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import { conversationsOfItems, readCursor, recordPollOutcome, storeInboundPage } from '../../db/repositories/inbox-ingest.js';
import { authorize, type Actor } from '../access.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';
import { parentsToLookUp, prepareItems } from './ingest-items.js';
import { reflectNetworkChanges } from './ingest-refresh.js';
import { DEFAULT_POLL_SECONDS, nextPollAfterFailure, nextPollAfterSuccess } from './ingest-schedule.js';

export { DEFAULT_POLL_SECONDS } from './ingest-schedule.js';

/** Pages read in one poll at most; the rest comes with the next poll, so one busy account cannot hold a worker. */
export const MAX_PAGES_PER_POLL = 20;

export interface PollOptions {
  /** Seconds between polls (CHORUS_INBOX_POLL_SECONDS). */
  intervalSeconds?: number;
  /** Poll even when the next poll has not come yet (someone asked for it); the ledger still holds rate limits. */
  force?: boolean;
  maxPages?: number;
}

export interface PollResult {
  status: 'polled' | 'failed' | 'skipped';
  /** Why nothing was done, for `skipped`. */
  reason?: 'no_account' | 'no_inbound' | 'not_due';
  pages: number;
  fetched: number;
  stored: number;
  edited: number;
  deleted: number;
  /** When the account is due again; null when it is not polled at all. */
  nextPollAt: Date | null;
  failure?: { kind: string; message: string };
}

const emptyResult = (status: PollResult['status'], reason: PollResult['reason'], nextPollAt: Date | null): PollResult => ({
  status,
  ...(reason ? { reason } : {}),
  pages: 0,
  fetched: 0,
  stored: 0,
  edited: 0,
  deleted: 0,
  nextPollAt,
});

export async function pollAccount(ctx: AppContext, accountId: string, options: PollOptions = {}): Promise<PollResult> {
  const account = await findConnectedAccountById(ctx.db, accountId);
  if (!account) return emptyResult('skipped', 'no_account', null);
  const connector = await ctx.networks.connector(account.network).catch(() => undefined);
  if (!connector?.fetchInbound) return emptyResult('skipped', 'no_inbound', null);
  const cursorRow = await readCursor(ctx.db, account.id);
  const now = ctx.clock.now();
  const due = !cursorRow || cursorRow.nextPollAt.getTime() <= now.getTime();
  // A forced poll may come early; inside a rate limit the ledger refuses it without a request.
  if (!due && !options.force) return emptyResult('skipped', 'not_due', cursorRow?.nextPollAt ?? null);

  const intervalSeconds = options.intervalSeconds ?? DEFAULT_POLL_SECONDS;
  const result = emptyResult('polled', undefined, null);
  try {
    const maxPages = options.maxPages ?? MAX_PAGES_PER_POLL;
    await readPages(ctx, account, connector, cursorRow?.cursor ?? null, maxPages, result);
    Object.assign(result, await reflectNetworkChanges(ctx, await current(ctx, account), connector));
    // Stopped at the page limit with more waiting: the next poll comes at once, not after the interval.
    result.nextPollAt = result.pages >= maxPages ? ctx.clock.now() : nextPollAfterSuccess(ctx.clock.now(), intervalSeconds);
    await recordPollOutcome(ctx.db, account.id, { ok: true, nextPollAt: result.nextPollAt }, ctx.clock.now());
    return result;
  } catch (error) {
    const failure = asFailure(ctx, account, error);
    const failedAt = ctx.clock.now();
    const nextPollAt = nextPollAfterFailure(failedAt, intervalSeconds, (cursorRow?.consecutiveFailures ?? 0) + 1, failure);
    await recordPollOutcome(ctx.db, account.id, { ok: false, nextPollAt, error: failure.message }, failedAt);
    return { ...result, status: 'failed', nextPollAt, failure: { kind: failure.kind, message: failure.message } };
  }
}

async function readPages(ctx: AppContext, start: ConnectedAccountRow, connector: Connector, cursor: string | null, maxPages: number, result: PollResult): Promise<void> {
  const fetchInbound = connector.fetchInbound;
  if (!fetchInbound) return;
  let account = start;
  let position = cursor;
  const scope = { workspaceId: account.workspaceId, accountId: account.id, network: account.network };
  while (result.pages < maxPages) {
    account = await current(ctx, account);
    const from = position;
    const page = await callNetwork(ctx, account, { operation: 'inbound', run: (_connector, call) => fetchInbound(call, from) });
    // The gateway records health on the row it was given; a fresh row spares it a write per page.
    if (result.pages === 0) account = (await findConnectedAccountById(ctx.db, account.id)) ?? account;
    result.pages += 1;
    const now = ctx.clock.now();
    const known = await conversationsOfItems(ctx.db, account.id, parentsToLookUp(page.items));
    const items = prepareItems(page.items, account.externalId, known, now);
    position = page.cursor ?? position;
    const { inserted } = await storeInboundPage(ctx.db, scope, items, position, now);
    result.fetched += page.items.length;
    result.stored += inserted;
    if (page.items.length === 0 || page.cursor === null || page.cursor === from) return;
  }
}

/** The gateway refreshes credentials on the row it is given; after a refresh, the next call needs the new row. */
async function current(ctx: AppContext, account: ConnectedAccountRow): Promise<ConnectedAccountRow> {
  if (!needsRefresh(account.tokenExpiresAt, ctx.clock.now())) return account;
  return (await findConnectedAccountById(ctx.db, account.id)) ?? account;
}

function asFailure(ctx: AppContext, account: ConnectedAccountRow, error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  ctx.logger.error({ err: error, accountId: account.id }, 'inbox poll failed');
  return new ConnectorError('transient', 'Chorus could not store what the network sent; it will try again.', { cause: error });
}

/** Concurrent polls when someone asks for all accounts at once; enough to overlap network waits. */
const MANUAL_POLL_CONCURRENCY = 4;

/**
 * "Check for new messages now": polls every account of the workspace that can be polled, without
 * waiting for their schedule (rate limits still hold). Returns how many accounts were polled.
 */
export async function pollWorkspaceNow(ctx: AppContext, actor: Actor, workspaceId: string, options: Omit<PollOptions, 'force'> = {}): Promise<{ accounts: number }> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const queue = (await listConnectedAccounts(ctx.db, workspaceId)).filter((account) => account.status !== 'revoked');
  let accounts = 0;
  const worker = async () => {
    for (let account = queue.shift(); account; account = queue.shift()) {
      const result = await pollAccount(ctx, account.id, { ...options, force: true });
      if (result.status !== 'skipped') accounts += 1;
    }
  };
  await Promise.all(Array.from({ length: MANUAL_POLL_CONCURRENCY }, worker));
  return { accounts };
}
