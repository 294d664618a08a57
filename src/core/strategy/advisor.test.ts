import { describe, expect, test } from 'vitest';
import { advise } from './advisor.js';
import type { ChannelId } from './facts/types.js';
import type { GoalId } from './goals.js';
import { PLATFORM_FACTS } from './platform-facts.js';
import { businessProfileSchema, type BusinessProfile } from './profile.js';
import type { Advice, RankedChannel } from './reasons.js';
import { wordMissing, wordReason } from './wording/index.js';

/** Profiles go through the schema, as they would from the API, so a test cannot use a shape the API refuses. */
function adviceFor(input: unknown, goals: GoalId[] = ['sales']): Advice {
  const profile: BusinessProfile = businessProfileSchema.parse(input);
  return advise(profile, goals);
}

const order = (advice: Advice): ChannelId[] => advice.ranking.map((entry) => entry.channel);
const entry = (advice: Advice, channel: ChannelId): RankedChannel => {
  const found = advice.ranking.find((ranked) => ranked.channel === channel);
  if (!found) throw new Error(`${channel} missing from the ranking`);
  return found;
};
const codes = (advice: Advice, channel: ChannelId): string[] => entry(advice, channel).reasons.map((reason) => reason.code);
const position = (advice: Advice, channel: ChannelId): number => order(advice).indexOf(channel);
const conclusionCodes = (advice: Advice): string[] => advice.conclusion.reasons.map((reason) => reason.code);

describe('the seed texts’ cases', () => {
  test('(a) City gym with corporate deals, customers within half a mile: Facebook above LinkedIn', () => {
    const advice = adviceFor({
      industry: 'fitness',
      market: 'b2b',
      countries: ['GB'],
      location: { lat: 51.5155, lon: -0.0922 },
      radiusKm: 0.8,
      salesChannels: ['physical_store', 'sales_team'],
    });
    expect(position(advice, 'facebook')).toBeLessThan(position(advice, 'linkedin'));
    expect(codes(advice, 'facebook')).toContain('hyper_local_targeting');
    expect(codes(advice, 'linkedin')).toEqual(expect.arrayContaining(['coarse_geo_targeting', 'minimum_ad_audience']));
    const minimum = entry(advice, 'linkedin').reasons.find((reason) => reason.code === 'minimum_ad_audience');
    expect(minimum?.params.minimum).toBe(1000);
    expect(entry(advice, 'linkedin').verdict).toBe('not_recommended');
    expect(entry(advice, 'facebook').verdict).toBe('recommended');
  });

  test('(b) high-end furniture for people furnishing homes: Facebook above Instagram and TikTok', () => {
    const advice = adviceFor({
      industry: 'furniture_home',
      market: 'b2c',
      priceLevel: 'premium',
      audienceAgeBands: ['25-34', '35-44', '45-54'],
    });
    expect(position(advice, 'facebook')).toBeLessThan(position(advice, 'instagram'));
    expect(position(advice, 'facebook')).toBeLessThan(position(advice, 'tiktok'));
    expect(codes(advice, 'facebook')).toContain('audience_age_match');
    const kids = entry(advice, 'instagram').reasons.find((reason) => reason.code === 'young_users_not_buyers');
    expect(kids?.polarity).toBe('caveat');
  });

  test('(c) a company living on government contracts: not social for sales, LinkedIn at most for corporate communication', () => {
    const advice = adviceFor({ industry: 'government_contracting', market: 'b2g', salesChannels: ['tenders'] });
    expect(advice.conclusion.kind).toBe('not_social');
    expect(conclusionCodes(advice)).toEqual(['revenue_from_government_contracts', 'social_for_corporate_communication']);
    expect(advice.conclusion.reasons[1]?.params.channel).toBe('linkedin');
    expect(codes(advice, 'linkedin')).toEqual(expect.arrayContaining(['corporate_communication_only', 'sales_through_tenders']));
    expect(advice.ranking.filter((ranked) => ranked.verdict === 'recommended')).toEqual([]);
  });

  test('(d) niche product, small budget, customers already search: search ads first', () => {
    const advice = adviceFor({
      industry: 'retail_fashion',
      market: 'b2c',
      marketScope: 'niche',
      monthlyBudget: { amount: 300, currency: 'EUR' },
      customersAlreadySearch: true,
      salesChannels: ['online_shop'],
    });
    expect(order(advice)[0]).toBe('search_ads');
    expect(codes(advice, 'search_ads')).toEqual(expect.arrayContaining(['captures_existing_demand', 'capture_existing_demand_first']));
    expect(codes(advice, 'facebook')).toContain('social_before_demand_channels');
    expect(['not_social', 'social_supporting']).toContain(advice.conclusion.kind);
    expect(conclusionCodes(advice)).toContain('capture_existing_demand_first');
  });

  test('(e) a product with vocal fans: social first, give the fans something to share', () => {
    const advice = adviceFor({ market: 'b2c', hasVocalFans: true }, ['recommendations', 'brand_awareness']);
    expect(advice.conclusion.kind).toBe('social_first');
    expect(conclusionCodes(advice)).toContain('give_fans_something_to_share');
    expect(advice.ranking[0]?.kind).toBe('social');
    expect(codes(advice, 'facebook')).toContain('fans_can_spread_word');
    expect(codes(advice, 'search_ads')).toContain('goals_need_social_presence');
  });

  test('(f) B2B software: LinkedIn first, with the caveat that its active users mostly sell', () => {
    const advice = adviceFor({ industry: 'software_saas', market: 'b2b' }, ['sales', 'traffic']);
    expect(order(advice)[0]).toBe('linkedin');
    expect(codes(advice, 'linkedin')).toEqual(expect.arrayContaining(['b2b_platform', 'b2b_users_mostly_sell']));
    const caveat = entry(advice, 'linkedin').reasons.find((reason) => reason.code === 'b2b_users_mostly_sell');
    expect(caveat?.polarity).toBe('caveat');
  });
});

describe('country cases', () => {
  test('(g) Russia: VK and Telegram lead; Instagram blocked, Facebook not recommended', () => {
    const advice = adviceFor({ market: 'b2c', countries: ['RU'] });
    expect(order(advice).slice(0, 2)).toEqual(['vk', 'telegram']);
    expect(codes(advice, 'instagram')).toContain('blocked_in_country');
    expect(entry(advice, 'instagram')).toMatchObject({ score: 0, verdict: 'not_recommended' });
    expect(entry(advice, 'facebook').verdict).toBe('not_recommended');
    expect(codes(advice, 'facebook')).toContain('not_listed_in_country');
  });

  test('(h) Indonesia: WhatsApp Business, Instagram, TikTok and Facebook at the top', () => {
    const advice = adviceFor({ market: 'b2c', countries: ['ID'] });
    expect(new Set(order(advice).slice(0, 4))).toEqual(new Set(['whatsapp_business', 'instagram', 'tiktok', 'facebook']));
    expect(order(advice)[0]).toBe('whatsapp_business');
  });

  test('(i) Poland: Facebook, YouTube and Instagram for B2C; LinkedIn for B2B', () => {
    const consumers = adviceFor({ market: 'b2c', countries: ['PL'] });
    expect(new Set(order(consumers).slice(0, 3))).toEqual(new Set(['facebook', 'youtube', 'instagram']));
    expect(codes(consumers, 'linkedin')).toContain('b2b_platform_for_consumers');
    const business = adviceFor({ market: 'b2b', countries: ['PL'] });
    expect(order(business)[0]).toBe('linkedin');
    expect(entry(business, 'linkedin').verdict).toBe('recommended');
  });
});

describe('advice in general', () => {
  test('an empty profile still gets a full ranking, with what it lacks and why', () => {
    const advice = adviceFor({}, []);
    expect(advice.ranking).toHaveLength(PLATFORM_FACTS.channels.length);
    expect(advice.factsVersion).toBe(PLATFORM_FACTS.version);
    const fields = advice.missing.map((missing) => missing.field);
    expect(fields).toEqual(expect.arrayContaining(['goals', 'market', 'countries', 'audienceAgeBands', 'customersAlreadySearch', 'hasVocalFans']));
    for (const missing of advice.missing) expect(wordMissing(missing, 'en')).toMatch(/\w/);
  });

  test('a country without figures is named in missing and scores neutral', () => {
    const advice = adviceFor({ market: 'b2c', countries: ['DE'] });
    expect(advice.missing).toContainEqual({ field: 'countries', why: 'no_figures_for_country', params: { country: 'DE' } });
    expect(entry(advice, 'facebook').reasons.some((reason) => reason.code.endsWith('_in_country'))).toBe(false);
  });

  test('the same input gives the same output', () => {
    const input = { market: 'b2c', countries: ['PL', 'RU'], audienceAgeBands: ['18-24'], teamHoursPerWeek: 2 };
    expect(JSON.stringify(adviceFor(input))).toBe(JSON.stringify(adviceFor(input)));
  });

  test('every reason rests on facts, each with a source, and reads as an English sentence', () => {
    const profiles = [
      { market: 'b2b', location: { lat: 0, lon: 0 }, radiusKm: 1, countries: ['RU', 'PL'], teamHoursPerWeek: 2, marketScope: 'niche' },
      { market: 'b2c', priceLevel: 'premium', customersAlreadySearch: false, hasVocalFans: true, countries: ['ID', 'JP'] },
      { market: 'b2g', salesChannels: ['tenders'], audienceAgeBands: ['18-24'] },
    ];
    for (const profile of profiles) {
      const advice = adviceFor(profile, ['sales', 'reputation']);
      const reasons = [...advice.ranking.flatMap((ranked) => ranked.reasons), ...advice.conclusion.reasons];
      for (const reason of reasons) {
        expect(reason.facts.length, reason.code).toBeGreaterThan(0);
        for (const fact of reason.facts) {
          expect(fact.source.title).not.toBe('');
          expect(fact.source.url).not.toBe('');
        }
        expect(wordReason(reason, 'en')).not.toMatch(/[{}]/);
      }
    }
  });

  test('a score is 50 plus the weights of its reasons, clamped to 0–100', () => {
    const advice = adviceFor({ market: 'b2b', countries: ['PL', 'RU'], location: { lat: 52.2, lon: 21 }, radiusKm: 2 });
    for (const ranked of advice.ranking) {
      const sum = ranked.reasons.reduce((total, reason) => total + reason.weight, 50);
      expect(ranked.score).toBe(Math.min(100, Math.max(0, Math.round(sum))));
    }
  });

  test('a small team gets the daily-activity caveat', () => {
    const advice = adviceFor({ market: 'b2c', countries: ['PL'], teamHoursPerWeek: 2 });
    expect(conclusionCodes(advice)).toContain('too_little_time_for_daily_activity');
    expect(codes(advice, 'youtube')).toContain('video_needs_production_time');
  });
});
