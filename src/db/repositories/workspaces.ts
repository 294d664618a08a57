import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { preparedQuery } from '../prepared.js';
import { memberships, users, workspaces } from '../schema.js';
import { publicUserColumns, type PublicUser } from './users.js';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

export async function insertWorkspace(db: Database, workspace: typeof workspaces.$inferInsert): Promise<WorkspaceRow> {
  const [row] = await db.insert(workspaces).values(workspace).returning();
  if (!row) throw new Error('insert into workspaces returned no row');
  return row;
}

export async function findWorkspace(db: Database, id: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  return row;
}

export async function updateWorkspace(
  db: Database,
  id: string,
  changes: Partial<Pick<WorkspaceRow, 'name' | 'timezone'>>,
): Promise<WorkspaceRow | undefined> {
  const [row] = await db.update(workspaces).set(changes).where(eq(workspaces.id, id)).returning();
  return row;
}

/** Deletes the workspace; its memberships, keys and (later) content go with it by ON DELETE CASCADE. */
export async function deleteWorkspace(db: Database, id: string): Promise<void> {
  await db.delete(workspaces).where(eq(workspaces.id, id));
}

export async function listWorkspacesOfUser(
  db: Database,
  userId: string,
): Promise<Array<{ workspace: WorkspaceRow; role: string }>> {
  return db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

const membershipOf = preparedQuery((db) =>
  db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, sql.placeholder('workspaceId')), eq(memberships.userId, sql.placeholder('userId'))))
    .prepare('membership_of'),
);

export async function findMembership(db: Database, workspaceId: string, userId: string): Promise<MembershipRow | undefined> {
  const [row] = await membershipOf(db).execute({ workspaceId, userId });
  return row;
}

const membersOf = preparedQuery((db) =>
  db
    .select({ user: publicUserColumns, role: memberships.role, createdAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, sql.placeholder('workspaceId')))
    .orderBy(asc(users.name), asc(users.id))
    .prepare('members_of'),
);

export async function listMembers(
  db: Database,
  workspaceId: string,
): Promise<Array<{ user: PublicUser; role: string; createdAt: Date }>> {
  return membersOf(db).execute({ workspaceId });
}

export async function upsertMembership(db: Database, workspaceId: string, userId: string, role: string): Promise<MembershipRow> {
  const [row] = await db
    .insert(memberships)
    .values({ workspaceId, userId, role })
    .onConflictDoUpdate({ target: [memberships.workspaceId, memberships.userId], set: { role } })
    .returning();
  if (!row) throw new Error('upsert into memberships returned no row');
  return row;
}

export async function deleteMembership(db: Database, workspaceId: string, userId: string): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

export async function countOwners(db: Database, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
  return row?.count ?? 0;
}

/** Every workspace with its members' e-mails and roles, for the operator's overview. */
export async function listAllWorkspacesWithPeople(
  db: Database,
): Promise<Array<{ workspace: WorkspaceRow; people: Array<{ email: string; role: string }> }>> {
  const rows = await db.select().from(workspaces).orderBy(asc(workspaces.name), asc(workspaces.id));
  const people = await db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(users.email));
  return rows.map((workspace) => ({
    workspace,
    people: people.filter((person) => person.workspaceId === workspace.id),
  }));
}
