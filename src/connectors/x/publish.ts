/**
 * Publishing on X: a Post, a thread (each part replies to the one before), a poll on the first
 * part, a first comment as a reply, and replies to comments and mentions. Progress is kept per
 * idempotency key, so a retry after a failure resumes after the parts X already has instead of
 * posting them twice (X would refuse the duplicate text anyway).
 */
import { ConnectorError, type ConnectorCall, type ConnectorEnvironment, type PostPart, type PublishRequest, type PublishedPost, type ReplyRequest } from '../contract.js';
import { callX } from './api.js';
import { uploadMedia } from './media.js';
import { buildTweetBody } from './post-body.js';
import { createTweetResponseSchema, deleteTweetResponseSchema } from './schemas.js';
import { LONG_POST_MAX_LENGTH, STANDARD_MAX_LENGTH, textProblem } from './text.js';

export interface Progress {
  partIds: string[];
  firstCommentId?: string;
}

export const progressKey = (call: ConnectorCall, idempotencyKey: string) => `progress:${call.session.accountId}:${idempotencyKey}`;
/** Every Post a published item consists of, so that deleting it removes the whole thread. */
export const partsKey = (call: ConnectorCall, externalId: string) => `parts:${call.session.accountId}:${externalId}`;

export async function loadProgress(environment: ConnectorEnvironment, key: string): Promise<Progress> {
  const stored = (await environment.store.get(key)) as Progress | undefined;
  return stored ?? { partIds: [] };
}

/** Remembers every id of a complete post (so delete removes them all) and describes it. */
export async function completedPost(environment: ConnectorEnvironment, call: ConnectorCall, firstId: string, progress: Progress): Promise<PublishedPost> {
  await environment.store.put(partsKey(call, firstId), [...progress.partIds, ...(progress.firstCommentId ? [progress.firstCommentId] : [])]);
  return {
    externalId: firstId,
    url: postUrl(call, firstId),
    publishedAt: environment.clock.now(),
    partIds: [...progress.partIds],
    ...(progress.firstCommentId ? { firstCommentId: progress.firstCommentId } : {}),
  };
}

export const postUrl = (call: ConnectorCall, id: string) => `https://x.com/${call.session.handle}/status/${id}`;

function checkText(call: ConnectorCall, text: string, hasMedia: boolean): void {
  const maxLength = call.session.settings.longPosts === 'true' ? LONG_POST_MAX_LENGTH : STANDARD_MAX_LENGTH;
  if (text.trim().length === 0 && !hasMedia) throw new ConnectorError('invalid_content', 'An X post needs text or an image.');
  const problem = textProblem(text, maxLength);
  if (problem) throw new ConnectorError('invalid_content', problem);
}

async function createTweet(environment: ConnectorEnvironment, call: ConnectorCall, body: Record<string, unknown>): Promise<string> {
  const created = await callX(environment, call, {
    method: 'POST',
    path: '/2/tweets',
    body,
    schema: createTweetResponseSchema,
    write: true,
    bucket: 'POST /2/tweets',
  });
  return created.data.id;
}

async function postPart(environment: ConnectorEnvironment, call: ConnectorCall, part: PostPart, extra: { poll?: PublishRequest['poll']; replyTo?: string }): Promise<string> {
  const mediaIds: string[] = [];
  for (const media of part.media) mediaIds.push(await uploadMedia(environment, call, media));
  return createTweet(environment, call, buildTweetBody({ text: part.text, mediaIds, ...extra }));
}

export async function publish(environment: ConnectorEnvironment, call: ConnectorCall, request: PublishRequest): Promise<PublishedPost> {
  if (request.contentWarning) throw new ConnectorError('invalid_content', 'X has no content warnings; remove it for this account.');
  for (const part of request.parts) checkText(call, part.text, part.media.length > 0);
  if (request.firstComment !== undefined) checkText(call, request.firstComment, false);

  const key = progressKey(call, request.idempotencyKey);
  const progress = await loadProgress(environment, key);
  for (let index = progress.partIds.length; index < request.parts.length; index += 1) {
    const part = request.parts[index];
    if (!part) break;
    const id = await postPart(environment, call, part, { poll: index === 0 ? request.poll : undefined, replyTo: progress.partIds[index - 1] });
    progress.partIds.push(id);
    await environment.store.put(key, progress);
  }
  const [firstId] = progress.partIds;
  if (firstId === undefined) throw new ConnectorError('invalid_content', 'There was nothing to publish.');
  if (request.firstComment !== undefined && progress.firstCommentId === undefined) {
    progress.firstCommentId = await createTweet(environment, call, buildTweetBody({ text: request.firstComment, mediaIds: [], replyTo: firstId }));
    await environment.store.put(key, progress);
  }
  return completedPost(environment, call, firstId, progress);
}

export async function reply(environment: ConnectorEnvironment, call: ConnectorCall, request: ReplyRequest): Promise<PublishedPost> {
  checkText(call, request.text, false);
  const key = progressKey(call, request.idempotencyKey);
  const progress = await loadProgress(environment, key);
  let [id] = progress.partIds;
  if (id === undefined) {
    id = await createTweet(environment, call, buildTweetBody({ text: request.text, mediaIds: [], replyTo: request.to.externalId }));
    await environment.store.put(key, { partIds: [id] } satisfies Progress);
  }
  return { externalId: id, url: postUrl(call, id), publishedAt: environment.clock.now(), partIds: [id] };
}

/** Deletes the Post and, for a thread, every part and the first comment; already gone counts as done. */
export async function deletePost(environment: ConnectorEnvironment, call: ConnectorCall, externalId: string): Promise<void> {
  const stored = (await environment.store.get(partsKey(call, externalId))) as string[] | undefined;
  const ids = stored && stored.length > 0 ? stored : [externalId];
  // Last part first, so that a failure halfway leaves a shorter thread rather than orphaned replies.
  for (const id of [...ids].reverse()) {
    try {
      const answer = await callX(environment, call, {
        method: 'DELETE',
        path: `/2/tweets/${encodeURIComponent(id)}`,
        schema: deleteTweetResponseSchema,
        write: true,
        bucket: 'DELETE /2/tweets/:id',
      });
      if (!answer.data.deleted) throw new ConnectorError('invalid_content', `X did not delete post ${id}.`);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 404) continue;
      throw error;
    }
  }
}
