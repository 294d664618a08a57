import { describe, expect, test } from 'vitest';
import {
  amplificationRate,
  applauseRate,
  audienceGrowthRate,
  averageResponseTime,
  clickThroughRate,
  conversationRate,
  conversionRate,
  costPerOrder,
  engagementRate,
  engagementsOf,
  firstResponseTime,
  netSentiment,
  reachBeyondFollowers,
  repeatPurchaseRate,
  returnOnSpend,
  safeRatio,
  sharesOf,
  viralityRate,
} from './formulas.js';

const everyMinute = { businessHours: null, timeZone: 'UTC' };
const at = (time: string) => new Date(`2026-11-23T${time}:00Z`);

describe('engagement', () => {
  const counters = { likes: 40, replies: 6, reposts: 3, quotes: 1, bookmarks: 2 };
  test('engagements add likes, replies, reposts, quotes and bookmarks; missing counters count 0', () => {
    expect(engagementsOf(counters)).toBe(52);
    expect(engagementsOf({ likes: 5, replies: null })).toBe(5);
    expect(sharesOf(counters)).toBe(4);
  });
  test('the rate uses the denominator the person picked', () => {
    const figures = { engagements: 52, reach: 800, impressions: 1300, followers: 2000 };
    expect(engagementRate(figures, 'reach')).toBeCloseTo(6.5, 10);
    expect(engagementRate(figures, 'impressions')).toBeCloseTo(4, 10);
    expect(engagementRate(figures, 'followers')).toBeCloseTo(2.6, 10);
  });
  test('a zero or unknown denominator is null, never NaN or Infinity', () => {
    expect(engagementRate({ engagements: 52, reach: 0 }, 'reach')).toBeNull();
    expect(engagementRate({ engagements: 52 }, 'impressions')).toBeNull();
    expect(safeRatio(1, Number.NaN)).toBeNull();
    expect(safeRatio(Number.POSITIVE_INFINITY, 3)).toBeNull();
  });
});

describe('per post and per follower rates', () => {
  test('amplification, applause, conversation and virality', () => {
    expect(amplificationRate(15, 3000)).toBeCloseTo(0.5, 10);
    expect(applauseRate(120, 8)).toBe(15);
    expect(conversationRate(18, 8)).toBe(2.25);
    expect(viralityRate(9, 4500)).toBeCloseTo(0.2, 10);
    expect(conversationRate(18, 0)).toBeNull();
    expect(viralityRate(9, null)).toBeNull();
  });
  test('audience growth: net new followers over followers at the start', () => {
    expect(audienceGrowthRate(1200, 1260)).toBeCloseTo(5, 10);
    expect(audienceGrowthRate(1200, 1140)).toBeCloseTo(-5, 10);
    expect(audienceGrowthRate(0, 50)).toBeNull();
    expect(audienceGrowthRate(1200, null)).toBeNull();
  });
  test('reach beyond followers', () => {
    expect(reachBeyondFollowers(3000, 1200)).toBe(2.5);
    expect(reachBeyondFollowers(3000, null)).toBeNull();
  });
});

describe('traffic and money', () => {
  test('click-through and conversion rates', () => {
    expect(clickThroughRate(36, 2400)).toBeCloseTo(1.5, 10);
    expect(conversionRate(3, 36)).toBeCloseTo(8.333333, 5);
    expect(conversionRate(40, 36)).toBeGreaterThan(100);
    expect(clickThroughRate(5, 0)).toBeNull();
  });
  test('cost per order, return on spend and repeat-purchase rate', () => {
    expect(costPerOrder(450, 18)).toBe(25);
    expect(costPerOrder(450, 0)).toBeNull();
    expect(returnOnSpend(1350, 450)).toBe(200);
    expect(returnOnSpend(300, 450)).toBeCloseTo(-33.333333, 5);
    expect(returnOnSpend(300, 0)).toBeNull();
    expect(repeatPurchaseRate(7, 28)).toBe(25);
  });
});

describe('sentiment and response times', () => {
  test('net sentiment ignores neutral items and runs from -1 to 1', () => {
    expect(netSentiment(30, 10)).toBe(0.5);
    expect(netSentiment(0, 4)).toBe(-1);
    expect(netSentiment(0, 0)).toBeNull();
  });
  test('first response time: mean and median of answered conversations only', () => {
    const conversations = [
      { firstInboundAt: at('09:00'), firstResponseAt: at('09:10'), resolvedAt: null },
      { firstInboundAt: at('10:00'), firstResponseAt: at('10:20'), resolvedAt: null },
      { firstInboundAt: at('11:00'), firstResponseAt: at('12:30'), resolvedAt: null },
      { firstInboundAt: at('12:00'), firstResponseAt: null, resolvedAt: null },
    ];
    expect(firstResponseTime(conversations, everyMinute)).toEqual({ mean: 40, median: 20, answered: 3 });
    expect(firstResponseTime([], everyMinute)).toEqual({ mean: null, median: null, answered: 0 });
  });
  test('average response time counts every response', () => {
    const responses = [
      { inboundAt: at('09:00'), respondedAt: at('09:05') },
      { inboundAt: at('09:30'), respondedAt: at('09:45') },
    ];
    expect(averageResponseTime(responses, everyMinute)).toBe(10);
    expect(averageResponseTime([], everyMinute)).toBeNull();
  });
});

describe('shares', () => {
  test('percentOf is part over whole in percent, null without a whole', async () => {
    const { percentOf } = await import('./formulas.js');
    expect(percentOf(3, 12)).toBe(25);
    expect(percentOf(3, 0)).toBeNull();
  });
});
