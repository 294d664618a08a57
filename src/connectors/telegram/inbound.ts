/**
 * Comments, mentions and direct messages through getUpdates (https://core.telegram.org/bots/api#getupdates).
 * The cursor is the next `offset`. Passing an offset confirms every earlier update, and Telegram
 * then forgets it, so one call must sort every kind: nothing can be read again later.
 *
 * Comments live in the channel's linked discussion group: Telegram copies each channel post there
 * as an automatic forward (`is_automatic_forward`), and a comment is a group message replying to
 * that copy, or to another comment in its thread (`message_thread_id` = the copy's id). The bot
 * sees group messages only as an administrator of the group, or with privacy mode off.
 */
import { z } from 'zod';
import type { ConnectorStore, InboundAuthor, InboundItem, Page } from '../contract.js';
import type { ChannelSession } from './account.js';
import { encodeRef, messageUrl } from './message-ref.js';
import { albumKey } from './publish.js';
import { updateSchema, type TelegramMessage, type TelegramRepliedMessage } from './schemas.js';

/** getUpdates answers at most 100 updates (https://core.telegram.org/bots/api#getupdates). */
export const UPDATES_PER_PAGE = 100;

/** Group copy → the channel post it copies (to find a comment's post). */
const forwardKey = (groupId: number, messageId: number) => `forward:${groupId}:${messageId}`;
/** Channel post → its copy in the discussion group (to comment on the post). */
export const discussionKey = (channelId: number, messageId: number) => `discussion:${channelId}:${messageId}`;

const updateIdSchema = z.object({ update_id: z.number().int() });

/** The channel post's external id; an album's comments find the whole album. */
async function postIdOf(store: ConnectorStore, channelId: number, messageId: number): Promise<string> {
  const album = await store.get(albumKey(channelId, messageId));
  return typeof album === 'string' ? album : encodeRef(channelId, [messageId]);
}

/** The channel post a group message copies, when it is the channel's automatic forward. */
function copiedPost(message: TelegramRepliedMessage, channelId: number): number | null {
  const origin = message.forward_origin;
  if (!message.is_automatic_forward || origin?.type !== 'channel' || origin.chat?.id !== channelId) return null;
  return origin.message_id ?? null;
}

/** Remembers the group copy of a channel post, in both directions; true when the message was one. */
export async function recordCopy(channel: ChannelSession, store: ConnectorStore, message: TelegramMessage): Promise<boolean> {
  const postMessageId = copiedPost(message, channel.channelId);
  if (postMessageId === null) return false;
  await store.put(forwardKey(message.chat.id, message.message_id), await postIdOf(store, channel.channelId, postMessageId));
  await store.put(discussionKey(channel.channelId, postMessageId), encodeRef(message.chat.id, [message.message_id]));
  return true;
}

function authorOf(message: TelegramMessage): InboundAuthor {
  // Anonymous group admins and channels speak as a chat (`sender_chat`), not as a user.
  const chat = message.sender_chat;
  if (chat) return { externalId: String(chat.id), handle: chat.username ?? String(chat.id), name: chat.title ?? null, url: chat.username ? `https://t.me/${chat.username}` : null };
  const user = message.from;
  if (!user) return { externalId: String(message.chat.id), handle: String(message.chat.id), name: null, url: null };
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return { externalId: String(user.id), handle: user.username ?? String(user.id), name: name || null, url: user.username ? `https://t.me/${user.username}` : null };
}

/** Whether the message @mentions the channel or the bot (entity offsets are UTF-16, like JS strings). */
export function mentions(message: TelegramMessage, channel: Pick<ChannelSession, 'channelUsername' | 'botUsername' | 'botId'>): boolean {
  const text = message.text ?? message.caption ?? '';
  const names = [channel.channelUsername, channel.botUsername].filter((name): name is string => Boolean(name)).map((name) => `@${name.toLowerCase()}`);
  return (message.entities ?? message.caption_entities ?? []).some((entity) =>
    entity.type === 'text_mention' ? entity.user?.id === channel.botId : entity.type === 'mention' && names.includes(text.slice(entity.offset, entity.offset + entity.length).toLowerCase()),
  );
}

function item(message: TelegramMessage, fields: Pick<InboundItem, 'kind' | 'url' | 'inReplyToId' | 'rootPostId' | 'conversationId'>): InboundItem {
  return {
    externalId: encodeRef(message.chat.id, [message.message_id]),
    text: message.text ?? message.caption ?? '',
    author: authorOf(message),
    createdAt: new Date(message.date * 1000),
    ...fields,
  };
}

/** A group message as a comment on one of the channel's posts, or null. */
async function asComment(channel: ChannelSession, store: ConnectorStore, message: TelegramMessage): Promise<InboundItem | null> {
  const replied = message.reply_to_message;
  const directPost = replied ? copiedPost(replied, channel.channelId) : null;
  const threadId = message.message_thread_id ?? replied?.message_thread_id;
  const root =
    directPost !== null ? await postIdOf(store, channel.channelId, directPost) : threadId === undefined ? undefined : await store.get(forwardKey(message.chat.id, threadId));
  if (typeof root !== 'string') return null;
  const inReplyToId = directPost !== null || !replied ? root : encodeRef(message.chat.id, [replied.message_id]);
  const postMessageId = Number(root.slice(root.indexOf(':') + 1).split(',')[0]);
  const url = messageUrl({ id: channel.channelId, username: channel.channelUsername ?? undefined }, postMessageId, message.message_id);
  return item(message, { kind: 'comment', url, inReplyToId, rootPostId: root, conversationId: null });
}

/** Sorts one message into an inbox item, or null when it is none of the account's business. */
export async function classify(channel: ChannelSession, store: ConnectorStore, message: TelegramMessage): Promise<InboundItem | null> {
  if (message.from?.id === channel.botId) return null;
  if (message.chat.type === 'private') {
    return item(message, { kind: 'direct_message', url: null, inReplyToId: null, rootPostId: null, conversationId: String(message.chat.id) });
  }
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') return null;
  if (await recordCopy(channel, store, message)) return null;
  const comment = await asComment(channel, store, message);
  if (comment) return comment;
  if (!mentions(message, channel)) return null;
  const inReplyToId = message.reply_to_message ? encodeRef(message.chat.id, [message.reply_to_message.message_id]) : null;
  return item(message, { kind: 'mention', url: messageUrl(message.chat, message.message_id), inReplyToId, rootPostId: null, conversationId: null });
}

/** Reads updates after the cursor, oldest first; the cursor returned confirms them on the next call. */
export async function fetchUpdates(channel: ChannelSession, store: ConnectorStore, cursor: string | null): Promise<Page<InboundItem>> {
  const offset = cursor === null ? undefined : Number(cursor);
  const updates = await channel.api.call(
    'getUpdates',
    { ...(offset === undefined || Number.isNaN(offset) ? {} : { offset }), limit: UPDATES_PER_PAGE, timeout: 0, allowed_updates: ['message'] },
    z.array(updateIdSchema.loose()),
    { write: false },
  );
  const items: InboundItem[] = [];
  let next = cursor;
  for (const raw of updates) {
    next = String(raw.update_id + 1);
    // One update of an unexpected shape must not block every later one.
    const update = updateSchema.safeParse(raw);
    const message = update.success ? update.data.message : undefined;
    const found = message ? await classify(channel, store, message) : null;
    if (found) items.push(found);
  }
  return { items, cursor: next };
}
