import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index.js';
import { PRIORITY_HIGH, reachPoints, scoreItem, waitingPoints, withWaitingTime, type PriorityInput } from './priority.js';

const analyzer = createAnalyzer();
function input(text: string, overrides: Partial<PriorityInput> = {}): PriorityInput {
  const analysis = analyzer.analyze(text);
  return { text, language: analysis.language, sentiment: analysis.sentiment, sentimentScore: analysis.score, kind: 'comment', authorFollowers: null, waitingMinutes: 0, ...overrides };
}

describe('scoreItem', () => {
  it('ranks the Indonesian complaint of the browser test high, with its reasons', () => {
    const { priority, reasons } = scoreItem(input('Pesanan saya rusak dan tidak ada pengembalian dana, penipuan!'));
    expect(priority).toBeGreaterThanOrEqual(PRIORITY_HIGH);
    expect(reasons.map((reason) => reason.code)).toEqual(['negative_sentiment', 'complaint_words']);
    expect(reasons[1]).toEqual({ code: 'complaint_words', points: 35, params: { words: 'rusak, pengembalian dana, penipuan' } });
    expect(priority).toBe(reasons.reduce((sum, reason) => sum + reason.points, 0));
  });

  it('gives a friendly comment no points', () => {
    expect(scoreItem(input('Thanks, love this!'))).toEqual({ priority: 0, reasons: [] });
  });

  it('weighs stronger negativity more', () => {
    const mild = scoreItem(input('x', { sentiment: 'negative', sentimentScore: -0.3 }));
    const strong = scoreItem(input('x', { sentiment: 'negative', sentimentScore: -0.9 }));
    expect(mild.reasons[0]).toMatchObject({ code: 'negative_sentiment', points: 21 });
    expect(strong.reasons[0]).toMatchObject({ code: 'negative_sentiment', points: 33 });
  });

  it('adds reach on a log scale with the follower count as parameter', () => {
    expect([10, 100, 1_000, 10_000, 100_000, 10_000_000].map(reachPoints)).toEqual([0, 5, 10, 15, 20, 20]);
    expect(reachPoints(null)).toBe(0);
    expect(scoreItem(input('Nice', { authorFollowers: 25_000 })).reasons).toEqual([{ code: 'author_reach', points: 17, params: { followers: 25_000 } }]);
  });

  it('adds waiting time, capped', () => {
    expect([0, 59, 60, 150, 600, 5_000].map(waitingPoints)).toEqual([0, 0, 2, 4, 20, 20]);
    expect(scoreItem(input('Hello', { waitingMinutes: 185 })).reasons).toEqual([{ code: 'waiting_time', points: 6, params: { hours: 3 } }]);
  });

  it('raises direct messages and questions a little', () => {
    const reasons = scoreItem(input('Do you ship to Canada?', { kind: 'direct_message' })).reasons;
    expect(reasons).toEqual([
      { code: 'direct_message', points: 10, params: {} },
      { code: 'question', points: 5, params: {} },
    ]);
  });

  it('never goes above 100', () => {
    const worst = scoreItem(input('Scam! Broken, never arrived, refund now or I call my lawyer?', { kind: 'direct_message', authorFollowers: 5_000_000, waitingMinutes: 10_000 }));
    expect(worst.priority).toBe(100);
  });
});

describe('withWaitingTime', () => {
  it('recomputes only the waiting part for a later moment', () => {
    const scored = scoreItem(input('My order never arrived', { waitingMinutes: 30 }));
    expect(scored.reasons.some((reason) => reason.code === 'waiting_time')).toBe(false);
    const later = withWaitingTime(scored, 5 * 60);
    expect(later.priority).toBe(scored.priority + 10);
    expect(later.reasons.filter((reason) => reason.code === 'waiting_time')).toEqual([{ code: 'waiting_time', points: 10, params: { hours: 5 } }]);
    expect(withWaitingTime(later, 0)).toEqual(scored);
    expect(withWaitingTime(withWaitingTime(later, 7 * 60), 5 * 60).priority).toBe(later.priority);
  });
});
