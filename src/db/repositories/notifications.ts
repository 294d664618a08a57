/** In-app notifications, one row per person. */
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { memberships, notifications } from '../schema.js';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotifications(db: Database, rows: Array<typeof notifications.$inferInsert>): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

/** Members of the workspace, optionally only those among `userIds` (so a former member gets nothing). */
export async function listMemberIds(db: Database, workspaceId: string, userIds?: readonly string[]): Promise<string[]> {
  if (userIds && userIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), userIds ? inArray(memberships.userId, [...userIds]) : undefined));
  return rows.map((row) => row.userId);
}

export async function listNotificationsOf(db: Database, workspaceId: string, userId: string, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnreadNotifications(db: Database, workspaceId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks the person's unread notifications read: the given ones, or all of them. */
export async function markNotificationsRead(db: Database, workspaceId: string, userId: string, at: Date, ids?: readonly string[]): Promise<void> {
  if (ids && ids.length === 0) return;
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.workspaceId, workspaceId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    );
}
