import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';
import { failureOf } from '../../connectors/conformance/harness.js';
import type { ConnectorManifest } from '../../connectors/contract.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { accountBlockedUntil, recordRateLimit, recordRateLimited, spendForCall } from './rate-ledger.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

/** Budgets shaped like a real manifest's: points per account (publish costs 3), requests per app. */
const manifest = {
  id: 'ledgertest',
  name: 'Ledger Test',
  rateBudgets: [
    { bucket: 'points', scope: 'account', limit: 10, windowSeconds: 3600, cost: { publish: 3, delete: 1 }, source: 'https://example.org/limits' },
    { bucket: 'requests', scope: 'app', limit: 5, windowSeconds: 60, cost: { publish: 1, delete: 1, test: 1 }, source: 'https://example.org/limits' },
  ],
} as unknown as ConnectorManifest;

const at = (iso: string) => new Date(iso);
describe('rate-limit ledger', () => {
  it('spends budgets ahead and refuses a call that would exceed one, until its window ends', async () => {
    const account = '00000000-0000-4000-8000-000000000001';
    const t0 = at('2026-11-23T10:00:00Z');
    await spendForCall(handle.db, manifest, account, 'publish', 1, t0);
    await spendForCall(handle.db, manifest, account, 'publish', 2, t0); // a thread of two: 6 points
    const refused = await failureOf(spendForCall(handle.db, manifest, account, 'publish', 1, t0)); // 9 + 3 > 10
    expect(refused.kind).toBe('rate_limited');
    expect(refused.resetAt).toEqual(at('2026-11-23T11:00:00Z'));
    // A cheaper operation still fits, and nothing was spent by the refused call.
    await spendForCall(handle.db, manifest, account, 'delete', 1, t0);
    await spendForCall(handle.db, manifest, account, 'publish', 1, at('2026-11-23T11:00:00Z'));
  });

  it('shares app budgets between accounts of the same network', async () => {
    const t0 = at('2026-11-23T12:00:00Z');
    const accounts = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
    for (let call = 0; call < 5; call += 1) await spendForCall(handle.db, manifest, accounts[call % 2] ?? '', 'test', 1, t0);
    // The app's 5 requests a minute are used up, whichever account asks.
    expect((await failureOf(spendForCall(handle.db, manifest, accounts[0] ?? '', 'test', 1, t0))).resetAt).toEqual(at('2026-11-23T12:01:00Z'));
    await spendForCall(handle.db, manifest, accounts[1] ?? '', 'test', 1, at('2026-11-23T12:01:00Z'));
  });

  it('lets exactly as many concurrent calls through as the budget holds', async () => {
    const t0 = at('2026-11-23T13:00:00Z');
    const single = { ...manifest, id: 'ledgertest-single', rateBudgets: manifest.rateBudgets.filter((budget) => budget.scope === 'app') };
    const accounts = Array.from({ length: 12 }, (_, index) => `00000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`);
    const outcomes = await Promise.allSettled(accounts.map((account) => spendForCall(handle.db, single, account, 'test', 1, t0)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(7);
  });

  it("holds every call of an account until the network's reset time, and then lets them through", async () => {
    const account = '00000000-0000-4000-8000-000000000002';
    const t0 = at('2026-11-23T14:00:00Z');
    const until = await recordRateLimited(handle.db, account, at('2026-11-23T14:05:00Z'), t0);
    expect(until).toEqual(at('2026-11-23T14:05:00Z'));
    expect(await accountBlockedUntil(handle.db, account, manifest.id, t0)).toEqual(until);
    const held = await failureOf(spendForCall(handle.db, manifest, account, 'test', 1, at('2026-11-23T14:04:59Z')));
    expect(held.resetAt).toEqual(until);
    await spendForCall(handle.db, manifest, account, 'test', 1, at('2026-11-23T14:05:00Z'));
    expect(await accountBlockedUntil(handle.db, account, manifest.id, at('2026-11-23T14:05:00Z'))).toBeNull();
  });

  it('blocks on a remaining count of zero from the headers, and waits a minute when no reset time was given', async () => {
    const account = '00000000-0000-4000-8000-000000000003';
    const t0 = at('2026-11-23T16:00:00Z');
    await recordRateLimit(handle.db, account, { bucket: 'POST /statuses', remaining: 3, resetAt: at('2026-11-23T16:10:00Z') }, t0);
    expect(await accountBlockedUntil(handle.db, account, manifest.id, t0)).toBeNull();
    await recordRateLimit(handle.db, account, { bucket: 'POST /statuses', remaining: 0, resetAt: at('2026-11-23T16:10:00Z') }, t0);
    expect(await accountBlockedUntil(handle.db, account, manifest.id, t0)).toEqual(at('2026-11-23T16:10:00Z'));
    const other = '00000000-0000-4000-8000-000000000004';
    expect(await recordRateLimited(handle.db, other, undefined, t0)).toEqual(at('2026-11-23T16:01:00Z'));
  });
});
