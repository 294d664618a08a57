/** Builders for the content coach's tests: a plain draft, a quiet context, posts by day offset, a draft every rule flags. */
import type { AccountPost, AudienceActivity, CoachContext, Draft } from './types.js';

/** A Tuesday morning in Warsaw (09:00 UTC = 11:00 CEST). */
export const NOW = new Date('2025-06-10T09:00:00Z');
const DAY_MS = 86_400_000;

/** A draft that no rule objects to in an empty context: a picture, a question, no links. */
export function draftOf(overrides: Partial<Draft> = {}): Draft {
  return { text: 'Which colour should we stock next?', media: [{ kind: 'image' }], links: [], network: 'mastodon', accountId: 'acct-1', ...overrides };
}

/** A context with no history, no limit, no activity data and no link tracking. */
export function contextOf(overrides: Partial<CoachContext> = {}): CoachContext {
  return { now: NOW, timeZone: 'Europe/Warsaw', posts: [], trackedLinksEnabled: false, ...overrides };
}

/** A post `days` days from NOW (negative: in the past). */
export function postAt(days: number, text: string, hasMedia = true): AccountPost {
  return { text, at: new Date(NOW.getTime() + days * DAY_MS), hasMedia };
}

/** An activity histogram with `base` events in every hour, then the given overrides. */
export function activityOf(base: number, overrides: readonly { day: number; hour: number; count: number }[] = []): AudienceActivity {
  const counts = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => base));
  for (const { day, hour, count } of overrides) {
    const row = counts[day];
    if (row) row[hour] = count;
  }
  return { counts };
}

/** A draft every rule objects to: too long, no picture, an untracked link, an ad, at 03:30, no question. */
export function everythingWrong(): { draft: Draft; context: CoachContext } {
  const draft = draftOf({
    text: 'Big sale today, buy two mugs for $20 at https://shop.example/mugs',
    media: [],
    links: [{ url: 'https://shop.example/mugs', tracked: false }],
    scheduledAt: new Date('2025-06-10T01:30:00Z'),
  });
  const context = contextOf({
    posts: [postAt(-1, 'Promo code SUMMER for 10% off'), postAt(-2, 'New mugs in stock', false), postAt(-3, 'Our café opens at 8.'), postAt(1, 'Roasting day.')],
    textLimit: { maxLength: 40, measureText: (text) => text.length },
    audienceActivity: activityOf(10, [{ day: 2, hour: 3, count: 0 }]),
    trackedLinksEnabled: true,
  });
  return { draft, context };
}
