import { describe, expect, it } from 'vitest';
import { draftsOf, GOING_OUT_LOOK_MS, groupByLocalDay, isMovable, movedToDay, nextLookIn, projectedEntries, upcomingOf } from './calendarPosts.js';

const post = (id: string, scheduledAt: string | null, status = 'scheduled') => ({ id, status, scheduledAt });

describe('groupByLocalDay', () => {
  it('puts a post on the day it falls on in the viewer zone, sorted by time', () => {
    const posts = [post('late', '2026-05-04T22:30:00Z'), post('early', '2026-05-04T06:00:00Z'), post('none', null, 'draft')];
    const inWarsaw = groupByLocalDay(posts, 'Europe/Warsaw');
    expect(inWarsaw.get('2026-05-04')?.map(({ id }) => id)).toEqual(['early']);
    expect(inWarsaw.get('2026-05-05')?.map(({ id }) => id)).toEqual(['late']);
    const inNewYork = groupByLocalDay(posts, 'America/New_York');
    expect(inNewYork.get('2026-05-04')?.map(({ id }) => id)).toEqual(['early', 'late']);
    expect([...inNewYork.values()].flat()).toHaveLength(2);
  });
});

describe('movedToDay', () => {
  it('keeps the local time of day across a daylight-saving change', () => {
    // 09:30 in Warsaw on Friday 27 March (+01:00) dropped on Monday 30 March (+02:00).
    expect(movedToDay('2026-03-27T08:30:00.000Z', { year: 2026, month: 3, day: 30 }, 'Europe/Warsaw')).toBe('2026-03-30T07:30:00.000Z');
  });

  it('reads the day in the zone, not in UTC', () => {
    // 23:15 in Jakarta on 1 June is 16:15Z; moved one local day on.
    expect(movedToDay('2026-06-01T16:15:00.000Z', { year: 2026, month: 6, day: 2 }, 'Asia/Jakarta')).toBe('2026-06-02T16:15:00.000Z');
  });

  it('is undefined for a drop on the same day', () => {
    expect(movedToDay('2026-06-01T16:15:00.000Z', { year: 2026, month: 6, day: 1 }, 'Asia/Jakarta')).toBeUndefined();
  });
});

describe('which posts go where', () => {
  it('lets only posts not yet going out be dragged', () => {
    expect(isMovable(post('a', '2026-06-01T10:00:00Z'))).toBe(true);
    expect(isMovable(post('b', '2026-06-01T10:00:00Z', 'published'))).toBe(false);
    expect(isMovable(post('c', null, 'draft'))).toBe(false);
  });

  it('lists upcoming scheduled posts soonest first and drafts apart', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const posts = [post('later', '2026-06-03T10:00:00Z'), post('past', '2026-05-30T10:00:00Z'), post('soon', '2026-06-02T10:00:00Z'), post('draft', null, 'draft')];
    expect(upcomingOf(posts, now).map(({ id }) => id)).toEqual(['soon', 'later']);
    expect(draftsOf(posts).map(({ id }) => id)).toEqual(['draft']);
  });
});

describe('nextLookIn', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('looks every few seconds while a post is going out or due', () => {
    expect(nextLookIn([post('a', '2026-06-01T11:59:00Z', 'publishing')], now)).toBe(GOING_OUT_LOOK_MS);
    expect(nextLookIn([post('b', '2026-06-01T11:58:00Z')], now)).toBe(GOING_OUT_LOOK_MS);
  });

  it('waits for the next scheduled post, and not for posts that will not change by themselves', () => {
    expect(nextLookIn([post('later', '2026-06-01T12:05:00Z'), post('soon', '2026-06-01T12:00:30Z'), post('done', '2026-06-01T11:00:00Z', 'published')], now)).toBe(30_000);
    expect(nextLookIn([post('done', '2026-06-01T11:00:00Z', 'published'), post('draft', null, 'draft'), post('long ago', '2026-05-01T12:00:00Z')], now)).toBeUndefined();
    expect(nextLookIn([post('next month', '2026-07-01T12:00:00Z')], now)).toBe(3_600_000);
  });
});

describe('later occurrences of a recurring series', () => {
  const head = { id: 'p1', status: 'scheduled', scheduledAt: '2027-06-07T07:00:00.000Z' };
  it('shows the head post at each occurrence, and never as something to drag', () => {
    const entries = projectedEntries([head], [
      { postId: 'p1', at: '2027-06-14T07:00:00.000Z' },
      { postId: 'gone', at: '2027-06-15T07:00:00.000Z' },
    ]);
    expect(entries).toEqual([{ ...head, scheduledAt: '2027-06-14T07:00:00.000Z', projectedAt: '2027-06-14T07:00:00.000Z' }]);
    expect(isMovable(head)).toBe(true);
    expect(entries.map(isMovable)).toEqual([false]);
  });
});
