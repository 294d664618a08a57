/**
 * KPI tiles (A6): each KPI of the strategy's goals with its value, the value over the period just
 * before, and the strategy's target scaled to the period shown. Without a strategy a default set
 * of tiles appears without targets, so the dashboard is useful before anyone writes a strategy.
 */
import { GOAL_KPIS, type ChosenGoal, type Kpi, type KpiPeriod } from '../strategy/goals.js';
import type { KpiStatus, KpiTile } from './dashboard.js';

/** Average days in a target's period (a month is 365.25 ÷ 12 = 30.44 days). */
export const DAYS_PER_PERIOD: Readonly<Record<KpiPeriod, number>> = { week: 7, month: 30.44, quarter: 91.31, year: 365.25 };

/** The tiles shown when the workspace has no strategy: traffic, CTR and reach first, then sales. */
export const DEFAULT_KPIS: readonly Kpi[] = [
  { id: 'reach', metric: 'reach', unit: 'count', better: 'higher' },
  { id: 'engagement_rate_by_reach', metric: 'err', unit: 'percent', better: 'higher' },
  { id: 'link_clicks', metric: 'link_clicks', unit: 'count', better: 'higher' },
  { id: 'click_through_rate', metric: 'ctr', unit: 'percent', better: 'higher' },
  { id: 'orders', metric: 'orders', unit: 'count', better: 'higher' },
  { id: 'cost_per_order', metric: 'cpo', unit: 'currency', better: 'lower' },
];

/**
 * Metrics that are averages, not sums, although their unit is currency: a cost per order of 20
 * a month is still 20 a week. Counts and summed money grow with the period; these do not.
 */
const AVERAGE_METRICS: ReadonlySet<string> = new Set(['cpo']);

/** Whether a target for `period` must be scaled to the length of the period shown. */
export function scalesWithPeriod(kpi: Pick<Kpi, 'metric' | 'unit'>): boolean {
  return (kpi.unit === 'count' || kpi.unit === 'currency') && !AVERAGE_METRICS.has(kpi.metric);
}

/** A target set for `period`, for a period of `periodDays` days (rates, ratios and averages unchanged). */
export function scaledTarget(kpi: Pick<Kpi, 'metric' | 'unit'>, target: number, period: KpiPeriod, periodDays: number): number {
  return scalesWithPeriod(kpi) ? (target * periodDays) / DAYS_PER_PERIOD[period] : target;
}

export function kpiStatus(value: number | null, target: number | null, better: 'higher' | 'lower'): KpiStatus {
  if (value === null) return 'no_data';
  if (target === null) return 'no_target';
  return (better === 'higher' ? value >= target : value <= target) ? 'met' : 'behind';
}

export interface KpiTileInput {
  /** Figures of the period by metric key (`Kpi.metric`); null or absent: not known. */
  current: Partial<Record<string, number | null>>;
  previous: Partial<Record<string, number | null>>;
  /** The current strategy's goals; null when the workspace has no strategy. */
  goals: ChosenGoal[] | null;
  periodDays: number;
}

export function kpiTiles(input: KpiTileInput): KpiTile[] {
  const tiles: KpiTile[] = [];
  const seen = new Set<string>();
  const add = (kpi: Kpi, target: { target: number; period: KpiPeriod } | undefined) => {
    // Two goals may share a KPI (reach): one tile, with the first target set for it.
    if (seen.has(kpi.id)) return;
    seen.add(kpi.id);
    const value = input.current[kpi.metric] ?? null;
    const scaled = target ? scaledTarget(kpi, target.target, target.period, input.periodDays) : null;
    tiles.push({ kpiId: kpi.id, metric: kpi.metric, unit: kpi.unit, better: kpi.better, value, previous: input.previous[kpi.metric] ?? null, target: scaled, status: kpiStatus(value, scaled, kpi.better) });
  };
  if (input.goals === null || input.goals.length === 0) {
    for (const kpi of DEFAULT_KPIS) add(kpi, undefined);
    return tiles;
  }
  // Targeted KPIs first across all goals, so a goal listing the KPI without a target does not hide another goal's target.
  const targets = new Map<string, { target: number; period: KpiPeriod }>();
  for (const goal of input.goals) for (const target of goal.targets) if (!targets.has(target.kpi)) targets.set(target.kpi, target);
  for (const goal of input.goals) for (const kpi of GOAL_KPIS[goal.goal]) add(kpi, targets.get(kpi.id));
  return tiles;
}
