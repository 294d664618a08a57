/**
 * Measurement end to end (issue 7's proof): a Sandbox post with a link is published; it gains
 * engagement (a comment from a simulated person, and the model's impressions) and shows on the
 * dashboard after "refresh metrics". Its short link, opened in the browser, lands on the shop's
 * page with the UTM parameters and counts one click. An order posted through the orders API with
 * that link's code is attributed to the post and, with the spend entered for the network, shows its
 * cost per order. The PDF report downloads and its first page renders to a non-blank image.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession, NETWORK_CHECK, openGuardedPage, runStepsInOrder, type GuardedPage } from './support/browser.js';
import { firstPageDarkShare } from './support/pdf.js';
import { ARTIFACTS, startServer, stopServer, type RunningServer } from './support/server.js';
import { setUpOwnerInBrowser } from './support/setup.js';

const OWNER = { name: 'Dana Owner', email: 'owner@example.test', password: 'fresh bread at seven' };
const CAMPAIGN = 'Spring loaves';
const COMMENT = 'Is the rye back this week?';
const ORDER = { id: 'ORDER-1001', amount: 24, currency: 'EUR' };
const SPEND = 60;
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const PUBLISHED_WITHIN_MS = 30_000;
const ON_PAGE = { timeout: 20_000 };

interface TargetView {
  id: string;
  status: string;
}

/** A port nobody listens on now (the system picks it). */
async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('measurement in a real browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let shop: http.Server;
  let shopUrl = '';
  let publicUrl = '';
  let guarded: GuardedPage;
  let page: Page;
  let workspaceId = '';
  let accountId = '';
  let postId = '';
  let targetId = '';
  let shortLink = '';
  let headers: Record<string, string> = {};

  const api = (pathname: string) => `${server.url}/api/workspaces/${workspaceId}${pathname}`;
  const analyticsPath = () => `/w/${workspaceId}/analytics`;

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-e2e-measurement-'));
    // The shop the post links to: a page that shows the address it was opened with.
    shop = http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Roti Pagi shop</title><h1>Roti Pagi shop</h1><p id="address">${(request.url ?? '').replace(/[<>&"]/g, '')}</p>`);
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    // Short links are made only where Chorus knows its public address: give it a fixed port.
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    server = await startServer(dataDir, { CHORUS_PORT: String(port), CHORUS_PUBLIC_URL: publicUrl });
    // Headless Chromium says so in its User-Agent, and link tracking rightly counts that as a bot;
    // the person this test plays uses an ordinary desktop Chrome.
    guarded = await openGuardedPage({ userAgent: DESKTOP_CHROME });
    page = guarded.page;
  });

  afterAll(async () => {
    await guarded?.browser.close();
    if (server) expect(await stopServer(server.child)).toMatchObject({ code: 0, signal: null });
    await new Promise((resolve) => shop?.close(resolve));
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  runStepsInOrder('measurement', ARTIFACTS, () => page);

  it('sets up the owner and connects a Sandbox account', async () => {
    const session = await setUpOwnerInBrowser(page, server, { ...OWNER, workspaceName: 'Roti Pagi', locale: 'en' });
    workspaceId = session.workspaceId;
    headers = { 'x-csrf-token': session.csrfToken };
    const connected = await page.request.post(api('/connections'), { headers, data: { network: 'sandbox', fields: { handle: 'roti_pagi', organic: 'off' } } });
    expect(connected.status(), await connected.text()).toBe(201);
    accountId = ((await connected.json()) as { id: string }).id;
  });

  it('publishes a post with a link, which goes out as a short link', async () => {
    const created = await page.request.post(api('/posts'), {
      headers,
      data: {
        content: { parts: [{ text: `Rye is back! Order yours: ${shopUrl}/rye?size=large`, mediaIds: [] }], poll: null, firstComment: null, contentWarning: null },
        targets: [{ accountId }],
        campaign: CAMPAIGN,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const post = (await created.json()) as { id: string; version: number };
    postId = post.id;
    const scheduled = await page.request.post(api(`/posts/${postId}/actions`), {
      headers,
      data: { action: 'schedule', expectedVersion: post.version, scheduledAt: new Date(Date.now() + 2_000).toISOString() },
    });
    expect(scheduled.status(), await scheduled.text()).toBe(200);
    const published = async () => ((await (await page.request.get(api(`/posts/${postId}`))).json()) as { status: string; targets: TargetView[] });
    await expect.poll(async () => (await published()).status, { timeout: PUBLISHED_WITHIN_MS, interval: 500 }).toBe('published');
    targetId = (await published()).targets[0]?.id ?? '';
    expect(targetId).not.toBe('');
    shortLink = await shortLinkOfTarget();
    expect(shortLink).toMatch(new RegExp(`^${publicUrl.replace(/[.]/g, '\\.')}/l/[0-9A-Za-z]+$`));
  });

  it('shows the post on the dashboard once it has gained engagement', async () => {
    const simulated = await page.request.post(api(`/connections/${accountId}/simulate`), { headers, data: { kind: 'comment', text: COMMENT } });
    expect(simulated.status(), await simulated.text()).toBe(200);
    await page.goto(`${server.url}${analyticsPath()}`);
    await openDashboardWithEngagement();
    await page.screenshot({ path: path.join(ARTIFACTS, 'measurement-dashboard.png'), fullPage: true });
  });

  it('counts one click for the short link opened in the browser, which lands with the UTM parameters', async () => {
    await page.goto(shortLink);
    await page.locator('#address').waitFor();
    const landed = new URL(page.url());
    expect(`${landed.origin}${landed.pathname}`).toBe(`${shopUrl}/rye`);
    expect(Object.fromEntries(landed.searchParams)).toMatchObject({ size: 'large', utm_source: 'sandbox', utm_medium: 'social', utm_content: postId });
    expect(landed.searchParams.get('utm_campaign')).toBeTruthy();
    await expect.poll(async () => (await dashboard()).links.clicks, ON_PAGE).toBe(1);
  });

  it('attributes an order posted with the link’s code and shows its cost per order', async () => {
    await postOrderWithCode(shortLink.slice(shortLink.lastIndexOf('/') + 1));
    await enterSpend();
    await expect.poll(async () => (await dashboard()).money.costPerOrder, ON_PAGE).toBe(SPEND);
    await showsCostPerOrder();
  });

  it('downloads the PDF report, whose first page is not blank', async () => {
    const pdf = await downloadPdfReport();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await firstPageDarkShare(pdf, dataDir, path.join(ARTIFACTS, 'measurement-report'))).toBeGreaterThan(0.002);
  });

  it(NETWORK_CHECK, () => {
    expectCleanSession(guarded);
  });

  // -------------------------------------------------------------------------------------------
  // Steps that depend on the pieces' own interfaces.

  interface DashboardView {
    links: { clicks: number };
    money: { orders: number; costPerOrder: number | null };
    topPosts: Array<{ postId: string; engagements: number; impressions: number }>;
  }

  async function dashboard(): Promise<DashboardView> {
    const answer = await page.request.get(api('/dashboard'));
    expect(answer.status(), await answer.text()).toBe(200);
    return (await answer.json()) as DashboardView;
  }

  async function shortLinkOfTarget(): Promise<string> {
    const answer = await page.request.get(api(`/links?postId=${postId}`));
    expect(answer.status(), await answer.text()).toBe(200);
    const links = ((await answer.json()) as { items: Array<{ targetId: string; shortUrl: string | null; targetUrl: string }> }).items;
    expect(links.map((link) => ({ targetId: link.targetId, targetUrl: link.targetUrl }))).toEqual([{ targetId, targetUrl: `${shopUrl}/rye?size=large` }]);
    return links[0]?.shortUrl ?? '';
  }

  /** "Refresh metrics" measures now; the post then shows among the top posts with its engagement. */
  async function openDashboardWithEngagement(): Promise<void> {
    await page.getByTestId('section-analytics').waitFor();
    const row = page.locator(`[data-testid="top-post"][data-post-id="${postId}"]`);
    await page.getByTestId('analytics-refresh').click();
    // The refresh measures in the request and says what it measured: the one post, the one account.
    await expect.poll(() => page.getByTestId('analytics-refreshed').textContent(), ON_PAGE).toBe('Measured just now. Posts: 1, accounts: 1.');
    await row.waitFor(ON_PAGE);
    const top = (await dashboard()).topPosts.find((post) => post.postId === postId);
    // The comment is an engagement the network counts: the post has gained at least that.
    expect(top?.engagements).toBeGreaterThanOrEqual(1);
    expect(await row.textContent()).toContain('Rye is back!');
    await page.locator('[data-testid^="chart-"]').first().waitFor();
  }

  /** The shop's server reports the order with the workspace's API key, as docs/orders.md shows. */
  async function postOrderWithCode(code: string): Promise<void> {
    const key = await page.request.post(api('/api-keys'), { headers, data: { name: 'Shop', role: 'editor' } });
    expect(key.status(), await key.text()).toBe(201);
    const { secret } = (await key.json()) as { secret: string };
    const order = await page.request.post(`${server.url}/api/orders`, {
      headers: { authorization: `Bearer ${secret}`, 'idempotency-key': `order-${ORDER.id}` },
      data: { orderId: ORDER.id, amount: ORDER.amount, currency: ORDER.currency, code, touchedAt: new Date().toISOString() },
    });
    expect(order.status(), await order.text()).toBe(201);
    expect(((await order.json()) as { attribution: { postId: string | null } }).attribution.postId).toBe(postId);
  }

  async function enterSpend(): Promise<void> {
    const month = new Date().toISOString().slice(0, 7);
    const spend = await page.request.post(api('/spend'), { headers, data: { month, network: 'sandbox', campaign: CAMPAIGN, kind: 'ads', amount: SPEND } });
    expect(spend.status(), await spend.text()).toBe(201);
  }

  async function showsCostPerOrder(): Promise<void> {
    await page.goto(`${server.url}${analyticsPath()}`);
    const costPerOrder = page.getByTestId('money-cpo').locator('dd');
    await expect.poll(() => costPerOrder.textContent(), ON_PAGE).toContain(String(SPEND));
    expect(await page.getByTestId('links-clicks').locator('dd').textContent()).toBe('1');
    expect(await page.getByTestId('money-orders').locator('dd').textContent()).toBe('1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'measurement-overview.png'), fullPage: true });

    // The Money tab, opened from its address: this month's cost per order, and the warning that it
    // is above the order's value (60 spent for an order of 24).
    await page.goto(`${server.url}${analyticsPath()}#money`);
    await page.reload();
    const moneyTab = page.getByTestId('money-tile-cpo').locator('dd').first();
    await expect.poll(() => moneyTab.textContent(), ON_PAGE).toContain(String(SPEND));
    expect(await page.getByTestId('money-channel-warning').getAttribute('data-kind')).toBe('above_average_order_value');
    await page.screenshot({ path: path.join(ARTIFACTS, 'measurement-money.png'), fullPage: true });
    await page.goto(`${server.url}${analyticsPath()}`);
  }

  /** The page's "PDF" button is a download link; the browser saves what it answers. */
  async function downloadPdfReport(): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analytics-download-pdf').click()]);
    const saved = path.join(dataDir, 'report.pdf');
    await download.saveAs(saved);
    return fs.readFile(saved);
  }
});
