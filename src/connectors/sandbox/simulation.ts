/**
 * Levers on the simulated network for the demo, benchmarks and tests: things that happen on the
 * network without going through the connector (people engaging, writing, posting; a fake-follower
 * burst; a failure on the next request). They write to the same store the connector reads.
 */
import type { ConnectorStore, SimulatedEvent } from '../contract.js';
import { storedFault, type SandboxFault } from './faults.js';
import { simulatedPerson } from './people.js';
import { publishPost } from './publishing.js';
import { randomFor } from './random.js';
import { accountOfId, exclusively, keys, listPosts, readEvent, readPost, readTraffic, requireAccount, updateAccount, type AccountRecord, type EventRecord } from './records.js';

export type { SandboxFault, SandboxFaultKind } from './faults.js';

/** Someone on the sandbox; left out, a simulated person is drawn from the account's seed. */
export interface SimulatedAuthor {
  handle: string;
  name?: string;
  followers?: number;
}

/**
 * Queues a failure for one of the account's coming requests (see SandboxFault). It takes its
 * place before any request that starts after this call, even before the returned promise settles.
 */
export function injectSandboxFault(store: ConnectorStore, accountExternalId: string, fault: SandboxFault): Promise<void> {
  // Called without awaiting anything first: the lock queue is joined synchronously.
  return exclusively(keys.traffic(accountExternalId), async () => {
    await requireAccount(store, accountExternalId);
    // A first request will open its own budget window; 0 only marks "no window yet".
    const traffic = await readTraffic(store, accountExternalId, 0);
    traffic.faults.push(storedFault(fault));
    await store.put(keys.traffic(accountExternalId), traffic);
  });
}

/** Adds `count` followers at `at` who never see or engage with anything, as bought followers do. */
export async function triggerFollowerBurst(store: ConnectorStore, accountExternalId: string, count: number, at: Date): Promise<void> {
  if (!Number.isInteger(count) || count <= 0) throw new Error('a follower burst needs a positive whole number of followers');
  await updateAccount(store, accountExternalId, (account) => ({ ...account, bursts: [...account.bursts, { at: at.getTime(), count }] }));
}

function authorOf(account: AccountRecord, seq: number, author: SimulatedAuthor | undefined): EventRecord['author'] {
  if (author) return { handle: author.handle, name: author.name ?? null, followers: author.followers ?? 0 };
  const person = simulatedPerson(randomFor(account.seed, 'explicit-author', seq), account.languages).author;
  return { handle: person.handle, name: person.name, followers: person.followers ?? 0 };
}

type NewEvent = Pick<EventRecord, 'kind' | 'text' | 'postId'> & { author?: SimulatedAuthor };

/** Stores events under the account's lock, numbering them from the account's counter. */
function addEvents(store: ConnectorStore, accountExternalId: string, at: Date, events: NewEvent[], before?: (account: AccountRecord) => Promise<void>): Promise<void> {
  return exclusively(keys.account(accountExternalId), async () => {
    const account = await requireAccount(store, accountExternalId);
    await before?.(account);
    let seq = account.nextSeq;
    for (const event of events) {
      const record: EventRecord = { seq, kind: event.kind, text: event.text, postId: event.postId, at: at.getTime(), author: authorOf(account, seq, event.author) };
      await store.put(keys.event(accountExternalId, seq), record);
      seq += 1;
    }
    await store.put(keys.account(accountExternalId), { ...account, nextSeq: seq });
  });
}

/**
 * Other people like, repost and comment on an account's post (each comment by a different
 * person), on top of whatever the model's organic audience does.
 */
export async function addSimulatedEngagement(
  store: ConnectorStore,
  postId: string,
  engagement: { likes?: number; reposts?: number; replies?: readonly (string | { text: string; author: SimulatedAuthor })[] },
  at: Date,
): Promise<void> {
  const accountExternalId = accountOfId(postId);
  const replies = (engagement.replies ?? []).map((reply) => (typeof reply === 'string' ? { text: reply, author: undefined } : reply));
  await addEvents(
    store,
    accountExternalId,
    at,
    replies.map((reply) => ({ kind: 'comment', text: reply.text, postId, author: reply.author })),
    async () => {
      const post = await readPost(store, postId);
      if (!post || post.deletedAt !== null) throw new Error(`the sandbox has no post ${postId}`);
      const added = { likes: post.added.likes + (engagement.likes ?? 0), reposts: post.added.reposts + (engagement.reposts ?? 0), replies: post.added.replies + replies.length };
      await store.put(keys.post(accountExternalId, postId), { ...post, added });
    },
  );
}

/** Someone mentions the account in a post of their own. */
export function addSimulatedMention(store: ConnectorStore, accountExternalId: string, text: string, at: Date, author?: SimulatedAuthor): Promise<void> {
  return addEvents(store, accountExternalId, at, [{ kind: 'mention', text, postId: null, author }]);
}

/** Someone writes to the account; one conversation per person. */
export function addSimulatedDirectMessage(store: ConnectorStore, accountExternalId: string, text: string, at: Date, author?: SimulatedAuthor): Promise<void> {
  return addEvents(store, accountExternalId, at, [{ kind: 'direct_message', text, postId: null, author }]);
}

/** A post by someone outside the connected accounts, for search and listening. */
export async function addPostByOther(store: ConnectorStore, text: string, at: Date, author: SimulatedAuthor = { handle: 'someone_else', name: 'Someone Else' }): Promise<void> {
  await exclusively(keys.otherPostSeq(), async () => {
    const last = await store.get(keys.otherPostSeq());
    const seq = (typeof last === 'number' ? last : 0) + 1;
    await store.put(keys.otherPost(seq), { seq, text, at: at.getTime(), author: { handle: author.handle, name: author.name ?? null, followers: author.followers ?? 0 } });
    await store.put(keys.otherPostSeq(), seq);
  });
}

/** A post as the sandbox stores it, or null when it does not exist or was deleted. */
export async function readSandboxPost(store: ConnectorStore, postId: string) {
  const post = await readPost(store, postId);
  if (!post || post.deletedAt !== null) return null;
  return {
    text: post.text,
    altTexts: post.altTexts,
    imageCount: post.imageCount,
    pollOptions: post.pollOptions,
    contentWarning: post.contentWarning,
    inReplyTo: post.inReplyTo,
    conversationId: post.conversationId,
    publishedAt: new Date(post.publishedAt),
  };
}

/**
 * The texts of the account's top-level posts on the sandbox (not replies, not deleted), oldest
 * first: what a person scrolling the account would see, and what "published exactly once" counts.
 */
export async function sandboxPostTexts(store: ConnectorStore, accountExternalId: string): Promise<string[]> {
  return (await listPosts(store, accountExternalId))
    .filter((post) => post.inReplyTo === null && post.deletedAt === null)
    .sort((a, b) => a.publishedAt - b.publishedAt)
    .map((post) => post.text);
}

/** How many requests of the account have reached the sandbox, failed ones included. */
export async function sandboxRequestCount(store: ConnectorStore, accountExternalId: string): Promise<number> {
  return (await readTraffic(store, accountExternalId, 0)).total;
}

/** What an account's first post says when someone comments before the account posted anything. */
export const WELCOME_POST_TEXT = 'Welcome to our page';

/**
 * `Connector.simulate`: someone comments on the account's latest post (a first post is created
 * when there is none), mentions the account or writes to it, now. Without a handle the author is
 * a person drawn from the account's seed.
 */
export async function simulateActivity(store: ConnectorStore, accountExternalId: string, event: SimulatedEvent, at: Date): Promise<void> {
  const author = event.authorHandle ? { handle: event.authorHandle, ...(event.authorFollowers === undefined ? {} : { followers: event.authorFollowers }) } : undefined;
  if (event.kind === 'mention') return addSimulatedMention(store, accountExternalId, event.text, at, author);
  if (event.kind === 'direct_message') return addSimulatedDirectMessage(store, accountExternalId, event.text, at, author);
  const postId = await latestPostId(store, accountExternalId, at);
  await addSimulatedEngagement(store, postId, { replies: [author ? { text: event.text, author } : event.text] }, at);
}

async function latestPostId(store: ConnectorStore, accountExternalId: string, at: Date): Promise<string> {
  const seqOf = (id: string) => Number(id.split(':p')[1] ?? 0);
  const [latest] = (await listPosts(store, accountExternalId))
    .filter((post) => post.kind === 'post' && post.deletedAt === null && post.publishedAt <= at.getTime())
    .sort((a, b) => b.publishedAt - a.publishedAt || seqOf(b.id) - seqOf(a.id));
  if (latest) return latest.id;
  const account = await requireAccount(store, accountExternalId);
  const welcome = { idempotencyKey: `sandbox-welcome-${at.getTime()}`, parts: [{ text: WELCOME_POST_TEXT, media: [] }] as const };
  return (await publishPost(store, account, welcome, at.getTime())).externalId;
}

/** Changes an explicit item (one added through these levers, id `<handle>:e<seq>`) under the account's lock. */
async function changeEvent(store: ConnectorStore, itemExternalId: string, change: (event: EventRecord) => EventRecord): Promise<void> {
  const accountExternalId = accountOfId(itemExternalId);
  const seq = /:e(\d+)$/.exec(itemExternalId)?.[1];
  if (seq === undefined) throw new Error(`only items added through the simulation levers can change; ${itemExternalId} is not one`);
  await exclusively(keys.account(accountExternalId), async () => {
    const event = await readEvent(store, accountExternalId, Number(seq));
    if (!event) throw new Error(`the sandbox has no item ${itemExternalId}`);
    await store.put(keys.event(accountExternalId, event.seq), change(event));
  });
}

/** The person edits what they wrote; the connector reports the new text on its next re-check. */
export function editSimulatedItem(store: ConnectorStore, itemExternalId: string, text: string, at: Date): Promise<void> {
  return changeEvent(store, itemExternalId, (event) => ({ ...event, text, editedAt: at.getTime() }));
}

/** The person deletes what they wrote. */
export function deleteSimulatedItem(store: ConnectorStore, itemExternalId: string, at: Date): Promise<void> {
  return changeEvent(store, itemExternalId, (event) => ({ ...event, deletedAt: at.getTime() }));
}
