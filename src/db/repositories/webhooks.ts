/** The outbox, webhook endpoints, their deliveries and every delivery attempt. */
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { outboxEvents, webhookAttempts, webhookDeliveries, webhookEndpoints } from '../schema.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
export type OutboxEventRow = typeof outboxEvents.$inferSelect;

export async function insertWebhookEndpoint(db: Database, endpoint: typeof webhookEndpoints.$inferInsert): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
  if (!row) throw new Error('insert into webhook_endpoints returned no row');
  return row;
}

export async function listWebhookEndpoints(db: Database, workspaceId: string): Promise<WebhookEndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId)).orderBy(desc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function findWebhookEndpoint(db: Database, workspaceId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, id)));
  return row;
}

export async function deleteWebhookEndpoint(db: Database, workspaceId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, id)))
    .returning();
  return row;
}

export async function deactivateWebhookEndpoint(db: Database, id: string): Promise<void> {
  await db.update(webhookEndpoints).set({ active: false }).where(eq(webhookEndpoints.id, id));
}

/** Active endpoints of the workspace that asked for this event type. */
export async function listSubscribedEndpointIds(db: Database, workspaceId: string, type: string): Promise<string[]> {
  const rows = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.active, true), sql`${type} = ANY(${webhookEndpoints.eventTypes})`));
  return rows.map((row) => row.id);
}

export async function insertOutboxEvents(db: Database, events: Array<typeof outboxEvents.$inferInsert>): Promise<void> {
  if (events.length > 0) await db.insert(outboxEvents).values(events);
}

export async function insertWebhookDeliveries(db: Database, deliveries: Array<typeof webhookDeliveries.$inferInsert>): Promise<void> {
  if (deliveries.length > 0) await db.insert(webhookDeliveries).values(deliveries);
}

/** Ids of pending deliveries whose next attempt is due at `now`, oldest first. */
export async function listDueDeliveryIds(db: Database, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
  return rows.map((row) => row.id);
}

export interface ClaimedDelivery {
  delivery: WebhookDeliveryRow;
  endpoint: WebhookEndpointRow;
  event: OutboxEventRow;
}

/**
 * Takes a due delivery for one attempt: moves its next attempt to `leaseUntil` in one statement,
 * so a second worker asking at the same time gets nothing. If this worker dies mid-attempt, the
 * delivery is due again when the lease ends (at-least-once; receivers de-duplicate on webhook-id).
 */
export async function claimDelivery(db: Database, id: string, now: Date, leaseUntil: Date): Promise<ClaimedDelivery | undefined> {
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: leaseUntil })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .returning({ id: webhookDeliveries.id });
  if (!claimed) return undefined;
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: outboxEvents })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, id));
  return row;
}

/** Keeps one attempt in the log and updates the delivery's summary, together. */
export async function recordDeliveryAttempt(
  db: Database,
  attempt: typeof webhookAttempts.$inferInsert,
  summary: Pick<WebhookDeliveryRow, 'status' | 'nextAttemptAt' | 'deliveredAt' | 'responseStatus' | 'lastError'>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values(attempt);
    await tx
      .update(webhookDeliveries)
      .set({ ...summary, attempts: attempt.attempt })
      .where(eq(webhookDeliveries.id, attempt.deliveryId));
  });
}

export type DeliveryWithLog = WebhookDeliveryRow & { eventType: string; attemptLog: WebhookAttemptRow[] };

/** The delivery log of one endpoint, newest first, each with its attempts in order. */
export async function listDeliveriesWithAttempts(db: Database, endpointId: string, limit: number): Promise<DeliveryWithLog[]> {
  const deliveries = await db
    .select({ delivery: webhookDeliveries, eventType: outboxEvents.type })
    .from(webhookDeliveries)
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  const ids = deliveries.map((row) => row.delivery.id);
  const attempts =
    ids.length === 0
      ? []
      : await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(asc(webhookAttempts.attempt));
  return deliveries.map(({ delivery, eventType }) => ({
    ...delivery,
    eventType,
    attemptLog: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
  }));
}

/** Every sealed secret, for re-sealing after a key rotation. */
export async function listSealedWebhookSecrets(db: Database): Promise<Array<{ id: string; secretSealed: string }>> {
  return db.select({ id: webhookEndpoints.id, secretSealed: webhookEndpoints.secretSealed }).from(webhookEndpoints);
}

export async function updateWebhookSecret(db: Database, id: string, secretSealed: string): Promise<void> {
  await db.update(webhookEndpoints).set({ secretSealed }).where(eq(webhookEndpoints.id, id));
}
