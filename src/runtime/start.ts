/**
 * Assembles a running Chorus process from its configuration: database (migrated), job engine, and
 * the roles asked for: `api` serves HTTP and the web UI, `worker` runs job handlers, `scheduler`
 * enqueues recurring jobs and runs the job engine's maintenance. All three by default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { issueSetupToken } from '../app/auth/setup.js';
import { systemClock, type AppContext, type Clock } from '../app/context.js';
import type { Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { startJobEngine, type JobEngine } from '../jobs/engine.js';
import { registerWorkers } from '../jobs/workers.js';
import { startPublishDispatcher } from '../app/publishing/dispatcher.js';
import { buildServer } from '../server/app.js';
import { createMetricsRegistry } from '../server/metrics.js';
import { contextFromConfig } from './context.js';
import { loadKeyring } from './keyring.js';
import { createLogger } from './logger.js';

export interface RunningChorus {
  /** The URL the api role answers at (undefined without the api role). */
  url: string | undefined;
  /** The one-time link that creates the owner, while nobody has been created yet. */
  setupUrl: string | undefined;
  db: DatabaseHandle;
  jobs: JobEngine;
  /** Stops taking requests and jobs, lets the ones in progress finish (jobs: up to 10 s), closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Print the URL and setup link (default true); tests turn it off and read `RunningChorus`. */
  announce?: boolean;
  /** Stop on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  webDir?: string;
}

export async function startChorus(config: Config, options: StartOptions = {}): Promise<RunningChorus> {
  const logger = options.logger ?? createLogger(config.logLevel);
  await fs.promises.mkdir(config.dataDir, { recursive: true });
  // The key file is created before the database, so a first start never seals with a key it then loses.
  await loadKeyring(config);

  const db = await openDatabase({ url: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'db') });
  const applied = await migrate(db);
  if (applied.length) logger.info({ applied }, 'database migrated');

  const ctx: AppContext = await contextFromConfig(config, { db: db.db, clock: options.clock ?? systemClock, logger });
  let stopping = false;
  // The job engine mostly waits on the database and the server mostly builds routes in JavaScript,
  // so starting them side by side shortens the time to ready.
  const [jobs, server] = await Promise.all([
    startJobEngine(db, config.roles, logger),
    config.roles.includes('api')
      ? buildServer({
          ctx,
          logger,
          publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
          metrics: createMetricsRegistry(),
          webDir: options.webDir ?? findWebDir(),
          isReady: async () => !stopping && (await db.query('SELECT 1 AS ok')).length === 1,
        })
      : undefined,
  ]);
  if (config.roles.includes('worker')) await registerWorkers(jobs, ctx, { inboxPollSeconds: config.inboxPollSeconds, publishClaimSeconds: config.publishClaimSeconds });
  const dispatcher = config.roles.includes('scheduler')
    ? startPublishDispatcher(ctx, { sendPublish: (targetIds) => jobs.sendMany('publishing.publish', targetIds.map((targetId) => ({ payload: { targetId }, singletonKey: targetId }))) })
    : undefined;

  let url: string | undefined;
  let setupUrl: string | undefined;
  if (server) {
    await server.listen({ port: config.port, host: config.host });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    url = config.publicUrl ?? `http://localhost:${port}`;
    const token = await issueSetupToken(ctx);
    if (token) setupUrl = `${url}/setup?token=${token}`;
  }

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: no new requests or jobs; finishing the ones in progress');
    await server?.close();
    dispatcher?.stop();
    await jobs.stop();
    await db.close();
    logger.info('stopped');
  };

  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'signal received');
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'unclean stop');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  if (options.announce !== false) {
    const roles = config.roles.join(', ');
    const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
    process.stdout.write(url ? `Chorus is ready at ${url} (roles: ${roles}; ${where})\n` : `Chorus is running (roles: ${roles}; ${where})\n`);
    if (setupUrl) process.stdout.write(`First start: open this one-time link to create the owner:\n  ${setupUrl}\n`);
  }
  return { url, setupUrl, db, jobs, stop };
}

/** `dist/web` next to the compiled code, or in the repository when running from sources. */
function findWebDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../web'), path.resolve(here, '../../dist/web')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}
