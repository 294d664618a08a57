import type { SOCIAL_CHANNELS } from '../facts/types.js';

/** The networks' own names, the same in every language. */
export const NETWORK_NAMES: Readonly<Record<(typeof SOCIAL_CHANNELS)[number], string>> = {
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
};
