/**
 * The strategy document (S4): goals, chosen platforms, content plan and roles, saved as numbered
 * versions. Each version keeps the profile and the advice of its time, so an old document is read
 * and explained exactly as it was written.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.js';
import type { ChannelChoice, ContentPlan, StrategyRole } from '../../core/planning/types.js';
import { advise } from '../../core/strategy/advisor.js';
import type { ChosenGoal } from '../../core/strategy/goals.js';
import type { BusinessProfile } from '../../core/strategy/profile.js';
import type { Advice } from '../../core/strategy/reasons.js';
import { listMembers } from '../../db/repositories/workspaces.js';
import {
  findBusinessProfile,
  findStrategyVersion,
  insertNextStrategyVersion,
  listStrategyVersions as listVersionRows,
} from '../../db/repositories/strategy.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { actorUserId } from './profile.js';

export interface StrategyInput {
  goals: ChosenGoal[];
  channels: ChannelChoice[];
  contentPlan: ContentPlan;
  roles: StrategyRole[];
  notes?: string | undefined;
}

export interface Author {
  id: string;
  name: string;
}

export interface StrategyVersion extends StrategyInput {
  version: number;
  createdAt: Date;
  createdBy: Author | null;
  profile: BusinessProfile;
  advice: Advice;
}

export interface StrategyVersionSummary {
  version: number;
  createdAt: Date;
  createdBy: Author | null;
}

const author = (id: string | null, name: string | null): Author | null => (id && name !== null ? { id, name } : null);

/** The latest version, or the given one; null when the workspace has none (or not that one). */
export async function getStrategy(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  version?: number,
): Promise<StrategyVersion | null> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const row = await findStrategyVersion(ctx.db, workspaceId, version);
  if (!row) return null;
  return {
    version: row.version,
    createdAt: row.createdAt,
    createdBy: author(row.createdBy, row.createdByName),
    profile: row.profile,
    advice: row.advice,
    goals: row.goals,
    channels: row.channels,
    contentPlan: row.contentPlan,
    roles: row.roles,
    ...(row.notes === null ? {} : { notes: row.notes }),
  };
}

export async function listStrategyVersions(ctx: AppContext, actor: Actor, workspaceId: string): Promise<StrategyVersionSummary[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const rows = await listVersionRows(ctx.db, workspaceId);
  return rows.map((row) => ({ version: row.version, createdAt: row.createdAt, createdBy: author(row.createdBy, row.createdByName) }));
}

/** A role given to someone outside the workspace would never be filled; name the offending entries. */
async function assertRolesHeldByMembers(ctx: AppContext, workspaceId: string, roles: readonly StrategyRole[]): Promise<void> {
  const members = new Set((await listMembers(ctx.db, workspaceId)).map((member) => member.user.id));
  const problems = roles.flatMap((role, index) =>
    role.userId !== null && !members.has(role.userId)
      ? [{ path: ['roles', index, 'userId'], message: 'is not a member of this workspace' }]
      : [],
  );
  if (problems.length) throw new AppError('validation_failed', 'Roles can only be given to members of the workspace', problems);
}

/** Saves the next version with the current profile and the advice computed for it now. */
export async function saveStrategy(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: StrategyInput,
  meta?: RequestMeta,
): Promise<StrategyVersion> {
  await authorize(ctx.db, actor, workspaceId, 'strategy.write');
  await assertRolesHeldByMembers(ctx, workspaceId, input.roles);
  const version = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const profile = (await findBusinessProfile(tx, workspaceId))?.profile ?? {};
    const advice = advise(profile, input.goals.map((goal) => goal.goal));
    const number = await insertNextStrategyVersion(tx, {
      id: randomUUID(),
      workspaceId,
      profile,
      advice,
      goals: input.goals,
      channels: input.channels,
      contentPlan: input.contentPlan,
      roles: input.roles,
      notes: input.notes ?? null,
      createdBy: actorUserId(actor),
      createdAt: now,
    });
    await audit(tx, now, {
      action: 'strategy.saved',
      workspaceId,
      actor,
      meta,
      target: { type: 'strategy_version', id: String(number) },
      details: { version: number, channels: input.channels.map((choice) => choice.channel) },
    });
    return number;
  });
  const saved = await getStrategy(ctx, actor, workspaceId, version);
  if (!saved) throw notFound('Strategy version');
  return saved;
}
