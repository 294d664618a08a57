import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../validation.js';
import { advise } from '../advisor.js';
import type { BusinessProfile } from '../profile.js';
import { CHANNEL_REASON_CODES, CONCLUSION_REASON_CODES, MISSING_REASON_CODES, type Reason } from '../reasons.js';
import { en } from './en.js';
import { isMissingCode, isReasonCode, placeholdersOf, wordConclusion, wordMissing, wordReason, WORDINGS, type Wording } from './index.js';

/** Every message of a wording as [path, text], so languages can be compared entry by entry. */
function messages(wording: Wording): [string, string][] {
  return Object.entries(wording).flatMap(([table, entries]: [string, Record<string, string>]) =>
    Object.entries(entries).map(([code, text]): [string, string] => [`${table}.${code}`, text]),
  );
}

const english = new Map(messages(en));

describe('advisor wording', () => {
  it.each(LOCALES)('%s has the same messages as English, none empty, with the same placeholders', (locale) => {
    const entries = messages(WORDINGS[locale]);
    expect(entries.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
    expect(entries.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
    const mismatched = entries.filter(([path, text]) => placeholdersOf(text).join() !== placeholdersOf(english.get(path) ?? '').join());
    expect(mismatched.map(([path]) => path)).toEqual([]);
  });

  it('knows every code', () => {
    expect([...CHANNEL_REASON_CODES, ...CONCLUSION_REASON_CODES].every(isReasonCode)).toBe(true);
    expect(MISSING_REASON_CODES.every(isMissingCode)).toBe(true);
    expect(isReasonCode('brand_new_rule')).toBe(false);
  });

  it.each(LOCALES)('fills every placeholder of real advice in %s', (locale) => {
    const profiles: BusinessProfile[] = [
      { market: 'b2b', countries: ['RU', 'ID', 'JP'], teamHoursPerWeek: 2, marketScope: 'niche', customersAlreadySearch: true, monthlyBudget: { amount: 100, currency: 'EUR' } },
      { market: 'b2g', salesChannels: ['tenders'], audienceAgeBands: ['18-24'], priceLevel: 'premium', customersAlreadySearch: false },
      { market: 'b2c', countries: ['PL', 'DE'], location: { lat: 52.2, lon: 21 }, radiusKm: 0.8, hasVocalFans: true, monthlyBudget: { amount: 10, currency: 'CHF' } },
    ];
    for (const profile of profiles) {
      const advice = advise(profile, ['sales', 'reputation']);
      const reasons: Reason[] = [...advice.ranking.flatMap((entry) => entry.reasons), ...advice.conclusion.reasons];
      for (const reason of reasons) expect(wordReason(reason, locale), reason.code).not.toMatch(/[{}]|_/);
      for (const missing of advice.missing) expect(wordMissing(missing, locale), missing.why).not.toMatch(/[{}]|decides_|_for_/);
      expect(wordConclusion(advice.conclusion, locale)).not.toBe('');
    }
  });

  it('words params that are ids, numbers and lists in the language', () => {
    expect(wordReason({ code: 'blocked_in_country', params: { country: 'RU' } }, 'en')).toBe('It is blocked in Russia.');
    expect(wordReason({ code: 'coarse_geo_targeting', params: { radiusKm: 0.8 } }, 'pl')).toBe('Jej kierowanie geograficzne jest zbyt mało dokładne dla promienia 0,8 km.');
    expect(wordReason({ code: 'social_channel_fits', params: { channel: 'linkedin', score: 72 } }, 'ru')).toContain('LinkedIn');
    expect(wordReason({ code: 'minimum_ad_audience', params: { minimum: 1000, radiusKm: 1 } }, 'en')).toBe(
      'Its ads need an audience of at least 1,000 people. Within 1 km of your business there may not be that many.',
    );
    expect(wordReason({ code: 'publishing_needs_approval', params: { gates: 'audit,bot_admin' } }, 'en')).toBe(
      'Before Chorus can publish here, the business needs an audit, making the bot a channel administrator.',
    );
    expect(wordMissing({ why: 'no_figures_for_country', params: { country: 'DE' } }, 'en')).toContain('Germany');
    expect(wordMissing({ why: 'no_figures_for_country' }, 'en')).not.toContain('{');
  });

  it('names tenders in the conclusion when the revenue comes from government contracts', () => {
    const reasons = [{ code: 'revenue_from_government_contracts' }];
    expect(wordConclusion({ kind: 'not_social', reasons }, 'en')).toBe(en.conclusions.not_social_tenders);
    expect(wordConclusion({ kind: 'not_social', reasons: [] }, 'en')).toBe(en.conclusions.not_social);
  });
});
