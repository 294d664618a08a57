/**
 * Bulk import of posts from CSV through the HTTP API: Hootsuite's layout read in the workspace's
 * zone across a daylight-saving change, Chorus' own layout with several accounts, every bad row
 * reported with its line (line breaks inside quoted fields counted), nothing imported from a
 * file with errors unless the good rows are asked for, approval never skipped, and permissions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Browser, createTestApp, setUpOwner, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let analyst: Browser;
let approver: Browser;
let warsaw: string;
let bakery: string;
let cafe: string;

interface Post {
  id: string;
  status: string;
  scheduledAt: string | null;
  campaign: string | null;
  content: { parts: Array<{ text: string }>; firstComment: string | null };
  targets: Array<{ accountId: string; status: string; nextAttemptAt: string | null }>;
  history?: Array<{ action: string; from: string; to: string }>;
}
interface ImportAnswer {
  dryRun: boolean;
  layout: string;
  rows: number;
  goodRows: number;
  imported: number;
  status: string;
  posts: string[];
  errors: Array<{ line: number; code: string; reason: string; params: Record<string, unknown> }>;
}

const importUrl = (workspaceId: string) => `/api/workspaces/${workspaceId}/posts/import`;
const postOf = async (workspaceId: string, postId: string) => (await owner.request('GET', `/api/workspaces/${workspaceId}/posts/${postId}`)).json<Post>();
const postCount = async (workspaceId: string) => (await owner.request('GET', `/api/workspaces/${workspaceId}/posts?limit=500`)).json<{ items: Post[] }>().items.length;

async function workspace(name: string): Promise<{ id: string; accounts: string[] }> {
  const created = await owner.request('POST', '/api/workspaces', { name, timezone: 'Europe/Warsaw' });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const accounts: string[] = [];
  for (const handle of ['bakery.sandbox', 'cafe.sandbox']) {
    const connected = await owner.request('POST', `/api/workspaces/${id}/connections`, { network: 'sandbox', fields: { handle, organic: 'off' } });
    expect(connected.statusCode, connected.body).toBe(201);
    accounts.push(connected.json<{ id: string }>().id);
  }
  return { id, accounts };
}

async function member(workspaceId: string, email: string, role: string): Promise<Browser> {
  const added = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email, role, name: role, password: `${role} password 1` });
  expect(added.statusCode, added.body).toBe(201);
  const browser = new Browser(t.app);
  await browser.request('POST', '/api/auth/login', { email, password: `${role} password 1` });
  return browser;
}

beforeAll(async () => {
  // The test clock reads 2026-11-23 09:00 UTC; Warsaw's clocks go forward on 2027-03-28.
  t = await createTestApp();
  ({ browser: owner } = await setUpOwner(t));
  const created = await workspace('Warsaw Bakery');
  warsaw = created.id;
  [bakery = '', cafe = ''] = created.accounts;
  analyst = await member(warsaw, 'an@example.com', 'analyst');
});
afterAll(async () => t.close());

describe("Hootsuite's bulk composer layout", () => {
  test('rows are scheduled at their local time in the workspace zone, on both sides of a DST change', async () => {
    const csv = '27/03/2027 09:00,Last winter loaves,https://bakery.example/winter\r\n29/03/2027 09:00,"Spring rolls, at last"\r\n';
    const response = await owner.request('POST', importUrl(warsaw), { csv, layout: 'hootsuite', dateOrder: 'day_first', accountIds: [bakery] });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<ImportAnswer>();
    expect(answer).toMatchObject({ dryRun: false, layout: 'hootsuite', rows: 2, goodRows: 2, imported: 2, status: 'scheduled', errors: [] });
    const [first, second] = await Promise.all(answer.posts.map((id) => postOf(warsaw, id)));
    // 09:00 CET is 08:00Z; after the change 09:00 CEST is 07:00Z.
    expect(first).toMatchObject({ status: 'scheduled', scheduledAt: '2027-03-27T08:00:00.000Z', targets: [{ accountId: bakery, status: 'pending', nextAttemptAt: '2027-03-27T08:00:00.000Z' }] });
    expect(first?.content.parts[0]?.text).toBe('Last winter loaves https://bakery.example/winter');
    expect(second).toMatchObject({ status: 'scheduled', scheduledAt: '2027-03-29T07:00:00.000Z' });
    expect(second?.history?.map(({ action, from, to }) => [action, from, to])).toEqual([
      ['create', 'draft', 'draft'],
      ['schedule', 'draft', 'scheduled'],
    ]);
    const audit = (await owner.request('GET', `/api/workspaces/${warsaw}/audit`)).json<{ items: Array<{ action: string; details: Record<string, unknown> }> }>();
    expect(audit.items[0]).toMatchObject({ action: 'post.bulk_imported', details: { layout: 'hootsuite', rows: 2, imported: 2, postIds: answer.posts } });
  });

  test('month-first dates are read as such, and the date order is found from the file when not given', async () => {
    const monthFirst = await owner.request('POST', importUrl(warsaw), { csv: '03/30/2027 18:30,Evening bake\n', dateOrder: 'month_first', accountIds: [cafe], dryRun: true });
    expect(monthFirst.json<ImportAnswer>()).toMatchObject({ layout: 'hootsuite', goodRows: 1, errors: [] });
    const ambiguous = await owner.request('POST', importUrl(warsaw), { csv: '04/05/2027 09:00,Which day?\n', accountIds: [cafe] });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json<{ error: { id: string; details: { errors: Array<{ code: string }> } } }>().error).toMatchObject({ id: 'validation_failed', details: { errors: [{ code: 'ambiguous_dates' }] } });
  });
});

describe("Chorus' own layout", () => {
  test('several accounts per row by handle or id, a first comment, a campaign; the file’s accounts where a row names none', async () => {
    const csv = [
      'scheduled_at,text,link,accounts,first_comment,campaign',
      `2027-01-10 08:00,Sunday brunch,,bakery.sandbox;${cafe},Book a table?,Brunch`,
      '2027-01-11T08:00:00Z,Monday coffee,https://cafe.example,,,',
    ].join('\n');
    const response = await owner.request('POST', importUrl(warsaw), { csv, accountIds: [cafe] });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<ImportAnswer>();
    expect(answer).toMatchObject({ layout: 'chorus', imported: 2, errors: [] });
    const [brunch, coffee] = await Promise.all(answer.posts.map((id) => postOf(warsaw, id)));
    expect(brunch).toMatchObject({ status: 'scheduled', scheduledAt: '2027-01-10T07:00:00.000Z', campaign: 'Brunch', content: { firstComment: 'Book a table?' } });
    expect(brunch?.targets.map((target) => target.accountId).sort()).toEqual([bakery, cafe].sort());
    expect(coffee).toMatchObject({ scheduledAt: '2027-01-11T08:00:00.000Z', targets: [{ accountId: cafe }], content: { parts: [{ text: 'Monday coffee https://cafe.example' }] } });
  });
});

describe('a file with bad rows', () => {
  const csv = [
    'scheduled_at,text,link,accounts', // 1
    '2027-02-01 09:00,Good one,,bakery.sandbox', // 2
    '2027-02-01 10:00,"Good two, written', // 3
    'over two lines",,cafe.sandbox', // 4
    '2027-02-30 09:00,Bad date,,bakery.sandbox', // 5
    '2026-11-20 09:00,In the past,,bakery.sandbox', // 6
    '2027-02-01 11:00,,,bakery.sandbox', // 7
    '2027-02-01 12:00,Who is this?,,nobody.sandbox', // 8
    `2027-02-01 13:00,${'Too long for the sandbox. '.repeat(24)},,bakery.sandbox`, // 9
    '2027-02-01 14:00,Good three,https://bakery.example/three,bakery.sandbox;cafe.sandbox', // 10
  ].join('\r\n');
  const expected = [
    [5, 'bad_date'],
    [6, 'past_time'],
    [7, 'empty_text'],
    [8, 'unknown_account'],
    [9, 'network_problem'],
  ];

  test('imports nothing and reports every bad row with its line', async () => {
    const before = await postCount(warsaw);
    const response = await owner.request('POST', importUrl(warsaw), { csv, importGoodRows: false });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { id: string; details: { errors: ImportAnswer['errors']; rows: number; goodRows: number } } }>().error;
    expect(error.id).toBe('validation_failed');
    expect(error.details).toMatchObject({ rows: 8, goodRows: 3 });
    expect(error.details.errors.map(({ line, code }) => [line, code])).toEqual(expected);
    expect(error.details.errors.find((row) => row.line === 9)).toMatchObject({ params: { problem: 'too_long', account: 'bakery.sandbox', maxLength: 500 } });
    expect(await postCount(warsaw)).toBe(before);
  });

  test('a dry run reports the same and saves nothing', async () => {
    const before = await postCount(warsaw);
    const response = await owner.request('POST', importUrl(warsaw), { csv, dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<ImportAnswer>();
    expect(answer).toMatchObject({ dryRun: true, rows: 8, goodRows: 3, imported: 0, posts: [], status: 'scheduled' });
    expect(answer.errors.map(({ line, code }) => [line, code])).toEqual(expected);
    expect(await postCount(warsaw)).toBe(before);
  });

  test('with importGoodRows only the good rows are imported, and the bad ones are still reported', async () => {
    const response = await owner.request('POST', importUrl(warsaw), { csv, importGoodRows: true });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<ImportAnswer>();
    expect(answer).toMatchObject({ imported: 3, goodRows: 3 });
    expect(answer.errors.map(({ line, code }) => [line, code])).toEqual(expected);
    const posts = await Promise.all(answer.posts.map((id) => postOf(warsaw, id)));
    expect(posts.map((post) => post.content.parts[0]?.text)).toEqual(['Good one', 'Good two, written\nover two lines', 'Good three https://bakery.example/three']);
    expect(posts.every((post) => post.status === 'scheduled')).toBe(true);
  });

  test('a file-level problem is refused whatever importGoodRows says', async () => {
    const response = await owner.request('POST', importUrl(warsaw), { csv: 'scheduled_at,text,acounts\n2027-02-01 09:00,Hi,bakery.sandbox\n', importGoodRows: true });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { details: { errors: Array<{ line: number; code: string }> } } }>().error.details.errors).toEqual([expect.objectContaining({ line: 1, code: 'unknown_columns' })]);
    const foreign = await owner.request('POST', importUrl(warsaw), { csv: '27/03/2027 09:00,Hi\n', accountIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(foreign.statusCode).toBe(400);
  });
});

describe('approval and permissions', () => {
  test('where approval is required, imported posts are submitted for review, not scheduled, and the approvers hear of them', async () => {
    const review = await workspace('Review Co');
    approver = await member(review.id, 'ap@example.com', 'approver');
    const settings = await owner.request('PUT', `/api/workspaces/${review.id}/publishing/settings`, { approvalRequired: true, latePolicy: 'skip_after', lateMinutes: 30 });
    expect(settings.statusCode, settings.body).toBe(200);
    const response = await owner.request('POST', importUrl(review.id), { csv: '27/03/2027 09:00,Needs a look\n28/03/2027 09:00,Needs another look\n', dateOrder: 'day_first', accountIds: [review.accounts[0]] });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<ImportAnswer>();
    expect(answer).toMatchObject({ imported: 2, status: 'in_review' });
    for (const id of answer.posts) {
      const post = await postOf(review.id, id);
      expect(post).toMatchObject({ status: 'in_review', targets: [{ status: 'pending', nextAttemptAt: null }] });
      expect(post.history?.map(({ action, to }) => [action, to])).toEqual([
        ['create', 'draft'],
        ['submit', 'in_review'],
      ]);
    }
    const notified = (await approver.request('GET', `/api/workspaces/${review.id}/notifications`)).json<{ items: Array<{ type: string; payload: { postId: string } }> }>();
    expect(notified.items.filter((item) => item.type === 'post.status_changed').map((item) => item.payload.postId).sort()).toEqual([...answer.posts].sort());
  });

  test('an analyst, who may not write content, gets 403 and nothing is imported', async () => {
    const before = await postCount(warsaw);
    for (const dryRun of [true, false]) {
      const response = await analyst.request('POST', importUrl(warsaw), { csv: '27/03/2027 09:00,Hi\n', dateOrder: 'day_first', accountIds: [bakery], dryRun });
      expect(response.statusCode).toBe(403);
    }
    expect(await postCount(warsaw)).toBe(before);
  });
});
