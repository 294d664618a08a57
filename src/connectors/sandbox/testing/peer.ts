/**
 * The sandbox's conformance peer. The sandbox has no HTTP, so there is no proxy: faults go into
 * the account's fault queue, "other accounts" act through the simulation levers, and the clock is
 * one the peer moves. The account is connected with its organic audience off, so the numbers the
 * suite checks are exactly what the suite did.
 */
import type { AccountSession, Connector } from '../../contract.js';
import { memoryStore, testEnvironment } from '../../conformance/environment.js';
import type { ConformancePeer, Fault } from '../../conformance/harness.js';
import { createSandboxConnector } from '../connector.js';
import type { SandboxFault } from '../faults.js';
import {
  addPostByOther,
  addSimulatedDirectMessage,
  addSimulatedEngagement,
  addSimulatedMention,
  injectSandboxFault,
  readSandboxPost,
} from '../simulation.js';
import { manualClock } from './clock.js';

/**
 * The sandbox equivalent of each condition the suite asks for. An HTML error page is what a
 * failing server sends, so it is a server error; a garbage body is an answer that cannot be read
 * after the work was done, which is a dropped answer (a read: transient; a write: the post is
 * stored but the caller cannot know, outcome_unknown).
 */
const SANDBOX_FAULT: Record<Exclude<Fault, 'rate_limited'>, SandboxFault['kind']> = {
  auth_expired: 'auth_expired',
  auth_revoked: 'auth_revoked',
  invalid_content: 'invalid_content',
  transient: 'server_error',
  html_error_page: 'server_error',
  garbage_body: 'drop_response',
};

const RATE_LIMIT_SECONDS = 90;

/** Counts calls into the connector, as a proxy would count requests. */
function counted(connector: Connector, count: () => void): Connector {
  const { publish, findPublished, delete: remove, accountMetrics, postMetrics, fetchInbound, reply, search } = connector;
  return {
    ...connector,
    testConnection: (call) => (count(), connector.testConnection(call)),
    ...(publish && { publish: (call, request) => (count(), publish(call, request)) }),
    ...(findPublished && { findPublished: (call, request, since) => (count(), findPublished(call, request, since)) }),
    ...(remove && { delete: (call, id) => (count(), remove(call, id)) }),
    ...(accountMetrics && { accountMetrics: (call) => (count(), accountMetrics(call)) }),
    ...(postMetrics && { postMetrics: (call, ids) => (count(), postMetrics(call, ids)) }),
    ...(fetchInbound && { fetchInbound: (call, cursor) => (count(), fetchInbound(call, cursor)) }),
    ...(reply && { reply: (call, request) => (count(), reply(call, request)) }),
    ...(search && { search: (call, query, cursor) => (count(), search(call, query, cursor)) }),
  };
}

export async function startSandboxPeer(): Promise<ConformancePeer> {
  const clock = manualClock(new Date());
  const store = memoryStore();
  const sandbox = createSandboxConnector(testEnvironment({ clock, store }));
  if (!sandbox.connect) throw new Error('the sandbox connects with credentials');
  const connected = await sandbox.connect({ handle: 'conformance', organic: 'off' });
  const session: AccountSession = {
    accountId: 'conformance-account',
    externalId: connected.identity.externalId,
    handle: connected.identity.handle,
    settings: connected.settings,
    credentials: connected.credentials,
  };
  let requests = 0;
  let rateLimitedUntil = 0;
  const injections: Promise<void>[] = [];
  /** Between two things the suite does, the last rate limit's reset passes, as it would in real time. */
  const letTimePass = () => {
    if (clock.now().getTime() < rateLimitedUntil) clock.set(new Date(rateLimitedUntil + 1_000));
  };
  const inject = (fault: SandboxFault) => {
    injections.push(injectSandboxFault(store, session.externalId, fault));
  };

  return {
    connector: counted(sandbox, () => {
      requests += 1;
    }),
    session,
    readPost: async (externalId) => {
      const post = await readSandboxPost(store, externalId);
      return post && { text: post.text, altTexts: post.altTexts, pollOptions: post.pollOptions, inReplyTo: post.inReplyTo };
    },
    engage: async (externalId, engagement) => {
      letTimePass();
      await addSimulatedEngagement(store, externalId, engagement, clock.now());
    },
    mention: async (text) => {
      letTimePass();
      await addSimulatedMention(store, session.externalId, text, clock.now());
    },
    sendDirectMessage: async (text) => {
      letTimePass();
      await addSimulatedDirectMessage(store, session.externalId, text, clock.now());
    },
    postByOther: async (text) => {
      letTimePass();
      await addPostByOther(store, text, clock.now());
    },
    injectFault: (fault, on) => {
      letTimePass();
      if (fault === 'rate_limited') {
        const resetAt = new Date(clock.now().getTime() + RATE_LIMIT_SECONDS * 1000);
        rateLimitedUntil = resetAt.getTime();
        inject({ kind: 'rate_limited', on, resetAt });
        return { resetAt };
      }
      inject({ kind: SANDBOX_FAULT[fault], on });
      return {};
    },
    dropNextAnswer: () => {
      letTimePass();
      inject({ kind: 'drop_response', on: 'write' });
    },
    requestCount: () => requests,
    close: async () => {
      await Promise.all(injections);
    },
  };
}
