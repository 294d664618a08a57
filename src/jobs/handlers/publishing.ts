import type { AppContext } from '../../app/context.js';
import { publishTargets, type NetworkSlots } from '../../app/publishing/pipeline.js';
import type { BatchHandler } from '../queues.js';

/**
 * Outcomes are kept on the targets; the jobs themselves are done whatever happened to the posts.
 * A batch is claimed in one statement and its published posts are recorded together; the slots
 * bound the network requests in flight across all of this process's batches.
 */
export function publishHandler(ctx: AppContext, settings: { claimMs: number; slots: NetworkSlots }): BatchHandler<'publishing.publish'> {
  return async (payloads) => {
    await publishTargets(
      ctx,
      payloads.map(({ targetId }) => targetId),
      { claimMs: settings.claimMs, slots: settings.slots },
    );
  };
}

/** At most `size` requests at once; the others wait their turn, first come first served. */
export function networkSlots(size: number): NetworkSlots {
  let free = size;
  const waiting: Array<() => void> = [];
  return async (request) => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await request();
    } finally {
      // A waiting request takes the slot over directly, so nobody can jump the queue in between.
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
