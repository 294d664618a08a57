/**
 * The wizard's unsaved choices (goals, platforms, content plan, roles). The API keeps them only when
 * the strategy is saved at the platforms step, so until then they wait in this browser, per
 * workspace, and a resumed wizard finds them again.
 */
import { z } from 'zod';
import { contentPlanSchema, strategyRoleSchema } from '../../../client/endpoints.js';
import { CHANNEL_IDS, type ChannelId } from '../../../core/strategy/facts/types.js';
import { chosenGoalSchema, type ChosenGoal } from '../../../core/strategy/goals.js';
import type { StrategyInput, StrategyVersion } from '../types.js';

const draftSchema = z.object({
  goals: z.array(chosenGoalSchema),
  channels: z.array(z.enum(CHANNEL_IDS)).optional(),
  contentPlan: contentPlanSchema.optional(),
  roles: z.array(strategyRoleSchema).optional(),
  notes: z.string().optional(),
});

export interface StrategyDraft {
  goals: ChosenGoal[];
  /** Undefined until the platforms step first opens; it then starts from the advisor's picks. */
  channels?: ChannelId[] | undefined;
  contentPlan?: StrategyInput['contentPlan'] | undefined;
  roles?: StrategyInput['roles'] | undefined;
  notes?: string | undefined;
}

const storageKey = (workspaceId: string) => `chorus.strategyDraft.${workspaceId}`;

export function loadDraft(workspaceId: string): StrategyDraft | undefined {
  try {
    const stored = window.localStorage.getItem(storageKey(workspaceId));
    if (stored === null) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage disabled or a draft from an older version: start afresh
  }
}

export function saveDraft(workspaceId: string, draft: StrategyDraft): void {
  try {
    window.localStorage.setItem(storageKey(workspaceId), JSON.stringify(draft));
  } catch {
    // storage disabled: the draft lasts as long as the page
  }
}

export function forgetDraft(workspaceId: string): void {
  try {
    window.localStorage.removeItem(storageKey(workspaceId));
  } catch {
    // see saveDraft
  }
}

/** Editing a saved strategy starts from it. */
export function draftFromStrategy(strategy: StrategyVersion): StrategyDraft {
  return {
    goals: strategy.goals,
    channels: strategy.channels.map(({ channel }) => channel),
    contentPlan: strategy.contentPlan,
    roles: strategy.roles,
    ...(strategy.notes === undefined ? {} : { notes: strategy.notes }),
  };
}
