/** Posts as the API shows them: the row, its targets with their pipeline state, problems and advice. */
import { FAILURE_KINDS, type FailureKind } from '../../core/connections/vocabulary.js';
import type { PostContent } from '../../core/publishing/content.js';
import type { PostStatus, TargetStatus } from '../../core/publishing/workflow.js';
import { listTargetsOf, listTransitions, userNames, type PostRow, type TargetWithAccount } from '../../db/repositories/posts.js';
import type { AppContext } from '../context.js';
import { findingsOf, problemsOf, type TargetFinding, type TargetProblem } from './checks.js';

export interface PostTargetView {
  id: string;
  accountId: string;
  network: string;
  accountHandle: string;
  content: PostContent | null;
  status: TargetStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  failure: { kind: FailureKind | 'missed'; message: string } | null;
  externalId: string | null;
  url: string | null;
  publishedAt: Date | null;
}

export interface PostView {
  id: string;
  status: PostStatus;
  content: PostContent;
  campaign: string | null;
  scheduledAt: Date | null;
  /** The repeat rule (RRULE) and the series this post is an occurrence of, when it repeats. */
  recurrence: string | null;
  seriesId: string | null;
  version: number;
  author: { id: string; name: string } | null;
  targets: PostTargetView[];
  problems: TargetProblem[];
  findings: TargetFinding[];
  createdAt: Date;
  updatedAt: Date;
}

export interface PostTransitionView {
  action: string;
  from: PostStatus;
  to: PostStatus;
  actor: { id: string | null; name: string };
  comment: string | null;
  at: Date;
}

/** The stored kind; anything unknown (a row from a later version) reads as transient. */
function failureKindOf(kind: string): FailureKind | 'missed' {
  return kind === 'missed' || (FAILURE_KINDS as readonly string[]).includes(kind) ? (kind as FailureKind | 'missed') : 'transient';
}

function targetView(target: TargetWithAccount): PostTargetView {
  return {
    id: target.id,
    accountId: target.accountId,
    network: target.network,
    accountHandle: target.accountHandle,
    content: target.content,
    status: target.status,
    attempts: target.attempts,
    nextAttemptAt: target.nextAttemptAt,
    failure: target.failureKind ? { kind: failureKindOf(target.failureKind), message: target.failureMessage ?? '' } : null,
    externalId: target.externalId,
    url: target.url,
    publishedAt: target.publishedAt,
  };
}

/** Posts would rather be checked again than show stale problems once published: only open posts are checked. */
const CHECKED_STATUSES: readonly PostStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'failed'];

/** The API's view of posts; `withChecks` adds problems and the coach's findings (one post at a time). */
export async function postViews(ctx: AppContext, rows: readonly PostRow[], options: { withChecks: boolean }): Promise<PostView[]> {
  const targets = await listTargetsOf(ctx.db, rows.map((row) => row.id));
  const names = await userNames(ctx.db, [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))]);
  const views: PostView[] = [];
  for (const row of rows) {
    const own = targets.filter((target) => target.postId === row.id);
    const inputs = own.map((target) => ({ accountId: target.accountId, content: target.content }));
    const checked = options.withChecks && CHECKED_STATUSES.includes(row.status);
    views.push({
      id: row.id,
      status: row.status,
      content: row.content,
      campaign: row.campaign,
      scheduledAt: row.scheduledAt,
      recurrence: row.recurrence,
      seriesId: row.seriesId,
      version: row.version,
      author: row.authorId ? { id: row.authorId, name: names.get(row.authorId) ?? '' } : null,
      targets: own.map(targetView),
      problems: checked ? await problemsOf(ctx, row.workspaceId, row.content, inputs) : [],
      findings: checked ? await findingsOf(ctx, row.workspaceId, row.content, inputs, row.scheduledAt, row.id) : [],
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
  return views;
}

export async function historyOf(ctx: AppContext, postId: string): Promise<PostTransitionView[]> {
  const rows = await listTransitions(ctx.db, postId);
  return rows.map((row) => ({
    action: row.action,
    from: row.fromStatus,
    to: row.toStatus,
    actor: { id: row.actorUserId, name: row.actorName },
    comment: row.comment,
    at: row.at,
  }));
}
