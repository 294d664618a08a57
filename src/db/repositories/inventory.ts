/** The account inventory (S5); every query is scoped by workspace. */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { inventoryAccounts, inventoryDigests, users, workspaces } from '../schema.js';

export type InventoryAccountRow = typeof inventoryAccounts.$inferSelect & {
  /** The owner's name at reading time; null without an owner. */
  ownerName: string | null;
};
export type NewInventoryAccount = typeof inventoryAccounts.$inferInsert;
export type InventoryAccountChanges = Partial<
  Pick<NewInventoryAccount, 'network' | 'handle' | 'displayName' | 'url' | 'ownerUserId' | 'purpose' | 'goal' | 'lastPostAt'>
>;

const columns = { account: inventoryAccounts, ownerName: users.name };

function withOwner(row: { account: typeof inventoryAccounts.$inferSelect; ownerName: string | null }): InventoryAccountRow {
  return { ...row.account, ownerName: row.ownerName };
}

export async function listInventoryAccounts(db: Database, workspaceId: string): Promise<InventoryAccountRow[]> {
  const rows = await db
    .select(columns)
    .from(inventoryAccounts)
    .leftJoin(users, eq(users.id, inventoryAccounts.ownerUserId))
    .where(eq(inventoryAccounts.workspaceId, workspaceId))
    .orderBy(asc(inventoryAccounts.network), asc(inventoryAccounts.handle), asc(inventoryAccounts.id));
  return rows.map(withOwner);
}

export async function findInventoryAccount(db: Database, workspaceId: string, id: string): Promise<InventoryAccountRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(inventoryAccounts)
    .leftJoin(users, eq(users.id, inventoryAccounts.ownerUserId))
    .where(and(eq(inventoryAccounts.workspaceId, workspaceId), eq(inventoryAccounts.id, id)));
  return row ? withOwner(row) : undefined;
}

export async function insertInventoryAccount(db: Database, account: NewInventoryAccount): Promise<void> {
  await db.insert(inventoryAccounts).values(account);
}

/** Returns whether a row of this workspace was changed. */
export async function updateInventoryAccount(
  db: Database,
  workspaceId: string,
  id: string,
  changes: InventoryAccountChanges,
): Promise<boolean> {
  const rows = await db
    .update(inventoryAccounts)
    .set(changes)
    .where(and(eq(inventoryAccounts.workspaceId, workspaceId), eq(inventoryAccounts.id, id)))
    .returning({ id: inventoryAccounts.id });
  return rows.length > 0;
}

/** Returns whether a row of this workspace was deleted. */
export async function deleteInventoryAccount(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(inventoryAccounts)
    .where(and(eq(inventoryAccounts.workspaceId, workspaceId), eq(inventoryAccounts.id, id)))
    .returning({ id: inventoryAccounts.id });
  return rows.length > 0;
}

/**
 * Claims the digest of one workspace and week; true only for the one caller that inserted the
 * row, so concurrent runs of the hourly job send it once. Call it in the transaction that sends.
 */
export async function claimInventoryDigest(db: Database, digest: typeof inventoryDigests.$inferInsert): Promise<boolean> {
  const rows = await db.insert(inventoryDigests).values(digest).onConflictDoNothing().returning({ week: inventoryDigests.week });
  return rows.length > 0;
}

/** The workspaces that have at least one inventory account, with their time zone: who may get a digest. */
export async function listWorkspacesWithInventory(db: Database): Promise<Array<{ id: string; timezone: string }>> {
  return db
    .selectDistinct({ id: workspaces.id, timezone: workspaces.timezone })
    .from(workspaces)
    .innerJoin(inventoryAccounts, eq(inventoryAccounts.workspaceId, workspaces.id))
    .orderBy(asc(workspaces.id));
}
