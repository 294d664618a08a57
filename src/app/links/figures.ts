/**
 * The dashboard's link side: link clicks of one workspace and period, bots
 * filtered, with unique visitors per day. Days are the workspace's calendar days: each click is
 * counted on the day it came in the workspace's time zone (see `redirect.ts`).
 */
import type { Database } from '../../db/connection.js';
import type { DashboardPeriod } from '../../core/metrics/dashboard.js';
import { findTargetsWithLinks, linkCountsBetween } from '../../db/repositories/links.js';

export interface LinkClickFigures {
  clicks: number;
  /** Sum over days of each day's unique visitors (a visitor is unique within a day only). */
  uniqueVisitors: number;
  botClicksFiltered: number;
  daily: Array<{ day: string; clicks: number; uniqueVisitors: number }>;
  /** Clicks per post target (the short link belongs to one target). */
  byTarget: Array<{ targetId: string; clicks: number }>;
}

export async function linkClickFigures(db: Database, workspaceId: string, period: DashboardPeriod): Promise<LinkClickFigures> {
  const rows = await linkCountsBetween(db, workspaceId, period.from, period.to);
  const daily = new Map<string, { day: string; clicks: number; uniqueVisitors: number }>();
  const byTarget = new Map<string, number>();
  let clicks = 0;
  let uniqueVisitors = 0;
  let botClicksFiltered = 0;
  for (const row of rows) {
    clicks += row.clicks;
    uniqueVisitors += row.uniqueVisitors;
    botClicksFiltered += row.botClicks;
    const day = daily.get(row.day) ?? { day: row.day, clicks: 0, uniqueVisitors: 0 };
    day.clicks += row.clicks;
    day.uniqueVisitors += row.uniqueVisitors;
    daily.set(row.day, day);
    byTarget.set(row.targetId, (byTarget.get(row.targetId) ?? 0) + row.clicks);
  }
  return {
    clicks,
    uniqueVisitors,
    botClicksFiltered,
    daily: [...daily.values()].sort((a, b) => a.day.localeCompare(b.day)),
    byTarget: [...byTarget].map(([targetId, count]) => ({ targetId, clicks: count })),
  };
}

/**
 * Of the given post targets, the ones whose post carried at least one tracked link: the
 * click-through rate divides clicks by the impressions of these posts only, since a post without a
 * link cannot be clicked through.
 */
export async function listTrackedTargetIds(db: Database, workspaceId: string, targetIds: readonly string[]): Promise<string[]> {
  return findTargetsWithLinks(db, workspaceId, targetIds);
}
