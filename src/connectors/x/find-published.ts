/**
 * After a lost answer: finds the Posts a publish created by reading the account's own timeline
 * since the attempt and matching the exact text (and, for later thread parts, the part it
 * replies to). Limitation: two Posts with identical text published in that window cannot be told
 * apart; X itself refuses recent duplicates, and Chorus only asks after `outcome_unknown`.
 * https://docs.x.com/x-api/posts/timelines/introduction
 */
import type { ConnectorCall, ConnectorEnvironment, PublishRequest, PublishedPost } from '../contract.js';
import { callX } from './api.js';
import { sameText, writtenText } from './post-body.js';
import { completedPost, loadProgress, progressKey, type Progress } from './publish.js';
import { tweetPageSchema, type XTweet } from './schemas.js';

/** Enough for a burst of posts within the retry window; each page costs one timeline request. */
const MAX_PAGES = 5;

/** X wants RFC 3339 timestamps without fractions of a second. */
const xTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

async function ownPostsSince(environment: ConnectorEnvironment, call: ConnectorCall, since: Date): Promise<XTweet[]> {
  const posts: XTweet[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await callX(environment, call, {
      method: 'GET',
      path: `/2/users/${encodeURIComponent(call.session.externalId)}/tweets`,
      query: {
        start_time: xTime(since),
        max_results: '100',
        exclude: 'retweets',
        'tweet.fields': 'created_at,entities,note_tweet,referenced_tweets,conversation_id',
        pagination_token: nextToken,
      },
      schema: tweetPageSchema,
      write: false,
      bucket: 'GET /2/users/:id/tweets',
    });
    posts.push(...(answer.data ?? []));
    nextToken = answer.meta.next_token;
    if (!nextToken) break;
  }
  return posts;
}

const repliesTo = (tweet: XTweet) => tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id;

function findPart(posts: XTweet[], text: string, replyTo: string | undefined): string | undefined {
  return posts.find((tweet) => repliesTo(tweet) === replyTo && sameText(writtenText(tweet), text))?.id;
}

export async function findPublished(environment: ConnectorEnvironment, call: ConnectorCall, request: PublishRequest, since: Date): Promise<PublishedPost | null> {
  const key = progressKey(call, request.idempotencyKey);
  const progress: Progress = await loadProgress(environment, key);
  const posts = await ownPostsSince(environment, call, since);
  for (let index = progress.partIds.length; index < request.parts.length; index += 1) {
    const found = findPart(posts, request.parts[index]?.text ?? '', progress.partIds[index - 1]);
    if (!found) break;
    progress.partIds.push(found);
  }
  const [firstId] = progress.partIds;
  if (firstId !== undefined && request.firstComment !== undefined && progress.firstCommentId === undefined) {
    const comment = findPart(posts, request.firstComment, firstId);
    if (comment) progress.firstCommentId = comment;
  }
  // What was found is remembered: a publish with the same key then continues after it.
  if (progress.partIds.length > 0) await environment.store.put(key, progress);
  const complete = progress.partIds.length === request.parts.length && (request.firstComment === undefined || progress.firstCommentId !== undefined);
  if (firstId === undefined || !complete) return null;
  return completedPost(environment, call, firstId, progress);
}
