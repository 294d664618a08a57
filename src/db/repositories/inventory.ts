/** The account inventory (S5); every query is scoped by workspace. */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { inventoryAccounts, users } from '../schema.js';

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
