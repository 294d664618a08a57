/**
 * The media library (P2): uploads and URL imports land in content-addressed storage, one asset per
 * workspace and content (the same file twice is one asset), with alt text, reused by any number of
 * posts. Files are served back with a thumbnail for the composer.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AppError, notFound } from '../../core/errors.js';
import { deleteMediaAsset, findMediaAssets, insertMediaAsset, isContentHashInUse, isMediaInUse, listMediaAssets, updateMediaAltText, type MediaAssetRow } from '../../db/repositories/media.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { makeThumbnail } from './images.js';
import { storeUpload, type StoredMedia } from './ingest.js';
import { importFromUrl } from './fetch-url.js';
import { isImageType, type MediaType } from './sniff.js';
import { readObject } from './storage.js';

/** Images up to 20 MB and videos up to 512 MB are taken in; each network's own limits apply at publish time. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;
const maxBytes = (type: MediaType) => (isImageType(type) ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES);
const LIBRARY_PAGE = 500;

export interface MediaAssetView {
  id: string;
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  fileName: string;
  altText: string;
  fileUrl: string;
  thumbnailUrl: string | null;
  createdAt: Date;
}

export function mediaView(asset: MediaAssetRow): MediaAssetView {
  const base = `/api/workspaces/${asset.workspaceId}/media/${asset.id}`;
  return {
    id: asset.id,
    kind: asset.kind,
    mimeType: asset.mimeType,
    bytes: asset.bytes,
    width: asset.width,
    height: asset.height,
    fileName: asset.fileName,
    altText: asset.altText,
    fileUrl: `${base}/file`,
    thumbnailUrl: asset.kind === 'image' ? `${base}/thumbnail` : null,
    createdAt: asset.createdAt,
  };
}

/** A file name safe to store and to send back in a header: no path, no control characters, bounded. */
function cleanFileName(name: string | undefined, type: MediaType): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[^\p{L}\p{N}._ -]/gu, '_').trim().slice(0, 200);
  return base || `upload.${type.split('/')[1] ?? 'bin'}`;
}

async function addAsset(ctx: AppContext, actor: Actor, workspaceId: string, stored: StoredMedia, fileName: string | undefined, altText: string, meta?: RequestMeta): Promise<MediaAssetView> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const asset = await insertMediaAsset(tx, {
      id: randomUUID(),
      workspaceId,
      contentHash: stored.hash,
      kind: isImageType(stored.mimeType) ? 'image' : 'video',
      mimeType: stored.mimeType,
      bytes: stored.bytes,
      width: stored.width,
      height: stored.height,
      fileName: cleanFileName(fileName, stored.mimeType),
      altText,
      uploadedBy: actor.kind === 'user' ? actor.user.id : null,
      createdAt: now,
    });
    await audit(tx, now, { action: 'media.added', workspaceId, actor, meta, target: { type: 'media', id: asset.id }, details: { bytes: stored.bytes, mimeType: stored.mimeType } });
    return asset;
  });
  return mediaView(row);
}

/** Streams an upload into the library; the bytes decide the type, not what the sender claims. */
export async function uploadMedia(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  upload: { body: Readable; fileName?: string | undefined; contentType?: string | undefined },
  meta?: RequestMeta,
): Promise<MediaAssetView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const stored = await storeUpload(ctx.media, upload.body, { maxBytes, ...(upload.contentType ? { declaredType: upload.contentType } : {}) });
  return addAsset(ctx, actor, workspaceId, stored, upload.fileName, '', meta);
}

/** Fetches a public URL into the library, refusing private and internal addresses on every hop. */
export async function importMedia(ctx: AppContext, actor: Actor, workspaceId: string, input: { url: string; altText?: string | undefined }, meta?: RequestMeta): Promise<MediaAssetView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const stored = await importFromUrl(ctx.media, input.url, { maxBytes }, ctx.mediaImport);
  const fileName = new URL(stored.finalUrl).pathname.split('/').pop();
  return addAsset(ctx, actor, workspaceId, stored, fileName ? decodeURIComponent(fileName) : undefined, input.altText ?? '', meta);
}

export async function listMedia(ctx: AppContext, actor: Actor, workspaceId: string): Promise<MediaAssetView[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  return (await listMediaAssets(ctx.db, workspaceId, LIBRARY_PAGE)).map(mediaView);
}

export async function updateMedia(ctx: AppContext, actor: Actor, workspaceId: string, mediaId: string, input: { altText: string }): Promise<MediaAssetView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const row = await updateMediaAltText(ctx.db, workspaceId, mediaId, input.altText.trim());
  if (!row) throw notFound('Media');
  return mediaView(row);
}

/** Removes an asset no post uses; the file goes too when no other workspace has the same content. */
export async function deleteMedia(ctx: AppContext, actor: Actor, workspaceId: string, mediaId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  if (await isMediaInUse(ctx.db, workspaceId, mediaId)) throw new AppError('invalid_transition', 'A post uses this file; remove it from the post first', { mediaId });
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const deleted = await deleteMediaAsset(tx, workspaceId, mediaId);
    if (!deleted) throw notFound('Media');
    await audit(tx, now, { action: 'media.deleted', workspaceId, actor, meta, target: { type: 'media', id: mediaId } });
    return deleted;
  });
  if (!(await isContentHashInUse(ctx.db, row.contentHash))) await ctx.media.delete(row.contentHash);
}

async function assetOf(ctx: AppContext, actor: Actor, workspaceId: string, mediaId: string): Promise<MediaAssetRow> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const [asset] = await findMediaAssets(ctx.db, workspaceId, [mediaId]);
  if (!asset) throw notFound('Media');
  return asset;
}

/** The file as uploaded. */
export async function openMediaFile(ctx: AppContext, actor: Actor, workspaceId: string, mediaId: string): Promise<{ asset: MediaAssetRow; body: Readable }> {
  const asset = await assetOf(ctx, actor, workspaceId, mediaId);
  return { asset, body: await ctx.media.openRead(asset.contentHash) };
}

/** A small WebP of an image for the composer and the calendar. */
export async function mediaThumbnail(ctx: AppContext, actor: Actor, workspaceId: string, mediaId: string): Promise<{ mimeType: string; data: Buffer }> {
  const asset = await assetOf(ctx, actor, workspaceId, mediaId);
  if (asset.kind !== 'image') throw notFound('Thumbnail');
  const thumbnail = await makeThumbnail(await readObject(ctx.media, asset.contentHash));
  return { mimeType: thumbnail.mimeType, data: thumbnail.data };
}
