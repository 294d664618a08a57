import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { apiKeys, auditLog, users } from '../schema.js';

export type AuditRow = typeof auditLog.$inferSelect & {
  /** The person's name or the API key's name at reading time; null when the actor was deleted. */
  actorName: string | null;
};
export type NewAuditEntry = typeof auditLog.$inferInsert;

export async function insertAuditEntry(db: Database, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export async function listAuditEntries(
  db: Database,
  workspaceId: string,
  options: { limit: number; before?: number | undefined },
): Promise<AuditRow[]> {
  const scope = eq(auditLog.workspaceId, workspaceId);
  const rows = await db
    .select({ entry: auditLog, userName: users.name, keyName: apiKeys.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, auditLog.actorApiKeyId))
    .where(options.before === undefined ? scope : and(scope, lt(auditLog.id, options.before)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
  return rows.map((row) => ({ ...row.entry, actorName: row.userName ?? row.keyName }));
}
