/** The key-value state connectors keep for themselves (ConnectorStore). */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { connectorState } from '../schema.js';

export async function readConnectorState(db: Database, connector: string, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: connectorState.value })
    .from(connectorState)
    .where(and(eq(connectorState.connector, connector), eq(connectorState.key, key)));
  return row?.value;
}

/** Writes the entries in one statement, so they are stored together or not at all. */
export async function writeConnectorState(db: Database, connector: string, entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void> {
  // One statement cannot write a row twice: a key given twice keeps its last value.
  const latest = new Map(entries.map(({ key, value }) => [key, value]));
  if (latest.size === 0) return;
  await db
    .insert(connectorState)
    .values([...latest].map(([key, value]) => ({ connector, key, value })))
    .onConflictDoUpdate({ target: [connectorState.connector, connectorState.key], set: { value: sql`excluded.value`, updatedAt: sql`now()` } });
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
