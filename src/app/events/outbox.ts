/**
 * The outbox: events recorded in the same transaction as the change they report, each with one
 * pending webhook delivery per active endpoint that subscribed to its type. Delivery happens later
 * (`delivery.ts`), so a slow or broken receiver never holds up the change itself.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connection.js';
import { insertOutboxEvent, insertWebhookDeliveries, listSubscribedEndpointIds } from '../../db/repositories/webhooks.js';

export interface OutboxEventInput {
  workspaceId: string;
  /** One of WEBHOOK_EVENT_TYPES (src/client/endpoints/inbox.ts); payload shapes in src/core/events/types.ts. */
  type: string;
  payload: Record<string, unknown>;
}

/** Records an event for the webhooks; call it in the same transaction as the change it reports. Returns the event's id. */
export async function recordEvent(db: Database, event: OutboxEventInput, at: Date): Promise<string> {
  const id = randomUUID();
  await insertOutboxEvent(db, { id, workspaceId: event.workspaceId, type: event.type, payload: event.payload, createdAt: at });
  const endpointIds = await listSubscribedEndpointIds(db, event.workspaceId, event.type);
  await insertWebhookDeliveries(
    db,
    endpointIds.map((endpointId) => ({ id: randomUUID(), endpointId, eventId: id, status: 'pending' as const, nextAttemptAt: at, createdAt: at })),
  );
  return id;
}
