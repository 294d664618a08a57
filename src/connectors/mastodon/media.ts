/**
 * Media upload: POST /api/v2/media answers 200 when the file is ready, or 202 with `url: null`
 * while the instance processes it; GET /api/v1/media/:id then answers 206 until it is done.
 * A status may only attach processed media. https://docs.joinmastodon.org/methods/media/#v2
 */
import { z } from 'zod';
import { ConnectorError, type MediaAttachment } from '../contract.js';
import type { MastodonClient } from './client.js';
import { mediaAttachmentSchema } from './schemas.js';

export interface MediaWait {
  /** Pauses between status checks, growing to the last value. */
  delaysMs: readonly number[];
  /** How long processing may take before the upload counts as failed. */
  deadlineMs: number;
}

export const DEFAULT_MEDIA_WAIT: MediaWait = { delaysMs: [250, 500, 1000, 2000, 5000], deadlineMs: 5 * 60 * 1000 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function uploadMedia(client: MastodonClient, media: MediaAttachment, wait: MediaWait = DEFAULT_MEDIA_WAIT): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(media.bytes)], { type: media.mimeType }), media.fileName);
  if (media.altText) form.append('description', media.altText);
  // An upload that loses its answer leaves only an unattached file the instance cleans up.
  const uploaded = await client({ method: 'POST', path: '/api/v2/media', body: form, write: false, schema: mediaAttachmentSchema, bucket: 'media_uploads' });
  if (uploaded.url !== null) return uploaded.id;

  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    await sleep(wait.delaysMs[Math.min(attempt, wait.delaysMs.length - 1)] ?? 1000);
    let status = 0;
    // The 206 answer's body is the attachment still without a url; tolerate an empty one.
    const current = await client({
      method: 'GET',
      path: `/api/v1/media/${encodeURIComponent(uploaded.id)}`,
      write: false,
      schema: z.union([mediaAttachmentSchema, z.undefined()]),
      onResponse: (response) => {
        status = response.status;
      },
    });
    if (status === 200 && current?.url) return uploaded.id;
    if (Date.now() - started > wait.deadlineMs) {
      throw new ConnectorError('transient', `Mastodon is still processing ${media.fileName}; try publishing again later.`);
    }
  }
}
