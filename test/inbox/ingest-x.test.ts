/**
 * Ingestion from X through the fake X API: connected by OAuth through the API, replies to the
 * account's Post thread under it (also replies to replies), other mentions stand alone, and the
 * mentions timeline's since_id cursor means nothing is fetched twice.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import { FakeXApi } from '../../src/connectors/x/testing/fake-x-api.js';
import { CLIENT } from '../../src/connectors/x/testing/peer.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { conversationsOf, itemsOf } from './support.js';

let t: TestApp;
let fake: FakeXApi;
let owner: Browser;
let workspaceId: string;
let accountId: string;

beforeAll(async () => {
  // The fake's token clock is Chorus' clock, so tokens do not expire under the test's feet.
  let now = () => new Date();
  fake = new FakeXApi({ clients: [CLIENT], now: () => now() });
  const fakeUrl = await fake.start();
  t = await createTestApp({ networkSettings: { oauthClients: { x: CLIENT }, endpoints: { 'x.api': fakeUrl, 'x.authorize': `${fakeUrl}/i/oauth2/authorize` } } });
  now = () => t.clock.now();
  fake.oauth.approvingUserId = fake.state.addUser('chorus_brand', { followers: 12 }).id;
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const begun = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/oauth`, { network: 'x' });
  expect(begun.statusCode, begun.body).toBe(200);
  const atX = await fetch(begun.json<{ authorizeUrl: string }>().authorizeUrl, { redirect: 'manual' });
  const callback = new URL(atX.headers.get('location') ?? '');
  const landed = await owner.request('GET', `${callback.pathname}${callback.search}`);
  accountId = new URL(landed.headers.location ?? '', 'http://localhost').searchParams.get('connected') ?? '';
  expect(accountId).not.toBe('');
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

describe('X ingestion', () => {
  test('replies thread under the Post, mentions stand alone, and nothing is fetched twice', async () => {
    const brand = fake.state.userByName('chorus_brand');
    if (!brand) throw new Error('no brand user');
    const ana = fake.state.addUser('ana_reads', { followers: 3_400 });
    const budi = fake.state.addUser('budi_says');
    const post = fake.state.addTweet(brand.id, 'Winter opening hours are out');
    const reply = fake.state.addTweet(ana.id, '@chorus_brand finally, thanks!', { replyTo: post.id });
    fake.state.addTweet(budi.id, '@ana_reads @chorus_brand still closed on Sundays though, this is broken', { replyTo: reply.id });
    fake.state.addTweet(budi.id, 'Anyone know if @chorus_brand delivers?');

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 3 });
    const conversations = await conversationsOf(t.ctx.db, accountId);
    expect(conversations.map((c) => [c.kind, c.itemCount])).toEqual([
      ['mention', 1],
      ['post', 2],
    ]);
    expect(conversations.find((c) => c.kind === 'post')).toMatchObject({ threadKey: post.id, network: 'x', contactHandle: 'budi_says' });
    expect((await itemsOf(t.ctx.db, accountId)).find((item) => item.externalId === reply.id)).toMatchObject({ kind: 'comment', authorFollowers: 3_400, rootPostId: post.id });

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', fetched: 0, stored: 0 });
    fake.state.addTweet(ana.id, '@chorus_brand and on holidays?', { replyTo: post.id });
    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ fetched: 1, stored: 1 });
    expect((await conversationsOf(t.ctx.db, accountId)).find((c) => c.kind === 'post')).toMatchObject({ itemCount: 3, contactHandle: 'ana_reads' });
  });
});
