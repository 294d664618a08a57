/**
 * The state of a fake Telegram, written from https://core.telegram.org/bots/api: users, bots,
 * chats with their members and messages, and each bot's queue of updates. Objects are kept in
 * the Bot API's own JSON shapes (dates in unix seconds) so the server can answer them as they are.
 */

export interface FakeUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface FakeChatRef {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
}

export interface FakeMember {
  status: 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
  can_post_messages?: boolean;
  can_delete_messages?: boolean;
}

export interface FakeEntity {
  type: string;
  offset: number;
  length: number;
  user?: FakeUser;
}

/** A Message (https://core.telegram.org/bots/api#message), as far as the fake produces it. */
export interface FakeMessage {
  message_id: number;
  message_thread_id?: number;
  from?: FakeUser;
  sender_chat?: FakeChatRef;
  date: number;
  edit_date?: number;
  chat: FakeChatRef;
  forward_origin?: { type: 'channel'; date: number; chat: FakeChatRef; message_id: number };
  is_automatic_forward?: true;
  reply_to_message?: Omit<FakeMessage, 'reply_to_message'>;
  media_group_id?: string;
  text?: string;
  entities?: FakeEntity[];
  caption?: string;
  caption_entities?: FakeEntity[];
  has_media_spoiler?: true;
  photo?: { file_id: string; file_unique_id: string; width: number; height: number; file_size: number }[];
  poll?: {
    id: string;
    question: string;
    options: { text: string; voter_count: number }[];
    total_voter_count: number;
    is_closed: boolean;
    is_anonymous: boolean;
    type: 'regular' | 'quiz';
    allows_multiple_answers: boolean;
    open_period?: number;
  };
}

export interface FakeChat extends FakeChatRef {
  linked_chat_id?: number;
  members: Map<number, FakeMember>;
  /** Shown by getChatMemberCount; people who are not modelled as users count too. */
  extraMembers: number;
  messages: Map<number, FakeMessage>;
  nextMessageId: number;
}

export interface FakeUpdate {
  update_id: number;
  message?: FakeMessage;
  channel_post?: FakeMessage;
}

export interface FakeBot {
  token: string;
  user: FakeUser;
  /** Unconfirmed updates, oldest first. */
  updates: FakeUpdate[];
  nextUpdateId: number;
  /** null: the default set, every update type but chat_member and reactions. */
  allowedUpdates: string[] | null;
  webhookUrl: string | null;
  /** Privacy mode: in groups where it is no administrator the bot sees only what is meant for it. */
  privacyMode: boolean;
  /** Ends the pending long poll, if any: with the new updates, or as superseded by another poll. */
  wake: ((superseded: boolean) => void) | null;
}

/** The service account whose name is on automatic forwards into discussion groups. */
export const TELEGRAM_SERVICE_USER: FakeUser = { id: 777000, is_bot: false, first_name: 'Telegram' };

const SHARED_UPDATE_TYPES = ['message', 'edited_message', 'channel_post', 'edited_channel_post'];

export class FakeWorld {
  readonly users = new Map<number, FakeUser>();
  readonly bots = new Map<string, FakeBot>();
  readonly chats = new Map<number, FakeChat>();
  readonly files = new Map<string, Uint8Array>();
  private nextId = 1000;
  private nextChatId = 1;
  private nextMediaGroup = 1;
  /** Milliseconds since the epoch; tests may move it to check time rules. */
  clock: () => number = () => Date.now();

  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  newFileId(bytes: Uint8Array): string {
    const id = `file-${this.nextId++}`;
    this.files.set(id, bytes);
    return id;
  }

  newMediaGroupId(): string {
    return `album-${this.nextMediaGroup++}`;
  }

  addUser(fields: Omit<FakeUser, 'id' | 'is_bot'>): FakeUser {
    const user: FakeUser = { id: this.nextId++, is_bot: false, ...fields };
    this.users.set(user.id, user);
    return user;
  }

  addBot(username: string, firstName = username): FakeBot {
    const user: FakeUser = { id: this.nextId++, is_bot: true, first_name: firstName, username };
    const token = `${user.id}:AAF${Buffer.from(username).toString('base64url').padEnd(32, 'x')}`;
    const bot: FakeBot = { token, user, updates: [], nextUpdateId: 1, allowedUpdates: null, webhookUrl: null, privacyMode: true, wake: null };
    this.users.set(user.id, user);
    this.bots.set(token, bot);
    return bot;
  }

  /** Supergroup and channel ids have the "-100" prefix of the Bot API. */
  addChat(fields: { type: 'group' | 'supergroup' | 'channel'; title: string; username?: string }): FakeChat {
    const id = fields.type === 'group' ? -this.nextChatId++ : -(1_000_000_000_000 + this.nextChatId++);
    const chat: FakeChat = { id, ...fields, members: new Map(), extraMembers: 0, messages: new Map(), nextMessageId: 1 };
    this.chats.set(id, chat);
    return chat;
  }

  /** The private chat of a user with a bot: its id is the user's id, as in Telegram. */
  privateChat(user: FakeUser): FakeChat {
    const existing = this.chats.get(user.id);
    if (existing) return existing;
    const chat: FakeChat = { id: user.id, type: 'private', first_name: user.first_name, members: new Map(), extraMembers: 0, messages: new Map(), nextMessageId: 1 };
    if (user.username) chat.username = user.username;
    this.chats.set(chat.id, chat);
    return chat;
  }

  findChat(chatId: number | string): FakeChat | undefined {
    if (typeof chatId === 'number') return this.chats.get(chatId);
    const name = chatId.replace(/^@/, '').toLowerCase();
    return [...this.chats.values()].find((chat) => chat.type !== 'private' && chat.username?.toLowerCase() === name);
  }

  member(chat: FakeChat, userId: number): FakeMember {
    return chat.members.get(userId) ?? { status: 'left' };
  }

  /** Stores a message and tells the bots that can see it; channel posts are copied into the linked group. */
  post(chat: FakeChat, message: Omit<FakeMessage, 'message_id' | 'chat' | 'date'>): FakeMessage {
    const { members: _members, messages: _messages, nextMessageId: _next, extraMembers: _extra, linked_chat_id: _linked, ...chatRef } = chat;
    const stored: FakeMessage = { message_id: chat.nextMessageId++, date: this.nowSeconds(), chat: chatRef, ...message };
    chat.messages.set(stored.message_id, stored);
    this.deliver(chat, stored);
    const group = chat.type === 'channel' && chat.linked_chat_id !== undefined ? this.chats.get(chat.linked_chat_id) : undefined;
    if (group) {
      const { message_id: _id, chat: _chat, date: _date, from: _from, ...content } = stored;
      this.post(group, {
        ...content,
        from: TELEGRAM_SERVICE_USER,
        sender_chat: chatRef,
        is_automatic_forward: true,
        forward_origin: { type: 'channel', date: stored.date, chat: chatRef, message_id: stored.message_id },
      });
    }
    return stored;
  }

  private sees(bot: FakeBot, chat: FakeChat, message: FakeMessage): boolean {
    if (message.from?.id === bot.user.id) return false;
    if (chat.type === 'private') return true;
    const member = this.member(chat, bot.user.id);
    if (member.status === 'left' || member.status === 'kicked') return false;
    if (chat.type === 'channel') return member.status === 'administrator';
    if (member.status === 'administrator' || !bot.privacyMode) return true;
    // Privacy mode (https://core.telegram.org/bots/features#privacy-mode): replies to the bot and mentions of it.
    const text = message.text ?? message.caption ?? '';
    return message.reply_to_message?.from?.id === bot.user.id || (bot.user.username !== undefined && text.includes(`@${bot.user.username}`));
  }

  private deliver(chat: FakeChat, message: FakeMessage): void {
    const type = chat.type === 'channel' ? 'channel_post' : 'message';
    const bots = chat.type === 'private' ? [...this.bots.values()].filter((bot) => bot.user.id === message.from?.id || chat.members.has(bot.user.id)) : [...this.bots.values()];
    for (const bot of bots) {
      if (!this.sees(bot, chat, message)) continue;
      if (!(bot.allowedUpdates ?? SHARED_UPDATE_TYPES).includes(type)) continue;
      bot.updates.push({ update_id: bot.nextUpdateId++, [type]: structuredClone(message) });
      bot.wake?.(false);
    }
  }
}
