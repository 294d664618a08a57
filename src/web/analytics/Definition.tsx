import { metricDefinition, type MetricId } from '../../core/metrics/definitions.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** A small "?" beside a figure that opens the metric's definition and formula in place. */
export function Definition({ metric }: { metric: MetricId | null }) {
  const { t, locale } = useI18n();
  if (!metric) return null;
  const definition = metricDefinition(locale, metric);
  return (
    <details className="metric-definition" data-testid={`definition-${metric}`}>
      <summary aria-label={t('analytics.definition', { name: definition.name })} title={definition.name}>
        ?
      </summary>
      <p>
        {definition.definition} <code>{definition.formula}</code>
      </p>
    </details>
  );
}

/** The definition of a KPI tile, where the catalogue has one. */
export function kpiMetric(kpiId: string): MetricId | null {
  const mapped: Record<string, MetricId> = {
    engagement_rate_by_reach: 'engagement_rate_by_reach',
    click_through_rate: 'click_through_rate',
    cost_per_order: 'cost_per_order',
    repeat_purchase_rate: 'repeat_purchase_rate',
    net_sentiment: 'net_sentiment',
    median_first_response_minutes: 'first_response_time',
    engaged_audience_growth: 'engaged_share',
  };
  return mapped[kpiId] ?? null;
}

/** Named definitions in a row, for the measures a table's columns use. */
export function DefinitionTerms({ metrics }: { metrics: MetricId[] }) {
  const { locale } = useI18n();
  return (
    <ul className="definitions-line">
      {metrics.map((metric) => (
        <li key={metric}>
          {metricDefinition(locale, metric).name} <Definition metric={metric} />
        </li>
      ))}
    </ul>
  );
}
