/** Endpoints of the foundation: setup, sign-in, workspaces, members, API keys, audit log. */
import { z } from 'zod';
import { API_KEY_ROLES, WORKSPACE_ROLES } from '../../core/access/permissions.js';
import { LOCALES, emailSchema as email, nameSchema as name, passwordSchema as password, timezoneSchema as timezone } from '../../core/validation.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

export const userSchema = z.object({ id, email: z.string(), name: z.string(), locale: z.enum(LOCALES) });
export const workspaceSchema = z.object({ id, name: z.string(), timezone: z.string(), createdAt: isoDate });
export const membershipSchema = z.object({ workspace: workspaceSchema, role: z.enum(WORKSPACE_ROLES) });
export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  memberships: z.array(membershipSchema),
});
export const memberSchema = z.object({ user: userSchema, role: z.enum(WORKSPACE_ROLES), createdAt: isoDate });
export const apiKeySchema = z.object({
  id,
  name: z.string(),
  prefix: z.string(),
  role: z.enum(API_KEY_ROLES),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
});
export const auditEntrySchema = z.object({
  id: z.number().int(),
  action: z.string(),
  actorUserId: id.nullable(),
  actorApiKeyId: id.nullable(),
  actorName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: isoDate,
});

export const foundationEndpoints = {
  setupStatus: define({
    method: 'GET',
    path: '/api/setup',
    summary: 'Whether the first owner still has to be created',
    auth: 'none',
    response: z.object({ needed: z.boolean() }),
  }),
  completeSetup: define({
    method: 'POST',
    path: '/api/setup',
    summary: 'Create the first owner and workspace with the one-time link printed on first start',
    auth: 'none',
    status: 201,
    body: z.strictObject({
      token: z.string().min(1),
      email,
      name,
      password,
      workspaceName: name,
      locale: z.enum(LOCALES).default('en'),
    }),
    response: sessionSchema,
  }),
  login: define({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in with e-mail and password; sets the session cookie',
    auth: 'none',
    body: z.strictObject({ email, password: z.string().min(1).max(256) }),
    response: sessionSchema,
  }),
  logout: define({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the current session',
    auth: 'session',
    response: ok,
  }),
  getSession: define({
    method: 'GET',
    path: '/api/session',
    summary: 'The signed-in person, the CSRF token for writes, and their workspaces',
    auth: 'session',
    response: sessionSchema,
  }),
  updateMe: define({
    method: 'PATCH',
    path: '/api/me',
    summary: "Change the signed-in person's name or language",
    auth: 'session',
    body: z.strictObject({ name: name.optional(), locale: z.enum(LOCALES).optional() }),
    response: userSchema,
  }),
  changePassword: define({
    method: 'POST',
    path: '/api/me/password',
    summary: "Change the signed-in person's password; their other sessions end",
    auth: 'session',
    body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password }),
    response: ok,
  }),
  listWorkspaces: define({
    method: 'GET',
    path: '/api/workspaces',
    summary: "The workspaces the caller can see (an API key sees its own)",
    auth: 'any',
    response: list(membershipSchema),
  }),
  createWorkspace: define({
    method: 'POST',
    path: '/api/workspaces',
    summary: 'Create a workspace (a brand or a client); the creator becomes its owner',
    auth: 'session',
    status: 201,
    body: z.strictObject({ name, timezone: timezone.default('UTC') }),
    response: workspaceSchema,
  }),
  getWorkspace: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId',
    summary: 'One workspace',
    auth: 'any',
    params: workspaceParams,
    response: workspaceSchema,
  }),
  updateWorkspace: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId',
    summary: "Rename a workspace or change its time zone",
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ name: name.optional(), timezone: timezone.optional() }),
    response: workspaceSchema,
  }),
  deleteWorkspace: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId',
    summary: 'Delete a workspace and everything in it (owners only); the name must be repeated',
    auth: 'session',
    params: workspaceParams,
    body: z.strictObject({ confirmName: z.string() }),
    response: ok,
  }),
  listMembers: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/members',
    summary: 'People in a workspace and their roles',
    auth: 'any',
    params: workspaceParams,
    response: list(memberSchema),
  }),
  addMember: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/members',
    summary: 'Add a person by e-mail; a new person needs a name and an initial password',
    auth: 'any',
    status: 201,
    params: workspaceParams,
    body: z.strictObject({
      email,
      role: z.enum(WORKSPACE_ROLES),
      name: name.optional(),
      password: password.optional(),
    }),
    response: memberSchema,
  }),
  changeMemberRole: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId/members/:userId',
    summary: "Change a member's role",
    auth: 'any',
    params: z.strictObject({ workspaceId: id, userId: id }),
    body: z.strictObject({ role: z.enum(WORKSPACE_ROLES) }),
    response: memberSchema,
  }),
  removeMember: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/members/:userId',
    summary: 'Remove a person from a workspace',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, userId: id }),
    response: ok,
  }),
  listApiKeys: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/api-keys',
    summary: "A workspace's API keys (never their secrets)",
    auth: 'any',
    params: workspaceParams,
    response: list(apiKeySchema),
  }),
  createApiKey: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/api-keys',
    summary: 'Create an API key for this workspace; the secret is shown once',
    auth: 'session',
    status: 201,
    params: workspaceParams,
    body: z.strictObject({ name, role: z.enum(API_KEY_ROLES) }),
    response: z.object({ apiKey: apiKeySchema, secret: z.string() }),
  }),
  deleteApiKey: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/api-keys/:keyId',
    summary: 'Revoke an API key',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, keyId: id }),
    response: ok,
  }),
  listAudit: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/audit',
    summary: "A workspace's audit log, newest first",
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce.number().int().positive().optional(),
    }),
    response: list(auditEntrySchema),
  }),
} as const;

