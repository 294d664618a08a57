/**
 * Channel comparison (A5): social's cost per order beside other channels' (SEO, search ads,
 * e-mail, others) from figures entered per month, and a warning when social money is the least
 * effective: its CPO above its own average order value (each order then costs more than it brings,
 * the "unprofitable" test of the CPO definition, see money.ts), or the highest CPO of all channels.
 */
import { averageOrderValue, costPerOrder } from './money.js';

export const BUILT_IN_CHANNELS = ['seo', 'search_ads', 'email'] as const;
/** `seo`, `search_ads`, `email`, or `other:<name>`; `social` is computed, never entered. */
export const CHANNEL_PATTERN = /^(seo|search_ads|email|other:[^\s].{0,60})$/;

export interface ChannelTotals {
  channel: string;
  spend: number;
  orders: number;
  revenue: number;
}

export interface ChannelRow extends ChannelTotals {
  costPerOrder: number | null;
}

export type ChannelWarning = null | { kind: 'above_average_order_value' | 'worst_channel'; socialCostPerOrder: number; comparedWith: number };

/**
 * Rows with their CPO (social first) and the warning. A channel whose CPO is not known (no
 * orders) takes no part in "worst of all"; social with spend and no orders has no CPO either, so
 * it gets no warning here (the UI shows its spend against zero orders).
 */
export function compareChannels(social: ChannelTotals, others: readonly ChannelTotals[]): { channels: ChannelRow[]; warning: ChannelWarning } {
  const rows: ChannelRow[] = [social, ...others].map((row) => ({ ...row, costPerOrder: costPerOrder(row.spend, row.orders) }));
  return { channels: rows, warning: channelWarning(rows) };
}

export function channelWarning(rows: readonly ChannelRow[]): ChannelWarning {
  const social = rows.find((row) => row.channel === 'social');
  if (!social || social.costPerOrder === null) return null;
  const aov = averageOrderValue(social.revenue, social.orders);
  if (aov !== null && social.costPerOrder > aov) return { kind: 'above_average_order_value', socialCostPerOrder: social.costPerOrder, comparedWith: aov };
  const otherCosts = rows.filter((row) => row.channel !== 'social' && row.costPerOrder !== null).map((row) => row.costPerOrder as number);
  if (otherCosts.length === 0) return null;
  const worstOther = Math.max(...otherCosts);
  // Strictly above: a tie with another channel is not "the worst".
  if (social.costPerOrder > worstOther) return { kind: 'worst_channel', socialCostPerOrder: social.costPerOrder, comparedWith: worstOther };
  return null;
}
