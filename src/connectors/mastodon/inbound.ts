/**
 * The inbox: mention notifications (GET /api/v1/notifications?types[]=mention,
 * https://docs.joinmastodon.org/methods/notifications/#get), sorted into comments (replies in a
 * thread the account started), direct messages (visibility `direct`) and other mentions; replies
 * to them; and status search (https://docs.joinmastodon.org/methods/search/#v2).
 */
import type { ConnectorCall, ConnectorEnvironment, InboundItem, Page, PublishedPost, ReplyRequest } from '../contract.js';
import { accountClient, type MastodonClient } from './client.js';
import { htmlToText } from './html-text.js';
import { fullHandle } from './oauth.js';
import { postStatus, publishedPost } from './publish.js';
import { contextSchema, notificationSchema, searchSchema, statusSchema, type MastodonStatus } from './schemas.js';

const NOTIFICATION_PAGE = 40;
const SEARCH_PAGE = 20;

/** Mastodon ids are numbers too large for a double; compare them as decimal strings. */
export function compareIds(a: string, b: string): number {
  return a.length === b.length ? a.localeCompare(b) : a.length - b.length;
}

function domainOf(call: ConnectorCall): string {
  return call.session.settings.domain ?? new URL(call.session.settings.instanceUrl ?? 'https://unknown').hostname;
}

function statusText(status: MastodonStatus): string {
  const text = htmlToText(status.content);
  return status.spoiler_text ? `${status.spoiler_text}\n\n${text}` : text;
}

export function inboundItem(status: MastodonStatus, domain: string, kind: InboundItem['kind'], thread: { rootPostId: string | null; conversationId: string | null }): InboundItem {
  return {
    externalId: status.id,
    kind,
    text: statusText(status),
    author: {
      externalId: status.account.id,
      handle: fullHandle(status.account.acct, domain),
      name: status.account.display_name || null,
      url: status.account.url ?? null,
      ...(status.account.followers_count === undefined ? {} : { followers: status.account.followers_count }),
    },
    createdAt: new Date(status.created_at),
    url: status.url ?? status.uri,
    inReplyToId: status.in_reply_to_id,
    rootPostId: thread.rootPostId,
    conversationId: thread.conversationId,
  };
}

/** The statuses above this one, root first (GET /api/v1/statuses/:id/context). */
async function ancestorsOf(client: MastodonClient, status: MastodonStatus): Promise<MastodonStatus[]> {
  if (status.in_reply_to_id === null) return [];
  const context = await client({ method: 'GET', path: `/api/v1/statuses/${encodeURIComponent(status.id)}/context`, write: false, schema: contextSchema });
  return context.ancestors;
}

async function classify(client: MastodonClient, call: ConnectorCall, status: MastodonStatus): Promise<InboundItem> {
  const domain = domainOf(call);
  const ancestors = await ancestorsOf(client, status);
  if (status.visibility === 'direct') {
    // The REST Status carries no conversation id; Mastodon threads a private conversation by its
    // reply chain, so the chain's first status names the conversation for as long as it lasts.
    return inboundItem(status, domain, 'direct_message', { rootPostId: null, conversationId: ancestors[0]?.id ?? status.id });
  }
  const ownPost = ancestors.find((ancestor) => ancestor.account.id === call.session.externalId);
  if (ownPost) return inboundItem(status, domain, 'comment', { rootPostId: ownPost.id, conversationId: null });
  return inboundItem(status, domain, 'mention', { rootPostId: null, conversationId: null });
}

export function inbox(env: ConnectorEnvironment) {
  return {
    fetchInbound: async (call: ConnectorCall, cursor: string | null): Promise<Page<InboundItem>> => {
      const client = accountClient(env, call);
      const query = new URLSearchParams({ 'types[]': 'mention', limit: String(NOTIFICATION_PAGE), include_filtered: 'true' });
      // min_id pages forward from the cursor: the oldest notifications after it come first.
      if (cursor) query.set('min_id', cursor);
      const notifications = await client({ method: 'GET', path: '/api/v1/notifications', query, write: false, schema: notificationSchema.array() });
      const ordered = [...notifications].sort((a, b) => compareIds(a.id, b.id));
      const items: InboundItem[] = [];
      for (const notification of ordered) {
        if (notification.type === 'mention' && notification.status) items.push(await classify(client, call, notification.status));
      }
      return { items, cursor: ordered.at(-1)?.id ?? cursor };
    },

    reply: async (call: ConnectorCall, request: ReplyRequest): Promise<PublishedPost> => {
      const client = accountClient(env, call);
      const parent = await client({ method: 'GET', path: `/api/v1/statuses/${encodeURIComponent(request.to.externalId)}`, write: false, schema: statusSchema });
      // Mastodon notifies, and for direct visibility shows, a reply only to the accounts it mentions.
      const author = parent.account.id === call.session.externalId ? null : `@${parent.account.acct}`;
      const mentioned = author !== null && new RegExp(`(^|\\s)${author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i').test(request.text);
      const text = author && !mentioned ? `${author} ${request.text}` : request.text;
      // A reply is exactly as public as what it answers: direct stays direct, followers-only stays so.
      const status = await postStatus(client, { text, visibility: parent.visibility, inReplyToId: parent.id }, request.idempotencyKey);
      return publishedPost([status]);
    },

    search: async (call: ConnectorCall, query: string, cursor: string | null): Promise<Page<InboundItem>> => {
      const offset = cursor ? Number(cursor) : 0;
      const params = new URLSearchParams({ q: query, type: 'statuses', limit: String(SEARCH_PAGE), offset: String(Number.isFinite(offset) ? offset : 0) });
      const result = await accountClient(env, call)({ method: 'GET', path: '/api/v2/search', query: params, write: false, schema: searchSchema });
      const domain = domainOf(call);
      return {
        items: result.statuses.map((status) => inboundItem(status, domain, 'post', { rootPostId: null, conversationId: null })),
        cursor: result.statuses.length < SEARCH_PAGE ? null : String(offset + result.statuses.length),
      };
    },
  };
}
