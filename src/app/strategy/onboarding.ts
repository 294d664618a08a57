/** Where the onboarding wizard stands for a workspace; it can be skipped and resumed. */
import { findOnboarding, upsertOnboarding } from '../../db/repositories/strategy.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';

export const ONBOARDING_STEPS = ['profile', 'goals', 'advisor', 'platforms', 'accounts', 'done'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface OnboardingState {
  step: OnboardingStep;
  skipped: boolean;
}

const isStep = (step: string): step is OnboardingStep => (ONBOARDING_STEPS as readonly string[]).includes(step);

/** A workspace that never opened the wizard starts at the profile step. */
export async function getOnboarding(ctx: AppContext, actor: Actor, workspaceId: string): Promise<OnboardingState> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const row = await findOnboarding(ctx.db, workspaceId);
  return row && isStep(row.step) ? { step: row.step, skipped: row.skipped } : { step: 'profile', skipped: false };
}

export async function saveOnboarding(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  state: OnboardingState,
  meta?: RequestMeta,
): Promise<OnboardingState> {
  await authorize(ctx.db, actor, workspaceId, 'strategy.write');
  const now = ctx.clock.now();
  await upsertOnboarding(ctx.db, workspaceId, state, now);
  await audit(ctx.db, now, { action: 'onboarding.updated', workspaceId, actor, meta, details: { ...state } });
  return state;
}
