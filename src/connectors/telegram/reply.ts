/**
 * Answers: a direct message goes back to the private chat; a comment or mention gets a reply in
 * its group (reply_parameters, https://core.telegram.org/bots/api#replyparameters). Answering the
 * channel post itself means commenting on it, which is a reply to its copy in the discussion group.
 */
import { z } from 'zod';
import { ConnectorError, type ConnectorStore, type PublishedPost, type ReplyRequest } from '../contract.js';
import type { ChannelSession } from './account.js';
import { discussionKey, recordCopy } from './inbound.js';
import { decodeRef, encodeRef, messageUrl } from './message-ref.js';
import { messageSchema, updateSchema } from './schemas.js';
import { MAX_TEXT_LENGTH, measureText } from './text.js';

async function knownCopy(store: ConnectorStore, channelId: number, messageIds: readonly number[]): Promise<{ chatId: number; messageId: number } | null> {
  for (const messageId of messageIds) {
    const copy = await store.get(discussionKey(channelId, messageId));
    if (typeof copy === 'string') {
      const ref = decodeRef(copy);
      return { chatId: ref.chatId, messageId: ref.messageIds[0] };
    }
  }
  return null;
}

/**
 * The post's copy in the discussion group. fetchInbound records it when it passes; a post too
 * new for that is looked for among the pending updates: getUpdates without an offset confirms
 * nothing, so the inbox still receives them.
 */
async function discussionCopy(channel: ChannelSession, store: ConnectorStore, messageIds: readonly number[]): Promise<{ chatId: number; messageId: number }> {
  const known = await knownCopy(store, channel.channelId, messageIds);
  if (known) return known;
  const pending = await channel.api.call('getUpdates', { limit: 100, timeout: 0 }, z.array(z.unknown()), { write: false });
  for (const raw of pending) {
    const message = updateSchema.safeParse(raw).data?.message;
    if (message) await recordCopy(channel, store, message);
  }
  const found = await knownCopy(store, channel.channelId, messageIds);
  if (found) return found;
  if (channel.discussionGroupId === null) {
    throw new ConnectorError('invalid_content', 'The channel has no discussion group, so its posts cannot be commented on. Link a group in the channel settings and connect the channel again.');
  }
  throw new ConnectorError('transient', 'Telegram has not yet shown the bot the post in the discussion group (the bot must be an administrator there); Chorus will try again.');
}

export async function replyTo(channel: ChannelSession, store: ConnectorStore, request: ReplyRequest): Promise<PublishedPost> {
  if (request.text.trim().length === 0) throw new ConnectorError('invalid_content', 'The reply has no text.');
  if (measureText(request.text) > MAX_TEXT_LENGTH) {
    throw new ConnectorError('invalid_content', `The reply is ${measureText(request.text)} characters long; Telegram allows ${MAX_TEXT_LENGTH.toLocaleString('en')}.`);
  }
  const ref = decodeRef(request.to.externalId);
  let target: { chatId: number; messageId: number | null; keepIfGone: boolean };
  if (request.to.kind === 'direct_message') {
    const chatId = Number(request.to.conversationId ?? ref.chatId);
    // The answer still makes sense in the private chat if the person deleted their message.
    target = { chatId, messageId: chatId === ref.chatId ? ref.messageIds[0] : null, keepIfGone: true };
  } else if (ref.chatId === channel.channelId) {
    target = { ...(await discussionCopy(channel, store, ref.messageIds)), keepIfGone: false };
  } else {
    target = { chatId: ref.chatId, messageId: ref.messageIds[0], keepIfGone: false };
  }
  const message = await channel.api.call(
    'sendMessage',
    {
      chat_id: target.chatId,
      text: request.text,
      ...(target.messageId === null ? {} : { reply_parameters: { message_id: target.messageId, allow_sending_without_reply: target.keepIfGone } }),
    },
    messageSchema,
    { write: true },
  );
  const externalId = encodeRef(message.chat.id, [message.message_id]);
  return { externalId, url: messageUrl(message.chat, message.message_id), publishedAt: new Date(message.date * 1000), partIds: [externalId] };
}
