import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let otherWorkspaceId: string;
let ownerId: string;
let editorId: string;

const DAY = 24 * 60 * 60 * 1000;
const url = (path = '', workspace = workspaceId) => `/api/workspaces/${workspace}/inventory${path}`;

interface Account {
  id: string;
  handle: string;
  owner: { id: string; name: string } | null;
  flags: Array<{ flag: string; params: Record<string, string | number> }>;
}

const flagsOf = (accounts: Account[], handle: string) => accounts.find((account) => account.handle === handle)?.flags.map((f) => f.flag) ?? [];
const list = async () => (await owner.request('GET', url())).json<{ items: Account[] }>().items;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  ownerId = (await owner.request('GET', '/api/session')).json<{ user: { id: string } }>().user.id;
  otherWorkspaceId = (await owner.request('POST', '/api/workspaces', { name: 'Globex', timezone: 'UTC' })).json<{ id: string }>().id;
  const editor = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, {
    email: 'ed@example.com',
    role: 'editor',
    name: 'Ed Editor',
    password: 'editor password 1',
  });
  editorId = editor.json<{ user: { id: string } }>().user.id;
});
afterAll(async () => t.close());

describe('account inventory', () => {
  test('registering by hand returns the account with its owner and flags', async () => {
    const recent = new Date(t.clock.now().getTime() - DAY).toISOString();
    const response = await owner.request('POST', url(), {
      network: 'facebook',
      handle: '@acme.gym',
      displayName: 'Acme Gym',
      url: 'https://facebook.com/acme.gym',
      ownerUserId: ownerId,
      purpose: 'Local members',
      goal: 'sales',
      lastPostAt: recent,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      network: 'facebook',
      handle: '@acme.gym',
      owner: { id: ownerId, name: 'Olivia Owner' },
      connected: false,
      tokenExpiresAt: null,
      lastPostAt: recent,
      flags: [],
    });
  });

  test('flags a duplicate pair, an orphan and a dormant account', async () => {
    const recent = new Date(t.clock.now().getTime() - DAY).toISOString();
    const old = new Date(t.clock.now().getTime() - 30 * DAY).toISOString();
    await owner.request('POST', url(), { network: 'facebook', handle: 'acme_gym_official', ownerUserId: ownerId, lastPostAt: recent });
    await owner.request('POST', url(), { network: 'instagram', handle: 'acmeinsta', lastPostAt: recent });
    await owner.request('POST', url(), { network: 'youtube', handle: 'acmetube', ownerUserId: editorId, lastPostAt: old });
    const accounts = await list();
    expect(flagsOf(accounts, '@acme.gym')).toContain('duplicate');
    expect(flagsOf(accounts, 'acme_gym_official')).toContain('duplicate');
    expect(flagsOf(accounts, 'acmeinsta')).toEqual(['orphaned']);
    expect(flagsOf(accounts, 'acmetube')).toEqual(['dormant']);
    const dormant = accounts.find((account) => account.handle === 'acmetube')?.flags[0];
    expect(dormant?.params).toMatchObject({ daysSinceLastPost: 30, thresholdDays: 7 });
  });

  test('an owner who leaves the workspace makes the account orphaned', async () => {
    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/members/${editorId}`)).statusCode).toBe(200);
    expect(flagsOf(await list(), 'acmetube')).toEqual(expect.arrayContaining(['orphaned', 'dormant']));
  });

  test('after a strategy chose other networks, the rest are off-strategy', async () => {
    const saved = await owner.request('POST', `/api/workspaces/${workspaceId}/strategy`, {
      goals: [{ goal: 'sales', targets: [] }],
      channels: [{ channel: 'facebook' }],
      contentPlan: {
        cadence: [{ channel: 'facebook', postsPerWeek: 7 }],
        mix: { promotionalMaxPercent: 20, dialogueMinPercent: 20, withImageMinPercent: 80 },
        responseTimeTargetMinutes: 60,
      },
      roles: [],
    });
    expect(saved.statusCode).toBe(201);
    const accounts = await list();
    expect(flagsOf(accounts, 'acmeinsta')).toContain('off_strategy');
    expect(flagsOf(accounts, 'acmetube')).toContain('off_strategy');
    expect(flagsOf(accounts, '@acme.gym')).not.toContain('off_strategy');
  });

  test('an owner must be a member: 400 naming ownerUserId', async () => {
    const response = await owner.request('POST', url(), { network: 'x', handle: 'acme', ownerUserId: editorId });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { id: 'validation_failed', details: [{ path: ['ownerUserId'] }] } });
  });

  test('bad input names the field', async () => {
    const response = await owner.request('POST', url(), { network: 'myspace', handle: 'acme' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('network');
  });

  test('updating changes the owner and clears the orphan flag; deleting removes the account', async () => {
    const insta = (await list()).find((account) => account.handle === 'acmeinsta');
    if (!insta) throw new Error('acmeinsta missing');
    const updated = await owner.request('PATCH', url(`/${insta.id}`), { ownerUserId: ownerId, purpose: 'Pictures' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<Account>().owner?.id).toBe(ownerId);
    expect(updated.json<Account>().flags.map((flag) => flag.flag)).toEqual(['off_strategy']);
    expect((await owner.request('DELETE', url(`/${insta.id}`))).json()).toEqual({ ok: true });
    expect((await list()).some((account) => account.id === insta.id)).toBe(false);
    expect((await owner.request('DELETE', url(`/${insta.id}`))).statusCode).toBe(404);
  });

  test("another workspace's account is 404 through this workspace", async () => {
    const foreign = await owner.request('POST', url('', otherWorkspaceId), { network: 'x', handle: 'globex' });
    const foreignId = foreign.json<Account>().id;
    expect((await owner.request('PATCH', url(`/${foreignId}`), { purpose: 'stolen' })).statusCode).toBe(404);
    expect((await owner.request('DELETE', url(`/${foreignId}`))).statusCode).toBe(404);
    expect((await list()).some((account) => account.id === foreignId)).toBe(false);
    expect((await owner.request('GET', url('', otherWorkspaceId))).json<{ items: Account[] }>().items).toHaveLength(1);
  });

  test('an analyst API key may list but not change the inventory', async () => {
    const key = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'ro', role: 'analyst' })).json<{
      secret: string;
    }>().secret;
    const headers = { authorization: `Bearer ${key}` };
    expect((await t.app.inject({ method: 'GET', url: url(), headers })).statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: { ...headers, 'content-type': 'application/json' },
      payload: { network: 'x', handle: 'nope' },
    });
    expect(write.statusCode).toBe(403);
  });
});
