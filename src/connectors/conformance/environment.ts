/**
 * A connector environment for tests: real fetch (guarded against the internet by the test
 * setup), endpoints pointed at local peers, and a store kept in memory.
 */
import type { ConnectorEnvironment, ConnectorStore } from '../contract.js';

export function memoryStore(): ConnectorStore {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(values.get(key)),
    put: async (key, value) => {
      values.set(key, structuredClone(value));
    },
    putMany: async (entries) => {
      for (const { key, value } of entries) values.set(key, structuredClone(value));
    },
    putIfAbsent: async (key, value) => {
      if (values.has(key)) return false;
      values.set(key, structuredClone(value));
      return true;
    },
    list: async (prefix) =>
      [...values.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value: structuredClone(value) })),
  };
}

export function testEnvironment(options: {
  endpoints?: Record<string, string>;
  oauthClient?: ConnectorEnvironment['oauthClient'];
  clock?: ConnectorEnvironment['clock'];
  store?: ConnectorStore;
  requestTimeoutMs?: number;
}): ConnectorEnvironment {
  const endpoints = options.endpoints ?? {};
  return {
    fetch: (input, init) => fetch(input, init),
    clock: options.clock ?? { now: () => new Date() },
    endpoint: (name, fallback) => endpoints[name] ?? fallback,
    oauthClient: options.oauthClient ?? null,
    store: options.store ?? memoryStore(),
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
  };
}
