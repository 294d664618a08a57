/**
 * Connecting a channel: the bot token proves who the bot is (getMe), the channel must exist and
 * the bot must be one of its administrators with the right to post (getChat, getChatMember).
 * Bot tokens do not expire, so there is no refresh.
 */
import { z } from 'zod';
import { ConnectorError, type AccountIdentity, type AccountSession, type ConnectResult, type ConnectorEnvironment } from '../contract.js';
import { botApi, botIdOf, type BotApi } from './bot-api.js';
import { ADMIN_HINT } from './errors.js';
import { chatFullInfoSchema, chatMemberSchema, userSchema, type TelegramChatFullInfo } from './schemas.js';

/** What a connected account keeps in its (not secret) settings. */
export interface ChannelSettings {
  channelId: number;
  channelUsername: string | null;
  /** The linked discussion group where comments live, if the channel has one. */
  discussionGroupId: number | null;
  botId: number;
  botUsername: string | null;
}

/** The bot API and the channel of a connected account. */
export interface ChannelSession extends ChannelSettings {
  api: BotApi;
}

/** Accepts "@name", "name", "t.me/name" or a numeric chat id, as people paste them. */
export function channelChatId(input: string): string | number {
  const value = input.trim().replace(/^https?:\/\//, '').replace(/^(t\.me|telegram\.me)\//, '');
  if (/^-?\d+$/.test(value)) return Number(value);
  const name = value.replace(/^@/, '');
  if (!/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(name)) {
    throw new ConnectorError('invalid_content', `"${input}" is neither a channel @username nor a numeric chat id.`);
  }
  return `@${name}`;
}

function identityOf(chat: TelegramChatFullInfo): AccountIdentity {
  return {
    externalId: String(chat.id),
    handle: chat.username ?? String(chat.id),
    displayName: chat.title ?? null,
    url: chat.username ? `https://t.me/${chat.username}` : null,
  };
}

/** Reads the channel and checks that the bot may post there. */
async function checkChannel(api: BotApi, chatId: string | number, botId: number): Promise<TelegramChatFullInfo> {
  const chat = await api.call('getChat', { chat_id: chatId }, chatFullInfoSchema, { write: false });
  if (chat.type !== 'channel') {
    throw new ConnectorError('invalid_content', `"${chat.title ?? chat.id}" is a ${chat.type} chat, not a channel. Give the channel's @username or id.`);
  }
  const member = await api.call('getChatMember', { chat_id: chat.id, user_id: botId }, chatMemberSchema, { write: false });
  const mayPost = member.status === 'creator' || (member.status === 'administrator' && member.can_post_messages === true);
  if (!mayPost) {
    const why = member.status === 'administrator' ? 'is an administrator without the right to post messages' : 'is not an administrator';
    throw new ConnectorError('auth_revoked', `The bot ${why} of "${chat.title ?? chat.id}". ${ADMIN_HINT}`);
  }
  return chat;
}

export async function connectChannel(environment: ConnectorEnvironment, fields: Readonly<Record<string, string>>): Promise<ConnectResult> {
  const token = fields.botToken?.trim() ?? '';
  if (botIdOf(token) === null) {
    throw new ConnectorError('invalid_content', 'That does not look like a bot token; @BotFather gives one like "123456789:AA…".');
  }
  const api = botApi(environment, token);
  const me = await api.call('getMe', {}, userSchema, { write: false });
  const chat = await checkChannel(api, channelChatId(fields.channel ?? ''), me.id);
  return {
    identity: identityOf(chat),
    credentials: { botToken: token },
    settings: {
      channelId: String(chat.id),
      channelUsername: chat.username ?? '',
      discussionGroupId: chat.linked_chat_id === undefined ? '' : String(chat.linked_chat_id),
      botId: String(me.id),
      botUsername: me.username ?? '',
    },
    expiresAt: null,
  };
}

const storedSettings = z.object({
  channelId: z.coerce.number().int(),
  channelUsername: z.string().default(''),
  discussionGroupId: z.string().default(''),
  botId: z.coerce.number().int(),
  botUsername: z.string().default(''),
});

/** The session's channel and an API client with its token. */
export function channelSession(environment: ConnectorEnvironment, session: AccountSession): ChannelSession {
  const token = session.credentials.botToken;
  const settings = storedSettings.safeParse(session.settings);
  if (!token || !settings.success) throw new ConnectorError('auth_revoked', 'The Telegram account is missing its bot token or channel; connect it again.');
  const { channelId, channelUsername, discussionGroupId, botId, botUsername } = settings.data;
  return {
    api: botApi(environment, token),
    channelId,
    channelUsername: channelUsername || null,
    discussionGroupId: discussionGroupId ? Number(discussionGroupId) : null,
    botId,
    botUsername: botUsername || null,
  };
}

export async function testChannel(environment: ConnectorEnvironment, session: AccountSession): Promise<AccountIdentity> {
  const channel = channelSession(environment, session);
  return identityOf(await checkChannel(channel.api, channel.channelId, channel.botId));
}
