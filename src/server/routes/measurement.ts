/** Measurement (issue 7): the dashboard of a workspace and period. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getDashboard } from '../../app/measurement/dashboard.js';
import { route } from '../route.js';

export function registerMeasurementRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'getDashboard', async ({ actor, params, query }) => getDashboard(ctx, actor, params.workspaceId, query));
}
