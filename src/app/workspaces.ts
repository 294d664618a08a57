import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../core/errors.js';
import type { WorkspaceRole } from '../core/access/permissions.js';
import {
  deleteWorkspace as deleteWorkspaceRow,
  findWorkspace,
  insertWorkspace,
  listWorkspacesOfUser,
  updateWorkspace as updateWorkspaceRow,
  upsertMembership,
  type WorkspaceRow,
} from '../db/repositories/workspaces.js';
import { authorize, requireUser, type Actor } from './access.js';
import { forgetApiKeys } from './api-keys.js';
import { audit } from './audit.js';
import type { AppContext, RequestMeta } from './context.js';

export async function listVisibleWorkspaces(
  ctx: AppContext,
  actor: Actor,
): Promise<Array<{ workspace: WorkspaceRow; role: WorkspaceRole }>> {
  if (actor.kind === 'apiKey') {
    const workspace = await findWorkspace(ctx.db, actor.key.workspaceId);
    return workspace ? [{ workspace, role: actor.key.role as WorkspaceRole }] : [];
  }
  const rows = await listWorkspacesOfUser(ctx.db, actor.user.id);
  return rows.map((row) => ({ workspace: row.workspace, role: row.role as WorkspaceRole }));
}

export async function createWorkspace(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; timezone: string },
  meta?: RequestMeta,
): Promise<WorkspaceRow> {
  const { user } = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const workspace = await insertWorkspace(tx, { id: randomUUID(), name: input.name, timezone: input.timezone, createdAt: now });
    await upsertMembership(tx, workspace.id, user.id, 'owner');
    await audit(tx, now, { action: 'workspace.created', workspaceId: workspace.id, actor, meta, details: { name: input.name } });
    return workspace;
  });
}

export async function getWorkspace(ctx: AppContext, actor: Actor, workspaceId: string): Promise<WorkspaceRow> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace;
}

export async function updateWorkspace(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  changes: { name?: string | undefined; timezone?: string | undefined },
  meta?: RequestMeta,
): Promise<WorkspaceRow> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const workspace = Object.keys(defined).length
    ? await updateWorkspaceRow(ctx.db, workspaceId, defined)
    : await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  await audit(ctx.db, ctx.clock.now(), { action: 'workspace.updated', workspaceId, actor, meta, details: defined });
  return workspace;
}

/** Deletes a workspace and all its data. The caller repeats the name, so a slip cannot do it. */
export async function deleteWorkspace(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  confirmName: string,
  meta?: RequestMeta,
): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.delete');
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  if (workspace.name !== confirmName) {
    throw new AppError('validation_failed', 'Type the workspace name exactly to delete it', [
      { path: ['confirmName'], message: 'does not match the workspace name' },
    ]);
  }
  await ctx.db.transaction(async (tx) => {
    await deleteWorkspaceRow(tx, workspaceId);
    forgetApiKeys(ctx.db, (key) => key.workspaceId === workspaceId);
    // Kept without a workspace id (the row is gone) but with its id and name, so the deletion stays traceable.
    await audit(tx, ctx.clock.now(), {
      action: 'workspace.deleted',
      actor,
      meta,
      target: { type: 'workspace', id: workspaceId },
      details: { name: workspace.name },
    });
  });
}
