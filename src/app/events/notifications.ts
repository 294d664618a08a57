/** In-app notifications: one row per recipient, so each person reads and clears their own. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connection.js';
import { insertNotifications, listMemberIds } from '../../db/repositories/notifications.js';

export interface NotificationInput {
  workspaceId: string;
  type: string;
  payload: Record<string, unknown>;
  /** Who gets it; every member of the workspace when omitted. Ids of non-members are skipped. */
  userIds?: readonly string[];
}

/** Creates one in-app notification per recipient; returns how many were created. */
export async function notifyMembers(db: Database, notification: NotificationInput, at: Date): Promise<number> {
  const recipients = await listMemberIds(db, notification.workspaceId, notification.userIds);
  await insertNotifications(
    db,
    recipients.map((userId) => ({
      id: randomUUID(),
      workspaceId: notification.workspaceId,
      userId,
      type: notification.type,
      payload: notification.payload,
      createdAt: at,
    })),
  );
  return recipients.length;
}
