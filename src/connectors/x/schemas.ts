/**
 * The shapes of X API v2 answers Chorus reads, from X's documentation and its published OpenAPI
 * description (https://api.x.com/2/openapi.json). Fields Chorus does not use are not listed and
 * pass through unchecked; fields X marks optional or returns only on request are optional here.
 */
import { z } from 'zod';

const id = z.string().regex(/^[0-9]{1,19}$/);

// https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code (token and refresh answers)
export const tokenResponseSchema = z.object({
  token_type: z.string(),
  access_token: z.string().min(1),
  expires_in: z.number().int().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.output<typeof tokenResponseSchema>;

// RFC 6749 §5.2, which X's token endpoint follows: {"error":"invalid_request","error_description":"…"}
export const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

// https://docs.x.com/x-api/fundamentals/response-codes-and-errors (problem details, RFC 7807)
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  status: z.number().optional(),
  reason: z.string().optional(),
  errors: z.array(z.object({ message: z.string().optional(), code: z.number().optional(), detail: z.string().optional() }).loose()).optional(),
});
export type Problem = z.output<typeof problemSchema>;

// Partial errors beside `data` (a deleted Post among the requested ids, a field the token may not read).
// https://docs.x.com/x-api/fundamentals/response-codes-and-errors#partial-errors
const partialErrorSchema = z
  .object({ type: z.string().optional(), title: z.string().optional(), detail: z.string().optional(), resource_id: z.string().optional() })
  .loose();

// https://docs.x.com/x-api/users/lookup/introduction (User object: public_metrics, subscription_type)
export const userSchema = z.object({
  id,
  username: z.string().min(1),
  name: z.string(),
  subscription_type: z.string().optional(),
  public_metrics: z
    .object({
      followers_count: z.number().int(),
      following_count: z.number().int(),
      tweet_count: z.number().int(),
      listed_count: z.number().int().optional(),
    })
    .optional(),
});
export type XUser = z.output<typeof userSchema>;

// GET /2/users/me — https://docs.x.com/x-api/users/lookup/introduction
export const meResponseSchema = z.object({ data: userSchema });

// Post object — https://docs.x.com/x-api/fundamentals/data-dictionary#tweet
const urlEntitySchema = z.object({
  url: z.string(),
  expanded_url: z.string().optional(),
  display_url: z.string().optional(),
  media_key: z.string().optional(),
});
export const tweetSchema = z.object({
  id,
  text: z.string(),
  author_id: id.optional(),
  created_at: z.string().optional(),
  conversation_id: id.optional(),
  in_reply_to_user_id: id.optional(),
  referenced_tweets: z.array(z.object({ type: z.enum(['retweeted', 'quoted', 'replied_to']), id })).optional(),
  entities: z.object({ urls: z.array(urlEntitySchema).optional() }).loose().optional(),
  // Posts longer than 280 carry their whole text here; `text` is cut short.
  note_tweet: z.object({ text: z.string(), entities: z.object({ urls: z.array(urlEntitySchema).optional() }).loose().optional() }).optional(),
  // https://docs.x.com/x-api/fundamentals/metrics
  public_metrics: z
    .object({
      retweet_count: z.number().int(),
      reply_count: z.number().int(),
      like_count: z.number().int(),
      quote_count: z.number().int().optional(),
      bookmark_count: z.number().int().optional(),
      impression_count: z.number().int().optional(),
    })
    .optional(),
  non_public_metrics: z
    .object({
      impression_count: z.number().int().optional(),
      url_link_clicks: z.number().int().optional(),
      user_profile_clicks: z.number().int().optional(),
    })
    .optional(),
});
export type XTweet = z.output<typeof tweetSchema>;

// POST /2/tweets → 201 — https://docs.x.com/x-api/posts/manage-tweets/introduction
export const createTweetResponseSchema = z.object({ data: z.object({ id, text: z.string() }) });

// DELETE /2/tweets/:id — https://docs.x.com/x-api/posts/manage-tweets/introduction
export const deleteTweetResponseSchema = z.object({ data: z.object({ deleted: z.boolean() }) });

// GET /2/tweets?ids= — https://docs.x.com/x-api/posts/lookup/introduction
export const tweetsLookupResponseSchema = z.object({
  data: z.array(tweetSchema).optional(),
  errors: z.array(partialErrorSchema).optional(),
});

// Timelines, mentions and recent search share one page shape.
// https://docs.x.com/x-api/posts/timelines/introduction ; https://docs.x.com/x-api/posts/search/introduction
export const tweetPageSchema = z.object({
  data: z.array(tweetSchema).optional(),
  includes: z.object({ users: z.array(userSchema).optional(), tweets: z.array(tweetSchema).optional() }).loose().optional(),
  errors: z.array(partialErrorSchema).optional(),
  meta: z.object({
    result_count: z.number().int(),
    newest_id: id.optional(),
    oldest_id: id.optional(),
    next_token: z.string().optional(),
  }),
});
export type TweetPage = z.output<typeof tweetPageSchema>;

// POST /2/media/upload — https://docs.x.com/x-api/media/media-upload
export const mediaUploadResponseSchema = z.object({
  data: z.object({
    id,
    media_key: z.string().optional(),
    processing_info: z.object({ state: z.string() }).loose().optional(),
  }),
});

// POST /2/media/metadata — https://docs.x.com/x-api/media/media-metadata-create
export const mediaMetadataResponseSchema = z.object({ data: z.object({ id }).loose() });
