/**
 * Endpoints of reports (issue 7, A7): share links to a dashboard report, schedules and the reports
 * they made. The report files themselves (HTML, PDF, the public `/r/<token>` page) are plain
 * routes in `src/server/routes/reports.ts`, as their answers are documents, not JSON.
 */
import { z } from 'zod';
import { LOCALES } from '../../core/validation.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';
import { ENGAGEMENT_DENOMINATORS } from './measurement.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const shareLinkSchema = z.object({
  id,
  periodFrom: z.string(),
  periodTo: z.string(),
  denominator: z.enum(ENGAGEMENT_DENOMINATORS),
  locale: z.string(),
  createdBy: id.nullable(),
  createdAt: isoDate,
  expiresAt: isoDate,
  revokedAt: isoDate.nullable(),
  viewCount: z.number(),
  lastViewedAt: isoDate.nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});

export const reportScheduleSchema = z.object({
  id,
  frequency: z.enum(['weekly', 'monthly']),
  weekday: z.number().nullable(),
  monthDay: z.number().nullable(),
  hour: z.number(),
  minute: z.number(),
  locale: z.string(),
  denominator: z.enum(ENGAGEMENT_DENOMINATORS),
  createdAt: isoDate,
  nextRunAt: isoDate,
});

export const generatedReportSchema = z.object({
  id,
  scheduleId: id.nullable(),
  dueAt: isoDate,
  periodFrom: z.string(),
  periodTo: z.string(),
  denominator: z.string(),
  locale: z.string(),
  createdAt: isoDate,
});

const shareLinkParams = z.strictObject({ workspaceId: id, linkId: id });
const scheduleParams = z.strictObject({ workspaceId: id, scheduleId: id });

export const reportEndpoints = {
  listReportShareLinks: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/reports/share-links',
    summary: "The workspace's read-only report links, newest first, with their state",
    auth: 'any',
    params: workspaceParams,
    response: list(shareLinkSchema),
  }),
  createReportShareLink: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/reports/share-links',
    summary: 'Make a read-only link to the dashboard report of a period; the path is shown only now',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({
      from: day.optional(),
      to: day.optional(),
      denominator: z.enum(ENGAGEMENT_DENOMINATORS).default('reach'),
      locale: z.enum(LOCALES).optional(),
      expiresInDays: z.number().int().min(1).max(90),
    }),
    response: z.object({ link: shareLinkSchema, path: z.string() }),
    status: 201,
  }),
  revokeReportShareLink: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/reports/share-links/:linkId',
    summary: 'Revoke a share link: it answers "revoked" from now on',
    auth: 'any',
    params: shareLinkParams,
    response: shareLinkSchema,
  }),
  listReportSchedules: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/reports/schedules',
    summary: 'Weekly and monthly report schedules, with when each makes its next report',
    auth: 'any',
    params: workspaceParams,
    response: list(reportScheduleSchema),
  }),
  createReportSchedule: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/reports/schedules',
    summary: "Make a report weekly (weekday 0 = Monday) or monthly (day 1–28), at a time in the workspace's zone",
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({
      frequency: z.enum(['weekly', 'monthly']),
      weekday: z.number().int().min(0).max(6).nullable().optional(),
      monthDay: z.number().int().min(1).max(28).nullable().optional(),
      hour: z.number().int().min(0).max(23),
      minute: z.number().int().min(0).max(59).default(0),
      locale: z.enum(LOCALES),
      denominator: z.enum(ENGAGEMENT_DENOMINATORS).default('reach'),
    }),
    response: reportScheduleSchema,
    status: 201,
  }),
  deleteReportSchedule: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/reports/schedules/:scheduleId',
    summary: 'Stop a report schedule (reports it made are kept)',
    auth: 'any',
    params: scheduleParams,
    response: ok,
  }),
  listGeneratedReports: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/reports/generated',
    summary: 'Reports the schedules made, newest first (download: …/reports/generated/:reportId/report.html or .pdf)',
    auth: 'any',
    params: workspaceParams,
    response: list(generatedReportSchema),
  }),
} as const;
