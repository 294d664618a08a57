import { describe, expect, test } from 'vitest';
import { monthsOf, spendOf, totalSpend, type SpendEntry } from './spend.js';

const entry = (over: Partial<SpendEntry>): SpendEntry => ({ month: '2026-11', network: null, campaign: null, kind: 'ads', amount: 0, hours: null, hourlyRate: null, ...over });

describe('spend', () => {
  test('hours cost hours × hourly rate; ads and tools their amount', () => {
    expect(spendOf(entry({ kind: 'hours', amount: null, hours: 12.5, hourlyRate: 40 }))).toBe(500);
    expect(spendOf(entry({ kind: 'tools', amount: 29.99 }))).toBe(29.99);
  });
  test('months a period touches, across a year', () => {
    expect(monthsOf('2026-11-15', '2027-01-02')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOf('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });
  test('totals per network and campaign within the months', () => {
    const totals = totalSpend(
      [
        entry({ network: 'mastodon', campaign: 'winter', amount: 100 }),
        entry({ network: 'mastodon', kind: 'hours', amount: null, hours: 2, hourlyRate: 30 }),
        entry({ network: 'bluesky', campaign: 'winter', amount: 50 }),
        entry({ kind: 'tools', amount: 20 }),
        entry({ month: '2026-10', network: 'mastodon', amount: 999 }),
      ],
      ['2026-11'],
    );
    expect(totals.total).toBe(230);
    expect(Object.fromEntries(totals.byNetwork)).toEqual({ mastodon: 160, bluesky: 50 });
    expect(Object.fromEntries(totals.byCampaign)).toEqual({ winter: 150 });
  });
});
