/** The key-value state connectors keep for themselves (ConnectorStore). */
import { and, asc, eq, like } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { connectorState } from '../schema.js';

export async function readConnectorState(db: Database, connector: string, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: connectorState.value })
    .from(connectorState)
    .where(and(eq(connectorState.connector, connector), eq(connectorState.key, key)));
  return row?.value;
}

export async function writeConnectorState(db: Database, connector: string, key: string, value: unknown): Promise<void> {
  await db
    .insert(connectorState)
    .values({ connector, key, value })
    .onConflictDoUpdate({ target: [connectorState.connector, connectorState.key], set: { value, updatedAt: new Date() } });
}

export async function insertConnectorState(db: Database, connector: string, key: string, value: unknown): Promise<boolean> {
  const inserted = await db.insert(connectorState).values({ connector, key, value }).onConflictDoNothing().returning({ key: connectorState.key });
  return inserted.length > 0;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

export async function listConnectorState(db: Database, connector: string, prefix: string): Promise<{ key: string; value: unknown }[]> {
  return db
    .select({ key: connectorState.key, value: connectorState.value })
    .from(connectorState)
    .where(and(eq(connectorState.connector, connector), like(connectorState.key, `${escapeLike(prefix)}%`)))
    .orderBy(asc(connectorState.key));
}
