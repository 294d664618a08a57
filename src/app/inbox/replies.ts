/**
 * Replies go out through the account's connector. The reply row is stored first, with its
 * idempotency key, so a repeated request or a retry is the same reply: the key is passed to the
 * network, which answers with the reply it already made instead of making a second one.
 */
import { randomUUID } from 'node:crypto';
import { ConnectorError, type Connector } from '../../connectors/contract.js';
import { AppError, notFound } from '../../core/errors.js';
import type { ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import { findItem, findReply, findReplyByKey, type ConversationRow, type InboxReplyRow } from '../../db/repositories/inbox-queries.js';
import { insertReplyOnce, recordReplyFailure, recordReplySent, startReplyAttempt } from '../../db/repositories/inbox-work.js';
import { authorize, type Actor } from '../access.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';
import { announce } from '../events/announce.js';
import { conversationOf, replyLimitsOf } from './conversations.js';
import { replyOf, type InboxReply } from './views.js';

type InboxItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

interface Sending {
  conversation: ConversationRow;
  target: InboxItemRow;
  account: ConnectedAccountRow;
}

async function currentReply(ctx: AppContext, workspaceId: string, id: string): Promise<InboxReply> {
  const reply = await findReply(ctx.db, workspaceId, id);
  if (!reply) throw notFound('Reply');
  return replyOf(reply);
}

function checkSendable(connector: Connector, limits: { maxLength: number; counting: string }, text: string): void {
  const { manifest } = connector;
  if (!connector.reply || !manifest.capabilities.includes('reply')) {
    throw new AppError('validation_failed', `${manifest.name} does not let Chorus reply`, { field: 'text', network: manifest.id });
  }
  const length = connector.measureText(text);
  if (length > limits.maxLength) {
    throw new AppError('validation_failed', `The reply is ${length} long; ${manifest.name} allows ${limits.maxLength} (${limits.counting})`, {
      field: 'text',
      length,
      maxLength: limits.maxLength,
      counting: limits.counting,
    });
  }
}

/** One attempt through the gateway; the outcome is stored on the reply, never thrown. */
async function send(ctx: AppContext, reply: InboxReplyRow, sending: Sending): Promise<InboxReply> {
  const { conversation, target, account } = sending;
  if (!(await startReplyAttempt(ctx.db, reply.id, ctx.clock.now()))) return currentReply(ctx, reply.workspaceId, reply.id);
  const to = {
    externalId: target.externalId,
    kind: target.kind === 'reply' ? ('comment' as const) : target.kind,
    // A direct-message conversation is keyed by the network's conversation id.
    conversationId: conversation.kind === 'direct' ? conversation.threadKey : null,
    rootPostId: target.rootPostId,
  };
  try {
    const published = await callNetwork(ctx, account, {
      operation: 'reply',
      run: (connector, call) => {
        if (!connector.reply) throw new ConnectorError('invalid_content', `${connector.manifest.name} does not support replies.`);
        return connector.reply(call, { idempotencyKey: reply.idempotencyKey, to, text: reply.text });
      },
    });
    const now = ctx.clock.now();
    await recordReplySent(
      ctx.db,
      reply,
      {
        id: randomUUID(),
        workspaceId: reply.workspaceId,
        accountId: account.id,
        conversationId: conversation.id,
        externalId: published.externalId,
        kind: 'reply',
        direction: 'outbound',
        text: reply.text,
        authorExternalId: account.externalId,
        authorHandle: account.handle,
        authorName: account.displayName,
        authorUrl: account.url,
        url: published.url,
        inReplyToId: target.externalId,
        rootPostId: target.rootPostId,
        occurredAt: published.publishedAt,
        receivedAt: now,
        sentBy: reply.authorId,
      },
      reply.authorId,
      now,
    );
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    await recordFailure(ctx, reply, account, error);
  }
  return currentReply(ctx, reply.workspaceId, reply.id);
}

async function recordFailure(ctx: AppContext, reply: InboxReplyRow, account: ConnectedAccountRow, error: ConnectorError): Promise<void> {
  const now = ctx.clock.now();
  // A lost answer may mean the network has the reply; it needs a look (a retry with the same key is safe).
  const status = error.kind === 'outcome_unknown' ? 'needs_check' : 'failed';
  await ctx.db.transaction(async (tx) => {
    await recordReplyFailure(tx, reply, { status, kind: error.kind, message: error.message }, now);
    await announce(
      tx,
      {
        workspaceId: reply.workspaceId,
        type: 'inbox.reply_failed',
        payload: { conversationId: reply.conversationId, replyId: reply.id, accountHandle: account.handle, reason: error.message },
        recipients: reply.authorId ? [reply.authorId] : [],
      },
      now,
    );
  });
}

async function sendingContext(ctx: AppContext, workspaceId: string, conversationId: string, itemId: string): Promise<Sending & { connector: Connector; maxLength: number; counting: string }> {
  const conversation = await conversationOf(ctx, workspaceId, conversationId);
  const target = await findItem(ctx.db, workspaceId, itemId);
  if (!target || target.conversationId !== conversation.id) {
    throw new AppError('validation_failed', 'The item to reply to is not part of this conversation', { field: 'inReplyToItemId' });
  }
  if (target.deletedAt) throw new AppError('validation_failed', 'The item to reply to was deleted on the network', { field: 'inReplyToItemId' });
  return { conversation, target, ...(await replyLimitsOf(ctx, workspaceId, conversation.accountId)) };
}

/** The reply made with this key, or a clear error when the key was used for something else. */
function sameReply(existing: InboxReplyRow, workspaceId: string, conversationId: string): InboxReply {
  if (existing.workspaceId !== workspaceId || existing.conversationId !== conversationId) {
    throw new AppError('validation_failed', 'This idempotency key was already used for another reply; use a new key for a new reply', { field: 'idempotencyKey' });
  }
  return replyOf(existing);
}

export async function replyToConversation(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  conversationId: string,
  input: { inReplyToItemId: string; text: string; idempotencyKey: string },
): Promise<InboxReply> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  const existing = await findReplyByKey(ctx.db, input.idempotencyKey);
  if (existing) return sameReply(existing, workspaceId, conversationId);
  const sending = await sendingContext(ctx, workspaceId, conversationId, input.inReplyToItemId);
  checkSendable(sending.connector, sending, input.text);
  const reply = await insertReplyOnce(ctx.db, {
    id: randomUUID(),
    workspaceId,
    conversationId,
    inReplyToItemId: input.inReplyToItemId,
    authorId: actor.kind === 'user' ? actor.user.id : null,
    text: input.text,
    idempotencyKey: input.idempotencyKey,
    status: 'sending',
    attempts: 0,
    createdAt: ctx.clock.now(),
  });
  if (!reply) {
    // A concurrent request with the same key stored it first; that one sends it.
    const winner = await findReplyByKey(ctx.db, input.idempotencyKey);
    if (!winner) throw new Error('the idempotency key conflicted but no reply has it');
    return sameReply(winner, workspaceId, conversationId);
  }
  return send(ctx, { ...reply, authorName: null }, sending);
}

/** Sends a failed (or unconfirmed) reply again with its own key; a sent reply is returned as it is. */
export async function retryReply(ctx: AppContext, actor: Actor, workspaceId: string, replyId: string): Promise<InboxReply> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  const reply = await findReply(ctx.db, workspaceId, replyId);
  if (!reply) throw notFound('Reply');
  if (reply.status === 'sent' || reply.status === 'sending') return replyOf(reply);
  const sending = await sendingContext(ctx, workspaceId, reply.conversationId, reply.inReplyToItemId);
  return send(ctx, reply, sending);
}
