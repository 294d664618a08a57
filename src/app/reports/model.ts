/**
 * The dashboard report's content, worded and formatted in one language, before it becomes HTML or
 * PDF: both renderers read this one model, so the two files always say the same thing.
 */
import { chartLabels } from '../../core/charts/labels.js';
import { FigureFormat } from '../../core/charts/format.js';
import { buildCharts, networkName } from '../../core/charts/options.js';
import type { Dashboard, KpiStatus, KpiTile } from '../../core/metrics/dashboard.js';
import { METRIC_IDS, metricDefinition, type MetricDefinition, type MetricId } from '../../core/metrics/definitions.js';
import type { Locale } from '../../core/validation.js';
import { REPORT_WORDS, type ReportWords } from './messages.js';
import { renderChartSvg } from './svg.js';

export interface ReportFigure {
  label: string;
  value: string;
  /** The metric's definition and formula, shown beside the figure. */
  definition: string | null;
}

export interface ReportTile extends ReportFigure {
  status: KpiStatus;
  statusText: string;
  previous: string;
  target: string;
}

export interface ReportTable {
  heading: string;
  columns: string[];
  rows: string[][];
  /** Said instead of the table when it has no rows. */
  empty: string;
}

export interface ReportModel {
  locale: Locale;
  title: string;
  /** Period, time zone, denominator, time of making. */
  facts: Array<{ label: string; value: string }>;
  notice: string | null;
  tiles: ReportTile[];
  charts: Array<{ id: string; title: string; description: string; svg: string | null }>;
  chartEmpty: string;
  tables: ReportTable[];
  figureGroups: Array<{ heading: string; figures: ReportFigure[] }>;
  warning: string | null;
  definitions: Array<MetricDefinition & { id: MetricId }>;
  words: Pick<ReportWords, 'kpis' | 'charts' | 'definitions' | 'previous' | 'target' | 'footer'>;
}

/** The definition id of a KPI tile, where the catalogue has one. */
const KPI_METRIC: Readonly<Record<string, MetricId>> = { median_first_response_minutes: 'first_response_time' };

function definitionIdOf(kpiId: string): MetricId | null {
  const mapped = KPI_METRIC[kpiId];
  if (mapped) return mapped;
  return (METRIC_IDS as readonly string[]).includes(kpiId) ? (kpiId as MetricId) : null;
}

function describe(locale: Locale, id: MetricId | null): string | null {
  if (!id) return null;
  const definition = metricDefinition(locale, id);
  return `${definition.definition} (${definition.formula})`;
}

const ENGAGEMENT_DEFINITION: Record<Dashboard['denominator'], MetricId> = {
  reach: 'engagement_rate_by_reach',
  impressions: 'engagement_rate_by_impressions',
  followers: 'engagement_rate_by_followers',
};

/** Builds the report; `now` is when it is made (shown on it). */
export function buildReportModel(dashboard: Dashboard, locale: Locale, options: { workspaceName: string; now: Date }): ReportModel {
  const words = REPORT_WORDS[locale];
  const format = new FigureFormat(locale, dashboard.currency, words.unknown);
  const labels = chartLabels(locale, dashboard.denominator);
  const engagementId = ENGAGEMENT_DEFINITION[dashboard.denominator];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: dashboard.period.timezone });

  const tile = (entry: KpiTile): ReportTile => ({
    label: words.kpiNames[entry.kpiId] ?? entry.kpiId,
    value: format.unit(entry.value, entry.unit),
    definition: describe(locale, definitionIdOf(entry.kpiId)),
    status: entry.status,
    statusText: words.status[entry.status],
    previous: format.unit(entry.previous, entry.unit),
    target: entry.target === null ? '—' : format.unit(entry.target, entry.unit),
  });

  const charts = buildCharts(dashboard, labels).map((chart) => ({
    id: chart.id,
    title: chart.title,
    description: chart.description,
    svg: chart.empty ? null : renderChartSvg(chart.option),
  }));

  const c = words.column;
  const tables: ReportTable[] = [
    {
      heading: words.topPosts,
      columns: [c.post, c.network, c.published, c.impressions, c.reach, c.engagements, c.engagementRate, c.virality, c.reachBeyondFollowers, c.linkClicks, c.orders],
      rows: dashboard.topPosts.map((post) => [
        post.excerpt,
        `${networkName(post.network)} · ${post.accountName}`,
        dateTime.format(new Date(post.publishedAt)),
        format.count(post.impressions),
        format.count(post.reach),
        format.count(post.engagements),
        format.percent(post.engagementRate),
        format.percent(post.virality),
        post.reachBeyondFollowers === null ? words.unknown : `× ${format.decimal(post.reachBeyondFollowers)}`,
        format.count(post.linkClicks),
        format.count(post.orders),
      ]),
      empty: words.noPosts,
    },
    {
      heading: words.accounts,
      columns: [c.account, c.network, c.followers, c.growthRate, c.engagedShare, c.suspicious],
      rows: dashboard.accounts.map((account) => [
        account.name,
        networkName(account.network),
        format.count(account.followers),
        format.percent(account.growthRate),
        format.percent(account.engagedShare),
        account.suspiciousDays.length === 0 ? '—' : account.suspiciousDays.map((day) => words.suspiciousDay(day.day, format.count(day.followersGained))).join('; '),
      ]),
      empty: words.noAccounts,
    },
    {
      heading: words.channels,
      columns: [c.channel, c.spend, c.orders, c.revenue, c.costPerOrder],
      rows: dashboard.channels.channels.map((channel) => [
        words.channelNames[channel.channel] ?? channel.channel.replace(/^other:/, ''),
        format.currency(channel.spend),
        format.count(channel.orders),
        format.currency(channel.revenue),
        format.currency(channel.costPerOrder),
      ]),
      empty: '—',
    },
  ];

  const links = dashboard.links;
  const money = dashboard.money;
  const figureGroups = [
    {
      heading: words.links,
      figures: [
        { label: words.linkFigures.clicks, value: format.count(links.clicks), definition: null },
        { label: words.linkFigures.uniqueVisitors, value: format.count(links.uniqueVisitors), definition: null },
        { label: words.linkFigures.clickThroughRate, value: format.percent(links.clickThroughRate), definition: describe(locale, 'click_through_rate') },
        { label: words.linkFigures.botClicksFiltered, value: format.count(links.botClicksFiltered), definition: null },
      ],
    },
    {
      heading: words.money,
      figures: [
        { label: words.moneyFigures.orders, value: format.count(money.orders), definition: null },
        { label: words.moneyFigures.revenue, value: format.currency(money.revenue), definition: null },
        { label: words.moneyFigures.spend, value: format.currency(money.spend), definition: null },
        { label: words.moneyFigures.costPerOrder, value: format.currency(money.costPerOrder), definition: describe(locale, 'cost_per_order') },
        { label: words.moneyFigures.returnOnSpend, value: format.percent(money.returnOnSpend), definition: describe(locale, 'return_on_spend') },
        { label: words.moneyFigures.averageOrderValue, value: format.currency(money.averageOrderValue), definition: null },
        { label: words.moneyFigures.repeatPurchaseRate, value: format.percent(money.repeatPurchaseRate), definition: describe(locale, 'repeat_purchase_rate') },
      ],
    },
  ];

  const glossary: MetricId[] = [engagementId, 'virality_rate', 'reach_beyond_followers', 'audience_growth_rate', 'engaged_share', 'click_through_rate', 'cost_per_order', 'return_on_spend', 'repeat_purchase_rate'];
  for (const entry of dashboard.tiles) {
    const id = definitionIdOf(entry.kpiId);
    if (id && !glossary.includes(id)) glossary.push(id);
  }

  const warning = dashboard.channels.warning ? words.warning[dashboard.channels.warning.kind] : null;
  return {
    locale,
    title: words.title(options.workspaceName),
    facts: [
      { label: words.period, value: `${dashboard.period.from} – ${dashboard.period.to}` },
      { label: words.timezone, value: dashboard.period.timezone },
      { label: words.generated, value: dateTime.format(options.now) },
      { label: words.engagementRate, value: words.denominator[dashboard.denominator] },
    ],
    notice: dashboard.hasStrategy ? null : words.noStrategy,
    tiles: dashboard.tiles.map(tile),
    charts,
    chartEmpty: words.chartEmpty,
    tables,
    figureGroups,
    warning,
    definitions: glossary.map((id) => ({ id, ...metricDefinition(locale, id) })),
    words: { kpis: words.kpis, charts: words.charts, definitions: words.definitions, previous: words.previous, target: words.target, footer: words.footer },
  };
}
