/**
 * The shared OAuth 2.0 authorization-code flow with `state` and PKCE (RFC 6749 §4.1, RFC 7636):
 * `beginOAuth` keeps the verifier sealed in the database and sends the person to the network;
 * the callback route calls `completeOAuth`, which uses the flow once and stores the account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ConnectorError } from '../../connectors/contract.js';
import { AppError } from '../../core/errors.js';
import { insertOAuthFlow, takeOAuthFlow } from '../../db/repositories/oauth-flows.js';
import { authorize, requireUser, type Actor } from '../access.js';
import type { AppContext, RequestMeta } from '../context.js';
import { openRecord, sealRecord } from '../secrets/secret-box.js';
import { accountOf, saveConnection } from './accounts.js';
import { appErrorOf } from './failures.js';

/** Long enough to sign in at the network, short enough that a leaked state is soon useless. */
const FLOW_LIFETIME_MS = 15 * 60 * 1000;
export const OAUTH_CALLBACK_PATH = '/api/oauth/callback';

const randomToken = () => randomBytes(32).toString('base64url');
export const codeChallengeOf = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export async function beginOAuth(
  ctx: AppContext,
  actor: Actor,
  input: { workspaceId: string; network: string; fields: Readonly<Record<string, string>>; reconnectAccountId?: string | undefined; publicUrl: string },
): Promise<{ authorizeUrl: string }> {
  const { user } = requireUser(actor);
  await authorize(ctx.db, actor, input.workspaceId, 'accounts.manage');
  if (input.reconnectAccountId) await accountOf(ctx, input.workspaceId, input.reconnectAccountId);
  const connector = await ctx.networks.connector(input.network);
  if (connector.manifest.connect.kind !== 'oauth2' || !connector.oauth) {
    throw new AppError('validation_failed', `${connector.manifest.name} connects with credentials, not OAuth`);
  }
  const missing = connector.manifest.connect.fields.filter((field) => field.required && !input.fields[field.name]?.trim()).map((field) => field.name);
  if (missing.length) throw new AppError('validation_failed', `${connector.manifest.name} needs: ${missing.join(', ')}`, { missing });

  const state = randomToken();
  const codeVerifier = randomToken();
  const redirectUri = `${input.publicUrl}${OAUTH_CALLBACK_PATH}`;
  let begun: { authorizeUrl: string; settings: Record<string, string> };
  try {
    begun = await connector.oauth.begin({ fields: input.fields, redirectUri, state, codeChallenge: codeChallengeOf(codeVerifier) });
  } catch (error) {
    if (error instanceof ConnectorError) throw appErrorOf(error, connector.manifest.name);
    throw error;
  }
  const now = ctx.clock.now();
  await insertOAuthFlow(ctx.db, {
    state,
    workspaceId: input.workspaceId,
    userId: user.id,
    network: input.network,
    redirectUri,
    codeVerifierSealed: ctx.secrets.seal(codeVerifier),
    settingsSealed: sealRecord(ctx.secrets, begun.settings),
    reconnectAccountId: input.reconnectAccountId ?? null,
    expiresAt: new Date(now.getTime() + FLOW_LIFETIME_MS),
  });
  return { authorizeUrl: begun.authorizeUrl };
}

/** What the network's redirect brought back (RFC 6749 §4.1.2 and §4.1.2.1). */
export interface OAuthCallback {
  state: string;
  code?: string | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
}

/** Where the callback leads: the new account, or the reason it failed and the workspace, if known. */
export type OAuthOutcome =
  | { ok: true; workspaceId: string; accountId: string }
  | { ok: false; workspaceId: string | null; error: AppError };

export async function completeOAuth(ctx: AppContext, actor: Actor, callback: OAuthCallback, meta?: RequestMeta): Promise<OAuthOutcome> {
  const { user } = requireUser(actor);
  const flow = await takeOAuthFlow(ctx.db, callback.state);
  if (!flow || flow.expiresAt.getTime() < ctx.clock.now().getTime()) {
    return { ok: false, workspaceId: null, error: new AppError('oauth_failed', 'This sign-in link has expired or was already used; start connecting again.') };
  }
  const fail = (message: string): OAuthOutcome => ({ ok: false, workspaceId: flow.workspaceId, error: new AppError('oauth_failed', message) });
  // The state is bound to the person who started the flow: a link forwarded to someone else fails.
  if (flow.userId !== user.id) return { ok: false, workspaceId: null, error: new AppError('oauth_failed', 'This sign-in was started by someone else; start connecting again.') };
  if (callback.error || !callback.code) {
    return fail(callback.error === 'access_denied' ? 'Access was not granted at the network.' : (callback.errorDescription ?? callback.error ?? 'No code came back.'));
  }
  const connector = await ctx.networks.connector(flow.network);
  if (!connector.oauth) return fail(`${connector.manifest.name} does not connect through OAuth`);
  try {
    const result = await connector.oauth.complete({
      code: callback.code,
      codeVerifier: ctx.secrets.open(flow.codeVerifierSealed),
      redirectUri: flow.redirectUri,
      settings: openRecord(ctx.secrets, flow.settingsSealed),
    });
    if (flow.reconnectAccountId) {
      const previous = await accountOf(ctx, flow.workspaceId, flow.reconnectAccountId);
      if (previous.externalId !== result.identity.externalId) {
        return fail(`You signed in as ${result.identity.handle}, but this account is ${previous.handle}. Sign in as ${previous.handle} to reconnect it.`);
      }
    }
    const account = await saveConnection(ctx, actor, flow.workspaceId, flow.network, result, meta);
    return { ok: true, workspaceId: flow.workspaceId, accountId: account.id };
  } catch (error) {
    if (error instanceof ConnectorError) return { ok: false, workspaceId: flow.workspaceId, error: appErrorOf(error, connector.manifest.name) };
    if (error instanceof AppError) return { ok: false, workspaceId: flow.workspaceId, error };
    throw error;
  }
}
