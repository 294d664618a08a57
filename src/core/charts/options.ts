/**
 * The dashboard's charts (A6) as Apache ECharts options, built from a `Dashboard` and the chart
 * words of one language. Pure functions: the web UI draws these options in the browser and the
 * reports (A7) render the very same options to SVG on the server, so a report shows exactly the
 * charts on screen. Every chart also comes with its figures as a table, for screen readers and
 * for anyone who prefers numbers to shapes.
 *
 * A `null` figure means "not known" and stays `null` in the series: ECharts leaves a gap there
 * (lines are not joined across it), so a day without data never reads as a day with zero.
 */
import type { EChartsOption } from 'echarts';
import type { ComparisonDimension, Dashboard, DailyFigures, EngagementDenominator } from '../metrics/dashboard.js';
import type { ChartId, ChartLabels } from './labels.js';

export type TableCell = string | number | null;

export interface ChartSpec {
  id: ChartId;
  title: string;
  description: string;
  option: EChartsOption;
  /** The chart's figures as rows under `columns`; `null` cells are unknown figures. */
  table: { columns: string[]; rows: TableCell[][] };
  /** True when there is nothing to draw (no days with data, no posts): callers show an empty state instead. */
  empty: boolean;
}

/** One palette for screen and paper, chosen to stay apart for the common colour-vision deficiencies. */
export const CHART_COLOURS = ['#2563eb', '#f59e0b', '#059669', '#db2777', '#7c3aed', '#0891b2'] as const;

const TEXT_STYLE = { fontFamily: 'DejaVu Sans, system-ui, sans-serif', color: '#1f2937' } as const;

/** Rounds a rate for display; unknown stays unknown. */
function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** `numerator ÷ denominator × 100`, or null when the denominator is unknown or zero. */
function percent(numerator: number, denominator: number | null): number | null {
  if (denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

/**
 * The day's engagement rate by the chosen denominator (docs/metrics.md; FACTS §1: engagements ÷
 * reach, ÷ impressions or ÷ followers, × 100). A day without the denominator has no rate.
 */
export function dailyEngagementRate(day: DailyFigures, denominator: EngagementDenominator): number | null {
  const base = denominator === 'reach' ? day.reach : denominator === 'impressions' ? day.impressions : day.followers;
  return percent(day.engagements, base);
}

/** `2026-11-23` as "23 Nov" in the reader's language; the day is a calendar day, so no zone shift. */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** What every chart shares. Animation is left to the caller: on by default, the reports turn it off. */
function base(): EChartsOption {
  return {
    color: [...CHART_COLOURS],
    textStyle: TEXT_STYLE,
    // The legend sits below the plot, so it never collides with the axis names above it.
    grid: { left: 56, right: 56, top: 40, bottom: 56 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, textStyle: TEXT_STYLE },
  };
}

function dayAxis(dashboard: Dashboard, labels: ChartLabels) {
  // Dates name themselves: no axis title, which would only crowd the legend.
  return { type: 'category' as const, data: dashboard.daily.map((day) => formatDay(day.day, labels.locale)), boundaryGap: false };
}

function hasDays(dashboard: Dashboard): boolean {
  return dashboard.daily.length > 0;
}

export function reachChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  const reach = dashboard.daily.map((day) => day.reach);
  const impressions = dashboard.daily.map((day) => day.impressions);
  return {
    id: 'reach',
    title: labels.titles.reach,
    description: labels.descriptions.reach,
    option: {
      ...base(),
      xAxis: dayAxis(dashboard, labels),
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: labels.reach, data: reach, showSymbol: false, connectNulls: false, areaStyle: { opacity: 0.12 } },
        { type: 'line', name: labels.impressions, data: impressions, showSymbol: false, connectNulls: false },
      ],
    },
    table: { columns: [labels.day, labels.reach, labels.impressions], rows: dashboard.daily.map((day) => [day.day, day.reach, day.impressions]) },
    empty: !hasDays(dashboard),
  };
}

export function engagementChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  const rates = dashboard.daily.map((day) => round(dailyEngagementRate(day, dashboard.denominator)));
  return {
    id: 'engagement',
    title: labels.titles.engagement,
    description: labels.descriptions.engagement,
    option: {
      ...base(),
      xAxis: { ...dayAxis(dashboard, labels), boundaryGap: true },
      yAxis: [
        { type: 'value', name: labels.engagements, minInterval: 1 },
        { type: 'value', name: labels.engagementRate, axisLabel: { formatter: '{value} %' }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: labels.engagements, data: dashboard.daily.map((day) => day.engagements), yAxisIndex: 0 },
        { type: 'line', name: labels.engagementRate, data: rates, yAxisIndex: 1, connectNulls: false, showSymbol: false },
      ],
    },
    table: {
      columns: [labels.day, labels.engagements, labels.engagementRate],
      rows: dashboard.daily.map((day, index) => [day.day, day.engagements, rates[index] ?? null]),
    },
    empty: !hasDays(dashboard),
  };
}

export function clicksChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  return {
    id: 'clicks',
    title: labels.titles.clicks,
    description: labels.descriptions.clicks,
    option: {
      ...base(),
      xAxis: { ...dayAxis(dashboard, labels), boundaryGap: true },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: labels.linkClicks, data: dashboard.daily.map((day) => day.linkClicks), itemStyle: { color: CHART_COLOURS[2] } }],
    },
    table: { columns: [labels.day, labels.linkClicks], rows: dashboard.daily.map((day) => [day.day, day.linkClicks]) },
    empty: !hasDays(dashboard),
  };
}

/** Two-digit hours, the same in every language the UI speaks. */
export const HOURS = Array.from({ length: 24 }, (_unused, hour) => String(hour).padStart(2, '0'));

/**
 * The day × hour heatmap: always the full week of 7 × 24 cells (weekday 0 = Monday at the top),
 * each the mean engagement rate of the posts published in that slot. A slot without posts has no
 * rate and is drawn empty, not as 0 %.
 */
export function heatmapChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  const cells = new Map(dashboard.heatmap.map((cell) => [`${cell.weekday}:${cell.hour}`, cell]));
  const data: Array<[number, number, number | '-', number]> = [];
  const rows: TableCell[][] = [];
  let max = 0;
  for (let weekday = 0; weekday < 7; weekday += 1) {
    for (let hour = 0; hour < 24; hour += 1) {
      const cell = cells.get(`${weekday}:${hour}`);
      const rate = round(cell?.engagementRate ?? null);
      if (rate !== null) max = Math.max(max, rate);
      data.push([hour, weekday, rate ?? '-', cell?.posts ?? 0]);
      if (cell && (cell.posts > 0 || cell.audienceActivity > 0)) rows.push([labels.weekdays[weekday] ?? String(weekday), HOURS[hour] ?? String(hour), cell.posts, rate, cell.audienceActivity]);
    }
  }
  return {
    id: 'heatmap',
    title: labels.titles.heatmap,
    description: labels.descriptions.heatmap,
    option: {
      ...base(),
      tooltip: { position: 'top' },
      legend: { show: false },
      grid: { left: 8, right: 16, top: 16, bottom: 88 },
      xAxis: { type: 'category', data: HOURS, name: labels.hour, nameLocation: 'middle', nameGap: 22, splitArea: { show: true } },
      yAxis: { type: 'category', data: [...labels.weekdays], inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: max > 0 ? max : 1,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        text: [labels.engagementRate, ''],
        textStyle: TEXT_STYLE,
        inRange: { color: ['#eff6ff', '#93c5fd', '#1d4ed8'] },
      },
      series: [{ type: 'heatmap', name: labels.engagementRate, data, label: { show: false }, emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1 } } }],
    },
    table: { columns: [labels.day, labels.hour, labels.posts, labels.engagementRate, labels.audienceActivity], rows },
    empty: !dashboard.heatmap.some((cell) => cell.posts > 0),
  };
}

const COMPARISON_CHART: Record<ComparisonDimension, ChartId> = { media: 'comparison_media', question: 'comparison_question', network: 'comparison_network' };

/** A network id as people know it ("linkedin" → "LinkedIn"); unknown ids are shown as they are. */
const NETWORK_NAMES: Readonly<Record<string, string>> = {
  facebook: 'Facebook', instagram: 'Instagram', x: 'X', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', pinterest: 'Pinterest',
  threads: 'Threads', mastodon: 'Mastodon', bluesky: 'Bluesky', telegram: 'Telegram', vk: 'VK', odnoklassniki: 'Odnoklassniki', reddit: 'Reddit',
  sandbox: 'Sandbox', whatsapp_business: 'WhatsApp Business',
};

export function networkName(network: string): string {
  return NETWORK_NAMES[network] ?? network;
}

function groupName(key: string, labels: ChartLabels): string {
  switch (key) {
    case 'with_media': return labels.withMedia;
    case 'without_media': return labels.withoutMedia;
    case 'question': return labels.question;
    case 'statement': return labels.statement;
    default: return networkName(key);
  }
}

/** Content comparison: mean engagement rate and shares per post of each group, side by side. */
export function comparisonChart(dashboard: Dashboard, dimension: ComparisonDimension, labels: ChartLabels): ChartSpec {
  const groups = dashboard.comparisons.find((comparison) => comparison.dimension === dimension)?.groups ?? [];
  const names = groups.map((group) => `${groupName(group.key, labels)} (${group.posts})`);
  const id = COMPARISON_CHART[dimension];
  return {
    id,
    title: labels.titles[id],
    description: labels.descriptions[id],
    option: {
      ...base(),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
      yAxis: [
        { type: 'value', name: labels.engagementRate, axisLabel: { formatter: '{value} %' } },
        { type: 'value', name: labels.sharesPerPost, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: labels.engagementRate, data: groups.map((group) => round(group.engagementRate)), yAxisIndex: 0 },
        { type: 'bar', name: labels.sharesPerPost, data: groups.map((group) => round(group.sharesPerPost)), yAxisIndex: 1 },
      ],
    },
    table: {
      columns: ['', labels.posts, labels.engagementRate, labels.sharesPerPost],
      rows: groups.map((group) => [groupName(group.key, labels), group.posts, round(group.engagementRate), round(group.sharesPerPost)]),
    },
    empty: !groups.some((group) => group.posts > 0),
  };
}

/** Virality (shares ÷ impressions × 100) of the top posts, highest at the top. */
export function viralityChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  const posts = [...dashboard.topPosts].sort((a, b) => (b.virality ?? -1) - (a.virality ?? -1)).slice(0, 10);
  const name = (excerpt: string) => (excerpt.length > 40 ? `${excerpt.slice(0, 39)}…` : excerpt);
  return {
    id: 'virality',
    title: labels.titles.virality,
    description: labels.descriptions.virality,
    option: {
      ...base(),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: false },
      grid: { left: 8, right: 32, top: 16, bottom: 24 },
      xAxis: { type: 'value', splitNumber: 3, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', inverse: true, axisLabel: { width: 200, overflow: 'truncate' }, data: posts.map((post) => `${name(post.excerpt)} · ${networkName(post.network)}`) },
      series: [{ type: 'bar', name: labels.virality, data: posts.map((post) => round(post.virality, 3)), itemStyle: { color: CHART_COLOURS[3] } }],
    },
    table: {
      columns: ['', labels.impressions, labels.virality],
      rows: posts.map((post) => [`${post.excerpt} (${networkName(post.network)})`, post.impressions, round(post.virality, 3)]),
    },
    empty: posts.length === 0,
  };
}

export function moneyChart(dashboard: Dashboard, labels: ChartLabels): ChartSpec {
  const revenueName = `${labels.revenue}, ${dashboard.currency}`;
  return {
    id: 'money',
    title: labels.titles.money,
    description: labels.descriptions.money,
    option: {
      ...base(),
      xAxis: { ...dayAxis(dashboard, labels), boundaryGap: true },
      yAxis: [
        { type: 'value', name: labels.orders, minInterval: 1 },
        { type: 'value', name: revenueName, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: labels.orders, data: dashboard.daily.map((day) => day.orders), yAxisIndex: 0, itemStyle: { color: CHART_COLOURS[4] } },
        { type: 'line', name: revenueName, data: dashboard.daily.map((day) => round(day.revenue)), yAxisIndex: 1, showSymbol: false, itemStyle: { color: CHART_COLOURS[1] } },
      ],
    },
    table: { columns: [labels.day, labels.orders, revenueName], rows: dashboard.daily.map((day) => [day.day, day.orders, round(day.revenue)]) },
    empty: !dashboard.daily.some((day) => day.orders > 0 || day.revenue > 0),
  };
}

/** Every chart of the dashboard, in the order the page and the report show them. */
export function buildCharts(dashboard: Dashboard, labels: ChartLabels): ChartSpec[] {
  return [
    reachChart(dashboard, labels),
    engagementChart(dashboard, labels),
    clicksChart(dashboard, labels),
    heatmapChart(dashboard, labels),
    comparisonChart(dashboard, 'media', labels),
    comparisonChart(dashboard, 'question', labels),
    comparisonChart(dashboard, 'network', labels),
    viralityChart(dashboard, labels),
    moneyChart(dashboard, labels),
  ];
}
