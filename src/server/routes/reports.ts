/**
 * Reports (issue 7, A7). The JSON endpoints (share links, schedules, the list of made reports) come
 * from the contract; the files are plain routes because their answers are documents: the
 * dashboard report as HTML or PDF, a made report's files, and the public read-only page
 * `/r/<token>` behind a share link.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { renderSharePageProblem } from '../../app/reports/html.js';
import {
  createReportSchedule,
  createShareLink,
  deleteReportSchedule,
  downloadDashboardReport,
  downloadGeneratedReport,
  listGeneratedReports,
  listReportSchedules,
  listShareLinks,
  openSharedReport,
  revokeShareLink,
  type ReportFile,
  type ReportFormat,
} from '../../app/reports/reports.js';
import { ENGAGEMENT_DENOMINATORS } from '../../client/endpoints/measurement.js';
import { LOCALES } from '../../core/validation.js';
import { authenticate } from '../authenticate.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';

const security: Array<Record<string, string[]>> = [{ session: [] }, { apiKey: [] }];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const workspaceParams = z.strictObject({ workspaceId: z.uuid() });
const generatedParams = z.strictObject({ workspaceId: z.uuid(), reportId: z.uuid() });
const reportQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  denominator: z.enum(ENGAGEMENT_DENOMINATORS).default('reach'),
  locale: z.enum(LOCALES).optional(),
});
const shareParams = z.strictObject({ token: z.string().max(200) });

const FORMATS = [
  { format: 'html', what: 'self-contained HTML (inline CSS and SVG charts, no scripts)' },
  { format: 'pdf', what: 'PDF' },
] as const satisfies ReadonlyArray<{ format: ReportFormat; what: string }>;

const capitalized = (format: ReportFormat) => (format === 'html' ? 'Html' : 'Pdf');

/** Operation ids these plain routes add to the OpenAPI document beside the contract's. */
export const REPORT_FILE_OPERATIONS: readonly string[] = [
  ...FORMATS.map((entry) => `downloadDashboardReport${capitalized(entry.format)}`),
  ...FORMATS.map((entry) => `downloadGeneratedReport${capitalized(entry.format)}`),
  'viewSharedReport',
];

function sendFile(reply: FastifyReply, file: ReportFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/**
 * What a shared report may do in a browser: show itself with its inline styles and SVG, and
 * nothing else (no scripts, no requests, no forms, no framing by other sites).
 */
const SHARED_PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'private, no-store',
} as const;

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'listReportShareLinks', async ({ actor, params }) => ({ items: presentDates(await listShareLinks(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'createReportShareLink', async ({ actor, params, body, meta }) => presentDates(await createShareLink(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'revokeReportShareLink', async ({ actor, params, meta }) => presentDates(await revokeShareLink(ctx, actor, params.workspaceId, params.linkId, meta)));
  route(app, ctx, 'listReportSchedules', async ({ actor, params }) => ({ items: presentDates(await listReportSchedules(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'createReportSchedule', async ({ actor, params, body, meta }) => presentDates(await createReportSchedule(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'deleteReportSchedule', async ({ actor, params, meta }) => {
    await deleteReportSchedule(ctx, actor, params.workspaceId, params.scheduleId, meta);
    return { ok: true as const };
  });
  route(app, ctx, 'listGeneratedReports', async ({ actor, params }) => ({ items: presentDates(await listGeneratedReports(ctx, actor, params.workspaceId)) }));

  for (const entry of FORMATS) {
    app.get(
      `/api/workspaces/:workspaceId/reports/dashboard.${entry.format}`,
      {
        schema: {
          operationId: `downloadDashboardReport${capitalized(entry.format)}`,
          summary: `The dashboard report of a period as ${entry.what} (?from&to=YYYY-MM-DD, denominator=reach|impressions|followers, locale=en|id|ru|pl)`,
          tags: ['workspaces'],
          security,
          params: workspaceParams,
          querystring: reportQuery,
        },
      },
      async (request, reply) => {
        const actor = await authenticate(ctx, request, 'any');
        if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
        const { workspaceId } = workspaceParams.parse(request.params);
        const query = reportQuery.parse(request.query);
        return sendFile(reply, await downloadDashboardReport(ctx, actor, workspaceId, { ...query, format: entry.format }));
      },
    );
    app.get(
      `/api/workspaces/:workspaceId/reports/generated/:reportId/report.${entry.format}`,
      {
        schema: {
          operationId: `downloadGeneratedReport${capitalized(entry.format)}`,
          summary: `A report made by a schedule, as ${entry.what}`,
          tags: ['workspaces'],
          security,
          params: generatedParams,
        },
      },
      async (request, reply) => {
        const actor = await authenticate(ctx, request, 'any');
        if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
        const { workspaceId, reportId } = generatedParams.parse(request.params);
        return sendFile(reply, await downloadGeneratedReport(ctx, actor, workspaceId, reportId, entry.format));
      },
    );
  }

  app.get(
    '/r/:token',
    {
      schema: {
        operationId: 'viewSharedReport',
        summary: 'The read-only report behind a share link (HTML); 410 once expired or revoked, 404 for an unknown link',
        tags: ['public'],
        params: shareParams,
      },
    },
    async (request, reply) => {
      const { token } = shareParams.parse(request.params);
      const view = await openSharedReport(ctx, token);
      reply.headers(SHARED_PAGE_HEADERS).type('text/html; charset=utf-8');
      if (view.kind === 'report') return reply.send(view.html);
      if (view.kind === 'gone') return reply.status(410).send(renderSharePageProblem(view.reason, view.locale));
      return reply.status(404).send(renderSharePageProblem('not_found', 'en'));
    },
  );
}
