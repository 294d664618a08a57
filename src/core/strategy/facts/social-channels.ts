/**
 * What the sources say about each social network. Anything not written here is unknown on
 * purpose: FACTS.md gives no figure for it, and the advisor scores unknown as neutral.
 * Commerce features are unknown for every network (no source in FACTS.md covers them yet).
 */
import { channel } from './channel.js';
import * as src from './sources.js';
import { known, type ChannelFacts } from './types.js';

export const SOCIAL_CHANNEL_FACTS: readonly ChannelFacts[] = [
  channel('facebook', 'social', {
    ageSkew: known('facebook.age_skew', 'older', 'Facebook is statistically more likely to draw a somewhat older age group, such as people now furnishing a home.', src.SEED_004),
    localTargeting: known(
      'facebook.local_targeting',
      { precision: 'hyper_local', smallestRadiusKm: 0.8 },
      'Facebook ads offer hyper-local targeting that reaches people living or working within half a mile (about 0.8 km) of a place.',
      src.SEED_004,
    ),
    formats: known('facebook.formats', ['text', 'link', 'image'], 'A Page publishes feed posts (text and links) and photos through the Graph API.', src.FB_PAGES_API),
    publishingApi: known('facebook.publishing_api', { available: true, gates: ['app_review'] }, 'Pages publish through the Graph API with a Page access token after Meta App Review.', src.FB_PAGES_API),
  }),
  channel('instagram', 'social', {
    ageSkew: known('instagram.age_skew', 'younger', 'Young people ("the kids") are on Instagram: the seed grants it, then asks whether they are the buyers.', src.SEED_004),
    formats: known('instagram.formats', ['image', 'video', 'story'], 'Instagram publishes images, videos (feed videos become Reels) and Stories through media containers.', src.IG_PUBLISHING),
    publishingApi: known('instagram.publishing_api', { available: true, gates: ['app_review'] }, 'Instagram professional accounts publish through the Graph API (container, then publish) after Meta App Review.', src.IG_PUBLISHING),
  }),
  channel('x', 'social', {
    formats: known('x.formats', ['text', 'link'], 'X publishes posts through POST /2/tweets.', src.X_API),
    publishingApi: known('x.publishing_api', { available: true, gates: ['paid_per_use'] }, 'The X API bills every request; creating a post costs credits and a post with a link costs more.', src.X_PRICING),
  }),
  channel('linkedin', 'social', {
    b2bPlatform: known('linkedin.b2b_platform', true, 'LinkedIn is the one social platform built for business-to-business use.', src.SEED_004),
    activeUsersMostlySell: known(
      'linkedin.active_users_sell',
      true,
      'Only a small share of LinkedIn users use it regularly, mostly as a sales tool: they are there to sell, not to be sold to; many others return only when job hunting.',
      src.SEED_004,
    ),
    localTargeting: known('linkedin.local_targeting', { precision: 'coarse', smallestRadiusKm: null }, "LinkedIn's geographic targeting for promoted posts and ads is poor.", src.SEED_004),
    minAdAudience: known('linkedin.min_ad_audience', 1000, 'A LinkedIn promotion needs a target pool of at least 1,000 eligible members.', src.SEED_004),
    formats: known('linkedin.formats', ['text'], 'Organisation posts are published through the Community Management API.', src.LINKEDIN_CM),
    publishingApi: known('linkedin.publishing_api', { available: true, gates: ['product_approval'] }, 'Publishing for an organisation needs LinkedIn to approve the Community Management product for the app.', src.LINKEDIN_CM),
  }),
  channel('youtube', 'social', {
    formats: known('youtube.formats', ['video'], 'YouTube publishes videos (videos.insert).', src.YOUTUBE_VIDEOS),
    publishingApi: known('youtube.publishing_api', { available: true, gates: ['audit'] }, 'Videos uploaded by an unverified API project stay private until the project passes an audit.', src.YOUTUBE_VIDEOS),
  }),
  channel('tiktok', 'social', {
    formats: known('tiktok.formats', ['video', 'image'], 'The Content Posting API publishes videos and photos.', src.TIKTOK_DIRECT_POST),
    publishingApi: known('tiktok.publishing_api', { available: true, gates: ['audit'] }, 'Until TikTok audits the app, its posts are visible only to the poster and few users may post.', src.TIKTOK_DIRECT_POST),
  }),
  channel('pinterest', 'social', {
    formats: known('pinterest.formats', ['image', 'video'], 'Pins (images, or video through media upload) are created on a board.', src.PINTEREST_API),
    publishingApi: known('pinterest.publishing_api', { available: true, gates: ['app_review'] }, 'Pins are created with POST /v5/pins; trial access is limited until Standard access is granted.', src.PINTEREST_API),
  }),
  channel('threads', 'social', {
    formats: known('threads.formats', ['text', 'carousel', 'poll'], 'Threads publishes posts, carousels, polls and quotes.', src.THREADS_API),
    publishingApi: known('threads.publishing_api', { available: true, gates: ['app_review'] }, 'Threads publishes through its own Graph API (container, then publish).', src.THREADS_API),
  }),
  channel('mastodon', 'social', {
    formats: known('mastodon.formats', ['text', 'image'], 'Mastodon publishes statuses with attached media.', src.MASTODON_API),
    publishingApi: known('mastodon.publishing_api', { available: true, gates: [] }, 'Each Mastodon server offers a public API; an app registers per server.', src.MASTODON_API),
  }),
  channel('bluesky', 'social', {
    formats: known('bluesky.formats', ['text', 'link', 'image'], 'Bluesky posts carry text, links and mentions as facets, and image blobs.', src.BLUESKY_API),
    publishingApi: known('bluesky.publishing_api', { available: true, gates: [] }, 'Bluesky posts are records created through the AT Protocol with an app password or OAuth.', src.BLUESKY_API),
  }),
  channel('telegram', 'social', {
    formats: known('telegram.formats', ['text', 'image'], 'A bot posts messages, photos and albums of up to 10 media to a channel.', src.POSTIZ),
    publishingApi: known('telegram.publishing_api', { available: true, gates: ['bot_admin'] }, 'The Bot API publishes to a channel once the bot is made one of its administrators.', src.POSTIZ),
  }),
  channel('vk', 'social', {
    formats: known('vk.formats', ['text', 'image', 'video'], 'VK publishes wall posts with photos and videos.', src.POSTIZ),
    publishingApi: known('vk.publishing_api', { available: true, gates: [] }, 'VK publishes through wall.post with a VK ID OAuth token.', src.POSTIZ),
  }),
  // FACTS.md has no source on Odnoklassniki's or WhatsApp Business's features or APIs.
  channel('odnoklassniki', 'social', {}),
  channel('whatsapp_business', 'social', {}),
  channel('reddit', 'social', {
    publishingApi: known('reddit.publishing_api', { available: true, gates: ['builder_approval'] }, 'The Reddit Data API needs OAuth and approval under its Responsible Builder Policy before the first call.', src.REDDIT_DATA_API),
  }),
];
