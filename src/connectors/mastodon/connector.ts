import type { Connector, ConnectorEnvironment } from '../contract.js';
import { accountClient } from './client.js';
import { postFinder } from './find-published.js';
import { inbox } from './inbound.js';
import { manifest } from './manifest.js';
import type { MediaWait } from './media.js';
import { metricsReader } from './metrics.js';
import { identityOf, mastodonOAuth } from './oauth.js';
import { publisher } from './publish.js';
import { accountSchema } from './schemas.js';
import { measureStatus } from './text-length.js';

/** Builds the Mastodon connector; `mediaWait` lets tests poll processing media without real pauses. */
export function createMastodonConnector(env: ConnectorEnvironment, options: { mediaWait?: MediaWait } = {}): Connector {
  const { publish, delete: deleteStatus } = publisher(env, options.mediaWait);
  return {
    manifest,
    measureText: (text) => measureStatus(text),
    oauth: mastodonOAuth(env),
    // Tokens do not expire, so there is no refresh: a 401 means the person revoked access.
    testConnection: async (call) => {
      const account = await accountClient(env, call)({ method: 'GET', path: '/api/v1/accounts/verify_credentials', write: false, schema: accountSchema });
      return identityOf(account, call.session.settings.domain ?? new URL(call.session.settings.instanceUrl ?? 'https://unknown').hostname);
    },
    publish,
    findPublished: postFinder(env),
    delete: deleteStatus,
    ...metricsReader(env),
    ...inbox(env),
  };
}
