/** The media library's rows; the files themselves live behind the storage port (`app/media`). */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { mediaAssets } from '../schema.js';

export type MediaAssetRow = typeof mediaAssets.$inferSelect;

/** Inserts the asset, or returns the workspace's existing one with the same content. */
export async function insertMediaAsset(db: Database, asset: typeof mediaAssets.$inferInsert): Promise<MediaAssetRow> {
  const [inserted] = await db.insert(mediaAssets).values(asset).onConflictDoNothing().returning();
  if (inserted) return inserted;
  const [existing] = await db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.workspaceId, asset.workspaceId), eq(mediaAssets.contentHash, asset.contentHash)));
  if (!existing) throw new Error('media asset vanished between insert and select');
  return existing;
}

export async function listMediaAssets(db: Database, workspaceId: string, limit: number): Promise<MediaAssetRow[]> {
  return db.select().from(mediaAssets).where(eq(mediaAssets.workspaceId, workspaceId)).orderBy(desc(mediaAssets.createdAt), desc(mediaAssets.id)).limit(limit);
}

export async function findMediaAssets(db: Database, workspaceId: string, ids: readonly string[]): Promise<MediaAssetRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(mediaAssets).where(and(eq(mediaAssets.workspaceId, workspaceId), inArray(mediaAssets.id, [...ids])));
}

export async function updateMediaAltText(db: Database, workspaceId: string, id: string, altText: string): Promise<MediaAssetRow | undefined> {
  const [row] = await db.update(mediaAssets).set({ altText }).where(and(eq(mediaAssets.workspaceId, workspaceId), eq(mediaAssets.id, id))).returning();
  return row;
}

/** Whether any post or post variant of the workspace uses the asset. */
export async function isMediaInUse(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const uses = (column: 'p.content' | 't.content') =>
    sql`jsonb_path_exists(${sql.raw(column)}, '$.parts[*].mediaIds[*] ? (@ == $id)', jsonb_build_object('id', ${id}::text))`;
  const result = await db.execute<{ used: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM posts p WHERE p.workspace_id = ${workspaceId}::uuid AND ${uses('p.content')})
        OR EXISTS (SELECT 1 FROM post_targets t WHERE t.workspace_id = ${workspaceId}::uuid AND t.content IS NOT NULL AND ${uses('t.content')})
      AS used`);
  return (result as { rows: Array<{ used: boolean }> }).rows[0]?.used ?? false;
}

/** Whether another workspace's asset still points at the same stored file. */
export async function isContentHashInUse(db: Database, contentHash: string): Promise<boolean> {
  const [row] = await db.select({ id: mediaAssets.id }).from(mediaAssets).where(eq(mediaAssets.contentHash, contentHash)).limit(1);
  return row !== undefined;
}

export async function deleteMediaAsset(db: Database, workspaceId: string, id: string): Promise<MediaAssetRow | undefined> {
  const [row] = await db.delete(mediaAssets).where(and(eq(mediaAssets.workspaceId, workspaceId), eq(mediaAssets.id, id))).returning();
  return row;
}
