/**
 * Reads the profile once into the few judgements the rules need ("is this a local business?",
 * "is the budget small?"), so each rule tests one plain flag and the thresholds live in one place.
 * An undefined judgement means the profile does not say; rules then stay silent.
 */
import type { GoalId } from './goals.js';
import type { AgeBand, BusinessProfile } from './profile.js';

export interface AdviseOptions {
  /** A target radius up to this many km makes the business local. */
  readonly localRadiusKm?: number;
  /** Monthly budgets below these amounts (per ISO currency) count as small. */
  readonly smallMonthlyBudget?: Readonly<Record<string, number>>;
}

/**
 * Policy, not facts: starting points a workspace can override. Half a mile (the seed's gym) is
 * far inside 25 km, and a city-wide radius is still a local business.
 */
export const DEFAULT_LOCAL_RADIUS_KM = 25;
export const DEFAULT_SMALL_MONTHLY_BUDGET: Readonly<Record<string, number>> = {
  EUR: 500,
  USD: 500,
  GBP: 500,
  PLN: 2000,
  RUB: 50_000,
  IDR: 8_000_000,
};
/** Half an hour a day: the least that keeps one account active daily, as seed 001 asks. */
export const DAILY_ACTIVITY_HOURS_PER_WEEK = 3.5;

/** Goals that end in a purchase; a business whose sales come from tenders does not win them on social. */
export const SALES_GOALS: readonly GoalId[] = ['sales', 'traffic', 'repeat_sales', 'recommendations'];
/** Goals search can serve; any other goal needs a presence people can follow and talk to. */
export const SEARCH_SERVED_GOALS: readonly GoalId[] = ['sales', 'traffic'];

const YOUNG_BANDS: readonly AgeBand[] = ['13-17', '18-24'];
const OLDER_BANDS: readonly AgeBand[] = ['35-44', '45-54', '55-64', '65+'];

export type AudienceAge = 'young' | 'older' | 'mixed';

export interface Situation {
  readonly profile: BusinessProfile;
  readonly goals: readonly GoalId[];
  readonly audienceAge: AudienceAge | undefined;
  /** True when at least one audience band is under 25. */
  readonly audienceIncludesYoung: boolean | undefined;
  readonly localRadiusKm: number | undefined;
  readonly government: boolean;
  readonly smallBudget: boolean | undefined;
  readonly niche: boolean | undefined;
  readonly salesGoalsOnly: boolean;
  readonly searchServesAGoal: boolean;
}

function audienceAge(bands: readonly AgeBand[] | undefined): AudienceAge | undefined {
  if (!bands || bands.length === 0) return undefined;
  const young = bands.filter((band) => YOUNG_BANDS.includes(band)).length;
  const older = bands.filter((band) => OLDER_BANDS.includes(band)).length;
  if (young * 2 >= bands.length) return 'young';
  if (older * 2 >= bands.length) return 'older';
  return 'mixed';
}

function smallBudget(profile: BusinessProfile, options: AdviseOptions): boolean | undefined {
  const budget = profile.monthlyBudget;
  if (!budget) return undefined;
  if (budget.amount === 0) return true;
  const threshold = (options.smallMonthlyBudget ?? DEFAULT_SMALL_MONTHLY_BUDGET)[budget.currency];
  return threshold === undefined ? undefined : budget.amount < threshold;
}

export function readSituation(profile: BusinessProfile, goals: readonly GoalId[], options: AdviseOptions = {}): Situation {
  const bands = profile.audienceAgeBands;
  const localLimit = options.localRadiusKm ?? DEFAULT_LOCAL_RADIUS_KM;
  const radius = profile.location && profile.radiusKm !== undefined && profile.radiusKm <= localLimit ? profile.radiusKm : undefined;
  const government =
    profile.market === 'b2g' || profile.industry === 'government_contracting' || (profile.salesChannels ?? []).includes('tenders');
  return {
    profile,
    goals,
    audienceAge: audienceAge(bands),
    audienceIncludesYoung: bands && bands.length > 0 ? bands.some((band) => YOUNG_BANDS.includes(band)) : undefined,
    localRadiusKm: radius,
    government,
    smallBudget: smallBudget(profile, options),
    niche: profile.marketScope === undefined ? undefined : profile.marketScope === 'niche',
    salesGoalsOnly: goals.every((goal) => SALES_GOALS.includes(goal)),
    searchServesAGoal: goals.length === 0 || goals.some((goal) => SEARCH_SERVED_GOALS.includes(goal)),
  };
}
