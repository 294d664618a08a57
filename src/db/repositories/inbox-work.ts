/**
 * Writing what the team does in the inbox: status and assignment, notes, saved replies, settings,
 * replies and their outbound items, and the response-time columns those keep up to date. Every
 * change sets `updated_at`, which live updates follow.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BusinessHours, ConversationStatus, PriorityReason } from '../../core/inbox/types.js';
import type { Database } from '../connection.js';
import { inboxConversations, inboxItems, inboxNotes, inboxReplies, inboxSettings, savedReplies } from '../schema.js';
import { refreshConversationAggregates } from './inbox-ingest.js';
import type { SavedReplyRow } from './inbox-queries.js';

export interface ConversationChanges {
  status?: ConversationStatus | undefined;
  /** A user id, or null to unassign. */
  assigneeId?: string | null | undefined;
}

/**
 * Changes the conversations of the workspace among `ids`; returns the ids changed. Closing sets
 * `resolved_at` (kept when it was closed already); any other status clears it.
 */
export async function updateConversations(db: Database, workspaceId: string, ids: readonly string[], changes: ConversationChanges, at: Date): Promise<string[]> {
  const c = inboxConversations;
  const resolvedAt =
    changes.status === undefined ? undefined : changes.status === 'closed' ? sql`case when ${c.status} = 'closed' then ${c.resolvedAt} else ${at.toISOString()}::timestamptz end` : null;
  const rows = await db
    .update(c)
    .set({
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(resolvedAt !== undefined ? { resolvedAt } : {}),
      ...(changes.assigneeId !== undefined ? { assigneeId: changes.assigneeId } : {}),
      updatedAt: at,
    })
    .where(and(eq(c.workspaceId, workspaceId), inArray(c.id, [...ids])))
    .returning({ id: c.id });
  return rows.map((row) => row.id);
}

export async function insertNote(db: Database, note: typeof inboxNotes.$inferInsert): Promise<typeof inboxNotes.$inferSelect> {
  const [row] = await db.insert(inboxNotes).values(note).returning();
  if (!row) throw new Error('insert into inbox_notes returned no row');
  await touchConversation(db, note.conversationId, note.createdAt ?? new Date());
  return row;
}

/** Null when the workspace already has a saved reply with that title. */
export async function insertSavedReply(db: Database, reply: typeof savedReplies.$inferInsert): Promise<SavedReplyRow | null> {
  const [row] = await db.insert(savedReplies).values(reply).onConflictDoNothing().returning();
  return row ?? null;
}

export async function deleteSavedReply(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(savedReplies)
    .where(and(eq(savedReplies.workspaceId, workspaceId), eq(savedReplies.id, id)))
    .returning({ id: savedReplies.id });
  return rows.length > 0;
}

export async function saveInboxSettings(
  db: Database,
  workspaceId: string,
  settings: { businessHours: BusinessHours | null; responseTargetMinutes: number | null },
  at: Date,
): Promise<void> {
  await db
    .insert(inboxSettings)
    .values({ workspaceId, ...settings, updatedAt: at })
    .onConflictDoUpdate({ target: inboxSettings.workspaceId, set: { ...settings, updatedAt: at } });
}

export type NewInboxReply = typeof inboxReplies.$inferInsert;

/** Inserts the reply unless its idempotency key exists; null when it did. */
export async function insertReplyOnce(db: Database, reply: NewInboxReply): Promise<typeof inboxReplies.$inferSelect | null> {
  const [row] = await db.insert(inboxReplies).values(reply).onConflictDoNothing({ target: inboxReplies.idempotencyKey }).returning();
  return row ?? null;
}

/** Marks a send attempt as started; false when another attempt is under way or the reply was sent. */
export async function startReplyAttempt(db: Database, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(inboxReplies)
    .set({ status: 'sending', attempts: sql`${inboxReplies.attempts} + 1`, failureKind: null, failureMessage: null })
    .where(and(eq(inboxReplies.id, id), sql`(${inboxReplies.status} in ('failed', 'needs_check') or (${inboxReplies.status} = 'sending' and ${inboxReplies.attempts} = 0))`))
    .returning({ id: inboxReplies.id });
  if (rows.length > 0) {
    const [reply] = await db.select({ conversationId: inboxReplies.conversationId }).from(inboxReplies).where(eq(inboxReplies.id, id));
    if (reply) await touchConversation(db, reply.conversationId, at);
  }
  return rows.length > 0;
}

export async function recordReplyFailure(
  db: Database,
  reply: { id: string; conversationId: string },
  failure: { status: 'failed' | 'needs_check'; kind: string; message: string },
  at: Date,
): Promise<void> {
  await db
    .update(inboxReplies)
    .set({ status: failure.status, failureKind: failure.kind, failureMessage: failure.message })
    .where(eq(inboxReplies.id, reply.id));
  await touchConversation(db, reply.conversationId, at);
}

export type NewInboxItem = typeof inboxItems.$inferInsert;

/**
 * The network took the reply: its outbound item joins the thread, the reply is sent, and the
 * conversation is answered (first response recorded once; the wait, its alert and the priority
 * recomputed from the items).
 */
export async function recordReplySent(
  db: Database,
  reply: { id: string; conversationId: string },
  item: NewInboxItem & { occurredAt: Date },
  responderId: string | null,
  at: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(inboxItems).values(item).onConflictDoNothing().returning({ id: inboxItems.id });
    // Polling may have read the account's own reply first; the reply then points at that item.
    const [existing] = inserted
      ? [inserted]
      : await tx
          .select({ id: inboxItems.id })
          .from(inboxItems)
          .where(and(eq(inboxItems.accountId, item.accountId), eq(inboxItems.externalId, item.externalId)));
    if (!existing) throw new Error('the outbound item was neither inserted nor found');
    await tx.update(inboxReplies).set({ status: 'sent', itemId: existing.id, sentAt: at, failureKind: null, failureMessage: null }).where(eq(inboxReplies.id, reply.id));
    const c = inboxConversations;
    await tx
      .update(c)
      .set({
        firstResponseBy: sql`case when ${c.firstResponseAt} is null then ${responderId}::uuid else ${c.firstResponseBy} end`,
        firstResponseAt: sql`coalesce(${c.firstResponseAt}, ${at.toISOString()}::timestamptz)`,
      })
      .where(eq(c.id, reply.conversationId));
    // Counts, the wait (only items after this reply still wait) and the priority, as ingestion keeps them.
    await refreshConversationAggregates(tx, [reply.conversationId], at);
    return existing.id;
  });
}

export async function markAlerted(db: Database, conversationId: string, at: Date): Promise<void> {
  await db.update(inboxConversations).set({ alertedAt: at, updatedAt: at }).where(eq(inboxConversations.id, conversationId));
}

/** New priorities of items; their conversations' priorities are recomputed by the caller. */
export async function updateItemPriorities(db: Database, changes: readonly { id: string; priority: number; reasons: PriorityReason[] }[]): Promise<void> {
  for (const change of changes) await db.update(inboxItems).set({ priority: change.priority, priorityReasons: change.reasons }).where(eq(inboxItems.id, change.id));
}

/** Marks the conversation changed, so that live views fetch it again. */
async function touchConversation(db: Database, conversationId: string, at: Date): Promise<void> {
  await db.update(inboxConversations).set({ updatedAt: at }).where(eq(inboxConversations.id, conversationId));
}
