/**
 * Webhook endpoints end to end: a secret shown once and sealed at rest, events from the outbox
 * delivered to a receiver on 127.0.0.1 with a Standard Webhooks signature checked here with
 * node:crypto alone, retries on the backoff schedule (driven by the test clock), the delivery
 * log, permissions and the refusal of private addresses.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attemptDelivery, sendDueDeliveries } from '../../src/app/events/delivery.js';
import { recordEvent } from '../../src/app/events/outbox.js';
import { MAX_ATTEMPTS } from '../../src/core/events/retry-schedule.js';
import type { JobEngine } from '../../src/jobs/engine.js';
import { deliverWebhookHandler, scheduleWebhooksHandler } from '../../src/jobs/handlers/webhooks.js';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../support/webhook-receiver.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let receiver: WebhookReceiver;

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  attemptLog: Array<{ attempt: number; responseStatus: number | null; error: string | null }>;
}

const overdue = { conversationId: '6d0f7e8a-1111-4aaa-8bbb-000000000001', accountId: '6d0f7e8a-1111-4aaa-8bbb-000000000002', network: 'sandbox', accountHandle: 'bakery', waitedMinutes: 45, targetMinutes: 30 };

async function createEndpoint(url: string, eventTypes: string[] = ['inbox.response_overdue']) {
  const response = await owner.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url, eventTypes });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ endpoint: { id: string; url: string; eventTypes: string[]; active: boolean }; secret: string }>();
}

async function deliveriesOf(webhookId: string): Promise<Delivery[]> {
  const response = await owner.request('GET', `/api/workspaces/${workspaceId}/webhooks/${webhookId}/deliveries`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Delivery[] }>().items;
}

/** Checks a received request exactly as a receiver would, with node:crypto and nothing of Chorus. */
function signatureIsValid(secret: string, request: ReceivedWebhook): boolean {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signed = `${String(request.headers['webhook-id'])}.${String(request.headers['webhook-timestamp'])}.${request.body}`;
  const expected = createHmac('sha256', key).update(signed).digest();
  return String(request.headers['webhook-signature'])
    .split(' ')
    .some((candidate) => {
      const given = Buffer.from(candidate.replace(/^v1,/, ''), 'base64');
      return candidate.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

beforeAll(async () => {
  t = await createTestApp({ webhookSettings: { allowPrivateAddresses: true } });
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await receiver.close();
  await t.close();
});

describe('webhook endpoints', () => {
  test('the signing secret is shown once, never listed again, and sealed in the database', async () => {
    const { endpoint, secret } = await createEndpoint(receiver.url, ['inbox.response_overdue', 'inbox.reply_failed']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(endpoint).toMatchObject({ url: receiver.url, eventTypes: ['inbox.response_overdue', 'inbox.reply_failed'], active: true });

    const list = await owner.request('GET', `/api/workspaces/${workspaceId}/webhooks`);
    expect(list.json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).toContain(endpoint.id);
    expect(list.body).not.toContain(secret.slice(6));
    const [row] = await t.handle.query<{ secret_sealed: string }>('SELECT secret_sealed FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(row?.secret_sealed).not.toContain(secret.slice(6));
    expect(t.ctx.secrets.open(row?.secret_sealed ?? '')).toBe(secret);

    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}`)).statusCode).toBe(200);
    expect((await owner.request('GET', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}/deliveries`)).statusCode).toBe(404);
    expect((await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}`)).statusCode).toBe(404);
  });

  test('an event is delivered with a valid signature, only to endpoints subscribed to its type', async () => {
    const { endpoint, secret } = await createEndpoint(receiver.url);
    const other = await createEndpoint(receiver.url, ['account.health_changed']);
    const before = receiver.received.length;
    const eventId = await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());
    await sendDueDeliveries(t.ctx);

    expect(receiver.received).toHaveLength(before + 1);
    const request = receiver.received.at(-1) as ReceivedWebhook;
    expect(signatureIsValid(secret, request)).toBe(true);
    expect(signatureIsValid(other.secret, request)).toBe(false);
    expect(request.headers['webhook-id']).toBe(eventId);
    expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(t.clock.now().getTime() / 1000)));
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({ type: 'inbox.response_overdue', timestamp: t.clock.now().toISOString(), data: overdue });
    expect(signatureIsValid(secret, { ...request, body: request.body.replace('45', '46') })).toBe(false);

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ eventId, eventType: 'inbox.response_overdue', status: 'delivered', attempts: 1, responseStatus: 204, lastError: null });
    expect(await deliveriesOf(other.endpoint.id)).toEqual([]);
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}`);
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${other.endpoint.id}`);
  });

  test('a receiver answering 500 is retried on the backoff schedule, then delivered, with every attempt logged', async () => {
    const { endpoint, secret } = await createEndpoint(receiver.url);
    receiver.answerWith(500, 503);
    const before = receiver.received.length;
    await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());

    await sendDueDeliveries(t.ctx);
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, lastError: 'answered HTTP 500' });
    const firstDelay = Date.parse(delivery?.nextAttemptAt ?? '') - t.clock.now().getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(4_500);
    expect(firstDelay).toBeLessThanOrEqual(5_500);

    await sendDueDeliveries(t.ctx); // not due yet: nothing is sent
    expect(receiver.received).toHaveLength(before + 1);

    t.clock.advance(6_000);
    await sendDueDeliveries(t.ctx);
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 2, responseStatus: 503 });
    const secondDelay = Date.parse(delivery?.nextAttemptAt ?? '') - t.clock.now().getTime();
    expect(secondDelay).toBeGreaterThanOrEqual(270_000);
    expect(secondDelay).toBeLessThanOrEqual(330_000);

    t.clock.advance(60_000);
    await sendDueDeliveries(t.ctx);
    expect(receiver.received).toHaveLength(before + 2);

    t.clock.advance(5 * 60_000);
    await sendDueDeliveries(t.ctx);
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 204, lastError: null });
    expect(delivery?.attemptLog.map((attempt) => [attempt.attempt, attempt.responseStatus])).toEqual([
      [1, 500],
      [2, 503],
      [3, 204],
    ]);

    const attempts = receiver.received.slice(before);
    expect(new Set(attempts.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(new Set(attempts.map((request) => request.headers['webhook-timestamp'])).size).toBe(3);
    expect(attempts.every((request) => signatureIsValid(secret, request))).toBe(true);
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}`);
  });

  test(`a delivery that keeps failing is given up after ${MAX_ATTEMPTS} attempts; 410 Gone disables the endpoint`, async () => {
    const failing = await createEndpoint(receiver.url);
    receiver.answerWith(...Array<number>(MAX_ATTEMPTS).fill(500));
    await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());
    for (let attempt = 0; attempt < MAX_ATTEMPTS + 1; attempt += 1) {
      await sendDueDeliveries(t.ctx);
      t.clock.advance(27 * 3_600_000);
    }
    const [given] = await deliveriesOf(failing.endpoint.id);
    expect(given).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, responseStatus: 500 });
    expect(given?.attemptLog).toHaveLength(MAX_ATTEMPTS);
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${failing.endpoint.id}`);

    const gone = await createEndpoint(receiver.url);
    receiver.answerWith(410);
    await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());
    await sendDueDeliveries(t.ctx);
    const [disabled] = await deliveriesOf(gone.endpoint.id);
    expect(disabled).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 410 });
    const list = (await owner.request('GET', `/api/workspaces/${workspaceId}/webhooks`)).json<{ items: Array<{ id: string; active: boolean }> }>();
    expect(list.items.find((item) => item.id === gone.endpoint.id)?.active).toBe(false);
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${gone.endpoint.id}`);
  });

  test('the jobs: the scheduler queues each due delivery once per minute, and a failed attempt queues its retry for its time', async () => {
    const { endpoint } = await createEndpoint(receiver.url);
    await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());
    const sent: Array<{ queue: string; deliveryId: unknown; singletonKey?: string; startAfter?: Date }> = [];
    // Records what the handlers queue; pg-boss itself is exercised in src/jobs/engine.test.ts.
    const engine: Pick<JobEngine, 'send'> = {
      send: async (queue, payload, options = {}) => {
        sent.push({ queue, deliveryId: (payload as Record<string, unknown>).deliveryId, ...options });
        return 'job';
      },
    };
    expect(await scheduleWebhooksHandler(t.ctx, engine)({}, { id: 'j1', retryCount: 0 })).toEqual({ status: 'done', detail: '1 due' });
    const [queued] = sent;
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(queued).toMatchObject({ queue: 'webhooks.deliver', deliveryId: delivery?.id });

    receiver.answerWith(500);
    expect(await deliverWebhookHandler(t.ctx, engine)({ deliveryId: delivery?.id ?? '' }, { id: 'j2', retryCount: 0 })).toEqual({ status: 'done', detail: 'retry' });
    const [, retry] = sent;
    const [after] = await deliveriesOf(endpoint.id);
    expect(retry?.startAfter?.toISOString()).toBe(after?.nextAttemptAt);
    // A second worker given the same job while the first holds it does nothing.
    expect(await attemptDelivery(t.ctx, delivery?.id ?? '')).toEqual({ outcome: 'not_due' });
    await owner.request('DELETE', `/api/workspaces/${workspaceId}/webhooks/${endpoint.id}`);
  });
});

describe('who may manage webhooks', () => {
  test('an editor and an analyst key get 403; another workspace is 404', async () => {
    const added = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email: 'ed@example.com', role: 'editor', name: 'Ed Itor', password: 'editor password' });
    expect(added.statusCode).toBe(201);
    const editor = new Browser(t.app);
    await editor.request('POST', '/api/auth/login', { email: 'ed@example.com', password: 'editor password' });
    expect((await editor.request('GET', `/api/workspaces/${workspaceId}/webhooks`)).statusCode).toBe(403);
    expect((await editor.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url: receiver.url, eventTypes: ['inbox.reply_failed'] })).statusCode).toBe(403);

    const key = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'analytics', role: 'analyst' })).json<{ secret: string }>().secret;
    const byKey = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/webhooks`, headers: { authorization: `Bearer ${key}` } });
    expect(byKey.statusCode).toBe(403);

    const elsewhere = (await owner.request('POST', '/api/workspaces', { name: 'Globex' })).json<{ id: string }>().id;
    const { endpoint } = await createEndpoint(receiver.url);
    expect((await owner.request('DELETE', `/api/workspaces/${elsewhere}/webhooks/${endpoint.id}`)).statusCode).toBe(404);
    expect((await editor.request('GET', `/api/workspaces/${elsewhere}/webhooks`)).statusCode).toBe(404);
  });

  test('unknown event types and non-http URLs are refused with validation_failed', async () => {
    const badType = await owner.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url: receiver.url, eventTypes: ['inbox.everything'] });
    expect(badType.statusCode).toBe(400);
    const badUrl = await owner.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url: 'ftp://example.com/x', eventTypes: ['inbox.reply_failed'] });
    expect(badUrl.json<{ error: { id: string } }>().error.id).toBe('validation_failed');
  });
});

describe('private addresses (SSRF)', () => {
  test('without CHORUS_WEBHOOKS_ALLOW_PRIVATE, loopback, link-local and private URLs are refused on creation', async () => {
    t.ctx.webhooks = { allowPrivateAddresses: false };
    try {
      for (const url of [receiver.url, 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/hook', 'http://[::1]:9/hook', 'http://localhost:9/hook']) {
        const response = await owner.request('POST', `/api/workspaces/${workspaceId}/webhooks`, { url, eventTypes: ['inbox.reply_failed'] });
        expect(response.statusCode, url).toBe(400);
        expect(response.json<{ error: { id: string; details: { reason: string } } }>().error).toMatchObject({ id: 'validation_failed', details: { reason: 'private_address' } });
      }
    } finally {
      t.ctx.webhooks = { allowPrivateAddresses: true };
    }
  });

  test('an endpoint saved while allowed is refused at delivery time once the setting is off, and nothing is sent', async () => {
    const { endpoint } = await createEndpoint(receiver.url);
    const before = receiver.received.length;
    await recordEvent(t.ctx.db, { workspaceId, type: 'inbox.response_overdue', payload: overdue }, t.clock.now());
    t.ctx.webhooks = { allowPrivateAddresses: false };
    try {
      await sendDueDeliveries(t.ctx);
    } finally {
      t.ctx.webhooks = { allowPrivateAddresses: true };
    }
    expect(receiver.received).toHaveLength(before);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(delivery?.lastError).toMatch(/refused: the address 127\.0\.0\.1 is not on the public internet/);
  });
});
