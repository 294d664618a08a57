import { describe, expect, it } from 'vitest';
import { noDialogueForAWeek, selfPromotion } from './mix-rules.js';
import { contextOf, draftOf, NOW, postAt } from './testing.js';

const PROMO = 'Summer sale: 20% off all mugs';
const PLAIN = 'Meet Anna, who roasts our coffee every morning.';

describe('self_promotion', () => {
  it('warns when promotional posts exceed the default 20 % around a promotional draft, and says why', () => {
    // Last week and next week: 1 promotional of 4, plus the draft = 2 of 5 = 40 %.
    const posts = [postAt(-3, PROMO), postAt(-2, PLAIN), postAt(-1, PLAIN), postAt(2, PLAIN)];
    expect(selfPromotion(draftOf({ text: 'Order now: 2 mugs for $20' }), contextOf({ posts }))).toEqual([
      {
        rule: 'self_promotion',
        severity: 'warning',
        code: 'mostly_self_promotion',
        params: { promotionalCount: 2, postCount: 5, percent: 40, maxPercent: 20, words: 'Order now, $20' },
      },
    ]);
  });

  it('follows the strategy’s limit: 40 % is within a sales plan that allows 40 %', () => {
    const posts = [postAt(-3, PROMO), postAt(-2, PLAIN), postAt(-1, PLAIN), postAt(2, PLAIN)];
    const mix = { promotionalMaxPercent: 40, dialogueMinPercent: 20, withImageMinPercent: 80 };
    expect(selfPromotion(draftOf({ text: PROMO }), contextOf({ posts, mix }))).toEqual([]);
  });

  it('says nothing when the draft itself is not promotional, however promotional the calendar is', () => {
    const posts = [postAt(-3, PROMO), postAt(-2, PROMO), postAt(-1, PROMO), postAt(2, PROMO)];
    expect(selfPromotion(draftOf({ text: PLAIN }), contextOf({ posts }))).toEqual([]);
  });

  it('says nothing with too few posts for a share, and ignores posts outside the 14 days', () => {
    expect(selfPromotion(draftOf({ text: PROMO }), contextOf({ posts: [postAt(-1, PROMO)] }))).toEqual([]);
    const posts = [postAt(-20, PROMO), postAt(-15, PROMO), postAt(-2, PLAIN), postAt(-1, PLAIN), postAt(1, PLAIN), postAt(2, PLAIN)];
    // Only the draft is promotional within the window: 1 of 5 = 20 %, not above the limit.
    expect(selfPromotion(draftOf({ text: PROMO }), contextOf({ posts }))).toEqual([]);
  });

  it('centres the window on the scheduled time, not on now', () => {
    const posts = [postAt(28, PROMO), postAt(29, PROMO), postAt(31, PLAIN), postAt(32, PLAIN)];
    const scheduledAt = new Date(NOW.getTime() + 30 * 86_400_000);
    expect(selfPromotion(draftOf({ text: PROMO, scheduledAt }), contextOf({ posts }))).toHaveLength(1);
    expect(selfPromotion(draftOf({ text: PROMO }), contextOf({ posts }))).toEqual([]);
  });
});

describe('no_dialogue_for_a_week', () => {
  const finding = { rule: 'no_dialogue_for_a_week', severity: 'info', code: 'no_dialogue_for_a_week', params: { days: 7 } };

  it('suggests a question when neither the draft nor the last 7 days ask one', () => {
    const posts = [postAt(-1, PLAIN), postAt(-6, 'Новые кружки уже в магазине.'), postAt(-8, 'Co myślicie o nowym smaku?'), postAt(1, 'Tell us!')];
    expect(noDialogueForAWeek(draftOf({ text: PLAIN }), contextOf({ posts }))).toEqual([finding]);
  });

  it('says nothing when a post of the week asks, in any language, or runs a poll', () => {
    for (const text of ['Apa pendapat kalian', 'Напишите в комментариях', 'Which one?']) {
      expect(noDialogueForAWeek(draftOf({ text: PLAIN }), contextOf({ posts: [postAt(-6, text)] })), text).toEqual([]);
    }
    const poll = { ...postAt(-2, 'Mocha or latte'), poll: true };
    expect(noDialogueForAWeek(draftOf({ text: PLAIN }), contextOf({ posts: [poll] }))).toEqual([]);
  });

  it('says nothing when the draft itself asks or is a poll', () => {
    expect(noDialogueForAWeek(draftOf({ text: 'Dajcie znać, który smak' }), contextOf())).toEqual([]);
    expect(noDialogueForAWeek(draftOf({ text: PLAIN, poll: true }), contextOf())).toEqual([]);
  });
});
