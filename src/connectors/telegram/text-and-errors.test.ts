import { describe, expect, test } from 'vitest';
import type { RawResponse } from '../http.js';
import { mapTelegramError } from './errors.js';
import { channelChatId } from './account.js';
import { decodeRef, encodeRef, messageUrl } from './message-ref.js';
import { formatPost, measureText } from './text.js';

describe('text counting in UTF-16 code units', () => {
  test.each([
    ['hello', 5],
    ['😀', 2],
    ['e\u0301', 2],
    ['👩‍👩‍👧', 8],
    ['Привет', 6],
  ])('%s is %i units', (text, units) => {
    expect(measureText(text)).toBe(units);
  });

  test('a content warning hides the text behind a spoiler whose offset counts the emoji as two units', () => {
    const formatted = formatPost('Ending 🎬 revealed', 'Spoilers 😱');
    expect(formatted.text).toBe('Spoilers 😱\n\nEnding 🎬 revealed');
    expect(formatted.entities).toEqual([{ type: 'spoiler', offset: 13, length: 18 }]);
    const [spoiler] = formatted.entities;
    expect(formatted.text.slice(spoiler?.offset, (spoiler?.offset ?? 0) + (spoiler?.length ?? 0))).toBe('Ending 🎬 revealed');
  });

  test('plain text is sent as it was typed, markup characters included', () => {
    expect(formatPost('<b>5 > 3</b> & *not bold*', undefined)).toEqual({ text: '<b>5 > 3</b> & *not bold*', entities: [] });
  });
});

describe('error answers', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const answer = (status: number, description: string, parameters?: object): RawResponse => {
    const json = { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) };
    return { status, headers: new Headers(), json, text: JSON.stringify(json) };
  };

  test.each([
    [401, 'Unauthorized', 'auth_revoked', /BotFather/],
    [404, 'Not Found', 'auth_revoked', /bot token/],
    [403, 'Forbidden: bot was kicked from the channel chat', 'auth_revoked', /administrator of the channel/],
    [403, 'Forbidden: bot is not a member of the channel chat', 'auth_revoked', /not a member/],
    [400, 'Bad Request: need administrator rights in the channel chat', 'auth_revoked', /right to post/],
    [400, 'Bad Request: not enough rights to send text messages to the chat', 'auth_revoked', /not enough rights/],
    [400, 'Bad Request: chat not found', 'auth_revoked', /chat not found/],
    [400, 'Bad Request: message is too long', 'invalid_content', /longer than the 4,096 characters/],
    [400, 'Bad Request: message caption is too long', 'invalid_content', /1,024 characters/],
    [400, 'Bad Request: IMAGE_PROCESS_FAILED', 'invalid_content', /could not process the image/],
    [403, 'Forbidden: bot was blocked by the user', 'invalid_content', /blocked it/],
    [400, 'Bad Request: something new', 'invalid_content', /^Telegram refused the message: something new\.$/],
    [409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 'invalid_content', /webhook/],
    [409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running', 'transient', /same time/],
  ] as const)('%i %s → %s', (status, description, kind, message) => {
    const error = mapTelegramError(answer(status, description), now);
    expect(error?.kind).toBe(kind);
    expect(error?.message).toMatch(message);
  });

  test('429 waits for retry_after seconds from now', () => {
    const error = mapTelegramError(answer(429, 'Too Many Requests: retry after 35', { retry_after: 35 }), now);
    expect(error?.kind).toBe('rate_limited');
    expect(error?.resetAt).toEqual(new Date('2026-11-20T10:00:35Z'));
  });

  test('5xx and bodies that are not Telegram JSON fall to the generic rules', () => {
    expect(mapTelegramError(answer(502, 'Bad Gateway'), now)).toBeUndefined();
    expect(mapTelegramError({ status: 502, headers: new Headers(), json: undefined, text: '<html>' }, now)).toBeUndefined();
  });
});

describe('references and channel input', () => {
  test('an album keeps every message id', () => {
    const id = encodeRef(-1001234567890, [7, 8, 9]);
    expect(id).toBe('-1001234567890:7,8,9');
    expect(decodeRef(id)).toEqual({ chatId: -1001234567890, messageIds: [7, 8, 9] });
    expect(() => decodeRef('nonsense')).toThrow(/not a Telegram message reference/);
  });

  test('links: public by username, private channels by t.me/c without -100', () => {
    expect(messageUrl({ id: -1001, username: 'news' }, 5)).toBe('https://t.me/news/5');
    expect(messageUrl({ id: -1001234567890 }, 5, 12)).toBe('https://t.me/c/1234567890/5?comment=12');
    expect(messageUrl({ id: 42 }, 5)).toBeNull();
  });

  test.each([
    ['@news_channel', '@news_channel'],
    ['news_channel', '@news_channel'],
    ['https://t.me/news_channel', '@news_channel'],
    [' -1001234567890 ', -1001234567890],
  ])('channel %s', (input, chatId) => {
    expect(channelChatId(input)).toBe(chatId);
  });

  test('a channel that is neither a username nor an id is refused', () => {
    expect(() => channelChatId('my channel!')).toThrow(/neither a channel @username nor a numeric chat id/);
  });
});
