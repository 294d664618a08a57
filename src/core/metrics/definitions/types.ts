/** The closed list of metrics with a definition, and the shape of one language's wording of them. */
export const METRIC_IDS = [
  'engagement_rate_by_reach',
  'engagement_rate_by_impressions',
  'engagement_rate_by_followers',
  'amplification_rate',
  'applause_rate',
  'conversation_rate',
  'virality_rate',
  'audience_growth_rate',
  'click_through_rate',
  'conversion_rate',
  'cost_per_order',
  'return_on_spend',
  'net_sentiment',
  'first_response_time',
  'average_response_time',
  'engaged_share',
  'repeat_purchase_rate',
  'reach_beyond_followers',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  readonly name: string;
  readonly definition: string;
  readonly formula: string;
}

export type MetricWording = Readonly<Record<MetricId, MetricDefinition>>;
