import { describe, expect, test } from 'vitest';
import { businessProfileSchema } from './profile.js';

const issuesOf = (input: unknown) => {
  const result = businessProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('business profile', () => {
  test('an empty profile is valid: every answer is optional', () => {
    expect(businessProfileSchema.parse({})).toEqual({});
  });

  test('a full profile is accepted', () => {
    const profile = {
      industry: 'fitness',
      market: 'b2b',
      priceLevel: 'mid',
      averageOrderValue: { amount: 60, currency: 'GBP' },
      audienceAgeBands: ['25-34', '35-44'],
      audienceGenders: ['female', 'male'],
      countries: ['GB'],
      location: { lat: 51.5155, lon: -0.0922 },
      radiusKm: 0.8,
      monthlyBudget: { amount: 800, currency: 'GBP' },
      teamHoursPerWeek: 6,
      marketScope: 'mass',
      customersAlreadySearch: false,
      hasVocalFans: false,
      salesChannels: ['physical_store', 'sales_team'],
    };
    expect(businessProfileSchema.parse(profile)).toEqual(profile);
  });

  test('a radius without a location names the radius field', () => {
    expect(issuesOf({ radiusKm: 1 })).toEqual([{ path: 'radiusKm', message: 'a radius needs a location' }]);
  });

  test('unknown industry, negative budget, unknown fields and bad codes are refused with the field named', () => {
    expect(issuesOf({ industry: 'mining' }).map((issue) => issue.path)).toEqual(['industry']);
    expect(issuesOf({ monthlyBudget: { amount: -1, currency: 'EUR' } }).map((issue) => issue.path)).toEqual(['monthlyBudget.amount']);
    expect(issuesOf({ monthlyBudget: { amount: 1, currency: 'euro' } }).map((issue) => issue.path)).toEqual(['monthlyBudget.currency']);
    expect(issuesOf({ countries: ['pl'] }).map((issue) => issue.path)).toEqual(['countries.0']);
    expect(issuesOf({ countries: ['PL', 'PL'] }).map((issue) => issue.path)).toEqual(['countries']);
    expect(issuesOf({ teamHoursPerWeek: -2 }).map((issue) => issue.path)).toEqual(['teamHoursPerWeek']);
    expect(issuesOf({ favouriteColour: 'blue' }).length).toBe(1);
  });
});
