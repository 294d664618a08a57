/**
 * Business hours as people type them, one weekday per field: "09:00-12:00, 13:00-17:00", empty for
 * closed. Parsed into the API's shape, and written back for editing.
 */
import { WEEKDAYS, type BusinessHours, type Weekday } from '../../core/inbox/types.js';

export type HoursText = Record<Weekday, string>;

const INTERVAL = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const MAX_INTERVALS = 4;

export function hoursToText(hours: BusinessHours | null): HoursText {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, (hours?.[day] ?? []).map(([from, to]) => `${from}-${to}`).join(', ')])) as HoursText;
}

/** The hours, or the first weekday whose text is not a list of "HH:MM-HH:MM" with the end after the start. */
export function parseHours(text: HoursText): { ok: true; hours: BusinessHours } | { ok: false; day: Weekday } {
  const hours: BusinessHours = {};
  for (const day of WEEKDAYS) {
    const parts = text[day].split(',').map((part) => part.trim()).filter((part) => part !== '');
    if (parts.length > MAX_INTERVALS) return { ok: false, day };
    const intervals: [string, string][] = [];
    for (const part of parts) {
      const match = INTERVAL.exec(part);
      const from = match ? `${match[1]}:${match[2]}` : undefined;
      const to = match?.[3];
      if (!from || !to || to <= from) return { ok: false, day };
      intervals.push([from, to]);
    }
    if (intervals.length > 0) hours[day] = intervals;
  }
  return { ok: true, hours };
}
