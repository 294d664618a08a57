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

  test('a post scheduled two seconds ahead is published by the dispatcher and the job workers, once', async () => {
    const base = running.url ?? '';
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@example.com', password: 'a long password' }) });
    const session = (await login.json()) as { csrfToken: string; memberships: Array<{ workspace: { id: string } }> };
    const headers = { 'content-type': 'application/json', cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': session.csrfToken };
    const call = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${base}/api/workspaces/${session.memberships[0]?.workspace.id ?? ''}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
      return (await response.json()) as T;
    };
    const account = await call<{ id: string }>('POST', '/connections', { network: 'sandbox', fields: { handle: 'e2e.sandbox' } });
    const draft = await call<{ id: string; version: number }>('POST', '/posts', { content: { parts: [{ text: 'Live from the scheduler', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null }, targets: [{ accountId: account.id }] });
    const at = new Date(Date.now() + 2_000).toISOString();
    await call('POST', `/posts/${draft.id}/actions`, { action: 'schedule', expectedVersion: draft.version, scheduledAt: at });
    await expect.poll(async () => (await call<{ status: string }>('GET', `/posts/${draft.id}`)).status, { timeout: 20_000, interval: 250 }).toBe('published');
    const post = await call<{ targets: Array<{ attempts: number; publishedAt: string }> }>('GET', `/posts/${draft.id}`);
    expect(post.targets).toHaveLength(1);
    expect(post.targets[0]?.attempts).toBe(1);
    expect(new Date(post.targets[0]?.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(at).getTime());
  });

  test('the recurring jobs are scheduled: cleanup, credential refresh, inbox polling, response-time alerts, the weekly inventory digest, metric snapshots and scheduled reports', async () => {
    const schedules = await running.db.query<{ name: string; cron: string }>('SELECT name, cron FROM pgboss.schedule ORDER BY name');
    expect(schedules).toEqual([
      { name: 'connections.refresh', cron: '*/10 * * * *' },
      { name: 'inbox.alerts', cron: '* * * * *' },
      { name: 'inbox.schedule', cron: '* * * * *' },
      { name: 'inventory.digest', cron: '23 * * * *' },
      { name: 'maintenance.cleanup', cron: '17 * * * *' },
      { name: 'metrics.schedule', cron: '* * * * *' },
      { name: 'reports.schedule', cron: '*/15 * * * *' },
      { name: 'webhooks.schedule', cron: '* * * * *' },
    ]);
  });
});
