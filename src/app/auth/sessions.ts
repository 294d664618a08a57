import { AppError } from '../../core/errors.js';
import { deleteSession, findSessionWithUser, insertSession } from '../../db/repositories/sessions.js';
import type { UserRow } from '../../db/repositories/users.js';
import type { Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { hashToken, randomToken } from './tokens.js';

export const SESSION_COOKIE = 'chorus_session';
export const SESSION_DAYS = 14;

export interface OpenedSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(ctx: AppContext, userId: string): Promise<OpenedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(ctx.db, { id: hashToken(token), userId, csrfToken, expiresAt, createdAt: ctx.clock.now() });
  return { token, csrfToken, expiresAt };
}

export interface ResolvedSession {
  sessionId: string;
  user: UserRow;
  csrfToken: string;
}

/** Finds the session behind a cookie value, or throws `unauthenticated` / `session_expired`. */
export async function resolveSession(ctx: AppContext, token: string): Promise<ResolvedSession> {
  const sessionId = hashToken(token);
  const found = await findSessionWithUser(ctx.db, sessionId);
  if (!found) throw new AppError('unauthenticated', 'Sign in first');
  if (found.session.expiresAt <= ctx.clock.now()) {
    await deleteSession(ctx.db, sessionId);
    throw new AppError('session_expired', 'Your session has expired; sign in again');
  }
  return { sessionId, user: found.user, csrfToken: found.session.csrfToken };
}

/** Signs a person out of the session they came through. */
export async function logout(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.kind !== 'user' || !actor.session) return;
  await deleteSession(ctx.db, actor.session.id);
  await audit(ctx.db, ctx.clock.now(), { action: 'auth.logout', actor, meta });
}
