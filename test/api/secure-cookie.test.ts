import { afterAll, beforeAll, expect, test } from 'vitest';
import { issueSetupToken } from '../../src/app/auth/setup.js';
import { createTestApp, OWNER, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://chorus.example.com' });
});
afterAll(async () => t.close());

test('behind https the session cookie is also Secure', async () => {
  const token = await issueSetupToken(t.ctx);
  const response = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token, ...OWNER } });
  expect(response.statusCode).toBe(201);
  expect(response.cookies.find((c) => c.name === 'chorus_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
});
