/**
 * Counters as Bluesky's AppView reports them: likes, reposts, replies, quotes and bookmarks on a
 * post view (https://docs.bsky.app/docs/api/app-bsky-feed-get-posts), followers on the profile
 * (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile). Bluesky reports no impressions.
 */
import type { AccountMetrics, ConnectorCall, ConnectorEnvironment, PostMetrics } from '../contract.js';
import { postsAnswer, profileAnswer } from './schemas.js';
import { targetOf } from './session.js';
import { xrpcQuery } from './xrpc.js';

/** getPosts takes at most 25 URIs per call. */
const POSTS_PER_CALL = 25;

export async function postMetrics(env: ConnectorEnvironment, call: ConnectorCall, externalIds: readonly string[]): Promise<PostMetrics[]> {
  const target = targetOf(env, call);
  const metrics: PostMetrics[] = [];
  for (let start = 0; start < externalIds.length; start += POSTS_PER_CALL) {
    const uris = externalIds.slice(start, start + POSTS_PER_CALL);
    // A deleted post is simply absent from the answer, and so from the result.
    const { posts } = await xrpcQuery(target, 'app.bsky.feed.getPosts', { uris }, postsAnswer);
    for (const post of posts) {
      metrics.push({
        externalId: post.uri,
        likes: post.likeCount,
        reposts: post.repostCount,
        replies: post.replyCount,
        quotes: post.quoteCount,
        bookmarks: post.bookmarkCount,
      });
    }
  }
  return metrics;
}

export async function accountMetrics(env: ConnectorEnvironment, call: ConnectorCall): Promise<AccountMetrics> {
  const target = targetOf(env, call);
  const profile = await xrpcQuery(target, 'app.bsky.actor.getProfile', { actor: target.did }, profileAnswer);
  return { followers: profile.followersCount, following: profile.followsCount, posts: profile.postsCount };
}
