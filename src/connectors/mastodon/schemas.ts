/**
 * Zod schemas of the Mastodon responses this connector reads. Each follows the documentation page
 * named above it; fields the connector does not use are left out (zod drops unknown keys), so
 * instances that add fields still parse.
 */
import { z } from 'zod';

// https://docs.joinmastodon.org/entities/Error/
export const errorBodySchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

// https://docs.joinmastodon.org/methods/apps/#create (CredentialApplication; Application before 4.3)
export const credentialApplicationSchema = z.object({
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
});

// https://docs.joinmastodon.org/entities/Token/
export const tokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  scope: z.string().optional(),
  created_at: z.number().optional(),
});

// https://docs.joinmastodon.org/entities/Account/
export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string(),
  url: z.string().nullable().optional(),
  followers_count: z.number().int(),
  following_count: z.number().int(),
  statuses_count: z.number().int(),
});
export type MastodonAccount = z.infer<typeof accountSchema>;

// https://docs.joinmastodon.org/entities/Instance/ (GET /api/v2/instance, configuration[...])
export const instanceSchema = z.object({
  domain: z.string(),
  configuration: z.object({
    statuses: z.object({
      max_characters: z.number().int().positive(),
      max_media_attachments: z.number().int().nonnegative(),
      characters_reserved_per_url: z.number().int().nonnegative(),
    }),
    media_attachments: z.object({
      supported_mime_types: z.array(z.string()),
      // Added in 4.4; older instances fall back to the default of 1,500.
      description_limit: z.number().int().positive().optional(),
      image_size_limit: z.number().int().positive(),
      video_size_limit: z.number().int().positive(),
    }),
    polls: z.object({
      max_options: z.number().int().positive(),
      max_characters_per_option: z.number().int().positive(),
      min_expiration: z.number().int().nonnegative(),
      max_expiration: z.number().int().positive(),
    }),
  }),
});
export type MastodonInstance = z.infer<typeof instanceSchema>;

// https://docs.joinmastodon.org/entities/MediaAttachment/ ; `url` is null while POST /api/v2/media
// is still processing the file (https://docs.joinmastodon.org/methods/media/#v2).
export const mediaAttachmentSchema = z.object({
  id: z.string(),
  type: z.string(),
  url: z.string().nullable(),
  description: z.string().nullable().optional(),
});

// https://docs.joinmastodon.org/entities/Status/
export const statusSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  in_reply_to_id: z.string().nullable(),
  in_reply_to_account_id: z.string().nullable(),
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']),
  spoiler_text: z.string(),
  content: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string(),
  account: accountSchema.pick({ id: true, username: true, acct: true, display_name: true, url: true }).extend({
    followers_count: z.number().int().optional(),
  }),
  mentions: z.array(z.object({ id: z.string(), acct: z.string() })),
  replies_count: z.number().int(),
  reblogs_count: z.number().int(),
  favourites_count: z.number().int(),
  // Added with quote posts (4.5); absent on older instances.
  quotes_count: z.number().int().optional(),
});
export type MastodonStatus = z.infer<typeof statusSchema>;

// https://docs.joinmastodon.org/entities/Context/
export const contextSchema = z.object({
  ancestors: z.array(statusSchema),
  descendants: z.array(statusSchema),
});

// https://docs.joinmastodon.org/entities/Notification/
export const notificationSchema = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.string(),
  status: statusSchema.nullable().optional(),
});

// https://docs.joinmastodon.org/entities/Search/
export const searchSchema = z.object({
  statuses: z.array(statusSchema),
});
