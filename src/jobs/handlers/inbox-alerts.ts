import { raiseResponseAlerts, refreshWaitingPriorities } from '../../app/inbox/alerts.js';
import type { AppContext } from '../../app/context.js';
import type { JobHandler } from '../queues.js';

/** Priorities first, so that an alert and the list it points to agree on what waits longest. */
export function inboxAlertsHandler(ctx: AppContext): JobHandler<'inbox.alerts'> {
  return async () => {
    const reprioritized = await refreshWaitingPriorities(ctx);
    const alerted = await raiseResponseAlerts(ctx);
    return { status: 'done', detail: `${alerted} alerted, ${reprioritized} re-prioritized` };
  };
}
