/**
 * Rules about the draft among the account's other posts: too much self-promotion around it, and
 * too long without a question or an invitation to reply.
 */
import { detectDialogue } from './dialogue.js';
import { detectPromotion, promotionWords } from './promotion.js';
import { DAY_MS, draftTime, mixOf, percent, postsAroundDraft, postsBetween } from './timeline.js';
import type { CoachContext, Draft, Finding } from './types.js';

/**
 * Below five posts one post moves the share by 20 points or more, so a new account's second post
 * would already read as "mostly promotion". An assumption, not a seed figure.
 */
export const MIN_POSTS_FOR_PROMOTION_SHARE = 5;

/** Seed 001 asks to involve customers in dialogue; a week without a single question is too long. */
export const DIALOGUE_WINDOW_DAYS = 7;

/**
 * self_promotion: the draft is promotional and, with it, promotional posts make up more of the
 * posts around it than the plan allows. Only a promotional draft is flagged: a post that is not an
 * advertisement makes the mix better, and warning its author would point at the wrong post.
 */
export function selfPromotion(draft: Draft, context: CoachContext): Finding[] {
  const verdict = detectPromotion(draft.text);
  if (!verdict.promotional) return [];
  const around = postsAroundDraft(draft, context);
  const postCount = around.length + 1;
  if (postCount < MIN_POSTS_FOR_PROMOTION_SHARE) return [];
  const promotionalCount = around.filter((post) => detectPromotion(post.text).promotional).length + 1;
  const maxPercent = mixOf(context).promotionalMaxPercent;
  if ((promotionalCount / postCount) * 100 <= maxPercent) return [];
  return [
    {
      rule: 'self_promotion',
      severity: 'warning',
      code: 'mostly_self_promotion',
      params: { promotionalCount, postCount, percent: percent(promotionalCount, postCount), maxPercent, words: promotionWords(verdict).join(', ') },
    },
  ];
}

/**
 * no_dialogue_for_a_week: neither the draft nor any post of the 7 days before it (published or
 * scheduled) asks a question, invites a reply or runs a poll. A suggestion, hence `info`.
 */
export function noDialogueForAWeek(draft: Draft, context: CoachContext): Finding[] {
  if (draft.poll === true || detectDialogue(draft.text).dialogue) return [];
  const at = draftTime(draft, context).getTime();
  const week = postsBetween(context.posts, at - DIALOGUE_WINDOW_DAYS * DAY_MS, at);
  if (week.some((post) => post.poll === true || detectDialogue(post.text).dialogue)) return [];
  return [{ rule: 'no_dialogue_for_a_week', severity: 'info', code: 'no_dialogue_for_a_week', params: { days: DIALOGUE_WINDOW_DAYS } }];
}
