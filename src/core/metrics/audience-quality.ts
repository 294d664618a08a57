/**
 * Audience quality (A2): how much of an account's audience takes part, and follower growth that
 * engagement does not explain (bought followers, bot waves), so quality is shown beside size.
 */
import { median } from '../inbox/response-time.js';
import { safeRatio } from './formulas.js';

/**
 * Engaged share: unique engagers over 30 days ÷ followers × 100. Chorus counts as engagers the
 * distinct authors of comments, mentions and replies its inbox received on the account; networks
 * do not say who liked or reposted, so silent engagers are missing and the share is a lower bound.
 */
export function engagedShare(uniqueEngagers: number, followers: number | null): number | null {
  return safeRatio(uniqueEngagers, followers, 100);
}

/** One day of an account: followers at the end of the day, and engagements its posts gained that day. */
export interface AccountDay {
  day: string;
  followers: number | null;
  engagements: number;
}

export type SuspiciousReason = 'jump_without_engagement' | 'jump_outpaces_engagement';

export interface SuspiciousDay {
  day: string;
  followersGained: number;
  reason: SuspiciousReason;
}

/** Days of gains needed before a day can be called unusual: fewer says nothing about "usual". */
export const MIN_HISTORY_DAYS = 7;
/** How many robust deviations above the median gain make a jump. */
const JUMP_DEVIATIONS = 5;
/** A jump must also be this large a share of the followers (0.5 %) and at least this many people. */
const MIN_JUMP_SHARE = 0.005;
const MIN_JUMP = 20;
/** Scale of the median absolute deviation to a standard deviation for normal data. */
const MAD_SCALE = 1.4826;

/**
 * Days whose follower gain is far above the account's usual daily gain (median + 5 × scaled MAD,
 * robust to the jumps themselves) while that day's engagement did not rise in proportion: organic
 * growth comes from posts people react to, so a jump with engagement at its usual level is odd.
 * `days` must be consecutive calendar days in order; a day without a follower count breaks the chain.
 */
export function suspiciousGrowth(days: readonly AccountDay[]): SuspiciousDay[] {
  const gains: Array<{ day: string; gain: number; followers: number; engagements: number }> = [];
  for (let index = 1; index < days.length; index += 1) {
    const before = days[index - 1];
    const today = days[index];
    if (!before || !today || before.followers === null || today.followers === null) continue;
    gains.push({ day: today.day, gain: today.followers - before.followers, followers: today.followers, engagements: today.engagements });
  }
  if (gains.length < MIN_HISTORY_DAYS) return [];
  const usualGain = median(gains.map((entry) => entry.gain)) ?? 0;
  const deviation = (median(gains.map((entry) => Math.abs(entry.gain - usualGain))) ?? 0) * MAD_SCALE;
  const usualEngagement = median(gains.map((entry) => entry.engagements)) ?? 0;
  const suspicious: SuspiciousDay[] = [];
  for (const entry of gains) {
    const threshold = Math.max(usualGain + JUMP_DEVIATIONS * deviation, usualGain + Math.max(MIN_JUMP, entry.followers * MIN_JUMP_SHARE));
    if (entry.gain <= threshold) continue;
    if (entry.engagements === 0) {
      suspicious.push({ day: entry.day, followersGained: entry.gain, reason: 'jump_without_engagement' });
      continue;
    }
    // How many times its usual size each was that day; engagement should grow at least half as much.
    const gainLift = entry.gain / Math.max(usualGain, 1);
    const engagementLift = entry.engagements / Math.max(usualEngagement, 1);
    if (engagementLift * 2 < gainLift) suspicious.push({ day: entry.day, followersGained: entry.gain, reason: 'jump_outpaces_engagement' });
  }
  return suspicious;
}
