/**
 * The content coach's vocabulary (requirement P4): the draft it looks at, what it knows about the
 * account around it, and the findings it returns. Findings are codes with params, never English,
 * so the composer and the calendar word them in the reader's language (see wording/).
 */
import type { ContentMix } from '../planning/types.js';

export const MEDIA_KINDS = ['image', 'video', 'gif', 'document', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A link found in a draft; `tracked` is true when it is already one of the workspace's short links. */
export interface DraftLink {
  readonly url: string;
  readonly tracked: boolean;
}

/** The post being written or scheduled. */
export interface Draft {
  readonly text: string;
  readonly media: readonly { readonly kind: MediaKind }[];
  readonly links: readonly DraftLink[];
  /** Absent when the post goes out at once; the coach then uses the context's `now`. */
  readonly scheduledAt?: Date | undefined;
  /** A native poll (P8) invites replies as much as a question does. */
  readonly poll?: boolean | undefined;
  readonly network: string;
  readonly accountId: string;
}

/** Another post of the same account, published or scheduled. */
export interface AccountPost {
  readonly text: string;
  /** When it was published, or when it is scheduled to be. */
  readonly at: Date;
  /** Whether it carries a picture or a video (see `isVisual`). */
  readonly hasMedia: boolean;
  readonly poll?: boolean | undefined;
}

/** The network's text limit and its own way of counting (graphemes, UTF-16 units, X's weights). */
export interface TextLimit {
  readonly maxLength: number;
  readonly measureText: (text: string) => number;
}

/**
 * How active the account's audience is by local day and hour: `counts[day][hour]`, day 0 = Sunday
 * (as `Date.getDay` and PostgreSQL's `dow`), hours 0–23, both in the workspace's time zone.
 */
export interface AudienceActivity {
  readonly counts: readonly (readonly number[])[];
}

/** What the coach knows besides the draft. Nothing here is read from a clock or a database. */
export interface CoachContext {
  readonly now: Date;
  /** The workspace's IANA time zone, in which the activity histogram is bucketed. */
  readonly timeZone: string;
  /** The account's other posts, published and scheduled; the rules pick the ones near the draft. */
  readonly posts: readonly AccountPost[];
  /** The strategy's mix targets; absent when no strategy is saved (DEFAULT_MIX applies). */
  readonly mix?: ContentMix | undefined;
  readonly textLimit?: TextLimit | undefined;
  readonly audienceActivity?: AudienceActivity | undefined;
  /** Whether link tracking (A3) exists in this workspace; until it does, no link is "untracked". */
  readonly trackedLinksEnabled: boolean;
}

export const RULE_IDS = ['over_limit', 'no_image', 'untracked_link', 'self_promotion', 'quiet_hour', 'no_dialogue_for_a_week'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const FINDING_CODES = [
  'over_limit',
  'no_image',
  'no_image_within_mix',
  'untracked_link',
  'mostly_self_promotion',
  'quiet_hour',
  'no_dialogue_for_a_week',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** `error` blocks scheduling (the network would refuse the post); the others advise. */
export type Severity = (typeof SEVERITIES)[number];

export type FindingParams = Readonly<Record<string, string | number>>;

/** One thing the coach noticed, with the figures behind it. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly params: FindingParams;
}

/** A rule looks at a draft in its context and returns what it found, often nothing. */
export type CoachRule = (draft: Draft, context: CoachContext) => Finding[];
