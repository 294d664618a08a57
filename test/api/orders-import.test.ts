/**
 * Orders and money through the HTTP API, second part: CSV import of orders, spend and channel
 * figures (every bad row with its line, nothing imported from a file with errors unless the good
 * rows are asked for), the channel comparison and its warning, and the thank-you-page script
 * run in a Node `vm` context as a browser would run it (first-party storage of the UTM touch,
 * SHA-256 of the customer in the page, the order sent to the public shop route with CORS).
 */
import { createHash, randomUUID, webcrypto } from 'node:crypto';
import vm from 'node:vm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let postId: string;
let shopKey: string;

interface ImportAnswer {
  dryRun: boolean;
  rows: number;
  goodRows: number;
  imported: number;
  errors: Array<{ line: number; code: string; reason: string }>;
}
interface Figures {
  money: { orders: number; revenue: number; spend: number; costPerOrder: number | null };
  channels: { currency: string; channels: Array<{ channel: string; spend: number; orders: number; revenue: number; costPerOrder: number | null }>; warning: null | { kind: string; socialCostPerOrder: number; comparedWith: number } };
}

const errorOf = (response: LightMyRequestResponse) => response.json<{ error: { id: string; details: { errors?: ImportAnswer['errors']; rows?: number; goodRows?: number } } }>().error;
const figures = async (from: string, to: string) => {
  const response = await owner.request('GET', `/api/workspaces/${workspaceId}/orders/figures?from=${from}&to=${to}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Figures>();
};
async function apiOrder(body: Record<string, unknown>): Promise<void> {
  const response = await t.app.inject({ method: 'POST', url: '/api/orders', headers: { authorization: `Bearer ${shopKey}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, payload: JSON.stringify(body) });
  expect(response.statusCode, response.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'bakery.sandbox' } });
  const accountId = connected.json<{ id: string }>().id;
  const post = await owner.request('POST', `/api/workspaces/${workspaceId}/posts`, {
    content: { parts: [{ text: 'Spring rolls https://bakery.example/spring', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null },
    targets: [{ accountId }],
    campaign: 'Spring',
  });
  postId = post.json<{ id: string }>().id;
  shopKey = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'shop', role: 'editor' })).json<{ secret: string }>().secret;
});
afterAll(async () => t.close());

describe('CSV import of orders', () => {
  const csv = [
    'order_id,ordered_at,amount,currency,customer,utm_source,utm_campaign',
    'csv-1,2027-03-02T10:00:00Z,40,EUR,cust_11111111,sandbox,spring',
    'csv-2,2027-03-03T10:00:00Z,"12,50",EUR,,,',
    'csv-3,2027-03-03,abc,EUR,,,',
    'csv-4,2027-03-04T10:00:00Z,10,EUR,anna@example.com,,',
    '"csv-5",2027-03-04T10:00:00Z,10,EUR,,"sandbox","two',
    'lines"',
    'csv-6,not a date,10,EUR,,,',
  ].join('\n');

  test('a file with bad rows imports nothing and reports every bad row with its line', async () => {
    const response = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/import`, { csv });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.id).toBe('validation_failed');
    expect(error.details.errors?.map((row) => [row.line, row.code])).toEqual([
      [4, 'bad_amount'],
      [5, 'bad_customer'],
      // The quoted field on line 6 spans two lines, so the next row starts on line 8.
      [8, 'bad_date'],
    ]);
    expect(error.details).toMatchObject({ rows: 6, goodRows: 3 });
    const stored = await t.handle.query("SELECT 1 FROM orders WHERE order_id LIKE 'csv-%'");
    expect(stored).toEqual([]);
  });

  test('a dry run reads only; importing the good rows imports them; a second import reports them as already recorded', async () => {
    const dry = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/import`, { csv, dryRun: true });
    expect(dry.json<ImportAnswer>()).toMatchObject({ dryRun: true, rows: 6, goodRows: 3, imported: 0 });
    const good = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/import`, { csv, importGoodRows: true });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json<ImportAnswer>()).toMatchObject({ dryRun: false, rows: 6, goodRows: 3, imported: 3 });
    const list = (await owner.request('GET', `/api/workspaces/${workspaceId}/orders`)).json<{ items: Array<{ orderId: string; source: string; amount: number; attribution: { status: string; network: string | null; campaign: string | null } }> }>().items;
    expect(list.filter((order) => order.orderId.startsWith('csv-')).map((order) => [order.orderId, order.source, order.amount, order.attribution.network, order.attribution.campaign]).sort()).toEqual([
      ['csv-1', 'csv', 40, 'sandbox', 'spring'],
      ['csv-2', 'csv', 12.5, null, null],
      ['csv-5', 'csv', 10, 'sandbox', 'two\nlines'],
    ]);
    const again = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/import`, { csv: 'order_id,ordered_at,amount,currency\ncsv-1,2027-03-02T10:00:00Z,40,EUR\n' });
    expect(errorOf(again).details.errors).toMatchObject([{ line: 2, code: 'duplicate_order' }]);
  });

  test('a file without its required columns is refused as a whole', async () => {
    const response = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/import`, { csv: 'order_id,amount\nx,1\n' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.errors).toMatchObject([{ line: 1, code: 'missing_columns' }]);
  });
});

describe('channel comparison and its warning', () => {
  test("social's cost per order above its average order value", async () => {
    // January 2027: 10 social orders of 50 (AOV 50) and 600 spent: CPO 60.
    for (let index = 0; index < 10; index += 1) await apiOrder({ orderId: `jan-${index}`, amount: 50, currency: 'EUR', orderedAt: '2027-01-10T10:00:00Z', utm: { source: 'sandbox' } });
    const spend = await owner.request('POST', `/api/workspaces/${workspaceId}/spend/import`, { csv: 'month,network,kind,amount,hours,hourly_rate\n2027-01,sandbox,ads,400,,\n2027-01,sandbox,hours,,4,50\n' });
    expect(spend.json<ImportAnswer>()).toMatchObject({ imported: 2 });
    const channels = await owner.request('POST', `/api/workspaces/${workspaceId}/channels/import`, { csv: 'month,channel,spend,orders,revenue\n2027-01,SEO,900,10,2000\n' });
    expect(channels.json<ImportAnswer>()).toMatchObject({ imported: 1 });
    const result = await figures('2027-01-01', '2027-01-31');
    expect(result.channels.channels).toEqual([
      { channel: 'social', spend: 600, orders: 10, revenue: 500, costPerOrder: 60 },
      { channel: 'seo', spend: 900, orders: 10, revenue: 2000, costPerOrder: 90 },
    ]);
    expect(result.channels.warning).toEqual({ kind: 'above_average_order_value', socialCostPerOrder: 60, comparedWith: 50 });
  });

  test('social the worst of all channels; entering better figures for social clears the warning', async () => {
    // February 2027: social 10 orders of 100, 400 spent (CPO 40); search ads 30, e-mail 5.
    for (let index = 0; index < 10; index += 1) await apiOrder({ orderId: `feb-${index}`, amount: 100, currency: 'EUR', orderedAt: '2027-02-10T10:00:00Z', utm: { source: 'sandbox' } });
    const ads = await owner.request('POST', `/api/workspaces/${workspaceId}/spend`, { month: '2027-02', network: 'sandbox', kind: 'ads', amount: 400 });
    expect(ads.statusCode, ads.body).toBe(201);
    for (const body of [
      { month: '2027-02', channel: 'search_ads', spend: 300, orders: 10, revenue: 900 },
      { month: '2027-02', channel: 'email', spend: 50, orders: 10, revenue: 800 },
    ]) {
      const saved = await owner.request('PUT', `/api/workspaces/${workspaceId}/channels`, body);
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect((await figures('2027-02-01', '2027-02-28')).channels.warning).toEqual({ kind: 'worst_channel', socialCostPerOrder: 40, comparedWith: 30 });
    // The ads cost less than entered: 200 → CPO 20, below search ads' 30.
    const id = ads.json<{ id: string }>().id;
    const changed = await owner.request('PUT', `/api/workspaces/${workspaceId}/spend/${id}`, { month: '2027-02', network: 'sandbox', kind: 'ads', amount: 200 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await figures('2027-02-01', '2027-02-28')).channels.warning).toBeNull();
    // Deleting the spend leaves social at CPO 0.
    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/spend/${id}`)).statusCode).toBe(200);
    expect((await figures('2027-02-01', '2027-02-28')).money).toMatchObject({ spend: 0, costPerOrder: 0 });
  });

  test('bad channel rows are reported by line', async () => {
    const response = await owner.request('POST', `/api/workspaces/${workspaceId}/channels/import`, { csv: 'month,channel,spend,orders,revenue\n2027-04,seo,1,1,1\n2027-4,seo,1,1,1\n2027-04,social,1,1,1\n' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.errors?.map((row) => [row.line, row.code])).toEqual([
      [3, 'bad_month'],
      [4, 'bad_channel'],
    ]);
  });
});

describe('the thank-you-page script', () => {
  /** A page of the shop: the script from `/shop.js` run in its own context, with the shop's storage. */
  async function openPage(search: string, storage: Map<string, string>, before = ''): Promise<vm.Context> {
    const script = await t.app.inject({ method: 'GET', url: '/shop.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    const tag = (await owner.request('GET', `/api/workspaces/${workspaceId}/orders/settings`)).json<{ shopTag: string }>().shopTag;
    const context = vm.createContext({
      URL,
      URLSearchParams,
      TextEncoder,
      console,
      document: { currentScript: { src: 'http://localhost:8080/shop.js', getAttribute: (name: string) => (name === 'data-shop' ? tag : null) } },
      location: { search },
      localStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
      crypto: { subtle: webcrypto.subtle },
      fetch: async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
        const response = await t.app.inject({ method: 'POST', url: new URL(url).pathname, headers: { ...init.headers, origin: 'https://bakery.example' }, payload: init.body });
        sent.push(response);
        return { ok: response.statusCode < 300, status: response.statusCode, json: async () => response.json() };
      },
    });
    context.window = context;
    if (before) vm.runInContext(before, context);
    vm.runInContext(script.body, context);
    return context;
  }
  const sent: LightMyRequestResponse[] = [];

  test('a visit from a post keeps its UTM touch; the order on the thank-you page carries it and a hashed customer', async () => {
    const tag = await owner.request('POST', `/api/workspaces/${workspaceId}/orders/shop-tag`);
    expect(tag.statusCode, tag.body).toBe(200);
    expect(tag.json<{ shopTag: string }>().shopTag).toMatch(/^shop_/);
    const storage = new Map<string, string>();
    await openPage(`?utm_source=sandbox&utm_medium=social&utm_campaign=spring&utm_content=${postId}`, storage);
    expect(JSON.parse(storage.get('chorus_touches') ?? '[]')).toMatchObject([{ kind: 'utm', utm: { source: 'sandbox', content: postId } }]);
    // The thank-you page calls chorus() before the script has loaded: the call waits in the queue.
    const stub = 'window.chorus=window.chorus||function(){(window.chorus.q=window.chorus.q||[]).push(arguments);return Promise.resolve();};chorus("order",{id:"web-1",amount:"64.5",currency:"eur",customer:" Anna@Example.com "});';
    await openPage('', storage, stub);
    await vi_waitFor(() => sent.length === 1);
    const response = sent[0];
    expect(response?.statusCode, response?.body).toBe(201);
    expect(response?.headers['access-control-allow-origin']).toBe('*');
    expect(response?.json()).toEqual({ ok: true, attributed: true, duplicate: false });
    const [row] = await t.handle.query<{ source: string; customer_hash: string; amount: string; network: string; post_id: string; campaign: string }>("SELECT source, customer_hash, amount::text, network, post_id, campaign FROM orders WHERE order_id = 'web-1'");
    expect(row).toEqual({ source: 'script', customer_hash: createHash('sha256').update('anna@example.com').digest('hex'), amount: '64.5000', network: 'sandbox', post_id: postId, campaign: 'Spring' });
  });

  test('the order route answers a CORS preflight, refuses an unknown tag and limits the rate', async () => {
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/shop/shop_abcdefgh123/orders', headers: { origin: 'https://bakery.example', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toContain('content-type');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/shop/shop_unknown123/orders', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ orderId: 'x', amount: 1, currency: 'EUR' }) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['access-control-allow-origin']).toBe('*');
    const tag = (await owner.request('GET', `/api/workspaces/${workspaceId}/orders/settings`)).json<{ shopTag: string }>().shopTag;
    const statuses: number[] = [];
    for (let index = 0; index < 25; index += 1) {
      const response = await t.app.inject({ method: 'POST', url: `/api/shop/${tag}/orders`, remoteAddress: '203.0.113.9', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ orderId: `burst-${index}`, amount: 1, currency: 'EUR' }) });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });

  test('a renewed tag makes the old one stop working', async () => {
    const old = (await owner.request('GET', `/api/workspaces/${workspaceId}/orders/settings`)).json<{ shopTag: string }>().shopTag;
    const renewed = (await owner.request('POST', `/api/workspaces/${workspaceId}/orders/shop-tag`)).json<{ shopTag: string }>().shopTag;
    expect(renewed).not.toBe(old);
    const response = await t.app.inject({ method: 'POST', url: `/api/shop/${old}/orders`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ orderId: 'after-renew', amount: 1, currency: 'EUR' }) });
    expect(response.statusCode).toBe(404);
  });
});

async function vi_waitFor(done: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !done(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
}
