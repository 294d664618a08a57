/**
 * The rules that score one channel for one business. Each rule looks at one question the seeds
 * ask (who buys, where they are, how they buy, what the team can keep up) and answers with
 * reasons; a fact the table marks unknown makes its rule stay silent, which scores as neutral.
 */
import { countryReasons } from './country-rules.js';
import { factRef, type ChannelFacts, type FactRef, type PlatformFacts } from './facts/types.js';
import type { ScoredReason } from './reasons.js';
import type { Situation } from './situation.js';
import { WEIGHTS } from './weights.js';

type Rule = (channel: ChannelFacts, situation: Situation, facts: PlatformFacts) => ScoredReason[];

const reason = (
  code: ScoredReason['code'],
  polarity: ScoredReason['polarity'],
  weight: number,
  facts: readonly FactRef[],
  params: ScoredReason['params'] = {},
): ScoredReason => ({ code, polarity, weight, params, facts });

const ageRule: Rule = (channel, { audienceAge, audienceIncludesYoung, profile }, facts) => {
  const skew = channel.ageSkew;
  if (!skew.known) return [];
  const skewFact = [factRef(skew)];
  if (skew.value === 'older') {
    if (audienceAge === 'older') return [reason('audience_age_match', 'for', WEIGHTS.ageMatch, skewFact, { skew: 'older' })];
    if (audienceAge === 'young') return [reason('audience_age_mismatch', 'against', WEIGHTS.ageMismatch, skewFact, { skew: 'older' })];
    return [];
  }
  const principle = factRef(facts.principles.youngUsersMayNotBuy);
  if (audienceAge === 'young') return [reason('audience_age_match', 'for', WEIGHTS.ageMatch, skewFact, { skew: 'younger' })];
  if (audienceIncludesYoung === false) {
    return [reason('young_users_not_buyers', 'caveat', WEIGHTS.youngUsersNotBuyers, [...skewFact, principle])];
  }
  if (audienceIncludesYoung === undefined && profile.priceLevel === 'premium') {
    return [reason('young_users_may_not_afford', 'caveat', WEIGHTS.youngUsersMayNotAfford, [...skewFact, principle], { priceLevel: 'premium' })];
  }
  return [];
};

const marketRule: Rule = (channel, { government, profile }) => {
  const b2b = channel.b2bPlatform;
  if (!b2b.known || !b2b.value) return [];
  if (government) return [reason('corporate_communication_only', 'caveat', WEIGHTS.corporateCommunication, [factRef(b2b)])];
  if (profile.market === 'b2c') return [reason('b2b_platform_for_consumers', 'against', WEIGHTS.b2bPlatformForConsumers, [factRef(b2b)])];
  if (profile.market !== 'b2b') return [];
  const reasons = [reason('b2b_platform', 'for', WEIGHTS.b2bPlatform, [factRef(b2b)])];
  const sellers = channel.activeUsersMostlySell;
  if (sellers.known && sellers.value) reasons.push(reason('b2b_users_mostly_sell', 'caveat', WEIGHTS.b2bUsersMostlySell, [factRef(sellers)]));
  return reasons;
};

const tenderRule: Rule = (_channel, { government, salesGoalsOnly }, facts) =>
  government && salesGoalsOnly
    ? [reason('sales_through_tenders', 'against', WEIGHTS.salesThroughTenders, [factRef(facts.principles.governmentContractsNeedNoSocial)])]
    : [];

const localRule: Rule = (channel, { localRadiusKm, niche }, facts) => {
  const reasons: ScoredReason[] = [];
  const targeting = channel.localTargeting;
  const principle = factRef(facts.principles.localReachDecides);
  if (localRadiusKm !== undefined && targeting.known) {
    const params = { radiusKm: localRadiusKm };
    if (targeting.value.precision === 'hyper_local') {
      reasons.push(reason('hyper_local_targeting', 'for', WEIGHTS.hyperLocalTargeting, [factRef(targeting), principle], params));
    } else {
      reasons.push(reason('coarse_geo_targeting', 'against', WEIGHTS.coarseGeoTargeting, [factRef(targeting), principle], params));
    }
  }
  const minimum = channel.minAdAudience;
  if (minimum.known && localRadiusKm !== undefined) {
    const params = { minimum: minimum.value, radiusKm: localRadiusKm };
    reasons.push(reason('minimum_ad_audience', 'against', WEIGHTS.minimumAdAudienceLocal, [factRef(minimum)], params));
  } else if (minimum.known && niche === true) {
    reasons.push(reason('minimum_ad_audience', 'caveat', WEIGHTS.minimumAdAudienceNiche, [factRef(minimum)], { minimum: minimum.value }));
  }
  return reasons;
};

/** Seeds 003 and 004: demand that already exists is cheapest to serve where people search for it. */
const demandRule: Rule = (channel, { profile, niche, smallBudget, searchServesAGoal }, facts) => {
  const searches = profile.customersAlreadySearch;
  const captures = channel.capturesExistingDemand;
  const demandFirst = searches === true && niche === true && smallBudget === true;
  if (captures.known && captures.value) {
    const own = factRef(captures);
    const reasons: ScoredReason[] = [];
    if (searches === true) reasons.push(reason('captures_existing_demand', 'for', WEIGHTS.capturesExistingDemand, [own]));
    if (searches === false) reasons.push(reason('no_existing_demand', 'against', WEIGHTS.noExistingDemand, [own]));
    if (demandFirst && channel.channel === 'search_ads') {
      reasons.push(reason('capture_existing_demand_first', 'for', WEIGHTS.captureDemandFirst, [factRef(facts.principles.searchForNicheSmallBudget)]));
    }
    if (!searchServesAGoal) reasons.push(reason('goals_need_social_presence', 'against', WEIGHTS.goalsNeedSocialPresence, [own]));
    return reasons;
  }
  if (channel.kind === 'social' && searches === true && (niche === true || smallBudget === true)) {
    return [reason('social_before_demand_channels', 'against', WEIGHTS.socialBeforeDemandChannels, [factRef(facts.principles.demandChannelsFirst)])];
  }
  return [];
};

const fansRule: Rule = (channel, { profile }, facts) =>
  channel.kind === 'social' && profile.hasVocalFans === true
    ? [reason('fans_can_spread_word', 'for', WEIGHTS.fansCanSpreadWord, [factRef(facts.principles.vocalFansSuitSocial)])]
    : [];

/** A small team cannot keep a video-only channel active daily (seed 001); formats decide it. */
const workloadRule: Rule = (channel, { profile }, facts) => {
  const formats = channel.formats;
  const hours = profile.teamHoursPerWeek;
  if (!formats.known || hours === undefined || hours >= 5) return [];
  if (!formats.value.every((format) => format === 'video')) return [];
  return [
    reason('video_needs_production_time', 'caveat', WEIGHTS.videoNeedsProductionTime, [factRef(formats), factRef(facts.principles.activeMeansDaily)], {
      hoursPerWeek: hours,
    }),
  ];
};

const publishingRule: Rule = (channel) => {
  const api = channel.publishingApi;
  if (!api.known || api.value.gates.length === 0) return [];
  return [reason('publishing_needs_approval', 'caveat', WEIGHTS.publishingNeedsApproval, [factRef(api)], { gates: api.value.gates.join(',') })];
};

const RULES: readonly Rule[] = [ageRule, marketRule, tenderRule, localRule, demandRule, fansRule, workloadRule, publishingRule];

export function channelReasons(channel: ChannelFacts, situation: Situation, facts: PlatformFacts): ScoredReason[] {
  return [...countryReasons(channel, situation.profile.countries ?? [], facts), ...RULES.flatMap((rule) => rule(channel, situation, facts))];
}
