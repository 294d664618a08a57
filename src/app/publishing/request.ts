/**
 * A post's content turned into what a connector publishes: the media read from the library and
 * images converted to a type and size the account's network takes (PNG to JPEG, shrunk, metadata
 * such as location stripped), alt text attached.
 */
import type { MediaAttachment, PublishRequest } from '../../connectors/contract.js';
import { AppError } from '../../core/errors.js';
import { mediaIdsOf, type PostContent } from '../../core/publishing/content.js';
import type { NetworkRules } from '../../core/publishing/problems.js';
import { findMediaAssets, type MediaAssetRow } from '../../db/repositories/media.js';
import type { AppContext } from '../context.js';
import { convertForNetwork } from '../media/images.js';
import { readObject } from '../media/storage.js';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'video/mp4': 'mp4', 'video/quicktime': 'mov' };

async function attachmentOf(ctx: AppContext, asset: MediaAssetRow, rules: NetworkRules): Promise<MediaAttachment> {
  const original = await readObject(ctx.media, asset.contentHash);
  if (asset.kind === 'video') return { kind: 'video', mimeType: asset.mimeType, fileName: asset.fileName, bytes: original, altText: asset.altText };
  const converted = await convertForNetwork(original, { acceptedTypes: rules.media.imageTypes, maxBytes: rules.media.maxImageBytes });
  const baseName = asset.fileName.replace(/\.[^.]+$/, '');
  return { kind: 'image', mimeType: converted.mimeType, fileName: `${baseName}.${EXTENSIONS[converted.mimeType] ?? 'bin'}`, bytes: converted.data, altText: asset.altText };
}

/**
 * The request for one attempt, under the account's network rules (`rulesOf`); throws
 * `validation_failed` when a media file has left the library.
 */
export async function publishRequestOf(ctx: AppContext, workspaceId: string, rules: NetworkRules, idempotencyKey: string, content: PostContent): Promise<PublishRequest> {
  const ids = mediaIdsOf(content);
  const assets = new Map((await findMediaAssets(ctx.db, workspaceId, ids)).map((asset) => [asset.id, asset]));
  const attachments = new Map<string, MediaAttachment>();
  for (const id of ids) {
    const asset = assets.get(id);
    if (!asset) throw new AppError('validation_failed', 'A media file of the post is no longer in the library', { mediaId: id });
    attachments.set(id, await attachmentOf(ctx, asset, rules));
  }
  const [first, ...rest] = content.parts.map((part) => ({ text: part.text, media: part.mediaIds.flatMap((id) => attachments.get(id) ?? []) }));
  if (!first) throw new AppError('validation_failed', 'The post has no parts');
  return {
    idempotencyKey,
    parts: [first, ...rest],
    ...(content.poll ? { poll: { options: content.poll.options, durationMinutes: content.poll.durationMinutes, multipleChoice: content.poll.multipleChoice } } : {}),
    ...(content.firstComment ? { firstComment: content.firstComment } : {}),
    ...(content.contentWarning ? { contentWarning: content.contentWarning } : {}),
  };
}
