/**
 * Zod schemas of the Bot API objects the connector reads. Only the fields it uses are listed;
 * zod drops the rest, so new fields Telegram adds never break parsing.
 */
import { z } from 'zod';

// https://core.telegram.org/bots/api#making-requests ("The response contains a JSON object…")
export const errorResponseSchema = z.object({
  ok: z.literal(false),
  error_code: z.number().int(),
  description: z.string(),
  parameters: z
    .object({
      retry_after: z.number().optional(),
      migrate_to_chat_id: z.number().optional(),
    })
    .optional(),
});
export type ErrorResponse = z.output<typeof errorResponseSchema>;

/** The envelope of every successful answer; `result` is parsed by the method's own schema. https://core.telegram.org/bots/api#making-requests */
export const okEnvelopeSchema = z.object({ ok: z.literal(true), result: z.unknown() });

// https://core.telegram.org/bots/api#user
export const userSchema = z.object({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
export type TelegramUser = z.output<typeof userSchema>;

// https://core.telegram.org/bots/api#chat
export const chatSchema = z.object({
  id: z.number().int(),
  // 'private', 'group', 'supergroup' or 'channel'; a string so a new kind never breaks parsing.
  type: z.string(),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});
export type TelegramChat = z.output<typeof chatSchema>;

// https://core.telegram.org/bots/api#chatfullinfo (what getChat returns since Bot API 7.3)
export const chatFullInfoSchema = chatSchema.extend({
  linked_chat_id: z.number().int().optional(),
});
export type TelegramChatFullInfo = z.output<typeof chatFullInfoSchema>;

// https://core.telegram.org/bots/api#chatmember (owner, administrator, member, restricted, left, banned)
export const chatMemberSchema = z.object({
  status: z.enum(['creator', 'administrator', 'member', 'restricted', 'left', 'kicked']),
  user: userSchema,
  can_post_messages: z.boolean().optional(),
});
export type TelegramChatMember = z.output<typeof chatMemberSchema>;

// https://core.telegram.org/bots/api#messageentity
export const messageEntitySchema = z.object({
  type: z.string(),
  offset: z.number().int(),
  length: z.number().int(),
  user: userSchema.optional(),
});
export type TelegramMessageEntity = z.output<typeof messageEntitySchema>;

// https://core.telegram.org/bots/api#messageorigin (only the channel variant matters here)
const messageOriginSchema = z.object({
  type: z.string(),
  chat: chatSchema.optional(),
  message_id: z.number().int().optional(),
});

// https://core.telegram.org/bots/api#poll
const pollSchema = z.object({
  question: z.string(),
  options: z.array(z.object({ text: z.string(), voter_count: z.number().int() })),
});

// https://core.telegram.org/bots/api#message
const messageFields = {
  message_id: z.number().int(),
  message_thread_id: z.number().int().optional(),
  from: userSchema.optional(),
  sender_chat: chatSchema.optional(),
  date: z.number().int(),
  chat: chatSchema,
  forward_origin: messageOriginSchema.optional(),
  is_automatic_forward: z.boolean().optional(),
  media_group_id: z.string().optional(),
  text: z.string().optional(),
  entities: z.array(messageEntitySchema).optional(),
  caption: z.string().optional(),
  caption_entities: z.array(messageEntitySchema).optional(),
  poll: pollSchema.optional(),
};
/** "the Message object in this field will not contain further reply_to_message fields" */
const repliedMessageSchema = z.object(messageFields);
export const messageSchema = z.object({ ...messageFields, reply_to_message: repliedMessageSchema.optional() });
export type TelegramMessage = z.output<typeof messageSchema>;
export type TelegramRepliedMessage = z.output<typeof repliedMessageSchema>;

// https://core.telegram.org/bots/api#update
export const updateSchema = z.object({
  update_id: z.number().int(),
  message: messageSchema.optional(),
});
export type TelegramUpdate = z.output<typeof updateSchema>;
