/**
 * Connecting an account: Chorus registers itself on the person's instance (each server is its own
 * OAuth provider), sends them to its consent page, and trades the code for a token.
 * https://docs.joinmastodon.org/methods/apps/#create , https://docs.joinmastodon.org/methods/oauth/
 */
import { z } from 'zod';
import { ConnectorError, type AccountIdentity, type ConnectorEnvironment, type OAuthFlow } from '../contract.js';
import { instanceClient } from './client.js';
import { instanceLimits } from './limits.js';
import { accountSchema, credentialApplicationSchema, instanceSchema, tokenSchema, type MastodonAccount } from './schemas.js';

const SCOPES = 'read write';
const CLIENT_NAME = 'Chorus';

const storedClientSchema = z.object({ clientId: z.string(), clientSecret: z.string() });

/**
 * The instance's origin from what a person typed ("mastodon.social", "https://mastodon.social/").
 * Plain http is accepted only for this machine, so a token never crosses the network unencrypted.
 */
export function normalizeInstanceUrl(input: string | undefined): string {
  const trimmed = (input ?? '').trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new ConnectorError('invalid_content', `"${trimmed}" is not a server address; enter one such as mastodon.social.`);
  }
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConnectorError('invalid_content', 'The Mastodon server address must start with https://.');
  }
  if (!url.hostname.includes('.') && !loopback) throw new ConnectorError('invalid_content', `"${trimmed}" is not a server address; enter one such as mastodon.social.`);
  return url.origin;
}

const clientKey = (instanceUrl: string, redirectUri: string) => `client:${instanceUrl} ${redirectUri}`;

/** One registration per instance and callback URL, reused by every account connected there. */
async function registeredClient(env: ConnectorEnvironment, instanceUrl: string, redirectUri: string): Promise<z.infer<typeof storedClientSchema>> {
  const cached = storedClientSchema.safeParse(await env.store.get(clientKey(instanceUrl, redirectUri)));
  if (cached.success) return cached.data;
  const application = await instanceClient(env, instanceUrl, null)({
    method: 'POST',
    path: '/api/v1/apps',
    body: { client_name: CLIENT_NAME, redirect_uris: redirectUri, scopes: SCOPES, website: new URL(redirectUri).origin },
    // Registering twice only leaves an unused application behind.
    write: false,
    schema: credentialApplicationSchema,
  });
  const client = { clientId: application.client_id, clientSecret: application.client_secret };
  await env.store.put(clientKey(instanceUrl, redirectUri), client);
  return client;
}

/** The handle others use to mention the account: user@domain, the domain being the instance's own. */
export function fullHandle(acct: string, domain: string): string {
  return acct.includes('@') ? acct : `${acct}@${domain}`;
}

export function identityOf(account: MastodonAccount, domain: string): AccountIdentity {
  return { externalId: account.id, handle: fullHandle(account.acct, domain), displayName: account.display_name || null, url: account.url ?? null };
}

export function mastodonOAuth(env: ConnectorEnvironment): OAuthFlow {
  return {
    begin: async ({ fields, redirectUri, state, codeChallenge }) => {
      const instanceUrl = normalizeInstanceUrl(fields.instanceUrl);
      const client = await registeredClient(env, instanceUrl, redirectUri);
      const authorize = new URL('/oauth/authorize', instanceUrl);
      authorize.search = new URLSearchParams({
        response_type: 'code',
        client_id: client.clientId,
        redirect_uri: redirectUri,
        scope: SCOPES,
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }).toString();
      // The client secret stays in the connector's store; settings are not secret.
      return { authorizeUrl: authorize.toString(), settings: { instanceUrl, clientId: client.clientId } };
    },

    complete: async ({ code, codeVerifier, redirectUri, settings }) => {
      const instanceUrl = normalizeInstanceUrl(settings.instanceUrl);
      const stored = storedClientSchema.safeParse(await env.store.get(clientKey(instanceUrl, redirectUri)));
      if (!stored.success || stored.data.clientId !== settings.clientId) {
        throw new ConnectorError('auth_revoked', 'Chorus no longer knows its registration on this Mastodon server; start connecting again.');
      }
      const anonymous = instanceClient(env, instanceUrl, null);
      const token = await anonymous({
        method: 'POST',
        path: '/oauth/token',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          client_id: stored.data.clientId,
          client_secret: stored.data.clientSecret,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        }),
        // A code is single-use: a lost answer cannot be replayed, only the connect restarted.
        write: false,
        schema: tokenSchema,
      });
      const signedIn = instanceClient(env, instanceUrl, token.access_token);
      const account = await signedIn({ method: 'GET', path: '/api/v1/accounts/verify_credentials', write: false, schema: accountSchema });
      const instance = await anonymous({ method: 'GET', path: '/api/v2/instance', write: false, schema: instanceSchema });
      return {
        identity: { ...identityOf(account, instance.domain), limits: instanceLimits(instance) },
        credentials: { accessToken: token.access_token },
        settings: { instanceUrl, clientId: stored.data.clientId, domain: instance.domain },
        // Mastodon access tokens live until revoked.
        expiresAt: null,
      };
    },
  };
}
