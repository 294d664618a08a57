/**
 * Writing to the sandbox: posts, threads, first comments, replies and deletions, all kept in the
 * store so they survive restarts. An idempotency key maps to the post it created, so publishing
 * twice with one key returns the first post instead of a second one.
 */
import { ConnectorError, type ConnectorStore, type PublishRequest, type PublishedPost, type ReplyRequest } from '../contract.js';
import { checkPublishRequest, checkText, LINK_PATTERN } from './limits.js';
import { accountOfId, exclusively, keys, readIdempotency, readPost, requireAccount, type AccountRecord, type PostRecord } from './records.js';

const NOTHING_ADDED = { likes: 0, reposts: 0, replies: 0 };

function postRecord(id: string, kind: PostRecord['kind'], text: string, at: number, rest: Partial<PostRecord> = {}): PostRecord {
  return {
    id,
    kind,
    text,
    altTexts: [],
    imageCount: 0,
    pollOptions: [],
    contentWarning: null,
    inReplyTo: null,
    conversationId: null,
    partIds: [id],
    firstCommentId: null,
    hasLink: LINK_PATTERN.test(text),
    publishedAt: at,
    deletedAt: null,
    added: NOTHING_ADDED,
    ...rest,
  };
}

export function publishedOf(post: PostRecord): PublishedPost {
  return { externalId: post.id, url: null, publishedAt: new Date(post.publishedAt), partIds: post.partIds, ...(post.firstCommentId ? { firstCommentId: post.firstCommentId } : {}) };
}

async function takeIds(store: ConnectorStore, records: readonly PostRecord[]): Promise<boolean> {
  for (const record of records) if (!(await store.putIfAbsent(keys.takenId(record.id), true))) return false;
  return true;
}

/**
 * Stores what `build` makes from fresh sequence numbers, unless the key already made something.
 * Runs under the account's lock: ids come from the account's counter.
 */
async function createOnce(store: ConnectorStore, account: AccountRecord, idempotencyKey: string, build: (nextId: () => string) => PostRecord[]): Promise<PublishedPost> {
  return exclusively(keys.account(account.externalId), async () => {
    const fresh = await requireAccount(store, account.externalId);
    const existingId = fresh.idempotencyKeys ? await readIdempotency(store, account.externalId, idempotencyKey) : null;
    const existing = existingId === null ? null : await readPost(store, existingId);
    if (existing) return publishedOf(existing);
    // The lock above is this process's; with several worker processes, ids are also taken in the
    // store, and a clash (another process took one) builds again after it.
    let seq = fresh.nextSeq;
    let records = build(() => `${fresh.handle}:p${seq++}`);
    while (!(await takeIds(store, records))) records = build(() => `${fresh.handle}:p${seq++}`);
    const [first] = records;
    if (!first) throw new Error('a publish created no post');
    // In one write: a process killed midway must not leave a post that cannot be found by its key
    // (reconciliation would take it for absent and send it again).
    await store.putMany([
      { key: keys.idempotency(fresh.externalId, idempotencyKey), value: first.id },
      ...records.map((record) => ({ key: keys.post(fresh.externalId, record.id), value: record })),
      { key: keys.account(fresh.externalId), value: { ...fresh, nextSeq: seq } },
    ]);
    return publishedOf(first);
  });
}

export function publishPost(store: ConnectorStore, account: AccountRecord, request: PublishRequest, at: number): Promise<PublishedPost> {
  checkPublishRequest(request);
  return createOnce(store, account, request.idempotencyKey, (nextId) => {
    const parts = request.parts.map((part, index) =>
      postRecord(nextId(), 'post', part.text, at, {
        altTexts: part.media.flatMap((item) => (item.altText ? [item.altText] : [])),
        imageCount: part.media.length,
        pollOptions: index === 0 && request.poll ? [...request.poll.options] : [],
        contentWarning: request.contentWarning ?? null,
      }),
    );
    parts.forEach((part, index) => {
      if (index > 0) part.inReplyTo = parts[index - 1]?.id ?? null;
    });
    const partIds = parts.map((part) => part.id);
    const records = parts.map((part) => ({ ...part, partIds: part === parts[0] ? partIds : [part.id] }));
    const first = records[0];
    if (first && request.firstComment !== undefined) {
      const comment = postRecord(nextId(), 'first_comment', request.firstComment, at, { inReplyTo: first.id });
      first.firstCommentId = comment.id;
      records.push(comment);
    }
    return records;
  });
}

/** The post published with the key, unless it was deleted. The key map is exact, so `since` is not needed. */
export async function findPublishedPost(store: ConnectorStore, account: AccountRecord, idempotencyKey: string): Promise<PublishedPost | null> {
  const id = await readIdempotency(store, account.externalId, idempotencyKey);
  const post = id === null ? null : await readPost(store, id);
  return post && post.deletedAt === null ? publishedOf(post) : null;
}

/** Deleting twice succeeds: after a lost answer the pipeline may delete again. */
export async function deletePost(store: ConnectorStore, account: AccountRecord, externalId: string, at: number): Promise<void> {
  await exclusively(keys.account(account.externalId), async () => {
    const post = accountOfId(externalId) === account.externalId ? await readPost(store, externalId) : null;
    if (!post) throw new ConnectorError('invalid_content', 'The sandbox has no post of this account with that id.', { status: 404 });
    if (post.deletedAt === null) await store.put(keys.post(account.externalId, post.id), { ...post, deletedAt: at });
  });
}

/** A reply is the account's own post under the item; to a direct message it is a message in that conversation. */
export async function replyTo(store: ConnectorStore, account: AccountRecord, request: ReplyRequest, at: number): Promise<PublishedPost> {
  if (request.text.trim() === '') throw new ConnectorError('invalid_content', 'The reply is empty.', { status: 422 });
  checkText(request.text, 'The reply');
  const target = accountOfId(request.to.externalId) === account.externalId ? await readPost(store, request.to.externalId) : null;
  if (target && target.deletedAt !== null) throw new ConnectorError('invalid_content', 'The post you are replying to has been deleted.', { status: 404 });
  const isMessage = request.to.kind === 'direct_message';
  if (isMessage && !request.to.conversationId) throw new ConnectorError('invalid_content', 'A reply to a direct message needs its conversation.');
  return createOnce(store, account, request.idempotencyKey, (nextId) => [
    postRecord(nextId(), isMessage ? 'message' : 'reply', request.text, at, {
      inReplyTo: request.to.externalId,
      conversationId: isMessage ? request.to.conversationId : null,
    }),
  ]);
}
