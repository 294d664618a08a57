/**
 * What a use case may touch, passed in explicitly: the database, the clock and the logger. Tests
 * build one with their own database and a clock they control.
 */
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  db: Database;
  clock: Clock;
  logger: Logger;
}

/** Where a request came from; recorded in the audit log and used for rate limits. */
export interface RequestMeta {
  ip: string;
}
