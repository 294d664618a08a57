/**
 * The goal catalogue (requirement S2). Each goal names the figures the measurement side computes
 * for it, so a goal is never a wish: it is a KPI with a target and a period that a dashboard can
 * check. Metric names are the measurement side's keys; keep them stable once data is stored.
 */
import { z } from 'zod';

export const GOAL_IDS = [
  'sales',
  'traffic',
  'repeat_sales',
  'recommendations',
  'brand_awareness',
  'reputation',
  'feedback',
  'personal_brand',
  'customer_service',
] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** `ratio` runs from -1 to 1 (net sentiment); `percent` from 0 to 100. */
export type KpiUnit = 'count' | 'currency' | 'percent' | 'ratio' | 'minutes';

export interface Kpi {
  readonly id: string;
  /** The measurement side's metric key. */
  readonly metric: string;
  readonly unit: KpiUnit;
  readonly better: 'higher' | 'lower';
}

const kpi = (id: string, metric: string, unit: KpiUnit, better: 'higher' | 'lower' = 'higher'): Kpi => ({
  id,
  metric,
  unit,
  better,
});

export const GOAL_KPIS: Readonly<Record<GoalId, readonly Kpi[]>> = {
  sales: [kpi('orders', 'orders', 'count'), kpi('revenue', 'revenue', 'currency'), kpi('cost_per_order', 'cpo', 'currency', 'lower')],
  traffic: [kpi('link_clicks', 'link_clicks', 'count'), kpi('click_through_rate', 'ctr', 'percent')],
  repeat_sales: [kpi('repeat_purchase_rate', 'repeat_purchase_rate', 'percent')],
  recommendations: [
    kpi('orders_via_opinion_leaders', 'influencer_orders', 'count'),
    kpi('revenue_via_opinion_leaders', 'influencer_revenue', 'currency'),
  ],
  brand_awareness: [kpi('reach', 'reach', 'count'), kpi('engaged_audience_growth', 'engaged_audience_growth_rate', 'percent')],
  reputation: [kpi('net_sentiment', 'net_sentiment', 'ratio'), kpi('negative_mention_share', 'negative_mention_share', 'percent', 'lower')],
  feedback: [kpi('comments_received', 'comments', 'count'), kpi('replies_received', 'replies', 'count')],
  personal_brand: [kpi('reach', 'reach', 'count'), kpi('engagement_rate_by_reach', 'err', 'percent'), kpi('mentions', 'mentions', 'count')],
  customer_service: [kpi('median_first_response_minutes', 'median_first_response_minutes', 'minutes', 'lower')],
};

export function kpisFor(goal: GoalId): readonly Kpi[] {
  return GOAL_KPIS[goal];
}

export const KPI_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

const kpiTargetSchema = z.strictObject({
  kpi: z.string().min(1),
  target: z.number().finite(),
  period: z.enum(KPI_PERIODS),
});

function targetRangeProblem(unit: KpiUnit, target: number): string | null {
  if (unit === 'ratio') return target < -1 || target > 1 ? 'must be between -1 and 1' : null;
  if (unit === 'percent') return target < 0 || target > 100 ? 'must be between 0 and 100' : null;
  return target < 0 ? 'must not be negative' : null;
}

/** A goal the business chose, with a target for some or all of its KPIs. */
export const chosenGoalSchema = z
  .strictObject({
    goal: z.enum(GOAL_IDS),
    targets: z.array(kpiTargetSchema),
  })
  .superRefine((chosen, ctx) => {
    const catalogue = GOAL_KPIS[chosen.goal];
    const seen = new Set<string>();
    chosen.targets.forEach((target, index) => {
      const definition = catalogue.find((entry) => entry.id === target.kpi);
      if (!definition) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'kpi'],
          message: `not a KPI of ${chosen.goal}: use one of ${catalogue.map((entry) => entry.id).join(', ')}`,
        });
        return;
      }
      if (seen.has(target.kpi)) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'kpi'], message: 'this KPI already has a target' });
      }
      seen.add(target.kpi);
      const problem = targetRangeProblem(definition.unit, target.target);
      if (problem) ctx.addIssue({ code: 'custom', path: ['targets', index, 'target'], message: problem });
    });
  });

export type ChosenGoal = z.infer<typeof chosenGoalSchema>;
