/** The workspace's publishing settings (approval, late posts) and each account's queue slots and cadence. */
import type { LatePolicy } from '../../core/publishing/failures.js';
import { assertQueueSlots, type QueueSlot } from '../../core/scheduling/queue-slots.js';
import type { Database } from '../../db/connection.js';
import { findAccountSchedules, findPublishingSettings, saveAccountSchedule as saveScheduleRow, savePublishingSettings as saveSettingsRow, type AccountSchedule } from '../../db/repositories/publishing.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { accountOf } from './checks.js';

export interface PublishingSettings {
  approvalRequired: boolean;
  latePolicy: 'send_anyway' | 'skip_after';
  lateMinutes: number;
}

/** Until a workspace chooses: no approval, and a post more than an hour late is marked missed rather than sent. */
export const DEFAULT_PUBLISHING_SETTINGS: PublishingSettings = { approvalRequired: false, latePolicy: 'skip_after', lateMinutes: 60 };

/** The settings with the late policy in the pipeline's terms. */
export async function publishingSettingsOf(db: Database, workspaceId: string): Promise<PublishingSettings & { latePolicy: PublishingSettings['latePolicy']; late: LatePolicy }> {
  const row = await findPublishingSettings(db, workspaceId);
  const settings = row ? { approvalRequired: row.approvalRequired, latePolicy: row.latePolicy, lateMinutes: row.lateMinutes } : DEFAULT_PUBLISHING_SETTINGS;
  return { ...settings, late: settings.latePolicy === 'send_anyway' ? { kind: 'send_anyway' } : { kind: 'skip_after', minutes: settings.lateMinutes } };
}

export async function getPublishingSettings(ctx: AppContext, actor: Actor, workspaceId: string): Promise<PublishingSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const { approvalRequired, latePolicy, lateMinutes } = await publishingSettingsOf(ctx.db, workspaceId);
  return { approvalRequired, latePolicy, lateMinutes };
}

export async function savePublishingSettings(ctx: AppContext, actor: Actor, workspaceId: string, settings: PublishingSettings, meta?: RequestMeta): Promise<PublishingSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await saveSettingsRow(tx, { workspaceId, ...settings });
    await audit(tx, now, { action: 'publishing.settings_changed', workspaceId, actor, meta, details: { ...settings } });
  });
  return settings;
}

export async function getAccountSchedule(ctx: AppContext, actor: Actor, workspaceId: string, accountId: string): Promise<AccountSchedule> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  await accountOf(ctx, workspaceId, accountId);
  return (await findAccountSchedules(ctx.db, [accountId])).get(accountId) ?? { slots: [], postsPerWeek: null };
}

export async function saveAccountSchedule(ctx: AppContext, actor: Actor, workspaceId: string, accountId: string, schedule: { slots: QueueSlot[]; postsPerWeek: number | null }): Promise<AccountSchedule> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  await accountOf(ctx, workspaceId, accountId);
  assertQueueSlots(schedule.slots);
  // The same slot twice would only make "next free slot" look twice at one minute.
  const unique = [...new Map(schedule.slots.map((slot) => [`${slot.weekday} ${slot.hour}:${slot.minute}`, slot])).values()];
  await saveScheduleRow(ctx.db, workspaceId, accountId, { slots: unique, postsPerWeek: schedule.postsPerWeek });
  return { slots: unique, postsPerWeek: schedule.postsPerWeek };
}
