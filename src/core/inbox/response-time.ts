/**
 * Response-time arithmetic (E3): minutes counted only inside the workspace's business hours,
 * first-response and resolution times of a conversation, medians, the share answered within the
 * target and how far an unanswered conversation is over it. Business hours are "HH:MM" intervals
 * per weekday in the workspace's IANA time zone; local times become instants through Intl, so a
 * day with a daylight-saving change has its real length. An interval whose end is not after its
 * start ("22:00"–"06:00") runs past midnight into the next day. See docs/inbox.md.
 */
import { AppError } from '../errors.js';
import { WEEKDAYS, type BusinessHours } from './types.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after local midnight of an "HH:MM" time ("24:00" is the end of the day). */
function minutesOfDay(time: string): number {
  const match = HHMM.exec(time);
  if (!match) throw new AppError('validation_failed', `Business hours need times such as 09:00, not "${time}"`, { field: 'businessHours' });
  return time === '24:00' ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      throw new AppError('validation_failed', `Unknown time zone "${timeZone}"`, { field: 'timeZone' });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`, as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** Instants of local times already resolved, per time zone; business hours repeat the same few. */
const resolved = new Map<string, number>();
const RESOLVED_LIMIT = 20_000;

/**
 * The instant a local wall-clock time (given as UTC ms) happens in `timeZone`, resolved like
 * Temporal's "compatible" disambiguation: a time repeated when clocks fall back is its first
 * occurrence; a time skipped when they spring forward is read with the offset before the jump
 * (02:30 becomes 03:30). Assumes at most one offset change within a day either side.
 */
function instantOf(localMs: number, timeZone: string): number {
  const key = `${timeZone} ${localMs}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  const before = localMs - (wallClock(localMs - DAY_MS, timeZone) - (localMs - DAY_MS));
  const after = localMs - (wallClock(localMs + DAY_MS, timeZone) - (localMs + DAY_MS));
  const valid = [before, after].filter((candidate) => wallClock(candidate, timeZone) === localMs);
  const instant = valid.length > 0 ? Math.min(...valid) : before;
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  resolved.set(key, instant);
  return instant;
}

/** Opening periods as [start, end) instants of the local days from `fromDay` to `toDay` (UTC-ms dates). */
function openingPeriods(hours: BusinessHours, timeZone: string, fromDay: number, toDay: number): [number, number][] {
  const periods: [number, number][] = [];
  for (let day = fromDay; day <= toDay; day += DAY_MS) {
    const weekday = WEEKDAYS[(new Date(day).getUTCDay() + 6) % 7] ?? 'mon';
    for (const [start, end] of hours[weekday] ?? []) {
      const startMinutes = minutesOfDay(start);
      let endMinutes = minutesOfDay(end);
      if (endMinutes <= startMinutes) endMinutes += 1440;
      periods.push([instantOf(day + startMinutes * MINUTE_MS, timeZone), instantOf(day + endMinutes * MINUTE_MS, timeZone)]);
    }
  }
  return periods;
}

/** Minutes between two moments that fall within business hours (all minutes when `hours` is null). */
export function businessMinutesBetween(from: Date, to: Date, hours: BusinessHours | null, timeZone: string): number {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return 0;
  if (hours === null) return (end - start) / MINUTE_MS;
  const localDay = (instant: number) => Math.floor(wallClock(instant, timeZone) / DAY_MS) * DAY_MS;
  // From the day before: an interval past midnight on that day may still be open at `from`.
  const clipped = openingPeriods(hours, timeZone, localDay(start) - DAY_MS, localDay(end))
    .map(([open, close]): [number, number] => [Math.max(open, start), Math.min(close, end)])
    .filter(([open, close]) => close > open)
    .sort((a, b) => a[0] - b[0]);
  // Merged, so overlapping intervals (Mon 22:00–06:00 and Tue 00:00–08:00) count once.
  let total = 0;
  let coveredUntil = -Infinity;
  for (const [open, close] of clipped) {
    const from = Math.max(open, coveredUntil);
    if (close > from) total += close - from;
    coveredUntil = Math.max(coveredUntil, close);
  }
  return total / MINUTE_MS;
}

/** The median of the values, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** When a conversation began, was first answered and was resolved. */
export interface ConversationTimes {
  firstInboundAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

/** How the workspace counts response time: its business hours (null: every minute) and time zone. */
export interface ResponseClock {
  businessHours: BusinessHours | null;
  timeZone: string;
}

/** Minutes from the first inbound item to the first response, or null while unanswered. */
export function firstResponseMinutes(conversation: ConversationTimes, clock: ResponseClock): number | null {
  return conversation.firstResponseAt ? businessMinutesBetween(conversation.firstInboundAt, conversation.firstResponseAt, clock.businessHours, clock.timeZone) : null;
}

/** Minutes from the first inbound item to resolution, or null while unresolved. */
export function resolutionMinutes(conversation: ConversationTimes, clock: ResponseClock): number | null {
  return conversation.resolvedAt ? businessMinutesBetween(conversation.firstInboundAt, conversation.resolvedAt, clock.businessHours, clock.timeZone) : null;
}

/** Whether a response time meets the target (no target: nothing to miss). */
export function withinTarget(minutes: number, targetMinutes: number | null): boolean {
  return targetMinutes === null || minutes <= targetMinutes;
}

export interface ResponseFigures {
  conversations: number;
  answered: number;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
  /** Share (0–1) of answered conversations answered within the target; null without a target or answers. */
  withinTargetShare: number | null;
}

const oneDecimal = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** The report's figures for a group of conversations; medians rounded to a tenth of a minute. */
export function responseFigures(conversations: readonly ConversationTimes[], targetMinutes: number | null, hours: BusinessHours | null, timeZone: string): ResponseFigures {
  const clock = { businessHours: hours, timeZone };
  const firstResponses = conversations.flatMap((conversation) => firstResponseMinutes(conversation, clock) ?? []);
  const resolutions = conversations.flatMap((conversation) => resolutionMinutes(conversation, clock) ?? []);
  const answeredInTime = firstResponses.filter((minutes) => withinTarget(minutes, targetMinutes)).length;
  return {
    conversations: conversations.length,
    answered: firstResponses.length,
    medianFirstResponseMinutes: oneDecimal(median(firstResponses)),
    medianResolutionMinutes: oneDecimal(median(resolutions)),
    withinTargetShare: targetMinutes === null || firstResponses.length === 0 ? null : answeredInTime / firstResponses.length,
  };
}

/** Whole business minutes an unanswered wait is past the target; null when not waiting, no target, or not over. */
export function overdueMinutes(waitingSince: Date | null, now: Date, targetMinutes: number | null, hours: BusinessHours | null, timeZone: string): number | null {
  if (!waitingSince || targetMinutes === null) return null;
  const over = businessMinutesBetween(waitingSince, now, hours, timeZone) - targetMinutes;
  return over > 0 ? Math.floor(over) : null;
}
