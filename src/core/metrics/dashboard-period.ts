/**
 * The dashboard's period: whole calendar days in the workspace's zone, so that "yesterday" in
 * Jakarta is Jakarta's yesterday and a day's figures match the rollup rows, which are keyed by the
 * same local days. The instants are computed only at the edges.
 */
import { AppError } from '../errors.js';
import { addDays, dayNumber, formatLocalDate, isValidLocalDate, type LocalDate } from '../scheduling/calendar-date.js';
import { fromWallTime, toWallTime } from '../scheduling/zoned-time.js';
import type { DashboardPeriod } from './dashboard.js';

/** A year and a day: enough for a year-on-year view, bounded so one request cannot ask for decades. */
export const MAX_PERIOD_DAYS = 366;
export const DEFAULT_PERIOD_DAYS = 30;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(text: string, field: string): LocalDate {
  const match = DAY_PATTERN.exec(text);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!date || !isValidLocalDate(date)) throw new AppError('validation_failed', `${field} must be a date written YYYY-MM-DD`, { field });
  return date;
}

/**
 * The period asked for, or the last 30 days up to today in the zone. `from` alone runs 30 days
 * from it; `to` alone ends there.
 */
export function resolvePeriod(input: { from?: string | undefined; to?: string | undefined; timezone: string; now: Date }): DashboardPeriod {
  const today = toWallTime(input.now, input.timezone);
  const to = input.to !== undefined ? parseDay(input.to, 'to') : input.from !== undefined ? addDays(parseDay(input.from, 'from'), DEFAULT_PERIOD_DAYS - 1) : today;
  const from = input.from !== undefined ? parseDay(input.from, 'from') : addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) throw new AppError('validation_failed', 'The period’s first day must not come after its last', { field: 'from' });
  if (days > MAX_PERIOD_DAYS) throw new AppError('validation_failed', `A period covers ${MAX_PERIOD_DAYS} days at most`, { field: 'from' });
  return { from: formatLocalDate(from), to: formatLocalDate(to), timezone: input.timezone };
}

export function periodDays(period: DashboardPeriod): number {
  return dayNumber(parseDay(period.to, 'to')) - dayNumber(parseDay(period.from, 'from')) + 1;
}

/** The period of the same length that ends the day before this one begins (for "previous" figures). */
export function previousPeriod(period: DashboardPeriod): DashboardPeriod {
  const from = parseDay(period.from, 'from');
  const length = periodDays(period);
  return { from: formatLocalDate(addDays(from, -length)), to: formatLocalDate(addDays(from, -1)), timezone: period.timezone };
}

/** Every day of the period in order, for series that must have a point per day. */
export function daysOf(period: DashboardPeriod): string[] {
  const from = parseDay(period.from, 'from');
  return Array.from({ length: periodDays(period) }, (_, index) => formatLocalDate(addDays(from, index)));
}

/** The instants the period covers: from its first local midnight up to (not including) the one after its last day. */
export function periodInstants(period: DashboardPeriod): { start: Date; end: Date } {
  const midnight = (date: LocalDate) => fromWallTime({ ...date, hour: 0, minute: 0 }, period.timezone);
  return { start: midnight(parseDay(period.from, 'from')), end: midnight(addDays(parseDay(period.to, 'to'), 1)) };
}
