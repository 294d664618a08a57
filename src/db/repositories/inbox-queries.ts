/**
 * Reading the inbox: the conversation list (filters, keyset paging in priority order), one
 * conversation with everything the view shows, changes for live updates, and the rows the
 * response-time report and alerts work from. Every query is scoped by workspace.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ConversationStatus, Sentiment } from '../../core/inbox/types.js';
import type { Database } from '../connection.js';
import { connectedAccounts, inboxConversations, inboxItems, inboxNotes, inboxReplies, inboxSettings, savedReplies, strategyVersions, users } from '../schema.js';

export type ConversationRow = typeof inboxConversations.$inferSelect;
export type InboxItemRow = typeof inboxItems.$inferSelect & { sentByName: string | null };
export type InboxReplyRow = typeof inboxReplies.$inferSelect & { authorName: string | null };
export type InboxNoteRow = typeof inboxNotes.$inferSelect & { authorName: string | null };

/** The list's row: the conversation, its account, its assignee and the latest inbound text. */
export type ConversationSummaryRow = ConversationRow & {
  accountHandle: string;
  assigneeName: string | null;
  preview: string;
};

const PREVIEW_CHARACTERS = 160;

const summaryColumns = {
  conversation: inboxConversations,
  accountHandle: connectedAccounts.handle,
  assigneeName: users.name,
  // Correlated, so PostgreSQL evaluates it only for the rows that survive the LIMIT.
  preview: sql<string | null>`(
    select left(${inboxItems.text}, ${sql.raw(String(PREVIEW_CHARACTERS))}) from ${inboxItems}
    where ${inboxItems.conversationId} = ${inboxConversations.id} and ${inboxItems.direction} = 'inbound'
    order by ${inboxItems.occurredAt} desc limit 1)`,
};

interface SummarySelection {
  conversation: ConversationRow;
  accountHandle: string;
  assigneeName: string | null;
  preview: string | null;
}

const toSummary = (row: SummarySelection): ConversationSummaryRow => ({
  ...row.conversation,
  accountHandle: row.accountHandle,
  assigneeName: row.assigneeName,
  preview: row.preview ?? '',
});

function selectSummaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(inboxConversations)
    .innerJoin(connectedAccounts, eq(connectedAccounts.id, inboxConversations.accountId))
    .leftJoin(users, eq(users.id, inboxConversations.assigneeId));
}

/** Where the previous page ended, in list order. */
export interface ListPosition {
  priority: number;
  lastItemAt: Date | null;
  id: string;
}

export interface ConversationFilter {
  status?: ConversationStatus | undefined;
  network?: string | undefined;
  accountId?: string | undefined;
  /** A user id, or null for unassigned. */
  assigneeId?: string | null | undefined;
  sentiment?: Sentiment | undefined;
  language?: string | undefined;
  minPriority?: number | undefined;
  unanswered?: boolean | undefined;
}

/**
 * Rows after `position` in the order priority DESC, last_item_at DESC (nulls first, as the index
 * keeps them), id DESC. Written as a row comparison so PostgreSQL can start the index scan there.
 */
function after(position: ListPosition): SQL {
  const c = inboxConversations;
  if (position.lastItemAt === null) {
    return or(
      lt(c.priority, position.priority),
      and(eq(c.priority, position.priority), isNotNull(c.lastItemAt)),
      and(eq(c.priority, position.priority), isNull(c.lastItemAt), lt(c.id, position.id)),
    ) as SQL;
  }
  return sql`(${c.priority}, ${c.lastItemAt}, ${c.id}) < (${position.priority}, ${position.lastItemAt.toISOString()}::timestamptz, ${position.id}::uuid)`;
}

function filterConditions(workspaceId: string, filter: ConversationFilter): SQL[] {
  const c = inboxConversations;
  const conditions: (SQL | undefined)[] = [
    eq(c.workspaceId, workspaceId),
    filter.status ? eq(c.status, filter.status) : undefined,
    filter.network ? eq(c.network, filter.network) : undefined,
    filter.accountId ? eq(c.accountId, filter.accountId) : undefined,
    filter.assigneeId === null ? isNull(c.assigneeId) : filter.assigneeId ? eq(c.assigneeId, filter.assigneeId) : undefined,
    filter.sentiment ? eq(c.sentiment, filter.sentiment) : undefined,
    filter.language ? eq(c.language, filter.language) : undefined,
    filter.minPriority !== undefined ? gte(c.priority, filter.minPriority) : undefined,
    filter.unanswered === true ? isNotNull(c.waitingSince) : filter.unanswered === false ? isNull(c.waitingSince) : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

export async function listConversationSummaries(
  db: Database,
  workspaceId: string,
  filter: ConversationFilter,
  page: { limit: number; after?: ListPosition | undefined },
): Promise<ConversationSummaryRow[]> {
  const c = inboxConversations;
  const conditions = filterConditions(workspaceId, filter);
  if (page.after) conditions.push(after(page.after));
  const rows = await selectSummaries(db)
    .where(and(...conditions))
    .orderBy(desc(c.priority), desc(c.lastItemAt), desc(c.id))
    .limit(page.limit);
  return rows.map(toSummary);
}

export async function findConversationSummary(db: Database, workspaceId: string, id: string): Promise<ConversationSummaryRow | undefined> {
  const [row] = await selectSummaries(db).where(and(eq(inboxConversations.workspaceId, workspaceId), eq(inboxConversations.id, id)));
  return row ? toSummary(row) : undefined;
}

/** Conversations changed at or after `since`, oldest change first (live updates). */
export async function listChangedConversations(db: Database, workspaceId: string, since: Date, limit: number): Promise<ConversationSummaryRow[]> {
  const c = inboxConversations;
  const rows = await selectSummaries(db)
    .where(and(eq(c.workspaceId, workspaceId), gte(c.updatedAt, since)))
    .orderBy(asc(c.updatedAt), asc(c.id))
    .limit(limit);
  return rows.map(toSummary);
}

/** The latest change in the workspace's inbox, where a live stream starts. */
export async function latestConversationChange(db: Database, workspaceId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: inboxConversations.updatedAt })
    .from(inboxConversations)
    .where(eq(inboxConversations.workspaceId, workspaceId))
    .orderBy(desc(inboxConversations.updatedAt))
    .limit(1);
  return row?.at ?? null;
}

export async function findConversation(db: Database, workspaceId: string, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(inboxConversations)
    .where(and(eq(inboxConversations.workspaceId, workspaceId), eq(inboxConversations.id, id)));
  return row;
}

/** The conversation's ids among `ids` that belong to the workspace. */
export async function conversationIdsIn(db: Database, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .select({ id: inboxConversations.id })
    .from(inboxConversations)
    .where(and(eq(inboxConversations.workspaceId, workspaceId), inArray(inboxConversations.id, [...ids])));
  return rows.map((row) => row.id);
}

export async function listConversationItems(db: Database, conversationId: string): Promise<InboxItemRow[]> {
  const rows = await db
    .select({ item: inboxItems, sentByName: users.name })
    .from(inboxItems)
    .leftJoin(users, eq(users.id, inboxItems.sentBy))
    .where(eq(inboxItems.conversationId, conversationId))
    .orderBy(asc(inboxItems.occurredAt), asc(inboxItems.id));
  return rows.map((row) => ({ ...row.item, sentByName: row.sentByName }));
}

export async function findItem(db: Database, workspaceId: string, id: string): Promise<typeof inboxItems.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(inboxItems)
    .where(and(eq(inboxItems.workspaceId, workspaceId), eq(inboxItems.id, id)));
  return row;
}

const replyColumns = { reply: inboxReplies, authorName: users.name };
const withReplyAuthor = (row: { reply: typeof inboxReplies.$inferSelect; authorName: string | null }): InboxReplyRow => ({
  ...row.reply,
  authorName: row.authorName,
});

export async function listConversationReplies(db: Database, conversationId: string): Promise<InboxReplyRow[]> {
  const rows = await db
    .select(replyColumns)
    .from(inboxReplies)
    .leftJoin(users, eq(users.id, inboxReplies.authorId))
    .where(eq(inboxReplies.conversationId, conversationId))
    .orderBy(asc(inboxReplies.createdAt), asc(inboxReplies.id));
  return rows.map(withReplyAuthor);
}

export async function findReply(db: Database, workspaceId: string, id: string): Promise<InboxReplyRow | undefined> {
  const [row] = await db
    .select(replyColumns)
    .from(inboxReplies)
    .leftJoin(users, eq(users.id, inboxReplies.authorId))
    .where(and(eq(inboxReplies.workspaceId, workspaceId), eq(inboxReplies.id, id)));
  return row ? withReplyAuthor(row) : undefined;
}

/** Keys are unique across workspaces, so this looks in all of them; the caller checks the workspace. */
export async function findReplyByKey(db: Database, idempotencyKey: string): Promise<InboxReplyRow | undefined> {
  const [row] = await db
    .select(replyColumns)
    .from(inboxReplies)
    .leftJoin(users, eq(users.id, inboxReplies.authorId))
    .where(eq(inboxReplies.idempotencyKey, idempotencyKey));
  return row ? withReplyAuthor(row) : undefined;
}

export async function listConversationNotes(db: Database, conversationId: string): Promise<InboxNoteRow[]> {
  const rows = await db
    .select({ note: inboxNotes, authorName: users.name })
    .from(inboxNotes)
    .leftJoin(users, eq(users.id, inboxNotes.authorId))
    .where(eq(inboxNotes.conversationId, conversationId))
    .orderBy(asc(inboxNotes.createdAt), asc(inboxNotes.id));
  return rows.map((row) => ({ ...row.note, authorName: row.authorName }));
}

/**
 * The contact's other conversations on the same account's network, newest first. Found through
 * the items' author index, since a conversation records only its latest contact.
 */
export async function listContactHistory(db: Database, conversation: ConversationRow, limit: number): Promise<ConversationSummaryRow[]> {
  if (!conversation.contactExternalId) return [];
  const authored = db
    .selectDistinct({ id: inboxItems.conversationId })
    .from(inboxItems)
    .where(and(eq(inboxItems.workspaceId, conversation.workspaceId), eq(inboxItems.authorExternalId, conversation.contactExternalId)));
  const c = inboxConversations;
  const rows = await selectSummaries(db)
    .where(and(eq(c.workspaceId, conversation.workspaceId), eq(c.network, conversation.network), ne(c.id, conversation.id), inArray(c.id, authored)))
    .orderBy(sql`${c.lastItemAt} desc nulls last`, desc(c.id))
    .limit(limit);
  return rows.map(toSummary);
}

export type InboxSettingsRow = typeof inboxSettings.$inferSelect;

export async function findInboxSettings(db: Database, workspaceId: string): Promise<InboxSettingsRow | undefined> {
  const [row] = await db.select().from(inboxSettings).where(eq(inboxSettings.workspaceId, workspaceId));
  return row;
}

/** The response-time target of the workspace's latest strategy version, if it has one. */
export async function strategyResponseTarget(db: Database, workspaceId: string): Promise<number | null> {
  const [row] = await db
    .select({ minutes: sql<number | null>`(${strategyVersions.contentPlan} ->> 'responseTimeTargetMinutes')::int` })
    .from(strategyVersions)
    .where(eq(strategyVersions.workspaceId, workspaceId))
    .orderBy(desc(strategyVersions.version))
    .limit(1);
  return row?.minutes ?? null;
}

/** What the response-time report counts of a conversation that began in the period. */
export interface ResponseTimeRow {
  firstInboundAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  firstResponseBy: string | null;
  responderName: string | null;
  accountId: string;
  accountHandle: string;
  network: string;
}

export async function listResponseTimeRows(db: Database, workspaceId: string, from: Date, to: Date): Promise<ResponseTimeRow[]> {
  const c = inboxConversations;
  const rows = await db
    .select({
      firstInboundAt: c.firstInboundAt,
      firstResponseAt: c.firstResponseAt,
      resolvedAt: c.resolvedAt,
      firstResponseBy: c.firstResponseBy,
      responderName: users.name,
      accountId: c.accountId,
      accountHandle: connectedAccounts.handle,
      network: c.network,
    })
    .from(c)
    .innerJoin(connectedAccounts, eq(connectedAccounts.id, c.accountId))
    .leftJoin(users, eq(users.id, c.firstResponseBy))
    .where(and(eq(c.workspaceId, workspaceId), gte(c.firstInboundAt, from), lt(c.firstInboundAt, to)));
  return rows.flatMap((row) => (row.firstInboundAt ? [{ ...row, firstInboundAt: row.firstInboundAt }] : []));
}

/**
 * Open conversations waiting since before `waitingBefore` whose current wait has not been alerted,
 * longest wait first, after `after` (keyset paging).
 */
export async function listUnalertedWaits(db: Database, waitingBefore: Date, limit: number, after?: { waitingSince: Date; id: string }): Promise<ConversationRow[]> {
  const c = inboxConversations;
  return db
    .select()
    .from(c)
    .where(
      and(
        eq(c.status, 'open'),
        isNotNull(c.waitingSince),
        lt(c.waitingSince, waitingBefore),
        or(isNull(c.alertedAt), lt(c.alertedAt, c.waitingSince)),
        after ? sql`(${c.waitingSince}, ${c.id}) > (${after.waitingSince.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(c.waitingSince), asc(c.id))
    .limit(limit);
}

export type WaitingItem = Pick<typeof inboxItems.$inferSelect, 'id' | 'conversationId' | 'occurredAt' | 'priority' | 'priorityReasons'>;

/**
 * A page of unanswered open conversations (by id, after `afterId`) with the inbound items that
 * still wait, for refreshing the waiting part of their priority. Returns the page's last id.
 */
export async function listWaitingItems(db: Database, page: { afterId: string | null; limit: number }): Promise<{ items: WaitingItem[]; lastId: string | null }> {
  const c = inboxConversations;
  const conversations = await db
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.status, 'open'), isNotNull(c.waitingSince), page.afterId ? sql`${c.id} > ${page.afterId}::uuid` : undefined))
    .orderBy(asc(c.id))
    .limit(page.limit);
  const ids = conversations.map((row) => row.id);
  if (ids.length === 0) return { items: [], lastId: null };
  const i = inboxItems;
  const items = await db
    .select({
      id: i.id,
      conversationId: i.conversationId,
      occurredAt: i.occurredAt,
      priority: i.priority,
      priorityReasons: i.priorityReasons,
    })
    .from(i)
    .innerJoin(c, eq(c.id, i.conversationId))
    .where(and(inArray(i.conversationId, ids), eq(i.direction, 'inbound'), isNull(i.deletedAt), gte(i.occurredAt, c.waitingSince)));
  return { items, lastId: ids.at(-1) ?? null };
}

export type SavedReplyRow = typeof savedReplies.$inferSelect;

export async function listSavedReplies(db: Database, workspaceId: string): Promise<SavedReplyRow[]> {
  return db.select().from(savedReplies).where(eq(savedReplies.workspaceId, workspaceId)).orderBy(asc(savedReplies.title), asc(savedReplies.id));
}

/** Inbound items of a period counted by kind and sentiment (deleted ones left out), for the measurement dashboard. */
export async function countInboundItems(db: Database, workspaceId: string, from: Date, to: Date): Promise<Array<{ kind: string; sentiment: string | null; items: number }>> {
  const i = inboxItems;
  return db
    .select({ kind: i.kind, sentiment: i.sentiment, items: sql<number>`count(*)::int` })
    .from(i)
    .where(and(eq(i.workspaceId, workspaceId), eq(i.direction, 'inbound'), isNull(i.deletedAt), gte(i.occurredAt, from), lt(i.occurredAt, to)))
    .groupBy(i.kind, i.sentiment);
}
