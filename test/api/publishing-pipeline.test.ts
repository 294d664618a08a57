/**
 * The publishing pipeline (P6) against the sandbox network's real fault injection: one attempt per
 * claim, the next step by failure kind, reconciliation after a lost answer, the late policy, and
 * exactly once however many workers reach a target at the same time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { startPublishDispatcher, wakeDispatchers } from '../../src/app/publishing/dispatcher.js';
import { DEFAULT_CLAIM_MS, publishTarget, publishTargets } from '../../src/app/publishing/pipeline.js';
import { networkSlots } from '../../src/jobs/handlers/publishing.js';
import type { ConnectorStore } from '../../src/connectors/contract.js';
import { injectSandboxFault, sandboxPostTexts, sandboxRequestCount } from '../../src/connectors/sandbox/simulation.js';
import { FIRST_BACKOFF_MS, RESET_MARGIN_MS } from '../../src/core/publishing/failures.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { claimTarget, recordTargetOutcome, renewClaim } from '../../src/db/repositories/publishing.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { connectSandboxAccount, publishWithoutApproval } from '../support/sandbox-posts.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let store: ConnectorStore;
/** A fresh sandbox account per test, so counts of posts and requests start at zero. */
let account: { id: string; externalId: string };
let handleNumber = 0;

interface Target {
  id: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  failure: { kind: string; message: string } | null;
  externalId: string | null;
}
interface Post {
  id: string;
  status: string;
  version: number;
  targets: Target[];
}

const MINUTE = 60_000;
/** The jitter's middle: the backoff is then exactly its base. */
const noJitter = () => 0.5;
const url = (path = '') => `/api/workspaces/${workspaceId}/posts${path}`;
const content = (text: string) => ({ parts: [{ text, mediaIds: [] }], poll: null, firstComment: null, contentWarning: null });

const connectAccount = () => connectSandboxAccount(t, owner, workspaceId, `shop${(handleNumber += 1)}.sandbox`);

/** A post scheduled `inMinutes` from now on the test's account; returns it and its one target's id. */
async function scheduled(text: string, inMinutes = 10): Promise<{ post: Post; targetId: string }> {
  const created = await owner.request('POST', url(), { content: content(text), targets: [{ accountId: account.id }] });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json<Post>();
  const at = new Date(t.clock.now().getTime() + inMinutes * MINUTE).toISOString();
  const response = await owner.request('POST', url(`/${draft.id}/actions`), { action: 'schedule', expectedVersion: draft.version, scheduledAt: at });
  expect(response.statusCode, response.body).toBe(200);
  const post = response.json<Post>();
  return { post, targetId: post.targets[0]?.id ?? '' };
}

async function read(postId: string): Promise<Post> {
  return (await owner.request('GET', url(`/${postId}`))).json<Post>();
}

const posted = () => sandboxPostTexts(store, account.externalId);
const requests = () => sandboxRequestCount(store, account.externalId);
const fault = (kind: Parameters<typeof injectSandboxFault>[2]) => injectSandboxFault(store, account.externalId, kind);
const bell = async () =>
  (await owner.request('GET', `/api/workspaces/${workspaceId}/notifications`)).json<{ items: Array<{ type: string; payload: { reason?: string } }> }>().items;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  store = connectorStore(t.ctx.db, 'sandbox');
  await publishWithoutApproval(owner, workspaceId);
});
afterAll(async () => t.close());
beforeEach(async () => {
  account = await connectAccount();
});

describe('publishing at the scheduled minute', () => {
  test('nothing goes out before its time; at its time it goes out once and the post is published', async () => {
    const { post, targetId } = await scheduled('Sourdough is back');
    expect(await publishTarget(t.ctx, targetId)).toBe('skipped');
    expect(await requests()).toBe(0);

    t.clock.advance(10 * MINUTE);
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    expect(await publishTarget(t.ctx, targetId)).toBe('skipped');
    expect(await posted()).toEqual(['Sourdough is back']);
    const after = await read(post.id);
    expect(after).toMatchObject({ status: 'published', targets: [{ status: 'published', attempts: 1, failure: null }] });
    expect(after.targets[0]?.externalId).toBeTruthy();
    // The history shows when it went out, by Chorus rather than a person.
    const history = (await owner.request('GET', url(`/${post.id}`))).json<{ history: Array<{ action: string; from: string; to: string; actor: { name: string } }> }>().history;
    expect(history.slice(-2).map(({ action, from, to, actor }) => [action, from, to, actor.name])).toEqual([
      ['pipeline', 'scheduled', 'publishing', 'Chorus'],
      ['pipeline', 'publishing', 'published', 'Chorus'],
    ]);
  });

  test('ten workers reaching the same target at once publish it exactly once', async () => {
    const { targetId } = await scheduled('Ten workers, one post');
    t.clock.advance(10 * MINUTE);
    const results = await Promise.all(Array.from({ length: 10 }, () => publishTarget(t.ctx, targetId)));
    expect(results.filter((result) => result === 'published')).toHaveLength(1);
    expect(results.filter((result) => result === 'skipped')).toHaveLength(9);
    expect(await posted()).toEqual(['Ten workers, one post']);
  });

  test('batches that overlap publish each target once, with the network requests kept within the slots', async () => {
    const texts = ['Batch one', 'Batch two', 'Batch three', 'Batch four'];
    const made: Array<{ post: Post; targetId: string }> = [];
    for (const text of texts) made.push(await scheduled(text));
    const targets = made.map(({ targetId }) => targetId);
    t.clock.advance(10 * MINUTE);
    let inFlight = 0;
    let most = 0;
    const slots = networkSlots(2);
    const counted: typeof slots = (request) =>
      slots(async () => {
        most = Math.max(most, (inFlight += 1));
        try {
          return await request();
        } finally {
          inFlight -= 1;
        }
      });
    // The same targets in two orders, as two workers holding overlapping batches would have them.
    const [forward, backward] = await Promise.all([publishTargets(t.ctx, targets, { slots: counted }), publishTargets(t.ctx, [...targets].reverse(), { slots: counted })]);
    for (const id of targets) expect([forward.get(id), backward.get(id)].sort()).toEqual(['published', 'skipped']);
    expect(most).toBeLessThanOrEqual(2);
    expect((await posted()).sort()).toEqual([...texts].sort());
    // Each post went out, and its history says so once.
    for (const { post } of made) {
      const after = (await owner.request('GET', url(`/${post.id}`))).json<Post & { history: Array<{ to: string }> }>();
      expect(after.status).toBe('published');
      expect(after.history.filter((entry) => entry.to === 'published')).toHaveLength(1);
    }
  });

  test('the dispatcher hands out a target at its minute, not before', async () => {
    const { targetId } = await scheduled('Dispatched on time', 5);
    const sent: string[] = [];
    const dispatcher = startPublishDispatcher(t.ctx, { sendPublish: async (ids) => void sent.push(...ids) });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sent).not.toContain(targetId);
      t.clock.advance(5 * MINUTE);
      wakeDispatchers();
      await expect.poll(() => sent.includes(targetId), { timeout: 3_000 }).toBe(true);
    } finally {
      dispatcher.stop();
    }
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
  });
});

describe('by failure kind', () => {
  test('a server error waits with exponential backoff, then goes out', async () => {
    const { post, targetId } = await scheduled('After a hiccup');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'server_error', on: 'write' });
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('retry');
    const waiting = await read(post.id);
    expect(waiting).toMatchObject({ status: 'publishing', targets: [{ status: 'waiting', attempts: 1, failure: { kind: 'transient' } }] });
    expect(waiting.targets[0]?.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + FIRST_BACKOFF_MS).toISOString());

    await fault({ kind: 'server_error', on: 'write' });
    t.clock.advance(FIRST_BACKOFF_MS);
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('retry');
    // The second wait doubles.
    expect((await read(post.id)).targets[0]?.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 2 * FIRST_BACKOFF_MS).toISOString());

    t.clock.advance(2 * FIRST_BACKOFF_MS);
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('published');
    expect(await posted()).toEqual(['After a hiccup']);
  });

  test("a rate limit waits for the network's reset time and sends nothing before it", async () => {
    const { post, targetId } = await scheduled('Patience');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'rate_limited', retryAfterSeconds: 240 });
    expect(await publishTarget(t.ctx, targetId)).toBe('retry');
    const resumeAt = t.clock.now().getTime() + 240_000 + RESET_MARGIN_MS;
    expect((await read(post.id)).targets[0]).toMatchObject({ status: 'waiting', failure: { kind: 'rate_limited' }, nextAttemptAt: new Date(resumeAt).toISOString() });

    const seen = await requests();
    t.clock.advance(239_000);
    expect(await publishTarget(t.ctx, targetId)).toBe('skipped');
    expect(await requests()).toBe(seen);
    t.clock.advance(resumeAt - t.clock.now().getTime());
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    expect(await requests()).toBe(seen + 1);
  });

  test('an expired sign-in is refreshed once and the post still goes out in the same attempt', async () => {
    const { targetId } = await scheduled('Fresh token');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'auth_expired', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    expect(await posted()).toEqual(['Fresh token']);
  });

  test('revoked access fails the post, marks the account for reconnection and tells the team', async () => {
    const { post, targetId } = await scheduled('Nobody may post');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'auth_revoked', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('failed');
    expect(await read(post.id)).toMatchObject({ status: 'failed', targets: [{ status: 'failed', failure: { kind: 'auth_revoked' } }] });
    expect((await findConnectedAccount(t.ctx.db, workspaceId, account.id))?.status).toBe('revoked');
    const types = (await bell()).map((item) => item.type);
    expect(types).toContain('post.failed');
    expect(types).toContain('account.health_changed');
    expect(await posted()).toEqual([]);
  });

  test("content the network refuses fails at once with the network's reason", async () => {
    const { post, targetId } = await scheduled('Refused');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'invalid_content', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('failed');
    const target = (await read(post.id)).targets[0];
    expect(target).toMatchObject({ status: 'failed', attempts: 1, failure: { kind: 'invalid_content' } });
    expect(target?.failure?.message).toMatch(/refused/);
    t.clock.advance(FIRST_BACKOFF_MS * 10);
    expect(await publishTarget(t.ctx, targetId)).toBe('skipped');
  });
});

describe('reconciliation after an unknown outcome', () => {
  test('a lost answer is looked up on the network and found: published once, nothing sent again', async () => {
    const { post, targetId } = await scheduled('Did it go out?');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'drop_response', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('reconciling');
    expect((await read(post.id)).targets[0]).toMatchObject({ status: 'reconciling', failure: { kind: 'outcome_unknown' } });

    const seen = await requests();
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    // One request: the look-up. No second publish.
    expect(await requests()).toBe(seen + 1);
    expect(await posted()).toEqual(['Did it go out?']);
    expect((await read(post.id)).targets[0]).toMatchObject({ status: 'published', failure: null });
  });

  test('a timeout the network never acted on is proven absent, then sent again', async () => {
    const { targetId } = await scheduled('Second try');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'timeout', on: 'write' });
    expect(await publishTarget(t.ctx, targetId)).toBe('reconciling');
    expect(await posted()).toEqual([]);
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    expect(await posted()).toEqual(['Second try']);
  });

  test('a look-up that fails is tried again later, never taken as "absent"', async () => {
    const { post, targetId } = await scheduled('Careful');
    t.clock.advance(10 * MINUTE);
    await fault({ kind: 'drop_response', on: 'write' });
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('reconciling');
    await fault({ kind: 'server_error', on: 'read' });
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('reconciling');
    expect((await read(post.id)).targets[0]?.nextAttemptAt).not.toBeNull();
    t.clock.advance(30 * MINUTE);
    expect(await publishTarget(t.ctx, targetId, { random: noJitter })).toBe('published');
    expect(await posted()).toEqual(['Careful']);
  });

  test('a worker that died mid-attempt leaves a claim that runs out; the next one reconciles before sending', async () => {
    const { targetId } = await scheduled('Orphaned');
    t.clock.advance(10 * MINUTE);
    const now = t.clock.now();
    // The dying worker: it claimed the target and was never heard of again.
    expect(await claimTarget(t.ctx.db, targetId, now, new Date(now.getTime() + DEFAULT_CLAIM_MS))).not.toBeNull();
    expect(await publishTarget(t.ctx, targetId)).toBe('skipped');
    t.clock.advance(DEFAULT_CLAIM_MS);
    const seen = await requests();
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    // The look-up, then the publish: the network proved it did not have the post.
    expect(await requests()).toBe(seen + 2);
    expect(await posted()).toEqual(['Orphaned']);
  });

  test('an attempt that stalled past its claim can neither send nor record once another worker took over', async () => {
    const { targetId } = await scheduled('Fenced');
    t.clock.advance(10 * MINUTE);
    const claimFor = async () => {
      const now = t.clock.now();
      const claimed = await claimTarget(t.ctx.db, targetId, now, new Date(now.getTime() + DEFAULT_CLAIM_MS));
      return claimed?.target.attempts ?? -1;
    };
    const renew = (attempt: number) => {
      const now = t.clock.now();
      return renewClaim(t.ctx.db, targetId, attempt, now, new Date(now.getTime() + DEFAULT_CLAIM_MS));
    };
    const stalled = await claimFor();
    expect(await renew(stalled)).toBe(true);
    t.clock.advance(DEFAULT_CLAIM_MS);
    // Run out, though nobody took it yet: still not the stalled attempt's to send.
    expect(await renew(stalled)).toBe(false);
    const successor = await claimFor();
    expect(successor).toBe(stalled + 1);
    expect(await renew(stalled)).toBe(false);
    expect(await recordTargetOutcome(t.ctx.db, targetId, stalled, { status: 'failed' }, t.clock.now())).toBe(false);
    expect(await renew(successor)).toBe(true);
    expect(await recordTargetOutcome(t.ctx.db, targetId, successor, { status: 'waiting', nextAttemptAt: t.clock.now() }, t.clock.now())).toBe(true);
    expect(await requests()).toBe(0);
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
    expect(await posted()).toEqual(['Fenced']);
  });
});

describe('the late policy', () => {
  test('a post found later than the workspace allows is marked missed and reported, not sent', async () => {
    const { post, targetId } = await scheduled('Yesterday’s news');
    t.clock.advance(10 * MINUTE + 31 * MINUTE);
    expect(await publishTarget(t.ctx, targetId)).toBe('missed');
    expect(await requests()).toBe(0);
    expect(await read(post.id)).toMatchObject({ status: 'failed', targets: [{ status: 'missed', failure: { kind: 'missed' } }] });
    expect((await bell()).find((item) => item.type === 'post.failed' && item.payload.reason?.includes('could not send it in time'))).toBeDefined();
  });

  test('within the allowed lateness it still goes out', async () => {
    const { targetId } = await scheduled('Just in time');
    t.clock.advance(10 * MINUTE + 29 * MINUTE);
    expect(await publishTarget(t.ctx, targetId)).toBe('published');
  });
});
