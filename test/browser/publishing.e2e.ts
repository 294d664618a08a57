/**
 * Publishing end to end (issue 4): the owner turns on approval; an editor writes a post for a
 * Sandbox account and a Bluesky account (a real local PDS from @atproto/dev-env) in the composer, is stopped by the network's 500-character limit, uploads an
 * image from disk with its alt text and submits the post; an approver approves it with a note; the
 * editor schedules it for the next minute, and the calendar shows it published without a reload.
 * The network then holds it exactly once: the Sandbox account is connected with idempotency keys
 * off, so a second send would be a second post, and the post a comment lands on (the account's
 * latest) must be this one. On Bluesky the PDS's own record list must hold it once, with its
 * image and alt text.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBluesky, type LocalBluesky } from '../../src/connectors/bluesky/testing/network.js';
import { expectCleanSession, NETWORK_CHECK, openGuardedPage, runStepsInOrder, type GuardedPage } from './support/browser.js';
import { ARTIFACTS, startServer, stopServer, type RunningServer } from './support/server.js';
import { setUpOwnerInBrowser } from './support/setup.js';

const HANDLE = 'roti_pagi';
const OWNER = { name: 'Dana Owner', email: 'owner@example.test', password: 'fresh bread at seven' };
const EDITOR = { name: 'Eddie Editor', email: 'editor@example.test', password: 'sourdough starter 42' };
const APPROVER = { name: 'Ana Approver', email: 'approver@example.test', password: 'four eyes see more' };
const POST_TEXT = 'Fresh sourdough is out of the oven at seven tomorrow. Come early, the first twenty loaves go fast!';
const ALT_TEXT = 'A round loaf of sourdough on a wooden board';
const APPROVAL_NOTE = 'Lovely photo. Good to go.';
const COMMENT = 'Save me a loaf!';
/** The Sandbox takes 500 characters (src/connectors/sandbox/limits.ts); this is 20 more. */
const TOO_LONG = 520;
/** The scheduled time is a whole minute (the composer's input has no seconds), this far ahead at least and at most. */
const SCHEDULE_LEAD_MS = { min: 6_000, max: 12_000 };
const PUBLISHED_WITHIN_MS = 20_000;
/** For waits on the page: the machine may be busy, and a save is several requests. */
const ON_PAGE = { timeout: 15_000 };

interface TargetView {
  accountId: string;
  status: string;
  attempts: number;
  externalId: string | null;
  url: string | null;
  publishedAt: string | null;
  failure: { kind: string; message: string } | null;
}

interface PostView {
  id: string;
  status: string;
  scheduledAt: string | null;
  content: { parts: Array<{ text: string; mediaIds: string[] }> };
  author: { name: string } | null;
  targets: TargetView[];
  history: Array<{ action: string; from: string; to: string; actor: { name: string }; comment: string | null }>;
}

interface MediaView {
  id: string;
  kind: string;
  mimeType: string;
  width: number | null;
  altText: string;
}

/**
 * The next whole minute at least the shortest lead away, returned once it is no further than the
 * longest: the wait is up to a minute, since the composer's time has no seconds.
 */
async function nearMinute(): Promise<Date> {
  const at = Math.ceil((Date.now() + SCHEDULE_LEAD_MS.min) / 60_000) * 60_000;
  const wait = at - SCHEDULE_LEAD_MS.max - Date.now();
  if (wait > 0) await sleep(wait);
  return new Date(at);
}

describe('publishing with approval in a real browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let bluesky: LocalBluesky;
  let blueskyAccountId = '';
  let guarded: GuardedPage;
  let page: Page;
  let workspaceId = '';
  let accountId = '';
  let postId = '';
  let scheduledAt: Date | undefined;
  let imageFile = '';

  const api = (pathname: string) => `${server.url}/api/workspaces/${workspaceId}${pathname}`;
  const calendarPath = () => `/w/${workspaceId}/calendar`;
  const readPost = async (): Promise<PostView> => {
    const answer = await page.request.get(api(`/posts/${postId}`));
    expect(answer.status()).toBe(200);
    return (await answer.json()) as PostView;
  };
  const composer = (): Locator => page.getByTestId('composer-form');
  const checksOfAccount = (): Locator => page.locator(`[data-testid="account-checks"][data-account-id="${accountId}"]`);

  /** Logs out through the user menu and back in as `person` on the login form, landing on the calendar. */
  async function signInAs(person: { name: string; email: string; password: string }): Promise<void> {
    await page.goto(`${server.url}${calendarPath()}`);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('login-email').fill(person.email);
    await page.getByTestId('login-password').fill(person.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((address) => address.pathname === calendarPath());
    await expect.poll(() => page.getByTestId('user-menu').textContent(), ON_PAGE).toBe(person.name);
    await page.getByTestId('section-calendar').waitFor();
  }

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-e2e-publishing-'));
    // The inbox polls every second, for the closing look at which post the network holds.
    [server, bluesky] = await Promise.all([startServer(dataDir, { CHORUS_INBOX_POLL_SECONDS: '1' }), startLocalBluesky()]);
    guarded = await openGuardedPage();
    page = guarded.page;
    imageFile = path.join(dataDir, 'sourdough.png');
    await sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 196, g: 140, b: 72 } } })
      .png()
      .toFile(imageFile);
  });

  afterAll(async () => {
    await guarded?.browser.close();
    if (server) expect(await stopServer(server.child)).toMatchObject({ code: 0, signal: null });
    await bluesky?.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  runStepsInOrder('publishing', ARTIFACTS, () => page);

  it('sets up the owner, an editor and an approver, and connects a Sandbox and a Bluesky account', async () => {
    const session = await setUpOwnerInBrowser(page, server, { ...OWNER, workspaceName: 'Roti Pagi', locale: 'en' });
    workspaceId = session.workspaceId;
    const headers = { 'x-csrf-token': session.csrfToken };

    for (const [person, role] of [[EDITOR, 'editor'], [APPROVER, 'approver']] as const) {
      const added = await page.request.post(api('/members'), { headers, data: { ...person, role } });
      expect(added.status(), await added.text()).toBe(201);
    }
    // No simulated audience, and no idempotency keys: a post sent twice would be two posts.
    const connected = await page.request.post(api('/connections'), {
      headers,
      data: { network: 'sandbox', fields: { handle: HANDLE, organic: 'off', idempotencyKeys: 'off' } },
    });
    expect(connected.status(), await connected.text()).toBe(201);
    accountId = ((await connected.json()) as { id: string }).id;
    const fields = { service: bluesky.serviceUrl, identifier: bluesky.identifier, appPassword: bluesky.appPassword };
    const connectedBluesky = await page.request.post(api('/connections'), { headers, data: { network: 'bluesky', fields } });
    expect(connectedBluesky.status(), await connectedBluesky.text()).toBe(201);
    blueskyAccountId = ((await connectedBluesky.json()) as { id: string }).id;
  });

  it('turns on approval in Settings → Publishing', async () => {
    await page.goto(`${server.url}/w/${workspaceId}/settings/publishing`);
    const approval = page.getByTestId('approval-required');
    await approval.waitFor();
    expect(await approval.isChecked()).toBe(false);
    await approval.check();
    await page.getByTestId('publishing-settings-save').click();
    await page.getByTestId('publishing-settings-form').getByRole('status').waitFor();

    const settings = await page.request.get(api('/publishing/settings'));
    expect(((await settings.json()) as { approvalRequired: boolean }).approvalRequired).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('approval-required').isChecked(), ON_PAGE).toBe(true);
  });

  it('lets the editor write a post for both accounts, stopped while it is too long', async () => {
    await signInAs(EDITOR);
    await page.getByTestId('new-post').click();
    await composer().waitFor();
    await page.locator(`[data-testid="composer-account"][data-account-id="${accountId}"]`).check();
    await page.locator(`[data-testid="composer-account"][data-account-id="${blueskyAccountId}"]`).check();

    await page.getByTestId('composer-text').fill(`${POST_TEXT} ${'x'.repeat(TOO_LONG - POST_TEXT.length - 1)}`);
    const tooLong = checksOfAccount().locator('[data-testid="problem"][data-code="too_long"]');
    await tooLong.waitFor();
    expect(await tooLong.textContent()).toContain(`The text is too long: ${TOO_LONG} of 500.`);
    const preview = page.locator(`[data-testid="network-preview"][data-account-id="${accountId}"]`);
    expect(await preview.getByTestId('length-counter').getAttribute('data-over')).toBe('true');
    // Nothing the network would refuse can be sent for review.
    expect(await page.getByTestId('composer-submit').isDisabled()).toBe(true);

    await page.getByTestId('composer-text').fill(POST_TEXT);
    await tooLong.waitFor({ state: 'detached' });
    await page.locator('[data-testid="composer-validation"][data-pending="false"]').waitFor();
    expect(await preview.getByTestId('length-counter').getAttribute('data-over')).toBe('false');
    expect(await preview.getByTestId('length-counter').textContent()).toContain(`${POST_TEXT.length}`);
    expect(await preview.textContent()).toContain(POST_TEXT);
    // An editor in a workspace that needs approval cannot schedule: only submit for review.
    expect(await page.getByTestId('composer-schedule').count()).toBe(0);
  });

  it('uploads an image from disk into the media library and gives it alt text', async () => {
    await page.getByTestId('composer-add-media').click();
    await page.getByTestId('media-library').waitFor();
    await page.getByTestId('media-upload').setInputFiles(imageFile);
    const medium = page.getByTestId('part-media').locator('li');
    await expect.poll(() => medium.count(), ON_PAGE).toBe(1);
    await medium.getByTestId('alt-text').fill(ALT_TEXT);
    await medium.getByTestId('alt-text-save').click();
    await medium.getByTestId('alt-text-save').waitFor({ state: 'detached' });

    const preview = page.locator(`[data-testid="network-preview"][data-account-id="${accountId}"]`);
    const image = preview.locator('figure img');
    await expect.poll(() => image.getAttribute('alt'), ON_PAGE).toBe(ALT_TEXT);
    // The preview shows the uploaded file itself, served back by Chorus.
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), ON_PAGE).toBe(96);

    const library = await page.request.get(api('/media'));
    const items = ((await library.json()) as { items: MediaView[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 96, altText: ALT_TEXT });
  });

  it('submits the post for review once the checks pass', async () => {
    await page.locator('[data-testid="composer-validation"][data-pending="false"]').waitFor();
    expect(await checksOfAccount().getByTestId('problem').count()).toBe(0);
    expect(await page.locator(`[data-testid="account-checks"][data-account-id="${blueskyAccountId}"]`).getByTestId('problem').count()).toBe(0);
    await page.getByTestId('composer-submit').click();
    await page.locator('[data-testid="composer-form"][data-status="in_review"]').waitFor();
    postId = (await composer().getAttribute('data-post-id')) ?? '';
    expect(postId).not.toBe('');

    const post = await readPost();
    expect(post.status).toBe('in_review');
    expect(post.author?.name).toBe(EDITOR.name);
    expect(post.content.parts[0]?.text).toBe(POST_TEXT);
    expect(post.content.parts[0]?.mediaIds).toHaveLength(1);
    expect(post.targets.map((target) => target.accountId).sort()).toEqual([accountId, blueskyAccountId].sort());
    expect(post.scheduledAt).toBeNull();
    await page.screenshot({ path: path.join(ARTIFACTS, 'publishing-composer.png'), fullPage: true });
    await page.getByTestId('composer-close').click();
  });

  it('lets the approver find the post awaiting review and approve it with a note', async () => {
    await signInAs(APPROVER);
    // An approver who does not write posts lands on the approvals.
    const row = page.getByTestId('approvals-list').locator(`[data-testid="post-row"][data-post-id="${postId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(POST_TEXT.slice(0, 40));
    expect(await row.textContent()).toContain(`by ${EDITOR.name}`);
    expect(await row.getByTestId('post-status').getAttribute('data-status')).toBe('in_review');

    await row.getByTestId('approve-with-comment').click();
    await row.getByTestId('approve-comment').fill(APPROVAL_NOTE);
    await row.getByTestId('approve-confirm').click();
    await page.getByTestId('approvals-list-empty').waitFor();

    const post = await readPost();
    expect(post.status).toBe('approved');
    expect(post.history.at(-1)).toMatchObject({ action: 'approve', from: 'in_review', to: 'approved', actor: { name: APPROVER.name }, comment: APPROVAL_NOTE });
  });

  it('lets the editor schedule the approved post for the next minute, keeping the approval', async () => {
    await signInAs(EDITOR);
    await page.getByTestId('calendar-view-list').click();
    const row = page.getByTestId('drafts-list').locator(`[data-testid="post-row"][data-post-id="${postId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('post-status').getAttribute('data-status')).toBe('approved');
    await row.getByRole('button').first().click();
    await page.locator(`[data-testid="composer-form"][data-post-id="${postId}"]`).waitFor();
    expect(await composer().getAttribute('data-status')).toBe('approved');
    const note = page.getByTestId('history-entry').filter({ hasText: APPROVER.name });
    expect(await note.textContent()).toContain(APPROVAL_NOTE);

    scheduledAt = await nearMinute();
    // The calendar and its inputs are in the browser's zone, UTC here.
    await page.getByTestId('composer-when').fill(scheduledAt.toISOString().slice(0, 16));
    // The click waits for the button, which is off while the new time is being checked.
    await page.getByTestId('composer-schedule').click();
    const clickedAt = Date.now();
    await expect.poll(() => composer().getAttribute('data-status'), ON_PAGE).not.toBe('approved');
    expect(await page.getByTestId('composer-error').count()).toBe(0);
    const post = await readPost();
    // A new time is not a new post: the approval stands, and nobody had to approve it again.
    expect(post.history.map(({ action }) => action)).toEqual(['create', 'submit', 'approve', 'schedule']);
    expect(post.scheduledAt).toBe(scheduledAt.toISOString());
    expect(scheduledAt.getTime()).toBeGreaterThan(clickedAt);
  });

  it('shows the post as published on the calendar at its time, without a reload', async () => {
    await page.getByTestId('composer-close').click();
    await page.getByTestId('calendar-view-month').click();
    await page.evaluate(() => Object.assign(window, { calendarNotReloaded: true }));
    const chip = page.locator(`[data-testid="calendar-chip"][data-post-id="${postId}"]`);
    await chip.waitFor();
    expect(['scheduled', 'publishing', 'published']).toContain(await chip.getAttribute('data-status'));

    await expect.poll(() => chip.getAttribute('data-status'), { timeout: PUBLISHED_WITHIN_MS, interval: 250 }).toBe('published');
    expect(Date.now()).toBeGreaterThanOrEqual(scheduledAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(await page.evaluate(() => 'calendarNotReloaded' in window)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'publishing.png'), fullPage: true });
  });

  it('has the post published once, on the first attempt, and on the network exactly once', async () => {
    const post = await readPost();
    expect(post.status).toBe('published');
    expect(post.targets).toHaveLength(2);
    const target = post.targets.find((candidate) => candidate.accountId === accountId);
    expect(target).toMatchObject({ accountId, status: 'published', attempts: 1, failure: null });
    expect(target?.externalId).toMatch(new RegExp(`^${HANDLE}:p\\d+$`));
    expect(Date.parse(target?.publishedAt ?? '')).toBeGreaterThanOrEqual(scheduledAt?.getTime() ?? Number.POSITIVE_INFINITY);

    // Someone comments on the account's latest post: it must be this one, not a second copy. The
    // owner asks for it (the page is the editor's now, so the owner signs in through the API).
    const signedIn = await page.request.post(`${server.url}/api/auth/login`, { data: { email: OWNER.email, password: OWNER.password } });
    expect(signedIn.status()).toBe(200);
    const headers = { 'x-csrf-token': ((await signedIn.json()) as { csrfToken: string }).csrfToken };
    const simulated = await page.request.post(api(`/connections/${accountId}/simulate`), { headers, data: { kind: 'comment', text: COMMENT } });
    expect(simulated.status()).toBe(200);
    expect((await page.request.post(api('/inbox/poll'), { headers })).status()).toBe(200);
    const commentedOn = async (): Promise<Array<string | null>> => {
      const listed = (await (await page.request.get(api('/inbox/conversations'))).json()) as { items: Array<{ id: string }> };
      const roots: Array<string | null> = [];
      for (const { id } of listed.items) {
        const conversation = (await (await page.request.get(api(`/inbox/conversations/${id}`))).json()) as { items: Array<{ text: string; inReplyToId: string | null; rootPostId: string | null }> };
        for (const item of conversation.items) if (item.text === COMMENT) roots.push(item.rootPostId ?? item.inReplyToId);
      }
      return roots;
    };
    await expect.poll(commentedOn, { timeout: 10_000 }).toEqual([target?.externalId]);
  });

  it('has the post on the local Bluesky PDS exactly once, with its image and alt text', async () => {
    const target = (await readPost()).targets.find((candidate) => candidate.accountId === blueskyAccountId);
    expect(target).toMatchObject({ status: 'published', attempts: 1, failure: null });
    const { data } = await bluesky.account.agent.com.atproto.repo.listRecords({ repo: bluesky.account.did, collection: 'app.bsky.feed.post', limit: 100 });
    const copies = data.records.filter((record) => (record.value as { text?: string }).text === POST_TEXT);
    expect(copies.map((record) => record.uri)).toEqual([target?.externalId]);
    const embed = (copies[0]?.value as { embed?: { $type: string; images?: Array<{ alt: string }> } }).embed;
    expect(embed?.$type).toBe('app.bsky.embed.images');
    expect(embed?.images?.map((image) => image.alt)).toEqual([ALT_TEXT]);
  });

  it(NETWORK_CHECK, () => {
    expectCleanSession(guarded);
  });
});
