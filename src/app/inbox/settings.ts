/**
 * The workspace's response-time settings: business hours (null: always open) and the target in
 * minutes. The target in force is the setting, else the latest strategy's, else none.
 */
import { notFound } from '../../core/errors.js';
import { overdueMinutes as minutesOverTarget, type ResponseClock as BusinessClock } from '../../core/inbox/response-time.js';
import type { BusinessHours } from '../../core/inbox/types.js';
import { findInboxSettings, strategyResponseTarget } from '../../db/repositories/inbox-queries.js';
import { saveInboxSettings as storeInboxSettings } from '../../db/repositories/inbox-work.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import type { Database } from '../../db/connection.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';

export interface InboxSettingsView {
  businessHours: BusinessHours | null;
  responseTargetMinutes: number | null;
  effectiveTargetMinutes: number | null;
}

/** What response times are measured against in one workspace. */
export interface ResponseClock extends BusinessClock {
  targetMinutes: number | null;
}

export async function settingsOf(db: Database, workspaceId: string): Promise<InboxSettingsView> {
  const settings = await findInboxSettings(db, workspaceId);
  const responseTargetMinutes = settings?.responseTargetMinutes ?? null;
  return {
    businessHours: settings?.businessHours ?? null,
    responseTargetMinutes,
    effectiveTargetMinutes: responseTargetMinutes ?? (await strategyResponseTarget(db, workspaceId)),
  };
}

export async function responseClockOf(db: Database, workspaceId: string): Promise<ResponseClock> {
  const [settings, workspace] = await Promise.all([settingsOf(db, workspaceId), findWorkspace(db, workspaceId)]);
  if (!workspace) throw notFound('Workspace');
  return { businessHours: settings.businessHours, timeZone: workspace.timezone, targetMinutes: settings.effectiveTargetMinutes };
}

/** Minutes past the target an unanswered wait is, counted in business hours; null when not over. */
export function overdueMinutes(clock: ResponseClock, waitingSince: Date | null, now: Date): number | null {
  return minutesOverTarget(waitingSince, now, clock.targetMinutes, clock.businessHours, clock.timeZone);
}

export async function getInboxSettings(ctx: AppContext, actor: Actor, workspaceId: string): Promise<InboxSettingsView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  return settingsOf(ctx.db, workspaceId);
}

export async function saveInboxSettings(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: { businessHours: BusinessHours | null; responseTargetMinutes: number | null },
): Promise<InboxSettingsView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  await storeInboxSettings(ctx.db, workspaceId, input, ctx.clock.now());
  return settingsOf(ctx.db, workspaceId);
}
