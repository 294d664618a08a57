/**
 * The first owner of a fresh server, set up through the one-time setup link's API. The browser
 * context's request API shares its cookie jar with the page, so the page is signed in afterwards.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningServer } from './server.js';

export interface OwnerInput {
  email: string;
  name: string;
  password: string;
  workspaceName: string;
  locale: string;
}

/** Returns the new workspace's id and the session's CSRF token (for writes through `page.request`). */
export async function setUpOwnerInBrowser(page: Page, server: RunningServer, owner: OwnerInput): Promise<{ workspaceId: string; csrfToken: string }> {
  const token = new URL(server.setupUrl).searchParams.get('token');
  const setup = await page.request.post(`${server.url}/api/setup`, { data: { token, ...owner } });
  expect(setup.status()).toBe(201);
  const session = (await setup.json()) as { csrfToken: string; memberships: Array<{ workspace: { id: string } }> };
  return { workspaceId: session.memberships[0]?.workspace.id ?? '', csrfToken: session.csrfToken };
}
