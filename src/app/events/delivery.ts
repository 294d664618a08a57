/**
 * Delivering webhooks from the outbox: one attempt at a time per delivery, signed in the Standard
 * Webhooks format, retried on the spec's example schedule, every attempt kept in the log.
 */
import { randomUUID } from 'node:crypto';
import { nextAttemptAt, parseRetryAfter, verdictOf } from '../../core/events/retry-schedule.js';
import { signedHeaders } from '../../core/events/standard-webhooks.js';
import { webhookBody } from '../../core/events/types.js';
import { claimDelivery, deactivateWebhookEndpoint, listDueDeliveryIds, recordDeliveryAttempt } from '../../db/repositories/webhooks.js';
import type { AppContext } from '../context.js';
import { postWebhook, WebhookTransportError } from './webhook-transport.js';

/** How long a claimed delivery is held by its worker; after that another may try (the request deadline is 10 s). */
const CLAIM_LEASE_MS = 60_000;
/** Errors are kept short in the log: a reason, not a response body. */
const MAX_ERROR_LENGTH = 500;

export type DeliveryResult =
  | { outcome: 'not_due' }
  | { outcome: 'delivered'; status: number }
  | { outcome: 'retry'; nextAttemptAt: Date; reason: string }
  | { outcome: 'failed'; reason: string };

/** Makes one attempt at a delivery if it is still pending and due; otherwise does nothing. */
export async function attemptDelivery(ctx: AppContext, deliveryId: string, random: () => number = Math.random): Promise<DeliveryResult> {
  const startedAt = ctx.clock.now();
  const claimed = await claimDelivery(ctx.db, deliveryId, startedAt, new Date(startedAt.getTime() + CLAIM_LEASE_MS));
  if (!claimed) return { outcome: 'not_due' };
  const { delivery, endpoint, event } = claimed;
  const attempt = delivery.attempts + 1;

  let responseStatus: number | null = null;
  let error: string | null = null;
  let retryAfterMs: number | undefined;
  const began = performance.now();
  if (!endpoint.active) {
    error = 'the endpoint is disabled';
  } else {
    const body = webhookBody(event.type, event.createdAt, event.payload);
    // The event id is the webhook-id, the same on every retry, so receivers can de-duplicate.
    const headers = signedHeaders(ctx.secrets.open(endpoint.secretSealed), event.id, startedAt, body);
    try {
      const response = await postWebhook(endpoint.url, { ...headers }, body, ctx.webhooks);
      responseStatus = response.status;
      retryAfterMs = parseRetryAfter(response.retryAfter, startedAt);
      if (response.status < 200 || response.status > 299) error = `answered HTTP ${response.status}`;
    } catch (caught) {
      if (!(caught instanceof WebhookTransportError)) throw caught;
      error = caught.message.slice(0, MAX_ERROR_LENGTH);
    }
  }
  const durationMs = Math.round(performance.now() - began);
  const finishedAt = ctx.clock.now();
  const verdict = endpoint.active ? verdictOf(responseStatus, attempt) : 'give_up';
  const log = { id: randomUUID(), deliveryId, attempt, attemptedAt: startedAt, responseStatus, error, durationMs };

  if (verdict === 'delivered') {
    await recordDeliveryAttempt(ctx.db, log, { status: 'delivered', nextAttemptAt: finishedAt, deliveredAt: finishedAt, responseStatus, lastError: null });
    return { outcome: 'delivered', status: responseStatus ?? 0 };
  }
  const reason = error ?? 'failed';
  if (verdict === 'retry') {
    const next = nextAttemptAt(finishedAt, attempt, random(), retryAfterMs);
    await recordDeliveryAttempt(ctx.db, log, { status: 'pending', nextAttemptAt: next, deliveredAt: null, responseStatus, lastError: reason });
    ctx.logger.info({ deliveryId, attempt, reason, nextAttemptAt: next }, 'webhook delivery failed; will retry');
    return { outcome: 'retry', nextAttemptAt: next, reason };
  }
  if (verdict === 'endpoint_gone') await deactivateWebhookEndpoint(ctx.db, endpoint.id);
  const finalReason = verdict === 'endpoint_gone' ? 'answered 410 Gone: the endpoint was disabled' : reason;
  await recordDeliveryAttempt(ctx.db, log, { status: 'failed', nextAttemptAt: finishedAt, deliveredAt: null, responseStatus, lastError: finalReason });
  ctx.logger.warn({ deliveryId, endpointId: endpoint.id, attempt, reason: finalReason }, 'webhook delivery given up');
  return { outcome: 'failed', reason: finalReason };
}

/** Ids of deliveries due now; the scheduler turns each into a job. */
export async function dueDeliveryIds(ctx: AppContext, limit = 500): Promise<string[]> {
  return listDueDeliveryIds(ctx.db, ctx.clock.now(), limit);
}

/**
 * Attempts every delivery due now, a few at a time, in this process. Call it right after recording
 * an event (from a job, outside the transaction) so alerts leave within seconds rather than at the
 * next scheduler minute. Returns the results by delivery id.
 */
export async function sendDueDeliveries(ctx: AppContext, options: { limit?: number; concurrency?: number } = {}): Promise<Map<string, DeliveryResult>> {
  const ids = await dueDeliveryIds(ctx, options.limit ?? 100);
  const results = new Map<string, DeliveryResult>();
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) results.set(id, await attemptDelivery(ctx, id));
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
  return results;
}
