import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { endpoints } from '../../src/client/endpoints.js';
import { MEDIA_FILE_OPERATIONS } from '../../src/server/routes/publishing.js';
import { REPORT_FILE_OPERATIONS } from '../../src/server/routes/reports.js';
import { STRATEGY_EXPORT_OPERATIONS } from '../../src/server/routes/strategy-export.js';
import { createTestApp, OWNER, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('OpenAPI, docs, health and metrics', () => {
  test('the OpenAPI 3.1 document lists every endpoint of the contract and the document exports', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const spec = response.json<{ openapi: string; paths: Record<string, Record<string, { operationId: string }>> }>();
    expect(spec.openapi).toBe('3.1.0');
    const operations = Object.values(spec.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(operations.sort()).toEqual([...Object.keys(endpoints), ...STRATEGY_EXPORT_OPERATIONS, ...MEDIA_FILE_OPERATIONS, ...REPORT_FILE_OPERATIONS, 'oauthCallback', 'inboxEvents'].sort());
    const login = spec.paths['/api/auth/login']?.post as unknown as { requestBody: { content: Record<string, { schema: object }> } };
    expect(login.requestBody.content['application/json']?.schema).toMatchObject({
      properties: { email: expect.any(Object), password: expect.any(Object) },
    });
  });

  test('interactive docs are served', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  test('health, readiness and Prometheus metrics', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/chorus_http_requests_total\{method="GET",route="\/readyz",status="200"\} 1/);
    expect(metrics.body).toContain('chorus_process_resident_memory_bytes');
  });

  test('a request id comes back and is in the log line', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-me-123' } });
    expect(response.statusCode).toBe(200);
    expect(t.logs.some((line) => line.includes('"reqId":"trace-me-123"'))).toBe(true);
  });
});

describe('logs never hold a secret', () => {
  test('passwords, session cookies, CSRF tokens, API keys and setup links stay out of the log', async () => {
    const { browser, workspaceId } = await setUpOwner(t);
    const key = await browser.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'ci', role: 'analyst' });
    const secret = key.json<{ secret: string }>().secret;
    await t.app.inject({ method: 'GET', url: '/api/workspaces', headers: { authorization: `Bearer ${secret}` } });
    await t.app.inject({ method: 'GET', url: '/setup?token=super-secret-setup-token' });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: OWNER.email, password: 'wrong password typed' } });
    // Make sure something was logged at all, so the check below is not vacuous.
    expect(t.logs.length).toBeGreaterThan(10);
    const everything = t.logs.join('\n');
    const cookieValue = browser.cookie.split('=')[1] ?? '';
    for (const forbidden of [OWNER.password, 'wrong password typed', secret, cookieValue, browser.csrf, 'super-secret-setup-token']) {
      expect(forbidden.length).toBeGreaterThan(4);
      expect(everything).not.toContain(forbidden);
    }
  });
});
