/**
 * The shapes of the XRPC answers this connector reads. Each follows the lexicon as published in
 * the HTTP API reference at docs.bsky.app; fields the connector does not use are left out, and
 * unknown fields are ignored so that a newer server does not break an older Chorus.
 */
import { z } from 'zod';

/** https://atproto.com/specs/xrpc#error-responses */
export const xrpcErrorBody = z.object({ error: z.string(), message: z.string().optional() });

/** https://docs.bsky.app/docs/api/com-atproto-server-create-session */
export const sessionAnswer = z.object({
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  did: z.string().startsWith('did:'),
  handle: z.string(),
});

/** https://docs.bsky.app/docs/api/com-atproto-server-refresh-session */
export const refreshedSessionAnswer = sessionAnswer;

/** https://docs.bsky.app/docs/api/com-atproto-server-get-session */
export const currentSessionAnswer = z.object({ did: z.string().startsWith('did:'), handle: z.string() });

/** https://docs.bsky.app/docs/api/com-atproto-identity-resolve-handle */
export const resolvedHandleAnswer = z.object({ did: z.string().startsWith('did:') });

/** https://docs.bsky.app/docs/api/app-bsky-actor-get-profile (app.bsky.actor.defs#profileViewDetailed) */
export const profileAnswer = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: z.string().optional(),
  followersCount: z.number().int().optional(),
  followsCount: z.number().int().optional(),
  postsCount: z.number().int().optional(),
});

/** https://docs.bsky.app/docs/api/com-atproto-repo-upload-blob */
export const uploadedBlobAnswer = z.object({
  blob: z.object({
    $type: z.literal('blob'),
    ref: z.object({ $link: z.string() }),
    mimeType: z.string(),
    size: z.number().int(),
  }),
});
export type UploadedBlob = z.output<typeof uploadedBlobAnswer>['blob'];

/** https://docs.bsky.app/docs/api/com-atproto-repo-create-record */
export const createdRecordAnswer = z.object({ uri: z.string().startsWith('at://'), cid: z.string() });

/** https://docs.bsky.app/docs/api/com-atproto-repo-delete-record */
export const deletedRecordAnswer = z.object({}).loose();

const strongRef = z.object({ uri: z.string(), cid: z.string() });

/** The app.bsky.feed.post record as far as Chorus reads it: https://docs.bsky.app/docs/api/app-bsky-feed-post */
export const postRecord = z.object({
  text: z.string(),
  createdAt: z.string(),
  reply: z.object({ root: strongRef, parent: strongRef }).optional(),
});

/** https://docs.bsky.app/docs/api/com-atproto-repo-get-record */
export const storedRecordAnswer = z.object({ uri: z.string(), cid: z.string(), value: postRecord });

/** app.bsky.actor.defs#profileViewBasic, https://docs.bsky.app/docs/api/app-bsky-actor-get-profile */
const authorView = z.object({ did: z.string(), handle: z.string(), displayName: z.string().optional() });

/** app.bsky.feed.defs#postView, https://docs.bsky.app/docs/api/app-bsky-feed-get-posts */
export const postView = z.object({
  uri: z.string(),
  cid: z.string(),
  author: authorView,
  record: postRecord,
  indexedAt: z.string(),
  likeCount: z.number().int().optional(),
  repostCount: z.number().int().optional(),
  replyCount: z.number().int().optional(),
  quoteCount: z.number().int().optional(),
  bookmarkCount: z.number().int().optional(),
});
export type PostView = z.output<typeof postView>;

/** https://docs.bsky.app/docs/api/app-bsky-feed-get-posts */
export const postsAnswer = z.object({ posts: z.array(postView) });

/** https://docs.bsky.app/docs/api/app-bsky-feed-search-posts */
export const searchAnswer = z.object({ posts: z.array(postView), cursor: z.string().optional() });

/**
 * https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications. `record` is any record
 * (a like, a follow); it is parsed as a post only for the reasons that carry one.
 */
export const notificationsAnswer = z.object({
  cursor: z.string().optional(),
  notifications: z.array(
    z.object({
      uri: z.string(),
      cid: z.string(),
      author: authorView,
      reason: z.string(),
      reasonSubject: z.string().optional(),
      record: z.unknown(),
      indexedAt: z.string(),
    }),
  ),
});
export type Notification = z.output<typeof notificationsAnswer>['notifications'][number];
