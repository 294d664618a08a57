import { refreshExpiringAccounts } from '../../app/connectors/refresh.js';
import type { AppContext } from '../../app/context.js';
import type { JobHandler } from '../queues.js';

export function refreshExpiringHandler(ctx: AppContext): JobHandler<'connections.refresh'> {
  return async () => {
    const { renewed, failed } = await refreshExpiringAccounts(ctx);
    return { status: 'done', detail: `${renewed} renewed, ${failed} failed` };
  };
}
