/** The fake keeps the Bot API's documented behaviour, which the connector's tests rely on. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FakeBotApi } from './fake-bot-api.js';
import type { FakeBot, FakeChat } from './fake-world.js';

let fake: FakeBotApi;
let bot: FakeBot;
let channel: FakeChat;
let group: FakeChat;

const call = async (method: string, init: RequestInit = {}, token = bot.token) => {
  const response = await fetch(`${fake.url}/bot${token}/${method}`, { method: 'POST', ...init });
  return { status: response.status, body: (await response.json()) as { ok: boolean; result?: unknown; error_code?: number; description?: string } };
};
const json = (method: string, params: object) => call(method, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
const updateIds = (result: unknown) => (result as { update_id: number }[]).map((update) => update.update_id);

beforeEach(async () => {
  fake = new FakeBotApi();
  await fake.start();
  bot = fake.world.addBot('fake_test_bot');
  ({ channel, group } = fake.createChannel(bot, { title: 'News', username: 'newsroom' }));
});
afterEach(async () => {
  await fake.close();
});

describe('answers', () => {
  test('an unknown token is 401 in the documented shape', async () => {
    expect(await call('getMe', {}, '1:nope')).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
  });

  test('dates are unix seconds', async () => {
    const { body } = await json('sendMessage', { chat_id: '@newsroom', text: 'Hi' });
    const date = (body.result as { date: number }).date;
    expect(Math.abs(date - Date.now() / 1000)).toBeLessThan(5);
  });

  test('form-urlencoded parameters arrive as strings, JSON-serialized objects included', async () => {
    const form = new URLSearchParams({ chat_id: String(channel.id), question: 'Tea?', options: JSON.stringify([{ text: 'Yes' }, { text: 'No' }]) });
    const { body } = await call('sendPoll', { body: form });
    expect(body.result).toMatchObject({ poll: { question: 'Tea?', options: [{ text: 'Yes' }, { text: 'No' }], is_anonymous: true } });
  });

  test('an album references its uploaded files with attach://', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]);
    const form = new FormData();
    form.set('chat_id', String(channel.id));
    form.set('a', new Blob([png]), 'a.png');
    form.set('b', new Blob([png]), 'b.png');
    form.set('media', JSON.stringify([{ type: 'photo', media: 'attach://a', caption: 'Two' }, { type: 'photo', media: 'attach://b' }]));
    const { body } = await call('sendMediaGroup', { body: form });
    const album = body.result as { media_group_id: string; caption?: string }[];
    expect(album).toHaveLength(2);
    expect(album[0]?.caption).toBe('Two');
    expect(album[0]?.media_group_id).toBe(album[1]?.media_group_id);
    form.set('media', JSON.stringify([{ type: 'photo', media: 'attach://a' }, { type: 'photo', media: 'attach://missing' }]));
    expect((await call('sendMediaGroup', { body: form })).status).toBe(400);
  });

  test('Telegram refusals: too long, non-anonymous channel polls, a bot that may not post', async () => {
    expect((await json('sendMessage', { chat_id: channel.id, text: 'x'.repeat(4097) })).body.description).toBe('Bad Request: message is too long');
    expect((await json('sendPoll', { chat_id: channel.id, question: 'Q', options: [{ text: 'a' }, { text: 'b' }], is_anonymous: false })).status).toBe(400);
    channel.members.set(bot.user.id, { status: 'member' });
    expect((await json('sendMessage', { chat_id: channel.id, text: 'Hi' })).body.description).toBe('Bad Request: need administrator rights in the channel chat');
  });

  test('a channel post is copied into the discussion group as an automatic forward, and comments join its thread', async () => {
    const { body } = await json('sendMessage', { chat_id: channel.id, text: 'Post' });
    const post = body.result as { message_id: number };
    const reader = fake.addPerson('Ana', 'ana_reads', group);
    const comment = fake.comment(reader, channel, post.message_id, 'First!');
    expect(comment.reply_to_message).toMatchObject({ is_automatic_forward: true, forward_origin: { type: 'channel', chat: { id: channel.id }, message_id: post.message_id } });
    const answer = fake.say(reader, group, 'Replying to myself', comment.message_id);
    expect(answer.message_thread_id).toBe(comment.message_thread_id);
  });

  test('deleting is refused after 48 hours', async () => {
    const { body } = await json('sendMessage', { chat_id: channel.id, text: 'Old' });
    const id = (body.result as { message_id: number }).message_id;
    fake.world.clock = () => Date.now() + 48 * 3600 * 1000;
    expect((await json('deleteMessage', { chat_id: channel.id, message_id: id })).body.description).toBe("Bad Request: message can't be deleted");
  });
});

describe('getUpdates', () => {
  const dm = (text: string) => fake.sendPrivate(fake.world.users.get(reader) ?? fake.addPerson('X'), bot, text);
  let reader = 0;
  beforeEach(() => {
    reader = fake.addPerson('Budi', 'budi').id;
  });

  test('without an offset nothing is confirmed; an offset confirms every earlier update', async () => {
    dm('one');
    dm('two');
    dm('three');
    expect(updateIds((await json('getUpdates', {})).body.result)).toEqual([1, 2, 3]);
    expect(updateIds((await json('getUpdates', {})).body.result)).toEqual([1, 2, 3]);
    expect(updateIds((await json('getUpdates', { offset: 3 })).body.result)).toEqual([3]);
    // Confirmed updates are forgotten: asking from the start again no longer returns them.
    expect(updateIds((await json('getUpdates', { offset: 1 })).body.result)).toEqual([3]);
  });

  test('limit caps the page and a negative offset keeps only the last updates', async () => {
    for (const text of ['a', 'b', 'c', 'd']) dm(text);
    expect(updateIds((await json('getUpdates', { limit: 2 })).body.result)).toEqual([1, 2]);
    expect(updateIds((await json('getUpdates', { offset: -1 })).body.result)).toEqual([4]);
    expect(updateIds((await json('getUpdates', {})).body.result)).toEqual([4]);
  });

  test('a long poll waits for the next update', async () => {
    const polling = json('getUpdates', { timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    dm('wake up');
    const started = Date.now();
    expect(updateIds((await polling).body.result)).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('allowed_updates leaves out channel posts the bot did not ask for', async () => {
    await json('getUpdates', { allowed_updates: ['message'] });
    fake.say(fake.addPerson('Olga', 'olga_r', group), group, 'Hello group');
    const updates = (await json('getUpdates', {})).body.result as { message?: unknown; channel_post?: unknown }[];
    expect(updates.every((update) => update.message !== undefined && update.channel_post === undefined)).toBe(true);
    expect(updates).toHaveLength(1);
  });

  test('a webhook blocks getUpdates with 409', async () => {
    bot.webhookUrl = 'https://example.invalid/hook';
    expect((await json('getUpdates', {})).body.error_code).toBe(409);
  });
});
