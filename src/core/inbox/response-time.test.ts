import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { businessMinutesBetween, median, overdueMinutes, responseFigures, withinTarget } from './response-time.js';
import type { BusinessHours } from './types.js';

const OFFICE: BusinessHours = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] };
const at = (iso: string) => new Date(iso);

describe('businessMinutesBetween', () => {
  it('counts every minute without business hours', () => {
    expect(businessMinutesBetween(at('2025-06-06T16:00:00Z'), at('2025-06-09T10:00:00Z'), null, 'UTC')).toBe(66 * 60);
  });

  it('skips the weekend: Friday 16:00 to Monday 10:00 is two hours', () => {
    // 2025-06-06 is a Friday; Jakarta is UTC+7 all year.
    expect(businessMinutesBetween(at('2025-06-06T16:00:00+07:00'), at('2025-06-09T10:00:00+07:00'), OFFICE, 'Asia/Jakarta')).toBe(120);
  });

  it('reads the hours in the workspace time zone', () => {
    // 16:00 UTC on that Friday is already 23:00 in Jakarta: nothing counts until Monday 09:00 there.
    expect(businessMinutesBetween(at('2025-06-06T16:00:00Z'), at('2025-06-09T03:00:00Z'), OFFICE, 'Asia/Jakarta')).toBe(60);
  });

  it('counts nothing outside hours and partial days inside them', () => {
    expect(businessMinutesBetween(at('2025-06-07T10:00:00Z'), at('2025-06-08T18:00:00Z'), OFFICE, 'UTC')).toBe(0);
    expect(businessMinutesBetween(at('2025-06-09T08:30:00Z'), at('2025-06-09T09:45:30Z'), OFFICE, 'UTC')).toBe(45.5);
    expect(businessMinutesBetween(at('2025-06-09T12:00:00Z'), at('2025-06-09T11:00:00Z'), OFFICE, 'UTC')).toBe(0);
  });

  it('stays correct across a daylight-saving change', () => {
    // New York moves from UTC-5 to UTC-4 on Sunday 2025-03-09. Friday 12:00 to Monday 12:00 local
    // is 5 h on Friday and 3 h on Monday (Friday's offset kept for Monday would give 2 h there).
    expect(businessMinutesBetween(at('2025-03-07T17:00:00Z'), at('2025-03-10T16:00:00Z'), OFFICE, 'America/New_York')).toBe(8 * 60);
    // A day that is open around the clock has 23 hours when the clocks spring forward (Warsaw, 2025-03-30).
    const always: BusinessHours = { sun: [['00:00', '24:00']] };
    expect(businessMinutesBetween(at('2025-03-29T12:00:00Z'), at('2025-03-31T12:00:00Z'), always, 'Europe/Warsaw')).toBe(23 * 60);
    // And 25 when they fall back (2025-10-26).
    expect(businessMinutesBetween(at('2025-10-25T12:00:00Z'), at('2025-10-27T12:00:00Z'), always, 'Europe/Warsaw')).toBe(25 * 60);
    // An hour the clocks skip is never open; one they repeat is open twice.
    const twoToThree: BusinessHours = { sun: [['02:00', '03:00']] };
    expect(businessMinutesBetween(at('2025-03-29T12:00:00Z'), at('2025-03-31T12:00:00Z'), twoToThree, 'Europe/Warsaw')).toBe(0);
    expect(businessMinutesBetween(at('2025-10-25T12:00:00Z'), at('2025-10-27T12:00:00Z'), twoToThree, 'Europe/Warsaw')).toBe(120);
  });

  it('lets an interval run past midnight into the next day, counting overlaps once', () => {
    const nights: BusinessHours = { fri: [['22:00', '02:00']], sat: [['00:00', '01:00']] };
    // Friday 2025-06-06 20:00 to Saturday 12:00 UTC: open 22:00–02:00, Saturday's 00:00–01:00 already inside.
    expect(businessMinutesBetween(at('2025-06-06T20:00:00Z'), at('2025-06-07T12:00:00Z'), nights, 'UTC')).toBe(240);
    // Starting after midnight still finds Friday's interval.
    expect(businessMinutesBetween(at('2025-06-07T01:00:00Z'), at('2025-06-07T12:00:00Z'), nights, 'UTC')).toBe(60);
  });

  it('rejects malformed hours and unknown time zones with a clear error', () => {
    expect(() => businessMinutesBetween(at('2025-06-09T08:00:00Z'), at('2025-06-09T18:00:00Z'), { mon: [['9:00', '17:00']] }, 'UTC')).toThrow(AppError);
    expect(() => businessMinutesBetween(at('2025-06-09T08:00:00Z'), at('2025-06-09T18:00:00Z'), OFFICE, 'Mars/Olympus')).toThrow(/Unknown time zone/);
  });
});

describe('median and targets', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
  });

  it('counts a response exactly at the target as within it', () => {
    expect(withinTarget(60, 60)).toBe(true);
    expect(withinTarget(60.5, 60)).toBe(false);
    expect(withinTarget(1_000, null)).toBe(true);
  });

  it('aggregates first-response and resolution figures', () => {
    const start = at('2025-06-09T09:00:00Z'); // a Monday
    const plus = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const conversations = [
      { firstInboundAt: start, firstResponseAt: plus(10), resolvedAt: plus(100) },
      { firstInboundAt: start, firstResponseAt: plus(30), resolvedAt: null },
      { firstInboundAt: start, firstResponseAt: plus(90), resolvedAt: plus(200) },
      { firstInboundAt: start, firstResponseAt: null, resolvedAt: null },
    ];
    expect(responseFigures(conversations, 60, OFFICE, 'UTC')).toEqual({
      conversations: 4,
      answered: 3,
      medianFirstResponseMinutes: 30,
      medianResolutionMinutes: 150,
      withinTargetShare: 2 / 3,
    });
    expect(responseFigures(conversations, null, null, 'UTC').withinTargetShare).toBeNull();
    expect(responseFigures([], 60, null, 'UTC')).toEqual({ conversations: 0, answered: 0, medianFirstResponseMinutes: null, medianResolutionMinutes: null, withinTargetShare: null });
  });

  it('counts resolution time in business hours too', () => {
    const friday = at('2025-06-06T16:00:00Z');
    const figures = responseFigures([{ firstInboundAt: friday, firstResponseAt: at('2025-06-06T16:30:00Z'), resolvedAt: at('2025-06-09T10:00:00Z') }], 60, OFFICE, 'UTC');
    expect(figures).toMatchObject({ medianFirstResponseMinutes: 30, medianResolutionMinutes: 120, withinTargetShare: 1 });
  });
});

describe('overdueMinutes', () => {
  it('is the business minutes past the target, or null', () => {
    const since = at('2025-06-06T16:00:00Z');
    expect(overdueMinutes(since, at('2025-06-09T10:00:00Z'), 60, OFFICE, 'UTC')).toBe(60);
    expect(overdueMinutes(since, at('2025-06-09T09:00:00Z'), 60, OFFICE, 'UTC')).toBeNull();
    expect(overdueMinutes(since, at('2025-06-09T10:00:00Z'), null, OFFICE, 'UTC')).toBeNull();
    expect(overdueMinutes(null, at('2025-06-09T10:00:00Z'), 60, OFFICE, 'UTC')).toBeNull();
    expect(overdueMinutes(since, at('2025-06-06T18:30:20Z'), 60, null, 'UTC')).toBe(90);
  });
});
