/**
 * Posts, their targets and their history (issue 4). Every query is scoped by workspace except the
 * pipeline's by target id. A post changes only when the caller names the version it read, so an
 * edit made on an old copy is refused instead of overwriting a newer one.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, notInArray, sql } from 'drizzle-orm';
import type { PostContent } from '../../core/publishing/content.js';
import type { PostStatus } from '../../core/publishing/workflow.js';
import type { Database } from '../connection.js';
import { connectedAccounts, posts, postTargets, postTransitions, users } from '../schema.js';

export type PostRow = typeof posts.$inferSelect;
export type PostTargetRow = typeof postTargets.$inferSelect;
export type PostTransitionRow = typeof postTransitions.$inferSelect;
export type TargetWithAccount = PostTargetRow & { network: string; accountHandle: string };

export async function insertPost(db: Database, post: typeof posts.$inferInsert): Promise<PostRow> {
  const [row] = await db.insert(posts).values(post).returning();
  if (!row) throw new Error('insert into posts returned no row');
  return row;
}

export async function findPost(db: Database, workspaceId: string, id: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)));
  return row;
}

/** The post, locked for the rest of the transaction, so two changes to it queue up. */
export async function lockPost(db: Database, workspaceId: string, id: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id))).for('update');
  return row;
}

export interface PostChanges {
  status?: PostStatus;
  content?: PostContent;
  campaign?: string | null;
  scheduledAt?: Date | null;
  recurrence?: string | null;
  seriesId?: string | null;
  seriesStart?: Date | null;
  occurrenceAt?: Date | null;
}

/** Applies the changes and bumps the version; the caller holds the lock from `lockPost`. */
export async function updatePost(db: Database, id: string, changes: PostChanges, at: Date): Promise<PostRow> {
  const [row] = await db
    .update(posts)
    .set({ ...changes, version: sql`${posts.version} + 1`, updatedAt: at })
    .where(eq(posts.id, id))
    .returning();
  if (!row) throw new Error('update of posts returned no row');
  return row;
}

/** Inserts the next occurrence of a series unless it exists already; true when this call made it. */
export async function insertOccurrence(db: Database, post: typeof posts.$inferInsert): Promise<boolean> {
  const rows = await db.insert(posts).values(post).onConflictDoNothing().returning({ id: posts.id });
  return rows.length > 0;
}

export interface PipelineStatusChange {
  postId: string;
  status: PostStatus;
  previous: PostStatus;
  workspaceId: string;
  recurring: boolean;
}

/**
 * Statuses from the targets' progress, for many posts in one statement, written without bumping
 * the version (nobody edited the posts); a change of status goes into the post's history, by
 * "Chorus". Each status it replaced is read in the same statement, with the rows locked in id
 * order (two batches never deadlock), so two workers finishing at once do not both see the old
 * one. Posts that are gone are left out of the answer.
 */
export async function setPipelineStatuses(db: Database, changes: ReadonlyArray<{ postId: string; status: PostStatus }>, at: Date): Promise<PipelineStatusChange[]> {
  if (changes.length === 0) return [];
  type Row = { id: string; status: PostStatus; previous: PostStatus; workspace_id: string; recurring: boolean };
  const wanted = sql.join(
    changes.map((change) => sql`(${change.postId}::uuid, ${change.status}::text)`),
    sql`, `,
  );
  const when = sql`${at.toISOString()}::timestamptz`;
  const result = await db.execute<Row>(sql`
    WITH wanted(id, status) AS (VALUES ${wanted}),
    old AS (SELECT p.id, p.status FROM posts p WHERE p.id IN (SELECT id FROM wanted) ORDER BY p.id FOR UPDATE),
    changed AS (
      UPDATE posts p SET status = w.status, updated_at = ${when}
      FROM old JOIN wanted w ON w.id = old.id
      WHERE p.id = old.id
      RETURNING p.id, p.status, old.status AS previous, p.workspace_id, p.recurrence IS NOT NULL AS recurring
    ),
    history AS (
      INSERT INTO post_transitions (post_id, workspace_id, action, from_status, to_status, actor_user_id, actor_name, comment, at)
      SELECT id, workspace_id, 'pipeline', previous, status, NULL, 'Chorus', NULL, ${when} FROM changed WHERE previous <> status
    )
    SELECT * FROM changed`);
  return (result as { rows: Row[] }).rows.map((row) => ({ postId: row.id, status: row.status, previous: row.previous, workspaceId: row.workspace_id, recurring: row.recurring }));
}

export async function deletePost(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)))
    .returning({ id: posts.id });
  return rows.length > 0;
}

export interface PostFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  status?: PostStatus | undefined;
  accountId?: string | undefined;
  limit: number;
}

export async function listPosts(db: Database, workspaceId: string, filter: PostFilter): Promise<PostRow[]> {
  const conditions = [
    eq(posts.workspaceId, workspaceId),
    filter.from ? gte(posts.scheduledAt, filter.from) : undefined,
    filter.to ? lt(posts.scheduledAt, filter.to) : undefined,
    filter.status ? eq(posts.status, filter.status) : undefined,
    filter.accountId
      ? inArray(posts.id, db.select({ id: postTargets.postId }).from(postTargets).where(eq(postTargets.accountId, filter.accountId)))
      : undefined,
  ];
  const calendar = filter.from !== undefined || filter.to !== undefined;
  return db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(calendar ? asc(posts.scheduledAt) : desc(posts.updatedAt), asc(posts.id))
    .limit(filter.limit);
}

/**
 * The latest occurrence of each of the workspace's recurring series that is not over yet and
 * falls before `before`: the one the series goes on from (the next is written when it is over).
 */
export async function listSeriesHeads(db: Database, workspaceId: string, before: Date, limit: number): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        isNotNull(posts.recurrence),
        isNotNull(posts.seriesId),
        lt(posts.occurrenceAt, before),
        notInArray(posts.status, ['draft', 'published', 'failed', 'needs_check']),
      ),
    )
    .orderBy(asc(posts.occurrenceAt), asc(posts.id))
    .limit(limit);
}

export async function insertTargets(db: Database, targets: Array<typeof postTargets.$inferInsert>): Promise<void> {
  if (targets.length > 0) await db.insert(postTargets).values(targets);
}

export async function deleteTargets(db: Database, postId: string, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.delete(postTargets).where(and(eq(postTargets.postId, postId), inArray(postTargets.id, [...ids])));
}

export async function updateTargetContent(db: Database, id: string, content: PostContent | null, at: Date): Promise<void> {
  await db.update(postTargets).set({ content, updatedAt: at }).where(eq(postTargets.id, id));
}

/**
 * Puts every target of a post on (or off) the schedule: `pending` and due at `dueAt`, or, with
 * null, pending and never due. Targets already published stay as they are.
 */
export async function scheduleTargets(db: Database, postId: string, dueAt: Date | null, deadlineAt: Date | null, at: Date): Promise<void> {
  await db
    .update(postTargets)
    .set({ status: 'pending', nextAttemptAt: dueAt, deadlineAt, attempts: 0, failureKind: null, failureMessage: null, claimedUntil: null, updatedAt: at })
    .where(and(eq(postTargets.postId, postId), sql`${postTargets.status} <> 'published'`));
}

/** The targets of these posts with their account's network and handle, in a stable order. */
export async function listTargetsOf(db: Database, postIds: readonly string[]): Promise<TargetWithAccount[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .select({ target: postTargets, network: connectedAccounts.network, accountHandle: connectedAccounts.handle })
    .from(postTargets)
    .innerJoin(connectedAccounts, eq(connectedAccounts.id, postTargets.accountId))
    .where(inArray(postTargets.postId, [...postIds]))
    .orderBy(asc(connectedAccounts.network), asc(connectedAccounts.handle), asc(postTargets.id));
  return rows.map((row) => ({ ...row.target, network: row.network, accountHandle: row.accountHandle }));
}

export async function insertTransition(db: Database, transition: typeof postTransitions.$inferInsert): Promise<void> {
  await db.insert(postTransitions).values(transition);
}

export async function listTransitions(db: Database, postId: string): Promise<PostTransitionRow[]> {
  return db.select().from(postTransitions).where(eq(postTransitions.postId, postId)).orderBy(asc(postTransitions.id));
}

/** The names of these users, for showing authors. */
export async function userNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The account's posts published or planned between two instants, as the content coach reads them:
 * the text of the version that goes (or went) to this account, when, and whether it has media.
 */
export async function listAccountPostsNear(
  db: Database,
  accountId: string,
  from: Date,
  to: Date,
  excludePostId?: string,
): Promise<Array<{ text: string; at: Date; hasMedia: boolean; poll: boolean }>> {
  const rows = await db
    .select({ post: posts, variant: postTargets.content, publishedAt: postTargets.publishedAt })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .where(
      and(
        eq(postTargets.accountId, accountId),
        inArray(posts.status, ['approved', 'scheduled', 'publishing', 'published', 'in_review']),
        sql`coalesce(${postTargets.publishedAt}, ${posts.scheduledAt}) >= ${from.toISOString()}::timestamptz`,
        sql`coalesce(${postTargets.publishedAt}, ${posts.scheduledAt}) < ${to.toISOString()}::timestamptz`,
        excludePostId ? sql`${posts.id} <> ${excludePostId}::uuid` : undefined,
      ),
    );
  return rows.flatMap((row) => {
    const at = row.publishedAt ?? row.post.scheduledAt;
    if (!at) return [];
    const content = row.variant ?? row.post.content;
    return [{ text: content.parts.map((part) => part.text).join('\n\n'), at, hasMedia: content.parts.some((part) => part.mediaIds.length > 0), poll: content.poll !== null }];
  });
}

/** A post by id alone, for the pipeline, which starts from a target. */
export async function findPostById(db: Database, id: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(posts).where(eq(posts.id, id));
  return row;
}

/**
 * How many comments, mentions and messages reached the account by local day of the week (0 =
 * Sunday) and hour since `since`, in `zone`: the audience's active hours for the content coach.
 */
export async function audienceActivityCounts(db: Database, accountId: string, zone: string, since: Date): Promise<number[][]> {
  const result = await db.execute<{ day: number; hour: number; count: number }>(sql`
    SELECT extract(dow FROM occurred_at AT TIME ZONE ${zone})::int AS day,
           extract(hour FROM occurred_at AT TIME ZONE ${zone})::int AS hour,
           count(*)::int AS count
    FROM inbox_items
    WHERE account_id = ${accountId}::uuid AND direction = 'inbound' AND occurred_at >= ${since.toISOString()}::timestamptz
    GROUP BY 1, 2`);
  const counts = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const row of (result as { rows: Array<{ day: number; hour: number; count: number }> }).rows) {
    const day = counts[row.day];
    if (day) day[row.hour] = row.count;
  }
  return counts;
}
