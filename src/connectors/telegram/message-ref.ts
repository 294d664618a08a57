/**
 * The connector's external ids: a chat id and the message ids of one post, "<chat>:<id>[,<id>…]".
 * An album (sendMediaGroup) is several messages, and deleting it must delete every one of them.
 */
import { ConnectorError } from '../contract.js';

export interface MessageRef {
  chatId: number;
  messageIds: readonly [number, ...number[]];
}

export function encodeRef(chatId: number, messageIds: readonly [number, ...number[]]): string {
  return `${chatId}:${messageIds.join(',')}`;
}

export function decodeRef(externalId: string): MessageRef {
  const match = /^(-?\d+):(\d+(?:,\d+)*)$/.exec(externalId);
  if (!match?.[1] || !match[2]) throw new ConnectorError('invalid_content', `"${externalId}" is not a Telegram message reference.`);
  const [first, ...rest] = match[2].split(',').map(Number);
  if (first === undefined) throw new ConnectorError('invalid_content', `"${externalId}" names no message.`);
  return { chatId: Number(match[1]), messageIds: [first, ...rest] };
}

/**
 * A link to a message: public chats by username, private supergroups and channels by the
 * "t.me/c/<id>" form, whose id is the chat id without its "-100" prefix.
 */
export function messageUrl(chat: { id: number; username?: string | undefined }, messageId: number, comment?: number): string | null {
  const suffix = comment === undefined ? `${messageId}` : `${messageId}?comment=${comment}`;
  if (chat.username) return `https://t.me/${chat.username}/${suffix}`;
  const text = String(chat.id);
  return text.startsWith('-100') ? `https://t.me/c/${text.slice(4)}/${suffix}` : null;
}
