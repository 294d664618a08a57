import { describe, expect, test } from 'vitest';
import { flagAccounts, similarityKey, type InventoryAccount, type InventoryContext } from './inventory.js';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

const account = (id: string, overrides: Partial<InventoryAccount> = {}): InventoryAccount => ({
  id,
  network: 'instagram',
  handle: `@${id}`,
  displayName: `Name ${id}`,
  ownerUserId: 'u1',
  connected: true,
  tokenExpiresAt: daysAgo(-60),
  lastPostAt: daysAgo(1),
  ...overrides,
});

const context: InventoryContext = { now, memberUserIds: new Set(['u1', 'u2']), chosenNetworks: null };
const flagsOf = (accounts: InventoryAccount[], ctx: InventoryContext = context) =>
  Object.fromEntries(flagAccounts(accounts, ctx).map((entry) => [entry.accountId, entry.flags]));

describe('account inventory flags', () => {
  test('a healthy account gets no flags', () => {
    expect(flagsOf([account('acme')])).toEqual({ acme: [] });
  });

  test('duplicate: same network and a similar handle, after case, punctuation and suffixes', () => {
    const flags = flagsOf([
      account('a', { handle: '@Acme.Shoes' }),
      account('b', { handle: 'acme_shoes_official' }),
      account('c', { handle: 'acmeshoes', network: 'facebook' }),
    ]);
    expect(flags.a).toEqual([{ flag: 'duplicate', params: { otherAccountId: 'b', match: 'handle' } }]);
    expect(flags.b).toEqual([{ flag: 'duplicate', params: { otherAccountId: 'a', match: 'handle' } }]);
    expect(flags.c).toEqual([]);
  });

  test('duplicate: a similar display name, or a one-letter typo in a long handle', () => {
    const flags = flagsOf([
      account('a', { handle: 'acme_pl', displayName: 'Acme Polska' }),
      account('b', { handle: 'acme_warsaw', displayName: 'ACME  polska!' }),
      account('c', { handle: 'bestfurniture' }),
      account('d', { handle: 'bestfurnitur' }),
    ]);
    expect(flags.a).toEqual([{ flag: 'duplicate', params: { otherAccountId: 'b', match: 'name' } }]);
    expect(flags.c).toEqual([{ flag: 'duplicate', params: { otherAccountId: 'd', match: 'handle' } }]);
  });

  test('not duplicates: short handles one letter apart, names one letter apart, suffix letters without a separator', () => {
    const branches = [account('s1', { handle: 'shop1', displayName: 'Acme Store 1' }), account('s2', { handle: 'shop2', displayName: 'Acme Store 2' })];
    expect(flagsOf(branches)).toEqual({ s1: [], s2: [] });
    expect(similarityKey('@Apple')).toBe('apple');
    expect(similarityKey('Acme.co')).toBe('acme');
    expect(similarityKey('Zażółć_PL')).toBe('zazołc');
  });

  test('orphaned: no owner, or an owner who left the workspace', () => {
    const flags = flagsOf([account('a', { ownerUserId: null }), account('b', { ownerUserId: 'gone' }), account('c', { ownerUserId: 'u2' })]);
    expect(flags.a).toEqual([{ flag: 'orphaned', params: { reason: 'no_owner' } }]);
    expect(flags.b).toEqual([{ flag: 'orphaned', params: { reason: 'owner_left', ownerUserId: 'gone' } }]);
    expect(flags.c).toEqual([]);
  });

  test('dormant: no post for 7 days by default, or never; a custom threshold applies', () => {
    const accounts = [account('a', { lastPostAt: daysAgo(7) }), account('b', { lastPostAt: null }), account('c', { lastPostAt: daysAgo(6.9) })];
    const flags = flagsOf(accounts);
    expect(flags.a).toEqual([{ flag: 'dormant', params: { reason: 'no_recent_post', daysSinceLastPost: 7, thresholdDays: 7 } }]);
    expect(flags.b).toEqual([{ flag: 'dormant', params: { reason: 'never_posted', thresholdDays: 7 } }]);
    expect(flags.c).toEqual([]);
    expect(flagsOf(accounts, { ...context, dormantDays: 30 }).a).toEqual([]);
  });

  test('off_strategy: only when a strategy chose networks', () => {
    const accounts = [account('a', { network: 'tiktok' }), account('b', { network: 'facebook' })];
    expect(flagsOf(accounts)).toEqual({ a: [], b: [] });
    const flags = flagsOf(accounts, { ...context, chosenNetworks: new Set(['facebook']) });
    expect(flags.a).toEqual([{ flag: 'off_strategy', params: { network: 'tiktok' } }]);
    expect(flags.b).toEqual([]);
  });

  test('token_expiring: within the warning days or already expired; never for accounts registered by hand', () => {
    const flags = flagsOf([
      account('a', { tokenExpiresAt: daysAgo(-3) }),
      account('b', { tokenExpiresAt: daysAgo(2) }),
      account('c', { tokenExpiresAt: daysAgo(-8) }),
      account('d', { connected: false, tokenExpiresAt: daysAgo(2) }),
      account('e', { tokenExpiresAt: null }),
    ]);
    expect(flags.a).toEqual([{ flag: 'token_expiring', params: { expiresAt: daysAgo(-3).toISOString(), daysLeft: 3 } }]);
    expect(flags.b).toEqual([{ flag: 'token_expiring', params: { expiresAt: daysAgo(2).toISOString(), daysLeft: -2 } }]);
    expect(flags.c).toEqual([]);
    expect(flags.d).toEqual([]);
    expect(flags.e).toEqual([]);
  });
});
