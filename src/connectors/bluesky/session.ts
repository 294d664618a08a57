/**
 * Signing in with an app password (https://docs.bsky.app/docs/api/com-atproto-server-create-session)
 * and keeping the session alive with its refresh token
 * (https://docs.bsky.app/docs/api/com-atproto-server-refresh-session). The app password is kept
 * so that an expired or rotated-away refresh token can be replaced without asking the person.
 */
import { ConnectorError, type AccountIdentity, type AccountSession, type ConnectResult, type ConnectorCall, type ConnectorEnvironment } from '../contract.js';
import { BLUESKY_SERVICE } from './manifest.js';
import { currentSessionAnswer, profileAnswer, refreshedSessionAnswer, sessionAnswer } from './schemas.js';
import { xrpcProcedure, xrpcQuery, type XrpcTarget } from './xrpc.js';

/** Who the session belongs to and how to reach its server, as every capability needs it. */
export interface AccountTarget extends XrpcTarget {
  did: string;
}

export function targetOf(env: ConnectorEnvironment, call: ConnectorCall): AccountTarget {
  const serviceUrl = call.session.settings.serviceUrl;
  const token = call.session.credentials.accessJwt;
  if (!serviceUrl || !token) throw new ConnectorError('auth_revoked', 'This Bluesky account is missing its sign-in; reconnect it.');
  return { env, serviceUrl, token, did: call.session.externalId, observeRateLimit: (observation) => call.observeRateLimit(observation) };
}

/** The service address as typed, reduced to its origin and path without a trailing slash. */
export function normalizeServiceUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConnectorError('invalid_content', `"${value}" is not a web address; use one like ${BLUESKY_SERVICE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectorError('invalid_content', `"${value}" must start with https://.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** When a JWT expires, from its `exp` claim; null when it carries none. */
export function jwtExpiry(jwt: string): Date | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
  } catch {
    return null;
  }
}

async function createSession(target: XrpcTarget, identifier: string, appPassword: string) {
  try {
    // A lost answer only leaves an unused session behind, so it is not a write.
    return await xrpcProcedure(target, 'com.atproto.server.createSession', { identifier, password: appPassword }, sessionAnswer, { write: false });
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === 'auth_revoked') {
      throw new ConnectorError('auth_revoked', 'Bluesky did not accept this handle and app password; the app password may have been revoked.', {
        status: error.status,
        cause: error,
      });
    }
    throw error;
  }
}

async function identityOf(target: XrpcTarget, did: string, handle: string): Promise<AccountIdentity> {
  const profile = await xrpcQuery(target, 'app.bsky.actor.getProfile', { actor: did }, profileAnswer);
  return { externalId: did, handle: profile.handle || handle, displayName: profile.displayName || null, url: `https://bsky.app/profile/${profile.handle || did}` };
}

export async function connect(env: ConnectorEnvironment, fields: Readonly<Record<string, string>>): Promise<ConnectResult> {
  const serviceUrl = normalizeServiceUrl(fields.service?.trim() || env.endpoint('bluesky', BLUESKY_SERVICE));
  const identifier = (fields.identifier ?? '').trim().replace(/^@/, '');
  const appPassword = (fields.appPassword ?? '').trim();
  if (!identifier || !appPassword) throw new ConnectorError('invalid_content', 'Enter the handle (or e-mail) and an app password.');
  const session = await createSession({ env, serviceUrl }, identifier, appPassword);
  const identity = await identityOf({ env, serviceUrl, token: session.accessJwt }, session.did, session.handle);
  return {
    identity,
    credentials: { identifier, appPassword, accessJwt: session.accessJwt, refreshJwt: session.refreshJwt },
    settings: { serviceUrl },
    expiresAt: jwtExpiry(session.accessJwt),
  };
}

export async function refresh(env: ConnectorEnvironment, account: AccountSession): Promise<{ credentials: Record<string, string>; expiresAt: Date | null }> {
  const serviceUrl = account.settings.serviceUrl;
  const { identifier, appPassword, refreshJwt } = account.credentials;
  if (!serviceUrl || !identifier || !appPassword) throw new ConnectorError('auth_revoked', 'This Bluesky account is missing its sign-in; reconnect it.');
  let session: { accessJwt: string; refreshJwt: string } | undefined;
  if (refreshJwt) {
    try {
      session = await xrpcProcedure({ env, serviceUrl, token: refreshJwt }, 'com.atproto.server.refreshSession', undefined, refreshedSessionAnswer, { write: false });
    } catch (error) {
      // An expired or revoked refresh token is not the end: the app password can sign in again.
      const recoverable = error instanceof ConnectorError && (error.kind === 'auth_expired' || error.kind === 'auth_revoked');
      if (!recoverable) throw error;
    }
  }
  session ??= await createSession({ env, serviceUrl }, identifier, appPassword);
  return { credentials: { ...account.credentials, accessJwt: session.accessJwt, refreshJwt: session.refreshJwt }, expiresAt: jwtExpiry(session.accessJwt) };
}

export async function testConnection(env: ConnectorEnvironment, call: ConnectorCall): Promise<AccountIdentity> {
  const target = targetOf(env, call);
  // getSession answers from the PDS itself: it proves the token before the AppView is asked.
  const current = await xrpcQuery(target, 'com.atproto.server.getSession', {}, currentSessionAnswer);
  return identityOf(target, current.did, current.handle);
}
