/**
 * Publishing to the channel: text → sendMessage, one photo → sendPhoto, 2–10 photos →
 * sendMediaGroup, a poll → sendPoll (https://core.telegram.org/bots/api#available-methods).
 * Limits are checked before sending so that a post that cannot fit fails as invalid_content
 * without spending any of the channel's 20 messages a minute.
 */
import { z } from 'zod';
import { ConnectorError, type ConnectorStore, type MediaAttachment, type PollRequest, type PublishRequest, type PublishedPost } from '../contract.js';
import type { ChannelSession } from './account.js';
import { TelegramApiError } from './errors.js';
import { decodeRef, encodeRef, messageUrl } from './message-ref.js';
import { multipart, type MultipartBody, type MultipartFile } from './multipart.js';
import { messageSchema, type TelegramMessage } from './schemas.js';
import { formatPost, type FormattedText, MAX_CAPTION_LENGTH, MAX_POLL_OPTION_LENGTH, MAX_POLL_QUESTION_LENGTH, MAX_TEXT_LENGTH, measureText } from './text.js';

/** https://core.telegram.org/bots/api#sendmediagroup: "an array describing messages to be sent, must include 2-10 items". */
export const MAX_MEDIA_ITEMS = 10;
/** https://core.telegram.org/bots/api#sendpoll: "A JSON-serialized list of 2-12 answer options". */
export const MAX_POLL_OPTIONS = 12;
/** https://core.telegram.org/bots/api#sendpoll: open_period "5-600" seconds. */
export const MAX_POLL_OPEN_SECONDS = 600;

const refuse = (message: string) => new ConnectorError('invalid_content', message);

/** The album key under which every message of a media group finds the post it belongs to. */
export const albumKey = (chatId: number, messageId: number) => `album:${chatId}:${messageId}`;

function checkLength(text: string, limit: number, what: string): void {
  const length = measureText(text);
  if (length > limit) throw refuse(`The ${what} is ${length} characters long; Telegram allows ${limit.toLocaleString('en')}.`);
}

export function pollPayload(chatId: number, question: string, poll: PollRequest): Record<string, unknown> {
  if (question.trim().length === 0) throw refuse('A Telegram poll needs a question; write it as the post text.');
  checkLength(question, MAX_POLL_QUESTION_LENGTH, 'poll question');
  if (poll.options.length < 2 || poll.options.length > MAX_POLL_OPTIONS) throw refuse(`A Telegram poll has 2 to ${MAX_POLL_OPTIONS} options.`);
  for (const option of poll.options) checkLength(option, MAX_POLL_OPTION_LENGTH, 'poll option');
  const seconds = poll.durationMinutes * 60;
  return {
    chat_id: chatId,
    question,
    // InputPollOption objects since Bot API 7.3 (https://core.telegram.org/bots/api#inputpolloption).
    options: poll.options.map((text) => ({ text })),
    // "Non-anonymous polls can't be sent to channels".
    is_anonymous: true,
    allows_multiple_answers: poll.multipleChoice,
    // Telegram closes a poll by itself only within 10 minutes; a longer poll stays open until
    // someone stops it in Telegram, which the manifest's duration limit tells the composer.
    ...(seconds >= 5 && seconds <= MAX_POLL_OPEN_SECONDS ? { open_period: seconds } : {}),
  };
}

function photoFile(media: MediaAttachment): MultipartFile {
  return { bytes: media.bytes, fileName: media.fileName, mimeType: media.mimeType };
}

/** sendPhoto or sendMediaGroup as multipart, the only way to upload a file (https://core.telegram.org/bots/api#sending-files). */
export function photoPayload(chatId: number, media: readonly MediaAttachment[], caption: FormattedText, spoiler: boolean): MultipartBody {
  const captionFields: { caption?: string; caption_entities?: FormattedText['entities'] } = {};
  if (caption.text) captionFields.caption = caption.text;
  if (caption.text && caption.entities.length > 0) captionFields.caption_entities = caption.entities;
  const [only] = media;
  if (media.length === 1 && only) {
    const fields: Record<string, string> = { chat_id: String(chatId) };
    if (captionFields.caption) fields.caption = captionFields.caption;
    if (captionFields.caption_entities) fields.caption_entities = JSON.stringify(captionFields.caption_entities);
    if (spoiler) fields.has_spoiler = 'true';
    return multipart(fields, { photo: photoFile(only) });
  }
  // Each file travels as its own part and the JSON names it with attach://<part name>.
  const files: Record<string, MultipartFile> = {};
  const described = media.map((item, index) => {
    files[`photo${index}`] = photoFile(item);
    return { type: 'photo', media: `attach://photo${index}`, ...(index === 0 ? captionFields : {}), ...(spoiler ? { has_spoiler: true } : {}) };
  });
  return multipart({ chat_id: String(chatId), media: JSON.stringify(described) }, files);
}

function published(channel: ChannelSession, messages: readonly [TelegramMessage, ...TelegramMessage[]]): PublishedPost {
  const [first] = messages;
  const externalId = encodeRef(first.chat.id, [first.message_id, ...messages.slice(1).map((message) => message.message_id)]);
  return {
    externalId,
    url: messageUrl({ id: channel.channelId, username: channel.channelUsername ?? undefined }, first.message_id),
    publishedAt: new Date(first.date * 1000),
    partIds: [externalId],
  };
}

export async function publishPost(channel: ChannelSession, store: ConnectorStore, request: PublishRequest): Promise<PublishedPost> {
  if (request.parts.length > 1) throw refuse('A Telegram channel has no threads; publish the parts as separate posts.');
  if (request.firstComment !== undefined) throw refuse('Chorus does not post first comments to Telegram discussion groups.');
  const [part] = request.parts;
  const { api, channelId } = channel;
  if (part.media.some((item) => item.kind !== 'image')) throw refuse('Chorus sends only photos to Telegram channels.');
  if (part.media.length > MAX_MEDIA_ITEMS) throw refuse(`A Telegram album holds at most ${MAX_MEDIA_ITEMS} photos.`);

  if (request.poll) {
    if (part.media.length > 0) throw refuse('A Telegram poll cannot carry photos.');
    const message = await api.call('sendPoll', pollPayload(channelId, part.text, request.poll), messageSchema, { write: true });
    return published(channel, [message]);
  }
  const formatted = formatPost(part.text, request.contentWarning);
  if (part.media.length === 0) {
    if (formatted.text.trim().length === 0) throw refuse('Telegram does not send an empty message; add some text.');
    checkLength(formatted.text, MAX_TEXT_LENGTH, 'text');
    const payload = { chat_id: channelId, text: formatted.text, ...(formatted.entities.length > 0 ? { entities: formatted.entities } : {}) };
    return published(channel, [await api.call('sendMessage', payload, messageSchema, { write: true })]);
  }
  checkLength(formatted.text, MAX_CAPTION_LENGTH, 'text of a post with photos');
  const spoiler = request.contentWarning !== undefined;
  if (part.media.length === 1) {
    return published(channel, [await api.call('sendPhoto', photoPayload(channelId, part.media, formatted, spoiler), messageSchema, { write: true })]);
  }
  const album = await api.call('sendMediaGroup', photoPayload(channelId, part.media, formatted, spoiler), z.array(messageSchema).min(1), { write: true });
  const [first, ...rest] = album;
  if (!first) throw new ConnectorError('outcome_unknown', 'Telegram answered the album without its messages.');
  const post = published(channel, [first, ...rest]);
  // Comments attach to one message of the album; this finds the whole post from any of them.
  for (const message of album) await store.put(albumKey(channelId, message.message_id), post.externalId);
  return post;
}

/** Deletes every message of the post; one already gone counts as deleted. */
export async function deletePost(channel: ChannelSession, externalId: string): Promise<void> {
  const ref = decodeRef(externalId);
  for (const messageId of ref.messageIds) {
    try {
      await channel.api.call('deleteMessage', { chat_id: ref.chatId, message_id: messageId }, z.literal(true), { write: true });
    } catch (error) {
      if (!(error instanceof TelegramApiError && /message to delete not found/i.test(error.description))) throw error;
    }
  }
}
