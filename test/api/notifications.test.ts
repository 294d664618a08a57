/** In-app notifications: one per member, each person's own list and unread count, marking read. */
import { beforeAll, afterAll, describe, expect, test } from 'vitest';
import { notifyMembers } from '../../src/app/events/notifications.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let editor: Browser;
let editorId: string;
let workspaceId: string;

interface Notifications {
  unread: number;
  items: Array<{ id: string; type: string; payload: Record<string, unknown>; createdAt: string; readAt: string | null }>;
}

const listOf = async (browser: Browser, workspace = workspaceId) => {
  const response = await browser.request('GET', `/api/workspaces/${workspace}/notifications`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Notifications>();
};

const overdue = (waitedMinutes: number) => ({ conversationId: '6d0f7e8a-1111-4aaa-8bbb-000000000001', accountHandle: 'bakery', network: 'sandbox', waitedMinutes, targetMinutes: 30 });

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const added = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email: 'ed@example.com', role: 'editor', name: 'Ed Itor', password: 'editor password' });
  editorId = added.json<{ user: { id: string } }>().user.id;
  editor = new Browser(t.app);
  await editor.request('POST', '/api/auth/login', { email: 'ed@example.com', password: 'editor password' });
});

afterAll(async () => t.close());

describe('notifications', () => {
  test('every member gets their own copy when no recipients are named', async () => {
    expect(await notifyMembers(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue(45) }, t.clock.now())).toBe(2);
    for (const browser of [owner, editor]) {
      const list = await listOf(browser);
      expect(list.unread).toBe(1);
      expect(list.items).toEqual([{ id: expect.any(String), type: 'inbox.response_overdue', payload: overdue(45), createdAt: t.clock.now().toISOString(), readAt: null }]);
    }
  });

  test('named recipients only, newest first; people outside the workspace are skipped', async () => {
    t.clock.advance(60_000);
    const stranger = '00000000-0000-4000-8000-000000000000';
    expect(await notifyMembers(t.ctx.db, { workspaceId, type: 'inbox.conversation_assigned', payload: { conversationId: 'c', assigneeId: editorId, assigneeName: 'Ed Itor', accountHandle: 'bakery' }, userIds: [editorId, stranger] }, t.clock.now())).toBe(1);
    const mine = await listOf(editor);
    expect(mine.unread).toBe(2);
    expect(mine.items.map((item) => item.type)).toEqual(['inbox.conversation_assigned', 'inbox.response_overdue']);
    expect((await listOf(owner)).unread).toBe(1);
  });

  test("marking read: the given ones, never someone else's; then all", async () => {
    const ownerItem = (await listOf(owner)).items[0];
    const [newest] = (await listOf(editor)).items;
    // The owner naming the editor's notification changes nothing.
    expect((await owner.request('POST', `/api/workspaces/${workspaceId}/notifications/read`, { ids: [newest?.id] })).statusCode).toBe(200);
    expect((await listOf(editor)).unread).toBe(2);

    t.clock.advance(1_000);
    expect((await editor.request('POST', `/api/workspaces/${workspaceId}/notifications/read`, { ids: [newest?.id] })).statusCode).toBe(200);
    const afterOne = await listOf(editor);
    expect(afterOne.unread).toBe(1);
    expect(afterOne.items[0]?.readAt).toBe(t.clock.now().toISOString());
    expect(afterOne.items[1]?.readAt).toBeNull();

    expect((await editor.request('POST', `/api/workspaces/${workspaceId}/notifications/read`, {})).statusCode).toBe(200);
    expect((await listOf(editor)).unread).toBe(0);
    expect((await listOf(owner)).items[0]).toEqual(ownerItem);
  });

  test('an API key cannot read notifications (403), and another workspace is 404', async () => {
    const key = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'bot', role: 'admin' })).json<{ secret: string }>().secret;
    const byKey = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/notifications`, headers: { authorization: `Bearer ${key}` } });
    expect(byKey.statusCode).toBe(403);
    const elsewhere = (await owner.request('POST', '/api/workspaces', { name: 'Globex' })).json<{ id: string }>().id;
    expect((await editor.request('GET', `/api/workspaces/${elsewhere}/notifications`)).statusCode).toBe(404);
    expect((await editor.request('POST', `/api/workspaces/${workspaceId}/notifications/read`, { ids: ['not-a-uuid'] })).statusCode).toBe(400);
  });
});
