/**
 * Last-click attribution of an order (requirement A4). An order carries the touches that may have
 * brought it (a short-link code, UTM parameters or a voucher code, each with the time it
 * happened); the last touch at or before the order wins if it lies within the workspace's window,
 * otherwise the order is not attributed. "Last click" is the common default of shop and ad
 * analytics: the final interaction before the purchase takes all the credit.
 *
 * Pure: the caller resolves codes (short links, vouchers) and passes the workspace's networks.
 */

export const TOUCH_KINDS = ['link', 'utm', 'voucher'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const UTM_FIELDS = ['source', 'medium', 'campaign', 'content', 'term'] as const;
export type Utm = Partial<Record<(typeof UTM_FIELDS)[number], string>>;

/** One interaction that may have brought the order. */
export interface Touch {
  kind: TouchKind;
  /** The short-link code, the voucher code, or for `utm` the source (kept for display). */
  value: string;
  utm?: Utm | undefined;
  at: Date;
}

/** Where an attributed order is credited; every field may be unknown except the network. */
export interface Credit {
  linkId: string | null;
  targetId: string | null;
  postId: string | null;
  accountId: string | null;
  network: string;
  campaign: string | null;
  voucher: string | null;
}

export const NOT_ATTRIBUTED_REASONS = ['no_touch', 'touch_after_order', 'outside_window', 'not_social'] as const;
export type NotAttributedReason = (typeof NOT_ATTRIBUTED_REASONS)[number];

export type AttributionResult =
  | { status: 'attributed'; touch: Touch; credit: Credit }
  | { status: 'not_attributed'; reason: NotAttributedReason; touch: Touch | null };

export const DEFAULT_WINDOW_DAYS = 30;
export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * The touch that wins and where it credits the order. `resolve` answers the credit of one touch,
 * or null when the touch does not lead to social (an unknown code, a UTM source that is no
 * network of the workspace): last click means such a touch still wins, and the order then came
 * from somewhere else.
 */
export function attributeOrder(input: { orderedAt: Date; touches: readonly Touch[]; windowDays: number; resolve: (touch: Touch) => Credit | null }): AttributionResult {
  if (input.touches.length === 0) return { status: 'not_attributed', reason: 'no_touch', touch: null };
  const before = input.touches.filter((touch) => touch.at.getTime() <= input.orderedAt.getTime());
  if (before.length === 0) return { status: 'not_attributed', reason: 'touch_after_order', touch: null };
  // The latest touch; of equal times the one listed last, as it was recorded last.
  let last = before[0] as Touch;
  for (const touch of before) if (touch.at.getTime() >= last.at.getTime()) last = touch;
  // The window is inclusive: a touch exactly `windowDays` days before the order still counts.
  if (input.orderedAt.getTime() - last.at.getTime() > input.windowDays * DAY_MS) return { status: 'not_attributed', reason: 'outside_window', touch: last };
  const credit = input.resolve(last);
  if (!credit) return { status: 'not_attributed', reason: 'not_social', touch: last };
  return { status: 'attributed', touch: last, credit };
}

/**
 * The credit of UTM parameters without a code: the network named by `utm_source` (when it is one
 * of the workspace's networks, compared without case) and the campaign; the post only where the
 * caller found `utm_content` to be one of the workspace's posts (Chorus' own links put the post id
 * there).
 */
export function utmCredit(utm: Utm, networks: readonly string[], post?: { postId: string; targetId: string | null; accountId: string | null } | null): Credit | null {
  const source = utm.source?.trim().toLowerCase();
  if (!source) return null;
  const network = networks.find((candidate) => candidate.toLowerCase() === source);
  if (!network) return null;
  const campaign = utm.campaign?.trim() ? utm.campaign.trim() : null;
  return { linkId: null, targetId: post?.targetId ?? null, postId: post?.postId ?? null, accountId: post?.accountId ?? null, network, campaign, voucher: null };
}
