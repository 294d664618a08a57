/**
 * The conformance peer: the connector connected through its own connect flow to a real local
 * PDS and AppView, with the fault proxy in between. Faults are the PDS's own error answers, as
 * the XRPC specification and the local PDS write them.
 */
import { AtpAgent, RichText } from '@atproto/api';
import { z } from 'zod';
import { testEnvironment } from '../../conformance/environment.js';
import { GARBAGE_BODY, HTML_ERROR_PAGE, startFaultProxy, type ProxyFault } from '../../conformance/fault-proxy.js';
import type { ConformancePeer, Fault, StoredPost } from '../../conformance/harness.js';
import type { AccountSession } from '../../contract.js';
import blueskyModule from '../index.js';
import { parsePostUri } from '../post-records.js';
import { startLocalBluesky, type LocalAccount } from './network.js';

/** testConnection starts with getSession; publish ends with createRecord. */
const READ_PATH = /^\/xrpc\/com\.atproto\.server\.getSession/;
const WRITE_PATH = /^\/xrpc\/com\.atproto\.repo\.createRecord/;

const json = (status: number, body: object, headers: Record<string, string> = {}): ProxyFault => ({
  kind: 'respond',
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

/** The PDS's answers, as seen from the local PDS and https://docs.bsky.app/docs/advanced-guides/rate-limits. */
function faultAnswer(fault: Fault, resetAt: Date): ProxyFault {
  switch (fault) {
    case 'auth_expired':
      return json(400, { error: 'ExpiredToken', message: 'Token has expired' });
    case 'auth_revoked':
      return json(400, { error: 'InvalidToken', message: 'Token could not be verified' });
    case 'rate_limited':
      return json(
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(resetAt.getTime() / 1000), 'ratelimit-policy': '3000;w=300' },
      );
    case 'transient':
      return json(500, { error: 'InternalServerError', message: 'Internal Server Error' });
    case 'invalid_content':
      return json(400, { error: 'InvalidRequest', message: 'Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301) at $.record.text' });
    case 'html_error_page':
      return HTML_ERROR_PAGE;
    case 'garbage_body':
      return GARBAGE_BODY;
  }
}

const storedRecord = z.object({
  value: z.object({
    text: z.string(),
    reply: z.object({ parent: z.object({ uri: z.string() }) }).optional(),
    embed: z.object({ images: z.array(z.object({ alt: z.string() })).optional() }).optional(),
  }),
});

export async function startBlueskyPeer(): Promise<ConformancePeer> {
  const local = await startLocalBluesky();
  const proxy = await startFaultProxy(local.serviceUrl);
  const connector = blueskyModule.create(testEnvironment({}));
  const connected = await connector.connect?.({ service: proxy.url, identifier: local.identifier, appPassword: local.appPassword });
  if (!connected) throw new Error('the Bluesky connector cannot connect');
  const session: AccountSession = {
    accountId: 'bluesky-conformance',
    externalId: connected.identity.externalId,
    handle: connected.identity.handle,
    settings: connected.settings,
    credentials: connected.credentials,
  };

  const reader = new AtpAgent({ service: local.serviceUrl });
  const others: LocalAccount[] = [];
  const other = async (index: number): Promise<LocalAccount> => {
    while (others.length <= index) others.push(await local.createAccount(`fan${others.length + 1}`));
    const account = others[index];
    if (!account) throw new Error('no other account');
    return account;
  };
  const postAs = async (account: LocalAccount, text: string, reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } }) => {
    const richText = new RichText({ text });
    await richText.detectFacets(account.agent);
    return account.agent.post({ text: richText.text, facets: richText.facets, ...(reply ? { reply } : {}) });
  };

  return {
    connector,
    session,
    readPost: async (externalId): Promise<StoredPost | null> => {
      const { did, rkey } = parsePostUri(externalId);
      let answer: unknown;
      try {
        answer = (await reader.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.feed.post', rkey })).data;
      } catch (error) {
        if ((error as { error?: string }).error === 'RecordNotFound') return null;
        throw error;
      }
      const { value } = storedRecord.parse(answer);
      return { text: value.text, altTexts: value.embed?.images?.map((image) => image.alt) ?? [], pollOptions: [], inReplyTo: value.reply?.parent.uri ?? null };
    },
    engage: async (externalId, engagement) => {
      // People answer posts they have seen: the AppView indexes repositories in parallel, and a
      // reply indexed before its parent never notifies the parent's author.
      await local.settle();
      const { did, rkey } = parsePostUri(externalId);
      const { data: post } = await reader.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.feed.post', rkey });
      const ref = { uri: externalId, cid: post.cid ?? '' };
      for (let index = 0; index < engagement.likes; index += 1) await (await other(index)).agent.like(ref.uri, ref.cid);
      for (let index = 0; index < engagement.reposts; index += 1) await (await other(index)).agent.repost(ref.uri, ref.cid);
      for (const [index, text] of engagement.replies.entries()) await postAs(await other(index), text, { root: ref, parent: ref });
      await local.settle();
    },
    mention: async (text) => {
      await postAs(await other(0), text);
      await local.settle();
    },
    postByOther: async (text) => {
      await postAs(await other(0), text);
      await local.settle();
    },
    injectFault: (fault, on) => {
      const resetAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 120_000);
      proxy.injectNext(faultAnswer(fault, resetAt), on === 'read' ? READ_PATH : WRITE_PATH);
      return fault === 'rate_limited' ? { resetAt } : {};
    },
    dropNextAnswer: () => proxy.injectNext({ kind: 'drop_response' }, WRITE_PATH),
    requestCount: () => proxy.requests.length,
    skip: {
      'direct messages':
        'Bluesky direct messages live on a separate chat service (chat.bsky.*, proxied to api.bsky.chat), which @atproto/dev-env does not run; the connector does not claim inbound.direct_messages.',
    },
    close: async () => {
      await proxy.close();
      await local.close();
    },
  };
}
