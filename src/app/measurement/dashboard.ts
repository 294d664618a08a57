/**
 * The measurement dashboard (A6): the metric, link and order figures of a period put together
 * into one `Dashboard`, with KPI tiles against the strategy's targets. Reports (A7) render the same
 * value, so whatever is on screen is what a report shows.
 */
import { AppError } from '../../core/errors.js';
import { responseFigures } from '../../core/inbox/response-time.js';
import { daysOf, periodDays, periodInstants, previousPeriod, resolvePeriod } from '../../core/metrics/dashboard-period.js';
import type { DailyFigures, Dashboard, DashboardPeriod, EngagementDenominator, TopPost } from '../../core/metrics/dashboard.js';
import { clickThroughRate, engagementRate, netSentiment, percentOf } from '../../core/metrics/formulas.js';
import { kpiTiles } from '../../core/metrics/kpi-tiles.js';
import type { Database } from '../../db/connection.js';
import { countInboundItems, listResponseTimeRows } from '../../db/repositories/inbox-queries.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { responseClockOf } from '../inbox/settings.js';
import { linkClickFigures, listTrackedTargetIds } from '../links/figures.js';
import { orderFigures } from '../orders/figures.js';
import { metricFigures, metricTotals, type MetricTotals } from './metric-figures.js';
import { loadStrategyGoals } from './strategy-goals.js';

const TOP_POSTS = 10;

export interface DashboardQuery {
  from?: string | undefined;
  to?: string | undefined;
  denominator: EngagementDenominator;
}

export async function getDashboard(ctx: AppContext, actor: Actor, workspaceId: string, query: DashboardQuery): Promise<Dashboard> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'No such workspace');
  const period = resolvePeriod({ from: query.from, to: query.to, timezone: workspace.timezone, now: ctx.clock.now() });
  return buildDashboard(ctx.db, { workspaceId, period, denominator: query.denominator });
}

/** The KPI figures of one period, keyed by the metric names of `GOAL_KPIS` (src/core/strategy/goals.ts). */
type KpiFigures = Partial<Record<string, number | null>>;

interface PeriodFigures {
  kpi: KpiFigures;
  links: Awaited<ReturnType<typeof linkClickFigures>>;
  orders: Awaited<ReturnType<typeof orderFigures>>;
  clickThroughRate: number | null;
}

/**
 * The link, order and inbox figures of a period and the KPI figures they give with `metrics`.
 * PGlite has one connection: the reads run one after another rather than in Promise.all, which
 * would only queue them anyway and would hide which one failed.
 */
async function figuresOf(db: Database, workspaceId: string, period: DashboardPeriod, metrics: MetricTotals): Promise<PeriodFigures> {
  const links = await linkClickFigures(db, workspaceId, period);
  const orders = await orderFigures(db, workspaceId, period);
  const { start, end } = periodInstants(period);
  const inbound = await countInboundItems(db, workspaceId, start, end);
  const responseClock = await responseClockOf(db, workspaceId);
  const responses = responseFigures(await listResponseTimeRows(db, workspaceId, start, end), responseClock.targetMinutes, responseClock.businessHours, responseClock.timeZone);

  // CTR counts only the impressions of posts that carried a tracked link: a post without a link
  // cannot be clicked through, and counting its impressions would understate the rate.
  const tracked = new Set(await listTrackedTargetIds(db, workspaceId, metrics.posts.map((post) => post.targetId)));
  const trackedImpressions = metrics.posts.filter((post) => tracked.has(post.targetId)).reduce((sum, post) => sum + post.impressions, 0);
  const ctr = clickThroughRate(links.clicks, trackedImpressions);

  const count = (kind: string, sentiment?: string) =>
    inbound.filter((row) => row.kind === kind && (sentiment === undefined || row.sentiment === sentiment)).reduce((sum, row) => sum + row.items, 0);
  const sentimentCount = (sentiment: string) => inbound.filter((row) => row.sentiment === sentiment).reduce((sum, row) => sum + row.items, 0);
  const { totals } = metrics;
  const kpi: KpiFigures = {
    orders: orders.money.orders,
    revenue: orders.money.revenue,
    cpo: orders.money.costPerOrder,
    link_clicks: links.clicks,
    ctr,
    repeat_purchase_rate: orders.money.repeatPurchaseRate,
    reach: totals.reach,
    err: engagementRate({ engagements: totals.engagements, reach: totals.reach, impressions: totals.impressions, followers: totals.followersAtEnd }, 'reach'),
    net_sentiment: netSentiment(sentimentCount('positive'), sentimentCount('negative')),
    negative_mention_share: percentOf(count('mention', 'negative'), count('mention')),
    comments: count('comment'),
    replies: totals.replies,
    mentions: count('mention'),
    median_first_response_minutes: responses.medianFirstResponseMinutes,
  };
  return { kpi, links, orders, clickThroughRate: ctr };
}

export async function buildDashboard(
  db: Database,
  input: { workspaceId: string; period: DashboardPeriod; denominator: EngagementDenominator },
): Promise<Dashboard> {
  const { workspaceId, period, denominator } = input;
  const metrics = await metricFigures(db, { workspaceId, period, denominator });
  const current = await figuresOf(db, workspaceId, period, metrics);
  // The previous period feeds only the tiles: its totals, not its heatmap, comparison or accounts.
  const before = previousPeriod(period);
  const previous = await figuresOf(db, workspaceId, before, await metricTotals(db, { workspaceId, period: before, denominator }));
  const goals = await loadStrategyGoals(db, workspaceId);
  const { links, orders } = current;

  const metricDays = new Map(metrics.daily.map((day) => [day.day, day]));
  const linkDays = new Map(links.daily.map((day) => [day.day, day]));
  const orderDays = new Map(orders.daily.map((day) => [day.day, day]));
  const daily: DailyFigures[] = daysOf(period).map((day) => {
    const figures = metricDays.get(day);
    return {
      day,
      impressions: figures?.impressions ?? 0,
      reach: figures?.reach ?? 0,
      engagements: figures?.engagements ?? 0,
      likes: figures?.likes ?? 0,
      replies: figures?.replies ?? 0,
      reposts: figures?.reposts ?? 0,
      linkClicks: linkDays.get(day)?.clicks ?? 0,
      followers: figures?.followers ?? null,
      orders: orderDays.get(day)?.orders ?? 0,
      revenue: orderDays.get(day)?.revenue ?? 0,
      postsPublished: figures?.postsPublished ?? 0,
    };
  });

  const clicksByTarget = new Map(links.byTarget.map((row) => [row.targetId, row.clicks]));
  const ordersByTarget = new Map(orders.byTarget.map((row) => [row.targetId, row.orders]));
  const topPosts: TopPost[] = metrics.posts.slice(0, TOP_POSTS).map((post) => ({
    postId: post.postId,
    targetId: post.targetId,
    network: post.network,
    accountName: post.accountName,
    excerpt: post.excerpt,
    publishedAt: post.publishedAt.toISOString(),
    url: post.url,
    impressions: post.impressions,
    reach: post.reach,
    engagements: post.engagements,
    reposts: post.reposts,
    linkClicks: clicksByTarget.get(post.targetId) ?? 0,
    orders: ordersByTarget.get(post.targetId) ?? 0,
    engagementRate: post.engagementRate,
    virality: post.virality,
    reachBeyondFollowers: post.reachBeyondFollowers,
  }));

  return {
    workspaceId,
    period,
    denominator,
    currency: orders.money.currency,
    hasStrategy: goals !== null,
    tiles: kpiTiles({ current: current.kpi, previous: previous.kpi, goals, periodDays: periodDays(period) }),
    daily,
    heatmap: metrics.heatmap,
    comparisons: metrics.comparisons,
    topPosts,
    accounts: metrics.accounts,
    links: { clicks: links.clicks, uniqueVisitors: links.uniqueVisitors, clickThroughRate: current.clickThroughRate, botClicksFiltered: links.botClicksFiltered },
    money: orders.money,
    channels: orders.channels,
  };
}
