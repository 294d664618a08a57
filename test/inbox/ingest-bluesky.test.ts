/**
 * Ingestion from a real local Bluesky (PDS and AppView): the account is connected with an app
 * password through the API; a second account replies to its post (and to that reply) and
 * mentions it. Replies thread under the account's post; the mention stands alone.
 */
import { RichText } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import { startLocalBluesky, type LocalAccount, type LocalBluesky } from '../../src/connectors/bluesky/testing/network.js';
import { createTestApp, setUpOwner, type TestApp } from '../support/app.js';
import { connect, conversationsOf, itemsOf } from './support.js';

let t: TestApp;
let local: LocalBluesky;
let accountId: string;

const postAs = async (account: LocalAccount, text: string, reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } }) => {
  const richText = new RichText({ text });
  await richText.detectFacets(account.agent);
  return account.agent.post({ text: richText.text, facets: richText.facets, ...(reply ? { reply } : {}) });
};

beforeAll(async () => {
  [t, local] = await Promise.all([createTestApp(), startLocalBluesky()]);
  // Bluesky's session tokens carry real times; the app's clock must agree with them.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  const { browser, workspaceId } = await setUpOwner(t);
  accountId = await connect(browser, workspaceId, 'bluesky', { service: local.serviceUrl, identifier: local.identifier, appPassword: local.appPassword });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await local?.close();
});

describe('Bluesky ingestion', () => {
  test('replies from a second account thread under the post; a mention stands alone; nothing twice', async () => {
    const fan = await local.createAccount('fan1');
    const post = await postAs(local.account, 'Our spring collection is live');
    await local.settle();
    const reply = await postAs(fan, 'Love the colours!', { root: post, parent: post });
    await local.settle();
    await postAs(fan, 'And the prices?', { root: post, parent: reply });
    await postAs(fan, `Have you seen what @${local.account.handle} just launched?`);
    await local.settle();

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 3 });
    const conversations = await conversationsOf(t.ctx.db, accountId);
    expect(conversations.map((c) => [c.kind, c.itemCount, c.contactHandle])).toEqual([
      ['mention', 1, fan.handle],
      ['post', 2, fan.handle],
    ]);
    expect(conversations.find((c) => c.kind === 'post')).toMatchObject({ threadKey: post.uri, network: 'bluesky' });
    const items = await itemsOf(t.ctx.db, accountId);
    expect(items.find((item) => item.externalId === reply.uri)).toMatchObject({ kind: 'comment', rootPostId: post.uri, inReplyToId: post.uri, authorExternalId: fan.did });

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 0 });
  });
});
