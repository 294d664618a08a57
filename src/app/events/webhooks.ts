/**
 * Webhook endpoints of a workspace: managers add and remove them and read their delivery log. The
 * signing secret (`whsec_…`, Standard Webhooks) is generated here, shown once on creation and kept
 * sealed with the install's key, because Chorus needs it again to sign every delivery.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { formatSecret } from '../../core/events/standard-webhooks.js';
import { notFound } from '../../core/errors.js';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listDeliveriesWithAttempts,
  listSealedWebhookSecrets,
  listWebhookEndpoints,
  updateWebhookSecret,
  type DeliveryWithLog,
  type WebhookEndpointRow,
} from '../../db/repositories/webhooks.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { assertDeliverableUrl } from './webhook-transport.js';

/** 32 random bytes: inside the spec's 24 to 64 and as strong as the HMAC-SHA256 key can use. */
const SECRET_BYTES = 32;
const DELIVERY_LOG_LIMIT = 100;

export type WebhookEndpointView = Omit<WebhookEndpointRow, 'secretSealed' | 'workspaceId'>;

const view = ({ secretSealed: _secret, workspaceId: _workspace, ...endpoint }: WebhookEndpointRow): WebhookEndpointView => endpoint;

export async function listWebhooks(ctx: AppContext, actor: Actor, workspaceId: string): Promise<WebhookEndpointView[]> {
  await authorize(ctx.db, actor, workspaceId, 'webhooks.manage');
  return (await listWebhookEndpoints(ctx.db, workspaceId)).map(view);
}

export async function createWebhook(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: { url: string; eventTypes: readonly string[] },
  meta?: RequestMeta,
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  await authorize(ctx.db, actor, workspaceId, 'webhooks.manage');
  await assertDeliverableUrl(input.url, ctx.webhooks);
  const secret = formatSecret(randomBytes(SECRET_BYTES));
  const now = ctx.clock.now();
  const endpoint = await ctx.db.transaction(async (tx) => {
    const row = await insertWebhookEndpoint(tx, {
      id: randomUUID(),
      workspaceId,
      url: input.url,
      secretSealed: ctx.secrets.seal(secret),
      eventTypes: [...new Set(input.eventTypes)],
      active: true,
      createdAt: now,
    });
    await audit(tx, now, { action: 'webhook.created', workspaceId, actor, meta, target: { type: 'webhook', id: row.id }, details: { url: row.url, eventTypes: row.eventTypes } });
    return row;
  });
  return { endpoint: view(endpoint), secret };
}

export async function deleteWebhook(ctx: AppContext, actor: Actor, workspaceId: string, webhookId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'webhooks.manage');
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteWebhookEndpoint(tx, workspaceId, webhookId);
    if (!deleted) throw notFound('Webhook');
    await audit(tx, ctx.clock.now(), { action: 'webhook.deleted', workspaceId, actor, meta, target: { type: 'webhook', id: webhookId }, details: { url: deleted.url } });
  });
}

/** The newest deliveries of one endpoint, each with every attempt's answer or error. */
export async function listWebhookDeliveries(ctx: AppContext, actor: Actor, workspaceId: string, webhookId: string): Promise<DeliveryWithLog[]> {
  await authorize(ctx.db, actor, workspaceId, 'webhooks.manage');
  if (!(await findWebhookEndpoint(ctx.db, workspaceId, webhookId))) throw notFound('Webhook');
  return listDeliveriesWithAttempts(ctx.db, webhookId, DELIVERY_LOG_LIMIT);
}

/** Seals webhook secrets again with the current key after a rotation; returns how many changed (for `resealSecrets`). */
export async function resealWebhookSecrets(ctx: AppContext): Promise<{ resealed: number; total: number }> {
  const rows = await listSealedWebhookSecrets(ctx.db);
  let resealed = 0;
  for (const row of rows) {
    if (!ctx.secrets.isStale(row.secretSealed)) continue;
    await updateWebhookSecret(ctx.db, row.id, ctx.secrets.seal(ctx.secrets.open(row.secretSealed)));
    resealed += 1;
  }
  return { resealed, total: rows.length };
}
