/**
 * The occurrences of a recurring post. A rule is stepped on the local calendar of the workspace's
 * zone (days, weeks, months) and each local date gets the start's wall time before it becomes an
 * instant, so a 09:00 Europe/Warsaw post stays at 09:00: 08:00Z in winter, 07:00Z in summer.
 *
 * Choices where RFC 5545 leaves room:
 * - Occurrences are the dates the rule produces on or after the start date; a start that the rule
 *   does not produce (a Friday start for BYDAY=MO) is not itself an occurrence, and COUNT counts
 *   produced occurrences only. The composer should offer a start that matches the rule.
 * - Dates that do not exist (31 April, the fifth Friday of a short month) are skipped (§3.3.10).
 * - A wall time in a DST gap moves forward by the gap, and two dates that land on one instant
 *   (only possible when a zone skips a whole day) give one occurrence.
 */
import { AppError } from '../errors.js';
import {
  addDays,
  dayNumber,
  daysInMonth,
  fromMonthNumber,
  monthNumber,
  weekdayIndex,
  WEEKDAYS,
  type LocalDate,
  type Weekday,
} from './calendar-date.js';
import type { RecurrenceRule } from './recurrence-rule.js';
import { fromWallTime, requireTimeZone, toWallTime, type WallTime } from './zoned-time.js';

/** DTSTART with a TZID: the first local date and the wall time of every occurrence. */
export interface RecurrenceStart {
  wall: WallTime;
  zone: string;
}

export interface Expansion {
  /** Occurrence instants in [from, to), in order. */
  occurrences: Date[];
  /** True when a cap stopped the expansion, so more occurrences may exist in the window. */
  truncated: boolean;
}

/** At most this many occurrences are returned unless the caller asks for fewer. */
export const DEFAULT_OCCURRENCE_LIMIT = 1000;
// Bounds the work for rules that rarely or never produce a date (INTERVAL=12;BYMONTHDAY=31 from an
// April start), and for COUNT rules, which must be counted from the start.
const MAX_PERIODS = 20_000;

const indexOf = (weekday: Weekday): number => WEEKDAYS.indexOf(weekday);

/** The days of a month that the rule's BYDAY entries name, in order. */
function weekdayDaysOfMonth(rule: RecurrenceRule, year: number, month: number): Set<number> {
  const length = daysInMonth(year, month);
  const firstIndex = weekdayIndex({ year, month, day: 1 });
  const days = new Set<number>();
  for (const { weekday, ordinal } of rule.byDay) {
    const all: number[] = [];
    for (let day = 1 + ((indexOf(weekday) - firstIndex + 7) % 7); day <= length; day += 7) all.push(day);
    if (ordinal === null) all.forEach((day) => days.add(day));
    else {
      const day = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
      if (day !== undefined) days.add(day);
    }
  }
  return days;
}

/** BYMONTHDAY values resolved against a month's length; days the month lacks are dropped. */
function monthDays(rule: RecurrenceRule, year: number, month: number): Set<number> {
  const length = daysInMonth(year, month);
  return new Set(rule.byMonthDay.map((day) => (day > 0 ? day : length + 1 + day)).filter((day) => day >= 1 && day <= length));
}

function monthlyDates(rule: RecurrenceRule, start: LocalDate, months: number): LocalDate[] {
  const { year, month } = fromMonthNumber(months);
  let days: number[];
  // BYMONTHDAY expands and BYDAY then limits; BYDAY alone expands; neither repeats the start's day.
  if (rule.byMonthDay.length > 0) {
    const byWeekday = rule.byDay.length > 0 ? weekdayDaysOfMonth(rule, year, month) : null;
    days = [...monthDays(rule, year, month)].filter((day) => byWeekday === null || byWeekday.has(day));
  } else if (rule.byDay.length > 0) days = [...weekdayDaysOfMonth(rule, year, month)];
  else days = start.day <= daysInMonth(year, month) ? [start.day] : [];
  return days.sort((a, b) => a - b).map((day) => ({ year, month, day }));
}

function dailyAccepts(rule: RecurrenceRule, date: LocalDate): boolean {
  if (rule.byDay.length > 0 && !rule.byDay.some(({ weekday }) => indexOf(weekday) === weekdayIndex(date))) return false;
  return rule.byMonthDay.length === 0 || monthDays(rule, date.year, date.month).has(date.day);
}

/** Steps a rule period by period: the first date of period k and the candidate dates in it. */
interface Stepper {
  periodStart(period: number): LocalDate;
  dates(period: number): LocalDate[];
  /** The last period that starts on or before the date (may be negative). */
  periodAt(date: LocalDate): number;
}

function stepperFor(rule: RecurrenceRule, start: LocalDate): Stepper {
  const { interval } = rule;
  if (rule.frequency === 'DAILY') {
    return {
      periodStart: (period) => addDays(start, period * interval),
      dates: (period) => [addDays(start, period * interval)].filter((date) => dailyAccepts(rule, date)),
      periodAt: (date) => Math.floor((dayNumber(date) - dayNumber(start)) / interval),
    };
  }
  if (rule.frequency === 'WEEKLY') {
    // Weeks begin on WKST; the week holding the start is period 0 (RFC 5545 §3.3.10, WKST).
    const firstWeek = addDays(start, -((weekdayIndex(start) - indexOf(rule.weekStart) + 7) % 7));
    const weekdays = rule.byDay.length > 0 ? new Set(rule.byDay.map(({ weekday }) => indexOf(weekday))) : new Set([weekdayIndex(start)]);
    const periodStart = (period: number) => addDays(firstWeek, period * 7 * interval);
    return {
      periodStart,
      dates: (period) => [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(periodStart(period), offset)).filter((date) => weekdays.has(weekdayIndex(date))),
      periodAt: (date) => Math.floor((dayNumber(date) - dayNumber(firstWeek)) / (7 * interval)),
    };
  }
  const firstMonth = monthNumber(start.year, start.month);
  return {
    periodStart: (period) => ({ ...fromMonthNumber(firstMonth + period * interval), day: 1 }),
    dates: (period) => monthlyDates(rule, start, firstMonth + period * interval),
    periodAt: (date) => Math.floor((monthNumber(date.year, date.month) - firstMonth) / interval),
  };
}

/**
 * The occurrences of a rule from a local start that fall in [from, to), at most `limit` of them.
 * Throws a validation_failed AppError for an unknown zone or an impossible start.
 */
export function expandOccurrences(rule: RecurrenceRule, start: RecurrenceStart, from: Date, to: Date, limit = DEFAULT_OCCURRENCE_LIMIT): Expansion {
  requireTimeZone(start.zone);
  if (!Number.isInteger(rule.interval) || rule.interval < 1) throw new AppError('validation_failed', 'INTERVAL must be 1 or more', { code: 'invalid_value', part: 'INTERVAL' });
  const startInstant = fromWallTime(start.wall, start.zone);
  const startDate: LocalDate = { year: start.wall.year, month: start.wall.month, day: start.wall.day };
  const stepper = stepperFor(rule, startDate);
  // A day either side absorbs the zone's offset when instants become local dates.
  const lastDate = addDays(toWallTime(to, start.zone), 1);
  // COUNT must be counted from the start; without it, periods before the window can be skipped.
  const firstPeriod = rule.count === null ? Math.max(0, stepper.periodAt(addDays(toWallTime(from, start.zone), -1))) : 0;
  const occurrences: Date[] = [];
  let produced = 0;
  let previous = startInstant.getTime() - 1;
  for (let period = firstPeriod; period < firstPeriod + MAX_PERIODS; period += 1) {
    if (dayNumber(stepper.periodStart(period)) > dayNumber(lastDate)) return { occurrences, truncated: false };
    for (const date of stepper.dates(period)) {
      if (dayNumber(date) < dayNumber(startDate)) continue;
      const instant = fromWallTime({ ...date, hour: start.wall.hour, minute: start.wall.minute }, start.zone);
      if (instant.getTime() <= previous) continue;
      previous = instant.getTime();
      produced += 1;
      const ended = (rule.count !== null && produced > rule.count) || (rule.until !== null && instant > rule.until) || instant >= to;
      if (ended) return { occurrences, truncated: false };
      if (instant < from) continue;
      if (occurrences.length >= limit) return { occurrences, truncated: true };
      occurrences.push(instant);
    }
  }
  return { occurrences, truncated: true };
}

/** Looked ahead for the next occurrence; a rule that produces nothing in this span has ended for Chorus. */
const NEXT_OCCURRENCE_SPAN_MS = 400 * 86_400_000;

/** The first occurrence strictly after `after`, or null when the rule has ended (COUNT, UNTIL). */
export function nextOccurrence(rule: RecurrenceRule, start: RecurrenceStart, after: Date): Date | null {
  const from = new Date(after.getTime() + 1);
  return expandOccurrences(rule, start, from, new Date(from.getTime() + NEXT_OCCURRENCE_SPAN_MS), 1).occurrences[0] ?? null;
}
