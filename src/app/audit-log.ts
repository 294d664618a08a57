import { listAuditEntries, type AuditRow } from '../db/repositories/audit.js';
import { authorize, type Actor } from './access.js';
import type { AppContext } from './context.js';

export async function readAuditLog(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  page: { limit: number; before?: number | undefined },
): Promise<AuditRow[]> {
  await authorize(ctx.db, actor, workspaceId, 'audit.read');
  return listAuditEntries(ctx.db, workspaceId, page);
}
