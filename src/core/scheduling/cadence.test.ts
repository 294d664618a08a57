import { describe, expect, test } from 'vitest';
import { AppError } from '../errors.js';
import type { ChannelCadence } from '../planning/types.js';
import { cadenceRow, cadenceTarget, longestQuietRun, type CadenceInput } from './cadence.js';
import type { LocalDate } from './calendar-date.js';

const day = (text: string): LocalDate => {
  const [year = 0, month = 0, dayOfMonth = 0] = text.split('-').map(Number);
  return { year, month, day: dayOfMonth };
};
const row = (postsPerWeek: number | null, posts: string[], firstDay: string, lastDay: string, zone = 'Europe/Warsaw') => {
  const input: CadenceInput = { postsPerWeek, posts: posts.map((iso) => new Date(iso)), zone, firstDay: day(firstDay), lastDay: day(lastDay) };
  return cadenceRow(input);
};
const gaps = (days: ReturnType<typeof row>) => days.filter((entry) => entry.gap).map((entry) => entry.date);

describe('longestQuietRun', () => {
  test('is ceil(7 / posts per week); no target accepts any run', () => {
    expect([7, 5, 3, 2, 1, 0.5, 14].map(longestQuietRun)).toEqual([1, 2, 3, 4, 7, 14, 1]);
    expect(longestQuietRun(0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('cadenceRow', () => {
  test('one entry per local day, with the posts of that day', () => {
    const days = row(7, ['2026-03-02T08:00:00Z', '2026-03-02T15:00:00Z'], '2026-03-01', '2026-03-03');
    expect(days).toEqual([
      { date: '2026-03-01', posts: 0, active: false, gap: false, quietRun: 1 },
      { date: '2026-03-02', posts: 2, active: true, gap: false, quietRun: 0 },
      { date: '2026-03-03', posts: 0, active: false, gap: false, quietRun: 1 },
    ]);
  });

  test('daily: the second quiet day in a row is a gap', () => {
    const days = row(7, ['2026-03-01T08:00:00Z', '2026-03-05T08:00:00Z'], '2026-03-01', '2026-03-06');
    expect(gaps(days)).toEqual(['2026-03-03', '2026-03-04']);
  });

  test('five a week: a quiet weekend is fine, a third quiet day is not', () => {
    // 2026-03-02 is a Monday.
    const weekdays = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'].map((date) => `${date}T08:00:00Z`);
    expect(gaps(row(5, weekdays, '2026-03-02', '2026-03-09'))).toEqual([]);
    expect(gaps(row(5, weekdays.slice(0, 4).concat('2026-03-09T08:00:00Z'), '2026-03-02', '2026-03-09'))).toEqual(['2026-03-08']);
  });

  test('weekly: a post that slips a day is fine, a fortnight without one is not', () => {
    expect(gaps(row(1, ['2026-03-02T08:00:00Z', '2026-03-10T08:00:00Z'], '2026-03-02', '2026-03-10'))).toEqual([]);
    expect(gaps(row(1, ['2026-03-02T08:00:00Z', '2026-03-16T08:00:00Z'], '2026-03-02', '2026-03-16'))).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
  });

  test('posts before the row carry the quiet run into it; without them the run starts at the first day', () => {
    expect(gaps(row(3, ['2026-02-26T08:00:00Z'], '2026-03-01', '2026-03-03'))).toEqual(['2026-03-02', '2026-03-03']);
    expect(row(3, ['2026-02-26T08:00:00Z'], '2026-03-01', '2026-03-01')[0]?.quietRun).toBe(3);
    expect(gaps(row(3, [], '2026-03-01', '2026-03-03'))).toEqual([]);
    expect(gaps(row(3, [], '2026-03-01', '2026-03-05'))).toEqual(['2026-03-04', '2026-03-05']);
  });

  test('posts after the row are ignored', () => {
    expect(row(7, ['2026-03-10T08:00:00Z'], '2026-03-01', '2026-03-02').every((entry) => entry.posts === 0)).toBe(true);
  });

  test('no target flags nothing', () => {
    expect(gaps(row(null, [], '2026-03-01', '2026-03-31'))).toEqual([]);
    expect(gaps(row(0, [], '2026-03-01', '2026-03-31'))).toEqual([]);
  });

  test('a post belongs to the local day of the zone', () => {
    // 22:30Z on 29 March is 00:30 CEST on the 30th in Warsaw, still the 29th in New York.
    expect(row(7, ['2026-03-29T22:30:00Z'], '2026-03-29', '2026-03-30').map((entry) => entry.posts)).toEqual([0, 1]);
    expect(row(7, ['2026-03-29T22:30:00Z'], '2026-03-29', '2026-03-30', 'America/New_York').map((entry) => entry.posts)).toEqual([1, 0]);
    // 18:00Z is already the next day in Jakarta (UTC+7).
    expect(row(7, ['2026-03-01T18:00:00Z'], '2026-03-01', '2026-03-02', 'Asia/Jakarta').map((entry) => entry.posts)).toEqual([0, 1]);
  });

  test('the days of a DST change are one entry each', () => {
    expect(row(7, [], '2026-03-28', '2026-03-30').map((entry) => entry.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(row(7, [], '2026-10-24', '2026-10-26').map((entry) => entry.date)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  test('refuses a backwards or too long range and an unknown zone', () => {
    expect(() => row(7, [], '2026-03-02', '2026-03-01')).toThrow(AppError);
    expect(() => row(7, [], '2026-01-01', '2027-12-31')).toThrow(AppError);
    expect(() => row(7, [], '2026-03-01', '2026-03-02', 'Europe/Nowhere')).toThrow(AppError);
  });
});

describe('cadenceTarget', () => {
  const plan: ChannelCadence[] = [
    { channel: 'facebook', postsPerWeek: 5 },
    { channel: 'instagram', postsPerWeek: 3 },
  ];

  test("the strategy's cadence for the channel wins over the setting", () => {
    expect(cadenceTarget(plan, 'instagram', 7)).toEqual({ postsPerWeek: 3, source: 'strategy' });
  });

  test('the setting applies without a strategy or when the strategy skips the channel', () => {
    expect(cadenceTarget(null, 'instagram', 2)).toEqual({ postsPerWeek: 2, source: 'setting' });
    expect(cadenceTarget(plan, 'youtube', 1)).toEqual({ postsPerWeek: 1, source: 'setting' });
    expect(cadenceTarget(plan, null, 4)).toEqual({ postsPerWeek: 4, source: 'setting' });
  });

  test('neither gives no target', () => {
    expect(cadenceTarget(plan, 'youtube', null)).toBeNull();
  });
});
