/**
 * The outbox: events recorded in the same transaction as the change they report, each with one
 * pending webhook delivery per active endpoint that subscribed to its type. Delivery happens later
 * (`delivery.ts`), so a slow or broken receiver never holds up the change itself.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connection.js';
import { insertOutboxEvents, insertWebhookDeliveries, listSubscribedEndpointIds } from '../../db/repositories/webhooks.js';

export interface OutboxEventInput {
  workspaceId: string;
  /** One of WEBHOOK_EVENT_TYPES (src/client/endpoints/inbox.ts); payload shapes in src/core/events/types.ts. */
  type: string;
  payload: Record<string, unknown>;
}

/** Records an event for the webhooks; call it in the same transaction as the change it reports. Returns the event's id. */
export async function recordEvent(db: Database, event: OutboxEventInput, at: Date): Promise<string> {
  const [id] = await recordEvents(db, [event], at);
  if (id === undefined) throw new Error('recording an event gave no id');
  return id;
}

/**
 * Records many events in one insert, with their deliveries in another: a batch of posts going out
 * at once costs a few statements, not a few per post. Returns the events' ids in order.
 */
export async function recordEvents(db: Database, events: readonly OutboxEventInput[], at: Date): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({ id: randomUUID(), workspaceId: event.workspaceId, type: event.type, payload: event.payload, createdAt: at }));
  await insertOutboxEvents(db, rows);
  // Endpoints are looked up once per workspace and type in the batch.
  const endpoints = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.workspaceId} ${row.type}`;
    if (!endpoints.has(key)) endpoints.set(key, await listSubscribedEndpointIds(db, row.workspaceId, row.type));
  }
  await insertWebhookDeliveries(
    db,
    rows.flatMap((row) =>
      (endpoints.get(`${row.workspaceId} ${row.type}`) ?? []).map((endpointId) => ({ id: randomUUID(), endpointId, eventId: row.id, status: 'pending' as const, nextAttemptAt: at, createdAt: at })),
    ),
  );
  return rows.map((row) => row.id);
}
