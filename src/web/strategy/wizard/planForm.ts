/**
 * The content plan and staff roles as a form. Defaults follow the seeds: an active account posts
 * daily, promotion stays a minority of posts, and most posts carry an image.
 */
import { SOCIAL_CHANNELS, type ChannelId } from '../../../core/strategy/facts/types.js';
import type { StrategyInput } from '../types.js';

type ContentPlan = StrategyInput['contentPlan'];

export interface PlanForm {
  /** Posts per week by channel, as typed. */
  cadence: Partial<Record<ChannelId, string>>;
  promotionalMax: string;
  dialogueMin: string;
  withImageMin: string;
  responseMinutes: string;
}

export type PlanField = 'cadence' | 'promotionalMax' | 'dialogueMin' | 'withImageMin' | 'responseMinutes';
export type PlanProblem = 'not_a_number' | 'percent_range' | 'posts_range' | 'minutes_range';

export const DEFAULT_POSTS_PER_WEEK = 7;
const DEFAULT_PLAN: ContentPlan = {
  cadence: [],
  mix: { promotionalMaxPercent: 20, dialogueMinPercent: 30, withImageMinPercent: 70 },
  responseTimeTargetMinutes: 60,
};

/** Search ads and SEO have no posting cadence. */
export const hasCadence = (channel: ChannelId): boolean => (SOCIAL_CHANNELS as readonly string[]).includes(channel);

export function planFormFrom(plan: ContentPlan | undefined): PlanForm {
  const source = plan ?? DEFAULT_PLAN;
  const cadence: Partial<Record<ChannelId, string>> = {};
  for (const { channel, postsPerWeek } of source.cadence) cadence[channel] = String(postsPerWeek);
  return {
    cadence,
    promotionalMax: String(source.mix.promotionalMaxPercent),
    dialogueMin: String(source.mix.dialogueMinPercent),
    withImageMin: String(source.mix.withImageMinPercent),
    responseMinutes: String(source.responseTimeTargetMinutes),
  };
}

export type PlanResult = { ok: true; plan: ContentPlan } | { ok: false; problems: Partial<Record<PlanField, PlanProblem>> };

/** The plan for the chosen channels; a channel without a typed cadence gets the daily default. */
export function toContentPlan(form: PlanForm, channels: readonly ChannelId[]): PlanResult {
  const problems: Partial<Record<PlanField, PlanProblem>> = {};
  const read = (field: PlanField, text: string, ok: (value: number) => boolean, range: PlanProblem): number => {
    const value = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value)) problems[field] = 'not_a_number';
    else if (!ok(value)) problems[field] = range;
    return value;
  };
  const percent = (value: number) => value >= 0 && value <= 100;
  const cadence = channels.filter(hasCadence).map((channel) => ({
    channel,
    postsPerWeek: read('cadence', form.cadence[channel] ?? String(DEFAULT_POSTS_PER_WEEK), (value) => value >= 0 && value <= 100, 'posts_range'),
  }));
  const plan: ContentPlan = {
    cadence,
    mix: {
      promotionalMaxPercent: read('promotionalMax', form.promotionalMax, percent, 'percent_range'),
      dialogueMinPercent: read('dialogueMin', form.dialogueMin, percent, 'percent_range'),
      withImageMinPercent: read('withImageMin', form.withImageMin, percent, 'percent_range'),
    },
    responseTimeTargetMinutes: read('responseMinutes', form.responseMinutes, (value) => Number.isInteger(value) && value >= 1 && value <= 10_080, 'minutes_range'),
  };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, plan };
}
