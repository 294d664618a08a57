import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { preparedQuery } from '../prepared.js';
import { loginFailures, sessions, setupTokens, users } from '../schema.js';
import type { UserRow } from './users.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Database, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

const sessionWithUser = preparedQuery((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('session_with_user'),
);

/** The session and its person in one round trip: every cookie-authenticated request asks this. */
export async function findSessionWithUser(db: Database, id: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await sessionWithUser(db).execute({ id });
  return row;
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a person except, optionally, the one they are using. */
export async function deleteSessionsOfUser(db: Database, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function replaceSetupToken(db: Database, tokenHash: string): Promise<void> {
  await db.delete(setupTokens).where(sql`${setupTokens.usedAt} IS NULL`);
  await db.insert(setupTokens).values({ tokenHash });
}

/** Marks the token used; returns false when it was unknown, used, or older than `notBefore`. */
export async function consumeSetupToken(db: Database, tokenHash: string, now: Date, notBefore: Date): Promise<boolean> {
  const rows = await db
    .update(setupTokens)
    .set({ usedAt: now })
    .where(and(eq(setupTokens.tokenHash, tokenHash), sql`${setupTokens.usedAt} IS NULL`, gte(setupTokens.createdAt, notBefore)))
    .returning({ tokenHash: setupTokens.tokenHash });
  return rows.length === 1;
}

export async function recordLoginFailure(db: Database, email: string, ip: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ email: email.toLowerCase(), ip, createdAt: at });
}

export async function countLoginFailuresByEmail(db: Database, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(sql`lower(${loginFailures.email}) = lower(${email})`, gte(loginFailures.createdAt, since)));
  return row?.count ?? 0;
}

export async function countLoginFailuresByIp(db: Database, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gte(loginFailures.createdAt, since)));
  return row?.count ?? 0;
}

export async function clearLoginFailures(db: Database, email: string): Promise<void> {
  await db.delete(loginFailures).where(sql`lower(${loginFailures.email}) = lower(${email})`);
}

export async function deleteLoginFailuresBefore(db: Database, before: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, before));
}
