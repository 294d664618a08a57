import type { AppContext } from '../../app/context.js';
import { sendInventoryDigests } from '../../app/strategy/digest.js';
import type { JobHandler } from '../queues.js';

export function inventoryDigestHandler(ctx: AppContext): JobHandler<'inventory.digest'> {
  return async () => {
    const sent = await sendInventoryDigests(ctx);
    return { status: 'done', detail: `${sent} digest(s) sent` };
  };
}
