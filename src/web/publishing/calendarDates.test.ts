import { describe, expect, it } from 'vitest';
import { dateKey, fromDateTimeInput, monthGrid, rangeOf, stepAnchor, toDateTimeInput, weekOf } from './calendarDates.js';

describe('monthGrid', () => {
  it('covers the month in whole Monday-first weeks', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    const weeks = monthGrid(2026, 3);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(dateKey(weeks[0]?.[0] ?? { year: 0, month: 0, day: 0 })).toBe('2026-02-23');
    expect(dateKey(weeks[5]?.[6] ?? { year: 0, month: 0, day: 0 })).toBe('2026-04-05');
  });

  it('needs only four rows for a February that starts on a Monday', () => {
    expect(monthGrid(2021, 2)).toHaveLength(4);
  });
});

describe('weeks and ranges in a time zone', () => {
  it('finds the Monday of any day', () => {
    expect(weekOf({ year: 2026, month: 1, day: 1 }).map(dateKey)).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  });

  it('asks for local midnights, whatever the offset', () => {
    const week = weekOf({ year: 2026, month: 3, day: 25 });
    // The week of the spring change in Warsaw: it starts at +01:00 and ends at +02:00.
    expect(rangeOf(week, 'Europe/Warsaw')).toEqual({ from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    expect(rangeOf(week, 'Asia/Jakarta')).toEqual({ from: '2026-03-22T17:00:00.000Z', to: '2026-03-29T17:00:00.000Z' });
  });

  it('steps by month to the first day, and by week', () => {
    expect(stepAnchor('month', { year: 2026, month: 12, day: 15 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(stepAnchor('week', { year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 22 });
  });
});

describe('datetime-local values', () => {
  it('round-trip through the zone', () => {
    expect(toDateTimeInput('2026-06-01T07:30:00.000Z', 'Europe/Warsaw')).toBe('2026-06-01T09:30');
    expect(fromDateTimeInput('2026-06-01T09:30', 'Europe/Warsaw')).toBe('2026-06-01T07:30:00.000Z');
  });

  it('rejects what is not a date and time', () => {
    expect(fromDateTimeInput('', 'UTC')).toBeUndefined();
    expect(fromDateTimeInput('2026-02-30T10:00', 'UTC')).toBeUndefined();
  });
});
