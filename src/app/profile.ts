import { notFound } from '../core/errors.js';
import { findUserById, updateUser, type UserRow } from '../db/repositories/users.js';
import type { AppContext } from './context.js';

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
