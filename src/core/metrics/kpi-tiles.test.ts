import { describe, expect, test } from 'vitest';
import { DEFAULT_KPIS, kpiStatus, kpiTiles, scaledTarget } from './kpi-tiles.js';

describe('KPI tiles', () => {
  test('without a strategy: the default tiles, without targets', () => {
    const tiles = kpiTiles({ current: { reach: 1200, err: 3.5, cpo: null }, previous: { reach: 1000 }, goals: null, periodDays: 30 });
    expect(tiles.map((tile) => tile.kpiId)).toEqual(DEFAULT_KPIS.map((kpi) => kpi.id));
    expect(tiles[0]).toMatchObject({ metric: 'reach', value: 1200, previous: 1000, target: null, status: 'no_target' });
    expect(tiles.find((tile) => tile.metric === 'cpo')).toMatchObject({ value: null, status: 'no_data', better: 'lower' });
  });

  test('a monthly count target over seven days is scaled by 7 ÷ 30.44; rates and averages are not', () => {
    const goals = [
      { goal: 'sales' as const, targets: [{ kpi: 'orders', target: 100, period: 'month' as const }, { kpi: 'cost_per_order', target: 12, period: 'month' as const }] },
      { goal: 'traffic' as const, targets: [{ kpi: 'click_through_rate', target: 2, period: 'week' as const }] },
    ];
    const tiles = kpiTiles({ current: { orders: 25, revenue: 900, cpo: 15, link_clicks: 300, ctr: 2.5 }, previous: {}, goals, periodDays: 7 });
    const orders = tiles.find((tile) => tile.kpiId === 'orders');
    expect(orders?.target).toBeCloseTo((100 * 7) / 30.44, 8);
    expect(orders?.status).toBe('met');
    expect(tiles.find((tile) => tile.kpiId === 'cost_per_order')).toMatchObject({ target: 12, value: 15, status: 'behind' });
    expect(tiles.find((tile) => tile.kpiId === 'click_through_rate')).toMatchObject({ target: 2, status: 'met' });
    expect(tiles.find((tile) => tile.kpiId === 'revenue')).toMatchObject({ target: null, status: 'no_target' });
    expect(tiles.map((tile) => tile.kpiId)).toEqual(['orders', 'revenue', 'cost_per_order', 'link_clicks', 'click_through_rate']);
  });

  test('a KPI two goals share appears once, with the target one of them sets', () => {
    const goals = [
      { goal: 'brand_awareness' as const, targets: [] },
      { goal: 'personal_brand' as const, targets: [{ kpi: 'reach', target: 52_000, period: 'year' as const }] },
    ];
    const tiles = kpiTiles({ current: { reach: 10_000 }, previous: {}, goals, periodDays: 73.05 });
    expect(tiles.filter((tile) => tile.kpiId === 'reach')).toHaveLength(1);
    expect(tiles[0]?.target).toBeCloseTo(10_400, 6);
    expect(tiles[0]?.status).toBe('behind');
  });

  test('status honours which direction is better', () => {
    expect(kpiStatus(5, 10, 'lower')).toBe('met');
    expect(kpiStatus(15, 10, 'lower')).toBe('behind');
    expect(kpiStatus(10, 10, 'higher')).toBe('met');
    expect(scaledTarget({ metric: 'revenue', unit: 'currency' }, 1000, 'quarter', 91.31)).toBeCloseTo(1000, 8);
    expect(scaledTarget({ metric: 'net_sentiment', unit: 'ratio' }, 0.4, 'week', 30)).toBe(0.4);
  });
});
