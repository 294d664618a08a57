/**
 * Behaviour beyond the conformance suite, against the fake instance: what connecting stores,
 * threads with a content warning and a first comment, finding a lost thread, the inbox's sorting
 * of replies, reply visibility and mentions, revoked tokens and rate-limit headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError, type ConnectorCall, type ConnectResult, type RateObservation } from '../contract.js';
import { memoryStore, testEnvironment } from '../conformance/environment.js';
import { createMastodonConnector } from './connector.js';
import { FakeInstance } from './testing/fake-instance.js';
import { connectThroughOAuth } from './testing/peer.js';

const instance = new FakeInstance({ domain: 'fake.social' });
const store = memoryStore();
const connector = createMastodonConnector(testEnvironment({ store }), { mediaWait: { delaysMs: [10], deadlineMs: 2000 } });
let connected: ConnectResult;
let call: ConnectorCall;
const observed: RateObservation[] = [];

const post = (author: string, text: string, options: { inReplyToId?: string; visibility?: 'public' | 'direct' } = {}) => {
  const account = instance.state.accountByUsername(author) ?? instance.state.addAccount(author, author);
  return instance.state.createStatus(account, { text, spoilerText: '', visibility: options.visibility ?? 'public', inReplyToId: options.inReplyToId ?? null, mediaIds: [], poll: null });
};

beforeAll(async () => {
  await instance.start();
  const result = await connectThroughOAuth(connector, instance.url);
  connected = result.connected;
  call = { session: result.session, observeRateLimit: (observation) => observed.push(observation) };
});
afterAll(() => instance.close());

describe('connecting', () => {
  it('keeps the client secret in the store, not in settings, and reads the instance limits', async () => {
    expect(connected.settings).toEqual({ instanceUrl: instance.url, clientId: expect.any(String), domain: 'fake.social' });
    expect(JSON.stringify(connected.settings)).not.toMatch(/secret/i);
    const [client] = await store.list('client:');
    expect(client?.value).toMatchObject({ clientId: connected.settings.clientId, clientSecret: expect.any(String) });
    expect(connected.identity).toMatchObject({ handle: 'brand@fake.social', displayName: 'The Brand' });
    expect(connected.identity.limits?.text).toEqual({ maxLength: 500, counting: 'graphemes' });
    expect(connected.identity.limits?.media?.videoTypes).toEqual(['video/mp4', 'video/webm', 'video/quicktime']);
    expect(connected.expiresAt).toBeNull();
  });

  it('registers once per instance and callback, and asks for PKCE S256', async () => {
    const begun = await connector.oauth?.begin({ fields: { instanceUrl: instance.url }, redirectUri: 'http://127.0.0.1:9/oauth/mastodon/callback', state: 's', codeChallenge: 'c' });
    const url = new URL(begun?.authorizeUrl ?? '');
    expect(url.searchParams.get('client_id')).toBe(connected.settings.clientId);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', scope: 'read write', state: 's', code_challenge: 'c', code_challenge_method: 'S256' });
    expect(await store.list('client:')).toHaveLength(1);
  });

  it('fails the token exchange when the code verifier does not match the challenge', async () => {
    const oauth = connector.oauth;
    const redirectUri = 'http://127.0.0.1:9/oauth/mastodon/callback';
    const begun = await oauth?.begin({ fields: { instanceUrl: instance.url }, redirectUri, state: 's', codeChallenge: 'not-the-hash-of-the-verifier' });
    const consent = await fetch(begun?.authorizeUrl ?? '', { redirect: 'manual' });
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const failure = await oauth?.complete({ code, codeVerifier: 'verifier', redirectUri, settings: begun?.settings ?? {} }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('auth_revoked');
  });
});

describe('publishing', () => {
  it('publishes a thread whose parts answer each other, each with the warning, and a first comment', async () => {
    const published = await connector.publish?.(call, {
      idempotencyKey: 'thread-1',
      parts: [
        { text: 'One', media: [] },
        { text: 'Two', media: [] },
      ],
      contentWarning: 'Spoilers',
      firstComment: 'Links below',
    });
    const [first, second] = published?.partIds ?? [];
    expect(instance.state.liveStatus(second ?? '')).toMatchObject({ inReplyToId: first, spoilerText: 'Spoilers' });
    expect(instance.state.liveStatus(published?.firstCommentId ?? '')).toMatchObject({ text: 'Links below', inReplyToId: first });
  });

  it('gets the same statuses back when the same request is sent again (Idempotency-Key)', async () => {
    const request = { idempotencyKey: 'again-1', parts: [{ text: 'Once only', media: [] }] as const };
    const first = await connector.publish?.(call, request);
    const second = await connector.publish?.(call, request);
    expect(second?.externalId).toBe(first?.externalId);
  });

  it('finds every part of a thread after a lost answer', async () => {
    const since = new Date(Date.now() - 1000);
    const request = { idempotencyKey: 'lost-1', parts: [{ text: 'Lost @friend@fake.social', media: [] }, { text: 'Lost 2', media: [] }] as const };
    const published = await connector.publish?.(call, { ...request, idempotencyKey: 'lost-original' });
    const found = await connector.findPublished?.(call, request, since);
    expect(found?.partIds).toEqual(published?.partIds);
  });

  it('refuses a poll with media, and a video beside other media, before calling the instance', async () => {
    const image = { kind: 'image' as const, mimeType: 'image/png', fileName: 'a.png', bytes: new Uint8Array([1]) };
    const video = { kind: 'video' as const, mimeType: 'video/mp4', fileName: 'a.mp4', bytes: new Uint8Array([1]) };
    const withPoll = connector.publish?.(call, { idempotencyKey: 'p', parts: [{ text: 'x', media: [image] }], poll: { options: ['a', 'b'], durationMinutes: 60, multipleChoice: false } });
    await expect(withPoll).rejects.toMatchObject({ kind: 'invalid_content' });
    await expect(connector.publish?.(call, { idempotencyKey: 'v', parts: [{ text: 'x', media: [image, video] }] })).rejects.toMatchObject({ kind: 'invalid_content' });
  });

  it('reports the rate-limit headers to the ledger', () => {
    const last = observed.at(-1);
    expect(last?.bucket).toBe('requests');
    expect(last?.remaining).toBeLessThan(300);
    expect(last?.resetAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe('the inbox', () => {
  it('sorts replies anywhere in an own thread as comments, other mentions as mentions, direct ones as messages', async () => {
    const start = await connector.fetchInbound?.(call, null);
    const own = await connector.publish?.(call, { idempotencyKey: 'inbox-1', parts: [{ text: 'Our launch', media: [] }] });
    const reply = post('ann', '@brand Love it', { inReplyToId: own?.externalId });
    const deep = post('bob', '@ann @brand Me too', { inReplyToId: reply.id });
    const elsewhere = post('cat', 'Anyone?');
    const mention = post('dan', '@cat ask @brand', { inReplyToId: elsewhere.id });
    const dm = post('eve', '@brand where is my parcel?', { visibility: 'direct' });
    const dmFollowUp = post('eve', '@brand hello?', { visibility: 'direct', inReplyToId: dm.id });

    const page = await connector.fetchInbound?.(call, start?.cursor ?? null);
    const byId = new Map(page?.items.map((item) => [item.externalId, item]));
    expect(byId.get(reply.id)).toMatchObject({ kind: 'comment', rootPostId: own?.externalId, inReplyToId: own?.externalId, text: '@brand Love it' });
    expect(byId.get(deep.id)).toMatchObject({ kind: 'comment', rootPostId: own?.externalId, inReplyToId: reply.id });
    expect(byId.get(mention.id)).toMatchObject({ kind: 'mention', rootPostId: null });
    expect(byId.get(dm.id)).toMatchObject({ kind: 'direct_message', conversationId: dm.id });
    expect(byId.get(dmFollowUp.id)).toMatchObject({ kind: 'direct_message', conversationId: dm.id });
    expect(byId.get(reply.id)?.author).toMatchObject({ handle: 'ann@fake.social', name: 'ann' });
    // Oldest first.
    expect(page?.items.map((item) => item.externalId)).toEqual([reply.id, deep.id, mention.id, dm.id, dmFollowUp.id]);
  });

  it('answers a direct message privately, mentioning its author so they see it', async () => {
    const dm = post('fay', '@brand is it in stock?', { visibility: 'direct' });
    const reply = await connector.reply?.(call, { idempotencyKey: 'r1', to: { externalId: dm.id, kind: 'direct_message', conversationId: dm.id, rootPostId: null }, text: 'Yes, it is.' });
    expect(instance.state.liveStatus(reply?.externalId ?? '')).toMatchObject({ text: '@fay Yes, it is.', visibility: 'direct', inReplyToId: dm.id });
  });

  it('does not mention the author twice when the reply already does', async () => {
    const comment = post('gus', '@brand nice');
    const reply = await connector.reply?.(call, { idempotencyKey: 'r2', to: { externalId: comment.id, kind: 'mention', conversationId: null, rootPostId: null }, text: '@gus thanks!' });
    expect(instance.state.liveStatus(reply?.externalId ?? '')?.text).toBe('@gus thanks!');
  });
});

describe('metrics and deleting', () => {
  it('skips deleted statuses in post metrics, and deleting twice is not an error', async () => {
    const published = await connector.publish?.(call, { idempotencyKey: 'gone-1', parts: [{ text: 'Short-lived', media: [] }] });
    const id = published?.externalId ?? '';
    await connector.delete?.(call, id);
    await connector.delete?.(call, id);
    expect(await connector.postMetrics?.(call, [id])).toEqual([]);
    expect(observed.some((observation) => observation.bucket === 'deletes')).toBe(true);
  });

  it('reads followers, following and posts of the account', async () => {
    expect(await connector.accountMetrics?.(call)).toMatchObject({ followers: 42, following: 0, posts: expect.any(Number) });
  });
});

describe('a revoked token', () => {
  it('fails as auth_revoked', async () => {
    instance.revokeTokensOf(instance.signedInAs);
    await expect(connector.testConnection(call)).rejects.toMatchObject({ kind: 'auth_revoked' });
  });
});
