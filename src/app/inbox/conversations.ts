/**
 * Working the inbox: the list (filters, cursor paging, highest priority first), one conversation
 * with its thread, replies, notes and the contact's history, and status and assignment changes,
 * one at a time or in bulk. Reading needs `workspace.read`; changing needs `inbox.reply`.
 */
import { z } from 'zod';
import { AppError, notFound } from '../../core/errors.js';
import type { ConversationKind, ConversationStatus } from '../../core/inbox/types.js';
import { findConnectedAccount } from '../../db/repositories/connected-accounts.js';
import {
  conversationIdsIn,
  findConversation,
  findConversationSummary,
  listContactHistory,
  listConversationItems,
  listConversationNotes,
  listConversationReplies,
  listConversationSummaries,
  type ConversationFilter,
  type ConversationRow,
  type ListPosition,
} from '../../db/repositories/inbox-queries.js';
import { updateConversations, type ConversationChanges } from '../../db/repositories/inbox-work.js';
import { findMembership } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { announce } from '../events/announce.js';
import { responseClockOf } from './settings.js';
import { itemOf, noteOf, replyOf, summaryOf, type ConversationSummary, type InboxItem, type InboxNote, type InboxReply } from './views.js';

export interface ConversationQuery extends Omit<ConversationFilter, 'assigneeId'> {
  assignee?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

const cursorSchema = z.tuple([z.number().int(), z.iso.datetime().nullable(), z.uuid()]);

const encodeCursor = (row: ConversationSummary): string =>
  Buffer.from(JSON.stringify([row.priority, row.lastItemAt?.toISOString() ?? null, row.id])).toString('base64url');

function decodeCursor(text: string): ListPosition {
  try {
    const [priority, lastItemAt, id] = cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { priority, lastItemAt: lastItemAt === null ? null : new Date(lastItemAt), id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not one this list handed out', { field: 'cursor' });
  }
}

function assigneeFilter(actor: Actor, assignee: string | undefined): string | null | undefined {
  if (assignee === 'none') return null;
  if (assignee !== 'me') return assignee;
  if (actor.kind !== 'user') throw new AppError('validation_failed', 'An API key has no conversations of its own; filter by a member’s id', { field: 'assignee' });
  return actor.user.id;
}

export async function listConversations(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  query: ConversationQuery,
): Promise<{ items: ConversationSummary[]; nextCursor: string | null }> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const { assignee, cursor, limit, ...filter } = query;
  const [rows, clock] = await Promise.all([
    listConversationSummaries(
      ctx.db,
      workspaceId,
      { ...filter, assigneeId: assigneeFilter(actor, assignee) },
      // One more than asked shows whether another page follows.
      { limit: limit + 1, after: cursor ? decodeCursor(cursor) : undefined },
    ),
    responseClockOf(ctx.db, workspaceId),
  ]);
  const now = ctx.clock.now();
  const items = rows.slice(0, limit).map((row) => summaryOf(row, clock, now));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export interface ConversationDetail {
  conversation: ConversationSummary & { resolvedAt: Date | null; replyLimits: { maxLength: number; counting: string } };
  items: InboxItem[];
  replies: InboxReply[];
  notes: InboxNote[];
  history: Array<{ id: string; kind: ConversationKind; status: ConversationStatus; lastItemAt: Date | null; preview: string }>;
}

const HISTORY_LIMIT = 20;

/** The conversation of the workspace, or 404. */
export async function conversationOf(ctx: AppContext, workspaceId: string, id: string): Promise<ConversationRow> {
  const conversation = await findConversation(ctx.db, workspaceId, id);
  if (!conversation) throw notFound('Conversation');
  return conversation;
}

/** How long a reply on the conversation's account may be: the account's own limit, else its network's. */
export async function replyLimitsOf(ctx: AppContext, workspaceId: string, accountId: string) {
  const account = await findConnectedAccount(ctx.db, workspaceId, accountId);
  if (!account) throw notFound('Account');
  const connector = await ctx.networks.connector(account.network);
  const text = { ...connector.manifest.limits.text, ...account.limits?.text };
  return { account, connector, maxLength: text.maxLength, counting: text.counting };
}

export async function summaryById(ctx: AppContext, workspaceId: string, id: string): Promise<ConversationSummary> {
  const [row, clock] = await Promise.all([findConversationSummary(ctx.db, workspaceId, id), responseClockOf(ctx.db, workspaceId)]);
  if (!row) throw notFound('Conversation');
  return summaryOf(row, clock, ctx.clock.now());
}

export async function getConversation(ctx: AppContext, actor: Actor, workspaceId: string, id: string): Promise<ConversationDetail> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const conversation = await conversationOf(ctx, workspaceId, id);
  const [summary, limits, items, replies, notes, history] = await Promise.all([
    summaryById(ctx, workspaceId, id),
    replyLimitsOf(ctx, workspaceId, conversation.accountId),
    listConversationItems(ctx.db, id),
    listConversationReplies(ctx.db, id),
    listConversationNotes(ctx.db, id),
    listContactHistory(ctx.db, conversation, HISTORY_LIMIT),
  ]);
  return {
    conversation: { ...summary, resolvedAt: conversation.resolvedAt, replyLimits: { maxLength: limits.maxLength, counting: limits.counting } },
    items: items.map(itemOf),
    replies: replies.map(replyOf),
    notes: notes.map(noteOf),
    history: history.map((row) => ({ id: row.id, kind: row.kind, status: row.status, lastItemAt: row.lastItemAt, preview: row.preview })),
  };
}

async function checkAssignee(ctx: AppContext, workspaceId: string, assigneeId: string | null | undefined): Promise<void> {
  if (!assigneeId) return;
  if (!(await findMembership(ctx.db, workspaceId, assigneeId))) {
    throw new AppError('validation_failed', 'Conversations can be assigned only to members of this workspace', { field: 'assigneeId' });
  }
}

/** Applies the changes and tells a newly assigned person (and the webhooks), unless they assigned themselves. */
async function applyChanges(ctx: AppContext, actor: Actor, workspaceId: string, ids: readonly string[], changes: ConversationChanges): Promise<string[]> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  await checkAssignee(ctx, workspaceId, changes.assigneeId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const before = changes.assigneeId ? await Promise.all(ids.map((id) => findConversation(tx, workspaceId, id))) : [];
    const updated = await updateConversations(tx, workspaceId, ids, changes, now);
    const assigneeId = changes.assigneeId;
    if (!assigneeId) return updated;
    const newlyAssigned = before.filter((row): row is ConversationRow => row !== undefined && row.assigneeId !== assigneeId);
    for (const row of newlyAssigned) {
      const summary = await findConversationSummary(tx, workspaceId, row.id);
      if (!summary?.assigneeName) continue;
      const selfAssigned = actor.kind === 'user' && actor.user.id === assigneeId;
      await announce(
        tx,
        {
          workspaceId,
          type: 'inbox.conversation_assigned',
          payload: { conversationId: row.id, assigneeId, assigneeName: summary.assigneeName, accountHandle: summary.accountHandle },
          recipients: selfAssigned ? [] : [assigneeId],
        },
        now,
      );
    }
    return updated;
  });
}

export async function updateConversation(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  id: string,
  changes: ConversationChanges,
): Promise<ConversationSummary> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  await conversationOf(ctx, workspaceId, id);
  await applyChanges(ctx, actor, workspaceId, [id], changes);
  return summaryById(ctx, workspaceId, id);
}

/** Ids of other workspaces' conversations are skipped, not reported, so that existence does not leak. */
export async function bulkUpdateConversations(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  ids: readonly string[],
  changes: ConversationChanges,
): Promise<{ updated: number }> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  const own = await conversationIdsIn(ctx.db, workspaceId, [...new Set(ids)]);
  if (own.length === 0) return { updated: 0 };
  return { updated: (await applyChanges(ctx, actor, workspaceId, own, changes)).length };
}
