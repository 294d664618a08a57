/**
 * Storing what polling brings in: a page of items and their conversations in one transaction of
 * a few multi-row statements, de-duplicated by the network's ids, with the conversations'
 * aggregates recomputed from their items; edits and deletions; the per-account poll cursors.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ConversationKind, InboxAuthor, InboxItemKind, PriorityReason, Sentiment } from '../../core/inbox/types.js';
import type { Database } from '../connection.js';
import { connectedAccounts, inboxConversations, inboxCursors, inboxItems } from '../schema.js';

export interface ConversationRef {
  kind: ConversationKind;
  threadKey: string;
}

export interface ItemAnalysis {
  language: string | null;
  sentiment: Sentiment;
  sentimentScore: number;
  priority: number;
  priorityReasons: PriorityReason[];
}

/** An item ready to store: threaded, and analysed when inbound. */
export interface IngestItem {
  externalId: string;
  kind: InboxItemKind;
  direction: 'inbound' | 'outbound';
  text: string;
  author: InboxAuthor;
  url: string | null;
  inReplyToId: string | null;
  rootPostId: string | null;
  occurredAt: Date;
  analysis: ItemAnalysis | null;
  conversation: ConversationRef;
}

export interface AccountScope {
  workspaceId: string;
  accountId: string;
  network: string;
}

export type CursorRow = typeof inboxCursors.$inferSelect;

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562) whose 12-bit `rand_a` is a counter, so ids made in this process sort in the
 * order they were made. Items of one page often share a timestamp (networks round to the second);
 * their ids then keep the network's order, which decides the conversation's latest item.
 */
export function sequentialUuid(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const refKey = (ref: ConversationRef) => `${ref.kind}\u0000${ref.threadKey}`;

/** A uuid[] literal for one parameter: a page's ids travel as one value, not one each. */
const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

const insertedRows = z.object({ rows: z.array(z.object({ conversation_id: z.string(), direction: z.enum(['inbound', 'outbound']) })) });

/**
 * Stores a page and moves the account's cursor in the same transaction, so a crash between the
 * two can neither skip items nor store them twice. Returns how many items were new. The page
 * travels as two JSON parameters and is written by one statement (conversations upserted, items
 * inserted unless known, cursor moved): building a 1,000-parameter INSERT cost more CPU than
 * everything else in ingestion together.
 */
export async function storeInboundPage(db: Database, scope: AccountScope, items: readonly IngestItem[], cursor: string | null, now: Date): Promise<{ inserted: number }> {
  const unique = [...new Map(items.map((item) => [item.externalId, item])).values()];
  if (unique.length === 0) {
    await db
      .insert(inboxCursors)
      .values({ accountId: scope.accountId, cursor, nextPollAt: now })
      .onConflictDoUpdate({ target: inboxCursors.accountId, set: { cursor } });
    return { inserted: 0 };
  }
  const conversations = [...new Map(unique.map((item) => [refKey(item.conversation), item.conversation])).values()].map((ref) => ({ id: randomUUID(), kind: ref.kind, thread_key: ref.threadKey }));
  const rows = unique.map((item) => itemRecord(item));
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    // Asynchronous commit: a crash may lose the last moments of pages, but always together with
    // the cursor that points past them (same transaction, WAL order), so the next poll fetches
    // them again. Waiting for the disk on every page halved the throughput on a busy disk.
    await tx.execute(sql`SELECT set_config('synchronous_commit', 'off', true)`);
    const result = await tx.execute(sql`
      WITH conv AS (
        INSERT INTO inbox_conversations (id, workspace_id, account_id, network, kind, thread_key, created_at, updated_at)
        SELECT r.id, ${scope.workspaceId}::uuid, ${scope.accountId}::uuid, ${scope.network}, r.kind, r.thread_key, ${at}::timestamptz, ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(conversations)}::jsonb) AS r (id uuid, kind text, thread_key text)
        -- DO UPDATE (not DO NOTHING) so that existing conversations return their ids too.
        ON CONFLICT (account_id, kind, thread_key) DO UPDATE SET updated_at = excluded.updated_at
        RETURNING id, kind, thread_key
      ), ins AS (
        INSERT INTO inbox_items (id, workspace_id, account_id, conversation_id, external_id, kind, direction, text, author_external_id, author_handle,
          author_name, author_url, author_followers, url, in_reply_to_id, root_post_id, language, sentiment, sentiment_score, priority, priority_reasons,
          occurred_at, received_at)
        SELECT r.id, ${scope.workspaceId}::uuid, ${scope.accountId}::uuid, conv.id, r.external_id, r.kind, r.direction, r.body, r.author_external_id, r.author_handle,
          r.author_name, r.author_url, r.author_followers, r.url, r.in_reply_to_id, r.root_post_id, r.language, r.sentiment, r.sentiment_score, r.priority, r.priority_reasons,
          r.occurred_at, ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r (id uuid, external_id text, kind text, direction text, body text, author_external_id text,
          author_handle text, author_name text, author_url text, author_followers integer, url text, in_reply_to_id text, root_post_id text, language text,
          sentiment text, sentiment_score real, priority integer, priority_reasons jsonb, occurred_at timestamptz, conversation_kind text, thread_key text)
        JOIN conv ON conv.kind = r.conversation_kind AND conv.thread_key = r.thread_key
        ON CONFLICT (account_id, external_id) DO NOTHING
        RETURNING conversation_id, direction
      ), moved AS (
        INSERT INTO inbox_cursors (account_id, cursor, next_poll_at) VALUES (${scope.accountId}::uuid, ${cursor}, ${at}::timestamptz)
        ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor
      )
      SELECT conversation_id, direction FROM ins`);
    const inserted = insertedRows.parse(result).rows;
    const touched = [...new Set(inserted.map((row) => row.conversation_id))];
    const reopened = [...new Set(inserted.filter((row) => row.direction === 'inbound').map((row) => row.conversation_id))];
    await refreshConversationAggregates(tx, touched, now, reopened);
    return { inserted: inserted.length };
  });
}

/** An item as the JSON record the insert reads; ids made here keep the page's order (see sequentialUuid). */
function itemRecord(item: IngestItem) {
  return {
    id: sequentialUuid(),
    external_id: item.externalId,
    kind: item.kind,
    direction: item.direction,
    body: item.text,
    author_external_id: item.author.externalId,
    author_handle: item.author.handle,
    author_name: item.author.name,
    author_url: item.author.url,
    author_followers: item.author.followers,
    url: item.url,
    in_reply_to_id: item.inReplyToId,
    root_post_id: item.rootPostId,
    language: item.analysis?.language ?? null,
    sentiment: item.analysis?.sentiment ?? null,
    sentiment_score: item.analysis?.sentimentScore ?? null,
    priority: item.analysis?.priority ?? 0,
    priority_reasons: item.analysis?.priorityReasons ?? [],
    occurred_at: item.occurredAt.toISOString(),
    conversation_kind: item.conversation.kind,
    thread_key: item.conversation.threadKey,
  };
}

/**
 * Recomputes what the list shows from the conversations' items: counts and times, who waits and
 * since when (the oldest inbound item after the team's latest outbound one), the latest inbound
 * item's author, language and sentiment, and the highest priority among the unanswered items.
 * `reopened` conversations got something new from outside: they are open again. A changed wait
 * clears `alerted_at`, so the response-time alert is sent once per wait. Sets `updated_at`,
 * which live updates follow. Call it inside a transaction (see the JIT note below).
 */
export async function refreshConversationAggregates(db: Database, conversationIds: readonly string[], now: Date, reopened: readonly string[] = []): Promise<void> {
  if (conversationIds.length === 0) return;
  const reopen = sql`c.id = ANY(${uuidArray(reopened)}::uuid[])`;
  // The statement touches a few dozen rows, but on tables without statistics (a young database,
  // autovacuum off) PostgreSQL estimates it costly enough to JIT-compile: 2.5 s of compiling for
  // milliseconds of work. Transaction-local, so it ends with the caller's transaction.
  await db.execute(sql`SET LOCAL jit = off`);
  await db.execute(sql`
    UPDATE inbox_conversations AS c SET
      item_count = a.item_count,
      last_item_at = a.last_item_at,
      first_inbound_at = a.first_inbound_at,
      waiting_since = w.since,
      priority = COALESCE(top.priority, 0),
      priority_reasons = COALESCE(top.priority_reasons, '[]'::jsonb),
      contact_external_id = COALESCE(latest.author_external_id, c.contact_external_id),
      contact_handle = COALESCE(latest.author_handle, c.contact_handle),
      contact_name = CASE WHEN latest.author_handle IS NULL THEN c.contact_name ELSE latest.author_name END,
      contact_followers = CASE WHEN latest.author_handle IS NULL THEN c.contact_followers ELSE latest.author_followers END,
      language = latest.language,
      sentiment = latest.sentiment,
      status = CASE WHEN ${reopen} THEN 'open' ELSE c.status END,
      resolved_at = CASE WHEN ${reopen} THEN NULL ELSE c.resolved_at END,
      alerted_at = CASE WHEN w.since IS NOT DISTINCT FROM c.waiting_since THEN c.alerted_at ELSE NULL END,
      updated_at = ${now.toISOString()}::timestamptz
    FROM (
      SELECT conversation_id,
        count(*) FILTER (WHERE deleted_at IS NULL)::int AS item_count,
        max(occurred_at) FILTER (WHERE deleted_at IS NULL) AS last_item_at,
        min(occurred_at) FILTER (WHERE direction = 'inbound') AS first_inbound_at,
        max(occurred_at) FILTER (WHERE direction = 'outbound' AND deleted_at IS NULL) AS answered_at
      FROM inbox_items WHERE conversation_id = ANY(${uuidArray(conversationIds)}::uuid[]) GROUP BY conversation_id
    ) AS a
    LEFT JOIN LATERAL (
      SELECT author_external_id, author_handle, author_name, author_followers, language, sentiment FROM inbox_items
      WHERE conversation_id = a.conversation_id AND direction = 'inbound' AND deleted_at IS NULL
      ORDER BY occurred_at DESC, id DESC LIMIT 1
    ) AS latest ON true
    LEFT JOIN LATERAL (
      SELECT min(occurred_at) AS since FROM inbox_items
      WHERE conversation_id = a.conversation_id AND direction = 'inbound' AND deleted_at IS NULL
        AND (a.answered_at IS NULL OR occurred_at > a.answered_at)
    ) AS w ON true
    LEFT JOIN LATERAL (
      SELECT priority, priority_reasons FROM inbox_items
      WHERE conversation_id = a.conversation_id AND direction = 'inbound' AND deleted_at IS NULL
        AND (a.answered_at IS NULL OR occurred_at > a.answered_at)
      ORDER BY priority DESC, occurred_at ASC LIMIT 1
    ) AS top ON true
    WHERE c.id = a.conversation_id`);
}

/** The conversation each of these stored items belongs to, for threading a reply to one of them. */
export async function conversationsOfItems(db: Database, accountId: string, externalIds: readonly string[]): Promise<Map<string, ConversationRef>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .select({ externalId: inboxItems.externalId, kind: inboxConversations.kind, threadKey: inboxConversations.threadKey })
    .from(inboxItems)
    .innerJoin(inboxConversations, eq(inboxConversations.id, inboxItems.conversationId))
    .where(and(eq(inboxItems.accountId, accountId), inArray(inboxItems.externalId, [...externalIds])));
  return new Map(rows.map((row) => [row.externalId, { kind: row.kind, threadKey: row.threadKey }]));
}

export interface RecentItem {
  id: string;
  externalId: string;
  conversationId: string;
  kind: InboxItemKind;
  text: string;
  authorFollowers: number | null;
  occurredAt: Date;
}

/** The account's inbound items since `since` that are not deleted, newest first, for re-checking. */
export async function listRecentInboundItems(db: Database, accountId: string, since: Date, limit: number): Promise<RecentItem[]> {
  const i = inboxItems;
  return db
    .select({ id: i.id, externalId: i.externalId, conversationId: i.conversationId, kind: i.kind, text: i.text, authorFollowers: i.authorFollowers, occurredAt: i.occurredAt })
    .from(i)
    .where(and(eq(i.accountId, accountId), eq(i.direction, 'inbound'), isNull(i.deletedAt), gte(i.occurredAt, since)))
    .orderBy(desc(i.occurredAt))
    .limit(limit);
}

export type ItemChange = { id: string; conversationId: string } & ({ deletedAt: Date } | { text: string; editedAt: Date; analysis: ItemAnalysis });

/** Applies edits and deletions read from the network, then refreshes the conversations they touch. */
export async function applyItemChanges(db: Database, changes: readonly ItemChange[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction(async (tx) => {
    for (const change of changes) {
      const set =
        'deletedAt' in change
          ? { deletedAt: change.deletedAt }
          : {
              text: change.text,
              editedAt: change.editedAt,
              language: change.analysis.language,
              sentiment: change.analysis.sentiment,
              sentimentScore: change.analysis.sentimentScore,
              priority: change.analysis.priority,
              priorityReasons: change.analysis.priorityReasons,
            };
      await tx.update(inboxItems).set(set).where(eq(inboxItems.id, change.id));
    }
    await refreshConversationAggregates(tx, [...new Set(changes.map((change) => change.conversationId))], now);
  });
}

export async function readCursor(db: Database, accountId: string): Promise<CursorRow | undefined> {
  const [row] = await db.select().from(inboxCursors).where(eq(inboxCursors.accountId, accountId));
  return row;
}

/** After a poll: success clears the failures, a failure counts one more; both say when to poll next. */
export async function recordPollOutcome(
  db: Database,
  accountId: string,
  outcome: { ok: true; nextPollAt: Date } | { ok: false; nextPollAt: Date; error: string },
  now: Date,
): Promise<void> {
  const set = outcome.ok
    ? { nextPollAt: outcome.nextPollAt, lastPolledAt: now, consecutiveFailures: 0, lastError: null }
    : { nextPollAt: outcome.nextPollAt, lastPolledAt: now, consecutiveFailures: sql`${inboxCursors.consecutiveFailures} + 1`, lastError: outcome.error };
  await db
    .insert(inboxCursors)
    .values({ accountId, nextPollAt: outcome.nextPollAt, lastPolledAt: now, consecutiveFailures: outcome.ok ? 0 : 1, lastError: outcome.ok ? null : outcome.error })
    .onConflictDoUpdate({ target: inboxCursors.accountId, set });
}

/** Accounts on these networks whose next poll has come (or that were never polled), revoked ones left out. */
export async function listAccountsDueForPoll(db: Database, networks: readonly string[], now: Date, limit: number): Promise<string[]> {
  if (networks.length === 0) return [];
  const rows = await db
    .select({ id: connectedAccounts.id })
    .from(connectedAccounts)
    .leftJoin(inboxCursors, eq(inboxCursors.accountId, connectedAccounts.id))
    .where(and(inArray(connectedAccounts.network, [...networks]), ne(connectedAccounts.status, 'revoked'), or(isNull(inboxCursors.accountId), lte(inboxCursors.nextPollAt, now))))
    .orderBy(sql`${inboxCursors.nextPollAt} ASC NULLS FIRST`)
    .limit(limit);
  return rows.map((row) => row.id);
}
