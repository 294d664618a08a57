/** Database rows → the API's shapes (ISO dates, no secrets). */
import type { ApiKeyRow } from '../db/repositories/api-keys.js';
import type { AuditRow } from '../db/repositories/audit.js';
import type { PublicUser } from '../db/repositories/users.js';
import type { WorkspaceRow } from '../db/repositories/workspaces.js';
import type { Locale } from '../core/validation.js';
import type { ApiKeyRole, WorkspaceRole } from '../core/access/permissions.js';

export const presentUser = (user: PublicUser) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  locale: user.locale as Locale,
});

export const presentWorkspace = (workspace: WorkspaceRow) => ({
  id: workspace.id,
  name: workspace.name,
  timezone: workspace.timezone,
  createdAt: workspace.createdAt.toISOString(),
});

export const presentMember = (member: { user: PublicUser; role: WorkspaceRole; createdAt: Date }) => ({
  user: presentUser(member.user),
  role: member.role,
  createdAt: member.createdAt.toISOString(),
});

export const presentApiKey = (key: ApiKeyRow) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  role: key.role as ApiKeyRole,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

export const presentAuditEntry = (entry: AuditRow) => ({
  id: entry.id,
  action: entry.action,
  actorUserId: entry.actorUserId,
  actorApiKeyId: entry.actorApiKeyId,
  actorName: entry.actorName,
  targetType: entry.targetType,
  targetId: entry.targetId,
  details: entry.details,
  createdAt: entry.createdAt.toISOString(),
});
