/**
 * A realistic `Dashboard` for developing and testing the charts and reports without a database:
 * a month of a small gym's accounts on two networks, with gaps where real data has gaps (days
 * before the first follower snapshot, hours nobody posts in). Deterministic: the figures follow
 * from the day's index, so tests can recompute what they expect.
 */
import type { AccountFigures, DailyFigures, Dashboard, HeatCell, TopPost } from '../metrics/dashboard.js';

const MS_PER_DAY = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

function dailyOf(day: string, index: number): DailyFigures {
  // A weekly rhythm (busier mid-week) on a slowly growing base.
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const rhythm = [1.1, 1.3, 1.2, 1.0, 0.9, 0.6, 0.5][weekday] ?? 1;
  const reach = Math.round((900 + index * 25) * rhythm);
  const impressions = Math.round(reach * 1.6);
  const likes = Math.round(reach * 0.045);
  const replies = Math.round(reach * 0.008);
  const reposts = Math.round(reach * 0.006);
  const orders = index % 4 === 0 ? 2 : index % 3 === 0 ? 1 : 0;
  return {
    day,
    impressions,
    reach,
    engagements: likes + replies + reposts,
    likes,
    replies,
    reposts,
    linkClicks: Math.round(impressions * 0.011),
    // No follower snapshot in the first three days: unknown, not zero.
    followers: index < 3 ? null : 4_200 + index * 9,
    orders,
    revenue: orders * 42.5,
    postsPublished: weekday < 5 ? 1 : 0,
  };
}

function heatmapOf(): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    for (let hour = 0; hour < 24; hour += 1) {
      const posted = weekday < 5 && (hour === 8 || hour === 12 || hour === 18);
      const posts = posted ? 2 + ((weekday + hour) % 3) : 0;
      cells.push({
        weekday,
        hour,
        posts,
        engagementRate: posted ? 3 + ((weekday * 7 + hour) % 11) / 2 : null,
        audienceActivity: hour >= 7 && hour <= 22 ? 3 + ((weekday + hour) % 9) : 0,
      });
    }
  }
  return cells;
}

const TOP_POSTS: TopPost[] = [
  { postId: '8c9b1c52-6a41-4b6e-9c3c-1f1a7f1e0a01', targetId: '2f6d0b1e-7a3a-4a0c-9b7e-51f3c1d2e001', network: 'mastodon', accountName: 'Acme Gym', excerpt: 'Which class should we add on Saturdays: yoga or spinning?', publishedAt: '2026-11-04T18:00:00.000Z', url: 'https://mastodon.example/@acme/1', impressions: 5_400, reach: 3_900, engagements: 410, reposts: 61, linkClicks: 12, orders: 1, engagementRate: 10.51, virality: 1.13, reachBeyondFollowers: 0.93 },
  { postId: '8c9b1c52-6a41-4b6e-9c3c-1f1a7f1e0a02', targetId: '2f6d0b1e-7a3a-4a0c-9b7e-51f3c1d2e002', network: 'bluesky', accountName: 'acme.bsky.social', excerpt: 'New: 20 % off the yearly pass until Sunday. Link in the post.', publishedAt: '2026-11-10T12:00:00.000Z', url: 'https://bsky.example/acme/2', impressions: 8_100, reach: 6_300, engagements: 280, reposts: 95, linkClicks: 140, orders: 6, engagementRate: 4.44, virality: 1.17, reachBeyondFollowers: 2.1 },
  { postId: '8c9b1c52-6a41-4b6e-9c3c-1f1a7f1e0a03', targetId: '2f6d0b1e-7a3a-4a0c-9b7e-51f3c1d2e003', network: 'mastodon', accountName: 'Acme Gym', excerpt: 'Żółw, our coach, shows three stretches for the office chair.', publishedAt: '2026-11-16T08:00:00.000Z', url: null, impressions: 3_000, reach: 2_200, engagements: 150, reposts: 9, linkClicks: 0, orders: 0, engagementRate: 6.82, virality: 0.3, reachBeyondFollowers: 0.52 },
  { postId: '8c9b1c52-6a41-4b6e-9c3c-1f1a7f1e0a04', targetId: '2f6d0b1e-7a3a-4a0c-9b7e-51f3c1d2e004', network: 'bluesky', accountName: 'acme.bsky.social', excerpt: 'Closed on Monday for the floor repair.', publishedAt: '2026-11-20T18:00:00.000Z', url: 'https://bsky.example/acme/4', impressions: 0, reach: 0, engagements: 0, reposts: 0, linkClicks: 0, orders: 0, engagementRate: null, virality: null, reachBeyondFollowers: null },
];

const ACCOUNTS: AccountFigures[] = [
  { accountId: '5a1e2d3c-0000-4000-8000-000000000001', network: 'mastodon', name: 'Acme Gym', followers: 4_200, growthRate: 2.4, engagedShare: 11.3, suspiciousDays: [] },
  {
    accountId: '5a1e2d3c-0000-4000-8000-000000000002',
    network: 'bluesky',
    name: 'acme.bsky.social',
    followers: 3_000,
    growthRate: 41.2,
    engagedShare: 1.8,
    suspiciousDays: [{ day: '2026-11-12', followersGained: 850, reason: 'jump_without_engagement' }],
  },
];

/** The fixture for a period (default: the 30 days to 2026-11-23) and denominator. */
export function fixtureDashboard(options: { from?: string; to?: string; denominator?: Dashboard['denominator'] } = {}): Dashboard {
  const from = options.from ?? '2026-10-25';
  const to = options.to ?? '2026-11-23';
  const daily = daysBetween(from, to).map(dailyOf);
  const orders = daily.reduce((sum, day) => sum + day.orders, 0);
  const revenue = daily.reduce((sum, day) => sum + day.revenue, 0);
  const spend = 300;
  const clicks = daily.reduce((sum, day) => sum + day.linkClicks, 0);
  const impressions = daily.reduce((sum, day) => sum + day.impressions, 0);
  return {
    workspaceId: '0b7a3c1e-1111-4222-8333-944455556666',
    period: { from, to, timezone: 'Europe/Warsaw' },
    denominator: options.denominator ?? 'reach',
    currency: 'EUR',
    hasStrategy: true,
    tiles: [
      { kpiId: 'orders', metric: 'orders', unit: 'count', better: 'higher', value: orders, previous: orders - 4, target: 40, status: orders >= 40 ? 'met' : 'behind' },
      { kpiId: 'cost_per_order', metric: 'cpo', unit: 'currency', better: 'lower', value: orders > 0 ? spend / orders : null, previous: 19.5, target: 20, status: orders > 0 && spend / orders <= 20 ? 'met' : 'behind' },
      { kpiId: 'click_through_rate', metric: 'ctr', unit: 'percent', better: 'higher', value: (clicks / impressions) * 100, previous: 0.9, target: null, status: 'no_target' },
      { kpiId: 'engagement_rate_by_reach', metric: 'err', unit: 'percent', better: 'higher', value: null, previous: null, target: 5, status: 'no_data' },
    ],
    daily,
    heatmap: heatmapOf(),
    comparisons: [
      { dimension: 'media', groups: [{ key: 'with_media', posts: 14, engagementRate: 6.1, sharesPerPost: 4.2 }, { key: 'without_media', posts: 7, engagementRate: 3.4, sharesPerPost: 1.1 }] },
      { dimension: 'question', groups: [{ key: 'question', posts: 5, engagementRate: 8.9, sharesPerPost: 2.5 }, { key: 'statement', posts: 16, engagementRate: 4.1, sharesPerPost: 3.0 }] },
      { dimension: 'network', groups: [{ key: 'mastodon', posts: 11, engagementRate: 6.6, sharesPerPost: 2.2 }, { key: 'bluesky', posts: 10, engagementRate: 3.9, sharesPerPost: 4.4 }] },
    ],
    topPosts: TOP_POSTS,
    accounts: ACCOUNTS,
    links: { clicks, uniqueVisitors: Math.round(clicks * 0.8), clickThroughRate: (clicks / impressions) * 100, botClicksFiltered: 37 },
    money: {
      currency: 'EUR',
      orders,
      revenue,
      spend,
      costPerOrder: orders > 0 ? spend / orders : null,
      returnOnSpend: ((revenue - spend) / spend) * 100,
      averageOrderValue: orders > 0 ? revenue / orders : null,
      repeatPurchaseRate: 18.2,
      breakdown: [
        { by: 'network', key: 'bluesky', label: 'Bluesky', orders: Math.ceil(orders / 2), revenue: Math.ceil(orders / 2) * 42.5, spend: 200, costPerOrder: 200 / Math.ceil(orders / 2) },
        { by: 'network', key: 'mastodon', label: 'Mastodon', orders: Math.floor(orders / 2), revenue: Math.floor(orders / 2) * 42.5, spend: 100, costPerOrder: orders > 1 ? 100 / Math.floor(orders / 2) : null },
      ],
    },
    channels: {
      currency: 'EUR',
      channels: [
        { channel: 'social', spend, orders, revenue, costPerOrder: orders > 0 ? spend / orders : null },
        { channel: 'search_ads', spend: 900, orders: 30, revenue: 1_400, costPerOrder: 30 },
        { channel: 'email', spend: 50, orders: 12, revenue: 520, costPerOrder: 50 / 12 },
      ],
      warning: null,
    },
  };
}

/** A workspace with nothing yet: no accounts, no posts, no orders. */
export function emptyDashboard(from = '2026-11-17', to = '2026-11-23'): Dashboard {
  return {
    workspaceId: '0b7a3c1e-1111-4222-8333-944455556666',
    period: { from, to, timezone: 'UTC' },
    denominator: 'reach',
    currency: 'EUR',
    hasStrategy: false,
    tiles: [],
    daily: daysBetween(from, to).map((day) => ({ day, impressions: 0, reach: 0, engagements: 0, likes: 0, replies: 0, reposts: 0, linkClicks: 0, followers: null, orders: 0, revenue: 0, postsPublished: 0 })),
    heatmap: [],
    comparisons: [],
    topPosts: [],
    accounts: [],
    links: { clicks: 0, uniqueVisitors: 0, clickThroughRate: null, botClicksFiltered: 0 },
    money: { currency: 'EUR', orders: 0, revenue: 0, spend: 0, costPerOrder: null, returnOnSpend: null, averageOrderValue: null, repeatPurchaseRate: null, breakdown: [] },
    channels: { currency: 'EUR', channels: [], warning: null },
  };
}
