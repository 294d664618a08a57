/**
 * Images for Posts: one-shot upload, then alt text as media metadata.
 * https://docs.x.com/x-api/media/media-upload ; https://docs.x.com/x-api/media/media-metadata-create
 */
import { ConnectorError, type ConnectorCall, type ConnectorEnvironment, type MediaAttachment } from '../contract.js';
import { callX } from './api.js';
import { mediaMetadataResponseSchema, mediaUploadResponseSchema } from './schemas.js';

/** The media category X files an upload under; animated GIFs have their own. */
function categoryOf(media: MediaAttachment): 'tweet_image' | 'tweet_gif' {
  if (media.kind !== 'image') {
    // Videos need the chunked upload (initialize / append / finalize / status), which this connector does not do yet.
    throw new ConnectorError('invalid_content', 'Videos cannot be published to X from Chorus yet; attach images only.');
  }
  return media.mimeType === 'image/gif' ? 'tweet_gif' : 'tweet_image';
}

/** Uploads one image and sets its alt text; returns the media id a Post attaches. */
export async function uploadMedia(environment: ConnectorEnvironment, call: ConnectorCall, media: MediaAttachment): Promise<string> {
  const form = new FormData();
  form.set('media_category', categoryOf(media));
  form.set('media', new Blob([new Uint8Array(media.bytes)], { type: media.mimeType }), media.fileName);
  const uploaded = await callX(environment, call, {
    method: 'POST',
    path: '/2/media/upload',
    body: form,
    schema: mediaUploadResponseSchema,
    // Media nobody attaches expires on its own; a lost answer only costs a new upload.
    write: false,
    bucket: 'POST /2/media/upload',
  });
  if (uploaded.data.processing_info?.state === 'failed') throw new ConnectorError('invalid_content', `X could not process ${media.fileName}.`);
  if (media.altText) {
    await callX(environment, call, {
      method: 'POST',
      path: '/2/media/metadata',
      body: { id: uploaded.data.id, metadata: { alt_text: { text: media.altText } } },
      schema: mediaMetadataResponseSchema,
      write: false,
      bucket: 'POST /2/media/metadata',
    });
  }
  return uploaded.data.id;
}
