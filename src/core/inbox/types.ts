/**
 * The inbox's shared vocabulary (issue 6): conversation kinds and statuses, item kinds, sentiment,
 * the reasons behind a priority, and business hours. Storage, API and web UI all use these.
 */
export const CONVERSATION_KINDS = ['post', 'direct', 'mention'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Inbound kinds as connectors report them, plus the team's own `reply`. */
export const INBOX_ITEM_KINDS = ['comment', 'mention', 'direct_message', 'review', 'reply'] as const;
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/** Who wrote an item, as the network tells it; followers where the network shows them. */
export interface InboxAuthor {
  externalId: string;
  handle: string;
  name: string | null;
  url: string | null;
  followers: number | null;
}

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Why an item ranks where it does; `code` is translated by the UI, `points` add up to the priority. */
export const PRIORITY_REASON_CODES = ['negative_sentiment', 'complaint_words', 'author_reach', 'waiting_time', 'direct_message', 'question'] as const;
export type PriorityReasonCode = (typeof PRIORITY_REASON_CODES)[number];
export interface PriorityReason {
  code: PriorityReasonCode;
  points: number;
  /** What triggered it: the complaint words found, the follower count, the hours waited. */
  params: Record<string, string | number>;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** Opening intervals per weekday as "HH:MM" pairs in the workspace's time zone; a missing day is closed. */
export type BusinessHours = Partial<Record<Weekday, [string, string][]>>;
