/**
 * The networks this install can talk to: the discovered connectors, each built once with its
 * environment (fetch, clock, configured endpoints and OAuth client, a durable store).
 */
import type { Connector, ConnectorEnvironment, ConnectorModule, ConnectorStore } from '../../connectors/contract.js';
import { discoverConnectors } from '../../connectors/registry.js';
import { AppError } from '../../core/errors.js';
import type { Database } from '../../db/connection.js';
import { insertConnectorState, listConnectorState, readConnectorState, writeConnectorState } from '../../db/repositories/connector-state.js';
import type { Clock } from '../context.js';

export interface Networks {
  modules(): Promise<ConnectorModule[]>;
  /** The connector for a network id; `not_found` for a network this install does not have. */
  connector(network: string): Promise<Connector>;
}

export interface NetworkSettings {
  /** OAuth apps by network id (CHORUS_OAUTH_CLIENTS). */
  oauthClients?: Record<string, { clientId: string; clientSecret: string | null }>;
  /** API base URLs by `<network>.<name>` (CHORUS_NETWORK_ENDPOINTS). */
  endpoints?: Record<string, string>;
  fetch?: typeof fetch;
  requestTimeoutMs?: number;
}

/** A connector's durable store in the database (also how tests and the demo reach the sandbox's state). */
export function connectorStore(db: Database, connector: string): ConnectorStore {
  return {
    get: (key) => readConnectorState(db, connector, key),
    put: (key, value) => writeConnectorState(db, connector, [{ key, value }]),
    putMany: (entries) => writeConnectorState(db, connector, entries),
    putIfAbsent: (key, value) => insertConnectorState(db, connector, key, value),
    list: (prefix) => listConnectorState(db, connector, prefix),
  };
}

export function createNetworks(db: Database, clock: Clock, settings: NetworkSettings = {}): Networks {
  const built = new Map<string, Connector>();
  const environmentFor = (id: string): ConnectorEnvironment => ({
    fetch: settings.fetch ?? ((input, init) => fetch(input, init)),
    clock,
    endpoint: (name, fallback) => settings.endpoints?.[`${id}.${name}`] ?? fallback,
    oauthClient: settings.oauthClients?.[id] ?? null,
    store: connectorStore(db, id),
    requestTimeoutMs: settings.requestTimeoutMs ?? 30_000,
  });
  return {
    modules: discoverConnectors,
    async connector(network) {
      const existing = built.get(network);
      if (existing) return existing;
      const module = (await discoverConnectors()).find((candidate) => candidate.manifest.id === network);
      if (!module) throw new AppError('not_found', `Chorus has no connector for the network "${network}"`);
      const connector = module.create(environmentFor(network));
      built.set(network, connector);
      return connector;
    },
  };
}
