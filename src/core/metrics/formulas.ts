/**
 * The metric formulas of docs/metrics.md, as pure functions over raw counters (requirement A1:
 * counters are stored, every rate is computed on read). Sources are listed in docs/metrics.md
 * (shared/FACTS.md §1). A zero or unknown denominator gives `null` ("not known"), never NaN or
 * Infinity, so a chart shows a gap instead of a misleading 0 or a broken axis.
 */
import { businessMinutesBetween, firstResponseMinutes, median, type ConversationTimes, type ResponseClock } from '../inbox/response-time.js';

export type { EngagementDenominator } from './dashboard.js';
import type { EngagementDenominator } from './dashboard.js';

/** Raw counters of one post as a network reports them; absent ones count as 0 here. */
export interface EngagementCounters {
  likes?: number | null;
  replies?: number | null;
  reposts?: number | null;
  quotes?: number | null;
  bookmarks?: number | null;
}

const count = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** `numerator ÷ denominator × scale`, or null when the denominator is zero, negative or unknown. */
export function safeRatio(numerator: number | null | undefined, denominator: number | null | undefined, scale = 1): number | null {
  if (numerator === null || numerator === undefined || !Number.isFinite(numerator)) return null;
  if (denominator === null || denominator === undefined || !Number.isFinite(denominator) || denominator <= 0) return null;
  return (numerator / denominator) * scale;
}

/** `part ÷ whole × 100`, or null when the whole is zero or unknown (a share in percent). */
export function percentOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  return safeRatio(part, whole, 100);
}

/**
 * Engagements = likes + replies + reposts + quotes + bookmarks. Clicks are left out on purpose:
 * only some networks report them (X), so counting them would make one network's posts look more
 * engaging than another's for the same audience response; link clicks are measured separately,
 * and the same way on every network, by Chorus' own short links (click-through rate).
 */
export function engagementsOf(counters: EngagementCounters): number {
  return count(counters.likes) + count(counters.replies) + count(counters.reposts) + count(counters.quotes) + count(counters.bookmarks);
}

/** Shares = reposts + quotes: both put the post in front of the sharer's own followers. */
export function sharesOf(counters: Pick<EngagementCounters, 'reposts' | 'quotes'>): number {
  return count(counters.reposts) + count(counters.quotes);
}

/** The denominators an engagement rate can use; the person picks one and the label names it. */
export interface EngagementBase {
  reach?: number | null;
  impressions?: number | null;
  followers?: number | null;
}

/** Engagement rate in percent: engagements ÷ reach, impressions or followers × 100. */
export function engagementRate(figures: EngagementBase & { engagements: number }, denominator: EngagementDenominator): number | null {
  return safeRatio(figures.engagements, figures[denominator], 100);
}

/** Amplification rate, normalised variant: shares ÷ followers × 100 (Kaushik's idea, per follower). */
export function amplificationRate(shares: number, followers: number | null): number | null {
  return safeRatio(shares, followers, 100);
}

/** Applause rate: likes per post (Kaushik). */
export function applauseRate(likes: number, posts: number): number | null {
  return safeRatio(likes, posts);
}

/** Conversation rate: replies (comments) per post (Kaushik). */
export function conversationRate(replies: number, posts: number): number | null {
  return safeRatio(replies, posts);
}

/** Virality rate: shares (reposts + quotes) ÷ impressions × 100. */
export function viralityRate(shares: number, impressions: number | null): number | null {
  return safeRatio(shares, impressions, 100);
}

/** Audience growth rate: net new followers in the period ÷ followers at its start × 100. */
export function audienceGrowthRate(followersAtStart: number | null, followersAtEnd: number | null): number | null {
  if (followersAtEnd === null) return null;
  return safeRatio(followersAtEnd - count(followersAtStart), followersAtStart, 100);
}

/** Click-through rate: clicks ÷ impressions × 100. */
export function clickThroughRate(clicks: number, impressions: number | null): number | null {
  return safeRatio(clicks, impressions, 100);
}

/** Conversion rate: conversions (orders) ÷ the clicks they are traceable to × 100; may exceed 100. */
export function conversionRate(orders: number, clicks: number): number | null {
  return safeRatio(orders, clicks, 100);
}

/** Cost per order: spend ÷ orders. */
export function costPerOrder(spend: number, orders: number): number | null {
  return safeRatio(spend, orders);
}

/** Return on spend: (revenue − spend) ÷ spend × 100. */
export function returnOnSpend(revenue: number, spend: number): number | null {
  return safeRatio(revenue - spend, spend, 100);
}

/** Net sentiment, from −1 to 1: (positive − negative) ÷ (positive + negative). Neutral items do not count. */
export function netSentiment(positive: number, negative: number): number | null {
  return safeRatio(positive - negative, positive + negative);
}

/** Reach ÷ followers at publishing: above 1 the post travelled beyond the account's followers. */
export function reachBeyondFollowers(reach: number | null, followersAtPublish: number | null): number | null {
  return safeRatio(reach, followersAtPublish);
}

/** Repeat-purchase rate: customers who ordered again ÷ customers × 100. */
export function repeatPurchaseRate(repeatCustomers: number, customers: number): number | null {
  return safeRatio(repeatCustomers, customers, 100);
}

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * First response time over conversations, in (business) minutes: Σ first-response times ÷
 * answered conversations, and the median Sprout recommends because one forgotten thread would
 * dominate the mean. The minutes come from the inbox's own clock (business hours, time zone).
 */
export function firstResponseTime(conversations: readonly ConversationTimes[], clock: ResponseClock): { mean: number | null; median: number | null; answered: number } {
  const minutes = conversations.flatMap((conversation) => firstResponseMinutes(conversation, clock) ?? []);
  return { mean: mean(minutes), median: median(minutes), answered: minutes.length };
}

/** One response and the inbound message it answered. */
export interface ResponsePair {
  inboundAt: Date;
  respondedAt: Date;
}

/** Average response time: Σ response times ÷ responses, every response counted (not only the first). */
export function averageResponseTime(responses: readonly ResponsePair[], clock: ResponseClock): number | null {
  return mean(responses.map((pair) => businessMinutesBetween(pair.inboundAt, pair.respondedAt, clock.businessHours, clock.timeZone)));
}
