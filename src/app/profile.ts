import { AppError, notFound } from '../core/errors.js';
import { deleteSessionsOfUser } from '../db/repositories/sessions.js';
import { findUserById, updateUser, type UserRow } from '../db/repositories/users.js';
import type { Actor } from './access.js';
import { audit } from './audit.js';
import { hashPassword, verifyPassword } from './auth/passwords.js';
import type { AppContext, RequestMeta } from './context.js';

/** A person changes their own name or interface language. */
export async function updateProfile(
  ctx: AppContext,
  userId: string,
  changes: { name?: string | undefined; locale?: string | undefined },
): Promise<UserRow> {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const updated = Object.keys(defined).length ? await updateUser(ctx.db, userId, defined) : await findUserById(ctx.db, userId);
  if (!updated) throw notFound('Person');
  return updated;
}

/**
 * A person changes their own password. The current one is asked again, so a session left open on
 * a shared computer cannot lock its owner out; every other session of theirs ends.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'user' }>,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  if (!(await verifyPassword(input.currentPassword, actor.user.passwordHash))) {
    // Not 401: the person is signed in, only this field is wrong.
    throw new AppError('validation_failed', 'currentPassword: the current password is wrong', [
      { path: ['body', 'currentPassword'], message: 'the current password is wrong' },
    ]);
  }
  await setPassword(ctx, actor.user.id, input.newPassword, actor, meta, actor.session?.id);
}

/** Sets a new password and ends the person's sessions (but `keepSessionId`); audited. */
export async function setPassword(
  ctx: AppContext,
  userId: string,
  newPassword: string,
  actor: Actor | undefined,
  meta: RequestMeta | undefined,
  keepSessionId?: string,
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    if (!(await updateUser(tx, userId, { passwordHash }))) throw notFound('Person');
    await deleteSessionsOfUser(tx, userId, keepSessionId);
    await audit(tx, ctx.clock.now(), {
      action: 'auth.password_changed',
      actor,
      meta,
      target: { type: 'user', id: userId },
      details: actor ? {} : { via: 'cli' },
    });
  });
}
