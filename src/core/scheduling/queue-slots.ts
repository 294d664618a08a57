/**
 * Queue slots: the weekly times an account posts at ("Tuesday 09:00"), read in the workspace's
 * zone. "Add to queue" takes the first free one. Slots are wall times, so a 09:00 slot stays at
 * 09:00 local across a DST change; a slot inside a spring-forward gap moves forward by the gap,
 * and one in a fall-back overlap is its first occurrence (see zoned-time.ts).
 */
import { AppError } from '../errors.js';
import { addDays, isWeekday, weekdayOf, type LocalDate, type Weekday } from './calendar-date.js';
import { fromWallTime, requireTimeZone, toWallTime } from './zoned-time.js';

/** A weekly slot: a weekday and a local time in the workspace's zone. */
export interface QueueSlot {
  weekday: Weekday;
  hour: number;
  minute: number;
}

/** How far ahead "add to queue" looks before it gives up. */
export const DEFAULT_SEARCH_WEEKS = 52;
const MINUTE_MS = 60_000;

/** Throws a validation_failed AppError naming the first slot with an impossible weekday or time. */
export function assertQueueSlots(slots: readonly QueueSlot[]): void {
  slots.forEach((slot, index) => {
    const timeOk = Number.isInteger(slot.hour) && Number.isInteger(slot.minute) && slot.hour >= 0 && slot.hour <= 23 && slot.minute >= 0 && slot.minute <= 59;
    if (!isWeekday(slot.weekday) || !timeOk) {
      throw new AppError('validation_failed', `Queue slot ${index + 1} needs a weekday (MO…SU) and a time from 00:00 to 23:59`, { field: `slots.${index}`, code: 'invalid_slot' });
    }
  });
}

/** The instants of the slots on one local date, in order, without duplicates. */
function slotInstantsOn(slots: readonly QueueSlot[], date: LocalDate, zone: string): Date[] {
  const weekday = weekdayOf(date);
  const instants = slots.filter((slot) => slot.weekday === weekday).map((slot) => fromWallTime({ ...date, hour: slot.hour, minute: slot.minute }, zone).getTime());
  // A gap slot moved forward may land on another slot's instant, and the order of wall times is
  // not always the order of instants around a transition; sort and merge.
  return [...new Set(instants)].sort((a, b) => a - b).map((time) => new Date(time));
}

/** The slot instants in [from, to), in order; for drawing the empty slots on the calendar. */
export function slotsBetween(slots: readonly QueueSlot[], zone: string, from: Date, to: Date): Date[] {
  requireTimeZone(zone);
  assertQueueSlots(slots);
  const found: Date[] = [];
  // A day before the window's local start: an overlap can put the last slot of that day inside it.
  for (let date = addDays(toWallTime(from, zone), -1); fromWallTime({ ...date, hour: 0, minute: 0 }, zone) < to; date = addDays(date, 1)) {
    for (const instant of slotInstantsOn(slots, date, zone)) if (instant >= from && instant < to) found.push(instant);
  }
  return found;
}

/**
 * The first slot instant strictly after `after` whose minute holds no scheduled post, looking at
 * most `searchWeeks` weeks ahead; null when there are no slots or all of them are taken.
 */
export function nextFreeSlot(
  slots: readonly QueueSlot[],
  zone: string,
  taken: readonly Date[],
  after: Date,
  searchWeeks = DEFAULT_SEARCH_WEEKS,
): Date | null {
  requireTimeZone(zone);
  assertQueueSlots(slots);
  // A post anywhere in a slot's minute takes the slot, so compare whole minutes.
  const takenMinutes = new Set(taken.map((instant) => Math.floor(instant.getTime() / MINUTE_MS)));
  const firstDate = toWallTime(after, zone);
  if (slots.length === 0) return null;
  for (let offset = 0; offset <= searchWeeks * 7; offset += 1) {
    for (const instant of slotInstantsOn(slots, addDays(firstDate, offset), zone)) {
      if (instant > after && !takenMinutes.has(Math.floor(instant.getTime() / MINUTE_MS))) return instant;
    }
  }
  return null;
}
