/**
 * Search over the sandbox: posts by simulated people (derived from the seed), posts added
 * explicitly as "by others", and what every sandbox account published. A post matches when it
 * contains every word of the query; newest first.
 */
import { ConnectorError, type ConnectorStore, type InboundItem, type Page } from '../contract.js';
import { organicOthersPosts } from './activity.js';
import { DAY_MS } from './audience.js';
import { authorFor } from './people.js';
import { accountOfId, listAllPosts, listOtherPosts, modelOf, type AccountRecord } from './records.js';

const PAGE_SIZE = 20;
const SEARCH_WINDOW_MS = 30 * DAY_MS;

const postItem = (base: Pick<InboundItem, 'externalId' | 'text' | 'author' | 'createdAt' | 'inReplyToId'>): InboundItem => ({
  ...base,
  kind: 'post',
  url: null,
  rootPostId: null,
  conversationId: null,
});

async function everyPost(store: ConnectorStore, account: AccountRecord, now: number): Promise<InboundItem[]> {
  const published = (await listAllPosts(store))
    .filter((post) => post.kind !== 'message' && post.deletedAt === null && post.publishedAt <= now)
    .map((post) =>
      postItem({ externalId: post.id, text: post.text, author: authorFor(null, accountOfId(post.id), 0), createdAt: new Date(post.publishedAt), inReplyToId: post.inReplyTo }),
    );
  const byOthers = (await listOtherPosts(store))
    .filter((post) => post.at <= now)
    .map((post) => postItem({ externalId: `others-post:${post.seq}`, text: post.text, author: authorFor(post.author.name, post.author.handle, post.author.followers), createdAt: new Date(post.at), inReplyToId: null }));
  return [...organicOthersPosts(modelOf(account), now - SEARCH_WINDOW_MS, now), ...byOthers, ...published];
}

export async function searchPosts(store: ConnectorStore, account: AccountRecord, query: string, cursor: string | null, now: number): Promise<Page<InboundItem>> {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) throw new ConnectorError('invalid_content', 'Enter something to search for.');
  const offset = cursor === null ? 0 : Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw new ConnectorError('invalid_content', 'The search position is not one the sandbox handed out.');
  const matches = (await everyPost(store, account, now))
    .filter((item) => {
      const text = item.text.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.externalId < b.externalId ? -1 : 1));
  const page = matches.slice(offset, offset + PAGE_SIZE);
  return { items: page, cursor: offset + PAGE_SIZE < matches.length ? String(offset + PAGE_SIZE) : null };
}
