/** The metric catalogue in English: the reference the other languages translate. */
import type { MetricWording } from './types.js';

export const en: MetricWording = {
  engagement_rate_by_reach: { name: 'Engagement rate by reach', definition: 'How many of the people who saw a post reacted to it.', formula: 'engagements ÷ reach × 100' },
  engagement_rate_by_impressions: { name: 'Engagement rate by impressions', definition: 'Reactions for every hundred times a post was shown.', formula: 'engagements ÷ impressions × 100' },
  engagement_rate_by_followers: { name: 'Engagement rate by followers', definition: 'Reactions measured against the size of the audience at the time of posting.', formula: 'engagements ÷ followers × 100' },
  amplification_rate: { name: 'Amplification rate', definition: 'How often followers pass a post on to their own followers.', formula: '(reposts + quotes) ÷ followers × 100' },
  applause_rate: { name: 'Applause rate', definition: 'Average likes a post receives.', formula: 'likes ÷ posts' },
  conversation_rate: { name: 'Conversation rate', definition: 'Average replies (comments) a post starts.', formula: 'replies ÷ posts' },
  virality_rate: { name: 'Virality rate', definition: 'Shares for every hundred times a post was shown.', formula: '(reposts + quotes) ÷ impressions × 100' },
  audience_growth_rate: { name: 'Audience growth rate', definition: 'How much the follower count grew over the period.', formula: '(followers at end − followers at start) ÷ followers at start × 100' },
  click_through_rate: { name: 'Click-through rate', definition: 'Clicks on tracked links for every hundred impressions of the posts that carry them.', formula: 'link clicks ÷ impressions × 100' },
  conversion_rate: { name: 'Conversion rate', definition: 'Orders for every hundred clicks they can be traced to; counting every order, it can exceed 100%.', formula: 'orders ÷ link clicks × 100' },
  cost_per_order: { name: 'Cost per order', definition: 'What one order from this channel cost; above the average order value it loses money.', formula: 'spend ÷ orders' },
  return_on_spend: { name: 'Return on spend', definition: 'What the spend earned back, beyond the spend itself.', formula: '(revenue − spend) ÷ spend × 100' },
  net_sentiment: { name: 'Net sentiment', definition: 'The balance of positive over negative messages, from −1 (all negative) to 1 (all positive); neutral ones do not count.', formula: '(positive − negative) ÷ (positive + negative)' },
  first_response_time: { name: 'First response time', definition: 'How long people wait for the first answer to a conversation, in business minutes.', formula: 'Σ first-response times ÷ answered conversations (median shown beside it)' },
  average_response_time: { name: 'Average response time', definition: 'How long an answer takes on average, counting every answer, not only the first.', formula: 'Σ response times ÷ responses' },
  engaged_share: { name: 'Engaged share of the audience', definition: 'The part of the followers who actually talked to the account in the last 30 days: quality over size.', formula: 'distinct people who commented or mentioned (30 days) ÷ followers × 100' },
  repeat_purchase_rate: { name: 'Repeat-purchase rate', definition: 'Of the customers social media brought first, how many ordered again.', formula: 'customers with a second order ÷ customers × 100' },
  reach_beyond_followers: { name: 'Reach beyond followers', definition: 'How far a post travelled compared with the followers it was posted to; above 1 it reached people who do not follow the account.', formula: 'reach ÷ followers at posting' },
};
