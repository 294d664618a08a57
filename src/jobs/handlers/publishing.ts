import type { AppContext } from '../../app/context.js';
import { publishTarget } from '../../app/publishing/pipeline.js';
import type { JobHandler } from '../queues.js';

/** Outcomes are kept on the target; the job itself is done whatever happened to the post. */
export function publishHandler(ctx: AppContext, settings: { claimMs: number }): JobHandler<'publishing.publish'> {
  return async ({ targetId }) => ({ status: 'done', detail: await publishTarget(ctx, targetId, { claimMs: settings.claimMs }) });
}
