/**
 * Reach rules: where the business sells decides which networks its customers are on. With several
 * countries each country's points are averaged, so selling in two countries does not count twice.
 */
import { factRef, type ChannelFacts, type PlatformFacts } from './facts/types.js';
import type { ScoredReason } from './reasons.js';
import { WEIGHTS } from './weights.js';

const round1 = (value: number): number => Math.round(value * 10) / 10;

export function countryReasons(channel: ChannelFacts, countries: readonly string[], facts: PlatformFacts): ScoredReason[] {
  if (channel.kind !== 'social') return [];
  const covered = countries.filter((country) => facts.countries[country] !== undefined);
  if (covered.length === 0) return [];
  const blockedEverywhere = countries.every((country) => facts.countries[country]?.blocked[channel.channel] !== undefined);
  const share = 1 / covered.length;
  const reasons: ScoredReason[] = [];
  for (const country of covered) {
    const data = facts.countries[country];
    if (!data) continue;
    const blocked = data.blocked[channel.channel];
    if (blocked) {
      const weight = blockedEverywhere ? WEIGHTS.blockedEverywhere : round1(WEIGHTS.blockedInCountry * share);
      reasons.push({ code: 'blocked_in_country', polarity: 'against', weight, params: { country }, facts: [factRef(blocked)] });
      continue;
    }
    const reach = data.reach[channel.channel];
    if (reach) {
      const { tier, share: reachShare } = reach.value;
      const points = reachShare === null ? WEIGHTS.reachTier[tier] : reachShare * WEIGHTS.reachPerShare;
      const params: ScoredReason['params'] =
        reachShare === null ? { country, tier } : { country, tier, sharePercent: round1(reachShare * 100) };
      reasons.push({
        code: tier === 'leading' ? 'strong_reach_in_country' : 'some_reach_in_country',
        polarity: 'for',
        weight: round1(points * share),
        params,
        facts: [factRef(reach)],
      });
      continue;
    }
    if (!data.mainNetworks.value.includes(channel.channel)) {
      reasons.push({
        code: 'not_listed_in_country',
        polarity: 'against',
        weight: round1(WEIGHTS.notListedInCountry * share),
        params: { country },
        facts: [factRef(data.mainNetworks)],
      });
    }
  }
  return reasons;
}
