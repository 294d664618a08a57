/**
 * Sign-in with e-mail and password. Failures are stored, so the limit holds across several api
 * processes: 5 failures for one e-mail or 20 from one address within 15 minutes answer 429.
 */
import { AppError } from '../../core/errors.js';
import {
  clearLoginFailures,
  countLoginFailuresByEmail,
  countLoginFailuresByIp,
  recordLoginFailure,
} from '../../db/repositories/sessions.js';
import { findUserByEmail, type UserRow } from '../../db/repositories/users.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { openSession, type OpenedSession } from './sessions.js';

export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 20 };

export async function login(
  ctx: AppContext,
  input: { email: string; password: string },
  meta: RequestMeta,
): Promise<{ user: UserRow; session: OpenedSession }> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    countLoginFailuresByEmail(ctx.db, input.email, since),
    countLoginFailuresByIp(ctx.db, meta.ip, since),
  ]);
  if (byEmail >= LOGIN_LIMITS.perEmail || byIp >= LOGIN_LIMITS.perIp) {
    throw new AppError(
      'too_many_attempts',
      `Too many failed sign-ins; try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
      { retryAfterSeconds: LOGIN_LIMITS.windowMinutes * 60 },
      LOGIN_LIMITS.windowMinutes * 60,
    );
  }
  const user = await findUserByEmail(ctx.db, input.email);
  const valid = user ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    await recordLoginFailure(ctx.db, input.email, meta.ip, now);
    await audit(ctx.db, now, { action: 'auth.login_failed', details: { email: input.email }, meta });
    throw new AppError('invalid_credentials', 'E-mail or password is wrong');
  }
  await clearLoginFailures(ctx.db, input.email);
  const session = await openSession(ctx, user.id);
  await audit(ctx.db, now, { action: 'auth.login', actor: { kind: 'user', user }, meta });
  return { user, session };
}
