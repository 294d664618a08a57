/** "Add to queue" (P3): the next free slot of the post's first account, then scheduled like any post. */
import { AppError, notFound } from '../../core/errors.js';
import { nextFreeSlot } from '../../core/scheduling/queue-slots.js';
import { findPost, listTargetsOf } from '../../db/repositories/posts.js';
import { findAccountSchedules, listAccountPostTimes } from '../../db/repositories/publishing.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext, RequestMeta } from '../context.js';
import { actOnPost } from './posts.js';
import type { PostView } from './views.js';

/** Slots are looked for this far ahead. */
const QUEUE_WEEKS = 52;

export async function addPostToQueue(ctx: AppContext, actor: Actor, workspaceId: string, postId: string, expectedVersion: number, meta?: RequestMeta): Promise<PostView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const post = await findPost(ctx.db, workspaceId, postId);
  if (!post) throw notFound('Post');
  const [first] = await listTargetsOf(ctx.db, [post.id]);
  if (!first) throw new AppError('validation_failed', 'The post has no account', [{ path: ['targets'], message: 'is empty' }]);
  const slots = (await findAccountSchedules(ctx.db, [first.accountId])).get(first.accountId)?.slots ?? [];
  if (slots.length === 0) throw new AppError('validation_failed', `@${first.accountHandle} has no queue slots; set them in the account's schedule`, [{ path: ['accountId'], message: 'has no queue slots' }]);
  const now = ctx.clock.now();
  const zone = (await findWorkspace(ctx.db, workspaceId))?.timezone ?? 'UTC';
  const taken = (await listAccountPostTimes(ctx.db, [first.accountId], now, new Date(now.getTime() + QUEUE_WEEKS * 7 * 86_400_000))).map((time) => time.at);
  const slot = nextFreeSlot(slots, zone, taken, now, QUEUE_WEEKS);
  if (!slot) throw new AppError('validation_failed', `Every queue slot of @${first.accountHandle} is taken for a year`, [{ path: ['accountId'], message: 'has no free slot' }]);
  return actOnPost(ctx, actor, workspaceId, postId, { action: 'schedule', expectedVersion, scheduledAt: slot.toISOString() }, meta);
}
