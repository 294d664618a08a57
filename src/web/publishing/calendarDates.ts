/**
 * The calendar's days as plain dates in one time zone: the month grid, the week, the instants a
 * range of days covers, and the value of a `datetime-local` input. The grid is drawn in the
 * viewer's own zone; the conversions go through `core/scheduling` so that daylight-saving edges
 * are decided in one place.
 */
import { addDays, daysInMonth, formatLocalDate, fromMonthNumber, monthNumber, weekdayIndex, type LocalDate } from '../../core/scheduling/calendar-date.js';
import { fromWallTime, toWallTime } from '../../core/scheduling/zoned-time.js';

export const CALENDAR_VIEWS = ['month', 'week', 'list', 'approvals'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The zone this browser shows times in. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The local date of an instant in a zone. */
export function localDateOf(iso: string, zone: string): LocalDate {
  const { year, month, day } = toWallTime(new Date(iso), zone);
  return { year, month, day };
}

/** `YYYY-MM-DD`, the key days are grouped and matched by (the cadence rows use the same form). */
export const dateKey = (date: LocalDate): string => formatLocalDate(date);

/** The seven days, Monday first, of the week holding `date`. */
export function weekOf(date: LocalDate): LocalDate[] {
  const monday = addDays(date, -weekdayIndex(date));
  return Array.from({ length: 7 }, (_, offset) => addDays(monday, offset));
}

/**
 * The month as whole weeks, Monday first: the days of the neighbouring months fill the first
 * and last rows, as on a paper calendar, so every row has seven cells.
 */
export function monthGrid(year: number, month: number): LocalDate[][] {
  const first = { year, month, day: 1 };
  const last = { year, month, day: daysInMonth(year, month) };
  const weeks: LocalDate[][] = [];
  for (let week = weekOf(first); ; week = weekOf(addDays(week[0] ?? first, 7))) {
    weeks.push(week);
    const sunday = week[6];
    if (!sunday || dateKey(sunday) >= dateKey(last)) break;
  }
  return weeks;
}

/** The days a view shows around its anchor date. */
export function daysOfView(view: 'month' | 'week', anchor: LocalDate): LocalDate[] {
  return view === 'month' ? monthGrid(anchor.year, anchor.month).flat() : weekOf(anchor);
}

/** The instants from the start of the first day to the start of the day after the last, in `zone`. */
export function rangeOf(days: readonly LocalDate[], zone: string): { from: string; to: string } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('A range needs at least one day');
  const startOf = (date: LocalDate) => fromWallTime({ ...date, hour: 0, minute: 0 }, zone).toISOString();
  return { from: startOf(first), to: startOf(addDays(last, 1)) };
}

/** The anchor one step earlier or later: a month (on its first day) or a week. */
export function stepAnchor(view: 'month' | 'week', anchor: LocalDate, step: -1 | 1): LocalDate {
  if (view === 'week') return addDays(anchor, 7 * step);
  const { year, month } = fromMonthNumber(monthNumber(anchor.year, anchor.month) + step);
  return { year, month, day: 1 };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value of a `datetime-local` input showing the instant in `zone`, e.g. `2026-03-29T09:30`. */
export function toDateTimeInput(iso: string, zone: string): string {
  const wall = toWallTime(new Date(iso), zone);
  return `${formatLocalDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The instant a `datetime-local` value names in `zone`, or undefined for an empty or broken value. */
export function fromDateTimeInput(value: string, zone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return undefined;
  try {
    return fromWallTime({ year, month, day, hour, minute }, zone).toISOString();
  } catch {
    return undefined;
  }
}
