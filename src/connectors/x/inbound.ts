/**
 * Comments, mentions and listening. Mentions of the account arrive through the mentions
 * timeline; one that answers a conversation the account started is a comment on that Post,
 * everything else a mention. Recent search (last 7 days) feeds listening.
 * https://docs.x.com/x-api/posts/timelines/introduction ; https://docs.x.com/x-api/posts/search/introduction
 *
 * The cursor is the newest Post id seen (`since_id`). X pages newest first, so at most
 * MAX_PAGES × 100 new items are read per poll; anything older than that in one burst is skipped.
 */
import type { ConnectorCall, ConnectorEnvironment, InboundItem, Page } from '../contract.js';
import { callX } from './api.js';
import { tweetPageSchema, tweetsLookupResponseSchema, type TweetPage, type XTweet, type XUser } from './schemas.js';

const MAX_PAGES = 5;
const TWEET_FIELDS = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets';
const USER_FIELDS = 'username,name,public_metrics';

interface Timeline {
  tweets: XTweet[];
  users: XUser[];
  included: XTweet[];
  newestId: string | null;
}

const newer = (a: string, b: string) => (BigInt(a) > BigInt(b) ? a : b);

async function readTimeline(environment: ConnectorEnvironment, call: ConnectorCall, path: string, bucket: string, query: Record<string, string>, cursor: string | null): Promise<Timeline> {
  const timeline: Timeline = { tweets: [], users: [], included: [], newestId: cursor };
  let nextToken: string | undefined;
  // Without a cursor only the newest page matters: it sets where the next poll starts.
  const pages = cursor ? MAX_PAGES : 1;
  for (let page = 0; page < pages; page += 1) {
    const answer: TweetPage = await callX(environment, call, {
      method: 'GET',
      path,
      query: {
        ...query,
        max_results: '100',
        since_id: cursor ?? undefined,
        expansions: 'author_id,referenced_tweets.id',
        'tweet.fields': TWEET_FIELDS,
        'user.fields': USER_FIELDS,
        pagination_token: nextToken,
      },
      schema: tweetPageSchema,
      write: false,
      bucket,
    });
    timeline.tweets.push(...(answer.data ?? []));
    timeline.users.push(...(answer.includes?.users ?? []));
    timeline.included.push(...(answer.includes?.tweets ?? []));
    if (answer.meta.newest_id) timeline.newestId = timeline.newestId ? newer(timeline.newestId, answer.meta.newest_id) : answer.meta.newest_id;
    nextToken = answer.meta.next_token;
    if (!nextToken) break;
  }
  return timeline;
}

const parentOf = (tweet: XTweet) => tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id ?? null;

/** Who started each conversation the replies belong to; one lookup for the roots not yet known. */
async function conversationStarters(environment: ConnectorEnvironment, call: ConnectorCall, timeline: Timeline): Promise<Map<string, string>> {
  const starters = new Map<string, string>();
  for (const tweet of [...timeline.included, ...timeline.tweets]) {
    if (tweet.author_id && tweet.conversation_id === tweet.id) starters.set(tweet.id, tweet.author_id);
  }
  for (const tweet of timeline.tweets) {
    // A direct answer to the first Post of a conversation names its author already.
    if (tweet.conversation_id && tweet.in_reply_to_user_id && parentOf(tweet) === tweet.conversation_id) starters.set(tweet.conversation_id, tweet.in_reply_to_user_id);
  }
  const unknown = [...new Set(timeline.tweets.filter((tweet) => parentOf(tweet) && tweet.conversation_id && !starters.has(tweet.conversation_id)).map((tweet) => tweet.conversation_id ?? ''))];
  for (let start = 0; start < unknown.length; start += 100) {
    const answer = await callX(environment, call, {
      method: 'GET',
      path: '/2/tweets',
      query: { ids: unknown.slice(start, start + 100).join(','), 'tweet.fields': 'author_id' },
      schema: tweetsLookupResponseSchema,
      write: false,
      bucket: 'GET /2/tweets',
    });
    for (const root of answer.data ?? []) if (root.author_id) starters.set(root.id, root.author_id);
  }
  return starters;
}

function itemOf(tweet: XTweet, users: XUser[], kind: InboundItem['kind'], rootPostId: string | null): InboundItem {
  const author = users.find((user) => user.id === tweet.author_id);
  const handle = author?.username ?? tweet.author_id ?? 'unknown';
  return {
    externalId: tweet.id,
    kind,
    text: tweet.text,
    author: {
      externalId: tweet.author_id ?? '',
      handle,
      name: author?.name ?? null,
      url: author ? `https://x.com/${author.username}` : null,
      ...(author?.public_metrics ? { followers: author.public_metrics.followers_count } : {}),
    },
    createdAt: tweet.created_at ? new Date(tweet.created_at) : new Date(0),
    url: author ? `https://x.com/${author.username}/status/${tweet.id}` : null,
    inReplyToId: parentOf(tweet),
    rootPostId,
    conversationId: null,
  };
}

const oldestFirst = (a: InboundItem, b: InboundItem) => (BigInt(a.externalId) < BigInt(b.externalId) ? -1 : 1);

export async function fetchInbound(environment: ConnectorEnvironment, call: ConnectorCall, cursor: string | null): Promise<Page<InboundItem>> {
  const me = call.session.externalId;
  const timeline = await readTimeline(environment, call, `/2/users/${encodeURIComponent(me)}/mentions`, 'GET /2/users/:id/mentions', {}, cursor);
  const starters = await conversationStarters(environment, call, timeline);
  const items = timeline.tweets
    .filter((tweet) => tweet.author_id !== me)
    .map((tweet) => {
      const root = tweet.conversation_id;
      const isComment = parentOf(tweet) !== null && root !== undefined && starters.get(root) === me;
      return itemOf(tweet, timeline.users, isComment ? 'comment' : 'mention', isComment ? (root ?? null) : null);
    });
  return { items: items.sort(oldestFirst), cursor: timeline.newestId };
}

export async function search(environment: ConnectorEnvironment, call: ConnectorCall, query: string, cursor: string | null): Promise<Page<InboundItem>> {
  const timeline = await readTimeline(environment, call, '/2/tweets/search/recent', 'GET /2/tweets/search/recent', { query }, cursor);
  const items = timeline.tweets.map((tweet) => itemOf(tweet, timeline.users, 'post', null));
  return { items: items.sort(oldestFirst), cursor: timeline.newestId };
}
