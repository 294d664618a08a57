/**
 * A starting content plan for the platforms a business chose: the wizard proposes it and people
 * adjust it. Every number below comes from the seed texts (shared/seeds, summarised in
 * shared/DOMAIN.md) or from a stated assumption about how long the work takes.
 */
import { SEARCH_CHANNELS, type ChannelId } from '../strategy/facts/types.js';
import type { GoalId } from '../strategy/goals.js';
import type { BusinessProfile } from '../strategy/profile.js';
import type { ContentMix, ContentPlan } from './types.js';

/**
 * Seed 001: an inactive account is worse than none, and "active means daily". The main network
 * (the first one chosen, which the wizard lists in the advisor's order) therefore aims at one post
 * a day.
 */
export const MAIN_POSTS_PER_WEEK = 7;

/** Other networks are kept alive rather than fed daily: three posts a week. An assumption, not a seed figure. */
export const SECONDARY_POSTS_PER_WEEK = 3;

/**
 * Our assumption of the time one post costs, answering its comments included: writing, finding
 * or making the picture (seed 001: always include an image), and the dialogue it should start.
 */
export const MINUTES_PER_POST = 45;

/**
 * Share targets:
 * - promotional at most 20 %: seed 001 warns against talking only about yourself ("we have a
 *   sale") and seed 002 asks to balance advertising with authentic content. A sales goal allows
 *   up to 30 %, still a clear minority.
 * - dialogue at least 20 %: seed 001 asks to involve customers in dialogue and ask their opinion
 *   (post two products, ask which to stock). Goals that live on answers (feedback, reputation,
 *   customer service; seed 003 names audience feedback as a goal) raise it to 30 %.
 * - posts with an image at least 80 %: seed 001, "images are key", the most shared content;
 *   "always" would forbid text-only polls and questions, so the target leaves a fifth for them.
 */
const BASE_MIX: ContentMix = { promotionalMaxPercent: 20, dialogueMinPercent: 20, withImageMinPercent: 80 };
const SALES_PROMOTIONAL_MAX = 30;
const DIALOGUE_GOALS_MIN = 30;
const DIALOGUE_GOALS: readonly GoalId[] = ['feedback', 'reputation', 'customer_service'];

/**
 * Response-time targets. Seed 002 counts customer service among SMM's uses and asks to react
 * fast. With customer service as a goal: one hour (Meta's "very responsive" badge asks for
 * 15 minutes, FACTS.md [67b], unverified and hard for a small team). With reputation or
 * feedback goals: four hours, within the working day. Otherwise the same day (24 hours), which
 * daily activity already implies.
 */
export const RESPONSE_MINUTES = { customerService: 60, dialogue: 240, sameDay: 1_440 } as const;

const searchChannels: readonly ChannelId[] = SEARCH_CHANNELS;

function mixFor(goals: readonly GoalId[]): ContentMix {
  return {
    promotionalMaxPercent: goals.includes('sales') ? SALES_PROMOTIONAL_MAX : BASE_MIX.promotionalMaxPercent,
    dialogueMinPercent: goals.some((goal) => DIALOGUE_GOALS.includes(goal)) ? DIALOGUE_GOALS_MIN : BASE_MIX.dialogueMinPercent,
    withImageMinPercent: BASE_MIX.withImageMinPercent,
  };
}

function responseTargetFor(goals: readonly GoalId[]): number {
  if (goals.includes('customer_service')) return RESPONSE_MINUTES.customerService;
  if (goals.some((goal) => DIALOGUE_GOALS.includes(goal))) return RESPONSE_MINUTES.dialogue;
  return RESPONSE_MINUTES.sameDay;
}

/**
 * Posts per week for each social channel, the main one first. When the team's hours cannot pay
 * for the full plan, the main network keeps its daily rhythm as long as it can and the others get
 * what is left: seed 001 prefers fewer live accounts to many abandoned ones. The main network
 * never drops below one post a week, so the plan stays usable; the advisor already warns when
 * there is too little time for daily activity.
 */
function cadenceFor(socialChannels: readonly ChannelId[], teamHoursPerWeek: number | undefined) {
  const affordable = teamHoursPerWeek === undefined ? Number.POSITIVE_INFINITY : Math.floor((teamHoursPerWeek * 60) / MINUTES_PER_POST);
  const [main, ...others] = socialChannels;
  if (main === undefined) return [];
  const mainPosts = Math.max(1, Math.min(MAIN_POSTS_PER_WEEK, affordable));
  const left = Math.max(0, affordable - mainPosts);
  const perOther = others.length ? Math.min(SECONDARY_POSTS_PER_WEEK, Math.floor(left / others.length)) : 0;
  return [{ channel: main, postsPerWeek: mainPosts }, ...others.map((channel) => ({ channel, postsPerWeek: perOther }))];
}

/**
 * Suggests cadence, content mix and response time for the chosen channels. Search channels (ads,
 * SEO) get no posting cadence: they are not fed with posts. Repeated channels count once.
 */
export function defaultContentPlan(
  profile: BusinessProfile,
  goals: readonly GoalId[],
  channels: readonly ChannelId[],
): ContentPlan {
  const social = [...new Set(channels)].filter((channel) => !searchChannels.includes(channel));
  return {
    cadence: cadenceFor(social, profile.teamHoursPerWeek),
    mix: mixFor(goals),
    responseTimeTargetMinutes: responseTargetFor(goals),
  };
}
