import type { AppContext } from '../../app/context.js';
import { deleteExpiredOAuthFlows } from '../../db/repositories/oauth-flows.js';
import { deleteExpiredSessions, deleteLoginFailuresBefore } from '../../db/repositories/sessions.js';
import type { JobHandler } from '../queues.js';

const LOGIN_FAILURE_RETENTION_MS = 24 * 3_600_000;
/** Staged media older than this belong to uploads that a crash or a cut connection left behind. */
const STAGED_MEDIA_RETENTION_MS = 24 * 3_600_000;

export function cleanupHandler(ctx: AppContext): JobHandler<'maintenance.cleanup'> {
  return async () => {
    const now = ctx.clock.now();
    await deleteExpiredSessions(ctx.db, now);
    await deleteLoginFailuresBefore(ctx.db, new Date(now.getTime() - LOGIN_FAILURE_RETENTION_MS));
    await deleteExpiredOAuthFlows(ctx.db, now);
    const swept = await ctx.media.sweepStaged(new Date(now.getTime() - STAGED_MEDIA_RETENTION_MS));
    return { status: 'done', detail: `${swept} abandoned media uploads removed` };
  };
}
