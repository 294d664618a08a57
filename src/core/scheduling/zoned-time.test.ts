import { describe, expect, test } from 'vitest';
import { AppError } from '../errors.js';
import { fromWallTime, isTimeZone, offsetMinutesAt, requireTimeZone, toWallTime, type WallTime } from './zoned-time.js';

const wall = (text: string): WallTime => {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = text.split(/[- :T]/).map(Number);
  return { year, month, day, hour, minute };
};
const utc = (wallText: string, zone: string) => fromWallTime(wall(wallText), zone).toISOString();

describe('offsets and wall times', () => {
  test('Europe/Warsaw is +01:00 in winter and +02:00 in summer', () => {
    expect(offsetMinutesAt(new Date('2026-01-15T12:00:00Z'), 'Europe/Warsaw')).toBe(60);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'Europe/Warsaw')).toBe(120);
    expect(toWallTime(new Date('2026-07-15T07:00:00Z'), 'Europe/Warsaw')).toEqual(wall('2026-07-15 09:00'));
    expect(utc('2026-01-15 09:00', 'Europe/Warsaw')).toBe('2026-01-15T08:00:00.000Z');
    expect(utc('2026-07-15 09:00', 'Europe/Warsaw')).toBe('2026-07-15T07:00:00.000Z');
  });

  test('Asia/Jakarta has no DST: always +07:00', () => {
    for (const month of [1, 3, 4, 10, 11]) expect(utc(`2026-${month}-15 09:00`, 'Asia/Jakarta')).toBe(`2026-${String(month).padStart(2, '0')}-15T02:00:00.000Z`);
    expect(toWallTime(new Date('2026-03-01T18:00:00Z'), 'Asia/Jakarta')).toEqual(wall('2026-03-02 01:00'));
  });

  test('midnight reads as hour 0, not 24', () => {
    expect(toWallTime(new Date('2026-01-14T23:00:00Z'), 'Europe/Warsaw')).toEqual(wall('2026-01-15 00:00'));
  });
});

describe('the spring-forward gap moves forward by the gap (RFC 5545 §3.3.5)', () => {
  test('Europe/Warsaw 2026-03-29: 02:00–02:59 do not exist', () => {
    expect(utc('2026-03-29 01:59', 'Europe/Warsaw')).toBe('2026-03-29T00:59:00.000Z');
    expect(utc('2026-03-29 02:00', 'Europe/Warsaw')).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 is read with the winter offset: 01:30Z, which the clock shows as 03:30 CEST.
    expect(utc('2026-03-29 02:30', 'Europe/Warsaw')).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallTime(fromWallTime(wall('2026-03-29 02:30'), 'Europe/Warsaw'), 'Europe/Warsaw')).toEqual(wall('2026-03-29 03:30'));
    expect(utc('2026-03-29 03:00', 'Europe/Warsaw')).toBe('2026-03-29T01:00:00.000Z');
  });

  test('America/New_York 2026-03-08: 02:30 becomes 03:30 EDT', () => {
    expect(utc('2026-03-08 01:30', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
    expect(utc('2026-03-08 02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(utc('2026-03-08 03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  test('a zone that skipped a whole day moves forward by the day (Pacific/Apia, 2011-12-30)', () => {
    expect(utc('2011-12-30 09:00', 'Pacific/Apia')).toBe(utc('2011-12-31 09:00', 'Pacific/Apia'));
    expect(toWallTime(fromWallTime(wall('2011-12-30 09:00'), 'Pacific/Apia'), 'Pacific/Apia')).toEqual(wall('2011-12-31 09:00'));
  });
});

describe('the fall-back overlap takes the first occurrence', () => {
  test('Europe/Warsaw 2026-10-25: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET)', () => {
    expect(toWallTime(new Date('2026-10-25T00:30:00Z'), 'Europe/Warsaw')).toEqual(wall('2026-10-25 02:30'));
    expect(toWallTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Warsaw')).toEqual(wall('2026-10-25 02:30'));
    expect(utc('2026-10-25 02:30', 'Europe/Warsaw')).toBe('2026-10-25T00:30:00.000Z');
    expect(utc('2026-10-25 01:59', 'Europe/Warsaw')).toBe('2026-10-24T23:59:00.000Z');
    expect(utc('2026-10-25 03:00', 'Europe/Warsaw')).toBe('2026-10-25T02:00:00.000Z');
  });

  test('America/New_York 2026-11-01: 01:30 is taken as EDT', () => {
    expect(utc('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(utc('2026-11-01 02:30', 'America/New_York')).toBe('2026-11-01T07:30:00.000Z');
  });
});

describe('round trips over 2026, hour by hour at half past', () => {
  const HALF_HOUR = 30 * 60_000;
  const HOUR = 2 * HALF_HOUR;
  for (const zone of ['Europe/Warsaw', 'America/New_York', 'Asia/Jakarta', 'Australia/Sydney']) {
    test(zone, () => {
      let repeated = 0;
      for (let time = Date.UTC(2026, 0, 1) + HALF_HOUR; time < Date.UTC(2027, 0, 1); time += HOUR) {
        const back = fromWallTime(toWallTime(new Date(time), zone), zone).getTime();
        // Only the second pass through an overlap reads back as the (earlier) first one.
        if (back !== time) {
          repeated += 1;
          expect(time - back).toBe(HOUR);
        }
      }
      let missing = 0;
      for (let reading = Date.UTC(2026, 0, 1) + HALF_HOUR; reading < Date.UTC(2027, 0, 1); reading += HOUR) {
        const clock = new Date(reading);
        const asWall = { year: 2026, month: clock.getUTCMonth() + 1, day: clock.getUTCDate(), hour: clock.getUTCHours(), minute: clock.getUTCMinutes() };
        const instant = fromWallTime(asWall, zone);
        // A missing wall time reads back an hour later; every other one reads back as itself.
        if (toWallTime(instant, zone).hour !== asWall.hour) {
          missing += 1;
          expect(offsetMinutesAt(instant, zone) - offsetMinutesAt(new Date(instant.getTime() - HOUR), zone)).toBe(60);
        }
      }
      // With DST, one hour a year is repeated and one is missing; without, none.
      expect(repeated).toBe(zone === 'Asia/Jakarta' ? 0 : 1);
      expect(missing).toBe(zone === 'Asia/Jakarta' ? 0 : 1);
    });
  }
});

describe('zone names', () => {
  test('IANA names are accepted, unknown ones refused with a clear error', () => {
    expect(isTimeZone('Europe/Warsaw')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    let caught: unknown;
    try {
      requireTimeZone('Europe/Warszawa');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ id: 'validation_failed', details: { field: 'timeZone', code: 'unknown_time_zone' } });
    expect(() => toWallTime(new Date(), 'Nowhere/City')).toThrow(/not an IANA time zone/);
    expect(() => fromWallTime(wall('2026-01-01 09:00'), 'Nowhere/City')).toThrow(AppError);
  });

  test('an impossible wall time is refused', () => {
    expect(() => fromWallTime(wall('2026-02-30 09:00'), 'Europe/Warsaw')).toThrow(AppError);
    expect(() => fromWallTime(wall('2026-02-01 24:00'), 'Europe/Warsaw')).toThrow(AppError);
  });
});
