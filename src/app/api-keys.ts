/**
 * API keys: `chrs_<random>`, shown once, stored as a SHA-256 hash, scoped to one workspace with a
 * role that is never owner.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../core/errors.js';
import type { ApiKeyRole } from '../core/access/permissions.js';
import {
  deleteApiKey as deleteApiKeyRow,
  findApiKeyByHash,
  insertApiKey,
  listApiKeys as listApiKeyRows,
  touchApiKey,
  type ApiKeyRow,
} from '../db/repositories/api-keys.js';
import { authorize, requireUser, type Actor } from './access.js';
import { audit } from './audit.js';
import { hashToken, randomToken } from './auth/tokens.js';
import type { Database } from '../db/connection.js';
import type { AppContext, RequestMeta } from './context.js';

export const API_KEY_PREFIX = 'chrs_';
const LAST_USED_PRECISION_MS = 60_000; // keeps the hot path to one read per request most of the time

export async function createApiKey(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: { name: string; role: ApiKeyRole },
  meta?: RequestMeta,
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const { user } = requireUser(actor);
  await authorize(ctx.db, actor, workspaceId, 'apiKeys.manage');
  return ctx.db.transaction((tx) => issueApiKey(tx, ctx.clock.now(), { workspaceId, ...input, createdBy: user.id }, actor, meta));
}

/**
 * Creates a key inside the caller's transaction and audits it; the secret is returned once and
 * only its hash is stored. Shared by the API (a person creates it) and the operator's CLI.
 */
export async function issueApiKey(
  db: Database,
  now: Date,
  input: { workspaceId: string; name: string; role: ApiKeyRole; createdBy: string | null },
  actor?: Actor,
  meta?: RequestMeta,
  details: Record<string, unknown> = {},
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const secret = `${API_KEY_PREFIX}${randomToken()}`;
  const apiKey = await insertApiKey(db, {
    id: randomUUID(),
    workspaceId: input.workspaceId,
    name: input.name,
    prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
    keyHash: hashToken(secret),
    role: input.role,
    createdBy: input.createdBy,
    createdAt: now,
  });
  await audit(db, now, {
    action: 'api_key.created',
    workspaceId: input.workspaceId,
    actor,
    meta,
    target: { type: 'api_key', id: apiKey.id },
    details: { name: input.name, role: input.role, ...details },
  });
  return { apiKey, secret };
}

export async function listApiKeys(ctx: AppContext, actor: Actor, workspaceId: string): Promise<ApiKeyRow[]> {
  await authorize(ctx.db, actor, workspaceId, 'apiKeys.read');
  return listApiKeyRows(ctx.db, workspaceId);
}

export async function deleteApiKey(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  keyId: string,
  meta?: RequestMeta,
): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'apiKeys.manage');
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteApiKeyRow(tx, workspaceId, keyId);
    if (!deleted) throw notFound('API key');
    forgetApiKeys(ctx.db, (key) => key.id === keyId);
    await audit(tx, ctx.clock.now(), {
      action: 'api_key.deleted',
      workspaceId,
      actor: actor.kind === 'apiKey' && actor.key.id === keyId ? undefined : actor,
      meta,
      target: { type: 'api_key', id: keyId },
      details: { name: deleted.name },
    });
  });
}

/**
 * Keys seen in the last 2 s, so that a script hammering the API costs one query per request
 * instead of two. Revoking a key or deleting its workspace evicts it here at once; another api
 * process stops accepting it within this window.
 */
export const API_KEY_CACHE_MS = 2_000;
const API_KEY_CACHE_LIMIT = 10_000;
const keyCaches = new WeakMap<Database, Map<string, { key: ApiKeyRow; checkedAt: number }>>();

function keyCache(db: Database): Map<string, { key: ApiKeyRow; checkedAt: number }> {
  let cache = keyCaches.get(db);
  if (!cache) {
    cache = new Map();
    keyCaches.set(db, cache);
  }
  return cache;
}

/** Forgets cached keys that match, after a revocation or a workspace deletion. */
export function forgetApiKeys(db: Database, matches: (key: ApiKeyRow) => boolean): void {
  const cache = keyCache(db);
  for (const [hash, entry] of cache) if (matches(entry.key)) cache.delete(hash);
}

/** The key behind an `Authorization: Bearer` value, or `unauthenticated`. */
export async function authenticateApiKey(ctx: AppContext, secret: string): Promise<ApiKeyRow> {
  if (!secret.startsWith(API_KEY_PREFIX)) throw new AppError('unauthenticated', 'Not a Chorus API key');
  const hash = hashToken(secret);
  const now = ctx.clock.now();
  const cache = keyCache(ctx.db);
  const cached = cache.get(hash);
  let key = cached && now.getTime() - cached.checkedAt < API_KEY_CACHE_MS ? cached.key : undefined;
  if (!key) {
    key = await findApiKeyByHash(ctx.db, hash);
    if (!key) {
      cache.delete(hash);
      throw new AppError('unauthenticated', 'Unknown or revoked API key');
    }
    if (cache.size >= API_KEY_CACHE_LIMIT) cache.clear();
    cache.set(hash, { key, checkedAt: now.getTime() });
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await touchApiKey(ctx.db, key.id, now);
    key.lastUsedAt = now;
  }
  return key;
}
