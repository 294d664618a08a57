/**
 * Orders through the HTTP API: the Idempotency-Key (same key and body: the first answer; same
 * key, other body: 409), validation errors with stable ids (raw e-mails and phones refused),
 * last-click attribution through a short-link code, UTM parameters and a voucher within the
 * workspace's window, the repeat-purchase rate, and permissions.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, OWNER, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let accountId: string;
let postId: string;
let targetId: string;
let shopKey: string;
let analystKey: string;
const CODE = 'Wint3rSale';

interface Order {
  id: string;
  orderId: string;
  amount: number;
  currency: string;
  source: string;
  duplicate: boolean;
  customerHash: string | null;
  touch: { kind: string; value: string; at: string | null } | null;
  attribution: { status: string; reason: string | null; windowDays: number; linkId: string | null; targetId: string | null; postId: string | null; accountId: string | null; network: string | null; campaign: string | null; voucher: string | null };
}

const errorOf = (response: LightMyRequestResponse) => response.json<{ error: { id: string; details: unknown } }>().error;

async function postOrder(body: Record<string, unknown>, key: string | null = randomUUID(), secret = shopKey): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/orders',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }) },
    payload: JSON.stringify(body),
  });
}

async function recorded(body: Record<string, unknown>): Promise<Order> {
  const response = await postOrder(body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Order>();
}

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'bakery.sandbox' } });
  expect(connected.statusCode, connected.body).toBe(201);
  accountId = connected.json<{ id: string }>().id;
  const post = await owner.request('POST', `/api/workspaces/${workspaceId}/posts`, {
    content: { parts: [{ text: 'Winter loaves are back https://bakery.example/winter', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null },
    targets: [{ accountId }],
    campaign: 'Winter Sale',
  });
  expect(post.statusCode, post.body).toBe(201);
  const created = post.json<{ id: string; targets: Array<{ id: string }> }>();
  postId = created.id;
  targetId = created.targets[0]?.id ?? '';
  // The short link the publishing pipeline would have made for this post's link (links' table).
  await t.handle.query(
    'INSERT INTO short_links (id, workspace_id, code, post_id, target_id, account_id, network, campaign, target_url, destination_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
    [randomUUID(), workspaceId, CODE, postId, targetId, accountId, 'sandbox', 'Winter Sale', 'https://bakery.example/winter', 'https://bakery.example/winter?utm_source=sandbox'],
  );
  shopKey = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'shop', role: 'editor' })).json<{ secret: string }>().secret;
  analystKey = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'reports', role: 'analyst' })).json<{ secret: string }>().secret;
});
afterAll(async () => t.close());

describe('POST /api/orders and its Idempotency-Key', () => {
  test('the same key and body answer the first answer; nothing is recorded twice', async () => {
    const key = randomUUID();
    const body = { orderId: 'idem-1', amount: 49.9, currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z' };
    const first = await postOrder(body, key);
    expect(first.statusCode, first.body).toBe(201);
    // The same body with its fields in another order is the same request.
    const again = await postOrder({ currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z', amount: 49.9, orderId: 'idem-1' }, key);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toEqual(first.json());
    const rows = await t.handle.query<{ count: number }>("SELECT count(*)::int AS count FROM orders WHERE order_id = 'idem-1'");
    expect(rows[0]?.count).toBe(1);
  });

  test('the same key with another body is a 409 with a stable id', async () => {
    const key = randomUUID();
    expect((await postOrder({ orderId: 'idem-2', amount: 10, currency: 'EUR' }, key)).statusCode).toBe(201);
    const other = await postOrder({ orderId: 'idem-2', amount: 11, currency: 'EUR' }, key);
    expect(other.statusCode).toBe(409);
    expect(errorOf(other).id).toBe('idempotency_conflict');
  });

  test('a new key for an order id already recorded returns the first order, marked duplicate', async () => {
    const first = await recorded({ orderId: 'idem-3', amount: 20, currency: 'EUR' });
    const second = await recorded({ orderId: 'idem-3', amount: 25, currency: 'EUR' });
    expect(second).toMatchObject({ id: first.id, amount: 20, duplicate: true });
  });

  test('concurrent retries with one key record one order and get the same answer', async () => {
    const key = randomUUID();
    const body = { orderId: 'idem-race', amount: 15, currency: 'EUR' };
    const answers = await Promise.all([postOrder(body, key), postOrder(body, key), postOrder(body, key)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.json<Order>().id)).size).toBe(1);
    // Different keys for one order id at once: one order, the others see it as a duplicate.
    const racing = await Promise.all([1, 2, 3].map(() => postOrder({ orderId: 'id-race', amount: 5, currency: 'EUR' })));
    expect(racing.map((answer) => answer.statusCode)).toEqual([201, 201, 201]);
    expect(racing.filter((answer) => !answer.json<Order>().duplicate)).toHaveLength(1);
    const rows = await t.handle.query<{ count: number }>("SELECT count(*)::int AS count FROM orders WHERE order_id IN ('idem-race', 'id-race')");
    expect(rows[0]?.count).toBe(2);
  });

  test('the key is required; a person (cookie) cannot use this route; an analyst key may not record', async () => {
    const missing = await postOrder({ orderId: 'no-key', amount: 1, currency: 'EUR' }, null);
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing)).toMatchObject({ id: 'validation_failed', details: [{ path: ['headers', 'idempotency-key'] }] });
    const byPerson = await owner.request('POST', '/api/orders', { orderId: 'by-person', amount: 1, currency: 'EUR' });
    expect(byPerson.statusCode).toBe(403);
    const byAnalyst = await postOrder({ orderId: 'by-analyst', amount: 1, currency: 'EUR' }, randomUUID(), analystKey);
    expect(byAnalyst.statusCode).toBe(403);
    expect(errorOf(byAnalyst).id).toBe('forbidden');
  });
});

describe('validation', () => {
  test.each([
    ['a raw e-mail as customer', { customer: 'anna@example.com' }, 'customer'],
    ['a raw phone number as customer', { customer: '+48 601 234 567' }, 'customer'],
    ['a currency that is no ISO 4217 code', { currency: 'euro' }, 'currency'],
    ['a negative amount', { amount: -5 }, 'amount'],
    ['an unknown field', { coupon: 'X' }, ''],
  ])('%s is refused with validation_failed', async (_name, change, field) => {
    const response = await postOrder({ orderId: `bad-${randomUUID()}`, amount: 10, currency: 'EUR', ...change });
    expect(response.statusCode, response.body).toBe(400);
    const error = errorOf(response);
    expect(error.id).toBe('validation_failed');
    if (field) expect(JSON.stringify(error.details)).toContain(field);
  });

  test('nothing of a refused order is stored, not even its customer id', async () => {
    await postOrder({ orderId: 'leak-check', amount: 10, currency: 'EUR', customer: 'leak@example.com' });
    const rows = await t.handle.query("SELECT 1 FROM orders WHERE order_id = 'leak-check' OR customer_hash LIKE '%@%'");
    expect(rows).toEqual([]);
  });
});

describe('last-click attribution', () => {
  test('a short-link code credits the link, its post, target, account, network and campaign', async () => {
    const order = await recorded({ orderId: 'link-1', amount: 80, currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z', code: CODE, touchedAt: '2026-11-20T18:00:00Z' });
    expect(order.attribution).toMatchObject({ status: 'attributed', windowDays: 30, targetId, postId, accountId, network: 'sandbox', campaign: 'Winter Sale' });
    expect(order.attribution.linkId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a touch older than the window is not attributed; a longer window takes it in', async () => {
    const old = await recorded({ orderId: 'window-1', amount: 10, currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z', code: CODE, touchedAt: '2026-10-20T08:00:00Z' });
    expect(old.attribution).toMatchObject({ status: 'not_attributed', reason: 'outside_window', network: null });
    const shortWindow = await owner.request('PUT', `/api/workspaces/${workspaceId}/orders/settings`, { windowDays: 7, currency: 'EUR' });
    expect(shortWindow.statusCode, shortWindow.body).toBe(200);
    const tenDays = await recorded({ orderId: 'window-2', amount: 10, currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z', code: CODE, touchedAt: '2026-11-13T08:00:00Z' });
    expect(tenDays.attribution).toMatchObject({ status: 'not_attributed', reason: 'outside_window', windowDays: 7 });
    await owner.request('PUT', `/api/workspaces/${workspaceId}/orders/settings`, { windowDays: 30, currency: 'EUR' });
    const again = await recorded({ orderId: 'window-3', amount: 10, currency: 'EUR', orderedAt: '2026-11-23T08:00:00Z', code: CODE, touchedAt: '2026-11-13T08:00:00Z' });
    expect(again.attribution).toMatchObject({ status: 'attributed', windowDays: 30 });
  });

  test('the last touch wins: a later non-social visit takes the order away from social', async () => {
    const order = await recorded({
      orderId: 'last-1',
      amount: 10,
      currency: 'EUR',
      orderedAt: '2026-11-23T08:00:00Z',
      touches: [
        { kind: 'link', value: CODE, at: '2026-11-20T08:00:00Z' },
        { kind: 'utm', utm: { source: 'google', medium: 'cpc' }, at: '2026-11-22T08:00:00Z' },
      ],
    });
    expect(order.attribution).toMatchObject({ status: 'not_attributed', reason: 'not_social' });
    expect(order.touch).toMatchObject({ kind: 'utm', value: 'google' });
  });

  test('UTM parameters: the network and campaign, and the post when utm_content names one of the workspace', async () => {
    const networkOnly = await recorded({ orderId: 'utm-1', amount: 10, currency: 'EUR', utm: { source: 'Sandbox', medium: 'social', campaign: 'spring' } });
    expect(networkOnly.attribution).toMatchObject({ status: 'attributed', network: 'sandbox', campaign: 'spring', postId: null, targetId: null, linkId: null });
    const withPost = await recorded({ orderId: 'utm-2', amount: 10, currency: 'EUR', utm: { source: 'sandbox', medium: 'social', campaign: 'winter-sale', content: postId } });
    // The post's own campaign name, not the slug in utm_campaign, so figures group as the posts do.
    expect(withPost.attribution).toMatchObject({ status: 'attributed', network: 'sandbox', campaign: 'Winter Sale', postId, targetId, accountId });
  });

  test('a voucher credits its network, campaign and post; an unknown code credits nothing', async () => {
    const saved = await owner.request('PUT', `/api/workspaces/${workspaceId}/vouchers/BREAD10`, { network: 'sandbox', campaign: 'Winter Sale', postId });
    expect(saved.statusCode, saved.body).toBe(200);
    const order = await recorded({ orderId: 'voucher-1', amount: 30, currency: 'EUR', voucher: 'bread10' });
    expect(order.attribution).toMatchObject({ status: 'attributed', network: 'sandbox', campaign: 'Winter Sale', postId, voucher: 'BREAD10' });
    const unknown = await recorded({ orderId: 'voucher-2', amount: 30, currency: 'EUR', code: 'nosuchcode' });
    expect(unknown.attribution).toMatchObject({ status: 'not_attributed', reason: 'not_social' });
    const none = await recorded({ orderId: 'voucher-3', amount: 30, currency: 'EUR' });
    expect(none.attribution).toMatchObject({ status: 'not_attributed', reason: 'no_touch' });
  });

  test('another workspace cannot use this workspace’s short-link code', async () => {
    const other = await owner.request('POST', '/api/workspaces', { name: 'Other shop', timezone: 'Europe/Warsaw' });
    const otherId = other.json<{ id: string }>().id;
    const otherKey = (await owner.request('POST', `/api/workspaces/${otherId}/api-keys`, { name: 'shop', role: 'editor' })).json<{ secret: string }>().secret;
    const response = await postOrder({ orderId: 'cross-1', amount: 10, currency: 'EUR', code: CODE }, randomUUID(), otherKey);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Order>().attribution).toMatchObject({ status: 'not_attributed', reason: 'not_social' });
    const list = await owner.request('GET', `/api/workspaces/${workspaceId}/orders?limit=1000`);
    expect(list.json<{ items: Order[] }>().items.some((order) => order.orderId === 'cross-1')).toBe(false);
  });
});

describe('repeat-purchase rate and money figures', () => {
  test('customers first brought by social who ordered again, over those customers', async () => {
    // A separate month, so that only these orders count. Customers: a (social, again), b (social,
    // once), c (first elsewhere, then social: not counted), d (social, again twice).
    const inDecember = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00Z`;
    const social = { code: CODE };
    const plan: Array<[string, number, boolean]> = [
      ['cust_aaaaaaaa', 1, true],
      ['cust_aaaaaaaa', 9, false],
      ['cust_bbbbbbbb', 2, true],
      ['cust_cccccccc', 1, false],
      ['cust_cccccccc', 5, true],
      ['cust_dddddddd', 3, true],
      ['cust_dddddddd', 4, true],
      ['cust_dddddddd', 6, false],
    ];
    for (const [index, [customer, day, fromSocial]] of plan.entries()) {
      await recorded({ orderId: `rep-${index}`, amount: 100, currency: 'EUR', customer, orderedAt: inDecember(day), ...(fromSocial ? { ...social, touchedAt: inDecember(day) } : {}) });
    }
    const spend = await owner.request('POST', `/api/workspaces/${workspaceId}/spend`, { month: '2026-12', network: 'sandbox', campaign: 'Winter Sale', kind: 'ads', amount: 150 });
    expect(spend.statusCode, spend.body).toBe(201);
    const hours = await owner.request('POST', `/api/workspaces/${workspaceId}/spend`, { month: '2026-12', network: 'sandbox', kind: 'hours', hours: 5, hourlyRate: 30 });
    expect(hours.json<{ cost: number }>().cost).toBe(150);

    const figures = await owner.request('GET', `/api/workspaces/${workspaceId}/orders/figures?from=2026-12-01&to=2026-12-31`);
    expect(figures.statusCode, figures.body).toBe(200);
    const body = figures.json<{ money: Record<string, unknown> & { breakdown: Array<Record<string, unknown>> }; repeatCustomers: unknown; daily: Array<{ day: string; orders: number }>; byTarget: unknown[] }>();
    // 5 social orders of 100; spend 150 + 5 × 30 = 300.
    expect(body.money).toMatchObject({ currency: 'EUR', orders: 5, revenue: 500, spend: 300, costPerOrder: 60, returnOnSpend: 66.67, averageOrderValue: 100 });
    // a and d repeat out of a, b, d: 2 ÷ 3 × 100.
    expect(body.repeatCustomers).toEqual({ socialCustomers: 3, repeatCustomers: 2 });
    expect(body.money.repeatPurchaseRate).toBe(66.67);
    expect(body.money.breakdown).toContainEqual({ by: 'network', key: 'sandbox', label: 'sandbox', orders: 5, revenue: 500, spend: 300, costPerOrder: 60 });
    expect(body.money.breakdown).toContainEqual({ by: 'campaign', key: 'Winter Sale', label: 'Winter Sale', orders: 5, revenue: 500, spend: 150, costPerOrder: 30 });
    expect(body.byTarget).toEqual([{ targetId, orders: 5, revenue: 500 }]);
    expect(body.daily).toHaveLength(31);
    expect(body.daily.find((row) => row.day === '2026-12-04')?.orders).toBe(1);
  });

  test('an analyst reads the figures but cannot enter spend', async () => {
    const analyst = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/orders/figures?from=2026-12-01&to=2026-12-31`, headers: { authorization: `Bearer ${analystKey}` } });
    expect(analyst.statusCode).toBe(200);
    const write = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/spend`, headers: { authorization: `Bearer ${analystKey}`, 'content-type': 'application/json' }, payload: JSON.stringify({ month: '2026-12', kind: 'ads', amount: 1 }) });
    expect(write.statusCode).toBe(403);
  });
});

describe('the audit log', () => {
  test('keeps who changed spend, channel figures, vouchers and settings, and what they set', async () => {
    const base = `/api/workspaces/${workspaceId}`;
    const created = await owner.request('POST', `${base}/spend`, { month: '2026-10', network: 'sandbox', kind: 'tools', amount: 19 });
    expect(created.statusCode, created.body).toBe(201);
    const spendId = created.json<{ id: string }>().id;
    expect((await owner.request('PUT', `${base}/spend/${spendId}`, { month: '2026-10', network: 'sandbox', kind: 'tools', amount: 29 })).statusCode).toBe(200);
    expect((await owner.request('DELETE', `${base}/spend/${spendId}`)).statusCode).toBe(200);
    const channel = await owner.request('PUT', `${base}/channels`, { month: '2026-10', channel: 'seo', spend: 300, orders: 12, revenue: 900 });
    expect(channel.statusCode, channel.body).toBe(200);
    expect((await owner.request('DELETE', `${base}/channels/${channel.json<{ id: string }>().id}`)).statusCode).toBe(200);
    expect((await owner.request('PUT', `${base}/vouchers/AUDIT10`, { network: 'sandbox' })).statusCode).toBe(200);
    expect((await owner.request('DELETE', `${base}/vouchers/AUDIT10`)).statusCode).toBe(200);
    expect((await owner.request('PUT', `${base}/orders/settings`, { windowDays: 14, currency: 'EUR' })).statusCode).toBe(200);

    const log = await owner.request('GET', `${base}/audit?limit=20`);
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json<{ items: Array<{ action: string; actorName: string | null; targetId: string | null; details: Record<string, unknown> }> }>().items;
    expect(entries.slice(0, 8).map((entry) => entry.action)).toEqual([
      'orders.settings_changed',
      'voucher.deleted',
      'voucher.saved',
      'channel_figures.deleted',
      'channel_figures.saved',
      'spend.deleted',
      'spend.updated',
      'spend.created',
    ]);
    expect(entries.find((entry) => entry.action === 'spend.updated')).toMatchObject({ targetId: spendId, details: { amount: 29, kind: 'tools' } });
    expect(entries.find((entry) => entry.action === 'orders.settings_changed')).toMatchObject({ details: { windowDays: 14 } });
    expect(entries[0]?.actorName).toBe(OWNER.name);
  });
});
