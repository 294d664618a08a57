/**
 * What the profile does not say, and what the answer could change. The advisor ranks anyway;
 * this list tells the user which questions are worth answering to sharpen the ranking.
 */
import type { PlatformFacts } from './facts/types.js';
import type { MissingAnswer } from './reasons.js';
import type { Situation } from './situation.js';

const LOCAL_INDUSTRIES = new Set(['fitness', 'food_restaurant', 'beauty']);

function mayBeLocal({ profile }: Situation): boolean {
  const channels = profile.salesChannels;
  if (channels === undefined) return true;
  return channels.includes('physical_store') || (profile.industry !== undefined && LOCAL_INDUSTRIES.has(profile.industry));
}

export function missingAnswers(situation: Situation, facts: PlatformFacts): MissingAnswer[] {
  const { profile } = situation;
  const missing: MissingAnswer[] = [];
  const lacks = (field: string, why: MissingAnswer['why'], params: MissingAnswer['params'] = {}) => missing.push({ field, why, params });

  if (situation.goals.length === 0) lacks('goals', 'decides_goal_fit');
  if (profile.market === undefined) lacks('market', 'decides_b2b_fit');
  if (profile.salesChannels === undefined) lacks('salesChannels', 'decides_sales_route');
  if (profile.audienceAgeBands === undefined || profile.audienceAgeBands.length === 0) lacks('audienceAgeBands', 'decides_age_fit');
  if (profile.audienceAgeBands === undefined && profile.priceLevel === undefined) lacks('priceLevel', 'decides_young_audience_fit');
  if (profile.countries === undefined || profile.countries.length === 0) lacks('countries', 'decides_country_reach');
  for (const country of profile.countries ?? []) {
    if (facts.countries[country] === undefined) lacks('countries', 'no_figures_for_country', { country });
  }
  if (profile.location === undefined && mayBeLocal(situation)) lacks('location', 'decides_local_targeting');
  if (profile.location !== undefined && profile.radiusKm === undefined) lacks('radiusKm', 'decides_local_targeting');
  if (profile.customersAlreadySearch === undefined) lacks('customersAlreadySearch', 'decides_search_first');
  if (profile.hasVocalFans === undefined) lacks('hasVocalFans', 'decides_social_first');
  if (profile.marketScope === undefined) lacks('marketScope', 'decides_search_first');
  if (profile.monthlyBudget === undefined) lacks('monthlyBudget', 'decides_budget_fit');
  // A budget in a currency without a threshold cannot be judged small or not.
  if (profile.monthlyBudget !== undefined && situation.smallBudget === undefined) {
    lacks('monthlyBudget', 'budget_size_unknown_for_currency', { currency: profile.monthlyBudget.currency });
  }
  if (profile.teamHoursPerWeek === undefined) lacks('teamHoursPerWeek', 'decides_workload');
  return missing;
}
