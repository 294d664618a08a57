/**
 * The sandbox connector: every capability is one request through the gate (budget, latency,
 * faults) and then reads or writes the store and the model. Time is always `environment.clock`,
 * so the app's clock drives the demo and a test's clock drives the tests.
 */
import type { Connector, ConnectorEnvironment, PostMetrics } from '../contract.js';
import { followersAt, followingOf } from './audience.js';
import { connectAccount, identityOf, refreshToken } from './connect.js';
import { postMetricsAt } from './engagement.js';
import { request } from './gate.js';
import { fetchInboundPage, modelPostOf, refreshInboundItems } from './inbound.js';
import { measureText } from './limits.js';
import { manifest } from './manifest.js';
import { deletePost, findPublishedPost, publishPost, replyTo } from './publishing.js';
import { accountOfId, listPosts, modelOf, readPost } from './records.js';
import { searchPosts } from './search.js';
import { simulateActivity } from './simulation.js';

export function createSandboxConnector(environment: ConnectorEnvironment): Connector {
  const { store } = environment;
  const now = () => environment.clock.now().getTime();
  return {
    manifest,
    measureText,
    connect: (fields) => connectAccount(environment, fields),
    refresh: (session) => refreshToken(environment, session),
    testConnection: (call) => request(environment, call, 'read', async (account) => identityOf(account)),
    publish: (call, publishRequest) => request(environment, call, 'write', (account) => publishPost(store, account, publishRequest, now())),
    findPublished: (call, publishRequest) => request(environment, call, 'read', (account) => findPublishedPost(store, account, publishRequest.idempotencyKey)),
    delete: (call, externalId) => request(environment, call, 'write', (account) => deletePost(store, account, externalId, now())),
    accountMetrics: (call) =>
      request(environment, call, 'read', async (account) => {
        const at = now();
        const posts = (await listPosts(store, account.externalId)).filter((post) => post.kind === 'post' && post.deletedAt === null && post.publishedAt <= at);
        const model = modelOf(account);
        return { followers: followersAt(model, at), following: followingOf(model), posts: posts.length };
      }),
    postMetrics: (call, externalIds) =>
      request(environment, call, 'read', async (account) => {
        const at = now();
        const model = modelOf(account);
        const metrics: PostMetrics[] = [];
        for (const id of externalIds) {
          const post = accountOfId(id) === account.externalId ? await readPost(store, id) : null;
          // Like a network's batch lookup, ids it does not know (or deleted posts) are left out.
          if (post && post.kind === 'post' && post.deletedAt === null) metrics.push(postMetricsAt(model, modelPostOf(post), at));
        }
        return metrics;
      }),
    fetchInbound: (call, cursor) => request(environment, call, 'read', (account) => fetchInboundPage(store, account, cursor, now())),
    refreshInbound: (call, externalIds) => request(environment, call, 'read', (account) => refreshInboundItems(store, account, externalIds)),
    // Someone else acts on the network: not a request of the account, so no budget, latency or faults.
    simulate: (call, event) => simulateActivity(store, call.session.externalId, event, environment.clock.now()),
    reply: (call, replyRequest) => request(environment, call, 'write', (account) => replyTo(store, account, replyRequest, now())),
    search: (call, query, cursor) => request(environment, call, 'read', (account) => searchPosts(store, account, query, cursor, now())),
  };
}
