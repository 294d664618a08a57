/**
 * The Bot API methods the fake answers, each following its section of
 * https://core.telegram.org/bots/api. The documentation lists no error descriptions; the ones
 * used here are those Telegram is known to send ("message is too long", "chat not found", …)
 * and, for rarer cases, descriptions in the same style.
 */
import { badRequest, BotApiFailure, forbidden, type Params } from './fake-params.js';
import type { FakeBot, FakeChat, FakeEntity, FakeMessage, FakeWorld } from './fake-world.js';

type Method = (world: FakeWorld, bot: FakeBot, params: Params) => unknown;

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const DELETE_WINDOW_SECONDS = 48 * 60 * 60;

function chatOf(world: FakeWorld, bot: FakeBot, params: Params, name = 'chat_id'): FakeChat {
  const chat = world.findChat(params.chatId(name));
  // A private channel or group is invisible to a bot that is not in it.
  if (!chat || (!chat.username && chat.type !== 'private' && !chat.members.has(bot.user.id))) throw badRequest('chat not found');
  return chat;
}

function chatFullInfo(chat: FakeChat) {
  const { members: _members, messages: _messages, nextMessageId: _next, extraMembers: _extra, ...info } = chat;
  return { ...info, accent_color_id: 0, max_reaction_count: 11 };
}

/** Whether the bot may send into the chat; throws what Telegram answers when it may not. */
function checkCanSend(world: FakeWorld, bot: FakeBot, chat: FakeChat): void {
  const member = world.member(chat, bot.user.id);
  if (chat.type === 'private') {
    if (!chat.members.has(bot.user.id)) throw forbidden("bot can't initiate conversation with a user");
    return;
  }
  if (member.status === 'kicked') throw forbidden(`bot was kicked from the ${chat.type === 'channel' ? 'channel' : 'supergroup'} chat`);
  if (member.status === 'left') throw forbidden(`bot is not a member of the ${chat.type === 'channel' ? 'channel' : 'supergroup'} chat`);
  if (chat.type === 'channel' && !(member.status === 'administrator' && member.can_post_messages)) throw badRequest('need administrator rights in the channel chat');
  if (member.status === 'restricted') throw badRequest('not enough rights to send text messages to the chat');
}

function entities(params: Params, name: string, text: string): FakeEntity[] | undefined {
  if (params.has('parse_mode')) throw badRequest('parse_mode is not implemented by the fake Bot API');
  const given = params.json(name);
  if (given === undefined) return undefined;
  if (!Array.isArray(given)) throw badRequest(`can't parse ${name} JSON object`);
  const list = given as FakeEntity[];
  for (const entity of list) {
    if (typeof entity.type !== 'string' || !Number.isInteger(entity.offset) || !Number.isInteger(entity.length) || entity.offset < 0 || entity.offset + entity.length > text.length) {
      throw badRequest("can't parse entities: entity beyond the end of the text");
    }
  }
  return list.length > 0 ? list : undefined;
}

/** reply_parameters and the comment thread the reply falls into. */
function replyFields(chat: FakeChat, params: Params): Pick<FakeMessage, 'reply_to_message' | 'message_thread_id'> {
  const reply = params.json('reply_parameters') as { message_id?: number; chat_id?: number | string; allow_sending_without_reply?: boolean } | undefined;
  if (reply === undefined) return {};
  if (reply.chat_id !== undefined && reply.chat_id !== chat.id) throw badRequest('replies to other chats are not implemented by the fake Bot API');
  const target = reply.message_id === undefined ? undefined : chat.messages.get(reply.message_id);
  if (!target) {
    if (reply.allow_sending_without_reply) return {};
    throw badRequest('message to be replied not found');
  }
  const { reply_to_message: _nested, ...replied } = target;
  // Replying to a channel post's copy opens its comment thread; replies inside keep the thread.
  const thread = target.is_automatic_forward ? target.message_id : target.message_thread_id;
  return { reply_to_message: replied, ...(thread === undefined ? {} : { message_thread_id: thread }) };
}

function senderFields(bot: FakeBot, chat: FakeChat): Pick<FakeMessage, 'from' | 'sender_chat'> {
  // Channel posts are signed by the channel, not by the bot that posted them.
  if (chat.type === 'channel') {
    const { members: _m, messages: _ms, nextMessageId: _n, extraMembers: _e, linked_chat_id: _l, ...ref } = chat;
    return { sender_chat: ref };
  }
  return { from: bot.user };
}

function checkCaption(caption: string | undefined): void {
  if (caption !== undefined && caption.length > CAPTION_LIMIT) throw badRequest('message caption is too long');
}

function isImage(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg;
}

async function photoSizes(world: FakeWorld, file: Blob | undefined, reference: string | undefined): Promise<NonNullable<FakeMessage['photo']>> {
  let id: string;
  let bytes: Uint8Array;
  if (file) {
    bytes = new Uint8Array(await file.arrayBuffer());
    if (!isImage(bytes)) throw badRequest('IMAGE_PROCESS_FAILED');
    id = world.newFileId(bytes);
  } else if (reference !== undefined && world.files.has(reference)) {
    id = reference;
    bytes = world.files.get(reference) ?? new Uint8Array();
  } else throw badRequest('wrong file identifier/HTTP URL specified');
  return [{ file_id: id, file_unique_id: `u${id}`, width: 1, height: 1, file_size: bytes.length }];
}

const sendMessage: Method = (world, bot, params) => {
  const chat = chatOf(world, bot, params);
  checkCanSend(world, bot, chat);
  const text = params.string('text') ?? '';
  if (text.trim().length === 0) throw badRequest('message text is empty');
  if (text.length > TEXT_LIMIT) throw badRequest('message is too long');
  const found = entities(params, 'entities', text);
  return world.post(chat, { ...senderFields(bot, chat), ...replyFields(chat, params), text, ...(found ? { entities: found } : {}) });
};

const sendPhoto: Method = async (world, bot, params) => {
  const chat = chatOf(world, bot, params);
  checkCanSend(world, bot, chat);
  const caption = params.string('caption');
  checkCaption(caption);
  if (!params.has('photo')) throw badRequest('there is no photo in the request');
  const photo = await photoSizes(world, params.file('photo'), params.string('photo'));
  const found = caption ? entities(params, 'caption_entities', caption) : undefined;
  return world.post(chat, {
    ...senderFields(bot, chat),
    ...replyFields(chat, params),
    photo,
    ...(caption ? { caption } : {}),
    ...(found ? { caption_entities: found } : {}),
    ...(params.boolean('has_spoiler') ? { has_media_spoiler: true as const } : {}),
  });
};

interface InputMediaPhoto {
  type?: string;
  media?: string;
  caption?: string;
  caption_entities?: FakeEntity[];
  has_spoiler?: boolean;
}

const sendMediaGroup: Method = async (world, bot, params) => {
  const chat = chatOf(world, bot, params);
  checkCanSend(world, bot, chat);
  const media = params.json('media');
  if (!Array.isArray(media)) throw badRequest('media is empty');
  const items = media as InputMediaPhoto[];
  if (items.length < 2 || items.length > 10) throw badRequest('wrong number of media in the album: must include 2-10 items');
  const prepared = [];
  for (const [index, item] of items.entries()) {
    if (item.type !== 'photo') throw badRequest(`the fake Bot API sends only photos in albums (item ${index + 1} is ${String(item.type)})`);
    checkCaption(item.caption);
    const attached = item.media?.startsWith('attach://') ? params.file(item.media.slice('attach://'.length)) : undefined;
    if (item.media?.startsWith('attach://') && !attached) throw badRequest(`failed to send message #${index + 1} with the error message "wrong file identifier/HTTP URL specified"`);
    prepared.push({ item, photo: await photoSizes(world, attached, attached ? undefined : item.media) });
  }
  const group = world.newMediaGroupId();
  return prepared.map(({ item, photo }) =>
    world.post(chat, {
      ...senderFields(bot, chat),
      media_group_id: group,
      photo,
      ...(item.caption ? { caption: item.caption } : {}),
      ...(item.caption_entities?.length ? { caption_entities: item.caption_entities } : {}),
      ...(item.has_spoiler ? { has_media_spoiler: true as const } : {}),
    }),
  );
};

const sendPoll: Method = (world, bot, params) => {
  const chat = chatOf(world, bot, params);
  checkCanSend(world, bot, chat);
  const question = params.requiredString('question');
  if (question.length > 300) throw badRequest('poll question length must not exceed 300');
  const options = params.json('options');
  if (!Array.isArray(options) || options.length < 2 || options.length > 12) throw badRequest('poll must have 2-12 options');
  const texts = options.map((option: unknown) => {
    // InputPollOption objects (https://core.telegram.org/bots/api#inputpolloption).
    const text = typeof option === 'object' && option !== null ? (option as { text?: unknown }).text : undefined;
    if (typeof text !== 'string') throw badRequest("can't parse InputPollOption JSON object");
    if (text.length === 0 || text.length > 100) throw badRequest('poll option length must be 1-100');
    return text;
  });
  const anonymous = params.boolean('is_anonymous') ?? true;
  if (chat.type === 'channel' && !anonymous) throw badRequest("non-anonymous polls can't be sent to channel chats");
  const openPeriod = params.integer('open_period');
  if (openPeriod !== undefined && (openPeriod < 5 || openPeriod > 600)) throw badRequest('wrong open_period specified');
  return world.post(chat, {
    ...senderFields(bot, chat),
    poll: {
      id: `poll-${chat.id}-${chat.nextMessageId}`,
      question,
      options: texts.map((text) => ({ text, voter_count: 0 })),
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: anonymous,
      type: params.string('type') === 'quiz' ? 'quiz' : 'regular',
      allows_multiple_answers: params.boolean('allows_multiple_answers') ?? false,
      ...(openPeriod === undefined ? {} : { open_period: openPeriod }),
    },
  });
};

function ownMessage(world: FakeWorld, bot: FakeBot, params: Params, missing: string): { chat: FakeChat; message: FakeMessage } {
  const chat = chatOf(world, bot, params);
  const messageId = params.integer('message_id');
  const message = messageId === undefined ? undefined : chat.messages.get(messageId);
  if (!message) throw badRequest(missing);
  return { chat, message };
}

const editMessageText: Method = (world, bot, params) => {
  const { chat, message } = ownMessage(world, bot, params, 'message to edit not found');
  const byBot = message.from?.id === bot.user.id || (chat.type === 'channel' && message.sender_chat?.id === chat.id);
  if (!byBot || message.text === undefined) throw badRequest("message can't be edited");
  const text = params.requiredString('text');
  if (text.length > TEXT_LIMIT) throw badRequest('message is too long');
  if (text === message.text) throw badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
  const found = entities(params, 'entities', text);
  message.text = text;
  if (found) message.entities = found;
  else delete message.entities;
  message.edit_date = world.nowSeconds();
  return message;
};

const deleteMessage: Method = (world, bot, params) => {
  const { chat, message } = ownMessage(world, bot, params, 'message to delete not found');
  const member = world.member(chat, bot.user.id);
  const mayDeleteAny = member.status === 'administrator' && member.can_delete_messages === true;
  const own = message.from?.id === bot.user.id || (chat.type === 'channel' && member.can_post_messages === true && message.sender_chat?.id === chat.id);
  // "A message can only be deleted if it was sent less than 48 hours ago" (https://core.telegram.org/bots/api#deletemessage).
  if ((!mayDeleteAny && !own && chat.type !== 'private') || world.nowSeconds() - message.date >= DELETE_WINDOW_SECONDS) throw badRequest("message can't be deleted");
  chat.messages.delete(message.message_id);
  return true;
};

export const METHODS: Record<string, Method> = {
  getMe: (_world, bot) => ({ ...bot.user, can_join_groups: true, can_read_all_group_messages: !bot.privacyMode, supports_inline_queries: false }),
  getChat: (world, bot, params) => chatFullInfo(chatOf(world, bot, params)),
  getChatMember: (world, bot, params) => {
    const chat = chatOf(world, bot, params);
    const userId = params.integer('user_id');
    const user = userId === undefined ? undefined : world.users.get(userId);
    if (!user) throw badRequest('user not found');
    return { ...world.member(chat, user.id), user };
  },
  getChatMemberCount: (world, bot, params) => {
    const chat = chatOf(world, bot, params);
    return [...chat.members.values()].filter((member) => member.status !== 'left' && member.status !== 'kicked').length + chat.extraMembers;
  },
  sendMessage,
  sendPhoto,
  sendMediaGroup,
  sendPoll,
  editMessageText,
  deleteMessage,
};

export { BotApiFailure };
