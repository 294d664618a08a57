import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueSetupToken } from '../../src/app/auth/setup.js';
import { LOGIN_LIMITS } from '../../src/app/auth/login.js';
import { Browser, createTestApp, OWNER, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('first-run setup', () => {
  test('says setup is needed, refuses a wrong token, then creates the owner with a valid one', async () => {
    const anonymous = new Browser(t.app);
    expect((await anonymous.request('GET', '/api/setup')).json()).toEqual({ needed: true });

    await issueSetupToken(t.ctx);
    const wrong = await anonymous.request('POST', '/api/setup', { token: 'not-the-token', ...OWNER });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { id: 'setup_token_invalid' } });

    ({ browser: owner, workspaceId } = await setUpOwner(t));
    expect((await anonymous.request('GET', '/api/setup')).json()).toEqual({ needed: false });
  });

  test('a second setup attempt after the owner exists is refused and creates nothing', async () => {
    expect(await issueSetupToken(t.ctx)).toBeUndefined();
    const again = await new Browser(t.app).request('POST', '/api/setup', {
      token: 'anything',
      ...OWNER,
      email: 'intruder@example.com',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { id: 'setup_already_done' } });
    const login = await new Browser(t.app).request('POST', '/api/auth/login', { email: 'intruder@example.com', password: OWNER.password });
    expect(login.statusCode).toBe(401);
  });

  test('the setup link expires with its first use', async () => {
    // The owner exists, so no new link is issued: the one used above cannot be replayed.
    const replay = await new Browser(t.app).request('POST', '/api/setup', { token: 'x', ...OWNER });
    expect(replay.json()).toMatchObject({ error: { id: 'setup_already_done' } });
  });
});

describe('sessions', () => {
  test('the session cookie is HttpOnly and SameSite=Lax', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: OWNER.email, password: OWNER.password },
    });
    const cookie = response.cookies.find((c) => c.name === 'chorus_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  test('e-mail is matched without regard to case', async () => {
    const browser = new Browser(t.app);
    const response = await browser.request('POST', '/api/auth/login', { email: OWNER.email.toUpperCase(), password: OWNER.password });
    expect(response.statusCode).toBe(200);
  });

  test('a cookie-authenticated write without the CSRF token is refused', async () => {
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { cookie: owner.cookie, 'content-type': 'application/json' },
      payload: { name: 'Sneaky' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ error: { id: 'csrf_failed' } });
    const wrongCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { cookie: owner.cookie, 'content-type': 'application/json', 'x-csrf-token': 'forged' },
      payload: { name: 'Sneaky' },
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const workspaces = await owner.request('GET', '/api/workspaces');
    expect(workspaces.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  test('no cookie and no key is 401', async () => {
    const response = await new Browser(t.app).request('GET', `/api/workspaces/${workspaceId}`);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { id: 'unauthenticated' } });
  });

  test('an expired session is refused with session_expired', async () => {
    const browser = new Browser(t.app);
    await browser.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
    t.clock.advance(15 * 86_400_000);
    const response = await browser.request('GET', '/api/session');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { id: 'session_expired' } });
    // Owner's older session expired too; sign in again for the later tests.
    owner = new Browser(t.app);
    expect((await owner.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password })).statusCode).toBe(200);
  });

  test('log out ends the session', async () => {
    const browser = new Browser(t.app);
    await browser.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
    const cookie = browser.cookie;
    expect((await browser.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    const reused = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(reused.statusCode).toBe(401);
  });
});

describe('password guessing', () => {
  test(`after ${LOGIN_LIMITS.perEmail} wrong passwords the next sign-in answers 429, even with the right password`, async () => {
    const guesser = new Browser(t.app);
    for (let attempt = 0; attempt < LOGIN_LIMITS.perEmail; attempt += 1) {
      const wrong = await guesser.request('POST', '/api/auth/login', { email: OWNER.email, password: `guess-${attempt}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ error: { id: 'invalid_credentials' } });
    }
    const blocked = await guesser.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { id: 'too_many_attempts' } });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    t.clock.advance((LOGIN_LIMITS.windowMinutes + 1) * 60_000);
    const later = await guesser.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(later.statusCode).toBe(200);
  });

  test('an unknown e-mail gets the same answer as a wrong password', async () => {
    const response = await new Browser(t.app).request('POST', '/api/auth/login', { email: 'nobody@example.com', password: 'whatever1' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { id: 'invalid_credentials', message: 'E-mail or password is wrong' } });
  });

  test('sign-ins and failures are in the audit log', async () => {
    const audit = await owner.request('GET', `/api/workspaces/${workspaceId}/audit?limit=200`);
    const entries = audit.json<{ items: Array<{ action: string; actorName: string | null }> }>().items;
    expect(entries.find((e) => e.action === 'setup.completed')?.actorName).toBe(OWNER.name);
    const all = await t.handle.query<{ action: string }>('SELECT action FROM audit_log');
    expect(all.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed']));
  });
});

describe('changing one\'s own password', () => {
  test('needs the current password, then ends the other sessions and only the new password works', async () => {
    const here = new Browser(t.app);
    const elsewhere = new Browser(t.app);
    for (const browser of [here, elsewhere]) {
      expect((await browser.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password })).statusCode).toBe(200);
    }
    const wrong = await here.request('POST', '/api/me/password', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { id: 'validation_failed', details: [{ path: ['body', 'currentPassword'] }] } });
    const short = await here.request('POST', '/api/me/password', { currentPassword: OWNER.password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);

    const changed = await here.request('POST', '/api/me/password', { currentPassword: OWNER.password, newPassword: 'a brand new passphrase' });
    expect(changed.statusCode).toBe(200);
    expect((await here.request('GET', '/api/session')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/session')).statusCode).toBe(401);
    const old = await new Browser(t.app).request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(old.statusCode).toBe(401);
    const fresh = await new Browser(t.app).request('POST', '/api/auth/login', { email: OWNER.email, password: 'a brand new passphrase' });
    expect(fresh.statusCode).toBe(200);
    const audit = await t.handle.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'auth.password_changed'");
    expect(audit).toHaveLength(1);
  });
});
