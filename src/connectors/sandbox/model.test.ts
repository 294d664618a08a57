import { describe, expect, it } from 'vitest';
import { organicDirectMessages, organicMentions, organicOthersPosts } from './activity.js';
import { fakeFollowers, followersAt, genuineFollowers, type AccountModel } from './audience.js';
import { organicComments, postMetricsAt, type ModelPost } from './engagement.js';
import { generator, hashOf } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 2, 3, 8);

const model = (overrides: Partial<AccountModel> = {}): AccountModel => ({
  seed: 'coffee_corner',
  handle: 'coffee_corner',
  followersAtStart: 1200,
  connectedAt: T0,
  languages: ['en', 'id', 'ru', 'pl'],
  organic: true,
  bursts: [],
  ...overrides,
});

const post = (overrides: Partial<ModelPost> = {}): ModelPost => ({ id: 'coffee_corner:p1', publishedAt: T0 + DAY, hasLink: false, added: { likes: 0, reposts: 0, replies: 0 }, ...overrides });

describe('sandbox randomness', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, generator(seed));
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    for (const draw of draws(7)) {
      expect(draw).toBeGreaterThanOrEqual(0);
      expect(draw).toBeLessThan(1);
    }
  });
});

describe('sandbox engagement model', () => {
  it('gives identical numbers for an identical seed and clock, and others for another seed', () => {
    const at = T0 + DAY + 5 * HOUR;
    expect(postMetricsAt(model(), post(), at)).toEqual(postMetricsAt(model(), post(), at));
    expect(organicComments(model(), post(), at)).toEqual(organicComments(model(), post(), at));
    expect(organicMentions(model(), T0, T0 + 10 * DAY)).toEqual(organicMentions(model(), T0, T0 + 10 * DAY));
    const other = Array.from({ length: 5 }, (_, index) => postMetricsAt(model({ seed: `other-${index}` }), post(), at).impressions);
    expect(other.some((impressions) => impressions !== postMetricsAt(model(), post(), at).impressions)).toBe(true);
  });

  it('grows along a saturating curve and never goes back', () => {
    const series = [0, 0.5, 1, 3, 6, 12, 24, 48, 96].map((hours) => postMetricsAt(model(), post(), post().publishedAt + hours * HOUR));
    expect(series[0]).toMatchObject({ impressions: 0, likes: 0, replies: 0 });
    for (let index = 1; index < series.length; index += 1) {
      const [before, after] = [series[index - 1], series[index]];
      for (const counter of ['impressions', 'reach', 'likes', 'reposts', 'replies', 'clicks'] as const) {
        expect(after?.[counter] ?? 0).toBeGreaterThanOrEqual(before?.[counter] ?? 0);
      }
    }
    const [day2, day4] = [series[7], series[8]];
    expect(day2?.impressions).toBeGreaterThan(100);
    // Saturated: the last two days add almost nothing.
    expect((day4?.impressions ?? 0) - (day2?.impressions ?? 0)).toBeLessThan((day2?.impressions ?? 0) * 0.01);
    for (const metrics of series) {
      expect(metrics.reach ?? 0).toBeLessThanOrEqual(metrics.impressions ?? 0);
      expect(metrics.likes ?? 0).toBeLessThanOrEqual(metrics.impressions ?? 0);
    }
  });

  it('counts as replies exactly the comments that have arrived', () => {
    for (const hours of [1, 4, 12, 48]) {
      const at = post().publishedAt + hours * HOUR;
      expect(postMetricsAt(model(), post(), at).replies).toBe(organicComments(model(), post(), at).length);
    }
    expect(organicComments(model(), post(), post().publishedAt + 48 * HOUR).length).toBeGreaterThan(0);
  });

  it('reaches more people from a bigger account, at a lower like rate', () => {
    const average = (followersAtStart: number) => {
      const runs = Array.from({ length: 40 }, (_, index) => postMetricsAt(model({ followersAtStart, seed: `s${index}` }), post(), post().publishedAt + 10 * DAY));
      const impressions = runs.reduce((sum, run) => sum + (run.impressions ?? 0), 0);
      const likes = runs.reduce((sum, run) => sum + (run.likes ?? 0), 0);
      return { impressions, likeRate: likes / impressions };
    };
    const small = average(500);
    const big = average(50_000);
    expect(big.impressions).toBeGreaterThan(small.impressions * 20);
    expect(big.likeRate).toBeLessThan(small.likeRate);
  });

  it('adds explicit engagement on top, and only that when the organic audience is off', () => {
    const added = { likes: 2, reposts: 1, replies: 1 };
    expect(postMetricsAt(model({ organic: false }), post({ added }), post().publishedAt + DAY)).toMatchObject({ likes: 2, reposts: 1, replies: 1, impressions: 4 });
    const at = post().publishedAt + DAY;
    const organic = postMetricsAt(model(), post(), at);
    expect(postMetricsAt(model(), post({ added }), at)).toMatchObject({ likes: (organic.likes ?? 0) + 2, replies: (organic.replies ?? 0) + 1 });
  });
});

describe('sandbox audience', () => {
  it('gains followers day by day, and none when the organic audience is off', () => {
    const counts = [0, 1, 2, 7, 30].map((days) => genuineFollowers(model(), T0 + days * DAY));
    expect(counts[0]).toBe(1200);
    for (let index = 1; index < counts.length; index += 1) expect(counts[index]).toBeGreaterThan(counts[index - 1] ?? 0);
    expect(counts[4]).toBeLessThan(1200 * 1.5);
    expect(genuineFollowers(model({ organic: false }), T0 + 30 * DAY)).toBe(1200);
  });

  it('makes a fake-follower burst a sharp step that brings no reach', () => {
    const burstAt = T0 + 3 * DAY;
    const bursting = model({ bursts: [{ at: burstAt, count: 5_000 }] });
    expect(followersAt(bursting, burstAt - 1)).toBe(followersAt(model(), burstAt - 1));
    expect(followersAt(bursting, burstAt) - followersAt(model(), burstAt)).toBe(5_000);
    expect(fakeFollowers(bursting, burstAt + DAY)).toBe(5_000);
    const later = post({ publishedAt: burstAt + HOUR });
    expect(postMetricsAt(bursting, later, later.publishedAt + DAY)).toEqual(postMetricsAt(model(), later, later.publishedAt + DAY));
  });
});

describe('sandbox daily activity', () => {
  it('brings mentions, messages and posts by others in every language and mood, within the asked span', () => {
    const from = T0;
    const to = T0 + 60 * DAY;
    const mentions = organicMentions(model(), from, to);
    const messages = organicDirectMessages(model(), from, to);
    expect(mentions.length).toBeGreaterThan(10);
    expect(messages.length).toBeGreaterThan(5);
    for (const item of [...mentions, ...messages]) {
      expect(item.createdAt.getTime()).toBeGreaterThan(from);
      expect(item.createdAt.getTime()).toBeLessThanOrEqual(to);
    }
    expect(mentions.every((item) => item.text.includes('@coffee_corner'))).toBe(true);
    expect(messages.every((item) => item.conversationId === `coffee_corner:dm:${item.author.handle}`)).toBe(true);
    const texts = [...mentions, ...messages].map((item) => item.text).join(' ');
    expect(texts).toMatch(/refund|pengembalian dana|возврат|zwrot/);
    expect(new Set(mentions.map((item) => item.externalId)).size).toBe(mentions.length);
    expect(organicOthersPosts(model(), T0 - 7 * DAY, T0).length).toBeGreaterThan(0);
  });

  it('speaks only the languages the account chose', () => {
    const polishOnly = organicMentions(model({ languages: ['pl'] }), T0, T0 + 60 * DAY);
    const englishWords = /thanks|anyone|refund|disappointed|shout-out/i;
    expect(polishOnly.length).toBeGreaterThan(0);
    expect(polishOnly.some((item) => englishWords.test(item.text))).toBe(false);
  });

  it('is silent when the organic audience is off', () => {
    expect(organicMentions(model({ organic: false }), T0, T0 + 30 * DAY)).toEqual([]);
    expect(organicDirectMessages(model({ organic: false }), T0, T0 + 30 * DAY)).toEqual([]);
  });
});
