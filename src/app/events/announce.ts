/** Tells people and webhooks about something: one in-app notification per recipient and one outbox event. */
import { can, type Action, type WorkspaceRole } from '../../core/access/permissions.js';
import type { EventPayloads } from '../../core/events/types.js';
import type { Database } from '../../db/connection.js';
import { listMembers } from '../../db/repositories/workspaces.js';
import { notifyMembers } from './notifications.js';
import { recordEvent } from './outbox.js';

/** Call it in the transaction of the change it reports, so the event exists exactly when the change does. */
export async function announce<T extends keyof EventPayloads>(
  db: Database,
  event: { workspaceId: string; type: T; payload: EventPayloads[T]; recipients: readonly string[] },
  at: Date,
): Promise<void> {
  const payload: Record<string, unknown> = { ...event.payload };
  if (event.recipients.length > 0) await notifyMembers(db, { workspaceId: event.workspaceId, type: event.type, payload, userIds: event.recipients }, at);
  await recordEvent(db, { workspaceId: event.workspaceId, type: event.type, payload }, at);
}

/** The members whose role has `permission`: who hears about what they could act on. */
export async function membersWhoCan(db: Database, workspaceId: string, permission: Action): Promise<string[]> {
  const members = await listMembers(db, workspaceId);
  return members.filter((member) => can(member.role as WorkspaceRole, permission)).map((member) => member.user.id);
}
