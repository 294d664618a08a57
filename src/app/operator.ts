/**
 * Use cases for the operator at the command line. Whoever can run `chorus` with the database's
 * settings already holds all the data, so there is no actor and no permission check; changes are
 * still audited (with no actor and `via: 'cli'`), so the log shows what was done outside the web UI.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, notFound } from '../core/errors.js';
import { API_KEY_ROLES, type ApiKeyRole } from '../core/access/permissions.js';
import { insertApiKey, type ApiKeyRow } from '../db/repositories/api-keys.js';
import { findUserByEmail, insertUser, type UserRow } from '../db/repositories/users.js';
import { findWorkspace, insertWorkspace, upsertMembership, type WorkspaceRow } from '../db/repositories/workspaces.js';
import { memberships, users, workspaces } from '../db/schema.js';
import { API_KEY_PREFIX } from './api-keys.js';
import { audit } from './audit.js';
import { hashPassword } from './auth/passwords.js';
import { hashToken, randomToken } from './auth/tokens.js';
import type { AppContext } from './context.js';

// The same rules as the HTTP API's (src/client/endpoints.ts), which app/ cannot import.
export const OPERATOR_LOCALES = ['en', 'id', 'ru', 'pl'] as const;
const email = z.email('not a valid e-mail address').max(254).transform((value) => value.toLowerCase());
const name = z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters');
const timezone = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimezone, 'not an IANA time zone such as Europe/Warsaw');

function isIanaTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const createUserInput = z.strictObject({
  email,
  name,
  // NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules.
  password: z.string().min(8, 'at least 8 characters').max(256, 'at most 256 characters'),
  locale: z.enum(OPERATOR_LOCALES).default('en'),
});

const createWorkspaceInput = z.strictObject({
  ownerEmail: email,
  name,
  timezone: timezone.default('UTC'),
});

const createApiKeyInput = z.strictObject({
  workspaceId: z.uuid('not a workspace id (a UUID)'),
  name,
  role: z.enum(API_KEY_ROLES, `one of ${API_KEY_ROLES.join(', ')}`),
});

/** Parses input or throws `validation_failed` whose message names the field. */
function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  const first = issues[0];
  const message = first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The input is not valid';
  throw new AppError('validation_failed', message, issues);
}

export async function createUser(
  ctx: AppContext,
  input: { email: string; name: string; password: string; locale?: string | undefined },
): Promise<UserRow> {
  const data = parseInput(createUserInput, input);
  if (await findUserByEmail(ctx.db, data.email)) throw new AppError('email_taken', `A user with e-mail ${data.email} already exists`);
  const passwordHash = await hashPassword(data.password);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const user = await insertUser(tx, {
      id: randomUUID(),
      email: data.email,
      name: data.name,
      passwordHash,
      locale: data.locale,
      createdAt: now,
    });
    // Not audited yet: no AuditAction fits a person created outside a workspace ('user.created' is requested).
    return user;
  });
}

export async function createWorkspaceFor(
  ctx: AppContext,
  input: { ownerEmail: string; name: string; timezone?: string | undefined },
): Promise<{ workspace: WorkspaceRow; owner: UserRow }> {
  const data = parseInput(createWorkspaceInput, input);
  const owner = await findUserByEmail(ctx.db, data.ownerEmail);
  if (!owner) throw new AppError('not_found', `No user with e-mail ${data.ownerEmail}; create one with "chorus user create"`);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const workspace = await insertWorkspace(tx, { id: randomUUID(), name: data.name, timezone: data.timezone, createdAt: now });
    await upsertMembership(tx, workspace.id, owner.id, 'owner');
    await audit(tx, now, {
      action: 'workspace.created',
      workspaceId: workspace.id,
      details: { name: data.name, owner: owner.email, via: 'cli' },
    });
    return { workspace, owner };
  });
}

/** Creates an API key; `secret` is returned here once and never stored. */
export async function createApiKeyFor(
  ctx: AppContext,
  input: { workspaceId: string; name: string; role: string },
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const data = parseInput(createApiKeyInput, input);
  if (!(await findWorkspace(ctx.db, data.workspaceId))) throw notFound('Workspace');
  const role: ApiKeyRole = data.role;
  // TODO(api-keys): call the shared key-issuing helper from app/api-keys.ts once it is extracted.
  const secret = `${API_KEY_PREFIX}${randomToken()}`;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const apiKey = await insertApiKey(tx, {
      id: randomUUID(),
      workspaceId: data.workspaceId,
      name: data.name,
      prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
      keyHash: hashToken(secret),
      role,
      createdBy: null,
      createdAt: now,
    });
    await audit(tx, now, {
      action: 'api_key.created',
      workspaceId: data.workspaceId,
      target: { type: 'api_key', id: apiKey.id },
      details: { name: data.name, role, via: 'cli' },
    });
    return { apiKey, secret };
  });
}

export interface WorkspaceOverview {
  workspace: WorkspaceRow;
  owners: string[];
  members: number;
}

/** Every workspace with its owners' e-mails and its number of members, by name. */
export async function listAllWorkspaces(ctx: AppContext): Promise<WorkspaceOverview[]> {
  // TODO(repositories): move these two queries into db/repositories/workspaces.ts.
  const rows = await ctx.db.select().from(workspaces).orderBy(asc(workspaces.name), asc(workspaces.id));
  const people = await ctx.db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(users.email));
  const byWorkspace = new Map<string, Array<{ role: string; email: string }>>();
  for (const person of people) {
    const list = byWorkspace.get(person.workspaceId) ?? [];
    list.push(person);
    byWorkspace.set(person.workspaceId, list);
  }
  return rows.map((workspace) => {
    const mine = byWorkspace.get(workspace.id) ?? [];
    return {
      workspace,
      owners: mine.filter((person) => person.role === 'owner').map((person) => person.email),
      members: mine.length,
    };
  });
}
