/** Reports (A7): share links, schedules and the reports the schedules made. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { generatedReports, reportSchedules, reportShareLinks, workspaces } from '../schema.js';

export type ShareLinkRow = typeof reportShareLinks.$inferSelect;
export type ShareLinkSummary = Omit<ShareLinkRow, 'html' | 'tokenHash'>;
export type ReportScheduleRow = typeof reportSchedules.$inferSelect;
export type GeneratedReportRow = typeof generatedReports.$inferSelect;
export type GeneratedReportSummary = Omit<GeneratedReportRow, 'html' | 'dashboard'>;

const shareLinkSummary = {
  id: reportShareLinks.id,
  workspaceId: reportShareLinks.workspaceId,
  periodFrom: reportShareLinks.periodFrom,
  periodTo: reportShareLinks.periodTo,
  denominator: reportShareLinks.denominator,
  locale: reportShareLinks.locale,
  createdBy: reportShareLinks.createdBy,
  createdAt: reportShareLinks.createdAt,
  expiresAt: reportShareLinks.expiresAt,
  revokedAt: reportShareLinks.revokedAt,
  viewCount: reportShareLinks.viewCount,
  lastViewedAt: reportShareLinks.lastViewedAt,
};

export async function insertShareLink(db: Database, row: typeof reportShareLinks.$inferInsert): Promise<void> {
  await db.insert(reportShareLinks).values(row);
}

/** The workspace's links, newest first, without their documents. */
export async function listShareLinks(db: Database, workspaceId: string): Promise<ShareLinkSummary[]> {
  return db.select(shareLinkSummary).from(reportShareLinks).where(eq(reportShareLinks.workspaceId, workspaceId)).orderBy(desc(reportShareLinks.createdAt), desc(reportShareLinks.id));
}

export async function findShareLink(db: Database, workspaceId: string, id: string): Promise<ShareLinkSummary | undefined> {
  const [row] = await db.select(shareLinkSummary).from(reportShareLinks).where(and(eq(reportShareLinks.workspaceId, workspaceId), eq(reportShareLinks.id, id)));
  return row;
}

/** Marks the link revoked (once: a second revocation keeps the first time). */
export async function revokeShareLink(db: Database, workspaceId: string, id: string, at: Date): Promise<void> {
  await db
    .update(reportShareLinks)
    .set({ revokedAt: sql`coalesce(${reportShareLinks.revokedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(reportShareLinks.workspaceId, workspaceId), eq(reportShareLinks.id, id)));
}

export async function findShareLinkByTokenHash(db: Database, tokenHash: string): Promise<ShareLinkRow | undefined> {
  const [row] = await db.select().from(reportShareLinks).where(eq(reportShareLinks.tokenHash, tokenHash));
  return row;
}

export async function recordShareLinkView(db: Database, id: string, at: Date): Promise<void> {
  await db
    .update(reportShareLinks)
    .set({ viewCount: sql`${reportShareLinks.viewCount} + 1`, lastViewedAt: at })
    .where(eq(reportShareLinks.id, id));
}

export async function insertReportSchedule(db: Database, row: typeof reportSchedules.$inferInsert): Promise<ReportScheduleRow> {
  const [created] = await db.insert(reportSchedules).values(row).returning();
  if (!created) throw new Error('insert into report_schedules returned no row');
  return created;
}

export async function listReportSchedules(db: Database, workspaceId: string): Promise<ReportScheduleRow[]> {
  return db.select().from(reportSchedules).where(eq(reportSchedules.workspaceId, workspaceId)).orderBy(reportSchedules.createdAt, reportSchedules.id);
}

/** Returns whether a schedule was removed. */
export async function deleteReportSchedule(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const removed = await db.delete(reportSchedules).where(and(eq(reportSchedules.workspaceId, workspaceId), eq(reportSchedules.id, id))).returning({ id: reportSchedules.id });
  return removed.length > 0;
}

/** Every schedule with its workspace's name and zone: the job looks at all of them each run. */
export async function listAllReportSchedules(db: Database): Promise<Array<{ schedule: ReportScheduleRow; workspaceName: string; timezone: string }>> {
  const rows = await db
    .select({ schedule: reportSchedules, workspaceName: workspaces.name, timezone: workspaces.timezone })
    .from(reportSchedules)
    .innerJoin(workspaces, eq(workspaces.id, reportSchedules.workspaceId));
  return rows;
}

/** Stores a made report; false when the schedule already has one for this due time (another worker made it). */
export async function insertGeneratedReport(db: Database, row: typeof generatedReports.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(generatedReports).values(row).onConflictDoNothing({ target: [generatedReports.scheduleId, generatedReports.dueAt] }).returning({ id: generatedReports.id });
  return inserted.length > 0;
}

/** Whether the schedule already made its report for `dueAt`. */
export async function hasGeneratedReport(db: Database, scheduleId: string, dueAt: Date): Promise<boolean> {
  const [row] = await db.select({ id: generatedReports.id }).from(generatedReports).where(and(eq(generatedReports.scheduleId, scheduleId), eq(generatedReports.dueAt, dueAt)));
  return row !== undefined;
}

export async function listGeneratedReports(db: Database, workspaceId: string, limit: number): Promise<GeneratedReportSummary[]> {
  return db
    .select({
      id: generatedReports.id,
      workspaceId: generatedReports.workspaceId,
      scheduleId: generatedReports.scheduleId,
      dueAt: generatedReports.dueAt,
      periodFrom: generatedReports.periodFrom,
      periodTo: generatedReports.periodTo,
      denominator: generatedReports.denominator,
      locale: generatedReports.locale,
      workspaceName: generatedReports.workspaceName,
      createdAt: generatedReports.createdAt,
    })
    .from(generatedReports)
    .where(eq(generatedReports.workspaceId, workspaceId))
    .orderBy(desc(generatedReports.createdAt), desc(generatedReports.id))
    .limit(limit);
}

export async function findGeneratedReport(db: Database, workspaceId: string, id: string): Promise<GeneratedReportRow | undefined> {
  const [row] = await db.select().from(generatedReports).where(and(eq(generatedReports.workspaceId, workspaceId), eq(generatedReports.id, id)));
  return row;
}
