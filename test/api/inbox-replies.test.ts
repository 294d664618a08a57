/**
 * Replies through the sandbox: success (the outbound item joins the thread, the first response is
 * recorded), failures with their reason and a retry that never sends twice, idempotency, the
 * connector's length limit, and the response-time report over a weekend with business hours.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listPosts } from '../../src/connectors/sandbox/records.js';
import { injectSandboxFault, sandboxRequestCount } from '../../src/connectors/sandbox/simulation.js';
import type { Browser } from '../support/app.js';
import { arrive, conversationWith, createInboxWorld, getDetail, signInAgain, type InboxWorld } from './inbox-fixtures.js';

let w: InboxWorld;
const HOUR = 3_600_000;

beforeAll(async () => {
  w = await createInboxWorld();
});
afterAll(async () => w.t.close());

interface Reply {
  id: string;
  status: string;
  attempts: number;
  itemId: string | null;
  failure: { kind: string; message: string } | null;
}

/** The network's own record of the account's replies and messages. */
const sandboxReplies = async () => (await listPosts(w.store, w.account.externalId)).filter((post) => post.kind === 'reply' || post.kind === 'message');

async function reply(conversationId: string, text: string, idempotencyKey: string, browser: Browser = w.owner) {
  const detail = await getDetail(w, conversationId);
  const target = detail.items.find((item) => item.direction === 'inbound');
  if (!target) throw new Error('nothing to reply to');
  return browser.request('POST', w.url(`inbox/conversations/${conversationId}/replies`), { inReplyToItemId: target.id, text, idempotencyKey });
}

describe('replying', () => {
  test('a reply goes out through the network, joins the thread and records the first response', async () => {
    await arrive(w, { kind: 'direct_message', text: 'Are you open on Sunday?', authorHandle: 'sam' });
    const conversation = await conversationWith(w, 'Are you open on Sunday?');
    expect(conversation.waitingSince).not.toBeNull();
    w.t.clock.advance(10 * 60_000);

    const response = await reply(conversation.id, 'Yes, from 8 to 12.', 'key-sunday-0001', w.editor.browser);
    expect(response.statusCode, response.body).toBe(201);
    const sent = response.json<Reply>();
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, failure: null });

    const detail = await getDetail(w, conversation.id);
    expect(detail.items.map((item) => [item.direction, item.kind, item.text])).toEqual([
      ['inbound', 'direct_message', 'Are you open on Sunday?'],
      ['outbound', 'reply', 'Yes, from 8 to 12.'],
    ]);
    expect(detail.items[1]).toMatchObject({ id: sent.itemId, sentBy: { id: w.editor.id, name: 'Editor Person' } });
    expect(detail.conversation).toMatchObject({ firstResponseAt: w.t.clock.now().toISOString(), waitingSince: null, itemCount: 2 });
    const [onNetwork] = await sandboxReplies();
    expect(onNetwork).toMatchObject({ kind: 'message', text: 'Yes, from 8 to 12.' });
    expect(onNetwork?.conversationId).toBeTruthy();
  });

  test('the same idempotency key twice is one reply, sent once', async () => {
    await arrive(w, { kind: 'mention', text: 'Thanks @bakery for the rolls', authorHandle: 'rui' });
    const conversation = await conversationWith(w, 'Thanks @bakery for the rolls');
    const first = (await reply(conversation.id, 'Enjoy!', 'key-rolls-0001')).json<Reply>();
    const requests = await sandboxRequestCount(w.store, w.account.externalId);
    const again = (await reply(conversation.id, 'Enjoy!', 'key-rolls-0001')).json<Reply>();
    expect(again).toMatchObject({ id: first.id, status: 'sent', attempts: 1 });
    expect(await sandboxRequestCount(w.store, w.account.externalId)).toBe(requests);
    expect((await sandboxReplies()).filter((post) => post.text === 'Enjoy!')).toHaveLength(1);
    expect((await getDetail(w, conversation.id)).replies).toHaveLength(1);

    const elsewhere = await reply((await conversationWith(w, 'Are you open on Sunday?')).id, 'Enjoy!', 'key-rolls-0001');
    expect(elsewhere.json()).toMatchObject({ error: { id: 'validation_failed', details: { field: 'idempotencyKey' } } });
  });

  test('a failure is stored with its reason, and the retry sends it with the same key', async () => {
    await arrive(w, { kind: 'comment', text: 'Where can I park?', authorHandle: 'pat' });
    const conversation = await conversationWith(w, 'Where can I park?');
    await injectSandboxFault(w.store, w.account.externalId, { kind: 'server_error', on: 'write' });
    const failed = (await reply(conversation.id, 'Behind the shop.', 'key-park-00001')).json<Reply>();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, itemId: null, failure: { kind: 'transient' } });
    expect(failed.failure?.message).toMatch(/internal error/);
    expect((await getDetail(w, conversation.id)).conversation).toMatchObject({ firstResponseAt: null, waitingSince: expect.any(String) });
    const notifications = (await w.owner.request('GET', w.url('notifications'))).json<{ items: Array<{ type: string }> }>();
    expect(notifications.items.map((item) => item.type)).toContain('inbox.reply_failed');

    const retried = await w.owner.request('POST', w.url(`inbox/replies/${failed.id}/retry`));
    expect(retried.json<Reply>()).toMatchObject({ id: failed.id, status: 'sent', attempts: 2, failure: null });
    expect((await sandboxReplies()).filter((post) => post.text === 'Behind the shop.')).toHaveLength(1);
  });

  test('a lost answer needs a check; the retry finds the reply the network made instead of making a second', async () => {
    await arrive(w, { kind: 'mention', text: 'Do you bake on holidays @bakery?', authorHandle: 'hal' });
    const conversation = await conversationWith(w, 'Do you bake on holidays @bakery?');
    await injectSandboxFault(w.store, w.account.externalId, { kind: 'drop_response', on: 'write' });
    const unknown = (await reply(conversation.id, 'Every day but Christmas.', 'key-holiday-001')).json<Reply>();
    expect(unknown).toMatchObject({ status: 'needs_check', failure: { kind: 'outcome_unknown' } });
    expect((await sandboxReplies()).filter((post) => post.text === 'Every day but Christmas.')).toHaveLength(1);

    const retried = (await w.owner.request('POST', w.url(`inbox/replies/${unknown.id}/retry`))).json<Reply>();
    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await sandboxReplies()).filter((post) => post.text === 'Every day but Christmas.')).toHaveLength(1);
    expect((await getDetail(w, conversation.id)).items.filter((item) => item.direction === 'outbound')).toHaveLength(1);
  });

  test('a reply over the network’s limit is refused before anything is sent; an analyst may not reply', async () => {
    const conversation = await conversationWith(w, 'Are you open on Sunday?');
    const { maxLength, counting } = (await getDetail(w, conversation.id)).conversation.replyLimits;
    const requests = await sandboxRequestCount(w.store, w.account.externalId);
    const tooLong = await reply(conversation.id, 'a'.repeat(maxLength + 1), 'key-too-long-01');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { id: 'validation_failed', details: { field: 'text', length: maxLength + 1, maxLength, counting } } });
    expect(await sandboxRequestCount(w.store, w.account.externalId)).toBe(requests);
    expect((await reply(conversation.id, 'Hi', 'key-analyst-001', w.analyst.browser)).statusCode).toBe(403);
  });
});

describe('the response-time report', () => {
  test('medians count business hours only: an answer after the weekend counts Friday’s and Monday’s open hours', async () => {
    const { t } = w;
    // A fresh workspace-clock week: the test clock starts on Monday 2026-11-23 09:00 UTC.
    const monday = new Date('2026-11-30T09:00:00Z').getTime();
    t.clock.advance(monday - t.clock.now().getTime());
    await arrive(w, { kind: 'direct_message', text: 'Monday question', authorHandle: 'mona' });
    t.clock.advance(30 * 60_000);
    await reply((await conversationWith(w, 'Monday question')).id, 'Monday answer', 'key-report-mon1', w.editor.browser);

    t.clock.advance(monday + 4 * 24 * HOUR + 7 * HOUR - t.clock.now().getTime()); // Friday 16:00
    await arrive(w, { kind: 'direct_message', text: 'Friday question', authorHandle: 'fred' });
    t.clock.advance(66 * HOUR); // Monday 10:00
    await signInAgain(w);
    await reply((await conversationWith(w, 'Friday question')).id, 'Monday reply', 'key-report-fri1');

    const period = `from=${new Date(monday).toISOString()}&to=${t.clock.now().toISOString()}`;
    const allHours = (await w.analyst.browser.request('GET', w.url(`inbox/report?${period}`))).json();
    expect(allHours).toMatchObject({ businessHours: false, targetMinutes: null, overall: { conversations: 2, answered: 2, medianFirstResponseMinutes: (30 + 66 * 60) / 2, withinTargetShare: null } });

    const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:00']]]));
    await w.owner.request('PUT', w.url('inbox/settings'), { businessHours: week, responseTargetMinutes: 60 });
    const report = (await w.analyst.browser.request('GET', w.url(`inbox/report?${period}`))).json<{
      overall: unknown;
      byAgent: Array<{ userId: string; medianFirstResponseMinutes: number }>;
      byNetwork: Array<{ network: string; conversations: number }>;
    }>();
    expect(report).toMatchObject({ businessHours: true, targetMinutes: 60, overall: { conversations: 2, answered: 2, medianFirstResponseMinutes: 75, withinTargetShare: 0.5 } });
    expect(report.byAgent.map((agent) => [agent.userId, agent.medianFirstResponseMinutes]).sort()).toEqual(
      [
        [w.editor.id, 30],
        [w.ownerId, 120],
      ].sort(),
    );
    expect(report.byNetwork).toEqual([expect.objectContaining({ network: 'sandbox', conversations: 2 })]);
  });
});
