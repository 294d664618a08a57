/**
 * Recurring posts (P3). A post with a recurrence rule is one occurrence of a series; when an
 * occurrence is over (published, failed or waiting for a person), the next one is written as a
 * scheduled post of its own, at the rule's next instant in the workspace's zone, so it keeps its
 * local time across daylight-saving changes. The series was approved as a whole, so occurrences
 * are scheduled without another review; each can be edited, moved or deleted on its own.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { deadlineOf } from '../../core/publishing/failures.js';
import { formatRule, parseRule } from '../../core/scheduling/recurrence-rule.js';
import { nextOccurrence } from '../../core/scheduling/recurrence.js';
import { toWallTime } from '../../core/scheduling/zoned-time.js';
import { findPostById, insertOccurrence, insertTargets, insertTransition, listTargetsOf, type PostRow } from '../../db/repositories/posts.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import type { AppContext } from '../context.js';
import { wakeDispatchers } from './dispatcher.js';
import { publishingSettingsOf } from './settings.js';

/** The rule in its canonical RRULE text, or a validation error that names the part at fault. */
export function canonicalRecurrence(text: string | null): string | null {
  if (text === null) return null;
  const parsed = parseRule(text);
  if (!parsed.ok) {
    throw new AppError('validation_failed', `The repeat rule is not valid: ${parsed.error.message}`, [
      { path: ['recurrence'], message: parsed.error.message, code: parsed.error.code, part: parsed.error.part },
    ]);
  }
  return formatRule(parsed.rule);
}

/**
 * The series fields a post gets when it is scheduled at `at`: the first occurrence anchors the
 * series at its time (and moves the anchor when it is moved); later occurrences keep theirs.
 */
export function seriesAnchor(post: Pick<PostRow, 'id' | 'seriesId'>, recurrence: string | null, at: Date | null): { seriesId?: string; seriesStart?: Date; occurrenceAt?: Date } {
  if (recurrence === null || at === null) return {};
  if (post.seriesId !== null && post.seriesId !== post.id) return {};
  return { seriesId: post.id, seriesStart: at, occurrenceAt: at };
}

/** Writes the occurrence after this post's, once; does nothing for posts without a rule or a rule that has ended. */
export async function continueSeries(ctx: AppContext, postId: string): Promise<void> {
  const post = await findPostById(ctx.db, postId);
  if (!post?.recurrence || !post.seriesId || !post.seriesStart || !post.occurrenceAt) return;
  const parsed = parseRule(post.recurrence);
  if (!parsed.ok) return; // stored rules were checked on the way in; one from a later version is left alone
  const zone = (await findWorkspace(ctx.db, post.workspaceId))?.timezone ?? 'UTC';
  const start = { wall: toWallTime(post.seriesStart, zone), zone };
  const now = ctx.clock.now();
  // After downtime, occurrences that have passed are not made up for: the series goes on from now.
  const after = post.occurrenceAt.getTime() > now.getTime() ? post.occurrenceAt : now;
  const next = nextOccurrence(parsed.rule, start, after);
  if (!next) return;
  const [settings, targets] = await Promise.all([publishingSettingsOf(ctx.db, post.workspaceId), listTargetsOf(ctx.db, [post.id])]);
  const id = randomUUID();
  const made = await ctx.db.transaction(async (tx) => {
    const inserted = await insertOccurrence(tx, {
      id,
      workspaceId: post.workspaceId,
      authorId: post.authorId,
      status: 'scheduled',
      content: post.content,
      campaign: post.campaign,
      scheduledAt: next,
      recurrence: post.recurrence,
      seriesId: post.seriesId,
      seriesStart: post.seriesStart,
      occurrenceAt: next,
      createdAt: now,
      updatedAt: now,
    });
    if (!inserted) return false;
    await insertTargets(
      tx,
      targets.map((target) => ({
        id: randomUUID(),
        postId: id,
        workspaceId: post.workspaceId,
        accountId: target.accountId,
        content: target.content,
        status: 'pending' as const,
        idempotencyKey: randomUUID(),
        nextAttemptAt: next,
        deadlineAt: deadlineOf(next, settings.late),
        updatedAt: now,
      })),
    );
    await insertTransition(tx, { postId: id, workspaceId: post.workspaceId, action: 'recur', fromStatus: 'scheduled', toStatus: 'scheduled', actorUserId: null, actorName: 'Chorus', comment: null, at: now });
    return true;
  });
  if (made) wakeDispatchers();
}
