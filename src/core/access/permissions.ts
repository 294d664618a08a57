/**
 * Who may do what in a workspace. This table is the only place roles are interpreted: every
 * route asks `can(role, action)` through the authorization helper, never compares roles itself.
 */
export const WORKSPACE_ROLES = ['owner', 'admin', 'editor', 'approver', 'analyst'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Roles an API key may carry: never owner, so a leaked key cannot delete the workspace or its owners. */
export const API_KEY_ROLES = ['admin', 'editor', 'approver', 'analyst'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

const everyone: readonly WorkspaceRole[] = WORKSPACE_ROLES;
const managers: readonly WorkspaceRole[] = ['owner', 'admin'];

export const PERMISSIONS = {
  'workspace.read': everyone,
  'workspace.update': managers,
  'workspace.delete': ['owner'],
  'members.read': everyone,
  'members.manage': managers,
  'apiKeys.read': managers,
  'apiKeys.manage': managers,
  'audit.read': managers,
  'webhooks.manage': managers,
  // Planned sections; listed now so that later work extends this table instead of inventing checks.
  'strategy.write': managers,
  'accounts.manage': managers,
  'content.write': ['owner', 'admin', 'editor'],
  'content.approve': ['owner', 'admin', 'approver'],
  'inbox.reply': ['owner', 'admin', 'editor'],
  'analytics.read': everyone,
} as const satisfies Record<string, readonly WorkspaceRole[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: WorkspaceRole, action: Action): boolean {
  return (PERMISSIONS[action] as readonly WorkspaceRole[]).includes(role);
}

/** Owners may grant any role; admins may not create or demote owners. */
export function canAssignRole(actorRole: WorkspaceRole, targetRole: WorkspaceRole, currentRole?: WorkspaceRole): boolean {
  if (actorRole === 'owner') return true;
  if (actorRole !== 'admin') return false;
  return targetRole !== 'owner' && currentRole !== 'owner';
}
