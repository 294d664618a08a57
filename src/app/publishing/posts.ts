/**
 * Posts and their approval workflow (P5): writing, changing, deleting, and the actions people take
 * (submit, approve, reject, schedule, unschedule). Every change locks the post and names the version
 * it was made on; every status change is kept with who made it and why. The workflow table in
 * `core/publishing/workflow.ts` decides; nothing here or in the API goes around it.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.js';
import type { PostContent } from '../../core/publishing/content.js';
import { deadlineOf } from '../../core/publishing/failures.js';
import { EDITABLE_STATUSES, permissionFor, statusAfterEdit, transition, type PostAction, type PostStatus, type TransitionRefusal } from '../../core/publishing/workflow.js';
import type { Database } from '../../db/connection.js';
import {
  deleteTargets,
  findPost,
  insertPost,
  insertTargets,
  insertTransition,
  listPosts as listPostRows,
  listTargetsOf,
  lockPost,
  scheduleTargets,
  updatePost as updatePostRow,
  updateTargetContent,
  deletePost as deletePostRow,
  type PostFilter,
  type PostRow,
} from '../../db/repositories/posts.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import { announce, membersWhoCan } from '../events/announce.js';
import type { AppContext, RequestMeta } from '../context.js';
import { accountOf, problemsOf, type TargetInput } from './checks.js';
import { wakeDispatchers } from './dispatcher.js';
import { canonicalRecurrence, seriesAnchor } from './series.js';
import { publishingSettingsOf } from './settings.js';
import { historyOf, postViews, type PostTransitionView, type PostView } from './views.js';

export interface PostInput {
  content: PostContent;
  targets: TargetInput[];
  campaign?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  /** An RFC 5545 RRULE value: the post repeats (see series.ts). */
  recurrence?: string | null | undefined;
}

/** Targets that are in the network's hands: while any is, people cannot change the post. */
const IN_FLIGHT = ['waiting', 'publishing', 'reconciling'] as const;

export const actorName = (actor: Actor) => (actor.kind === 'user' ? actor.user.name : `API key ${actor.key.name}`);
export const actorUserId = (actor: Actor) => (actor.kind === 'user' ? actor.user.id : null);

async function viewOf(ctx: AppContext, row: PostRow): Promise<PostView> {
  const [view] = await postViews(ctx, [row], { withChecks: true });
  if (!view) throw notFound('Post');
  return view;
}

async function checkTargets(ctx: AppContext, workspaceId: string, targets: readonly TargetInput[]): Promise<void> {
  const seen = new Set<string>();
  for (const [index, target] of targets.entries()) {
    if (seen.has(target.accountId)) throw new AppError('validation_failed', 'An account is chosen twice', [{ path: ['targets', index, 'accountId'], message: 'is chosen twice' }]);
    seen.add(target.accountId);
    await accountOf(ctx, workspaceId, target.accountId).catch(() => {
      throw new AppError('validation_failed', 'No such connected account in this workspace', [{ path: ['targets', index, 'accountId'], message: 'is not a connected account of this workspace' }]);
    });
  }
}

export async function createPost(ctx: AppContext, actor: Actor, workspaceId: string, input: PostInput, meta?: RequestMeta): Promise<PostView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  await checkTargets(ctx, workspaceId, input.targets);
  const recurrence = canonicalRecurrence(input.recurrence ?? null);
  const now = ctx.clock.now();
  const id = randomUUID();
  const row = await ctx.db.transaction(async (tx) => {
    const post = await insertPost(tx, {
      id,
      workspaceId,
      authorId: actorUserId(actor),
      status: 'draft',
      content: input.content,
      campaign: input.campaign ?? null,
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
      recurrence,
      createdAt: now,
      updatedAt: now,
    });
    await insertTargets(tx, input.targets.map((target) => newTarget(workspaceId, id, target, now)));
    await record(tx, post, actor, 'create', 'draft', 'draft', undefined, now);
    await audit(tx, now, { action: 'post.created', workspaceId, actor, meta, target: { type: 'post', id }, details: { targets: input.targets.length } });
    return post;
  });
  return viewOf(ctx, row);
}

export function newTarget(workspaceId: string, postId: string, target: TargetInput, at: Date) {
  // Pending and never due until the post is scheduled; the key stays for the target's whole life.
  return { id: randomUUID(), postId, workspaceId, accountId: target.accountId, content: target.content ?? null, status: 'pending' as const, idempotencyKey: randomUUID(), updatedAt: at };
}

/**
 * Keeps the transition and announces it: webhooks hear of every one; in the app, a submission
 * reaches the approvers and an approval or rejection reaches the author (never the person acting).
 */
export async function record(db: Database, post: PostRow, actor: Actor, action: string, from: PostStatus, to: PostStatus, comment: string | undefined, at: Date): Promise<void> {
  await insertTransition(db, { postId: post.id, workspaceId: post.workspaceId, action, fromStatus: from, toStatus: to, actorUserId: actorUserId(actor), actorName: actorName(actor), comment: comment ?? null, at });
  if (action === 'create') return;
  const told = action === 'submit' ? await membersWhoCan(db, post.workspaceId, 'content.approve') : action === 'approve' || action === 'reject' ? (post.authorId ? [post.authorId] : []) : [];
  const recipients = told.filter((userId) => userId !== actorUserId(actor));
  const payload = { postId: post.id, action, from, to, actorName: actorName(actor), comment: comment ?? null };
  await announce(db, { workspaceId: post.workspaceId, type: 'post.status_changed', payload, recipients }, at);
}

/** Locks the post for a change: it must exist, be at the version the caller read, and have nothing in flight. */
async function lockForChange(db: Database, workspaceId: string, postId: string, expectedVersion: number): Promise<PostRow> {
  const post = await lockPost(db, workspaceId, postId);
  if (!post) throw notFound('Post');
  if (post.version !== expectedVersion) {
    throw new AppError('version_conflict', 'Someone changed this post since you opened it; reload it and try again', { expectedVersion, currentVersion: post.version });
  }
  const busy = (await listTargetsOf(db, [post.id])).filter((target) => (IN_FLIGHT as readonly string[]).includes(target.status));
  if (busy.length > 0) throw new AppError('invalid_transition', 'The post is being published and cannot be changed now', { status: post.status, targets: busy.map((target) => target.id) });
  return post;
}

/** Puts the post's targets on the schedule at its time, or takes them off it. */
async function applySchedule(ctx: AppContext, db: Database, post: PostRow, status: PostStatus, at: Date): Promise<void> {
  if (status === 'scheduled' && post.scheduledAt) {
    const settings = await publishingSettingsOf(db, post.workspaceId);
    await scheduleTargets(db, post.id, post.scheduledAt, deadlineOf(post.scheduledAt, settings.late), at);
  } else {
    await scheduleTargets(db, post.id, null, null, at);
  }
}

export interface PostChangesInput extends Partial<PostInput> {
  expectedVersion: number;
}

export async function updatePost(ctx: AppContext, actor: Actor, workspaceId: string, postId: string, input: PostChangesInput, meta?: RequestMeta): Promise<PostView> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  if (input.targets) await checkTargets(ctx, workspaceId, input.targets);
  const recurrence = input.recurrence === undefined ? undefined : canonicalRecurrence(input.recurrence);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const post = await lockForChange(tx, workspaceId, postId, input.expectedVersion);
    if (!EDITABLE_STATUSES.includes(post.status)) throw new AppError('invalid_transition', `A post that is ${post.status} cannot be changed`, { status: post.status });
    const settings = await publishingSettingsOf(tx, workspaceId);
    // Sending the post back unchanged (a client that always sends everything) is not an edit.
    const contentChanged =
      (input.content !== undefined && !sameJson(input.content, post.content)) ||
      (input.targets !== undefined && !sameTargets(await listTargetsOf(tx, [post.id]), input.targets)) ||
      (recurrence !== undefined && recurrence !== post.recurrence);
    const status = contentChanged ? statusAfterEdit(post.status, settings.approvalRequired) : post.status;
    const scheduledAt = input.scheduledAt === undefined ? post.scheduledAt : input.scheduledAt === null ? null : new Date(input.scheduledAt);
    if (status === 'scheduled' && !scheduledAt) throw new AppError('validation_failed', 'A scheduled post needs a time; unschedule it first', [{ path: ['scheduledAt'], message: 'is required while the post is scheduled' }]);
    if (input.targets) await replaceTargets(tx, post, input.targets, now);
    const updated = await updatePostRow(
      tx,
      post.id,
      {
        status,
        ...(input.content ? { content: input.content } : {}),
        ...(input.campaign !== undefined ? { campaign: input.campaign } : {}),
        ...(recurrence !== undefined ? { recurrence } : {}),
        scheduledAt,
        ...(status === 'scheduled' ? seriesAnchor(post, recurrence === undefined ? post.recurrence : recurrence, scheduledAt) : {}),
      },
      now,
    );
    if (status !== post.status) await record(tx, updated, actor, 'edit', post.status, status, undefined, now);
    if (status === 'scheduled' || post.status === 'scheduled') await applySchedule(ctx, tx, updated, status, now);
    await audit(tx, now, { action: 'post.updated', workspaceId, actor, meta, target: { type: 'post', id: post.id }, details: { from: post.status, to: status } });
    return updated;
  });
  wakeDispatchers();
  return viewOf(ctx, row);
}

/** A JSON value with object keys sorted: jsonb gives stored objects back in its own key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Whether the targets asked for are the ones the post has: the same accounts with the same variants. */
function sameTargets(existing: readonly { accountId: string; content: PostContent | null }[], wanted: readonly TargetInput[]): boolean {
  if (existing.length !== wanted.length) return false;
  const byAccount = new Map(existing.map((target) => [target.accountId, target.content]));
  return wanted.every((target) => byAccount.has(target.accountId) && sameJson(byAccount.get(target.accountId) ?? null, target.content ?? null));
}

async function replaceTargets(db: Database, post: PostRow, targets: readonly TargetInput[], at: Date): Promise<void> {
  const existing = await listTargetsOf(db, [post.id]);
  const wanted = new Map(targets.map((target) => [target.accountId, target]));
  await deleteTargets(db, post.id, existing.filter((target) => !wanted.has(target.accountId)).map((target) => target.id));
  for (const target of existing) {
    const input = wanted.get(target.accountId);
    if (input) await updateTargetContent(db, target.id, input.content ?? null, at);
  }
  const known = new Set(existing.map((target) => target.accountId));
  await insertTargets(db, targets.filter((target) => !known.has(target.accountId)).map((target) => newTarget(post.workspaceId, post.id, target, at)));
}

export interface PostActionInput {
  action: PostAction;
  expectedVersion: number;
  comment?: string | undefined;
  scheduledAt?: string | undefined;
}

export async function actOnPost(ctx: AppContext, actor: Actor, workspaceId: string, postId: string, input: PostActionInput, meta?: RequestMeta): Promise<PostView> {
  await authorize(ctx.db, actor, workspaceId, permissionFor(input.action));
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const post = await lockForChange(tx, workspaceId, postId, input.expectedVersion);
    const settings = await publishingSettingsOf(tx, workspaceId);
    const result = transition({ action: input.action, status: post.status, approvalRequired: settings.approvalRequired, actorIsAuthor: actorUserId(actor) !== null && actorUserId(actor) === post.authorId });
    if ('refused' in result) throw refusal(input.action, post.status, result.refused);
    if (input.action === 'reject' && !input.comment) throw new AppError('validation_failed', 'Say why the post is rejected', [{ path: ['comment'], message: 'is required when rejecting' }]);
    const scheduledAt = input.action === 'schedule' ? await scheduleTime(ctx, tx, post, input.scheduledAt, now) : post.scheduledAt;
    const updated = await updatePostRow(tx, post.id, { status: result.to, scheduledAt, ...(input.action === 'schedule' ? seriesAnchor(post, post.recurrence, scheduledAt) : {}) }, now);
    await record(tx, updated, actor, input.action, post.status, result.to, input.comment, now);
    if (input.action === 'schedule' || input.action === 'unschedule') await applySchedule(ctx, tx, updated, result.to, now);
    await audit(tx, now, { action: `post.${input.action}`, workspaceId, actor, meta, target: { type: 'post', id: post.id }, details: { from: post.status, to: result.to } });
    return updated;
  });
  wakeDispatchers();
  return viewOf(ctx, row);
}

function refusal(action: PostAction, status: PostStatus, refused: TransitionRefusal): AppError {
  switch (refused.reason) {
    case 'approval_required':
      return new AppError('invalid_transition', 'This workspace requires an approval before a post is scheduled; submit it for review', { action, status, reason: refused.reason });
    case 'own_post':
      return new AppError('invalid_transition', 'Someone other than the author must approve a post', { action, status, reason: refused.reason });
    case 'wrong_state':
      return new AppError('invalid_transition', `A post that is ${status} cannot be given "${action}"`, { action, status, reason: refused.reason, allowedFrom: refused.allowedFrom });
  }
}

/** A schedule needs a time that has not passed and content every target's network accepts. */
async function scheduleTime(ctx: AppContext, db: Database, post: PostRow, given: string | undefined, now: Date): Promise<Date> {
  const at = given ? new Date(given) : post.scheduledAt;
  if (!at) throw new AppError('validation_failed', 'Choose when the post goes out', [{ path: ['scheduledAt'], message: 'is required' }]);
  // A minute's grace: "now" chosen in the browser is a moment ago by the time it arrives.
  if (at.getTime() < now.getTime() - 60_000) throw new AppError('validation_failed', 'That time has passed', [{ path: ['scheduledAt'], message: 'is in the past' }]);
  const targets = await listTargetsOf(db, [post.id]);
  const problems = await problemsOf(ctx, post.workspaceId, post.content, targets.map((target) => ({ accountId: target.accountId, content: target.content })), db);
  if (problems.length > 0) throw new AppError('validation_failed', 'The post has problems a network would refuse; fix them first', { problems });
  return at;
}

export async function getPost(ctx: AppContext, actor: Actor, workspaceId: string, postId: string): Promise<PostView & { history: PostTransitionView[] }> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const post = await findPost(ctx.db, workspaceId, postId);
  if (!post) throw notFound('Post');
  return { ...(await viewOf(ctx, post)), history: await historyOf(ctx, post.id) };
}

export async function listPosts(ctx: AppContext, actor: Actor, workspaceId: string, filter: Omit<PostFilter, 'from' | 'to'> & { from?: string | undefined; to?: string | undefined }): Promise<PostView[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const rows = await listPostRows(ctx.db, workspaceId, { ...filter, from: filter.from ? new Date(filter.from) : undefined, to: filter.to ? new Date(filter.to) : undefined });
  return postViews(ctx, rows, { withChecks: false });
}

export async function deletePost(ctx: AppContext, actor: Actor, workspaceId: string, postId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const post = await lockPost(tx, workspaceId, postId);
    if (!post) throw notFound('Post');
    await lockForChange(tx, workspaceId, postId, post.version);
    if (post.status === 'published' || post.status === 'publishing' || post.status === 'needs_check') {
      throw new AppError('invalid_transition', `A post that is ${post.status} is on the network; it cannot be deleted here`, { status: post.status });
    }
    await deletePostRow(tx, workspaceId, postId);
    await audit(tx, now, { action: 'post.deleted', workspaceId, actor, meta, target: { type: 'post', id: postId }, details: { status: post.status } });
  });
}
