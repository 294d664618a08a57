/**
 * A fake Telegram Bot API server (node:http, in memory), written from
 * https://core.telegram.org/bots/api. Routes `/bot<token>/<method>` over GET or POST with a query
 * string, JSON, form-urlencoded or multipart body; answers `{ok:true,result}` or
 * `{ok:false,error_code,description[,parameters]}` with the matching HTTP status; dates are unix
 * seconds. It models a channel with a linked discussion group (channel posts are copied there as
 * automatic forwards, comments reply to the copy), private chats with users, and getUpdates with
 * offset / limit / timeout / allowed_updates. Peer controls act as other people do.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotApiFailure, readParams, type Params } from './fake-params.js';
import { METHODS } from './fake-methods.js';
import { FakeWorld, type FakeBot, type FakeChat, type FakeEntity, type FakeMessage, type FakeUpdate, type FakeUser } from './fake-world.js';

const MAX_UPDATES = 100;

function answer(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function failure(response: http.ServerResponse, error: BotApiFailure): void {
  const parameters = error.retryAfter === undefined ? {} : { parameters: { retry_after: error.retryAfter } };
  answer(response, error.errorCode, { ok: false, error_code: error.errorCode, description: error.description, ...parameters });
}

/** Entities Telegram finds by itself in text people send: @mentions, #hashtags and links. */
export function detectEntities(text: string): FakeEntity[] {
  const found: FakeEntity[] = [];
  const patterns: [RegExp, string][] = [
    [/(?<![\w@])@[A-Za-z][A-Za-z0-9_]{4,31}/g, 'mention'],
    [/(?<![\w#])#[\p{L}\p{N}_]+/gu, 'hashtag'],
    [/https?:\/\/[^\s]+/g, 'url'],
  ];
  for (const [pattern, type] of patterns) {
    for (const match of text.matchAll(pattern)) found.push({ type, offset: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export class FakeBotApi {
  readonly world = new FakeWorld();
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (error instanceof BotApiFailure) failure(response, error);
        else answer(response, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const bot of this.world.bots.values()) bot.wake?.(false);
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!route?.[1] || !route[2]) throw new BotApiFailure(404, 'Not Found');
    const bot = this.world.bots.get(decodeURIComponent(route[1]));
    if (!bot) throw new BotApiFailure(401, 'Unauthorized');
    const params = await readParams(request, url);
    const methodName = Object.keys(METHODS).find((name) => name.toLowerCase() === route[2]?.toLowerCase());
    // Method names are case-insensitive in the Bot API.
    if (route[2].toLowerCase() === 'getupdates') return answer(response, 200, { ok: true, result: await this.getUpdates(bot, params) });
    const method = methodName === undefined ? undefined : METHODS[methodName];
    if (!method) throw new BotApiFailure(404, 'Not Found');
    answer(response, 200, { ok: true, result: await method(this.world, bot, params) });
  }

  /** https://core.telegram.org/bots/api#getupdates */
  private async getUpdates(bot: FakeBot, params: Params): Promise<FakeUpdate[]> {
    if (bot.webhookUrl) throw new BotApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const allowed = params.json('allowed_updates');
    if (Array.isArray(allowed)) bot.allowedUpdates = allowed.length === 0 ? null : allowed.filter((type): type is string => typeof type === 'string');
    const offset = params.integer('offset') ?? 0;
    // "An update is considered confirmed as soon as getUpdates is called with an offset higher than its update_id."
    if (offset > 0) bot.updates = bot.updates.filter((update) => update.update_id >= offset);
    // "The negative offset can be specified to retrieve updates starting from -offset update from the end… All previous updates will be forgotten."
    if (offset < 0) bot.updates = bot.updates.slice(offset);
    const limit = Math.min(Math.max(params.integer('limit') ?? MAX_UPDATES, 1), MAX_UPDATES);
    const timeout = Math.max(params.integer('timeout') ?? 0, 0);
    if (bot.updates.length === 0 && timeout > 0) {
      // A second long poll ends the first with 409, as Telegram does.
      bot.wake?.(true);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(done, timeout * 1000);
        function done(superseded = false): void {
          clearTimeout(timer);
          if (bot.wake === done) bot.wake = null;
          if (superseded) reject(new BotApiFailure(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
          else resolve();
        }
        bot.wake = done;
      });
    }
    return structuredClone(bot.updates.slice(0, limit));
  }

  // -------------------------------------------------------------------------------------------
  // Peer controls: what other people and the channel's owner do, outside the Bot API.

  /** A channel with a linked discussion group, the bot an administrator of both. */
  createChannel(bot: FakeBot, fields: { title: string; username?: string; subscribers?: number }): { channel: FakeChat; group: FakeChat } {
    const channel = this.world.addChat({ type: 'channel', ...fields });
    const group = this.world.addChat({ type: 'supergroup', title: `${fields.title} Chat` });
    channel.linked_chat_id = group.id;
    group.linked_chat_id = channel.id;
    channel.extraMembers = fields.subscribers ?? 0;
    channel.members.set(bot.user.id, { status: 'administrator', can_post_messages: true, can_delete_messages: true });
    group.members.set(bot.user.id, { status: 'administrator', can_delete_messages: true });
    return { channel, group };
  }

  /** A person, who joins the discussion group so they can comment. */
  addPerson(first_name: string, username?: string, group?: FakeChat): FakeUser {
    const user = this.world.addUser({ first_name, ...(username ? { username } : {}) });
    group?.members.set(user.id, { status: 'member' });
    return user;
  }

  /** A person writes in a group, optionally replying to a message there. */
  say(user: FakeUser, chat: FakeChat, text: string, replyToMessageId?: number): FakeMessage {
    const target = replyToMessageId === undefined ? undefined : chat.messages.get(replyToMessageId);
    if (replyToMessageId !== undefined && !target) throw new Error(`no message ${replyToMessageId} in chat ${chat.id}`);
    const entities = detectEntities(text);
    const reply: Partial<FakeMessage> = {};
    if (target) {
      const { reply_to_message: _nested, ...replied } = target;
      reply.reply_to_message = replied;
      const thread = target.is_automatic_forward ? target.message_id : target.message_thread_id;
      if (thread !== undefined) reply.message_thread_id = thread;
    }
    return this.world.post(chat, { from: user, text, ...(entities.length > 0 ? { entities } : {}), ...reply });
  }

  /** A person comments on a channel post: a reply to the post's copy in the discussion group. */
  comment(user: FakeUser, channel: FakeChat, postMessageId: number, text: string): FakeMessage {
    const group = channel.linked_chat_id === undefined ? undefined : this.world.chats.get(channel.linked_chat_id);
    const copy = group && [...group.messages.values()].find((message) => message.is_automatic_forward && message.forward_origin?.chat.id === channel.id && message.forward_origin.message_id === postMessageId);
    if (!group || !copy) throw new Error(`post ${postMessageId} has no copy in a discussion group`);
    return this.say(user, group, text, copy.message_id);
  }

  /** A person writes to the bot in private (after /start, which lets the bot answer). */
  sendPrivate(user: FakeUser, bot: FakeBot, text: string): FakeMessage {
    const chat = this.world.privateChat(user);
    chat.members.set(bot.user.id, { status: 'member' });
    chat.members.set(user.id, { status: 'member' });
    return this.world.post(chat, { from: user, text, ...(detectEntities(text).length > 0 ? { entities: detectEntities(text) } : {}) });
  }

  /** The message as Telegram stores it, or undefined once deleted. */
  message(chatId: number, messageId: number): FakeMessage | undefined {
    return this.world.chats.get(chatId)?.messages.get(messageId);
  }
}
