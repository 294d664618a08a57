/**
 * The conformance peer: the fake instance behind the fault proxy, an account connected through
 * the connector's own OAuth flow (begin → the consent page → complete), and other accounts that
 * reply, favourite, boost, mention, write privately and post things to search for.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AccountSession, ConnectResult, Connector } from '../../contract.js';
import { memoryStore, testEnvironment } from '../../conformance/environment.js';
import { GARBAGE_BODY, HTML_ERROR_PAGE, startFaultProxy, type ProxyFault } from '../../conformance/fault-proxy.js';
import type { ConformancePeer, Fault } from '../../conformance/harness.js';
import { createMastodonConnector } from '../connector.js';
import { FakeInstance } from './fake-instance.js';

const READ_PATH = /^\/api\/v1\/accounts\/verify_credentials/;
const WRITE_PATH = /^\/api\/v1\/statuses(\?|$)/;
const REDIRECT_URI = 'http://127.0.0.1:9/oauth/mastodon/callback';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ProxyFault => ({
  kind: 'respond',
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

/** Each fault as the instance documents it (https://docs.joinmastodon.org/entities/Error/). */
function faultResponse(fault: Fault, resetAt: Date): ProxyFault {
  switch (fault) {
    case 'auth_expired':
      return json(401, { error: 'The access token expired' });
    case 'auth_revoked':
      return json(401, { error: 'The access token was revoked' });
    case 'rate_limited':
      return json(429, { error: 'Too many requests' }, { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetAt.toISOString() });
    case 'transient':
      return json(503, { error: 'Service Unavailable' });
    case 'invalid_content':
      return json(422, { error: 'Validation failed: Text character limit of 500 exceeded' });
    case 'html_error_page':
      return HTML_ERROR_PAGE;
    case 'garbage_body':
      return GARBAGE_BODY;
  }
}

/** Connects the fake's signed-in account the way Chorus does: begin, the consent page, complete. */
export async function connectThroughOAuth(connector: Connector, instanceUrl: string): Promise<{ session: AccountSession; connected: ConnectResult }> {
  const oauth = connector.oauth;
  if (!oauth) throw new Error('the Mastodon connector has no OAuth flow');
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(8).toString('hex');
  const begun = await oauth.begin({
    fields: { instanceUrl },
    redirectUri: REDIRECT_URI,
    state,
    codeChallenge: createHash('sha256').update(verifier).digest('base64url'),
  });
  const consent = await fetch(begun.authorizeUrl, { redirect: 'manual' });
  const location = new URL(consent.headers.get('location') ?? 'http://invalid/');
  if (location.searchParams.get('state') !== state) throw new Error(`the consent page did not return the state: ${location.toString()}`);
  const connected = await oauth.complete({ code: location.searchParams.get('code') ?? '', codeVerifier: verifier, redirectUri: REDIRECT_URI, settings: begun.settings });
  const session: AccountSession = {
    accountId: 'account-1',
    externalId: connected.identity.externalId,
    handle: connected.identity.handle,
    settings: connected.settings,
    credentials: connected.credentials,
  };
  return { session, connected };
}

export async function startMastodonPeer(): Promise<ConformancePeer> {
  const instance = await new FakeInstance().start();
  const proxy = await startFaultProxy(instance.url);
  const connector = createMastodonConnector(testEnvironment({ store: memoryStore() }), { mediaWait: { delaysMs: [20], deadlineMs: 5000 } });

  const { session } = await connectThroughOAuth(connector, proxy.url);

  const { state: network } = instance;
  const other = (username: string) => network.accountByUsername(username) ?? network.addAccount(username, username.replace(/^\w/, (letter) => letter.toUpperCase()));
  const brand = instance.signedInAs;

  return {
    connector,
    session,
    readPost: async (externalId) => {
      const status = network.liveStatus(externalId);
      if (!status) return null;
      return {
        text: status.text,
        altTexts: status.mediaIds.flatMap((id) => network.media.get(id)?.description ?? []),
        pollOptions: status.poll?.options ?? [],
        inReplyTo: status.inReplyToId,
      };
    },
    engage: async (externalId, { likes, reposts, replies }) => {
      const status = network.liveStatus(externalId);
      if (!status) throw new Error(`no status ${externalId}`);
      for (let index = 0; index < likes; index += 1) status.favouritedBy.add(other(`fan${index}`).id);
      for (let index = 0; index < reposts; index += 1) status.rebloggedBy.add(other(`booster${index}`).id);
      // Clients start a reply with the mention of the author, which is what notifies them.
      replies.forEach((text, index) => {
        network.createStatus(other(`replier${index}`), { text: `@${brand.username} ${text}`, spoilerText: '', visibility: 'public', inReplyToId: externalId, mediaIds: [], poll: null });
      });
    },
    mention: async (text) => {
      network.createStatus(other('friend'), { text, spoilerText: '', visibility: 'public', inReplyToId: null, mediaIds: [], poll: null });
    },
    sendDirectMessage: async (text) => {
      network.createStatus(other('customer'), { text: `@${brand.username} ${text}`, spoilerText: '', visibility: 'direct', inReplyToId: null, mediaIds: [], poll: null });
    },
    postByOther: async (text) => {
      network.createStatus(other('stranger'), { text, spoilerText: '', visibility: 'public', inReplyToId: null, mediaIds: [], poll: null });
    },
    injectFault: (fault, on) => {
      const resetAt = new Date(Date.now() + 120_000);
      proxy.injectNext(faultResponse(fault, resetAt), on === 'read' ? READ_PATH : WRITE_PATH);
      return fault === 'rate_limited' ? { resetAt } : {};
    },
    dropNextAnswer: () => proxy.injectNext({ kind: 'drop_response' }, WRITE_PATH),
    requestCount: () => proxy.requests.length,
    close: async () => {
      await proxy.close();
      await instance.close();
    },
  };
}
