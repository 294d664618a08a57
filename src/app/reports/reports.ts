/**
 * Reports (A7): the dashboard of a workspace and period as a self-contained HTML file or a PDF,
 * on demand; read-only share links that expire; and weekly or monthly schedules whose reports are
 * kept to download and announced to the team in-app and by the `report.generated` webhook event.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { latestRun, nextRun, type ReportFrequency } from '../../core/charts/report-schedule.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Dashboard, EngagementDenominator } from '../../core/metrics/dashboard.js';
import { resolvePeriod } from '../../core/metrics/dashboard-period.js';
import { LOCALES, type Locale } from '../../core/validation.js';
import {
  deleteReportSchedule as deleteScheduleRow,
  findGeneratedReport,
  findShareLink,
  findShareLinkByTokenHash,
  hasGeneratedReport,
  insertGeneratedReport,
  insertReportSchedule,
  insertShareLink,
  listAllReportSchedules,
  listGeneratedReports as listGeneratedRows,
  listReportSchedules as listScheduleRows,
  listShareLinks as listShareLinkRows,
  recordShareLinkView,
  revokeShareLink as revokeShareLinkRow,
  type GeneratedReportSummary,
  type ReportScheduleRow,
  type ShareLinkSummary,
} from '../../db/repositories/reports.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { announce, membersWhoCan } from '../events/announce.js';
import { buildDashboard } from '../measurement/dashboard.js';
import { renderReportHtml } from './html.js';

export type ReportFormat = 'html' | 'pdf';

export interface ReportFile {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

export interface ReportQuery {
  from?: string | undefined;
  to?: string | undefined;
  denominator: EngagementDenominator;
  locale?: Locale | undefined;
}

/** A share link lives at most this long: a report sent out should not stay readable forever. */
export const MAX_SHARE_DAYS = 90;
const DAY_MS = 86_400_000;

function localeOf(actor: Actor, asked: Locale | undefined): Locale {
  if (asked) return asked;
  const own = actor.kind === 'user' ? actor.user.locale : undefined;
  return (LOCALES as readonly string[]).includes(own ?? '') ? (own as Locale) : 'en';
}

async function workspaceOf(ctx: AppContext, workspaceId: string): Promise<{ name: string; timezone: string }> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace;
}

async function dashboardFor(ctx: AppContext, workspaceId: string, query: Omit<ReportQuery, 'locale'>): Promise<{ dashboard: Dashboard; workspaceName: string }> {
  const workspace = await workspaceOf(ctx, workspaceId);
  const period = resolvePeriod({ from: query.from, to: query.to, timezone: workspace.timezone, now: ctx.clock.now() });
  const dashboard = await buildDashboard(ctx.db, { workspaceId, period, denominator: query.denominator });
  return { dashboard, workspaceName: workspace.name };
}

/** A file name without the characters that break Content-Disposition or paths. */
function fileNameOf(dashboard: Dashboard, locale: Locale, format: ReportFormat): string {
  return `report-${dashboard.period.from}-${dashboard.period.to}-${locale}.${format}`;
}

async function renderFile(dashboard: Dashboard, locale: Locale, format: ReportFormat, workspaceName: string, now: Date): Promise<ReportFile> {
  const fileName = fileNameOf(dashboard, locale, format);
  if (format === 'html') return { contentType: 'text/html; charset=utf-8', fileName, body: renderReportHtml(dashboard, locale, { workspaceName, now }) };
  // pdfkit and the fonts load on the first PDF, not at start: most processes never make one.
  const { renderReportPdf } = await import('./pdf.js');
  return { contentType: 'application/pdf', fileName, body: await renderReportPdf(dashboard, locale, { workspaceName, now }) };
}

/** The dashboard of the period asked for, as a file, computed now. */
export async function downloadDashboardReport(ctx: AppContext, actor: Actor, workspaceId: string, query: ReportQuery & { format: ReportFormat }): Promise<ReportFile> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const { dashboard, workspaceName } = await dashboardFor(ctx, workspaceId, query);
  return renderFile(dashboard, localeOf(actor, query.locale), query.format, workspaceName, ctx.clock.now());
}

// --- share links ---

export type ShareLinkState = 'active' | 'expired' | 'revoked';

export interface ShareLink extends ShareLinkSummary {
  state: ShareLinkState;
}

function stateOf(link: Pick<ShareLinkSummary, 'revokedAt' | 'expiresAt'>, now: Date): ShareLinkState {
  if (link.revokedAt) return 'revoked';
  return link.expiresAt <= now ? 'expired' : 'active';
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** 32 random bytes in base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface CreatedShareLink {
  link: ShareLink;
  /** The path of the public page (`/r/<token>`); shown once, as only its hash is kept. */
  path: string;
}

/**
 * Makes a read-only link to the report of a period. The report is rendered now and stored with
 * the link (see the migration for why); managers decide what leaves the workspace.
 */
export async function createShareLink(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: ReportQuery & { expiresInDays: number },
  meta?: RequestMeta,
): Promise<CreatedShareLink> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_SHARE_DAYS) {
    throw new AppError('validation_failed', `A share link expires after 1 to ${MAX_SHARE_DAYS} days`, { field: 'expiresInDays' });
  }
  const { dashboard, workspaceName } = await dashboardFor(ctx, workspaceId, input);
  const locale = localeOf(actor, input.locale);
  const now = ctx.clock.now();
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const row = {
    id,
    workspaceId,
    tokenHash: hashToken(token),
    periodFrom: dashboard.period.from,
    periodTo: dashboard.period.to,
    denominator: input.denominator,
    locale,
    html: renderReportHtml(dashboard, locale, { workspaceName, now }),
    createdBy: actor.kind === 'user' ? actor.user.id : null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
  };
  await ctx.db.transaction(async (tx) => {
    await insertShareLink(tx, row);
    await audit(tx, now, { action: 'report.share_link_created', workspaceId, actor, meta, target: { type: 'report_share_link', id }, details: { from: row.periodFrom, to: row.periodTo, expiresAt: row.expiresAt.toISOString() } });
  });
  const { html: _html, tokenHash: _hash, ...summary } = row;
  return { link: { ...summary, revokedAt: null, viewCount: 0, lastViewedAt: null, state: 'active' }, path: `/r/${token}` };
}

export async function listShareLinks(ctx: AppContext, actor: Actor, workspaceId: string): Promise<ShareLink[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  return (await listShareLinkRows(ctx.db, workspaceId)).map((link) => ({ ...link, state: stateOf(link, now) }));
}

export async function revokeShareLink(ctx: AppContext, actor: Actor, workspaceId: string, linkId: string, meta?: RequestMeta): Promise<ShareLink> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  const revoked = await ctx.db.transaction(async (tx) => {
    const link = await findShareLink(tx, workspaceId, linkId);
    if (!link) throw notFound('Share link');
    await revokeShareLinkRow(tx, workspaceId, linkId, now);
    await audit(tx, now, { action: 'report.share_link_revoked', workspaceId, actor, meta, target: { type: 'report_share_link', id: linkId } });
    return findShareLink(tx, workspaceId, linkId);
  });
  if (!revoked) throw notFound('Share link');
  return { ...revoked, state: stateOf(revoked, now) };
}

export type SharedReportView = { kind: 'report'; html: string } | { kind: 'gone'; reason: 'expired' | 'revoked'; locale: Locale } | { kind: 'not_found' };

/** What the public page at `/r/<token>` shows; anyone with the token may look, nobody may change anything. */
export async function openSharedReport(ctx: AppContext, token: string): Promise<SharedReportView> {
  if (!TOKEN_SHAPE.test(token)) return { kind: 'not_found' };
  const link = await findShareLinkByTokenHash(ctx.db, hashToken(token));
  if (!link) return { kind: 'not_found' };
  const now = ctx.clock.now();
  const state = stateOf(link, now);
  const locale = (LOCALES as readonly string[]).includes(link.locale) ? (link.locale as Locale) : 'en';
  if (state !== 'active') return { kind: 'gone', reason: state, locale };
  await recordShareLinkView(ctx.db, link.id, now);
  return { kind: 'report', html: link.html };
}

// --- schedules and the reports they make ---

export interface ReportScheduleInput {
  frequency: ReportFrequency;
  weekday?: number | null | undefined;
  monthDay?: number | null | undefined;
  hour: number;
  minute: number;
  locale: Locale;
  denominator: EngagementDenominator;
}

export interface ReportSchedule extends ReportScheduleRow {
  nextRunAt: Date;
}

function withNextRun(row: ReportScheduleRow, timezone: string, now: Date): ReportSchedule {
  return { ...row, nextRunAt: nextRun(row, timezone, now).dueAt };
}

export async function listReportSchedules(ctx: AppContext, actor: Actor, workspaceId: string): Promise<ReportSchedule[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const workspace = await workspaceOf(ctx, workspaceId);
  const now = ctx.clock.now();
  return (await listScheduleRows(ctx.db, workspaceId)).map((row) => withNextRun(row, workspace.timezone, now));
}

export async function createReportSchedule(ctx: AppContext, actor: Actor, workspaceId: string, input: ReportScheduleInput, meta?: RequestMeta): Promise<ReportSchedule> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const weekly = input.frequency === 'weekly';
  const weekday = weekly ? input.weekday : null;
  const monthDay = weekly ? null : input.monthDay;
  if (weekly && (weekday === null || weekday === undefined)) throw new AppError('validation_failed', 'A weekly report needs its weekday (0 = Monday … 6 = Sunday)', { field: 'weekday' });
  if (!weekly && (monthDay === null || monthDay === undefined)) throw new AppError('validation_failed', 'A monthly report needs its day of the month (1–28)', { field: 'monthDay' });
  const workspace = await workspaceOf(ctx, workspaceId);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertReportSchedule(tx, {
      id: randomUUID(),
      workspaceId,
      frequency: input.frequency,
      weekday: weekday ?? null,
      monthDay: monthDay ?? null,
      hour: input.hour,
      minute: input.minute,
      locale: input.locale,
      denominator: input.denominator,
      createdBy: actor.kind === 'user' ? actor.user.id : null,
      createdAt: now,
    });
    await audit(tx, now, { action: 'report.schedule_created', workspaceId, actor, meta, target: { type: 'report_schedule', id: created.id }, details: { frequency: input.frequency } });
    return created;
  });
  return withNextRun(row, workspace.timezone, now);
}

export async function deleteReportSchedule(ctx: AppContext, actor: Actor, workspaceId: string, scheduleId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteScheduleRow(tx, workspaceId, scheduleId))) throw notFound('Report schedule');
    await audit(tx, now, { action: 'report.schedule_deleted', workspaceId, actor, meta, target: { type: 'report_schedule', id: scheduleId } });
  });
}

export async function listGeneratedReports(ctx: AppContext, actor: Actor, workspaceId: string): Promise<GeneratedReportSummary[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  return listGeneratedRows(ctx.db, workspaceId, 100);
}

/** A made report as a file: the stored HTML, or a PDF drawn from the frozen dashboard. */
export async function downloadGeneratedReport(ctx: AppContext, actor: Actor, workspaceId: string, reportId: string, format: ReportFormat): Promise<ReportFile> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const report = await findGeneratedReport(ctx.db, workspaceId, reportId);
  if (!report) throw notFound('Report');
  // Written by `generateScheduledReport` below from a `Dashboard`; the database is not an outside source.
  const dashboard = report.dashboard as Dashboard;
  const locale = (LOCALES as readonly string[]).includes(report.locale) ? (report.locale as Locale) : 'en';
  if (format === 'html') return { contentType: 'text/html; charset=utf-8', fileName: fileNameOf(dashboard, locale, 'html'), body: report.html };
  return renderFile(dashboard, locale, 'pdf', report.workspaceName, report.createdAt);
}

/**
 * Makes every report whose time has come and that was not made yet; run by the
 * `reports.schedule` job. A schedule's runs before it existed are not made. Returns how many
 * reports were made.
 */
export async function runDueReportSchedules(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let made = 0;
  for (const { schedule, workspaceName, timezone } of await listAllReportSchedules(ctx.db)) {
    const run = latestRun(schedule, timezone, now);
    if (run.dueAt < schedule.createdAt) continue;
    if (await hasGeneratedReport(ctx.db, schedule.id, run.dueAt)) continue;
    try {
      if (await generateScheduledReport(ctx, schedule, { workspaceName, timezone }, run, now)) made += 1;
    } catch (error) {
      // One workspace's failure must not stop the others' reports; the next run tries again.
      ctx.logger.error({ err: error, scheduleId: schedule.id }, 'scheduled report failed');
    }
  }
  return made;
}

async function generateScheduledReport(
  ctx: AppContext,
  schedule: ReportScheduleRow,
  workspace: { workspaceName: string; timezone: string },
  run: { dueAt: Date; from: string; to: string },
  now: Date,
): Promise<boolean> {
  const locale = (LOCALES as readonly string[]).includes(schedule.locale) ? (schedule.locale as Locale) : 'en';
  const period = { from: run.from, to: run.to, timezone: workspace.timezone };
  const dashboard = await buildDashboard(ctx.db, { workspaceId: schedule.workspaceId, period, denominator: schedule.denominator });
  const html = renderReportHtml(dashboard, locale, { workspaceName: workspace.workspaceName, now });
  const recipients = await membersWhoCan(ctx.db, schedule.workspaceId, 'analytics.read');
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const stored = await insertGeneratedReport(tx, {
      id,
      workspaceId: schedule.workspaceId,
      scheduleId: schedule.id,
      dueAt: run.dueAt,
      periodFrom: run.from,
      periodTo: run.to,
      denominator: schedule.denominator,
      locale,
      workspaceName: workspace.workspaceName,
      dashboard,
      html,
      createdAt: now,
    });
    if (stored) {
      await announce(
        tx,
        {
          workspaceId: schedule.workspaceId,
          type: 'report.generated',
          payload: { reportId: id, scheduleId: schedule.id, frequency: schedule.frequency, periodFrom: run.from, periodTo: run.to, locale },
          recipients,
        },
        now,
      );
    }
    return stored;
  });
}
