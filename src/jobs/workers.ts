import type { AppContext } from '../app/context.js';
import { DEFAULT_POLL_SECONDS } from '../app/inbox/ingest.js';
import type { JobEngine } from './engine.js';
import { refreshExpiringHandler } from './handlers/connections.js';
import { pollInboxHandler, scheduleInboxPollsHandler } from './handlers/inbox.js';
import { inboxAlertsHandler } from './handlers/inbox-alerts.js';
import { inventoryDigestHandler } from './handlers/inventory.js';
import { cleanupHandler } from './handlers/maintenance.js';
import { scheduleMetricsHandler, snapshotMetricsHandler } from './handlers/metrics.js';
import { networkSlots, publishHandler } from './handlers/publishing.js';
import { reportScheduleHandler } from './handlers/reports.js';
import { DEFAULT_CLAIM_MS } from '../app/publishing/pipeline.js';
import { deliverWebhookHandler, scheduleWebhooksHandler } from './handlers/webhooks.js';

/** Network requests of publish attempts one worker process has in flight at once. */
export const PUBLISH_CONCURRENCY = 16;
/**
 * Publish jobs are fetched and claimed in batches (one statement per batch), and several batches
 * are held at once so that the next ones are claimed while the network answers the current ones:
 * the slots stay busy instead of waiting on the database between posts.
 */
const PUBLISH_BATCH = 16;
const PUBLISH_BATCHES_AT_ONCE = 4;

export interface WorkerSettings {
  inboxPollSeconds: number;
  /** How long one publish attempt may hold its target before another worker takes it over. */
  publishClaimSeconds: number;
}

const DEFAULT_WORKER_SETTINGS: WorkerSettings = { inboxPollSeconds: DEFAULT_POLL_SECONDS, publishClaimSeconds: DEFAULT_CLAIM_MS / 1000 };

/** Attaches every queue's handler; called in processes with the worker role. */
export async function registerWorkers(engine: JobEngine, ctx: AppContext, settings: WorkerSettings = DEFAULT_WORKER_SETTINGS): Promise<void> {
  await engine.work('maintenance.cleanup', cleanupHandler(ctx));
  await engine.work('connections.refresh', refreshExpiringHandler(ctx));
  await engine.work('inbox.schedule', scheduleInboxPollsHandler(ctx, engine));
  await engine.work('inbox.poll', pollInboxHandler(ctx, engine, { pollSeconds: settings.inboxPollSeconds }));
  await engine.work('webhooks.deliver', deliverWebhookHandler(ctx, engine), { batchSize: 8 });
  await engine.work('webhooks.schedule', scheduleWebhooksHandler(ctx, engine));
  await engine.work('inbox.alerts', inboxAlertsHandler(ctx));
  await engine.work('inventory.digest', inventoryDigestHandler(ctx));
  await engine.work('metrics.schedule', scheduleMetricsHandler(ctx, engine));
  await engine.work('metrics.snapshot', snapshotMetricsHandler(ctx), { concurrency: 4 });
  await engine.work('reports.schedule', reportScheduleHandler(ctx));
  // Publishing waits on the networks, not the CPU: many attempts at once keep posts on their minute.
  await engine.workBatches('publishing.publish', publishHandler(ctx, { claimMs: settings.publishClaimSeconds * 1000, slots: networkSlots(PUBLISH_CONCURRENCY) }), {
    batchSize: PUBLISH_BATCH,
    concurrency: PUBLISH_BATCHES_AT_ONCE,
  });
}
