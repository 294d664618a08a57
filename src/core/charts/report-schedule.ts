/**
 * When a scheduled report (A7) is due, and which days it covers. A weekly report is made on its
 * weekday at its time in the workspace's zone and covers the 7 days before; a monthly one on its
 * day of the month (1–28, which every month has) and covers the previous calendar month. Whole
 * past days only, so a report never shows a half-finished day.
 */
import { addDays, daysInMonth, formatLocalDate, fromMonthNumber, monthNumber, weekdayIndex, type LocalDate } from '../scheduling/calendar-date.js';
import { fromWallTime, toWallTime } from '../scheduling/zoned-time.js';

export type ReportFrequency = 'weekly' | 'monthly';

export interface ReportTiming {
  frequency: ReportFrequency;
  /** 0 = Monday … 6 = Sunday; weekly only. */
  weekday: number | null;
  /** 1–28; monthly only. */
  monthDay: number | null;
  hour: number;
  minute: number;
}

export interface ReportRun {
  /** The scheduled instant this run belongs to; one report per schedule and instant. */
  dueAt: Date;
  from: string;
  to: string;
}

function at(date: LocalDate, timing: ReportTiming, zone: string): Date {
  return fromWallTime({ ...date, hour: timing.hour, minute: timing.minute }, zone);
}

function runOn(date: LocalDate, timing: ReportTiming, zone: string): ReportRun {
  if (timing.frequency === 'weekly') {
    return { dueAt: at(date, timing, zone), from: formatLocalDate(addDays(date, -7)), to: formatLocalDate(addDays(date, -1)) };
  }
  const previous = fromMonthNumber(monthNumber(date.year, date.month) - 1);
  return {
    dueAt: at(date, timing, zone),
    from: formatLocalDate({ ...previous, day: 1 }),
    to: formatLocalDate({ ...previous, day: daysInMonth(previous.year, previous.month) }),
  };
}

/** The latest run whose time has come at `now` (it may have been made already: callers check). */
export function latestRun(timing: ReportTiming, zone: string, now: Date): ReportRun {
  const wall = toWallTime(now, zone);
  const today: LocalDate = { year: wall.year, month: wall.month, day: wall.day };
  if (timing.frequency === 'weekly') {
    const weekday = timing.weekday ?? 0;
    let date = addDays(today, -((weekdayIndex(today) - weekday + 7) % 7));
    if (at(date, timing, zone) > now) date = addDays(date, -7);
    return runOn(date, timing, zone);
  }
  const day = timing.monthDay ?? 1;
  let date: LocalDate = { year: today.year, month: today.month, day };
  if (at(date, timing, zone) > now) date = { ...fromMonthNumber(monthNumber(today.year, today.month) - 1), day };
  return runOn(date, timing, zone);
}

/** The next run after `now`, to tell people when their first report comes. */
export function nextRun(timing: ReportTiming, zone: string, now: Date): ReportRun {
  const latest = latestRun(timing, zone, now);
  const wall = toWallTime(latest.dueAt, zone);
  const date: LocalDate = { year: wall.year, month: wall.month, day: wall.day };
  if (timing.frequency === 'weekly') return runOn(addDays(date, 7), timing, zone);
  return runOn({ ...fromMonthNumber(monthNumber(date.year, date.month) + 1), day: timing.monthDay ?? 1 }, timing, zone);
}
