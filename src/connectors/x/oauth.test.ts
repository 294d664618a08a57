import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSession } from '../contract.js';
import { testEnvironment } from '../conformance/environment.js';
import { failureOf } from '../conformance/harness.js';
import { createXConnector } from './connector.js';
import { startXFixture, type XFixture } from './testing/fixture.js';

let fixture: XFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const challenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

describe('X OAuth 2.0 with PKCE', () => {
  it('refuses to begin when the install has no X app, saying what to configure', async () => {
    const connector = createXConnector(testEnvironment({}));
    const error = await failureOf(connector.oauth?.begin({ fields: {}, redirectUri: 'https://chorus.example/api/oauth/callback', state: 's', codeChallenge: 'c' }) ?? Promise.resolve());
    expect(error.kind).toBe('invalid_content');
    expect(error.message).toMatch(/no X app configured/);
  });

  it('sends the person to x.com with PKCE S256, the state and the scopes Chorus needs', async () => {
    const connector = createXConnector(testEnvironment({ oauthClient: { clientId: 'abc', clientSecret: null } }));
    const begun = await connector.oauth?.begin({ fields: {}, redirectUri: 'https://chorus.example/api/oauth/callback', state: 'st4te', codeChallenge: 'ch4llenge' });
    const url = new URL(begun?.authorizeUrl ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://x.com/i/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'abc',
      redirect_uri: 'https://chorus.example/api/oauth/callback',
      state: 'st4te',
      code_challenge: 'ch4llenge',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual(['media.write', 'offline.access', 'tweet.read', 'tweet.write', 'users.read']);
  });

  it('connects a confidential client (HTTP Basic) and reads the identity and expiry', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    fixture = await startXFixture({ now: () => now });
    expect(fixture.session).toMatchObject({ externalId: fixture.owner.id, handle: 'chorus_brand' });
    expect(fixture.session.credentials.refreshToken).toBeTruthy();
    const identity = await fixture.connector.testConnection(fixture.call());
    expect(identity).toMatchObject({ externalId: fixture.owner.id, url: 'https://x.com/chorus_brand' });
  });

  it('connects a public client, which names itself in the form and has no secret', async () => {
    fixture = await startXFixture({ client: { clientId: 'public-client', clientSecret: null } });
    expect(fixture.session.credentials.accessToken).toBeTruthy();
  });

  it('fails the exchange when the code verifier does not match the challenge', async () => {
    fixture = await startXFixture();
    const oauth = fixture.connector.oauth;
    const begun = await oauth?.begin({ fields: {}, redirectUri: 'http://127.0.0.1/cb', state: 'x', codeChallenge: challenge('the-right-verifier') });
    const redirect = await fetch(begun?.authorizeUrl ?? '', { redirect: 'manual' });
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const error = await failureOf(oauth?.complete({ code, codeVerifier: 'a-wrong-verifier', redirectUri: 'http://127.0.0.1/cb', settings: {} }) ?? Promise.resolve());
    expect(error.kind).toBe('auth_revoked');
  });

  it('gives subscribers the long-post limit', async () => {
    fixture = await startXFixture();
    fixture.owner.subscriptionType = 'Premium';
    const identity = await fixture.connector.testConnection(fixture.call());
    expect(identity.limits?.text?.maxLength).toBe(25_000);
  });
});

describe('X token refresh', () => {
  it('an expired access token is auth_expired; refreshing rotates the refresh token and works again', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    fixture = await startXFixture({ now: () => now });
    const { connector, session } = fixture;
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000 + 1000);
    expect((await failureOf(connector.testConnection(fixture.call()))).kind).toBe('auth_expired');

    const refreshed = await connector.refresh?.(session);
    expect(refreshed?.expiresAt?.toISOString()).toBe(new Date(now.getTime() + 7200 * 1000).toISOString());
    expect(refreshed?.credentials.refreshToken).toBeTruthy();
    expect(refreshed?.credentials.refreshToken).not.toBe(session.credentials.refreshToken);
    const renewed: AccountSession = { ...session, credentials: refreshed?.credentials ?? {} };
    await expect(connector.testConnection({ session: renewed, observeRateLimit: () => undefined })).resolves.toMatchObject({ handle: 'chorus_brand' });

    // The old refresh token was spent by the rotation: X refuses it, and that is a revoked grant.
    const spent = await failureOf(connector.refresh?.(session) ?? Promise.resolve());
    expect(spent.kind).toBe('auth_revoked');
    expect(spent.message).toMatch(/Value passed for the token was invalid/);
  });

  it('keeps the old refresh token when X sends no new one', async () => {
    const fetchStub: typeof fetch = async () => Response.json({ token_type: 'bearer', expires_in: 7200, access_token: 'new-access', scope: 'tweet.read' });
    const connector = createXConnector({ ...testEnvironment({ oauthClient: { clientId: 'id', clientSecret: 'secret' } }), fetch: fetchStub });
    const session: AccountSession = { accountId: 'a', externalId: '1', handle: 'h', settings: {}, credentials: { accessToken: 'old-access', refreshToken: 'keep-me' } };
    const refreshed = await connector.refresh?.(session);
    expect(refreshed?.credentials).toEqual({ accessToken: 'new-access', refreshToken: 'keep-me' });
  });

  it('sends the refresh as a form with HTTP Basic client authentication', async () => {
    const seen: { body: string; authorization: string | null; url: string }[] = [];
    const fetchStub: typeof fetch = async (input, init) => {
      const body = init?.body instanceof URLSearchParams ? init.body.toString() : '';
      seen.push({ url: input instanceof Request ? input.url : input.toString(), body, authorization: new Headers(init?.headers).get('authorization') });
      return Response.json({ token_type: 'bearer', expires_in: 7200, access_token: 'a', refresh_token: 'r2' });
    };
    const connector = createXConnector({ ...testEnvironment({ oauthClient: { clientId: 'id', clientSecret: 'secret' } }), fetch: fetchStub });
    await connector.refresh?.({ accountId: 'a', externalId: '1', handle: 'h', settings: {}, credentials: { accessToken: 'x', refreshToken: 'r1' } });
    expect(seen[0]?.url).toBe('https://api.x.com/2/oauth2/token');
    expect(Object.fromEntries(new URLSearchParams(seen[0]?.body))).toEqual({ grant_type: 'refresh_token', refresh_token: 'r1' });
    expect(seen[0]?.authorization).toBe(`Basic ${Buffer.from('id:secret').toString('base64')}`);
  });

  it('a 5xx or a dropped connection during refresh is transient, never revoked', async () => {
    const session: AccountSession = { accountId: 'a', externalId: '1', handle: 'h', settings: {}, credentials: { accessToken: 'x', refreshToken: 'still-good' } };
    const answers: (() => Promise<Response>)[] = [
      async () => new Response('<html><body>Over capacity</body></html>', { status: 503, headers: { 'content-type': 'text/html' } }),
      async () => Response.json({ title: 'Internal Server Error', type: 'about:blank', status: 500, detail: 'Internal Server Error' }, { status: 500 }),
      async () => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      },
    ];
    for (const next of answers) {
      const connector = createXConnector({ ...testEnvironment({ oauthClient: { clientId: 'id', clientSecret: null } }), fetch: next });
      const error = await failureOf(connector.refresh?.(session) ?? Promise.resolve());
      expect(error.kind).toBe('transient');
    }
  });
});
