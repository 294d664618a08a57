/**
 * The local day of week and hour of an instant in the workspace's time zone, read through Intl so
 * daylight-saving changes fall where they really do: 01:30 UTC on the last Sunday of March is
 * 03:30 in Warsaw, not 02:30. The audience histogram is bucketed the same way.
 */

/** Day 0 = Sunday, as `Date.getDay` and PostgreSQL's `dow`; hour 0–23. */
export interface LocalSlot {
  readonly day: number;
  readonly hour: number;
}

const WEEKDAY_INDEX: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** One formatter per time zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local weekday and hour of `instant` in `timeZone` (an IANA name; an unknown one throws RangeError). */
export function localSlot(instant: Date, timeZone: string): LocalSlot {
  let day = 0;
  let hour = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'weekday') day = WEEKDAY_INDEX[part.value] ?? 0;
    // Some engines have written midnight as "24" under h23; the modulo keeps it hour 0.
    if (part.type === 'hour') hour = Number(part.value) % 24;
  }
  return { day, hour };
}
