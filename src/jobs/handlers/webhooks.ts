import { attemptDelivery, dueDeliveryIds } from '../../app/events/delivery.js';
import type { AppContext } from '../../app/context.js';
import type { JobEngine } from '../engine.js';
import type { JobHandler } from '../queues.js';

/** The singleton key makes a delivery's attempt queued once, however often the scheduler sees it due. */
const attemptKey = (deliveryId: string, attempt: string) => `${deliveryId}:${attempt}`;

/** Makes one attempt; after a failure, queues the next one for its time so short delays (5 s) are kept without waiting for the scheduler. */
export function deliverWebhookHandler(ctx: AppContext, engine: Pick<JobEngine, 'send'>): JobHandler<'webhooks.deliver'> {
  return async ({ deliveryId }) => {
    const result = await attemptDelivery(ctx, deliveryId);
    if (result.outcome === 'retry') {
      await engine.send('webhooks.deliver', { deliveryId }, { singletonKey: attemptKey(deliveryId, result.nextAttemptAt.toISOString()), startAfter: result.nextAttemptAt });
    }
    return { status: 'done', detail: result.outcome };
  };
}

/** Every minute: queues an attempt for each due delivery (the safety net behind the jobs queued above). */
export function scheduleWebhooksHandler(ctx: AppContext, engine: Pick<JobEngine, 'send'>): JobHandler<'webhooks.schedule'> {
  return async () => {
    const minute = ctx.clock.now().toISOString().slice(0, 16);
    const ids = await dueDeliveryIds(ctx);
    for (const deliveryId of ids) await engine.send('webhooks.deliver', { deliveryId }, { singletonKey: attemptKey(deliveryId, minute) });
    return { status: 'done', detail: `${ids.length} due` };
  };
}
