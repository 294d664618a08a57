/**
 * What the money figures are built from besides orders: the attribution settings (window,
 * currency, shop tag), spend on social, other channels' monthly figures and voucher codes.
 * Reading is open to every role (`analytics.read`); changing is for owners and admins
 * (`workspace.update`), as these figures decide what the workspace's spend is judged by. Every
 * change is written to the audit log with the figures it set, so a cost per order that moved can
 * be traced to who changed which entry.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_WINDOW_DAYS } from '../../core/orders/attribution.js';
import type { ChannelCsvRow, SpendCsvRow } from '../../core/orders/csv-import.js';
import { spendOf, type SpendKind } from '../../core/orders/spend.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Database } from '../../db/connection.js';
import {
  deleteChannelFigure as deleteChannelRow,
  deleteSpend as deleteSpendRow,
  deleteVoucher as deleteVoucherRow,
  findAttributionSettings,
  findSpend,
  insertSpend,
  listChannelFigures as listChannelRows,
  listSpend as listSpendRows,
  listVouchers as listVoucherRows,
  postInWorkspace,
  updateSpend as updateSpendRow,
  upsertAttributionSettings,
  upsertChannelFigures,
  upsertVoucher,
  type ChannelFigureRow,
  type SpendRow,
  type VoucherRow,
} from '../../db/repositories/orders.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';

export const DEFAULT_CURRENCY = 'EUR';

// ---- Settings

export interface OrderSettings {
  windowDays: number;
  currency: string;
  /** The public id the thank-you-page script sends orders with; null until one is created. */
  shopTag: string | null;
}

export async function orderSettingsOf(db: Database, workspaceId: string): Promise<OrderSettings> {
  const row = await findAttributionSettings(db, workspaceId);
  return { windowDays: row?.windowDays ?? DEFAULT_WINDOW_DAYS, currency: row?.currency ?? DEFAULT_CURRENCY, shopTag: row?.shopTag ?? null };
}

export async function workspaceCurrency(db: Database, workspaceId: string): Promise<string> {
  return (await orderSettingsOf(db, workspaceId)).currency;
}

export async function getOrderSettings(ctx: AppContext, actor: Actor, workspaceId: string): Promise<OrderSettings> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  return orderSettingsOf(ctx.db, workspaceId);
}

export async function saveOrderSettings(ctx: AppContext, actor: Actor, workspaceId: string, input: { windowDays: number; currency: string }, meta?: RequestMeta): Promise<OrderSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await upsertAttributionSettings(tx, workspaceId, input, now);
    await audit(tx, now, { action: 'orders.settings_changed', workspaceId, actor, meta, details: { ...input } });
    return saved;
  });
  return { windowDays: row.windowDays, currency: row.currency, shopTag: row.shopTag };
}

/** A new shop tag; the old one stops working at once (for a tag copied somewhere it should not be). */
export async function renewShopTag(ctx: AppContext, actor: Actor, workspaceId: string, meta?: RequestMeta): Promise<OrderSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const shopTag = `shop_${randomBytes(12).toString('base64url')}`;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await upsertAttributionSettings(tx, workspaceId, { shopTag }, now);
    await audit(tx, now, { action: 'orders.shop_tag_renewed', workspaceId, actor, meta });
    return saved;
  });
  return { windowDays: row.windowDays, currency: row.currency, shopTag: row.shopTag };
}

// ---- Spend

export interface SpendInput {
  month: string;
  network?: string | null | undefined;
  campaign?: string | null | undefined;
  kind: SpendKind;
  amount?: number | null | undefined;
  hours?: number | null | undefined;
  hourlyRate?: number | null | undefined;
  currency?: string | undefined;
  note?: string | undefined;
}

export interface SpendView extends Omit<SpendRow, 'workspaceId' | 'amount' | 'hours' | 'hourlyRate'> {
  amount: number | null;
  hours: number | null;
  hourlyRate: number | null;
  /** What the entry costs: the amount, or hours × hourly rate. */
  cost: number;
}

const presentSpend = (row: SpendRow): SpendView => {
  const { workspaceId, ...rest } = row;
  void workspaceId;
  const amount = row.amount === null ? null : Number(row.amount);
  const hours = row.hours === null ? null : Number(row.hours);
  const hourlyRate = row.hourlyRate === null ? null : Number(row.hourlyRate);
  return { ...rest, amount, hours, hourlyRate, cost: spendOf({ kind: row.kind, amount, hours, hourlyRate }) };
};

/** Hours need hours and a rate; ads and tools an amount. The other fields are cleared. */
function checkedSpend(input: SpendInput, currency: string): Omit<SpendRow, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'> {
  if (input.kind === 'hours' && (input.hours == null || input.hourlyRate == null)) {
    throw new AppError('validation_failed', 'Hours need both hours and an hourly rate', [{ path: [input.hours == null ? 'hours' : 'hourlyRate'], message: 'is required for kind "hours"' }]);
  }
  if (input.kind !== 'hours' && input.amount == null) throw new AppError('validation_failed', 'Ads and tools need an amount', [{ path: ['amount'], message: `is required for kind "${input.kind}"` }]);
  return {
    month: input.month,
    network: input.network?.trim().toLowerCase() || null,
    campaign: input.campaign?.trim() || null,
    kind: input.kind,
    amount: input.kind === 'hours' ? null : (input.amount ?? null),
    hours: input.kind === 'hours' ? (input.hours ?? null) : null,
    hourlyRate: input.kind === 'hours' ? (input.hourlyRate ?? null) : null,
    currency: input.currency ?? currency,
    note: input.note ?? '',
  };
}

export function spendRowsToInsert(workspaceId: string, rows: readonly SpendCsvRow[], now: Date): Array<Omit<SpendRow, never>> {
  return rows.map((row) => ({ id: randomUUID(), workspaceId, month: row.month, network: row.network, campaign: row.campaign, kind: row.kind, amount: row.amount, hours: row.hours, hourlyRate: row.hourlyRate, currency: row.currency, note: row.note, createdAt: now, updatedAt: now }));
}

export async function listSpend(ctx: AppContext, actor: Actor, workspaceId: string): Promise<SpendView[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  return (await listSpendRows(ctx.db, workspaceId)).map(presentSpend);
}

export async function createSpend(ctx: AppContext, actor: Actor, workspaceId: string, input: SpendInput, meta?: RequestMeta): Promise<SpendView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const values = checkedSpend(input, await workspaceCurrency(ctx.db, workspaceId));
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await insertSpend(tx, [{ id: randomUUID(), workspaceId, ...values, createdAt: now, updatedAt: now }]);
    if (!inserted) throw new Error('insert of spend_entries returned no row');
    await audit(tx, now, { action: 'spend.created', workspaceId, actor, meta, target: { type: 'spend', id: inserted.id }, details: { ...values } });
    return inserted;
  });
  return presentSpend(row);
}

export async function updateSpend(ctx: AppContext, actor: Actor, workspaceId: string, spendId: string, input: SpendInput, meta?: RequestMeta): Promise<SpendView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const existing = await findSpend(ctx.db, workspaceId, spendId);
  if (!existing) throw notFound('Spend entry');
  const values = checkedSpend(input, existing.currency);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateSpendRow(tx, workspaceId, spendId, { ...values, updatedAt: now });
    if (!updated) throw notFound('Spend entry');
    await audit(tx, now, { action: 'spend.updated', workspaceId, actor, meta, target: { type: 'spend', id: spendId }, details: { ...values } });
    return updated;
  });
  return presentSpend(row);
}

export async function deleteSpend(ctx: AppContext, actor: Actor, workspaceId: string, spendId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteSpendRow(tx, workspaceId, spendId))) throw notFound('Spend entry');
    await audit(tx, now, { action: 'spend.deleted', workspaceId, actor, meta, target: { type: 'spend', id: spendId } });
  });
}

// ---- Channel figures

export interface ChannelFigureView extends Omit<ChannelFigureRow, 'workspaceId' | 'spend' | 'revenue'> {
  spend: number;
  revenue: number;
}

const presentChannel = (row: ChannelFigureRow): ChannelFigureView => {
  const { workspaceId, ...rest } = row;
  void workspaceId;
  return { ...rest, spend: Number(row.spend), revenue: Number(row.revenue) };
};

export async function saveChannelRows(db: Database, workspaceId: string, rows: ReadonlyArray<Omit<ChannelCsvRow, never>>, now: Date): Promise<number> {
  const saved = await upsertChannelFigures(
    db,
    rows.map((row) => ({ id: randomUUID(), workspaceId, month: row.month, channel: row.channel, spend: row.spend, orders: row.orders, revenue: row.revenue, currency: row.currency, createdAt: now, updatedAt: now })),
    now,
  );
  return saved.length;
}

export async function listChannelFigures(ctx: AppContext, actor: Actor, workspaceId: string): Promise<ChannelFigureView[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  return (await listChannelRows(ctx.db, workspaceId)).map(presentChannel);
}

/** Saves one channel's month; entering the same channel and month again replaces its figures. */
export async function saveChannelFigure(ctx: AppContext, actor: Actor, workspaceId: string, input: { month: string; channel: string; spend: number; orders: number; revenue: number; currency?: string | undefined }, meta?: RequestMeta): Promise<ChannelFigureView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  const currency = input.currency ?? (await workspaceCurrency(ctx.db, workspaceId));
  const row = await ctx.db.transaction(async (tx) => {
    const [saved] = await upsertChannelFigures(tx, [{ id: randomUUID(), workspaceId, month: input.month, channel: input.channel, spend: input.spend, orders: input.orders, revenue: input.revenue, currency, createdAt: now, updatedAt: now }], now);
    if (!saved) throw new Error('upsert of channel_figures returned no row');
    await audit(tx, now, { action: 'channel_figures.saved', workspaceId, actor, meta, target: { type: 'channel_figures', id: saved.id }, details: { ...input, currency } });
    return saved;
  });
  return presentChannel(row);
}

export async function deleteChannelFigure(ctx: AppContext, actor: Actor, workspaceId: string, figureId: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteChannelRow(tx, workspaceId, figureId))) throw notFound('Channel figures');
    await audit(tx, now, { action: 'channel_figures.deleted', workspaceId, actor, meta, target: { type: 'channel_figures', id: figureId } });
  });
}

// ---- Vouchers

export type VoucherView = Omit<VoucherRow, 'workspaceId'>;

export async function listVouchers(ctx: AppContext, actor: Actor, workspaceId: string): Promise<VoucherView[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  return (await listVoucherRows(ctx.db, workspaceId)).map(({ workspaceId: _ignored, ...rest }) => rest);
}

export async function saveVoucher(ctx: AppContext, actor: Actor, workspaceId: string, input: { code: string; network: string; campaign?: string | null | undefined; postId?: string | null | undefined }, meta?: RequestMeta): Promise<VoucherView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  if (input.postId && !(await postInWorkspace(ctx.db, workspaceId, input.postId))) throw new AppError('validation_failed', 'No such post in this workspace', [{ path: ['postId'], message: 'is not a post of this workspace' }]);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await upsertVoucher(tx, { workspaceId, code: input.code, network: input.network.toLowerCase(), campaign: input.campaign ?? null, postId: input.postId ?? null, createdAt: now });
    await audit(tx, now, { action: 'voucher.saved', workspaceId, actor, meta, target: { type: 'voucher', id: saved.code }, details: { network: saved.network, campaign: saved.campaign, postId: saved.postId } });
    return saved;
  });
  const { workspaceId: _ignored, ...rest } = row;
  return rest;
}

export async function deleteVoucher(ctx: AppContext, actor: Actor, workspaceId: string, code: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteVoucherRow(tx, workspaceId, code))) throw notFound('Voucher');
    await audit(tx, now, { action: 'voucher.deleted', workspaceId, actor, meta, target: { type: 'voucher', id: code } });
  });
}
