/** Metric history (issue 7): refresh, post and account histories, and the metric definitions. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getAccountMetrics, getPostMetrics, listMetricDefinitions } from '../../app/measurement/history.js';
import { refreshWorkspaceMetrics } from '../../app/measurement/snapshots.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';

export function registerMetricsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'refreshMetrics', async ({ actor, params }) => refreshWorkspaceMetrics(ctx, actor, params.workspaceId));
  route(app, ctx, 'getPostMetrics', async ({ actor, params }) => presentDates(await getPostMetrics(ctx, actor, params.workspaceId, params.postId)));
  route(app, ctx, 'getAccountMetrics', async ({ actor, params, query }) => getAccountMetrics(ctx, actor, params.workspaceId, params.accountId, query.days));
  route(app, ctx, 'listMetricDefinitions', async ({ query }) => ({ locale: query.locale, items: listMetricDefinitions(query.locale) }));
}
