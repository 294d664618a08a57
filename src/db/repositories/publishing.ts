/**
 * The publishing pipeline's side of the database: claiming a target for one attempt (the guard
 * that makes a post go out once however many jobs or workers reach it), finding what is due, and
 * recording outcomes; plus the workspace's publishing settings and each account's schedule.
 */
import { and, eq, gt, inArray, lte, min, sql } from 'drizzle-orm';
import type { QueueSlot } from '../../core/scheduling/queue-slots.js';
import type { Database } from '../connection.js';
import { accountSchedules, connectedAccounts, postTargets, posts, publishingSettings } from '../schema.js';
import type { ConnectedAccountRow } from './connected-accounts.js';
import type { PostRow, PostTargetRow } from './posts.js';
import { fromJsonRow, type JsonRow } from './json-row.js';

/** Statuses in which a target waits for `next_attempt_at`. */
const DUE_STATUSES = ['pending', 'waiting', 'reconciling'] as const;

export interface ClaimedTarget {
  target: PostTargetRow;
  /**
   * The status before the claim. `reconciling`, or `publishing` whose claim ran out (a worker
   * died mid-attempt), means the network may already have the post: look before publishing.
   */
  previousStatus: PostTargetRow['status'];
  /** Read in the same statement as the claim; absent if deleted meanwhile. */
  post: PostRow | undefined;
  account: ConnectedAccountRow | undefined;
}

/**
 * Takes each of these targets that is due (or whose worker's claim ran out) for one attempt, and
 * reads its post and account with it: one statement for a whole batch of jobs, with the rows
 * locked, so of any number of callers exactly one gets each target. Rows another transaction holds
 * are skipped, not waited for: two batches that overlap cannot deadlock, and a target skipped
 * because a person is changing its post stays due for the dispatcher's next look.
 */
export async function claimTargets(db: Database, ids: readonly string[], now: Date, claimUntil: Date): Promise<ClaimedTarget[]> {
  if (ids.length === 0) return [];
  type Row = { target: JsonRow; previous_status: PostTargetRow['status']; post: JsonRow | null; account: JsonRow | null };
  const wanted = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await db.execute<Row>(sql`
    WITH post AS (
      -- A share lock on the post: a person changing the post (FOR UPDATE) makes the claim skip it,
      -- and a claim makes the person's change wait, then see the target taken.
      SELECT p.id FROM posts p JOIN post_targets pt ON pt.post_id = p.id WHERE pt.id IN (${wanted}) FOR SHARE OF p SKIP LOCKED
    ),
    before AS (
      SELECT id, status FROM post_targets
      WHERE id IN (${wanted}) AND post_id IN (SELECT id FROM post)
        -- A CASE, which no index answers, keeps the planner on the primary key: in a burst the
        -- statistics still say few targets are due, and the plan it chose from them ran through
        -- every due target's index entry for each batch (2.7 ms instead of 0.5 with 10,000 due).
        AND CASE WHEN status IN ('pending', 'waiting', 'reconciling') THEN next_attempt_at <= ${now.toISOString()}::timestamptz
                 WHEN status = 'publishing' THEN claimed_until <= ${now.toISOString()}::timestamptz
                 ELSE false END
      FOR UPDATE SKIP LOCKED
    ),
    claimed AS (
      UPDATE post_targets t
      SET status = 'publishing', attempts = t.attempts + 1, attempt_started_at = ${now.toISOString()}::timestamptz,
          claimed_until = ${claimUntil.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      FROM before
      WHERE t.id = before.id
      RETURNING t.*, before.status AS previous_status
    )
    SELECT row_to_json(c) AS target, c.previous_status, row_to_json(p) AS post, row_to_json(a) AS account
    FROM claimed c LEFT JOIN posts p ON p.id = c.post_id LEFT JOIN connected_accounts a ON a.id = c.account_id`);
  return rowsOf<Row>(rows).map((row) => ({
    target: fromJsonRow(postTargets, row.target),
    previousStatus: row.previous_status,
    post: row.post ? fromJsonRow(posts, row.post) : undefined,
    account: row.account ? fromJsonRow(connectedAccounts, row.account) : undefined,
  }));
}

/** One target's claim (`claimTargets` for one id). */
export async function claimTarget(db: Database, id: string, now: Date, claimUntil: Date): Promise<ClaimedTarget | null> {
  return (await claimTargets(db, [id], now, claimUntil))[0] ?? null;
}

/** drizzle's `execute` answers with `{ rows }` on node-postgres and PGlite alike. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Targets due by `now`, and targets whose worker's claim ran out, oldest first. */
export async function listDueTargetIds(db: Database, now: Date, limit: number): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    (SELECT id, next_attempt_at AS due FROM post_targets
      WHERE status IN ('pending', 'waiting', 'reconciling') AND next_attempt_at <= ${now.toISOString()}::timestamptz)
    UNION ALL
    (SELECT id, claimed_until AS due FROM post_targets
      WHERE status = 'publishing' AND claimed_until <= ${now.toISOString()}::timestamptz)
    ORDER BY due LIMIT ${limit}`);
  return rowsOf<{ id: string }>(rows).map((row) => row.id);
}

/** When the next target becomes due (or a claim runs out); null when nothing waits. */
export async function nextDueAt(db: Database): Promise<Date | null> {
  const [due] = await db
    .select({ at: min(postTargets.nextAttemptAt) })
    .from(postTargets)
    .where(inArray(postTargets.status, [...DUE_STATUSES]));
  const [claim] = await db.select({ at: min(postTargets.claimedUntil) }).from(postTargets).where(eq(postTargets.status, 'publishing'));
  const times = [due?.at, claim?.at].filter((at): at is Date => at instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())));
}

export type TargetOutcome = Partial<
  Pick<PostTargetRow, 'status' | 'nextAttemptAt' | 'failureKind' | 'failureMessage' | 'externalId' | 'url' | 'partIds' | 'publishedAt' | 'claimedUntil'>
>;

/**
 * The attempt's fence: its number (`attempts` when it claimed) identifies it. An attempt that
 * stalled past its claim while another worker took the target over has a lower number, and from
 * then on can neither renew the claim nor record an outcome.
 */
const heldBy = (id: string, attempt: number) => and(eq(postTargets.id, id), eq(postTargets.status, 'publishing'), eq(postTargets.attempts, attempt));

/**
 * Renews the claim right before a request that could publish, if this attempt still holds it and
 * it has not run out: the request then has the whole claim time, and a stalled attempt stops here
 * instead of talking to the network after another worker took over.
 */
export async function renewClaim(db: Database, id: string, attempt: number, now: Date, claimUntil: Date): Promise<boolean> {
  const rows = await db
    .update(postTargets)
    .set({ claimedUntil: claimUntil, updatedAt: now })
    .where(and(heldBy(id, attempt), gt(postTargets.claimedUntil, now)))
    .returning({ id: postTargets.id });
  return rows.length > 0;
}

/** Records how an attempt ended; only while the target is still this attempt's. */
export async function recordTargetOutcome(db: Database, id: string, attempt: number, outcome: TargetOutcome, at: Date): Promise<boolean> {
  const rows = await db
    .update(postTargets)
    .set({ ...outcome, claimedUntil: outcome.claimedUntil ?? null, updatedAt: at })
    .where(heldBy(id, attempt))
    .returning({ id: postTargets.id });
  return rows.length > 0;
}

export interface PublishedOutcome {
  id: string;
  /** The attempt's number: its fence, as in `recordTargetOutcome`. */
  attempt: number;
  externalId: string;
  url: string | null;
  partIds: readonly string[];
  publishedAt: Date;
}

/**
 * Records a batch of targets as published, each only while its attempt still holds it; one
 * statement for the batch. Returns the ids it recorded.
 */
export async function recordPublishedTargets(db: Database, outcomes: readonly PublishedOutcome[], at: Date): Promise<Set<string>> {
  if (outcomes.length === 0) return new Set();
  const values = sql.join(
    outcomes.map(
      (outcome) =>
        sql`(${outcome.id}::uuid, ${outcome.attempt}::int, ${outcome.externalId}::text, ${outcome.url}::text, ${JSON.stringify(outcome.partIds)}::jsonb, ${outcome.publishedAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const rows = await db.execute<{ id: string }>(sql`
    UPDATE post_targets t
    SET status = 'published', external_id = o.external_id, url = o.url, part_ids = o.part_ids, published_at = o.published_at,
        failure_kind = NULL, failure_message = NULL, next_attempt_at = NULL, claimed_until = NULL, updated_at = ${at.toISOString()}::timestamptz
    FROM (VALUES ${values}) AS o(id, attempt, external_id, url, part_ids, published_at)
    WHERE t.id = o.id AND t.status = 'publishing' AND t.attempts = o.attempt
    RETURNING t.id`);
  return new Set(rowsOf<{ id: string }>(rows).map((row) => row.id));
}

/** Marks pending targets of these posts whose time is long past as missed (the late policy). */
export async function markMissed(db: Database, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(postTargets)
    .set({ status: 'missed', failureKind: 'missed', failureMessage: null, nextAttemptAt: null, updatedAt: at })
    .where(and(inArray(postTargets.id, [...ids]), inArray(postTargets.status, ['pending', 'waiting']), lte(postTargets.deadlineAt, at)));
}

export type PublishingSettingsRow = typeof publishingSettings.$inferSelect;

export async function findPublishingSettings(db: Database, workspaceId: string): Promise<PublishingSettingsRow | undefined> {
  const [row] = await db.select().from(publishingSettings).where(eq(publishingSettings.workspaceId, workspaceId));
  return row;
}

export async function savePublishingSettings(db: Database, settings: PublishingSettingsRow): Promise<void> {
  const { workspaceId: _key, ...rest } = settings;
  await db.insert(publishingSettings).values(settings).onConflictDoUpdate({ target: publishingSettings.workspaceId, set: rest });
}

export interface AccountSchedule {
  slots: QueueSlot[];
  postsPerWeek: number | null;
}

export async function findAccountSchedules(db: Database, accountIds: readonly string[]): Promise<Map<string, AccountSchedule>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db.select().from(accountSchedules).where(inArray(accountSchedules.accountId, [...accountIds]));
  return new Map(rows.map((row) => [row.accountId, { slots: row.slots, postsPerWeek: row.postsPerWeek }]));
}

export async function saveAccountSchedule(db: Database, workspaceId: string, accountId: string, schedule: AccountSchedule): Promise<void> {
  await db
    .insert(accountSchedules)
    .values({ accountId, workspaceId, ...schedule })
    .onConflictDoUpdate({ target: accountSchedules.accountId, set: schedule });
}

/** When each of these accounts has posts scheduled or published between two instants (for queue slots and cadence). */
export async function listAccountPostTimes(db: Database, accountIds: readonly string[], from: Date, to: Date): Promise<Array<{ accountId: string; at: Date }>> {
  if (accountIds.length === 0) return [];
  const rows = await db.execute<{ account_id: string; at: Date | string }>(sql`
    SELECT t.account_id, COALESCE(t.published_at, p.scheduled_at) AS at
    FROM post_targets t JOIN posts p ON p.id = t.post_id
    WHERE t.account_id IN (${sql.join(accountIds.map((id) => sql`${id}::uuid`), sql`, `)})
      AND p.status IN ('scheduled', 'publishing', 'published', 'needs_check')
      AND t.status NOT IN ('failed', 'missed')
      AND COALESCE(t.published_at, p.scheduled_at) >= ${from.toISOString()}::timestamptz
      AND COALESCE(t.published_at, p.scheduled_at) < ${to.toISOString()}::timestamptz`);
  return rowsOf<{ account_id: string; at: Date | string }>(rows).map((row) => ({ accountId: row.account_id, at: new Date(row.at) }));
}
