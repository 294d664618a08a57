/**
 * Metric history (A1) and audience quality (A2) against the sandbox network: published posts are
 * measured on their schedule through the jobs and the gateway, "refresh metrics" measures now,
 * rollups agree with the raw snapshots, the dashboard's figures come from them, rate limits are
 * waited out, and a bought-follower burst shows as suspicious growth beside the follower count.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { sessionOf } from '../../src/app/connectors/session.js';
import { metricFigures } from '../../src/app/measurement/metric-figures.js';
import type { ConnectorStore, PostMetrics } from '../../src/connectors/contract.js';
import { addSimulatedEngagement, injectSandboxFault, sandboxRequestCount, triggerFollowerBurst } from '../../src/connectors/sandbox/simulation.js';
import { engagementsOf } from '../../src/core/metrics/formulas.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { rebuildRollups } from '../../src/db/repositories/metrics.js';
import type { JobEngine } from '../../src/jobs/engine.js';
import { scheduleMetricsHandler, snapshotMetricsHandler } from '../../src/jobs/handlers/metrics.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { connectSandboxAccount, publishOnSandbox, publishWithoutApproval, sandboxContent } from '../support/sandbox-posts.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let store: ConnectorStore;
let handleNumber = 0;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const job = { id: 'test-job', retryCount: 0 };

interface Snapshot {
  takenAt: string;
  likes: number | null;
  replies: number | null;
  reposts: number | null;
  impressions: number | null;
  reach: number | null;
  engagements: number;
}
interface TargetHistory {
  targetId: string;
  measured: boolean;
  nextSnapshotAt: string | null;
  lastError: string | null;
  snapshots: Snapshot[];
}

const connectAccount = () => connectSandboxAccount(t, owner, workspaceId, `bakery${(handleNumber += 1)}.sandbox`);

/** Publishes a post on the account now (scheduled a minute ahead, then the clock moves there). */
async function publish(accountId: string, text: string): Promise<{ postId: string; targetId: string; publishedAt: Date }> {
  const { post, targetId, publishedAt } = await publishOnSandbox(t, owner, workspaceId, { accountId, content: sandboxContent([text]) });
  return { postId: post.id, targetId, publishedAt };
}

async function history(postId: string): Promise<TargetHistory[]> {
  const response = await owner.request('GET', `/api/workspaces/${workspaceId}/posts/${postId}/metrics`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ targets: TargetHistory[] }>().targets;
}

/** What the sandbox network itself says about the post right now (the truth the snapshots must match). */
async function networkSays(accountId: string, targetId: string): Promise<PostMetrics | undefined> {
  const account = await findConnectedAccount(t.ctx.db, workspaceId, accountId);
  const [row] = await t.handle.query<{ external_id: string }>('SELECT external_id FROM post_targets WHERE id = $1', [targetId]);
  const externalId = row?.external_id ?? '';
  const connector = await t.ctx.networks.connector('sandbox');
  if (!account || !connector.postMetrics) throw new Error('no sandbox account or post metrics');
  const [metrics] = await connector.postMetrics({ session: sessionOf(t.ctx, account), observeRateLimit: () => undefined }, [externalId]);
  return metrics;
}

async function refresh(): Promise<{ accounts: number; posts: number; failed: Array<{ kind: string }>; skipped: Array<{ network: string; missing: string[] }> }> {
  const response = await owner.request('POST', `/api/workspaces/${workspaceId}/metrics/refresh`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every rollup row of the workspace, in a fixed order, for comparing two ways of building them. */
async function rollups(): Promise<unknown[]> {
  const read = (query: string) => t.handle.query(query, [workspaceId]);
  const post = await read('SELECT * FROM metric_post_daily WHERE workspace_id = $1 ORDER BY target_id, day');
  const totals = await read('SELECT * FROM metric_daily_totals WHERE workspace_id = $1 ORDER BY day, account_id, network, campaign');
  const accounts = await read('SELECT * FROM metric_account_daily WHERE workspace_id = $1 ORDER BY account_id, day');
  return [post, totals, accounts].map((rows) => JSON.parse(JSON.stringify(rows)) as unknown);
}

const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  store = connectorStore(t.ctx.db, 'sandbox');
  await publishWithoutApproval(owner, workspaceId);
});
afterAll(async () => t.close());

describe('snapshots on their schedule', () => {
  test('a published post is found by the scheduler and measured at +15 min, +30 min, … with what the network reports', async () => {
    const account = await connectAccount();
    const { postId, targetId, publishedAt } = await publish(account.id, 'Rye loaves are back this week');
    const sent: Array<{ queue: string; accountId: string }> = [];
    const engine: Pick<JobEngine, 'send'> = {
      send: async (queue, payload) => {
        sent.push({ queue, accountId: 'accountId' in payload ? String(payload.accountId) : '' });
        return 'job-id';
      },
    };
    const schedule = scheduleMetricsHandler(t.ctx, engine);
    const snapshot = snapshotMetricsHandler(t.ctx);

    // Seen at once; the account is measured now, the post only from 15 minutes after publishing.
    expect(await schedule({}, job)).toMatchObject({ status: 'done' });
    expect(sent).toContainEqual({ queue: 'metrics.snapshot', accountId: account.id });
    await snapshot({ accountId: account.id }, job);
    let [target] = await history(postId);
    expect(target).toMatchObject({ targetId, measured: true, snapshots: [] });
    expect(target?.nextSnapshotAt).toBe(new Date(publishedAt.getTime() + 15 * MINUTE).toISOString());

    sent.length = 0;
    t.clock.advance(14 * MINUTE);
    await schedule({}, job);
    expect(sent.filter((entry) => entry.accountId === account.id)).toEqual([]);

    t.clock.advance(MINUTE);
    await schedule({}, job);
    expect(sent).toContainEqual({ queue: 'metrics.snapshot', accountId: account.id });
    await addSimulatedEngagement(store, (await networkSays(account.id, targetId))?.externalId ?? '', { likes: 7, reposts: 2 }, t.clock.now());
    await snapshot({ accountId: account.id }, job);
    [target] = await history(postId);
    expect(target?.snapshots).toHaveLength(1);
    expect(target?.nextSnapshotAt).toBe(new Date(publishedAt.getTime() + 30 * MINUTE).toISOString());
    const truth = await networkSays(account.id, targetId);
    expect(target?.snapshots[0]).toMatchObject({ likes: truth?.likes ?? null, reposts: truth?.reposts ?? null, replies: truth?.replies ?? null, impressions: truth?.impressions ?? null });
    expect(target?.snapshots[0]?.likes).toBeGreaterThanOrEqual(7);
    expect(target?.snapshots[0]?.engagements).toBe(engagementsOf(truth ?? {}));

    // A job run before the next slot measures nothing new.
    await snapshot({ accountId: account.id }, job);
    expect((await history(postId))[0]?.snapshots).toHaveLength(1);

    t.clock.advance(15 * MINUTE);
    await snapshot({ accountId: account.id }, job);
    [target] = await history(postId);
    expect(target?.snapshots).toHaveLength(2);
    expect(target?.nextSnapshotAt).toBe(new Date(publishedAt.getTime() + 60 * MINUTE).toISOString());
    const [first, second] = target?.snapshots ?? [];
    expect(second?.engagements).toBeGreaterThanOrEqual(first?.engagements ?? Number.POSITIVE_INFINITY);
  });

  test('networks without metrics are named as skipped', async () => {
    const result = await refresh();
    expect(result.skipped.map((entry) => entry.network)).toContain('telegram');
    expect(result.skipped.map((entry) => entry.network)).not.toContain('sandbox');
  });
});

describe('refresh, rollups and the dashboard figures', () => {
  test('refresh measures every post now; rollups equal a rebuild from the raw snapshots; figures add up', async () => {
    const account = await connectAccount();
    const question = await publish(account.id, 'Which bread should we bake on Sunday?');
    t.clock.advance(2 * 60 * MINUTE);
    const statement = await publish(account.id, 'Fresh croissants every morning from 7.');
    t.clock.advance(3 * 60 * MINUTE);
    const first = await refresh();
    expect(first.failed).toEqual([]);
    expect(first.posts).toBeGreaterThanOrEqual(2);
    t.clock.advance(5 * 60 * MINUTE);
    // Two refreshes at once (two people, or a refresh beside the scheduled job) must not double-count.
    await Promise.all([refresh(), refresh()]);

    for (const post of [question, statement]) {
      const [target] = await history(post.postId);
      expect(target?.snapshots.length).toBeGreaterThanOrEqual(2);
      const truth = await networkSays(account.id, post.targetId);
      expect(target?.snapshots.at(-1)?.engagements).toBe(engagementsOf(truth ?? {}));
    }

    // The rollups kept snapshot by snapshot are exactly what a rebuild from raw rows gives.
    const kept = await rollups();
    await rebuildRollups(t.ctx.db, workspaceId);
    expect(await rollups()).toEqual(kept);

    const period = { from: '2026-11-01', to: today(), timezone: 'UTC' };
    const figures = await metricFigures(t.ctx.db, { workspaceId, period, denominator: 'impressions' });
    const mine = figures.posts.filter((post) => post.accountId === account.id);
    expect(mine.map((post) => post.targetId).sort()).toEqual([question.targetId, statement.targetId].sort());
    for (const post of mine) {
      const [target] = await history(post.postId);
      const latest = target?.snapshots.at(-1);
      expect(post.engagements).toBe(latest?.engagements);
      expect(post.impressions).toBe(latest?.impressions ?? 0);
      expect(post.engagementRate).toBeCloseTo(((latest?.engagements ?? 0) / (latest?.impressions ?? 1)) * 100, 8);
    }
    expect(mine.find((post) => post.targetId === question.targetId)?.isQuestion).toBe(true);
    expect(mine.find((post) => post.targetId === statement.targetId)?.isQuestion).toBe(false);
    // Every post was published inside the period, so the days' gains add up to the posts' latest counters.
    expect(figures.totals.engagements).toBe(figures.posts.reduce((sum, post) => sum + post.engagements, 0));
    expect(figures.daily.reduce((sum, day) => sum + day.postsPublished, 0)).toBeGreaterThanOrEqual(3);
    const slot = (date: Date) => figures.heatmap.find((cell) => cell.weekday === (date.getUTCDay() + 6) % 7 && cell.hour === date.getUTCHours());
    expect(slot(question.publishedAt)?.posts).toBeGreaterThanOrEqual(1);
    expect(figures.heatmap).toHaveLength(7 * 24);
    // Every post of the workspace lies in the period, so each cell is exactly its posts' count and mean rate.
    for (const cell of figures.heatmap) {
      const inSlot = figures.posts.filter((post) => post.weekday === cell.weekday && post.hour === cell.hour);
      expect(cell.posts).toBe(inSlot.length);
      const rates = inSlot.flatMap((post) => post.engagementRate ?? []);
      if (rates.length === 0) expect(cell.engagementRate).toBeNull();
      else expect(cell.engagementRate).toBeCloseTo(rates.reduce((sum, rate) => sum + rate, 0) / rates.length, 8);
    }
    const questions = figures.comparisons.find((comparison) => comparison.dimension === 'question');
    expect(questions?.groups.map((group) => group.key)).toEqual(['question', 'statement']);
    const row = figures.accounts.find((entry) => entry.accountId === account.id);
    expect(row?.followers).toBeGreaterThan(0);
  });
});

describe('rate limits', () => {
  test('a refused measurement waits for the reset, and nothing is sent to the network before it', async () => {
    const account = await connectAccount();
    const { postId } = await publish(account.id, 'Limited edition spelt loaf');
    t.clock.advance(20 * MINUTE);
    const resetAt = new Date(t.clock.now().getTime() + 10 * MINUTE);
    await injectSandboxFault(store, account.externalId, { kind: 'rate_limited', on: 'read', resetAt });
    const result = await refresh();
    expect(result.failed).toContainEqual(expect.objectContaining({ accountId: account.id, kind: 'rate_limited' }));
    const [target] = await history(postId);
    expect(target?.snapshots).toEqual([]);
    expect(target?.lastError).toMatch(/^rate_limited/);
    expect(new Date(target?.nextSnapshotAt ?? 0).getTime()).toBe(resetAt.getTime());

    const requests = await sandboxRequestCount(store, account.externalId);
    await snapshotMetricsHandler(t.ctx)({ accountId: account.id }, job);
    expect(await sandboxRequestCount(store, account.externalId)).toBe(requests);

    t.clock.advance(10 * MINUTE + 1000);
    await snapshotMetricsHandler(t.ctx)({ accountId: account.id }, job);
    expect((await history(postId))[0]?.snapshots).toHaveLength(1);
  });
});

describe('audience quality', () => {
  test('a bought-follower burst shows as a suspicious day beside the follower count', async () => {
    const account = await connectAccount();
    await publish(account.id, 'Our bakery turns ten!');
    const burstDay = 10;
    let burstOn = '';
    for (let day = 0; day <= 12; day += 1) {
      if (day === burstDay) {
        await triggerFollowerBurst(store, account.externalId, 3000, new Date(t.clock.now().getTime() - 60 * MINUTE));
        burstOn = today();
      }
      await refresh();
      t.clock.advance(DAY);
    }
    const response = await owner.request('GET', `/api/workspaces/${workspaceId}/accounts/${account.id}/metrics?days=30`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ followers: number; days: Array<{ day: string; followers: number | null }>; engagedShare: number | null; uniqueEngagers: number; suspiciousDays: Array<{ day: string; followersGained: number; reason: string }> }>();
    const connector = await t.ctx.networks.connector('sandbox');
    const row = await findConnectedAccount(t.ctx.db, workspaceId, account.id);
    if (!row || !connector.accountMetrics) throw new Error('no sandbox account');
    t.clock.advance(-DAY);
    expect(view.followers).toBe((await connector.accountMetrics({ session: sessionOf(t.ctx, row), observeRateLimit: () => undefined })).followers);
    t.clock.advance(DAY);
    expect(view.days.filter((entry) => entry.followers !== null)).toHaveLength(13);
    expect(view.suspiciousDays).toHaveLength(1);
    expect(view.suspiciousDays[0]).toMatchObject({ day: burstOn, reason: expect.stringMatching(/^jump_/) });
    expect(view.suspiciousDays[0]?.followersGained).toBeGreaterThanOrEqual(3000);
    if (view.engagedShare !== null) expect(view.engagedShare).toBeCloseTo((view.uniqueEngagers / view.followers) * 100, 8);
  });
});

describe('access and input', () => {
  test('histories need a member; a post of another workspace is not found; bad input is a 400 with a stable id', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/posts/${crypto.randomUUID()}/metrics` });
    expect(anonymous.statusCode).toBe(401);
    const stranger = await owner.request('POST', `/api/workspaces/${crypto.randomUUID()}/metrics/refresh`);
    expect([403, 404]).toContain(stranger.statusCode);
    const missing = await owner.request('GET', `/api/workspaces/${workspaceId}/posts/${crypto.randomUUID()}/metrics`);
    expect(missing.statusCode).toBe(404);
    const badDays = await owner.request('GET', `/api/workspaces/${workspaceId}/accounts/${crypto.randomUUID()}/metrics?days=9999`);
    expect(badDays.statusCode).toBe(400);
    expect(badDays.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
  });

  test('metric definitions come in the asked language, without signing in', async () => {
    const russian = await t.app.inject({ method: 'GET', url: '/api/metric-definitions?locale=ru' });
    expect(russian.statusCode).toBe(200);
    const items = russian.json<{ items: Array<{ id: string; name: string; formula: string }> }>().items;
    expect(items.find((item) => item.id === 'virality_rate')).toMatchObject({ name: 'Виральность', formula: '(репосты + цитаты) ÷ показы × 100' });
    const bad = await t.app.inject({ method: 'GET', url: '/api/metric-definitions?locale=xx' });
    expect(bad.statusCode).toBe(400);
  });
});
