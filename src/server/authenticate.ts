/**
 * Finds the caller of a request: an API key (`Authorization: Bearer chrs_...`) or the session
 * cookie. Cookie-authenticated writes must carry the session's CSRF token in `x-csrf-token`
 * (a cross-site form cannot set that header).
 */
import type { FastifyRequest } from 'fastify';
import { authenticateApiKey } from '../app/api-keys.js';
import type { Actor } from '../app/access.js';
import { resolveSession, SESSION_COOKIE } from '../app/auth/sessions.js';
import { safeEqual } from '../app/auth/tokens.js';
import type { AppContext } from '../app/context.js';
import type { AuthMode } from '../client/endpoints.js';
import { AppError } from '../core/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function authenticate(ctx: AppContext, request: FastifyRequest, mode: AuthMode): Promise<Actor | undefined> {
  if (mode === 'none') return undefined;
  const authorization = request.headers.authorization;
  if (authorization) {
    const [scheme, secret] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !secret) {
      throw new AppError('unauthenticated', 'Use "Authorization: Bearer <API key>"');
    }
    if (mode === 'session') throw new AppError('forbidden', 'This needs a signed-in person, not an API key');
    return { kind: 'apiKey', key: await authenticateApiKey(ctx, secret) };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthenticated', 'Sign in or send an API key');
  const session = await resolveSession(ctx, token);
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
      throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header; reload the page');
    }
  }
  return { kind: 'user', user: session.user, session: { id: session.sessionId, csrfToken: session.csrfToken } };
}
