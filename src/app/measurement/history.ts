/**
 * Metric history for charts: one post's snapshots per target, and one account's follower history
 * with its audience quality (A2) beside it.
 */
import { engagedShare, suspiciousGrowth, type SuspiciousDay } from '../../core/metrics/audience-quality.js';
import { parseDay } from '../../core/metrics/dashboard-period.js';
import { audienceGrowthRate, engagementsOf } from '../../core/metrics/formulas.js';
import { METRIC_IDS, metricDefinition, type MetricDefinition, type MetricId, type MetricLocale } from '../../core/metrics/definitions.js';
import { notFound } from '../../core/errors.js';
import { addDays, formatLocalDate } from '../../core/scheduling/calendar-date.js';
import { toWallTime } from '../../core/scheduling/zoned-time.js';
import { findConnectedAccount } from '../../db/repositories/connected-accounts.js';
import { accountDailyHistory, accountEngagementDays, postSnapshotHistory, postTargetsForMetrics, uniqueEngagers, type SnapshotRow } from '../../db/repositories/metrics-figures.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { ENGAGED_WINDOW_DAYS } from './metric-figures.js';

export interface SnapshotPoint {
  takenAt: Date;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  likes: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  bookmarks: number | null;
  clicks: number | null;
  engagements: number;
}

export interface TargetHistory {
  targetId: string;
  accountId: string;
  network: string;
  status: string;
  publishedAt: Date | null;
  /** False when the target is not published, or its network reports no post metrics. */
  measured: boolean;
  nextSnapshotAt: Date | null;
  lastError: string | null;
  snapshots: SnapshotPoint[];
}

const pointOf = (row: SnapshotRow): SnapshotPoint => ({
  takenAt: row.taken_at,
  impressions: row.impressions,
  reach: row.reach,
  views: row.views,
  likes: row.likes,
  replies: row.replies,
  reposts: row.reposts,
  quotes: row.quotes,
  bookmarks: row.bookmarks,
  clicks: row.clicks,
  engagements: engagementsOf(row),
});

export async function getPostMetrics(ctx: AppContext, actor: Actor, workspaceId: string, postId: string): Promise<{ targets: TargetHistory[] }> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const targets = await postTargetsForMetrics(ctx.db, workspaceId, postId);
  if (!targets) throw notFound('Post');
  const snapshots = await postSnapshotHistory(ctx.db, workspaceId, postId);
  return {
    targets: targets.map((target) => ({
      targetId: target.target_id,
      accountId: target.account_id,
      network: target.network,
      status: target.status,
      publishedAt: target.published_at,
      measured: target.measured,
      nextSnapshotAt: target.next_snapshot_at,
      lastError: target.last_error,
      snapshots: snapshots.filter((row) => row.target_id === target.target_id).map(pointOf),
    })),
  };
}

export interface AccountMetricsView {
  accountId: string;
  network: string;
  days: Array<{ day: string; followers: number | null; following: number | null; posts: number | null }>;
  followers: number | null;
  growthRate: number | null;
  uniqueEngagers: number;
  engagedShare: number | null;
  suspiciousDays: SuspiciousDay[];
}

const DAY_MS = 86_400_000;

/** An account's follower history over the last `days` days, with growth, engaged share and suspicious days. */
export async function getAccountMetrics(ctx: AppContext, actor: Actor, workspaceId: string, accountId: string, days: number): Promise<AccountMetricsView> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const account = await findConnectedAccount(ctx.db, workspaceId, accountId);
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!account || !workspace) throw notFound('Account');
  const now = ctx.clock.now();
  const wall = toWallTime(now, workspace.timezone);
  const today = formatLocalDate(wall);
  const fromDay = formatLocalDate(addDays(parseDay(today, 'day'), -(days - 1)));
  const history = await accountDailyHistory(ctx.db, account.id, fromDay);
  const engagementDays = new Map((await accountEngagementDays(ctx.db, workspaceId, fromDay, today)).filter((row) => row.accountId === account.id).map((row) => [row.day, row.engagements]));
  const byDay = new Map(history.map((row) => [row.day, row.followers]));
  const series = Array.from({ length: days }, (_, index) => formatLocalDate(addDays(parseDay(fromDay, 'day'), index))).map((day) => ({
    day,
    followers: byDay.get(day) ?? null,
    engagements: engagementDays.get(day) ?? 0,
  }));
  const measured = history.filter((row) => row.followers !== null);
  const followers = measured.at(-1)?.followers ?? null;
  const engagers = (await uniqueEngagers(ctx.db, workspaceId, new Date(now.getTime() - ENGAGED_WINDOW_DAYS * DAY_MS), new Date(now.getTime() + 1))).get(account.id) ?? 0;
  return {
    accountId: account.id,
    network: account.network,
    days: history,
    followers,
    growthRate: audienceGrowthRate(measured[0]?.followers ?? null, followers),
    uniqueEngagers: engagers,
    engagedShare: engagedShare(engagers, followers),
    suspiciousDays: suspiciousGrowth(series),
  };
}

/** The whole metric catalogue in one language. */
export function listMetricDefinitions(locale: MetricLocale): Array<{ id: MetricId } & MetricDefinition> {
  return METRIC_IDS.map((id) => ({ id, ...metricDefinition(locale, id) }));
}
