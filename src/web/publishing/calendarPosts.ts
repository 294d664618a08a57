/**
 * Posts on the calendar as pure functions: which local day each belongs to, in what order, which
 * may be dragged, and the instant a drop on another day means (the same local time of day).
 */
import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { fromWallTime, toWallTime } from '../../core/scheduling/zoned-time.js';
import { dateKey, localDateOf } from './calendarDates.js';

/** The fields of a post the calendar reads; the API's post has them all. */
export interface CalendarPostFacts {
  id: string;
  status: string;
  scheduledAt: string | null;
}

/** Posts with a time, grouped by their local day in `zone` and sorted by time within the day. */
export function groupByLocalDay<T extends CalendarPostFacts>(posts: readonly T[], zone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const timed = posts.filter((post): post is T & { scheduledAt: string } => post.scheduledAt !== null);
  timed.sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt) || a.id.localeCompare(b.id));
  for (const post of timed) {
    const key = dateKey(localDateOf(post.scheduledAt, zone));
    const list = days.get(key);
    if (list) list.push(post);
    else days.set(key, [post]);
  }
  return days;
}

/** A later occurrence of a recurring series: its head post, shown at the occurrence's time. */
export type Projected<T> = T & { projectedAt: string };

/** The calendar's entries for occurrences not written yet, from the posts they follow from. */
export function projectedEntries<T extends CalendarPostFacts>(heads: readonly T[], occurrences: readonly { postId: string; at: string }[]): Array<Projected<T>> {
  const byId = new Map(heads.map((head) => [head.id, head]));
  return occurrences.flatMap(({ postId, at }) => {
    const head = byId.get(postId);
    return head ? [{ ...head, scheduledAt: at, projectedAt: at }] : [];
  });
}

/** Statuses whose time a person may still change by dragging; from publishing on it is the network's. */
const MOVABLE = new Set(['draft', 'in_review', 'approved', 'scheduled']);

export function isMovable(post: CalendarPostFacts & { projectedAt?: string }): boolean {
  return post.projectedAt === undefined && post.scheduledAt !== null && MOVABLE.has(post.status);
}

/**
 * The instant of `iso` moved to the local day `target`, keeping its local time of day in `zone`
 * (a 09:30 post stays at 09:30 across a daylight-saving change). Undefined when it would not move.
 */
export function movedToDay(iso: string, target: LocalDate, zone: string): string | undefined {
  const wall = toWallTime(new Date(iso), zone);
  if (dateKey(wall) === dateKey(target)) return undefined;
  // Seconds are not part of a wall time; a post is scheduled to the minute, so nothing is lost.
  return fromWallTime({ ...target, hour: wall.hour, minute: wall.minute }, zone).toISOString();
}

/** Posts without a time or still being written: the list view's "drafts" half. */
export function draftsOf<T extends CalendarPostFacts>(posts: readonly T[]): T[] {
  return posts.filter((post) => post.status === 'draft' || post.status === 'in_review' || post.status === 'approved');
}

/** Posts due at or after `now` that are on the schedule, soonest first: the list view's "upcoming" half. */
export function upcomingOf<T extends CalendarPostFacts>(posts: readonly T[], now: Date): T[] {
  return posts
    .filter((post): post is T & { scheduledAt: string } => post.scheduledAt !== null && Date.parse(post.scheduledAt) >= now.getTime() && (post.status === 'scheduled' || post.status === 'publishing'))
    .sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt));
}

/** How often the calendar looks again while a post on it is going out. */
export const GOING_OUT_LOOK_MS = 3_000;
/** How long after its time a scheduled post still counts as going out (the pipeline may be retrying). */
const GOING_OUT_AFTER_MS = 10 * 60_000;
/** The longest wait before looking again for a post due later; it is worked out anew after each look. */
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * In how many milliseconds the calendar should load its posts again, so that a post shows as
 * published without a reload: every few seconds while one is going out (or is due and waiting for
 * the pipeline), else at the time of the next scheduled one; undefined when nothing on it is due.
 */
export function nextLookIn(posts: readonly CalendarPostFacts[], now: Date): number | undefined {
  let soonest: number | undefined;
  for (const post of posts) {
    if (post.status === 'publishing') return GOING_OUT_LOOK_MS;
    if (post.status !== 'scheduled' || post.scheduledAt === null) continue;
    const dueIn = Date.parse(post.scheduledAt) - now.getTime();
    if (dueIn < -GOING_OUT_AFTER_MS) continue;
    if (dueIn <= GOING_OUT_LOOK_MS) return GOING_OUT_LOOK_MS;
    soonest = Math.min(soonest ?? dueIn, dueIn);
  }
  return soonest === undefined ? undefined : Math.min(soonest, LONGEST_WAIT_MS);
}
