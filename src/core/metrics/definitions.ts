/**
 * The metric catalogue: every figure the dashboard and reports show has a name, a one-sentence
 * definition and its formula in each UI language, so the definition can sit next to the figure
 * (issue 7, item 2). Each language is a record over `METRIC_IDS`, so a metric added without its
 * wording in every language is a type error. Sources are in docs/metrics.md.
 */
import { en } from './definitions/en.js';
import { id } from './definitions/id.js';
import { pl } from './definitions/pl.js';
import { ru } from './definitions/ru.js';
import type { MetricId, MetricWording } from './definitions/types.js';

export { METRIC_IDS, type MetricId, type MetricDefinition, type MetricWording } from './definitions/types.js';

export const METRIC_LOCALES = ['en', 'id', 'ru', 'pl'] as const;
export type MetricLocale = (typeof METRIC_LOCALES)[number];

const WORDING: Readonly<Record<MetricLocale, MetricWording>> = { en, id, ru, pl };

/** A metric's name, definition and formula in the reader's language. */
export function metricDefinition(locale: MetricLocale, metric: MetricId): MetricWording[MetricId] {
  return WORDING[locale][metric];
}

/** The whole catalogue in one language, for an API answer or a report's glossary. */
export function metricDefinitions(locale: MetricLocale): MetricWording {
  return WORDING[locale];
}
