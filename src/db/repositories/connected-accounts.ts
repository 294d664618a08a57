/** Connected network accounts; every query is scoped by workspace except the few by id for jobs. */
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { connectedAccounts } from '../schema.js';

export type ConnectedAccountRow = typeof connectedAccounts.$inferSelect;
export type NewConnectedAccount = typeof connectedAccounts.$inferInsert;
export type ConnectedAccountChanges = Partial<
  Pick<
    NewConnectedAccount,
    | 'handle'
    | 'displayName'
    | 'url'
    | 'settings'
    | 'limits'
    | 'credentialsSealed'
    | 'status'
    | 'tokenExpiresAt'
    | 'refreshingUntil'
    | 'lastErrorKind'
    | 'lastError'
    | 'lastErrorAt'
    | 'lastOkAt'
  >
>;

export async function listConnectedAccounts(db: Database, workspaceId: string): Promise<ConnectedAccountRow[]> {
  return db
    .select()
    .from(connectedAccounts)
    .where(eq(connectedAccounts.workspaceId, workspaceId))
    .orderBy(asc(connectedAccounts.network), asc(connectedAccounts.handle), asc(connectedAccounts.id));
}

export async function findConnectedAccount(db: Database, workspaceId: string, id: string): Promise<ConnectedAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(connectedAccounts)
    .where(and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.id, id)));
  return row;
}

export async function findConnectedAccountByExternalId(
  db: Database,
  workspaceId: string,
  network: string,
  externalId: string,
): Promise<ConnectedAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(connectedAccounts)
    .where(
      and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.network, network), eq(connectedAccounts.externalId, externalId)),
    );
  return row;
}

/** Every account, for `chorus keys rotate`; ids and sealed credentials only. */
export async function listSealedCredentials(db: Database): Promise<{ id: string; credentialsSealed: string }[]> {
  return db.select({ id: connectedAccounts.id, credentialsSealed: connectedAccounts.credentialsSealed }).from(connectedAccounts);
}

export async function insertConnectedAccount(db: Database, account: NewConnectedAccount): Promise<void> {
  await db.insert(connectedAccounts).values(account);
}

/** Changes an account by id; callers have checked the workspace (or are jobs holding the id). */
export async function updateConnectedAccount(db: Database, id: string, changes: ConnectedAccountChanges): Promise<void> {
  await db
    .update(connectedAccounts)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(connectedAccounts.id, id));
}

export async function deleteConnectedAccount(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(connectedAccounts)
    .where(and(eq(connectedAccounts.workspaceId, workspaceId), eq(connectedAccounts.id, id)))
    .returning({ id: connectedAccounts.id });
  return rows.length > 0;
}

/**
 * Takes the refresh lease when nobody holds it (or theirs ran out). Only the process that gets
 * `true` talks to the network; the others wait and read the new credentials.
 */
export async function takeRefreshLease(db: Database, id: string, now: Date, until: Date): Promise<boolean> {
  const rows = await db
    .update(connectedAccounts)
    .set({ refreshingUntil: until })
    .where(and(eq(connectedAccounts.id, id), or(isNull(connectedAccounts.refreshingUntil), lt(connectedAccounts.refreshingUntil, now))))
    .returning({ id: connectedAccounts.id });
  return rows.length > 0;
}

export async function findConnectedAccountById(db: Database, id: string): Promise<ConnectedAccountRow | undefined> {
  const [row] = await db.select().from(connectedAccounts).where(eq(connectedAccounts.id, id));
  return row;
}

/** Accounts whose credentials expire before `before` and can still be renewed, for the refresh job. */
export async function listAccountsExpiringBefore(db: Database, before: Date): Promise<ConnectedAccountRow[]> {
  return db
    .select()
    .from(connectedAccounts)
    .where(and(lt(connectedAccounts.tokenExpiresAt, before), inArray(connectedAccounts.status, ['healthy', 'degraded'])));
}
