/**
 * Endpoints of metric history (issue 7, A1–A2): measuring now, a post's snapshot history, an
 * account's followers beside their quality, and the metric definitions shown next to each figure.
 */
import { z } from 'zod';
import { METRIC_IDS, METRIC_LOCALES } from '../../core/metrics/definitions.js';
import { define, id, isoDate, workspaceParams } from '../contract.js';

const counter = z.number().nullable();

export const snapshotPointSchema = z.object({
  takenAt: isoDate,
  impressions: counter,
  reach: counter,
  views: counter,
  likes: counter,
  replies: counter,
  reposts: counter,
  quotes: counter,
  bookmarks: counter,
  clicks: counter,
  engagements: z.number(),
});

export const suspiciousDaySchema = z.object({
  day: z.string(),
  followersGained: z.number(),
  reason: z.enum(['jump_without_engagement', 'jump_outpaces_engagement']),
});

export const metricDefinitionSchema = z.object({ id: z.enum(METRIC_IDS), name: z.string(), definition: z.string(), formula: z.string() });

export const metricsEndpoints = {
  refreshMetrics: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/metrics/refresh',
    summary: 'Measure every published post (within its 90 days) and account of the workspace now',
    auth: 'any',
    params: workspaceParams,
    response: z.object({
      accounts: z.number(),
      posts: z.number(),
      failed: z.array(z.object({ accountId: id, kind: z.string(), message: z.string() })),
      skipped: z.array(z.object({ network: z.string(), missing: z.array(z.enum(['post_metrics', 'account_metrics'])) })),
    }),
  }),
  getPostMetrics: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/posts/:postId/metrics',
    summary: "Each target's metric snapshots over time, oldest first",
    auth: 'any',
    params: z.strictObject({ workspaceId: id, postId: id }),
    response: z.object({
      targets: z.array(
        z.object({
          targetId: id,
          accountId: id,
          network: z.string(),
          status: z.string(),
          publishedAt: isoDate.nullable(),
          measured: z.boolean(),
          nextSnapshotAt: isoDate.nullable(),
          lastError: z.string().nullable(),
          snapshots: z.array(snapshotPointSchema),
        }),
      ),
    }),
  }),
  getAccountMetrics: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/accounts/:accountId/metrics',
    summary: "An account's follower history with its growth, engaged share and suspicious days",
    auth: 'any',
    params: z.strictObject({ workspaceId: id, accountId: id }),
    query: z.strictObject({ days: z.coerce.number().int().min(2).max(366).default(90) }),
    response: z.object({
      accountId: id,
      network: z.string(),
      days: z.array(z.object({ day: z.string(), followers: counter, following: counter, posts: counter })),
      followers: counter,
      growthRate: z.number().nullable(),
      uniqueEngagers: z.number(),
      engagedShare: z.number().nullable(),
      suspiciousDays: z.array(suspiciousDaySchema),
    }),
  }),
  listMetricDefinitions: define({
    method: 'GET',
    path: '/api/metric-definitions',
    summary: 'Every metric’s name, definition and formula in one language',
    auth: 'none',
    query: z.strictObject({ locale: z.enum(METRIC_LOCALES).default('en') }),
    response: z.object({ locale: z.enum(METRIC_LOCALES), items: z.array(metricDefinitionSchema) }),
  }),
} as const;
