/**
 * English sentences for reasons, for the Markdown export and for tests that read like the seeds.
 * The UI does not use these: it words the same codes and params in each of its four languages.
 */
import type { ChannelId } from './facts/types.js';
import type { ChannelReasonCode, ConclusionReasonCode, MissingAnswer, MissingReasonCode, Reason, ReasonParams } from './reasons.js';

export const CHANNEL_NAMES: Readonly<Record<ChannelId, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  threads: 'Threads',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  telegram: 'Telegram',
  vk: 'VK',
  odnoklassniki: 'Odnoklassniki',
  whatsapp_business: 'WhatsApp Business',
  reddit: 'Reddit',
  search_ads: 'search ads',
  seo: 'SEO',
};

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

const text = (params: ReasonParams, key: string): string => String(params[key] ?? '?');
const country = (params: ReasonParams): string => {
  const code = text(params, 'country');
  return regions.of(code) ?? code;
};
const channelName = (params: ReasonParams): string => {
  const id = text(params, 'channel');
  const names: Readonly<Record<string, string>> = CHANNEL_NAMES;
  return names[id] ?? id;
};
const share = (params: ReasonParams): string => (params.sharePercent === undefined ? '' : ` (about ${text(params, 'sharePercent')}% of internet users)`);

const GATES: Readonly<Record<string, string>> = {
  app_review: 'an app review',
  product_approval: 'product approval',
  audit: 'an audit',
  paid_per_use: 'paid API credits',
  builder_approval: 'developer approval',
  bot_admin: 'the bot to be made a channel administrator',
};

type Sentence = (params: ReasonParams) => string;

const SENTENCES: Readonly<Record<ChannelReasonCode | ConclusionReasonCode, Sentence>> = {
  blocked_in_country: (p) => `It is blocked in ${country(p)}.`,
  strong_reach_in_country: (p) => `It is one of the leading networks in ${country(p)}${share(p)}.`,
  some_reach_in_country: (p) => `It has a ${text(p, 'tier')} audience in ${country(p)}${share(p)}.`,
  not_listed_in_country: (p) => `It is not among the networks that matter in ${country(p)}.`,
  audience_age_match: (p) => `Its users skew ${text(p, 'skew')}, like your buyers.`,
  audience_age_mismatch: (p) => `Its users skew ${text(p, 'skew')}, unlike your buyers.`,
  young_users_not_buyers: () => 'Young people are there, but they are not your buyers: likes will not turn into sales.',
  young_users_may_not_afford: () => 'Its users skew young, and young people may not be able to afford a premium product.',
  b2b_platform: () => 'It is the business-to-business network, where your buyers work.',
  b2b_users_mostly_sell: () => 'Most of its active users are there to sell, not to buy, so the pool of buyers is smaller than it looks.',
  b2b_platform_for_consumers: () => 'It is a business-to-business network, and you sell to consumers.',
  corporate_communication_only: () => 'It can serve corporate communication with clients, not sales.',
  sales_through_tenders: () => 'Your sales come through tenders, which are not won on social media or search.',
  hyper_local_targeting: (p) => `Its ads can target people within a small radius, enough for your ${text(p, 'radiusKm')} km.`,
  coarse_geo_targeting: (p) => `Its geographic targeting is too coarse for a ${text(p, 'radiusKm')} km radius.`,
  minimum_ad_audience: (p) => `Its ads need an audience of at least ${text(p, 'minimum')} people, more than a small target area or niche may hold.`,
  captures_existing_demand: () => 'Your customers already search for what you sell, and this channel meets them at that moment.',
  no_existing_demand: () => 'Nobody searches for your product yet, and this channel only serves existing demand.',
  capture_existing_demand_first: () => 'Capture the demand that already exists first: a niche product on a small budget finds its buyers through search.',
  social_before_demand_channels: () => 'Social spending pays off less while people who already search for you are not yet captured.',
  goals_need_social_presence: () => 'Your goals need a presence people follow and talk to, which search does not give.',
  fans_can_spread_word: () => 'Your vocal fans can spread the word here.',
  video_needs_production_time: (p) => `It publishes video only, hard to keep up with ${text(p, 'hoursPerWeek')} team hours a week.`,
  publishing_needs_approval: (p) =>
    `Publishing from Chorus needs ${text(p, 'gates')
      .split(',')
      .map((gate) => GATES[gate] ?? gate)
      .join(' and ')} first.`,
  revenue_from_government_contracts: () => 'Your revenue comes from government contracts, and social media is not needed to win them.',
  social_for_corporate_communication: (p) => `At most, use ${channelName(p)} for corporate communication with your clients.`,
  give_fans_something_to_share: () => 'Social media first: give your fans something to share and help them sell for you.',
  search_ranks_first: (p) => `${channelName(p)} fits you better than any social network (score ${text(p, 'score')}).`,
  social_channel_fits: (p) => `${channelName(p)} fits your business well (score ${text(p, 'score')}).`,
  no_strong_social_channel: (p) => `No channel fits clearly (best score ${text(p, 'bestScore')}); keep social media in a supporting role.`,
  too_little_time_for_daily_activity: (p) =>
    `${text(p, 'hoursPerWeek')} hours a week is too little to stay active daily; keep to one network or add time.`,
};

/** One English sentence for a reason. */
export function explainReason(reason: Reason): string {
  return SENTENCES[reason.code](reason.params);
}

const MISSING: Readonly<Record<MissingReasonCode, Sentence>> = {
  decides_b2b_fit: () => 'Whether you sell to businesses, consumers or government decides the fit of the business network.',
  decides_age_fit: () => "Your buyers' ages decide which networks' audiences match them.",
  decides_young_audience_fit: () => 'Your price level decides whether young audiences can buy from you.',
  decides_country_reach: () => 'Your countries decide which networks your customers use, and which are blocked.',
  no_figures_for_country: (p) => `There are no reach figures for ${country(p)} yet, so reach there counts as neutral.`,
  decides_local_targeting: () => 'A location and radius decide whether ads must reach a small local area.',
  decides_search_first: () => 'Whether customers already search for your product decides whether search should come first.',
  decides_social_first: () => 'Vocal fans would make social media your main channel.',
  decides_budget_fit: () => 'Your budget decides whether to spend first where demand already exists.',
  budget_size_unknown_for_currency: (p) => `There is no small-budget threshold for ${text(p, 'currency')}, so the budget size is not judged.`,
  decides_workload: () => 'Team hours decide how many networks you can keep active daily.',
  decides_sales_route: () => 'How you sell today (shop, store, tenders) decides whether social media can sell at all.',
  decides_goal_fit: () => 'Your goals decide whether search alone could serve you.',
};

/** One English sentence for a missing answer. */
export function explainMissing(missing: MissingAnswer): string {
  return MISSING[missing.why](missing.params);
}
