/**
 * Working the inbox through the API: the list's filters and paging, status and assignment with
 * permissions, notes, saved replies, settings with the strategy's target, and the report.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillSavedReply } from '../../src/core/inbox/saved-reply.js';
import { arrive, connectSandbox, conversationWith, createInboxWorld, getDetail, listConversations, type InboxWorld, type SandboxAccount } from './inbox-fixtures.js';

let w: InboxWorld;
let second: SandboxAccount;

beforeAll(async () => {
  w = await createInboxWorld();
  second = await connectSandbox(w, 'florist.sandbox');
  await arrive(w, { kind: 'comment', text: 'Is the bread gluten free?', authorHandle: 'gina' });
  await arrive(w, { kind: 'mention', text: 'Best croissants in town @bakery', authorHandle: 'mark' });
  await arrive(w, { kind: 'direct_message', text: 'Can I order a cake for Friday?', authorHandle: 'dora' });
  await arrive(w, { kind: 'direct_message', text: 'Do you deliver flowers?', authorHandle: 'dora' }, second);
  await arrive(w, { kind: 'mention', text: 'Lovely tulips from @florist', authorHandle: 'tess' }, second);
});
afterAll(async () => w.t.close());

describe('the conversation list', () => {
  test('every conversation arrives, highest priority first, and pages by cursor without gaps or repeats', async () => {
    const all = await listConversations(w, 'limit=200');
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).toBeNull();
    const priorities = all.items.map((item) => item.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listConversations>> = await listConversations(w, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  test('filters by account, kind of wait, assignee, sentiment, language and priority', async () => {
    expect((await listConversations(w, `accountId=${second.id}`)).items.map((item) => item.preview).sort()).toEqual(['Do you deliver flowers?', 'Lovely tulips from @florist']);
    expect((await listConversations(w, 'unanswered=true')).items).toHaveLength(5);
    expect((await listConversations(w, 'network=sandbox')).items).toHaveLength(5);
    expect((await listConversations(w, 'network=mastodon')).items).toHaveLength(0);

    const cake = await conversationWith(w, 'Can I order a cake for Friday?');
    expect((await w.owner.request('PATCH', w.url(`inbox/conversations/${cake.id}`), { assigneeId: w.editor.id })).statusCode).toBe(200);
    expect((await listConversations(w, `assignee=${w.editor.id}`)).items.map((item) => item.id)).toEqual([cake.id]);
    expect((await listConversations(w, 'assignee=me', w.editor.browser)).items.map((item) => item.id)).toEqual([cake.id]);
    expect((await listConversations(w, 'assignee=none')).items).toHaveLength(4);

    // Analysis is another module's business; the filter is tested on values set here.
    await w.t.handle.query(`UPDATE inbox_conversations SET sentiment = 'negative', language = 'id', priority = 700 WHERE id = $1`, [cake.id]);
    expect((await listConversations(w, 'sentiment=negative&language=id')).items.map((item) => item.id)).toEqual([cake.id]);
    expect((await listConversations(w, 'minPriority=700')).items.map((item) => item.id)).toEqual([cake.id]);
    expect((await listConversations(w)).items[0]?.id).toBe(cake.id);
  });

  test('a cursor that was not handed out is a clear 400', async () => {
    const response = await w.owner.request('GET', w.url('inbox/conversations?cursor=bm9uc2Vuc2U'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { id: 'validation_failed' } });
  });

  test('the conversation shows its thread and the contact’s other conversations', async () => {
    const cake = await conversationWith(w, 'Can I order a cake for Friday?');
    const detail = await getDetail(w, cake.id);
    expect(detail.items.map((item) => [item.kind, item.direction, item.text])).toEqual([['direct_message', 'inbound', 'Can I order a cake for Friday?']]);
    expect(detail.conversation.replyLimits.maxLength).toBeGreaterThan(0);
    // Dora also wrote to the florist; same network, so it is her history with this workspace.
    expect(detail.history.map((item) => item.preview)).toEqual(['Do you deliver flowers?']);
  });
});

describe('status and assignment', () => {
  test('an editor closes and reopens; closing records the resolution time and reopening clears it', async () => {
    const bread = await conversationWith(w, 'Is the bread gluten free?');
    w.t.clock.advance(60_000);
    const closed = await w.editor.browser.request('PATCH', w.url(`inbox/conversations/${bread.id}`), { status: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect((await getDetail(w, bread.id)).conversation.resolvedAt).toBe(w.t.clock.now().toISOString());
    const reopened = await w.editor.browser.request('PATCH', w.url(`inbox/conversations/${bread.id}`), { status: 'open' });
    expect(reopened.json()).toMatchObject({ status: 'open' });
    expect((await getDetail(w, bread.id)).conversation.resolvedAt).toBeNull();
  });

  test('assigning someone else notifies them; assignees must be members', async () => {
    const mention = await conversationWith(w, 'Best croissants in town @bakery');
    expect((await w.owner.request('PATCH', w.url(`inbox/conversations/${mention.id}`), { assigneeId: w.editor.id })).json()).toMatchObject({
      assignee: { id: w.editor.id, name: 'Editor Person' },
    });
    const notifications = await w.editor.browser.request('GET', w.url('notifications'));
    expect(notifications.json<{ items: Array<{ type: string; payload: { conversationId: string } }> }>().items).toContainEqual(
      expect.objectContaining({ type: 'inbox.conversation_assigned', payload: expect.objectContaining({ conversationId: mention.id }) }),
    );
    const stranger = await w.owner.request('PATCH', w.url(`inbox/conversations/${mention.id}`), { assigneeId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ error: { id: 'validation_failed', details: { field: 'assigneeId' } } });
  });

  test('bulk changes apply to this workspace’s conversations only; an analyst may not change anything', async () => {
    const { items } = await listConversations(w, `accountId=${second.id}`);
    const ids = items.map((item) => item.id);
    const other = await w.owner.request('POST', '/api/workspaces', { name: 'Other', timezone: 'UTC' });
    const otherId = other.json<{ id: string }>().id;

    const denied = await w.analyst.browser.request('POST', w.url('inbox/conversations/bulk'), { ids, status: 'pending' });
    expect(denied.statusCode).toBe(403);
    expect((await w.analyst.browser.request('PATCH', w.url(`inbox/conversations/${ids[0]}`), { status: 'closed' })).statusCode).toBe(403);
    expect((await w.analyst.browser.request('GET', w.url(`inbox/conversations/${ids[0]}`))).statusCode).toBe(200);

    const elsewhere = await w.owner.request('POST', `/api/workspaces/${otherId}/inbox/conversations/bulk`, { ids, status: 'closed' });
    expect(elsewhere.json()).toEqual({ updated: 0 });
    expect((await w.owner.request('GET', `/api/workspaces/${otherId}/inbox/conversations/${ids[0]}`)).statusCode).toBe(404);
    expect((await w.editor.browser.request('GET', `/api/workspaces/${otherId}/inbox/conversations`)).statusCode).toBe(404);

    const bulk = await w.editor.browser.request('POST', w.url('inbox/conversations/bulk'), { ids, status: 'pending', assigneeId: w.editor.id });
    expect(bulk.json()).toEqual({ updated: 2 });
    expect((await listConversations(w, `status=pending&assignee=${w.editor.id}`)).items.map((item) => item.id).sort()).toEqual([...ids].sort());
  });
});

describe('notes and saved replies', () => {
  test('a note is kept with its author and shown in the conversation', async () => {
    const bread = await conversationWith(w, 'Is the bread gluten free?');
    const added = await w.editor.browser.request('POST', w.url(`inbox/conversations/${bread.id}/notes`), { text: 'Ask the baker first' });
    expect(added.statusCode).toBe(201);
    expect((await getDetail(w, bread.id)).notes).toEqual([expect.objectContaining({ text: 'Ask the baker first', author: { id: w.editor.id, name: 'Editor Person' } })]);
    expect((await w.analyst.browser.request('POST', w.url(`inbox/conversations/${bread.id}/notes`), { text: 'no' })).statusCode).toBe(403);
  });

  test('saved replies are listed, titles are unique, and their variables fill from the conversation', async () => {
    const body = 'Hi {name} ({handle}), {agent} from {account} here: yes!';
    const created = await w.editor.browser.request('POST', w.url('inbox/saved-replies'), { title: 'Yes', body });
    expect(created.statusCode).toBe(201);
    const duplicate = await w.editor.browser.request('POST', w.url('inbox/saved-replies'), { title: 'Yes', body: 'again' });
    expect(duplicate.json()).toMatchObject({ error: { id: 'validation_failed', details: { field: 'title' } } });
    const listed = await w.analyst.browser.request('GET', w.url('inbox/saved-replies'));
    expect(listed.json<{ items: Array<{ title: string; body: string }> }>().items).toEqual([expect.objectContaining({ title: 'Yes', body })]);

    const bread = await conversationWith(w, 'Is the bread gluten free?');
    const filled = fillSavedReply(body, { contactName: null, contactHandle: bread.contact.handle, agentName: 'Editor Person', accountHandle: w.account.handle });
    expect(filled).toBe(`Hi gina (@gina), Editor Person from @${w.account.handle} here: yes!`);

    const id = created.json<{ id: string }>().id;
    expect((await w.editor.browser.request('DELETE', w.url(`inbox/saved-replies/${id}`))).json()).toEqual({ ok: true });
    expect((await w.editor.browser.request('DELETE', w.url(`inbox/saved-replies/${id}`))).statusCode).toBe(404);
  });
});

describe('settings', () => {
  test('the target comes from the strategy until the settings set one; only managers change settings', async () => {
    expect((await w.owner.request('GET', w.url('inbox/settings'))).json()).toEqual({ businessHours: null, responseTargetMinutes: null, effectiveTargetMinutes: null });
    const strategy = await w.owner.request('POST', w.url('strategy'), {
      goals: [{ goal: 'sales', targets: [{ kpi: 'orders', target: 40, period: 'month' }] }],
      channels: [{ channel: 'facebook' }],
      contentPlan: { cadence: [{ channel: 'facebook', postsPerWeek: 7 }], mix: { promotionalMaxPercent: 20, dialogueMinPercent: 20, withImageMinPercent: 80 }, responseTimeTargetMinutes: 45 },
      roles: [{ role: 'strategist', userId: null }],
    });
    expect(strategy.statusCode, strategy.body).toBe(201);
    expect((await w.analyst.browser.request('GET', w.url('inbox/settings'))).json()).toMatchObject({ responseTargetMinutes: null, effectiveTargetMinutes: 45 });

    const hours = { mon: [['09:00', '17:00']], tue: [['09:00', '12:00'], ['13:00', '17:00']] };
    const saved = await w.owner.request('PUT', w.url('inbox/settings'), { businessHours: hours, responseTargetMinutes: 30 });
    expect(saved.json()).toEqual({ businessHours: hours, responseTargetMinutes: 30, effectiveTargetMinutes: 30 });
    expect((await w.editor.browser.request('PUT', w.url('inbox/settings'), { businessHours: null, responseTargetMinutes: 5 })).statusCode).toBe(403);
    const badTime = await w.owner.request('PUT', w.url('inbox/settings'), { businessHours: { wed: [['9am', '17:00']] }, responseTargetMinutes: null });
    expect(badTime.json()).toMatchObject({ error: { id: 'validation_failed' } });
    const cleared = await w.owner.request('PUT', w.url('inbox/settings'), { businessHours: null, responseTargetMinutes: null });
    expect(cleared.json()).toEqual({ businessHours: null, responseTargetMinutes: null, effectiveTargetMinutes: 45 });
  });
});
