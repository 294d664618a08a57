/**
 * Rules about the draft on its own: its length against the network's limit, whether it carries a
 * picture, and whether its links are tracked.
 */
import { mixOf, percent, postsAroundDraft } from './timeline.js';
import type { CoachContext, Draft, Finding, MediaKind } from './types.js';

/**
 * Pictures and moving pictures count as the image seed 001 asks for ("images are key", the most
 * shared content); a PDF or an audio clip does not catch the eye in a feed.
 */
const VISUAL_KINDS: readonly MediaKind[] = ['image', 'video', 'gif'];

/** Whether the draft carries a picture or a video. */
export function isVisual(draft: Draft): boolean {
  return draft.media.some((item) => VISUAL_KINDS.includes(item.kind));
}

/**
 * over_limit: the text measured the network's way is longer than it accepts. An error, because
 * the network would refuse the post at publishing time.
 */
export function overLimit(draft: Draft, context: CoachContext): Finding[] {
  const limit = context.textLimit;
  if (!limit) return [];
  const length = limit.measureText(draft.text);
  if (length <= limit.maxLength) return [];
  return [{ rule: 'over_limit', severity: 'error', code: 'over_limit', params: { length, limit: limit.maxLength, over: length - limit.maxLength } }];
}

/**
 * no_image: the draft has no picture or video. A warning when, with this post, the share of posts
 * with one around it falls below the plan's target; otherwise only a note, because the plan
 * deliberately leaves room for text-only polls and questions.
 */
export function noImage(draft: Draft, context: CoachContext): Finding[] {
  if (isVisual(draft)) return [];
  const around = postsAroundDraft(draft, context);
  const withMedia = around.filter((post) => post.hasMedia).length;
  const total = around.length + 1;
  const minPercent = mixOf(context).withImageMinPercent;
  const params = { withImagePercent: percent(withMedia, total), minPercent };
  if ((withMedia / total) * 100 < minPercent) return [{ rule: 'no_image', severity: 'warning', code: 'no_image', params }];
  return [{ rule: 'no_image', severity: 'info', code: 'no_image_within_mix', params }];
}

/**
 * untracked_link: a link that will not be published as one of the workspace's tracked short links
 * (link tracking switched off, or no public URL for Chorus), so its clicks and orders cannot be
 * counted (A3). Silent where the context says tracking does not exist, since the author could do
 * nothing about it. One finding per distinct link.
 */
export function untrackedLink(draft: Draft, context: CoachContext): Finding[] {
  if (!context.trackedLinksEnabled) return [];
  const urls = new Set(draft.links.filter((link) => !link.tracked).map((link) => link.url));
  return [...urls].map((url): Finding => ({ rule: 'untracked_link', severity: 'warning', code: 'untracked_link', params: { url } }));
}
