/**
 * The dashboard's money side: orders attributed to social, spend, and the channel
 * comparison of one workspace and period. Sums come from SQL aggregates over the period's orders
 * (by `ordered_at`, indexed), never from rows read one by one.
 *
 * Money is shown in the workspace's currency (`attribution_settings.currency`); orders and
 * figures in another currency are stored but not summed (there is no exchange rate to use), and
 * `otherCurrencyOrders` says how many were left out. Spend and channel figures are per month and
 * count whole for every month the period touches.
 */
import type { ChannelComparison, DashboardPeriod, MoneyFigures } from '../../core/metrics/dashboard.js';
import { compareChannels, type ChannelTotals } from '../../core/orders/channels.js';
import { averageOrderValue, costPerOrder, returnOnSpend, roundMoney } from '../../core/orders/money.js';
import { repeatPurchaseRate } from '../../core/orders/repeat-purchase.js';
import { monthsOf, totalSpend } from '../../core/orders/spend.js';
import type { Database } from '../../db/connection.js';
import { attributedOrdersBy, attributedOrdersDaily, listChannelFigures, listSpend, ordersOfNewCustomers, otherCurrencyOrderCount } from '../../db/repositories/orders.js';
import { orderSettingsOf } from './money.js';

export interface OrderFigures {
  money: MoneyFigures;
  daily: Array<{ day: string; orders: number; revenue: number }>;
  /** Attributed orders per post target. */
  byTarget: Array<{ targetId: string; orders: number; revenue: number }>;
  channels: ChannelComparison;
  /** Orders of the period in another currency than `money.currency`, left out of the sums. */
  otherCurrencyOrders: number;
  /** Customers whose first order (in the period) was attributed to social, and those of them who ordered again. */
  repeatCustomers: { socialCustomers: number; repeatCustomers: number };
}

/** Every day from `from` to `to` inclusive, `YYYY-MM-DD`. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end; at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

export async function orderFigures(db: Database, workspaceId: string, period: DashboardPeriod): Promise<OrderFigures> {
  const { currency } = await orderSettingsOf(db, workspaceId);
  const months = monthsOf(period.from, period.to);
  const [byNetwork, byCampaign, byAccount, byPost, byTarget, daily, otherCurrencyOrders, customerOrders, spendRows, channelRows] = await Promise.all([
    attributedOrdersBy(db, workspaceId, period, currency, 'network'),
    attributedOrdersBy(db, workspaceId, period, currency, 'campaign'),
    attributedOrdersBy(db, workspaceId, period, currency, 'account'),
    attributedOrdersBy(db, workspaceId, period, currency, 'post'),
    attributedOrdersBy(db, workspaceId, period, currency, 'target'),
    attributedOrdersDaily(db, workspaceId, period, currency),
    otherCurrencyOrderCount(db, workspaceId, period, currency),
    ordersOfNewCustomers(db, workspaceId, period),
    listSpend(db, workspaceId, months),
    listChannelFigures(db, workspaceId, months),
  ]);

  const spend = totalSpend(
    spendRows.filter((row) => row.currency === currency).map((row) => ({ ...row, amount: row.amount === null ? null : Number(row.amount), hours: row.hours === null ? null : Number(row.hours), hourlyRate: row.hourlyRate === null ? null : Number(row.hourlyRate) })),
    months,
  );
  const orders = byNetwork.reduce((sum, group) => sum + group.orders, 0);
  const revenue = roundMoney(byNetwork.reduce((sum, group) => sum + group.revenue, 0));
  const repeat = repeatPurchaseRate(customerOrders);

  // Spend is entered per network and campaign, so those rows carry a CPO; accounts and posts have
  // no spend of their own and show orders and revenue only.
  const withSpend = (by: 'network' | 'campaign', groups: typeof byNetwork, spent: Map<string, number>): MoneyFigures['breakdown'] => {
    const keys = new Set([...groups.map((group) => group.key), ...spent.keys()]);
    return [...keys].map((key) => {
      const group = groups.find((candidate) => candidate.key === key);
      const cost = spent.get(key) ?? 0;
      return { by, key, label: group?.label ?? key, orders: group?.orders ?? 0, revenue: group?.revenue ?? 0, spend: cost, costPerOrder: costPerOrder(cost, group?.orders ?? 0) };
    });
  };
  const withoutSpend = (by: 'account' | 'post', groups: typeof byNetwork): MoneyFigures['breakdown'] =>
    groups.map((group) => ({ by, key: group.key, label: group.label, orders: group.orders, revenue: group.revenue, spend: 0, costPerOrder: null }));

  const money: MoneyFigures = {
    currency,
    orders,
    revenue,
    spend: spend.total,
    costPerOrder: costPerOrder(spend.total, orders),
    returnOnSpend: returnOnSpend(revenue, spend.total),
    averageOrderValue: averageOrderValue(revenue, orders),
    repeatPurchaseRate: repeat.rate,
    breakdown: [...withSpend('network', byNetwork, spend.byNetwork), ...withSpend('campaign', byCampaign, spend.byCampaign), ...withoutSpend('account', byAccount), ...withoutSpend('post', byPost)],
  };

  const others = new Map<string, ChannelTotals>();
  for (const row of channelRows) {
    if (row.currency !== currency) continue;
    const current = others.get(row.channel) ?? { channel: row.channel, spend: 0, orders: 0, revenue: 0 };
    others.set(row.channel, { channel: row.channel, spend: roundMoney(current.spend + Number(row.spend)), orders: current.orders + row.orders, revenue: roundMoney(current.revenue + Number(row.revenue)) });
  }
  const comparison = compareChannels({ channel: 'social', spend: spend.total, orders, revenue }, [...others.values()].sort((a, b) => a.channel.localeCompare(b.channel)));

  const dailyByDay = new Map(daily.map((row) => [row.day, row]));
  return {
    money,
    daily: daysOf(period.from, period.to).map((day) => dailyByDay.get(day) ?? { day, orders: 0, revenue: 0 }),
    byTarget: byTarget.map((group) => ({ targetId: group.key, orders: group.orders, revenue: group.revenue })),
    channels: { currency, channels: comparison.channels, warning: comparison.warning },
    otherCurrencyOrders,
    repeatCustomers: { socialCustomers: repeat.socialCustomers, repeatCustomers: repeat.repeatCustomers },
  };
}
