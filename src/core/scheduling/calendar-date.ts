/**
 * Civil (proleptic Gregorian) calendar arithmetic on plain dates, with no time zone involved. The
 * calendar counts days and months in local dates and converts to instants only at the end, which
 * is what keeps a 09:00 post at 09:00 when the offset changes.
 */

/** A date on the local calendar; month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** RFC 5545 weekday codes, in ISO order (Monday first). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

/** True when the text is one of the RFC 5545 weekday codes. */
export const isWeekday = (text: string): text is Weekday => (WEEKDAYS as readonly string[]).includes(text);

/** Days in a month of a year (February follows the Gregorian leap rule). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC handles the leap years.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the numbers form a real date (no 30 February). */
export function isValidLocalDate(date: LocalDate): boolean {
  const { year, month, day } = date;
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before); a total order on dates that survives subtraction. */
export function dayNumber(date: LocalDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The date a number of days after 1970-01-01. */
export function fromDayNumber(days: number): LocalDate {
  const utc = new Date(days * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The date `days` days later (earlier when negative). */
export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** Position in the week, 0 for Monday to 6 for Sunday. */
export function weekdayIndex(date: LocalDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** The weekday code of a date. */
export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[weekdayIndex(date)] ?? 'MO';
}

/** Months since January 1970, so that months can be stepped and compared like days. */
export const monthNumber = (year: number, month: number): number => year * 12 + (month - 1);

/** The year and month of a month number. */
export function fromMonthNumber(months: number): { year: number; month: number } {
  return { year: Math.floor(months / 12), month: (((months % 12) + 12) % 12) + 1 };
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export const compareDates = (a: LocalDate, b: LocalDate): number => Math.sign(dayNumber(a) - dayNumber(b));

/** ISO 8601 calendar date, e.g. 2026-03-29. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
