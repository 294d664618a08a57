import type { FastifyInstance, FastifyReply } from 'fastify';
import { login } from '../../app/auth/login.js';
import { logout, SESSION_COOKIE, type OpenedSession } from '../../app/auth/sessions.js';
import { completeSetup, isSetupNeeded } from '../../app/auth/setup.js';
import type { AppContext } from '../../app/context.js';
import { listVisibleWorkspaces } from '../../app/workspaces.js';
import { changeOwnPassword, updateProfile } from '../../app/profile.js';
import type { UserRow } from '../../db/repositories/users.js';
import { notFound } from '../../core/errors.js';
import { presentUser, presentWorkspace } from '../present.js';
import { route } from '../route.js';

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext, secureCookies: boolean): void {
  const setCookie = (reply: FastifyReply, session: OpenedSession) =>
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      path: '/',
      expires: session.expiresAt,
    });

  const sessionView = async (user: UserRow, csrfToken: string) => {
    const memberships = await listVisibleWorkspaces(ctx, { kind: 'user', user });
    return {
      user: presentUser(user),
      csrfToken,
      memberships: memberships.map((m) => ({ workspace: presentWorkspace(m.workspace), role: m.role })),
    };
  };

  route(app, ctx, 'setupStatus', async () => ({ needed: await isSetupNeeded(ctx) }));

  route(app, ctx, 'completeSetup', async ({ body, meta, reply }) => {
    const { user, session } = await completeSetup(ctx, body, meta);
    setCookie(reply, session);
    return sessionView(user, session.csrfToken);
  });

  route(app, ctx, 'login', async ({ body, meta, reply }) => {
    const { user, session } = await login(ctx, body, meta);
    setCookie(reply, session);
    return sessionView(user, session.csrfToken);
  });

  route(app, ctx, 'logout', async ({ actor, meta, reply }) => {
    await logout(ctx, actor, meta);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  route(app, ctx, 'getSession', async ({ actor }) => {
    if (actor.kind !== 'user' || !actor.session) throw notFound('Session');
    return sessionView(actor.user, actor.session.csrfToken);
  });

  route(app, ctx, 'changePassword', async ({ actor, body, meta }) => {
    if (actor.kind !== 'user') throw notFound('Person');
    await changeOwnPassword(ctx, actor, body, meta);
    return { ok: true as const };
  });

  route(app, ctx, 'updateMe', async ({ actor, body }) => {
    if (actor.kind !== 'user') throw notFound('Person');
    return presentUser(await updateProfile(ctx, actor.user.id, body));
  });
}
