/**
 * What every command needs: the configuration (environment plus flags), the database opened and
 * migrated, an `AppContext` for the use cases, and a guaranteed close at the end.
 */
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig, type Config, type SettingName } from '../config.js';
import { systemClock, type AppContext, type Clock } from '../app/context.js';
import { openDatabase, type DatabaseHandle } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { contextFromConfig } from '../runtime/context.js';
import { createLogger } from '../runtime/logger.js';
import type { CliIO } from './io.js';

export interface CliDeps {
  io: CliIO;
  /** The environment settings are read from; `undefined` means the process environment. */
  env?: Record<string, string | undefined> | undefined;
  clock?: Clock;
  openDatabase(config: Config): Promise<DatabaseHandle>;
  /** Starts the long-running roles; it handles SIGTERM/SIGINT itself. */
  startChorus(config: Config): Promise<unknown>;
}

/** The database the configuration names: PostgreSQL at DATABASE_URL, else PGlite in `<dataDir>/db`. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return openDatabase({ url: config.databaseUrl, pgliteDir: embeddedDatabaseDir(config) });
}

export const embeddedDatabaseDir = (config: Config): string => path.join(config.dataDir, 'db');

/** Names the database for people, without the password a URL may carry. */
export function describeDatabaseTarget(config: Config): string {
  if (!config.databaseUrl) return `the embedded database in ${embeddedDatabaseDir(config)}`;
  const url = new URL(config.databaseUrl);
  return `the PostgreSQL database ${url.pathname.replace(/^\//, '') || '(default)'} on ${url.host}`;
}

/** Options every database command accepts; they override the environment. */
export interface DatabaseOptions {
  dataDir?: string | undefined;
}

export function configFor(deps: CliDeps, overrides: Partial<Record<SettingName, string | undefined>> = {}): Config {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return loadConfig(deps.env, defined);
}

export interface OperatorSession {
  config: Config;
  handle: DatabaseHandle;
  ctx: AppContext;
  /** Migrations this command applied on opening (usually none). */
  applied: string[];
}

/** Opens and migrates the configured database, runs `work`, and always closes it. */
export async function withDatabase<T>(
  deps: CliDeps,
  options: DatabaseOptions,
  work: (session: OperatorSession) => Promise<T>,
): Promise<T> {
  const config = configFor(deps, { CHORUS_DATA_DIR: options.dataDir });
  const handle = await deps.openDatabase(config);
  try {
    const applied = await migrate(handle);
    // Logs go to stderr, so stdout carries only the command's output (JSON included).
    const logger = createLogger(config.logLevel, pino.destination({ dest: 2, sync: true }));
    const ctx: AppContext = await contextFromConfig(config, { db: handle.db, clock: deps.clock ?? systemClock, logger });
    return await work({ config, handle, ctx, applied });
  } finally {
    await handle.close();
  }
}
