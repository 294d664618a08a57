import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { startChorus, type RunningChorus } from '../../src/runtime/start.js';
import { createTestDatabase, onPostgres } from '../support/database.js';

let dataDir: string;
let database: DatabaseHandle | undefined;
let running: RunningChorus;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-start-'));
  // On PostgreSQL the process gets its own fresh database; on PGlite it creates one in the data folder.
  database = onPostgres ? await createTestDatabase() : undefined;
  const config = loadConfig({ CHORUS_DATA_DIR: dataDir, CHORUS_PORT: '0', DATABASE_URL: database?.url });
  running = await startChorus(config, { logger: pino({ level: 'silent' }), announce: false, handleSignals: false });
});
afterAll(async () => {
  await running.stop();
  await database?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('chorus start (all roles in one process)', () => {
  test('answers readiness and offers a one-time setup link on the same origin', async () => {
    expect(running.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    expect(running.setupUrl).toMatch(new RegExp(`^${running.url}/setup\\?token=[\\w-]{43}$`));
  });

  test('the setup link creates the owner through the typed client', async () => {
    const token = new URL(running.setupUrl ?? '').searchParams.get('token') ?? '';
    const api = createClient({ baseUrl: running.url ?? '' });
    const session = await api.call('completeSetup', {
      body: { token, email: 'Owner@Example.com', name: 'Owner', password: 'a long password', workspaceName: 'First' },
    });
    expect(session.user.email).toBe('owner@example.com');
    expect(session.memberships).toHaveLength(1);
  });

  test('a key file readable only by its owner is created in the data folder', async () => {
    const stat = await fs.stat(path.join(dataDir, 'secret.key'));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(Buffer.from((await fs.readFile(path.join(dataDir, 'secret.key'), 'utf8')).trim(), 'base64')).toHaveLength(32);
  });

  test('the recurring cleanup job is scheduled', async () => {
    const schedules = await running.db.query<{ name: string; cron: string }>('SELECT name, cron FROM pgboss.schedule');
    expect(schedules).toEqual([{ name: 'maintenance.cleanup', cron: '17 * * * *' }]);
  });
});
