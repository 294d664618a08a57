/**
 * Metric history (A1): which published targets and accounts are due for a snapshot, storing
 * snapshots, and keeping the daily rollups in step with them. Every rollup statement is set-based
 * and runs in the snapshot's transaction, so a rollup never disagrees with the raw rows it sums.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AccountMetrics, PostMetrics } from '../../connectors/contract.js';
import type { Database } from '../connection.js';

const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;
const textArray = (values: readonly string[]): string => `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export const POST_COUNTERS = ['impressions', 'reach', 'views', 'likes', 'replies', 'reposts', 'quotes', 'bookmarks', 'clicks'] as const;
export type PostCounter = (typeof POST_COUNTERS)[number];


const rowsOf = <T extends z.ZodType>(schema: T) => z.object({ rows: z.array(schema) });

/**
 * Registers every published target (published in the last 90 days, on a network that reports post
 * metrics) that is not measured yet, first due 15 minutes after publishing. Publishing does not
 * call measurement: the scheduler finds new posts itself, so a crash between the two loses nothing.
 */
export async function registerPublishedTargets(db: Database, networks: readonly string[], now: Date, workspaceId?: string): Promise<number> {
  if (networks.length === 0) return 0;
  const scope = workspaceId ? sql`AND t.workspace_id = ${workspaceId}::uuid` : sql``;
  const result = await db.execute(sql`
    INSERT INTO metric_post_schedules (target_id, workspace_id, post_id, account_id, network, campaign, external_id, published_at, next_snapshot_at)
    SELECT t.id, t.workspace_id, t.post_id, t.account_id, a.network, p.campaign, t.external_id, t.published_at, t.published_at + interval '15 minutes'
    FROM post_targets t JOIN posts p ON p.id = t.post_id JOIN connected_accounts a ON a.id = t.account_id
    WHERE t.status = 'published' AND t.external_id IS NOT NULL AND t.published_at IS NOT NULL
      AND t.published_at > ${now.toISOString()}::timestamptz - interval '90 days'
      AND a.network = ANY(${textArray(networks)}::text[]) ${scope}
      AND NOT EXISTS (SELECT 1 FROM metric_post_schedules s WHERE s.target_id = t.id)
    ON CONFLICT (target_id) DO NOTHING
    RETURNING target_id`);
  return rowsOf(z.object({ target_id: z.string() })).parse(result).rows.length;
}

/** Registers every connected account on a network that reports account metrics, due at once. */
export async function registerAccounts(db: Database, networks: readonly string[], now: Date, workspaceId?: string): Promise<number> {
  if (networks.length === 0) return 0;
  const scope = workspaceId ? sql`AND a.workspace_id = ${workspaceId}::uuid` : sql``;
  const result = await db.execute(sql`
    INSERT INTO metric_account_schedules (account_id, workspace_id, next_snapshot_at)
    SELECT a.id, a.workspace_id, ${now.toISOString()}::timestamptz FROM connected_accounts a
    WHERE a.network = ANY(${textArray(networks)}::text[]) ${scope}
    ON CONFLICT (account_id) DO NOTHING
    RETURNING account_id`);
  return rowsOf(z.object({ account_id: z.string() })).parse(result).rows.length;
}

/** Accounts with a post or account snapshot due, the most overdue first. */
export async function listAccountsDueForMetrics(db: Database, now: Date, limit: number): Promise<string[]> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    SELECT account_id, min(due) AS due FROM (
      SELECT account_id, next_snapshot_at AS due FROM metric_post_schedules WHERE next_snapshot_at <= ${at}::timestamptz
      UNION ALL
      SELECT account_id, next_snapshot_at FROM metric_account_schedules WHERE next_snapshot_at <= ${at}::timestamptz
    ) AS due GROUP BY account_id ORDER BY min(due) LIMIT ${limit}`);
  return rowsOf(z.object({ account_id: z.string() })).parse(result).rows.map((row) => row.account_id);
}

export interface DueTarget {
  targetId: string;
  externalId: string;
  publishedAt: Date;
}

export async function listDueTargets(db: Database, accountId: string, now: Date, limit: number): Promise<DueTarget[]> {
  const result = await db.execute(sql`
    SELECT target_id, external_id, published_at FROM metric_post_schedules
    WHERE account_id = ${accountId}::uuid AND next_snapshot_at <= ${now.toISOString()}::timestamptz
    ORDER BY next_snapshot_at LIMIT ${limit}`);
  return rowsOf(z.object({ target_id: z.string(), external_id: z.string(), published_at: z.coerce.date() }))
    .parse(result)
    .rows.map((row) => ({ targetId: row.target_id, externalId: row.external_id, publishedAt: row.published_at }));
}

export async function isAccountSnapshotDue(db: Database, accountId: string, now: Date): Promise<boolean> {
  const result = await db.execute(sql`
    SELECT 1 AS due FROM metric_account_schedules WHERE account_id = ${accountId}::uuid AND next_snapshot_at <= ${now.toISOString()}::timestamptz`);
  return rowsOf(z.object({ due: z.unknown() })).parse(result).rows.length > 0;
}

/** Makes everything of a workspace still within its measuring window due now ("refresh metrics"). */
export async function markWorkspaceDue(db: Database, workspaceId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`UPDATE metric_post_schedules SET next_snapshot_at = ${at}::timestamptz
    WHERE workspace_id = ${workspaceId}::uuid AND published_at > ${at}::timestamptz - interval '90 days'`);
  await db.execute(sql`UPDATE metric_account_schedules SET next_snapshot_at = ${at}::timestamptz WHERE workspace_id = ${workspaceId}::uuid`);
}

export async function listWorkspaceMeasuredAccounts(db: Database, workspaceId: string): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT account_id FROM metric_post_schedules WHERE workspace_id = ${workspaceId}::uuid AND next_snapshot_at IS NOT NULL
    UNION SELECT account_id FROM metric_account_schedules WHERE workspace_id = ${workspaceId}::uuid`);
  return rowsOf(z.object({ account_id: z.string() })).parse(result).rows.map((row) => row.account_id);
}

export interface TakenPostSnapshot {
  targetId: string;
  metrics: PostMetrics;
  /** When to take the next one; null ends the target's measuring. */
  next: Date | null;
}

const counterOf = (metrics: PostMetrics, counter: PostCounter): number | null => {
  const value = metrics[counter];
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
};

const gainOf = (counter: PostCounter) => sql.raw(`CASE WHEN i.${counter} IS NULL THEN 0 ELSE i.${counter} - COALESCE(p.${counter}, 0) END`);
const list = (make: (counter: PostCounter) => string) => sql.raw(POST_COUNTERS.map(make).join(', '));

/**
 * Stores one batch of a workspace's post snapshots taken at the same moment, and in the same
 * transaction the targets' rollup day (the day's latest counters, and what the day gained over the
 * latest earlier day) and the day's totals per account, network and campaign (by the difference
 * the new gains make). Snapshots of a target arrive in time order: measuring is one job per account.
 */
export async function recordPostSnapshots(db: Database, workspaceId: string, snapshots: readonly TakenPostSnapshot[], takenAt: Date): Promise<void> {
  if (snapshots.length === 0) return;
  const rows = snapshots.map((snapshot) => ({
    target_id: snapshot.targetId,
    next: snapshot.next?.toISOString() ?? null,
    ...Object.fromEntries(POST_COUNTERS.map((counter) => [counter, counterOf(snapshot.metrics, counter)])),
  }));
  const at = takenAt.toISOString();
  const columns = list((counter) => `${counter} bigint`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    // A refresh and a scheduled job may measure the same account at once: one rollup writer per
    // workspace at a time, so each reads the other's committed gains (READ COMMITTED) before adding its own.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`metrics:${workspaceId}`}))`);
    await tx.execute(sql`
      WITH input AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r (target_id uuid, next timestamptz, ${columns}))
      INSERT INTO metric_post_snapshots (target_id, taken_at, workspace_id, ${list((c) => c)})
      SELECT target_id, ${at}::timestamptz, ${workspaceId}::uuid, ${list((c) => c)} FROM input
      ON CONFLICT (target_id, taken_at) DO NOTHING`);
    await tx.execute(sql`
      WITH input AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r (target_id uuid, next timestamptz, ${columns})),
      zone AS (SELECT (${at}::timestamptz AT TIME ZONE w.timezone)::date AS day FROM workspaces w WHERE w.id = ${workspaceId}::uuid),
      gains AS (
        SELECT i.target_id, m.account_id, m.network, m.campaign, zone.day, ${list((c) => `i.${c}`)},
          ${sql.join(POST_COUNTERS.map((c) => sql`${gainOf(c)} AS ${sql.raw(`gained_${c}`)}`), sql`, `)},
          ${sql.join(POST_COUNTERS.map((c) => sql.raw(`COALESCE(o.gained_${c}, 0) AS old_${c}`)), sql`, `)}
        FROM input i CROSS JOIN zone JOIN metric_post_schedules m ON m.target_id = i.target_id
        LEFT JOIN LATERAL (SELECT ${list((c) => `d.${c}`)} FROM metric_post_daily d WHERE d.target_id = i.target_id AND d.day < zone.day ORDER BY d.day DESC LIMIT 1) p ON true
        LEFT JOIN metric_post_daily o ON o.target_id = i.target_id AND o.day = zone.day
        -- A snapshot older than the day's stored one (it lost a race) changes nothing.
        WHERE o.taken_at IS NULL OR o.taken_at <= ${at}::timestamptz
      ),
      daily AS (
        INSERT INTO metric_post_daily (target_id, day, workspace_id, account_id, network, campaign, taken_at, ${list((c) => c)}, ${list((c) => `gained_${c}`)})
        SELECT target_id, day, ${workspaceId}::uuid, account_id, network, campaign, ${at}::timestamptz, ${list((c) => c)}, ${list((c) => `gained_${c}`)} FROM gains
        ON CONFLICT (target_id, day) DO UPDATE SET taken_at = excluded.taken_at, ${list((c) => `${c} = excluded.${c}, gained_${c} = excluded.gained_${c}`)}
      )
      INSERT INTO metric_daily_totals (workspace_id, day, account_id, network, campaign, ${list((c) => c)})
      SELECT ${workspaceId}::uuid, day, account_id, network, COALESCE(campaign, ''), ${list((c) => `sum(gained_${c} - old_${c})`)}
      FROM gains GROUP BY day, account_id, network, COALESCE(campaign, '')
      ON CONFLICT (workspace_id, day, account_id, network, campaign) DO UPDATE SET ${list((c) => `${c} = metric_daily_totals.${c} + excluded.${c}`)}`);
    await tx.execute(sql`
      UPDATE metric_post_schedules s SET next_snapshot_at = r.next, snapshots_taken = s.snapshots_taken + 1, last_snapshot_at = ${at}::timestamptz, last_error = NULL
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r (target_id uuid, next timestamptz)
      WHERE s.target_id = r.target_id`);
  });
}

/** After a failed or partial measurement: when to try these targets again (null: stop), and why. */
export async function recordPostSnapshotFailure(db: Database, targetIds: readonly string[], next: Date | null, error: string): Promise<void> {
  if (targetIds.length === 0) return;
  await db.execute(sql`UPDATE metric_post_schedules SET next_snapshot_at = ${next?.toISOString() ?? null}::timestamptz, last_error = ${error}
    WHERE target_id = ANY(${uuidArray(targetIds)}::uuid[])`);
}

/** Stores an account snapshot and its rollup day (the day's latest), and when the next is due. */
export async function recordAccountSnapshot(db: Database, account: { id: string; workspaceId: string; network: string }, metrics: AccountMetrics, takenAt: Date, next: Date): Promise<void> {
  const at = takenAt.toISOString();
  const value = (field: keyof AccountMetrics) => {
    const raw = metrics[field];
    return typeof raw === 'number' && Number.isFinite(raw) ? Math.round(raw) : null;
  };
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO metric_account_snapshots (account_id, taken_at, workspace_id, followers, following, posts)
      VALUES (${account.id}::uuid, ${at}::timestamptz, ${account.workspaceId}::uuid, ${value('followers')}, ${value('following')}, ${value('posts')})
      ON CONFLICT (account_id, taken_at) DO NOTHING`);
    await tx.execute(sql`
      INSERT INTO metric_account_daily (account_id, day, workspace_id, network, taken_at, followers, following, posts)
      SELECT ${account.id}::uuid, (${at}::timestamptz AT TIME ZONE w.timezone)::date, w.id, ${account.network}, ${at}::timestamptz,
        ${value('followers')}, ${value('following')}, ${value('posts')}
      FROM workspaces w WHERE w.id = ${account.workspaceId}::uuid
      ON CONFLICT (account_id, day) DO UPDATE SET taken_at = excluded.taken_at, followers = excluded.followers, following = excluded.following, posts = excluded.posts
      WHERE excluded.taken_at >= metric_account_daily.taken_at`);
    await tx.execute(sql`UPDATE metric_account_schedules SET next_snapshot_at = ${next.toISOString()}::timestamptz, last_snapshot_at = ${at}::timestamptz, last_error = NULL
      WHERE account_id = ${account.id}::uuid`);
  });
}

export async function recordAccountSnapshotFailure(db: Database, accountId: string, next: Date, error: string): Promise<void> {
  await db.execute(sql`UPDATE metric_account_schedules SET next_snapshot_at = ${next.toISOString()}::timestamptz, last_error = ${error} WHERE account_id = ${accountId}::uuid`);
}

/**
 * Rebuilds a workspace's rollups (or all) from the raw snapshots in three set-based statements:
 * the repair for rollups lost or changed by hand, and how the benchmark builds them for ten
 * million generated rows. Gives exactly what `recordPostSnapshots` keeps up one batch at a time.
 */
export async function rebuildRollups(db: Database, workspaceId?: string): Promise<void> {
  const scope = (column: string) => (workspaceId ? sql`WHERE ${sql.raw(column)} = ${workspaceId}::uuid` : sql``);
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM metric_post_daily ${scope('workspace_id')}`);
    await tx.execute(sql`DELETE FROM metric_daily_totals ${scope('workspace_id')}`);
    await tx.execute(sql`DELETE FROM metric_account_daily ${scope('workspace_id')}`);
    await tx.execute(sql`
      INSERT INTO metric_post_daily (target_id, day, workspace_id, account_id, network, campaign, taken_at, ${list((c) => c)}, ${list((c) => `gained_${c}`)})
      SELECT l.target_id, l.day, l.workspace_id, m.account_id, m.network, m.campaign, l.taken_at, ${list((c) => `l.${c}`)},
        ${list((c) => `CASE WHEN l.${c} IS NULL THEN 0 ELSE l.${c} - COALESCE(lag(l.${c}) OVER (PARTITION BY l.target_id ORDER BY l.day), 0) END`)}
      FROM (
        SELECT DISTINCT ON (s.target_id, day) s.*, (s.taken_at AT TIME ZONE w.timezone)::date AS day
        FROM metric_post_snapshots s JOIN workspaces w ON w.id = s.workspace_id ${scope('s.workspace_id')}
        ORDER BY s.target_id, day, s.taken_at DESC
      ) AS l JOIN metric_post_schedules m ON m.target_id = l.target_id`);
    await tx.execute(sql`
      INSERT INTO metric_daily_totals (workspace_id, day, account_id, network, campaign, ${list((c) => c)})
      SELECT workspace_id, day, account_id, network, COALESCE(campaign, ''), ${list((c) => `sum(gained_${c})`)}
      FROM metric_post_daily ${scope('workspace_id')} GROUP BY workspace_id, day, account_id, network, COALESCE(campaign, '')`);
    await tx.execute(sql`
      INSERT INTO metric_account_daily (account_id, day, workspace_id, network, taken_at, followers, following, posts)
      SELECT DISTINCT ON (s.account_id, day) s.account_id, (s.taken_at AT TIME ZONE w.timezone)::date AS day, s.workspace_id, a.network, s.taken_at, s.followers, s.following, s.posts
      FROM metric_account_snapshots s JOIN workspaces w ON w.id = s.workspace_id JOIN connected_accounts a ON a.id = s.account_id ${scope('s.workspace_id')}
      ORDER BY s.account_id, day, s.taken_at DESC`);
  });
}


