/** The key-value state connectors keep for themselves (ConnectorStore). */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { preparedQuery } from '../prepared.js';
import { connectorState } from '../schema.js';

// The sandbox reads and writes its state several times per request, so a burst of posts runs these
// thousands of times a second: prepared, they are neither rebuilt nor parsed again.
const stateByKey = preparedQuery((db) =>
  db
    .select({ value: connectorState.value })
    .from(connectorState)
    .where(and(eq(connectorState.connector, sql.placeholder('connector')), eq(connectorState.key, sql.placeholder('key'))))
    .prepare('connector_state_by_key'),
);

const putOne = preparedQuery((db) =>
  db
    .insert(connectorState)
    .values({ connector: sql.placeholder('connector'), key: sql.placeholder('key'), value: sql.placeholder('value') })
    .onConflictDoUpdate({ target: [connectorState.connector, connectorState.key], set: { value: sql`excluded.value`, updatedAt: sql`now()` } })
    .prepare('connector_state_put'),
);

const putIfAbsent = preparedQuery((db) =>
  db
    .insert(connectorState)
    .values({ connector: sql.placeholder('connector'), key: sql.placeholder('key'), value: sql.placeholder('value') })
    .onConflictDoNothing()
    .returning({ key: connectorState.key })
    .prepare('connector_state_put_if_absent'),
);

export async function readConnectorState(db: Database, connector: string, key: string): Promise<unknown> {
  const [row] = await stateByKey(db).execute({ connector, key });
  return row?.value;
}

/** Writes the entries in one statement, so they are stored together or not at all. */
export async function writeConnectorState(db: Database, connector: string, entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void> {
  // One statement cannot write a row twice: a key given twice keeps its last value.
  const latest = [...new Map(entries.map(({ key, value }) => [key, value]))];
  const [only, ...more] = latest;
  if (!only) return;
  if (more.length === 0) {
    await putOne(db).execute({ connector, key: only[0], value: only[1] });
    return;
  }
  await db
    .insert(connectorState)
    .values(latest.map(([key, value]) => ({ connector, key, value })))
    .onConflictDoUpdate({ target: [connectorState.connector, connectorState.key], set: { value: sql`excluded.value`, updatedAt: sql`now()` } });
}

export async function insertConnectorState(db: Database, connector: string, key: string, value: unknown): Promise<boolean> {
  return (await putIfAbsent(db).execute({ connector, key, value })).length > 0;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

export async function listConnectorState(db: Database, connector: string, prefix: string): Promise<{ key: string; value: unknown }[]> {
  return db
    .select({ key: connectorState.key, value: connectorState.value })
    .from(connectorState)
    .where(and(eq(connectorState.connector, connector), like(connectorState.key, `${escapeLike(prefix)}%`)))
    .orderBy(asc(connectorState.key));
}
