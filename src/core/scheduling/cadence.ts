/**
 * The calendar's cadence row (requirement P3): for each local day, whether the account posts that
 * day, and whether the day is a gap against its target cadence.
 *
 * The rule: with a target of N posts a week, posts are on average 7/N days apart, so a run of up
 * to ceil(7/N) days without a post is acceptable and every further day of the same run is a gap.
 * The rounding up gives a day of slack where it matters: a five-a-week plan that rests on the
 * weekend (2 quiet days, ceil(7/5) = 2) and a weekly post that slips by a day (7 quiet days) are
 * not flagged, while two quiet days on a daily plan (ceil(7/7) = 1) or a fortnight without a post
 * on a weekly one are. A target of 0 (or none) flags nothing.
 *
 * Published and scheduled posts both count as activity, so an empty day ahead shows as a gap
 * while there is still time to fill it.
 */
import type { ChannelCadence } from '../planning/types.js';
import type { ChannelId } from '../strategy/facts/types.js';
import { AppError } from '../errors.js';
import { dayNumber, formatLocalDate, fromDayNumber, type LocalDate } from './calendar-date.js';
import { requireTimeZone, toWallTime } from './zoned-time.js';

/** Where the target came from: the latest strategy's content plan, or the account's setting. */
export interface CadenceTarget {
  postsPerWeek: number;
  source: 'strategy' | 'setting';
}

export interface CadenceDay {
  /** The local date, ISO 8601 (2026-03-29). */
  date: string;
  /** Posts published or scheduled on that local day. */
  posts: number;
  active: boolean;
  /** A quiet day beyond the longest acceptable run without a post. */
  gap: boolean;
  /** Quiet days in a row up to and including this one (0 on an active day). */
  quietRun: number;
}

/** A row never spans more than this many days; the calendar shows a month or a week. */
export const MAX_CADENCE_DAYS = 400;

/**
 * The target for an account on a channel: the strategy's cadence for that channel when the
 * strategy has one, otherwise the account's setting, otherwise none.
 */
export function cadenceTarget(strategyCadence: readonly ChannelCadence[] | null, channel: ChannelId | null, settingPostsPerWeek: number | null): CadenceTarget | null {
  const planned = channel === null ? undefined : strategyCadence?.find((entry) => entry.channel === channel);
  if (planned) return { postsPerWeek: planned.postsPerWeek, source: 'strategy' };
  return settingPostsPerWeek === null ? null : { postsPerWeek: settingPostsPerWeek, source: 'setting' };
}

/** The longest run of days without a post that the cadence accepts; Infinity for no target. */
export function longestQuietRun(postsPerWeek: number): number {
  return postsPerWeek > 0 && Number.isFinite(postsPerWeek) ? Math.ceil(7 / postsPerWeek) : Number.POSITIVE_INFINITY;
}

export interface CadenceInput {
  /** Posts per week; 0 or null when the account has no target. */
  postsPerWeek: number | null;
  /** Instants of published and scheduled posts; earlier ones carry a quiet run into the range. */
  posts: readonly Date[];
  zone: string;
  /** The first and last local day of the row, both included. */
  firstDay: LocalDate;
  lastDay: LocalDate;
}

/**
 * One entry per local day from `firstDay` to `lastDay`. Posts before `firstDay` continue a quiet
 * run into the range (pass at least ceil(7/N) days of history); with none of them, the run starts
 * at `firstDay`, so a row never flags days it cannot judge.
 */
export function cadenceRow(input: CadenceInput): CadenceDay[] {
  requireTimeZone(input.zone);
  const first = dayNumber(input.firstDay);
  const last = dayNumber(input.lastDay);
  if (!(last >= first && last - first < MAX_CADENCE_DAYS)) {
    throw new AppError('validation_failed', `A cadence row covers 1 to ${MAX_CADENCE_DAYS} days, from the first day to the last`, { code: 'invalid_range' });
  }
  const postsByDay = new Map<number, number>();
  let lastPostBefore: number | null = null;
  for (const instant of input.posts) {
    const day = dayNumber(toWallTime(instant, input.zone));
    if (day < first) lastPostBefore = Math.max(lastPostBefore ?? day, day);
    else if (day <= last) postsByDay.set(day, (postsByDay.get(day) ?? 0) + 1);
  }
  const allowed = longestQuietRun(input.postsPerWeek ?? 0);
  const row: CadenceDay[] = [];
  let quietRun = lastPostBefore === null ? 0 : first - lastPostBefore - 1;
  for (let day = first; day <= last; day += 1) {
    const posts = postsByDay.get(day) ?? 0;
    quietRun = posts > 0 ? 0 : quietRun + 1;
    row.push({ date: formatLocalDate(fromDayNumber(day)), posts, active: posts > 0, gap: quietRun > allowed, quietRun });
  }
  return row;
}
