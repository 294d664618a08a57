/**
 * Recurring posts (P3) through the API and the pipeline: a weekly post at 09:00 Warsaw time keeps
 * 09:00 across the spring daylight-saving change, each occurrence is published once as a post of
 * its own, the series ends after COUNT, and a bad rule is refused with the part at fault.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { continueSeries } from '../../src/app/publishing/series.js';
import { publishTarget } from '../../src/app/publishing/pipeline.js';
import { createTestApp, OWNER, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let accountId: string;

interface Post {
  id: string;
  status: string;
  version: number;
  scheduledAt: string | null;
  recurrence: string | null;
  seriesId: string | null;
  targets: Array<{ id: string; status: string }>;
}

const url = (path = '') => `/api/workspaces/${workspaceId}/posts${path}`;
const content = { parts: [{ text: 'Monday question: what are you baking this week?', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null };

async function seriesPosts(seriesId: string): Promise<Post[]> {
  const all = (await owner.request('GET', url('?limit=100'))).json<{ items: Post[] }>().items;
  return all.filter((post) => post.seriesId === seriesId).sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
}

/** Moves the test clock to the post's time and runs the pipeline on its one target. */
async function publish(post: Post): Promise<void> {
  t.clock.advance(new Date(post.scheduledAt ?? 0).getTime() - t.clock.now().getTime());
  expect(await publishTarget(t.ctx, post.targets[0]?.id ?? '')).toBe('published');
  // Months pass in these tests; the session would have expired.
  await owner.request('POST', '/api/auth/login', { email: OWNER.email, password: OWNER.password });
}

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  expect((await owner.request('PATCH', `/api/workspaces/${workspaceId}`, { timezone: 'Europe/Warsaw' })).statusCode).toBe(200);
  accountId = (await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'weekly.sandbox' } })).json<{ id: string }>().id;
});
afterAll(async () => t.close());

describe('recurring posts', () => {
  test('a weekly post keeps 09:00 local across the spring change, each occurrence published once, and ends after COUNT', async () => {
    const created = await owner.request('POST', url(), { content, targets: [{ accountId }], recurrence: 'RRULE:FREQ=WEEKLY;COUNT=3;INTERVAL=1' });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Post>();
    expect(draft.recurrence).toBe('FREQ=WEEKLY;COUNT=3');
    // Monday 22 March 2027, 09:00 in Warsaw (CET, UTC+1).
    const first = (await owner.request('POST', url(`/${draft.id}/actions`), { action: 'schedule', expectedVersion: draft.version, scheduledAt: '2027-03-22T08:00:00.000Z' })).json<Post>();
    expect(first).toMatchObject({ status: 'scheduled', seriesId: draft.id });

    await publish(first);
    let series = await seriesPosts(draft.id);
    // The next Monday is in summer time (CEST, UTC+2): still 09:00 on the wall.
    expect(series.map((post) => [post.scheduledAt, post.status])).toEqual([
      ['2027-03-22T08:00:00.000Z', 'published'],
      ['2027-03-29T07:00:00.000Z', 'scheduled'],
    ]);
    // Finishing the same occurrence again (a second worker, a retry) does not make a second successor.
    await continueSeries(t.ctx, first.id);
    expect(await seriesPosts(draft.id)).toHaveLength(2);

    await publish(series[1] as Post);
    series = await seriesPosts(draft.id);
    expect(series.map((post) => post.scheduledAt)).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-04-05T07:00:00.000Z']);
    await publish(series[2] as Post);
    series = await seriesPosts(draft.id);
    expect(series.map((post) => post.status)).toEqual(['published', 'published', 'published']);
  });

  test('the calendar shows the later occurrences of a series, computed from its rule, until they are written', async () => {
    const draft = (await owner.request('POST', url(), { content, targets: [{ accountId }], recurrence: 'FREQ=WEEKLY' })).json<Post>();
    // Monday 7 June 2027, 09:00 in Warsaw (CEST).
    const first = (await owner.request('POST', url(`/${draft.id}/actions`), { action: 'schedule', expectedVersion: draft.version, scheduledAt: '2027-06-07T07:00:00.000Z' })).json<Post>();
    const calendar = async () =>
      (await owner.request('GET', `/api/workspaces/${workspaceId}/calendar?from=2027-06-01T00:00:00.000Z&to=2027-07-01T00:00:00.000Z`)).json<{
        posts: Post[];
        repeats: { posts: Post[]; occurrences: Array<{ postId: string; at: string }> };
      }>();
    let shown = await calendar();
    expect(shown.posts.map((post) => post.id)).toEqual([first.id]);
    expect(shown.repeats.posts.map((post) => post.id)).toEqual([first.id]);
    expect(shown.repeats.occurrences).toEqual(['2027-06-14', '2027-06-21', '2027-06-28'].map((day) => ({ postId: first.id, at: `${day}T07:00:00.000Z` })));

    // Once the first is out, the second is a post of its own and the projection follows from it.
    await publish(first);
    shown = await calendar();
    const second = (await seriesPosts(draft.id))[1] as Post;
    expect(shown.posts.map((post) => post.scheduledAt)).toEqual(['2027-06-07T07:00:00.000Z', '2027-06-14T07:00:00.000Z']);
    expect(shown.repeats.occurrences).toEqual(['2027-06-21', '2027-06-28'].map((day) => ({ postId: second.id, at: `${day}T07:00:00.000Z` })));
  });

  test('a rule Chorus cannot follow is refused with the part at fault', async () => {
    const response = await owner.request('POST', url(), { content, targets: [{ accountId }], recurrence: 'FREQ=WEEKLY;BYHOUR=9' });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { id: string; details: Array<{ path: string[]; part: string }> } }>().error;
    expect(error.id).toBe('validation_failed');
    expect(error.details[0]).toMatchObject({ path: ['recurrence'], part: 'BYHOUR' });
  });
});
