import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../core/errors.js';
import { canAssignRole, type WorkspaceRole } from '../core/access/permissions.js';
import type { Database } from '../db/connection.js';
import { findUserByEmail, insertUser, type PublicUser } from '../db/repositories/users.js';
import {
  countOwners,
  deleteMembership,
  findMembership,
  listMembers as listMemberRows,
  upsertMembership,
} from '../db/repositories/workspaces.js';
import { authorize, type Actor } from './access.js';
import { audit } from './audit.js';
import { hashPassword } from './auth/passwords.js';
import type { AppContext, RequestMeta } from './context.js';

export interface Member {
  user: PublicUser;
  role: WorkspaceRole;
  createdAt: Date;
}

export async function listMembers(ctx: AppContext, actor: Actor, workspaceId: string): Promise<Member[]> {
  await authorize(ctx.db, actor, workspaceId, 'members.read');
  const rows = await listMemberRows(ctx.db, workspaceId);
  return rows.map((row) => ({ ...row, role: row.role as WorkspaceRole }));
}

function assertMayAssign(actorRole: WorkspaceRole, role: WorkspaceRole, currentRole?: WorkspaceRole): void {
  if (!canAssignRole(actorRole, role, currentRole)) {
    throw new AppError('forbidden', `Your role (${actorRole}) cannot give or take the role ${currentRole ?? role}`);
  }
}

/** Adds an existing person, or creates one (name and initial password needed), to the workspace. */
export async function addMember(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: { email: string; role: WorkspaceRole; name?: string | undefined; password?: string | undefined },
  meta?: RequestMeta,
): Promise<Member> {
  const actorRole = await authorize(ctx.db, actor, workspaceId, 'members.manage');
  assertMayAssign(actorRole, input.role);
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing && (await findMembership(ctx.db, workspaceId, existing.id))) {
    throw new AppError('email_taken', 'This person is already a member; change their role instead');
  }
  if (!existing && (!input.name || !input.password)) {
    throw new AppError('validation_failed', 'A new person needs a name and an initial password', [
      ...(input.name ? [] : [{ path: ['name'], message: 'required for a new person' }]),
      ...(input.password ? [] : [{ path: ['password'], message: 'required for a new person' }]),
    ]);
  }
  const passwordHash = existing ? undefined : await hashPassword(input.password ?? '');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const user =
      existing ??
      (await insertUser(tx, { id: randomUUID(), email: input.email, name: input.name ?? '', passwordHash: passwordHash ?? '', createdAt: now }));
    const membership = await upsertMembership(tx, workspaceId, user.id, input.role);
    await audit(tx, now, {
      action: 'member.added',
      workspaceId,
      actor,
      meta,
      target: { type: 'user', id: user.id },
      details: { email: user.email, role: input.role },
    });
    return { user, role: input.role, createdAt: membership.createdAt };
  });
}

async function assertNotLastOwner(db: Database, workspaceId: string, currentRole: WorkspaceRole): Promise<void> {
  if (currentRole === 'owner' && (await countOwners(db, workspaceId)) <= 1) {
    throw new AppError('last_owner', 'A workspace needs at least one owner; make someone else owner first');
  }
}

export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  userId: string,
  role: WorkspaceRole,
  meta?: RequestMeta,
): Promise<Member> {
  const actorRole = await authorize(ctx.db, actor, workspaceId, 'members.manage');
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, workspaceId, userId);
    if (!membership) throw notFound('Member');
    const currentRole = membership.role as WorkspaceRole;
    assertMayAssign(actorRole, role, currentRole);
    if (role !== 'owner') await assertNotLastOwner(tx, workspaceId, currentRole);
    const updated = await upsertMembership(tx, workspaceId, userId, role);
    const member = (await listMemberRows(tx, workspaceId)).find((row) => row.user.id === userId);
    if (!member) throw notFound('Member');
    await audit(tx, ctx.clock.now(), {
      action: 'member.role_changed',
      workspaceId,
      actor,
      meta,
      target: { type: 'user', id: userId },
      details: { from: currentRole, to: role },
    });
    return { user: member.user, role, createdAt: updated.createdAt };
  });
}

export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  userId: string,
  meta?: RequestMeta,
): Promise<void> {
  const actorRole = await authorize(ctx.db, actor, workspaceId, 'members.manage');
  await ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, workspaceId, userId);
    if (!membership) throw notFound('Member');
    const currentRole = membership.role as WorkspaceRole;
    assertMayAssign(actorRole, currentRole, currentRole);
    await assertNotLastOwner(tx, workspaceId, currentRole);
    await deleteMembership(tx, workspaceId, userId);
    await audit(tx, ctx.clock.now(), {
      action: 'member.removed',
      workspaceId,
      actor,
      meta,
      target: { type: 'user', id: userId },
      details: { role: currentRole },
    });
  });
}
