/**
 * Instants and local wall times in an IANA time zone, using only the zone data the runtime ships
 * (Intl.DateTimeFormat). The calendar stores instants and reasons in wall times; every conversion
 * goes through here so the two DST edge cases are decided in one place:
 *
 * - A wall time in a spring-forward gap (02:30 on 2026-03-29 in Europe/Warsaw never happens) is
 *   moved forward by the length of the gap (03:30 CEST). RFC 5545 §3.3.5 says the same for a
 *   DATE-TIME with TZID: read it with the UTC offset in force before the gap.
 * - A wall time in a fall-back overlap (02:30 on 2026-10-25 in Europe/Warsaw happens twice) means
 *   the first occurrence (02:30 CEST = 00:30Z), also as RFC 5545 §3.3.5 says.
 */
import { AppError } from '../errors.js';
import { isValidLocalDate, type LocalDate } from './calendar-date.js';

/** A local date and time to the minute, as a person reads it off a clock in the zone. */
export interface WallTime extends LocalDate {
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building a formatter costs far more than using one, and the calendar converts thousands of
// times per request, so there is one per zone for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  const known = formatters.get(zone);
  if (known) return known;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      // h23, not hour12: false, which older ICU versions render as "24" at midnight.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new AppError('validation_failed', `"${zone}" is not an IANA time zone such as Europe/Warsaw`, { field: 'timeZone', code: 'unknown_time_zone' });
  }
  formatters.set(zone, formatter);
  return formatter;
}

/** True when the runtime knows the zone name (IANA names, matched without regard to case). */
export function isTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a validation_failed AppError (details.code `unknown_time_zone`) unless the zone is known. */
export function requireTimeZone(zone: string): void {
  formatterFor(zone);
}

/** The zone's clock reading at an instant, to the second, expressed as milliseconds of a UTC clock. */
function clockReadingMs(instant: number, zone: string): number {
  const reading = new Date(0);
  let [year, month, day, hour, minute, second] = [1970, 1, 1, 0, 0, 0];
  for (const { type, value } of formatterFor(zone).formatToParts(new Date(instant))) {
    if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') hour = Number(value);
    else if (type === 'minute') minute = Number(value);
    else if (type === 'second') second = Number(value);
  }
  // setUTCFullYear, not Date.UTC, which would read the years 0–99 as 1900–1999.
  reading.setUTCFullYear(year, month - 1, day);
  reading.setUTCHours(hour, minute, second, 0);
  return reading.getTime();
}

/** The zone's offset from UTC at an instant, in minutes (Europe/Warsaw: 60 in winter, 120 in summer). */
export function offsetMinutesAt(instant: Date, zone: string): number {
  // Whole seconds only: the formatter has no milliseconds, and old local mean times have seconds.
  const at = Math.floor(instant.getTime() / 1000) * 1000;
  return (clockReadingMs(at, zone) - at) / MINUTE_MS;
}

/** The wall time in the zone at an instant (seconds are dropped). */
export function toWallTime(instant: Date, zone: string): WallTime {
  const reading = new Date(clockReadingMs(instant.getTime(), zone));
  return {
    year: reading.getUTCFullYear(),
    month: reading.getUTCMonth() + 1,
    day: reading.getUTCDate(),
    hour: reading.getUTCHours(),
    minute: reading.getUTCMinutes(),
  };
}

/** True when the numbers form a real date with an hour 0–23 and a minute 0–59. */
export function isValidWallTime(wall: WallTime): boolean {
  const { hour, minute } = wall;
  return isValidLocalDate(wall) && Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * The instant a wall time in the zone names. In a spring-forward gap it moves forward by the gap;
 * in a fall-back overlap it is the first of the two (see the top of this file).
 */
export function fromWallTime(wall: WallTime, zone: string): Date {
  if (!isValidWallTime(wall)) throw new AppError('validation_failed', `Not a valid local date and time: ${JSON.stringify(wall)}`, { code: 'invalid_wall_time' });
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  asUtc.setUTCHours(wall.hour, wall.minute, 0, 0);
  const local = asUtc.getTime();
  // Offsets never exceed a day, so the offsets a day either side of the reading are the ones in
  // force before and after any transition near it (zones change offset at most once a day).
  const candidates = [...new Set([offsetMinutesAt(new Date(local - DAY_MS), zone), offsetMinutesAt(new Date(local + DAY_MS), zone)])];
  const matching = candidates.filter((offset) => offsetMinutesAt(new Date(local - offset * MINUTE_MS), zone) === offset);
  // Overlap: both offsets read back, and the larger offset is the earlier instant.
  if (matching.length > 0) return new Date(local - Math.max(...matching) * MINUTE_MS);
  // Gap: the reading taken with the larger (later) offset lands before the transition, where the
  // offset is the earlier one; reading the wall time with that earlier offset moves it forward.
  const largest = Math.max(...candidates);
  const before = offsetMinutesAt(new Date(local - largest * MINUTE_MS), zone);
  return new Date(local - before * MINUTE_MS);
}
