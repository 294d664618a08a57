/** The business profile (S1) and the advice computed from it (S3). */
import { advise } from '../../core/strategy/advisor.js';
import type { GoalId } from '../../core/strategy/goals.js';
import type { BusinessProfile } from '../../core/strategy/profile.js';
import type { Advice } from '../../core/strategy/reasons.js';
import { findBusinessProfile, upsertBusinessProfile } from '../../db/repositories/strategy.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';

export interface StoredProfile {
  profile: BusinessProfile;
  /** Null until someone saves a profile. */
  updatedAt: Date | null;
}

/** The person behind a change, or null for an API key (which is not a user). */
export const actorUserId = (actor: Actor): string | null => (actor.kind === 'user' ? actor.user.id : null);

export async function getBusinessProfile(ctx: AppContext, actor: Actor, workspaceId: string): Promise<StoredProfile> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const row = await findBusinessProfile(ctx.db, workspaceId);
  return { profile: row?.profile ?? {}, updatedAt: row?.updatedAt ?? null };
}

/** Replaces the whole profile: an answer left out is an answer removed. */
export async function saveBusinessProfile(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  profile: BusinessProfile,
  meta?: RequestMeta,
): Promise<StoredProfile> {
  await authorize(ctx.db, actor, workspaceId, 'strategy.write');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await upsertBusinessProfile(tx, workspaceId, profile, actorUserId(actor), now);
    await audit(tx, now, {
      action: 'strategy.profile_saved',
      workspaceId,
      actor,
      meta,
      details: { answered: Object.keys(profile).sort() },
    });
    return { profile: row.profile, updatedAt: row.updatedAt };
  });
}

/** Ranks the platforms for the given profile, or the saved one when none is given; stores nothing. */
export async function getAdvice(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: { profile?: BusinessProfile | undefined; goals: readonly GoalId[] },
): Promise<Advice> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const profile = input.profile ?? (await findBusinessProfile(ctx.db, workspaceId))?.profile ?? {};
  return advise(profile, input.goals);
}
