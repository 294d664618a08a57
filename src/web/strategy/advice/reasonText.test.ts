import { describe, expect, it } from 'vitest';
import { advise } from '../../../core/strategy/advisor.js';
import { GOAL_IDS } from '../../../core/strategy/goals.js';
import type { BusinessProfile } from '../../../core/strategy/profile.js';
import { CHANNEL_REASON_CODES, CONCLUSION_REASON_CODES, MISSING_REASON_CODES } from '../../../core/strategy/reasons.js';
import { isMissingCode, isReasonCode } from '../../../core/strategy/wording/index.js';
import { DICTIONARIES, type MessageKey } from '../../i18n/dictionaries.js';
import { LOCALES } from '../../i18n/locale.js';
import { translate, type MessageVars } from '../../i18n/translate.js';
import { missingText, reasonText } from './reasonText.js';

const translator = (locale: (typeof LOCALES)[number]) => (key: MessageKey, vars?: MessageVars) => translate(DICTIONARIES[locale], key, vars);

const cityGym: BusinessProfile = {
  industry: 'fitness',
  market: 'b2c',
  audienceAgeBands: ['25-34', '35-44'],
  countries: ['PL'],
  location: { lat: 52.2297, lon: 21.0122 },
  radiusKm: 0.8,
};

/** Profiles that between them make the advisor use every rule, so every code is worded below. */
const PROFILES: BusinessProfile[] = [
  cityGym,
  { market: 'b2b', countries: ['RU', 'ID', 'JP'], teamHoursPerWeek: 2, marketScope: 'niche', customersAlreadySearch: true, monthlyBudget: { amount: 100, currency: 'EUR' } },
  { market: 'b2g', salesChannels: ['tenders'], audienceAgeBands: ['18-24'], priceLevel: 'premium', customersAlreadySearch: false },
  { market: 'b2c', hasVocalFans: true, audienceAgeBands: ['55-64', '65+'], priceLevel: 'premium', monthlyBudget: { amount: 10, currency: 'CHF' } },
  { audienceAgeBands: ['45-54', '18-24'], priceLevel: 'premium', countries: ['XX'], location: { lat: 0, lon: 0 } },
  { priceLevel: 'premium' },
  { customersAlreadySearch: true, marketScope: 'mass' },
];
const GOAL_SETS = [['sales'], ['reputation'], [...GOAL_IDS], []] as const;

describe('advisor reasons in words', () => {
  it('has a message for every code the advisor can emit', () => {
    expect([...CHANNEL_REASON_CODES, ...CONCLUSION_REASON_CODES].filter((code) => !isReasonCode(code))).toEqual([]);
    expect(MISSING_REASON_CODES.filter((code) => !isMissingCode(code))).toEqual([]);
  });

  it.each(LOCALES)('fills every placeholder of real advice in %s', (locale) => {
    const t = translator(locale);
    const seen = new Set<string>();
    for (const profile of PROFILES) {
      for (const goals of GOAL_SETS) {
        const advice = advise(profile, goals);
        const reasons = [...advice.ranking.flatMap((entry) => entry.reasons), ...advice.conclusion.reasons];
        for (const reason of reasons) {
          seen.add(reason.code);
          const text = reasonText(locale, reason);
          expect(text, `${reason.code} ${JSON.stringify(reason.params)}`).not.toMatch(/[{}]/);
          expect(text).not.toBe(reason.code);
        }
        for (const missing of advice.missing) {
          seen.add(missing.why);
          expect(missingText(t, locale, missing).why).not.toMatch(/[{}]|decides_|_for_/);
        }
      }
    }
    // The profiles above must keep reaching every rule, or this test would check less than it says.
    expect([...CHANNEL_REASON_CODES, ...CONCLUSION_REASON_CODES, ...MISSING_REASON_CODES].filter((code) => !seen.has(code))).toEqual([]);
  });

  it('words the City gym case in Polish with the radius and the minimum audience', () => {
    const linkedin = advise(cityGym, ['sales']).ranking.find((entry) => entry.channel === 'linkedin');
    const texts = (linkedin?.reasons ?? []).map((reason) => reasonText('pl', reason));
    expect(texts).toContain('Jej kierowanie geograficzne jest zbyt mało dokładne dla promienia 0,8 km.');
    expect(texts.some((text) => text.includes('1000') || text.includes('1 000'))).toBe(true);
  });

  it('shows an unknown code as it is', () => {
    expect(reasonText('en', { code: 'brand_new_rule', params: {} })).toBe('brand_new_rule');
    expect(missingText(translator('en'), 'en', { field: 'mood', why: 'decides_mood' })).toEqual({ field: 'mood', why: 'decides_mood' });
  });
});
