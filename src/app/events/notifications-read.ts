/** A signed-in person's own notifications in a workspace: the newest, the unread count, marking read. */
import { countUnreadNotifications, listNotificationsOf, markNotificationsRead as markRead, type NotificationRow } from '../../db/repositories/notifications.js';
import { authorize, requireUser, type Actor } from '../access.js';
import type { AppContext } from '../context.js';

const LIST_LIMIT = 50;

export async function listMyNotifications(ctx: AppContext, actor: Actor, workspaceId: string): Promise<{ items: NotificationRow[]; unread: number }> {
  const { user } = requireUser(actor);
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const [items, unread] = await Promise.all([listNotificationsOf(ctx.db, workspaceId, user.id, LIST_LIMIT), countUnreadNotifications(ctx.db, workspaceId, user.id)]);
  return { items, unread };
}

/** Marks the given notifications (only the caller's own), or all of the caller's, as read. */
export async function markMyNotificationsRead(ctx: AppContext, actor: Actor, workspaceId: string, ids?: readonly string[]): Promise<void> {
  const { user } = requireUser(actor);
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  await markRead(ctx.db, workspaceId, user.id, ctx.clock.now(), ids);
}
