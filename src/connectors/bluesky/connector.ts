/** The Bluesky connector: each capability in its own module, bound to the environment here. */
import type { Connector, ConnectorEnvironment } from '../contract.js';
import { fetchInbound, search } from './inbound.js';
import { manifest } from './manifest.js';
import { accountMetrics, postMetrics } from './metrics.js';
import { deletePost, findPublished, publish, reply } from './publish.js';
import { connect, refresh, testConnection } from './session.js';
import { measureText } from './text.js';

export function createBlueskyConnector(env: ConnectorEnvironment): Connector {
  return {
    manifest,
    measureText,
    connect: (fields) => connect(env, fields),
    refresh: (session) => refresh(env, session),
    testConnection: (call) => testConnection(env, call),
    publish: (call, request) => publish(env, call, request),
    findPublished: (call, request) => findPublished(env, call, request),
    delete: (call, externalId) => deletePost(env, call, externalId),
    accountMetrics: (call) => accountMetrics(env, call),
    postMetrics: (call, externalIds) => postMetrics(env, call, externalIds),
    fetchInbound: (call, cursor) => fetchInbound(env, call, cursor),
    reply: (call, request) => reply(env, call, request),
    search: (call, query, cursor) => search(env, call, query, cursor),
  };
}
