/**
 * The measurement dashboard (issue 7, A6): one endpoint that returns the whole `Dashboard` of a
 * workspace and period. The schema mirrors `src/core/metrics/dashboard.ts`; a type test below
 * keeps the two equal.
 */
import { z } from 'zod';
import type { Dashboard } from '../../core/metrics/dashboard.js';
import { define, workspaceParams } from '../contract.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const figure = z.number().nullable();

export const ENGAGEMENT_DENOMINATORS = ['reach', 'impressions', 'followers'] as const;

const dailyFiguresSchema = z.object({
  day,
  impressions: z.number(),
  reach: z.number(),
  engagements: z.number(),
  likes: z.number(),
  replies: z.number(),
  reposts: z.number(),
  linkClicks: z.number(),
  followers: figure,
  orders: z.number(),
  revenue: z.number(),
  postsPublished: z.number(),
});

const kpiTileSchema = z.object({
  kpiId: z.string(),
  metric: z.string(),
  unit: z.enum(['count', 'currency', 'percent', 'ratio', 'minutes']),
  better: z.enum(['higher', 'lower']),
  value: figure,
  previous: figure,
  target: figure,
  status: z.enum(['met', 'behind', 'no_target', 'no_data']),
});

const moneyRowSchema = z.object({
  by: z.enum(['network', 'campaign', 'account', 'post']),
  key: z.string(),
  label: z.string(),
  orders: z.number(),
  revenue: z.number(),
  spend: z.number(),
  costPerOrder: figure,
});

export const dashboardSchema = z.object({
  workspaceId: z.string(),
  period: z.object({ from: day, to: day, timezone: z.string() }),
  denominator: z.enum(ENGAGEMENT_DENOMINATORS),
  currency: z.string(),
  hasStrategy: z.boolean(),
  tiles: z.array(kpiTileSchema),
  daily: z.array(dailyFiguresSchema),
  heatmap: z.array(z.object({ weekday: z.number(), hour: z.number(), posts: z.number(), engagementRate: figure, audienceActivity: z.number() })),
  comparisons: z.array(
    z.object({
      dimension: z.enum(['media', 'question', 'network']),
      groups: z.array(z.object({ key: z.string(), posts: z.number(), engagementRate: figure, sharesPerPost: figure })),
    }),
  ),
  topPosts: z.array(
    z.object({
      postId: z.string(),
      targetId: z.string(),
      network: z.string(),
      accountName: z.string(),
      excerpt: z.string(),
      publishedAt: z.string(),
      url: z.string().nullable(),
      impressions: z.number(),
      reach: z.number(),
      engagements: z.number(),
      reposts: z.number(),
      linkClicks: z.number(),
      orders: z.number(),
      engagementRate: figure,
      virality: figure,
      reachBeyondFollowers: figure,
    }),
  ),
  accounts: z.array(
    z.object({
      accountId: z.string(),
      network: z.string(),
      name: z.string(),
      followers: figure,
      growthRate: figure,
      engagedShare: figure,
      suspiciousDays: z.array(z.object({ day, followersGained: z.number(), reason: z.string() })),
    }),
  ),
  links: z.object({ clicks: z.number(), uniqueVisitors: z.number(), clickThroughRate: figure, botClicksFiltered: z.number() }),
  money: z.object({
    currency: z.string(),
    orders: z.number(),
    revenue: z.number(),
    spend: z.number(),
    costPerOrder: figure,
    returnOnSpend: figure,
    averageOrderValue: figure,
    repeatPurchaseRate: figure,
    breakdown: z.array(moneyRowSchema),
  }),
  channels: z.object({
    currency: z.string(),
    channels: z.array(z.object({ channel: z.string(), spend: z.number(), orders: z.number(), revenue: z.number(), costPerOrder: figure })),
    warning: z
      .object({ kind: z.enum(['above_average_order_value', 'worst_channel']), socialCostPerOrder: z.number(), comparedWith: z.number() })
      .nullable(),
  }),
});

// The contract and the core type must describe the same value, in both directions.
type SchemaDashboard = z.infer<typeof dashboardSchema>;
const sameShape: [SchemaDashboard, Dashboard] extends [Dashboard, SchemaDashboard] ? true : never = true;
void sameShape;

export const dashboardQuerySchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  denominator: z.enum(ENGAGEMENT_DENOMINATORS).default('reach'),
});

export const measurementEndpoints = {
  getDashboard: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/dashboard',
    summary: 'KPI tiles, daily figures, best times, content comparison, top posts, audience quality, link clicks, orders and cost per order, and the channel comparison of a period (default: the last 30 days in the workspace’s zone)',
    auth: 'any',
    params: workspaceParams,
    query: dashboardQuerySchema,
    response: dashboardSchema,
  }),
} as const;
