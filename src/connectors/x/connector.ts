/** The X connector: each capability delegates to the file that owns it. */
import type { Connector, ConnectorEnvironment } from '../contract.js';
import { findPublished } from './find-published.js';
import { fetchInbound, search } from './inbound.js';
import { manifest } from './manifest.js';
import { accountMetrics, postMetrics } from './metrics.js';
import { beginAuthorization, completeAuthorization, fetchMe, identityOf, refreshAuthorization } from './oauth.js';
import { deletePost, publish, reply } from './publish.js';
import { measureText } from './text.js';

export function createXConnector(environment: ConnectorEnvironment): Connector {
  return {
    manifest,
    measureText,
    oauth: {
      begin: async (request) => beginAuthorization(environment, request),
      complete: (request) => completeAuthorization(environment, request),
    },
    refresh: (session) => refreshAuthorization(environment, session),
    testConnection: async (call) => identityOf((await fetchMe(environment, call)).data),
    publish: (call, request) => publish(environment, call, request),
    findPublished: (call, request, since) => findPublished(environment, call, request, since),
    delete: (call, externalId) => deletePost(environment, call, externalId),
    accountMetrics: (call) => accountMetrics(environment, call),
    postMetrics: (call, externalIds) => postMetrics(environment, call, externalIds),
    fetchInbound: (call, cursor) => fetchInbound(environment, call, cursor),
    reply: (call, request) => reply(environment, call, request),
    search: (call, query, cursor) => search(environment, call, query, cursor),
  };
}
