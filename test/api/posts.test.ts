/**
 * Posts and the approval workflow (P5) through the HTTP API: drafts, review, approval by someone
 * other than the author, scheduling, the history of every transition, version conflicts, problems
 * found before scheduling, and the proof that no route that changes a post skips approval.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let editor: Browser;
let approver: Browser;
let workspaceId: string;
let accountId: string;
let editorKey: string;

interface Post {
  id: string;
  status: string;
  version: number;
  scheduledAt: string | null;
  targets: Array<{ accountId: string; status: string; nextAttemptAt: string | null }>;
  problems: Array<{ code: string; accountId: string; params: Record<string, unknown> }>;
  history?: Array<{ action: string; from: string; to: string; actor: { name: string }; comment: string | null }>;
}

const url = (path = '') => `/api/workspaces/${workspaceId}/posts${path}`;
const hourFromNow = () => new Date(t.clock.now().getTime() + 3_600_000).toISOString();
const content = (text = 'Fresh bread at 7') => ({ parts: [{ text, mediaIds: [] }], poll: null, firstComment: null, contentWarning: null });

async function member(email: string, role: string): Promise<Browser> {
  const added = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email, role, name: role, password: `${role} password 1` });
  expect(added.statusCode, added.body).toBe(201);
  const browser = new Browser(t.app);
  await browser.request('POST', '/api/auth/login', { email, password: `${role} password 1` });
  return browser;
}

async function createDraft(by: Browser, text?: string): Promise<Post> {
  const response = await by.request('POST', url(), { content: content(text), targets: [{ accountId }] });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Post>();
}

async function act(by: Browser, post: Post, action: string, extra: Record<string, unknown> = {}) {
  return by.request('POST', url(`/${post.id}/actions`), { action, expectedVersion: post.version, ...extra });
}

async function acted(by: Browser, post: Post, action: string, extra: Record<string, unknown> = {}): Promise<Post> {
  const response = await act(by, post, action, extra);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Post>();
}

const errorOf = (response: { json: <T>() => T }) => response.json<{ error: { id: string; details: { reason?: string } } }>().error;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'bakery.sandbox' } });
  accountId = connected.json<{ id: string }>().id;
  editor = await member('ed@example.com', 'editor');
  approver = await member('ap@example.com', 'approver');
  editorKey = (await owner.request('POST', `/api/workspaces/${workspaceId}/api-keys`, { name: 'cms', role: 'editor' })).json<{ secret: string }>().secret;
  const settings = await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: true, latePolicy: 'skip_after', lateMinutes: 30 });
  expect(settings.statusCode, settings.body).toBe(200);
});
afterAll(async () => t.close());

describe('the approval workflow', () => {
  test('an editor writes and submits, an approver approves, the editor schedules; every step is in the history', async () => {
    let post = await createDraft(editor);
    expect(post).toMatchObject({ status: 'draft', version: 1, problems: [], targets: [{ accountId, status: 'pending', nextAttemptAt: null }] });
    post = await acted(editor, post, 'submit');
    expect(post.status).toBe('in_review');
    expect((await act(editor, post, 'approve')).statusCode).toBe(403);
    post = await acted(approver, post, 'approve', { comment: 'Nice' });
    const at = hourFromNow();
    post = await acted(editor, post, 'schedule', { scheduledAt: at });
    expect(post).toMatchObject({ status: 'scheduled', scheduledAt: at, targets: [{ status: 'pending', nextAttemptAt: at }] });

    const detail = (await editor.request('GET', url(`/${post.id}`))).json<Post>();
    expect(detail.history?.map(({ action, from, to, actor, comment }) => [action, from, to, actor.name, comment])).toEqual([
      ['create', 'draft', 'draft', 'editor', null],
      ['submit', 'draft', 'in_review', 'editor', null],
      ['approve', 'in_review', 'approved', 'approver', 'Nice'],
      ['schedule', 'approved', 'scheduled', 'editor', null],
    ]);
    // The approvers heard of the submission, the author of the approval; nobody of their own acts.
    const actionsIn = async (browser: Browser) =>
      (await browser.request('GET', `/api/workspaces/${workspaceId}/notifications`))
        .json<{ items: Array<{ type: string; payload: { postId: string; action: string } }> }>()
        .items.filter((item) => item.type === 'post.status_changed' && item.payload.postId === post.id)
        .map((item) => item.payload.action);
    expect(await actionsIn(approver)).toEqual(['submit']);
    expect(await actionsIn(editor)).toEqual(['approve']);
  });

  test('a rejection needs a reason and sends the post back as a draft', async () => {
    const post = await acted(editor, await createDraft(editor), 'submit');
    const silent = await act(approver, post, 'reject');
    expect(silent.statusCode).toBe(400);
    const rejected = await acted(approver, post, 'reject', { comment: 'Say which bread' });
    expect(rejected.status).toBe('draft');
  });

  test('nobody approves their own post, not even an owner', async () => {
    const post = await acted(owner, await createDraft(owner), 'submit');
    const own = await act(owner, post, 'approve');
    expect(own.statusCode).toBe(409);
    expect(errorOf(own)).toMatchObject({ id: 'invalid_transition', details: { reason: 'own_post' } });
  });

  test('editing an approved or scheduled post sends it back to review and off the schedule', async () => {
    let post = await acted(approver, await acted(editor, await createDraft(editor), 'submit'), 'approve');
    post = await acted(editor, post, 'schedule', { scheduledAt: hourFromNow() });
    const edited = await editor.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, content: content('Fresh rye at 7') });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Post>()).toMatchObject({ status: 'in_review', targets: [{ status: 'pending', nextAttemptAt: null }] });
  });

  test('sending an approved post back unchanged is not an edit: it stays approved', async () => {
    const post = await acted(approver, await acted(editor, await createDraft(editor, 'Same as before'), 'submit'), 'approve');
    const resent = await editor.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, content: content('Same as before'), targets: [{ accountId, content: null }] });
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json<Post>().status).toBe('approved');
  });

  test('moving a scheduled post to another time keeps it scheduled, at the new time', async () => {
    let post = await acted(approver, await acted(editor, await createDraft(editor), 'submit'), 'approve');
    post = await acted(editor, post, 'schedule', { scheduledAt: hourFromNow() });
    const later = new Date(t.clock.now().getTime() + 26 * 3_600_000).toISOString();
    const moved = await editor.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, scheduledAt: later });
    expect(moved.json<Post>()).toMatchObject({ status: 'scheduled', scheduledAt: later, targets: [{ nextAttemptAt: later }] });
  });
});

describe('no route skips approval', () => {
  test('schedule from a draft or from review is refused', async () => {
    const draft = await createDraft(editor);
    const fromDraft = await act(editor, draft, 'schedule', { scheduledAt: hourFromNow() });
    expect(fromDraft.statusCode).toBe(409);
    expect(errorOf(fromDraft)).toMatchObject({ id: 'invalid_transition', details: { reason: 'approval_required' } });
    const inReview = await acted(editor, draft, 'submit');
    expect((await act(editor, inReview, 'schedule', { scheduledAt: hourFromNow() })).statusCode).toBe(409);
  });

  test('creating or editing with a time only sets the time: the post stays a draft and nothing is due', async () => {
    const created = await editor.request('POST', url(), { content: content(), targets: [{ accountId }], scheduledAt: hourFromNow() });
    expect(created.json<Post>()).toMatchObject({ status: 'draft', targets: [{ nextAttemptAt: null }] });
    const post = created.json<Post>();
    const edited = await editor.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, scheduledAt: hourFromNow() });
    expect(edited.json<Post>()).toMatchObject({ status: 'draft', targets: [{ nextAttemptAt: null }] });
  });

  test('"add to queue" is a schedule and is refused for a draft', async () => {
    await owner.request('PUT', `/api/workspaces/${workspaceId}/connections/${accountId}/schedule`, { slots: [{ weekday: 'MO', hour: 9, minute: 0 }], postsPerWeek: 3 });
    const draft = await createDraft(editor);
    const queued = await editor.request('POST', url(`/${draft.id}/queue`), { expectedVersion: draft.version });
    expect(queued.statusCode).toBe(409);
    expect(errorOf(queued).details.reason).toBe('approval_required');
  });

  test('an API key with the editor role cannot approve', async () => {
    const post = await acted(editor, await createDraft(editor), 'submit');
    const response = await t.app.inject({
      method: 'POST',
      url: url(`/${post.id}/actions`),
      headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ action: 'approve', expectedVersion: post.version }),
    });
    expect(response.statusCode).toBe(403);
  });

  test('without required approval, a draft is scheduled directly and "add to queue" takes the next free slot', async () => {
    await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: false, latePolicy: 'skip_after', lateMinutes: 30 });
    const draft = await createDraft(editor);
    const queued = await editor.request('POST', url(`/${draft.id}/queue`), { expectedVersion: draft.version });
    expect(queued.statusCode, queued.body).toBe(200);
    // The test clock is Monday 2026-11-23 09:00 UTC, so the next Monday-09:00 slot is a week on.
    expect(queued.json<Post>()).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-30T09:00:00.000Z' });
    const second = await createDraft(editor);
    const next = await editor.request('POST', url(`/${second.id}/queue`), { expectedVersion: second.version });
    expect(next.json<Post>().scheduledAt).toBe('2026-12-07T09:00:00.000Z');
    await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: true, latePolicy: 'skip_after', lateMinutes: 30 });
  });
});

describe('guards', () => {
  test('an edit made on an old version is refused, not lost', async () => {
    const post = await createDraft(editor);
    const first = await editor.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, content: content('One') });
    expect(first.statusCode).toBe(200);
    const stale = await owner.request('PATCH', url(`/${post.id}`), { expectedVersion: post.version, content: content('Two') });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).id).toBe('version_conflict');
  });

  test('problems a network would refuse are shown on the draft and stop scheduling', async () => {
    await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: false, latePolicy: 'skip_after', lateMinutes: 30 });
    const post = await createDraft(editor, 'x'.repeat(5_000));
    expect(post.problems).toEqual([expect.objectContaining({ code: 'too_long', accountId })]);
    const refused = await act(editor, post, 'schedule', { scheduledAt: hourFromNow() });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { details: { problems: unknown[] } } }>().error.details.problems).toHaveLength(1);
    await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: true, latePolicy: 'skip_after', lateMinutes: 30 });
  });

  test('the live check reports problems and advice before anything is saved', async () => {
    const response = await editor.request('POST', url('/validate'), { content: content('Buy now! 50% off all cakes, order today'), targets: [{ accountId }] });
    expect(response.statusCode, response.body).toBe(200);
    const { problems, findings } = response.json<{ problems: unknown[]; findings: Array<{ code: string; accountId: string }> }>();
    expect(problems).toEqual([]);
    expect(findings.map((finding) => finding.code)).toContain('no_image');
  });

  test('an unknown account, a time in the past and another workspace are refused with clear errors', async () => {
    const unknown = await editor.request('POST', url(), { content: content(), targets: [{ accountId: '00000000-0000-4000-8000-000000000000' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { details: Array<{ path: unknown[] }> } }>().error.details[0]?.path).toEqual(['targets', 0, 'accountId']);
    const post = await acted(approver, await acted(editor, await createDraft(editor), 'submit'), 'approve');
    const past = await act(editor, post, 'schedule', { scheduledAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    const other = await owner.request('POST', '/api/workspaces', { name: 'Other', timezone: 'UTC' });
    const otherId = other.json<{ id: string }>().id;
    expect((await owner.request('GET', `/api/workspaces/${otherId}/posts/${post.id}`)).statusCode).toBe(404);
  });

  test('a scheduled post can be deleted; the delete is final', async () => {
    const post = await createDraft(editor);
    expect((await editor.request('DELETE', url(`/${post.id}`))).statusCode).toBe(200);
    expect((await editor.request('GET', url(`/${post.id}`))).statusCode).toBe(404);
  });
});

describe("the coach reads the account's audience", () => {
  test("a time when the account's audience is rarely active is flagged, from the comments and messages it received", async () => {
    // Four weeks of comments on weekdays between 09:00 and 17:59 (UTC, the workspace's zone): 720 in all.
    await t.handle.exec(`
      WITH conversation AS (
        INSERT INTO inbox_conversations (id, workspace_id, account_id, network, kind, thread_key)
        VALUES (gen_random_uuid(), '${workspaceId}', '${accountId}', 'sandbox', 'post', 'activity') RETURNING id
      )
      INSERT INTO inbox_items (id, workspace_id, account_id, conversation_id, external_id, kind, direction, text, author_external_id, author_handle, occurred_at)
      SELECT gen_random_uuid(), '${workspaceId}', '${accountId}', conversation.id, 'activity-' || n, 'comment', 'inbound', 'Lovely', 'fan', 'fan',
             date_trunc('day', timestamptz '2026-11-23T00:00:00Z') - ((n % 20) / 5 * 7 + (n % 5) + 3) * interval '1 day' + (9 + n % 9) * interval '1 hour'
      FROM conversation, generate_series(0, 719) AS n`);
    const check = async (scheduledAt: string) => {
      const response = await editor.request('POST', url('/validate'), { content: content('What are you baking this weekend?'), targets: [{ accountId }], scheduledAt });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ findings: Array<{ rule: string; params: { hour?: number; suggestedHour?: number } }> }>().findings.filter((finding) => finding.rule === 'quiet_hour');
    };
    const quiet = await check('2026-11-25T03:00:00.000Z');
    expect(quiet).toHaveLength(1);
    expect(quiet[0]?.params.hour).toBe(3);
    expect(quiet[0]?.params.suggestedHour).toBeGreaterThanOrEqual(9);
    expect(await check('2026-11-25T10:00:00.000Z')).toEqual([]);
  });
});
