import { describe, expect, test } from 'vitest';
import { GOAL_IDS, GOAL_KPIS, chosenGoalSchema, kpisFor } from './goals.js';

describe('goal catalogue', () => {
  test('every goal has KPIs, with unique ids within the goal', () => {
    for (const goal of GOAL_IDS) {
      const ids = kpisFor(goal).map((kpi) => kpi.id);
      expect(ids.length, goal).toBeGreaterThan(0);
      expect(new Set(ids).size, goal).toBe(ids.length);
    }
  });

  test('the KPIs the texts name are there, with the right direction', () => {
    expect(GOAL_KPIS.sales.map((kpi) => kpi.id)).toEqual(['orders', 'revenue', 'cost_per_order']);
    expect(GOAL_KPIS.sales.find((kpi) => kpi.id === 'cost_per_order')?.better).toBe('lower');
    expect(GOAL_KPIS.customer_service).toEqual([
      { id: 'median_first_response_minutes', metric: 'median_first_response_minutes', unit: 'minutes', better: 'lower' },
    ]);
  });

  test('a chosen goal takes targets for its own KPIs with a period', () => {
    const chosen = { goal: 'sales', targets: [{ kpi: 'orders', target: 120, period: 'month' }] };
    expect(chosenGoalSchema.parse(chosen)).toEqual(chosen);
  });

  test('a KPI of another goal, a repeated KPI or an out-of-range target is refused with its path', () => {
    const paths = (input: unknown) => {
      const result = chosenGoalSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths({ goal: 'sales', targets: [{ kpi: 'reach', target: 1, period: 'month' }] })).toEqual(['targets.0.kpi']);
    expect(
      paths({ goal: 'sales', targets: [{ kpi: 'orders', target: 1, period: 'month' }, { kpi: 'orders', target: 2, period: 'year' }] }),
    ).toEqual(['targets.1.kpi']);
    expect(paths({ goal: 'reputation', targets: [{ kpi: 'net_sentiment', target: 2, period: 'quarter' }] })).toEqual(['targets.0.target']);
    expect(paths({ goal: 'traffic', targets: [{ kpi: 'link_clicks', target: 10, period: 'fortnight' }] })).toEqual(['targets.0.period']);
  });
});
