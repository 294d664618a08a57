/**
 * The inbox side: comments on the account's posts, mentions and direct messages, oldest first.
 * Organic items are derived from the model and ordered by (time, id); explicit items (added by
 * the demo or tests) by their sequence number. The cursor holds a watermark for each stream, so
 * an item is delivered once, even when the simulated clock stands still between calls.
 */
import { z } from 'zod';
import { ConnectorError, type ConnectorStore, type InboundItem, type InboundUpdate, type Page } from '../contract.js';
import { conversationWith, organicDirectMessages, organicMentions } from './activity.js';
import { DAY_MS } from './audience.js';
import { LATEST_COMMENT_MS, organicComments } from './engagement.js';
import { authorFor } from './people.js';
import { accountOfId, listEvents, listPosts, modelOf, type AccountRecord, type EventRecord, type PostRecord } from './records.js';

const PAGE_SIZE = 50;
/** A first look (no cursor) shows the last week, like a freshly opened inbox. */
const FIRST_LOOK_BACK_MS = 7 * DAY_MS;

const cursorSchema = z.object({ organicAt: z.number(), organicId: z.string(), eventSeq: z.number().int() });
type Cursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(text: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch (error) {
    throw new ConnectorError('invalid_content', 'The inbox position is not one the sandbox handed out.', { cause: error });
  }
}

export function modelPostOf(post: PostRecord) {
  return { id: post.id, publishedAt: post.publishedAt, hasLink: post.hasLink, added: post.added };
}

function eventItem(account: AccountRecord, event: EventRecord): InboundItem {
  const author = authorFor(event.author.name, event.author.handle, event.author.followers);
  return {
    externalId: `${account.handle}:e${event.seq}`,
    kind: event.kind,
    text: event.text,
    author,
    createdAt: new Date(event.at),
    url: null,
    inReplyToId: event.postId,
    rootPostId: event.postId,
    conversationId: event.kind === 'direct_message' ? conversationWith(account.handle, author.handle) : null,
  };
}

function organicSince(account: AccountRecord, posts: PostRecord[], after: Cursor, now: number): InboundItem[] {
  const model = modelOf(account);
  const isNew = (item: InboundItem) => {
    const at = item.createdAt.getTime();
    return at > after.organicAt || (at === after.organicAt && item.externalId > after.organicId);
  };
  const from = after.organicAt - 1;
  const comments = posts
    .filter((post) => post.kind === 'post' && post.deletedAt === null && post.publishedAt > after.organicAt - LATEST_COMMENT_MS)
    .flatMap((post) => organicComments(model, modelPostOf(post), now));
  return [...comments, ...organicMentions(model, from, now), ...organicDirectMessages(model, from, now)]
    .filter(isNew)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.externalId < b.externalId ? -1 : 1));
}

export async function fetchInboundPage(store: ConnectorStore, account: AccountRecord, cursorText: string | null, now: number): Promise<Page<InboundItem>> {
  const [posts, events] = await Promise.all([listPosts(store, account.externalId), listEvents(store, account.externalId)]);
  let cursor: Cursor;
  if (cursorText === null) {
    const windowStart = Math.max(account.connectedAt, now - FIRST_LOOK_BACK_MS);
    // Explicit events from before the window count as seen.
    const seenSeq = events.filter((event) => event.at < windowStart).reduce((max, event) => Math.max(max, event.seq), 0);
    cursor = { organicAt: windowStart, organicId: '', eventSeq: seenSeq };
  } else cursor = decodeCursor(cursorText);

  const organic = organicSince(account, posts, cursor, now);
  // What was deleted before anyone read it is gone, as on a network.
  const unseen = events.filter((event) => event.seq > cursor.eventSeq && !event.deletedAt);
  // An event set in the future holds back the ones after it, so that none is skipped by the cursor.
  const firstFuture = unseen.findIndex((event) => event.at > now);
  const explicit = firstFuture < 0 ? unseen : unseen.slice(0, firstFuture);
  const items: InboundItem[] = [];
  const next = { ...cursor };
  let organicIndex = 0;
  let explicitIndex = 0;
  while (items.length < PAGE_SIZE) {
    const fromModel = organic[organicIndex];
    const added = explicit[explicitIndex];
    if (fromModel && (!added || fromModel.createdAt.getTime() <= added.at)) {
      items.push(fromModel);
      next.organicAt = fromModel.createdAt.getTime();
      next.organicId = fromModel.externalId;
      organicIndex += 1;
    } else if (added) {
      items.push(eventItem(account, added));
      next.eventSeq = added.seq;
      explicitIndex += 1;
    } else break;
  }
  return { items, cursor: encodeCursor(next) };
}

/** An explicit event's id: `<handle>:e<seq>`; an organic comment's: `<post id>:c<index>`. */
const EVENT_ID = /^[^:]+:e(\d+)$/;
const COMMENT_ID = /^([^:]+:p\d+):c\d+$/;

/**
 * The current state of items read before, for those that changed: explicit items edited or
 * deleted through the levers, and every comment under a post that no longer exists. Items that
 * are as they were are left out.
 */
export async function refreshInboundItems(store: ConnectorStore, account: AccountRecord, externalIds: readonly string[]): Promise<InboundUpdate[]> {
  // Two reads for the whole batch, however many items it asks about.
  const [posts, events] = await Promise.all([listPosts(store, account.externalId), listEvents(store, account.externalId)]);
  const livePosts = new Set(posts.filter((post) => post.deletedAt === null).map((post) => post.id));
  const eventsBySeq = new Map(events.map((event) => [event.seq, event]));
  const postGone = (postId: string | null) => postId !== null && !livePosts.has(postId);
  const updates: InboundUpdate[] = [];
  for (const externalId of externalIds) {
    if (accountOfId(externalId) !== account.externalId) continue;
    const eventSeq = EVENT_ID.exec(externalId)?.[1];
    const commentOn = COMMENT_ID.exec(externalId)?.[1];
    if (eventSeq !== undefined) {
      const event = eventsBySeq.get(Number(eventSeq));
      if (!event || event.deletedAt || postGone(event.postId)) updates.push({ externalId, deleted: true });
      else if (event.editedAt) updates.push({ externalId, deleted: false, text: event.text, editedAt: new Date(event.editedAt) });
    } else if (commentOn !== undefined && postGone(commentOn)) updates.push({ externalId, deleted: true });
  }
  return updates;
}
