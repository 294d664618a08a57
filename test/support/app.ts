/**
 * An api server on a fresh test database, answered in-process through `app.inject`, with a clock
 * the test controls and every log line kept in `logs`.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { issueSetupToken } from '../../src/app/auth/setup.js';
import { createAppContext, type AppContext, type Clock } from '../../src/app/context.js';
import { temporaryMediaStorage } from '../../src/app/media/temporary-storage.js';
import type { NetworkSettings } from '../../src/app/connectors/networks.js';
import type { WebhookSettings } from '../../src/app/events/webhook-transport.js';
import type { SecretBox } from '../../src/app/secrets/secret-box.js';
import { testSecretBox } from '../../src/app/secrets/testing.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { buildServer } from '../../src/server/app.js';
import { createMetricsRegistry } from '../../src/server/metrics.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createTestDatabase } from './database.js';

export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-23T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  clock: TestClock;
  logs: string[];
  close(): Promise<void>;
}

export async function createTestApp(
  options: { publicUrl?: string; secrets?: SecretBox; networkSettings?: NetworkSettings; webhookSettings?: WebhookSettings } = {},
): Promise<TestApp> {
  const handle = await createTestDatabase();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger('trace', sink);
  const clock = new TestClock();
  const media = temporaryMediaStorage();
  const ctx: AppContext = createAppContext({ db: handle.db, clock, logger, secrets: options.secrets ?? testSecretBox(), networkSettings: options.networkSettings, webhookSettings: options.webhookSettings, media: media.storage, publicUrl: options.publicUrl ?? 'http://localhost:8080' });
  const app = await buildServer({
    ctx,
    logger,
    publicUrl: options.publicUrl ?? 'http://localhost:8080',
    metrics: createMetricsRegistry(),
    isReady: async () => true,
  });
  return {
    app,
    ctx,
    handle,
    clock,
    logs,
    close: async () => {
      await app.close();
      await handle.close();
      await media.remove();
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on writes. */
export class Browser {
  cookie = '';
  csrf = '';
  constructor(private readonly app: FastifyInstance) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'chorus_session');
    if (setCookie) this.cookie = setCookie.value ? `chorus_session=${setCookie.value}` : '';
    const json = response.headers['content-type']?.toString().includes('json') ? response.json<{ csrfToken?: unknown }>() : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return response;
  }
}

export const OWNER = { email: 'owner@example.com', name: 'Olivia Owner', password: 'correct horse battery', workspaceName: 'Acme Gym' };

/** Completes first-run setup; returns the owner's browser and the first workspace's id. */
export async function setUpOwner(test: TestApp): Promise<{ browser: Browser; workspaceId: string }> {
  const token = await issueSetupToken(test.ctx);
  if (!token) throw new Error('setup already done');
  const browser = new Browser(test.app);
  const response = await browser.request('POST', '/api/setup', { token, ...OWNER });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  const workspaceId = response.json<{ memberships: Array<{ workspace: { id: string } }> }>().memberships[0]?.workspace.id;
  if (!workspaceId) throw new Error('setup created no workspace');
  return { browser, workspaceId };
}
