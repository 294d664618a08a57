/**
 * Queue slots as the settings edit them: weekday plus a time of day, written as `HH:MM` in the
 * form, kept sorted Monday first and without duplicates, as the queue walks them.
 */
import { WEEKDAYS, type Weekday } from '../../core/scheduling/calendar-date.js';
import type { QueueSlot } from './types.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** The slot's time as the value of a `time` input. */
export const slotTime = (slot: QueueSlot): string => `${pad(slot.hour)}:${pad(slot.minute)}`;

/** The hour and minute of a `time` input value, or undefined when it is not one. */
export function parseSlotTime(value: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

const order = (slot: QueueSlot) => WEEKDAYS.indexOf(slot.weekday) * 1440 + slot.hour * 60 + slot.minute;

/** Sorted Monday first and by time, each slot once. */
export function normalizeSlots(slots: readonly QueueSlot[]): QueueSlot[] {
  const seen = new Set<number>();
  return [...slots]
    .sort((a, b) => order(a) - order(b))
    .filter((slot) => {
      const at = order(slot);
      if (seen.has(at)) return false;
      seen.add(at);
      return true;
    });
}

/** The same time on every weekday, for a quick start ("every day at 09:00"). */
export function everyDayAt(hour: number, minute: number): QueueSlot[] {
  return WEEKDAYS.map((weekday: Weekday) => ({ weekday, hour, minute }));
}
