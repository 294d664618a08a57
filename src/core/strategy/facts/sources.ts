/**
 * Where the platform facts come from: the seed texts and the numbered source list of
 * shared/FACTS.md (the number in brackets is that list's). One constant per source, so a URL is
 * written once and every fact citing it stays in step.
 */
import type { Source } from './types.js';

const seed = (id: string): Source => ({ title: `Seed text ${id.slice(0, 3)}`, url: `shared/seeds/${id}.txt` });

export const SEED_000 = seed('000_f8e7ab828364bcb8');
export const SEED_001 = seed('001_2e838e337546928f');
export const SEED_003 = seed('003_a58c38d2112abfdc');
export const SEED_004 = seed('004_627860cb32432e40');

// Regions (FACTS.md §2, table 4.1).
export const RU_MONTHLY_2023: Source = {
  title: 'Mediascope monthly audiences, October 2023, via RBC [73]',
  url: 'https://kanobu.ru/news/telegram-pochti-dognal-vkontakte-po-kolichestvu-polzovatelej-v-rossii-480449/',
};
export const RU_REACH_2023: Source = {
  title: 'Russian social media reach, December 2023 [74]',
  url: 'https://socialbites.ca/hi-tech/vkontakte-leads-russian-social-media-with-high-reach-and-engaged-audiences',
};
export const RU_DAILY: Source = {
  title: 'Telegram daily audience passes 60 million (Mediascope) [75]',
  url: 'https://texnoxrum.com/telegrams-daily-audience-exceeded-60-million-people-for-the-first-time.html',
};
export const ID_KOMINFO_2021: Source = {
  title: 'Katadata Databoks: WhatsApp most used for sharing information (Kominfo/KIC 2021) [77]',
  url: 'https://databoks.katadata.co.id/en/technology-telecommunications/statistics/6ea2a6e3cb30c7b/whatsapp-the-most-frequently-used-social-media-platform-for-information-sharing-by-the-public',
};
export const ID_MELTWATER: Source = {
  title: 'Meltwater: social media statistics for Indonesia [78]',
  url: 'https://www.meltwater.com/en/blog/social-media-statistics-indonesia',
};
export const ID_STATISTA: Source = {
  title: 'Statista topic excerpt: WhatsApp penetration in Indonesia, Q3 2023 [78b]',
  url: 'http://www.xteenz.com/index-1167.html',
};
export const PL_2024: Source = {
  title: 'Social media in Poland 2024 estimates (Digital Poland) [81]',
  url: 'https://lemon-media.pl/?p=10873',
};
export const JP_RANKING: Source = {
  title: 'Japanese social network ranking [82]',
  url: 'https://thedigitalx.net/en/blog/sns-ranking',
};

// Publishing APIs (FACTS.md §2, table 4.2).
export const X_API: Source = { title: 'X API v2: manage posts [85]', url: 'https://docs.x.com/x-api/posts/manage-tweets/migrate/overview' };
export const X_PRICING: Source = { title: 'X API pricing [87]', url: 'https://docs.x.com/x-api/getting-started/pricing' };
export const FB_PAGES_API: Source = { title: 'Meta Pages API: posts [93]', url: 'https://developers.facebook.com/docs/pages-api/posts' };
export const IG_PUBLISHING: Source = {
  title: 'Instagram Platform: content publishing [91]',
  url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/content-publishing',
};
export const THREADS_API: Source = {
  title: 'Threads API reference [94]',
  url: 'https://developers.facebook.com/documentation/threads/reference',
};
export const LINKEDIN_CM: Source = {
  title: 'LinkedIn Community Management API overview [96]',
  url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/community-management-overview',
};
export const YOUTUBE_VIDEOS: Source = { title: 'YouTube Data API: videos [100]', url: 'https://developers.google.com/youtube/v3/docs/videos' };
export const TIKTOK_DIRECT_POST: Source = {
  title: 'TikTok Content Posting API: direct post [101]',
  url: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
};
export const PINTEREST_API: Source = { title: 'Pinterest API v5 skill notes [106]', url: 'https://smithery.ai/skills/rawveg/pinterest-api' };
export const MASTODON_API: Source = { title: 'Mastodon API: rate limits [107]', url: 'https://docs.joinmastodon.org/api/rate-limits/' };
export const BLUESKY_API: Source = {
  title: 'Bluesky documentation [108b]',
  url: 'https://docsearch.algolia.com/mcp/docs/repo/bluesky-social/bsky-docs',
};
export const POSTIZ: Source = {
  title: 'Postiz social providers (Telegram, VK) [1]',
  url: 'https://github.com/gitroomhq/postiz-app',
};
export const REDDIT_DATA_API: Source = {
  title: 'Reddit Data API Wiki [115]',
  url: 'https://support.reddithelp.com/hc/en-us/articles/16160319875092-Reddit-Data-API-Wiki',
};
