import { describe, expect, test } from 'vitest';
import { engagedShare, suspiciousGrowth, type AccountDay } from './audience-quality.js';

/** Consecutive days from 2026-11-01 with the given daily gains and engagements. */
function days(gains: readonly number[], engagements: readonly number[], start = 1000): AccountDay[] {
  const result: AccountDay[] = [{ day: '2026-11-01', followers: start, engagements: 0 }];
  let followers = start;
  gains.forEach((gain, index) => {
    followers += gain;
    result.push({ day: `2026-11-${String(index + 2).padStart(2, '0')}`, followers, engagements: engagements[index] ?? 0 });
  });
  return result;
}

describe('engaged share', () => {
  test('unique engagers over followers, in percent; no followers gives null', () => {
    expect(engagedShare(45, 1500)).toBe(3);
    expect(engagedShare(45, 0)).toBeNull();
    expect(engagedShare(45, null)).toBeNull();
  });
});

describe('suspicious growth', () => {
  const usualGains = [4, 6, 5, 3, 5, 7, 4, 6, 5];
  const usualEngagement = [20, 25, 22, 18, 24, 21, 19, 23, 22];

  test('a jump with engagement at its usual level is flagged with the day and the gain', () => {
    const history = days([...usualGains, 400, 5], [...usualEngagement, 24, 20]);
    expect(suspiciousGrowth(history)).toEqual([{ day: '2026-11-11', followersGained: 400, reason: 'jump_outpaces_engagement' }]);
  });

  test('a jump on a day with no engagement at all says so', () => {
    const history = days([...usualGains, 250], [...usualEngagement, 0]);
    expect(suspiciousGrowth(history)).toEqual([{ day: '2026-11-11', followersGained: 250, reason: 'jump_without_engagement' }]);
  });

  test('a jump that engagement explains (a post that went viral) is not flagged', () => {
    const history = days([...usualGains, 400], [...usualEngagement, 2500]);
    expect(suspiciousGrowth(history)).toEqual([]);
  });

  test('steady growth, small wobbles and too little history flag nothing', () => {
    expect(suspiciousGrowth(days(usualGains, usualEngagement))).toEqual([]);
    expect(suspiciousGrowth(days([5, 5, 300], [20, 20, 20]))).toEqual([]);
    expect(suspiciousGrowth(days([...usualGains, 15], [...usualEngagement, 20]))).toEqual([]);
  });

  test('a day without a follower count breaks the chain instead of inventing a gain', () => {
    const history = days([...usualGains, 400], [...usualEngagement, 20]);
    const broken = history.map((entry, index) => (index === history.length - 2 ? { ...entry, followers: null } : entry));
    expect(suspiciousGrowth(broken)).toEqual([]);
  });
});
