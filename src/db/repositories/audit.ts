import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { auditLog } from '../schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
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
  return db
    .select()
    .from(auditLog)
    .where(options.before === undefined ? scope : and(scope, lt(auditLog.id, options.before)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
