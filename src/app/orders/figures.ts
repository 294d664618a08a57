/**
 * CONTRACT (owned by the orders helper, who replaces this body): orders attributed to social,
 * spend, and the channel comparison of one workspace and period.
 */
import type { Database } from '../../db/connection.js';
import type { ChannelComparison, DashboardPeriod, MoneyFigures } from '../../core/metrics/dashboard.js';

export interface OrderFigures {
  money: MoneyFigures;
  daily: Array<{ day: string; orders: number; revenue: number }>;
  /** Attributed orders per post target. */
  byTarget: Array<{ targetId: string; orders: number; revenue: number }>;
  channels: ChannelComparison;
}

export async function orderFigures(db: Database, workspaceId: string, period: DashboardPeriod): Promise<OrderFigures> {
  void db;
  void workspaceId;
  void period;
  throw new Error('orderFigures: not built yet');
}
