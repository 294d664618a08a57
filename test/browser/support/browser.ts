/**
 * Debian's Chromium through playwright-core, with a guard: any request to a host other than this
 * machine is aborted and recorded, and page errors and console errors are collected, so a test can
 * assert that the page did nothing it should not.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

export async function openGuardedPage(options: { locale?: string; timezoneId?: string } = {}): Promise<GuardedPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'UTC',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
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
