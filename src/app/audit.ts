import type { PostAction } from '../core/publishing/workflow.js';
import { insertAuditEntry, type NewAuditEntry } from '../db/repositories/audit.js';
import type { Database } from '../db/connection.js';
import type { Actor } from './access.js';
import type { RequestMeta } from './context.js';

/** Audit actions, named `<thing>.<event>`; the set grows with the product. */
export type AuditAction =
  | 'setup.completed'
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'user.created'
  | 'auth.password_changed'
  | 'workspace.created'
  | 'workspace.updated'
  | 'workspace.deleted'
  | 'member.added'
  | 'member.role_changed'
  | 'member.removed'
  | 'api_key.created'
  | 'api_key.deleted'
  | 'backup.restored'
  | 'strategy.profile_saved'
  | 'strategy.saved'
  | 'inventory.account_added'
  | 'inventory.account_updated'
  | 'inventory.account_removed'
  | 'onboarding.updated'
  | 'account.connected'
  | 'account.reconnected'
  | 'account.disconnected'
  | 'secrets.resealed'
  | 'webhook.created'
  | 'webhook.deleted'
  | 'post.created'
  | 'post.updated'
  | 'post.deleted'
  | 'post.bulk_imported'
  | `post.${PostAction}`
  | 'publishing.settings_changed'
  | 'links.settings_changed'
  | 'orders.settings_changed'
  | 'orders.shop_tag_renewed'
  | 'orders.imported'
  | 'spend.created'
  | 'spend.updated'
  | 'spend.deleted'
  | 'spend.imported'
  | 'channel_figures.saved'
  | 'channel_figures.deleted'
  | 'channel_figures.imported'
  | 'voucher.saved'
  | 'voucher.deleted'
  | 'media.added'
  | 'media.deleted'
  | 'report.share_link_created'
  | 'report.share_link_revoked'
  | 'report.schedule_created'
  | 'report.schedule_deleted';

export interface AuditInput {
  action: AuditAction;
  workspaceId?: string | null;
  actor?: Actor | undefined;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
  meta?: RequestMeta | undefined;
}

export async function audit(db: Database, at: Date, input: AuditInput): Promise<void> {
  const entry: NewAuditEntry = {
    action: input.action,
    workspaceId: input.workspaceId ?? null,
    actorUserId: input.actor?.kind === 'user' ? input.actor.user.id : null,
    actorApiKeyId: input.actor?.kind === 'apiKey' ? input.actor.key.id : null,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    details: input.details ?? {},
    ip: input.meta?.ip ?? null,
    createdAt: at,
  };
  await insertAuditEntry(db, entry);
}
