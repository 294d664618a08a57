import { describe, expect, it } from 'vitest';
import { DIGEST_LISTED_ACCOUNTS, dueDigestWeek, isoWeekOf, summarizeInventory } from './digest.js';

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-03T12:00:00Z', 'UTC', '2026-W49'],
    // 2026-12-31 is a Thursday: ISO 8601 puts it and 2027-01-01 in week 53 of 2026.
    ['2026-12-31T12:00:00Z', 'UTC', '2026-W53'],
    ['2027-01-01T12:00:00Z', 'UTC', '2026-W53'],
    ['2027-01-04T12:00:00Z', 'UTC', '2027-W01'],
    // 2025-12-29 is a Monday in week 1 of 2026.
    ['2025-12-29T00:00:00Z', 'UTC', '2026-W01'],
  ])('%s in %s is %s', (at, zone, week) => {
    expect(isoWeekOf(new Date(at), zone)).toBe(week);
  });

  it('follows the local calendar: late Sunday in UTC is already Monday in Jakarta', () => {
    const sundayEveningUtc = new Date('2026-12-06T20:00:00Z');
    expect(isoWeekOf(sundayEveningUtc, 'UTC')).toBe('2026-W49');
    expect(isoWeekOf(sundayEveningUtc, 'Asia/Jakarta')).toBe('2026-W50');
  });
});

describe('dueDigestWeek', () => {
  it('is not due on Monday before 09:00 local time, and due from 09:00 on', () => {
    // Monday 2026-12-07: 08:59 and 09:00 in Warsaw (UTC+1 in winter).
    expect(dueDigestWeek(new Date('2026-12-07T07:59:00Z'), 'Europe/Warsaw')).toBeNull();
    expect(dueDigestWeek(new Date('2026-12-07T08:00:00Z'), 'Europe/Warsaw')).toBe('2026-W50');
  });

  it('keeps 09:00 local across a daylight-saving change (Warsaw is UTC+2 in summer)', () => {
    expect(dueDigestWeek(new Date('2026-06-01T06:59:00Z'), 'Europe/Warsaw')).toBeNull();
    expect(dueDigestWeek(new Date('2026-06-01T07:00:00Z'), 'Europe/Warsaw')).toBe('2026-W23');
  });

  it('stays due for the rest of the week, so a digest missed on Monday still goes out', () => {
    expect(dueDigestWeek(new Date('2026-12-10T03:00:00Z'), 'Europe/Warsaw')).toBe('2026-W50');
    expect(dueDigestWeek(new Date('2026-12-13T22:00:00Z'), 'Europe/Warsaw')).toBe('2026-W50');
  });
});

describe('summarizeInventory', () => {
  const accounts = [
    { id: 'a', network: 'facebook', handle: 'acme' },
    { id: 'b', network: 'facebook', handle: 'acme_official' },
    { id: 'c', network: 'instagram', handle: 'acme.shop' },
    { id: 'd', network: 'x', handle: 'acme' },
  ];

  it('counts every flag kind once per account and lists the flagged accounts, most flags first', () => {
    const digest = summarizeInventory('2026-W50', accounts, [
      { accountId: 'a', flags: [{ flag: 'duplicate', params: { otherAccountId: 'b', match: 'handle' } }] },
      {
        accountId: 'b',
        flags: [
          { flag: 'duplicate', params: { otherAccountId: 'a', match: 'handle' } },
          { flag: 'duplicate', params: { otherAccountId: 'a', match: 'name' } },
          { flag: 'orphaned', params: { reason: 'no_owner' } },
        ],
      },
      { accountId: 'c', flags: [] },
      { accountId: 'd', flags: [{ flag: 'off_strategy', params: { network: 'x' } }] },
    ]);
    expect(digest).toEqual({
      week: '2026-W50',
      accountCount: 4,
      flaggedCount: 3,
      flagCounts: { duplicate: 2, orphaned: 1, dormant: 0, off_strategy: 1, token_expiring: 0 },
      accounts: [
        { accountId: 'b', network: 'facebook', handle: 'acme_official', flags: ['duplicate', 'orphaned'] },
        { accountId: 'a', network: 'facebook', handle: 'acme', flags: ['duplicate'] },
        { accountId: 'd', network: 'x', handle: 'acme', flags: ['off_strategy'] },
      ],
    });
  });

  it('counts all flagged accounts but lists only the first ones', () => {
    const many = Array.from({ length: DIGEST_LISTED_ACCOUNTS + 5 }, (_, index) => ({ id: `id${index}`, network: 'facebook', handle: `h${index}` }));
    const digest = summarizeInventory(
      '2026-W50',
      many,
      many.map((account) => ({ accountId: account.id, flags: [{ flag: 'dormant', params: { reason: 'never_posted', thresholdDays: 7 } }] })),
    );
    expect(digest.flaggedCount).toBe(DIGEST_LISTED_ACCOUNTS + 5);
    expect(digest.flagCounts.dormant).toBe(DIGEST_LISTED_ACCOUNTS + 5);
    expect(digest.accounts).toHaveLength(DIGEST_LISTED_ACCOUNTS);
  });
});
