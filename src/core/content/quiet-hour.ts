/**
 * quiet_hour: the draft goes out at a local day and hour when the account's audience is rarely
 * active, so fewer people see it while it is fresh.
 */
import { localSlot, type LocalSlot } from './local-time.js';
import { draftTime } from './timeline.js';
import type { AudienceActivity, CoachContext, Draft, Finding } from './types.js';

const SLOTS = 7 * 24;

/**
 * An hour is quiet when it has less than a quarter of the account's average hourly activity: far
 * below typical, not merely below it (half the hours of any week are below average). An
 * assumption, not a measured figure.
 */
export const QUIET_SHARE = 0.25;

/**
 * The histogram must average at least 4 events an hour (672 a week) before any hour is called
 * quiet: at that level an hour as busy as average is empty by chance only about 2 % of the time
 * (e^-4), where with an average of 1 it would be 37 %.
 */
export const MIN_EVENTS_PER_HOUR = 4;

/** The counts as 7 × 24 non-negative numbers, or undefined when the histogram is malformed. */
function validCounts(activity: AudienceActivity): (readonly number[])[] | undefined {
  const days = activity.counts;
  if (days.length !== 7) return undefined;
  const ok = days.every((hours) => hours.length === 24 && hours.every((count) => Number.isFinite(count) && count >= 0));
  return ok ? [...days] : undefined;
}

/** The first hour with the most activity in one day's counts. */
function busiestHour(hours: readonly number[]): number {
  let best = 0;
  hours.forEach((count, hour) => {
    if (count > (hours[best] ?? 0)) best = hour;
  });
  return best;
}

/**
 * A busier time to suggest: the busiest hour of the same day, which keeps the post near the date
 * its author chose, or the busiest hour of the week when that whole day is quiet.
 */
function suggestedSlot(counts: readonly (readonly number[])[], day: number, quietBelow: number): LocalSlot {
  const sameDayHour = busiestHour(counts[day] ?? []);
  if ((counts[day]?.[sameDayHour] ?? 0) >= quietBelow) return { day, hour: sameDayHour };
  let best: LocalSlot = { day, hour: sameDayHour };
  let most = -1;
  counts.forEach((hours, candidate) => {
    const hour = busiestHour(hours);
    if ((hours[hour] ?? 0) > most) [best, most] = [{ day: candidate, hour }, hours[hour] ?? 0];
  });
  return best;
}

/** quiet_hour: a warning with the hour's activity against the average and a busier hour to try. */
export function quietHour(draft: Draft, context: CoachContext): Finding[] {
  const counts = context.audienceActivity ? validCounts(context.audienceActivity) : undefined;
  if (!counts) return [];
  const total = counts.reduce((sum, hours) => sum + hours.reduce((daySum, count) => daySum + count, 0), 0);
  const average = total / SLOTS;
  if (average < MIN_EVENTS_PER_HOUR) return [];
  const slot = localSlot(draftTime(draft, context), context.timeZone);
  const count = counts[slot.day]?.[slot.hour] ?? 0;
  const quietBelow = average * QUIET_SHARE;
  if (count >= quietBelow) return [];
  const suggestion = suggestedSlot(counts, slot.day, quietBelow);
  return [
    {
      rule: 'quiet_hour',
      severity: 'warning',
      code: 'quiet_hour',
      params: {
        weekday: slot.day,
        hour: slot.hour,
        activityPercent: Math.round((count / average) * 100),
        suggestedWeekday: suggestion.day,
        suggestedHour: suggestion.hour,
      },
    },
  ];
}
