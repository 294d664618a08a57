/**
 * What the calendar shows of a recurring series beyond its next occurrence. Only the next one is
 * a post (each is written when the one before it is over), so the later ones are computed from
 * the series' rule and start, in the workspace's zone, exactly as they will be written.
 */
import { parseRule } from '../scheduling/recurrence-rule.js';
import { expandOccurrences } from '../scheduling/recurrence.js';
import { toWallTime } from '../scheduling/zoned-time.js';

/** The latest occurrence of a series: the post the series goes on from. */
export interface SeriesHead {
  id: string;
  recurrence: string;
  seriesStart: Date;
  occurrenceAt: Date;
}

export interface ProjectedOccurrence {
  /** The head it follows from: opening it opens the series. */
  postId: string;
  at: Date;
}

/** More than any rule Chorus accepts can produce in the calendar's longest range (one a day). */
const PER_SERIES = 62;

/** The occurrences after each head's own that fall in [from, to), soonest first. */
export function projectSeries(heads: readonly SeriesHead[], zone: string, from: Date, to: Date): ProjectedOccurrence[] {
  const projected: ProjectedOccurrence[] = [];
  for (const head of heads) {
    const parsed = parseRule(head.recurrence);
    if (!parsed.ok) continue; // stored rules were checked on the way in
    const after = new Date(Math.max(from.getTime(), head.occurrenceAt.getTime() + 1));
    if (after.getTime() >= to.getTime()) continue;
    const start = { wall: toWallTime(head.seriesStart, zone), zone };
    for (const at of expandOccurrences(parsed.rule, start, after, to, PER_SERIES).occurrences) projected.push({ postId: head.id, at });
  }
  return projected.sort((a, b) => a.at.getTime() - b.at.getTime() || a.postId.localeCompare(b.postId));
}
