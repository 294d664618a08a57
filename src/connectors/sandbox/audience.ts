/**
 * The account side of the model: how many people follow the account at a given moment. Genuine
 * followers grow a little every day (a seeded daily gain); a fake-follower burst adds followers
 * at once who never see or engage with anything, which is what such bursts look like in analytics.
 */
import type { Languages } from './people.js';
import { between, randomFor } from './random.js';

export const DAY_MS = 86_400_000;
/** Growth is summed day by day; ten years is more than any demo or benchmark simulates. */
const MAX_DAYS = 3_650;

/** Everything the model derives numbers from; plain data so the model stays pure. */
export interface AccountModel {
  seed: string;
  handle: string;
  followersAtStart: number;
  connectedAt: number;
  languages: Languages;
  /** Off: nothing happens on its own, only what the account and explicit simulated people do. */
  organic: boolean;
  bursts: readonly { at: number; count: number }[];
}

function dailyGain(model: AccountModel, day: number): number {
  const rate = between(randomFor(model.seed, 'growth-rate')(), 0.001, 0.006);
  // Small accounts still gain someone now and then.
  const base = Math.max(model.followersAtStart, 50);
  return Math.round(base * rate * between(randomFor(model.seed, 'growth', day)(), 0.4, 1.6));
}

/** Followers who are real people and see the account's posts. */
export function genuineFollowers(model: AccountModel, at: number): number {
  if (!model.organic || at <= model.connectedAt) return model.followersAtStart;
  const elapsedDays = (at - model.connectedAt) / DAY_MS;
  const wholeDays = Math.min(Math.floor(elapsedDays), MAX_DAYS);
  let total = model.followersAtStart;
  for (let day = 0; day < wholeDays; day += 1) total += dailyGain(model, day);
  if (wholeDays < MAX_DAYS) total += Math.floor(dailyGain(model, wholeDays) * (elapsedDays - wholeDays));
  return total;
}

export function fakeFollowers(model: AccountModel, at: number): number {
  return model.bursts.reduce((sum, burst) => (burst.at <= at ? sum + burst.count : sum), 0);
}

export function followersAt(model: AccountModel, at: number): number {
  return genuineFollowers(model, at) + fakeFollowers(model, at);
}

export function followingOf(model: AccountModel): number {
  return 50 + Math.floor(randomFor(model.seed, 'following')() * 400);
}
