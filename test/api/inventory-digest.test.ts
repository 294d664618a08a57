/**
 * The weekly inventory digest (S5): due from Monday 09:00 in each workspace's own time zone, sent
 * once per week as an in-app notification to the people who manage accounts and as a webhook
 * event, and never to a workspace with nothing in its inventory.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sendInventoryDigests } from '../../src/app/strategy/digest.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let editor: Browser;
let acmeId: string;
let newYorkId: string;

const DAY = 86_400_000;

interface Notification {
  type: string;
  payload: Record<string, unknown>;
}

async function digestsSeenBy(browser: Browser, workspaceId: string): Promise<Notification[]> {
  const response = await browser.request('GET', `/api/workspaces/${workspaceId}/notifications`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Notification[] }>().items.filter((item) => item.type === 'inventory.weekly_digest');
}

async function register(workspaceId: string, account: Record<string, unknown>): Promise<string> {
  const response = await owner.request('POST', `/api/workspaces/${workspaceId}/inventory`, account);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

beforeAll(async () => {
  // The test clock starts on Monday 2026-11-23 at 09:00 UTC: 04:00 in New York.
  t = await createTestApp({ webhookSettings: { allowPrivateAddresses: true } });
  ({ browser: owner, workspaceId: acmeId } = await setUpOwner(t));
  newYorkId = (await owner.request('POST', '/api/workspaces', { name: 'Globex NY', timezone: 'America/New_York' })).json<{ id: string }>().id;
  await owner.request('POST', '/api/workspaces', { name: 'Empty', timezone: 'UTC' });
  await owner.request('POST', `/api/workspaces/${acmeId}/members`, { email: 'ed@example.com', role: 'editor', name: 'Ed Editor', password: 'editor password 1' });
  editor = new Browser(t.app);
  await editor.request('POST', '/api/auth/login', { email: 'ed@example.com', password: 'editor password 1' });
});
afterAll(async () => t.close());

describe('weekly inventory digest', () => {
  let orphanId: string;
  let webhookId: string;

  test('goes to the account managers and the webhooks of a workspace whose Monday 09:00 has come', async () => {
    const ownerId = (await owner.request('GET', '/api/session')).json<{ user: { id: string } }>().user.id;
    await register(acmeId, { network: 'facebook', handle: 'acme.gym', ownerUserId: ownerId, lastPostAt: new Date(t.clock.now().getTime() - DAY).toISOString() });
    orphanId = await register(acmeId, { network: 'instagram', handle: 'acme_old' });
    await register(newYorkId, { network: 'x', handle: 'globex' });
    const hook = await owner.request('POST', `/api/workspaces/${acmeId}/webhooks`, { url: 'http://127.0.0.1:9/hook', eventTypes: ['inventory.weekly_digest'] });
    expect(hook.statusCode, hook.body).toBe(201);
    webhookId = hook.json<{ endpoint: { id: string } }>().endpoint.id;

    expect(await sendInventoryDigests(t.ctx)).toBe(1);

    const [digest] = await digestsSeenBy(owner, acmeId);
    expect(digest?.payload).toEqual({
      week: '2026-W48',
      accountCount: 2,
      flaggedCount: 1,
      flagCounts: { duplicate: 0, orphaned: 1, dormant: 1, off_strategy: 0, token_expiring: 0 },
      accounts: [{ accountId: orphanId, network: 'instagram', handle: 'acme_old', flags: ['orphaned', 'dormant'] }],
    });
    // Editors cannot manage accounts, so the digest is not theirs to act on.
    expect(await digestsSeenBy(editor, acmeId)).toEqual([]);
    const deliveries = await owner.request('GET', `/api/workspaces/${acmeId}/webhooks/${webhookId}/deliveries`);
    expect(deliveries.json<{ items: Array<{ eventType: string }> }>().items.map((item) => item.eventType)).toEqual(['inventory.weekly_digest']);
    // New York's Monday morning has not reached 09:00 yet.
    expect(await digestsSeenBy(owner, newYorkId)).toEqual([]);
  });

  test('is sent once a week however often the hourly job runs', async () => {
    t.clock.advance(30 * 60_000);
    expect(await sendInventoryDigests(t.ctx)).toBe(0);
    expect(await digestsSeenBy(owner, acmeId)).toHaveLength(1);
  });

  test("reaches New York at 09:00 New York time, and everyone again the next week", async () => {
    t.clock.advance(5.5 * 3_600_000); // 14:30 UTC, 09:30 in New York
    expect(await sendInventoryDigests(t.ctx)).toBe(1);
    expect((await digestsSeenBy(owner, newYorkId)).map((digest) => digest.payload.week)).toEqual(['2026-W48']);

    t.clock.advance(7 * DAY);
    expect(await sendInventoryDigests(t.ctx)).toBe(2);
    expect((await digestsSeenBy(owner, acmeId)).map((digest) => digest.payload.week)).toEqual(['2026-W49', '2026-W48']);
  });
});
