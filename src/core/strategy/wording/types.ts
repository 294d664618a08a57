/**
 * The shape of one language's wording of the advisor. Every table is a record over a closed list
 * of codes, so a code added in reasons.ts (or a channel in facts/types.ts) without a message in
 * each language is a type error, not an English fallback or a raw code on screen.
 */
import type { AgeSkew, PublishingGate, ReachTier, SEARCH_CHANNELS } from '../facts/types.js';
import type { PriceLevel } from '../profile.js';
import type { ConclusionKind, MissingReasonCode, ReasonCode } from '../reasons.js';

/** The conclusion's one-line title: its kind, or "not social" because sales go through tenders. */
export type ConclusionTitle = ConclusionKind | 'not_social_tenders';

/** Missing answers whose message can name the thing they lack (a country, a currency). */
export type NamedMissingCode = 'no_figures_for_country' | 'budget_size_unknown_for_currency';

/** Messages hold `{name}` placeholders for a reason's params, put into words first. */
export interface Wording {
  readonly reasons: Readonly<Record<ReasonCode, string>>;
  /** Second sentences some reasons add: a reach share, or why a minimum audience matters. */
  readonly addenda: { readonly share: string; readonly minimumAdAudienceLocal: string; readonly minimumAdAudienceNiche: string };
  readonly conclusions: Readonly<Record<ConclusionTitle, string>>;
  readonly missing: Readonly<Record<MissingReasonCode, string>>;
  readonly missingNamed: Readonly<Record<NamedMissingCode, string>>;
  /** Networks are proper names, written once in names.ts; only the search alternatives are translated. */
  readonly searchChannels: Readonly<Record<(typeof SEARCH_CHANNELS)[number], string>>;
  readonly tiers: Readonly<Record<ReachTier, string>>;
  readonly skews: Readonly<Record<AgeSkew, string>>;
  readonly gates: Readonly<Record<PublishingGate, string>>;
  readonly priceLevels: Readonly<Record<PriceLevel, string>>;
}
