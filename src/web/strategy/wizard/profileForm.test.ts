import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom, fromProfile, toProfile } from './profileForm.js';

const blank = fromProfile({}, 'PLN');

describe('the profile form', () => {
  it('sends nothing for blank answers', () => {
    expect(toProfile(blank)).toEqual({ ok: true, profile: {} });
  });

  it('round-trips a full profile', () => {
    const profile = {
      industry: 'fitness' as const,
      market: 'b2c' as const,
      priceLevel: 'mid' as const,
      averageOrderValue: { amount: 150, currency: 'PLN' },
      audienceAgeBands: ['25-34' as const],
      audienceGenders: ['female' as const, 'male' as const],
      countries: ['PL'],
      location: { lat: 52.23, lon: 21.01 },
      radiusKm: 0.8,
      monthlyBudget: { amount: 1500, currency: 'PLN' },
      teamHoursPerWeek: 6,
      marketScope: 'mass' as const,
      customersAlreadySearch: false,
      hasVocalFans: true,
      salesChannels: ['physical_store' as const],
    };
    expect(toProfile(fromProfile(profile, 'EUR'))).toEqual({ ok: true, profile });
  });

  it('reads a decimal comma', () => {
    expect(toProfile({ ...blank, local: true, lat: '52,23', lon: '21', radiusKm: '0,8' })).toEqual({
      ok: true,
      profile: { location: { lat: 52.23, lon: 21 }, radiusKm: 0.8 },
    });
  });

  it('asks for a location before sending a radius', () => {
    expect(toProfile({ ...blank, local: true, radiusKm: '0.8' })).toEqual({ ok: false, problems: { radiusKm: 'radius_needs_location' } });
  });

  it('names fields whose number cannot be read, and half a location', () => {
    expect(toProfile({ ...blank, budget: 'a lot', local: true, lat: '52' })).toEqual({
      ok: false,
      problems: { monthlyBudget: 'not_a_number', location: 'needs_both_coordinates' },
    });
  });

  it('drops the location when the business is not local', () => {
    expect(toProfile({ ...blank, local: false, lat: '1', lon: '2', radiusKm: '3' })).toEqual({ ok: true, profile: {} });
  });

  it('picks the field out of a 400 answer', () => {
    const details = [
      { path: ['body', 'radiusKm'], message: 'a radius needs a location' },
      { path: ['body', 'monthlyBudget', 'amount'], message: 'must not be negative' },
      { path: ['body', 'radiusKm'], message: 'second message' },
      { path: ['params', 'workspaceId'], message: 'ignored' },
    ];
    expect(fieldErrorsFrom(details)).toEqual({ radiusKm: 'a radius needs a location', monthlyBudget: 'must not be negative' });
    expect(fieldErrorsFrom(undefined)).toEqual({});
  });
});
