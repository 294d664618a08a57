/**
 * When a published post is measured (A1): densely while its counters move fastest, in the first
 * day, then once a day until 90 days after publishing, when nearly every post has stopped moving.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Offsets from publishing of the first day's snapshots. */
export const DENSE_OFFSETS_MS: readonly number[] = [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, DAY];
export const MEASURED_DAYS = 90;
/** How long after a failure (other than a rate limit with a reset time) the next try waits. */
export const RETRY_AFTER_FAILURE_MS = 15 * MINUTE;
/** Accounts are measured once a day. */
export const ACCOUNT_INTERVAL_MS = DAY;

/** Every planned snapshot offset: the dense ones, then whole days from 2 to 90. */
export function snapshotOffsets(): number[] {
  const daily = Array.from({ length: MEASURED_DAYS - 1 }, (_, index) => (index + 2) * DAY);
  return [...DENSE_OFFSETS_MS, ...daily];
}

const OFFSETS = snapshotOffsets();

/**
 * The next planned snapshot strictly after `now`, or null when the post is past its 90 days. A
 * snapshot taken late (the worker was down) is followed by the next slot still ahead, never by a
 * burst of the slots missed.
 */
export function nextSnapshotAt(publishedAt: Date, now: Date): Date | null {
  const elapsed = now.getTime() - publishedAt.getTime();
  const offset = OFFSETS.find((candidate) => candidate > elapsed);
  return offset === undefined ? null : new Date(publishedAt.getTime() + offset);
}

/** The first snapshot of a post just seen published. */
export function firstSnapshotAt(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + (DENSE_OFFSETS_MS[0] ?? 15 * MINUTE));
}
