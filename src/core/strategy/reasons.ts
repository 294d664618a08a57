/**
 * Reasons are codes with parameters, never sentences: wording/ words them in the four languages
 * of the product, for the UI and the strategy document alike. Every reason carries the facts it rests on.
 */
import type { ChannelId, ChannelKind, FactRef } from './facts/types.js';

export const CHANNEL_REASON_CODES = [
  'blocked_in_country',
  'strong_reach_in_country',
  'some_reach_in_country',
  'not_listed_in_country',
  'audience_age_match',
  'audience_age_mismatch',
  'young_users_not_buyers',
  'young_users_may_not_afford',
  'b2b_platform',
  'b2b_users_mostly_sell',
  'b2b_platform_for_consumers',
  'corporate_communication_only',
  'sales_through_tenders',
  'hyper_local_targeting',
  'coarse_geo_targeting',
  'minimum_ad_audience',
  'captures_existing_demand',
  'no_existing_demand',
  'capture_existing_demand_first',
  'social_before_demand_channels',
  'goals_need_social_presence',
  'fans_can_spread_word',
  'video_needs_production_time',
  'publishing_needs_approval',
] as const;

export const CONCLUSION_REASON_CODES = [
  'revenue_from_government_contracts',
  'social_for_corporate_communication',
  'capture_existing_demand_first',
  'give_fans_something_to_share',
  'search_ranks_first',
  'social_channel_fits',
  'no_strong_social_channel',
  'too_little_time_for_daily_activity',
] as const;

export type ChannelReasonCode = (typeof CHANNEL_REASON_CODES)[number];
export type ConclusionReasonCode = (typeof CONCLUSION_REASON_CODES)[number];
export type ReasonCode = ChannelReasonCode | ConclusionReasonCode;

export type Polarity = 'for' | 'against' | 'caveat';
export type ReasonParams = Readonly<Record<string, string | number>>;

export interface Reason {
  readonly code: ReasonCode;
  readonly polarity: Polarity;
  readonly params: ReasonParams;
  readonly facts: readonly FactRef[];
}

/** A reason about one channel, with the points it adds to (or takes from) the channel's score. */
export interface ScoredReason extends Reason {
  readonly code: ChannelReasonCode;
  readonly weight: number;
}

export type Verdict = 'recommended' | 'consider' | 'not_recommended';

export interface RankedChannel {
  readonly channel: ChannelId;
  readonly kind: ChannelKind;
  /** 0–100: 50 plus the weights of its reasons, clamped. */
  readonly score: number;
  readonly verdict: Verdict;
  readonly reasons: readonly ScoredReason[];
}

export type ConclusionKind = 'social_first' | 'social_supporting' | 'not_social';

export const MISSING_REASON_CODES = [
  'decides_b2b_fit',
  'decides_age_fit',
  'decides_young_audience_fit',
  'decides_country_reach',
  'no_figures_for_country',
  'decides_local_targeting',
  'decides_search_first',
  'decides_social_first',
  'decides_budget_fit',
  'budget_size_unknown_for_currency',
  'decides_workload',
  'decides_sales_route',
  'decides_goal_fit',
] as const;
export type MissingReasonCode = (typeof MISSING_REASON_CODES)[number];

/** An answer the profile lacks (or a figure the facts lack), and what it could change. */
export interface MissingAnswer {
  readonly field: string;
  readonly why: MissingReasonCode;
  readonly params: ReasonParams;
}

export interface Advice {
  readonly factsVersion: string;
  readonly ranking: readonly RankedChannel[];
  readonly conclusion: { readonly kind: ConclusionKind; readonly reasons: readonly Reason[] };
  readonly missing: readonly MissingAnswer[];
}
