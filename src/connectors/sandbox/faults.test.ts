import { failureOf } from '../conformance/harness.js';
import { describe, expect, it } from 'vitest';
import type { ConnectorError } from '../contract.js';
import { REQUEST_BUDGET } from './manifest.js';
import { injectSandboxFault, sandboxRequestCount } from './simulation.js';
import { connectedSandbox, required, textPost } from './testing/setup.js';

describe('sandbox faults', () => {
  it('keeps failing with the same reset time until a rate limit resets', async () => {
    const { connector, store, clock, session, call } = await connectedSandbox();
    const resetAt = new Date(clock.now().getTime() + 120_000);
    await injectSandboxFault(store, session.externalId, { kind: 'rate_limited', resetAt });
    for (const advance of [0, 60_000, 59_000]) {
      clock.advance(advance);
      const failure = await failureOf(connector.testConnection(call()));
      expect(failure).toMatchObject({ kind: 'rate_limited', resetAt });
    }
    clock.advance(1_000);
    await expect(connector.testConnection(call())).resolves.toMatchObject({ handle: 'coffee_corner' });
  });

  it('counts a rate limit from the failing request when no reset time is given', async () => {
    const { connector, store, clock, session, call } = await connectedSandbox();
    await injectSandboxFault(store, session.externalId, { kind: 'rate_limited', retryAfterSeconds: 30 });
    clock.advance(5_000);
    const failure = await failureOf(connector.testConnection(call()));
    expect(failure.resetAt?.getTime()).toBe(clock.now().getTime() + 30_000);
  });

  it('turns a server error into a transient failure on reads and writes, storing nothing', async () => {
    const { connector, store, session, call } = await connectedSandbox();
    await injectSandboxFault(store, session.externalId, { kind: 'server_error' });
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('transient');
    await injectSandboxFault(store, session.externalId, { kind: 'server_error', on: 'write' });
    const request = textPost('Not stored');
    expect((await failureOf(required(connector.publish)(call(), request))).kind).toBe('transient');
    expect(await required(connector.findPublished)(call(), request, new Date(0))).toBeNull();
  });

  it('times out a read as transient and a write as an unknown outcome without publishing it', async () => {
    const { connector, store, session, call } = await connectedSandbox();
    await injectSandboxFault(store, session.externalId, { kind: 'timeout', on: 'read' });
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('transient');
    await injectSandboxFault(store, session.externalId, { kind: 'timeout', on: 'write' });
    const request = textPost('Lost in time');
    expect((await failureOf(required(connector.publish)(call(), request))).kind).toBe('outcome_unknown');
    expect(await required(connector.findPublished)(call(), request, new Date(0))).toBeNull();
  });

  it('publishes but loses the answer on a dropped response, and the key finds the post', async () => {
    const { connector, store, session, call } = await connectedSandbox();
    await injectSandboxFault(store, session.externalId, { kind: 'drop_response', on: 'write' });
    const request = textPost('Published in the dark');
    expect((await failureOf(required(connector.publish)(call(), request))).kind).toBe('outcome_unknown');
    const found = await required(connector.findPublished)(call(), request, new Date(0));
    expect(found).not.toBeNull();
    // Publishing again with the same key returns that post instead of a second one.
    expect((await required(connector.publish)(call(), request)).externalId).toBe(found?.externalId);
    expect(await required(connector.accountMetrics)(call())).toMatchObject({ posts: 1 });
    await injectSandboxFault(store, session.externalId, { kind: 'drop_response', on: 'read' });
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('transient');
  });

  it('raises the authentication faults once, and a refresh recovers from an expired sign-in', async () => {
    const { connector, store, session, call } = await connectedSandbox();
    await injectSandboxFault(store, session.externalId, { kind: 'auth_expired' });
    await injectSandboxFault(store, session.externalId, { kind: 'auth_revoked' });
    await injectSandboxFault(store, session.externalId, { kind: 'invalid_content', on: 'write' });
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('auth_expired');
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('auth_revoked');
    expect((await failureOf(required(connector.publish)(call(), textPost('Refused')))).kind).toBe('invalid_content');
    const refreshed = await required(connector.refresh)(session);
    const renewed = { ...call(), session: { ...session, credentials: refreshed.credentials } };
    await expect(connector.testConnection(renewed)).resolves.toMatchObject({ externalId: 'coffee_corner' });
    // The old token no longer works.
    expect((await failureOf(connector.testConnection(call()))).kind).toBe('auth_revoked');
  });

  it('refuses a token it did not hand out', async () => {
    const { connector, session, call } = await connectedSandbox();
    const forged = { ...call(), session: { ...session, credentials: { token: 'forged' } } };
    expect((await failureOf(connector.testConnection(forged))).kind).toBe('auth_revoked');
    const missing = { ...call(), session: { ...session, externalId: 'nobody' } };
    expect((await failureOf(connector.testConnection(missing))).kind).toBe('auth_revoked');
  });

  it('draws random faults at the configured rate, the same ones for the same seed', async () => {
    const outcomes = async (seed: string) => {
      const { connector, clock, call } = await connectedSandbox({ faultRate: '0.5', seed });
      const kinds: string[] = [];
      for (let index = 0; index < 40; index += 1) {
        // Past any random rate limit's 30 seconds, so each request gets its own draw.
        clock.advance(31_000);
        kinds.push(await connector.testConnection(call()).then(() => 'ok', (error: ConnectorError) => error.kind));
      }
      return kinds;
    };
    const first = await outcomes('a');
    expect(first).toEqual(await outcomes('a'));
    expect(first).not.toEqual(await outcomes('b'));
    expect(first.filter((kind) => kind === 'ok').length).toBeGreaterThan(5);
    expect(first.filter((kind) => kind !== 'ok').length).toBeGreaterThan(5);
    expect(new Set(first)).toEqual(new Set(['ok', 'transient', 'rate_limited']));
    // Without a fault rate, nothing fails on its own.
    const quiet = await connectedSandbox();
    for (let index = 0; index < 20; index += 1) await quiet.connector.testConnection(quiet.call());
  });

  it('waits the configured latency on every request', async () => {
    const { connector, call } = await connectedSandbox({ latencyMs: '60' });
    const started = performance.now();
    await connector.testConnection(call());
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('enforces its own request budget per window and reports it', async () => {
    const { connector, store, clock, session, call, observed } = await connectedSandbox();
    const windowEnd = clock.now().getTime() + REQUEST_BUDGET.windowSeconds * 1000;
    for (let index = 0; index < REQUEST_BUDGET.limit; index += 1) await connector.testConnection(call());
    expect(observed.at(-1)).toMatchObject({ bucket: 'sandbox-requests', remaining: 0 });
    expect(observed.at(-1)?.resetAt.getTime()).toBe(windowEnd);
    const failure = await failureOf(connector.testConnection(call()));
    expect(failure).toMatchObject({ kind: 'rate_limited', resetAt: new Date(windowEnd) });
    clock.set(new Date(windowEnd));
    await connector.testConnection(call());
    expect(observed.at(-1)?.remaining).toBe(REQUEST_BUDGET.limit - 1);
    expect(await sandboxRequestCount(store, session.externalId)).toBe(REQUEST_BUDGET.limit + 2);
  });
});
