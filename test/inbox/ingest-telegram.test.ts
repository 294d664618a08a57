/**
 * Ingestion from Telegram through the fake Bot API: a channel with its discussion group connected
 * by bot token through the API; comments on a channel post (and answers to them) thread under
 * the post, a mention of the bot stands alone, private messages to the bot are one conversation
 * per person.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callNetwork } from '../../src/app/connectors/gateway.js';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import { decodeRef } from '../../src/connectors/telegram/message-ref.js';
import { FakeBotApi } from '../../src/connectors/telegram/testing/fake-bot-api.js';
import { findConnectedAccountById } from '../../src/db/repositories/connected-accounts.js';
import { createTestApp, setUpOwner, type TestApp } from '../support/app.js';
import { connect, conversationsOf } from './support.js';

let t: TestApp;
let fake: FakeBotApi;
let accountId: string;

beforeAll(async () => {
  fake = new FakeBotApi();
  await fake.start();
  t = await createTestApp({ networkSettings: { endpoints: { 'telegram.api': fake.url } } });
  const { browser, workspaceId } = await setUpOwner(t);
  const bot = fake.world.addBot('chorus_test_bot', 'Chorus');
  fake.createChannel(bot, { title: 'Chorus News', username: 'choruschannel', subscribers: 41 });
  accountId = await connect(browser, workspaceId, 'telegram', { botToken: bot.token, channel: '@choruschannel' });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

describe('Telegram ingestion', () => {
  test('comments thread under the channel post, mentions alone, private messages per person', async () => {
    const account = await findConnectedAccountById(t.ctx.db, accountId);
    if (!account) throw new Error('not connected');
    const published = await callNetwork(t.ctx, account, {
      operation: 'publish',
      run: async (connector, call) => {
        if (!connector.publish) throw new Error('Telegram cannot publish');
        return connector.publish(call, { idempotencyKey: 'post-1', parts: [{ text: 'New courses this week', media: [] }] });
      },
    });
    const channel = [...fake.world.chats.values()].find((chat) => chat.username === 'choruschannel');
    const group = fake.world.chats.get(channel?.linked_chat_id ?? 0);
    if (!channel || !group) throw new Error('no channel with a discussion group');
    const ana = fake.addPerson('Ana', 'ana_x', group);
    const budi = fake.addPerson('Budi', 'budi_y', group);
    const comment = fake.comment(ana, channel, decodeRef(published.externalId).messageIds[0] ?? 0, 'Which days?');
    fake.say(budi, group, 'Tuesdays, I think', comment.message_id);
    fake.say(budi, group, '@chorus_test_bot is the Friday class full?');
    const bot = [...fake.world.bots.values()][0];
    if (!bot) throw new Error('no bot');
    fake.sendPrivate(ana, bot, 'Can I pay by card?');
    fake.sendPrivate(ana, bot, 'Or cash?');

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 5 });
    const conversations = await conversationsOf(t.ctx.db, accountId);
    expect(conversations.map((c) => [c.kind, c.itemCount, c.contactHandle])).toEqual([
      ['direct', 2, 'ana_x'],
      ['mention', 1, 'budi_y'],
      ['post', 2, 'budi_y'],
    ]);
    expect(conversations.find((c) => c.kind === 'post')?.threadKey).toBe(published.externalId);
    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 0 });
  });
});
