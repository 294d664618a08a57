/**
 * The foundation end to end: the built server started as `chorus start` in a child process, driven
 * through Debian's Chromium. One person's first hour: the one-time setup link, logging out and in,
 * Polish, a second workspace, an API key used from a script, and the sign-in guard.
 *
 * The steps share one browser page and run in order; once a step fails, the later ones are skipped
 * (they would only fail for the same reason). Every failure leaves a full-page screenshot in
 * test-artifacts/. The browser may reach this machine's server only: any other request is aborted,
 * recorded and fails the run.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../../src/client/client.js';
import { addressOf, workspaceIdIn } from './support/addresses.js';
import { expectCleanSession, NETWORK_CHECK, openGuardedPage, runStepsInOrder, type GuardedPage } from './support/browser.js';
import { ARTIFACTS, startServer, stopServer, STOP_TIMEOUT_MS, type RunningServer } from './support/server.js';


const owner = {
  name: 'Ola Nowak',
  email: 'ola@example.test',
  password: 'correct horse battery staple',
  workspace: 'Piekarnia Ola',
};
const SECOND_WORKSPACE = 'Kawiarnia Ola';
const NEW_PASSWORD = 'nowe hasło do kawiarni';
const SECOND_TIMEZONE = 'Europe/Warsaw';
const KEY_NAME = 'Integracja ze sklepem';

/** The Polish navigation, in order, exactly as src/web/i18n/pl.ts words it. */
const POLISH_NAV: Record<string, string> = {
  strategy: 'Strategia',
  accounts: 'Konta',
  calendar: 'Kalendarz',
  inbox: 'Skrzynka odbiorcza',
  listening: 'Monitoring',
  analytics: 'Analityka',
  campaigns: 'Kampanie',
  settings: 'Ustawienia',
};

describe('Chorus foundation in a real browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let guarded: GuardedPage;
  let page: Page;

  let firstWorkspaceId = '';
  let secondWorkspaceId = '';
  let apiKeySecret = '';

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-e2e-'));
    server = await startServer(dataDir);

    guarded = await openGuardedPage();
    page = guarded.page;
  });

  afterAll(async () => {
    await guarded?.browser.close();
    if (server) {
      const exit = await stopServer(server.child);
      expect(exit, `chorus output:\n${server.output.join('')}`).toMatchObject({ code: 0, signal: null });
      expect(exit.ms).toBeLessThan(STOP_TIMEOUT_MS);
    }
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  runStepsInOrder('foundation', ARTIFACTS, () => page);

  it('creates the owner and the first workspace from the one-time setup link', async () => {
    expect(new URL(server.setupUrl).hostname).toBe('localhost');
    await page.goto(server.setupUrl);
    await expect.poll(() => page.getByTestId('setup-language').inputValue()).toBe('en');
    await page.getByTestId('setup-name').fill(owner.name);
    await page.getByTestId('setup-email').fill(owner.email);
    await page.getByTestId('setup-password').fill(owner.password);
    await page.getByTestId('setup-workspace').fill(owner.workspace);
    await page.getByTestId('setup-submit').click();

    await page.waitForURL(addressOf(server.url, '/w/', '[^/]+/strategy'));
    firstWorkspaceId = workspaceIdIn(page.url());
    await page.getByTestId('nav-strategy').waitFor();
    expect(await page.getByTestId('nav-strategy').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('user-menu').textContent()).toBe(owner.name);
    expect(await page.getByTestId('workspace-select').inputValue()).toBe(firstWorkspaceId);
    expect(await page.locator('[data-testid="workspace-select"] option:checked').textContent()).toBe(owner.workspace);
    expect(await page.locator('[data-error-id]').count()).toBe(0);
  });

  it('logs out and logs back in with the same credentials', async () => {
    const home = `/w/${firstWorkspaceId}/strategy`;
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(addressOf(server.url, `/login?next=${encodeURIComponent(home)}`, ''));
    await page.getByTestId('login-form').waitFor();

    await page.getByTestId('login-email').fill(owner.email);
    await page.getByTestId('login-password').fill(owner.password);
    await page.getByTestId('login-submit').click();
    // Back where the person was before logging out.
    await page.waitForURL(addressOf(server.url, home, ''));
    expect(await page.getByTestId('user-menu').textContent()).toBe(owner.name);
    expect(await page.locator('[data-error-id]').count()).toBe(0);
  });

  it('switches the interface to Polish, and keeps it after a reload', async () => {
    expect(await page.getByTestId('nav-settings').textContent()).toBe('Settings');
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH');
    await page.getByTestId('language-select').selectOption('pl');
    await expect.poll(() => page.getByTestId('nav-settings').textContent()).toBe('Ustawienia');
    for (const [section, label] of Object.entries(POLISH_NAV)) {
      expect(await page.getByTestId(`nav-${section}`).textContent(), section).toBe(label);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');

    // Saved to the account, not only to this page: the choice survives a reload.
    expect((await saved).status()).toBe(200);
    await page.reload();
    await page.getByTestId('nav-settings').waitFor();
    expect(await page.getByTestId('nav-settings').textContent()).toBe('Ustawienia');
    expect(await page.getByTestId('language-select').inputValue()).toBe('pl');
  });

  it('creates a second workspace and lists both in the workspace switcher', async () => {
    await page.getByTestId('workspace-select').selectOption('new');
    await page.waitForURL(addressOf(server.url, '/workspaces/new', ''));
    expect(await page.locator('main h1').textContent()).toBe('Nowa przestrzeń robocza');
    await page.getByTestId('new-workspace-name').fill(SECOND_WORKSPACE);
    await page.getByTestId('new-workspace-timezone').selectOption(SECOND_TIMEZONE);
    await page.getByTestId('new-workspace-submit').click();

    await page.waitForURL((address) => /^\/w\/[^/]+\/strategy$/.test(address.pathname) && !address.pathname.includes(firstWorkspaceId));
    secondWorkspaceId = workspaceIdIn(page.url());
    const switcher = page.getByTestId('workspace-select');
    expect(await switcher.inputValue()).toBe(secondWorkspaceId);
    const options = await switcher.locator('option').evaluateAll((elements) =>
      elements.map((element) => ({ value: (element as HTMLOptionElement).value, label: element.textContent })),
    );
    // Listed by name: "Kawiarnia…" before "Piekarnia…".
    expect(options).toEqual([
      { value: secondWorkspaceId, label: SECOND_WORKSPACE },
      { value: firstWorkspaceId, label: owner.workspace },
      { value: 'new', label: '+ Nowa przestrzeń robocza' },
    ]);

    // Switching keeps the open section, in either direction.
    await page.getByTestId('nav-calendar').click();
    await page.waitForURL(addressOf(server.url, `/w/${secondWorkspaceId}/calendar`, ''));
    await switcher.selectOption(firstWorkspaceId);
    await page.waitForURL(addressOf(server.url, `/w/${firstWorkspaceId}/calendar`, ''));
    await switcher.selectOption(secondWorkspaceId);
    await page.waitForURL(addressOf(server.url, `/w/${secondWorkspaceId}/calendar`, ''));
  });

  it('creates an API key in Settings → API keys and shows its secret once', async () => {
    await page.getByTestId('nav-settings').click();
    await page.waitForURL(addressOf(server.url, `/w/${secondWorkspaceId}/settings/general`, ''));
    await page.getByTestId('settings-tab-api-keys').click();
    await page.waitForURL(addressOf(server.url, `/w/${secondWorkspaceId}/settings/api-keys`, ''));
    expect(await page.getByTestId('settings-tab-api-keys').textContent()).toBe('Klucze API');
    await page.getByTestId('api-keys-empty').waitFor();

    await page.getByTestId('api-key-name').fill(KEY_NAME);
    await page.getByTestId('api-key-role').selectOption('analyst');
    await page.getByTestId('api-key-create').click();

    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    apiKeySecret = (await secret.textContent())?.trim() ?? '';
    expect(apiKeySecret.length).toBeGreaterThanOrEqual(20);
    expect(apiKeySecret).not.toMatch(/\s/);
    const row = page.getByTestId('api-key-row');
    await expect.poll(() => row.count()).toBe(1);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(KEY_NAME);
    expect(rowText).toContain('Analityk');
    expect(rowText).not.toContain(apiKeySecret);
    expect(await page.locator('[data-error-id]').count()).toBe(0);

    // The moment worth a look: the Polish app shell with the one-time secret on screen.
    await page.screenshot({ path: path.join(ARTIFACTS, 'foundation.png'), fullPage: true });

    await page.getByTestId('api-key-secret-done').click();
    await page.getByTestId('api-key-secret-box').waitFor({ state: 'detached' });
    expect(await page.locator('body').textContent()).not.toContain(apiKeySecret);
  });

  it('lets a script call the API with that key, and refuses a call without one', async () => {
    const api = createClient({ baseUrl: server.url, apiKey: apiKeySecret });
    const workspaces = await api.call('listWorkspaces');
    expect(workspaces.items).toHaveLength(1);
    expect(workspaces.items[0]).toMatchObject({
      workspace: { id: secondWorkspaceId, name: SECOND_WORKSPACE, timezone: SECOND_TIMEZONE },
      role: 'analyst',
    });

    const members = await api.call('listMembers', { params: { workspaceId: secondWorkspaceId } });
    expect(members.items.map(({ user, role }) => ({ email: user.email, name: user.name, role }))).toEqual([
      { email: owner.email, name: owner.name, role: 'owner' },
    ]);

    // The key belongs to one workspace: the owner's other workspace is out of its reach.
    const elsewhere = await api.call('listMembers', { params: { workspaceId: firstWorkspaceId } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Answered as if it did not exist, so that a key cannot probe for other workspaces.
    expect(elsewhere).toBeInstanceOf(ApiError);
    expect(elsewhere).toMatchObject({ status: 404, id: 'not_found' });

    const anonymous = await fetch(`${server.url}/api/workspaces`, { headers: { accept: 'application/json' } });
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as { error?: { id?: unknown } };
    expect(body.error?.id).toBe('unauthenticated');
  });

  it('changes the password in Settings → Your account', async () => {
    await page.goto(`${server.url}/w/${secondWorkspaceId}/settings/account`);
    await page.getByTestId('current-password').fill(owner.password);
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('password-changed').waitFor();
    expect(await page.getByTestId('password-changed').textContent()).toBe('Hasło zostało zmienione.');
    const oldLogin = await page.request.post(`${server.url}/api/auth/login`, { data: { email: owner.email, password: owner.password } });
    expect(oldLogin.status()).toBe(401);
  });

  it('logs out, and then a protected page sends the browser to the login page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((address) => address.pathname === '/login');
    await page.getByTestId('login-form').waitFor();

    const protectedPath = `/w/${secondWorkspaceId}/settings/members`;
    await page.goto(`${server.url}${protectedPath}`);
    await page.waitForURL(addressOf(server.url, `/login?next=${encodeURIComponent(protectedPath)}`, ''));
    await page.getByTestId('login-form').waitFor();
    // The language stays with this browser after logging out.
    expect(await page.locator('main h1, h1').first().textContent()).toBe('Logowanie');
    expect(await page.getByTestId('nav-settings').count()).toBe(0);

    // The session cookie no longer opens the API either.
    const session = await page.request.get(`${server.url}/api/session`);
    expect(session.status()).toBe(401);
  });

  it(NETWORK_CHECK, () => {
    expectCleanSession(guarded);
  });
});
