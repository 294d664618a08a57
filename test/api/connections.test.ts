import { gunzipSync } from 'node:zlib';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBackup } from '../../src/app/backup.js';
import { openRecord } from '../../src/app/secrets/secret-box.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let editor: Browser;
let workspaceId: string;
let otherWorkspaceId: string;

interface Account {
  id: string;
  network: string;
  handle: string;
  status: string;
  lastError: { kind: string; message: string } | null;
  rateLimitedUntil: string | null;
  capabilities: string[];
}

const url = (suffix = '', workspace = workspaceId) => `/api/workspaces/${workspace}/connections${suffix}`;
const connectSandbox = async (handle: string, who: Browser = owner) =>
  who.request('POST', url(), { network: 'sandbox', fields: { handle, followers: '800' } });

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  otherWorkspaceId = (await owner.request('POST', '/api/workspaces', { name: 'Globex', timezone: 'UTC' })).json<{ id: string }>().id;
  await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email: 'ed@example.com', role: 'editor', name: 'Ed Editor', password: 'editor password 1' });
  editor = new Browser(t.app);
  await editor.request('POST', '/api/auth/login', { email: 'ed@example.com', password: 'editor password 1' });
});
afterAll(async () => t.close());

describe('networks', () => {
  test('every discovered connector is listed with how it connects and what it can do', async () => {
    const response = await owner.request('GET', '/api/networks');
    expect(response.statusCode).toBe(200);
    const networks = response.json<{ items: Array<{ id: string; connect: { kind: string; fields: Array<{ name: string; secret: boolean; label: Record<string, string> }> }; capabilities: string[] }> }>().items;
    expect(networks.map((network) => network.id)).toEqual(expect.arrayContaining(['bluesky', 'mastodon', 'sandbox', 'telegram', 'x']));
    for (const network of networks) {
      expect(network.capabilities.length).toBeGreaterThan(0);
      for (const field of network.connect.fields) expect(Object.keys(field.label).sort()).toEqual(['en', 'id', 'pl', 'ru']);
    }
  });
});

describe('connected accounts', () => {
  let account: Account;

  test('connecting with credentials stores the account and answers without any secret', async () => {
    const response = await connectSandbox('cafe.sandbox');
    expect(response.statusCode).toBe(201);
    account = response.json<Account>();
    expect(account).toMatchObject({ network: 'sandbox', status: 'healthy', lastError: null, rateLimitedUntil: null });
    const row = await findConnectedAccount(t.ctx.db, workspaceId, account.id);
    const secrets = Object.values(openRecord(t.ctx.secrets, row?.credentialsSealed ?? ''));
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(response.body).not.toContain(secret);
    expect(Object.keys(account)).not.toEqual(expect.arrayContaining(['credentials']));
    const listed = (await owner.request('GET', url())).json<{ items: Account[] }>().items;
    expect(listed.map((item) => item.id)).toEqual([account.id]);
  });

  test('connecting the same network account again renews it instead of adding a second', async () => {
    const again = await connectSandbox('cafe.sandbox');
    expect(again.statusCode).toBe(201);
    expect(again.json<Account>().id).toBe(account.id);
    expect((await owner.request('GET', url())).json<{ items: Account[] }>().items).toHaveLength(1);
  });

  test('the stored credentials are sealed: a dump of the database holds no secret', async () => {
    const row = await findConnectedAccount(t.ctx.db, workspaceId, account.id);
    const secrets = Object.values(openRecord(t.ctx.secrets, row?.credentialsSealed ?? ''));
    expect(secrets.length).toBeGreaterThan(0);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-dump-'));
    const file = path.join(folder, 'dump.backup.gz');
    await createBackup({ handle: t.handle, clock: t.ctx.clock }, file);
    const dump = gunzipSync(await fs.readFile(file)).toString('utf8');
    await fs.rm(folder, { recursive: true });
    expect(dump).toContain(account.id);
    for (const secret of secrets) expect(dump).not.toContain(secret);
    for (const secret of secrets) expect(t.logs.join('\n')).not.toContain(secret);
  });

  test('test connection reaches the network and keeps the account healthy', async () => {
    const response = await owner.request('POST', url(`/${account.id}/test`));
    expect(response.statusCode).toBe(200);
    expect(response.json<Account>()).toMatchObject({ id: account.id, status: 'healthy', handle: 'cafe.sandbox' });
  });

  test('missing or unknown inputs get clear errors, never a 500', async () => {
    const missing = await owner.request('POST', url(), { network: 'sandbox', fields: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { id: string; message: string } }>().error).toMatchObject({ id: 'validation_failed' });
    const unknown = await owner.request('POST', url(), { network: 'myspace', fields: {} });
    expect(unknown.statusCode).toBe(404);
    const wrongMethod = await owner.request('POST', url('/oauth'), { network: 'sandbox', fields: {} });
    expect(wrongMethod.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
  });

  test('roles and workspaces are enforced: editors cannot connect, other workspaces see nothing', async () => {
    expect((await connectSandbox('ed.sandbox', editor)).statusCode).toBe(403);
    expect((await editor.request('GET', url())).statusCode).toBe(200);
    expect((await owner.request('POST', url(`/${account.id}/test`, otherWorkspaceId))).statusCode).toBe(404);
    expect((await owner.request('DELETE', url(`/${account.id}`, otherWorkspaceId))).statusCode).toBe(404);
  });

  test('disconnecting forgets the account and its credentials', async () => {
    expect((await owner.request('DELETE', url(`/${account.id}`))).statusCode).toBe(200);
    expect((await owner.request('GET', url())).json<{ items: Account[] }>().items).toEqual([]);
    expect(await findConnectedAccount(t.ctx.db, workspaceId, account.id)).toBeUndefined();
    expect((await owner.request('POST', url(`/${account.id}/test`))).statusCode).toBe(404);
  });
});
