/**
 * What the sandbox keeps in its durable store (`env.store`): the accounts, what they published,
 * idempotency keys, explicit events added by the demo or tests, and per-account traffic (request
 * counts, the rate-limit state and the fault queue). Everything else is derived from the seed.
 * Values are parsed on the way out because the store hands back `unknown` (it may be a database).
 */
import { z } from 'zod';
import { ConnectorError, type ConnectorStore } from '../contract.js';
import { LOCALES } from '../../core/validation.js';
import type { AccountModel } from './audience.js';

const language = z.enum(LOCALES);

const accountSchema = z.object({
  externalId: z.string(),
  handle: z.string(),
  tokenHash: z.string(),
  followersAtStart: z.number().int().nonnegative(),
  seed: z.string(),
  languages: z.tuple([language], language),
  latencyMs: z.number().nonnegative(),
  faultRate: z.number().min(0).max(1),
  organic: z.boolean(),
  /** Off: a repeated publish with the same key creates a second post, as on networks without keys. */
  idempotencyKeys: z.boolean().default(true),
  connectedAt: z.number(),
  /** One counter for every id the account hands out (posts, replies, events), so ids never clash. */
  nextSeq: z.number().int().positive(),
  bursts: z.array(z.object({ at: z.number(), count: z.number().int().nonnegative() })),
});
export type AccountRecord = z.infer<typeof accountSchema>;

const addedSchema = z.object({ likes: z.number().int(), reposts: z.number().int(), replies: z.number().int() });

const postSchema = z.object({
  id: z.string(),
  kind: z.enum(['post', 'first_comment', 'reply', 'message']),
  text: z.string(),
  altTexts: z.array(z.string()),
  imageCount: z.number().int(),
  pollOptions: z.array(z.string()),
  contentWarning: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  conversationId: z.string().nullable(),
  /** On a thread's first part: every part's id, and the first comment's. */
  partIds: z.array(z.string()),
  firstCommentId: z.string().nullable(),
  hasLink: z.boolean(),
  publishedAt: z.number(),
  deletedAt: z.number().nullable(),
  added: addedSchema,
});
export type PostRecord = z.infer<typeof postSchema>;

export const authorSchema = z.object({ handle: z.string(), name: z.string().nullable(), followers: z.number().int() });

const eventSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(['comment', 'mention', 'direct_message']),
  text: z.string(),
  author: authorSchema,
  at: z.number(),
  postId: z.string().nullable(),
  /** Set when the person edited or deleted what they wrote (levers for tests and the demo). */
  editedAt: z.number().nullable().optional(),
  deletedAt: z.number().nullable().optional(),
});
export type EventRecord = z.infer<typeof eventSchema>;

const otherPostSchema = z.object({ seq: z.number().int(), text: z.string(), author: authorSchema, at: z.number() });
export type OtherPostRecord = z.infer<typeof otherPostSchema>;

export const FAULT_KINDS = ['rate_limited', 'server_error', 'timeout', 'drop_response', 'auth_expired', 'auth_revoked', 'invalid_content'] as const;
const storedFaultSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  on: z.enum(['read', 'write', 'any']),
  resetAt: z.number().nullable(),
  retryAfterSeconds: z.number().nullable(),
});
export type StoredFault = z.infer<typeof storedFaultSchema>;

const trafficSchema = z.object({
  total: z.number().int(),
  windowStart: z.number(),
  windowCount: z.number().int(),
  limitedUntil: z.number().nullable(),
  faults: z.array(storedFaultSchema),
});
export type TrafficRecord = z.infer<typeof trafficSchema>;

/** Store keys; account ids are handles (`[a-z0-9_.]`), so `/` separates safely. */
export const keys = {
  account: (account: string) => `account/${account}`,
  traffic: (account: string) => `traffic/${account}`,
  post: (account: string, postId: string) => `post/${account}/${postId}`,
  posts: (account: string) => `post/${account}/`,
  allPosts: () => 'post/',
  idempotency: (account: string, key: string) => `idempotency/${account}/${key}`,
  /** Taken once per post id, atomically, so that two processes never hand out the same id. */
  takenId: (postId: string) => `taken-id/${postId}`,
  event: (account: string, seq: number) => `event/${account}/${String(seq).padStart(12, '0')}`,
  events: (account: string) => `event/${account}/`,
  otherPost: (seq: number) => `other/${String(seq).padStart(12, '0')}`,
  otherPosts: () => 'other/',
  otherPostSeq: () => 'meta/other-post-seq',
};

/** The account a sandbox id belongs to: ids start with the handle (`alice:p7`). */
export const accountOfId = (id: string): string => id.split(':')[0] ?? id;

/** Keyed by name alone: the app and the demo may each wrap the same database in their own store object. */
const locks = new Map<string, Promise<void>>();

/**
 * Runs `work` after every earlier work on the same name in this process has finished, so that
 * concurrent publishes do not hand out the same id (the store has no transactions). The queue is
 * joined synchronously, so work asked for first runs first.
 */
export async function exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
  const previous = locks.get(name) ?? Promise.resolve();
  const current = previous.then(() => work());
  const settled = current.then(
    () => undefined,
    () => undefined,
  );
  locks.set(name, settled);
  try {
    return await current;
  } finally {
    if (locks.get(name) === settled) locks.delete(name);
  }
}

export async function readAccount(store: ConnectorStore, account: string): Promise<AccountRecord | null> {
  const value = await store.get(keys.account(account));
  if (value === undefined || value === null) return null;
  const parsed = accountSchema.safeParse(value);
  if (!parsed.success) throw new ConnectorError('auth_revoked', 'The sandbox cannot read this account any more; connect it again.', { cause: parsed.error });
  return parsed.data;
}

export async function requireAccount(store: ConnectorStore, account: string): Promise<AccountRecord> {
  const record = await readAccount(store, account);
  if (!record) throw new ConnectorError('auth_revoked', `The sandbox has no account "${account}"; connect it again.`);
  return record;
}

/** Changes an account record under its lock and returns the new record. */
export function updateAccount(store: ConnectorStore, account: string, change: (record: AccountRecord) => AccountRecord): Promise<AccountRecord> {
  return exclusively(keys.account(account), async () => {
    const updated = change(await requireAccount(store, account));
    await store.put(keys.account(account), updated);
    return updated;
  });
}

export function modelOf(account: AccountRecord): AccountModel {
  return {
    seed: account.seed,
    handle: account.handle,
    followersAtStart: account.followersAtStart,
    connectedAt: account.connectedAt,
    languages: account.languages,
    organic: account.organic,
    bursts: account.bursts,
  };
}

export async function readPost(store: ConnectorStore, postId: string): Promise<PostRecord | null> {
  const value = await store.get(keys.post(accountOfId(postId), postId));
  return value === undefined || value === null ? null : postSchema.parse(value);
}

export async function listPosts(store: ConnectorStore, account: string): Promise<PostRecord[]> {
  return (await store.list(keys.posts(account))).map(({ value }) => postSchema.parse(value));
}

/** Every account's posts, for search across the whole sandbox. */
export async function listAllPosts(store: ConnectorStore): Promise<PostRecord[]> {
  return (await store.list(keys.allPosts())).map(({ value }) => postSchema.parse(value));
}

export async function listEvents(store: ConnectorStore, account: string): Promise<EventRecord[]> {
  return (await store.list(keys.events(account))).map(({ value }) => eventSchema.parse(value)).sort((a, b) => a.seq - b.seq);
}

export async function readEvent(store: ConnectorStore, account: string, seq: number): Promise<EventRecord | null> {
  const value = await store.get(keys.event(account, seq));
  return value === undefined || value === null ? null : eventSchema.parse(value);
}

export async function listOtherPosts(store: ConnectorStore): Promise<OtherPostRecord[]> {
  return (await store.list(keys.otherPosts())).map(({ value }) => otherPostSchema.parse(value)).sort((a, b) => a.seq - b.seq);
}

export async function readIdempotency(store: ConnectorStore, account: string, key: string): Promise<string | null> {
  const value = await store.get(keys.idempotency(account, key));
  return typeof value === 'string' ? value : null;
}

export async function readTraffic(store: ConnectorStore, account: string, now: number): Promise<TrafficRecord> {
  const value = await store.get(keys.traffic(account));
  if (value === undefined || value === null) return { total: 0, windowStart: now, windowCount: 0, limitedUntil: null, faults: [] };
  return trafficSchema.parse(value);
}
