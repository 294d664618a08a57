/**
 * An account's health as the accounts page shows it, driven by the sandbox's real fault
 * injection, and the proof that no request reaches a network before its reset time.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import type { ConnectorStore } from '../../src/connectors/contract.js';
import { readTraffic } from '../../src/connectors/sandbox/records.js';
import { injectSandboxFault } from '../../src/connectors/sandbox/simulation.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let accountId: string;
let externalId: string;
let store: ConnectorStore;

interface Account {
  status: string;
  lastError: { kind: string; message: string } | null;
  rateLimitedUntil: string | null;
}

const testConnection = async () => {
  const response = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/${accountId}/test`);
  expect(response.statusCode).toBe(200);
  return response.json<Account>();
};
/** The `account.health_changed` events of the outbox (what webhooks receive), oldest first. */
const healthEvents = async () => {
  const rows = await t.handle.query<{ payload: { status: string } }>(
    `SELECT payload FROM outbox_events WHERE workspace_id = $1 AND type = 'account.health_changed' ORDER BY created_at, id`,
    [workspaceId],
  );
  return rows.map((row) => row.payload.status);
};
const bellFor = async () => {
  const list = (await owner.request('GET', `/api/workspaces/${workspaceId}/notifications`)).json<{ items: Array<{ type: string; payload: { status: string } }> }>();
  return list.items.filter((item) => item.type === 'account.health_changed').map((item) => item.payload.status);
};
/** Requests that reached the simulated network for this account. */
const requestsSeen = async () => (await readTraffic(store, externalId, 0)).total;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'bakery.sandbox' } });
  accountId = connected.json<{ id: string }>().id;
  externalId = (await findConnectedAccount(t.ctx.db, workspaceId, accountId))?.externalId ?? '';
  store = connectorStore(t.ctx.db, 'sandbox');
});
afterAll(async () => t.close());

describe('account health', () => {
  test("a rate limit holds every request until the network's reset time", async () => {
    await injectSandboxFault(store, externalId, { kind: 'rate_limited', retryAfterSeconds: 120 });
    const limited = await testConnection();
    const resetAt = new Date(t.clock.now().getTime() + 120_000).toISOString();
    expect(limited).toMatchObject({ status: 'healthy', rateLimitedUntil: resetAt, lastError: { kind: 'rate_limited' } });

    const before = await requestsSeen();
    t.clock.advance(119_000);
    expect((await testConnection()).rateLimitedUntil).toBe(resetAt);
    expect(await requestsSeen()).toBe(before); // held by the ledger: nothing was sent

    t.clock.advance(1_000);
    expect(await testConnection()).toMatchObject({ rateLimitedUntil: null, status: 'healthy' });
    expect(await requestsSeen()).toBe(before + 1);
  });

  test('a passing failure marks the account degraded, and the next success heals it', async () => {
    await injectSandboxFault(store, externalId, { kind: 'server_error', on: 'read' });
    expect(await testConnection()).toMatchObject({ status: 'degraded', lastError: { kind: 'transient' } });
    t.clock.advance(1_000); // so that the events sort in the order they happened
    expect((await testConnection()).status).toBe('healthy');
    // Webhooks hear of both changes; nobody's bell rings for a hiccup that healed itself.
    expect(await healthEvents()).toEqual(['degraded', 'healthy']);
    expect(await bellFor()).toEqual([]);
  });

  test('revoked credentials mark the account revoked until it is connected again', async () => {
    await injectSandboxFault(store, externalId, { kind: 'auth_revoked', on: 'read' });
    t.clock.advance(1_000);
    const revoked = await testConnection();
    expect(revoked).toMatchObject({ status: 'revoked', lastError: { kind: 'auth_revoked' } });
    expect(revoked.lastError?.message).toMatch(/reconnect/i);
    // A revoked account needs a person: the account managers are told in the app too.
    expect(await healthEvents()).toEqual(['degraded', 'healthy', 'revoked']);
    expect(await bellFor()).toEqual(['revoked']);
    const reconnected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'bakery.sandbox' } });
    expect(reconnected.json<Account & { id: string }>()).toMatchObject({ id: accountId, status: 'healthy', lastError: null });
  });
});
