/**
 * Points each reason adds to a channel's score (which starts at 50). The sizes encode priorities
 * from the seeds: a hard constraint (blocked, tenders, a half-mile radius) outweighs a fit of
 * audience, which outweighs a caveat. Change a weight here and the tests tell which case moved.
 */
export const BASE_SCORE = 50;
export const RECOMMENDED_FROM = 65;
export const CONSIDER_FROM = 40;

export const WEIGHTS = {
  /** Blocked in some of the business's countries; in all of them it is a veto (see below). */
  blockedInCountry: -40,
  /** Enough to take any channel to 0: a blocked network cannot be recommended whatever else fits. */
  blockedEverywhere: -100,
  /** Reach as a share of internet users, times this: 70% reach is worth 21 points. */
  reachPerShare: 30,
  /** Where the source ranks but gives no share. */
  reachTier: { leading: 20, major: 12, minor: 4 },
  /** The country's sources name the networks that matter and this one is not among them. */
  notListedInCountry: -12,
  ageMatch: 10,
  ageMismatch: -8,
  /** Seed 004: likes from people who cannot buy are not sales. */
  youngUsersNotBuyers: -10,
  youngUsersMayNotAfford: -5,
  b2bPlatform: 20,
  /** Seed 004: the active users are mostly sellers, so the pool of buyers is smaller than it looks. */
  b2bUsersMostlySell: -5,
  b2bPlatformForConsumers: -10,
  /** Seed 000: a tender business may keep a channel to talk with corporate clients. */
  corporateCommunication: 12,
  salesThroughTenders: -20,
  /** Seed 004: for a local business the radius is the goal, so it weighs as much as a blocked ad tool would cost. */
  hyperLocalTargeting: 20,
  coarseGeoTargeting: -20,
  minimumAdAudienceLocal: -10,
  minimumAdAudienceNiche: -4,
  capturesExistingDemand: 20,
  noExistingDemand: -15,
  /** Seed 004: niche product, small budget, people searching: search ads first. */
  captureDemandFirst: 10,
  /** Seed 003: social money before the demand channels are used up is the common waste. */
  socialBeforeDemandChannels: -8,
  goalsNeedSocialPresence: -10,
  fansCanSpreadWord: 8,
  videoNeedsProductionTime: -5,
  /** Shown so nobody is surprised at connection time; it does not change the fit. */
  publishingNeedsApproval: 0,
} as const;
