/**
 * Taking metric snapshots (A1): every published target and connected account on a network that
 * reports metrics is measured on its schedule (core/metrics/snapshot-schedule.ts), one account at a
 * time, through the connector gateway, so credentials, the rate-limit ledger and account health
 * work as for every other network call. Networks without metrics are skipped, and say so.
 */
import { ConnectorError } from '../../connectors/contract.js';
import { ACCOUNT_INTERVAL_MS, RETRY_AFTER_FAILURE_MS, nextSnapshotAt } from '../../core/metrics/snapshot-schedule.js';
import { findConnectedAccountById } from '../../db/repositories/connected-accounts.js';
import {
  isAccountSnapshotDue,
  listAccountsDueForMetrics,
  listDueTargets,
  listWorkspaceMeasuredAccounts,
  markWorkspaceDue,
  recordAccountSnapshot,
  recordAccountSnapshotFailure,
  recordPostSnapshotFailure,
  recordPostSnapshots,
  registerAccounts,
  registerPublishedTargets,
  type DueTarget,
} from '../../db/repositories/metrics.js';
import { authorize, type Actor } from '../access.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';

/** Posts asked for in one `postMetrics` call: Bluesky's getPosts takes 25, X's lookup 100. */
export const POSTS_PER_CALL = 25;
/** Posts one job measures at most; the rest stay due and come with the next run. */
export const POSTS_PER_JOB = 200;

export interface MeasuredNetworks {
  posts: string[];
  accounts: string[];
  /** Networks Chorus cannot measure, and which half is missing. */
  skipped: Array<{ network: string; missing: Array<'post_metrics' | 'account_metrics'> }>;
}

export async function measuredNetworks(ctx: AppContext): Promise<MeasuredNetworks> {
  const result: MeasuredNetworks = { posts: [], accounts: [], skipped: [] };
  for (const module of await ctx.networks.modules()) {
    const network = module.manifest.id;
    const connector = await ctx.networks.connector(network);
    if (connector.postMetrics) result.posts.push(network);
    if (connector.accountMetrics) result.accounts.push(network);
    const missing = [...(connector.postMetrics ? [] : ['post_metrics' as const]), ...(connector.accountMetrics ? [] : ['account_metrics' as const])];
    if (missing.length > 0) result.skipped.push({ network, missing });
  }
  return result;
}

/** Registers newly published targets and new accounts, then lists the accounts with something due. */
export async function accountsDueForMetrics(ctx: AppContext, limit: number): Promise<{ due: string[]; registered: number; skipped: MeasuredNetworks['skipped'] }> {
  const networks = await measuredNetworks(ctx);
  const now = ctx.clock.now();
  const registered = (await registerPublishedTargets(ctx.db, networks.posts, now)) + (await registerAccounts(ctx.db, networks.accounts, now));
  return { due: await listAccountsDueForMetrics(ctx.db, now, limit), registered, skipped: networks.skipped };
}

export interface AccountSnapshotResult {
  status: 'measured' | 'skipped' | 'failed';
  reason?: 'no_account' | 'no_metrics';
  /** Post snapshots stored. */
  posts: number;
  /** Posts the network no longer returns (deleted): their measuring ends. */
  gone: number;
  account: boolean;
  failure?: { kind: string; message: string };
}

/** Measures what is due of one account: its due posts in batches, and the account itself once a day. */
export async function snapshotAccount(ctx: AppContext, accountId: string): Promise<AccountSnapshotResult> {
  const result: AccountSnapshotResult = { status: 'measured', posts: 0, gone: 0, account: false };
  const account = await findConnectedAccountById(ctx.db, accountId);
  if (!account) return { ...result, status: 'skipped', reason: 'no_account' };
  const connector = await ctx.networks.connector(account.network).catch(() => undefined);
  const postMetrics = connector?.postMetrics;
  const accountMetrics = connector?.accountMetrics;
  if (!postMetrics && !accountMetrics) return { ...result, status: 'skipped', reason: 'no_metrics' };

  const due = postMetrics ? await listDueTargets(ctx.db, account.id, ctx.clock.now(), POSTS_PER_JOB) : [];
  try {
    for (let start = 0; start < due.length; start += POSTS_PER_CALL) {
      const batch = due.slice(start, start + POSTS_PER_CALL);
      await measurePosts(ctx, account.id, account.workspaceId, batch, result);
    }
    if (accountMetrics && (await isAccountSnapshotDue(ctx.db, account.id, ctx.clock.now()))) {
      const current = (await findConnectedAccountById(ctx.db, account.id)) ?? account;
      const metrics = await callNetwork(ctx, current, { operation: 'metrics', run: (_connector, call) => accountMetrics(call) });
      const takenAt = ctx.clock.now();
      await recordAccountSnapshot(ctx.db, account, metrics, takenAt, new Date(takenAt.getTime() + ACCOUNT_INTERVAL_MS));
      result.account = true;
    }
    return result;
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    // What is left waits for the rate limit's reset, or a while after any other failure; nothing is
    // retried sooner, so a failing network is not hammered by a job every minute.
    const now = ctx.clock.now();
    const next = error.kind === 'rate_limited' && error.resetAt && error.resetAt > now ? error.resetAt : new Date(now.getTime() + RETRY_AFTER_FAILURE_MS);
    const stillDue = new Set((await listDueTargets(ctx.db, account.id, now, POSTS_PER_JOB)).map((target) => target.targetId));
    await recordPostSnapshotFailure(ctx.db, due.filter((target) => stillDue.has(target.targetId)).map((target) => target.targetId), next, `${error.kind}: ${error.message}`);
    if (accountMetrics && (await isAccountSnapshotDue(ctx.db, account.id, now))) await recordAccountSnapshotFailure(ctx.db, account.id, next, `${error.kind}: ${error.message}`);
    return { ...result, status: 'failed', failure: { kind: error.kind, message: error.message } };
  }
}

async function measurePosts(ctx: AppContext, accountId: string, workspaceId: string, batch: readonly DueTarget[], result: AccountSnapshotResult): Promise<void> {
  const account = await findConnectedAccountById(ctx.db, accountId);
  if (!account) return;
  const ids = batch.map((target) => target.externalId);
  // The ledger is charged one unit per post asked for: no connector makes more than one request
  // per post (Mastodon makes exactly one), so the budget can never be overspent, only underused.
  const metrics = await callNetwork(ctx, account, { operation: 'metrics', units: ids.length, run: (connector, call) => (connector.postMetrics ? connector.postMetrics(call, ids) : Promise.resolve([])) });
  const takenAt = ctx.clock.now();
  const byId = new Map(metrics.map((entry) => [entry.externalId, entry]));
  const found = batch.flatMap((target) => {
    const entry = byId.get(target.externalId);
    return entry ? [{ targetId: target.targetId, metrics: entry, next: nextSnapshotAt(target.publishedAt, takenAt) }] : [];
  });
  const gone = batch.filter((target) => !byId.has(target.externalId)).map((target) => target.targetId);
  await recordPostSnapshots(ctx.db, workspaceId, found, takenAt);
  await recordPostSnapshotFailure(ctx.db, gone, null, 'not_found: the network no longer returns this post (deleted)');
  result.posts += found.length;
  result.gone += gone.length;
}

export interface RefreshResult {
  accounts: number;
  posts: number;
  failed: Array<{ accountId: string; kind: string; message: string }>;
  skipped: MeasuredNetworks['skipped'];
}

/**
 * "Refresh metrics": measures every published post (within its 90 days) and account of the
 * workspace now, in the request, so the person sees the new figures when it returns. The ledger
 * still holds the networks' limits: what a limit refuses waits for its reset.
 */
export async function refreshWorkspaceMetrics(ctx: AppContext, actor: Actor, workspaceId: string): Promise<RefreshResult> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const networks = await measuredNetworks(ctx);
  const now = ctx.clock.now();
  await registerPublishedTargets(ctx.db, networks.posts, now, workspaceId);
  await registerAccounts(ctx.db, networks.accounts, now, workspaceId);
  await markWorkspaceDue(ctx.db, workspaceId, now);
  const result: RefreshResult = { accounts: 0, posts: 0, failed: [], skipped: networks.skipped };
  for (const accountId of await listWorkspaceMeasuredAccounts(ctx.db, workspaceId)) {
    const outcome = await snapshotAccount(ctx, accountId);
    result.posts += outcome.posts;
    if (outcome.account) result.accounts += 1;
    if (outcome.failure) result.failed.push({ accountId, ...outcome.failure });
  }
  return result;
}
