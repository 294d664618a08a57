/**
 * CONTRACT (owned by the metrics helper, who replaces this body): the metric side of the
 * dashboard for one workspace and period, read from the daily rollups only (never raw snapshots).
 */
import type { Database } from '../../db/connection.js';
import type { AccountFigures, ContentComparison, DashboardPeriod, EngagementDenominator, HeatCell } from '../../core/metrics/dashboard.js';

export interface MetricDay {
  day: string;
  impressions: number;
  reach: number;
  engagements: number;
  likes: number;
  replies: number;
  reposts: number;
  followers: number | null;
  postsPublished: number;
}

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
}

export interface MetricFigures {
  daily: MetricDay[];
  /** Posts published in the period, best first by engagements. */
  posts: PostFigures[];
  heatmap: HeatCell[];
  comparisons: ContentComparison[];
  accounts: AccountFigures[];
  /** Sums over the period; rates are computed from these by the caller. */
  totals: { impressions: number; reach: number; engagements: number; replies: number; reposts: number; followersAtEnd: number | null; followersAtStart: number | null };
}

export async function metricFigures(
  db: Database,
  input: { workspaceId: string; period: DashboardPeriod; denominator: EngagementDenominator },
): Promise<MetricFigures> {
  void db;
  void input;
  throw new Error('metricFigures: not built yet');
}
