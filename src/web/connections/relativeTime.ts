/** "in 3 days", "2 hours ago": how far a moment is from now, in the interface language. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(locale: string, iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const size = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // Rounded to the largest unit that still says something; within a minute it is "now".
  if (size < MINUTE) return format.format(0, 'minute');
  if (size < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (size < 2 * DAY) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}

export function isPast(iso: string, now: Date): boolean {
  return new Date(iso).getTime() <= now.getTime();
}
