/**
 * The HTTP API contract: every endpoint's method, path, inputs and output as zod schemas. The
 * server registers its routes from this list, the OpenAPI document is generated from it, and the
 * typed client (web UI, CLI, browser tests) calls through it: one contract, three users.
 * Each product area keeps its endpoints in `endpoints/<area>.ts`.
 */
import { connectionEndpoints } from './endpoints/connections.js';
import { foundationEndpoints } from './endpoints/foundation.js';
import { inboxEndpoints } from './endpoints/inbox.js';
import { linkEndpoints } from './endpoints/links.js';
import { measurementEndpoints } from './endpoints/measurement.js';
import { metricsEndpoints } from './endpoints/metrics.js';
import { ordersEndpoints } from './endpoints/orders.js';
import { publishingEndpoints } from './endpoints/publishing.js';
import { reportEndpoints } from './endpoints/reports.js';
import { strategyEndpoints } from './endpoints/strategy.js';

export { LOCALES } from '../core/validation.js';
export type { AuthMode, Endpoint } from './contract.js';
export * from './endpoints/connections.js';
export * from './endpoints/foundation.js';
export * from './endpoints/inbox.js';
export * from './endpoints/links.js';
export * from './endpoints/measurement.js';
export * from './endpoints/metrics.js';
export * from './endpoints/orders.js';
export * from './endpoints/publishing.js';
export * from './endpoints/reports.js';
export * from './endpoints/strategy.js';

export const endpoints = { ...foundationEndpoints, ...strategyEndpoints, ...connectionEndpoints, ...inboxEndpoints, ...publishingEndpoints, ...measurementEndpoints, ...metricsEndpoints, ...ordersEndpoints, ...linkEndpoints, ...reportEndpoints } as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
