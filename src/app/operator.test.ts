import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import type { DatabaseHandle } from '../db/connection.js';
import { findMembership } from '../db/repositories/workspaces.js';
import { authenticateApiKey } from './api-keys.js';
import { verifyPassword } from './auth/passwords.js';
import { createAppContext, systemClock, type AppContext } from './context.js';
import { testSecretBox } from './secrets/testing.js';
import { createApiKeyFor, createUser, createWorkspaceFor, listAllWorkspaces } from './operator.js';
import { temporaryMediaStorage } from './media/temporary-storage.js';

let handle: DatabaseHandle;
let ctx: AppContext;

beforeAll(async () => {
  handle = await createTestDatabase();
  ctx = createAppContext({ db: handle.db, clock: systemClock, logger: pino({ level: 'silent' }), secrets: testSecretBox(), media: temporaryMediaStorage().storage });
});

afterAll(async () => {
  await handle?.close();
});

const auditActions = async (workspaceId: string) =>
  (await handle.query<{ action: string; actor_user_id: string | null; details: { via?: string } }>(
    'SELECT action, actor_user_id, details FROM audit_log WHERE workspace_id = $1 ORDER BY id',
    [workspaceId],
  ));

describe('operator use cases', () => {
  it('creates a user with a hashed password and a lower-case e-mail', async () => {
    const user = await createUser(ctx, { email: 'Ada@Example.com', name: ' Ada ', password: 'analytical engine', locale: 'ru' });
    expect(user).toMatchObject({ email: 'ada@example.com', name: 'Ada', locale: 'ru' });
    expect(user.passwordHash).not.toContain('analytical');
    expect(await verifyPassword('analytical engine', user.passwordHash)).toBe(true);
  });

  it('refuses an e-mail that is taken, whatever its case', async () => {
    await expect(createUser(ctx, { email: 'ADA@example.com', name: 'Other', password: 'whatever long' })).rejects.toMatchObject({
      id: 'email_taken',
    });
  });

  it.each([
    [{ email: 'not-an-email', name: 'X', password: 'long enough' }, /^email: /],
    [{ email: 'x@example.com', name: '   ', password: 'long enough' }, /^name: /],
    [{ email: 'x@example.com', name: 'X', password: 'short' }, /^password: at least 8/],
    [{ email: 'x@example.com', name: 'X', password: 'long enough', locale: 'xx' }, /^locale: /],
  ])('refuses bad user input naming the field (%o)', async (input, message) => {
    await expect(createUser(ctx, input)).rejects.toMatchObject({ id: 'validation_failed', message: expect.stringMatching(message) });
  });

  it('creates a workspace owned by an existing person, audited', async () => {
    const { workspace, owner } = await createWorkspaceFor(ctx, { ownerEmail: 'ADA@example.com', name: 'Acme', timezone: 'Europe/Warsaw' });
    expect(workspace).toMatchObject({ name: 'Acme', timezone: 'Europe/Warsaw' });
    expect((await findMembership(ctx.db, workspace.id, owner.id))?.role).toBe('owner');
    expect(await auditActions(workspace.id)).toEqual([{ action: 'workspace.created', actor_user_id: null, details: expect.objectContaining({ via: 'cli' }) }]);
    const listed = await listAllWorkspaces(ctx);
    expect(listed).toContainEqual({ workspace, owners: ['ada@example.com'], members: 1 });
  });

  it('refuses a workspace for an unknown owner or time zone', async () => {
    await expect(createWorkspaceFor(ctx, { ownerEmail: 'nobody@example.com', name: 'X' })).rejects.toMatchObject({ id: 'not_found' });
    await expect(createWorkspaceFor(ctx, { ownerEmail: 'ada@example.com', name: 'X', timezone: 'Mars/Olympus' })).rejects.toMatchObject({
      id: 'validation_failed',
      message: expect.stringMatching(/^timezone: /),
    });
  });

  it('creates an API key whose secret authenticates, audited', async () => {
    const { workspace } = await createWorkspaceFor(ctx, { ownerEmail: 'ada@example.com', name: 'Keys' });
    const { apiKey, secret } = await createApiKeyFor(ctx, { workspaceId: workspace.id, name: 'deploy', role: 'editor' });
    expect(secret).toMatch(/^chrs_/);
    expect(apiKey).toMatchObject({ role: 'editor', createdBy: null, prefix: secret.slice(0, 11) });
    expect((await authenticateApiKey(ctx, secret)).id).toBe(apiKey.id);
    expect((await auditActions(workspace.id)).map((entry) => entry.action)).toEqual(['workspace.created', 'api_key.created']);
  });

  it('refuses an API key with the owner role, for an unknown workspace, or with a bad id', async () => {
    const workspace = (await listAllWorkspaces(ctx)).find((row) => row.workspace.name === 'Keys')?.workspace;
    if (!workspace) throw new Error('the previous test creates the workspace Keys');
    await expect(createApiKeyFor(ctx, { workspaceId: workspace.id, name: 'x', role: 'owner' })).rejects.toMatchObject({
      id: 'validation_failed',
      message: expect.stringMatching(/^role: /),
    });
    await expect(createApiKeyFor(ctx, { workspaceId: '00000000-0000-4000-8000-000000000000', name: 'x', role: 'admin' })).rejects.toMatchObject({
      id: 'not_found',
    });
    await expect(createApiKeyFor(ctx, { workspaceId: 'acme', name: 'x', role: 'admin' })).rejects.toMatchObject({
      message: expect.stringMatching(/^workspaceId: /),
    });
  });
});
