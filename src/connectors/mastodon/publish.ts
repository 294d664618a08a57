/**
 * Publishing statuses: POST /api/v1/statuses with an Idempotency-Key, which Mastodon keeps for an
 * hour and answers with the same status when a request is repeated.
 * https://docs.joinmastodon.org/methods/statuses/#create , #delete
 */
import { ConnectorError, type ConnectorCall, type ConnectorEnvironment, type PostPart, type PublishRequest, type PublishedPost } from '../contract.js';
import { accountClient, type MastodonClient } from './client.js';
import { uploadMedia, type MediaWait } from './media.js';
import { statusSchema, type MastodonStatus } from './schemas.js';

export type Visibility = MastodonStatus['visibility'];

export interface StatusFields {
  text: string;
  mediaIds?: readonly string[];
  poll?: PublishRequest['poll'];
  contentWarning?: string;
  visibility: Visibility;
  inReplyToId?: string | null;
}

/** The form Mastodon documents for POST /api/v1/statuses (arrays as `name[]`). */
export function statusForm(fields: StatusFields): URLSearchParams {
  const form = new URLSearchParams();
  form.set('status', fields.text);
  for (const id of fields.mediaIds ?? []) form.append('media_ids[]', id);
  if (fields.poll) {
    for (const option of fields.poll.options) form.append('poll[options][]', option);
    form.set('poll[expires_in]', String(Math.round(fields.poll.durationMinutes * 60)));
    form.set('poll[multiple]', String(fields.poll.multipleChoice));
  }
  if (fields.contentWarning) form.set('spoiler_text', fields.contentWarning);
  form.set('visibility', fields.visibility);
  if (fields.inReplyToId) form.set('in_reply_to_id', fields.inReplyToId);
  return form;
}

export async function postStatus(client: MastodonClient, fields: StatusFields, idempotencyKey: string): Promise<MastodonStatus> {
  return client({
    method: 'POST',
    path: '/api/v1/statuses',
    headers: { 'idempotency-key': idempotencyKey },
    body: statusForm(fields),
    write: true,
    schema: statusSchema,
  });
}

/** Each part's own key, so a retried thread gets back the parts already posted. */
export const partKey = (key: string, index: number) => (index === 0 ? key : `${key}:part-${index}`);

function checkRequest(request: PublishRequest): void {
  if (request.poll && request.parts[0].media.length > 0) {
    throw new ConnectorError('invalid_content', 'Mastodon cannot attach a poll and media to the same post.');
  }
  for (const part of request.parts) {
    if (part.media.length > 1 && part.media.some((media) => media.kind === 'video')) {
      throw new ConnectorError('invalid_content', 'Mastodon allows a video only on its own, without other media in the same post.');
    }
  }
}

export const publishedPost = (statuses: readonly MastodonStatus[], firstComment?: MastodonStatus): PublishedPost => {
  const [first] = statuses;
  if (!first) throw new Error('a published post has at least one status');
  return {
    externalId: first.id,
    url: first.url ?? first.uri,
    publishedAt: new Date(first.created_at),
    partIds: statuses.map((status) => status.id),
    ...(firstComment ? { firstCommentId: firstComment.id } : {}),
  };
};

export function publisher(env: ConnectorEnvironment, mediaWait?: MediaWait) {
  const publishPart = async (client: MastodonClient, request: PublishRequest, part: PostPart, index: number, inReplyToId: string | null) => {
    const mediaIds: string[] = [];
    for (const media of part.media) mediaIds.push(await uploadMedia(client, media, mediaWait));
    return postStatus(
      client,
      {
        text: part.text,
        mediaIds,
        poll: index === 0 ? request.poll : undefined,
        // A thread continues the same subject, so every part keeps the warning.
        contentWarning: request.contentWarning,
        visibility: 'public',
        inReplyToId,
      },
      partKey(request.idempotencyKey, index),
    );
  };

  return {
    publish: async (call: ConnectorCall, request: PublishRequest): Promise<PublishedPost> => {
      checkRequest(request);
      const client = accountClient(env, call);
      const statuses: MastodonStatus[] = [];
      for (const [index, part] of request.parts.entries()) {
        statuses.push(await publishPart(client, request, part, index, statuses.at(-1)?.id ?? null));
      }
      const root = statuses[0];
      const firstComment =
        request.firstComment && root
          ? await postStatus(client, { text: request.firstComment, contentWarning: request.contentWarning, visibility: 'public', inReplyToId: root.id }, `${request.idempotencyKey}:first-comment`)
          : undefined;
      return publishedPost(statuses, firstComment);
    },

    delete: async (call: ConnectorCall, externalId: string): Promise<void> => {
      try {
        await accountClient(env, call)({
          method: 'DELETE',
          path: `/api/v1/statuses/${encodeURIComponent(externalId)}`,
          write: true,
          schema: statusSchema.pick({ id: true }),
          bucket: 'deletes',
        });
      } catch (error) {
        // "Record not found": already gone, which is what deleting asked for (a retried delete).
        if (error instanceof ConnectorError && error.status === 404) return;
        throw error;
      }
    },
  };
}
