/**
 * The words every part of Chorus shares about networks: what a connector can do and how a call to
 * a network can fail. The connector contract, the API and the web UI all use these lists.
 */

/** What a connector can do; the UI and the use cases check these, never the network id. */
export const CAPABILITIES = [
  'publish.text',
  'publish.images',
  'publish.video',
  'publish.link',
  'publish.poll',
  'publish.thread',
  'publish.first_comment',
  'publish.content_warning',
  'delete',
  'metrics.account',
  'metrics.post',
  'inbound.comments',
  'inbound.mentions',
  'inbound.direct_messages',
  'reply',
  'search',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** The closed set of failure kinds; the publishing pipeline and the inbox decide by kind. */
export const FAILURE_KINDS = ['auth_expired', 'auth_revoked', 'rate_limited', 'invalid_content', 'transient', 'outcome_unknown'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** What a network takes in media per post, by its documentation; shared by connectors and the composer's checks. */
export interface MediaLimits {
  maxItems: number;
  imageTypes: readonly string[];
  videoTypes: readonly string[];
  maxImageBytes: number;
  maxVideoBytes: number;
  /** Whether images and a video may go in one post. */
  mixed: boolean;
  /** Longest alt text, or null when the network has no alt text. */
  altTextMaxLength: number | null;
}

export interface PollLimits {
  minOptions: number;
  maxOptions: number;
  maxOptionLength: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
}
