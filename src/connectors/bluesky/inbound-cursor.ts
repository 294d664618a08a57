/**
 * Which notifications are new. Bluesky pages notifications backwards in time and has no "since"
 * parameter, and a notification's time is the earlier of the post's own createdAt and when the
 * AppView indexed it, so one can appear a little below newer ones already read. The cursor
 * therefore keeps the newest time read and the URIs read within an overlap window before it:
 * anything in the window not yet read is still delivered, and nothing is delivered twice.
 */
import { z } from 'zod';

/** How far below the newest time read a late notification is still looked for. */
export const OVERLAP_MS = 5 * 60_000;
/** A bound on the cursor's size for an account that gets a flood of replies. */
const MAX_REMEMBERED = 500;

const cursorShape = z.object({ v: z.literal(1), newest: z.number(), seen: z.array(z.tuple([z.string(), z.number()])) });
export type InboundCursor = z.output<typeof cursorShape>;

export function parseCursor(cursor: string | null): InboundCursor | null {
  if (cursor === null) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The cursor after reading `items` (uri and time in ms) on top of `previous`. */
export function advanceCursor(previous: InboundCursor | null, items: readonly { uri: string; at: number }[]): string {
  const newest = Math.max(previous?.newest ?? 0, ...items.map((item) => item.at));
  const seen = new Map<string, number>(previous?.seen);
  for (const item of items) seen.set(item.uri, item.at);
  const kept = [...seen.entries()]
    .filter(([, at]) => at >= newest - OVERLAP_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REMEMBERED);
  const next: InboundCursor = { v: 1, newest, seen: kept };
  return JSON.stringify(next);
}

/** Whether a notification still has to be delivered. */
export function isNew(cursor: InboundCursor | null, uri: string, at: number): boolean {
  if (!cursor) return true;
  if (at < cursor.newest - OVERLAP_MS) return false;
  return !cursor.seen.some(([seenUri]) => seenUri === uri);
}

/** Whether a notification is older than anything the cursor could still be missing: stop paging. */
export function isBelowWindow(cursor: InboundCursor | null, at: number): boolean {
  return cursor !== null && at < cursor.newest - OVERLAP_MS;
}
