/**
 * Debian's Chromium through playwright-core, with a guard: any request to a host other than this
 * machine is aborted and recorded, and page errors and console errors are collected, so a test can
 * assert that the page did nothing it should not.
 */
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { beforeEach, expect } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface GuardedPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests the browser tried to send anywhere but this machine; each was aborted. */
  outbound: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console errors other than the browser's own line for an HTTP error status. */
  consoleErrors: string[];
}

export async function openGuardedPage(options: { locale?: string; timezoneId?: string; userAgent?: string } = {}): Promise<GuardedPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'UTC',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const guarded: Omit<GuardedPage, 'page'> = { browser, context, outbound: [], pageErrors: [], consoleErrors: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const isNetwork = ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
    if (isNetwork && !LOCAL_HOSTS.has(url.hostname)) {
      guarded.outbound.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => guarded.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) guarded.consoleErrors.push(message.text());
  });
  return { ...guarded, page };
}

/** The last step of a browser test; it runs even after a failure, since it checks the whole session. */
export const NETWORK_CHECK = 'made no request outside this machine and raised no errors in the page';

/**
 * Steps share one page and run in order: once a step fails the later ones are skipped (they would
 * only fail for the same reason), and the failing page is kept as test-artifacts/<name>-failed-<step>.png.
 */
export function runStepsInOrder(name: string, artifacts: string, page: () => Page | undefined): void {
  let failedStep: string | undefined;
  beforeEach(({ task, skip, onTestFailed }) => {
    if (failedStep && task.name !== NETWORK_CHECK) skip(`an earlier step failed: ${failedStep}`);
    onTestFailed(async () => {
      failedStep = task.name;
      const slug = task.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      await page()
        ?.screenshot({ path: path.join(artifacts, `${name}-failed-${slug}.png`), fullPage: true })
        .catch(() => undefined);
    });
  });
}

/** The closing step: nothing left this machine and the page raised no errors. */
export function expectCleanSession(guarded: GuardedPage): void {
  expect(guarded.outbound).toEqual([]);
  expect(guarded.pageErrors).toEqual([]);
  expect(guarded.consoleErrors).toEqual([]);
}
