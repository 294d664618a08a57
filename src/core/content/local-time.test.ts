import { describe, expect, it } from 'vitest';
import { localSlot } from './local-time.js';

const SUN = 0;
const MON = 1;
const SAT = 6;

describe('localSlot', () => {
  it('follows Warsaw into summer time: the hour 02:00–03:00 of 30 March 2025 does not exist', () => {
    expect(localSlot(new Date('2025-03-30T00:30:00Z'), 'Europe/Warsaw')).toEqual({ day: SUN, hour: 1 });
    expect(localSlot(new Date('2025-03-30T01:30:00Z'), 'Europe/Warsaw')).toEqual({ day: SUN, hour: 3 });
  });

  it('follows Warsaw back to winter time: 02:00–03:00 of 26 October 2025 happens twice', () => {
    expect(localSlot(new Date('2025-10-26T00:30:00Z'), 'Europe/Warsaw')).toEqual({ day: SUN, hour: 2 });
    expect(localSlot(new Date('2025-10-26T01:30:00Z'), 'Europe/Warsaw')).toEqual({ day: SUN, hour: 2 });
    expect(localSlot(new Date('2025-10-26T02:30:00Z'), 'Europe/Warsaw')).toEqual({ day: SUN, hour: 3 });
  });

  it('moves the day with the offset', () => {
    // Jakarta has no daylight saving: UTC+7 all year, so late Sunday UTC is Monday morning there.
    expect(localSlot(new Date('2025-01-05T20:00:00Z'), 'Asia/Jakarta')).toEqual({ day: MON, hour: 3 });
    expect(localSlot(new Date('2025-07-06T20:00:00Z'), 'Asia/Jakarta')).toEqual({ day: MON, hour: 3 });
    // New York is UTC-5 in winter and UTC-4 in summer: the same UTC hour lands an hour apart.
    expect(localSlot(new Date('2025-01-05T02:00:00Z'), 'America/New_York')).toEqual({ day: SAT, hour: 21 });
    expect(localSlot(new Date('2025-07-06T02:00:00Z'), 'America/New_York')).toEqual({ day: SAT, hour: 22 });
  });

  it('reads midnight as hour 0', () => {
    expect(localSlot(new Date('2025-06-09T22:00:00Z'), 'Europe/Warsaw')).toEqual({ day: 2, hour: 0 });
  });

  it('refuses an unknown time zone', () => {
    expect(() => localSlot(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });
});
