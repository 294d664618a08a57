/**
 * The content plan of a strategy (requirement S4): how often to post on each chosen platform, what
 * the posts should be made of, who does the work and how fast customers get an answer. The
 * calendar's cadence row and the content coach read it.
 */
import type { ChannelId } from '../strategy/facts/types.js';

export interface ChannelCadence {
  channel: ChannelId;
  postsPerWeek: number;
}

/** Targets for the share of posts, in percent of a period's posts. */
export interface ContentMix {
  promotionalMaxPercent: number;
  dialogueMinPercent: number;
  withImageMinPercent: number;
}

export interface ContentPlan {
  cadence: ChannelCadence[];
  mix: ContentMix;
  responseTimeTargetMinutes: number;
}

export const STRATEGY_ROLES = ['strategist', 'content_author', 'approver', 'community_manager', 'analyst'] as const;
export type StrategyRoleName = (typeof STRATEGY_ROLES)[number];

export interface StrategyRole {
  role: StrategyRoleName;
  userId: string | null;
  hoursPerWeek?: number | undefined;
}

/** A platform the strategy chose, with an optional note on why or how. */
export interface ChannelChoice {
  channel: ChannelId;
  note?: string | undefined;
}
