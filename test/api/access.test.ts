import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_KEY_CACHE_MS } from '../../src/app/api-keys.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let acme: string;
let globex: string;
let acmeKey: string;
let globexKey: string;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId: acme } = await setUpOwner(t));
  globex = (await owner.request('POST', '/api/workspaces', { name: 'Globex', timezone: 'Europe/Warsaw' })).json<{ id: string }>().id;
  acmeKey = (await owner.request('POST', `/api/workspaces/${acme}/api-keys`, { name: 'acme', role: 'admin' })).json<{ secret: string }>()
    .secret;
  globexKey = (await owner.request('POST', `/api/workspaces/${globex}/api-keys`, { name: 'globex', role: 'analyst' })).json<{
    secret: string;
  }>().secret;
});
afterAll(async () => t.close());

describe('API keys', () => {
  test('a key reads its own workspace', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/workspaces/${acme}/members`, headers: bearer(acmeKey) });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  test("a key of another workspace gets 404, so the workspace's existence does not leak", async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/workspaces/${acme}/members`, headers: bearer(globexKey) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { id: 'not_found' } });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/workspaces/00000000-0000-4000-8000-000000000000/members',
      headers: bearer(globexKey),
    });
    expect(missing.json()).toEqual(response.json());
  });

  test('a key lists only its own workspace', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(globexKey) });
    expect(response.json<{ items: Array<{ workspace: { id: string } }> }>().items.map((m) => m.workspace.id)).toEqual([globex]);
  });

  test("an analyst key cannot manage members (403) and a key never creates keys", async () => {
    const members = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${globex}/members`,
      headers: { ...bearer(globexKey), 'content-type': 'application/json' },
      payload: { email: 'x@example.com', role: 'owner', name: 'X', password: 'long enough pass' },
    });
    expect(members.statusCode).toBe(403);
    const key = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${acme}/api-keys`,
      headers: { ...bearer(acmeKey), 'content-type': 'application/json' },
      payload: { name: 'child', role: 'admin' },
    });
    expect(key.statusCode).toBe(403);
  });

  test('the secret is shown once and stored only as a hash', async () => {
    const list = await owner.request('GET', `/api/workspaces/${acme}/api-keys`);
    expect(list.body).not.toContain(acmeKey);
    const rows = await t.handle.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    expect(rows.some((row) => row.key_hash.includes(acmeKey))).toBe(false);
  });

  test('an unknown or revoked key is 401', async () => {
    const created = (await owner.request('POST', `/api/workspaces/${acme}/api-keys`, { name: 'temp', role: 'analyst' })).json<{
      secret: string;
      apiKey: { id: string };
    }>();
    expect((await owner.request('DELETE', `/api/workspaces/${acme}/api-keys/${created.apiKey.id}`)).statusCode).toBe(200);
    const response = await t.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(created.secret) });
    expect(response.statusCode).toBe(401);
    const audit = await owner.request('GET', `/api/workspaces/${acme}/audit`);
    expect(audit.json<{ items: Array<{ action: string }> }>().items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['api_key.created', 'api_key.deleted']),
    );
  });
});

describe('members and roles', () => {
  let analyst: Browser;
  let analystId: string;

  test('an owner adds a new person, who can sign in and sees only that workspace', async () => {
    const added = await owner.request('POST', `/api/workspaces/${acme}/members`, {
      email: 'ana@example.com',
      role: 'analyst',
      name: 'Ana Lyst',
      password: 'analyst password',
    });
    expect(added.statusCode).toBe(201);
    analystId = added.json<{ user: { id: string } }>().user.id;
    analyst = new Browser(t.app);
    expect((await analyst.request('POST', '/api/auth/login', { email: 'ana@example.com', password: 'analyst password' })).statusCode).toBe(
      200,
    );
    const workspaces = await analyst.request('GET', '/api/workspaces');
    expect(workspaces.json<{ items: Array<{ workspace: { id: string }; role: string }> }>().items).toEqual([
      expect.objectContaining({ workspace: expect.objectContaining({ id: acme }), role: 'analyst' }),
    ]);
  });

  test("a member asking for another workspace's objects gets 404", async () => {
    for (const url of [`/api/workspaces/${globex}`, `/api/workspaces/${globex}/members`, `/api/workspaces/${globex}/audit`]) {
      const response = await analyst.request('GET', url);
      expect(response.statusCode, url).toBe(404);
    }
    const rename = await analyst.request('PATCH', `/api/workspaces/${globex}`, { name: 'Pwned' });
    expect(rename.statusCode).toBe(404);
  });

  test('an analyst cannot rename the workspace, see keys or the audit log', async () => {
    expect((await analyst.request('PATCH', `/api/workspaces/${acme}`, { name: 'Renamed' })).statusCode).toBe(403);
    expect((await analyst.request('GET', `/api/workspaces/${acme}/api-keys`)).statusCode).toBe(403);
    expect((await analyst.request('GET', `/api/workspaces/${acme}/audit`)).statusCode).toBe(403);
  });

  test('role changes are audited, and the last owner cannot be demoted or removed', async () => {
    const promoted = await owner.request('PATCH', `/api/workspaces/${acme}/members/${analystId}`, { role: 'admin' });
    expect(promoted.json()).toMatchObject({ role: 'admin' });
    const session = await owner.request('GET', '/api/session');
    const ownerId = session.json<{ user: { id: string } }>().user.id;
    const demote = await owner.request('PATCH', `/api/workspaces/${acme}/members/${ownerId}`, { role: 'editor' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ error: { id: 'last_owner' } });
    const remove = await owner.request('DELETE', `/api/workspaces/${acme}/members/${ownerId}`);
    expect(remove.json()).toMatchObject({ error: { id: 'last_owner' } });
    const audit = await owner.request('GET', `/api/workspaces/${acme}/audit`);
    expect(audit.json<{ items: Array<{ action: string; details: object }> }>().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'member.role_changed', details: { from: 'analyst', to: 'admin' } })]),
    );
  });

  test('an admin cannot make anyone owner', async () => {
    const admin = analyst;
    const response = await admin.request('PATCH', `/api/workspaces/${acme}/members/${analystId}`, { role: 'owner' });
    expect(response.statusCode).toBe(403);
  });

  test('deleting a workspace needs its exact name, removes its data and is audited', async () => {
    const wrong = await owner.request('DELETE', `/api/workspaces/${globex}`, { confirmName: 'globex' });
    expect(wrong.statusCode).toBe(400);
    const right = await owner.request('DELETE', `/api/workspaces/${globex}`, { confirmName: 'Globex' });
    expect(right.statusCode).toBe(200);
    expect((await owner.request('GET', `/api/workspaces/${globex}`)).statusCode).toBe(404);
    const keyAfter = await t.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(globexKey) });
    expect(keyAfter.statusCode).toBe(401);
    const audit = await t.handle.query<{ action: string; target_id: string }>(
      "SELECT action, target_id FROM audit_log WHERE action = 'workspace.deleted'",
    );
    expect(audit).toEqual([{ action: 'workspace.deleted', target_id: globex }]);
  });
});

describe('revocation across api processes', () => {
  test('a key deleted by another process stops working once the 2 s key cache has passed', async () => {
    const created = (await owner.request('POST', `/api/workspaces/${acme}/api-keys`, { name: 'elsewhere', role: 'analyst' })).json<{
      secret: string;
      apiKey: { id: string };
    }>();
    const call = () => t.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(created.secret) });
    expect((await call()).statusCode).toBe(200);
    // Another process revokes it: the row goes, this process's cache does not hear of it.
    await t.handle.query('DELETE FROM api_keys WHERE id = $1', [created.apiKey.id]);
    t.clock.advance(API_KEY_CACHE_MS + 1);
    expect((await call()).statusCode).toBe(401);
  });
});
