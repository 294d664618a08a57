/**
 * Publishing, finding, answering and deleting posts. Every post is written with a record key
 * derived from the idempotency key (record-key.ts), so a retry or a resumed thread can never
 * create a second post: the key is either free or already holds the post.
 */
import { ConnectorError, type ConnectorCall, type ConnectorEnvironment, type MediaAttachment, type PostPart, type PublishRequest, type PublishedPost, type ReplyRequest } from '../contract.js';
import { manifest } from './manifest.js';
import { POST_COLLECTION, parsePostUri, postRecordOf, postWebUrl, type ReplyRefs, type StrongRef } from './post-records.js';
import { recordKeyFor } from './record-key.js';
import { createdRecordAnswer, deletedRecordAnswer, storedRecordAnswer, uploadedBlobAnswer } from './schemas.js';
import { targetOf, type AccountTarget } from './session.js';
import { facetsOf, handleResolver, measureText, type HandleResolver } from './text.js';
import { xrpcProcedure, xrpcQuery, xrpcUpload } from './xrpc.js';

/**
 * The post stored under a record key, or null when the key is free (com.atproto.repo.getRecord).
 * The PDS answers for the repositories it hosts and asks the AppView for any other.
 */
async function storedPost(target: AccountTarget, rkey: string, repo = target.did) {
  try {
    const stored = await xrpcQuery(target, 'com.atproto.repo.getRecord', { repo, collection: POST_COLLECTION, rkey }, storedRecordAnswer);
    return { uri: stored.uri, cid: stored.cid, createdAt: stored.value.createdAt, reply: stored.value.reply };
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === 'invalid_content') return null; // RecordNotFound
    throw error;
  }
}

function checkPart(part: PostPart): void {
  const length = measureText(part.text);
  if (length > manifest.limits.text.maxLength) throw new ConnectorError('invalid_content', `A Bluesky post holds at most 300 characters; this one has ${length}.`);
  const { media } = manifest.limits;
  if (part.media.some((item) => item.kind !== 'image')) throw new ConnectorError('invalid_content', 'Chorus publishes images to Bluesky, not videos.');
  if (part.media.length > media.maxItems) throw new ConnectorError('invalid_content', `A Bluesky post holds at most ${media.maxItems} images.`);
  for (const item of part.media) {
    if (item.bytes.byteLength > media.maxImageBytes) throw new ConnectorError('invalid_content', `The image "${item.fileName}" is larger than Bluesky's 2 MB.`);
  }
}

function checkRequest(request: PublishRequest): void {
  if (request.poll) throw new ConnectorError('invalid_content', 'Bluesky has no polls.');
  if (request.firstComment !== undefined || request.contentWarning !== undefined) {
    throw new ConnectorError('invalid_content', 'Chorus does not publish first comments or content warnings to Bluesky.');
  }
  if (manifest.limits.thread && request.parts.length > manifest.limits.thread.maxParts) {
    throw new ConnectorError('invalid_content', `A Bluesky thread from Chorus holds at most ${manifest.limits.thread.maxParts} posts.`);
  }
  request.parts.forEach(checkPart);
}

async function uploadImage(target: AccountTarget, image: MediaAttachment) {
  const { blob } = await xrpcUpload(target, 'com.atproto.repo.uploadBlob', image.bytes, image.mimeType, uploadedBlobAnswer);
  return { blob, alt: image.altText ?? '' };
}

/**
 * Writes one post under its derived key. The PDS refuses a key that is taken (with a server
 * error), so a refusal is checked against the key: if the post is there, an earlier attempt
 * published it. A lost answer stays `outcome_unknown` for the pipeline to resolve with findPublished.
 */
async function writePost(
  env: ConnectorEnvironment,
  target: AccountTarget,
  rkey: string,
  part: { text: string; media: readonly MediaAttachment[] },
  reply: ReplyRefs | null,
  resolve: HandleResolver,
): Promise<StrongRef> {
  const facets = await facetsOf(part.text, resolve);
  const images = [];
  for (const image of part.media) images.push(await uploadImage(target, image));
  const record = postRecordOf({ text: part.text, createdAt: env.clock.now(), facets, images, reply });
  try {
    const created = await xrpcProcedure(target, 'com.atproto.repo.createRecord', { repo: target.did, collection: POST_COLLECTION, rkey, record }, createdRecordAnswer, {
      write: true,
    });
    return { uri: created.uri, cid: created.cid };
  } catch (error) {
    if (!(error instanceof ConnectorError) || (error.kind !== 'transient' && error.kind !== 'invalid_content')) throw error;
    const existing = await storedPost(target, rkey).catch(() => null);
    if (existing) return existing;
    throw error;
  }
}

function published(parts: readonly StrongRef[], publishedAt: Date): PublishedPost {
  const [first] = parts;
  if (!first) throw new Error('a published post has at least one part');
  return { externalId: first.uri, url: postWebUrl(first.uri), publishedAt, partIds: parts.map((part) => part.uri) };
}

export async function publish(env: ConnectorEnvironment, call: ConnectorCall, request: PublishRequest): Promise<PublishedPost> {
  checkRequest(request);
  const target = targetOf(env, call);
  const resolve = handleResolver(target);
  const parts: StrongRef[] = [];
  for (const [index, part] of request.parts.entries()) {
    const [root] = parts;
    const previous = parts.at(-1);
    const reply = root && previous ? { root, parent: previous } : null;
    parts.push(await writePost(env, target, recordKeyFor(request.idempotencyKey, index), part, reply, resolve));
  }
  return published(parts, env.clock.now());
}

/** The post published under this request's key; null unless every part of it is there. */
export async function findPublished(env: ConnectorEnvironment, call: ConnectorCall, request: PublishRequest): Promise<PublishedPost | null> {
  const target = targetOf(env, call);
  const parts = [];
  for (const index of request.parts.keys()) {
    const stored = await storedPost(target, recordKeyFor(request.idempotencyKey, index));
    // A partly published thread is finished by publishing again, which reuses the parts already there.
    if (!stored) return null;
    parts.push(stored);
  }
  return published(parts, new Date(parts[0]?.createdAt ?? env.clock.now()));
}

export async function reply(env: ConnectorEnvironment, call: ConnectorCall, request: ReplyRequest): Promise<PublishedPost> {
  checkPart({ text: request.text, media: [] });
  const target = targetOf(env, call);
  const { did, rkey } = parsePostUri(request.to.externalId);
  // Read from the repository rather than the AppView, which may not have indexed a fresh post yet.
  const parent = await storedPost(target, rkey, did);
  if (!parent) throw new ConnectorError('invalid_content', 'The post to answer no longer exists on Bluesky.');
  const parentRef = { uri: parent.uri, cid: parent.cid };
  const refs = { root: parent.reply?.root ?? parentRef, parent: parentRef };
  const written = await writePost(env, target, recordKeyFor(request.idempotencyKey), { text: request.text, media: [] }, refs, handleResolver(target));
  return published([written], env.clock.now());
}

export async function deletePost(env: ConnectorEnvironment, call: ConnectorCall, externalId: string): Promise<void> {
  const target = targetOf(env, call);
  const { did, rkey } = parsePostUri(externalId);
  if (did !== target.did) throw new ConnectorError('invalid_content', 'Only posts of the connected account can be deleted.');
  // Deleting is idempotent (a missing record is not an error), so a lost answer is safe to retry.
  await xrpcProcedure(target, 'com.atproto.repo.deleteRecord', { repo: did, collection: POST_COLLECTION, rkey }, deletedRecordAnswer, { write: false });
}
