/**
 * Who is calling and what they may do. A caller is a signed-in person or an API key; every
 * workspace route asks `authorize`, which answers 404 for a workspace the caller is not part of
 * (so existence does not leak) and 403 for one where the role lacks the permission.
 */
import { AppError, notFound } from '../core/errors.js';
import { can, type Action, type WorkspaceRole } from '../core/access/permissions.js';
import type { ApiKeyRow } from '../db/repositories/api-keys.js';
import type { UserRow } from '../db/repositories/users.js';
import { findMembership } from '../db/repositories/workspaces.js';
import type { Database } from '../db/connection.js';

/** A signed-in person (with the session they came through, absent for a sign-in in progress) or an API key. */
export type Actor =
  | { kind: 'user'; user: UserRow; session?: { id: string; csrfToken: string } }
  | { kind: 'apiKey'; key: ApiKeyRow };

export async function roleIn(db: Database, actor: Actor, workspaceId: string): Promise<WorkspaceRole | undefined> {
  if (actor.kind === 'apiKey') return actor.key.workspaceId === workspaceId ? (actor.key.role as WorkspaceRole) : undefined;
  const membership = await findMembership(db, workspaceId, actor.user.id);
  return membership?.role as WorkspaceRole | undefined;
}

/** Returns the caller's role in the workspace, or throws `not_found` / `forbidden`. */
export async function authorize(db: Database, actor: Actor, workspaceId: string, action: Action): Promise<WorkspaceRole> {
  const role = await roleIn(db, actor, workspaceId);
  if (!role) throw notFound('Workspace');
  if (!can(role, action)) throw new AppError('forbidden', `Your role (${role}) does not allow ${action}`);
  return role;
}

export function requireUser(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw new AppError('forbidden', 'This needs a signed-in person, not an API key');
  return actor;
}
