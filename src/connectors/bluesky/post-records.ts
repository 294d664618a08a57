/**
 * The app.bsky.feed.post record Chorus writes (https://docs.bsky.app/docs/advanced-guides/posts):
 * text with facets, up to four images with alt text (app.bsky.embed.images), and reply references
 * to the thread's root and the direct parent, each a strong reference (URI and CID).
 */
import { ConnectorError } from '../contract.js';
import type { UploadedBlob } from './schemas.js';
import type { Facet } from './text.js';

export const POST_COLLECTION = 'app.bsky.feed.post';

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface ReplyRefs {
  root: StrongRef;
  parent: StrongRef;
}

export interface PostRecord {
  $type: typeof POST_COLLECTION;
  text: string;
  createdAt: string;
  facets?: Facet[];
  embed?: { $type: 'app.bsky.embed.images'; images: { alt: string; image: UploadedBlob }[] };
  reply?: ReplyRefs;
}

export function postRecordOf(post: {
  text: string;
  createdAt: Date;
  facets: Facet[];
  images: readonly { blob: UploadedBlob; alt: string }[];
  reply: ReplyRefs | null;
}): PostRecord {
  const record: PostRecord = { $type: POST_COLLECTION, text: post.text, createdAt: post.createdAt.toISOString() };
  if (post.facets.length > 0) record.facets = post.facets;
  if (post.images.length > 0) {
    // `alt` is required by the lexicon; an empty string is how "no description" is written.
    record.embed = { $type: 'app.bsky.embed.images', images: post.images.map(({ blob, alt }) => ({ alt, image: blob })) };
  }
  if (post.reply) record.reply = post.reply;
  return record;
}

/** The parts of a post's at:// URI, which is its externalId in Chorus. */
export function parsePostUri(uri: string): { did: string; rkey: string } {
  const match = /^at:\/\/(did:[a-z]+:[a-zA-Z0-9._:%-]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/.exec(uri);
  if (!match?.[1] || !match[2]) throw new ConnectorError('invalid_content', `"${uri}" is not the address of a Bluesky post.`);
  return { did: match[1], rkey: match[2] };
}

export function postUri(did: string, rkey: string): string {
  return `at://${did}/${POST_COLLECTION}/${rkey}`;
}

/** The post's page in the Bluesky web app; the DID keeps the link valid when the handle changes. */
export function postWebUrl(uri: string): string {
  const { did, rkey } = parsePostUri(uri);
  return `https://bsky.app/profile/${did}/post/${rkey}`;
}
