import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { preparedQuery } from '../prepared.js';
import { apiKeys } from '../schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Database, key: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  if (!row) throw new Error('insert into api_keys returned no row');
  return row;
}

const apiKeyByHash = preparedQuery((db) =>
  db.select().from(apiKeys).where(eq(apiKeys.keyHash, sql.placeholder('keyHash'))).prepare('api_key_by_hash'),
);

export async function findApiKeyByHash(db: Database, keyHash: string): Promise<ApiKeyRow | undefined> {
  const [row] = await apiKeyByHash(db).execute({ keyHash });
  return row;
}

export async function listApiKeys(db: Database, workspaceId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.workspaceId, workspaceId)).orderBy(desc(apiKeys.createdAt));
}

/** Deletes a key of this workspace; returns whether one was deleted. */
export async function deleteApiKey(db: Database, workspaceId: string, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .delete(apiKeys)
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)))
    .returning();
  return row;
}

export async function touchApiKey(db: Database, id: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
}
