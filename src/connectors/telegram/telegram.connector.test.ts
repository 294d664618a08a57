/** The connector's Telegram-specific behaviour against the fake Bot API. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConnectorError, type ConnectorCall, type InboundItem } from '../contract.js';
import { TINY_PNG } from '../conformance/harness.js';
import { testEnvironment } from '../conformance/environment.js';
import telegram from './index.js';
import { decodeRef } from './message-ref.js';
import { pollPayload } from './publish.js';
import { startTelegramPeer, type TelegramPeer } from './testing/peer.js';

let peer: TelegramPeer;
const call = (): ConnectorCall => ({ session: peer.session, observeRateLimit: () => undefined });
const channelId = () => Number(peer.session.externalId);
const channel = () => {
  const chat = peer.fake.world.chats.get(channelId());
  if (!chat) throw new Error('no channel');
  return chat;
};
const photo = (name: string) => ({ kind: 'image' as const, mimeType: 'image/png', fileName: name, bytes: TINY_PNG });

async function drain(cursor: string | null): Promise<{ items: InboundItem[]; cursor: string | null }> {
  const items: InboundItem[] = [];
  for (;;) {
    const page = await (peer.connector.fetchInbound?.(call(), cursor) ?? Promise.resolve({ items: [], cursor }));
    items.push(...page.items);
    if (page.items.length === 0) return { items, cursor: page.cursor };
    cursor = page.cursor;
  }
}

beforeAll(async () => {
  peer = await startTelegramPeer();
});
afterAll(async () => {
  await peer.close();
});

describe('connect', () => {
  const connect = (fields: Record<string, string>) => telegram.create(testEnvironment({ endpoints: { api: peer.fake.url } })).connect?.(fields) ?? Promise.reject(new Error('no connect'));

  test('reads the channel, its discussion group and the bot; the token stays in credentials only', async () => {
    const bot = [...peer.fake.world.bots.values()][0];
    const result = await connect({ botToken: bot?.token ?? '', channel: 't.me/choruschannel' });
    expect(result.identity).toEqual({ externalId: String(channelId()), handle: 'choruschannel', displayName: 'Chorus News', url: 'https://t.me/choruschannel' });
    expect(result.settings.discussionGroupId).toBe(String(channel().linked_chat_id));
    expect(JSON.stringify(result.settings)).not.toContain(bot?.token);
    expect(result.expiresAt).toBeNull();
  });

  test('a bot that is not an administrator is told how to fix it', async () => {
    const other = peer.fake.world.addBot('other_test_bot');
    channel().members.set(other.user.id, { status: 'member' });
    const error = await connect({ botToken: other.token, channel: '@choruschannel' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'auth_revoked', message: expect.stringMatching(/is not an administrator.*Make the bot an administrator/) });
  });

  test('a group is not a channel, and a malformed token is refused without a request', async () => {
    const bot = [...peer.fake.world.bots.values()][0];
    const group = peer.fake.world.chats.get(channel().linked_chat_id ?? 0);
    await expect(connect({ botToken: bot?.token ?? '', channel: String(group?.id) })).rejects.toMatchObject({ kind: 'invalid_content', message: expect.stringMatching(/not a channel/) });
    const before = peer.requestCount();
    await expect(connect({ botToken: 'not a token', channel: '@choruschannel' })).rejects.toMatchObject({ kind: 'invalid_content' });
    expect(peer.requestCount()).toBe(before);
  });
});

describe('publish', () => {
  test('an album is one post of several messages; comments on it find it, and delete removes every message', async () => {
    let { cursor } = await drain(null);
    const post = await peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Album', media: [photo('a.png'), photo('b.png'), photo('c.png')] }] });
    const ref = decodeRef(post?.externalId ?? '');
    expect(ref.messageIds).toHaveLength(3);
    expect(peer.fake.message(ref.chatId, ref.messageIds[0])?.caption).toBe('Album');
    expect(peer.fake.message(ref.chatId, ref.messageIds[1] ?? 0)?.caption).toBeUndefined();
    await peer.engage?.(post?.externalId ?? '', { likes: 0, reposts: 0, replies: ['Nice photos'] });
    const page = await drain(cursor);
    cursor = page.cursor;
    expect(page.items.find((item) => item.text === 'Nice photos')).toMatchObject({ kind: 'comment', rootPostId: post?.externalId, inReplyToId: post?.externalId });
    await peer.connector.delete?.(call(), post?.externalId ?? '');
    expect(ref.messageIds.map((id) => peer.fake.message(ref.chatId, id))).toEqual([undefined, undefined, undefined]);
    // Deleting again is not an error: the messages are gone either way.
    await expect(peer.connector.delete?.(call(), post?.externalId ?? '')).resolves.toBeUndefined();
  });

  test('a content warning puts the text behind a spoiler and the photo behind a blur', async () => {
    const text = await peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Plot twist', media: [] }], contentWarning: 'Spoiler' });
    const stored = peer.fake.message(channelId(), decodeRef(text?.externalId ?? '').messageIds[0]);
    expect(stored).toMatchObject({ text: 'Spoiler\n\nPlot twist', entities: [{ type: 'spoiler', offset: 9, length: 10 }] });
    const image = await peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Look', media: [photo('x.png')] }], contentWarning: 'Gore' });
    expect(peer.fake.message(channelId(), decodeRef(image?.externalId ?? '').messageIds[0])).toMatchObject({ has_media_spoiler: true, caption: 'Gore\n\nLook' });
  });

  test('polls: InputPollOption objects, always anonymous, closed by Telegram only within 10 minutes', () => {
    expect(pollPayload(-100, 'Tea?', { options: ['Yes', 'No'], durationMinutes: 5, multipleChoice: true })).toEqual({
      chat_id: -100,
      question: 'Tea?',
      options: [{ text: 'Yes' }, { text: 'No' }],
      is_anonymous: true,
      allows_multiple_answers: true,
      open_period: 300,
    });
    expect(pollPayload(-100, 'Tea?', { options: ['Yes', 'No'], durationMinutes: 60, multipleChoice: false })).not.toHaveProperty('open_period');
    expect(() => pollPayload(-100, 'Q', { options: ['only'], durationMinutes: 5, multipleChoice: false })).toThrow(/2 to 12 options/);
    expect(() => pollPayload(-100, 'x'.repeat(301), { options: ['a', 'b'], durationMinutes: 5, multipleChoice: false })).toThrow(/poll question is 301/);
  });

  test('threads and first comments are refused rather than half done', async () => {
    await expect(peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'a', media: [] }, { text: 'b', media: [] }] })).rejects.toMatchObject({ kind: 'invalid_content' });
    await expect(peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'a', media: [] }], firstComment: 'c' })).rejects.toMatchObject({ kind: 'invalid_content' });
  });
});

describe('inbound and replies', () => {
  test('one fetch sorts comments, replies to comments, mentions of the bot and direct messages', async () => {
    let { cursor } = await drain(null);
    const post = await peer.connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Discuss', media: [] }] });
    const postId = decodeRef(post?.externalId ?? '').messageIds[0];
    const group = peer.fake.world.chats.get(channel().linked_chat_id ?? 0);
    if (!group) throw new Error('no group');
    const ana = peer.fake.addPerson('Ana', 'ana_x', group);
    const budi = peer.fake.addPerson('Budi', undefined, group);
    const comment = peer.fake.comment(ana, channel(), postId, 'Comment 😀');
    peer.fake.say(budi, group, 'Answer to Ana', comment.message_id);
    peer.fake.say(budi, group, 'Hey @chorus_test_bot and @someone_else');
    peer.fake.say(budi, group, 'Just chatting');
    peer.fake.sendPrivate(ana, [...peer.fake.world.bots.values()][0] ?? peer.fake.world.addBot('x_bot'), 'Private question');
    const page = await drain(cursor);
    cursor = page.cursor;
    const byText = (text: string) => page.items.find((item) => item.text === text);
    expect(byText('Comment 😀')).toMatchObject({ kind: 'comment', rootPostId: post?.externalId, inReplyToId: post?.externalId, author: { handle: 'ana_x', name: 'Ana' } });
    expect(byText('Comment 😀')?.url).toBe(`https://t.me/choruschannel/${postId}?comment=${comment.message_id}`);
    expect(byText('Answer to Ana')).toMatchObject({ kind: 'comment', rootPostId: post?.externalId, inReplyToId: `${group.id}:${comment.message_id}`, author: { handle: String(budi.id) } });
    expect(byText('Hey @chorus_test_bot and @someone_else')).toMatchObject({ kind: 'mention' });
    expect(byText('Just chatting')).toBeUndefined();
    expect(byText('Private question')).toMatchObject({ kind: 'direct_message', conversationId: String(ana.id) });
    expect(page.items.every((item) => item.createdAt.getTime() > Date.UTC(2020, 0))).toBe(true);
    expect((await drain(cursor)).items).toEqual([]);
  });

  test('an update of an unexpected shape is skipped, not a wall', async () => {
    let { cursor } = await drain(null);
    const bot = [...peer.fake.world.bots.values()][0];
    bot?.updates.push({ update_id: bot.nextUpdateId++, message: { weird: true } as never });
    const ana = peer.fake.addPerson('Ana', 'ana_y');
    if (bot) peer.fake.sendPrivate(ana, bot, 'After the weird one');
    const page = await drain(cursor);
    cursor = page.cursor;
    expect(page.items.map((item) => item.text)).toEqual(['After the weird one']);
  });

  test('a direct message is answered in the private chat, as a reply to it', async () => {
    const { cursor } = await drain(null);
    const bot = [...peer.fake.world.bots.values()][0];
    const olga = peer.fake.addPerson('Olga', 'olga_z');
    if (bot) peer.fake.sendPrivate(olga, bot, 'Hello?');
    const message = (await drain(cursor)).items.find((item) => item.text === 'Hello?');
    if (!message) throw new Error('the direct message did not arrive');
    const reply = await peer.connector.reply?.(call(), { idempotencyKey: randomUUID(), to: message, text: 'Hi Olga' });
    const stored = peer.fake.message(olga.id, decodeRef(reply?.externalId ?? '').messageIds[0]);
    expect(stored).toMatchObject({ text: 'Hi Olga', reply_to_message: { text: 'Hello?' } });
  });
});
