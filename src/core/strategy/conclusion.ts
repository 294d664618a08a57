/**
 * The one-line answer above the ranking: is social media this business's main channel, a
 * supporting one, or not the place for its money? The seeds insist the advisor may say "not
 * social", so the cases that lead there are checked before the ranking is consulted.
 */
import { factRef, type FactRef, type PlatformFacts } from './facts/types.js';
import type { Advice, RankedChannel, Reason } from './reasons.js';
import { DAILY_ACTIVITY_HOURS_PER_WEEK, type Situation } from './situation.js';

type Conclusion = Advice['conclusion'];

const reason = (code: Reason['code'], polarity: Reason['polarity'], facts: readonly FactRef[], params: Reason['params'] = {}): Reason => ({
  code,
  polarity,
  params,
  facts,
});

function mainConclusion(situation: Situation, ranking: readonly RankedChannel[], facts: PlatformFacts): Conclusion {
  const { principles } = facts;
  const { profile } = situation;
  if (situation.government) {
    const reasons = [reason('revenue_from_government_contracts', 'against', [factRef(principles.governmentContractsNeedNoSocial)])];
    const corporate = facts.channels.find((channel) => channel.b2bPlatform.known && channel.b2bPlatform.value);
    if (corporate && corporate.b2bPlatform.known) {
      reasons.push(
        reason('social_for_corporate_communication', 'caveat', [factRef(principles.governmentContractsNeedNoSocial), factRef(corporate.b2bPlatform)], {
          channel: corporate.channel,
        }),
      );
    }
    return { kind: situation.salesGoalsOnly ? 'not_social' : 'social_supporting', reasons };
  }
  if (profile.hasVocalFans === true) {
    return { kind: 'social_first', reasons: [reason('give_fans_something_to_share', 'for', [factRef(principles.vocalFansSuitSocial)])] };
  }
  if (profile.customersAlreadySearch === true && (situation.niche === true || situation.smallBudget === true)) {
    const demandFirst = situation.niche === true && situation.smallBudget === true;
    const reasons = [
      reason('capture_existing_demand_first', 'against', [factRef(principles.searchForNicheSmallBudget), factRef(principles.demandChannelsFirst)]),
    ];
    return { kind: demandFirst && situation.salesGoalsOnly ? 'not_social' : 'social_supporting', reasons };
  }
  const top = ranking[0];
  if (top && top.kind === 'search') {
    const evidence = top.reasons.filter((entry) => entry.polarity === 'for').flatMap((entry) => entry.facts);
    const facts = evidence.length > 0 ? evidence : [factRef(principles.demandChannelsFirst)];
    return { kind: 'social_supporting', reasons: [reason('search_ranks_first', 'against', facts, { channel: top.channel, score: top.score })] };
  }
  if (top && top.verdict === 'recommended') {
    const evidence = top.reasons.filter((entry) => entry.polarity === 'for').flatMap((entry) => entry.facts);
    return { kind: 'social_first', reasons: [reason('social_channel_fits', 'for', evidence, { channel: top.channel, score: top.score })] };
  }
  return {
    kind: 'social_supporting',
    reasons: [reason('no_strong_social_channel', 'caveat', [factRef(principles.demandChannelsFirst)], { bestScore: top?.score ?? 0 })],
  };
}

export function conclude(situation: Situation, ranking: readonly RankedChannel[], facts: PlatformFacts): Conclusion {
  const conclusion = mainConclusion(situation, ranking, facts);
  const hours = situation.profile.teamHoursPerWeek;
  if (conclusion.kind === 'not_social' || hours === undefined || hours >= DAILY_ACTIVITY_HOURS_PER_WEEK) return conclusion;
  const caveat = reason('too_little_time_for_daily_activity', 'caveat', [factRef(facts.principles.activeMeansDaily)], { hoursPerWeek: hours });
  return { kind: conclusion.kind, reasons: [...conclusion.reasons, caveat] };
}
