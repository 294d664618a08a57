/**
 * Replies, mentions and quotes of the account from its notifications
 * (https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications), and post search
 * (https://docs.bsky.app/docs/api/app-bsky-feed-search-posts). Notifications are only read: they
 * are not marked as seen, which would change what the person sees in the Bluesky app.
 */
import type { ConnectorCall, ConnectorEnvironment, InboundAuthor, InboundItem, Page } from '../contract.js';
import { advanceCursor, isBelowWindow, isNew, parseCursor } from './inbound-cursor.js';
import { postWebUrl } from './post-records.js';
import { notificationsAnswer, postRecord, searchAnswer, type Notification, type PostView } from './schemas.js';
import { targetOf } from './session.js';
import { xrpcQuery } from './xrpc.js';

const REASONS = ['reply', 'mention', 'quote'] as const;
const PAGE_SIZE = 100;
/** A first read takes the latest page; later reads page back to the cursor, this far at most. */
const MAX_PAGES = 10;

function authorOf(author: PostView['author']): InboundAuthor {
  return { externalId: author.did, handle: author.handle, name: author.displayName || null, url: `https://bsky.app/profile/${author.handle || author.did}` };
}

function webUrlOf(uri: string): string | null {
  try {
    return postWebUrl(uri);
  } catch {
    return null;
  }
}

function timeOf(value: string): number {
  const time = Date.parse(value);
  return Number.isNaN(time) ? 0 : time;
}

/** A reply notification becomes a comment on the account's own post; a mention or quote, a mention. */
function itemOf(notification: Notification, accountDid: string): InboundItem | null {
  const record = postRecord.safeParse(notification.record);
  if (!record.success) return null;
  const { reply } = record.data;
  const ours = (uri: string | undefined) => (uri?.startsWith(`at://${accountDid}/`) ? uri : undefined);
  return {
    externalId: notification.uri,
    kind: notification.reason === 'reply' ? 'comment' : 'mention',
    text: record.data.text,
    author: authorOf(notification.author),
    createdAt: new Date(timeOf(record.data.createdAt) || timeOf(notification.indexedAt)),
    url: webUrlOf(notification.uri),
    inReplyToId: reply?.parent.uri ?? null,
    rootPostId: ours(reply?.root.uri) ?? ours(reply?.parent.uri) ?? null,
    conversationId: null,
  };
}

export async function fetchInbound(env: ConnectorEnvironment, call: ConnectorCall, cursor: string | null): Promise<Page<InboundItem>> {
  const target = targetOf(env, call);
  const previous = parseCursor(cursor);
  const fresh: Notification[] = [];
  let page: string | undefined;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const answer = await xrpcQuery(target, 'app.bsky.notification.listNotifications', { limit: PAGE_SIZE, reasons: REASONS, cursor: page }, notificationsAnswer);
    let reachedRead = false;
    for (const notification of answer.notifications) {
      const at = timeOf(notification.indexedAt);
      if (isBelowWindow(previous, at)) {
        reachedRead = true;
        break;
      }
      if (isNew(previous, notification.uri, at)) fresh.push(notification);
    }
    if (reachedRead || !previous || !answer.cursor || answer.notifications.length === 0) break;
    page = answer.cursor;
  }
  const oldestFirst = fresh.sort((a, b) => timeOf(a.indexedAt) - timeOf(b.indexedAt));
  const items = oldestFirst.map((notification) => itemOf(notification, target.did)).filter((item) => item !== null);
  const next = advanceCursor(
    previous,
    oldestFirst.map((notification) => ({ uri: notification.uri, at: timeOf(notification.indexedAt) })),
  );
  return { items, cursor: next };
}

export async function search(env: ConnectorEnvironment, call: ConnectorCall, query: string, cursor: string | null): Promise<Page<InboundItem>> {
  const target = targetOf(env, call);
  const answer = await xrpcQuery(target, 'app.bsky.feed.searchPosts', { q: query, limit: 25, sort: 'latest', cursor: cursor ?? undefined }, searchAnswer);
  const items = answer.posts.map(
    (post): InboundItem => ({
      externalId: post.uri,
      kind: 'post',
      text: post.record.text,
      author: authorOf(post.author),
      createdAt: new Date(timeOf(post.record.createdAt) || timeOf(post.indexedAt)),
      url: webUrlOf(post.uri),
      inReplyToId: post.record.reply?.parent.uri ?? null,
      rootPostId: null,
      conversationId: null,
    }),
  );
  return { items, cursor: answer.cursor ?? null };
}
