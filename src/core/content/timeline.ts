/**
 * Where the draft sits among the account's other posts: its time, the posts near it that a mix
 * share is computed over, and the mix targets that apply when no strategy is saved.
 */
import { defaultContentPlan } from '../planning/content-plan.js';
import type { ContentMix } from '../planning/types.js';
import type { AccountPost, CoachContext, Draft } from './types.js';

export const DAY_MS = 86_400_000;

/**
 * The strategy's own suggestion for a business that has stated no goals (core/planning's base mix:
 * at most 20 % promotional after seeds 001 and 002, at least 80 % with an image after seed 001),
 * so a workspace without a saved strategy is coached by the same numbers the wizard would propose.
 */
export const DEFAULT_MIX: ContentMix = defaultContentPlan({}, [], []).mix;

/**
 * Mix shares are taken over the posts within 14 days before or after the draft: about what a
 * calendar shows around a date, and at the plan's daily cadence about 28 posts, enough for a share
 * to mean something. Both past and scheduled posts count, as the requirement asks.
 */
export const MIX_WINDOW_DAYS = 14;

/** When the draft goes out: its scheduled time, or now when it is published at once. */
export function draftTime(draft: Draft, context: CoachContext): Date {
  return draft.scheduledAt ?? context.now;
}

/** The plan's mix, or the default when no strategy is saved. */
export function mixOf(context: CoachContext): ContentMix {
  return context.mix ?? DEFAULT_MIX;
}

/** The account's posts whose time lies in [from, to], both ends included. */
export function postsBetween(posts: readonly AccountPost[], from: number, to: number): AccountPost[] {
  return posts.filter((post) => post.at.getTime() >= from && post.at.getTime() <= to);
}

/** The posts a mix share is computed over, the draft itself not included (the caller adds it). */
export function postsAroundDraft(draft: Draft, context: CoachContext): AccountPost[] {
  const at = draftTime(draft, context).getTime();
  return postsBetween(context.posts, at - MIX_WINDOW_DAYS * DAY_MS, at + MIX_WINDOW_DAYS * DAY_MS);
}

/** A share in percent, rounded to a whole number for display. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
