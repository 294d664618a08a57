/**
 * The conformance peer for X: the fake X API behind the fault proxy, an account connected
 * through the connector's own OAuth flow (begin → follow the authorize redirect → complete), and
 * other users of the fake who reply, like, repost, mention and post.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AccountSession, Connector } from '../../contract.js';
import { testEnvironment } from '../../conformance/environment.js';
import { GARBAGE_BODY, HTML_ERROR_PAGE, startFaultProxy, type ProxyFault } from '../../conformance/fault-proxy.js';
import type { ConformancePeer, Fault } from '../../conformance/harness.js';
import { createXConnector } from '../connector.js';
import { FakeXApi } from './fake-x-api.js';

export const CLIENT = { clientId: 'chorus-test-client', clientSecret: 'chorus-test-secret' };
const REDIRECT_URI = 'http://127.0.0.1/api/oauth/callback';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ProxyFault => ({
  kind: 'respond',
  status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: JSON.stringify(body),
});

/** X's documented answers for each failure the suite asks for. */
export const X_FAULTS: Record<Exclude<Fault, 'rate_limited' | 'html_error_page' | 'garbage_body'>, ProxyFault> = {
  auth_expired: json(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }),
  auth_revoked: json(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' }),
  transient: json(503, { title: 'Service Unavailable', type: 'about:blank', status: 503, detail: 'Service Unavailable' }),
  invalid_content: json(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'You are not allowed to create a Tweet with duplicate content.' }),
};

/** Runs the connector's own OAuth flow against the fake and returns the connected session. */
export async function connectThroughOAuth(connector: Connector, accountId = 'x-account'): Promise<AccountSession> {
  if (!connector.oauth) throw new Error('the X connector has no OAuth flow');
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(8).toString('hex');
  const begun = await connector.oauth.begin({ fields: {}, redirectUri: REDIRECT_URI, state, codeChallenge: createHash('sha256').update(verifier).digest('base64url') });
  const redirect = await fetch(begun.authorizeUrl, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? 'http://invalid/');
  if (location.searchParams.get('state') !== state) throw new Error(`the authorize endpoint answered ${redirect.status} without our state`);
  const result = await connector.oauth.complete({ code: location.searchParams.get('code') ?? '', codeVerifier: verifier, redirectUri: REDIRECT_URI, settings: begun.settings });
  return { accountId, externalId: result.identity.externalId, handle: result.identity.handle, settings: result.settings, credentials: result.credentials };
}

export async function startXPeer(): Promise<ConformancePeer> {
  const fake = new FakeXApi({ clients: [CLIENT] });
  const fakeUrl = await fake.start();
  const proxy = await startFaultProxy(fakeUrl);
  const owner = fake.state.addUser('chorus_brand', { name: 'Chorus Brand', followers: 42 });
  const others = ['ana_reads', 'budi_says', 'ola_writes', 'ivan_asks'].map((name) => fake.state.addUser(name));
  const other = (index: number) => others[index % others.length] ?? owner;
  fake.oauth.approvingUserId = owner.id;

  const connector = createXConnector(testEnvironment({ endpoints: { api: proxy.url, authorize: `${fakeUrl}/i/oauth2/authorize` }, oauthClient: CLIENT }));
  const session = await connectThroughOAuth(connector);
  const writes = /^\/2\/tweets$/;
  const reads = /^\/2\/users\/me(\?|$)/;

  return {
    connector,
    session,
    readPost: async (externalId) => {
      const tweet = fake.state.tweets.get(externalId);
      if (!tweet) return null;
      const altTexts = tweet.mediaIds.map((id) => fake.state.media.get(id)?.altText).filter((text): text is string => typeof text === 'string');
      return { text: tweet.text, altTexts, pollOptions: tweet.pollOptions, inReplyTo: tweet.replyTo };
    },
    engage: async (externalId, { likes, reposts, replies }) => {
      const tweet = fake.state.tweets.get(externalId);
      if (!tweet) throw new Error(`no post ${externalId}`);
      for (let index = 0; index < likes; index += 1) tweet.likedBy.add(other(index).id);
      for (let index = 0; index < reposts; index += 1) tweet.repostedBy.add(other(index + 1).id);
      tweet.impressions += 10 * (likes + reposts + replies.length);
      // X fills a reply's text with the @handle of whom it answers.
      replies.forEach((text, index) => fake.state.addTweet(other(index + 2).id, `@${owner.username} ${text}`, { replyTo: externalId }));
    },
    mention: async (text) => {
      fake.state.addTweet(other(3).id, text);
    },
    postByOther: async (text) => {
      fake.state.addTweet(other(0).id, text);
    },
    injectFault: (fault, on) => {
      const pattern = on === 'read' ? reads : writes;
      if (fault === 'rate_limited') {
        // The fake itself answers 429 with its real window, so the reset is X's own.
        return { resetAt: fake.limitNext(owner.id, on === 'read' ? 'GET /2/users/me' : 'POST /2/tweets') };
      }
      proxy.injectNext(fault === 'html_error_page' ? HTML_ERROR_PAGE : fault === 'garbage_body' ? GARBAGE_BODY : X_FAULTS[fault], pattern);
      return {};
    },
    dropNextAnswer: () => proxy.injectNext({ kind: 'drop_response' }, writes),
    requestCount: () => proxy.requests.length,
    skip: {},
    close: async () => {
      await proxy.close();
      await fake.close();
    },
  };
}
