/**
 * Behaviour the conformance suite does not reach, against the real local PDS and AppView:
 * session refresh and revocation, mentions resolved to DIDs at the right byte offsets, retries
 * that resume a thread without duplicates, replies deep in a thread, and real rate-limit headers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnvironment } from '../conformance/environment.js';
import { startFaultProxy, type FaultProxy } from '../conformance/fault-proxy.js';
import { ConnectorError, type AccountSession, type Connector, type ConnectorCall, type RateObservation } from '../contract.js';
import blueskyModule from './index.js';
import { parsePostUri } from './post-records.js';
import { startLocalBluesky, type LocalBluesky } from './testing/network.js';

describe('Bluesky against a local PDS', () => {
  let local: LocalBluesky;
  let proxy: FaultProxy;
  let connector: Connector;
  let session: AccountSession;
  const observed: RateObservation[] = [];
  const call = (): ConnectorCall => ({ session, observeRateLimit: (observation) => observed.push(observation) });

  const records = async () => {
    const { data } = await local.account.agent.com.atproto.repo.listRecords({ repo: local.account.did, collection: 'app.bsky.feed.post', limit: 100 });
    return data.records;
  };

  beforeAll(async () => {
    local = await startLocalBluesky({ rateLimits: true });
    proxy = await startFaultProxy(local.serviceUrl);
    connector = blueskyModule.create(testEnvironment({}));
    const connected = await connector.connect?.({ service: `${proxy.url}/`, identifier: `@${local.identifier}`, appPassword: local.appPassword });
    if (!connected) throw new Error('connect is missing');
    session = { accountId: 'a1', externalId: connected.identity.externalId, handle: connected.identity.handle, settings: connected.settings, credentials: connected.credentials };
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await local?.close();
  });

  it('connects with an app password and keeps what a refresh needs', () => {
    expect(session.externalId).toBe(local.account.did);
    expect(session.handle).toBe('chorus.test');
    expect(session.settings).toEqual({ serviceUrl: proxy.url });
    expect(Object.keys(session.credentials).sort()).toEqual(['accessJwt', 'appPassword', 'identifier', 'refreshJwt']);
  });

  it('refuses a wrong app password as revoked', async () => {
    const failure = await connector.connect?.({ service: proxy.url, identifier: local.identifier, appPassword: 'aaaa-bbbb-cccc-dddd' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('auth_revoked');
  });

  it('refreshes the session, and signs in again when the refresh token is no longer valid', async () => {
    const refreshed = await connector.refresh?.(session);
    expect(refreshed?.credentials.refreshJwt).not.toBe(session.credentials.refreshJwt);
    expect(refreshed?.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    // The old refresh token has been rotated away; refresh falls back to the app password.
    const again = await connector.refresh?.({ ...session, credentials: { ...session.credentials, refreshJwt: 'not-a-token' } });
    expect(again?.credentials.accessJwt).toBeTruthy();
    session = { ...session, credentials: again?.credentials ?? session.credentials };
    const identity = await connector.testConnection(call());
    expect(identity).toMatchObject({ externalId: local.account.did, handle: 'chorus.test', displayName: 'Chorus Test' });
  });

  it('turns links, hashtags and resolved mentions into facets at UTF-8 byte offsets', async () => {
    const pal = await local.createAccount('pal');
    const text = 'Zażółć 🎉 @pal.test see https://example.com/a #chorus @nobody.test';
    const published = await connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text, media: [] }] });
    const { rkey } = parsePostUri(published?.externalId ?? '');
    const { data } = await local.account.agent.com.atproto.repo.getRecord({ repo: local.account.did, collection: 'app.bsky.feed.post', rkey });
    const value = data.value as { facets: { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[] };
    const bytes = Buffer.from(text, 'utf8');
    const spans = value.facets.map((facet) => [bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'), facet.features[0]]);
    expect(spans).toEqual([
      ['@pal.test', { $type: 'app.bsky.richtext.facet#mention', did: pal.did }],
      ['https://example.com/a', { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/a' }],
      ['#chorus', { $type: 'app.bsky.richtext.facet#tag', tag: 'chorus' }],
    ]);
  });

  it('resumes a thread cut off after its first part, reusing that part and never duplicating', async () => {
    const before = (await records()).length;
    const key = randomUUID();
    const parts = [{ text: 'Part 1', media: [] }, { text: 'Part 2', media: [] }, { text: 'Part 3', media: [] }] as const;
    // The state a crash after the first createRecord leaves behind.
    const cutOff = await connector.publish?.(call(), { idempotencyKey: key, parts: [parts[0]] });
    expect(await connector.findPublished?.(call(), { idempotencyKey: key, parts }, new Date(0))).toBeNull();
    const done = await connector.publish?.(call(), { idempotencyKey: key, parts });
    expect(done?.partIds).toHaveLength(3);
    expect(done?.externalId).toBe(cutOff?.externalId);
    const again = await connector.publish?.(call(), { idempotencyKey: key, parts });
    expect(again?.partIds).toEqual(done?.partIds);
    expect(await connector.findPublished?.(call(), { idempotencyKey: key, parts }, new Date(0))).toMatchObject({ externalId: done?.externalId, partIds: done?.partIds });
    expect((await records()).length - before).toBe(3);
  });

  it('answers a reply deep in a thread under the thread root', async () => {
    const published = await connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Root post', media: [] }] });
    const root = published?.externalId ?? '';
    const fan = await local.createAccount('replier');
    const { rkey } = parsePostUri(root);
    const { data: rootRecord } = await fan.agent.com.atproto.repo.getRecord({ repo: local.account.did, collection: 'app.bsky.feed.post', rkey });
    const rootRef = { uri: root, cid: rootRecord.cid ?? '' };
    const comment = await fan.agent.post({ text: 'A question', reply: { root: rootRef, parent: rootRef } });
    const answer = await connector.reply?.(call(), { idempotencyKey: randomUUID(), to: { externalId: comment.uri, kind: 'comment', conversationId: null, rootPostId: root }, text: 'An answer' });
    const { data } = await local.account.agent.com.atproto.repo.getRecord({ repo: local.account.did, collection: 'app.bsky.feed.post', rkey: parsePostUri(answer?.externalId ?? '').rkey });
    expect(data.value).toMatchObject({ text: 'An answer', reply: { root: rootRef, parent: { uri: comment.uri, cid: comment.cid } } });
  });

  it("reports the PDS's rate-limit headers to the ledger", async () => {
    observed.length = 0;
    await connector.publish?.(call(), { idempotencyKey: randomUUID(), parts: [{ text: 'Counted', media: [] }] });
    // The local PDS applies its per-IP limit of 3,000 requests per 5 minutes to every call.
    expect(observed.length).toBeGreaterThan(0);
    for (const observation of observed) {
      expect(observation.bucket).toBe('requests-per-ip');
      expect(observation.remaining).toBeLessThan(3_000);
      expect(observation.resetAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  // Last: it revokes the account's app password.
  it('reports a revoked app password as auth_revoked once the refresh token is gone too', async () => {
    await local.account.agent.com.atproto.server.revokeAppPassword({ name: 'Chorus' });
    const failure = await connector.refresh?.(session).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('auth_revoked');
    expect((failure as ConnectorError).message).toMatch(/app password/);
  });
});
