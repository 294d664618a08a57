/**
 * What the Telegram connector is and does. A Telegram "account" in Chorus is a channel, reached
 * through a bot that the channel's owner created with @BotFather and made an administrator.
 */
import type { ConnectorManifest } from '../contract.js';
import { MAX_MEDIA_ITEMS, MAX_POLL_OPEN_SECONDS, MAX_POLL_OPTIONS } from './publish.js';
import { MAX_POLL_OPTION_LENGTH, MAX_TEXT_LENGTH } from './text.js';

const FLOOD_LIMITS = 'https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this';

export const manifest: ConnectorManifest = {
  id: 'telegram',
  name: 'Telegram',
  connect: {
    kind: 'credentials',
    fields: [
      {
        name: 'botToken',
        label: { en: 'Bot token', id: 'Token bot', ru: 'Токен бота', pl: 'Token bota' },
        help: {
          en: 'The token @BotFather gave when you created the bot.',
          id: 'Token yang diberikan @BotFather saat Anda membuat bot.',
          ru: 'Токен, который выдал @BotFather при создании бота.',
          pl: 'Token, który @BotFather podał przy tworzeniu bota.',
        },
        secret: true,
        required: true,
        placeholder: '123456789:AA…',
      },
      {
        name: 'channel',
        label: { en: 'Channel', id: 'Kanal', ru: 'Канал', pl: 'Kanał' },
        help: {
          en: "The channel's @username, or its numeric id for a private channel. The bot must be an administrator allowed to post.",
          id: '@username kanal, atau ID numeriknya untuk kanal privat. Bot harus menjadi admin yang boleh memposting.',
          ru: '@username канала или числовой id для закрытого канала. Бот должен быть администратором с правом публиковать.',
          pl: '@nazwa kanału albo jego numeryczny id dla kanału prywatnego. Bot musi być administratorem z prawem publikowania.',
        },
        secret: false,
        required: true,
        placeholder: '@yourchannel',
      },
    ],
  },
  limits: {
    // UTF-16 code units, the unit of Telegram's entity offsets (https://core.telegram.org/bots/api#messageentity).
    // Captions of posts with photos are shorter (1024); publish refuses longer ones before sending.
    text: { maxLength: MAX_TEXT_LENGTH, counting: 'utf16' },
    media: {
      maxItems: MAX_MEDIA_ITEMS,
      imageTypes: ['image/jpeg', 'image/png'],
      videoTypes: [],
      // https://core.telegram.org/bots/api#sendphoto: "The photo must be at most 10 MB in size".
      maxImageBytes: 10 * 1024 * 1024,
      maxVideoBytes: 0,
      mixed: false,
      // Telegram photos have no alt text.
      altTextMaxLength: null,
    },
    // Telegram closes a poll by itself within 5–600 seconds at most (open_period); longer polls
    // stay open until stopped in Telegram, which this limit cannot express.
    poll: { minOptions: 2, maxOptions: MAX_POLL_OPTIONS, maxOptionLength: MAX_POLL_OPTION_LENGTH, minDurationMinutes: 1, maxDurationMinutes: MAX_POLL_OPEN_SECONDS / 60 },
    thread: null,
  },
  rateBudgets: [
    // "your bot will not be able to send more than 20 messages per minute to the same group";
    // channels are counted the same way (FACTS.md 4.2). An album costs one message per photo.
    { bucket: 'channel-messages', scope: 'account', limit: 20, windowSeconds: 60, cost: { publish: 1, reply: 1 }, source: FLOOD_LIMITS },
    // "the API will not allow more than 30 messages per second or so" for one bot.
    { bucket: 'bot-messages', scope: 'account', limit: 30, windowSeconds: 1, cost: { publish: 1, reply: 1, delete: 1 }, source: FLOOD_LIMITS },
  ],
  capabilities: [
    'publish.text',
    'publish.images',
    'publish.poll',
    'publish.content_warning',
    'delete',
    'metrics.account',
    'inbound.comments',
    'inbound.mentions',
    'inbound.direct_messages',
    'reply',
  ],
  docs: [
    { title: 'Telegram Bot API', url: 'https://core.telegram.org/bots/api' },
    { title: 'Bots: an introduction for developers (BotFather, privacy mode)', url: 'https://core.telegram.org/bots/features' },
    { title: 'Bot FAQ: flood limits', url: FLOOD_LIMITS },
  ],
  setup: [
    'Nothing is registered for the Chorus install itself: each channel brings its own bot.',
    '1. In Telegram, talk to @BotFather, send /newbot and keep the token it answers.',
    "2. In the channel's settings, add the bot as an administrator with the right to post messages (and to delete them, for deleting posts).",
    '3. For comments: link a discussion group to the channel and make the bot an administrator of that group too, so Telegram shows it the group\'s messages (or turn privacy mode off with /setprivacy).',
    '4. In Chorus, connect Telegram with the token and the channel\'s @username (or numeric id for a private channel).',
    'Chorus reads updates with getUpdates, so the bot must have no webhook set and should not be shared with another program.',
  ].join('\n'),
};
