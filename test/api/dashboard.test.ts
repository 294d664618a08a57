/**
 * The measurement dashboard (A6) through the API: one published Sandbox post with a link gains
 * engagement, is measured, clicked (once by a person, once by a link-preview bot) and brings an
 * order; the dashboard must show each of those where it belongs, with every rate computed from the
 * counts it shows. Also: the empty state, the period rules, and the previous period.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { addSimulatedEngagement } from '../../src/connectors/sandbox/simulation.js';
import type { Dashboard } from '../../src/core/metrics/dashboard.js';
import { DEFAULT_KPIS } from '../../src/core/metrics/kpi-tiles.js';
import { linkRedirectsOf } from '../../src/server/routes/links.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { publishOnSandbox, sandboxContent } from '../support/sandbox-posts.js';

const PUBLIC_URL = 'https://chorus.example';
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
/** The test clock starts on 2026-11-23 (test/support/app.ts); the workspace's zone is UTC. */
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const MINUTE = 60_000;
const SPEND = 90;
const ORDER_AMOUNT = 45;

let t: TestApp;
let owner: Browser;
let workspaceId: string;

const dashboardUrl = (query = '') => `/api/workspaces/${workspaceId}/dashboard${query}`;
async function dashboard(query = ''): Promise<Dashboard> {
  const response = await owner.request('GET', dashboardUrl(query));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Dashboard>();
}
const tile = (board: Dashboard, metric: string) => board.tiles.find((candidate) => candidate.metric === metric);

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  ({ browser: owner, workspaceId } = await setUpOwner(t));
});
afterAll(async () => t.close());

describe('an empty workspace', () => {
  test('has a day for each of the last 30 days, nothing counted, no rate invented, and the default tiles', async () => {
    const board = await dashboard();
    expect(board.period).toEqual({ from: '2026-10-25', to: '2026-11-23', timezone: 'UTC' });
    expect(board.daily.map((day) => day.day)).toHaveLength(30);
    expect(board.daily.every((day) => day.impressions === 0 && day.linkClicks === 0 && day.orders === 0)).toBe(true);
    expect(board.topPosts).toEqual([]);
    expect(board.links).toMatchObject({ clicks: 0, clickThroughRate: null });
    expect(board.money).toMatchObject({ orders: 0, costPerOrder: null, returnOnSpend: null });
    expect(board.hasStrategy).toBe(false);
    expect(board.tiles.map((candidate) => candidate.kpiId)).toEqual(DEFAULT_KPIS.map((kpi) => kpi.id));
    expect(board.tiles.every((candidate) => candidate.target === null)).toBe(true);
    expect(tile(board, 'ctr')).toMatchObject({ value: null, status: 'no_data' });
  });

  test.each([
    ['?from=2026-13-01', 'a month that does not exist'],
    ['?from=2026-11-20&to=2026-11-19', 'a last day before the first'],
    ['?from=2025-01-01&to=2026-11-23', 'more than 366 days'],
    ['?denominator=likes', 'an unknown denominator'],
    ['?from=23.11.2026', 'a date not written YYYY-MM-DD'],
  ])('refuses %s (%s) with validation_failed', async (query) => {
    const response = await owner.request('GET', dashboardUrl(query));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
  });
});

describe('a post that gains engagement, a click and an order', () => {
  let board: Dashboard;
  let postId = '';
  let targetId = '';

  beforeAll(async () => {
    const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'dashboard.sandbox', organic: 'off' } });
    expect(connected.statusCode, connected.body).toBe(201);
    const accountId = connected.json<{ id: string }>().id;

    ({
      post: { id: postId },
      targetId,
    } = await publishOnSandbox(t, owner, workspaceId, { accountId, content: sandboxContent(['Rye is back! https://bakery.example/rye']), campaign: 'Rye' }));

    // People like and share it on the network, and the team asks for fresh figures.
    const [published] = await t.handle.query<{ external_id: string }>('SELECT external_id FROM post_targets WHERE id = $1', [targetId]);
    t.clock.advance(30 * MINUTE);
    await addSimulatedEngagement(connectorStore(t.ctx.db, 'sandbox'), published?.external_id ?? '', { likes: 6, reposts: 3, replies: ['Finally!'] }, t.clock.now());
    const refreshed = await owner.request('POST', `/api/workspaces/${workspaceId}/metrics/refresh`);
    expect(refreshed.statusCode, refreshed.body).toBe(200);

    // A person opens the short link; a network's link-preview fetcher does too.
    const links = await owner.request('GET', `/api/workspaces/${workspaceId}/links?postId=${postId}`);
    const code = links.json<{ items: Array<{ code: string }> }>().items[0]?.code ?? '';
    expect(code).not.toBe('');
    for (const userAgent of [BROWSER_UA, 'Twitterbot/1.0']) {
      const opened = await t.app.inject({ method: 'GET', url: `/l/${code}`, headers: { 'user-agent': userAgent }, remoteAddress: '198.51.100.7' });
      expect(opened.statusCode).toBe(302);
    }
    await linkRedirectsOf(t.app)?.flush();

    // The shop reports an order that came through the link, and the month's ad spend is entered.
    const key = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'shop', role: 'editor' })).json<{ secret: string }>().secret;
    const order = await t.app.inject({
      method: 'POST',
      url: '/api/orders',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'order-7001' },
      payload: JSON.stringify({ orderId: '7001', amount: ORDER_AMOUNT, currency: 'EUR', code, touchedAt: t.clock.now().toISOString() }),
    });
    expect(order.statusCode, order.body).toBe(201);
    const spend = await owner.request('POST', `/api/workspaces/${workspaceId}/spend`, { month: '2026-11', network: 'sandbox', campaign: 'Rye', kind: 'ads', amount: SPEND });
    expect(spend.statusCode, spend.body).toBe(201);

    board = await dashboard(`?from=${MONTH.from}&to=${MONTH.to}`);
  });

  test('shows the post among the top posts with the engagement the network reports', async () => {
    const [top] = board.topPosts;
    expect(top).toMatchObject({ postId, targetId, network: 'sandbox', linkClicks: 1, orders: 1 });
    const history = await owner.request('GET', `/api/workspaces/${workspaceId}/posts/${postId}/metrics`);
    const snapshots = history.json<{ targets: Array<{ snapshots: Array<{ engagements: number; impressions: number | null; reposts: number | null }> }> }>().targets[0]?.snapshots ?? [];
    const latest = snapshots.at(-1);
    expect(latest?.engagements).toBeGreaterThanOrEqual(6 + 3 + 1);
    expect(top?.engagements).toBe(latest?.engagements);
    expect(top?.impressions).toBe(latest?.impressions);
    // Virality is shares ÷ impressions × 100, from the counts shown beside it.
    expect(top?.virality).toBeCloseTo(((top?.reposts ?? 0) / (top?.impressions ?? 1)) * 100, 6);
  });

  test('counts the person’s click and not the bot’s, and puts it on its day', () => {
    expect(board.links).toMatchObject({ clicks: 1, botClicksFiltered: 1 });
    expect(board.daily.find((day) => day.day === '2026-11-23')?.linkClicks).toBe(1);
    expect(board.daily.reduce((sum, day) => sum + day.linkClicks, 0)).toBe(1);
    // CTR: clicks ÷ impressions of the posts that carried a tracked link × 100.
    expect(board.links.clickThroughRate).toBeCloseTo((1 / (board.topPosts[0]?.impressions ?? 1)) * 100, 6);
    expect(tile(board, 'link_clicks')).toMatchObject({ value: 1, status: 'no_target' });
  });

  test('attributes the order to the post and shows cost per order and return on spend', () => {
    expect(board.money).toMatchObject({ currency: 'EUR', orders: 1, revenue: ORDER_AMOUNT, spend: SPEND });
    expect(board.money.costPerOrder).toBe(SPEND / 1);
    expect(board.money.returnOnSpend).toBeCloseTo(((ORDER_AMOUNT - SPEND) / SPEND) * 100, 6);
    expect(board.money.breakdown.find((row) => row.by === 'post' && row.key === postId)).toMatchObject({ orders: 1, revenue: ORDER_AMOUNT });
    expect(tile(board, 'cpo')).toMatchObject({ value: SPEND });
    expect(board.daily.find((day) => day.day === '2026-11-23')).toMatchObject({ orders: 1, revenue: ORDER_AMOUNT });
  });

  test('rolls the figures into the previous period when the period that follows is asked for', async () => {
    const next = await dashboard('?from=2026-11-24&to=2026-11-24');
    expect(next.period).toMatchObject({ from: '2026-11-24', to: '2026-11-24' });
    // The previous period of 2026-11-24 alone is 2026-11-23, the day of the click and the order.
    expect(tile(next, 'link_clicks')).toMatchObject({ value: 0, previous: 1 });
    expect(tile(next, 'orders')).toMatchObject({ value: 0, previous: 1 });
  });
});
