import type { AppContext } from '../../app/context.js';
import { accountsDueForMetrics, snapshotAccount } from '../../app/measurement/snapshots.js';
import type { JobEngine } from '../engine.js';
import type { JobHandler } from '../queues.js';

/** Accounts queued by one scheduler run at most; the rest are due on the next minute. */
const SCHEDULE_BATCH = 1_000;

/**
 * Registers newly published posts and new accounts, and queues a snapshot job per account with
 * something due; the singleton key keeps it to one waiting job per account.
 */
export function scheduleMetricsHandler(ctx: AppContext, engine: Pick<JobEngine, 'send'>): JobHandler<'metrics.schedule'> {
  return async () => {
    const { due, registered, skipped } = await accountsDueForMetrics(ctx, SCHEDULE_BATCH);
    let queued = 0;
    for (const accountId of due) if (await engine.send('metrics.snapshot', { accountId }, { singletonKey: accountId })) queued += 1;
    const notMeasured = skipped.map((entry) => `${entry.network} (no ${entry.missing.join(', no ')})`).join('; ');
    return { status: 'done', detail: `${registered} registered, ${due.length} due, ${queued} queued${notMeasured ? `; not measured: ${notMeasured}` : ''}` };
  };
}

/** Measures one account's due posts and the account itself; failures wait in the schedule, not in job retries. */
export function snapshotMetricsHandler(ctx: AppContext): JobHandler<'metrics.snapshot'> {
  return async ({ accountId }) => {
    const result = await snapshotAccount(ctx, accountId);
    if (result.status === 'skipped') return { status: 'done', detail: `skipped: ${result.reason ?? ''}` };
    if (result.failure) return { status: 'done', detail: `failed: ${result.failure.kind}; ${result.posts} posts measured before` };
    return { status: 'done', detail: `${result.posts} posts, ${result.gone} gone, account ${result.account ? 'measured' : 'not due'}` };
  };
}
