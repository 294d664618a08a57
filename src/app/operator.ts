/**
 * Use cases for the operator at the command line. Whoever can run `chorus` with the database's
 * settings already holds all the data, so there is no actor and no permission check; changes are
 * still audited (with no actor and `via: 'cli'`), so the log shows what was done outside the web UI.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, notFound } from '../core/errors.js';
import { API_KEY_ROLES } from '../core/access/permissions.js';
import { LOCALES, emailSchema as email, nameSchema as name, passwordSchema, timezoneSchema as timezone } from '../core/validation.js';
import type { ApiKeyRow } from '../db/repositories/api-keys.js';
import { findUserByEmail, insertUser, type UserRow } from '../db/repositories/users.js';
import {
  findWorkspace,
  insertWorkspace,
  listAllWorkspacesWithPeople,
  upsertMembership,
  type WorkspaceRow,
} from '../db/repositories/workspaces.js';
import { issueApiKey } from './api-keys.js';
import { audit } from './audit.js';
import { hashPassword } from './auth/passwords.js';
import { setPassword } from './profile.js';
import type { AppContext } from './context.js';

const createUserInput = z.strictObject({
  email,
  name,
  password: passwordSchema,
  locale: z.enum(LOCALES).default('en'),
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
    await audit(tx, now, { action: 'user.created', target: { type: 'user', id: user.id }, details: { email: user.email, via: 'cli' } });
    return user;
  });
}

const resetPasswordInput = z.strictObject({ email, password: passwordSchema });

/** Gives a person a new password and signs them out everywhere: the way back in when it is forgotten. */
export async function resetPassword(ctx: AppContext, input: { email: string; password: string }): Promise<UserRow> {
  const data = parseInput(resetPasswordInput, input);
  const user = await findUserByEmail(ctx.db, data.email);
  if (!user) throw new AppError('not_found', `No user with e-mail ${data.email}`);
  await setPassword(ctx, user.id, data.password, undefined, undefined);
  return user;
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
  return ctx.db.transaction((tx) =>
    issueApiKey(tx, ctx.clock.now(), { ...data, createdBy: null }, undefined, undefined, { via: 'cli' }),
  );
}

export interface WorkspaceOverview {
  workspace: WorkspaceRow;
  owners: string[];
  members: number;
}

/** Every workspace with its owners' e-mails and its number of members, by name. */
export async function listAllWorkspaces(ctx: AppContext): Promise<WorkspaceOverview[]> {
  const rows = await listAllWorkspacesWithPeople(ctx.db);
  return rows.map(({ workspace, people }) => ({
    workspace,
    owners: people.filter((person) => person.role === 'owner').map((person) => person.email),
    members: people.length,
  }));
}
