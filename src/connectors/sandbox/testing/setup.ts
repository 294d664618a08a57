/** A sandbox on a memory store with a clock the test moves, and one connected account. */
import type { AccountSession, Connector, ConnectorCall, ConnectorStore, RateObservation } from '../../contract.js';
import { memoryStore, testEnvironment } from '../../conformance/environment.js';
import { createSandboxConnector } from '../connector.js';
import { manualClock, type ManualClock } from './clock.js';

export const START = new Date('2025-03-03T08:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface SandboxFixture {
  connector: Connector;
  store: ConnectorStore;
  clock: ManualClock;
  session: AccountSession;
  observed: RateObservation[];
  call: () => ConnectorCall;
}

export async function connectedSandbox(fields: Record<string, string> = {}, store: ConnectorStore = memoryStore()): Promise<SandboxFixture> {
  const clock = manualClock(START);
  const connector = createSandboxConnector(testEnvironment({ clock, store }));
  const connect = connector.connect;
  if (!connect) throw new Error('the sandbox connects with credentials');
  const result = await connect({ handle: 'coffee_corner', ...fields });
  const session: AccountSession = {
    accountId: 'account-1',
    externalId: result.identity.externalId,
    handle: result.identity.handle,
    settings: result.settings,
    credentials: result.credentials,
  };
  const observed: RateObservation[] = [];
  return { connector, store, clock, session, observed, call: () => ({ session, observeRateLimit: (observation) => observed.push(observation) }) };
}

/** The capability, or a failed test when the connector lacks it. */
export function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the sandbox lacks a capability it claims');
  return value;
}

export const textPost = (text: string, idempotencyKey = `key-${text}`) => ({ idempotencyKey, parts: [{ text, media: [] }] as const });
