import { describe, expect, test } from 'vitest';
import { LOCALES } from '../validation.js';
import { daysBetween, emptyDashboard, fixtureDashboard } from './fixture.js';
import { chartLabels } from './labels.js';
import { buildCharts, comparisonChart, dailyEngagementRate, engagementChart, formatDay, heatmapChart, reachChart, viralityChart } from './options.js';

type Series = { type: string; name: string; data: unknown[] };
const seriesOf = (option: unknown): Series[] => (option as { series: Series[] }).series;

describe('chart options', () => {
  const dashboard = fixtureDashboard();
  const labels = chartLabels('en', 'reach');

  test('time series have one point per day of the period', () => {
    const days = daysBetween(dashboard.period.from, dashboard.period.to).length;
    expect(days).toBe(30);
    for (const spec of buildCharts(dashboard, labels).filter((chart) => ['reach', 'engagement', 'clicks', 'money'].includes(chart.id))) {
      for (const series of seriesOf(spec.option)) expect(series.data).toHaveLength(days);
      expect(spec.table.rows).toHaveLength(days);
    }
    const xAxis = (reachChart(dashboard, labels).option as { xAxis: { data: string[] } }).xAxis.data;
    expect(xAxis[0]).toBe('Oct 25');
  });

  test('the engagement rate follows the chosen denominator, and an unknown denominator is a gap, not 0', () => {
    const byFollowers = fixtureDashboard({ denominator: 'followers' });
    const spec = engagementChart(byFollowers, chartLabels('en', 'followers'));
    const rate = seriesOf(spec.option).find((series) => series.type === 'line');
    // The fixture has no follower snapshot for its first three days.
    expect(rate?.data.slice(0, 3)).toEqual([null, null, null]);
    const day = byFollowers.daily[5];
    if (!day?.followers) throw new Error('fixture day 5 has followers');
    expect(rate?.data[5]).toBeCloseTo((day.engagements / day.followers) * 100, 2);
    expect(rate?.name).toBe('Engagement rate by followers, %');

    const byReach = seriesOf(engagementChart(dashboard, labels).option).find((series) => series.type === 'line');
    const first = dashboard.daily[0];
    if (!first) throw new Error('fixture has days');
    expect(byReach?.data[0]).toBeCloseTo((first.engagements / first.reach) * 100, 2);
    expect(dailyEngagementRate({ ...first, impressions: 0 }, 'impressions')).toBeNull();
  });

  test('the heatmap always has 7 × 24 cells, Monday first, and slots without posts stay empty', () => {
    const spec = heatmapChart(dashboard, labels);
    const data = seriesOf(spec.option)[0]?.data as Array<[number, number, number | '-', number]>;
    expect(data).toHaveLength(7 * 24);
    const option = spec.option as { yAxis: { data: string[] }; xAxis: { data: string[] } };
    expect(option.yAxis.data[0]).toBe('Monday');
    expect(option.xAxis.data).toHaveLength(24);
    // Sunday 03:00: nobody posts then.
    expect(data.find(([hour, weekday]) => weekday === 6 && hour === 3)?.[2]).toBe('-');
    const cell = dashboard.heatmap.find((entry) => entry.weekday === 1 && entry.hour === 12);
    expect(data.find(([hour, weekday]) => weekday === 1 && hour === 12)?.[2]).toBe(cell?.engagementRate);

    const empty = heatmapChart(emptyDashboard(), labels);
    expect(seriesOf(empty.option)[0]?.data).toHaveLength(168);
    expect(empty.empty).toBe(true);
  });

  test('labels are in the chosen language in every chart', () => {
    const words: Record<(typeof LOCALES)[number], { monday: string; reach: string }> = {
      en: { monday: 'Monday', reach: 'Reach' },
      id: { monday: 'Senin', reach: 'Jangkauan' },
      ru: { monday: 'Понедельник', reach: 'Охват' },
      pl: { monday: 'Poniedziałek', reach: 'Zasięg' },
    };
    for (const locale of LOCALES) {
      const localized = chartLabels(locale, 'impressions');
      const heat = heatmapChart(dashboard, localized).option as { yAxis: { data: string[] } };
      expect(heat.yAxis.data[0]).toBe(words[locale].monday);
      expect(seriesOf(reachChart(dashboard, localized).option)[0]?.name).toBe(words[locale].reach);
      expect(new Set(buildCharts(dashboard, localized).map((chart) => chart.title)).size).toBe(9);
    }
    expect(formatDay('2026-11-23', 'ru')).toContain('23');
    expect(formatDay('2026-11-23', 'ru')).toMatch(/ноя/);
  });

  test('content comparison names its groups and keeps unknown rates unknown', () => {
    const spec = comparisonChart(dashboard, 'media', chartLabels('pl', 'reach'));
    expect((spec.option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['Z obrazem lub wideo (14)', 'Sam tekst (7)']);
    const network = comparisonChart(
      { ...dashboard, comparisons: [{ dimension: 'network', groups: [{ key: 'linkedin', posts: 0, engagementRate: null, sharesPerPost: null }] }] },
      'network',
      labels,
    );
    expect(seriesOf(network.option)[0]?.data).toEqual([null]);
    expect(network.empty).toBe(true);
    expect(comparisonChart(dashboard, 'network', labels).table.rows.map((row) => row[0])).toEqual(['Mastodon', 'Bluesky']);
  });

  test('virality ranks the top posts, highest first', () => {
    const spec = viralityChart(dashboard, labels);
    const values = seriesOf(spec.option)[0]?.data as Array<number | null>;
    expect(values).toEqual([1.17, 1.13, 0.3, null]);
  });
});
