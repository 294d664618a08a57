/** Publishing (issue 4): posts and their workflow, calendar, schedules, settings and the media library. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { deleteMedia, importMedia, listMedia, mediaThumbnail, openMediaFile, updateMedia, uploadMedia } from '../../app/media/library.js';
import { importPosts } from '../../app/publishing/bulk-import.js';
import { getCalendar } from '../../app/publishing/calendar.js';
import { validateDraft } from '../../app/publishing/checks.js';
import { actOnPost, createPost, deletePost, getPost, listPosts, updatePost } from '../../app/publishing/posts.js';
import { addPostToQueue } from '../../app/publishing/queue.js';
import { getAccountSchedule, getPublishingSettings, saveAccountSchedule, savePublishingSettings } from '../../app/publishing/settings.js';
import { authenticate } from '../authenticate.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';

export function registerPublishingRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'listPosts', async ({ actor, params, query }) => ({ items: presentDates(await listPosts(ctx, actor, params.workspaceId, query)) }));
  route(app, ctx, 'createPost', async ({ actor, params, body, meta }) => presentDates(await createPost(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'getPost', async ({ actor, params }) => presentDates(await getPost(ctx, actor, params.workspaceId, params.postId)));
  route(app, ctx, 'updatePost', async ({ actor, params, body, meta }) => presentDates(await updatePost(ctx, actor, params.workspaceId, params.postId, body, meta)));
  route(app, ctx, 'deletePost', async ({ actor, params, meta }) => {
    await deletePost(ctx, actor, params.workspaceId, params.postId, meta);
    return { ok: true as const };
  });
  route(app, ctx, 'postAction', async ({ actor, params, body, meta }) => presentDates(await actOnPost(ctx, actor, params.workspaceId, params.postId, body, meta)));
  route(app, ctx, 'addPostToQueue', async ({ actor, params, body, meta }) => presentDates(await addPostToQueue(ctx, actor, params.workspaceId, params.postId, body.expectedVersion, meta)));
  route(app, ctx, 'importPosts', async ({ actor, params, body, meta }) => importPosts(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'validatePost', async ({ actor, params, body }) => validateDraft(ctx, actor, params.workspaceId, body));
  route(app, ctx, 'getCalendar', async ({ actor, params, query }) => presentDates(await getCalendar(ctx, actor, params.workspaceId, new Date(query.from), new Date(query.to))));
  route(app, ctx, 'getAccountSchedule', async ({ actor, params }) => getAccountSchedule(ctx, actor, params.workspaceId, params.accountId));
  route(app, ctx, 'saveAccountSchedule', async ({ actor, params, body }) => saveAccountSchedule(ctx, actor, params.workspaceId, params.accountId, body));
  route(app, ctx, 'getPublishingSettings', async ({ actor, params }) => getPublishingSettings(ctx, actor, params.workspaceId));
  route(app, ctx, 'savePublishingSettings', async ({ actor, params, body, meta }) => savePublishingSettings(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'listMedia', async ({ actor, params }) => ({ items: presentDates(await listMedia(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'importMedia', async ({ actor, params, body, meta }) => presentDates(await importMedia(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'updateMedia', async ({ actor, params, body }) => presentDates(await updateMedia(ctx, actor, params.workspaceId, params.mediaId, body)));
  route(app, ctx, 'deleteMedia', async ({ actor, params, meta }) => {
    await deleteMedia(ctx, actor, params.workspaceId, params.mediaId, meta);
    return { ok: true as const };
  });
  registerMediaFileRoutes(app, ctx);
}

const workspaceParams = z.strictObject({ workspaceId: z.uuid() });
const mediaParams = z.strictObject({ workspaceId: z.uuid(), mediaId: z.uuid() });
const uploadQuery = z.strictObject({ fileName: z.string().max(255).optional() });

/** Operation ids these plain routes add to the OpenAPI document beside the contract's. */
export const MEDIA_FILE_OPERATIONS: readonly string[] = ['uploadMedia', 'getMediaFile', 'getMediaThumbnail'];

/**
 * The file routes: an upload is the raw file as the body (streamed to storage, never held in
 * memory), and files and thumbnails come back as bytes. Content-addressed files never change, so
 * browsers may keep them.
 */
function registerMediaFileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const security: Array<Record<string, string[]>> = [{ session: [] }, { apiKey: [] }];
  void app.register(async (scope) => {
    // Only inside this scope: the upload's body is handed over as the request stream, unparsed.
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/workspaces/:workspaceId/media/upload',
      { schema: { operationId: 'uploadMedia', summary: 'Upload an image or video as the raw body (?fileName=…); the bytes decide the type', tags: ['workspaces'], security, params: workspaceParams, querystring: uploadQuery } },
      async (request, reply) => {
        const actor = await authenticate(ctx, request, 'any');
        if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
        const { workspaceId } = workspaceParams.parse(request.params);
        const { fileName } = uploadQuery.parse(request.query);
        const contentType = request.headers['content-type'];
        const asset = await uploadMedia(ctx, actor, workspaceId, { body: request.raw, fileName, contentType }, { ip: request.ip });
        return reply.status(201).send(presentDates(asset));
      },
    );
  });
  app.get(
    '/api/workspaces/:workspaceId/media/:mediaId/file',
    { schema: { operationId: 'getMediaFile', summary: 'The file of a media asset', tags: ['workspaces'], security, params: mediaParams } },
    async (request, reply) => {
      const actor = await authenticate(ctx, request, 'any');
      if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
      const { workspaceId, mediaId } = mediaParams.parse(request.params);
      const { asset, body } = await openMediaFile(ctx, actor, workspaceId, mediaId);
      return reply
        .type(asset.mimeType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-disposition', `inline; filename="${encodeURIComponent(asset.fileName)}"`)
        .send(body);
    },
  );
  app.get(
    '/api/workspaces/:workspaceId/media/:mediaId/thumbnail',
    { schema: { operationId: 'getMediaThumbnail', summary: 'A small preview of an image asset', tags: ['workspaces'], security, params: mediaParams } },
    async (request, reply) => {
      const actor = await authenticate(ctx, request, 'any');
      if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
      const { workspaceId, mediaId } = mediaParams.parse(request.params);
      const thumbnail = await mediaThumbnail(ctx, actor, workspaceId, mediaId);
      return reply.type(thumbnail.mimeType).header('cache-control', 'private, max-age=31536000, immutable').send(thumbnail.data);
    },
  );
}
