/**
 * Content limits: Mastodon's defaults for the manifest, and each instance's own figures read from
 * GET /api/v2/instance at connect time (https://docs.joinmastodon.org/entities/Instance/#statuses).
 */
import type { ContentLimits } from '../contract.js';
import type { MastodonInstance } from './schemas.js';

/** Mastodon sets no thread length; a bound keeps a mistake from flooding followers' timelines. */
const MAX_THREAD_PARTS = 25;
/** configuration[media_attachments][description_limit] before instances reported it (4.4). */
const DEFAULT_DESCRIPTION_LIMIT = 1500;

// The defaults of an unmodified Mastodon 4.x, as mastodon.social reports them
// (https://docs.joinmastodon.org/methods/instance/#v2, https://docs.joinmastodon.org/user/posting/#media).
export const DEFAULT_LIMITS: ContentLimits = {
  text: { maxLength: 500, counting: 'graphemes' },
  media: {
    maxItems: 4,
    imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif'],
    videoTypes: ['video/webm', 'video/mp4', 'video/quicktime', 'video/ogg'],
    maxImageBytes: 16_777_216,
    maxVideoBytes: 103_809_024,
    // PostStatusService refuses a video or audio file together with anything else.
    mixed: false,
    altTextMaxLength: DEFAULT_DESCRIPTION_LIMIT,
  },
  poll: { minOptions: 2, maxOptions: 4, maxOptionLength: 50, minDurationMinutes: 5, maxDurationMinutes: 43_829 },
  thread: { maxParts: MAX_THREAD_PARTS },
};

export function instanceLimits(instance: MastodonInstance): Partial<ContentLimits> {
  const { statuses, media_attachments: media, polls } = instance.configuration;
  return {
    text: { maxLength: statuses.max_characters, counting: 'graphemes' },
    media: {
      maxItems: statuses.max_media_attachments,
      imageTypes: media.supported_mime_types.filter((type) => type.startsWith('image/')),
      videoTypes: media.supported_mime_types.filter((type) => type.startsWith('video/')),
      maxImageBytes: media.image_size_limit,
      maxVideoBytes: media.video_size_limit,
      mixed: false,
      altTextMaxLength: media.description_limit ?? DEFAULT_DESCRIPTION_LIMIT,
    },
    poll: {
      minOptions: 2,
      maxOptions: polls.max_options,
      maxOptionLength: polls.max_characters_per_option,
      minDurationMinutes: Math.ceil(polls.min_expiration / 60),
      maxDurationMinutes: Math.floor(polls.max_expiration / 60),
    },
  };
}
