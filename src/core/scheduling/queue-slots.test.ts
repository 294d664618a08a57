import { describe, expect, test } from 'vitest';
import { AppError } from '../errors.js';
import { nextFreeSlot, slotsBetween, type QueueSlot } from './queue-slots.js';

const slot = (text: string): QueueSlot => {
  const [weekday = '', time = ''] = text.split(' ');
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { weekday: weekday as QueueSlot['weekday'], hour, minute };
};
const slots = (...texts: string[]) => texts.map(slot);
const at = (iso: string) => new Date(iso);
const next = (list: QueueSlot[], zone: string, taken: string[], after: string, weeks?: number) => nextFreeSlot(list, zone, taken.map(at), at(after), weeks)?.toISOString() ?? null;

describe('nextFreeSlot', () => {
  const week = slots('MO 09:00', 'WE 09:00', 'FR 15:30');

  test('takes the first slot after the given instant', () => {
    // Monday 2026-01-12 10:00 CET: Monday's 09:00 has passed, Wednesday's is next.
    expect(next(week, 'Europe/Warsaw', [], '2026-01-12T09:00:00Z')).toBe('2026-01-14T08:00:00.000Z');
    // Strictly after: a slot at that very instant is not offered.
    expect(next(week, 'Europe/Warsaw', [], '2026-01-14T08:00:00Z')).toBe('2026-01-16T14:30:00.000Z');
  });

  test('a slot is taken by a post anywhere in the same minute', () => {
    expect(next(week, 'Europe/Warsaw', ['2026-01-14T08:00:45Z'], '2026-01-12T09:00:00Z')).toBe('2026-01-16T14:30:00.000Z');
    // A post a minute later does not take it.
    expect(next(week, 'Europe/Warsaw', ['2026-01-14T08:01:00Z'], '2026-01-12T09:00:00Z')).toBe('2026-01-14T08:00:00.000Z');
    expect(next(week, 'Europe/Warsaw', ['2026-01-14T08:00:00Z', '2026-01-16T14:30:00Z'], '2026-01-12T09:00:00Z')).toBe('2026-01-19T08:00:00.000Z');
  });

  test('keeps the local time across the spring change in Europe/Warsaw', () => {
    const sundays = slots('SU 09:00');
    expect(next(sundays, 'Europe/Warsaw', [], '2026-03-21T12:00:00Z')).toBe('2026-03-22T08:00:00.000Z');
    expect(next(sundays, 'Europe/Warsaw', ['2026-03-22T08:00:00Z'], '2026-03-21T12:00:00Z')).toBe('2026-03-29T07:00:00.000Z');
  });

  test('keeps the local time across the autumn change in America/New_York', () => {
    const sundays = slots('SU 09:00');
    expect(next(sundays, 'America/New_York', ['2026-10-25T13:00:00Z'], '2026-10-24T12:00:00Z')).toBe('2026-11-01T14:00:00.000Z');
  });

  test('a slot in the gap moves forward by the gap and merges with a slot already there', () => {
    const night = slots('SU 02:30', 'SU 03:30');
    // 02:30 does not exist on 2026-03-29; it becomes 03:30 CEST = 01:30Z, the same as the other slot.
    expect(next(night, 'Europe/Warsaw', [], '2026-03-28T12:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
    expect(next(night, 'Europe/Warsaw', ['2026-03-29T01:30:00Z'], '2026-03-28T12:00:00Z')).toBe('2026-04-05T00:30:00.000Z');
  });

  test('a slot in the overlap is its first occurrence', () => {
    expect(next(slots('SU 02:30'), 'Europe/Warsaw', [], '2026-10-24T12:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
    // Asked after the first 02:30, the second one (01:30Z) is not a slot: next week's is.
    expect(next(slots('SU 02:30'), 'Europe/Warsaw', [], '2026-10-25T00:45:00Z')).toBe('2026-11-01T01:30:00.000Z');
  });

  test('Asia/Jakarta: a slot is always seven hours ahead of UTC', () => {
    expect(next(slots('MO 09:00'), 'Asia/Jakarta', [], '2026-03-27T00:00:00Z')).toBe('2026-03-30T02:00:00.000Z');
    expect(next(slots('MO 09:00'), 'Asia/Jakarta', [], '2026-10-23T00:00:00Z')).toBe('2026-10-26T02:00:00.000Z');
  });

  test('the local day of `after` decides the first day looked at', () => {
    // 23:30Z on Sunday is already Monday 06:30 in Jakarta, so Monday 09:00 is the same day.
    expect(next(slots('MO 09:00'), 'Asia/Jakarta', [], '2026-03-29T23:30:00Z')).toBe('2026-03-30T02:00:00.000Z');
  });

  test('gives up after the searched weeks, or at once without slots', () => {
    const taken = ['2026-01-19T08:00:00Z', '2026-01-26T08:00:00Z'];
    expect(next(slots('MO 09:00'), 'Europe/Warsaw', taken, '2026-01-13T00:00:00Z', 2)).toBeNull();
    expect(next(slots('MO 09:00'), 'Europe/Warsaw', taken, '2026-01-13T00:00:00Z', 3)).toBe('2026-02-02T08:00:00.000Z');
    expect(next([], 'Europe/Warsaw', [], '2026-01-13T00:00:00Z')).toBeNull();
  });

  test('refuses an impossible slot or an unknown zone', () => {
    expect(() => nextFreeSlot([{ weekday: 'MO', hour: 24, minute: 0 }], 'Europe/Warsaw', [], at('2026-01-01T00:00:00Z'))).toThrow(AppError);
    expect(() => nextFreeSlot([{ weekday: 'MO', hour: 9, minute: 60 }], 'Europe/Warsaw', [], at('2026-01-01T00:00:00Z'))).toThrow(AppError);
    expect(() => nextFreeSlot(slots('XX 09:00'), 'Europe/Warsaw', [], at('2026-01-01T00:00:00Z'))).toThrow(AppError);
    expect(() => nextFreeSlot(slots('MO 09:00'), 'Warsaw', [], at('2026-01-01T00:00:00Z'))).toThrow(AppError);
  });
});

describe('slotsBetween', () => {
  test('lists the slot instants of a window across the DST change, in order', () => {
    const found = slotsBetween(slots('SA 18:00', 'SU 09:00', 'MO 09:00'), 'Europe/Warsaw', at('2026-03-28T00:00:00Z'), at('2026-03-30T23:00:00Z'));
    expect(found.map((date) => date.toISOString())).toEqual(['2026-03-28T17:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  test('the window is [from, to)', () => {
    const found = slotsBetween(slots('MO 09:00'), 'Europe/Warsaw', at('2026-01-12T08:00:00Z'), at('2026-01-19T08:00:00Z'));
    expect(found.map((date) => date.toISOString())).toEqual(['2026-01-12T08:00:00.000Z']);
  });
});
