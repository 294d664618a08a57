/**
 * Ingestion from the sandbox: every item kind, threading, de-duplication, edits and deletions,
 * the cursor, back-off and rate limits, and the jobs that keep polling going.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import type { ConnectorStore } from '../../src/connectors/contract.js';
import { deleteSimulatedItem, editSimulatedItem, injectSandboxFault, readSandboxPost, sandboxRequestCount, WELCOME_POST_TEXT } from '../../src/connectors/sandbox/simulation.js';
import { defaultAnalyzer } from '../../src/core/analysis/index.js';
import { scoreItem } from '../../src/core/inbox/priority.js';
import { findConnectedAccountById } from '../../src/db/repositories/connected-accounts.js';
import { listAccountsDueForPoll, refreshConversationAggregates } from '../../src/db/repositories/inbox-ingest.js';
import { inboxConversations, inboxCursors, inboxItems } from '../../src/db/schema.js';
import { pollInboxHandler, scheduleInboxPollsHandler } from '../../src/jobs/handlers/inbox.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';
import { connect, conversationsOf, cursorOf, itemsOf } from './support.js';

const MINUTE = 60_000;
let t: TestApp;
let owner: Browser;
let workspaceId: string;
let accountId: string;
let handle: string;
let store: ConnectorStore;

const simulate = async (kind: 'comment' | 'mention' | 'direct_message', text: string, authorHandle?: string) => {
  const response = await owner.request('POST', `/api/workspaces/${workspaceId}/connections/${accountId}/simulate`, { kind, text, ...(authorHandle ? { authorHandle } : {}) });
  expect(response.statusCode, response.body).toBe(200);
  t.clock.advance(MINUTE);
};
const poll = () => pollAccount(t.ctx, accountId, { force: true });
const requests = () => sandboxRequestCount(store, handle);

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  // Organic activity off: the inbox holds exactly what the test makes happen.
  accountId = await connect(owner, workspaceId, 'sandbox', { handle: 'bakery.sandbox', organic: 'off', followers: '500' });
  handle = (await findConnectedAccountById(t.ctx.db, accountId))?.externalId ?? '';
  store = connectorStore(t.ctx.db, 'sandbox');
});
afterAll(async () => t.close());

describe('sandbox ingestion', () => {
  test('comments, mentions and direct messages arrive analysed, threaded under the post and per person', async () => {
    const firstAt = t.clock.now();
    await simulate('comment', 'Your bread is wonderful, thank you!', 'ana');
    await simulate('comment', 'This is a scam, I want a refund. Broken oven again?', 'boris');
    await simulate('mention', '@bakery.sandbox best croissants in town', 'carla');
    await simulate('direct_message', 'Hi, do you deliver on Sundays?', 'dmitri');
    await simulate('direct_message', 'Also, can I order a cake?', 'dmitri');
    await simulate('direct_message', 'Hello', 'eva');

    const result = await poll();
    expect(result).toMatchObject({ status: 'polled', fetched: 6, stored: 6 });

    const welcome = await readSandboxPost(store, `${handle}:p1`);
    expect(welcome?.text).toBe(WELCOME_POST_TEXT);
    const conversations = await conversationsOf(t.ctx.db, accountId);
    expect(conversations.map((c) => [c.kind, c.threadKey, c.itemCount, c.contactHandle])).toEqual([
      ['direct', `${handle}:dm:dmitri`, 2, 'dmitri'],
      ['direct', `${handle}:dm:eva`, 1, 'eva'],
      ['mention', `${handle}:e4`, 1, 'carla'],
      ['post', `${handle}:p1`, 2, 'boris'],
    ]);
    const thread = conversations.find((c) => c.kind === 'post');
    expect(thread).toMatchObject({ status: 'open', network: 'sandbox', workspaceId, waitingSince: firstAt, firstInboundAt: firstAt, lastItemAt: new Date(firstAt.getTime() + MINUTE), updatedAt: t.clock.now() });

    const items = await itemsOf(t.ctx.db, accountId);
    expect(items.map((item) => item.kind)).toEqual(['comment', 'comment', 'mention', 'direct_message', 'direct_message', 'direct_message']);
    for (const item of items) {
      // The analysis module itself decides; ingestion must store exactly what it says.
      const analysis = defaultAnalyzer.analyze(item.text);
      expect(item).toMatchObject({ direction: 'inbound', language: analysis.language, sentiment: analysis.sentiment });
      expect(item.sentimentScore).toBeCloseTo(analysis.score, 3);
    }
    const complaint = items[1];
    const expected = scoreItem({
      text: complaint?.text ?? '',
      language: complaint?.language ?? null,
      sentiment: complaint?.sentiment ?? 'neutral',
      sentimentScore: complaint?.sentimentScore ?? 0,
      kind: 'comment',
      authorFollowers: complaint?.authorFollowers ?? null,
      waitingMinutes: 5,
    });
    expect(complaint).toMatchObject({ priority: expected.priority, priorityReasons: expected.reasons });
    // The thread ranks by its most urgent unanswered item, and shows the latest one's mood.
    expect(thread).toMatchObject({ priority: Math.max(...items.slice(0, 2).map((item) => item.priority)), sentiment: complaint?.sentiment });
  });

  test('the same items coming again are stored once', async () => {
    const before = await itemsOf(t.ctx.db, accountId);
    expect(await poll()).toMatchObject({ status: 'polled', fetched: 0, stored: 0 });
    // Forget the cursor: the sandbox sends the whole last week again.
    await t.ctx.db.update(inboxCursors).set({ cursor: null }).where(eq(inboxCursors.accountId, accountId));
    expect(await poll()).toMatchObject({ status: 'polled', fetched: before.length, stored: 0 });
    expect(await itemsOf(t.ctx.db, accountId)).toHaveLength(before.length);
    expect((await conversationsOf(t.ctx.db, accountId)).map((c) => c.itemCount)).toEqual([2, 1, 1, 2]);
  });

  test('the cursor moves on: only what is new is fetched, and a closed conversation opens again', async () => {
    const cursor = (await cursorOf(t.ctx.db, accountId))?.cursor;
    expect(cursor).toEqual(expect.any(String));
    await t.ctx.db.update(inboxConversations).set({ status: 'closed', resolvedAt: t.clock.now() }).where(eq(inboxConversations.threadKey, `${handle}:dm:eva`));
    await simulate('direct_message', 'Are you there?', 'eva');
    expect(await poll()).toMatchObject({ fetched: 1, stored: 1 });
    expect((await cursorOf(t.ctx.db, accountId))?.cursor).not.toBe(cursor);
    const eva = (await conversationsOf(t.ctx.db, accountId)).find((c) => c.threadKey === `${handle}:dm:eva`);
    expect(eva).toMatchObject({ status: 'open', resolvedAt: null, itemCount: 2 });
  });

  test('an answer ends the wait; the next inbound item starts a new one', async () => {
    const [dmitri] = (await conversationsOf(t.ctx.db, accountId)).filter((c) => c.threadKey === `${handle}:dm:dmitri`);
    if (!dmitri) throw new Error('no conversation with dmitri');
    await t.ctx.db.insert(inboxItems).values({
      id: randomUUID(),
      workspaceId,
      accountId,
      conversationId: dmitri.id,
      externalId: 'reply-1',
      kind: 'reply',
      direction: 'outbound',
      text: 'Yes, we do!',
      authorExternalId: handle,
      authorHandle: handle,
      occurredAt: t.clock.now(),
    });
    await t.ctx.db.transaction((tx) => refreshConversationAggregates(tx, [dmitri.id], t.clock.now()));
    const answered = (await conversationsOf(t.ctx.db, accountId)).find((c) => c.id === dmitri.id);
    expect(answered).toMatchObject({ waitingSince: null, priority: 0, priorityReasons: [], itemCount: 3 });

    t.clock.advance(MINUTE);
    const askedAt = t.clock.now();
    await simulate('direct_message', 'Great, and on Mondays?', 'dmitri');
    await poll();
    expect((await conversationsOf(t.ctx.db, accountId)).find((c) => c.id === dmitri.id)).toMatchObject({ waitingSince: askedAt, itemCount: 4 });
  });

  test('edits and deletions on the network are reflected', async () => {
    const items = await itemsOf(t.ctx.db, accountId);
    const [kind, gone] = [items.find((i) => i.authorHandle === 'ana'), items.find((i) => i.authorHandle === 'boris')];
    if (!kind || !gone) throw new Error('the comments are missing');
    const thread = (await conversationsOf(t.ctx.db, accountId)).find((c) => c.kind === 'post');
    const editedAt = t.clock.now();
    await editSimulatedItem(store, kind.externalId, 'Terrible bread, a scam, I want a refund', editedAt);
    await deleteSimulatedItem(store, gone.externalId, editedAt);
    t.clock.advance(MINUTE);

    expect(await poll()).toMatchObject({ status: 'polled', edited: 1, deleted: 1 });
    const after = await itemsOf(t.ctx.db, accountId);
    const edited = after.find((i) => i.id === kind.id);
    expect(edited).toMatchObject({ text: 'Terrible bread, a scam, I want a refund', editedAt, deletedAt: null, sentiment: defaultAnalyzer.analyze('Terrible bread, a scam, I want a refund').sentiment });
    expect(after.find((i) => i.id === gone.id)?.deletedAt).toEqual(t.clock.now());
    const refreshed = (await conversationsOf(t.ctx.db, accountId)).find((c) => c.id === thread?.id);
    expect(refreshed).toMatchObject({ itemCount: 1, contactHandle: 'ana', sentiment: edited?.sentiment, priority: edited?.priority, updatedAt: t.clock.now() });
    // Nothing changed since: the next re-check reports nothing.
    expect(await poll()).toMatchObject({ edited: 0, deleted: 0 });
  });

  test('failures back off exponentially, and no poll goes out before it is due', async () => {
    await injectSandboxFault(store, handle, { kind: 'server_error', on: 'read' });
    const failedAt = t.clock.now();
    expect(await poll()).toMatchObject({ status: 'failed', failure: { kind: 'transient' }, nextPollAt: new Date(failedAt.getTime() + MINUTE) });
    await injectSandboxFault(store, handle, { kind: 'server_error', on: 'read' });
    expect((await poll()).nextPollAt).toEqual(new Date(failedAt.getTime() + 2 * MINUTE));
    expect(await cursorOf(t.ctx.db, accountId)).toMatchObject({ consecutiveFailures: 2, lastError: expect.stringMatching(/server failure/) });

    const sent = await requests();
    expect(await pollAccount(t.ctx, accountId)).toMatchObject({ status: 'skipped', reason: 'not_due' });
    expect(await requests()).toBe(sent);
    t.clock.advance(2 * MINUTE);
    expect(await pollAccount(t.ctx, accountId)).toMatchObject({ status: 'polled' });
    expect(await cursorOf(t.ctx.db, accountId)).toMatchObject({ consecutiveFailures: 0, lastError: null, nextPollAt: new Date(t.clock.now().getTime() + MINUTE) });
  });

  test('a rate limit is waited out: nothing is sent before its reset', async () => {
    await injectSandboxFault(store, handle, { kind: 'rate_limited', retryAfterSeconds: 600 });
    const resetAt = new Date(t.clock.now().getTime() + 600_000);
    expect(await poll()).toMatchObject({ status: 'failed', failure: { kind: 'rate_limited' }, nextPollAt: resetAt });
    const sent = await requests();

    t.clock.advance(5 * MINUTE);
    expect(await listAccountsDueForPoll(t.ctx.db, ['sandbox'], t.clock.now(), 10)).not.toContain(accountId);
    expect(await pollAccount(t.ctx, accountId)).toMatchObject({ status: 'skipped', reason: 'not_due' });
    // Someone presses "check now": the ledger holds it back without a request.
    expect(await poll()).toMatchObject({ status: 'failed', failure: { kind: 'rate_limited' }, nextPollAt: resetAt });
    expect(await requests()).toBe(sent);

    t.clock.advance(5 * MINUTE);
    expect(await listAccountsDueForPoll(t.ctx.db, ['sandbox'], t.clock.now(), 10)).toContain(accountId);
    expect(await pollAccount(t.ctx, accountId)).toMatchObject({ status: 'polled' });
    expect(await requests()).toBeGreaterThan(sent);
  });

  test('the jobs: the scheduler queues due accounts once, and each poll queues its successor', async () => {
    const sent: { queue: string; accountId: string; singletonKey?: string; startAfter?: Date }[] = [];
    const engine = {
      send: async (queue: string, payload: object, options: { singletonKey?: string; startAfter?: Date } = {}) => {
        sent.push({ queue, accountId: 'accountId' in payload ? String(payload.accountId) : '', ...options });
        return 'job';
      },
    };
    expect(await scheduleInboxPollsHandler(t.ctx, engine)({}, { id: 'j1', retryCount: 0 })).toMatchObject({ detail: '0 due, 0 queued' });
    t.clock.advance(MINUTE);
    expect(await scheduleInboxPollsHandler(t.ctx, engine)({}, { id: 'j2', retryCount: 0 })).toMatchObject({ detail: '1 due, 1 queued' });
    expect(sent).toEqual([{ queue: 'inbox.poll', accountId, singletonKey: accountId }]);

    await simulate('mention', 'Lovely place', 'fiona');
    const polledAt = t.clock.now();
    expect(await pollInboxHandler(t.ctx, engine, { pollSeconds: 300 })({ accountId }, { id: 'j3', retryCount: 0 })).toEqual({ status: 'done', detail: '1 new' });
    expect(sent[1]).toEqual({ queue: 'inbox.poll', accountId, singletonKey: accountId, startAfter: new Date(polledAt.getTime() + 300_000) });
  });

  test('"check now" through the API polls every account of the workspace', async () => {
    await simulate('mention', 'Open on holidays?', 'gus');
    const response = await owner.request('POST', `/api/workspaces/${workspaceId}/inbox/poll`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ accounts: 1 });
    expect((await itemsOf(t.ctx.db, accountId)).some((item) => item.authorHandle === 'gus')).toBe(true);
  });
});
