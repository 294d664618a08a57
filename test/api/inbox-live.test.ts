/**
 * What happens without anyone asking: the response-time alert (once per wait, to the assignee or
 * everyone who may answer), waiting time raising priority, and live updates over server-sent events.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inboxAlertsHandler } from '../../src/jobs/handlers/inbox-alerts.js';
import { arrive, conversationWith, createInboxWorld, getDetail, type InboxWorld } from './inbox-fixtures.js';

let w: InboxWorld;
const MINUTE = 60_000;

beforeAll(async () => {
  w = await createInboxWorld();
  await w.owner.request('PUT', w.url('inbox/settings'), { businessHours: null, responseTargetMinutes: 30 });
});
afterAll(async () => w.t.close());

/** Runs the job's handler as the worker would; returns its report ("1 alerted, 0 re-prioritized"). */
async function runAlertJob(): Promise<string> {
  const outcome = await inboxAlertsHandler(w.t.ctx)({}, { id: 'test', retryCount: 0 });
  if (outcome.status !== 'done') throw new Error(`the alert job did not finish: ${outcome.reason}`);
  return outcome.detail ?? '';
}
const overdueNotifications = async (browser = w.owner) =>
  (await browser.request('GET', w.url('notifications'))).json<{ items: Array<{ type: string; payload: { conversationId: string; waitedMinutes: number } }> }>().items.filter(
    (item) => item.type === 'inbox.response_overdue',
  );
const overdueEvents = async () => (await w.t.handle.query<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_events WHERE type = 'inbox.response_overdue'`))[0]?.count;

describe('the response-time alert', () => {
  test('fires once when the wait passes the target, and again only for a new wait', async () => {
    await arrive(w, { kind: 'direct_message', text: 'Hello, anyone there?', authorHandle: 'una' });
    const conversation = await conversationWith(w, 'Hello, anyone there?');

    w.t.clock.advance(29 * MINUTE);
    expect(await runAlertJob()).toMatch(/^0 alerted/);
    w.t.clock.advance(2 * MINUTE);
    expect(await runAlertJob()).toMatch(/^1 alerted/);
    expect(await runAlertJob()).toMatch(/^0 alerted/);

    // Unassigned: everyone who may answer hears of it, the analyst does not.
    expect(await overdueNotifications()).toEqual([expect.objectContaining({ payload: expect.objectContaining({ conversationId: conversation.id, waitedMinutes: 31 }) })]);
    expect(await overdueNotifications(w.editor.browser)).toHaveLength(1);
    expect(await overdueNotifications(w.analyst.browser)).toHaveLength(0);
    expect(await overdueEvents()).toBe(1);
    expect((await conversationWith(w, 'Hello, anyone there?')).overdueMinutes).toBe(1);

    const detail = await getDetail(w, conversation.id);
    const target = detail.items[0];
    await w.owner.request('POST', w.url(`inbox/conversations/${conversation.id}/replies`), { inReplyToItemId: target?.id, text: 'Yes!', idempotencyKey: 'key-alert-0001' });
    await w.owner.request('PATCH', w.url(`inbox/conversations/${conversation.id}`), { assigneeId: w.editor.id });
    w.t.clock.advance(MINUTE);
    await arrive(w, { kind: 'direct_message', text: 'One more thing', authorHandle: 'una' });
    w.t.clock.advance(31 * MINUTE);
    expect(await runAlertJob()).toMatch(/^1 alerted/);
    // Assigned now: only the assignee hears of the second wait.
    expect(await overdueNotifications(w.editor.browser)).toHaveLength(2);
    expect(await overdueNotifications()).toHaveLength(1);
    expect(await overdueEvents()).toBe(2);
  });

  test('waiting raises the priority, with the hours waited as the reason', async () => {
    const before = await conversationWith(w, 'One more thing');
    w.t.clock.advance(3 * 60 * MINUTE);
    await runAlertJob();
    const after = await conversationWith(w, 'One more thing');
    expect(after.priority).toBeGreaterThan(before.priority);
    expect((await getDetail(w, after.id)).conversation).toMatchObject({ priorityReasons: expect.arrayContaining([expect.objectContaining({ code: 'waiting_time', params: { hours: 3 } })]) });
  });
});

describe('live updates', () => {
  test('the stream needs someone who may read the workspace', async () => {
    expect((await w.t.app.inject({ method: 'GET', url: w.url('inbox/events') })).statusCode).toBe(401);
    const other = (await w.owner.request('POST', '/api/workspaces', { name: 'Elsewhere', timezone: 'UTC' })).json<{ id: string }>().id;
    const response = await w.editor.browser.request('GET', `/api/workspaces/${other}/inbox/events`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { id: 'not_found' } });
  });

  test('a change reaches an open event stream within seconds, and closing the server ends the stream', async () => {
    const address = await w.t.app.listen({ port: 0, host: '127.0.0.1' });
    const conversation = await conversationWith(w, 'One more thing');
    const response = await fetch(`${address}${w.url('inbox/events')}`, { headers: { cookie: w.owner.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (pattern: RegExp, ms: number) => {
      const deadline = Date.now() + ms;
      while (!pattern.test(received)) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`nothing matching ${String(pattern)} within ${ms} ms; got: ${received}`);
        const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), remaining))]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error(`the stream ended; got: ${received}`);
        received += decoder.decode(chunk.value);
      }
    };
    await readUntil(/retry: \d+/, 2_000);

    const started = Date.now();
    w.t.clock.advance(1_000);
    expect((await w.editor.browser.request('PATCH', w.url(`inbox/conversations/${conversation.id}`), { status: 'pending' })).statusCode).toBe(200);
    await readUntil(/event: conversation\ndata: .*"status":"pending"/, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    const event = /event: conversation\ndata: (.*)\n/.exec(received)?.[1] ?? '{}';
    expect(JSON.parse(event)).toMatchObject({ id: conversation.id, status: 'pending', assignee: { id: w.editor.id } });

    const closing = Date.now();
    await w.t.app.close();
    expect(Date.now() - closing).toBeLessThan(3_000);
    await expect(readUntil(/never/, 2_000)).rejects.toThrow(/ended/);
  });
});
