/**
 * The metric side of the dashboard for one workspace and period, read from the daily rollups only
 * (never raw snapshots). Rates are computed here from the counters, with the denominator the
 * person picked. `metricTotals` is the part the KPI tiles need (the previous period asks only for
 * that); `metricFigures` adds the heatmap, the content comparison and the accounts.
 */
import { suspiciousGrowth, engagedShare, type AccountDay } from '../../core/metrics/audience-quality.js';
import type { AccountFigures, ContentComparison, DailyFigures, DashboardPeriod, EngagementDenominator, HeatCell } from '../../core/metrics/dashboard.js';
import { daysOf, parseDay, periodInstants } from '../../core/metrics/dashboard-period.js';
import { audienceGrowthRate, engagementRate, engagementsOf, mean, reachBeyondFollowers, sharesOf, viralityRate } from '../../core/metrics/formulas.js';
import { isQuestion } from '../../core/metrics/question.js';
import { addDays, formatLocalDate } from '../../core/scheduling/calendar-date.js';
import type { Database } from '../../db/connection.js';
import {
  accountEngagementDays,
  accountFollowerDays,
  audienceActivity,
  dailyFollowers,
  dailyTotals,
  followersOn,
  postsPublishedPerDay,
  postsWithLatestCounters,
  publishSlots,
  uniqueEngagers,
  workspaceAccounts,
  type FigureScope,
  type PostRow,
} from '../../db/repositories/metrics-figures.js';

/** A day's metric counts: the dashboard's day without the link and order figures. */
export type MetricDay = Omit<DailyFigures, 'linkClicks' | 'orders' | 'revenue'>;

/** One published post target with its latest counters (for top posts, CTR and money per post). */
export interface PostFigures {
  postId: string;
  targetId: string;
  network: string;
  accountId: string;
  accountName: string;
  excerpt: string;
  publishedAt: Date;
  url: string | null;
  impressions: number;
  reach: number;
  engagements: number;
  reposts: number;
  followersAtPublish: number | null;
  engagementRate: number | null;
  virality: number | null;
  reachBeyondFollowers: number | null;
  /** Added: what the content comparison groups by, and the counters behind the rates. */
  hasMedia: boolean;
  isQuestion: boolean;
  likes: number;
  replies: number;
  quotes: number;
  /** Local weekday (0 = Monday) and hour of publishing, in the workspace's zone. */
  weekday: number;
  hour: number;
}

export interface MetricTotals {
  daily: MetricDay[];
  /** Posts published in the period, best first by engagements. */
  posts: PostFigures[];
  /** Sums over the period; rates are computed from these by the caller. */
  totals: { impressions: number; reach: number; engagements: number; replies: number; reposts: number; followersAtEnd: number | null; followersAtStart: number | null };
}

export interface MetricFigures extends MetricTotals {
  heatmap: HeatCell[];
  comparisons: ContentComparison[];
  accounts: AccountFigures[];
}

const DAY_MS = 86_400_000;
/** The heatmap looks back this far before the period too, so a short period still has data. */
export const HEATMAP_LOOKBACK_DAYS = 90;
export const ENGAGED_WINDOW_DAYS = 30;
/** Days before the period that give the suspicious-growth detector its idea of "usual". */
const GROWTH_BASELINE_DAYS = 30;
const EXCERPT_LENGTH = 140;

const shiftDay = (text: string, days: number) => formatLocalDate(addDays(parseDay(text, 'day'), days));

export async function metricTotals(db: Database, input: { workspaceId: string; period: DashboardPeriod; denominator: EngagementDenominator }): Promise<MetricTotals> {
  const { workspaceId, period, denominator } = input;
  const scope = scopeOf(workspaceId, period);
  const daily = await dailyFigures(db, scope);
  const rows = await postsWithLatestCounters(db, scope, scope.start);
  const posts = rows.map((row) => postFiguresOf(row, denominator)).sort((a, b) => b.engagements - a.engagements || b.publishedAt.getTime() - a.publishedAt.getTime());
  const followersAtStart = sumOrNull([...(await followersOn(db, workspaceId, shiftDay(period.from, -1))).values()]);
  const followersAtEnd = sumOrNull([...(await followersOn(db, workspaceId, period.to)).values()]);
  const sum = (field: 'impressions' | 'reach' | 'engagements' | 'replies' | 'reposts') => daily.reduce((total, day) => total + day[field], 0);
  return {
    daily,
    posts,
    totals: { impressions: sum('impressions'), reach: sum('reach'), engagements: sum('engagements'), replies: sum('replies'), reposts: sum('reposts'), followersAtStart, followersAtEnd },
  };
}

export async function metricFigures(db: Database, input: { workspaceId: string; period: DashboardPeriod; denominator: EngagementDenominator }): Promise<MetricFigures> {
  const totals = await metricTotals(db, input);
  const scope = scopeOf(input.workspaceId, input.period);
  const heatmapSince = new Date(scope.start.getTime() - HEATMAP_LOOKBACK_DAYS * DAY_MS);
  const slots = await publishSlots(db, scope, heatmapSince, input.denominator);
  const activity = await audienceActivity(db, scope, heatmapSince);
  const accounts = await accountFigures(db, scope);
  return { ...totals, heatmap: heatmapOf(slots, activity), comparisons: comparisonsOf(totals.posts), accounts };
}

function scopeOf(workspaceId: string, period: DashboardPeriod): FigureScope {
  const { start, end } = periodInstants(period);
  return { workspaceId, from: period.from, to: period.to, timezone: period.timezone, start, end };
}

function sumOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((total, value) => total + value, 0);
}

async function dailyFigures(db: Database, scope: FigureScope): Promise<MetricDay[]> {
  const totals = new Map((await dailyTotals(db, scope)).map((row) => [row.day, row]));
  const followers = new Map((await dailyFollowers(db, scope)).map((row) => [row.day, row.followers]));
  const published = new Map((await postsPublishedPerDay(db, scope)).map((row) => [row.day, row.posts]));
  return daysOf({ from: scope.from, to: scope.to, timezone: scope.timezone }).map((day) => {
    const row = totals.get(day);
    return {
      day,
      impressions: row?.impressions ?? 0,
      reach: row?.reach ?? 0,
      engagements: row ? engagementsOf(row) : 0,
      likes: row?.likes ?? 0,
      replies: row?.replies ?? 0,
      reposts: row?.reposts ?? 0,
      followers: followers.get(day) ?? null,
      postsPublished: published.get(day) ?? 0,
    };
  });
}

interface ContentParts {
  parts: Array<{ text: string; mediaIds: string[] }>;
}

function contentOf(value: unknown): ContentParts {
  if (typeof value !== 'object' || value === null || !('parts' in value) || !Array.isArray(value.parts)) return { parts: [] };
  const parts = value.parts.flatMap((part: unknown) => {
    if (typeof part !== 'object' || part === null) return [];
    const text = 'text' in part && typeof part.text === 'string' ? part.text : '';
    const mediaIds = 'mediaIds' in part && Array.isArray(part.mediaIds) ? part.mediaIds.filter((id): id is string => typeof id === 'string') : [];
    return [{ text, mediaIds }];
  });
  return { parts };
}

function postFiguresOf(row: PostRow, denominator: EngagementDenominator): PostFigures {
  const counters = { likes: row.likes, replies: row.replies, reposts: row.reposts, quotes: row.quotes, bookmarks: row.bookmarks };
  const engagements = engagementsOf(counters);
  const content = contentOf(row.content);
  const text = content.parts.map((part) => part.text).join('\n');
  return {
    postId: row.post_id,
    targetId: row.target_id,
    network: row.network,
    accountId: row.account_id,
    accountName: row.account_name,
    excerpt: (content.parts[0]?.text ?? '').slice(0, EXCERPT_LENGTH),
    publishedAt: row.published_at,
    url: row.url,
    impressions: row.impressions ?? 0,
    reach: row.reach ?? 0,
    engagements,
    reposts: row.reposts ?? 0,
    followersAtPublish: row.followers_at_publish,
    engagementRate: engagementRate({ engagements, reach: row.reach, impressions: row.impressions, followers: row.followers_at_publish }, denominator),
    virality: viralityRate(sharesOf(counters), row.impressions),
    reachBeyondFollowers: reachBeyondFollowers(row.reach, row.followers_at_publish),
    hasMedia: content.parts.some((part) => part.mediaIds.length > 0),
    isQuestion: isQuestion(text),
    likes: row.likes ?? 0,
    replies: row.replies ?? 0,
    quotes: row.quotes ?? 0,
    weekday: row.weekday,
    hour: row.hour,
  };
}

/** Every weekday × hour cell, even empty ones, so the chart's grid is complete. */
function heatmapOf(
  slots: ReadonlyArray<{ weekday: number; hour: number; posts: number; engagement_rate: number | null }>,
  activity: ReadonlyArray<{ weekday: number; hour: number; items: number }>,
): HeatCell[] {
  const published = new Map(slots.map((slot) => [`${slot.weekday}:${slot.hour}`, slot]));
  const arrivals = new Map(activity.map((row) => [`${row.weekday}:${row.hour}`, row.items]));
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    for (let hour = 0; hour < 24; hour += 1) {
      const key = `${weekday}:${hour}`;
      const slot = published.get(key);
      cells.push({ weekday, hour, posts: slot?.posts ?? 0, engagementRate: slot?.engagement_rate ?? null, audienceActivity: arrivals.get(key) ?? 0 });
    }
  }
  return cells;
}

function comparisonsOf(posts: readonly PostFigures[]): ContentComparison[] {
  const groupBy = (dimension: ContentComparison['dimension'], keyOf: (post: PostFigures) => string): ContentComparison => {
    const groups = new Map<string, PostFigures[]>();
    for (const post of posts) groups.set(keyOf(post), [...(groups.get(keyOf(post)) ?? []), post]);
    return {
      dimension,
      groups: [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, members]) => ({
          key,
          posts: members.length,
          engagementRate: mean(members.flatMap((post) => post.engagementRate ?? [])),
          sharesPerPost: mean(members.map((post) => post.reposts + post.quotes)),
        })),
    };
  };
  return [
    groupBy('media', (post) => (post.hasMedia ? 'with_media' : 'without_media')),
    groupBy('question', (post) => (post.isQuestion ? 'question' : 'statement')),
    groupBy('network', (post) => post.network),
  ];
}

async function accountFigures(db: Database, scope: FigureScope): Promise<AccountFigures[]> {
  const baselineFrom = shiftDay(scope.from, -GROWTH_BASELINE_DAYS);
  const followerDays = await accountFollowerDays(db, scope.workspaceId, baselineFrom, scope.to);
  const engagementDays = await accountEngagementDays(db, scope.workspaceId, baselineFrom, scope.to);
  const atStart = await followersOn(db, scope.workspaceId, shiftDay(scope.from, -1));
  const atEnd = await followersOn(db, scope.workspaceId, scope.to);
  const engagers = await uniqueEngagers(db, scope.workspaceId, new Date(scope.end.getTime() - ENGAGED_WINDOW_DAYS * DAY_MS), scope.end);
  const days = daysOf({ from: baselineFrom, to: scope.to, timezone: scope.timezone });
  return (await workspaceAccounts(db, scope.workspaceId)).map((account) => {
    const followersByDay = new Map(followerDays.filter((row) => row.accountId === account.accountId).map((row) => [row.day, row.followers]));
    const engagementsByDay = new Map(engagementDays.filter((row) => row.accountId === account.accountId).map((row) => [row.day, row.engagements]));
    const history: AccountDay[] = days.map((day) => ({ day, followers: followersByDay.get(day) ?? null, engagements: engagementsByDay.get(day) ?? 0 }));
    const followers = atEnd.get(account.accountId) ?? null;
    return {
      accountId: account.accountId,
      network: account.network,
      name: account.name,
      followers,
      growthRate: audienceGrowthRate(atStart.get(account.accountId) ?? null, followers),
      engagedShare: engagedShare(engagers.get(account.accountId) ?? 0, followers),
      suspiciousDays: suspiciousGrowth(history).filter((entry) => entry.day >= scope.from),
    };
  });
}
