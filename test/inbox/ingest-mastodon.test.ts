/**
 * Ingestion from Mastodon through the fake instance: the account is connected by OAuth through
 * the API, other people reply (threaded under the account's status), mention it and write to it
 * privately (one conversation per private thread).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import { FakeInstance } from '../../src/connectors/mastodon/testing/fake-instance.js';
import type { FakeAccount } from '../../src/connectors/mastodon/testing/fake-state.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { conversationsOf, itemsOf } from './support.js';

let t: TestApp;
let instance: FakeInstance;
let owner: Browser;
let workspaceId: string;
let accountId: string;

const status = (author: FakeAccount, text: string, options: { inReplyToId?: string; visibility?: 'public' | 'direct' } = {}) =>
  instance.state.createStatus(author, { text, spoilerText: '', visibility: options.visibility ?? 'public', inReplyToId: options.inReplyToId ?? null, mediaIds: [], poll: null });

beforeAll(async () => {
  instance = await new FakeInstance().start();
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const begun = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/oauth`, { network: 'mastodon', fields: { instanceUrl: instance.url } });
  expect(begun.statusCode, begun.body).toBe(200);
  const consent = await fetch(begun.json<{ authorizeUrl: string }>().authorizeUrl, { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location') ?? '');
  const landed = await owner.request('GET', `${callback.pathname}${callback.search}`);
  accountId = new URL(landed.headers.location ?? '', 'http://localhost').searchParams.get('connected') ?? '';
  expect(accountId).not.toBe('');
});
afterAll(async () => {
  await t.close();
  await instance.close();
});

describe('Mastodon ingestion', () => {
  test('replies thread under the status, private messages per thread, mentions on their own', async () => {
    const brand = instance.signedInAs;
    const ana = instance.state.addAccount('ana', 'Ana', 1500);
    const bo = instance.state.addAccount('bo', 'Bo');
    const post = status(brand, 'Our autumn menu is here');
    const reply = status(ana, '@brand looks delicious', { inReplyToId: post.id });
    status(bo, '@brand @ana agreed, but the prices went up', { inReplyToId: reply.id });
    status(bo, 'Has anyone tried @brand yet?');
    const question = status(ana, '@brand can I book a table for six?', { visibility: 'direct' });
    status(ana, '@brand at 7pm', { visibility: 'direct', inReplyToId: question.id });

    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 5 });
    const conversations = await conversationsOf(t.ctx.db, accountId);
    expect(conversations.map((c) => [c.kind, c.threadKey, c.itemCount])).toEqual([
      ['direct', question.id, 2],
      ['mention', expect.any(String), 1],
      ['post', post.id, 2],
    ]);
    const items = await itemsOf(t.ctx.db, accountId);
    expect(items.find((item) => item.externalId === reply.id)).toMatchObject({ kind: 'comment', authorHandle: 'ana@fake.social', authorFollowers: 1500, rootPostId: post.id });
    expect(conversations.find((c) => c.kind === 'direct')).toMatchObject({ contactHandle: 'ana@fake.social', contactFollowers: 1500 });

    // The same notifications again: nothing new is stored.
    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ status: 'polled', stored: 0 });
    status(bo, '@brand one more thing', { inReplyToId: post.id });
    expect(await pollAccount(t.ctx, accountId, { force: true })).toMatchObject({ fetched: 1, stored: 1 });
    expect((await conversationsOf(t.ctx.db, accountId)).find((c) => c.kind === 'post')?.itemCount).toBe(3);
  });
});
