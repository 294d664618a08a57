/**
 * Spend on social, entered per network, campaign and month (A4): money paid for ads or tools, or
 * hours of work at an hourly rate. A month's spend counts whole in every period that touches the
 * month, because spend is entered per month and has no days.
 */
import { roundMoney } from './money.js';

export const SPEND_KINDS = ['ads', 'tools', 'hours'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

/** `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface SpendEntry {
  month: string;
  network: string | null;
  campaign: string | null;
  kind: SpendKind;
  /** For `ads` and `tools`: the money paid. Ignored for `hours`. */
  amount: number | null;
  hours: number | null;
  hourlyRate: number | null;
}

/** What an entry costs: the amount, or hours × hourly rate. */
export function spendOf(entry: Pick<SpendEntry, 'kind' | 'amount' | 'hours' | 'hourlyRate'>): number {
  if (entry.kind === 'hours') return roundMoney((entry.hours ?? 0) * (entry.hourlyRate ?? 0));
  return entry.amount ?? 0;
}

/** The months (`YYYY-MM`) a period of days (`YYYY-MM-DD`, inclusive) touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export interface SpendTotals {
  total: number;
  byNetwork: Map<string, number>;
  byCampaign: Map<string, number>;
}

/** Totals of the entries in the given months, per network and per campaign (entries without one are in the total only). */
export function totalSpend(entries: readonly SpendEntry[], months: readonly string[]): SpendTotals {
  const wanted = new Set(months);
  const byNetwork = new Map<string, number>();
  const byCampaign = new Map<string, number>();
  let total = 0;
  for (const entry of entries) {
    if (!wanted.has(entry.month)) continue;
    const cost = spendOf(entry);
    total += cost;
    if (entry.network) byNetwork.set(entry.network, roundMoney((byNetwork.get(entry.network) ?? 0) + cost));
    if (entry.campaign) byCampaign.set(entry.campaign, roundMoney((byCampaign.get(entry.campaign) ?? 0) + cost));
  }
  return { total: roundMoney(total), byNetwork, byCampaign };
}
