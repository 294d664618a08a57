/**
 * Tracked links' side of the database: the workspace's setting, the short links (one per post
 * target and original address), the daily click counters, and the day salts and visitor hashes
 * that count unique visitors without keeping who they are.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { preparedQuery } from '../prepared.js';
import { linkSettings, shortLinks, workspaces } from '../schema.js';

export type ShortLinkRow = typeof shortLinks.$inferSelect;
export type NewShortLink = typeof shortLinks.$inferInsert;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Whether the workspace tracks links; on until it says otherwise. */
export async function findLinkTracking(db: Database, workspaceId: string): Promise<boolean> {
  const [row] = await db.select({ enabled: linkSettings.trackingEnabled }).from(linkSettings).where(eq(linkSettings.workspaceId, workspaceId));
  return row?.enabled ?? true;
}

export async function saveLinkTracking(db: Database, workspaceId: string, enabled: boolean, now: Date): Promise<void> {
  await db
    .insert(linkSettings)
    .values({ workspaceId, trackingEnabled: enabled, updatedAt: now })
    .onConflictDoUpdate({ target: linkSettings.workspaceId, set: { trackingEnabled: enabled, updatedAt: now } });
}

/**
 * Creates the links that do not exist yet and returns every link of the target by original
 * address. A row that exists (an earlier try of the same target) keeps its code: the
 * `(target_id, target_url)` key makes a retry publish the same text. A new code that collides with
 * another link's (about 10^-18 per pair) leaves its address missing from the answer; the caller
 * tries again with new codes.
 */
export async function ensureShortLinks(db: Database, targetId: string, links: readonly NewShortLink[]): Promise<Map<string, ShortLinkRow>> {
  if (links.length > 0) await db.insert(shortLinks).values([...links]).onConflictDoNothing();
  const rows = await db.select().from(shortLinks).where(eq(shortLinks.targetId, targetId));
  return new Map(rows.map((row) => [row.targetUrl, row]));
}

/** What the redirect needs to know about a code: where it goes, and whose calendar days count it. */
export interface ResolvedLink {
  id: string;
  destinationUrl: string;
  timezone: string;
}

const resolveCode = preparedQuery((db) =>
  db
    .select({ id: shortLinks.id, destinationUrl: shortLinks.destinationUrl, timezone: workspaces.timezone })
    .from(shortLinks)
    .innerJoin(workspaces, eq(workspaces.id, shortLinks.workspaceId))
    .where(eq(shortLinks.code, sql.placeholder('code')))
    .prepare('resolve_short_link'),
);

export async function findLinkByCode(db: Database, code: string): Promise<ResolvedLink | undefined> {
  const [row] = await resolveCode(db).execute({ code });
  return row;
}

/** The day's salt: the one stored, or `candidate` when this call is the first of the day (any process). */
export async function ensureDaySalt(db: Database, day: string, candidate: string): Promise<string> {
  const rows = await db.execute<{ salt: string }>(sql`
    WITH created AS (
      INSERT INTO link_visitor_salts (day, salt) VALUES (${day}::date, ${candidate}) ON CONFLICT (day) DO NOTHING RETURNING salt
    )
    SELECT salt FROM created UNION ALL SELECT salt FROM link_visitor_salts WHERE day = ${day}::date`);
  const [row] = rowsOf<{ salt: string }>(rows);
  if (!row) throw new Error(`No visitor salt for ${day}`);
  return row.salt;
}

/** Deletes the salts and visitor hashes of days before `firstKeptDay`; the daily counts stay. */
export async function forgetVisitorsBefore(db: Database, firstKeptDay: string): Promise<void> {
  await db.execute(sql`DELETE FROM link_visitors WHERE day < ${firstKeptDay}::date`);
  await db.execute(sql`DELETE FROM link_visitor_salts WHERE day < ${firstKeptDay}::date`);
}

export interface ClickCount {
  linkId: string;
  day: string;
  clicks: number;
  botClicks: number;
}

export interface VisitorSighting {
  linkId: string;
  day: string;
  hash: string;
}

/**
 * Adds a batch of counts in one statement: the visitor hashes not seen yet that day become unique
 * visitors, and clicks and bot clicks are added to each link's day. Counts for a link deleted
 * meanwhile (its post was deleted) are dropped rather than failing the batch.
 */
export async function addClickCounts(db: Database, counts: readonly ClickCount[], visitors: readonly VisitorSighting[]): Promise<void> {
  if (counts.length === 0) return;
  const countsJson = JSON.stringify(counts.map((c) => ({ link_id: c.linkId, day: c.day, clicks: c.clicks, bot_clicks: c.botClicks })));
  const visitorsJson = JSON.stringify(visitors.map((v) => ({ link_id: v.linkId, day: v.day, hash: v.hash })));
  await db.execute(sql`
    WITH counts AS (
      SELECT c.* FROM jsonb_to_recordset(${countsJson}::jsonb) AS c(link_id uuid, day date, clicks integer, bot_clicks integer)
      WHERE EXISTS (SELECT 1 FROM short_links s WHERE s.id = c.link_id)
    ),
    sightings AS (
      SELECT v.* FROM jsonb_to_recordset(${visitorsJson}::jsonb) AS v(link_id uuid, day date, hash text)
      WHERE EXISTS (SELECT 1 FROM short_links s WHERE s.id = v.link_id)
    ),
    fresh AS (
      INSERT INTO link_visitors (link_id, day, visitor_hash) SELECT link_id, day, hash FROM sightings
      ON CONFLICT DO NOTHING RETURNING link_id, day
    ),
    fresh_per_day AS (SELECT link_id, day, count(*)::integer AS visitors FROM fresh GROUP BY link_id, day)
    INSERT INTO link_clicks_daily (link_id, day, clicks, bot_clicks, unique_visitors)
    SELECT c.link_id, c.day, c.clicks, c.bot_clicks, coalesce(f.visitors, 0)
    FROM counts c LEFT JOIN fresh_per_day f ON f.link_id = c.link_id AND f.day = c.day
    ON CONFLICT (link_id, day) DO UPDATE SET
      clicks = link_clicks_daily.clicks + excluded.clicks,
      bot_clicks = link_clicks_daily.bot_clicks + excluded.bot_clicks,
      unique_visitors = link_clicks_daily.unique_visitors + excluded.unique_visitors`);
}

export interface ShortLinkWithCounts extends ShortLinkRow {
  clicks: number;
  botClicks: number;
  uniqueVisitors: number;
}

/** A workspace's short links, newest first, with their counts over all days. */
export async function listShortLinksWithCounts(db: Database, workspaceId: string, filter: { postId?: string | undefined; limit: number }): Promise<ShortLinkWithCounts[]> {
  const totals = db
    .select({
      linkId: sql<string>`link_id`.as('link_id'),
      clicks: sql<number>`sum(clicks)::integer`.as('clicks'),
      botClicks: sql<number>`sum(bot_clicks)::integer`.as('bot_clicks'),
      uniqueVisitors: sql<number>`sum(unique_visitors)::integer`.as('unique_visitors'),
    })
    .from(sql`link_clicks_daily`)
    .groupBy(sql`link_id`)
    .as('totals');
  const rows = await db
    .select({ link: shortLinks, clicks: totals.clicks, botClicks: totals.botClicks, uniqueVisitors: totals.uniqueVisitors })
    .from(shortLinks)
    .leftJoin(totals, eq(totals.linkId, shortLinks.id))
    .where(and(eq(shortLinks.workspaceId, workspaceId), filter.postId ? eq(shortLinks.postId, filter.postId) : undefined))
    .orderBy(sql`${shortLinks.createdAt} DESC`, shortLinks.code)
    .limit(filter.limit);
  return rows.map((row) => ({ ...row.link, clicks: row.clicks ?? 0, botClicks: row.botClicks ?? 0, uniqueVisitors: row.uniqueVisitors ?? 0 }));
}

export interface DailyLinkCounts {
  day: string;
  targetId: string;
  clicks: number;
  botClicks: number;
  uniqueVisitors: number;
}

/** Counts per day and post target of a workspace's links, days `from`..`to` inclusive. */
export async function linkCountsBetween(db: Database, workspaceId: string, from: string, to: string): Promise<DailyLinkCounts[]> {
  const rows = await db.execute<{ day: string; target_id: string; clicks: number; bot_clicks: number; unique_visitors: number }>(sql`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, s.target_id, sum(d.clicks)::integer AS clicks,
           sum(d.bot_clicks)::integer AS bot_clicks, sum(d.unique_visitors)::integer AS unique_visitors
    FROM link_clicks_daily d JOIN short_links s ON s.id = d.link_id
    WHERE s.workspace_id = ${workspaceId} AND d.day BETWEEN ${from}::date AND ${to}::date
    GROUP BY d.day, s.target_id
    ORDER BY d.day, s.target_id`);
  return rowsOf<{ day: string; target_id: string; clicks: number; bot_clicks: number; unique_visitors: number }>(rows).map((row) => ({
    day: row.day,
    targetId: row.target_id,
    clicks: Number(row.clicks),
    botClicks: Number(row.bot_clicks),
    uniqueVisitors: Number(row.unique_visitors),
  }));
}

/** Of the given post targets, the ones that have at least one short link. */
export async function findTargetsWithLinks(db: Database, workspaceId: string, targetIds: readonly string[]): Promise<string[]> {
  if (targetIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ targetId: shortLinks.targetId })
    .from(shortLinks)
    .where(and(eq(shortLinks.workspaceId, workspaceId), inArray(shortLinks.targetId, [...targetIds])));
  return rows.map((row) => row.targetId);
}
