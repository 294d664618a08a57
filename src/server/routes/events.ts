/** In-app notifications and webhook endpoints with their delivery logs. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { listMyNotifications, markMyNotificationsRead } from '../../app/events/notifications-read.js';
import { createWebhook, deleteWebhook, listWebhookDeliveries, listWebhooks, type WebhookEndpointView } from '../../app/events/webhooks.js';
import { WEBHOOK_EVENT_TYPES } from '../../client/endpoints/inbox.js';
import { route } from '../route.js';

type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
const isKnownType = (type: string): type is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

const presentEndpoint = (endpoint: WebhookEndpointView) => ({
  id: endpoint.id,
  url: endpoint.url,
  // A type later retired from the catalogue is left out rather than failing the answer.
  eventTypes: endpoint.eventTypes.filter(isKnownType),
  active: endpoint.active,
  createdAt: endpoint.createdAt.toISOString(),
});

export function registerEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'listNotifications', async ({ actor, params }) => {
    const { items, unread } = await listMyNotifications(ctx, actor, params.workspaceId);
    return {
      unread,
      items: items.map((item) => ({ id: item.id, type: item.type, payload: item.payload, createdAt: item.createdAt.toISOString(), readAt: item.readAt?.toISOString() ?? null })),
    };
  });
  route(app, ctx, 'markNotificationsRead', async ({ actor, params, body }) => {
    await markMyNotificationsRead(ctx, actor, params.workspaceId, body.ids);
    return { ok: true as const };
  });
  route(app, ctx, 'listWebhooks', async ({ actor, params }) => ({ items: (await listWebhooks(ctx, actor, params.workspaceId)).map(presentEndpoint) }));
  route(app, ctx, 'createWebhook', async ({ actor, params, body, meta }) => {
    const { endpoint, secret } = await createWebhook(ctx, actor, params.workspaceId, body, meta);
    return { endpoint: presentEndpoint(endpoint), secret };
  });
  route(app, ctx, 'deleteWebhook', async ({ actor, params, meta }) => {
    await deleteWebhook(ctx, actor, params.workspaceId, params.webhookId, meta);
    return { ok: true as const };
  });
  route(app, ctx, 'listWebhookDeliveries', async ({ actor, params }) => ({
    items: (await listWebhookDeliveries(ctx, actor, params.workspaceId, params.webhookId)).map((delivery) => ({
      id: delivery.id,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      status: delivery.status,
      attempts: delivery.attempts,
      responseStatus: delivery.responseStatus,
      lastError: delivery.lastError,
      nextAttemptAt: delivery.nextAttemptAt.toISOString(),
      deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
      createdAt: delivery.createdAt.toISOString(),
      attemptLog: delivery.attemptLog.map((attempt) => ({
        attempt: attempt.attempt,
        attemptedAt: attempt.attemptedAt.toISOString(),
        responseStatus: attempt.responseStatus,
        error: attempt.error,
        durationMs: attempt.durationMs,
      })),
    })),
  }));
}
