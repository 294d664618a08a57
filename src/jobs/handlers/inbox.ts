import type { AppContext } from '../../app/context.js';
import { pollAccount } from '../../app/inbox/ingest.js';
import { listAccountsDueForPoll } from '../../db/repositories/inbox-ingest.js';
import type { JobEngine } from '../engine.js';
import type { JobHandler } from '../queues.js';

export interface InboxJobSettings {
  /** CHORUS_INBOX_POLL_SECONDS. */
  pollSeconds: number;
}

/** Accounts queued by one scheduler run at most; the rest are due on the next minute. */
const SCHEDULE_BATCH = 1_000;

async function pollableNetworks(ctx: AppContext): Promise<string[]> {
  const networks: string[] = [];
  for (const module of await ctx.networks.modules()) {
    const connector = await ctx.networks.connector(module.manifest.id);
    if (connector.fetchInbound) networks.push(module.manifest.id);
  }
  return networks;
}

/** Queues a poll for every account that is due; the singleton key keeps it to one per account. */
export function scheduleInboxPollsHandler(ctx: AppContext, engine: Pick<JobEngine, 'send'>): JobHandler<'inbox.schedule'> {
  return async () => {
    const due = await listAccountsDueForPoll(ctx.db, await pollableNetworks(ctx), ctx.clock.now(), SCHEDULE_BATCH);
    let queued = 0;
    for (const accountId of due) if (await engine.send('inbox.poll', { accountId }, { singletonKey: accountId })) queued += 1;
    return { status: 'done', detail: `${due.length} due, ${queued} queued` };
  };
}

/**
 * Polls the account, then queues its next poll for the time the poll set (the interval, a
 * back-off or a rate limit's reset), so polling keeps its own rhythm between scheduler runs.
 */
export function pollInboxHandler(ctx: AppContext, engine: Pick<JobEngine, 'send'>, settings: InboxJobSettings): JobHandler<'inbox.poll'> {
  return async ({ accountId }) => {
    const result = await pollAccount(ctx, accountId, { intervalSeconds: settings.pollSeconds });
    if (result.nextPollAt) await engine.send('inbox.poll', { accountId }, { singletonKey: accountId, startAfter: result.nextPollAt });
    const detail = result.status === 'failed' ? `failed: ${result.failure?.kind ?? 'unknown'}` : result.status === 'skipped' ? `skipped: ${result.reason ?? ''}` : `${result.stored} new`;
    return { status: 'done', detail };
  };
}
