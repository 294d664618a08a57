/**
 * The alternatives to social media the advisor must be able to recommend: the seeds say some
 * businesses should put their money here first.
 */
import { channel } from './channel.js';
import * as src from './sources.js';
import { known, type ChannelFacts } from './types.js';

export const SEARCH_CHANNEL_FACTS: readonly ChannelFacts[] = [
  channel('search_ads', 'search', {
    capturesExistingDemand: known(
      'search_ads.captures_demand',
      true,
      'Search ads (Google Ads in the seed) connect a person searching for a product directly with the seller of it.',
      src.SEED_004,
    ),
  }),
  channel('seo', 'search', {
    capturesExistingDemand: known(
      'seo.captures_demand',
      true,
      'SEO works with demand that already exists, and its cost per order is usually far below that of social media.',
      src.SEED_003,
    ),
  }),
];
