/**
 * Tracked links (A3) end to end: a sandbox post published with its links replaced by short links,
 * the public redirect with UTM parameters, clicks counted with bots filtered and unique visitors
 * per day, no open redirect, the tracking setting and the coach's finding when it is off.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { linkClickFigures, listTrackedTargetIds } from '../../src/app/links/figures.js';
import { LinkRedirects } from '../../src/app/links/redirect.js';
import { withTrackedLinks } from '../../src/app/links/tracking.js';
import { publishTarget } from '../../src/app/publishing/pipeline.js';
import type { ConnectorStore } from '../../src/connectors/contract.js';
import { injectSandboxFault, readSandboxPost, sandboxPostTexts } from '../../src/connectors/sandbox/simulation.js';
import { listTargetsOf } from '../../src/db/repositories/posts.js';
import { linkRedirectsOf } from '../../src/server/routes/links.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { connectSandboxAccount, publishOnSandbox, sandboxContent } from '../support/sandbox-posts.js';

const PUBLIC_URL = 'https://chorus.example';
const SHORT = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}/l/([0-9A-Za-z]{10})`, 'g');
const MINUTE = 60_000;
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let store: ConnectorStore;
let account: { id: string; externalId: string };
let handleNumber = 0;

interface Post {
  id: string;
  version: number;
  targets: Array<{ id: string; status: string }>;
}
interface ShortLinkItem {
  code: string;
  shortUrl: string | null;
  postId: string;
  targetId: string;
  targetUrl: string;
  destinationUrl: string;
  clicks: number;
  botClicks: number;
  uniqueVisitors: number;
}

const connectAccount = () => connectSandboxAccount(t, owner, workspaceId, `links${(handleNumber += 1)}.sandbox`);

/** Creates, schedules and publishes a post on the test's account; returns the post and its target. */
async function published(parts: string[], options: { campaign?: string; firstComment?: string } = {}): Promise<{ post: Post; targetId: string }> {
  return publishOnSandbox<Post>(t, owner, workspaceId, { accountId: account.id, content: sandboxContent(parts, options.firstComment ?? null), ...(options.campaign ? { campaign: options.campaign } : {}) });
}

const codesIn = (text: string) => [...text.matchAll(SHORT)].map((match) => match[1] ?? '');
const open = (code: string, headers: Record<string, string> = { 'user-agent': BROWSER_UA }, remoteAddress = '198.51.100.20') =>
  t.app.inject({ method: 'GET', url: `/l/${code}`, headers, remoteAddress });
async function flush(): Promise<void> {
  const redirects = linkRedirectsOf(t.app);
  if (!redirects) throw new Error('the server has no link redirects');
  await redirects.flush();
}
async function links(postId?: string): Promise<ShortLinkItem[]> {
  const response = await owner.request('GET', `/api/workspaces/${workspaceId}/links${postId ? `?postId=${postId}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: ShortLinkItem[] }>().items;
}

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  store = connectorStore(t.ctx.db, 'sandbox');
});
afterAll(async () => t.close());
beforeEach(async () => {
  account = await connectAccount();
});

describe('publishing with tracked links', () => {
  test('the published text carries a short link that redirects with UTM parameters and counts one click', async () => {
    const { post } = await published(['Winter loaves are back: https://bakery.example/winter?size=large#order. Come early!'], { campaign: 'Winter Bread' });
    const [text] = await sandboxPostTexts(store, account.externalId);
    const [code] = codesIn(text ?? '');
    expect(code).toBeDefined();
    expect(text).toBe(`Winter loaves are back: ${PUBLIC_URL}/l/${code}. Come early!`);

    const response = await open(code ?? '');
    expect(response.statusCode).toBe(302);
    expect(response.headers['cache-control']).toContain('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const location = String(response.headers.location);
    expect(location.startsWith('https://bakery.example/winter?size=large&')).toBe(true);
    expect(location.endsWith('#order')).toBe(true);
    const query = new URL(location).searchParams;
    expect(Object.fromEntries([...query].filter(([name]) => name.startsWith('utm_')))).toEqual({
      utm_source: 'sandbox',
      utm_medium: 'social',
      utm_campaign: 'winter-bread',
      utm_content: post.id,
    });

    await flush();
    expect(await links(post.id)).toMatchObject([{ code, shortUrl: `${PUBLIC_URL}/l/${code}`, targetUrl: 'https://bakery.example/winter?size=large#order', clicks: 1, botClicks: 0, uniqueVisitors: 1 }]);
  });

  test('every part of a thread gets its links tracked, one short link per address', async () => {
    const { post, targetId } = await published(['One: https://bakery.example/a', 'Two: https://bakery.example/b and again https://bakery.example/a']);
    const [target] = await listTargetsOf(t.ctx.db, [post.id]);
    const texts = await Promise.all((target?.partIds ?? []).map(async (id) => (await readSandboxPost(store, id))?.text ?? ''));
    expect(texts).toHaveLength(2);
    const [first, second] = texts.map(codesIn);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(2);
    // The same address in two parts is one short link.
    expect(second?.[1]).toBe(first?.[0]);
    expect(second?.[0]).not.toBe(first?.[0]);
    const stored = await links(post.id);
    expect(stored.map((link) => link.targetUrl).sort()).toEqual(['https://bakery.example/a', 'https://bakery.example/b']);
    expect(stored.every((link) => link.targetId === targetId)).toBe(true);
    expect(await listTrackedTargetIds(t.ctx.db, workspaceId, [targetId, '00000000-0000-4000-8000-000000000000'])).toEqual([targetId]);
  });

  test('a retry after a lost answer publishes the same text once, with the same code', async () => {
    const created = await owner.request('POST', `/api/workspaces/${workspaceId}/posts`, { content: sandboxContent(['Lost and found https://bakery.example/lost']), targets: [{ accountId: account.id }] });
    const draft = created.json<Post>();
    const scheduled = await owner.request('POST', `/api/workspaces/${workspaceId}/posts/${draft.id}/actions`, {
      action: 'schedule',
      expectedVersion: draft.version,
      scheduledAt: new Date(t.clock.now().getTime() + MINUTE).toISOString(),
    });
    const targetId = scheduled.json<Post>().targets[0]?.id ?? '';
    t.clock.advance(MINUTE);
    await injectSandboxFault(store, account.externalId, { kind: 'drop_response', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('reconciling');
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    const texts = await sandboxPostTexts(store, account.externalId);
    expect(texts).toHaveLength(1);
    expect(await links(draft.id)).toMatchObject([{ code: codesIn(texts[0] ?? '')[0] }]);
  });

  test('the first comment is rewritten too, and rewriting again gives the same text', async () => {
    const { post, targetId } = await published(['Menu below'], { firstComment: 'Full menu: https://bakery.example/menu' });
    const input = { workspaceId, postId: post.id, targetId, accountId: account.id, network: 'sandbox', campaign: null, content: sandboxContent(['Menu below'], 'Full menu: https://bakery.example/menu'), fits: () => true };
    const once = await withTrackedLinks(t.ctx, input);
    const twice = await withTrackedLinks(t.ctx, input);
    expect(twice).toEqual(once);
    const [code] = codesIn(once.firstComment ?? '');
    expect(await links(post.id)).toMatchObject([{ code, targetUrl: 'https://bakery.example/menu' }]);
  });

  test('a text that would go over the network limit with a short link keeps its link as written', async () => {
    // 500 graphemes on the sandbox: the 20-character address fits, the 34-character short link would not.
    const link = 'https://a.example/xy';
    const text = `${'b'.repeat(500 - link.length - 1)} ${link}`;
    expect([...text]).toHaveLength(500);
    const { post } = await published([text]);
    expect(await sandboxPostTexts(store, account.externalId)).toEqual([text]);
    expect(await links(post.id)).toEqual([]);
  });
});

describe('counting clicks', () => {
  test('bots are counted apart; the same visitor twice on a day is one unique visitor; a new day counts again', async () => {
    const { post } = await published(['Counting https://bakery.example/count']);
    const code = codesIn((await sandboxPostTexts(store, account.externalId))[0] ?? '')[0] ?? '';
    const firstDay = t.clock.now().toISOString().slice(0, 10);
    const nextDay = new Date(t.clock.now().getTime() + 24 * 60 * MINUTE).toISOString().slice(0, 10);
    const period = { from: firstDay, to: nextDay, timezone: 'UTC' };
    // Other tests' clicks count in the workspace's figures too: this test looks at what it adds.
    const before = await linkClickFigures(t.ctx.db, workspaceId, period);
    // Link previews and crawlers, and a request with an empty User-Agent (the test client always sends one).
    for (const userAgent of ['Twitterbot/1.0', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'http.rb/5.1.1 (Mastodon/4.2.10; +https://mastodon.social/)']) {
      expect((await open(code, { 'user-agent': userAgent })).statusCode).toBe(302);
    }
    expect((await open(code, { 'user-agent': '' })).statusCode).toBe(302);
    // One person twice, another once.
    await open(code);
    await open(code);
    await open(code, { 'user-agent': BROWSER_UA }, '203.0.113.99');
    // A HEAD request is a check, not a visit.
    expect((await t.app.inject({ method: 'HEAD', url: `/l/${code}`, headers: { 'user-agent': BROWSER_UA } })).statusCode).toBe(302);
    await flush();
    expect(await links(post.id)).toMatchObject([{ clicks: 3, botClicks: 4, uniqueVisitors: 2 }]);

    // The next day the first person is a unique visitor again.
    t.clock.advance(24 * 60 * MINUTE);
    await open(code);
    await flush();
    expect(await links(post.id)).toMatchObject([{ clicks: 4, botClicks: 4, uniqueVisitors: 3 }]);

    const after = await linkClickFigures(t.ctx.db, workspaceId, period);
    const added = (day: string) => {
      const was = before.daily.find((row) => row.day === day) ?? { clicks: 0, uniqueVisitors: 0 };
      const now = after.daily.find((row) => row.day === day) ?? { clicks: 0, uniqueVisitors: 0 };
      return { clicks: now.clicks - was.clicks, uniqueVisitors: now.uniqueVisitors - was.uniqueVisitors };
    };
    expect(added(firstDay)).toEqual({ clicks: 3, uniqueVisitors: 2 });
    expect(added(nextDay)).toEqual({ clicks: 1, uniqueVisitors: 1 });
    expect(after.clicks - before.clicks).toBe(4);
    expect(after.botClicksFiltered - before.botClicksFiltered).toBe(4);
    const targetId = (await links(post.id))[0]?.targetId ?? '';
    expect(after.byTarget).toContainEqual({ targetId, clicks: 4 });
  });

  test('no raw address is stored or logged: only hashes under a day salt', async () => {
    const { post } = await published(['Private https://bakery.example/private']);
    const code = codesIn((await sandboxPostTexts(store, account.externalId))[0] ?? '')[0] ?? '';
    const before = t.logs.length;
    await open(code, { 'user-agent': BROWSER_UA }, '192.0.2.123');
    await flush();
    expect(t.logs.slice(before).join('')).not.toContain('192.0.2.123');
    const dump = JSON.stringify(await t.handle.query('SELECT v.* FROM link_visitors v JOIN short_links s ON s.id = v.link_id WHERE s.post_id = $1', [post.id]));
    expect(dump).not.toContain('192.0.2.123');
    expect(dump).toMatch(/"visitor_hash":"[0-9a-f]{32}"/);
  });

  test("a day's salt and visitor hashes are deleted once the day is over everywhere; its counts stay", async () => {
    const { post } = await published(['Forget https://bakery.example/forget']);
    const code = codesIn((await sandboxPostTexts(store, account.externalId))[0] ?? '')[0] ?? '';
    const day = t.clock.now().toISOString().slice(0, 10);
    await open(code);
    await flush();
    const saltOf = async (of: string) => t.handle.query('SELECT salt FROM link_visitor_salts WHERE day = $1::date', [of]);
    const hashesOf = async (of: string) =>
      t.handle.query('SELECT v.visitor_hash FROM link_visitors v JOIN short_links s ON s.id = v.link_id WHERE s.post_id = $1 AND v.day = $2::date', [post.id, of]);
    expect(await saltOf(day)).toHaveLength(1);
    expect(await hashesOf(day)).toHaveLength(1);

    // A day later the day may still be going on somewhere (UTC−12): kept.
    t.clock.advance(24 * 60 * MINUTE);
    await open(code);
    await flush();
    expect(await saltOf(day)).toHaveLength(1);

    // Two days later it is over everywhere: salt and hashes gone, the counts kept.
    t.clock.advance(24 * 60 * MINUTE);
    await open(code);
    await flush();
    expect(await saltOf(day)).toEqual([]);
    expect(await hashesOf(day)).toEqual([]);
    expect(await links(post.id)).toMatchObject([{ clicks: 3, uniqueVisitors: 3 }]);
  });
});

describe('writing counts', () => {
  test('stopping writes the clicks still in memory; a failed write is kept and written with the next', async () => {
    const { post } = await published(['Kept https://bakery.example/kept']);
    const code = codesIn((await sandboxPostTexts(store, account.externalId))[0] ?? '')[0] ?? '';
    // A database whose next write fails once, as during a failover.
    let failNext = true;
    const db = new Proxy(t.ctx.db, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'execute' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (failNext) {
            failNext = false;
            return Promise.reject(new Error('connection lost'));
          }
          return Reflect.apply(value, target, args) as unknown;
        };
      },
    });
    const redirects = new LinkRedirects({ ...t.ctx, db }, { flushIntervalMs: 60_000 });
    const link = await redirects.resolve(code);
    if (!link) throw new Error('the code did not resolve');
    redirects.count(link, { userAgent: BROWSER_UA, address: '198.51.100.1' });
    await expect(redirects.flush()).rejects.toThrow('connection lost');
    redirects.count(link, { userAgent: BROWSER_UA, address: '198.51.100.1' });
    redirects.count(link, { userAgent: 'Twitterbot/1.0', address: '198.51.100.2' });
    await redirects.stop();
    expect(await links(post.id)).toMatchObject([{ clicks: 2, botClicks: 1, uniqueVisitors: 1 }]);
  });
});

describe('no open redirect', () => {
  test.each([
    'AAAAAAAAAA',
    'zzzzzzzzzz',
    'short',
    '..%2F..%2Fevil.example',
    '%2F%2Fevil.example',
    'https:%2F%2Fevil.example',
    'AAAAAAAAAA%0D%0ALocation:%20https:%2F%2Fevil.example',
    'AAAAAAAAAA?to=https://evil.example',
    'AAAAAAAAAA/https://evil.example',
    '%00',
  ])('/l/%s is a 404 page, never a redirect', async (crafted) => {
    const response = await t.app.inject({ method: 'GET', url: `/l/${crafted}`, headers: { 'user-agent': BROWSER_UA } });
    expect(response.statusCode).toBe(404);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Link not found');
  });

  test("a real code's redirect ignores whatever the request adds", async () => {
    await published(['Safe https://bakery.example/safe']);
    const code = codesIn((await sandboxPostTexts(store, account.externalId))[0] ?? '')[0] ?? '';
    const response = await t.app.inject({ method: 'GET', url: `/l/${code}?url=https://evil.example&next=//evil.example`, headers: { 'user-agent': BROWSER_UA, host: 'evil.example' } });
    expect(response.statusCode).toBe(302);
    expect(new URL(String(response.headers.location)).host).toBe('bakery.example');
  });
});

describe('the tracking setting', () => {
  test('on by default; off, links stay as written and the coach says they are not tracked', async () => {
    const url = `/api/workspaces/${workspaceId}/links/settings`;
    expect((await owner.request('GET', url)).json()).toEqual({ trackingEnabled: true, publicUrl: PUBLIC_URL });
    const draft = { content: sandboxContent(['Fresh https://bakery.example/fresh']), targets: [{ accountId: account.id }] };
    const coached = async () =>
      (await owner.request('POST', `/api/workspaces/${workspaceId}/posts/validate`, draft)).json<{ findings: Array<{ code: string; params: { url?: string } }> }>().findings.filter((finding) => finding.code === 'untracked_link');
    expect(await coached()).toEqual([]);

    const off = await owner.request('PUT', url, { trackingEnabled: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ trackingEnabled: false, publicUrl: PUBLIC_URL });
    expect(await coached()).toMatchObject([{ code: 'untracked_link', params: { url: 'https://bakery.example/fresh' } }]);
    const { post } = await published(['Fresh https://bakery.example/fresh']);
    expect(await sandboxPostTexts(store, account.externalId)).toEqual(['Fresh https://bakery.example/fresh']);
    expect(await links(post.id)).toEqual([]);

    expect((await owner.request('PUT', url, { trackingEnabled: true })).statusCode).toBe(200);
  });

  test('bad input is refused with a stable error id', async () => {
    const response = await owner.request('PUT', `/api/workspaces/${workspaceId}/links/settings`, { trackingEnabled: 'yes' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
    const list = await owner.request('GET', `/api/workspaces/${workspaceId}/links?postId=not-a-uuid`);
    expect(list.statusCode).toBe(400);
  });
});
