/**
 * OAuth 2.0 Authorization Code with PKCE against X, and the refresh that keeps an account
 * connected: access tokens live two hours, refresh tokens rotate on every use.
 * https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code
 */
import { ConnectorError, type AccountIdentity, type AccountSession, type ConnectResult, type ConnectorCall, type ConnectorEnvironment, type OAuthBegin, type OAuthComplete } from '../contract.js';
import { requestJson, type RawResponse } from '../http.js';
import { apiUrl, callX } from './api.js';
import { mapXError } from './errors.js';
import { meResponseSchema, oauthErrorSchema, tokenResponseSchema, type TokenResponse, type XUser } from './schemas.js';
import { LONG_POST_MAX_LENGTH } from './text.js';

export const PRODUCTION_AUTHORIZE = 'https://x.com/i/oauth2/authorize';

/** Read and write Posts, read the account, upload media, and a refresh token (offline.access). */
export const SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'] as const;

const USER_FIELDS = 'public_metrics,username,name,subscription_type';

type OAuthClient = NonNullable<ConnectorEnvironment['oauthClient']>;

function requireClient(environment: ConnectorEnvironment): OAuthClient {
  if (!environment.oauthClient) {
    throw new ConnectorError(
      'invalid_content',
      'This Chorus install has no X app configured. An administrator registers one in the X developer portal and adds its client id (and secret) to CHORUS_OAUTH_CLIENTS under "x".',
    );
  }
  return environment.oauthClient;
}

export function beginAuthorization(environment: ConnectorEnvironment, request: OAuthBegin): { authorizeUrl: string; settings: Record<string, string> } {
  const client = requireClient(environment);
  const url = new URL(environment.endpoint('authorize', PRODUCTION_AUTHORIZE));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', client.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('scope', SCOPES.join(' '));
  url.searchParams.set('state', request.state);
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return { authorizeUrl: url.toString(), settings: {} };
}

/** The token endpoint's refusals: a spent or revoked grant, a client X does not know. */
function mapTokenError(response: RawResponse): ConnectorError | undefined {
  const parsed = oauthErrorSchema.safeParse(response.json);
  if (response.status === 400 || response.status === 401) {
    const why = parsed.success ? (parsed.data.error_description ?? parsed.data.error) : `HTTP ${response.status}`;
    if (parsed.success && (parsed.data.error === 'invalid_client' || parsed.data.error === 'unauthorized_client')) {
      return new ConnectorError('auth_revoked', `X does not accept this install's app credentials (${why}); check the X app configuration.`, { status: response.status });
    }
    return new ConnectorError('auth_revoked', `X no longer accepts this account's authorization (${why}); connect it again.`, { status: response.status });
  }
  // 429 and X's own problem answers; 5xx falls through to the generic rules: transient, never revoked.
  return mapXError(response, false);
}

async function requestToken(environment: ConnectorEnvironment, form: Record<string, string>): Promise<TokenResponse> {
  const client = requireClient(environment);
  const body = new URLSearchParams(form);
  const headers: Record<string, string> = {};
  if (client.clientSecret === null) body.set('client_id', client.clientId);
  else headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
  return requestJson({
    fetch: environment.fetch,
    method: 'POST',
    url: apiUrl(environment, '/2/oauth2/token'),
    headers,
    body,
    timeoutMs: environment.requestTimeoutMs,
    // A lost answer to a token request changes nothing that a retry cannot redo.
    write: false,
    schema: tokenResponseSchema,
    mapError: mapTokenError,
  });
}

function expiresAt(environment: ConnectorEnvironment, token: TokenResponse): Date | null {
  return token.expires_in === undefined ? null : new Date(environment.clock.now().getTime() + token.expires_in * 1000);
}

/** Subscribers write long posts; everyone else is held to 280. */
function hasLongPosts(user: XUser): boolean {
  return user.subscription_type !== undefined && user.subscription_type !== 'None';
}

/** The signed-in account (GET /2/users/me), for identity, "test connection" and follower counts. */
export function fetchMe(environment: ConnectorEnvironment, call: ConnectorCall) {
  return callX(environment, call, {
    method: 'GET',
    path: '/2/users/me',
    query: { 'user.fields': USER_FIELDS },
    schema: meResponseSchema,
    write: false,
    bucket: 'GET /2/users/me',
  });
}

export function identityOf(user: XUser): AccountIdentity {
  return {
    externalId: user.id,
    handle: user.username,
    displayName: user.name,
    url: `https://x.com/${user.username}`,
    ...(hasLongPosts(user) ? { limits: { text: { maxLength: LONG_POST_MAX_LENGTH, counting: 'weighted' as const } } } : {}),
  };
}

export async function completeAuthorization(environment: ConnectorEnvironment, request: OAuthComplete): Promise<ConnectResult> {
  const token = await requestToken(environment, {
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  const credentials: Record<string, string> = { accessToken: token.access_token, ...(token.refresh_token ? { refreshToken: token.refresh_token } : {}) };
  const session: AccountSession = { accountId: '', externalId: '', handle: '', settings: {}, credentials };
  const me = await fetchMe(environment, { session, observeRateLimit: () => undefined });
  return {
    identity: identityOf(me.data),
    credentials,
    settings: { scope: token.scope ?? SCOPES.join(' '), longPosts: String(hasLongPosts(me.data)) },
    expiresAt: expiresAt(environment, token),
  };
}

export async function refreshAuthorization(environment: ConnectorEnvironment, session: AccountSession): Promise<{ credentials: Record<string, string>; expiresAt: Date | null }> {
  const refreshToken = session.credentials.refreshToken;
  if (!refreshToken) throw new ConnectorError('auth_revoked', 'X gave this account no refresh token; connect it again.');
  const token = await requestToken(environment, { grant_type: 'refresh_token', refresh_token: refreshToken });
  // X rotates refresh tokens: the answer's one replaces ours; without one, ours stays valid.
  return {
    credentials: { ...session.credentials, accessToken: token.access_token, refreshToken: token.refresh_token ?? refreshToken },
    expiresAt: expiresAt(environment, token),
  };
}

export { USER_FIELDS };
