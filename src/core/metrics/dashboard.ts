/**
 * What the measurement dashboard shows for one workspace and period (requirement A6), as one
 * value. The API returns it, the web UI draws it, and reports (A7) render the same value to HTML
 * and PDF, so the charts in a report are the charts on screen. Every figure here is either a raw
 * count or a rate computed on read from raw counts (never a stored rate).
 *
 * Days are calendar days in the workspace's time zone, written `YYYY-MM-DD`. A `null` figure means
 * "not known" (no data, or a denominator of zero), which the UI shows as such, never as 0.
 */
import type { KpiUnit } from '../strategy/goals.js';

/** Which denominator the engagement rate uses; the user picks it and the label says it. */
export type EngagementDenominator = 'reach' | 'impressions' | 'followers';

export interface DashboardPeriod {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  timezone: string;
}

/** Raw counts of one day, summed over the workspace's accounts (or one account's posts). */
export interface DailyFigures {
  day: string;
  impressions: number;
  reach: number;
  /** likes + replies + reposts + quotes + bookmarks, as counted by `engagementsOf`. */
  engagements: number;
  likes: number;
  replies: number;
  reposts: number;
  /** Link clicks counted by Chorus' own short links (bots filtered), not the network's clicks. */
  linkClicks: number;
  /** Followers summed over accounts at the end of the day; null where no snapshot exists. */
  followers: number | null;
  orders: number;
  /** In `Dashboard.currency`, minor units not used: a decimal amount. */
  revenue: number;
  postsPublished: number;
}

export type KpiStatus = 'met' | 'behind' | 'no_target' | 'no_data';

/** A KPI tile. `metric` is the key in `GOAL_KPIS` (src/core/strategy/goals.ts). */
export interface KpiTile {
  kpiId: string;
  metric: string;
  unit: KpiUnit;
  better: 'higher' | 'lower';
  value: number | null;
  /** The same figure over the period of equal length just before. */
  previous: number | null;
  /** The strategy's target scaled to this period's length, if the strategy sets one. */
  target: number | null;
  status: KpiStatus;
}

/** One cell of the day × hour heatmap, in the workspace's zone. `weekday` 0 = Monday. */
export interface HeatCell {
  weekday: number;
  hour: number;
  /** Posts published in this slot during the period (and the 90 days before, for enough data). */
  posts: number;
  /** Mean engagement rate (by the chosen denominator) of those posts, in percent; null without posts. */
  engagementRate: number | null;
  /** Comments and mentions that arrived in this slot: when the audience is active. */
  audienceActivity: number;
}

export type ComparisonDimension = 'media' | 'question' | 'network';

/** What content works: posts grouped one way, with their mean engagement rate. */
export interface ContentComparison {
  dimension: ComparisonDimension;
  groups: Array<{
    /** `with_media` / `without_media`, `question` / `statement`, or a network id. */
    key: string;
    posts: number;
    engagementRate: number | null;
    /** Mean shares (reposts + quotes) per post. */
    sharesPerPost: number | null;
  }>;
}

export interface TopPost {
  postId: string;
  targetId: string;
  network: string;
  accountName: string;
  /** The first 140 characters of the published text. */
  excerpt: string;
  publishedAt: string;
  url: string | null;
  impressions: number;
  reach: number;
  engagements: number;
  reposts: number;
  linkClicks: number;
  orders: number;
  engagementRate: number | null;
  /** Shares ÷ impressions × 100. */
  virality: number | null;
  /** Reach ÷ followers at publishing: above 1 means the post travelled beyond the followers. */
  reachBeyondFollowers: number | null;
}

/** An account's size beside its quality (A2). */
export interface AccountFigures {
  accountId: string;
  network: string;
  name: string;
  followers: number | null;
  /** Net new followers in the period ÷ followers at its start × 100. */
  growthRate: number | null;
  /** Unique engagers over the last 30 days ÷ followers × 100. */
  engagedShare: number | null;
  /** Days whose follower jump had no matching engagement (see core/metrics/audience-quality.ts). */
  suspiciousDays: Array<{ day: string; followersGained: number; reason: string }>;
}

/** Money over the period (A4): orders attributed to social, spend, and what follows from both. */
export interface MoneyFigures {
  currency: string;
  orders: number;
  revenue: number;
  spend: number;
  costPerOrder: number | null;
  /** (revenue − spend) ÷ spend × 100. */
  returnOnSpend: number | null;
  averageOrderValue: number | null;
  /** Customers first brought by social who ordered again ÷ customers first brought by social × 100. */
  repeatPurchaseRate: number | null;
  /** Rolled up by network, campaign, account and post (`key` is the id, `label` what to show). */
  breakdown: Array<{
    by: 'network' | 'campaign' | 'account' | 'post';
    key: string;
    label: string;
    orders: number;
    revenue: number;
    spend: number;
    costPerOrder: number | null;
  }>;
}

/** Social's cost per order beside the other channels' (A5). */
export interface ChannelComparison {
  currency: string;
  channels: Array<{
    /** `social`, `seo`, `search_ads`, `email`, or `other:<name>`. */
    channel: string;
    spend: number;
    orders: number;
    revenue: number;
    costPerOrder: number | null;
  }>;
  /** Set when social's CPO is above the average order value, or the worst of all channels. */
  warning: null | { kind: 'above_average_order_value' | 'worst_channel'; socialCostPerOrder: number; comparedWith: number };
}

export interface LinkFigures {
  clicks: number;
  uniqueVisitors: number;
  /** Link clicks ÷ impressions of posts with a tracked link × 100. */
  clickThroughRate: number | null;
  botClicksFiltered: number;
}

export interface Dashboard {
  workspaceId: string;
  period: DashboardPeriod;
  denominator: EngagementDenominator;
  currency: string;
  /** False until the workspace has a strategy; tiles then show default KPIs without targets. */
  hasStrategy: boolean;
  tiles: KpiTile[];
  daily: DailyFigures[];
  heatmap: HeatCell[];
  comparisons: ContentComparison[];
  topPosts: TopPost[];
  accounts: AccountFigures[];
  links: LinkFigures;
  money: MoneyFigures;
  channels: ChannelComparison;
}
