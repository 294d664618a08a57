/**
 * Counters for Posts and the account. Non-public metrics (impressions as the author sees them,
 * link clicks) need the author's user token and a Post younger than 30 days; when X refuses
 * them, the public counters are read instead.
 * https://docs.x.com/x-api/fundamentals/metrics
 */
import { ConnectorError, type AccountMetrics, type ConnectorCall, type ConnectorEnvironment, type PostMetrics } from '../contract.js';
import { callX } from './api.js';
import { fetchMe } from './oauth.js';
import { tweetsLookupResponseSchema, type XTweet } from './schemas.js';

/** GET /2/tweets takes at most 100 ids. */
const IDS_PER_REQUEST = 100;

interface Lookup {
  tweets: XTweet[];
  /** Posts X left out only because the token may not read a requested field. */
  fieldRefused: string[];
}

async function lookup(environment: ConnectorEnvironment, call: ConnectorCall, ids: readonly string[], fields: string): Promise<Lookup> {
  const answer = await callX(environment, call, {
    method: 'GET',
    path: '/2/tweets',
    query: { ids: ids.join(','), 'tweet.fields': fields },
    schema: tweetsLookupResponseSchema,
    write: false,
    bucket: 'GET /2/tweets',
  });
  const refused = (answer.errors ?? []).filter((error) => /not-authorized-for-field|field-unauthorized/.test(error.type ?? ''));
  return { tweets: answer.data ?? [], fieldRefused: refused.map((error) => error.resource_id).filter((id): id is string => id !== undefined) };
}

/** Non-public counters where X allows them, public ones for the rest. */
async function lookupWithFallback(environment: ConnectorEnvironment, call: ConnectorCall, ids: readonly string[]): Promise<XTweet[]> {
  let first: Lookup;
  try {
    first = await lookup(environment, call, ids, 'public_metrics,non_public_metrics');
  } catch (error) {
    // X may refuse the whole request when one Post is too old or not the account's own; asking
    // again without the private fields either works or surfaces the real failure.
    if (error instanceof ConnectorError && (error.status === 400 || error.status === 403)) {
      return (await lookup(environment, call, ids, 'public_metrics')).tweets;
    }
    throw error;
  }
  const retry = first.fieldRefused.filter((id) => !first.tweets.some((tweet) => tweet.id === id));
  if (retry.length === 0) return first.tweets;
  return [...first.tweets, ...(await lookup(environment, call, retry, 'public_metrics')).tweets];
}

export function metricsOf(tweet: XTweet): PostMetrics {
  const open = tweet.public_metrics;
  const own = tweet.non_public_metrics;
  const impressions = own?.impression_count ?? open?.impression_count;
  return {
    externalId: tweet.id,
    ...(impressions === undefined ? {} : { impressions }),
    ...(open ? { likes: open.like_count, replies: open.reply_count, reposts: open.retweet_count } : {}),
    ...(open?.quote_count === undefined ? {} : { quotes: open.quote_count }),
    ...(open?.bookmark_count === undefined ? {} : { bookmarks: open.bookmark_count }),
    ...(own?.url_link_clicks === undefined ? {} : { clicks: own.url_link_clicks }),
  };
}

export async function postMetrics(environment: ConnectorEnvironment, call: ConnectorCall, externalIds: readonly string[]): Promise<PostMetrics[]> {
  const results: PostMetrics[] = [];
  for (let start = 0; start < externalIds.length; start += IDS_PER_REQUEST) {
    const ids = externalIds.slice(start, start + IDS_PER_REQUEST);
    // Deleted Posts come back as partial errors and are simply absent.
    results.push(...(await lookupWithFallback(environment, call, ids)).map(metricsOf));
  }
  return results;
}

export async function accountMetrics(environment: ConnectorEnvironment, call: ConnectorCall): Promise<AccountMetrics> {
  const me = await fetchMe(environment, call);
  const counts = me.data.public_metrics;
  return counts ? { followers: counts.followers_count, following: counts.following_count, posts: counts.tweet_count } : {};
}
