import { describe, expect, test } from 'vitest';
import { latestRun, nextRun } from './report-schedule.js';

describe('report schedule', () => {
  const weekly = { frequency: 'weekly' as const, weekday: 0, monthDay: null, hour: 9, minute: 0 };
  const monthly = { frequency: 'monthly' as const, weekday: null, monthDay: 1, hour: 8, minute: 30 };

  test('a weekly report is due on its weekday at its local time and covers the 7 days before', () => {
    // Monday 2026-11-23 09:00 in Jakarta is 02:00 UTC.
    const run = latestRun(weekly, 'Asia/Jakarta', new Date('2026-11-23T02:05:00Z'));
    expect(run.dueAt.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect([run.from, run.to]).toEqual(['2026-11-16', '2026-11-22']);
    // A minute before its time, the latest run is the week before's.
    expect(latestRun(weekly, 'Asia/Jakarta', new Date('2026-11-23T01:59:00Z')).dueAt.toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(nextRun(weekly, 'Asia/Jakarta', new Date('2026-11-23T02:05:00Z')).dueAt.toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });

  test('a monthly report covers the previous calendar month, across a year and a DST change', () => {
    const run = latestRun(monthly, 'Europe/Warsaw', new Date('2027-01-01T07:31:00Z'));
    expect(run.dueAt.toISOString()).toBe('2027-01-01T07:30:00.000Z');
    expect([run.from, run.to]).toEqual(['2026-12-01', '2026-12-31']);
    const april = latestRun(monthly, 'Europe/Warsaw', new Date('2026-04-15T00:00:00Z'));
    expect(april.dueAt.toISOString()).toBe('2026-04-01T06:30:00.000Z');
    expect([april.from, april.to]).toEqual(['2026-03-01', '2026-03-31']);
    const beforeTime = latestRun(monthly, 'Europe/Warsaw', new Date('2026-03-01T07:00:00Z'));
    expect([beforeTime.from, beforeTime.to]).toEqual(['2026-01-01', '2026-01-31']);
  });
});
