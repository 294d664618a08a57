/**
 * The dashboard's metric reads (A6). They read the daily rollups (metric_daily_totals,
 * metric_post_daily, metric_account_daily) and the measured-target directory, never the raw
 * snapshots, so their cost grows with the period and the number of posts, not with history.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../connection.js';

const num = z.coerce.number();
const maybeNum = z.union([z.null(), z.coerce.number()]);
const day = z.union([z.string(), z.date()]).transform((value) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)));
const rowsOf = <T extends z.ZodType>(schema: T) => z.object({ rows: z.array(schema) });

export interface FigureScope {
  workspaceId: string;
  /** First and last local day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  timezone: string;
  /** The instants the days cover. */
  start: Date;
  end: Date;
}

const dailyRow = z.object({ day, impressions: num, reach: num, likes: num, replies: num, reposts: num, quotes: num, bookmarks: num });
export type DailyTotalsRow = z.infer<typeof dailyRow>;

/** What the workspace's posts gained each day, summed over accounts, networks and campaigns. */
export async function dailyTotals(db: Database, scope: FigureScope): Promise<DailyTotalsRow[]> {
  const result = await db.execute(sql`
    SELECT day, sum(impressions)::float8 AS impressions, sum(reach)::float8 AS reach, sum(likes)::float8 AS likes, sum(replies)::float8 AS replies,
      sum(reposts)::float8 AS reposts, sum(quotes)::float8 AS quotes, sum(bookmarks)::float8 AS bookmarks
    FROM metric_daily_totals WHERE workspace_id = ${scope.workspaceId}::uuid AND day BETWEEN ${scope.from}::date AND ${scope.to}::date
    GROUP BY day ORDER BY day`);
  return rowsOf(dailyRow).parse(result).rows;
}

/** Followers summed over accounts at the end of each day (each account's latest count so far). */
export async function dailyFollowers(db: Database, scope: FigureScope): Promise<Array<{ day: string; followers: number | null }>> {
  const result = await db.execute(sql`
    SELECT d.day::date AS day, CASE WHEN count(f.followers) = 0 THEN NULL ELSE sum(f.followers)::float8 END AS followers
    FROM generate_series(${scope.from}::date, ${scope.to}::date, interval '1 day') AS d (day)
    CROSS JOIN (SELECT DISTINCT account_id FROM metric_account_daily WHERE workspace_id = ${scope.workspaceId}::uuid AND day <= ${scope.to}::date) AS a
    LEFT JOIN LATERAL (
      SELECT x.followers FROM metric_account_daily x WHERE x.account_id = a.account_id AND x.day <= d.day::date AND x.followers IS NOT NULL ORDER BY x.day DESC LIMIT 1
    ) AS f ON true
    GROUP BY d.day ORDER BY d.day`);
  return rowsOf(z.object({ day, followers: maybeNum })).parse(result).rows;
}

/** Posts published each local day (every network, measured or not). */
export async function postsPublishedPerDay(db: Database, scope: FigureScope): Promise<Array<{ day: string; posts: number }>> {
  const result = await db.execute(sql`
    SELECT (t.published_at AT TIME ZONE ${scope.timezone})::date AS day, count(*)::int AS posts
    FROM connected_accounts a JOIN post_targets t ON t.account_id = a.id
    WHERE a.workspace_id = ${scope.workspaceId}::uuid AND t.status = 'published'
      AND t.published_at >= ${scope.start.toISOString()}::timestamptz AND t.published_at < ${scope.end.toISOString()}::timestamptz
    GROUP BY 1 ORDER BY 1`);
  return rowsOf(z.object({ day, posts: num })).parse(result).rows;
}

/**
 * The followers of target `m`'s account on its publishing day: the latest account rollup up to that
 * day, or (for an account first measured after the post) the earliest one after it.
 */
const followersAtPublish = (zone: string) => sql`COALESCE(
  (SELECT x.followers FROM metric_account_daily x WHERE x.account_id = m.account_id AND x.followers IS NOT NULL
    AND x.day <= (m.published_at AT TIME ZONE ${zone})::date ORDER BY x.day DESC LIMIT 1),
  (SELECT x.followers FROM metric_account_daily x WHERE x.account_id = m.account_id AND x.followers IS NOT NULL
    AND x.day > (m.published_at AT TIME ZONE ${zone})::date ORDER BY x.day LIMIT 1))`;

const postRow = z.object({
  target_id: z.string(),
  post_id: z.string(),
  account_id: z.string(),
  network: z.string(),
  account_name: z.string(),
  published_at: z.coerce.date(),
  weekday: num,
  hour: num,
  url: z.string().nullable(),
  content: z.unknown(),
  impressions: maybeNum,
  reach: maybeNum,
  likes: maybeNum,
  replies: maybeNum,
  reposts: maybeNum,
  quotes: maybeNum,
  bookmarks: maybeNum,
  followers_at_publish: maybeNum,
});
export type PostRow = z.infer<typeof postRow>;

/**
 * Measured targets published from `since` to the period's end, with their latest rollup up to the
 * period's last day, the followers their account had on the day of publishing (the nearest
 * account rollup, earlier preferred), and the local weekday (0 = Monday) and hour of publishing.
 */
export async function postsWithLatestCounters(db: Database, scope: FigureScope, since: Date): Promise<PostRow[]> {
  const zone = scope.timezone;
  const result = await db.execute(sql`
    SELECT m.target_id, m.post_id, m.account_id, m.network, COALESCE(a.display_name, a.handle) AS account_name, m.published_at,
      extract(isodow FROM m.published_at AT TIME ZONE ${zone})::int - 1 AS weekday, extract(hour FROM m.published_at AT TIME ZONE ${zone})::int AS hour,
      t.url, COALESCE(t.content, p.content) AS content,
      r.impressions, r.reach, r.likes, r.replies, r.reposts, r.quotes, r.bookmarks,
      ${followersAtPublish(zone)}::float8 AS followers_at_publish
    FROM metric_post_schedules m
    JOIN post_targets t ON t.id = m.target_id JOIN posts p ON p.id = m.post_id JOIN connected_accounts a ON a.id = m.account_id
    LEFT JOIN LATERAL (
      SELECT d.impressions, d.reach, d.likes, d.replies, d.reposts, d.quotes, d.bookmarks FROM metric_post_daily d
      WHERE d.target_id = m.target_id AND d.day <= ${scope.to}::date ORDER BY d.day DESC LIMIT 1
    ) AS r ON true
    WHERE m.workspace_id = ${scope.workspaceId}::uuid AND m.published_at >= ${since.toISOString()}::timestamptz AND m.published_at < ${scope.end.toISOString()}::timestamptz`);
  return rowsOf(postRow).parse(result).rows;
}

const heatRow = z.object({ weekday: num, hour: num, posts: num, engagement_rate: maybeNum });

/**
 * Posts published from `since` to the period's end by local weekday (0 = Monday) and hour, with
 * the mean engagement rate of each slot's posts (latest rollup up to the period's last day). Done
 * in SQL because the slot spans months of posts: the engagements are `engagementsOf` (likes +
 * replies + reposts + quotes + bookmarks), and a post without its denominator has no rate.
 */
export async function publishSlots(db: Database, scope: FigureScope, since: Date, denominator: 'reach' | 'impressions' | 'followers'): Promise<Array<z.infer<typeof heatRow>>> {
  const zone = scope.timezone;
  const base = denominator === 'followers' ? followersAtPublish(zone) : sql.raw(`r.${denominator}`);
  const result = await db.execute(sql`
    SELECT weekday, hour, count(*)::int AS posts, avg(rate)::float8 AS engagement_rate FROM (
      SELECT extract(isodow FROM m.published_at AT TIME ZONE ${zone})::int - 1 AS weekday, extract(hour FROM m.published_at AT TIME ZONE ${zone})::int AS hour,
        (COALESCE(r.likes, 0) + COALESCE(r.replies, 0) + COALESCE(r.reposts, 0) + COALESCE(r.quotes, 0) + COALESCE(r.bookmarks, 0)) * 100.0 / NULLIF(${base}, 0) AS rate
      FROM metric_post_schedules m
      LEFT JOIN LATERAL (
        SELECT d.impressions, d.reach, d.likes, d.replies, d.reposts, d.quotes, d.bookmarks FROM metric_post_daily d
        WHERE d.target_id = m.target_id AND d.day <= ${scope.to}::date ORDER BY d.day DESC LIMIT 1
      ) AS r ON true
      WHERE m.workspace_id = ${scope.workspaceId}::uuid AND m.published_at >= ${since.toISOString()}::timestamptz AND m.published_at < ${scope.end.toISOString()}::timestamptz
    ) AS slots GROUP BY weekday, hour`);
  return rowsOf(heatRow).parse(result).rows;
}

/** Inbound comments, mentions and replies by local weekday (0 = Monday) and hour of arrival. */
export async function audienceActivity(db: Database, scope: FigureScope, since: Date): Promise<Array<{ weekday: number; hour: number; items: number }>> {
  const zone = scope.timezone;
  const result = await db.execute(sql`
    SELECT extract(isodow FROM occurred_at AT TIME ZONE ${zone})::int - 1 AS weekday, extract(hour FROM occurred_at AT TIME ZONE ${zone})::int AS hour, count(*)::int AS items
    FROM inbox_items WHERE workspace_id = ${scope.workspaceId}::uuid AND direction = 'inbound' AND kind IN ('comment', 'mention', 'reply') AND deleted_at IS NULL
      AND occurred_at >= ${since.toISOString()}::timestamptz AND occurred_at < ${scope.end.toISOString()}::timestamptz
    GROUP BY 1, 2`);
  return rowsOf(z.object({ weekday: num, hour: num, items: num })).parse(result).rows;
}

export interface AccountRow {
  accountId: string;
  network: string;
  name: string;
}

export async function workspaceAccounts(db: Database, workspaceId: string): Promise<AccountRow[]> {
  const result = await db.execute(sql`
    SELECT id, network, COALESCE(display_name, handle) AS name FROM connected_accounts WHERE workspace_id = ${workspaceId}::uuid ORDER BY network, handle`);
  return rowsOf(z.object({ id: z.string(), network: z.string(), name: z.string() }))
    .parse(result)
    .rows.map((row) => ({ accountId: row.id, network: row.network, name: row.name }));
}

/** Each account's follower count at the end of every day it was measured from `fromDay` to `toDay`. */
export async function accountFollowerDays(db: Database, workspaceId: string, fromDay: string, toDay: string): Promise<Array<{ accountId: string; day: string; followers: number | null }>> {
  const result = await db.execute(sql`
    SELECT account_id, day, followers::float8 AS followers FROM metric_account_daily
    WHERE workspace_id = ${workspaceId}::uuid AND day BETWEEN ${fromDay}::date AND ${toDay}::date ORDER BY account_id, day`);
  return rowsOf(z.object({ account_id: z.string(), day, followers: maybeNum }))
    .parse(result)
    .rows.map((row) => ({ accountId: row.account_id, day: row.day, followers: row.followers }));
}

/** Each account's latest follower count on or before `onDay` (null where none). */
export async function followersOn(db: Database, workspaceId: string, onDay: string): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    SELECT DISTINCT ON (account_id) account_id, followers::float8 AS followers FROM metric_account_daily
    WHERE workspace_id = ${workspaceId}::uuid AND day <= ${onDay}::date AND followers IS NOT NULL ORDER BY account_id, day DESC`);
  return new Map(rowsOf(z.object({ account_id: z.string(), followers: num })).parse(result).rows.map((row) => [row.account_id, row.followers]));
}

/** Engagements each account's posts gained per day. */
export async function accountEngagementDays(db: Database, workspaceId: string, fromDay: string, toDay: string): Promise<Array<{ accountId: string; day: string; engagements: number }>> {
  const result = await db.execute(sql`
    SELECT account_id, day, sum(likes + replies + reposts + quotes + bookmarks)::float8 AS engagements FROM metric_daily_totals
    WHERE workspace_id = ${workspaceId}::uuid AND day BETWEEN ${fromDay}::date AND ${toDay}::date GROUP BY account_id, day`);
  return rowsOf(z.object({ account_id: z.string(), day, engagements: num }))
    .parse(result)
    .rows.map((row) => ({ accountId: row.account_id, day: row.day, engagements: row.engagements }));
}

/**
 * Distinct people who commented on, mentioned or replied to each account between two instants:
 * the inbox's authors of inbound items. Likes and reposts carry no author Chorus can read.
 */
export async function uniqueEngagers(db: Database, workspaceId: string, since: Date, until: Date): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    SELECT account_id, count(DISTINCT author_external_id)::int AS engagers FROM inbox_items
    WHERE workspace_id = ${workspaceId}::uuid AND direction = 'inbound' AND kind IN ('comment', 'mention', 'reply') AND deleted_at IS NULL
      AND occurred_at >= ${since.toISOString()}::timestamptz AND occurred_at < ${until.toISOString()}::timestamptz
    GROUP BY account_id`);
  return new Map(rowsOf(z.object({ account_id: z.string(), engagers: num })).parse(result).rows.map((row) => [row.account_id, row.engagers]));
}

const snapshotRow = z.object({
  target_id: z.string(),
  taken_at: z.coerce.date(),
  impressions: maybeNum,
  reach: maybeNum,
  views: maybeNum,
  likes: maybeNum,
  replies: maybeNum,
  reposts: maybeNum,
  quotes: maybeNum,
  bookmarks: maybeNum,
  clicks: maybeNum,
});
export type SnapshotRow = z.infer<typeof snapshotRow>;

/**
 * Every snapshot of one post's targets, oldest first, for its chart. A post has at most ~100
 * snapshots per target over its 90 days, so the raw rows are the right source here.
 */
export async function postSnapshotHistory(db: Database, workspaceId: string, postId: string): Promise<SnapshotRow[]> {
  const result = await db.execute(sql`
    SELECT s.target_id, s.taken_at, s.impressions, s.reach, s.views, s.likes, s.replies, s.reposts, s.quotes, s.bookmarks, s.clicks
    FROM metric_post_snapshots s JOIN post_targets t ON t.id = s.target_id
    WHERE t.post_id = ${postId}::uuid AND s.workspace_id = ${workspaceId}::uuid ORDER BY s.target_id, s.taken_at`);
  return rowsOf(snapshotRow).parse(result).rows;
}

const targetRow = z.object({
  target_id: z.string(),
  account_id: z.string(),
  network: z.string(),
  status: z.string(),
  published_at: z.union([z.null(), z.coerce.date()]),
  next_snapshot_at: z.union([z.null(), z.coerce.date()]),
  last_error: z.string().nullable(),
  measured: z.boolean(),
});

/** The post's targets with where their measuring stands; null when the post is not the workspace's. */
export async function postTargetsForMetrics(db: Database, workspaceId: string, postId: string): Promise<Array<z.infer<typeof targetRow>> | null> {
  const result = await db.execute(sql`
    SELECT t.id AS target_id, t.account_id, a.network, t.status, t.published_at, m.next_snapshot_at, m.last_error, (m.target_id IS NOT NULL) AS measured
    FROM posts p JOIN post_targets t ON t.post_id = p.id JOIN connected_accounts a ON a.id = t.account_id
    LEFT JOIN metric_post_schedules m ON m.target_id = t.id
    WHERE p.id = ${postId}::uuid AND p.workspace_id = ${workspaceId}::uuid ORDER BY a.network, t.id`);
  const rows = rowsOf(targetRow).parse(result).rows;
  if (rows.length > 0) return rows;
  const exists = await db.execute(sql`SELECT 1 AS found FROM posts WHERE id = ${postId}::uuid AND workspace_id = ${workspaceId}::uuid`);
  return rowsOf(z.object({ found: z.unknown() })).parse(exists).rows.length > 0 ? [] : null;
}

/** An account's daily rollups from `fromDay` on, oldest first. */
export async function accountDailyHistory(
  db: Database,
  accountId: string,
  fromDay: string,
): Promise<Array<{ day: string; followers: number | null; following: number | null; posts: number | null }>> {
  const result = await db.execute(sql`
    SELECT day, followers::float8 AS followers, following::float8 AS following, posts::float8 AS posts FROM metric_account_daily
    WHERE account_id = ${accountId}::uuid AND day >= ${fromDay}::date ORDER BY day`);
  return rowsOf(z.object({ day, followers: maybeNum, following: maybeNum, posts: maybeNum })).parse(result).rows;
}
