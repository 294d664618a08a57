/**
 * Connected accounts end to end (issue 3): the owner connects a Sandbox account and an account on
 * a real local Bluesky (PDS, AppView and PLC from @atproto/dev-env) from the accounts page, sees
 * both healthy, tests one, and never sees the app password again once it was sent. The way back
 * from an OAuth network's sign-in page is covered by the notice its query parameter leaves.
 *
 * The Bluesky network needs the machine's PostgreSQL (for its AppView) and Redis, as in CI.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBluesky, type LocalBluesky } from '../../src/connectors/bluesky/testing/network.js';
import { addressOf } from './support/addresses.js';
import { expectCleanSession, NETWORK_CHECK, openGuardedPage, runStepsInOrder, type GuardedPage } from './support/browser.js';
import { ARTIFACTS, startServer, stopServer, type RunningServer } from './support/server.js';
import { setUpOwnerInBrowser } from './support/setup.js';

const SANDBOX_HANDLE = 'coffee_corner';

describe('connected accounts in a real browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let bluesky: LocalBluesky;
  let guarded: GuardedPage;
  let page: Page;
  let workspaceId = '';
  /** Bodies of every API answer the page received, to prove none carries the app password. */
  const apiAnswers: string[] = [];

  const accountsPath = () => `/w/${workspaceId}/accounts`;
  const row = (network: string): Locator => page.locator(`[data-testid="connection-row"][data-network="${network}"]`);
  const statusOf = (network: string) => row(network).getByTestId('connection-health').getAttribute('data-status');

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-e2e-connections-'));
    [server, bluesky] = await Promise.all([startServer(dataDir), startLocalBluesky()]);
    guarded = await openGuardedPage();
    page = guarded.page;
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      response.text().then(
        (body) => apiAnswers.push(body),
        () => undefined,
      );
    });
  });

  afterAll(async () => {
    await guarded?.browser.close();
    if (server) expect(await stopServer(server.child)).toMatchObject({ code: 0, signal: null });
    await bluesky?.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  runStepsInOrder('connections', ARTIFACTS, () => page);

  it('sets up the owner and shows an empty list with every network to connect', async () => {
    ({ workspaceId } = await setUpOwnerInBrowser(page, server, { email: 'owner@example.test', name: 'Dana Owner', password: 'coffee corner 2026', workspaceName: 'Coffee Corner', locale: 'en' }));

    await page.goto(`${server.url}${accountsPath()}`);
    await page.getByTestId('connections-empty').waitFor();
    await page.getByTestId('inventory-summary').waitFor();
    expect(await page.getByTestId('connections-empty').textContent()).toContain('Chorus never posts without you');
    // The notice that connecting comes "in a later release" is gone.
    expect(await page.getByTestId('inventory-connect-later').count()).toBe(0);
    // The connected accounts come before the hand-kept inventory.
    const order = await page.locator('[data-testid="connections-card"], [data-testid="inventory-summary"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
    expect(order).toEqual(['connections-card', 'inventory-summary']);
    for (const network of ['sandbox', 'bluesky']) await page.getByTestId(`connect-network-${network}`).waitFor();
    expect(await page.getByTestId('connect-network-bluesky').textContent()).toContain('Posts: text, images, links, and threads');
  });

  it('connects a Sandbox account with only its handle, the other fields prefilled', async () => {
    await page.getByTestId('connect-network-sandbox').click();
    const form = page.locator('[data-testid="connect-form"][data-network="sandbox"]');
    await form.waitFor();
    expect(await form.getByTestId('connect-field-handle').getAttribute('required')).not.toBeNull();
    expect(await form.getByTestId('connect-field-handle-label').textContent()).toContain('Account name *');
    expect(await form.getByTestId('connect-field-followers').inputValue()).toBe('1200');
    expect(await form.getByTestId('connect-field-organic').inputValue()).toBe('on');
    await form.getByTestId('connect-field-handle').fill(SANDBOX_HANDLE);
    await form.getByTestId('connect-submit').click();

    await row('sandbox').waitFor();
    expect(await row('sandbox').getAttribute('data-handle')).toBe(SANDBOX_HANDLE);
    expect(await statusOf('sandbox')).toBe('healthy');
    expect(await row('sandbox').getByTestId('connection-health').textContent()).toContain('Healthy');
    expect(await page.getByTestId('connections-notice').getAttribute('data-tone')).toBe('success');
    expect(await page.getByTestId('connections-notice').textContent()).toContain(`${SANDBOX_HANDLE} on Sandbox is connected.`);
  });

  it('refuses a wrong app password with the network’s reason', async () => {
    await page.getByTestId('connect-network-bluesky').click();
    const form = page.locator('[data-testid="connect-form"][data-network="bluesky"]');
    await form.waitFor();
    expect(await form.getByTestId('connect-field-service').inputValue()).toBe('https://bsky.social');
    await form.getByTestId('connect-field-service').fill(bluesky.serviceUrl);
    await form.getByTestId('connect-field-identifier').fill(bluesky.identifier);
    await form.getByTestId('connect-field-appPassword').fill('aaaa-bbbb-cccc-dddd');
    await form.getByTestId('connect-submit').click();

    const error = form.getByTestId('connect-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-id')).toBe('connection_failed');
    expect(await error.textContent()).toContain('Bluesky did not accept this handle and app password');
    expect(await row('bluesky').count()).toBe(0);
  });

  it('connects the local Bluesky account with its app password, which the page never shows again', async () => {
    const form = page.locator('[data-testid="connect-form"][data-network="bluesky"]');
    const password = form.getByTestId('connect-field-appPassword');
    expect(await password.getAttribute('type')).toBe('password');
    await password.fill(bluesky.appPassword);
    await form.getByTestId('connect-submit').click();

    await row('bluesky').waitFor();
    expect(await row('bluesky').getAttribute('data-handle')).toBe(bluesky.identifier);
    expect(await row('bluesky').textContent()).toContain('Chorus Test');
    expect(await statusOf('bluesky')).toBe('healthy');
    expect(await statusOf('sandbox')).toBe('healthy');
    expect(await row('bluesky').getByTestId('connection-expiry').textContent()).toBe('Access renews automatically');

    // After the submit, the app password is nowhere: the form closed, and opened again it is empty.
    expect(await form.count()).toBe(0);
    await page.getByTestId('connect-network-bluesky').click();
    expect(await password.inputValue()).toBe('');
    expect(await form.getByTestId('connect-field-identifier').inputValue()).toBe('');
    const inputValues = await page.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(inputValues).not.toContain(bluesky.appPassword);
    expect(await page.content()).not.toContain(bluesky.appPassword);
    expect(await page.locator('body').innerText()).not.toContain(bluesky.appPassword);
    const listed = await page.request.get(`${server.url}/api/workspaces/${workspaceId}/connections`);
    expect(await listed.text()).not.toContain(bluesky.appPassword);
    await expect.poll(() => apiAnswers.some((body) => body.includes(bluesky.identifier))).toBe(true);
    expect(apiAnswers.filter((body) => body.includes(bluesky.appPassword))).toEqual([]);
  });

  it('tests the Bluesky connection, which stays healthy', async () => {
    const tested = page.waitForResponse((response) => response.url().endsWith('/test') && response.request().method() === 'POST');
    await row('bluesky').getByTestId('connection-test').click();
    expect((await tested).status()).toBe(200);
    await expect.poll(() => page.getByTestId('connections-notice').textContent()).toContain(`The connection to ${bluesky.identifier} works.`);
    expect(await page.getByTestId('connections-notice').getAttribute('data-tone')).toBe('success');
    expect(await statusOf('bluesky')).toBe('healthy');
    expect(await row('bluesky').getByTestId('connection-last-error').count()).toBe(0);
    expect(await page.getByTestId('connection-row').count()).toBe(2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'connections-accounts.png'), fullPage: true });
  });

  it('shows what an OAuth sign-in brought back, once, and takes it out of the address', async () => {
    const sandboxId = (await row('sandbox').getAttribute('data-account-id')) ?? '';
    await page.goto(`${server.url}${accountsPath()}?connected=${encodeURIComponent(sandboxId)}`);
    await expect.poll(() => page.getByTestId('connections-notice').textContent()).toContain(`${SANDBOX_HANDLE} on Sandbox is connected.`);
    await page.waitForURL(addressOf(server.url, accountsPath(), ''));

    await page.goto(`${server.url}${accountsPath()}?connectError=${encodeURIComponent('The sign-in was cancelled on the network.')}`);
    const notice = page.getByTestId('connections-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-tone')).toBe('error');
    expect(await notice.textContent()).toContain('The sign-in was cancelled on the network.');
    await page.waitForURL(addressOf(server.url, accountsPath(), ''));
  });

  it('disconnects the Sandbox account only after confirming', async () => {
    await row('sandbox').getByTestId('connection-disconnect').click();
    await row('sandbox').getByTestId('connection-disconnect-cancel').click();
    expect(await row('sandbox').count()).toBe(1);

    await row('sandbox').getByTestId('connection-disconnect').click();
    expect(await row('sandbox').textContent()).toContain('Chorus forgets its credentials');
    await row('sandbox').getByTestId('connection-disconnect-confirm').click();
    await expect.poll(() => row('sandbox').count()).toBe(0);
    expect(await page.getByTestId('connections-notice').textContent()).toContain(`${SANDBOX_HANDLE} was disconnected`);
    expect(await statusOf('bluesky')).toBe('healthy');
  });

  it(NETWORK_CHECK, () => {
    expectCleanSession(guarded);
  });
});
