/**
 * The shared OAuth manager end to end, against the fake X API: authorization code with state and
 * PKCE through the callback route, refresh with a single flight, a temporary refresh failure that
 * is not a revoked token, and reconnecting that keeps the refresh token.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saveConnection } from '../../src/app/connectors/accounts.js';
import { openRecord } from '../../src/app/secrets/secret-box.js';
import { startFaultProxy, type FaultProxy } from '../../src/connectors/conformance/fault-proxy.js';
import { FakeXApi } from '../../src/connectors/x/testing/fake-x-api.js';
import { CLIENT } from '../../src/connectors/x/testing/peer.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let fake: FakeXApi;
let proxy: FaultProxy;
let owner: Browser;
let admin: Browser;
let workspaceId: string;
let accountId: string;

interface Account {
  id: string;
  network: string;
  handle: string;
  status: string;
  tokenExpiresAt: string | null;
  lastError: { kind: string } | null;
}

const HOUR = 3_600_000;
const tokenRequests = () => proxy.requests.filter((request) => request.path.startsWith('/2/oauth2/token')).length;
const credentialsOf = async () => openRecord(t.ctx.secrets, (await findConnectedAccount(t.ctx.db, workspaceId, accountId))?.credentialsSealed ?? '');
const testConnection = async () => (await owner.request('POST', `/api/workspaces/${workspaceId}/connections/${accountId}/test`)).json<Account>();

/** Starts a flow as `who`, lets the fake approve it, and follows the redirect back to Chorus. */
async function signInAtX(who: Browser, body: Record<string, unknown> = { network: 'x' }) {
  const begun = await who.request('POST', `/api/workspaces/${workspaceId}/connections/oauth`, body);
  expect(begun.statusCode).toBe(200);
  const authorizeUrl = new URL(begun.json<{ authorizeUrl: string }>().authorizeUrl);
  const atNetwork = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = new URL(atNetwork.headers.get('location') ?? '');
  return { authorizeUrl, callback: `${callback.pathname}${callback.search}` };
}

beforeAll(async () => {
  // The fake's token clock is Chorus' clock, so tokens expire when the test moves time on.
  let now = () => new Date();
  fake = new FakeXApi({ clients: [CLIENT], now: () => now() });
  const fakeUrl = await fake.start();
  proxy = await startFaultProxy(fakeUrl);
  t = await createTestApp({
    networkSettings: { oauthClients: { x: CLIENT }, endpoints: { 'x.api': proxy.url, 'x.authorize': `${fakeUrl}/i/oauth2/authorize` } },
  });
  now = () => t.clock.now();
  fake.oauth.approvingUserId = fake.state.addUser('chorus_brand', { followers: 12 }).id;
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email: 'ada@example.com', role: 'admin', name: 'Ada Admin', password: 'admin password 1' });
  admin = new Browser(t.app);
  await admin.request('POST', '/api/auth/login', { email: 'ada@example.com', password: 'admin password 1' });
});
afterAll(async () => {
  await t.close();
  await proxy.close();
  await fake.close();
});

describe('OAuth connect', () => {
  test('state and a PKCE challenge go to the network, and the callback stores the account', async () => {
    const { authorizeUrl, callback } = await signInAtX(owner);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorizeUrl.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe('http://localhost:8080/api/oauth/callback');

    const landed = await owner.request('GET', callback);
    expect(landed.statusCode).toBe(303);
    const location = new URL(landed.headers.location ?? '', 'http://localhost:8080');
    expect(location.pathname).toBe(`/w/${workspaceId}/accounts`);
    accountId = location.searchParams.get('connected') ?? '';
    const [account] = (await owner.request('GET', `/api/workspaces/${workspaceId}/connections`)).json<{ items: Account[] }>().items;
    expect(account).toMatchObject({ id: accountId, network: 'x', handle: 'chorus_brand', status: 'healthy' });
    expect(new Date(account?.tokenExpiresAt ?? 0).getTime()).toBe(t.clock.now().getTime() + 2 * HOUR);

    // A state works once.
    const again = await owner.request('GET', callback);
    expect(decodeURIComponent(again.headers.location ?? '')).toMatch(/^\/\?connectError=.*expired or was already used/);
  });

  test('a flow belongs to the person who started it, and a refusal at the network is explained', async () => {
    const { callback } = await signInAtX(owner);
    const stolen = await admin.request('GET', callback);
    expect(decodeURIComponent(stolen.headers.location ?? '')).toMatch(/started by someone else/);

    const begun = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/oauth`, { network: 'x' });
    const state = new URL(begun.json<{ authorizeUrl: string }>().authorizeUrl).searchParams.get('state') ?? '';
    const denied = await owner.request('GET', `/api/oauth/callback?state=${state}&error=access_denied`);
    expect(decodeURIComponent(denied.headers.location ?? '')).toBe(`/w/${workspaceId}/accounts?connectError=Access was not granted at the network.`);
  });
});

describe('refresh', () => {
  test('ten callers who find the token expired cause one refresh, and the rotated refresh token is kept', async () => {
    const before = await credentialsOf();
    t.clock.advance(2 * HOUR);
    const refreshesBefore = tokenRequests();
    const results = await Promise.all(Array.from({ length: 10 }, () => testConnection()));
    expect(results.map((result) => result.status)).toEqual(Array(10).fill('healthy'));
    expect(tokenRequests() - refreshesBefore).toBe(1);
    const after = await credentialsOf();
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
  });

  test('a temporary failure during a refresh keeps the credentials and does not revoke the account', async () => {
    const before = await credentialsOf();
    t.clock.advance(2 * HOUR);
    proxy.injectNext({ kind: 'respond', status: 503, headers: { 'content-type': 'text/html' }, body: '<html><body>Over capacity</body></html>' }, /^\/2\/oauth2\/token/);
    const failed = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/${accountId}/test`);
    expect(failed.json<Account>()).toMatchObject({ status: 'degraded', lastError: { kind: 'transient' } });
    expect(await credentialsOf()).toEqual(before);
    // The next call refreshes with the same refresh token and the account is healthy again.
    expect((await testConnection()).status).toBe('healthy');
  });

  test('a refresh token the network refuses revokes the account', async () => {
    t.clock.advance(2 * HOUR);
    proxy.injectNext(
      { kind: 'respond', status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'invalid_request', error_description: 'Value passed for the token was invalid.' }) },
      /^\/2\/oauth2\/token/,
    );
    expect(await testConnection()).toMatchObject({ status: 'revoked', lastError: { kind: 'auth_revoked' } });
  });

  test('reconnecting renews the same account and keeps a refresh token the network did not send again', async () => {
    const { callback } = await signInAtX(owner, { network: 'x', reconnectAccountId: accountId });
    const landed = await owner.request('GET', callback);
    expect(new URL(landed.headers.location ?? '', 'http://x').searchParams.get('connected')).toBe(accountId);
    expect((await testConnection()).status).toBe('healthy');

    const kept = (await credentialsOf()).refreshToken;
    const row = await findConnectedAccount(t.ctx.db, workspaceId, accountId);
    const actor = { kind: 'user' as const, user: { id: row?.connectedBy ?? '' } } as Parameters<typeof saveConnection>[1];
    await saveConnection(t.ctx, actor, workspaceId, 'x', {
      identity: { externalId: row?.externalId ?? '', handle: 'chorus_brand', displayName: null, url: null },
      credentials: { accessToken: 'renewed-access-token' },
      settings: {},
      expiresAt: new Date(t.clock.now().getTime() + 2 * HOUR),
    });
    expect(await credentialsOf()).toMatchObject({ accessToken: 'renewed-access-token', refreshToken: kept });
  });
});
