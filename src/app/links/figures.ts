/**
 * CONTRACT (owned by the tracked-links helper, who replaces this body): link clicks of one
 * workspace and period, bots filtered, with unique visitors per day.
 */
import type { Database } from '../../db/connection.js';
import type { DashboardPeriod } from '../../core/metrics/dashboard.js';

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
  void db;
  void workspaceId;
  void period;
  throw new Error('linkClickFigures: not built yet');
}
