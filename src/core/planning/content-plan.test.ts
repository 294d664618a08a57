import { describe, expect, test } from 'vitest';
import { defaultContentPlan, MAIN_POSTS_PER_WEEK, RESPONSE_MINUTES, SECONDARY_POSTS_PER_WEEK } from './content-plan.js';

describe('defaultContentPlan', () => {
  test('the main network is daily and the others three times a week when time is unknown', () => {
    const plan = defaultContentPlan({}, ['brand_awareness'], ['facebook', 'instagram', 'youtube']);
    expect(plan.cadence).toEqual([
      { channel: 'facebook', postsPerWeek: MAIN_POSTS_PER_WEEK },
      { channel: 'instagram', postsPerWeek: SECONDARY_POSTS_PER_WEEK },
      { channel: 'youtube', postsPerWeek: SECONDARY_POSTS_PER_WEEK },
    ]);
  });

  test('few team hours keep the main network alive first', () => {
    // 3 hours = 4 posts of 45 minutes: all on the main network, none left for the second one.
    const plan = defaultContentPlan({ teamHoursPerWeek: 3 }, [], ['facebook', 'instagram']);
    expect(plan.cadence).toEqual([
      { channel: 'facebook', postsPerWeek: 4 },
      { channel: 'instagram', postsPerWeek: 0 },
    ]);
  });

  test('ten hours pay for daily posts on the main network and what is left for the others', () => {
    // 10 h = 13 posts: 7 on the main network, 6 left for two others = 3 each.
    const plan = defaultContentPlan({ teamHoursPerWeek: 10 }, [], ['facebook', 'instagram', 'tiktok']);
    expect(plan.cadence.map((entry) => entry.postsPerWeek)).toEqual([7, 3, 3]);
  });

  test('no time at all still plans one post a week on the main network', () => {
    expect(defaultContentPlan({ teamHoursPerWeek: 0 }, [], ['linkedin']).cadence).toEqual([{ channel: 'linkedin', postsPerWeek: 1 }]);
  });

  test('search channels get no posting cadence and repeated channels count once', () => {
    const plan = defaultContentPlan({}, ['sales'], ['search_ads', 'facebook', 'seo', 'facebook']);
    expect(plan.cadence).toEqual([{ channel: 'facebook', postsPerWeek: MAIN_POSTS_PER_WEEK }]);
    expect(defaultContentPlan({}, ['sales'], ['search_ads']).cadence).toEqual([]);
  });

  test('the mix keeps promotion a minority, asks for dialogue and pictures', () => {
    expect(defaultContentPlan({}, ['brand_awareness'], ['facebook']).mix).toEqual({
      promotionalMaxPercent: 20,
      dialogueMinPercent: 20,
      withImageMinPercent: 80,
    });
    const sales = defaultContentPlan({}, ['sales', 'feedback'], ['facebook']).mix;
    expect(sales.promotionalMaxPercent).toBe(30);
    expect(sales.dialogueMinPercent).toBe(30);
  });

  test('the response-time target follows the goals', () => {
    expect(defaultContentPlan({}, ['customer_service'], []).responseTimeTargetMinutes).toBe(RESPONSE_MINUTES.customerService);
    expect(defaultContentPlan({}, ['reputation'], []).responseTimeTargetMinutes).toBe(RESPONSE_MINUTES.dialogue);
    expect(defaultContentPlan({}, ['traffic'], []).responseTimeTargetMinutes).toBe(RESPONSE_MINUTES.sameDay);
  });
});
