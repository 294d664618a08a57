/**
 * Counts: Mastodon reports replies, boosts and favourites on each status and follower counts on
 * the account; it has no impressions. https://docs.joinmastodon.org/entities/Status/ ,
 * https://docs.joinmastodon.org/methods/accounts/#verify_credentials
 */
import { ConnectorError, type AccountMetrics, type ConnectorCall, type ConnectorEnvironment, type PostMetrics } from '../contract.js';
import { accountClient } from './client.js';
import { accountSchema, statusSchema } from './schemas.js';

export function metricsReader(env: ConnectorEnvironment) {
  return {
    postMetrics: async (call: ConnectorCall, externalIds: readonly string[]): Promise<PostMetrics[]> => {
      const client = accountClient(env, call);
      const metrics: PostMetrics[] = [];
      for (const externalId of externalIds) {
        try {
          const status = await client({ method: 'GET', path: `/api/v1/statuses/${encodeURIComponent(externalId)}`, write: false, schema: statusSchema });
          metrics.push({
            externalId,
            likes: status.favourites_count,
            replies: status.replies_count,
            reposts: status.reblogs_count,
            ...(status.quotes_count === undefined ? {} : { quotes: status.quotes_count }),
          });
        } catch (error) {
          // A deleted status has no counts any more; the others still do.
          if (error instanceof ConnectorError && error.status === 404) continue;
          throw error;
        }
      }
      return metrics;
    },

    accountMetrics: async (call: ConnectorCall): Promise<AccountMetrics> => {
      const account = await accountClient(env, call)({ method: 'GET', path: '/api/v1/accounts/verify_credentials', write: false, schema: accountSchema });
      return { followers: account.followers_count, following: account.following_count, posts: account.statuses_count };
    },
  };
}
